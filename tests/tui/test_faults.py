"""Database faults while the app runs: said at once in the user's language, nothing typed lost.

- The file deleted (or replaced) under the running app: the runner's poll between
  commands sees it, the save-status line says so in Dutch at once, nothing more is
  saved, a capture comes back into the line with the reason, and quitting prints
  what was not saved.
- A read-only database: the save fails with a message, the text comes back, and
  once the file is writable the same window saves again, without a restart.
- A database found damaged while running: a message naming the file, no more writes.

Time is a deadline here, never a sleep that the result depends on.
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Static

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.confirm import ConfirmQuit
from facilitator.tui.screens.form import FormDialog
from facilitator.tui.widgets.capture import CaptureBar
from facilitator.tui.widgets.capture_input import CaptureInput
from facilitator.tui.widgets.card_editor import LineEditor
from facilitator.tui.widgets.save_status import SaveStatus
from tests.permissions import protected
from tests.tui.drawn import laid_out
from tests.tui.notes_fixtures import import_twente, start_meeting

SIZE = (120, 40)
DEADLINE = 10.0


@pytest.fixture
def twente(store: Store) -> int:
    return import_twente(store)


def watching_app(store: Store, session_id: int, clock: FakeClock) -> FacilitatorApp:
    """An app whose runner polls the database between commands, as the real one does."""
    return make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0.02)


async def until(pilot: object, found: Callable[[], bool], what: str) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + DEADLINE
    while not found():
        assert loop.time() < end, f"no {what} within {DEADLINE} s"
        await pilot.pause(0.01)  # type: ignore[attr-defined]


def status(app: FacilitatorApp) -> str:
    line = app.screen.query_one(SaveStatus)
    return str(line.content) if line.display and line.has_class("-shown") else ""


def bar(app: FacilitatorApp) -> CaptureBar:
    return app.screen.query_one(CaptureBar)


def typed(app: FacilitatorApp) -> str:
    return app.screen.query_one("#capture-input", CaptureInput).value


def preview(app: FacilitatorApp) -> str:
    return str(app.screen.query_one("#capture-preview", Static).content)


async def capture(pilot: object, key: str, text: str) -> None:
    keys = [key, *[{" ": "space"}.get(ch, ch) for ch in text], "enter"]
    await pilot.press(*keys)  # type: ignore[attr-defined]


async def keys_at_once(app: FacilitatorApp, keys: str) -> None:
    """Keys as a terminal delivers them, routed one after the other with no waiting."""
    for ch in keys:
        key = {" ": "space", "\r": "enter"}.get(ch, ch)
        await app.keys.arrived(events.Key(key, ch))


def texts(store: Store, session_id: int) -> list[str]:
    return [c.text for c in store.contributions(session_id)]


# -- the file deleted ---------------------------------------------------------------------------


async def test_a_deleted_database_is_said_at_once_and_nothing_typed_is_lost(
    store: Store, twente: int, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    path = store.path
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await capture(pilot, "b", "Voor het verwijderen")
        assert texts(store, twente) == ["Voor het verwijderen"]
        assert status(app) == ""
        path.unlink()
        # no key pressed: the runner's poll between commands finds it
        await until(pilot, lambda: "verwijderd of verplaatst" in status(app), "message")
        shown = status(app)
        assert str(path) in shown and "er wordt niets meer opgeslagen" in shown
        assert app.screen.query_one(SaveStatus).has_class("-trouble")
        # two captures typed at once, both failing
        await keys_at_once(app, "aNa het verwijderen\rqEn nog een vraag\r")
        await pilot.pause()
        # both wait, each with its kind, counted; the line is free for the next note
        await until(pilot, lambda: len(bar(app).unsaved) == 2, "two lines waiting")
        assert [(u.kind, u.line) for u in bar(app).unsaved] == [
            (Kind.ACTION, "Na het verwijderen"),
            (Kind.QUESTION, "En nog een vraag"),
        ]
        assert not bar(app).is_open
        assert "2 regels niet opgeslagen" in preview(app)
        assert "(zie de melding hieronder)" in preview(app)
        await pilot.press("ctrl+q")  # text not saved: asks first
        assert isinstance(app.screen, ConfirmQuit)
        asked = str(app.screen.query_one("#confirm-text", Static).content)
        assert "Na het verwijderen" in asked and "En nog een vraag" in asked
        await pilot.press("ctrl+q")  # a second ctrl+q: quit anyway
    assert not path.exists()  # no new, empty database appeared in its place
    printed = capsys.readouterr().err  # after the app: what is typed and not saved is printed
    assert "niet opgeslagen" in printed
    assert (
        "\nactie · niemand · geen punt\nNa het verwijderen\n"
        "\nvraag · niemand · geen punt\nEn nog een vraag\n"
    ) in printed  # each text under what it was, as in the file


async def test_a_database_replaced_under_the_app_is_not_written_to(
    store: Store, twente: int, clock: FakeClock, tmp_path: Path
) -> None:
    copy = tmp_path / "kopie.db"
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        shutil.copyfile(store.path, copy)
        copy.replace(store.path)  # e.g. a backup copied back over it
        before = store.path.read_bytes()
        await until(pilot, lambda: "verwijderd of verplaatst" in status(app), "message")
        await capture(pilot, "c", "Niet in de kopie")
        await until(pilot, lambda: bool(bar(app).unsaved), "the line waiting")
        assert [u.line for u in bar(app).unsaved] == ["Niet in de kopie"]
        assert store.path.read_bytes() == before


async def test_the_message_is_in_the_users_language(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = make_app(store, twente, lang="en", clock=clock, tick_seconds=0, watch_seconds=0.02)
    async with app.run_test(size=SIZE) as pilot:
        store.path.unlink()
        await until(pilot, lambda: "deleted or moved" in status(app), "message")
        assert "What you typed is kept" in status(app)


# -- read-only, then writable again ----------------------------------------------------------


@contextmanager
def read_only_connections(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The database as SQLite sees a read-only file, until the block ends.

    Tests may run as root, who may write any file whatever its mode, so the
    read-only file is made at the SQLite layer: the open connection refuses
    writes (``PRAGMA query_only``, SQLite's "attempt to write a readonly
    database"), and every connection opened meanwhile is ``mode=ro``, as SQLite
    opens a file it may not write. What this proves: the app's path from that
    error to the message, the text kept, and the reopening once the file can be
    written; not the operating system's refusal itself (see the test below).
    """
    import facilitator.store.store as store_module

    real_connect = store_module._connect
    writable = False

    def connect(where: str, timeout: float) -> sqlite3.Connection:
        if writable:
            return real_connect(where, timeout)
        return sqlite3.connect(
            f"file:{where}?mode=ro",
            uri=True,
            timeout=timeout,
            isolation_level=None,
            check_same_thread=False,
        )

    monkeypatch.setattr(store_module, "_connect", connect)
    with store._lock:
        store.conn.execute("PRAGMA query_only = ON")
    try:
        yield
    finally:
        writable = True


