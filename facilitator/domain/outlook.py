"""What the current item's overrun does to the rest of the meeting, and what can be done.

The agenda panel says "item 2 is 03:10 over", then either "the rest moves 3
min" or which items now fall past the hard end (cut: they would not even
start before it; past: they would run over it), and offers two remedies:
take the minutes from later items, or defer an item (:func:`defer_proposal`: the first
past the hard end, else the current one; never the closing). The header says how late
the meeting runs against its hard end (or, without one, its agenda's end:
:func:`planned_end`) and whether its hard end still means anything. Pure: ``now`` is passed in.

A meeting is held at its planned time when it begins less than its planned length
before or after its planned start (:func:`at_planned_time`): its late (or early)
start then counts in its delay, and its hard end holds. One held at another time,
another day or hours off, keeps its plan's length but not its times of day: its
delay is its own pace against its plan's length from when it began, and its hard end
says nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import field
from datetime import datetime

from facilitator.domain import agenda
from facilitator.domain.agenda import MIN_PLANNED_SECONDS
from facilitator.domain.model import AgendaItem, ItemStatus, Session
from facilitator.domain.zone import later, seconds_between
from facilitator.records import record

CUT = "cut"
PAST = "past"


@record
class Outlook:
    """The current item's overrun and its consequences for the rest of the agenda.

    * ``overrun``: seconds the current item is over its planned time (0 if not).
    * ``cut``: ids of items that would not even start before the hard end;
      ``past``: of the others that would run past it. Both in the order they
      would be taken, both empty when the hard end no longer applies.
    * ``can_take_minutes``: whole minutes the later items still to do can give
      (each keeps at least a minute), at most the overrun rounded up.
    * ``defer_proposal``: the item to propose for deferring (:func:`defer_proposal`).
    """

    overrun: float = 0.0
    cut: list[int] = field(default_factory=list)
    past: list[int] = field(default_factory=list)
    can_take_minutes: int = 0
    defer_proposal: int | None = None

    @property
    def warnings(self) -> list[tuple[int, str]]:
        """``(item id, "cut" or "past")`` for each item past the hard end, cut ones first."""
        return [(i, CUT) for i in self.cut] + [(i, PAST) for i in self.past]

    @property
    def moves_rest(self) -> bool:
        """Over time, but nothing falls past the hard end: the rest simply moves on."""
        return self.overrun > 0 and not self.cut and not self.past

    @property
    def has_consequences(self) -> bool:
        """Anything to say at all: an overrun, or items past the hard end."""
        return self.overrun > 0 or bool(self.cut or self.past)

    @property
    def take_offer(self) -> int | None:
        """Minutes to offer to take from later items (``t``), or None: nothing to offer."""
        if self.has_consequences and self.overrun > 0 and self.can_take_minutes > 0:
            return self.can_take_minutes
        return None

    @property
    def defer_offer(self) -> int | None:
        """The item to offer to defer (``u``), or None: nothing to offer."""
        return self.defer_proposal if self.has_consequences else None


def started_at(items: Iterable[AgendaItem]) -> datetime | None:
    """When the first agenda item was first started; None before."""
    starts = [i.first_started_at for i in items if i.first_started_at is not None]
    return min(starts) if starts else None


def planned_length(session: Session, items: Iterable[AgendaItem]) -> float:
    """Seconds the meeting was planned to take: from its planned start to its hard end,
    or without one, the planned time of its agenda (the items not deferred)."""
    if session.ends_at is not None:
        return seconds_between(session.starts_at, session.ends_at)
    active = agenda.active_items(items)
    return float(sum(i.planned_seconds for i in active if i.status != ItemStatus.DEFERRED))


def at_planned_time(session: Session, items: Iterable[AgendaItem], now: datetime) -> bool:
    """Whether the meeting is held at the time it was planned for.

    It is when it began less than its :func:`planned_length` before or after its
    planned start; before it begins, it would begin now, or at the planned start
    while that is still to come. Begun (or looked at, not begun) after its planned
    end, or so early that its planned length would be over before its planned start,
    it is held at another time: 04:45 for a meeting planned from 14:00 to 16:00.
    """
    items = list(items)
    begin = started_at(items) or max(now, session.starts_at)
    off = abs(seconds_between(session.starts_at, begin))
    return off == 0 or off < planned_length(session, items)


def hard_end(session: Session, items: Iterable[AgendaItem], now: datetime) -> datetime | None:
    """The session's hard end, if it still means something: not for a meeting held at
    another time than planned (:func:`at_planned_time`), another day or hours off."""
    items = list(items)
    end = session.ends_at
    return end if end is not None and at_planned_time(session, items, now) else None


def projection(session: Session, items: Iterable[AgendaItem], now: datetime) -> agenda.Projection:
    """The agenda's projection (:func:`facilitator.domain.agenda.project`) for ``session``."""
    return agenda.project(
        items, session.current_item_id, now, session.starts_at, session.opened_at, session.ends_at
    )


