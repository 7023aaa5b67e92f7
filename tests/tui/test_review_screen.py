"""facilitator run --synthesis: reviewing the themes through the real keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from facilitator.service.review import ReviewService
from facilitator.store import Store
from facilitator.synthesis.command import make_synthesis
from facilitator.synthesis.model import Synthesis
from facilitator.tui.review import WORDS, ReviewApp
from facilitator.tui.widgets.footer import KeyRow

SIZE = (120, 40)


async def settle(pilot: Pilot[None]) -> None:
    """Wait until the keys are handled and the changes they made are saved (off the UI
    thread) and shown."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def lines(app: ReviewApp, which: str) -> list[str]:
    found = app.query_one(f"#{which}", OptionList)
    return [str(found.get_option_at_index(i).prompt) for i in range(found.option_count)]


def asked(app: ReviewApp) -> str:
    """The question and what is wrong with the answer, as shown over the field."""
    shown = app.query("#review-ask, #review-problem").results(Static)
    return " ".join(text for w in shown if w.display and (text := str(w.render())))


async def test_rename_priority_move_split_merge_with_the_keys(regions: Store) -> None:
    before = make_synthesis(regions, lang="nl")
    app = ReviewApp(ReviewService(regions, lang="nl"), "nl")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert lines(app, "themes")[0].startswith(f"  1. {before.theme(1).title}")
        # the cards counted in words: "4 kaarten", "1 kaart"
        count = len(before.theme(1).cards)
        assert lines(app, "themes")[0].endswith(f" {count} kaart{'en' if count > 1 else ''}")
        assert not any("kaart(en)" in line for line in lines(app, "themes"))
        # rename theme 2
        await pilot.press("down", "r", "ctrl+u", *"Vervoer", "enter")
        await settle(pilot)
        assert make_synthesis(regions, lang="nl").theme(2).title == "Vervoer"
        # mark it a priority: it comes first, with a star
        await pilot.press("p")
        await settle(pilot)
        assert lines(app, "themes")[0].startswith("★ 1. Vervoer")
        saved = make_synthesis(regions, lang="nl")
        assert saved.theme(1).priority and saved.theme(1).title == "Vervoer"
        # move the first card of theme 1 to theme 2
        card = saved.theme(1).cards[0]
        await pilot.press("tab", "m", *"2", "enter")
        await settle(pilot)
        now = make_synthesis(regions, lang="nl")
        assert card.key in {c.key for c in now.theme(2).cards}
        # split it off again: a theme of its own
        app.query_one("#themes", OptionList).focus()
        await pilot.press("down")
        await settle(pilot)
        moved_at = [c.key for c in now.theme(2).cards].index(card.key)
        await pilot.press("tab", *["down"] * moved_at, "s")
        await settle(pilot)
        split = make_synthesis(regions, lang="nl")
        alone = [t for t in split.themes if [c.key for c in t.cards] == [card.key]]
        assert len(alone) == 1
        # merge that theme into theme 1 (the priority theme)
        themes = app.query_one("#themes", OptionList)
        themes.focus()
        themes.highlighted = alone[0].number - 1
        await pilot.press("j", *"1", "enter")
        await settle(pilot)
        merged = make_synthesis(regions, lang="nl")
        assert card.key in {c.key for c in merged.theme(1).cards}
        assert len(merged.themes) == len(split.themes) - 1
        # a theme number that does not exist is told under the question, not a crash
        await pilot.press("j", *"99", "enter")
        await settle(pilot)
        assert "Er is geen thema 99." in asked(app)
        await pilot.press("escape")
        await settle(pilot)
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
        await settle(pilot)
        shown = str(app.query_one(KeyRow).render())
        for word in words:
            assert word in shown
        # no palette of Textual's own (English) commands: ctrl+p opens nothing
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert len(app.screen_stack) == 1
    if lang == "nl":
        assert "rename" not in shown and "palette" not in shown


