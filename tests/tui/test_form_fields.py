"""Pilot tests: moving between the fields of a form, and what typing does to a field that
holds a value when the cursor comes to it."""

from __future__ import annotations

import asyncio

from textual import events
from textual.keys import _character_to_key

from facilitator.domain.agenda import active_items
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


async def test_a_number_typed_over_the_offered_minutes_and_place_replaces_them(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """The new item's minutes offered 10 with the cursor after it: 5 and Enter planned an
    item of 105 minutes. The offered value is selected as the cursor comes to it (Enter or
    Tab), so what is typed takes its place; Enter alone keeps it."""
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E", *keys("Rondvraag"), "enter", "enter", "5", "enter", "1")
        assert isinstance(app.screen, FormDialog)
        assert app.screen.values() == ["Rondvraag", "", "5", "1"]
        await pilot.press("enter")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("E", *keys("Pauze"), "tab", "tab", "1", "5", "enter", "enter")
        assert isinstance(app.screen, MainScreen)
    items = {i.title: i for i in active_items(store.items(small_session_id))}
    assert items["Rondvraag"].planned_seconds == 5 * 60
    assert [i.title for i in active_items(store.items(small_session_id))][0] == "Rondvraag"
    assert items["Pauze"].planned_seconds == 15 * 60  # and at the end, as offered


async def test_editing_an_item_keeps_its_title_and_question_and_replaces_its_numbers(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """A title and a question are text to mend: the cursor stays at their end. The planned
    minutes and the place are numbers: what is typed replaces them."""
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "3", "enter")
        assert isinstance(app.screen, FormDialog)
        await pilot.press(*keys(" bis"), "tab", "tab", "2", "5", "tab", "2", "enter")
        assert isinstance(app.screen, MainScreen)
    items = active_items(store.items(small_session_id))
    assert [i.title for i in items] == ["Punt 1", "Punt 3 bis", "Punt 2"]
    assert items[1].planned_seconds == 25 * 60


async def test_minutes_typed_ahead_of_the_form_replace_the_ones_offered(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """The form, its title, Enter twice and the minutes, all before the form has opened."""
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await burst(app, f"ERondvraag\r{TAB}5{BACK}{BACK}?\r\r\r\r")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        await app.settle()
    added = next(i for i in store.items(small_session_id) if i.title == "Rondvraag?")
    assert added.planned_seconds == 5 * 60


async def test_a_form_of_one_field_offers_no_other_field(
    app_factory: AppFactory, small_session_id: int
) -> None:
    """The stand-in form has one field; its hint said «Tab ander veld»."""
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("N")
        await pilot.pause()
        if not isinstance(app.screen, FormDialog):  # the invitee is picked first
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert len(app.screen.fields) == 1
        hint = str(app.screen.query_one("#form-keys").render())
        assert "ander veld" not in hint
        assert "Enter bewaren" in hint
        await pilot.press("escape")
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert "Tab ander veld" in str(app.screen.query_one("#form-keys").render())