def planned_end(session: Session, items: Iterable[AgendaItem], now: datetime) -> datetime:
    """The end the meeting's delay is measured against.

    Its hard end while that holds (:func:`hard_end`): what the invitation said; an item
    added in the room does not move it. Without one, its planned start plus the planned
    time of its agenda. Held at another time, its :func:`planned_length` from when it
    began (or, not begun, from now).
    """
    items = list(items)
    hard = hard_end(session, items, now)
    if hard is not None:
        return hard
    if at_planned_time(session, items, now):
        begin = session.starts_at
    else:
        begin = started_at(items) or max(now, session.starts_at)
    return later(begin, planned_length(session, items))


def delay(session: Session, items: Iterable[AgendaItem], now: datetime) -> float:
    """Seconds the projected end comes after :func:`planned_end` (negative: before it).

    Against the hard end while it holds, so an agenda grown past its hard end runs late
    however well it keeps to its items; else against the agenda's end, counting a late
    (or early) start when the meeting is held at its planned time: the invitation said
    when it would end. Held at another time, its own pace alone: its plan's length from
    when it began.
    """
    items = list(items)
    end = projection(session, items, now).projected_end
    return seconds_between(planned_end(session, items, now), end)


def outlook(session: Session, items: Iterable[AgendaItem], now: datetime) -> Outlook:
    """The overrun, the items cut or past the hard end, and what can be done about it."""
    items = list(items)
    projected = projection(session, items, now)
    applies = hard_end(session, items, now) is not None
    current = next((i for i in items if i.id == session.current_item_id), None)
    over = current.overrun(now) if current is not None else 0.0
    later = [
        i
        for i in agenda.active_items(items)
        if i.status == ItemStatus.TODO
        and (current is None or (i.position, i.id) > (current.position, current.id))
    ]
    spare = sum(max(0, (i.planned_seconds - MIN_PLANNED_SECONDS) // 60) for i in later)
    wanted = math.ceil(over / 60)
    cut = list(projected.cut_items) if applies else []
    past = [i for i in projected.past_hard_end if i not in cut] if applies else []
    return Outlook(
        overrun=over,
        cut=cut,
        past=past,
        can_take_minutes=min(wanted, spare),
        defer_proposal=defer_proposal(items, later, cut + past, current),
    )


def defer_proposal(
    items: Iterable[AgendaItem],
    later: Iterable[AgendaItem],
    warned: Iterable[int],
    current: AgendaItem | None = None,
) -> int | None:
    """The item a chair would put off, never the agenda's last item, its closing.

    With items past the hard end, one still to come (``later``): the first of them the
    warnings name (``warned``: cut ones first, then the one running past the hard end), so
    the offer is read beside the warning about it; with none of them named (the closing
    alone), the last item still to come before the closing, which gives the closing its
    time. With none past the hard end, the ``current`` item, as the key says (deferring it
    goes on with the next), so that ``u Enter`` puts off the item being discussed and no
    item further on; without one, the last item still to come before the closing. None
    when nothing but the closing is left to propose.
    """
    active = agenda.active_items(items)
    closing = active[-1].id if len(active) >= 2 else None
    candidates = [i.id for i in later if i.id != closing]
    warned = list(warned)
    named = [i for i in warned if i in candidates]
    if named:
        return named[0]
    if (
        not warned
        and current is not None
        and current.status == ItemStatus.CURRENT
        and not current.removed
    ):
        return current.id if current.id != closing else None
    return candidates[-1] if candidates else None
