"""The service: commands change the store, with timers derived from a fake clock."""

from __future__ import annotations

from datetime import datetime

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.errors import DomainError
from facilitator.domain.model import ItemStatus, SessionStatus
from facilitator.service import SessionService
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan


@pytest.fixture
def service(store: Store, clock: FakeClock) -> SessionService:
    session = import_plan(store, make_plan(participants=6)).session
    return SessionService(store, session.id, clock)


def test_timer_opens_the_session_and_runs_from_stored_time(
    service: SessionService, clock: FakeClock
) -> None:
    assert service.toggle_timer() is True
    state = service.state()
    assert state.session.status == SessionStatus.RUNNING
    assert state.current_item is not None
    clock.advance(minutes=7)
    # a fresh service on the same store (a restart) sees the same running timer
    again = SessionService(service.store, service.session_id, clock)
    item = again.state().current_item
    assert item is not None and item.elapsed(clock.now()) == 7 * 60
    assert again.toggle_timer() is False
    clock.advance(minutes=30)
    item = again.state().current_item
    assert item is not None and item.elapsed(clock.now()) == 7 * 60


def test_next_item_moves_the_running_timer(service: SessionService, clock: FakeClock) -> None:
    service.toggle_timer()
    clock.advance(minutes=5)
    service.move(+1)
    state = service.state()
    first, second = state.items[0], state.items[1]
    assert first.status == ItemStatus.DONE and not first.running
    assert first.elapsed_seconds == 300
    assert state.session.current_item_id == second.id and second.running
    service.move(-1)
    assert service.state().current_item == service.state().items[0]


def test_queue_floor_and_speaking_time(service: SessionService, clock: FakeClock) -> None:
    people = service.state().participants
    service.enqueue_number(2)
    service.enqueue_number(3)
    assert service.enqueue_number(2) is not None  # already waiting: no second entry
    assert [e.participant_id for e in service.state().queue] == [people[1].id, people[2].id]
    service.enqueue(people[4].id, point_of_order=True)
    assert service.state().queue[0].participant_id == people[4].id
    assert service.give_floor() == people[4].id
    clock.advance(seconds=40)
    assert service.give_floor() == people[1].id
    clock.advance(seconds=90)
    assert service.end_speech() is True
    speeches = service.state().speeches
    assert [(s.participant_id, s.duration(clock.now())) for s in speeches] == [
        (people[4].id, 40.0),
        (people[1].id, 90.0),
    ]
    assert service.readd_last() is True
    assert service.state().queue[0].participant_id == people[1].id


def test_undo_reverts_a_whole_command(service: SessionService, clock: FakeClock) -> None:
    service.enqueue_number(1)
    service.give_floor()
    assert service.state().current_speech is not None
    assert service.undo() == "floor"
    state = service.state()
    assert state.current_speech is None
    assert [e.participant_id for e in state.queue] == [state.participants[0].id]


def test_closed_session_refuses_changes_until_reopened(
    service: SessionService, clock: FakeClock
) -> None:
    service.toggle_timer()
    service.enqueue_number(1)
    service.give_floor()
    clock.advance(minutes=3)
    service.close()
    state = service.state()
    assert state.session.status == SessionStatus.CLOSED
    assert not any(i.running for i in state.items)
    assert state.current_speech is None
    with pytest.raises(DomainError):
        service.toggle_timer()
    service.reopen()
    assert service.toggle_timer() is True


def test_rebalance_takes_overrun_from_later_items(
    service: SessionService, clock: FakeClock
) -> None:
    service.toggle_timer()
    clock.advance(minutes=24)  # planned 20
    freed = service.rebalance()
    assert freed == 4 * 60
    items = service.state().items
    assert items[0].planned_seconds == 24 * 60
    assert sum(i.planned_seconds for i in items) == 60 * 60


def test_gaps_and_parking(service: SessionService, clock: FakeClock) -> None:
    from facilitator.domain.gaps import GapKind
    from facilitator.domain.model import Card, Column

    with service.store.change(service.session_id, "capture") as tx:
        barrier = tx.insert(
            Card(
                id=0,
                session_id=service.session_id,
                column=Column.BARRIER,
                title="Te weinig bbl-plaatsen",
                position=1,
                created_at=clock.now(),
            )
        )

    def reasons() -> list[tuple[GapKind, ...]]:
        return [g.kinds for g in service.gaps() if g.card_id == barrier.id]

    assert reasons() == [(GapKind.BARRIER_WITHOUT_ACTION,)]
    service.park(barrier.id)  # parked: still an open point, now on purpose
    assert reasons() == [(GapKind.BARRIER_WITHOUT_ACTION, GapKind.PARKED)]
    assert service.undo() == "park"
    assert reasons() == [(GapKind.BARRIER_WITHOUT_ACTION,)]


