"""The footer while a dialog is open: the dialog's own keys, not the main screen's.

Under the help, a form, a picker, the close dialog or the command palette, the footer read
«spatie timer  ] volgende  h hand  b barrière …», keys that do nothing while the dialog is
on top."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.store import Store
from facilitator.tui.actions import BY_ID
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.main import MainScreen
from tests.tui.drawn import laid_out
from tests.tui.notes_fixtures import app_for, import_twente, seed_board, start_meeting

MAIN_KEYS = {
    "nl": ("spatie timer", "] volgende", "h hand", "b barrière", "? help", "^p opdrachten"),
    "en": ("space timer", "] next", "h hand", "b barrier", "? help", "^p commands"),
}
"""The main screen's footer, as drawn: none of it works while a dialog is on top."""

PALETTE_CLOSE = {"nl": "sluiten", "en": "close"}

DIALOGS: dict[str, tuple[tuple[str, ...], str]] = {
    # what opens it, and the action of its Esc
    "help": (("question_mark",), "help.close"),
    "walk-in": (("n",), "editor.cancel"),
    "stand-in": (("N",), "picker.cancel"),
    "add item": (("E",), "editor.cancel"),
    "change item": (("e",), "picker.cancel"),
    "go to": (("g",), "picker.cancel"),
    "hand": (("h",), "picker.cancel"),
    "participant 10+": (("0",), "picker.cancel"),
    "defer": (("u",), "picker.cancel"),
    "link": (("f2", "right", "right", "down", "l"), "picker.cancel"),
    "edit card": (("f2", "enter"), "editor.cancel"),
    "edit contribution": (("f3", "enter"), "editor.cancel"),
    "close": (("space", "f9"), "close.cancel"),  # the meeting begun: F9 opens the check
    "preview": (("f5",), "preview.close"),
    "quit with text typed": (("b", "x", "y", "ctrl+q"), "confirm.back"),
    "palette": (("ctrl+p",), ""),
}


@pytest.fixture
def twente(store: Store, clock: FakeClock) -> int:
    session_id = import_twente(store)
    seed_board(store, session_id, clock)
    return session_id


def bottom_row(app: FacilitatorApp) -> str:
    return laid_out(app).splitlines()[-1]


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "nl"), ((120, 40), "en")])
@pytest.mark.parametrize("dialog", list(DIALOGS))
async def test_a_dialog_s_footer_shows_its_own_keys_not_the_main_screen_s(
    store: Store, twente: int, clock: FakeClock, size: tuple[int, int], lang: str, dialog: str
) -> None:
    keys, escape = DIALOGS[dialog]
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert "h hand" in bottom_row(app)
        await pilot.press(*keys)
        await pilot.pause()
        assert not isinstance(app.screen, MainScreen), dialog
        shown = bottom_row(app)
        assert not [words for words in MAIN_KEYS[lang] if words in shown], shown
        cancel = BY_ID[escape].words(lang) if escape else PALETTE_CLOSE[lang]
        assert f"esc {cancel}" in shown, shown
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert f"esc {cancel}" not in bottom_row(app)  # the main screen's footer again


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_the_reopen_question_s_footer_shows_its_keys(
    store: Store, twente: int, clock: FakeClock, lang: str, tmp_path: Path
) -> None:
    start_meeting(store, twente, clock).closing.close()
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        shown = bottom_row(app)
        assert f"f9 {BY_ID['reopen.confirm'].words(lang)}" in shown, shown
        assert f"esc {BY_ID['reopen.cancel'].words(lang)}" in shown, shown
        assert "? help" not in shown


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_picker_s_and_the_form_s_footers_name_their_keys(
    store: Store, twente: int, clock: FakeClock, size: tuple[int, int]
) -> None:
    app = app_for(store, twente, clock, lang="nl")
    async with app.run_test(size=size) as pilot:
        await pilot.press("h")
        assert "esc annuleren  ↑ vorige  ↓ volgende" in bottom_row(app)
        await pilot.press("escape", "n")
        assert "esc annuleren  tab volgend veld" in bottom_row(app)
        await pilot.press("escape", "question_mark")
        assert "esc sluiten" in bottom_row(app)
