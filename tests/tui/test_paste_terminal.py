"""A paste with escape sequences in it: the real program in a terminal.

Text copied from a terminal may hold its colours (``ESC [ 1 m``). The terminal sends a
paste between ``ESC [ 200 ~`` and ``ESC [ 201 ~``; the whole of it is one paste, however
many escape bytes it holds, and none of it is pressed as keys.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain.model import Kind
from facilitator.service import Services
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.conftest import SAMPLES
from tests.tui.terminal import CTRL_Q, ENTER, Terminal

ESC = "\x1b"


def pasted(text: str) -> bytes:
    """What a terminal sends for a paste of ``text`` (bracketed paste, as tmux sends it)."""
    return f"{ESC}[200~{text}{ESC}[201~".encode()


@pytest.fixture
def meeting(tmp_path: Path) -> tuple[Path, str]:
    """The Twente sample, item 2 running (so ``[`` would go back), Erik Nijhuis speaking."""
    path = tmp_path / "paste.db"
    store = Store(path)
    session = import_plan(store, load_session_file(SAMPLES / "twente.toml")).session
    service = Services.open(store, session.id)
    service.agenda.toggle_timer()
    service.agenda.move(1)
    erik = next(p for p in store.participants(session.id) if p.name == "Erik Nijhuis")
    service.floor.give_floor(erik.id)
    store.close()
    return path, session.slug


def test_a_paste_with_escape_sequences_is_one_paste_and_presses_no_keys(
    meeting: tuple[Path, str],
) -> None:
    """Pasted with no line open, «uit terminal ESC[1mvet ESC[0m klaar» went back an agenda
    item (``[``), queued participant 1 and opened a picker (``m``), whose filter got the
    rest out of order; pasted into a capture line, «ctl-ESC[31mROOD ESC[0m-end» was saved
    as «^[31mROOD^[0m-endctl-». Each paste is kept whole, as pasted."""
    path, slug = meeting
    console = f"uit terminal {ESC}[1mvet{ESC}[0m klaar"
    line = f"ctl-{ESC}[31mROOD{ESC}[0m-end"
    store = Store(path, must_exist=True)
    session = store.session_by_slug(slug)
    assert session is not None
    item_before, queue_before = session.current_item_id, store.queue(session.id)
    store.close()

    terminal = Terminal(["--db", str(path), "run", slug])
    try:
        terminal.wait_for(
            lambda screen: "Erik Nijhuis" in screen and "Nog geen bijdragen" in screen,
            deadline_s=60,
            what="console on the screen",
        )
        terminal.type(pasted(console) + ENTER + b"b" + pasted(line) + ENTER + CTRL_Q)
        code = terminal.wait(deadline_s=60)
        assert code == 0, f"the program did not quit (exit {code}): {terminal.text()[-1500:]}"
    finally:
        terminal.close()

    store = Store(path, must_exist=True)
    try:
        session = store.session_by_slug(slug)
        assert session is not None
        stored = [(c.kind, c.text) for c in store.contributions(session.id)]
        assert stored == [(Kind.NOTE, console), (Kind.BARRIER, line)]
        assert session.current_item_id == item_before  # no `[`
        assert store.queue(session.id) == queue_before  # no `1`
    finally:
        store.close()
