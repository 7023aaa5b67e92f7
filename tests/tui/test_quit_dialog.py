"""The question before quitting with text not saved, and what is printed after quitting anyway.

Four lines waiting while another program held the database were shown run together as
one sentence, «Eerste barriere Tweede actie @UWV Derde vraag Vierde kans», with nothing
saying what each was; the dialog told to «just keep typing: what you type goes into the
line» with no line open; and the terminal, after quitting anyway, listed the texts
without their kinds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from textual.widgets import Static

from facilitator.domain.clock import FakeClock
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.confirm import ConfirmQuit
from tests.tui.notes_fixtures import import_twente, start_meeting
from tests.tui.test_faults import bar, keys_at_once, until

SMALL = (80, 24)
FOUR = "bEerste barriere\raTweede actie @UWV\rqDerde vraag\roVierde kans\r"


@contextmanager
def locked_app(tmp_path: Path, clock: FakeClock, lang: str) -> Iterator[FacilitatorApp]:
    """The app on a database another program holds (from the first key on)."""
    store = Store(tmp_path / "bezet.db", busy_timeout_ms=50, clock=clock)
    session_id = import_twente(store)
    start_meeting(store, session_id, clock)  # item 1, Erik Nijhuis has the floor
    app = make_app(store, session_id, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0.02)
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield app
    finally:
        other.close()
        store.close()


def screen(app: FacilitatorApp) -> list[str]:
    return [row.text.rstrip() for row in app.screen._compositor.render_strips()]


def keys(app: FacilitatorApp) -> str:
    """What the dialog says the keys do."""
    return str(app.screen.query_one("#confirm-keys", Static).content)


WAITING = {
    "nl": [
        "barrière · Erik Nijhuis · punt 1  «Eerste barriere»",
        "actie · Erik Nijhuis · punt 1  «Tweede actie @UWV»",
        "vraag · Erik Nijhuis · punt 1  «Derde vraag»",
        "kans · Erik Nijhuis · punt 1  «Vierde kans»",
    ],
    "en": [
        "barrier · Erik Nijhuis · item 1  «Eerste barriere»",
        "action · Erik Nijhuis · item 1  «Tweede actie @UWV»",
        "question · Erik Nijhuis · item 1  «Derde vraag»",
        "opportunity · Erik Nijhuis · item 1  «Vierde kans»",
    ],
}
TYPE_ON = {"nl": "typ gewoon verder", "en": "keep typing"}
NO_LINE = {
    "nl": "de regels wachten tot ze opgeslagen kunnen worden",
    "en": "the lines wait until they can be saved",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_each_waiting_line_is_a_row_with_its_kind_at_80x24(
    tmp_path: Path, clock: FakeClock, lang: str
) -> None:
    with locked_app(tmp_path, clock, lang) as app:
        async with app.run_test(size=SMALL) as pilot:
            await keys_at_once(app, FOUR)
            await until(pilot, lambda: len(bar(app).unsaved) == 4 and not app.behind, "four")
            await pilot.press("ctrl+q")
            assert isinstance(app.screen, ConfirmQuit)
            await pilot.pause()
            shown = "\n".join(screen(app))
            for row in WAITING[lang]:
                assert row in shown, shown
            # no line is open: typing on does not go into one
            assert TYPE_ON[lang] not in keys(app) and NO_LINE[lang] in keys(app)
            await pilot.press("escape")
            # with a line open, typing on does go into it
            await keys_at_once(app, "cHalf")
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert TYPE_ON[lang] in keys(app) and NO_LINE[lang] not in keys(app)
            assert "«Half»" in "\n".join(screen(app))
            await pilot.press("escape")


async def test_lines_that_do_not_fit_are_counted(tmp_path: Path, clock: FakeClock) -> None:
    lines = "".join(f"bBarriere nummer {n}\r" for n in range(1, 21))
    with locked_app(tmp_path, clock, "nl") as app:
        async with app.run_test(size=SMALL) as pilot:
            await keys_at_once(app, lines)
            await until(pilot, lambda: len(bar(app).unsaved) == 20 and not app.behind, "20")
            await pilot.press("ctrl+q")
            await pilot.pause()
            rows = screen(app)
            assert any("«Barriere nummer 1»" in row for row in rows), rows
            shown = sum(1 for row in rows if "«Barriere nummer" in row)
            assert shown < 20
            assert any(f"+{20 - shown} meer" in row for row in rows), rows
            # the whole dialog is on the screen: its top and bottom border, the keys
            assert any("█▀▀▀" in row for row in rows) and any("█▄▄▄" in row for row in rows)
            assert any("Esc of een andere toets: terug" in row for row in rows), rows


@pytest.mark.parametrize(
    ("lang", "about"),
    [
        ("nl", ["barrière · Erik Nijhuis · punt 1: Opening en kennismaking", "Eerste barriere"]),
        ("en", ["barrier · Erik Nijhuis · item 1: Opening en kennismaking", "Eerste barriere"]),
    ],
)
async def test_the_printout_after_quitting_gives_each_text_under_its_kind(
    tmp_path: Path,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    about: list[str],
) -> None:
    with locked_app(tmp_path, clock, lang) as app:
        async with app.run_test(size=SMALL) as pilot:
            await keys_at_once(app, FOUR)
            await until(pilot, lambda: len(bar(app).unsaved) == 4 and not app.behind, "four")
            await pilot.press("ctrl+q", "ctrl+q")
    printed = capsys.readouterr().err.splitlines()
    start = printed.index(about[0])
    assert printed[start + 1] == about[1]
    for text in ("Tweede actie @UWV", "Derde vraag", "Vierde kans"):
        at = printed.index(text)
        assert " · Erik Nijhuis · " in printed[at - 1], printed


async def test_pasted_line_breaks_are_new_lines_in_the_file_and_the_printout_alike(
    tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """A pasted text kept its carriage returns in the file: `cat` showed it garbled."""
    with locked_app(tmp_path, clock, "nl") as app:
        async with app.run_test(size=SMALL) as pilot:
            await pilot.press("b")
            bar(app).input.value = "Geen vervoer\r\nnaar de stage\rin de zorg\nen de bouw"
            await pilot.press("enter")
            await until(pilot, lambda: len(bar(app).unsaved) == 1 and not app.behind, "one")
            await pilot.press("ctrl+q", "ctrl+q")
    (kept,) = tmp_path.glob("niet-opgeslagen-*.txt")
    assert b"\r" not in kept.read_bytes()
    said = ["Geen vervoer", "  naar de stage", "  in de zorg", "  en de bouw"]
    assert kept.read_text(encoding="utf-8").splitlines()[-4:] == said
    printed = capsys.readouterr().err.splitlines()
    start = printed.index(said[0])
    assert printed[start : start + 4] == said
