"""The action table and the user's keymap file: remapped keys work, bad files are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import ItemStatus
from facilitator.service import Services
from facilitator.store import Store
from facilitator.tui.actions import (
    ACTIONS,
    BY_BINDING,
    IDS_END,
    IDS_START,
    README_END,
    generated,
    id_table,
    readme_section,
    readme_tables,
    show_key,
)
from facilitator.tui.app import make_app
from facilitator.tui.keymap import keymap_path, load_keymap
from tests.conftest import ROOT
from tests.tui.notes_fixtures import import_twente
from tests.tui.test_help import help_rows

SIZE = (120, 40)
BY_ID_TIMER = next(a for a in ACTIONS if a.id == "meeting.timer")


def test_every_binding_has_a_unique_id_and_words_in_both_languages() -> None:
    ids = [bid for action in ACTIONS for bid in action.binding_ids()]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(BY_BINDING)
    for action in ACTIONS:
        assert action.nl and action.en, action.id
        for binding in action.bindings():
            assert binding.id is not None


def test_a_key_named_by_a_word_is_named_in_the_language_of_the_screen() -> None:
    assert show_key("space", "nl") == "spatie"
    assert show_key("space", "en") == show_key("space") == "space"
    assert show_key("shift+space", "nl") == "⇧spatie"
    assert BY_ID_TIMER.shown_keys(None, "nl") == "spatie"
    assert show_key("f2", "nl") == "F2" and show_key("escape", "nl") == "Esc"


def test_the_readme_key_tables_are_generated_from_the_table() -> None:
    """Run ``python -m facilitator.tui.actions --readme`` and paste it when this fails."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_section(readme) == readme_tables(), (
        "README.md's key tables drifted from facilitator/tui/actions.py"
    )
    assert README_END in readme


def test_the_architecture_lists_every_action_id() -> None:
    """Run ``python -m facilitator.tui.actions --ids`` and paste it when this fails."""
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert generated(doc, IDS_START, IDS_END) == id_table()


def test_a_broken_keymap_file_is_named_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('"meeting.timer" = "ctrl+t"\nboard.vote = \n', encoding="utf-8")
    keymap = load_keymap(path)
    assert keymap.keys == {}
    [problem] = keymap.problems
    message = problem.message("nl")
    assert str(path) in message and "regel 2" in message and "standaardtoetsen" in message
    assert "line 2" in problem.message("en")


def test_unknown_ids_and_non_keys_are_named_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text(
        '# my keys\nmeeting.timer = "ctrl+t"\n"board.vote" = ["plus", "v"]\n'
        'meeting.coffee = "c"\nlog.delete = 3\n',
        encoding="utf-8",
    )
    keymap = load_keymap(path)
    assert keymap.keys == {"meeting.timer": "ctrl+t", "board.vote": "plus,v"}
    messages = [p.message("en") for p in keymap.problems]
    assert messages == [
        f"Keymap file {path}, line 4: unknown action 'meeting.coffee' (skipped).",
        f"Keymap file {path}, line 5: 'log.delete' must be a key, such as "
        '"ctrl+t" or "f6,ctrl+t" (skipped).',
    ]


def test_no_keymap_file_is_no_keymap(tmp_path: Path) -> None:
    keymap = load_keymap(tmp_path / "absent.toml")
    assert keymap.keys == {} and keymap.problems == ()


