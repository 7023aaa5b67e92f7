"""The facilitator's agenda commands: the timer, moving between items, minutes, deferring.

The rules (which item the timer runs on, what moving does to a running
timer, how an overrun is taken from later items) are in
:mod:`facilitator.domain.agenda`; these commands read the items inside their
operation and write what the rules say.

Several windows can give the same agenda command at the same moment (the facilitator's
and the note-taker's in control, each pressing ``]``). A window's command carries the
agenda as the window showed it (:class:`AgendaSeen`); read inside the operation, an
agenda that another window changed meanwhile is left as it is, and the refusal says
what it is now, instead of a second move that skips an item unseen, or a jump (``g``)
away from the item the other window just went to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, tzinfo

from facilitator.domain import agenda, queue
from facilitator.domain.errors import DomainError
from facilitator.domain.model import (
    AgendaItem,
    ItemStatus,
    LiveChange,
    Session,
    SessionStatus,
)
from facilitator.records import record
from facilitator.service.base import Service
from facilitator.service.changes import Change
from facilitator.service.state import SessionState
from facilitator.store import Tx


@record
class AgendaSeen:
    """The agenda as a window showed it when its key was pressed: the current item (its
    id; None before the first), the item the timer runs on (:func:`agenda.timer_item`,
    the one ``space`` starts or pauses; None: nothing to time) and whether it ran, the
    current item's planned time (seconds; None without a current item), and the items
    shown deferred (their ids)."""

    item: int | None
    timer: int | None
    running: bool
    planned: int | None
    deferred: frozenset[int]

    @classmethod
    def of(cls, state: SessionState) -> AgendaSeen:
        current = state.current_item
        timed = agenda.timer_item(state.items, state.session.current_item_id)
        return cls(
            state.session.current_item_id,
            timed.id if timed is not None else None,
            timed is not None and timed.running,
            current.planned_seconds if current is not None else None,
            frozenset(i.id for i in state.items if i.status == ItemStatus.DEFERRED),
        )


@record
class ItemSeen:
    """An agenda item as its form showed it when it opened: its title, guiding question,
    planned time (seconds) and agenda number (None: not on the agenda)."""

    title: str
    question: str
    planned: int
    number: int | None

    @classmethod
    def of(cls, items: Iterable[AgendaItem], item: AgendaItem) -> ItemSeen:
        return cls(item.title, item.question, item.planned_seconds, _number(items, item.id))


class AgendaService(Service):
    """The agenda of one session: its timer and its current item."""

    def toggle_timer(self, *, seen: AgendaSeen | None = None) -> bool:
        """Start or pause the timer of :func:`agenda.timer_item`; returns whether it now runs.

        Logged as what it did: the item's timer started, paused, or resumed (it ran before),
        so the history and the undo notice say which.

        ``seen``: the agenda as the window showed it. Refused, changing nothing, when
        another window went to another item since (its ``]`` at the same moment: the
        space was meant for the item shown, not to start or pause the one current now),
        or started or paused the timer since (its ``space`` at the same moment: both meant
        to start it, or both to pause it). None: a toggle of the timer as it is when the
        command runs (``space space`` typed at once)."""
        with self._change(Change.TIMER) as tx:
            session = self.require_open()
            now = self.now()
            items = self.store.items(self.session_id)
            current = agenda.timer_item(items, session.current_item_id)
            if current is None:
                raise DomainError("agenda.nothing_to_time")
            if seen is not None and seen.timer != current.id:
                raise _moved(items, current.id)
            if seen is not None and seen.running != current.running:
                raise DomainError("agenda.timer_runs" if current.running else "agenda.timer_paused")
            toggled = agenda.toggle(current, now)
            if not toggled.running:
                tx.relabel(Change.TIMER_PAUSE.value)
            elif current.first_started_at is not None:
                tx.relabel(Change.TIMER_RESUME.value)
            else:
                tx.relabel(Change.TIMER_START.value)
            if toggled.running:
                session = self._start(tx, session, now)
            self._carry_speech(tx, session.current_item_id, current.id, now)
            tx.update(replace(session, current_item_id=current.id))
            tx.update(toggled)
        return toggled.running

    def move(self, step: int, *, seen: AgendaSeen | None = None) -> None:
        """Next (+1) or previous (-1) agenda item; a running timer moves along. Refused at
        either end of the agenda, saying why (:func:`agenda.cannot_move`).

        ``seen``: the agenda as the window showed it. Refused, changing nothing, when
        another window moved it since (its ``]`` at the same moment: one move, not two).
        None: from the current item as it is when the command runs (the window was still
        waiting for commands of its own to show: ``] ]`` typed at once)."""
        with self._change(Change.NEXT if step > 0 else Change.PREVIOUS) as tx:
            session = self.require_open()
            items = self.store.items(self.session_id)
            if seen is not None and seen.item != session.current_item_id:
                raise _moved(items, session.current_item_id)
            changed, new_id = agenda.move(
                items,
                session.current_item_id,
                step,
                self.now(),
                self.store.items_noted(self.session_id),
            )
            if step and not changed and new_id == session.current_item_id:
                raise agenda.cannot_move(items, session.current_item_id, step)
            self._switch(tx, session, changed, new_id)

    def goto(self, item_id: int, *, seen: AgendaSeen | None = None) -> None:
        """Make ``item_id`` the current item (e.g. clicked in the agenda, or ``g``).

        ``seen``: the agenda as the window showed it (when its picker opened). Refused,
        changing nothing, when another window went to another item since (its ``g`` or
        ``]`` at the same moment): the item chosen was chosen from an agenda no longer
        there, and going there would leave the item the other window went to. None: from
        the current item as it is when the command runs."""
        with self._change(Change.GOTO) as tx:
            session = self.require_open()
            items = self.store.items(self.session_id)
            if seen is not None and seen.item != session.current_item_id:
                raise _moved(items, session.current_item_id)
            changed, new_id = agenda.goto(
                items,
                session.current_item_id,
                item_id,
                self.now(),
                self.store.items_noted(self.session_id),
            )
            self._switch(tx, session, changed, new_id)

    def _switch(
        self, tx: Tx, session: Session, changed: list[AgendaItem], new_id: int | None
    ) -> None:
        if not changed and new_id == session.current_item_id:
            return
        if any(i.running for i in changed):
            session = self._start(tx, session, self.now())
        self._carry_speech(tx, session.current_item_id, new_id, self.now())
        tx.update(replace(session, current_item_id=new_id))
        _save(tx, changed)

    def _carry_speech(self, tx: Tx, old_id: int | None, new_id: int | None, now: datetime) -> None:
        """The meeting moves from item ``old_id`` to ``new_id``: whoever has the floor goes
        on under the new item, what they said before stays under the old one
        (:func:`queue.carry_over`)."""
        if new_id == old_id:
            return
        changed, part = queue.carry_over(self.store.current_speech(self.session_id), new_id, now)
        if changed is not None:
            tx.update(changed)
        if part is not None:
            tx.insert(part)

    def adjust_minutes(self, minutes: int, *, seen: AgendaSeen | None = None) -> None:
        """Give the current item more (or fewer) minutes.

        ``seen``: the agenda as the window showed it. Refused, changing nothing, when
        another window went to another item since (the minutes were meant for the item
        shown, not for the one current now), or changed the item's planned time since
        (its ``+`` at the same moment: both meant the minute for the same overrun, given
        once; the refusal says the planned time now, and ``+`` again gives one more). None:
        the current item as it is when the command runs (``+ +`` typed at once gives two
        minutes)."""
        with self._change(Change.MINUTES) as tx:
            session = self.require_open()
            if seen is not None and seen.item != session.current_item_id:
                raise _moved(self.store.items(self.session_id), session.current_item_id)
            item = self._item(session.current_item_id, missing="agenda.no_current")
            if seen is not None and seen.planned != item.planned_seconds:
                raise DomainError(
                    "agenda.minutes_meanwhile",
                    n=_number(self.store.items(self.session_id), item.id),
                    m=item.planned_seconds // 60,
                )
            tx.update(agenda.adjust_planned(item, minutes * 60))

    def rebalance(self, *, seen: AgendaSeen | None = None) -> int:
        """Take the current item's overrun from the later items; returns seconds freed (0:
        later items cannot spare any). Refused when the current item is not over its time,
        saying so.

        ``seen``: the agenda as the window showed it. Refused, changing nothing, when
        another window moved to another item since; when the overrun it showed is gone
        because the item was given more time meanwhile (another window's ``t`` at the
        same moment), the refusal says it was covered. None: the overrun as it is when
        the command runs."""
        with self._change(Change.REBALANCE) as tx:
            session = self.require_open()
            now = self.now()
            items = self.store.items(self.session_id)
            if seen is not None and seen.item != session.current_item_id:
                raise _moved(items, session.current_item_id)
            current = next((i for i in items if i.id == session.current_item_id), None)
            if current is None:
                raise DomainError("agenda.no_current")
            needed = int(current.overrun(now)) or 0
            if needed <= 0:
                covered = seen is not None and seen.planned != current.planned_seconds
                raise DomainError(
                    "agenda.overrun_covered" if covered else "agenda.no_overrun",
                    n=_number(items, current.id),
                )
            needed = (needed + 59) // 60 * 60
            changed = agenda.rebalance(items, current.id, needed)
            freed = sum(
                old.planned_seconds - new.planned_seconds
                for new in changed
                for old in items
                if old.id == new.id
            )
            if changed:
                _save(tx, changed)
                tx.update(agenda.adjust_planned(current, freed))
        return freed

    def defer(self, item_id: int, *, seen: AgendaSeen | None = None) -> None:
        """Defer an item (it is skipped and listed as deferred in the minutes), or take it back.

        Deferring the current item goes on with the next (:func:`agenda.defer_current`):
        the timer, if it ran, moves along, so no time spent goes uncounted.

        ``seen``: the agenda as the window showed it (when its picker opened). Refused,
        changing nothing, when another window deferred the item or took it back since
        (its ``u`` at the same moment: deferred once, not deferred and taken back), or
        went to another item since, and the item is the one it showed current or the one
        current now (deferring that would skip an item the window never showed current).
        None: the item as it is when the command runs."""
        with self._change(Change.DEFER) as tx:
            session = self.require_open()
            item = self._item(item_id, missing="agenda.not_found")
            if seen is not None:
                _check_defer(self.store.items(self.session_id), session, item, seen)
            if item.status == ItemStatus.DEFERRED:
                tx.update(agenda.undefer(item))
            elif item.id == session.current_item_id:
                changed, new_id = agenda.defer_current(
                    self.store.items(self.session_id), item.id, self.now()
                )
                self._switch(tx, session, changed, new_id)
            else:
                tx.update(agenda.defer(item, self.now()))

    # -- the agenda changed in the room ---------------------------------------------------
    def add_item(
        self, title: str, question: str, minutes: int, number: int | None = None
    ) -> AgendaItem:
        """A new agenda item, marked added: at agenda number ``number`` (among the items
        still to come), or at the end of the agenda."""
        with self._change(Change.ADD_ITEM) as tx:
            session = self.require_open()
            items = self.store.items(self.session_id, include_removed=True)
            keys = {i.key for i in items}
            counted = sum(1 for i in items if i.live == LiveChange.ADDED) + 1
            while f"added-{counted}" in keys:
                counted += 1
            blank = AgendaItem(
                id=0,
                session_id=session.id,
                position=max((i.position for i in items), default=0) + 1,
                key=f"added-{counted}",
                title="",
                planned_seconds=0,
                live=LiveChange.ADDED.value,
            )
            added = tx.insert(agenda.edit(blank, title, question, minutes * 60))
            if number is not None:
                listed = [*(i for i in items if not i.removed), added]
                moved = agenda.place(listed, added.id, number, session.current_item_id)
                added = next((m for m in moved if m.id == added.id), added)
                _save(tx, moved)
            return added

    def edit_item(
        self,
        item_id: int,
        title: str,
        question: str,
        minutes: int,
        number: int | None = None,
        *,
        seen: ItemSeen | None = None,
    ) -> AgendaItem:
        """Rename an item, change its guiding question or planned minutes, and (an item still
        to come) move it to agenda number ``number``.

        ``seen``: the item as the form showed it. When another window changed its title,
        question, minutes or place since, nothing is saved (refused, naming the item as
        the form showed it): saving the form would undo that change without a word. What
        is stored now already as given is nothing to do, and not refused."""
        with self._change(Change.EDIT_ITEM) as tx:
            session = self.require_open()
            item = self._item(item_id, missing="agenda.not_found")
            items = self.store.items(self.session_id)
            edited = agenda.edit(item, title, question, minutes * 60)
            moved: list[AgendaItem] = []
            if number is not None:
                placed_in = [edited if i.id == item_id else i for i in items]
                moved = agenda.place(placed_in, item_id, number, session.current_item_id)
            for placed in moved:
                if placed.id == item_id:
                    edited = placed
            others = [m for m in moved if m.id != item_id]
            if edited == item and not others:
                return edited
            if seen is not None and ItemSeen.of(items, item) != seen:
                raise DomainError("agenda.changed_elsewhere", n=seen.number, title=seen.title)
            if edited != item:
                tx.update(edited)
            _save(tx, others)
        return edited

    def drop_item(self, item_id: int) -> None:
        """Take an item still to come off the agenda: dropped in the minutes (an item added in
        the room that nothing was recorded on simply goes)."""
        with self._change(Change.DROP_ITEM) as tx:
            session = self.require_open()
            item = self._item(item_id, missing="agenda.not_found")
            dropped = agenda.drop(item, session.current_item_id)
            if item.live == LiveChange.ADDED and not self.store.item_in_use(item.id):
                tx.delete(item)
            else:
                tx.update(dropped)

    # -- the session runs on another day than planned --------------------------------------
    def other_day(self) -> tuple[date, date] | None:
        """(planned date, today) when a session not yet closed runs on another day than
        planned, both in the session's zone; None on the planned day."""
        return other_day(self.session(), self.now())

    def move_to_today(self) -> Session:
        """Move the planned date to today (in the session's zone), keeping the planned times
        of day; the planned end moves along."""
        with self._change(Change.MOVE_DATE) as tx:
            session = self.require_open()
            zone = session.zone
            today = self.today(zone)
            moved = replace(
                session,
                starts_at=_on_day(session.starts_at, today, zone),
                ends_at=_on_day(session.ends_at, today, zone, session.starts_at)
                if session.ends_at is not None
                else None,
            )
            if moved != session:
                tx.update(moved)
        return moved

    def _item(self, item_id: int | None, *, missing: str) -> AgendaItem:
        """An item of this session; refused with the message ``missing`` if there is none."""
        item = self.store.get(AgendaItem, item_id) if item_id is not None else None
        if item is None or item.session_id != self.session_id:
            raise DomainError(missing)
        return item


