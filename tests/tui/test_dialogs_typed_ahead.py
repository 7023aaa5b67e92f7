"""The dialogs a key opens (closing, reopening, quitting, the preview, the help), with the
keys typed on at once, as fast as a terminal delivers them: each key waits until the
dialog it follows can take it, acts as the session will be by then, and none is lost."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, Static

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import SessionStatus
from facilitator.service import Services
from facilitator.service.changes import Change
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.commands import Palette
from facilitator.tui.screens.close import CloseScreen
from facilitator.tui.screens.confirm import ConfirmReopen
from facilitator.tui.screens.main import MainScreen
from facilitator.tui.widgets.footer import KeyRow
from tests.tui.conftest import burst
from tests.tui.notes_fixtures import app_for, import_twente, start_meeting

SMALL = (80, 24)


@pytest.fixture
def twente(store: Store, clock: FakeClock) -> int:
    session_id = import_twente(store)
    start_meeting(store, session_id, clock)  # item 1, Erik Nijhuis has the floor
    return session_id


NAMED = re.compile(r"f\d+|ctrl\+\w|escape|enter|question_mark|down")


async def keys_at_once(app: FacilitatorApp, keys: Sequence[str]) -> None:
    """Keys as a terminal delivers them, routed one after the other with no waiting: a
    name (``f9``, ``escape``) or the characters of a text."""
    for key in keys:
        if NAMED.fullmatch(key):
            character = {"enter": "\r", "question_mark": "?"}.get(key)
            await app.keys.arrived(events.Key(key, character))
            continue
        for ch in key:
            await app.keys.arrived(events.Key({" ": "space"}.get(ch, ch), ch))


def held(app: FacilitatorApp) -> threading.Event:
    """Keep the writer busy until the returned gate is set: the keys pile up behind it."""
    gate = threading.Event()
    app.submit(gate.wait, 10)
    return gate


def notes(store: Store, session_id: int) -> list[str]:
    return [c.text for c in store.contributions(session_id)]


@pytest.mark.parametrize("opens", ["f9", "f5", "question_mark"])
async def test_a_dialog_closed_at_once_behind_a_backlog_lets_the_keys_after_it_go_on(
    store: Store, twente: int, clock: FakeClock, opens: str
) -> None:
    """``… F9 Esc c "final note" Enter`` in one burst behind a busy writer stopped the app
    with the crash screen: the close dialog was dismissed by Esc before it was mounted,
    and then looked for its list of open points, gone with it. Now the keys after F9 wait
    until the dialog is there: Esc closes it, and the note is saved."""
    app = app_for(store, twente, clock)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await pilot.pause()
        gate = held(app)
        await keys_at_once(app, ["1", opens, "escape", "c", "final note", "enter"])
        gate.set()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert "final note" in notes(store, twente)


async def test_the_reopen_question_closed_at_once_lets_the_keys_after_it_go_on(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """The same on a closed session: F9 asks whether to reopen, Esc keeps it closed, and
    the line typed after it stays open with what was typed (a closed session saves
    nothing), no crash."""
    Services.open(store, twente, clock).closing.close()
    app = app_for(store, twente, clock)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await pilot.pause()
        gate = held(app)
        await keys_at_once(app, ["f1", "f9", "escape", "c", "na de vraag"])
        gate.set()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one("#capture-input", Input).value == "na de vraag"


async def test_the_words_typed_right_after_the_palette_s_key_search_in_it(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """``ctrl+p help`` typed at once: the palette opened with its search line empty, the
    letters gone before it could take them. Now they wait for it and search."""
    app = app_for(store, twente, clock)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        gate = held(app)
        await keys_at_once(app, ["ctrl+p", "help"])
        gate.set()
        await pilot.pause()
        assert isinstance(app.screen, Palette)
        assert app.screen.query_one(Input).value == "help"


async def test_the_question_before_quitting_gone_at_once_leaves_the_line_as_typed(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """ctrl+q with a line half typed asks first; Esc typed at once goes back, and the rest
    of the sentence goes into the line and is saved."""
    app = app_for(store, twente, clock)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        gate = held(app)
        await keys_at_once(app, ["c", "half", "ctrl+q", "escape", " af", "enter"])
        gate.set()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert "half af" in notes(store, twente)


@pytest.mark.parametrize(
    ("lang", "asked"), [("nl", "Sessie heropenen?"), ("en", "Reopen the session?")]
)
async def test_f9_typed_while_the_close_is_saved_asks_to_reopen_the_closed_session(
    store: Store,
    twente: int,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    asked: str,
) -> None:
    """``F9 s F9`` typed at once: the session closed, and yet a fresh «Sessie sluiten»
    listed the open points and offered to close it again (``s`` there said it was closed
    already), over a footer of the open session's keys. The second F9 read the session
    before the close had landed. Now it waits for it, and asks whether to reopen."""
    monkeypatch.chdir(tmp_path)
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await pilot.pause()
        gate = held(app)
        await keys_at_once(app, ["f9", "s", "f9"])
        gate.set()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert store.session(twente).status == SessionStatus.CLOSED  # type: ignore[union-attr]
        assert isinstance(app.screen, ConfirmReopen)
        shown = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert asked in shown


def footer_behind(app: FacilitatorApp) -> list[str]:
    """The keys the main screen's footer offers (a dimmed key is not offered), also while a
    dialog stands over it."""
    main = next(screen for screen in app.screen_stack if isinstance(screen, MainScreen))
    return [key.key for key in main.query_one(KeyRow).keys if key.enabled]


async def test_the_footer_with_the_reopen_question_shows_the_closed_session_s_keys(
    store: Store, twente: int, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``F9 s F9`` typed at once: «Sessie heropenen?» asks, and the footer under it is the
    closed session's, F9 to reopen and none of the facilitator's keys. Now and then it
    still offered the open session's keys (the timer, the next item, the floor):
    the footer had seen the session close and asked to be drawn again after the screen's
    next refresh, and the dialog came over the screen first, which then held the drawing
    until the dialog went. The screen refreshes slowly here, as on a busy machine, so
    that the dialog comes first every time."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("textual.screen.UPDATE_PERIOD", 0.25)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await pilot.pause()
        assert {"space", "right_square_bracket", "f"} <= set(footer_behind(app))
        gate = held(app)
        await keys_at_once(app, ["f9", "s", "f9"])
        gate.set()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmReopen)
        offered = footer_behind(app)
        assert "f9" in offered
        assert not {"space", "right_square_bracket", "f", "x"} & set(offered), offered


async def test_the_keys_after_f9_s_f9_f9_go_to_the_reopened_session(
    store: Store, twente: int, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``F9 s F9 F9 c "een notitie" Enter``: closed, asked, reopened, and the note saved;
    before, the last F9 went to a second close dialog, the note went nowhere
    and Enter landed on the dialog's «oplossen»."""
    monkeypatch.chdir(tmp_path)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await pilot.pause()
        gate = held(app)
        await keys_at_once(app, ["f9", "s", "f9", "f9", "c", "een notitie", "enter"])
        gate.set()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert store.session(twente).status != SessionStatus.CLOSED  # type: ignore[union-attr]
        assert "een notitie" in notes(store, twente)


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_a_note_typed_right_after_f9_f9_is_saved_once_the_session_is_reopened(
    store: Store, twente: int, clock: FakeClock, lang: str
) -> None:
    """``F9 F9 c "notitie na F9 F9" Enter`` in one burst on a closed session: the line was
    refused, «Deze sessie is gesloten: de regel is niet opgeslagen…» next to «Sessie
    heropend.», and stayed open until a second Enter. The session was reopened first:
    its Enter now waits for the reopening, and saves the note."""
    Services.open(store, twente, clock).closing.close()
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await pilot.pause()
        gate = held(app)
        await keys_at_once(app, ["f9", "f9", "c", "notitie na F9 F9", "enter", "b", "en nog"])
        gate.set()
        await pilot.pause()
        await pilot.pause()
        assert store.session(twente).status != SessionStatus.CLOSED  # type: ignore[union-attr]
        assert notes(store, twente)[-1:] == ["notitie na F9 F9"]
        said = " ".join(str(n.message) for n in app._notifications)
        assert ("gesloten" if lang == "nl" else "closed") not in said, said
        assert app.screen.query_one("#capture-input", Input).value == "en nog"


