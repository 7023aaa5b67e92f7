"""The speaker queue and who has the floor.

Points of order go first, first come first served; everyone else waits in the
order of their ``position``, which the facilitator may change. Functions are
pure: they return new or changed records (new ones with ``id=0``) for the
store to write, and never touch their inputs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from facilitator.domain.errors import DomainError
from facilitator.domain.model import Participant, Priority, QueueEntry, Speech
from facilitator.domain.zone import later, seconds_between
from facilitator.records import record


def ordered(entries: Iterable[QueueEntry]) -> list[QueueEntry]:
    """The queue in speaking order.

    Points of order first, by ``requested_at`` then id; then normal entries by
    ``position`` (then ``requested_at``, then id).
    """
    entries = list(entries)
    points = [e for e in entries if e.priority == Priority.POINT_OF_ORDER]
    normal = [e for e in entries if e.priority != Priority.POINT_OF_ORDER]
    points.sort(key=lambda e: (e.requested_at, e.id))
    normal.sort(key=lambda e: (e.position, e.requested_at, e.id))
    return points + normal


def _normal(entries: Iterable[QueueEntry]) -> list[QueueEntry]:
    return [e for e in ordered(entries) if e.priority == Priority.NORMAL]


def enqueue(
    entries: Sequence[QueueEntry],
    participant_id: int,
    now: datetime,
    priority: Priority = Priority.NORMAL,
    session_id: int | None = None,
    speaking: int | None = None,
) -> QueueEntry | None:
    """A new entry (id 0) at the end of the queue, or None if already waiting so.

    ``session_id`` defaults to that of the entries already waiting (0 if none).
    ``speaking`` is who has the floor: they cannot raise a point of order
    against themselves (``queue.own_point_of_order``). Waiting for a normal
    turn and with a point of order at once is allowed.
    """
    if priority == Priority.POINT_OF_ORDER and speaking == participant_id:
        raise DomainError("queue.own_point_of_order")
    if any(e.participant_id == participant_id and e.priority == priority for e in entries):
        return None
    if session_id is None:
        session_id = entries[0].session_id if entries else 0
    position = max((e.position for e in entries), default=0.0) + 1
    return QueueEntry(
        id=0,
        session_id=session_id,
        participant_id=participant_id,
        position=position,
        requested_at=now,
        priority=priority,
    )


def withdraw(
    entries: Iterable[QueueEntry], participant_id: int, priority: Priority | None = None
) -> QueueEntry | None:
    """The entry to delete when a participant lowers their hand, or None.

    With no ``priority`` given, their normal entry if they have one, else their
    point of order.
    """
    theirs = [e for e in entries if e.participant_id == participant_id]
    if priority is not None:
        theirs = [e for e in theirs if e.priority == priority]
    theirs.sort(key=lambda e: e.priority != Priority.NORMAL)
    return theirs[0] if theirs else None


def reorder(entries: Iterable[QueueEntry], entry_id: int, delta: int) -> list[QueueEntry]:
    """Move a normal entry up (``delta`` < 0) or down (> 0) the queue.

    Returns the entries whose position changed. The entries keep the set of
    positions they had, so only those between the old and the new place
    change; duplicate positions are renumbered 1, 2, 3...
    """
    normal = _normal(entries)
    index = next((n for n, e in enumerate(normal) if e.id == entry_id), None)
    if index is None:
        return []
    target = max(0, min(len(normal) - 1, index + delta))
    if target == index:
        return []
    order = list(normal)
    order.insert(target, order.pop(index))
    positions = [e.position for e in normal]
    if len(set(positions)) != len(positions):
        positions = [float(n) for n in range(1, len(order) + 1)]
    return [
        replace(e, position=p) for e, p in zip(order, positions, strict=True) if e.position != p
    ]


@record
class FloorChange:
    """What giving the floor changes: a speech ended, one started, an entry dequeued."""

    ended: Speech | None
    started: Speech | None
    dequeued: QueueEntry | None


def end_speech(current: Speech | None, now: datetime) -> Speech | None:
    """The current speech ended at ``now``; None if nobody was speaking."""
    if current is None or current.ended_at is not None:
        return None
    return replace(current, ended_at=now)


def carry_over(
    current: Speech | None, item_id: int | None, now: datetime
) -> tuple[Speech | None, Speech | None]:
    """The speech going on when the meeting moves to agenda item ``item_id`` at ``now``.

    What was said before the change stays under the item it was said on, the rest goes
    under the new one: the speech ends at ``now`` and a new part of the same turn (id 0)
    starts at ``now`` under ``item_id`` (:func:`facilitator.domain.stats.turns` counts the
    two as one turn). A speech begun at ``now`` is simply filed under ``item_id``.
    Returns (the speech changed, the new part): (None, None) if nobody speaks or the
    speech is on ``item_id`` already.
    """
    if current is None or current.ended_at is not None or current.item_id == item_id:
        return None, None
    if current.started_at >= now:
        return replace(current, item_id=item_id), None
    part = replace(current, id=0, item_id=item_id, started_at=now)
    return replace(current, ended_at=now), part


def _hand_over(
    current: Speech | None,
    entry: QueueEntry | None,
    participant_id: int | None,
    now: datetime,
    item_id: int | None,
    session_id: int,
) -> FloorChange:
    started = None
    if participant_id is not None:
        started = Speech(
            id=0,
            session_id=session_id,
            participant_id=participant_id,
            item_id=item_id,
            started_at=now,
        )
    return FloorChange(ended=end_speech(current, now), started=started, dequeued=entry)


def give_floor(
    entries: Iterable[QueueEntry],
    current: Speech | None,
    now: datetime,
    item_id: int | None,
    session_id: int,
) -> FloorChange:
    """End the current speech and give the floor to the first in the queue.

    With nobody waiting, only the current speech ends.
    """
    queue = ordered(entries)
    first = queue[0] if queue else None
    who = first.participant_id if first else None
    return _hand_over(current, first, who, now, item_id, session_id)


def give_floor_to(
    entries: Iterable[QueueEntry],
    current: Speech | None,
    participant_id: int,
    now: datetime,
    item_id: int | None,
    session_id: int,
) -> FloorChange:
    """Give the floor to ``participant_id`` (e.g. a suggestion accepted).

    Ends the current speech and dequeues their first entry if they wait. If
    they are already speaking, nothing changes (their turn is not split).
    """
    if current is not None and current.ended_at is None:
        if current.participant_id == participant_id:
            return FloorChange(ended=None, started=None, dequeued=None)
    entry = next((e for e in ordered(entries) if e.participant_id == participant_id), None)
    return _hand_over(current, entry, participant_id, now, item_id, session_id)


def at_the_table(person: Participant) -> Participant | None:
    """Whoever gets the floor is at the table: ``person`` marked present again if they were
    marked absent (the changed record), None if they are present already.

    Putting someone in the queue leaves them as marked: a hand raised for someone absent may
    be a slip of the key, and the screen says they are marked absent; the floor settles it.
    """
    return replace(person, present=True) if not person.present else None


def readd_last(
    entries: Iterable[QueueEntry], speeches: Iterable[Speech], now: datetime, session_id: int
) -> QueueEntry | None:
    """Put the most recent speaker back at the top of the normal queue.

    While someone has the floor (a point of order, a direct reply), that is the
    one who spoke before them, not the one speaking. Returns a new entry (id 0)
    with a position before every normal entry, or None if nobody else has
    spoken or they already wait in the normal queue.
    """
    speeches = list(speeches)
    speaking = {s.participant_id for s in speeches if s.ended_at is None}
    done = [s for s in speeches if s.ended_at is not None and s.participant_id not in speaking]
    last = max(done, key=lambda s: (s.started_at, s.id), default=None)
    if last is None:
        return None
    normal = _normal(entries)
    if any(e.participant_id == last.participant_id for e in normal):
        return None
    position = min((e.position for e in normal), default=2.0) - 1
    return QueueEntry(
        id=0,
        session_id=session_id,
        participant_id=last.participant_id,
        position=position,
        requested_at=now,
    )


def waited(entry: QueueEntry, now: datetime) -> float:
    """Seconds the entry has been waiting."""
    return max(0.0, (now - entry.requested_at).total_seconds())


def resumed(
    entries: Iterable[QueueEntry], closed_at: datetime | None, now: datetime
) -> list[QueueEntry]:
    """The queue of a session reopened at ``now``, closed since ``closed_at``: each entry
    waits on from where it stood at the close, as if asked the time it was closed later
    (nobody waited for the floor of a meeting that was over), in the same order. Returns
    the entries changed: none without a close to count from."""
    if closed_at is None:
        return []
    closed = seconds_between(closed_at, now)
    if closed <= 0:
        return []
    return [replace(e, requested_at=later(e.requested_at, closed)) for e in entries]
