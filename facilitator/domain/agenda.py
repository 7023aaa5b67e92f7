"""The agenda during the meeting: item timers, moving along, and the projected end.

Every function is pure: it returns changed copies and never mutates its inputs.
A timer is ``elapsed_seconds`` (folded in at each pause) plus the time since
``running_since``, so rebuilding an item from its stored fields after a restart
resumes it exactly where it was.
"""

from __future__ import annotations

import math
from collections.abc import Container, Iterable
from dataclasses import field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from facilitator.domain.errors import DomainError
from facilitator.domain.model import AgendaItem, ItemStatus, LiveChange
from facilitator.records import record
from facilitator.text import free_line

MIN_PLANNED_SECONDS = 60
MAX_PLANNED_SECONDS = 24 * 60 * 60
"""An item lasts at most a day, as in the session file."""
WARNING_FRACTION = 0.2
PASSING_SECONDS = 10
"""Less time than this on an item's timer, with nothing noted under it, and the meeting
only passed through the item (``] ] ]`` with the timer running): it was not discussed."""


def start(item: AgendaItem, now: datetime) -> AgendaItem:
    """Start (or resume) the item's timer at ``now`` and make it CURRENT."""
    if item.running:
        return replace(item)
    return replace(
        item,
        running_since=now,
        first_started_at=item.first_started_at or now,
        status=ItemStatus.CURRENT,
    )


def pause(item: AgendaItem, now: datetime) -> AgendaItem:
    """Stop the timer, folding the time since ``running_since`` into ``elapsed_seconds``."""
    if not item.running:
        return replace(item)
    return replace(item, elapsed_seconds=item.elapsed(now), running_since=None)


def toggle(item: AgendaItem, now: datetime) -> AgendaItem:
    """Pause a running timer, start a paused one."""
    return pause(item, now) if item.running else start(item, now)


def active_items(items: Iterable[AgendaItem]) -> list[AgendaItem]:
    """The items not removed from the agenda, in agenda order."""
    return sorted((i for i in items if not i.removed), key=lambda i: (i.position, i.id))


def none_current(
    running: bool,
    items: Iterable[AgendaItem],
    current_item_id: int | None,
    item_ids_spoken: Iterable[int | None] = (),
) -> bool:
    """Whether the meeting is ``running`` and under way on its agenda (an item was timed
    or left, or spoken under: ``item_ids_spoken``), and no agenda item is current: the
    current one left the session file. What is noted then goes under no item until the
    chair picks one, so no item is shown as current, nor the next as if it were. Before
    the first item, the first item to come is shown instead (the floor given before it
    starts the session, not the agenda)."""
    active = active_items(items)
    if not running or any(i.id == current_item_id for i in active):
        return False
    timed = any(i.first_started_at is not None or i.status != ItemStatus.TODO for i in active)
    return timed or any(item_id is not None for item_id in item_ids_spoken)


def timer_item(items: Iterable[AgendaItem], current_item_id: int | None) -> AgendaItem | None:
    """The item the timer runs on, and the one the countdown shows.

    The current item, if it is set, on the agenda and not deferred; else the
    first item that is neither done nor deferred; else None (nothing to time).
    """
    active = active_items(items)
    current = next(
        (i for i in active if i.id == current_item_id and i.status != ItemStatus.DEFERRED), None
    )
    if current is not None:
        return current
    return next((i for i in active if i.status not in (ItemStatus.DONE, ItemStatus.DEFERRED)), None)


def discussed(item: AgendaItem, now: datetime | None, noted: Container[int] = ()) -> bool:
    """Whether the meeting dealt with the item: its timer ran on it for
    :data:`PASSING_SECONDS` or more, or something was noted under it (``noted``: the ids of
    the items with a contribution), its timer started or not. An item the meeting only
    stepped through, its timer moving along for a moment, was not. Without ``now``, the
    time stored (a timer's run under way left out)."""
    seconds = item.elapsed(now) if now is not None else item.elapsed_seconds
    return seconds >= PASSING_SECONDS or item.id in noted


def _leave(item: AgendaItem, now: datetime, noted: Container[int] = ()) -> AgendaItem:
    """The item the meeting moves away from: paused; DONE if it was :func:`discussed`,
    else TODO, still to come, its moment of timer (a pass) taken off: as never entered."""
    left = pause(item, now)
    if left.status == ItemStatus.DEFERRED:
        return left
    if discussed(left, now, noted):
        return replace(left, status=ItemStatus.DONE)
    return replace(left, status=ItemStatus.TODO, elapsed_seconds=0.0, first_started_at=None)