async def test_a_paste_while_asked_to_reopen_lands_in_a_note_line_of_the_closed_session(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """F9 on a closed session, then a paste: nothing happened, the text went nowhere. Like
    any other key, the paste keeps the session closed, and lands where it would on the
    closed session: in a new note line."""
    Services.open(store, twente, clock).closing.close()
    app = app_for(store, twente, clock)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await pilot.pause()
        await keys_at_once(app, ["f9"])
        await pilot.pause()
        assert isinstance(app.screen, ConfirmReopen)
        await app.keys.arrived(events.Paste("geplakte tekst"))
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one("#capture-input", Input).value == "geplakte tekst"
        assert store.session(twente).status == SessionStatus.CLOSED  # type: ignore[union-attr]


async def test_a_paste_while_asked_to_quit_goes_into_the_line(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """ctrl+q with a line half typed asks first; a paste then is the sentence going on, as
    any other key: the question goes and the text goes into the line."""
    app = app_for(store, twente, clock)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await keys_at_once(app, ["c", "half", "ctrl+q"])
        await pilot.pause()
        await app.keys.arrived(events.Paste(" geplakt"))
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one("#capture-input", Input).value == "half geplakt"


async def close_dialog_shown(app: FacilitatorApp, pilot: Pilot[None]) -> None:
    """F9 on the open session, and «Sessie sluiten» is there with its list of open points."""
    await pilot.press("f9")
    await app.settle()
    await pilot.pause()
    assert isinstance(app.screen, CloseScreen)


def labels(store: Store, session_id: int) -> list[str]:
    return [op.label for op in store.operations(session_id)]


@pytest.mark.parametrize("run", range(10))
async def test_f9_s_f9_typed_on_the_close_dialog_closes_once_and_asks_before_reopening(
    store: Store,
    twente: int,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    run: int,
) -> None:
    """«Sessie sluiten» open, then ``F9 s F9`` at once: now and then the session was closed
    and reopened in the same second without a question, the minutes written each time, or
    a second «Sessie sluiten» stood over the closed session, over a footer of the open
    session's keys. The F9 typed on the dialog, which none of its keys takes, came back up
    to the app after ``s`` had closed the dialog and ran there as if typed on the screen
    beneath. Now it does nothing: ``s`` closes and writes the minutes once, and the last
    F9 asks «Sessie heropenen?»."""
    monkeypatch.chdir(tmp_path)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await close_dialog_shown(app, pilot)
        await burst(pilot, "f9", "s", "f9")
        await app.settle()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await app.settle()
        await pilot.pause()
        assert labels(store, twente)[-1:] == [Change.CLOSE.value]
        assert Change.REOPEN.value not in labels(store, twente)
        assert store.session(twente).status == SessionStatus.CLOSED  # type: ignore[union-attr]
        assert [type(s) for s in app.screen_stack] == [MainScreen, ConfirmReopen]
        assert len(list((tmp_path / "minutes").iterdir())) == 1
        offered = footer_behind(app)
        assert "f9" in offered
        assert not {"space", "right_square_bracket", "f", "x"} & set(offered), offered


@pytest.mark.parametrize("run", range(5))
async def test_f9_s_typed_on_the_close_dialog_closes_without_asking_to_reopen(
    store: Store,
    twente: int,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    run: int,
) -> None:
    """«Sessie sluiten» open, then ``F9 s`` at once: the session closed and «Sessie
    heropenen?» opened, though nothing was typed after ``s``. Now F9 on the dialog does
    nothing, and the session closes with the closed session's screen and keys."""
    monkeypatch.chdir(tmp_path)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await close_dialog_shown(app, pilot)
        await burst(pilot, "f9", "s")
        await app.settle()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await app.settle()
        await pilot.pause()
        assert labels(store, twente)[-1:] == [Change.CLOSE.value]
        assert [type(s) for s in app.screen_stack] == [MainScreen]
        assert len(list((tmp_path / "minutes").iterdir())) == 1
        offered = footer_behind(app)
        assert "f9" in offered
        assert not {"space", "right_square_bracket", "f", "x"} & set(offered), offered
