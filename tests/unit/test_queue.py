"""The speaker queue: order, points of order, reordering and giving the floor."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from facilitator.domain import queue
from facilitator.domain.clock import FakeClock
from facilitator.domain.errors import DomainError
from facilitator.domain.model import Participant, Priority, QueueEntry, Speech

T0 = datetime(2020, 10, 6, 14, 0, tzinfo=UTC)
POO = Priority.POINT_OF_ORDER


def entry(
    id: int,
    participant: int,
    position: float,
    minute: float = 0,
    priority: Priority = Priority.NORMAL,
) -> QueueEntry:
    return QueueEntry(
        id=id,
        session_id=1,
        participant_id=participant,
        position=position,
        requested_at=T0 + timedelta(minutes=minute),
        priority=priority,
    )


def speech(id: int, participant: int, minute: float, end: float | None = None) -> Speech:
    return Speech(
        id=id,
        session_id=1,
        participant_id=participant,
        item_id=1,
        started_at=T0 + timedelta(minutes=minute),
        ended_at=None if end is None else T0 + timedelta(minutes=end),
    )


def ids(entries: list[QueueEntry]) -> list[int]:
    return [e.id for e in entries]


def test_ordered_points_of_order_first_fcfs_then_positions() -> None:
    entries = [
        entry(1, 10, position=2, minute=0),
        entry(2, 11, position=1, minute=1),
        entry(3, 12, position=9, minute=5, priority=POO),
        entry(4, 13, position=3, minute=3, priority=POO),
        entry(6, 15, position=0, minute=3, priority=POO),
        entry(5, 14, position=3, minute=2),
    ]
    assert ids(queue.ordered(entries)) == [4, 6, 3, 2, 1, 5]


def test_enqueue_at_the_end_with_id_zero() -> None:
    clock = FakeClock(T0)
    entries = [entry(1, 10, 1), entry(2, 11, 4)]
    new = queue.enqueue(entries, 12, clock.now())
    assert new is not None
    assert (new.id, new.participant_id, new.position, new.requested_at) == (0, 12, 5, T0)
    assert new.session_id == 1 and new.priority == Priority.NORMAL
    first = queue.enqueue([], 12, clock.now(), session_id=7)
    assert first is not None and first.position == 1 and first.session_id == 7


def test_enqueue_dedupes_per_priority() -> None:
    entries = [entry(1, 10, 1)]
    assert queue.enqueue(entries, 10, T0) is None
    point = queue.enqueue(entries, 10, T0, POO)
    assert point is not None and point.priority == POO
    assert queue.enqueue([*entries, point], 10, T0, POO) is None


def test_who_has_the_floor_cannot_raise_a_point_of_order_against_themselves() -> None:
    waiting = [entry(1, 5, 1)]
    with pytest.raises(DomainError) as info:
        queue.enqueue(waiting, 7, T0, POO, speaking=7)
    assert info.value.key == "queue.own_point_of_order"
    assert "punt van orde" in info.value.message("nl")
    assert "point of order" in info.value.message("en")
    # someone else may, and the speaker may still ask for a later normal turn
    assert queue.enqueue(waiting, 5, T0, POO, speaking=7) is not None
    assert queue.enqueue(waiting, 7, T0, speaking=7) is not None


def test_withdraw_prefers_the_normal_entry() -> None:
    entries = [entry(1, 10, 1, priority=POO), entry(2, 10, 2), entry(3, 11, 3)]
    assert queue.withdraw(entries, 10) == entries[1]
    assert queue.withdraw(entries, 10, POO) == entries[0]
    assert queue.withdraw(entries[:1], 10) == entries[0]
    assert queue.withdraw(entries, 99) is None


def test_reorder_moves_up_and_down_among_normal_entries() -> None:
    entries = [entry(1, 10, 1), entry(2, 11, 2), entry(3, 12, 3), entry(9, 19, 0, priority=POO)]
    changed = queue.reorder(entries, 3, -1)
    assert sorted((e.id, e.position) for e in changed) == [(2, 3), (3, 2)]
    changed = queue.reorder(entries, 1, +2)
    assert sorted((e.id, e.position) for e in changed) == [(1, 3), (2, 1), (3, 2)]
    assert queue.reorder(entries, 1, -1) == []  # already first
    assert queue.reorder(entries, 3, +5) == []  # already last
    assert queue.reorder(entries, 9, +1) == []  # a point of order has no place to move
    assert queue.reorder(entries, 42, 1) == []
    assert [e.position for e in entries] == [1, 2, 3, 0]  # inputs untouched


def test_reorder_keeps_gaps_and_renumbers_duplicates() -> None:
    entries = [entry(1, 10, 0.5), entry(2, 11, 4), entry(3, 12, 9)]
    changed = queue.reorder(entries, 3, -1)
    assert sorted((e.id, e.position) for e in changed) == [(2, 9), (3, 4)]
    dupes = [entry(1, 10, 1, minute=0), entry(2, 11, 1, minute=1), entry(3, 12, 1, minute=2)]
    changed = queue.reorder(dupes, 3, -2)
    assert sorted((e.id, e.position) for e in changed) == [(1, 2), (2, 3)]  # 3 keeps 1


def test_give_floor_ends_current_and_starts_first_in_queue() -> None:
    clock = FakeClock(T0 + timedelta(minutes=10))
    entries = [entry(1, 10, 1), entry(2, 11, 2, priority=POO)]
    current = speech(5, 12, minute=7)
    change = queue.give_floor(entries, current, clock.now(), item_id=3, session_id=1)
    assert change.ended == speech(5, 12, minute=7, end=10)
    assert change.started == Speech(0, 1, 11, 3, clock.now())
    assert change.dequeued == entries[1]
    assert current.ended_at is None


def test_give_floor_with_empty_queue_only_ends() -> None:
    change = queue.give_floor([], speech(5, 12, 0), T0 + timedelta(minutes=2), 1, 1)
    assert change.ended is not None and change.ended.ended_at == T0 + timedelta(minutes=2)
    assert change.started is None and change.dequeued is None
    empty = queue.give_floor([], None, T0, 1, 1)
    assert empty == queue.FloorChange(None, None, None)


def test_give_floor_to_a_chosen_participant() -> None:
    now = T0 + timedelta(minutes=5)
    entries = [entry(1, 10, 1), entry(2, 11, 2)]
    change = queue.give_floor_to(entries, speech(5, 12, 0), 11, now, 1, 1)
    assert change.started is not None and change.started.participant_id == 11
    assert change.dequeued == entries[1] and change.ended is not None
    not_waiting = queue.give_floor_to(entries, None, 14, now, 1, 1)
    assert not_waiting.dequeued is None and not_waiting.started is not None
    same = queue.give_floor_to(entries, speech(5, 12, 0), 12, now, 1, 1)
    assert same == queue.FloorChange(None, None, None)


def test_whoever_gets_the_floor_is_present() -> None:
    away = Participant(7, 1, 3, "els", "Els Bos", "Saxion", "onderwijs", present=False)
    assert queue.at_the_table(away) == replace(away, present=True)
    assert away.present is False  # the record given is left as it was
    assert queue.at_the_table(replace(away, present=True)) is None  # present: no change


def test_end_speech() -> None:
    now = T0 + timedelta(minutes=1)
    assert queue.end_speech(speech(1, 10, 0), now) == speech(1, 10, 0, end=1)
    assert queue.end_speech(speech(1, 10, 0, end=0.5), now) is None
    assert queue.end_speech(None, now) is None


def test_readd_last_puts_most_recent_speaker_on_top() -> None:
    now = T0 + timedelta(minutes=20)
    speeches = [speech(1, 10, 0, 3), speech(3, 11, 8, 12), speech(2, 12, 4, 8)]
    entries = [entry(1, 13, 2), entry(2, 14, 3), entry(3, 15, 1, priority=POO)]
    new = queue.readd_last(entries, speeches, now, session_id=1)
    assert new is not None
    assert (new.id, new.participant_id, new.position, new.priority) == (0, 11, 1, Priority.NORMAL)
    assert ids(queue.ordered([*entries, new])) == [3, 0, 1, 2]
    assert queue.readd_last([*entries, new], speeches, now, 1) is None  # already waiting
    assert queue.readd_last(entries, [], now, 1) is None
    alone = queue.readd_last([], speeches, now, 1)
    assert alone is not None and alone.position == 1


def test_readd_last_while_someone_speaks_puts_back_the_one_before() -> None:
    """A point of order took the floor from 12: ``r`` puts 12 back, not the one speaking."""
    now = T0 + timedelta(minutes=20)
    speeches = [speech(1, 10, 0, 3), speech(2, 12, 4, 8), speech(3, 13, 8)]
    new = queue.readd_last([entry(1, 14, 1)], speeches, now, session_id=1)
    assert new is not None and new.participant_id == 12
    # 13 spoke before and speaks again now: still the one before, not 13
    again = [speech(1, 13, 0, 3), speech(2, 12, 4, 8), speech(3, 13, 8)]
    back = queue.readd_last([], again, now, session_id=1)
    assert back is not None and back.participant_id == 12
    assert queue.readd_last([], [speech(1, 10, 0)], now, 1) is None  # only the one speaking


def test_waited() -> None:
    e = entry(1, 10, 1, minute=2)
    assert queue.waited(e, T0 + timedelta(minutes=5)) == 180
    assert queue.waited(e, T0) == 0


def test_a_reopened_session_s_queue_waits_on_from_the_close() -> None:
    """Closed at 14:10 and reopened at 14:40: each waits as long as at the close, in the
    same order, points of order first."""
    waiting = [entry(1, 10, 2, minute=2), entry(2, 11, 1, minute=5), entry(3, 12, 3, 8, POO)]
    closed_at, reopened = T0 + timedelta(minutes=10), T0 + timedelta(minutes=40)
    resumed = queue.resumed(waiting, closed_at, reopened)
    assert [queue.waited(e, reopened) for e in resumed] == [480, 300, 120]
    assert queue.ordered(resumed) == [
        replace(e, requested_at=e.requested_at + timedelta(minutes=30))
        for e in queue.ordered(waiting)
    ]
    assert queue.resumed(waiting, None, reopened) == []


def test_a_speech_going_on_when_the_agenda_moves_on_goes_on_under_the_new_item() -> None:
    going = speech(1, 4, minute=0)
    at = T0 + timedelta(minutes=3)
    ended, part = queue.carry_over(going, 2, at)
    assert ended is not None and (ended.item_id, ended.ended_at) == (1, at)
    assert part is not None
    assert (part.id, part.participant_id, part.item_id, part.started_at) == (0, 4, 2, at)
    assert part.ended_at is None


def test_a_speech_begun_at_the_item_change_is_filed_under_the_new_item() -> None:
    just = speech(1, 4, minute=3)
    ended, part = queue.carry_over(just, 2, T0 + timedelta(minutes=3))
    assert ended is not None and ended.item_id == 2 and ended.ended_at is None
    assert part is None


def test_nothing_to_carry_over_without_a_speech_going_on_or_on_the_same_item() -> None:
    at = T0 + timedelta(minutes=3)
    assert queue.carry_over(None, 2, at) == (None, None)
    assert queue.carry_over(speech(1, 4, minute=0, end=1), 2, at) == (None, None)
    assert queue.carry_over(speech(1, 4, minute=0), 1, at) == (None, None)
