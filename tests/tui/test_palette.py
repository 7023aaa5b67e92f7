"""The command palette's system commands speak the session's language; a screenshot is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandInput, CommandList, CommandPalette

from facilitator.domain.clock import FakeClock
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import make_app
from facilitator.tui.commands import Palette, screenshot, system_commands
from tests.tui.notes_fixtures import app_for, import_twente

SIZE = (120, 40)
SEARCH = {"nl": "Zoek een opdracht…", "en": "Search for commands…"}


@pytest.mark.parametrize(
    ("lang", "titles"),
    [
        ("nl", ["Help", "Thema", "Vergroten", "Schermafdruk", "Stoppen"]),
        ("en", ["Help", "Theme", "Maximize", "Screenshot", "Quit"]),
    ],
)
async def test_system_commands_in_the_session_language(
    store: Store, clock: FakeClock, lang: str, titles: list[str]
) -> None:
    app = app_for(store, import_twente(store), clock, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        found = [command.title for command in system_commands(app, app.screen)]
        await pilot.press("ctrl+p")
        search = app.screen.query_one(CommandInput)
        assert search.placeholder == SEARCH[lang]
        # Textual's English key panel is not offered: the help lists every key
        assert found == titles


async def test_a_screenshot_goes_next_to_the_database_and_says_where(
    store: Store, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home-without-downloads"))
    app = app_for(store, import_twente(store), clock)
    async with app.run_test(size=SIZE) as pilot:
        screenshot(app, app)()
        await pilot.pause()
        [saved] = list(Path(store.path).parent.glob("*.svg"))
        [note] = [str(n.message) for n in app._notifications]
        assert note == f"Schermafdruk bewaard in {saved}"


@pytest.mark.parametrize("tab", ["f1", "f2", "f3"])
async def test_arrows_move_through_the_palette_and_esc_closes_it(
    store: Store, clock: FakeClock, tab: str
) -> None:
    """The search line has the focus, yet the palette's own keys reach the palette."""
    app = app_for(store, import_twente(store), clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(tab, "ctrl+p")
        await pilot.press(*"agendap")  # four commands: add, change, drop, go to an item
        await pilot.pause(0.3)
        commands = app.screen.query_one(CommandList)
        assert commands.option_count >= 2
        assert commands.highlighted == 0
        await pilot.press("down")
        assert commands.highlighted == 1
        await pilot.press("up")
        assert commands.highlighted == 0
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)


@pytest.mark.parametrize(("lang", "said"), [("nl", "Niets gevonden"), ("en", "No matches found")])
async def test_no_matches_is_said_in_the_session_language(
    store: Store, clock: FakeClock, lang: str, said: str
) -> None:
    from rich.align import Align

    app = app_for(store, import_twente(store), clock, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"qqqzzz")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, Palette)
        # the palette's search done first: when it ends later, it empties the list again
        await app.workers.wait_for_complete()
        await pilot.pause()
        # what the palette's countdown does when it runs out, run now (no waiting on a timer)
        palette._start_no_matches_countdown("qqqzzz")
        timer = palette._no_matches_timer
        assert timer is not None
        timer.stop()
        timer._callback()  # type: ignore[misc]
        await pilot.pause()
        commands = palette.query_one(CommandList)
        shown = []
        for i in range(commands.option_count):
            prompt = commands.get_option_at_index(i).prompt
            assert isinstance(prompt, Align)
            shown.append(str(prompt.renderable))
        assert said in shown


@pytest.mark.parametrize(
    ("lang", "typed", "placeholder"),
    [("nl", "thema", "Zoek een thema…"), ("en", "theme", "Search for themes…")],
)
async def test_the_theme_picker_searches_in_the_session_language(
    store: Store, clock: FakeClock, lang: str, typed: str, placeholder: str
) -> None:
    app = app_for(store, import_twente(store), clock, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *typed)
        await pilot.pause(0.3)
        commands = app.screen.query_one(CommandList)
        first = commands.get_option_at_index(0).prompt
        assert str(getattr(first, "plain", first)).startswith(typed.capitalize())
        await pilot.press("enter")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, Palette)  # which says "no matches" in the session's language
        assert picker.lang == lang
        assert picker.query_one(CommandInput).placeholder == placeholder
        # and it offers the themes: picking one changes the theme
        await pilot.press(*"nord", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)
        assert app.theme == "nord"


async def shown_commands(app: object, pilot: object, typed: str) -> list[str]:
    """The titles of the palette's entries for ``typed``, once its search is done."""
    await pilot.press("ctrl+p", *typed)  # type: ignore[attr-defined]
    await app.workers.wait_for_complete()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    commands = app.screen.query_one(CommandList)  # type: ignore[attr-defined]
    prompts = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
    found = [prompt.split("\n")[0] for prompt in prompts]  # the title, not its key below
    await pilot.press("escape")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    return found


