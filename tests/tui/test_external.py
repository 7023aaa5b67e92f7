"""Several processes on one database: the app re-reads its state when another commits."""

from __future__ import annotations

from facilitator.domain.clock import FakeClock
from facilitator.service import Services
from facilitator.store import Store
from facilitator.tui.app import make_app


async def test_changes_from_another_connection_show_up(
    store: Store, clock: FakeClock, session_id: int
) -> None:
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    other_store = Store(store.path, clock=clock)  # e.g. the note-taker's laptop window
    other = Services.open(other_store, session_id, clock)
    try:
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
    finally:
        other_store.close()


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
