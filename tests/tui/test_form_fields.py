"""Pilot tests: moving between the fields of a form, and what typing does to a field that
holds a value when the cursor comes to it."""

from __future__ import annotations

import asyncio

from textual import events
from textual.keys import _character_to_key

from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.dialog import FilterInput
from facilitator.tui.screens.form import FormDialog
from facilitator.tui.screens.main import MainScreen
from tests.tui.conftest import AppFactory

SIZE = (120, 40)
TAB, BACK = "\t", "\x19"  # what the keys below stand for in a burst: Tab and shift+Tab


def keys(text: str) -> list[str]:
    """The keys that type ``text``."""
    return ["space" if ch == " " else ch for ch in text]


def key_event(ch: str) -> events.Key:
    if ch == TAB:
        return events.Key("tab", "\t")
    if ch == BACK:
        return events.Key("shift+tab", None)
    if ch == "\r":
        return events.Key("enter", "\r")
    return events.Key(_character_to_key(ch), ch)


async def burst(app: FacilitatorApp, text: str) -> None:
    """Every key arrives before the app has handled the first (a fast typist)."""
    await asyncio.gather(*(asyncio.create_task(app.keys.arrived(key_event(ch))) for ch in text))


def focused_field(app: FacilitatorApp) -> str | None:
    focused = app.screen.focused
    return focused.id if isinstance(focused, FilterInput) else None


async def test_tab_and_shift_tab_move_between_the_fields_of_the_walk_in_form(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """The form's hint says «Tab ander veld»: Tab left the focus in the name, and the
    organisation typed after it ran on in the name («Noor de WitTechniek Twente»)."""
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *keys("Noor de Wit"), "tab")
        assert focused_field(app) == "form-field-1"
        await pilot.press(*keys("Techniek Twente"), "tab", *keys("bedrijf"))
        assert isinstance(app.screen, FormDialog)
        assert app.screen.values() == ["Noor de Wit", "Techniek Twente", "bedrijf"]
        await pilot.press("shift+tab", "shift+tab", "backspace", "backspace", *keys("it"))
        assert app.screen.values() == ["Noor de Wit", "Techniek Twente", "bedrijf"]
        await pilot.press("tab", "tab", "enter")
        assert isinstance(app.screen, MainScreen)
    walk_in = store.participants(small_session_id)[-1]
    assert (walk_in.name, walk_in.organisation, walk_in.sector) == (
        "Noor de Wit",
        "Techniek Twente",
        "bedrijfsleven",
    )


async def test_tab_typed_ahead_of_the_form_puts_every_character_in_its_field(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """``n``, the name, Tab, the organisation, Tab back and on, the sector and Enter, all
    before the form has even opened."""
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await burst(app, f"nNoor{TAB}Techniek{BACK} de Wit{TAB}{TAB}bedrijf\r")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    walk_in = store.participants(small_session_id)[-1]
    assert (walk_in.name, walk_in.organisation, walk_in.sector) == (
        "Noor de Wit",
        "Techniek",
        "bedrijfsleven",
    )


async def test_tab_moves_from_the_title_to_the_question_in_the_item_form(
    app_factory: AppFactory, small_session_id: int
) -> None:
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E", *keys("Titel"), "tab", "Q")
        assert isinstance(app.screen, FormDialog)
        assert app.screen.values()[:2] == ["Titel", "Q"]
        await pilot.press("escape")