async def test_a_remapped_key_works_and_the_help_shows_it(
    store: Store, clock: FakeClock, _own_config_dir: Path
) -> None:
    path = keymap_path()
    assert path.is_relative_to(_own_config_dir)
    path.parent.mkdir(parents=True)
    path.write_text('"meeting.timer" = "ctrl+t"\n', encoding="utf-8")
    sid = import_twente(store)
    app = make_app(store, sid, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        assert not store.items(sid)[0].running  # space is no longer the timer
        await pilot.press("ctrl+t")
        assert store.items(sid)[0].running
        await pilot.press("question_mark")
        rows = [" ".join(row) for row in help_rows(app)]
        assert "ctrl+t timer" in rows


@pytest.mark.parametrize(
    ("lang", "idle", "paused", "default"),
    [
        ("nl", "ctrl+t start de timer", "gepauzeerd · ctrl+t gaat verder", "spatie"),
        ("en", "ctrl+t starts the timer", "paused · ctrl+t resumes", "space"),
    ],
)
async def test_the_timer_s_caption_names_the_key_of_the_keymap(
    store: Store, clock: FakeClock, tmp_path: Path, lang: str, idle: str, paused: str, default: str
) -> None:
    from textual.widgets import Static

    path = tmp_path / "keymap.toml"
    path.write_text('"meeting.timer" = "ctrl+t"\n', encoding="utf-8")
    sid = import_twente(store)
    app = make_app(
        store, sid, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, keymap_file=path
    )
    async with app.run_test(size=SIZE) as pilot:
        caption = app.screen.query_one("#current-caption", Static)

        def said() -> str:
            return str(caption.render())

        assert idle in said() and default not in said()
        await pilot.press("ctrl+t", "ctrl+t")  # started, and paused
        await pilot.pause()
        first = store.items(sid)[0]
        assert first.status == ItemStatus.CURRENT and not first.running
        assert paused in said() and default not in said()


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_a_broken_keymap_file_starts_with_the_default_keys(
    store: Store, clock: FakeClock, tmp_path: Path, lang: str
) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text("meeting.timer = ctrl+t\n", encoding="utf-8")
    sid = import_twente(store)
    app = make_app(
        store, sid, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, keymap_file=path
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        [note] = [n.message for n in app._notifications]
        assert str(path) in note and ("regel 1" if lang == "nl" else "line 1") in note
        await pilot.press("space")
        assert store.items(sid)[0].running  # the default key still works


def test_a_key_given_to_two_actions_of_one_pane_is_named(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('board.link = "v"\n', encoding="utf-8")
    keymap = load_keymap(path)
    assert keymap.keys == {"board.link": "v"}
    assert [p.message("en") for p in keymap.problems] == [
        f"Keymap file {path}, line 1: v is now both 'board.vote' and 'board.link'; "
        "the key does 'board.link'."
    ]
    assert "regel 1: v is nu zowel" in keymap.problems[0].message("nl")


async def test_a_key_taken_from_another_action_does_the_remapped_one(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('"meeting.timer" = "t"\n', encoding="utf-8")  # t was "take time"
    sid = import_twente(store)
    app = make_app(store, sid, clock=clock, tick_seconds=0, watch_seconds=0, keymap_file=path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        assert store.items(sid)[0].running
        [note] = [str(n.message) for n in app._notifications]
        assert "'meeting.rebalance'" in note and "de toets doet 'meeting.timer'" in note


async def test_shift_tab_goes_to_the_previous_tab(store: Store, clock: FakeClock) -> None:
    from facilitator.tui.widgets.tabstrip import TabStrip

    sid = import_twente(store)
    app = make_app(store, sid, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        tabs = app.screen.query_one(TabStrip)
        await pilot.press("shift+tab")
        assert tabs.active == "log"
        await pilot.press("shift+tab")
        assert tabs.active == "board"
        await pilot.press("tab")
        assert tabs.active == "log"


@pytest.mark.parametrize(
    ("lang", "said"),
    [("nl", "ctrl+c stopt de app niet"), ("en", "ctrl+c does not quit")],
)
async def test_ctrl_c_says_which_key_quits_in_the_session_s_language(
    store: Store, clock: FakeClock, tmp_path: Path, lang: str, said: str
) -> None:
    """Textual's own answer to ctrl+c is English ("Do you want to quit?"), and names the
    quit key as the keymap has it only by chance."""
    path = tmp_path / "keymap.toml"
    path.write_text('"app.quit" = "ctrl+x"\n', encoding="utf-8")
    sid = import_twente(store)
    app = make_app(
        store, sid, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, keymap_file=path
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
        notes = [(str(n.title), str(n.message)) for n in app._notifications]
        assert any(said in message and "^x" in message for _, message in notes), notes
        assert not any("Do you want to quit" in title for title, _ in notes)
        assert not any("Press" in message for _, message in notes)


def test_a_key_that_is_no_key_and_one_that_quit_takes_first_are_named(tmp_path: Path) -> None:
    """They were taken without a word: "notakey!!" never fired (and c no longer took a
    note), "F12" fired neither as F12 nor as 1, ctrl+q for an action just quit."""
    path = tmp_path / "keymap.toml"
    path.write_text(
        '"capture.note" = "notakey!!"\n"meeting.queue.1" = "F12"\n'
        '"capture.action" = "ctrl+q"\n"board.vote" = "Ctrl+plus"\n',
        encoding="utf-8",
    )
    keymap = load_keymap(path)
    assert keymap.keys == {"meeting.queue.1": "f12", "board.vote": "ctrl+plus"}
    messages = [p.message("en") for p in keymap.problems]
    assert messages == [
        f"Keymap file {path}, line 1: 'notakey!!' for 'capture.note' is not a key "
        '(say "f12", "ctrl+t", "x"); the default key stays.',
        f"Keymap file {path}, line 3: ctrl+q for 'capture.action' always does 'app.quit' "
        "first; choose another key (the default key stays).",
    ]
    assert BY_BINDING["capture.action"].shown_keys(keymap.shown) == "a"
    assert "regel 1" in keymap.problems[0].message("nl")


HINT_KEYMAP = (
    '"line.cycle" = "f6"\n"line.cancel" = "ctrl+g"\n"editor.cancel" = "ctrl+g"\n'
    '"app.undo" = "ctrl+u"\n"help.close" = "ctrl+g"\n'
)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            {
                "line": "Enter opslaan · ctrl+g annuleren · F6 soort",
                "pasted": "F6 kiest een andere soort, Enter bewaart, ctrl+g annuleert.",
                "form": "ctrl+g annuleert · ctrl+u maakt later ongedaan",
                "help": "ctrl+g annuleert, F6 wisselt de soort",
                "undo": "ctrl+u maakt de wijzigingen van dit venster ongedaan",
                "close": "ctrl+g of ? sluit dit venster.",
                "default": "Tab",
            },
        ),
        (
            "en",
            {
                "line": "Enter saves · ctrl+g cancels · F6 changes kind",
                "pasted": "F6 picks another kind, Enter saves, ctrl+g cancels.",
                "form": "ctrl+g cancels · ctrl+u undoes it later",
                "help": "ctrl+g cancels, F6 changes the kind",
                "undo": "ctrl+u undoes this window's changes",
                "close": "ctrl+g or ? closes this window.",
                "default": "Tab",
            },
        ),
    ],
)
async def test_the_hints_name_the_keys_the_keymap_file_binds(
    store: Store, clock: FakeClock, tmp_path: Path, lang: str, said: dict[str, str]
) -> None:
    """The capture line, a paste's notice, a form and the help named Tab, Esc and ctrl+z
    whatever keys the keymap file gave those actions."""
    from textual import events
    from textual.widgets import Static

    from facilitator.tui.screens.form import FormDialog
    from facilitator.tui.screens.help import HelpScreen
    from facilitator.tui.widgets.capture import CaptureBar

    path = tmp_path / "keymap.toml"
    path.write_text(HINT_KEYMAP, encoding="utf-8")
    sid = import_twente(store)
    app = make_app(
        store, sid, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, keymap_file=path
    )

    def text_of(node: object) -> str:
        return " ".join(str(s.render()) for s in app.screen.query(Static))

    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", "t", "e")
        bar = app.screen.query_one(CaptureBar)
        line = str(bar.query_one("#capture-preview", Static).render())
        assert line == said["line"]
        await pilot.press("ctrl+g")  # the line's cancel key, as remapped
        assert not bar.is_open
        app.post_message(events.Paste("Stageplaatsen ontbreken"))
        await pilot.pause()
        notices = [str(n.message) for n in app._notifications]
        assert any(said["pasted"] in n for n in notices), notices
        assert not any(said["default"] in n for n in notices)
        await pilot.press("ctrl+g")
        await pilot.press("n")  # a walk-in: the form
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        form = str(app.screen.query_one("#form-keys", Static).render())
        assert said["form"] in form and "Esc" not in form and "ctrl+z" not in form
        await pilot.press("ctrl+g")
        assert not isinstance(app.screen, FormDialog)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        help_text = text_of(app.screen)
        assert said["help"] in help_text and said["undo"] in help_text
        assert said["close"] in help_text and "ctrl+z" not in help_text
        await pilot.press("ctrl+g")
        assert not isinstance(app.screen, HelpScreen)


async def test_a_key_named_by_a_word_is_said_in_dutch_on_the_note_taker_s_screen(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    """The note-taker's top line, its notice on taking control and the notice of another
    day said 'space' in a Dutch session when the keymap gave a key that word."""
    from datetime import UTC, datetime

    from facilitator.service.origin import Role
    from facilitator.tui.widgets.note_status import NoteStatus

    path = tmp_path / "keymap.toml"
    path.write_text('"notes.control" = "space"\n"meeting.timer" = "ctrl+t"\n', encoding="utf-8")
    sid = import_twente(store)
    clock.set(datetime(2020, 12, 2, 9, 0, tzinfo=UTC))  # planned for 6 October
    app = make_app(
        store,
        sid,
        lang="nl",
        clock=clock,
        tick_seconds=0,
        watch_seconds=0,
        keymap_file=path,
        role=Role.NOTETAKER,
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        top = str(app.screen.query_one(NoteStatus).render())
        assert "alleen kijken (spatie)" in top and "space" not in top
        notices = [str(n.message) for n in app._notifications]
        assert any("spatie (bedienen), dan D, verplaatst" in n for n in notices), notices
        await pilot.press("space")
        await pilot.pause()
        assert app.screen.query_one(NoteStatus).control
        notices = [str(n.message) for n in app._notifications]
        assert any("spatie laat los" in n for n in notices), notices
        assert not any("space" in n for n in notices)


def test_the_kind_keys_and_the_keys_of_messages_are_said_as_bound() -> None:
    """A key the keymap names by a word is said in the session's language; the keys the
    domain's, the store's and the synthesis's messages name by default are the table's."""
    from facilitator.domain.errors import DomainError
    from facilitator.service.result import Refused
    from facilitator.store import StoreError
    from facilitator.synthesis.command import SynthesisError
    from facilitator.tui.actions import KeyNames, kind_keys

    assert kind_keys({"capture.note": "space"}, "nl")[-1] == "spatie"
    assert kind_keys(None, "nl") == ["b", "o", "a", "d", "q", "c"]
    defaults = KeyNames()
    for error in (DomainError, StoreError, SynthesisError):
        for action_id, key in error.KEYS.items():
            assert defaults[action_id] == key, (error, action_id)
    refused = Refused("undo.changed_since", {"label": "x", "nl": "x", "en": "x"})
    assert "ctrl+z neemt nu" in refused.message("nl")
    remapped = KeyNames({"app.undo": "ctrl+u"}, "nl")
    assert "ctrl+u neemt nu" in refused.message("nl", remapped)
    assert "ctrl+u now takes" in refused.message("en", KeyNames({"app.undo": "ctrl+u"}))
    # a pair of arrows reads as one, other keys apart; several keys of one action with /
    assert defaults["board.up+board.down"] == "⇧↑↓"
    assert KeyNames({"board.up": "k"})["board.up+board.down"] == "k/⇧↓"
    assert defaults["preview.close"] == "Esc/F5"


def test_a_letter_for_a_key_that_works_inside_the_text_is_refused(tmp_path: Path) -> None:
    """`"line.cancel" = "escape,x"`: the x of "Extra" closed the line and the rest of the
    sentence ran as shortcuts. A key that acts inside a text field cannot be one that types."""
    path = tmp_path / "keymap.toml"
    path.write_text(
        '"line.cancel" = "escape,x"\n"app.quit" = "q"\n"picker.down" = "space"\n'
        '"line.cycle" = "f6"\n',
        encoding="utf-8",
    )
    keymap = load_keymap(path)
    assert keymap.keys == {"line.cycle": "f6"}  # the others keep their default keys
    messages = [p.message("en") for p in keymap.problems]
    assert messages == [
        f"Keymap file {path}, line 1: x for 'line.cancel' is typed into the text it works "
        "in; choose a key with ctrl or a function key (the default key stays).",
        f"Keymap file {path}, line 2: q for 'app.quit' is typed into the text it works "
        "in; choose a key with ctrl or a function key (the default key stays).",
        f"Keymap file {path}, line 3: space for 'picker.down' is typed into the text it "
        "works in; choose a key with ctrl or a function key (the default key stays).",
    ]
    assert "wordt getypt" in keymap.problems[0].message("nl")


def test_a_key_a_screen_key_takes_first_is_named_and_the_default_key_stays(
    tmp_path: Path,
) -> None:
    """`"app.help" = "f1"`: F1 is the console tab, which the screen checks before the app;
    help had no key left and nothing said so. Then it was said, but help still had no key
    left: ? did nothing."""
    path = tmp_path / "keymap.toml"
    path.write_text('"app.help" = "f1"\n', encoding="utf-8")
    keymap = load_keymap(path)
    assert keymap.keys == {}
    assert [p.message("en") for p in keymap.problems] == [
        f"Keymap file {path}, line 1: f1 for 'app.help' always does 'tab.console' first; "
        "choose another key (the default key stays)."
    ]
    assert "de standaardtoets blijft" in keymap.problems[0].message("nl")
    assert BY_BINDING["app.help"].shown_keys(keymap.shown) == "?"


# the user's keymap file: help given the console tab's F1 on line 7, among other lines
HELP_ON_F1 = (
    "# mijn toetsen\n"
    '"meeting.timer" = "ctrl+t"\n'
    'board.vote = "plus,v"\n'
    'log.delete = ["delete", "ctrl+d"]\n'
    "\n"
    "# help onder F1\n"
    '"app.help" = "f1"\n'
)


@pytest.mark.parametrize(
    ("lang", "palette", "closes"),
    [
        ("nl", "Alle toetsen en wat ze doen (ook met ?)", "Esc of ? sluit dit venster."),
        ("en", "Every key and what it does (also with ?)", "Esc or ? closes this window."),
    ],
)
async def test_help_given_a_key_the_screen_takes_keeps_its_own_key(
    store: Store, clock: FakeClock, tmp_path: Path, lang: str, palette: str, closes: str
) -> None:
    """With `"app.help" = "f1"` the notice said so, but ? did nothing, the palette read
    "(also with )", the help ended "Esc or  closes this window." and the 80-column footer
    had no "? help"."""
    from textual.widgets import Static

    from facilitator.tui.commands import system_commands
    from facilitator.tui.screens.help import HelpScreen
    from facilitator.tui.widgets.footer import KeyRow

    path = tmp_path / "keymap.toml"
    path.write_text(HELP_ON_F1, encoding="utf-8")
    sid = import_twente(store)
    app = make_app(
        store, sid, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, keymap_file=path
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notices = [str(n.message) for n in app._notifications]
        said = "regel 7" if lang == "nl" else "line 7"
        stays = "de standaardtoets blijft" if lang == "nl" else "the default key stays"
        assert any(said in n and "'app.help'" in n and stays in n for n in notices), notices
        footer = app.screen.query_one(KeyRow)
        footer.render()
        assert ("?", "help") in [(k.shown, k.words) for _first, _after, k in footer._spans]
        [command] = [c for c in system_commands(app, app.screen) if c.title == "Help"]
        assert command.help == palette
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        texts = [str(s.render()) for s in app.screen.query(Static)]
        assert texts[-1] == closes
        await pilot.press("question_mark")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize(
    ("line", "loser"),
    [('"app.quit" = "f2"', "tab.board"), ('"app.palette" = "escape"', "board.clear_filter")],
)
def test_a_key_that_acts_everywhere_may_not_take_another_action_s_key(
    tmp_path: Path, line: str, loser: str
) -> None:
    """`"app.quit" = "f2"` quit where F2 showed the board, with no word; `"app.palette" =
    "escape"` took Esc from the capture line and every dialog. The default key stays."""
    path = tmp_path / "keymap.toml"
    path.write_text(line + "\n", encoding="utf-8")
    keymap = load_keymap(path)
    assert keymap.keys == {}
    name, key = (part.strip().strip('"') for part in line.split("="))
    [message] = [p.message("en") for p in keymap.problems]
    assert message == (
        f"Keymap file {path}, line 1: {key} for '{name}' acts everywhere and would take the "
        f"key of '{loser}'; choose another key (the default key stays)."
    )
    assert "de standaardtoets blijft" in keymap.problems[0].message("nl")
    # its own default keys are its own: ctrl+q also quits in the dialog of text not saved
    path.write_text('"app.quit" = "ctrl+q,ctrl+x"\n', encoding="utf-8")
    assert load_keymap(path).keys == {"app.quit": "ctrl+q,ctrl+x"}


def test_a_key_given_twice_keeps_the_first_line_and_the_default_key_of_the_second(
    tmp_path: Path,
) -> None:
    """`board.vote = "x"` and `board.link = "x"`: Textual gave x to one of them and the other
    lost its own key too (l did nothing, and the help showed no key for linking)."""
    path = tmp_path / "keymap.toml"
    path.write_text('board.vote = "x"\nboard.link = "x"\n', encoding="utf-8")
    keymap = load_keymap(path)
    assert keymap.keys == {"board.vote": "x"}
    assert [p.message("en") for p in keymap.problems] == [
        f"Keymap file {path}, line 2: x for 'board.link' is given to 'board.vote' already "
        "(line 1); the default key stays."
    ]
    assert "de standaardtoets blijft" in keymap.problems[0].message("nl")
    assert BY_BINDING["board.link"].shown_keys(keymap.shown) == "l"
    assert BY_BINDING["board.vote"].shown_keys(keymap.shown) == "x"


async def test_a_key_lost_to_another_action_is_not_shown_for_it(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    """`"capture.note" = "b"` takes b from the barrier: the help and the hints said
    "b barrière" and "b notitie" both."""
    path = tmp_path / "keymap.toml"
    path.write_text('"capture.note" = "b"\n', encoding="utf-8")
    sid = import_twente(store)
    app = make_app(store, sid, clock=clock, tick_seconds=0, watch_seconds=0, keymap_file=path)
    async with app.run_test(size=SIZE) as pilot:
        barrier = BY_BINDING["capture.barrier"]
        assert barrier.shown_keys(app.keymap.shown, "nl") == ""
        assert BY_BINDING["capture.note"].shown_keys(app.keymap.shown, "nl") == "b"
        await pilot.press("question_mark")
        rows = help_rows(app)
        assert not any(row[0] == "b" and "barrière" in " ".join(row) for row in rows), rows


def test_a_digit_lost_to_another_action_leaves_the_digit_key_with_no_key(tmp_path: Path) -> None:
    """`"meeting.timer" = "1"`: the queue's 1 lost its key; it must not be shown with the
    other digits' keys instead."""
    path = tmp_path / "keymap.toml"
    path.write_text('"meeting.timer" = "1"\n', encoding="utf-8")
    keymap = load_keymap(path)
    assert keymap.shown["meeting.queue.1"] == ""
    assert keymap.shown["meeting.timer"] == "1"


@pytest.mark.parametrize(
    ("lang", "goto", "rebalance"),
    [
        ("nl", "ctrl+p «naar agendapunt…»", "neemt ctrl+p «tijd nemen» minuten"),
        ("en", "ctrl+p “go to item…”", "ctrl+p “take time” takes minutes"),
    ],
)
async def test_an_action_whose_key_another_takes_is_named_by_the_palette(
    store: Store, clock: FakeClock, tmp_path: Path, lang: str, goto: str, rebalance: str
) -> None:
    """`"meeting.floor" = "g"` takes g from "go to item": a message naming its key said
    ":  goes to one of them"; `"meeting.timer" = "t"` left the help's "When an item runs
    over,  takes minutes"; `"close.confirm" = "enter"` left the close dialog's fix key
    without a key, and F9 ended the app with a traceback."""
    from textual.widgets import Static

    from facilitator.domain.errors import DomainError
    from facilitator.tui.actions import KeyNames
    from facilitator.tui.screens.close import CloseScreen
    from facilitator.tui.screens.help import HelpScreen

    path = tmp_path / "keymap.toml"
    path.write_text(
        '"meeting.floor" = "g"\n"meeting.timer" = "t"\n"close.confirm" = "enter"\n',
        encoding="utf-8",
    )
    keymap = load_keymap(path)
    assert KeyNames(keymap.shown, lang)["meeting.goto"] == goto
    refused = DomainError("agenda.deferred_before", n=2)
    assert goto in refused.message(lang, KeyNames(keymap.shown, lang))
    sid = import_twente(store)
    first = store.participants(sid)[0]
    Services.open(store, sid, clock).floor.give_floor(first.id)  # F9 closes a meeting begun
    app = make_app(
        store, sid, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, keymap_file=path
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert rebalance in text, text
        await pilot.press("escape", "f9")
        await pilot.pause()
        assert isinstance(app.screen, CloseScreen)
        keys = str(app.screen.query_one("#close-keys", Static).render())
        assert "  " not in keys and not keys.startswith(" "), keys


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_a_remapped_key_keeps_its_place_in_the_footer(
    store: Store, clock: FakeClock, tmp_path: Path, size: tuple[int, int]
) -> None:
    """`"meeting.timer" = ["space", "ctrl+t"]` moved the timer to the end of the footer: at
    80 columns it was no longer there, at 120 it came after «c note»."""
    from facilitator.tui.app import FacilitatorApp
    from facilitator.tui.widgets.footer import KeyRow

    def footer(app: FacilitatorApp) -> list[str]:
        row = app.screen.query_one(KeyRow)
        row.render()
        return [key.words for _first, _after, key in row._spans]

    sid = import_twente(store)
    plain = make_app(store, sid, lang="en", clock=clock, tick_seconds=0, watch_seconds=0)
    async with plain.run_test(size=size) as pilot:
        await pilot.pause()
        default = footer(plain)
    path = tmp_path / "keymap.toml"
    path.write_text('"meeting.timer" = ["space", "ctrl+t"]\n', encoding="utf-8")
    app = make_app(
        store, sid, lang="en", clock=clock, tick_seconds=0, watch_seconds=0, keymap_file=path
    )
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert footer(app) == default
        assert footer(app)[0] == "timer"


@pytest.mark.parametrize(
    ("name", "near"),
    [
        ("captur.barrier", "capture.barrier"),
        ("board.votes", "board.vote"),
        ("meeting.queue", "meeting.queue.1"),
        ("timer", "meeting.timer"),
        ("meeting.coffee", None),
    ],
)
def test_an_unknown_id_is_given_the_nearest_id(tmp_path: Path, name: str, near: str | None) -> None:
    """`"captur.barrier" = "b"` said only "unknown action 'captur.barrier' (skipped)"."""
    path = tmp_path / "keymap.toml"
    path.write_text(f'# mijn toetsen\n"{name}" = "ctrl+b"\n', encoding="utf-8")
    [problem] = load_keymap(path).problems
    unknown = f"Keymap file {path}, line 2: unknown action '{name}' (skipped)"
    if near is None:
        assert problem.message("en") == unknown + "."
    else:
        assert problem.message("en") == unknown + f"; did you mean '{near}'?"
        assert problem.message("nl").endswith(f"(overgeslagen); bedoelt u '{near}'?")


def test_every_problem_names_its_line_and_they_come_in_the_file_s_order(tmp_path: Path) -> None:
    """The clash named no line (`g is now both 'meeting.floor' and 'meeting.goto'`), and
    came after the lines below it; a line in a table, or an id whose last part another id
    shares (`app.help`, `review.help`), was said to be on another line."""
    path = tmp_path / "keymap.toml"
    path.write_text(
        '"review.help" = "f1"\n'
        '"meeting.bogus" = "y"\n'
        'capture.note = "notakey"\n'
        '"meeting.floor" = "g"\n'
        "[app]\n"
        'help = "f1"\n',
        encoding="utf-8",
    )
    keymap = load_keymap(path)
    assert keymap.keys == {"review.help": "f1", "meeting.floor": "g"}
    assert [p.detail("en").split(":")[0] for p in keymap.problems] == [
        "line 2",
        "line 3",
        "line 4",
        "line 6",
    ]
    assert keymap.problems[2].detail("en") == (
        "line 4: g is now both 'meeting.floor' and 'meeting.goto'; the key does 'meeting.floor'."
    )


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('[meeting]\ntimer = "ctrl+t"\n[meeting.floor]\nx = 1\n', 3),
        ('[meeting]\ntimer = "ctrl+t"\n[ "meeting" . floor ]\nx = 1\n', 3),
        ('[meeting]\ntimer = "ctrl+t"\nfloor.x = 1\n', 3),
        ('[meeting]\ntimer = "ctrl+t"\n\n[[meeting.floor]]\nx = 1\n', 4),
    ],
)
def test_a_table_given_for_a_key_is_named_at_its_own_line(
    tmp_path: Path, text: str, line: int
) -> None:
    """`[meeting.floor]` (a table where a key belongs) was said to be on line 1."""
    path = tmp_path / "keymap.toml"
    path.write_text(text, encoding="utf-8")
    keymap = load_keymap(path)
    assert keymap.keys == {"meeting.timer": "ctrl+t"}
    assert [p.detail("en") for p in keymap.problems] == [
        f'line {line}: \'meeting.floor\' must be a key, such as "ctrl+t" or "f6,ctrl+t" (skipped).'
    ]


def test_a_key_given_twice_that_is_the_second_action_s_own_is_one_clash(tmp_path: Path) -> None:
    """`"meeting.floor" = "g"` and `"meeting.goto" = "g"` (g is goto's own key) said both «g
    is now both 'meeting.floor' and 'meeting.goto'; the key does 'meeting.floor'» and, untrue,
    «g for 'meeting.goto' is given to 'meeting.floor' already; the default key stays»: its
    default key is g, which floor takes."""
    path = tmp_path / "keymap.toml"
    path.write_text('# mijn toetsen\n\n"meeting.floor" = "g"\n"meeting.goto" = "g"\n', "utf-8")
    keymap = load_keymap(path)
    assert keymap.keys == {"meeting.floor": "g"}
    assert [p.detail("nl") for p in keymap.problems] == [
        "regel 3: g is nu zowel 'meeting.floor' als 'meeting.goto'; de toets doet 'meeting.floor'."
    ]
    assert BY_BINDING["meeting.floor"].shown_keys(keymap.shown) == "g"
    assert BY_BINDING["meeting.goto"].shown_keys(keymap.shown) == ""


@pytest.mark.parametrize("key", ["shift+]", "shift+right_square_bracket"])
def test_shift_with_a_sign_is_no_key_and_the_sign_it_types_is_suggested(
    tmp_path: Path, key: str
) -> None:
    """`"meeting.next" = "shift+]"` was taken, though no keypress gives it (shift and ]
    type }): the chair was left without a key for the next item."""
    path = tmp_path / "keymap.toml"
    path.write_text(f'"meeting.next" = "{key}"\n"meeting.previous" = "shift+}}"\n', "utf-8")
    keymap = load_keymap(path)
    assert keymap.keys == {}
    en = [p.detail("en") for p in keymap.problems]
    nl = [p.detail("nl") for p in keymap.problems]
    assert en[0] == (
        f"line 1: '{key}' for 'meeting.next' is no key a keyboard sends: shift with ] types "
        'another sign, "}" (right_curly_bracket) on most keyboards; the default key stays.'
    )
    assert nl[0] == (
        f"regel 1: '{key}' voor 'meeting.next' is geen toets die een toetsenbord stuurt: shift "
        'met ] typt een ander teken, "}" (right_curly_bracket) op de meeste toetsenborden; de '
        "standaardtoets blijft."
    )
    assert en[1] == (
        "line 2: 'shift+}' for 'meeting.previous' is no key a keyboard sends: shift with } "
        "types another sign; write that sign (the default key stays)."
    )
    assert nl[1].startswith("regel 2: 'shift+}' voor 'meeting.previous' is geen toets die")
    assert BY_BINDING["meeting.next"].shown_keys(keymap.shown) == "]"


@pytest.mark.parametrize("key", ["shift+1", "SHIFT+1"])
def test_shift_with_a_digit_is_no_key_either_and_the_sign_it_types_is_suggested(
    tmp_path: Path, key: str
) -> None:
    """`"meeting.next" = "shift+1"` was taken without a word, though no keypress gives it
    (shift and 1 type a sign, ! on a US keyboard): the chair was left without a key for the
    next item. Refused now as shift with a sign is, with the sign of the US layout."""
    path = tmp_path / "keymap.toml"
    path.write_text(f'"meeting.next" = "{key}"\n"meeting.previous" = "shift+0"\n', "utf-8")
    keymap = load_keymap(path)
    assert keymap.keys == {}
    en = [p.detail("en") for p in keymap.problems]
    nl = [p.detail("nl") for p in keymap.problems]
    assert en == [
        f"line 1: '{key}' for 'meeting.next' is no key a keyboard sends: shift with the digit "
        '1 types a sign, "!" (exclamation_mark) on a US keyboard; write the sign your keyboard '
        "types (the default key stays).",
        "line 2: 'shift+0' for 'meeting.previous' is no key a keyboard sends: shift with the "
        'digit 0 types a sign, ")" (right_parenthesis) on a US keyboard; write the sign your '
        "keyboard types (the default key stays).",
    ]
    assert nl[0] == (
        f"regel 1: '{key}' voor 'meeting.next' is geen toets die een toetsenbord stuurt: shift "
        'met het cijfer 1 typt een teken, "!" (exclamation_mark) op een Amerikaans '
        "toetsenbord; schrijf het teken dat uw toetsenbord typt (de standaardtoets blijft)."
    )
    assert BY_BINDING["meeting.next"].shown_keys(keymap.shown) == "]"


async def test_shift_with_a_sign_leaves_the_chair_its_key_for_the_next_item(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    from facilitator.tui.widgets.footer import KeyRow

    path = tmp_path / "keymap.toml"
    path.write_text('"meeting.next" = "shift+]"\n', encoding="utf-8")
    sid = import_twente(store)
    items = store.items(sid)
    app = make_app(
        store, sid, lang="en", clock=clock, tick_seconds=0, watch_seconds=0, keymap_file=path
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        row = app.screen.query_one(KeyRow)
        row.render()
        assert ("]", "next") in [(k.shown, k.words) for _first, _after, k in row._spans]
        await pilot.press("space", "right_square_bracket")
        await pilot.pause()
        session = store.session(sid)
        assert session is not None and session.current_item_id == items[1].id


@pytest.mark.parametrize(
    ("lang", "width", "line"),
    [
        ("nl", 80, "⚠ Punt 1 +00:03 T −1 min latere punten ctrl+u punt 1 uitstellen…"),
        ("en", 120, "under a minute T take 1 min from later items ctrl+u defer item 1…"),
    ],
    ids=["nl", "en"],
)
async def test_the_ways_out_of_an_overrun_name_the_keys_the_keymap_file_binds(
    store: Store, clock: FakeClock, tmp_path: Path, lang: str, width: int, line: str
) -> None:
    """With ``"meeting.rebalance" = "T"`` the agenda's overrun line offered ``t`` (which did
    nothing any more) and ``u`` whatever the keymap bound them to."""
    from textual.content import Content

    from facilitator.tui.widgets.agenda import AgendaPanel

    path = tmp_path / "keymap.toml"
    path.write_text('"meeting.rebalance" = "T"\n"meeting.defer" = "ctrl+u"\n', encoding="utf-8")
    sid = import_twente(store)
    app = make_app(
        store, sid, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, keymap_file=path
    )
    async with app.run_test(size=(width, 24 if width == 80 else 40)) as pilot:
        await pilot.press("space")
        clock.advance(seconds=10 * 60 + 3)
        app.tick()
        await pilot.pause()
        agenda = app.screen.query_one(AgendaPanel)
        rendered = agenda.render()
        assert isinstance(rendered, Content)
        assert line in " ".join(rendered.plain.split())
        planned = store.items(sid)[0].planned_seconds
        await pilot.press("T")  # the key the line names takes the minute
        await pilot.pause()
        assert store.items(sid)[0].planned_seconds == planned + 60


def test_an_inline_table_given_for_a_key_is_named_at_its_own_line(tmp_path: Path) -> None:
    """`"meeting.prev" = {a=1}` on line 3 was said to be on line 1."""
    path = tmp_path / "keymap.toml"
    path.write_text(
        '# my keys\n"meeting.timer" = "ctrl+t"\n"meeting.prev" = {a=1}\n', encoding="utf-8"
    )
    keymap = load_keymap(path)
    assert keymap.keys == {"meeting.timer": "ctrl+t"}
    assert [p.detail("en").split(":")[0] for p in keymap.problems] == ["line 3"]
    assert [p.detail("nl").split(":")[0] for p in keymap.problems] == ["regel 3"]


def test_a_keymap_file_that_is_not_utf8_names_the_line_of_the_first_bad_byte(
    tmp_path: Path,
) -> None:
    """A file saved as Latin-1 was said to be «not UTF-8 text» with no line, where every
    other problem names its line."""
    path = tmp_path / "keymap.toml"
    path.write_bytes('# toetsen\n"meeting.timer" = "ctrl+t"\n# café: b\n'.encode("latin-1"))
    keymap = load_keymap(path)
    assert keymap.keys == {}
    (problem,) = keymap.problems
    assert problem.line == 3
    assert problem.message("en") == (
        f"Keymap file {path}, line 3: not UTF-8 text (invalid byte at column 6); save the "
        "file as UTF-8. The default keys apply."
    )
    assert problem.message("nl") == (
        f"Toetsenbestand {path}, regel 3: geen UTF-8-tekst (ongeldige byte in kolom 6); "
        "sla het bestand op als UTF-8. De standaardtoetsen gelden."
    )


@pytest.mark.parametrize(
    ("key", "modifier"),
    [("ctrl+alt+shift+super+hyper+meta+q", "super"), ("hyper+f5", "hyper"), ("meta+x", "meta")],
)
def test_a_modifier_a_terminal_does_not_pass_on_is_refused_with_the_reason(
    tmp_path: Path, key: str, modifier: str
) -> None:
    """`"capture.question" = "ctrl+alt+shift+super+hyper+meta+q"` was taken without a word,
    though most terminals pass super, hyper and meta on to no program: the question was
    left without a key."""
    path = tmp_path / "keymap.toml"
    path.write_text(f'"capture.question" = "{key}"\n', encoding="utf-8")
    keymap = load_keymap(path)
    assert keymap.keys == {}
    (problem,) = keymap.problems
    assert problem.detail("en") == (
        f"line 1: '{key}' for 'capture.question' is no key a terminal sends: most terminals "
        f"pass {modifier} on to no program (the desktop or the terminal keeps it); choose a "
        "key with ctrl, alt or shift, or a function key (the default key stays)."
    )
    assert problem.detail("nl") == (
        f"regel 1: '{key}' voor 'capture.question' is geen toets die een terminal stuurt: de "
        f"meeste terminals geven {modifier} aan geen programma door (het bureaublad of de "
        "terminal houdt hem zelf); kies een toets met ctrl, alt of shift, of een functietoets "
        "(de standaardtoets blijft)."
    )
    assert BY_BINDING["capture.question"].shown_keys(keymap.shown) == "q"


@pytest.mark.parametrize("name", ["meeting.prev", "meeting.previous"])
def test_a_table_given_for_a_key_is_said_as_a_number_would_be(tmp_path: Path, name: str) -> None:
    """`"meeting.prev" = {a=1}` on line 3 was «line 3: unknown action 'meeting.prev.a'
    (skipped); did you mean 'meeting.readd'?»: the table was read as ids of its own. It is
    the value given to the name written, as a number is: an action's keys must be text,
    a name no action has is unknown (and its like offered)."""

    def said(value: str) -> list[tuple[str, str]]:
        path = tmp_path / "keymap.toml"
        path.write_text(f'# my keys\n"meeting.timer" = "ctrl+t"\n"{name}" = {value}\n')
        keymap = load_keymap(path)
        assert keymap.keys == {"meeting.timer": "ctrl+t"}
        return [(p.detail("nl"), p.detail("en")) for p in keymap.problems]

    table = said("{a=1}")
    assert table == said("1")
    assert [en for _nl, en in table] == [
        "line 3: unknown action 'meeting.prev' (skipped); did you mean 'meeting.previous'?"
        if name == "meeting.prev"
        else f'line 3: \'{name}\' must be a key, such as "ctrl+t" or "f6,ctrl+t" (skipped).'
    ]


def test_a_table_of_ids_is_still_read_as_their_ids(tmp_path: Path) -> None:
    """`board = {vote = "x"}` and a `[meeting]` table give the ids inside them; a table
    header no action starts with names each id under it."""
    path = tmp_path / "keymap.toml"
    path.write_text('board = {vote = "x"}\n[meeting]\ntimer = "ctrl+t"\n[meting]\nnext = "n"\n')
    keymap = load_keymap(path)
    assert keymap.keys == {"board.vote": "x", "meeting.timer": "ctrl+t"}
    assert [p.detail("en") for p in keymap.problems] == [
        "line 5: unknown action 'meting.next' (skipped); did you mean 'meeting.next'?"
    ]