async def test_the_note_taker_s_palette_offers_the_screen_s_commands(
    store: Store, clock: FakeClock
) -> None:
    """The capture kinds and the tabs were missing (the screen's keys of two parts of the
    action table, the palette read one); the facilitator's keys only once in control."""
    session_id = import_twente(store)
    app = make_app(
        store, session_id, clock=clock, tick_seconds=0, watch_seconds=0, role=Role.NOTETAKER
    )
    async with app.run_test(size=SIZE) as pilot:
        assert any(
            "barrière" in entry.lower() for entry in await shown_commands(app, pilot, "barr")
        )
        assert any("bord" in e.lower() for e in await shown_commands(app, pilot, "bord"))
        assert "timer" not in await shown_commands(app, pilot, "timer")
        await pilot.press("f4")  # the note-taker takes control of the timer and the queue
        await pilot.pause()
        assert "timer" in await shown_commands(app, pilot, "timer")


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("nl", "vergro", "Vergroot; Esc brengt de gewone indeling terug."),
        ("en", "maximi", "Maximized; Esc brings back the normal layout."),
    ],
)
@pytest.mark.parametrize("tab", ["f1", "f2", "f3"])
async def test_esc_undoes_a_maximize_from_the_palette_and_the_notice_says_so(
    store: Store, clock: FakeClock, lang: str, typed: str, said: str, tab: str
) -> None:
    """The palette's «Vergroten» hid the header and the tabs, and no key brought them back
    (Esc did nothing); only the palette's «Verkleinen» did, and nothing said so."""
    from facilitator.tui.widgets.tabstrip import TabStrip

    app = app_for(store, import_twente(store), clock, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(tab, "ctrl+p", *typed)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert screen.maximized is not None
        assert not screen.query_one(TabStrip).region  # the tabs hidden
        assert said in [str(n.message) for n in app._notifications]
        await pilot.press("escape")
        await pilot.pause()
        assert screen.maximized is None
        assert screen.query_one(TabStrip).region.height > 0


@pytest.mark.parametrize("keys", [("b",), ("f2", "slash")], ids=["capture line", "board filter"])
async def test_a_text_field_is_not_offered_to_fill_the_screen(
    store: Store, clock: FakeClock, keys: tuple[str, ...]
) -> None:
    """Esc in a text field is the field's (it cancels the line): maximized, the field kept
    the screen with no key to give it back."""
    app = app_for(store, import_twente(store), clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*keys)
        await pilot.pause()
        titles = [command.title for command in system_commands(app, app.screen)]
        assert titles == ["Help", "Thema", "Schermafdruk", "Stoppen"]


@pytest.mark.parametrize(
    ("lang", "typed", "found"),
    [
        ("en", "walk", "new participant…"),
        ("en", "join", "new participant…"),
        ("nl", "aanschuiv", "nieuwe deelnemer…"),
        ("en", "substitute", "stand-in…"),
        ("nl", "notulen", "sessie sluiten/heropenen"),
        ("en", "minutes", "close/reopen session"),
    ],
)
async def test_the_palette_finds_an_action_by_the_words_people_search_with(
    store: Store, clock: FakeClock, lang: str, typed: str, found: str
) -> None:
    """«walk», «join» and «minutes» found nothing: the palette matched the actions' own
    short words only («new participant…», «close/reopen session»)."""
    app = app_for(store, import_twente(store), clock, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *typed)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        commands = app.screen.query_one(CommandList)
        shown = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
        assert any(found in line for line in shown), shown


@pytest.mark.parametrize(
    ("keys", "shown"),
    [
        (("f2", "v", "v"), "board"),  # another tab: its keys acted on a board not shown
        (("b", *"Blind", "enter"), "line"),  # the capture line: typed and saved unseen
    ],
    ids=["another tab", "the capture line"],
)
async def test_a_maximized_panel_gives_the_screen_back_when_the_focus_leaves_it(
    store: Store, clock: FakeClock, keys: tuple[str, ...], shown: str
) -> None:
    """Maximized, F2 showed nothing of the board while its keys voted on it, and a kind
    key opened a capture line that did not show: a note typed and saved blind."""
    from facilitator.tui.widgets.capture import CaptureBar
    from facilitator.tui.widgets.tabstrip import TabStrip

    app = app_for(store, import_twente(store), clock, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"maximi")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert screen.maximized is not None
        await pilot.press(keys[0])
        await pilot.pause()
        assert screen.maximized is None
        assert screen.query_one(TabStrip).region.height > 0
        if shown == "line":
            assert screen.query_one(CaptureBar).region.height > 0
        await pilot.press(*keys[1:])
        await pilot.pause()
