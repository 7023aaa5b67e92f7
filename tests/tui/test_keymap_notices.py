"""Every problem of the keymap file reaches the user, however small the terminal.

At 80×24, on a session planned for another day, a keymap file with four problems gave a
notice each: only two of them and the notice of the date stood on the screen, the other
two were pushed off its top and never seen, and after their time all were gone. Now the
file's problems are one notice that says how many there are and lists as many as fit,
each on its own line, counting the rest; the help lists them all.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.widgets import Static

from facilitator.domain.clock import FakeClock
from facilitator.store import Store
from facilitator.tui.app import make_app
from facilitator.tui.screens.help import HelpScreen
from tests.tui.drawn import laid_out
from tests.tui.notes_fixtures import import_twente

FOUR = '"meeting.bogus" = "y"\ncapture.note = "notakey"\n"meeting.floor" = "g"\napp.help = "f1"\n'
"""An unknown id, a value that is no key, a key taken from another action, a key the
screen takes first: one line each."""

PROBLEMS = ("'meeting.bogus'", "'notakey'", "'meeting.goto'", "'app.help'")
"""A word of each problem's message that no line breaks."""

WORDS = {
    "nl": {"several": "4 problemen", "more": r"\+(\d) meer", "date": "gepland op"},
    "en": {"several": "4 problems", "more": r"\+(\d) more", "date": "planned for"},
}


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_every_problem_of_the_keymap_file_reaches_the_user_at_80x24(
    store: Store, clock: FakeClock, tmp_path: Path, lang: str
) -> None:
    words = WORDS[lang]
    path = tmp_path / "keymap.toml"
    path.write_text(FOUR, encoding="utf-8")
    sid = import_twente(store)
    clock.set(datetime(2020, 12, 2, 9, 0, tzinfo=UTC))  # planned for 6 October
    app = make_app(
        store, sid, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, keymap_file=path
    )
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        screen = laid_out(app)
        assert words["date"] in screen, screen  # the notice of the date is still there
        assert words["several"] in screen, screen  # the keymap's notice from its first line
        shown = [word for word in PROBLEMS if word in screen]
        more = re.search(words["more"], screen)
        left = int(more.group(1)) if more else 0
        assert len(shown) + left == len(PROBLEMS), screen
        assert len(shown) >= 2, screen
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        help_text = "\n".join(str(s.render()) for s in app.screen.query(Static))
        assert str(path) in help_text
        listed = [line for line in help_text.splitlines() if line.startswith("• ")]
        line = "regel" if lang == "nl" else "line"
        assert len(listed) == len(PROBLEMS), help_text
        for number, (said, word) in enumerate(zip(listed, PROBLEMS, strict=True), start=1):
            assert said.startswith(f"• {line} {number}: ") and word in said, help_text


