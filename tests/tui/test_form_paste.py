"""Pilot tests: a paste into a text field of one line (a form, a picker, the board's filter),
and what the screen and the notices show of it."""

from __future__ import annotations

from dataclasses import replace

from textual import events
from textual.keys import _character_to_key

from facilitator.domain.agenda import active_items
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.dialog import FilterInput
from facilitator.tui.screens.form import FormDialog
from facilitator.tui.screens.main import MainScreen
from tests.tui.conftest import AppFactory
from tests.tui.drawn import laid_out

SIZE = (80, 24)
ESC = "\x1b"
CLEARS = f"Ans {ESC}[2J{ESC}[H{ESC}[7mWis"  # clear the screen, cursor home, reverse video
BOLD = f"Kees {ESC}[1mKleur {ESC}[0m"


async def paste(app: FacilitatorApp, text: str) -> None:
    """A paste, as the terminal delivers it: one ``Paste`` to the app's keys."""
    await app.keys.arrived(events.Paste(text))


def field(app: FacilitatorApp, name: str) -> FilterInput:
    return app.screen.query_one(f"#{name}", FilterInput)


async def test_a_paste_with_escape_codes_in_a_name_reaches_neither_the_screen_nor_the_name(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """Pasted into the walk-in's name, «Ans ESC[2J ESC[H ESC[7m Wis» went to the terminal as
    it was: the screen was cleared and «Wis» left in reverse video, and the notice «… zit
    aan tafel» cleared it again. No key types an escape byte: a paste puts none in a field
    either, and the name is stored as the field shows it."""
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("n")
        await paste(app, CLEARS)
        await pilot.pause()
        assert field(app, "form-field-0").value == "Ans [2J[H[7mWis"
        assert ESC not in laid_out(app)
        assert "Ans [2J[H[7mWis" in laid_out(app)
        await pilot.press("tab")
        await paste(app, BOLD)
        await pilot.press("tab", *"bedrijf", "enter")
        assert isinstance(app.screen, MainScreen)
        assert ESC not in laid_out(app)
        assert "Ans [2J[H[7mWis" in laid_out(app)  # the notice that they joined
    walk_in = store.participants(small_session_id)[-1]
    assert (walk_in.name, walk_in.organisation) == ("Ans [2J[H[7mWis", "Kees [1mKleur [0m")


async def test_a_paste_with_escape_codes_in_the_board_filter_shows_none(
    app_factory: AppFactory, small_session_id: int
) -> None:
    """«Kees ESC[1mKleur ESC[0m» pasted in the board's filter wrote the codes to the terminal,
    in the field and in the line «filter: …» under the board."""
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("f2", "slash")
        await paste(app, BOLD)
        await pilot.pause()
        assert field(app, "board-filter").value == "Kees [1mKleur [0m"
        assert ESC not in laid_out(app)
        await pilot.press("enter")
        assert ESC not in laid_out(app)
        assert "filter: Kees [1mKleur [0m" in laid_out(app)


async def test_a_field_shows_a_control_character_of_a_stored_text_as_the_capture_line_does(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """An item's title saved with an escape byte (pasted into the form before it was kept
    out) shows as ``�`` in the form that changes it, as in the capture line; before, the
    byte went to the terminal."""
    item = active_items(store.items(small_session_id))[2]
    with store.change(small_session_id, "test") as tx:
        tx.update(replace(item, title=f"Punt {ESC}[2J drie"))
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("e", "3", "enter")
        assert isinstance(app.screen, FormDialog)
        assert field(app, "form-field-0").value == f"Punt {ESC}[2J drie"
        assert ESC not in laid_out(app)
        assert "Punt �[2J drie" in laid_out(app)
        await pilot.press("escape")


async def test_a_notice_shows_a_control_character_as_a_replacement(
    app_factory: AppFactory, small_session_id: int
) -> None:
    """Every notice, said by the app or by a pane: a control character in it went to the
    terminal as it was."""
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        app.say(f"Ans {ESC}[2J zit aan tafel")
        app.screen.notify(f"Kees {ESC}[1mKleur", markup=False)
        await pilot.pause()
        app.say(f"Ans {ESC}[2J zit aan tafel")  # the same again: in place of the first
        await pilot.pause()
        assert ESC not in laid_out(app)
        assert "Ans �[2J zit aan tafel" in laid_out(app)
        assert "Kees �[1mKleur" in laid_out(app)
        assert len([n for n in app._notifications if "Ans" in n.message]) == 1


async def test_a_number_pasted_over_the_offered_minutes_and_place_replaces_them(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """The minutes and the place are selected as the cursor comes to them: a paste takes
    their place, as typing does. Before, ``5`` pasted over the offered 10 made 105 minutes,
    and over the offered place 3 made 35."""
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E", *"Pauze", "tab", "tab")
        await paste(app, "5")
        await pilot.pause()
        assert app.screen.values()[2] == "5"  # type: ignore[attr-defined]
        await pilot.press("tab")
        await paste(app, "1")
        await pilot.pause()
        assert app.screen.values() == ["Pauze", "", "5", "1"]  # type: ignore[attr-defined]
        await pilot.press("enter")
        assert isinstance(app.screen, MainScreen)
    items = active_items(store.items(small_session_id))
    assert (items[0].title, items[0].planned_seconds) == ("Pauze", 5 * 60)


async def test_a_paste_replaces_the_text_selected_in_any_field(
    app_factory: AppFactory, small_session_id: int
) -> None:
    """A name selected (shift+Home) and a paste: the name pasted in its place."""
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *"Noor", "shift+home")
        await paste(app, "Ans Wis")
        await pilot.pause()
        assert field(app, "form-field-0").value == "Ans Wis"
        await pilot.press("escape")


async def test_a_paste_of_several_lines_into_a_field_of_one_line_keeps_them_all(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """A name pasted from the two lines of an address block, and a filter of two lines: the
    lines joined with a blank (the empty ones left out). Before, only the first was kept,
    and nothing said the rest was gone."""
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await paste(app, "Jan de Vries\r\n\r\nvan Dam  \r\n")
        await pilot.press("tab")
        await paste(app, "Techniek\nTwente")
        await pilot.press("tab", *"bedrijf", "enter")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("f2", "slash")
        await paste(app, "stage\nflex")
        await pilot.pause()
        assert field(app, "board-filter").value == "stage flex"
    walk_in = store.participants(small_session_id)[-1]
    assert (walk_in.name, walk_in.organisation) == ("Jan de Vries van Dam", "Techniek Twente")


async def typed(app: FacilitatorApp, text: str) -> None:
    """``text`` typed, a key for each character (Tab and Enter as theirs)."""
    for ch in text:
        if ch == "\t":
            await app.keys.arrived(events.Key("tab", "\t"))
        elif ch == "\r":
            await app.keys.arrived(events.Key("enter", "\r"))
        else:
            await app.keys.arrived(events.Key(_character_to_key(ch), ch))


async def test_a_no_break_space_typed_in_free_text_is_kept_and_in_a_name_is_a_space(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """An organisation, an agenda item's title and question are free text: a no-break space
    typed in them (``10 km``) or a narrow one (``1 000``) is kept, as the capture line keeps
    it. A name is matched and told apart by its words (``~Ann Lee``, the same name once at
    the table), as the session file reads it: there it is a space. Before, the organisation
    lost it too («Org 10 km» with a plain space)."""
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await typed(app, "Ann\xa0Lee\tOrg 10\xa0km\tbedrijf\r")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        await pilot.press("E")
        await typed(app, "Pauze 10\xa0min\tWie betaalt 1\u202f000 euro?\r\r\r")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    walk_in = store.participants(small_session_id)[-1]
    assert (walk_in.name, walk_in.organisation) == ("Ann Lee", "Org 10\xa0km")
    added = next(i for i in store.items(small_session_id) if i.title.startswith("Pauze"))
    assert (added.title, added.question) == ("Pauze 10\xa0min", "Wie betaalt 1\u202f000 euro?")