def test_space_starts_the_item_the_countdown_shows_when_the_first_is_deferred(
    service: SessionService, clock: FakeClock
) -> None:
    from facilitator.domain import agenda

    first, second = service.state().items[:2]
    service.defer(first.id)
    before = service.state()
    shown = agenda.timer_item(before.items, before.session.current_item_id)
    assert shown is not None and shown.id == second.id
    assert service.toggle_timer() is True
    state = service.state()
    assert state.session.current_item_id == second.id
    assert state.items[1].running and not state.items[0].running
    assert state.items[0].status == ItemStatus.DEFERRED


def test_deferring_the_current_item_makes_space_go_on_with_the_next(
    service: SessionService, clock: FakeClock
) -> None:
    service.toggle_timer()
    clock.advance(minutes=2)
    first = service.state().items[0]
    service.defer(first.id)
    assert service.toggle_timer() is True
    state = service.state()
    assert state.session.current_item_id == state.items[1].id
    assert state.items[0].status == ItemStatus.DEFERRED


def test_nothing_to_time_when_every_item_is_done_or_deferred(service: SessionService) -> None:
    for item in service.state().items:
        service.defer(item.id)
    assert service.toggle_timer() is False
    assert not any(i.running for i in service.state().items)


def test_presence_cannot_change_in_a_closed_session(
    service: SessionService, clock: FakeClock
) -> None:
    person = service.state().participants[0]
    service.set_present(person.id, False)
    assert service.state().participants[0].present is False
    service.toggle_timer()
    service.close()
    with pytest.raises(DomainError) as info:
        service.set_present(person.id, True)
    assert info.value.key == "session.closed"
    assert service.state().participants[0].present is False


def test_the_speaker_cannot_be_queued_for_a_point_of_order_against_himself(
    service: SessionService,
) -> None:
    speaker, other = (p.id for p in service.state().participants[:2])
    service.enqueue(speaker)
    assert service.give_floor() == speaker
    with pytest.raises(DomainError) as info:
        service.enqueue(speaker, point_of_order=True)
    assert info.value.key == "queue.own_point_of_order"
    assert service.state().queue == []
    assert service.enqueue(other, point_of_order=True) is True
    assert service.enqueue(speaker) is True  # a later normal turn is fine


def test_someone_queued_by_another_process_first_is_already_waiting(
    service: SessionService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.domain import queue
    from facilitator.domain.model import Priority, QueueEntry

    person = service.state().participants[0].id
    assert service.enqueue(person) is True

    def blind(
        entries: list[QueueEntry],
        participant_id: int,
        now: datetime,
        priority: Priority,
        **kw: object,
    ) -> QueueEntry:
        # as if the queue were read before the other process queued them
        return QueueEntry(0, service.session_id, participant_id, 9.0, now, priority)

    monkeypatch.setattr(queue, "enqueue", blind)
    assert service.enqueue(person) is False
    assert service.enqueue_number(1) is not None
    assert service.enqueue(person, point_of_order=True) is True
    assert sorted(e.priority for e in service.state().queue) == sorted(
        [Priority.NORMAL, Priority.POINT_OF_ORDER]
    )
    assert service.undo() == "hand"  # the refused ones left nothing to undo


def test_undo_in_one_window_leaves_the_other_windows_work(store: Store, clock: FakeClock) -> None:
    sid = import_plan(store, make_plan(slug="twee")).session.id
    console = SessionService(store, sid, clock, origin="console")
    wall = SessionService(store, sid, clock, origin="wall")
    first, second = (p.id for p in console.state().participants[:2])
    console.enqueue(first)
    wall.enqueue(second)
    assert console.undo() == "hand"
    assert [e.participant_id for e in wall.state().queue] == [second]
    assert not console.state().can_undo and wall.state().can_undo
    assert console.redo() == "hand"
    assert {e.participant_id for e in wall.state().queue} == {first, second}


def test_undoing_a_withdraw_when_they_queued_again_meanwhile(
    store: Store, clock: FakeClock
) -> None:
    sid = import_plan(store, make_plan(slug="twee")).session.id
    console = SessionService(store, sid, clock, origin="console")
    wall = SessionService(store, sid, clock, origin="wall")
    person = console.state().participants[0].id
    console.enqueue(person)
    console.withdraw(person)
    wall.enqueue(person)
    assert console.undo() == "withdraw"  # no error: they are waiting already
    assert [e.participant_id for e in console.state().queue] == [person]
