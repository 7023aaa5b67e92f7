"""The help (``?``) at the sizes a terminal has: every key in it can be read, by keyboard."""

from __future__ import annotations

import re

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Static

from facilitator.domain.clock import FakeClock
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.actions import in_scope
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.help import SECTIONS, HelpScreen, KeyTable

BARS = set("▁▂▃▄▅▆▇█▉▊▋▌▍▎▏")
"""What a scroll bar is drawn with in a terminal."""


def the_keys(lang: str) -> list[tuple[str, str]]:
    """Every key of the console's help and what it does, in the order listed."""
    commands = {"nl": "(opdrachten)", "en": "(commands)"}[lang]
    return [
        (action.shown_keys(None, lang) or commands, action.words(lang))
        for _title, scopes in SECTIONS
        for scope in scopes
        for action in in_scope(scope)
    ]


def help_rows(app: FacilitatorApp) -> list[list[str]]:
    """The rows of the open help's key table, whole (scrolled or not), each split into the
    key and what it does (one part for a heading, or a row that goes on from the one
    above)."""
    table = app.screen.query_one(KeyTable)
    return [re.split(r"\s{2,}", line.strip()) for line in table.render().plain.splitlines()]


def dialog_rows(app: FacilitatorApp) -> list[str]:
    """The rows of the help as drawn: what shows inside its frame, the frame's own scroll bar
    left out."""
    scroll = app.screen.query_one(VerticalScroll)
    inside = scroll.scrollable_content_region
    strips = app.screen._compositor.render_strips()
    return [strips[y].crop(inside.x, inside.right).text for y in range(inside.y, inside.bottom)]


def listed(rows: list[str], key: str, does: str) -> bool:
    """Whether one of ``rows`` shows ``key`` and, beside it, what it does."""
    start = " ".join(does.split()[:2])
    return any(re.match(rf"\s*{re.escape(key)}\s{{2,}}{re.escape(start)}", row) for row in rows)


@pytest.mark.parametrize(("lang", "close"), [("nl", "Esc of ? sluit"), ("en", "Esc or ? closes")])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_page_down_and_end_bring_every_key_of_the_help_on_screen(
    store: Store,
    clock: FakeClock,
    session_id: int,
    size: tuple[int, int],
    lang: str,
    close: str,
) -> None:
    """At 80×24 the keys were a scroll area of their own, sixteen rows high, that no key
    scrolled: PgDn, ↓ and End scrolled the dialog around it, and the keys after
    «m aanwezig/afwezig» (at 120×40 after «q vraag») could not be read; its scroll bar
    showed as stray blocks among the rows."""
    app = make_app(store, session_id, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=size) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        seen: list[str] = []
        rows = dialog_rows(app)
        while True:
            seen += rows
            assert not any(BARS & set(row) for row in rows), rows
            await pilot.press("pagedown")
            before, rows = rows, dialog_rows(app)
            if rows == before:
                break
        # on the way down every key was on screen, the last of them too
        missing = [(key, does) for key, does in the_keys(lang) if not listed(seen, key, does)]
        assert missing == [], seen
        assert any(row.strip().startswith(close) for row in rows), rows
        # Home goes back to the top, End to the same end
        await pilot.press("home")
        assert dialog_rows(app) == seen[: len(rows)]
        await pilot.press("end")
        assert dialog_rows(app) == rows


async def test_the_arrow_key_scrolls_the_help_to_its_last_key(
    store: Store, clock: FakeClock, session_id: int
) -> None:
    app = make_app(store, session_id, lang="nl", clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        seen: list[str] = []
        rows = dialog_rows(app)
        while True:
            seen += rows
            await pilot.press("down")
            before, rows = rows, dialog_rows(app)
            if rows == before:
                break
            assert rows[:-1] == before[1:]  # a row at a time
        missing = [(key, does) for key, does in the_keys("nl") if not listed(seen, key, does)]
        assert missing == [], seen


@pytest.mark.parametrize(
    ("lang", "keys", "only"),
    [
        (
            "nl",
            [["toets", "doet"], ["Toetsen op dit scherm"], ["ctrl+q", "stoppen"], ["?", "help"]]
            + [["Esc", "sluiten"]],
            "Dit scherm is alleen om te kijken",
        ),
        (
            "en",
            [["key", "does"], ["Keys on this screen"], ["ctrl+q", "quit"], ["?", "help"]]
            + [["Esc", "close"]],
            "This screen is only for watching",
        ),
    ],
)
async def test_the_wall_s_help_says_it_is_read_only_and_lists_only_its_own_keys(
    store: Store,
    clock: FakeClock,
    session_id: int,
    lang: str,
    keys: list[list[str]],
    only: str,
) -> None:
    """The wall's help listed the console's keys (spatie timer, ] volgende, h hand, b
    barrière…), which do nothing on the wall, and did not say that it only shows."""
    app = make_app(
        store,
        session_id,
        lang=lang,
        clock=clock,
        tick_seconds=0,
        watch_seconds=0,
        role=Role.WALL,
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert [row for row in help_rows(app) if row != [""]] == keys
        said = " ".join(" ".join(row.split()) for row in dialog_rows(app))
        assert only in said, said
        for console in ("timer", "volgende", "next", "barrière", "barrier", "Vastleggen"):
            assert console not in said, said
        await pilot.press("escape")  # the help's own key closes it
        assert not isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER, Role.WALL])