def _switch(
    items: Iterable[AgendaItem],
    current_id: int | None,
    target: AgendaItem,
    now: datetime,
    noted: Container[int] = (),
) -> tuple[list[AgendaItem], int | None]:
    old = next((i for i in items if i.id == current_id), None)
    changed: list[AgendaItem] = []
    was_running = False
    if old is not None:
        was_running = old.running
        changed.append(_leave(old, now, noted))
    new = replace(target, status=ItemStatus.CURRENT)
    if was_running:
        new = start(new, now)
    changed.append(new)
    return changed, new.id


def move(
    items: Iterable[AgendaItem],
    current_id: int | None,
    step: int,
    now: datetime,
    noted: Container[int] = (),
) -> tuple[list[AgendaItem], int | None]:
    """Go to the next (``step`` > 0) or previous (``step`` < 0) agenda item.

    Returns the changed items only and the new current id. The old current item
    is paused and becomes DONE if it was :func:`discussed` (``noted``: the ids of the
    items with a contribution), else TODO again with no time on it (a DEFERRED one
    stays deferred); the new one becomes CURRENT and, if the old timer was
    running, starts running at ``now``. Both directions skip DEFERRED items
    (pick one up with :func:`goto`). At either end nothing changes:
    ``([], current_id)``. Without a current item, "next" goes to the first item
    that is neither done nor deferred, and "previous" does nothing.
    """
    items = list(items)
    active = active_items(items)
    current = next((i for i in items if i.id == current_id), None)
    if current is None:
        if step <= 0:
            return [], current_id
        first = next(
            (i for i in active if i.status not in (ItemStatus.DONE, ItemStatus.DEFERRED)), None
        )
        if first is None:
            return [], current_id
        return _switch(items, current_id, first, now, noted)
    here = (current.position, current.id)
    if step > 0:
        candidates = [i for i in active if (i.position, i.id) > here]
    else:
        candidates = [i for i in reversed(active) if (i.position, i.id) < here]
    reachable = [i for i in candidates if i.status != ItemStatus.DEFERRED]
    if step == 0 or not reachable:
        return [], current_id
    target = reachable[min(abs(step), len(reachable)) - 1]
    return _switch(items, current_id, target, now, noted)


def cannot_move(items: Iterable[AgendaItem], current_id: int | None, step: int) -> DomainError:
    """Why :func:`move` by ``step`` changes nothing: the current item is the last (``step``
    > 0) or the first, or only deferred items lie that way (which :func:`goto` picks up);
    without a current item, there is none to go back from, or none left to go to."""
    active = active_items(items)
    current = next((i for i in active if i.id == current_id), None)
    if current is None:
        return DomainError("agenda.nothing_to_time" if step > 0 else "agenda.no_current")
    n = active.index(current) + 1
    here = (current.position, current.id)
    if step > 0:
        ahead = [i for i in active if (i.position, i.id) > here]
        return DomainError("agenda.deferred_after" if ahead else "agenda.last", n=n)
    behind = [i for i in active if (i.position, i.id) < here]
    return DomainError("agenda.deferred_before" if behind else "agenda.first", n=n)


def goto(
    items: Iterable[AgendaItem],
    current_id: int | None,
    target_id: int,
    now: datetime,
    noted: Container[int] = (),
) -> tuple[list[AgendaItem], int | None]:
    """Jump to ``target_id`` (e.g. a clicked item), with the semantics of :func:`move`.

    Going to a DEFERRED item picks it up again. Going to the current item, or to
    an unknown or removed one, changes nothing.
    """
    items = list(items)
    target = next((i for i in active_items(items) if i.id == target_id), None)
    if target is None or target_id == current_id:
        return [], current_id
    return _switch(items, current_id, target, now, noted)


def adjust_planned(item: AgendaItem, delta_seconds: int) -> AgendaItem:
    """Add (or, negative, take) planned time; never below one minute nor above a day.

    A change of the plan in the room, marked as :func:`edit` marks it."""
    planned = item.planned_seconds + delta_seconds
    return _changed(
        item, planned_seconds=min(MAX_PLANNED_SECONDS, max(MIN_PLANNED_SECONDS, planned))
    )