async def test_a_read_only_database_saves_again_once_writable_without_a_restart(
    store: Store, twente: int, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_meeting(store, twente, clock)
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        with read_only_connections(store, monkeypatch):
            await capture(pilot, "q", "Wie betaalt dat?")
            await until(pilot, lambda: "alleen-lezen" in status(app), "message")
            assert str(store.path) in status(app)
            assert not bar(app).is_open and "1 regel niet opgeslagen" in preview(app)
            # Enter on an empty line tries again: still read-only (a reopened mode=ro one)
            await pilot.press("c", "enter")
            await app.settle()
            await pilot.pause()
            assert [u.line for u in bar(app).unsaved] == ["Wie betaalt dat?"]
            assert "alleen-lezen" in status(app)
        # writable again: Enter saves the waiting line, in the same window
        await pilot.press("enter")
        await until(pilot, lambda: texts(store, twente) == ["Wie betaalt dat?"], "saved")
        await pilot.press("escape")
        await until(pilot, lambda: status(app) == "", "message gone")
        await capture(pilot, "c", "En daarna gewoon verder")
    assert texts(store, twente) == ["Wie betaalt dat?", "En daarna gewoon verder"]


async def test_a_line_that_was_not_saved_waits_and_a_kind_key_opens_a_new_one(
    store: Store, twente: int, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk: the line waits, quitting asks first; the next kind key opens a new
    line of its own kind, and its Enter saves the waiting line first, then the new one."""
    start_meeting(store, twente, clock)
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        with read_only_connections(store, monkeypatch):
            await capture(pilot, "b", "Geen stageplekken in de zorg")
            await until(pilot, lambda: "alleen-lezen" in status(app), "message")
            assert not bar(app).is_open
            await pilot.press("ctrl+q")  # still not saved: asks, naming the text
            assert isinstance(app.screen, ConfirmQuit)
            asked = str(app.screen.query_one("#confirm-text", Static).content)
            assert "Geen stageplekken in de zorg" in asked
            await pilot.press("escape")
        await pilot.press("c")
        assert typed(app) == "" and bar(app).kind == Kind.NOTE
        await keys_at_once(app, "Daarna een notitie\r")
        await until(pilot, lambda: status(app) == "", "message gone")
        await until(pilot, lambda: len(texts(store, twente)) == 2, "both saved")
    assert texts(store, twente) == ["Geen stageplekken in de zorg", "Daarna een notitie"]


async def test_quitting_with_lines_not_saved_keeps_them_in_a_file_too(
    store: Store,
    twente: int,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The terminal that shows the unsaved text may be closed or cleared: a file keeps it."""
    start_meeting(store, twente, clock)
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        with read_only_connections(store, monkeypatch):
            await capture(pilot, "b", "Geen vervoer naar de stage")
            await until(pilot, lambda: "alleen-lezen" in status(app), "message")
            await pilot.press("ctrl+q", "ctrl+q")
    kept = list(store.path.parent.glob("niet-opgeslagen-twente-2020-10-*.txt"))
    assert len(kept) == 1
    lines = kept[0].read_text(encoding="utf-8").splitlines()
    assert lines[-2:] == [
        "barrière · Erik Nijhuis · punt 1: Opening en kennismaking",
        "Geen vervoer naar de stage",
    ]
    printed = capsys.readouterr().err.replace("\n", "")  # a long path wraps in the terminal
    assert f"Dit staat ook in het bestand{kept[0]}" in printed


@pytest.fixture
def computer_in_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock on UTC, two hours behind the session's (Amsterdam, summer)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    ("lang", "role", "name", "action", "question"),
    [
        (
            "nl",
            Role.FACILITATOR,
            "niet-opgeslagen",
            "actie · Erik Nijhuis · punt 1: Opening en kennismaking",
            "vraag · Fatma Yıldız · punt 1: Opening en kennismaking",
        ),
        (
            "en",
            Role.FACILITATOR,
            "not-saved",
            "action · Erik Nijhuis · item 1: Opening en kennismaking",
            "question · Fatma Yıldız · item 1: Opening en kennismaking",
        ),
        (
            "nl",
            Role.NOTETAKER,
            "niet-opgeslagen",
            "actie · Erik Nijhuis · punt 1: Opening en kennismaking",
            "vraag · Fatma Yıldız · punt 1: Opening en kennismaking",
        ),
    ],
)
@pytest.mark.usefixtures("computer_in_utc")
async def test_the_file_says_what_each_line_was_and_is_named_with_the_time_shown(
    store: Store,
    twente: int,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    role: Role,
    name: str,
    action: str,
    question: str,
) -> None:
    """Whoever types the lines again needs what the capture line's badge said: the kind,
    who said it, the agenda item. The file is named with the time the app shows (the
    session's, 14:00 in Twente), not the computer's (12:00 UTC); the text stays as typed."""
    start_meeting(store, twente, clock)  # item 1, Erik Nijhuis has the floor
    app = make_app(
        store, twente, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0.02, role=role
    )
    async with app.run_test(size=SIZE) as pilot:
        if role == Role.FACILITATOR:
            assert "14:00" in str(app.screen.query_one("SessionHeader").render())
        with read_only_connections(store, monkeypatch):
            await keys_at_once(app, "aMatchpunt  opzetten @UWV\rqWie betaalt de bus? ~Fatma\r")
            await until(pilot, lambda: len(bar(app).unsaved) == 2, "both lines waiting")
            await pilot.press("ctrl+q", "ctrl+q")
    kept = list(store.path.parent.glob(f"{name}-twente-2020-10-*.txt"))
    assert [k.name for k in kept] == [f"{name}-twente-2020-10-20201006-140000.txt"]
    lines = kept[0].read_text(encoding="utf-8").splitlines()
    assert lines[lines.index("Matchpunt  opzetten @UWV") - 1] == action
    assert lines[lines.index("Wie betaalt de bus? ~Fatma") - 1] == question


async def test_a_form_left_open_is_kept_field_by_field_under_its_title(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """A walk-in's name and organisation typed and not saved: each under the form's title
    and the field's label, as typed."""
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await keys_at_once(app, "nEls  de Wit\rSaxion")
        await until(pilot, lambda: isinstance(app.screen, FormDialog), "the form")
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmQuit)
        await pilot.press("ctrl+q")
    kept = list(store.path.parent.glob("niet-opgeslagen-twente-2020-10-*.txt"))
    assert len(kept) == 1
    assert kept[0].read_text(encoding="utf-8").splitlines()[3:] == [
        "Nieuwe deelnemer aan tafel · Naam",
        "Els  de Wit",
        "",
        "Nieuwe deelnemer aan tafel · Organisatie",
        "Saxion",
    ]


async def test_escape_on_a_new_line_throws_away_only_that_line(
    store: Store, twente: int, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_meeting(store, twente, clock)
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        with read_only_connections(store, monkeypatch):
            await capture(pilot, "q", "Blijft bewaard")
            await until(pilot, lambda: "alleen-lezen" in status(app), "message")
            await keys_at_once(app, "cWeg ermee")
            await pilot.press("escape")
            assert [u.line for u in bar(app).unsaved] == ["Blijft bewaard"]
        await pilot.press("c", "enter")  # writable again: Enter on an empty line saves it
        await until(pilot, lambda: not bar(app).unsaved, "saved")
        await app.settle()
    assert texts(store, twente) == ["Blijft bewaard"]


@pytest.mark.parametrize(
    ("lang", "role", "said", "empty"),
    [
        ("nl", Role.FACILITATOR, "✓ 2 wachtende regels opgeslagen", "Typ eerst"),
        ("en", Role.FACILITATOR, "✓ 2 waiting lines saved", "Type what was said first"),
        ("nl", Role.NOTETAKER, "✓ 2 wachtende regels opgeslagen", "Typ eerst"),
    ],
)
async def test_enter_on_an_empty_line_says_that_the_waiting_lines_were_saved(
    store: Store,
    twente: int,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    role: Role,
    said: str,
    empty: str,
) -> None:
    """Enter on an empty line saved the two lines that waited, and the line said «Typ
    eerst wat er gezegd is.», as if nothing had happened."""
    start_meeting(store, twente, clock)
    app = make_app(
        store, twente, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0.02, role=role
    )
    async with app.run_test(size=SIZE) as pilot:
        with read_only_connections(store, monkeypatch):
            await keys_at_once(app, "bGeen stageplekken\roMeer bbl\r")
            await until(pilot, lambda: len(bar(app).unsaved) == 2, "two lines waiting")
        await pilot.press("c", "enter")  # writable again: Enter on an empty line
        await until(pilot, lambda: not bar(app).unsaved, "saved")
        await app.settle()
        await pilot.pause()
        assert said in preview(app) and empty not in preview(app)
        await pilot.press("x")  # typing on: the line says what the new one will be
        assert said not in preview(app)
        await pilot.press("backspace")
        assert empty in preview(app)  # an empty line's Enter saves nothing now
    assert texts(store, twente) == ["Geen stageplekken", "Meer bbl"]


async def test_the_note_takers_closed_line_says_that_lines_wait(
    store: Store, twente: int, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_meeting(store, twente, clock)
    app = make_app(
        store, twente, clock=clock, tick_seconds=0, watch_seconds=0.02, role=Role.NOTETAKER
    )
    async with app.run_test(size=SIZE) as pilot:
        with read_only_connections(store, monkeypatch):
            await capture(pilot, "o", "Zij-instromers via de bbl")
            await until(pilot, lambda: "alleen-lezen" in status(app), "message")
            assert not bar(app).is_open
            assert "1 regel niet opgeslagen" in preview(app)


async def test_escape_in_an_editor_whose_save_failed_asks_once_more(
    store: Store, twente: int, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit of a contribution that could not be saved comes back in the editor; one
    Escape (to dismiss the warning, as it may seem) must not throw the edit away."""
    start_meeting(store, twente, clock)
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await capture(pilot, "b", "Te weinig stageplekken")
        await pilot.press("f3")
        await pilot.pause()
        with read_only_connections(store, monkeypatch):
            await pilot.press("enter", "end", *[{" ": "space"}.get(c, c) for c in " in de zorg"])
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, LineEditor), "editor back")
            editor = app.screen
            assert isinstance(editor, LineEditor)
            await until(pilot, lambda: bool(editor.problem), "reason")
            await pilot.press("escape")
            assert app.screen is editor  # still open, the edit still there
            assert editor.query_one(CaptureInput).value == "Te weinig stageplekken in de zorg"
            said = str(editor.query_one("#editor-preview", Static).content)
            assert "nog een keer Esc gooit weg wat u typte" in said
            await pilot.press("escape")  # asked for: now it goes
            assert app.screen is not editor
    assert texts(store, twente) == ["Te weinig stageplekken"]


async def test_escape_in_a_form_whose_save_failed_asks_once_more(
    store: Store, twente: int, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_meeting(store, twente, clock)
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        with read_only_connections(store, monkeypatch):
            await pilot.press("n")
            await pilot.pause()
            await pilot.press(*"Iris", "enter", *"UWV", "enter", *"uwv", "enter")
            await until(
                pilot,
                lambda: isinstance(app.screen, FormDialog) and bool(app.screen.problem),
                "form back",
            )
            form = app.screen
            assert isinstance(form, FormDialog)
            await pilot.press("escape")
            assert form.values() == ["Iris", "UWV", "uwv"]
            assert app.screen is form
            said = str(form.query_one("#form-problem", Static).content)
            assert "nog een keer Esc gooit weg wat u typte" in said
            await pilot.press("escape")
            assert app.screen is not form


async def test_a_file_that_cannot_be_written_recovers_once_it_can(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """The real thing: the operating system refuses every write to the database and its
    write-ahead log (immutable files: root cannot write them either), then allows it."""
    files = [store.path, Path(f"{store.path}-wal")]
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await capture(pilot, "c", "Eerste")
        with protected(*files):
            await capture(pilot, "b", "Tijdens de storing")
            await until(pilot, lambda: "is mislukt" in status(app), "message")
            assert str(store.path) in status(app)
            # what keeps it from being written, not a read or write error of the disk
            assert "is beveiligd tegen wijzigen (chattr +i)" in status(app)
            assert "lees- of schrijffout" not in status(app)
            assert [u.line for u in bar(app).unsaved] == ["Tijdens de storing"]
        await pilot.press("c", "enter")
        await until(pilot, lambda: status(app) == "", "message gone")
    assert texts(store, twente) == ["Eerste", "Tijdens de storing"]


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER])
async def test_once_the_file_may_be_written_again_the_warning_goes_without_a_key(
    store: Store, twente: int, clock: FakeClock, role: Role
) -> None:
    """The chair's window kept «Opslaan in … is mislukt» twenty seconds and more after the
    file could be written again, until a key saved something. Now the warning goes by
    itself, and a line that waits is saved by itself, as after a lock."""
    files = [store.path, Path(f"{store.path}-wal")]
    start_meeting(store, twente, clock)
    app = make_app(store, twente, clock=clock, tick_seconds=0, watch_seconds=0.02, role=role)
    async with app.run_test(size=SIZE) as pilot:
        await capture(pilot, "c", "Eerste")
        with protected(*files):
            await capture(pilot, "b", "Tijdens de storing")
            await until(pilot, lambda: "is mislukt" in status(app), "message")
            await until(pilot, lambda: bool(bar(app).unsaved), "the line waiting")
        await until(pilot, lambda: status(app) == "", "message gone")  # no key pressed
        await until(pilot, lambda: not bar(app).unsaved, "the line saved")
        await app.settle()
    assert texts(store, twente) == ["Eerste", "Tijdens de storing"]


# -- locked by another program ----------------------------------------------------------------


async def test_lines_typed_while_another_program_holds_the_database_keep_order_and_time(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Another program held the database (BEGIN IMMEDIATE) while three lines and the
    space bar were typed. The lines wait in the order typed, each with its own kind, the
    timer is not started behind the chair's back, and each line, saved once the lock is
    let go, keeps the time it was typed (it took the time it was saved again: minutes
    later)."""
    store = Store(tmp_path / "bezet.db", clock=clock, busy_timeout_ms=50)
    twente = import_twente(store)
    other = sqlite3.connect(store.path, isolation_level=None)
    app = watching_app(store, twente, clock)
    lines = [(Kind.BARRIER, "L1 barriere"), (Kind.OPPORTUNITY, "L2 kans")]
    lines += [(Kind.QUESTION, "L3 vraag")]
    typed_at = []
    try:
        async with app.run_test(size=SIZE) as pilot:
            other.execute("BEGIN IMMEDIATE")
            gate = threading.Event()
            app.submit(gate.wait, 10)  # the writer is busy: every key is typed before
            for key, line in zip("boq", [line for _, line in lines], strict=True):
                typed_at.append(clock.now())
                await keys_at_once(app, f"{key}{line}\r")
                clock.advance(seconds=10)
            await keys_at_once(app, " ")  # the space bar: the timer
            gate.set()
            await until(pilot, lambda: "bezet" in status(app), "message")
            await app.settle()
            await pilot.pause()
            assert [(u.kind, u.line) for u in bar(app).unsaved] == lines
            assert not any(item.running for item in store.items(twente))
            shown = [n.message for n in app._notifications]
            assert len(shown) == len(set(shown))  # four commands refused, one notice
            clock.advance(minutes=3)
            other.execute("ROLLBACK")  # let go minutes later: the waiting lines are saved
            await until(pilot, lambda: status(app) == "", "message gone")
            await until(pilot, lambda: not bar(app).unsaved, "the lines saved")
            await app.settle()
    finally:
        other.close()
    saved = [(c.kind, c.text, c.created_at) for c in store.contributions(twente)]
    assert saved == [(kind, line, at) for (kind, line), at in zip(lines, typed_at, strict=True)]
    store.close()


# -- damaged --------------------------------------------------------------------------------


async def test_damage_found_while_running_is_said_and_stops_the_saving(
    store: Store, twente: int, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's "malformed" is injected: a page damaged under an open connection is not
    found reliably by a test. The CLI's refusal of a damaged file at start is in
    ``tests/unit/test_cli_faults.py``."""
    app = watching_app(store, twente, clock)
    real_capture = app.notes.capture

    def malformed(*args: object, **kwargs: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    async with app.run_test(size=SIZE) as pilot:
        monkeypatch.setattr(app.notes, "capture", malformed)
        await capture(pilot, "d", "Besloten: door")
        await until(pilot, lambda: "beschadigd" in status(app), "message")
        assert str(store.path) in status(app) and "reservekopie" in status(app)
        assert [u.line for u in bar(app).unsaved] == ["Besloten: door"]
        monkeypatch.setattr(app.notes, "capture", real_capture)
        await pilot.press("c", "enter")  # the store writes nothing more to a damaged file
        await app.settle()
        await pilot.pause()
        assert [u.line for u in bar(app).unsaved] == ["Besloten: door"]
        assert "beschadigd" in status(app)
        await pilot.press("escape")
    assert texts(store, twente) == []


# -- saves under way --------------------------------------------------------------------------


async def test_a_slow_save_is_shown_and_a_quick_one_moves_nothing(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """The line says "saving… (n)" once a save has been under way for a while; a save that
    is done before then never shows it (the screen would shift twice per key)."""
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        line = app.screen.query_one(SaveStatus)
        await capture(pilot, "b", "Snel opgeslagen")
        await app.settle()
        await pilot.pause()
        assert status(app) == "" and line._waiting is None
        gate = threading.Event()
        app.submit(gate.wait, 10)  # the writer is busy (no pause while it is: it would wait)
        assert line.pending == 1 and status(app) == "" and line._waiting is not None
        line._late()  # the while has passed (the timer's own call)
        assert status(app) == "opslaan… (1)"
        gate.set()
        await app.settle()
        await pilot.pause()
        assert status(app) == "" and line._waiting is None


async def test_a_line_that_comes_back_keeps_the_speaker_and_item_it_was_typed_for(
    store: Store, twente: int, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The save fails; meanwhile the floor and the item move on (another window). Saved
    later, the line is still the first speaker's, under the first item."""
    from facilitator.service import Services

    start_meeting(store, twente, clock)  # item 1, participant 1 speaks
    first_speaker = store.participants(twente)[0]
    first_item = store.items(twente)[0]
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        with read_only_connections(store, monkeypatch):
            await capture(pilot, "b", "Geen stageplekken in de zorg")
            await until(pilot, lambda: "alleen-lezen" in status(app), "message")
        other_store = Store(store.path, clock=clock)
        other = Services.open(other_store, twente, clock)
        other.floor.give_floor(store.participants(twente)[1].id)
        other.agenda.move(1)
        other_store.close()
        app.check_external()
        await pilot.pause()
        await pilot.press("c", "enter")  # Enter on an empty line saves the waiting one
        await until(pilot, lambda: status(app) == "", "message gone")
        await until(pilot, lambda: not bar(app).unsaved, "saved")
    saved = store.contributions(twente)[-1]
    assert (saved.text, saved.participant_id, saved.item_id) == (
        "Geen stageplekken in de zorg",
        first_speaker.id,
        first_item.id,
    )


async def test_typing_on_after_ctrl_q_by_mistake_goes_into_the_line(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """ctrl+q hit in the middle of a sentence: the question whether to quit goes away at
    the next key and the sentence goes on in the line; a ``j``, ``y`` or ``n`` in it
    neither quits nor is lost."""
    start_meeting(store, twente, clock)
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await keys_at_once(app, "bEerste deel")
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmQuit)
        await keys_at_once(app, " dit jaar, nee en yes\r")
        await pilot.pause()
        await app.settle()
        assert app.is_running and not isinstance(app.screen, ConfirmQuit)
        assert texts(store, twente) == ["Eerste deel dit jaar, nee en yes"]
        # Esc goes back without a key typed; ctrl+q twice quits
        await keys_at_once(app, "cTweede")
        await pilot.press("ctrl+q", "escape")
        assert app.is_running and typed(app) == "Tweede"
        assert app.return_code is None  # not asked to end yet
        await pilot.press("ctrl+q", "ctrl+q")
        await pilot.pause()
        assert app.return_code == 0  # ending


async def test_told_to_end_from_outside_it_keeps_the_text_typed(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """The browser tab of `facilitator serve` closed, or the server stopped: Textual's web
    driver posts ExitApp. The half-typed line went without a trace; now it is kept in a
    file beside the database, as when a terminal window closes."""
    from textual import messages

    start_meeting(store, twente, clock)
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await keys_at_once(app, "bHalf getypt in de browser")
        await pilot.pause()
        app.post_message(messages.ExitApp())
        await pilot.pause()
    kept = list(store.path.parent.glob("niet-opgeslagen-twente-2020-10-*.txt"))
    assert [k.read_text(encoding="utf-8").splitlines()[-2:] for k in kept] == [
        ["barrière · Erik Nijhuis · punt 1: Opening en kennismaking", "Half getypt in de browser"]
    ]


async def test_a_browser_tab_closed_with_a_line_half_typed_prints_where_it_is_kept_not_the_text(
    store: Store,
    twente: int,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A window served to a browser (`facilitator serve`) whose tab closes: what it prints
    goes to the terminal `serve` runs in, not to the person typing. The half-typed line was
    printed there («Getypt maar niet opgeslagen …» and the text); now the file keeps it
    (and the next tab gets the draft back) and one line says where the file is."""
    from textual import messages

    monkeypatch.setattr(FacilitatorApp, "is_web", property(lambda _app: True))
    start_meeting(store, twente, clock)
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await keys_at_once(app, "qHalf getypte vraag in browser")
        await pilot.pause()
        app.post_message(messages.ExitApp())
        await pilot.pause()
    [kept] = list(store.path.parent.glob("niet-opgeslagen-twente-2020-10-*.txt"))
    assert "Half getypte vraag in browser" in kept.read_text(encoding="utf-8")
    printed = capsys.readouterr().err
    assert "Half getypte vraag" not in printed and "Getypt maar niet" not in printed, printed
    said = "".join(printed.split())  # the terminal may break the path over lines
    one_line = "Tekst die in de browser getypt was en niet is opgeslagen, staat in het bestand"
    assert said == "".join(f"{one_line} {kept}".split()), printed


async def test_quitting_from_a_form_keeps_the_lines_waiting_beneath_it_too(
    store: Store,
    twente: int,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A line not saved (the file read-only), then a walk-in's form with a name typed, then
    quit: only the form's text was printed and kept, the waiting line was lost."""
    start_meeting(store, twente, clock)
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        with read_only_connections(store, monkeypatch):
            await capture(pilot, "b", "Geen vervoer naar de stage")
            await until(pilot, lambda: "alleen-lezen" in status(app), "message")
            await keys_at_once(app, "nEls de Wit")
            await until(pilot, lambda: isinstance(app.screen, FormDialog), "the form")
            await pilot.press("ctrl+q", "ctrl+q")
    [kept] = list(store.path.parent.glob("niet-opgeslagen-twente-2020-10-*.txt"))
    lines = kept.read_text(encoding="utf-8").splitlines()
    assert "Els de Wit" in lines and "Geen vervoer naar de stage" in lines, lines
    printed = capsys.readouterr().err
    assert "Els de Wit" in printed and "Geen vervoer naar de stage" in printed


# -- typing on while saves fail ------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER])
async def test_notes_typed_on_while_saves_fail_stay_each_its_own_line(
    store: Store,
    twente: int,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    role: Role,
) -> None:
    """The database cannot be written; the note-taker types on, one note after the other,
    without a pause. A failed line came back into the capture line, which kept the focus:
    the next kind key and sentence were typed into it (`Vol 1bVol 2…`, one barrier), and a
    kind key pressed after Escape brought the barrier back to type the opportunity into.
    Each note now waits as its own line, with its kind, in the order typed; a kind key
    opens a new line; once the database can be written, Enter saves them all, in order."""
    start_meeting(store, twente, clock)
    app = make_app(store, twente, clock=clock, tick_seconds=0, watch_seconds=0.02, role=role)
    typed_lines = [
        (Kind.BARRIER, "Vol 1 barriere met tekst"),
        (Kind.BARRIER, "Vol 2 barriere met tekst"),
        (Kind.OPPORTUNITY, "Kans tijdens vol"),
        (Kind.ACTION, "Na weg actie"),
    ]
    async with app.run_test(size=SIZE) as pilot:
        with read_only_connections(store, monkeypatch):
            await keys_at_once(app, "bVol 1 barriere met tekst\rbVol 2 barriere met tekst\r")
            await keys_at_once(app, "oKans tijdens vol\raNa weg actie\r")
            await until(
                pilot,
                lambda: len(bar(app).unsaved) == 4 and not app.behind,
                "four lines waiting",
            )
            assert [(u.kind, u.line) for u in bar(app).unsaved] == typed_lines
            assert not bar(app).is_open
            assert "4 regels niet opgeslagen" in preview(app)
            # a kind key opens a new line of its own kind; nothing comes back into it
            await keys_at_once(app, "cNieuwe notitie")
            assert bar(app).kind == Kind.NOTE and typed(app) == "Nieuwe notitie"
            await pilot.press("ctrl+q")  # asks first, each line as typed, in order
            assert isinstance(app.screen, ConfirmQuit)
            asked = str(app.screen.query_one("#confirm-text", Static).content)
            lines = [line for _, line in typed_lines] + ["Nieuwe notitie"]
            assert [asked.index(line) for line in lines] == sorted(
                asked.index(line) for line in lines
            )
            await pilot.press("escape")
        # the file can be written again: Enter saves the waiting lines, then this one
        await pilot.press("enter")
        await until(pilot, lambda: len(texts(store, twente)) == 5, "all five saved")
        await until(pilot, lambda: not bar(app).unsaved and status(app) == "", "all saved")
        assert "niet opgeslagen" not in preview(app)
    saved = [(c.kind, c.text) for c in store.contributions(twente)]
    assert saved == [*typed_lines, (Kind.NOTE, "Nieuwe notitie")]


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER])
async def test_the_warning_under_the_line_follows_the_lock_let_go(
    tmp_path: Path, clock: FakeClock, role: Role
) -> None:
    """Another program holds the database: the line waits and says so, pointing at the
    message below. Once the lock is let go, the message below went, but the line still
    said «niet opgeslagen (zie de melding hieronder)». Now the waiting line is saved then,
    and the warning goes with the message."""
    store = Store(tmp_path / "bezet.db", busy_timeout_ms=50, clock=clock)
    session_id = import_twente(store)
    start_meeting(store, session_id, clock)
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0.02, role=role)
    other = sqlite3.connect(store.path, isolation_level=None)
    try:
        async with app.run_test(size=SIZE) as pilot:
            other.execute("BEGIN EXCLUSIVE")
            await keys_at_once(app, "bBezet tijdens het slot\r")
            await until(pilot, lambda: "bezet" in status(app), "message")
            await until(pilot, lambda: "melding hieronder" in preview(app), "warning")
            other.execute("ROLLBACK")  # let go: no key pressed
            await until(pilot, lambda: status(app) == "", "message gone")
            await until(pilot, lambda: not bar(app).unsaved, "the line saved")
            await app.settle()
            await pilot.pause()
            assert "niet opgeslagen" not in preview(app)
            assert "melding hieronder" not in preview(app)
    finally:
        other.close()
        store.close()
    assert [(c.kind, c.text) for c in Store(tmp_path / "bezet.db").contributions(session_id)] == [
        (Kind.BARRIER, "Bezet tijdens het slot")
    ]


async def test_lines_waiting_unsaved_are_in_a_file_at_once_and_it_goes_once_they_are_saved(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Kept only in memory until a clean quit, the waiting lines went with a killed process
    (kill -9, the battery): the file is written as soon as a line waits, kept up to date
    (the line being typed with them), said under the line, and removed once all are
    saved."""
    store = Store(tmp_path / "bezet.db", clock=clock, busy_timeout_ms=50)
    twente = import_twente(store)
    other = sqlite3.connect(store.path, isolation_level=None)
    app = make_app(store, twente, clock=clock, tick_seconds=0, watch_seconds=0.02, draft_seconds=0)

    def kept() -> list[Path]:
        return list(tmp_path.glob("niet-opgeslagen-twente-2020-10-*.txt"))

    try:
        async with app.run_test(size=SIZE) as pilot:
            other.execute("BEGIN IMMEDIATE")
            await capture(pilot, "b", "Eerste barriere")
            await until(pilot, lambda: "bezet" in status(app), "message")
            await until(pilot, lambda: bool(bar(app).unsaved), "the line waiting")
            (file,) = kept()  # while the app runs: what a killed process leaves
            assert file.read_text(encoding="utf-8").splitlines()[-1] == "Eerste barriere"
            assert file.name in preview(app)
            await capture(pilot, "q", "Een vraag")
            await until(pilot, lambda: len(bar(app).unsaved) == 2, "two lines waiting")
            await pilot.press("c", *"half")
            await until(pilot, lambda: "half" in file.read_text(encoding="utf-8"), "the line")
            assert kept() == [file]
            text = file.read_text(encoding="utf-8").splitlines()
            assert text[2:] == [
                "",
                "barrière · niemand · geen punt",
                "Eerste barriere",
                "",
                "vraag · niemand · geen punt",
                "Een vraag",
                "",
                "notitie · niemand · geen punt",
                "half",
            ]
            await pilot.press("escape")
            other.execute("ROLLBACK")
            await until(pilot, lambda: not bar(app).unsaved, "the lines saved")
            await app.settle()
            await until(pilot, lambda: not kept(), "the file gone")
    finally:
        other.close()
    assert texts(store, twente) == ["Eerste barriere", "Een vraag"]
    store.close()


async def test_lines_moved_to_a_file_elsewhere_leave_no_file_behind_once_saved(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database locked, two lines wait in a file beside it; then its disk fills, the
    file cannot take the third line, and all three go into a new file in the current
    folder. Once the disk and the lock are free, all are saved and the new file went, but
    the first stayed beside the database, saying two saved lines were not saved (and the
    next start named it). Now the first file goes when the lines move to the new one."""
    home, here = tmp_path / "db", tmp_path / "here"
    with full_disk(monkeypatch, home, here) as full:
        store = Store(home / "bezet.db", clock=clock, busy_timeout_ms=50)
        twente = import_twente(store)
        other = sqlite3.connect(store.path, isolation_level=None)
        app = make_app(
            store, twente, clock=clock, tick_seconds=0, watch_seconds=0.02, draft_seconds=0
        )
        try:
            async with app.run_test(size=SIZE) as pilot:
                other.execute("BEGIN IMMEDIATE")
                await capture(pilot, "b", "Eerste barriere")
                await until(pilot, lambda: "bezet" in status(app), "message")
                await capture(pilot, "q", "Een vraag")
                await until(pilot, lambda: len(bar(app).unsaved) == 2, "two lines waiting")
                (first,) = rescued(home)
                full.add(home)
                await capture(pilot, "k", "Een kans")
                await until(pilot, lambda: len(bar(app).unsaved) == 3, "three lines waiting")
                (moved,) = rescued(here)
                assert moved.name in preview(app).replace("\n", "")
                assert moved.read_text(encoding="utf-8").splitlines()[-1] == "Een kans"
                assert not first.exists()  # the new file holds them all
                full.clear()
                other.execute("ROLLBACK")
                await until(pilot, lambda: not bar(app).unsaved, "the lines saved")
                await app.settle()
                await until(pilot, lambda: not rescued(here), "the new file gone")
        finally:
            other.close()
    assert texts(store, twente) == ["Eerste barriere", "Een vraag", "Een kans"]
    assert rescued(home) == [] and rescued(here) == []
    store.close()


async def test_a_file_no_folder_could_replace_goes_once_its_lines_are_saved(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lines waiting in a file beside the database; then every disk is full, and no
    file takes the next line: the file written before keeps the lines that waited then,
    and goes once they are all saved (it stayed, saying they were not)."""
    home, here = tmp_path / "db", tmp_path / "here"
    with full_disk(monkeypatch, home, here) as full:
        store = Store(home / "bezet.db", clock=clock, busy_timeout_ms=50)
        twente = import_twente(store)
        other = sqlite3.connect(store.path, isolation_level=None)
        app = make_app(
            store, twente, clock=clock, tick_seconds=0, watch_seconds=0.02, draft_seconds=0
        )
        try:
            async with app.run_test(size=SIZE) as pilot:
                other.execute("BEGIN IMMEDIATE")
                await capture(pilot, "b", "Eerste barriere")
                await until(pilot, lambda: "bezet" in status(app), "message")
                await until(pilot, lambda: bool(bar(app).unsaved), "the line waiting")
                (first,) = rescued(home)
                full.add(None)  # every folder
                await capture(pilot, "q", "Een vraag")
                await until(pilot, lambda: len(bar(app).unsaved) == 2, "two lines waiting")
                assert first.read_text(encoding="utf-8").splitlines()[-1] == "Eerste barriere"
                full.clear()
                other.execute("ROLLBACK")
                await until(pilot, lambda: not bar(app).unsaved, "the lines saved")
                await app.settle()
                await until(pilot, lambda: not first.exists(), "the file gone")
        finally:
            other.close()
    assert texts(store, twente) == ["Eerste barriere", "Een vraag"]
    assert rescued(home) == [] and rescued(here) == []
    store.close()


def rescued(folder: Path) -> list[Path]:
    return list(folder.glob("niet-opgeslagen-twente-2020-10-*.txt"))


@contextmanager
def full_disk(
    monkeypatch: pytest.MonkeyPatch, home: Path, here: Path
) -> Iterator[set[Path | None]]:
    """The database in ``home``, the current folder ``here``; a folder put in the set
    yielded takes no file (its disk full), every folder while None is in it."""
    from facilitator.export import write as write_module

    home.mkdir()
    here.mkdir()
    monkeypatch.chdir(here)
    temp_file = write_module._temp_file
    full: set[Path | None] = set()

    def temp_file_on_a_full_disk(directory: Path, name: str) -> tuple[int, Path]:
        if None in full or Path(directory) in full:
            raise OSError(28, "No space left on device")
        return temp_file(directory, name)

    monkeypatch.setattr(write_module, "_temp_file", temp_file_on_a_full_disk)
    yield full


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER])
@pytest.mark.parametrize("open_line", [False, True])
async def test_the_file_of_the_waiting_lines_is_named_whole_at_80_by_24(
    tmp_path: Path, clock: FakeClock, role: Role, open_line: bool
) -> None:
    """At 80×24 the warning of the waiting lines was cut after «(ook in het bestand»: the
    file that holds them could not be read. Now its whole path shows, broken after a
    «/», whether the line is closed or a new one is being typed."""
    store = Store(tmp_path / "bezet.db", clock=clock, busy_timeout_ms=50)
    twente = import_twente(store)
    other = sqlite3.connect(store.path, isolation_level=None)
    app = make_app(
        store, twente, clock=clock, tick_seconds=0, watch_seconds=0.02, draft_seconds=0, role=role
    )
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            other.execute("BEGIN IMMEDIATE")
            for key, line in zip("bqo", ["Eerste barriere", "Een vraag", "Een kans"], strict=True):
                await capture(pilot, key, line)
            await until(pilot, lambda: "bezet" in status(app), "message")
            await until(pilot, lambda: len(bar(app).unsaved) == 3, "three lines waiting")
            (file,) = list(tmp_path.glob("niet-opgeslagen-twente-2020-10-*.txt"))
            if open_line:
                await pilot.press("c", *"half")
            await app.settle()
            await pilot.pause()
            rows = [row.strip() for row in laid_out(app).splitlines()]
            assert str(file) in "".join(rows), "\n".join(rows)
            assert any(row.startswith("⚠ 3 regels niet opgeslagen") for row in rows)
            other.execute("ROLLBACK")
            await until(pilot, lambda: not bar(app).unsaved, "the lines saved")
            await app.settle()
    finally:
        other.close()
        store.close()


async def test_an_editor_and_a_form_whose_save_failed_say_not_saved_once(
    store: Store, twente: int, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database made read-only while an editor and then a form save: each said «⚠
    niet opgeslagen: De database … is alleen-lezen; de wijziging is niet opgeslagen.»,
    not saved twice over. The database's own words say it, once, after ⚠."""
    start_meeting(store, twente, clock)
    app = watching_app(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await capture(pilot, "b", "Te weinig stageplekken")
        await pilot.press("f3")
        await pilot.pause()
        with read_only_connections(store, monkeypatch):
            await pilot.press("enter", "end", "x", "enter")
            await until(pilot, lambda: isinstance(app.screen, LineEditor), "editor back")
            editor = app.screen
            assert isinstance(editor, LineEditor)
            await until(pilot, lambda: bool(editor.problem), "reason")
            said = str(editor.query_one("#editor-preview", Static).content)
            assert said.startswith("⚠ De database "), said
            assert said.count("niet opgeslagen") == 1, said
            await pilot.press("escape", "escape")
            await pilot.press("e", "1", "enter", "enter", "enter", "enter", "enter")
            await until(
                pilot,
                lambda: isinstance(app.screen, FormDialog) and bool(app.screen.problem),
                "form back",
            )
            form = app.screen
            assert isinstance(form, FormDialog)
            said = str(form.query_one("#form-problem", Static).content)
            assert said.startswith("⚠ De database "), said
            assert said.count("niet opgeslagen") == 1, said
            await pilot.press("escape", "escape")