async def test_the_help_key_closes_the_help_as_it_says(
    store: Store, clock: FakeClock, session_id: int, role: Role
) -> None:
    """«Esc of ? sluit dit venster.»: ? did nothing while the help was open."""
    app = make_app(
        store, session_id, lang="nl", clock=clock, tick_seconds=0, watch_seconds=0, role=role
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        assert not isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize(
    ("lang", "undo", "wrong"),
    [
        (
            "nl",
            "ctrl+z maakt de wijzigingen van dit venster ongedaan, niet die van een ander venster",
            "ctrl+z maakt elke wijziging ongedaan",
        ),
        (
            "en",
            "ctrl+z undoes this window's changes, not another window's",
            "ctrl+z undoes every change",
        ),
    ],
)
@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER])
async def test_the_help_says_that_undo_takes_back_this_window_s_changes_only(
    store: Store, clock: FakeClock, session_id: int, role: Role, lang: str, undo: str, wrong: str
) -> None:
    """The help said «ctrl+z undoes every change»; it undoes this window's own only."""
    app = make_app(
        store, session_id, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, role=role
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        said = " ".join(" ".join(str(s.render()).split()) for s in app.screen.query(Static))
        assert undo in said and wrong not in said, said


DIALOG_NAMES = {
    "nl": [
        "Keuzelijst (deelnemer, agendapunt, kaart…)",
        "Bewerken en formulieren (kaart, bijdrage, deelnemer…)",
        "Sessie sluiten",
        "Voorbeeld van het verslag",
        "Stoppen met tekst die niet is opgeslagen",
        "Een gesloten sessie heropenen",
        "Deze help",
    ],
    "en": [
        "Pick list (participant, agenda item, card…)",
        "Editing and forms (card, contribution, participant…)",
        "Closing the session",
        "Preview of the minutes",
        "Quitting with text not saved",
        "Reopening a closed session",
        "This help",
    ],
}


def by_dialog(rows: list[list[str]], heading: str) -> list[tuple[str, list[list[str]]]]:
    """The help's section of keys in dialogs: each key under the name of the dialog above
    it ('' for a key with no name above it), a name's rows joined again where it wraps."""
    start = rows.index([heading])
    named: list[tuple[str, list[list[str]]]] = []
    for row in rows[start + 1 :]:
        if row == [""]:
            break
        if len(row) == 1:  # a dialog's name
            if named and not named[-1][1]:
                named[-1] = (f"{named[-1][0]} {row[0]}", [])
            else:
                named.append((row[0], []))
        else:
            if not named:
                named.append(("", []))
            named[-1][1].append(row)
    return named


@pytest.mark.parametrize(
    ("lang", "heading", "picker", "close"),
    [
        ("nl", "In vensters", ["↑", "vorige"], ["Enter", "oplossen"]),
        ("en", "In dialogs", ["↑", "previous"], ["Enter", "fix"]),
    ],
)
@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER])
async def test_the_help_names_the_dialog_each_of_its_keys_acts_in(
    store: Store,
    clock: FakeClock,
    session_id: int,
    role: Role,
    lang: str,
    heading: str,
    picker: list[str],
    close: list[str],
) -> None:
    """«In vensters» listed «Esc annuleren» three times, «Esc sluiten» twice, «Enter
    oplossen» and «p P parkeren» without saying in which dialog each acts."""
    app = make_app(
        store, session_id, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, role=role
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        named = by_dialog(help_rows(app), heading)
        assert [name for name, _keys in named] == DIALOG_NAMES[lang], named
        assert all(keys for _name, keys in named), named
        for name, keys in named:  # within a dialog no key is listed twice
            assert len({tuple(row) for row in keys}) == len(keys), (name, keys)
        names = DIALOG_NAMES[lang]
        assert picker in dict(named)[names[0]] and close in dict(named)[names[2]], named
