"""facilitator run --synthesis: reviewing the themes through the real keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from facilitator.service.review import ReviewService
from facilitator.store import Store
from facilitator.synthesis.command import make_synthesis
from facilitator.tui.review import ReviewApp
from facilitator.tui.widgets.footer import KeyRow

SIZE = (120, 40)


def lines(app: ReviewApp, which: str) -> list[str]:
    found = app.query_one(f"#{which}", OptionList)
    return [str(found.get_option_at_index(i).prompt) for i in range(found.option_count)]


async def test_rename_priority_move_split_merge_with_the_keys(regions: Store) -> None:
    before = make_synthesis(regions, lang="nl")
    app = ReviewApp(ReviewService(regions, lang="nl"), "nl")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert lines(app, "themes")[0].startswith(f"  1. {before.theme(1).title}")
        # rename theme 2
        await pilot.press("down", "r", "ctrl+u", *"Vervoer", "enter")
        await pilot.pause()
        assert make_synthesis(regions, lang="nl").theme(2).title == "Vervoer"
        # mark it a priority: it comes first, with a star
        await pilot.press("p")
        await pilot.pause()
        assert lines(app, "themes")[0].startswith("★ 1. Vervoer")
        saved = make_synthesis(regions, lang="nl")
        assert saved.theme(1).priority and saved.theme(1).title == "Vervoer"
        # move the first card of theme 1 to theme 2
        card = saved.theme(1).cards[0]
        await pilot.press("tab", "m", *"2", "enter")
        await pilot.pause()
        now = make_synthesis(regions, lang="nl")
        assert card.key in {c.key for c in now.theme(2).cards}
        # split it off again: a theme of its own
        app.query_one("#themes", OptionList).focus()
        await pilot.press("down")
        await pilot.pause()
        moved_at = [c.key for c in now.theme(2).cards].index(card.key)
        await pilot.press("tab", *["down"] * moved_at, "s")
        await pilot.pause()
        split = make_synthesis(regions, lang="nl")
        alone = [t for t in split.themes if [c.key for c in t.cards] == [card.key]]
        assert len(alone) == 1
        # merge that theme into theme 1 (the priority theme)
        themes = app.query_one("#themes", OptionList)
        themes.focus()
        themes.highlighted = alone[0].number - 1
        await pilot.press("j", *"1", "enter")
        await pilot.pause()
        merged = make_synthesis(regions, lang="nl")
        assert card.key in {c.key for c in merged.theme(1).cards}
        assert len(merged.themes) == len(split.themes) - 1
        # a theme number that does not exist is told, not a crash
        await pilot.press("j", *"99", "enter")
        await pilot.pause()
        assert any("Er is geen thema 99." in str(n.message) for n in app._notifications)
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code in (None, 0)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("nl", ["hernoemen", "prioriteit", "terug / sluiten"]), ("en", ["rename", "back / close"])],
)
async def test_the_footer_speaks_the_review_s_language(
    regions: Store, lang: str, words: list[str]
) -> None:
    app = ReviewApp(ReviewService(regions, lang=lang), lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = str(app.query_one(KeyRow).render())
        for word in words:
            assert word in shown
        # no palette of Textual's own (English) commands: ctrl+p opens nothing
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert len(app.screen_stack) == 1
    if lang == "nl":
        assert "rename" not in shown and "palette" not in shown


async def test_a_second_window_follows_the_first_and_refuses_a_stale_change(
    regions: Store, tmp_path: Path
) -> None:
    other = Store(regions.path)
    here = ReviewApp(ReviewService(regions, lang="nl"), "nl", watch_seconds=0)
    there = ReviewService(other, lang="nl")
    async with here.run_test(size=SIZE) as pilot:
        await pilot.pause()
        before = lines(here, "themes")
        # the other window renames theme 1; this one, not having looked yet, merges 2 into 3
        there.rename(there.synthesis(), 1, "Stages elders hernoemd")
        await pilot.press("down", "j", "3", "enter")
        await pilot.pause()
        shown = [str(n.message) for n in here._notifications]
        assert any("in een ander venster gewijzigd" in n for n in shown)
        now = lines(here, "themes")
        assert "Stages elders hernoemd" in now[0] and len(now) == len(before)
        # looking again (as the timer does) after another change shows it without a key
        there.rename(there.synthesis(), 1, "")
        here.look_again()
        await pilot.pause()
        assert "Stages elders hernoemd" not in lines(here, "themes")[0]
    other.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_every_key_of_the_footer_is_on_screen_at_80_columns(
    regions: Store, lang: str
) -> None:
    app = ReviewApp(ReviewService(regions, lang=lang), lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        row = app.query_one(KeyRow)
        assert row.region.right <= 80 and row.region.bottom <= 24
        shown = [row.render_line(y).text for y in range(row.size.height)]
        assert all(len(line.rstrip()) <= 80 for line in shown)
        for key in row.keys:  # each key whole, on one line
            assert any(f"{key.shown} {key.words}" in line for line in shown), (key, shown)
        # the themes and cards keep the room above it; a click on the last key presses it
        assert app.query_one("#themes").region.bottom <= row.region.y
        y = next(i for i, line in enumerate(shown) if "esc " in line)
        await pilot.click(row, offset=(shown[y].index("esc ") + 1, y))
        await pilot.pause()
    assert app.return_code in (None, 0) and not app.is_running