# -- the agenda changed in the room ---------------------------------------------------------
def to_come(item: AgendaItem, current_item_id: int | None) -> bool:
    """Whether ``item`` is still to come: on the agenda, not current, never run, not done."""
    return (
        not item.removed
        and item.id != current_item_id
        and item.status in (ItemStatus.TODO, ItemStatus.DEFERRED)
        and item.elapsed_seconds == 0
        and not item.running
    )


def _remember(item: AgendaItem) -> AgendaItem:
    """The item with what the plan said kept in ``was`` (once: the first change counts)."""
    if item.live == LiveChange.ADDED or item.was:
        return item
    was: dict[str, object] = {
        "title": item.title,
        "question": item.question,
        "planned_seconds": item.planned_seconds,
    }
    return replace(item, was=was)


def _changed(item: AgendaItem, **values: Any) -> AgendaItem:
    """The item with ``values`` (title, question, planned_seconds) changed in the room:
    marked changed, with what the plan said kept in ``was``. Changed back to all the plan
    said (a minute more, then one less), it is as planned again: the minutes would
    otherwise call it moved."""
    changed = replace(item, **values)
    if changed == item:
        return item
    changed = replace(_remember(item), **values)
    if changed.live == LiveChange.ADDED:
        return changed
    if all(getattr(changed, key) == value for key, value in changed.was.items()):
        return replace(changed, was={}, live="")
    return replace(changed, live=LiveChange.CHANGED.value)


