"""The facilitator's keys on a closed session: they say at once that it is closed and how to
reopen it, open no form, and the footer does not offer them. Typed ahead of a close or a
reopening still on its way, a key acts as the session will be by then, and none is lost."""

from __future__ import annotations

import threading

import pytest
from textual import events

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import SessionStatus
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.form import FormDialog
from facilitator.tui.screens.main import MainScreen
from facilitator.tui.widgets.footer import KeyRow
from tests.tui.notes_fixtures import app_for, import_twente, start_meeting

SMALL = (80, 24)
CLOSED = {
    "nl": "Deze sessie is gesloten; heropen haar (F9) om verder te gaan.",
    "en": "This session is closed; reopen it (F9) to continue.",
}


@pytest.fixture
def twente(store: Store) -> int:
    return import_twente(store)


def said(app: FacilitatorApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def footer(app: FacilitatorApp) -> list[str]:
    """The keys the footer offers (a dimmed key is not offered)."""
    return [key.key for key in app.screen.query_one(KeyRow).keys if key.enabled]


async def keys_at_once(app: FacilitatorApp, keys: str) -> None:
    """Keys as a terminal delivers them, routed one after the other with no waiting."""
    for ch in keys:
        await app.keys.arrived(events.Key({" ": "space"}.get(ch, ch), ch))


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("key", ["E", "e", "X", "n", "N", "space", "right_square_bracket", "h"])
async def test_a_key_that_changes_the_session_says_at_once_it_is_closed(
    store: Store, twente: int, clock: FakeClock, lang: str, key: str
) -> None:
    """Before, E, e, X, n and N opened their forms and lists and refused only on saving,
    after the title, question, minutes and place were typed; and the footer offered
    «spatie timer  ] volgende» on a closed session."""
    start_meeting(store, twente, clock).closing.close()
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await pilot.pause()
        offered = footer(app)
        for off in ("space", "right_square_bracket", "h", "f", "x"):
            assert off not in offered, offered
        assert "b" in offered and "f9" in offered  # the capture line warns; F9 reopens
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)  # no form, no list
        assert CLOSED[lang] in said(app)
        await pilot.press(key)  # again: one notice, not two
        await pilot.pause()
        assert said(app).count(CLOSED[lang]) == 1


async def test_a_key_typed_ahead_of_the_close_acts_on_the_closed_session(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """``E`` typed while the close is still on its way waits for it: then it says the session
    is closed, and the letters typed after it are not taken for keys of the screen."""
    start_meeting(store, twente, clock)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await pilot.pause()
        gate = threading.Event()
        app.submit(gate.wait, 10)  # the writer is busy: the screen stays as it is
        app.submit(app.closing.close)
        await keys_at_once(app, "E")
        assert app.behind and isinstance(app.screen, MainScreen)
        gate.set()
        await pilot.pause()
        await pilot.pause()
        assert app.reading.session().status == SessionStatus.CLOSED
        assert isinstance(app.screen, MainScreen)
        assert CLOSED["nl"] in said(app)


async def test_a_form_key_typed_ahead_of_the_reopening_opens_its_form_with_the_keys_after_it(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """F9 F9 reopens, and ``E`` with a title typed at once: the form opens on the open session
    with the title in it."""
    start_meeting(store, twente, clock).closing.close()
    app = app_for(store, twente, clock)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await pilot.pause()
        gate = threading.Event()
        app.submit(gate.wait, 10)
        await app.keys.arrived(events.Key("f9", None))  # asks whether to reopen
        await app.keys.arrived(events.Key("f9", None))  # reopen, given behind the gate
        await keys_at_once(app, "EPauze")
        assert app.behind
        gate.set()
        await pilot.pause()
        await pilot.pause()
        assert app.reading.session().status != SessionStatus.CLOSED
        form = app.screen
        assert isinstance(form, FormDialog)
        assert form.values()[0] == "Pauze"
        assert CLOSED["nl"] not in said(app)
