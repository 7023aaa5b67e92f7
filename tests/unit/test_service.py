"""The service: commands change the store, with timers derived from a fake clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.errors import DomainError
from facilitator.domain.model import ItemStatus, Kind, SessionStatus
from facilitator.service import SUGGESTED, Services
from facilitator.service.floor import Floor
from facilitator.service.result import Refused, run_command
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan


@pytest.fixture
def service(store: Store, clock: FakeClock) -> Services:
    session = import_plan(store, make_plan(participants=6)).session
    return Services.open(store, session.id, clock)


def test_timer_opens_the_session_and_runs_from_stored_time(
    service: Services, clock: FakeClock
) -> None:
    assert service.agenda.toggle_timer() is True
    state = service.reading.state()
    assert state.session.status == SessionStatus.RUNNING
    assert state.current_item is not None
    clock.advance(minutes=7)
    # a fresh service on the same store (a restart) sees the same running timer
    again = Services.open(service.store, service.session_id, clock)
    item = again.reading.state().current_item
    assert item is not None and item.elapsed(clock.now()) == 7 * 60
    assert again.agenda.toggle_timer() is False
    clock.advance(minutes=30)
    item = again.reading.state().current_item
    assert item is not None and item.elapsed(clock.now()) == 7 * 60


def test_next_item_moves_the_running_timer(service: Services, clock: FakeClock) -> None:
    service.agenda.toggle_timer()
    clock.advance(minutes=5)
    service.agenda.move(+1)
    state = service.reading.state()
    first, second = state.items[0], state.items[1]
    assert first.status == ItemStatus.DONE and not first.running
    assert first.elapsed_seconds == 300
    assert state.session.current_item_id == second.id and second.running
    service.agenda.move(-1)
    assert service.reading.state().current_item == service.reading.state().items[0]


def test_queue_floor_and_speaking_time(service: Services, clock: FakeClock) -> None:
    people = service.reading.state().participants
    service.floor.enqueue_number(2)
    service.floor.enqueue_number(3)
    assert service.floor.enqueue_number(2) is not None  # already waiting: no second entry
    assert [e.participant_id for e in service.reading.state().queue] == [people[1].id, people[2].id]
    service.floor.enqueue(people[4].id, point_of_order=True)
    assert service.reading.state().queue[0].participant_id == people[4].id
    assert service.floor.give_floor() == Floor(people[4].id)
    clock.advance(seconds=40)
    assert service.floor.give_floor() == Floor(people[1].id)
    clock.advance(seconds=90)
    assert service.floor.end_speech() is True
    speeches = service.reading.state().speeches
    assert [(s.participant_id, s.duration(clock.now())) for s in speeches] == [
        (people[4].id, 40.0),
        (people[1].id, 90.0),
    ]
    assert service.floor.readd_last() == service.reading.state().participants[1]
    assert service.reading.state().queue[0].participant_id == people[1].id


def test_the_suggestion_is_the_one_when_the_floor_change_runs(
    service: Services, clock: FakeClock
) -> None:
    """`s` gives the floor to the first suggestion as the queue is when it runs: a hand
    raised by a key just before counts, whatever the screen showed at that moment."""
    people = service.reading.state().participants
    # nobody waits: refused, nothing changes
    assert isinstance(run_command(service.floor.give_floor, SUGGESTED), Refused)
    service.agenda.toggle_timer()
    service.floor.enqueue(people[0].id)
    service.floor.give_floor(people[0].id)
    clock.advance(seconds=30)
    service.floor.enqueue(people[0].id)  # spoke already on this item
    service.floor.enqueue(people[3].id)  # not heard yet: suggested first, though second in line
    expected = service.reading.state().suggestions(clock.now())[0].participant_id
    assert expected == people[3].id
    assert service.floor.give_floor(SUGGESTED) == Floor(people[3].id)
    assert [e.participant_id for e in service.reading.state().queue] == [people[0].id]


def test_two_windows_giving_the_floor_at_once_give_it_once(
    service: Services, clock: FakeClock
) -> None:
    """`f` pressed in two windows at the same moment, each showing 5 then 6 waiting and
    nobody speaking: 5 gets the floor once. The second `f` finds the floor no longer as
    its window showed it and changes nothing (before, it ended 5's turn after 0 seconds
    and gave the floor to 6), saying who has it."""
    from facilitator.service.floor import FloorSeen

    people = service.reading.state().participants
    other = Services.open(service.store, service.session_id, clock, origin="other")
    service.floor.enqueue_number(5)
    service.floor.enqueue_number(6)
    here, there = FloorSeen.of(service.reading.state()), FloorSeen.of(other.reading.state())
    assert other.floor.give_floor(seen=there) == Floor(people[4].id)
    result = run_command(service.floor.give_floor, seen=here)
    assert isinstance(result, Refused)
    who = " ".join(people[4].name.split())
    assert result.message("nl") == f"Het woord ging intussen al naar {who}; er is niets veranderd."
    assert result.message("en") == f"The floor already went to {who}; nothing was changed."
    state = service.reading.state()
    assert [(s.participant_id, s.ended_at) for s in state.speeches] == [(people[4].id, None)]
    assert [e.participant_id for e in state.queue] == [people[5].id]
    # shown as it is now, the next `f` gives the floor to 6
    clock.advance(seconds=30)
    assert service.floor.give_floor(seen=FloorSeen.of(service.reading.state())) == Floor(
        people[5].id
    )


def test_a_floor_change_given_as_the_window_showed_it_finds_what_changed_meanwhile(
    service: Services, clock: FakeClock
) -> None:
    """A turn ended, or the first in the queue changed, in another window since this one
    showed the floor: nothing changes, and the notice says what happened."""
    from facilitator.service.floor import FloorSeen

    people = service.reading.state().participants
    other = Services.open(service.store, service.session_id, clock, origin="other")
    service.floor.enqueue_number(1)
    service.floor.enqueue_number(2)
    service.floor.give_floor()
    seen = FloorSeen.of(service.reading.state())
    other.floor.end_speech()
    result = run_command(service.floor.give_floor, seen=seen)
    one = " ".join(people[0].name.split())
    assert isinstance(result, Refused)
    assert result.message("en") == f"{one}'s turn already ended; nothing was changed."
    seen = FloorSeen.of(service.reading.state())
    other.floor.enqueue(people[2].id, point_of_order=True)
    result = run_command(service.floor.give_floor, seen=seen)
    three = " ".join(people[2].name.split())
    assert isinstance(result, Refused)
    assert result.message("en") == (
        f"The queue changed meanwhile: {three} is first now. Nobody was given the floor; "
        f"f gives it to {three}."
    )
    assert result.message("nl") == (
        f"De rij is intussen veranderd: {three} staat nu vooraan. Niemand kreeg het woord; "
        f"f geeft het aan {three}."
    )
    seen = FloorSeen.of(service.reading.state())
    other.floor.withdraw(people[2].id)
    other.floor.withdraw(people[1].id)
    result = run_command(service.floor.give_floor, seen=seen)
    assert isinstance(result, Refused)
    assert result.message("en") == "Nobody waits any more; nothing was changed."
    assert service.reading.state().speeches[-1].participant_id == people[0].id
    # a choice of whom (s, the picker, Enter on the queue) minds only who has the floor
    seen = FloorSeen.of(service.reading.state())
    other.floor.enqueue(people[3].id)
    assert service.floor.give_floor(people[4].id, seen=seen) == Floor(people[4].id)
    seen = FloorSeen.of(service.reading.state())
    other.floor.give_floor(people[3].id)
    result = run_command(service.floor.give_floor, SUGGESTED, seen=seen)
    assert isinstance(result, Refused)
    four = " ".join(people[3].name.split())
    assert result.message("en") == f"The floor already went to {four}; nothing was changed."


def test_next_item_in_two_windows_at_once_moves_once(service: Services, clock: FakeClock) -> None:
    """`]` pressed in two windows at the same moment, each showing item 1: the agenda moves
    to item 2 once. The second finds the agenda no longer as its window showed it and
    changes nothing, saying where it is (before, it moved on to item 3 and item 2 was
    skipped unseen). `[` the same way back."""
    from facilitator.service.agenda import AgendaSeen

    other = Services.open(service.store, service.session_id, clock, origin="other")
    service.agenda.toggle_timer()
    items = service.reading.state().items
    here, there = AgendaSeen.of(service.reading.state()), AgendaSeen.of(other.reading.state())
    other.agenda.move(+1, seen=there)
    result = run_command(service.agenda.move, +1, seen=here)
    assert isinstance(result, Refused)
    assert result.message("nl") == (
        "Het agendapunt was intussen al verzet naar 2; er is niets veranderd."
    )
    assert result.message("en") == "The agenda already moved to item 2; nothing was changed."
    assert service.reading.session().current_item_id == items[1].id
    assert [op.label for op in service.store.operations(service.session_id)].count("next") == 1
    # from item 3 back: both `[` take it to 2 once
    other.agenda.move(+1)
    here, there = AgendaSeen.of(service.reading.state()), AgendaSeen.of(other.reading.state())
    service.agenda.move(-1, seen=here)
    result = run_command(other.agenda.move, -1, seen=there)
    assert isinstance(result, Refused)
    assert result.message("en") == "The agenda already moved to item 2; nothing was changed."
    assert service.reading.session().current_item_id == items[1].id
    # shown as it is now, the next `]` moves on
    service.agenda.move(+1, seen=AgendaSeen.of(service.reading.state()))
    assert service.reading.session().current_item_id == items[2].id


def test_the_timer_key_in_two_windows_at_once_starts_it_once(
    service: Services, clock: FakeClock
) -> None:
    """`space` pressed in two windows at the same moment, both showing the timer stopped:
    it starts once, and the second says that it already runs (before, the second paused
    it again, with no word of it). Pausing the same way."""
    from facilitator.service.agenda import AgendaSeen

    other = Services.open(service.store, service.session_id, clock, origin="other")
    here, there = AgendaSeen.of(service.reading.state()), AgendaSeen.of(other.reading.state())
    assert other.agenda.toggle_timer(seen=there) is True
    result = run_command(service.agenda.toggle_timer, seen=here)
    assert isinstance(result, Refused)
    assert result.message("nl") == "De timer loopt intussen al; er is niets veranderd."
    assert result.message("en") == "The timer is already running; nothing was changed."
    item = service.reading.state().current_item
    assert item is not None and item.running
    clock.advance(minutes=3)
    here, there = AgendaSeen.of(service.reading.state()), AgendaSeen.of(other.reading.state())
    assert service.agenda.toggle_timer(seen=here) is False
    result = run_command(other.agenda.toggle_timer, seen=there)
    assert isinstance(result, Refused)
    assert result.message("nl") == "De timer is intussen al gepauzeerd; er is niets veranderd."
    assert result.message("en") == "The timer was already paused; nothing was changed."
    item = service.reading.state().current_item
    assert item is not None and not item.running and item.elapsed(clock.now()) == 3 * 60


def test_taking_time_in_two_windows_at_once_says_the_overrun_is_covered(
    service: Services, clock: FakeClock
) -> None:
    """`t` pressed in two windows at the same moment, both showing item 1 four minutes
    over: the first takes the minutes from later items, the second says the overrun was
    covered meanwhile (before: «Later items cannot spare time», though they could)."""
    from facilitator.service.agenda import AgendaSeen

    other = Services.open(service.store, service.session_id, clock, origin="other")
    service.agenda.toggle_timer()
    clock.advance(minutes=24)  # planned 20
    here, there = AgendaSeen.of(service.reading.state()), AgendaSeen.of(other.reading.state())
    assert other.agenda.rebalance(seen=there) == 4 * 60
    result = run_command(service.agenda.rebalance, seen=here)
    assert isinstance(result, Refused)
    assert result.message("nl") == (
        "De uitloop van punt 1 is intussen al gedekt; er is niets veranderd."
    )
    assert result.message("en") == "Item 1's overrun was already covered; nothing was changed."
    items = service.reading.state().items
    assert [i.planned_seconds // 60 for i in items] == [24, 18, 18]
    # no overrun, and none covered meanwhile (t typed twice at once in one window)
    result = run_command(service.agenda.rebalance)
    assert isinstance(result, Refused)
    assert result.message("en") == (
        "Item 1 is not (or no longer) over its time: there is no time to take."
    )
    assert result.message("nl") == "Punt 1 loopt niet (meer) uit: er is geen tijd te nemen."
    # the agenda moved on meanwhile: the overrun shown was another item's
    clock.advance(minutes=5)
    here = AgendaSeen.of(service.reading.state())
    other.agenda.move(+1)
    result = run_command(service.agenda.rebalance, seen=here)
    assert isinstance(result, Refused)
    assert result.message("en") == "The agenda already moved to item 2; nothing was changed."


def test_undo_reverts_a_whole_command(service: Services, clock: FakeClock) -> None:
    service.floor.enqueue_number(1)
    service.floor.give_floor()
    assert service.reading.state().current_speech is not None
    assert service.history.undo() == "floor"
    state = service.reading.state()
    assert state.current_speech is None
    assert [e.participant_id for e in state.queue] == [state.participants[0].id]


def test_closed_session_refuses_changes_until_reopened(service: Services, clock: FakeClock) -> None:
    service.agenda.toggle_timer()
    service.floor.enqueue_number(1)
    service.floor.give_floor()
    clock.advance(minutes=3)
    service.closing.close()
    state = service.reading.state()
    assert state.session.status == SessionStatus.CLOSED
    assert not any(i.running for i in state.items)
    assert state.current_speech is None
    with pytest.raises(DomainError):
        service.agenda.toggle_timer()
    service.closing.reopen()
    assert service.agenda.toggle_timer() is True


def test_undo_changes_nothing_in_a_closed_session_but_its_closing(
    store: Store, clock: FakeClock
) -> None:
    """ctrl+z takes back a close or a reopen; while closed, it changes nothing else."""
    sid = import_plan(store, make_plan(slug="dicht")).session.id
    console = Services.open(store, sid, clock, origin="console")
    taker = Services.open(store, sid, clock, origin="taker")
    console.agenda.toggle_timer()
    console.floor.enqueue_number(1)
    console.closing.close()
    assert console.history.undo() == "close"
    console.closing.close()
    console.closing.reopen()
    taker.agenda.toggle_timer()  # the note-taker pauses the timer the close had stopped
    assert console.history.undo() == "reopen"  # closed again
    with pytest.raises(DomainError) as refused:
        console.history.undo()  # the close: the note-taker changed its rows since
    assert refused.value.key == "undo.changed_since"
    with pytest.raises(DomainError) as refused:
        console.history.undo()  # would take the queued hand out of a closed session
    assert refused.value.key == "session.closed"
    state = console.reading.state()
    assert state.session.status == SessionStatus.CLOSED and len(state.queue) == 1
    assert console.history.redo() == "reopen"  # the way back: open again
    assert console.reading.session().status != SessionStatus.CLOSED


def test_rebalance_takes_overrun_from_later_items(service: Services, clock: FakeClock) -> None:
    service.agenda.toggle_timer()
    clock.advance(minutes=24)  # planned 20
    freed = service.agenda.rebalance()
    assert freed == 4 * 60
    items = service.reading.state().items
    assert items[0].planned_seconds == 24 * 60
    assert sum(i.planned_seconds for i in items) == 60 * 60


def test_gaps_and_parking(service: Services, clock: FakeClock) -> None:
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
        return [g.kinds for g in service.closing.gaps() if g.card_id == barrier.id]

    assert reasons() == [(GapKind.BARRIER_WITHOUT_ACTION,)]
    service.board.park(barrier.id)  # parked: still an open point, now on purpose
    assert reasons() == [(GapKind.BARRIER_WITHOUT_ACTION, GapKind.PARKED)]
    assert service.history.undo() == "park"
    assert reasons() == [(GapKind.BARRIER_WITHOUT_ACTION,)]


def test_space_starts_the_item_the_countdown_shows_when_the_first_is_deferred(
    service: Services, clock: FakeClock
) -> None:
    from facilitator.domain import agenda

    first, second = service.reading.state().items[:2]
    service.agenda.defer(first.id)
    before = service.reading.state()
    shown = agenda.timer_item(before.items, before.session.current_item_id)
    assert shown is not None and shown.id == second.id
    assert service.agenda.toggle_timer() is True
    state = service.reading.state()
    assert state.session.current_item_id == second.id
    assert state.items[1].running and not state.items[0].running
    assert state.items[0].status == ItemStatus.DEFERRED


def test_deferring_the_current_item_goes_on_with_the_next(
    service: Services, clock: FakeClock
) -> None:
    service.agenda.toggle_timer()
    clock.advance(minutes=2)
    first = service.reading.state().items[0]
    service.agenda.defer(first.id)
    state = service.reading.state()
    assert state.session.current_item_id == state.items[1].id
    assert state.items[1].running  # the running timer moved along with the meeting
    assert state.items[0].status == ItemStatus.DEFERRED
    assert service.agenda.toggle_timer() is False  # space now pauses the next item


def test_nothing_to_time_when_every_item_is_done_or_deferred(service: Services) -> None:
    for item in service.reading.state().items:
        service.agenda.defer(item.id)
    with pytest.raises(DomainError) as info:
        service.agenda.toggle_timer()
    assert info.value.key == "agenda.nothing_to_time"
    assert not any(i.running for i in service.reading.state().items)


def test_who_leaves_the_table_leaves_the_queue_and_the_floor_in_one_undoable_change(
    service: Services,
) -> None:
    people = service.reading.state().participants
    speaker, waiting, other = people[0].id, people[1].id, people[2].id
    service.floor.enqueue(speaker)
    service.floor.give_floor(speaker)
    service.floor.enqueue(waiting)
    service.floor.enqueue(other)
    service.floor.set_present(waiting, False)
    state = service.reading.state()
    assert [e.participant_id for e in state.queue] == [other]
    service.floor.set_present(speaker, False)
    state = service.reading.state()
    assert state.current_speech is None
    assert all(s.ended_at is not None for s in state.speeches if s.participant_id == speaker)
    assert service.history.undo() == "presence"
    state = service.reading.state()
    assert state.current_speech is not None and state.current_speech.participant_id == speaker
    assert service.history.undo() == "presence"
    assert sorted(e.participant_id for e in service.reading.state().queue) == sorted(
        [waiting, other]
    )


def test_whoever_gets_the_floor_is_at_the_table_again(service: Services, clock: FakeClock) -> None:
    """Someone marked absent who is given the floor is marked present again, in the same
    change (one undo takes both back): the console and the minutes count them at the table.
    Put back in the queue (``r``), they stay marked absent and the command says so."""
    people = service.reading.state().participants
    first, second = people[0].id, people[1].id
    service.agenda.toggle_timer()
    assert service.floor.give_floor(first) == Floor(first)
    clock.advance(seconds=30)
    service.floor.set_present(first, False)  # leaves the table: the speech ends
    back = service.floor.readd_last()
    assert back is not None and back.id == first and not back.present
    assert [e.participant_id for e in service.reading.state().queue] == [first]
    assert service.floor.give_floor() == Floor(first, back=True)
    state = service.reading.state()
    assert state.participant(first).present  # type: ignore[union-attr]
    assert state.current_speech is not None and state.current_speech.participant_id == first
    assert service.history.undo() == "floor"
    state = service.reading.state()
    assert not state.participant(first).present  # type: ignore[union-attr]
    assert state.current_speech is None
    # given the floor by name, or as the suggestion: the same
    service.floor.set_present(second, False)
    assert service.floor.give_floor(second) == Floor(second, back=True)
    assert service.reading.state().participant(second).present  # type: ignore[union-attr]
    service.floor.set_present(first, False)
    service.floor.enqueue(first)
    assert service.floor.give_floor(SUGGESTED) == Floor(first, back=True)
    assert service.reading.state().participant(first).present  # type: ignore[union-attr]
    # someone present who gets the floor: nothing more changes
    service.floor.enqueue(second)
    assert service.floor.give_floor() == Floor(second)
    assert service.floor.give_floor() == Floor(None)  # the speech ends, nobody waits


def test_a_present_last_speaker_put_back_is_named(service: Services) -> None:
    people = service.reading.state().participants
    assert service.floor.readd_last() is None  # nobody spoke yet
    service.floor.give_floor(people[2].id)
    service.floor.end_speech()
    back = service.floor.readd_last()
    assert back is not None and back.id == people[2].id and back.present
    assert service.floor.readd_last() is None  # already waiting


def test_presence_cannot_change_in_a_closed_session(service: Services, clock: FakeClock) -> None:
    person = service.reading.state().participants[0]
    service.floor.set_present(person.id, False)
    assert service.reading.state().participants[0].present is False
    service.agenda.toggle_timer()
    service.closing.close()
    with pytest.raises(DomainError) as info:
        service.floor.set_present(person.id, True)
    assert info.value.key == "session.closed"
    assert service.reading.state().participants[0].present is False


def test_the_speaker_cannot_be_queued_for_a_point_of_order_against_himself(
    service: Services,
) -> None:
    speaker, other = (p.id for p in service.reading.state().participants[:2])
    service.floor.enqueue(speaker)
    assert service.floor.give_floor() == Floor(speaker)
    with pytest.raises(DomainError) as info:
        service.floor.enqueue(speaker, point_of_order=True)
    assert info.value.key == "queue.own_point_of_order"
    assert service.reading.state().queue == []
    assert service.floor.enqueue(other, point_of_order=True) is True
    assert service.floor.enqueue(speaker) is True  # a later normal turn is fine


def test_someone_queued_by_another_process_first_is_already_waiting(
    service: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator.domain import queue
    from facilitator.domain.model import Priority, QueueEntry

    person = service.reading.state().participants[0].id
    assert service.floor.enqueue(person) is True

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
    assert service.floor.enqueue(person) is False
    assert service.floor.enqueue_number(1) is not None
    assert service.floor.enqueue(person, point_of_order=True) is True
    assert sorted(e.priority for e in service.reading.state().queue) == sorted(
        [Priority.NORMAL, Priority.POINT_OF_ORDER]
    )
    assert service.history.undo() == "hand"  # the refused ones left nothing to undo


def test_undo_in_one_window_leaves_the_other_windows_work(store: Store, clock: FakeClock) -> None:
    sid = import_plan(store, make_plan(slug="twee")).session.id
    console = Services.open(store, sid, clock, origin="console")
    wall = Services.open(store, sid, clock, origin="wall")
    first, second = (p.id for p in console.reading.state().participants[:2])
    console.floor.enqueue(first)
    wall.floor.enqueue(second)
    assert console.history.undo() == "hand"
    assert [e.participant_id for e in wall.reading.state().queue] == [second]
    assert not console.reading.state().can_undo and wall.reading.state().can_undo
    assert console.history.redo() == "hand"
    assert {e.participant_id for e in wall.reading.state().queue} == {first, second}


def test_undoing_a_withdraw_when_they_queued_again_meanwhile(
    store: Store, clock: FakeClock
) -> None:
    sid = import_plan(store, make_plan(slug="twee")).session.id
    console = Services.open(store, sid, clock, origin="console")
    wall = Services.open(store, sid, clock, origin="wall")
    person = console.reading.state().participants[0].id
    console.floor.enqueue(person)
    console.floor.withdraw(person)
    wall.floor.enqueue(person)
    assert console.history.undo() == "withdraw"  # no error: they are waiting already
    assert [e.participant_id for e in console.reading.state().queue] == [person]


def _refused(command: Callable[..., object], *args: object) -> str:
    """The reason ``command`` was refused (it must be), with words in both languages."""
    result = run_command(command, *args)
    assert isinstance(result, Refused), result
    assert result.message("nl") != result.message("en") != result.key
    return result.key


def test_commands_that_cannot_do_anything_say_why(service: Services) -> None:
    people = service.reading.state().participants
    assert service.reading.session().current_item_id is None  # nothing started yet
    assert _refused(service.agenda.adjust_minutes, 5) == "agenda.no_current"
    assert _refused(service.agenda.rebalance) == "agenda.no_current"
    assert _refused(service.agenda.defer, 999) == "agenda.not_found"
    assert _refused(service.floor.enqueue_number, len(people) + 1) == "queue.no_such_number"
    assert _refused(service.floor.enqueue_number, 0) == "queue.no_such_number"
    assert _refused(service.floor.give_floor) == "queue.nobody_waits"
    assert _refused(service.floor.reorder, people[0].id, -1) == "queue.not_waiting"
    assert _refused(service.floor.set_present, 999, False) == "queue.no_such_participant"
    assert _refused(service.floor.give_floor, 999) == "queue.no_such_participant"
    assert service.floor.give_floor(people[0].id) == Floor(people[0].id)
    assert _refused(service.floor.give_floor, people[0].id) == "queue.already_speaking"
    assert service.history.undo() == "floor"
    assert service.reading.state().queue == [] and not service.reading.state().can_undo


def test_the_check_before_closing_is_seen_by_every_window(store: Store, clock: FakeClock) -> None:
    sid = import_plan(store, make_plan(slug="controle")).session.id
    console = Services.open(store, sid, clock, origin="console")
    wall = Services.open(store, sid, clock, origin="wall")
    console.closing.begin_check()
    session = wall.reading.state().session
    assert session.checking_since == clock.now()
    console.closing.begin_check()  # again: nothing changes, nothing is logged twice
    console.closing.end_check()
    assert wall.reading.state().session.checking_since is None
    console.agenda.toggle_timer()  # the meeting runs
    console.closing.begin_check()
    console.closing.close()  # closing ends the check too
    assert wall.reading.state().session.checking_since is None
    # Not an undoable change of the meeting: ctrl+z takes back the close, not the check.
    assert console.history.undo() == "close"
    checks = [op for op in store.operations(sid) if op.label == "check"]
    assert len(checks) == 3 and {op.state for op in checks} == {"fixed"}


def test_a_card_deleted_last_comes_back_with_undo_after_another_window_adds_a_note(
    store: Store, clock: FakeClock
) -> None:
    """The note took the deleted contribution's row id, so undo said another window had
    changed it since and the card was lost for good."""
    sid = import_plan(store, make_plan(slug="terug")).session.id
    console = Services.open(store, sid, clock, origin="console")
    taker = Services.open(store, sid, clock, origin="taker")
    console.notes.capture(Kind.BARRIER, "Eerste barrière")
    console.notes.capture(Kind.BARRIER, "Tweede barrière")
    newest = max(store.cards(sid), key=lambda c: c.id)
    console.board.delete_card(newest.id)
    taker.notes.capture(Kind.NOTE, "Een notitie van de notulist")
    assert console.history.undo() == "delete card"
    assert sorted(c.title for c in store.cards(sid)) == ["Eerste barrière", "Tweede barrière"]
    texts = sorted(c.text for c in store.contributions(sid))
    assert texts == sorted(["Eerste barrière", "Tweede barrière", "Een notitie van de notulist"])


def test_a_floor_given_again_by_redo_keeps_the_length_it_had_when_undone(
    service: Services, clock: FakeClock
) -> None:
    """ctrl+z then ctrl+y of giving the floor: the speaking time counted the seconds it
    was undone (00:36 right after the redo, ten seconds after the floor was given). The
    speech comes back as it was when undone, and counts on from the redo."""
    from facilitator.domain import stats

    people = service.reading.state().participants
    first, second = people[0].id, people[1].id
    service.agenda.toggle_timer()
    service.floor.give_floor(first)
    clock.advance(seconds=60)
    service.floor.give_floor(second)
    clock.advance(seconds=10)
    assert service.history.undo() == "floor"  # the first speaker has the floor again
    clock.advance(seconds=26)
    assert service.history.redo() == "floor"

    def shown() -> tuple[int, float, dict[int, float]]:
        """Who speaks, for how long (the console's clock), and everyone's speaking time."""
        state = service.reading.state()
        speech = state.current_speech
        assert speech is not None
        tallies = stats.by_participant(state.speeches, clock.now())
        seconds = {person: tally.seconds for person, tally in tallies.items()}
        return (
            speech.participant_id,
            stats.turn_seconds(state.speeches, speech, clock.now()),
            seconds,
        )

    assert shown() == (second, 10.0, {first: 60.0, second: 10.0})
    clock.advance(seconds=5)
    assert shown() == (second, 15.0, {first: 60.0, second: 15.0})
    # undone and done again once more: the same, and each undo still takes it back whole
    assert service.history.undo() == "floor"
    clock.advance(seconds=100)
    assert service.history.redo() == "floor"
    assert shown() == (second, 15.0, {first: 60.0, second: 15.0})
    assert service.history.undo() == "floor"
    state = service.reading.state()
    assert state.current_speech is not None and state.current_speech.participant_id == first
    assert [s.participant_id for s in state.speeches] == [first]


def test_a_turn_carried_to_the_next_item_by_a_redo_counts_the_time_it_went_on(
    service: Services, clock: FakeClock
) -> None:
    """Undoing the agenda's move gives the speaker's turn back whole, going on; redone,
    the part after the move still carries on the part before, without a gap."""
    from facilitator.domain import stats

    speaker = service.reading.state().participants[0].id
    service.agenda.toggle_timer()
    service.floor.give_floor(speaker)
    clock.advance(minutes=2)
    service.agenda.move(+1)
    clock.advance(seconds=10)
    service.history.undo()
    clock.advance(seconds=30)
    service.history.redo()
    state = service.reading.state()
    speech = state.current_speech
    assert speech is not None and speech.participant_id == speaker
    assert stats.turn_seconds(state.speeches, speech, clock.now()) == 160
