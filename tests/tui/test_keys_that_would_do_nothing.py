"""A facilitator's key that would do nothing now (``f`` with nobody queued, ``x`` with
nobody speaking, ``s`` with no suggestion, ``t`` with no overrun) says why when pressed,
in the session's language, and changes nothing. Before, the press did nothing and said
nothing: a chair under pressure pressed ``t`` and wondered."""

from __future__ import annotations

import threading

import pytest
from textual import events

from facilitator.domain.clock import FakeClock
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.main import MainScreen
from facilitator.tui.screens.notes import NoteScreen
from tests.tui.notes_fixtures import app_for, import_twente

WHY = {
    "f": {
        "nl": "Niemand heeft het woord en niemand wacht.",
        "en": "Nobody has the floor and nobody waits.",
    },
    "x": {"nl": "Niemand heeft het woord.", "en": "Nobody has the floor."},
    "s": {"nl": "Er is nu geen suggestie.", "en": "There is no suggestion now."},
    "t": {"nl": "Geen uitloop om op te vangen.", "en": "No overrun to take time for."},
}


@pytest.fixture
def twente(store: Store) -> int:
    return import_twente(store)


def said(app: FacilitatorApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("key", ["f", "x", "s", "t"])
async def test_a_key_with_nothing_to_act_on_says_why(
    store: Store, twente: int, clock: FakeClock, lang: str, key: str
) -> None:
    app = app_for(store, twente, clock, lang=lang)
    before = len(store.operations(twente))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert WHY[key][lang] in said(app)
        await pilot.press(key)  # again: the same words, once
        await pilot.pause()
        assert said(app).count(WHY[key][lang]) == 1
        assert len(said(app)) == 1
    assert len(store.operations(twente)) == before


async def test_the_board_and_the_log_say_it_too(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        for tab in ("f2", "f3"):
            await pilot.press(tab, "x")
            await pilot.pause()
            assert WHY["x"]["nl"] in said(app), tab


async def test_a_key_typed_ahead_still_acts_on_what_the_session_will_be(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """``1 f`` typed at once while a save is on its way: the queue shown is still empty, but
    the floor goes to participant 1, and nothing is said about an empty queue."""
    app = app_for(store, twente, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        gate = threading.Event()
        app.submit(gate.wait, 10)  # the writer is busy: the screen stays as it is
        for ch in "1f":
            await app.keys.arrived(events.Key(ch, ch))
        assert app.behind
        gate.set()
        await pilot.pause()
        await pilot.pause()
        speech = store.current_speech(twente)
        assert speech is not None
        assert speech.participant_id == store.participants(twente)[0].id
        assert WHY["f"]["nl"] not in said(app)


async def test_the_note_taker_with_control_is_told_too(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = make_app(store, twente, clock=clock, tick_seconds=0, watch_seconds=0, role=Role.NOTETAKER)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("x")  # no control: the key is not the note-taker's, nothing said
        await pilot.pause()
        assert said(app) == []
        await pilot.press("f4", "t")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        assert WHY["t"]["nl"] in said(app)
