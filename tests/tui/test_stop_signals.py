"""The terminal closed or the computer shutting down while a sentence is half typed.

The real program in a pseudo-terminal gets SIGTERM (a shutdown, ``kill``) or SIGHUP
(the terminal window closed): it quits as ``ctrl+q`` would, instead of dying on the
spot. The half-typed sentence is kept in a file beside the database, what was saved
stays saved, and the terminal is put back (the alternate screen left).
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.conftest import SAMPLES
from tests.tui.terminal import ENTER, Terminal

LEAVE_ALTERNATE_SCREEN = b"\x1b[?1049l"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "vergadering.db"
    store = Store(path)
    import_plan(store, load_session_file(SAMPLES / "twente.toml", lang="nl"))
    store.close()
    return path


@pytest.mark.parametrize(
    "stop",
    [signal.SIGTERM, signal.SIGHUP, signal.SIGINT],
    ids=["SIGTERM", "SIGHUP", "SIGINT"],  # SIGINT: `kill -INT`, a Ctrl+C sent from outside
)
def test_a_stop_signal_quits_keeping_the_text_typed(db: Path, stop: signal.Signals) -> None:
    terminal = Terminal(["--db", str(db), "--lang", "nl", "run", "twente-2020-10"])
    try:
        terminal.wait_for(lambda text: "Laatste bijdragen" in text, 30, "the console")
        terminal.type("cGezegd en bewaard")
        terminal.type(ENTER)
        terminal.wait_for(lambda text: "Gezegd en bewaard" in text, 10, "the note saved")
        terminal.type("bHalf getypt")
        terminal.wait_for(lambda text: "Half getypt" in text, 10, "the text typed")
        terminal.signal(stop)
        assert terminal.wait(20) is not None, "the program did not end"
        if stop != signal.SIGHUP:  # after SIGHUP there is no terminal to put back
            assert LEAVE_ALTERNATE_SCREEN in terminal.output()
    finally:
        terminal.close()
    kept = list(db.parent.glob("niet-opgeslagen-twente-2020-10-*.txt"))
    assert [k.read_text(encoding="utf-8").splitlines()[-2:] for k in kept] == [
        ["barrière · niemand · geen punt", "Half getypt"]
    ]
    store = Store(db)
    try:
        assert [c.text for c in store.contributions(store.sessions()[0].id)] == [
            "Gezegd en bewaard"
        ]
    finally:
        store.close()


def test_closing_the_terminal_window_ends_the_program_keeping_the_text_typed(db: Path) -> None:
    """The window closed, not only the signal: the program's writes to the terminal fail
    from then on, and it must still end (Textual's writer thread died on the first failed
    write, and quitting then waited forever for room in its full queue)."""
    terminal = Terminal(["--db", str(db), "--lang", "nl", "run", "twente-2020-10"])
    try:
        terminal.wait_for(lambda text: "Laatste bijdragen" in text, 30, "the console")
        terminal.type("bHalf getypt")
        terminal.wait_for(lambda text: "Half getypt" in text, 10, "the text typed")
        terminal.type("\t" * 40)  # screens to draw, still queued when the window closes
        terminal.hang_up()
        assert terminal.wait(20) is not None, "the program did not end"
    finally:
        terminal.close()
    kept = list(db.parent.glob("niet-opgeslagen-twente-2020-10-*.txt"))
    assert len(kept) == 1
    *_, about, text = kept[0].read_text(encoding="utf-8").splitlines()
    assert text == "Half getypt" and about.endswith(" · niemand · geen punt")


def test_closing_the_window_while_the_first_screens_are_drawn_ends_the_program(
    db: Path,
) -> None:
    """The window closed the moment the title shows, while the first screens are still
    being written: the writes queued behind the failed one filled the writer's queue, and
    the program hung on quitting in about one start of three. Four starts, each must end."""
    for _ in range(4):
        terminal = Terminal(["--db", str(db), "--lang", "nl", "run", "twente-2020-10"])
        try:
            terminal.wait_for(lambda text: "Rondetafel" in text, 30, "the title")
            terminal.hang_up()
            assert terminal.wait(20) is not None, "the program did not end"
        finally:
            terminal.close()