def _moved(items: Iterable[AgendaItem], current_id: int | None) -> DomainError:
    """The agenda went to another item meanwhile: which (its number), or none."""
    n = _number(items, current_id)
    if n is None:
        return DomainError("agenda.moved_off")
    return DomainError("agenda.moved_meanwhile", n=n)


def _check_defer(
    items: Iterable[AgendaItem], session: Session, item: AgendaItem, seen: AgendaSeen
) -> None:
    """Refuse to defer ``item`` (or take it back) when the agenda is no longer as ``seen``
    for it: the item deferred or taken back meanwhile, or the agenda moved to another item
    and ``item`` is the one current then or now."""
    items = list(items)
    deferred = item.status == ItemStatus.DEFERRED
    if deferred != (item.id in seen.deferred):
        key = "agenda.deferred_meanwhile" if deferred else "agenda.undeferred_meanwhile"
        raise DomainError(key, n=_number(items, item.id))
    current = session.current_item_id
    if seen.item != current and item.id in (seen.item, current):
        raise _moved(items, current)


def _number(items: Iterable[AgendaItem], item_id: int | None) -> int | None:
    """The agenda number of ``item_id`` (None: not on the agenda)."""
    active = agenda.active_items(items)
    return next((n for n, item in enumerate(active, start=1) if item.id == item_id), None)


def _save(tx: Tx, records: Iterable[AgendaItem | Session]) -> None:
    for row in records:
        tx.update(row)


def other_day(session: Session, now: datetime) -> tuple[date, date] | None:
    """(planned date, today) when ``session``, not yet closed, runs on another day than
    planned at ``now``, both in the session's zone; None on the planned day."""
    if session.status == SessionStatus.CLOSED:
        return None
    zone = session.zone
    planned, today = session.starts_at.astimezone(zone).date(), now.astimezone(zone).date()
    return (planned, today) if planned != today else None


def _on_day(
    moment: datetime, day: date, zone: tzinfo | None, start: datetime | None = None
) -> datetime:
    """``moment`` at the same time of day on ``day`` (or as many days after ``day`` as it
    was after ``start``), in ``zone`` at that date's own offset."""
    here = moment.astimezone(zone)
    if start is not None:
        day += here.date() - start.astimezone(zone).date()
    return datetime.combine(day, here.time().replace(tzinfo=None), tzinfo=zone or here.tzinfo)
