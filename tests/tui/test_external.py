"""Several processes on one database: the app re-reads its state when another commits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.service import Services
from facilitator.store import Store
from facilitator.tui.app import make_app


@pytest.fixture
def other(store: Store, clock: FakeClock, session_id: int) -> Iterator[Services]:
    """Another window on the same session: its own connection to the database (e.g. the
    note-taker's laptop, or the facilitator beside the note-taker)."""
    other_store = Store(store.path, clock=clock)
    yield Services.open(other_store, session_id, clock)
    other_store.close()


async def test_changes_from_another_connection_show_up(
    store: Store, clock: FakeClock, session_id: int, other: Services
) -> None:
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.state is not None and app.state.queue == []
        other.floor.enqueue_number(2)
        other.floor.enqueue_number(5)
        app.check_external()  # what the half-second watcher does
        await pilot.pause()
        people = app.state.participants
        assert [e.participant_id for e in app.state.queue] == [people[1].id, people[4].id]
        # and what this window does reaches the other one
        await pilot.press("f")
        await pilot.pause()
        speech = other.reading.state().current_speech
        assert speech is not None and speech.participant_id == people[1].id


async def test_no_reload_when_nothing_changed(
    store: Store, clock: FakeClock, session_id: int
) -> None:
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        before = app.state
        app.check_external()
        await pilot.pause()
        assert app.state is before


async def test_a_note_goes_to_who_had_the_floor_when_its_line_was_opened(
    store: Store, clock: FakeClock, session_id: int, other: Services
) -> None:
    # The note-taker opens a line while A speaks and types A's point; meanwhile the
    # facilitator, in another window, gives the floor to B, or ends A's speech. The note
    # is still A's (the badge says so the whole time); ~ changes it.
    from facilitator.domain.model import Kind

    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.state is not None
        people = app.state.participants
        a, b = people[0], people[1]
        other.floor.give_floor(a.id)
        app.check_external()
        await pilot.pause()
        await pilot.press("b", *"Geen", "space", *"bus")
        other.floor.give_floor(b.id)  # the floor moves while the line is typed
        app.check_external()
        await pilot.pause()
        badge = str(app.screen.query_one("#capture-badge").render())
        assert a.name.split()[0] in badge
        await pilot.press("enter")
        await pilot.pause()
        saved = store.contributions(session_id)[-1]
        assert (saved.kind, saved.text, saved.participant_id) == (
            Kind.BARRIER,
            "Geen bus",
            a.id,
        )
        # A's speech ended while A's point is typed: still A's, not nobody's
        other.floor.give_floor(a.id)
        app.check_external()
        await pilot.pause()
        await pilot.press("c", *"Later")
        other.floor.end_speech()
        app.check_external()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert store.contributions(session_id)[-1].participant_id == a.id
        # nobody had the floor when the line opened: whoever has it when it is saved
        await pilot.press("c", *"Algemeen")
        other.floor.give_floor(b.id)
        app.check_external()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert store.contributions(session_id)[-1].participant_id == b.id


async def test_a_note_stays_with_the_item_current_when_its_line_was_opened(
    store: Store, clock: FakeClock, session_id: int, other: Services
) -> None:
    # The facilitator moves to the next item (in another window) while the note-taker
    # types the last point of the item before: the note is filed under that item.
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.state is not None and app.state.session.current_item_id is None
        first, second = app.state.items[0], app.state.items[1]
        # no item current when the line opened: the item current when it is saved
        await pilot.press("c", *"Welkom")
        other.agenda.goto(first.id)
        app.check_external()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert store.contributions(session_id)[-1].item_id == first.id
        # the facilitator moves on while the last point of item 1 is typed
        await pilot.press("c", *"Slotwoord")
        other.agenda.goto(second.id)
        app.check_external()
        await pilot.pause()
        badge = str(app.screen.query_one("#capture-badge").render())
        assert "1" in badge and "2" not in badge
        await pilot.press("enter")
        await pilot.pause()
        assert store.contributions(session_id)[-1].item_id == first.id


async def test_f_in_two_windows_at_the_same_moment_gives_the_floor_once(
    store: Store, clock: FakeClock, session_id: int, other: Services
) -> None:
    # 5 and 6 wait; the note-taker's window (in control) and the facilitator's both press
    # f at the same moment. The other's reaches the database first: Bart ter Horst (5)
    # has the floor. This window's f finds the floor no longer as it showed it: Bart keeps
    # it (before: his turn ended after 0 seconds and Annemiek, 6, got the floor).
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("5", "6")
        await pilot.pause()
        assert app.state is not None
        people = app.state.participants
        bart, annemiek = people[4], people[5]
        assert bart.name == "Bart ter Horst"
        other.floor.give_floor()  # not yet seen here
        await pilot.press("f")
        await pilot.pause()
        state = other.reading.state()
        assert [(s.participant_id, s.ended_at) for s in state.speeches] == [(bart.id, None)]
        assert [e.participant_id for e in state.queue] == [annemiek.id]
        said = [str(n.message) for n in app._notifications]
        assert "Het woord ging intussen al naar Bart ter Horst; er is niets veranderd." in said
        # the screen shows it now: the next f gives Annemiek the floor
        clock.advance(seconds=40)
        await pilot.press("f")
        await pilot.pause()
        state = other.reading.state()
        assert [s.participant_id for s in state.speeches] == [bart.id, annemiek.id]
        assert state.speeches[0].duration(clock.now()) == 40


async def test_a_queue_number_then_f_typed_at_once_still_gives_the_floor(
    store: Store, clock: FakeClock, session_id: int, other: Services
) -> None:
    # the window's own keys before f are not "changed meanwhile": 1 then f typed at once
    # gives participant 1 the floor, the queue shown still empty
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.state is not None
        first = app.state.participants[0]
        await pilot.press("1", "f")
        await pilot.pause()
        speech = other.reading.state().current_speech
        assert speech is not None and speech.participant_id == first.id


async def test_next_item_in_two_windows_at_the_same_moment_moves_once(
    store: Store, clock: FakeClock, session_id: int, other: Services
) -> None:
    # Both windows show item 1 and press ] at the same moment; the other's reaches the
    # database first. This window's ] finds the agenda no longer on item 1: it stays on
    # item 2 and says so (before: on to item 3, item 2 skipped without a word).
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("space")
        await pilot.pause()
        items = store.items(session_id)
        other.agenda.move(+1)  # not yet seen here
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert other.reading.session().current_item_id == items[1].id
        said = [str(n.message) for n in app._notifications]
        assert "Het agendapunt was intussen al verzet naar 2; er is niets veranderd." in said
        # the screen shows item 2 now: the next ] goes on to item 3
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert other.reading.session().current_item_id == items[2].id


async def test_next_item_typed_twice_at_once_in_one_window_moves_twice(
    store: Store, clock: FakeClock, session_id: int, other: Services
) -> None:
    # the window's own ] before the next is not "moved meanwhile": ] ] typed at once goes
    # two items on, the screen still showing item 1 when the second is pressed
    from tests.tui.conftest import burst

    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("space")
        await pilot.pause()
        items = store.items(session_id)
        await burst(pilot, "right_square_bracket", "right_square_bracket")
        assert other.reading.session().current_item_id == items[2].id
        said = [str(n.message) for n in app._notifications]
        assert not [s for s in said if "intussen" in s], said


async def test_the_timer_key_in_two_windows_at_the_same_moment_starts_it_once(
    store: Store, clock: FakeClock, session_id: int, other: Services
) -> None:
    # Both windows show the timer stopped and press space at the same moment; the other's
    # starts it. This window's space finds it running: it keeps running and the window says
    # so (before: paused again at once, with no word of it).
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        other.agenda.toggle_timer()  # not yet seen here
        await pilot.press("space")
        await pilot.pause()
        item = other.reading.state().current_item
        assert item is not None and item.running
        said = [str(n.message) for n in app._notifications]
        assert "De timer loopt intussen al; er is niets veranderd." in said
        labels = [op.label for op in store.operations(session_id)]
        assert labels.count("timer pause") == 0, labels
        # the screen shows it running now: the next space pauses it
        clock.advance(minutes=2)
        await pilot.press("space")
        await pilot.pause()
        item = other.reading.state().current_item
        assert item is not None and not item.running and item.elapsed(clock.now()) == 120


async def test_the_timer_key_typed_twice_at_once_in_one_window_starts_and_pauses(
    store: Store, clock: FakeClock, session_id: int, other: Services
) -> None:
    # the window's own space before the next is not "changed meanwhile"
    from tests.tui.conftest import burst

    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await burst(pilot, "space", "space")
        item = other.reading.state().current_item
        assert item is not None and item.first_started_at is not None and not item.running
        said = [str(n.message) for n in app._notifications]
        assert not [s for s in said if "intussen" in s], said


async def test_taking_time_in_two_windows_at_the_same_moment_says_it_was_done(
    store: Store, clock: FakeClock, session_id: int, other: Services
) -> None:
    # Both windows show item 1 five minutes over and press t at the same moment; the
    # other's takes the five minutes from later items. This window's t says that the
    # overrun was covered meanwhile (before: «Latere punten kunnen geen tijd missen.»,
    # though they could, and just had).
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("space")
        clock.advance(minutes=15)  # item 1 planned 10
        app.tick()
        await pilot.pause()
        assert app.screen.check_action("rebalance", ())
        assert other.agenda.rebalance() == 5 * 60  # not yet seen here
        await pilot.press("t")
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
        assert "De uitloop van punt 1 is intussen al gedekt; er is niets veranderd." in said
        assert "Latere punten kunnen geen tijd missen." not in said
        assert store.items(session_id)[0].planned_seconds == 15 * 60


async def test_taking_time_typed_twice_at_once_in_one_window_says_there_is_no_overrun(
    store: Store, clock: FakeClock, session_id: int, other: Services
) -> None:
    # the second t of t t typed at once finds the overrun the first covered: it says that
    # there is none left, not that later items cannot spare time
    from tests.tui.conftest import burst

    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("space")
        clock.advance(minutes=15)
        app.tick()
        await pilot.pause()
        await burst(pilot, "t", "t")
        said = [str(n.message) for n in app._notifications]
        assert "5 min van latere punten genomen." in said
        assert "Punt 1 loopt niet (meer) uit: er is geen tijd te nemen." in said
        assert "Latere punten kunnen geen tijd missen." not in said
        assert store.items(session_id)[0].planned_seconds == 15 * 60
