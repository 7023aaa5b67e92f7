"""A fast note-taker on a busy laptop: the real program in a terminal, keys with no pause.

The program runs as ``python -m facilitator --db DB run SLUG`` in a
pseudo-terminal (120x40 and 80x24, ``xterm-256color``) on the Twente sample with the
meeting under way (item 1's timer running, Erik Nijhuis speaking), while two
processes keep both cores busy. The test writes fifty captures in one go —
kind key, sentence, Enter, and at once the next kind key — with pickers in
between (``h`` + a name + Enter, ``0`` + a number + Enter) and a few double
Enters, then ``ctrl+q``. Keys are routed in the order they arrive, so the quit
comes after everything typed before it; the test waits for the program to end
(a deadline, no sleeps) and reads the database.

Every sentence must be stored exactly once, as typed, with its own kind, by the
speaker and under the item of the moment; the pickers must have queued exactly
the people whose names or numbers were typed, in that order; and nothing else
may have changed: a letter of a sentence run as a console key would start or
stop the timer, give the floor away, cut minutes, move the agenda or queue
someone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from facilitator.domain.model import BOARD_KINDS, Kind
from facilitator.service import Services
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.conftest import SAMPLES
from tests.tui.terminal import CTRL_Q, ENTER, BusyCores, Terminal

ESC = b"\x1b"

CAPTURES = 50
KIND_KEYS = {
    "b": Kind.BARRIER,
    "o": Kind.OPPORTUNITY,
    "k": Kind.OPPORTUNITY,
    "a": Kind.ACTION,
    "d": Kind.DECISION,
    "q": Kind.QUESTION,
    "c": Kind.NOTE,
}
# Markup, console keys and characters from outside ASCII, inside the sentences. Each
# stays text: `#1` is no tag (a tag starts with a letter), no `@`, `~` or date words.
HOSTILE = (
    "[bold]vet[/bold]",
    "[/]",
    "[@click=app.quit]klik",
    "a | b",
    "nr #1 en #2",
    "één café, geen crème brûlée",
    "Yıldız zegt: ‘ja’ — of „nee”",
    "50% [done] + 1 - 2",
    "x[red]y[/red] s r f x h p m u g",
    "ç ñ ü ø ß æ 0 1 9 ] [",
)
# After these captures a picker: the key, what is typed in its filter, who it picks.
PICKS = {
    6: ("h", "derya", "Derya Aksoy"),
    13: ("h", "mehmet", "Mehmet Demir"),
    20: ("0", "9", "Linda Mensink"),
    27: ("h", "yildiz", "Fatma Yıldız"),
    34: ("h", "samira", "Samira el Amrani"),
    41: ("0", "10", "Ronald Wolters"),
    48: ("h", "gerrit kamp", "Gerrit Kamphuis"),
}
DOUBLE_ENTER = {3, 17, 29, 44}  # Enter pressed twice: stored once, the second does nothing
# Before these captures a line begun and cancelled with Esc, the next kind key at once:
# Esc, a key and the thirty and more after it, in one read, are Esc and those keys.
CANCELLED = {11: "q weg ermee", 24: "c ook weg", 40: "o [bold]niet[/]"}


@dataclass(frozen=True)
class Line:
    key: str
    text: str

    @property
    def kind(self) -> Kind:
        return KIND_KEYS[self.key]


def sentences() -> list[Line]:
    keys = list(KIND_KEYS)
    return [
        Line(keys[n % len(keys)], f"zin {n} {HOSTILE[n % len(HOSTILE)]} einde {n}")
        for n in range(CAPTURES)
    ]


def burst(typed: list[Line]) -> bytes:
    """Everything the note-taker types, as one write to the terminal."""
    out = bytearray()
    for n, line in enumerate(typed):
        if n in CANCELLED:
            out += CANCELLED[n].encode("utf-8") + ESC
        out += line.key.encode() + line.text.encode("utf-8") + ENTER
        if n in DOUBLE_ENTER:
            out += ENTER
        if n in PICKS:
            key, query, _ = PICKS[n]
            out += key.encode() + query.encode("utf-8") + ENTER
    return bytes(out)


@pytest.fixture
def meeting(tmp_path: Path) -> tuple[Path, str]:
    """The Twente sample in a new database, item 1 running and Erik Nijhuis speaking."""
    path = tmp_path / "burst.db"
    store = Store(path)
    session = import_plan(store, load_session_file(SAMPLES / "twente.toml")).session
    service = Services.open(store, session.id)
    service.agenda.toggle_timer()
    erik = next(p for p in store.participants(session.id) if p.name == "Erik Nijhuis")
    service.floor.give_floor(erik.id)
    store.close()
    return path, session.slug


def picture(path: Path, slug: str) -> dict[str, object]:
    """What the keys must not change: session, agenda, speeches, presence."""
    store = Store(path, must_exist=True)
    try:
        session = store.session_by_slug(slug)
        assert session is not None
        return {
            "session": session,
            "items": store.items(session.id, include_removed=True),
            "speeches": store.speeches(session.id),
            "participants": store.participants(session.id, include_removed=True),
        }
    finally:
        store.close()


@pytest.mark.parametrize(("columns", "lines"), [(120, 40), (80, 24)])
def test_a_burst_of_captures_and_pickers_on_a_busy_machine(
    meeting: tuple[Path, str], columns: int, lines: int
) -> None:
    path, slug = meeting
    before = picture(path, slug)
    typed = sentences()
    keys = burst(typed)

    with BusyCores(2):
        terminal = Terminal(["--db", str(path), "run", slug], columns=columns, lines=lines)
        try:
            terminal.wait_for(
                lambda screen: "Erik Nijhuis" in screen and "Nog geen bijdragen" in screen,
                deadline_s=60,
                what="console on the screen",
            )
            started = time.monotonic()
            terminal.type(keys + CTRL_Q)
            code = terminal.wait(deadline_s=120)
            took = time.monotonic() - started
            assert code == 0, (
                f"the program did not quit after the burst (exit {code}, {took:.1f} s); "
                f"the screen: {terminal.text()[-1500:]}"
            )
        finally:
            terminal.close()

    after = picture(path, slug)
    store = Store(path, must_exist=True)
    try:
        session = store.session_by_slug(slug)
        assert session is not None
        people = {p.id: p.name for p in store.participants(session.id)}
        speaker = next(s.participant_id for s in store.speeches(session.id) if s.ended_at is None)
        stored = store.contributions(session.id)
        queue = store.queue(session.id)
        cards = store.cards(session.id)
    finally:
        store.close()

    # every sentence once, as typed, with the kind of its key, in the order typed
    assert [c.text for c in stored] == [line.text for line in typed]
    assert [c.kind for c in stored] == [line.kind for line in typed]
    assert {c.participant_id for c in stored} == {speaker}
    assert people[speaker] == "Erik Nijhuis"
    assert {c.item_id for c in stored} == {session.current_item_id}
    assert sorted(c.title for c in cards) == sorted(
        line.text for line in typed if line.kind in BOARD_KINDS
    )
    # the pickers queued whom their filter named, in order, and nobody else
    assert [people[e.participant_id] for e in queue] == [name for _, _, name in PICKS.values()]
    assert {e.priority.value for e in queue} == {"normal"}
    # the agenda, the timer, the floor and presence as they were
    assert after == before