@pytest.mark.parametrize(
    ("lang", "said"),
    [("nl", "ctrl+c stopt de app niet"), ("en", "ctrl+c does not quit")],
)
async def test_ctrl_c_says_which_key_quits_in_the_review_s_language(
    regions: Store, lang: str, said: str
) -> None:
    """Textual's own answer to ctrl+c is English ("Press ctrl+q to quit the app")."""
    app = ReviewApp(ReviewService(regions, lang=lang), lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+c")
        await settle(pilot)
        notes = [(str(n.title), str(n.message)) for n in app._notifications]
        assert any(said in message and "ctrl+q" in message for _, message in notes), notes
        assert not any("Press" in message or "quit the app" in message for _, message in notes)
        assert len(app.screen_stack) == 1 and app.is_running


async def test_a_second_window_follows_the_first_and_refuses_a_stale_change(
    regions: Store, tmp_path: Path
) -> None:
    other = Store(regions.path)
    here = ReviewApp(ReviewService(regions, lang="nl"), "nl", watch_seconds=0)
    there = ReviewService(other, lang="nl")
    async with here.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = lines(here, "themes")
        # the other window renames theme 1; this one, not having looked yet, merges 2 into 3
        there.rename(there.synthesis(), 1, "Stages elders hernoemd")
        await pilot.press("down", "j", "3", "enter")
        await settle(pilot)
        shown = [str(n.message) for n in here._notifications]
        assert any("in een ander venster gewijzigd" in n for n in shown)
        now = lines(here, "themes")
        assert "Stages elders hernoemd" in now[0] and len(now) == len(before)
        # looking again (as the timer does) after another change shows it without a key
        there.rename(there.synthesis(), 1, "")
        here.look_again()
        await settle(pilot)
        assert "Stages elders hernoemd" not in lines(here, "themes")[0]
    other.close()


async def test_a_locked_database_is_told_and_the_key_works_again_after(
    regions: Store, tmp_path: Path
) -> None:
    import sqlite3

    service_store = Store(tmp_path / "regions.db", busy_timeout_ms=50)
    app = ReviewApp(ReviewService(service_store, lang="en"), "en", watch_seconds=0)
    blocker = sqlite3.connect(tmp_path / "regions.db", isolation_level=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        blocker.execute("BEGIN EXCLUSIVE")  # another program holds the database
        await pilot.press("p")
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert any("locked" in m.lower() or "busy" in m.lower() for m in said), said
        assert not make_synthesis(regions, lang="en").theme(1).priority
        blocker.execute("ROLLBACK")
        await pilot.press("p")
        await settle(pilot)
        assert make_synthesis(regions, lang="en").theme(1).priority
    blocker.close()
    service_store.close()


async def test_keys_typed_in_one_burst_land_where_they_were_meant(regions: Store) -> None:
    # A fast typist: rename theme 2, mark it a priority, then go down and mark the next one,
    # all typed before the first change is saved. Each key waits for the change before it.
    before = make_synthesis(regions, lang="nl")
    app = ReviewApp(ReviewService(regions, lang="nl"), "nl", watch_seconds=0)
    typed = ["down", "r", "ctrl+u", *"Vervoer", "enter", "p", "down", "down", "p"]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in typed:
            character = key if len(key) == 1 else None
            app.post_message(events.Key(key, character))
        await settle(pilot)
        await settle(pilot)
    after = make_synthesis(regions, lang="nl")
    # "Vervoer" is a priority theme and so is the theme that stood third after it moved up
    assert after.theme(1).title == "Vervoer" and after.theme(1).priority
    assert [t.priority for t in after.themes].count(True) == 2
    assert {c.key for c in after.theme(1).cards} == {c.key for c in before.theme(2).cards}


async def test_a_new_title_typed_at_once_replaces_the_old_one(regions: Store) -> None:
    # r and the new title in one burst: the proposed title is selected the moment the
    # answer line opens, so the first letter replaces it (nothing of the old one is kept)
    app = ReviewApp(ReviewService(regions, lang="nl"), "nl", watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ["r", *"Nieuw [bold]x[/]", "enter"]:
            character = key if len(key) == 1 else None
            app.post_message(events.Key({" ": "space"}.get(key, key), character))
        await settle(pilot)
        assert make_synthesis(regions, lang="nl").theme(1).title == "Nieuw [bold]x[/]"
        assert lines(app, "themes")[0].startswith("  1. Nieuw [bold]x[/]")


async def test_a_look_begun_before_a_change_here_does_not_show_the_older_themes(
    regions: Store, tmp_path: Path
) -> None:
    # The timer's look (another window saved) works out the themes off the UI thread; when
    # this window saves a change meanwhile, the look's older themes must not replace it.
    other = Store(regions.path)
    app = ReviewApp(ReviewService(regions, lang="nl"), "nl", watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # another window (or a session being run on this database) saves something that
        # does not change the themes: the version moves, the themes stay
        other.save_review(*other.review())
        looked: list[tuple[int, Synthesis, int]] = []
        app._from_worker = lambda callback, *args: looked.append(args)  # type: ignore[method-assign]
        app.look_again()
        await app.workers.wait_for_complete()
        del app._from_worker  # back to the class's own
        (version, fresh, changes) = looked[0]
        await pilot.press("p")  # a change here, saved before the look's result arrives
        await settle(pilot)
        app._looked(version, fresh, changes)
        await settle(pilot)
        assert lines(app, "themes")[0].startswith("★ 1.")
    other.close()


async def test_the_review_says_which_copy_of_a_table_held_twice_it_leaves_out(
    tmp_path: Path,
) -> None:
    from facilitator.domain.clock import FakeClock
    from facilitator.store.merge import merge_database
    from tests.unit.test_import_db import twice_held

    here = Store(tmp_path / "province.db", clock=FakeClock())
    for path in twice_held(tmp_path):
        merge_database(here, path)
    app = ReviewApp(ReviewService(here, lang="en"), "en", watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # on the screen, with the command that counts the copy instead
        assert str(app.query_one("#review-left-out", Static).render()) == (
            "twente-2020-10-2 is left out of these themes: the same round table as "
            "twente-2020-10 (same region, date and title), and the synthesis counts that "
            "table once. To count twente-2020-10-2 instead of twente-2020-10: facilitator run "
            "--synthesis twente-2020-10-2 regio-zwolle-2020-10 stedendriehoek-2020-10"
        )
        assert not app._notifications
    here.close()


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


def highlighted(app: ReviewApp, which: str) -> str:
    found = app.query_one(f"#{which}", OptionList)
    assert found.highlighted is not None
    return str(found.get_option_at_index(found.highlighted).prompt)


def number_of(app: ReviewApp, title: str) -> int:
    return next(t.number for t in app.current.themes if t.title.startswith(title))


def post(app: ReviewApp, keys: list[str]) -> None:
    """Keys typed in one burst: all of them arrive before the first change is saved."""
    for key in keys:
        character = key if len(key) == 1 else None
        app.post_message(events.Key({" ": "space"}.get(key, key), character))


async def test_after_a_move_the_highlight_stays_with_the_theme_and_the_next_card(
    regions: Store,
) -> None:
    # Moving the first card of theme 1 to theme 5 re-sorts the themes (theme 5 comes up):
    # the highlight stays on theme 1 and on its next card, in the card pane, so the next
    # m moves the next card of the same theme
    before = make_synthesis(regions, lang="en")
    first, second = before.theme(1).cards[:2]
    assert before.theme(5).title.startswith("Advice desk")
    app = ReviewApp(ReviewService(regions, lang="en"), "en", watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "m", "5", "enter")
        await settle(pilot)
        now = make_synthesis(regions, lang="en")
        desk = next(t for t in now.themes if t.title.startswith("Advice desk"))
        assert first.key in {c.key for c in desk.cards} and desk.number != 5
        assert highlighted(app, "themes").startswith("  1. Work placements")
        assert second.text in highlighted(app, "cards")
        assert app.focused is app.query_one("#cards", OptionList)
        # the next move, to the number the desk has now
        await pilot.press("m", *str(number_of(app, "Advice desk")), "enter")
        await settle(pilot)
        # (the desk may be titled anew after the cards it took in: found by its own card)
        desk = next(
            t
            for t in make_synthesis(regions, lang="en").themes
            if before.theme(5).cards[0] in t.cards
        )
        assert {first.key, second.key} <= {c.key for c in desk.cards}
        # still the theme worked on, wherever its two cards left sort it now
        assert app.selected_theme is not None
        assert app.selected_theme.cards == before.theme(1).cards[2:]
        assert "Work placements" in highlighted(app, "themes")


async def test_a_number_typed_in_a_burst_means_the_theme_it_had_when_typed(
    regions: Store,
) -> None:
    # "tab m 5 enter m 5 enter" typed at once: both 5s mean the advice desk as it was shown
    # when they were typed, though the first move made it theme 4
    before = make_synthesis(regions, lang="en")
    first, second = before.theme(1).cards[:2]
    app = ReviewApp(ReviewService(regions, lang="en"), "en", watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        post(app, ["tab", "m", "5", "enter", "m", "5", "enter"])
        await settle(pilot)
        await settle(pilot)
        after = make_synthesis(regions, lang="en")
        desk = next(t for t in after.themes if before.theme(5).cards[0] in t.cards)
        assert {c.key for c in desk.cards} == {
            first.key,
            second.key,
            *(c.key for c in before.theme(5).cards),
        }
        assert app.selected_theme is not None
        assert app.selected_theme.cards == before.theme(1).cards[2:]
        assert before.theme(1).cards[2].text in highlighted(app, "cards")


async def test_after_a_merge_the_highlight_is_on_the_merged_theme(regions: Store) -> None:
    before = make_synthesis(regions, lang="en")
    debts = before.theme(7).cards[0]
    app = ReviewApp(ReviewService(regions, lang="en"), "en", watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # theme 7 into theme 5, then (in the same burst) p marks the merged theme
        post(app, [*["down"] * 6, "j", "5", "enter", "p"])
        await settle(pilot)
        await settle(pilot)
        after = make_synthesis(regions, lang="en")
        desk = next(t for t in after.themes if t.title.startswith("Advice desk"))
        assert debts.key in {c.key for c in desk.cards} and desk.priority
        assert highlighted(app, "themes").startswith("★ 1. Advice desk")
        assert debts.text in highlighted(app, "cards")
        assert str(app.query_one("#cards-title").render()) == "Cards of theme 1"


async def test_after_a_split_the_highlight_stays_with_the_theme_and_the_next_card(
    regions: Store,
) -> None:
    before = make_synthesis(regions, lang="en")
    cards = before.theme(2).cards
    app = ReviewApp(ReviewService(regions, lang="en"), "en", watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # split the second and (in the same burst) the card after it off theme 2
        post(app, ["down", "tab", "down", "s", "s"])
        await settle(pilot)
        await settle(pilot)
        after = make_synthesis(regions, lang="en")
        for card in cards[1:3]:
            assert [[c.key] for c in [card]] == [
                [c.key for c in t.cards] for t in after.themes if card in t.cards
            ]
        # the theme they left (titled anew after its two cards) is highlighted, on its last
        theme = app.selected_theme
        assert theme is not None and theme.cards == (cards[0], cards[3])
        assert highlighted(app, "themes").endswith("· 2 cards")
        assert cards[3].text in highlighted(app, "cards")


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_enter_on_the_title_as_proposed_renames_nothing(regions: Store, lang: str) -> None:
    # r and Enter on the title as offered: no title of the organiser's (one in the screen's
    # language would stay so when the synthesis is made in the other language)
    app = ReviewApp(ReviewService(regions, lang=lang), lang, watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("r", "enter")
        await settle(pilot)
    assert regions.review() == ({}, {})  # nothing saved: the proposal, in either language


async def test_a_title_the_locked_database_refused_is_offered_again(
    regions: Store, tmp_path: Path
) -> None:
    import sqlite3

    store = Store(tmp_path / "regions.db", busy_timeout_ms=50)
    app = ReviewApp(ReviewService(store, lang="en"), "en", watch_seconds=0)
    blocker = sqlite3.connect(tmp_path / "regions.db", isolation_level=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        blocker.execute("BEGIN EXCLUSIVE")  # another program holds the database
        await pilot.press("r", *"Stages", "enter")
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert any("r on this theme offers it again" in m for m in said), said
        blocker.execute("ROLLBACK")
        # r on another theme offers its own title; on this one the title typed
        await pilot.press("down", "r")
        await settle(pilot)
        assert app.query_one("#review-input", Input).value != "Stages"
        await pilot.press("escape", "up", "r")
        await settle(pilot)
        assert app.query_one("#review-input", Input).value == "Stages"
        await pilot.press("enter")
        await settle(pilot)
        assert make_synthesis(regions, lang="en").theme(1).title == "Stages"
    blocker.close()
    store.close()


async def test_closing_with_a_title_not_saved_shows_it(regions: Store, tmp_path: Path) -> None:
    import sqlite3

    store = Store(tmp_path / "regions.db", busy_timeout_ms=50)
    app = ReviewApp(ReviewService(store, lang="nl"), "nl", watch_seconds=0)
    blocker = sqlite3.connect(tmp_path / "regions.db", isolation_level=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        blocker.execute("BEGIN EXCLUSIVE")
        # typed, not saved, then Esc: the title is kept, and closing prints it
        await pilot.press("r", *"Stages [b]", "enter", "r", "escape")
        await settle(pilot)
        blocker.execute("ROLLBACK")
        # Esc on the review asks first, as quitting with a line typed does
        await pilot.press("escape")
        await settle(pilot)
        assert app.is_running and not app._exit_renderables
        assert asked(app) == (
            "⚠ De titel 'Stages [b]' is niet bewaard: nog een keer Esc sluit en toont hem; "
            "r op zijn thema biedt hem opnieuw aan."
        )
        await pilot.press("escape")
        # (read before the app prints and forgets it on leaving)
        said = [str(r) for r in app._exit_renderables]
    assert said == ["Getypt maar niet bewaard: Stages [b]"]
    blocker.close()
    store.close()


async def test_a_wrapped_theme_line_hangs_under_its_title(regions: Store) -> None:
    # at 80 columns the themes take half: a long line wraps, its rest under the title, so
    # that the numbers stand out
    app = ReviewApp(ReviewService(regions, lang="nl"), "nl", watch_seconds=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        themes = app.query_one("#themes", OptionList)
        shown = [themes.render_line(y).text for y in range(themes.size.height)]
        first = next(i for i, line in enumerate(shown) if "1. Stage-" in line)
        start = shown[first].index("Stage-")
        assert shown[first + 1][:start].strip() == "", shown
        assert shown[first + 1][start:].strip(), shown  # the rest of theme 1, under its title
        assert "2. " in "".join(shown)
        # the whole line is still one theme's words
        assert lines(app, "themes")[0].startswith("  1. Stage- en leerwerkplekken · ")


async def test_ctrl_z_undoes_this_window_s_changes_with_the_keys(regions: Store) -> None:
    proposed = make_synthesis(regions, lang="nl")
    app = ReviewApp(ReviewService(regions, lang="nl"), "nl")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        card = proposed.theme(1).cards[0].key
        # in one burst: move the first card to theme 3, mark theme 1 a priority, undo both
        app.query_one("#cards", OptionList).focus()
        post(app, ["m", "3", "enter", "shift+tab", "p", "ctrl+z"])
        await settle(pilot)
        undone_once = make_synthesis(regions, lang="nl")
        assert not any(t.priority for t in undone_once.themes)
        joined = next(t for t in undone_once.themes if card in {c.key for c in t.cards})
        assert {c.key for c in proposed.theme(3).cards} < {c.key for c in joined.cards}
        assert any(str(n.message) == "Ongedaan gemaakt." for n in app._notifications)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert make_synthesis(regions, lang="nl").themes == proposed.themes
        assert lines(app, "themes") == [str(app._theme_line(t)) for t in proposed.themes]
        # nothing left: said, nothing changed
        await pilot.press("ctrl+z")
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert "Er is in dit venster niets (meer) ongedaan te maken." in said
        assert make_synthesis(regions, lang="nl").themes == proposed.themes


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_question_mark_shows_the_review_s_keys_in_its_language(
    regions: Store, lang: str
) -> None:
    app = ReviewApp(ReviewService(regions, lang=lang), lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        from textual.widgets import DataTable

        from facilitator.tui.review import ReviewHelp

        assert isinstance(app.screen, ReviewHelp)
        table = app.screen.query_one(DataTable)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        words = {"nl": ("ongedaan maken", "kaart verplaatsen"), "en": ("undo", "move card")}
        assert ["ctrl+z", words[lang][0]] in rows
        assert ["m", words[lang][1]] in rows
        text = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert ("ctrl+z maakt" if lang == "nl" else "ctrl+z undoes") in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReviewHelp)
        assert app.is_running  # Esc closed the help, not the review


@pytest.mark.parametrize(
    ("lang", "undo", "explain"),
    [
        ("nl", "ongedaan maken", ("ctrl+u maakt de laatste", "ctrl+g annuleert", "R hernoemt")),
        ("en", "undo", ("ctrl+u undoes this window", "ctrl+g cancels", "R renames")),
    ],
)
async def test_the_keymap_file_s_review_keys_work_and_the_help_names_them(
    regions: Store, tmp_path: Path, lang: str, undo: str, explain: tuple[str, ...]
) -> None:
    """The review took no keys from the keymap file, and its help named ctrl+z and Esc
    whatever the file said."""
    from textual.widgets import DataTable, Static

    from facilitator.tui.keymap import load_keymap
    from facilitator.tui.review import ReviewHelp

    path = tmp_path / "keymap.toml"
    path.write_text(
        '"review.undo" = "ctrl+u"\n"review.close" = "ctrl+g"\n"review.rename" = "R"\n',
        encoding="utf-8",
    )
    proposed = make_synthesis(regions, lang=lang)
    app = ReviewApp(ReviewService(regions, lang=lang), lang, keymap=load_keymap(path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("p")  # the first theme a priority, and undone with the new key
        await settle(pilot)
        assert make_synthesis(regions, lang=lang).themes != proposed.themes
        await pilot.press("ctrl+u")
        await settle(pilot)
        assert make_synthesis(regions, lang=lang).themes == proposed.themes
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, ReviewHelp)
        table = app.screen.query_one(DataTable)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        assert ["ctrl+u", undo] in rows
        text = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert all(words in text for words in explain), text
        assert "ctrl+z" not in text and "Esc annuleert" not in text
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+g")  # the review's close key, as remapped
        await pilot.pause()
        assert not app.is_running


def test_run_synthesis_reads_the_keymap_file(
    regions: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from facilitator.cli import main
    from facilitator.tui.keymap import keymap_path

    path = keymap_path()
    path.parent.mkdir(parents=True)
    path.write_text('"review.undo" = "ctrl+u"\n', encoding="utf-8")
    started: list[ReviewApp] = []
    monkeypatch.setattr(ReviewApp, "run", lambda app, *a, **k: started.append(app))
    result = CliRunner().invoke(main, ["--db", str(regions.path), "run", "--synthesis"])
    assert result.exit_code == 0, result.output
    [app] = started
    assert app.keymap.keys == {"review.undo": "ctrl+u"}


@pytest.mark.parametrize(
    ("lang", "itself", "alone"),
    [
        ("nl", "met zichzelf", "afsplitsen verandert niets"),
        ("en", "merged into itself", "splitting it off changes nothing"),
    ],
)
async def test_a_key_that_would_do_nothing_says_why(
    regions: Store, lang: str, itself: str, alone: str
) -> None:
    app = ReviewApp(ReviewService(regions, lang=lang), lang, watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "1", "enter")
        await settle(pilot)
        assert itself in asked(app)  # under the question, which stays open
        await pilot.press("escape")
        await settle(pilot)
        single = next(t for t in app.current.themes if len(t.cards) == 1)
        app.query_one("#themes", OptionList).highlighted = single.number - 1
        await settle(pilot)
        await pilot.press("tab", "s")
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert any(alone in m and " m " in m for m in said), said
    assert regions.review() == ({}, {})


async def test_a_notice_from_before_does_not_cover_the_field_that_opens(regions: Store) -> None:
    from textual.widgets._toast import Toast

    app = ReviewApp(ReviewService(regions, lang="nl"), "nl", watch_seconds=0)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+z")  # refused, nothing to undo: a notice
        await settle(pilot)
        assert [t.region for t in app.screen.query(Toast)]
        await pilot.press("r")
        await settle(pilot)
        field = app.query_one("#review-input", Input).region
        assert field.height and field.width == 80
        covering = [t.region for t in app.screen.query(Toast) if t.region.overlaps(field)]
        assert not covering, (covering, field)
        # what is typed now is seen whole, and saved
        await pilot.press("ctrl+u", *"Stages", "enter")
        await settle(pilot)
    assert make_synthesis(regions, lang="nl").theme(1).title == "Stages"


@pytest.mark.parametrize(
    ("lang", "not_a_number", "no_theme", "itself"),
    [
        ("nl", "'abc' is geen themanummer.", "Er is geen thema 99.", "met zichzelf"),
        ("en", "'abc' is not a theme number.", "There is no theme 99.", "merged into itself"),
    ],
)
async def test_a_wrong_answer_keeps_the_question_open_and_escape_cancels_only_it(
    regions: Store, lang: str, not_a_number: str, no_theme: str, itself: str
) -> None:
    before = make_synthesis(regions, lang=lang)
    app = ReviewApp(ReviewService(regions, lang=lang), lang, watch_seconds=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        field = app.query_one("#review-input", Input)
        await pilot.press("j", *"abc", "enter")
        await settle(pilot)
        # the question stays, with what was typed and what is wrong with it
        assert field.display and field.has_focus and field.value == "abc"
        assert not_a_number in asked(app)
        assert asked(app).startswith(WORDS(lang, "ask.merge", n=1))
        await pilot.press("ctrl+u", *"99", "enter")
        await settle(pilot)
        assert field.display and field.value == "99" and no_theme in asked(app)
        await pilot.press("ctrl+u", "1", "enter")
        await settle(pilot)
        assert field.display and field.value == "1" and itself in asked(app)
        assert not [n for n in app._notifications]  # said at the question, not over it
        # Esc cancels the question only: the review stays, and the next answer is taken
        await pilot.press("escape")
        await settle(pilot)
        assert not field.display and asked(app) == ""
        assert app.is_running and app.query_one("#themes", OptionList).has_focus
        await pilot.press("j", "2", "enter")
        await settle(pilot)
        assert not field.display and asked(app) == ""
        merged = make_synthesis(regions, lang=lang)
        assert len(merged.themes) == len(before.themes) - 1
        both = {c.key for c in before.theme(1).cards} | {c.key for c in before.theme(2).cards}
        assert any(both <= {c.key for c in theme.cards} for theme in merged.themes)
    assert regions.review() != ({}, {})


def footer(app: ReviewApp) -> str:
    return str(app.query_one(KeyRow).render())


@pytest.mark.parametrize(
    ("lang", "cancel", "close"),
    [
        ("nl", "esc vraag annuleren", "esc terug / sluiten"),
        ("en", "esc cancel question", "esc back / close"),
    ],
)
async def test_with_a_question_open_the_footer_says_that_esc_cancels_it(
    regions: Store, lang: str, cancel: str, close: str
) -> None:
    app = ReviewApp(ReviewService(regions, lang=lang), lang, watch_seconds=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert close in footer(app) and cancel not in footer(app)
        for question in ("r", "j", "m"):
            if question == "m":
                await pilot.press("tab")
            await pilot.press(question)
            await settle(pilot)
            assert app.query_one("#review-input", Input).display
            assert cancel in footer(app) and close not in footer(app)
            await pilot.press("escape")  # the question only
            await settle(pilot)
            assert app.is_running and not app.query_one("#review-input", Input).display
            assert close in footer(app) and cancel not in footer(app)


@pytest.mark.parametrize(
    ("lang", "said", "printed"),
    [
        (
            "nl",
            "⚠ De titel 'Stages [b]' is niet bewaard: nog een keer ctrl+q sluit en toont hem; "
            "r op zijn thema biedt hem opnieuw aan.",
            "Getypt maar niet bewaard: Stages [b]",
        ),
        (
            "en",
            "⚠ The title 'Stages [b]' was not saved: ctrl+q once more closes and shows it; "
            "r on its theme offers it again.",
            "Typed but not saved: Stages [b]",
        ),
    ],
)
@pytest.mark.parametrize("asked_open", [False, True], ids=["put-away", "in-the-question"])
async def test_ctrl_q_with_a_title_not_saved_asks_first_naming_it(
    regions: Store, lang: str, said: str, printed: str, asked_open: bool
) -> None:
    app = ReviewApp(ReviewService(regions, lang=lang), lang, watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("r", "ctrl+u", *"Stages [b]")
        if not asked_open:
            await pilot.press("escape")  # the question goes; the title is kept for r
        await settle(pilot)
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert app.is_running and not app._exit_renderables
        assert asked(app) == said
        await pilot.press("ctrl+q")
        # (read before the app prints and forgets it on leaving)
        shown = [str(r) for r in app._exit_renderables]
    assert shown == [printed]
    assert regions.review() == ({}, {})  # nothing saved


async def test_ctrl_q_with_nothing_typed_closes_at_once(regions: Store) -> None:
    app = ReviewApp(ReviewService(regions, lang="nl"), "nl", watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "2")  # a number, not a title
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert not app.is_running and not app._exit_renderables


@pytest.mark.parametrize(
    ("lang", "size", "said"),
    [
        ("nl", (80, 24), "wrap-up-2020-11-12 blijft buiten deze thema's"),
        ("en", (120, 40), "wrap-up-2020-11-12 is left out of these themes"),
    ],
    ids=["nl-80x24", "en-120x40"],
)
async def test_the_review_says_how_to_count_the_wrap_up_it_leaves_out_above_the_footer(
    regions: Store, tmp_path: Path, lang: str, size: tuple[int, int], said: str
) -> None:
    """The review of every closed session leaves the held wrap-up out and says so on the
    screen, with the command that counts it; neither that nor a notice covers the footer's
    keys. Before: a notice «… Noem de sessies om die mee te tellen.» over the footer
    («r hernoemen  p prioriteit  j samenvoege▌»), naming no command that could."""
    from tests.tui.drawn import laid_out
    from tests.unit.test_wrap_up import SLUGS, _held_wrap_up

    _held_wrap_up(regions, tmp_path)
    app = ReviewApp(ReviewService(regions, lang=lang), lang, watch_seconds=0)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        shown = laid_out(app)
        flat = " ".join(shown.split())
        assert said in flat
        command = " ".join(["facilitator run --synthesis", *SLUGS, "wrap-up-2020-11-12"])
        assert command in flat, shown
        row = app.query_one(KeyRow)
        footer = "\n".join(shown.splitlines()[row.region.y : row.region.bottom])
        for key in row.keys:
            assert f"{key.shown} {key.words}" in footer, (key, footer)
        # a notice (nothing to undo yet) stands above the footer too
        await pilot.press("ctrl+z")
        await settle(pilot)
        from textual.widgets._toast import Toast

        toasts = [t.region for t in app.screen.query(Toast)]
        assert toasts and not [t for t in toasts if t.overlaps(row.region)], (toasts, row.region)
        footer = "\n".join(laid_out(app).splitlines()[row.region.y : row.region.bottom])
        for key in row.keys:
            assert f"{key.shown} {key.words}" in footer, (key, footer)


def test_run_synthesis_takes_several_sessions(
    regions: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the review's advice says: before, 'Got unexpected extra argument'."""
    from click.testing import CliRunner

    from facilitator.cli import main
    from tests.unit.test_wrap_up import _held_wrap_up

    _held_wrap_up(regions, tmp_path)
    started: list[ReviewApp] = []
    monkeypatch.setattr(ReviewApp, "run", lambda app, *a, **k: started.append(app))
    named = ["twente-2020-10", "wrap-up-2020-11-12"]
    result = CliRunner().invoke(main, ["--db", str(regions.path), "run", "--synthesis", *named])
    assert result.exit_code == 0, result.output
    [app] = started
    assert [s.slug for s in app.service.sessions] == named
    assert [s.slug for s in app.current.sessions] == named


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "facilitator run opent één sessie tegelijk, niet 2 (twente-2020-10 "
               "regio-zwolle-2020-10). Om de thema's van meer sessies na te lopen: facilitator "
               "run --synthesis twente-2020-10 regio-zwolle-2020-10 --db {db} --lang nl\n"),
        ("en", "facilitator run opens one session at a time, not 2 (twente-2020-10 "
               "regio-zwolle-2020-10). To review the themes of several sessions: facilitator "
               "run --synthesis twente-2020-10 regio-zwolle-2020-10 --db {db} --lang en\n"),
    ],
)  # fmt: skip
def test_run_without_synthesis_refuses_more_than_one_session_in_words(
    regions: Store, lang: str, said: str
) -> None:
    """The command it advises names the database and the language it was given, so that
    it reviews the same sessions run as printed."""
    import shlex

    from click.testing import CliRunner

    from facilitator.cli import main

    args = ["--db", str(regions.path), "--lang", lang, "run", "twente-2020-10"]
    result = CliRunner().invoke(main, [*args, "regio-zwolle-2020-10"])
    assert result.exit_code == 2
    assert result.output == said.format(db=shlex.quote(str(regions.path)))


async def test_the_help_closed_at_once_lets_the_keys_after_it_go_on(regions: Store) -> None:
    """``? Esc p`` typed at once: the help opened and was closed by Esc before it was
    mounted, and then looked for its table of keys, gone with it, which stopped the
    review. Now the keys after ``?`` wait until the help is there; ``p`` then marks the
    highlighted theme a priority."""
    app = ReviewApp(ReviewService(regions, lang="nl"), "nl", watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key, character in (("question_mark", "?"), ("escape", None), ("p", "p")):
            await app.keys.arrived(events.Key(key, character))
        await settle(pilot)
        await settle(pilot)
        assert app.screen is app.screen_stack[0]
    assert make_synthesis(regions, lang="nl").theme(1).priority


def _four_left_out(regions: Store, tmp_path: Path) -> Store:
    """A database whose synthesis leaves four sessions out: two tables held twice (a copy
    of each), the wrap-up held, and a table reopened and not closed again."""
    from facilitator.domain.clock import FakeClock
    from facilitator.domain.lifecycle import reopen
    from facilitator.store.merge import merge_database
    from tests.regional import build_regional_sessions
    from tests.unit.test_wrap_up import _held_wrap_up

    _held_wrap_up(regions, tmp_path)
    for name, only in (("laptop-a.db", (0,)), ("laptop-b.db", (1,))):
        clock = FakeClock()
        laptop = Store(tmp_path / name, clock=clock)
        build_regional_sessions(laptop, clock, only=only)
        laptop.close()
        merge_database(regions, tmp_path / name)
    table = regions.session_by_slug("stedendriehoek-2020-10")
    assert table is not None
    with regions.change(table.id, "test") as tx:
        tx.update(reopen(table, regions.clock.now()))
    return regions


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_several_sessions_left_out_leave_the_themes_room_at_80x24(
    regions: Store, tmp_path: Path, lang: str
) -> None:
    """Four notes of sessions left out stood above the themes and took 18 of 24 rows: the
    themes and their cards shrank to their borders. The first notes stand there as fit in
    a few rows, the others counted, and the help lists them all, each with its command."""
    from tests.tui.drawn import laid_out

    store = _four_left_out(regions, tmp_path)
    service = ReviewService(store, lang=lang)
    assert len(service.left_out()) == 4
    synthesis = service.synthesis()
    app = ReviewApp(service, lang, watch_seconds=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        notes = app.query_one("#review-left-out", Static)
        assert notes.region.height <= 8, str(notes.render())
        themes = app.query_one("#themes", OptionList)
        assert themes.region.height - 2 >= min(8, len(synthesis.themes))
        shown = laid_out(app)
        assert synthesis.theme(1).title[:20] in shown
        more = "+3 meer buiten deze thema's" if lang == "nl" else "+3 more left out"
        assert more in " ".join(shown.split()), shown
        await pilot.press("question_mark")
        await settle(pilot)
        listed = " ".join(
            str(w.render()) for w in app.screen.query(Static) if w.id == "review-help-left-out"
        )
        for left in service.left_out():
            assert left.session.slug in listed
        assert listed.count("facilitator run --synthesis") == 4, listed


@pytest.mark.parametrize(
    ("lang", "before"),
    [
        ("nl", "of noem de sessies om die mee te tellen: "),
        ("en", "or name the sessions to count it: "),
    ],
)
def test_the_review_advises_a_command_that_runs_as_printed(
    regions: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, before: str
) -> None:
    """Opened on a database given with --db, the review's command that counts a session it
    leaves out names that database too (and the language), quoted for the shell, as the
    synthesis's does. Before: «facilitator run --synthesis twente-2020-10 …» alone, which
    run as printed reviewed the default database."""
    import asyncio
    import shlex

    from click.testing import CliRunner

    from facilitator.cli import main
    from tests.unit.test_not_closed import SLUGS, reopen

    reopen(regions, "stedendriehoek-2020-10")
    regions.conn.execute("VACUUM INTO ?", (str(tmp_path / "de provincie.db"),))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACILITATOR_DB", str(tmp_path / "elders.db"))
    shown: list[tuple[list[str], str]] = []

    async def review(app: ReviewApp) -> None:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            said = str(app.query_one("#review-left-out", Static).render())
            shown.append(([s.slug for s in app.current.sessions], said))

    monkeypatch.setattr(ReviewApp, "run", lambda app, *a, **k: asyncio.run(review(app)))
    given = ["--db", "de provincie.db", "run", "--synthesis", "--lang", lang]
    result = CliRunner().invoke(main, given)
    assert result.exit_code == 0, result.output
    [(counted, said)] = shown
    assert counted == SLUGS[:2]
    command = "facilitator run --synthesis " + " ".join(SLUGS)
    assert said.endswith(f"{before}{command} --db 'de provincie.db' --lang {lang}"), said
    words = shlex.split(said.rsplit(": ", 1)[1])
    assert words[0] == "facilitator"
    again = CliRunner().invoke(main, words[1:])
    assert again.exit_code == 0, again.output
    assert shown[1] == (SLUGS, "")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "--role {role} gaat niet samen met --synthesis: het nakijken van de thema's heeft "
               "één scherm, dat van de organisator, en geen rollen. Laat --role weg; een rol "
               "hoort bij een sessie: facilitator run SESSIE --role {role}\n"),
        ("en", "--role {role} does not go with --synthesis: reviewing the themes has one "
               "screen, the organiser's, and no roles. Leave --role out; a role belongs to a "
               "session: facilitator run SESSION --role {role}\n"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("role", ["wall", "notetaker"])
def test_run_synthesis_refuses_a_role_in_words(
    regions: Store, monkeypatch: pytest.MonkeyPatch, lang: str, said: str, role: str
) -> None:
    """Before, the review opened as if no role was given: the wall asked for was no wall."""
    from click.testing import CliRunner

    from facilitator.cli import main

    started: list[ReviewApp] = []
    monkeypatch.setattr(ReviewApp, "run", lambda app, *a, **k: started.append(app))
    args = ["--db", str(regions.path), "--lang", lang, "run", "--synthesis", "--role", role]
    result = CliRunner().invoke(main, args)
    assert (result.exit_code, result.output) == (2, said.format(role=role))
    assert started == []
    plain = ["--db", str(regions.path), "run", "--synthesis", "--role", "facilitator"]
    assert CliRunner().invoke(main, plain).exit_code == 0
    assert len(started) == 1
