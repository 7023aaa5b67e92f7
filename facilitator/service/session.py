"""The commands of a running round table: the only way screens change anything.

Each command reads what it needs from the store, asks the pure domain what
changes, and writes those changes in one logged, committed operation.
"""

from __future__ import annotations

from collections.abc import Iterable
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
    """One session in one store, with a clock."""

    def __init__(self, store: Store, session_id: int, clock: Clock | None = None) -> None:
        self.store = store
        self.session_id = session_id
        self.clock: Clock = clock or store.clock or SystemClock()

    @classmethod
    def for_slug(cls, store: Store, slug: str, clock: Clock | None = None) -> SessionService:
        session = store.session_by_slug(slug)
        if session is None:
            raise StoreError("no_session", name=slug, path=store.path)
        return cls(store, session.id, clock)

    def now(self) -> datetime:
        return self.clock.now()

    # -- reading -------------------------------------------------------------------
    def session(self) -> Session:
        session = self.store.session(self.session_id)
        if session is None:
            raise StoreError("no_session", name=self.session_id, path=self.store.path)
        return session

    def state(self, latest: int = LATEST) -> SessionState:
        sid = self.session_id
        return SessionState(
            session=self.session(),
            items=self.store.items(sid),
            participants=self.store.participants(sid),
            queue=queue.ordered(self.store.queue(sid)),
            speeches=self.store.speeches(sid),
            latest=self.store.contributions(sid, limit=latest, newest_first=True),
            contribution_count=self.store.contribution_count(sid),
            cards=self.store.cards(sid),
            can_undo=self.store.can_undo(sid),
            can_redo=self.store.can_redo(sid),
        )

    # -- helpers -------------------------------------------------------------------
    def _save(self, tx: Tx, records: Iterable[AgendaItem | Participant | Session]) -> None:
        for record in records:
            tx.update(record)

    def _writable(self) -> Session:
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
        """Start or pause the current item's timer; returns whether it now runs."""
        now = self.now()
        session = self._writable()
        items = agenda.active_items(self.store.items(self.session_id))
        if not items:
            return False
        with self.store.change(self.session_id, "timer") as tx:
            current = next((i for i in items if i.id == session.current_item_id), None)
            if current is None:
                current = next((i for i in items if i.status != ItemStatus.DONE), items[0])
                session = replace(session, current_item_id=current.id)
            toggled = agenda.toggle(current, now)
            if toggled.running:
                session = self._ensure_open(tx, session, now)
            tx.update(session)
            tx.update(toggled)
        return toggled.running

    def move(self, step: int) -> None:
        """Next (+1) or previous (-1) agenda item; a running timer moves along."""
        now = self.now()
        session = self._writable()
        changed, new_id = agenda.move(
            self.store.items(self.session_id), session.current_item_id, step, now
        )
        self._switch(session, changed, new_id, "next" if step > 0 else "previous")

    def goto(self, item_id: int) -> None:
        """Make ``item_id`` the current item (e.g. clicked in the agenda)."""
        now = self.now()
        session = self._writable()
        changed, new_id = agenda.goto(
            self.store.items(self.session_id), session.current_item_id, item_id, now
        )
        self._switch(session, changed, new_id, "goto")

    def _switch(
        self, session: Session, changed: list[AgendaItem], new_id: int | None, label: str
    ) -> None:
        if not changed and new_id == session.current_item_id:
            return
        with self.store.change(self.session_id, label) as tx:
            if any(i.running for i in changed):
                session = self._ensure_open(tx, session, self.now())
            tx.update(replace(session, current_item_id=new_id))
            self._save(tx, changed)

    def adjust_minutes(self, minutes: int) -> None:
        """Give the current item more (or fewer) minutes."""
        session = self._writable()
        item = self.store.get(AgendaItem, session.current_item_id or 0)
        if item is None:
            return
        with self.store.change(self.session_id, "minutes") as tx:
            tx.update(agenda.adjust_planned(item, minutes * 60))

    def rebalance(self) -> int:
        """Take the current item's overrun from the later items; returns seconds freed."""
        now = self.now()
        session = self._writable()
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
            with self.store.change(self.session_id, "rebalance") as tx:
                self._save(tx, changed)
                tx.update(agenda.adjust_planned(current, freed))
        return freed

    def defer(self, item_id: int) -> None:
        """Defer an item (it is skipped and listed as deferred in the minutes)."""
        now = self.now()
        self._writable()
        item = self.store.get(AgendaItem, item_id)
        if item is None:
            return
        new = (
            agenda.undefer(item) if item.status == ItemStatus.DEFERRED else agenda.defer(item, now)
        )
        with self.store.change(self.session_id, "defer") as tx:
            tx.update(new)

    # -- speaker queue ---------------------------------------------------------------
    def enqueue(self, participant_id: int, *, point_of_order: bool = False) -> bool:
        """Put someone in the queue; False if they already wait."""
        self._writable()
        priority = Priority.POINT_OF_ORDER if point_of_order else Priority.NORMAL
        entry = queue.enqueue(
            self.store.queue(self.session_id),
            participant_id,
            self.now(),
            priority,
            session_id=self.session_id,
        )
        if entry is None:
            return False
        with self.store.change(self.session_id, "hand") as tx:
            tx.insert(entry)
        return True

    def enqueue_number(self, number: int) -> Participant | None:
        """Queue participant N (1-based, in table order); the participant, or None."""
        people = self.store.participants(self.session_id)
        if not 1 <= number <= len(people):
            return None
        self.enqueue(people[number - 1].id)
        return people[number - 1]

    def withdraw(self, participant_id: int) -> bool:
        self._writable()
        entry = queue.withdraw(self.store.queue(self.session_id), participant_id)
        if entry is None:
            return False
        with self.store.change(self.session_id, "withdraw") as tx:
            tx.delete(entry)
        return True

    def reorder(self, participant_id: int, delta: int) -> None:
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
        changed = queue.reorder(entries, entry.id, delta)
        if changed:
            with self.store.change(self.session_id, "reorder") as tx:
                for e in changed:
                    tx.update(e)

    def give_floor(self, participant_id: int | None = None) -> int | None:
        """End the current speech and give the floor to the next (or to ``participant_id``)."""
        now = self.now()
        session = self._writable()
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
        with self.store.change(self.session_id, "floor") as tx:
            if change.started is not None:
                session = self._ensure_open(tx, session, now)
            if change.ended is not None:
                tx.update(change.ended)
            if change.dequeued is not None:
                tx.delete(change.dequeued)
            if change.started is not None:
                tx.insert(change.started)
        return change.started.participant_id if change.started else None

    def end_speech(self) -> bool:
        self._writable()
        ended = queue.end_speech(self.store.current_speech(self.session_id), self.now())
        if ended is None:
            return False
        with self.store.change(self.session_id, "end speech") as tx:
            tx.update(ended)
        return True

    def readd_last(self) -> bool:
        self._writable()
        entry = queue.readd_last(
            self.store.queue(self.session_id),
            self.store.speeches(self.session_id),
            self.now(),
            self.session_id,
        )
        if entry is None:
            return False
        with self.store.change(self.session_id, "re-add") as tx:
            tx.insert(entry)
        return True

    def set_present(self, participant_id: int, present: bool) -> None:
        person = self.store.get(Participant, participant_id)
        if person is None or person.present == present:
            return
        with self.store.change(self.session_id, "presence") as tx:
            tx.update(replace(person, present=present))

    def park(self, card_id: int, parked: bool = True) -> None:
        """Park a card as an open point for the minutes (or take it back)."""
        self._writable()
        card = self.store.get(Card, card_id)
        if card is None or card.parked == parked:
            return
        with self.store.change(self.session_id, "park") as tx:
            tx.update(replace(card, parked=parked))

    def gaps(self) -> list[Gap]:
        """What the minutes would lack if the session closed now."""
        return gaps(self.store.items(self.session_id), self.store.cards(self.session_id))

    # -- lifecycle -------------------------------------------------------------------
    def close(self) -> None:
        """Stop the running timer and speech and close the session."""
        now = self.now()
        session = lifecycle.close_session(self.session(), now)
        with self.store.change(self.session_id, "close") as tx:
            for item in self.store.items(self.session_id):
                if item.running:
                    tx.update(agenda.pause(item, now))
            speech = queue.end_speech(self.store.current_speech(self.session_id), now)
            if speech is not None:
                tx.update(speech)
            tx.update(session)

    def reopen(self) -> None:
        session = lifecycle.reopen(self.session(), self.now())
        with self.store.change(self.session_id, "reopen") as tx:
            tx.update(session)

    # -- undo ------------------------------------------------------------------------
    def undo(self) -> str | None:
        return self.store.undo(self.session_id)

    def redo(self) -> str | None:
        return self.store.redo(self.session_id)