async def test_one_problem_is_said_as_before(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('"meeting.bogus" = "y"\n', encoding="utf-8")
    sid = import_twente(store)
    app = make_app(
        store, sid, lang="en", clock=clock, tick_seconds=0, watch_seconds=0, keymap_file=path
    )
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        assert [str(n.message) for n in app._notifications] == [
            f"Keymap file {path}, line 1: unknown action 'meeting.bogus' (skipped)."
        ]


async def test_the_review_of_the_synthesis_says_them_in_one_notice_and_its_help_lists_them(
    regions: Store, tmp_path: Path
) -> None:
    from facilitator.service.review import ReviewService
    from facilitator.tui.keymap import load_keymap
    from facilitator.tui.review import ReviewApp, ReviewHelp

    path = tmp_path / "keymap.toml"
    path.write_text(FOUR, encoding="utf-8")
    app = ReviewApp(ReviewService(regions, lang="en"), "en", keymap=load_keymap(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        [said] = [str(n.message) for n in app._notifications if "keymap" in str(n.message)]
        assert said.startswith(f"4 problems in keymap file {path}:")
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, ReviewHelp)
        help_text = "\n".join(str(s.render()) for s in app.screen.query(Static))
        for word in PROBLEMS:
            assert any(word in line for line in help_text.splitlines()), help_text


NINE = FOUR + "".join(f'"meeting.bogus{n}" = "y"\n' for n in range(5))
"""Nine problems: the four above and five unknown ids."""


def wrapped(text: str, width: int) -> list[str]:
    """The rows a notice of ``text`` takes on a screen ``width`` columns wide, as Textual
    lays it out."""
    from textual.content import Content

    inner = min(60, width // 2) - 3
    return [line.plain.rstrip() for line in Content(text).wrap(inner)]


def shown_whole(screen: str, text: str, width: int) -> bool:
    """Whether every row of the notice of ``text`` is on the screen, one under the other."""
    rows = screen.splitlines()
    lines = wrapped(text, width)
    return any(
        all(line in rows[top + n] for n, line in enumerate(lines))
        for top in range(len(rows) - len(lines) + 1)
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("role", ["facilitator", "notetaker"])
@pytest.mark.parametrize("size", [(80, 24), (50, 15)], ids=["80x24", "50x15"])
async def test_the_notices_at_start_stand_whole_on_every_screen(
    store: Store, clock: FakeClock, tmp_path: Path, lang: str, role: str, size: tuple[int, int]
) -> None:
    """On the note-taker's screen the notices stand above the capture panel, about eight
    rows above the footer, but the keymap's notice was given the rows down to the footer:
    at 80×24 with nine problems its head and the notice of the date went off the top. At
    50×15 even its shortest form was too long for the console, and the date lost its first
    row. Now the notice takes the rows the screen has for notices, and says less where
    little fits, but always whole."""
    from facilitator.service.origin import Role

    path = tmp_path / "keymap.toml"
    path.write_text(NINE, encoding="utf-8")
    sid = import_twente(store)
    clock.set(datetime(2020, 12, 2, 9, 0, tzinfo=UTC))  # planned for 6 October
    app = make_app(
        store,
        sid,
        lang=lang,
        clock=clock,
        tick_seconds=0,
        watch_seconds=0,
        keymap_file=path,
        role=Role(role),
    )
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.pause()
        screen = laid_out(app)
        notices = [str(n.message) for n in app._notifications]
        [keymap] = [n for n in notices if "9 " in n]
        assert shown_whole(screen, keymap, size[0]), (keymap, screen)
        if size == (80, 24):
            [date] = [n for n in notices if n is not keymap]
            assert shown_whole(screen, date, size[0]), (date, screen)
            assert keymap.startswith(WORDS[lang]["several"].replace("4", "9")), keymap
        elif role == "facilitator":  # the console has the rows for both, the keymap's short
            [date] = [n for n in notices if n is not keymap]
            assert shown_whole(screen, date, size[0]), (date, screen)
            assert (
                keymap
                == {
                    "nl": "9 problemen in het toetsenbestand: zie de help (?).",
                    "en": "9 problems in the keymap file: see the help (?).",
                }[lang]
            )


@pytest.mark.parametrize("size", [(80, 24), (60, 16)], ids=["80x24", "60x16"])
async def test_the_review_s_notice_stands_whole_above_its_question(
    regions: Store, tmp_path: Path, size: tuple[int, int]
) -> None:
    """The review keeps the rows under its themes free (the question, the footer): the
    keymap's notice was given the rows down to the footer, and lost its top rows."""
    from facilitator.service.review import ReviewService
    from facilitator.tui.keymap import load_keymap
    from facilitator.tui.review import ReviewApp

    path = tmp_path / "keymap.toml"
    path.write_text(NINE, encoding="utf-8")
    app = ReviewApp(ReviewService(regions, lang="en"), "en", keymap=load_keymap(path))
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.pause()
        screen = laid_out(app)
        [said] = [str(n.message) for n in app._notifications if "keymap" in str(n.message)]
        assert shown_whole(screen, said, size[0]), (said, screen)


@pytest.mark.parametrize("role", ["facilitator", "notetaker"])
async def test_the_help_opened_at_once_is_not_covered_by_the_keymap_s_notice(
    store: Store, clock: FakeClock, tmp_path: Path, role: str
) -> None:
    """`?` right after the start: the keymap's notice of 30 seconds stood over the help's
    list of the same problems."""
    from facilitator.service.origin import Role

    path = tmp_path / "keymap.toml"
    path.write_text(NINE, encoding="utf-8")
    sid = import_twente(store)
    app = make_app(
        store,
        sid,
        lang="en",
        clock=clock,
        tick_seconds=0,
        watch_seconds=0,
        keymap_file=path,
        role=Role(role),
    )
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        assert "9 problems" in laid_out(app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        screen = laid_out(app)
        assert "9 problems" not in screen, screen
        assert "What is wrong in keymap file" in screen, screen
        await pilot.press("escape")
        await pilot.pause()
        assert "9 problems" not in laid_out(app)  # read: not back after the help


async def test_the_help_typed_ahead_has_no_keymap_notice_over_it(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    from tests.tui.conftest import burst

    path = tmp_path / "keymap.toml"
    path.write_text(NINE, encoding="utf-8")
    sid = import_twente(store)
    app = make_app(
        store, sid, lang="en", clock=clock, tick_seconds=0, watch_seconds=0, keymap_file=path
    )
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await burst(pilot, "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "9 problems" not in laid_out(app)


async def test_the_review_s_help_is_not_covered_by_the_keymap_s_notice(
    regions: Store, tmp_path: Path
) -> None:
    from facilitator.service.review import ReviewService
    from facilitator.tui.keymap import load_keymap
    from facilitator.tui.review import ReviewApp, ReviewHelp

    path = tmp_path / "keymap.toml"
    path.write_text(NINE, encoding="utf-8")
    app = ReviewApp(ReviewService(regions, lang="en"), "en", keymap=load_keymap(path))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        assert "9 problems" in laid_out(app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, ReviewHelp)
        assert "9 problems" not in laid_out(app)
