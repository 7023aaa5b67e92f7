"""The commands of a running round table: the only way screens change anything.

Each command opens one logged operation (``BEGIN IMMEDIATE``), reads what it
decides on *inside* it, asks the pure domain what changes, and writes that;
the operation commits as a whole or not at all. Reading inside means another
process sharing the database can never have changed those rows in between,
so nothing it saved is overwritten with an older copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime

from facilitator.domain import agenda, lifecycle, queue
from facilitator.domain.clock import Clock, SystemClock
from facilitator.domain.errors import DomainError
from facilitator.domain.gaps import Gap, gaps
from facilitator.domain.model import (
    AgendaItem,
    Card,
    ItemStatus,
    Participant,
    Priority,
    Session,
    SessionStatus,
)
from facilitator.service.state import SessionState
from facilitator.store import Store, StoreError, Tx

LATEST = 8


class SessionService:
    """One session in one store, with a clock.

    ``origin`` (e.g. one window) is stored with each operation; undo and redo
    then take only that origin's operations. None: every operation of the session.
    """

    def __init__(
        self,
        store: Store,
        session_id: int,
        clock: Clock | None = None,
        *,
        origin: str | None = None,
    ) -> None:
        self.store = store
        self.session_id = session_id
        self.clock: Clock = clock or store.clock or SystemClock()
        self.origin = origin

    def now(self) -> datetime:
        return self.clock.now()

    # -- reading -------------------------------------------------------------------
    def session(self) -> Session:
        session = self.store.session(self.session_id)
        if session is None:
            raise StoreError("no_session", name=self.session_id, path=self.store.path)
        return session

    def state(self, latest: int = LATEST) -> SessionState:
        """The whole picture, read at one moment (no commit of another process in between)."""
        sid = self.session_id
        with self.store.snapshot():
            return SessionState(
                session=self.session(),
                items=self.store.items(sid),
                participants=self.store.participants(sid),
                queue=queue.ordered(self.store.queue(sid)),
                speeches=self.store.speeches(sid),
                latest=self.store.contributions(sid, limit=latest, newest_first=True),
                contribution_count=self.store.contribution_count(sid),
                cards=self.store.cards(sid),
                can_undo=self.store.can_undo(sid, origin=self.origin),
                can_redo=self.store.can_redo(sid, origin=self.origin),
            )

    def gaps(self) -> list[Gap]:
        """The open points the minutes would list if the session closed now."""
        with self.store.snapshot():
            session = self.session()
            today = self.now().astimezone(session.starts_at.tzinfo).date()
            return gaps(
                self.store.items(self.session_id),
                self.store.cards(self.session_id, include_merged=True),
                self.store.questions(self.session_id),  # the only contributions that count
                today,
            )

    # -- helpers -------------------------------------------------------------------
    @contextmanager
    def _change(self, label: str) -> Iterator[Tx]:
        """One operation of this session; read what it decides on inside it."""
        with self.store.change(self.session_id, label, origin=self.origin) as tx:
            yield tx

    def _save(self, tx: Tx, records: Iterable[AgendaItem | Participant | Session]) -> None:
        for record in records:
            tx.update(record)

    def _writable(self) -> Session:
        """The session as stored now (call inside the operation); refused once closed."""
        session = self.session()
        if session.status == SessionStatus.CLOSED:
            raise DomainError("session.closed")
        return session

    def _ensure_open(self, tx: Tx, session: Session, now: datetime) -> Session:
        if session.status == SessionStatus.PLANNED:
            session = lifecycle.open_session(session, now)
            tx.update(session)
        return session

    # -- agenda --------------------------------------------------------------------
    def toggle_timer(self) -> bool:
        """Start or pause the timer of :func:`agenda.timer_item`; returns whether it now runs."""
        with self._change("timer") as tx:
            session = self._writable()
            now = self.now()
            current = agenda.timer_item(self.store.items(self.session_id), session.current_item_id)
            if current is None:
                return False
            toggled = agenda.toggle(current, now)
            if toggled.running:
                session = self._ensure_open(tx, session, now)
            tx.update(replace(session, current_item_id=current.id))
            tx.update(toggled)
        return toggled.running

    def move(self, step: int) -> None:
        """Next (+1) or previous (-1) agenda item; a running timer moves along."""
        with self._change("next" if step > 0 else "previous") as tx:
            session = self._writable()
            changed, new_id = agenda.move(
                self.store.items(self.session_id), session.current_item_id, step, self.now()
            )
            self._switch(tx, session, changed, new_id)

    def goto(self, item_id: int) -> None:
        """Make ``item_id`` the current item (e.g. clicked in the agenda)."""
        with self._change("goto") as tx:
            session = self._writable()
            changed, new_id = agenda.goto(
                self.store.items(self.session_id), session.current_item_id, item_id, self.now()
            )
            self._switch(tx, session, changed, new_id)

    def _switch(
        self, tx: Tx, session: Session, changed: list[AgendaItem], new_id: int | None
    ) -> None:
        if not changed and new_id == session.current_item_id:
            return
        if any(i.running for i in changed):
            session = self._ensure_open(tx, session, self.now())
        tx.update(replace(session, current_item_id=new_id))
        self._save(tx, changed)

    def adjust_minutes(self, minutes: int) -> None:
        """Give the current item more (or fewer) minutes."""
        with self._change("minutes") as tx:
            session = self._writable()
            item = self.store.get(AgendaItem, session.current_item_id or 0)
            if item is None or item.session_id != self.session_id:
                return
            tx.update(agenda.adjust_planned(item, minutes * 60))

    def rebalance(self) -> int:
        """Take the current item's overrun from the later items; returns seconds freed."""
        with self._change("rebalance") as tx:
            session = self._writable()
            now = self.now()
            items = self.store.items(self.session_id)
            current = next((i for i in items if i.id == session.current_item_id), None)
            if current is None:
                return 0
            needed = int(current.overrun(now)) or 0
            needed = (needed + 59) // 60 * 60
            changed = agenda.rebalance(items, current.id, needed)
            freed = sum(
                old.planned_seconds - new.planned_seconds
                for new in changed
                for old in items
                if old.id == new.id
            )
            if changed:
                self._save(tx, changed)
                tx.update(agenda.adjust_planned(current, freed))
        return freed

    def defer(self, item_id: int) -> None:
        """Defer an item (it is skipped and listed as deferred in the minutes)."""
        with self._change("defer") as tx:
            self._writable()
            item = self.store.get(AgendaItem, item_id)
            if item is None or item.session_id != self.session_id:
                return
            if item.status == ItemStatus.DEFERRED:
                tx.update(agenda.undefer(item))
            else:
                tx.update(agenda.defer(item, self.now()))

    # -- speaker queue ---------------------------------------------------------------
    def enqueue(self, participant_id: int, *, point_of_order: bool = False) -> bool:
        """Put someone in the queue; False if they already wait."""
        with self._change("hand") as tx:
            return self._enqueue(tx, participant_id, point_of_order)

    def _enqueue(self, tx: Tx, participant_id: int, point_of_order: bool) -> bool:
        self._writable()
        priority = Priority.POINT_OF_ORDER if point_of_order else Priority.NORMAL
        speech = self.store.current_speech(self.session_id)
        entry = queue.enqueue(
            self.store.queue(self.session_id),
            participant_id,
            self.now(),
            priority,
            session_id=self.session_id,
            speaking=speech.participant_id if speech is not None else None,
        )
        # The schema allows one entry per person and priority: if another process
        # queued them first, they are already waiting.
        return entry is not None and tx.insert_new(entry) is not None

    def enqueue_number(self, number: int) -> Participant | None:
        """Queue participant N (1-based, in table order); the participant, or None."""
        with self._change("hand") as tx:
            people = self.store.participants(self.session_id)
            if not 1 <= number <= len(people):
                return None
            self._enqueue(tx, people[number - 1].id, False)
        return people[number - 1]

    def withdraw(self, participant_id: int) -> bool:
        """Lower someone's hand (their normal turn first); False if they were not waiting."""
        with self._change("withdraw") as tx:
            self._writable()
            entry = queue.withdraw(self.store.queue(self.session_id), participant_id)
            if entry is None:
                return False
            tx.delete(entry)
        return True

    def reorder(self, participant_id: int, delta: int) -> None:
        """Move someone's normal turn up (``delta`` < 0) or down the queue."""
        with self._change("reorder") as tx:
            self._writable()
            entries = self.store.queue(self.session_id)
            entry = next(
                (
                    e
                    for e in entries
                    if e.participant_id == participant_id and e.priority == Priority.NORMAL
                ),
                None,
            )
            if entry is None:
                return
            for e in queue.reorder(entries, entry.id, delta):
                tx.update(e)

    def give_floor(self, participant_id: int | None = None) -> int | None:
        """End the current speech and give the floor to the next (or to ``participant_id``)."""
        with self._change("floor") as tx:
            session = self._writable()
            now = self.now()
            entries = self.store.queue(self.session_id)
            current = self.store.current_speech(self.session_id)
            item_id = session.current_item_id
            if participant_id is None:
                change = queue.give_floor(entries, current, now, item_id, self.session_id)
            else:
                change = queue.give_floor_to(
                    entries, current, participant_id, now, item_id, self.session_id
                )
            if change.ended is None and change.started is None:
                return None
            if change.started is not None:
                self._ensure_open(tx, session, now)
            if change.ended is not None:
                tx.update(change.ended)
            if change.dequeued is not None:
                tx.delete(change.dequeued)
            if change.started is not None:
                tx.insert(change.started)
        return change.started.participant_id if change.started else None

    def end_speech(self) -> bool:
        """The speaker is done; False if nobody had the floor."""
        with self._change("end speech") as tx:
            self._writable()
            ended = queue.end_speech(self.store.current_speech(self.session_id), self.now())
            if ended is None:
                return False
            tx.update(ended)
        return True

    def readd_last(self) -> bool:
        """The last speaker back at the top of the queue; False if not possible."""
        with self._change("re-add") as tx:
            self._writable()
            entry = queue.readd_last(
                self.store.queue(self.session_id),
                self.store.speeches(self.session_id),
                self.now(),
                self.session_id,
            )
            return entry is not None and tx.insert_new(entry) is not None

    def set_present(self, participant_id: int, present: bool) -> None:
        """Mark someone present or absent (refused once the session is closed)."""
        with self._change("presence") as tx:
            self._writable()
            person = self.store.get(Participant, participant_id)
            if person is None or person.session_id != self.session_id:
                return
            if person.present != present:
                tx.update(replace(person, present=present))

    def park(self, card_id: int, parked: bool = True) -> None:
        """Park a card as an open point for the minutes (or take it back)."""
        with self._change("park") as tx:
            self._writable()
            card = self.store.get(Card, card_id)
            if card is None or card.session_id != self.session_id or card.parked == parked:
                return
            tx.update(replace(card, parked=parked))

    # -- lifecycle -------------------------------------------------------------------
    def close(self) -> None:
        """Stop the running timer and speech and close the session."""
        with self._change("close") as tx:
            now = self.now()
            session = lifecycle.close_session(self.session(), now)
            for item in self.store.items(self.session_id):
                if item.running:
                    tx.update(agenda.pause(item, now))
            speech = queue.end_speech(self.store.current_speech(self.session_id), now)
            if speech is not None:
                tx.update(speech)
            tx.update(session)

    def reopen(self) -> None:
        with self._change("reopen") as tx:
            tx.update(lifecycle.reopen(self.session(), self.now()))

    # -- undo ------------------------------------------------------------------------
    def undo(self) -> str | None:
        return self.store.undo(self.session_id, origin=self.origin)

    def redo(self) -> str | None:
        return self.store.redo(self.session_id, origin=self.origin)