def edit(item: AgendaItem, title: str, question: str, planned_seconds: int) -> AgendaItem:
    """The item with a new title, guiding question or planned time, marked changed; the
    title and the question as :func:`~facilitator.text.free_line` keeps them (a no-break
    space as typed)."""
    title = free_line(title)
    if not title:
        raise DomainError("agenda.no_title")
    if planned_seconds < MIN_PLANNED_SECONDS:
        raise DomainError("agenda.bad_minutes")
    if planned_seconds > MAX_PLANNED_SECONDS:
        raise DomainError("agenda.too_many_minutes", limit=MAX_PLANNED_SECONDS // 60)
    return _changed(
        item, title=title, question=free_line(question), planned_seconds=planned_seconds
    )


def place(
    items: Iterable[AgendaItem], item_id: int, number: int, current_item_id: int | None
) -> list[AgendaItem]:
    """Move an item still to come to agenda number ``number`` (1-based, among the items on
    the agenda); only among the items still to come. Returns the items whose position changed.
    """
    agenda = active_items(items)
    item = next((i for i in agenda if i.id == item_id), None)
    if item is None:
        raise DomainError("agenda.not_found")
    own = agenda.index(item) + 1
    if own == number:
        return []
    if not to_come(item, current_item_id):
        raise DomainError("agenda.stays", n=own)
    first, last = places(agenda, item_id, current_item_id)
    if not first <= number <= last:
        raise DomainError(
            "agenda.place" if first < last else "agenda.one_place", first=first, last=last
        )
    order = [i for i in agenda if i.id != item_id]
    order.insert(number - 1, item)
    changed = []
    for position, each in enumerate(order, start=1):
        if each.position != position:
            moved = replace(each, position=position)
            if each.id == item_id and moved.live == "":
                moved = replace(moved, live=LiveChange.CHANGED.value)
            changed.append(moved)
    return changed


def places(
    items: Iterable[AgendaItem], item_id: int | None, current_item_id: int | None
) -> tuple[int, int]:
    """The first and the last agenda number ``item_id`` may be given: those among the items
    still to come, after every item that has run or runs now. A new item (``item_id``
    None) may also come at the end; an item not to come only keeps its own number. An
    item to come that stands before one that has run (item 4 when item 5 was held) keeps
    its own number too: from there when the places after it follow on (4 to 6, 5 being
    after item 5); else it is not among them (see :func:`place`, which leaves it)."""
    agenda = active_items(items)
    item = next((i for i in agenda if i.id == item_id), None)
    own = agenda.index(item) + 1 if item is not None else None
    if item is not None and not to_come(item, current_item_id):
        return own or 0, own or 0
    # the places among the other items: those after the item move up once it leaves
    others = [i for i in agenda if i.id != item_id]
    first_free = max(
        (n for n, i in enumerate(others) if not to_come(i, current_item_id)), default=-1
    )
    first, last = first_free + 2, len(others) + 1
    if own == first - 1:
        first = own
    return first, last


def place_for_new(items: Iterable[AgendaItem], current_item_id: int | None) -> int:
    """The agenda number an item added in the room is offered: before the last item while
    that is still to come (an agenda ends with its closing), else at the end."""
    agenda = active_items(items)
    if len(agenda) >= 2 and to_come(agenda[-1], current_item_id):
        return len(agenda)
    return len(agenda) + 1


def drop(item: AgendaItem, current_item_id: int | None) -> AgendaItem:
    """The item taken off the agenda (kept for the minutes as dropped)."""
    if not to_come(item, current_item_id):
        raise DomainError("agenda.not_to_come_drop")
    return replace(_remember(item), removed=True, live=LiveChange.DROPPED.value)


def defer(item: AgendaItem, now: datetime) -> AgendaItem:
    """Put the item off until later: paused and DEFERRED (its time so far is kept)."""
    return replace(pause(item, now), status=ItemStatus.DEFERRED)


def defer_current(
    items: Iterable[AgendaItem], current_id: int, now: datetime
) -> tuple[list[AgendaItem], int | None]:
    """Put off the current item and go on with the one the timer takes next
    (:func:`timer_item`), as :func:`move` would: a running timer moves along, a paused one
    stays paused. So the time from then on, and what is said and noted, belongs to that
    item and not to the one put off. With nothing left to go on with, the deferred item
    stays current, paused. Returns the changed items and the new current id.
    """
    items = list(items)
    current = next((i for i in items if i.id == current_id), None)
    if current is None:
        return [], current_id
    put_off = defer(current, now)
    target = timer_item([put_off if i.id == current_id else i for i in items], current_id)
    if target is None:
        return [put_off], current_id
    new = replace(target, status=ItemStatus.CURRENT)
    if current.running:
        new = start(new, now)
    return [put_off, new], new.id


def undefer(item: AgendaItem, now: datetime | None = None) -> AgendaItem:
    """Put a deferred item back on the agenda as TODO (``now`` is not needed)."""
    if item.status != ItemStatus.DEFERRED:
        return replace(item)
    return replace(item, status=ItemStatus.TODO)


def status_of(item: AgendaItem, now: datetime) -> str:
    """``"ok"``, ``"warning"`` (in the last 20 % of the planned time) or ``"overrun"``."""
    elapsed = item.elapsed(now)
    if elapsed > item.planned_seconds:
        return "overrun"
    if elapsed >= item.planned_seconds * (1 - WARNING_FRACTION):
        return "warning" if item.planned_seconds > 0 else "ok"
    return "ok"


@record
class Projection:
    """Where the agenda is heading, at the current pace.

    * ``planned_seconds``: planned time of all active, non-deferred items.
    * ``elapsed_seconds``: time spent on the items so far (sum of their timers).
    * ``session_elapsed_seconds``: wall time since the session was opened; for a
      session opened on an earlier day (reopened afterwards to mend something), the
      time spent on its items, as the hours in between were no meeting.
    * ``projected_end``: when the meeting ends if the current item gets the rest
      of its planned time (or ends now if overrun) and every TODO item its
      planned time.
    * ``started_at``: when the meeting actually started (the first item's first
      start); None while nothing has run.
    * ``planned_end``: ``started_at`` (or, before that, the later of now and the
      planned start) plus ``planned_seconds``.
    * ``delay_seconds``: ``projected_end - planned_end``: how far the meeting's
      own pace runs behind the agenda (negative when ahead). A late start is not
      counted here but in ``late_start_seconds``.
    * ``late_start_seconds``: ``started_at`` (or, before that, the later of now
      and the planned start) minus the planned start; negative if started early.
      ``delay_seconds + late_start_seconds`` is the delay against the invitation.
    * ``past_hard_end``: ids of items that would (partly or wholly) run past
      ``hard_end``; ``cut_items`` those of them that would not even start
      before it. Both in the order they would be taken.
    """

    planned_seconds: int
    elapsed_seconds: float
    session_elapsed_seconds: float
    projected_end: datetime
    planned_end: datetime
    delay_seconds: float
    hard_end: datetime | None = None
    past_hard_end: list[int] = field(default_factory=list)
    cut_items: list[int] = field(default_factory=list)
    started_at: datetime | None = None
    late_start_seconds: float = 0.0


def project(
    items: Iterable[AgendaItem],
    current_id: int | None,
    now: datetime,
    starts_at: datetime,
    opened_at: datetime | None,
    hard_end: datetime | None,
) -> Projection:
    """Project the end of the meeting at the current pace (see :class:`Projection`).

    Before anything has run, the agenda is laid out from the planned start (or
    from now, if that has passed). Once running: now, plus what is left of the
    current item (nothing if it overran), plus the planned time of every item
    still TODO, taken in agenda order after the current one.
    """
    items = list(items)
    active = active_items(items)
    planned = sum(i.planned_seconds for i in active if i.status != ItemStatus.DEFERRED)
    # Counted in UTC: in the session's zone Python would add to the clock and compare
    # clocks, an hour off on the nights the clocks change.
    zone = starts_at.tzinfo
    now, starts_at = now.astimezone(UTC), starts_at.astimezone(UTC)
    limit = hard_end.astimezone(UTC) if hard_end is not None else None
    first_starts = [i.first_started_at for i in items if i.first_started_at is not None]
    started_at = min(first_starts) if first_starts else None
    origin = max(now, starts_at) if started_at is None else now
    anchor = started_at.astimezone(UTC) if started_at is not None else max(now, starts_at)

    current = next(
        (i for i in active if i.id == current_id and i.status != ItemStatus.DEFERRED), None
    )
    timeline: list[tuple[AgendaItem, float]] = []
    if current is not None:
        timeline.append((current, max(0.0, current.remaining(now))))
    timeline += [
        (i, float(i.planned_seconds))
        for i in active
        if i.id != current_id and i.status not in (ItemStatus.DONE, ItemStatus.DEFERRED)
    ]

    past: list[int] = []
    cut: list[int] = []
    moment = origin
    for item, seconds in timeline:
        begin, moment = moment, moment + timedelta(seconds=seconds)
        if limit is not None and moment > limit:
            past.append(item.id)
            if begin >= limit and item.elapsed(now) == 0:
                cut.append(item.id)

    planned_end = anchor + timedelta(seconds=planned)
    elapsed = sum(i.elapsed(now) for i in active)
    if opened_at is None:
        session_elapsed = 0.0
    elif opened_at.astimezone(zone).date() != now.astimezone(zone).date():
        session_elapsed = elapsed
    else:
        session_elapsed = max(0.0, (now - opened_at).total_seconds())
    return Projection(
        planned_seconds=planned,
        elapsed_seconds=elapsed,
        session_elapsed_seconds=session_elapsed,
        projected_end=moment.astimezone(zone),
        planned_end=planned_end.astimezone(zone),
        delay_seconds=(moment - planned_end).total_seconds(),
        hard_end=hard_end,
        past_hard_end=past,
        cut_items=cut,
        started_at=started_at,
        late_start_seconds=(anchor - starts_at).total_seconds(),
    )


def rebalance(
    items: Iterable[AgendaItem], current_id: int | None, seconds_needed: int
) -> list[AgendaItem]:
    """Free ``seconds_needed`` by shortening the TODO items after the current one.

    The time is taken in whole minutes (``seconds_needed`` rounded up to a whole
    minute), in proportion to each item's planned time, never leaving an item
    under one minute. Returns the changed items in agenda order; if the later
    items cannot give that much, takes what they can.
    """
    active = active_items(items)
    current = next((i for i in active if i.id == current_id), None)
    later = [
        i
        for i in active
        if i.status == ItemStatus.TODO
        and i.id != current_id
        and (current is None or (i.position, i.id) > (current.position, current.id))
    ]
    caps = {i.id: max(0, (i.planned_seconds - MIN_PLANNED_SECONDS) // 60) for i in later}
    donors = [i for i in later if caps[i.id] > 0]
    minutes = math.ceil(max(0, seconds_needed) / 60)
    total = sum(i.planned_seconds for i in donors)
    if minutes == 0 or total == 0:
        return []
    quota = {i.id: minutes * i.planned_seconds / total for i in donors}
    taken = dict.fromkeys(quota, 0)
    for _ in range(min(minutes, sum(caps.values()))):
        # The next minute goes to the item furthest below its proportional share.
        index, donor = max(
            ((n, i) for n, i in enumerate(donors) if taken[i.id] < caps[i.id]),
            key=lambda pair: (
                quota[pair[1].id] - taken[pair[1].id],
                pair[1].planned_seconds,
                -pair[0],
            ),
        )
        taken[donor.id] += 1
    return [
        _changed(i, planned_seconds=i.planned_seconds - 60 * taken[i.id])
        for i in donors
        if taken[i.id]
    ]
