"""Drafts: the line being typed kept in the database, and offered back after its window
ended without saving it."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.service import Services
from facilitator.service.drafts import DraftService, boot_id, process_alive, start_time
from facilitator.store import Store
from facilitator.store.drafts import Draft, drafts, save_draft
from facilitator.store.importer import import_plan
from facilitator.store.schema import MIGRATIONS
from tests.helpers import make_plan

HOST = socket.gethostname() or "?"
DEAD = {41, 42, 43}


def _session(store: Store) -> int:
    return import_plan(store, make_plan("proef", participants=4, items=3)).session.id


def _window(store: Store, session_id: int, name: str, **kwargs: object) -> DraftService:
    return DraftService(
        store,
        session_id,
        origin=f"notetaker anne@{HOST} #{name}",
        alive=lambda p: p not in DEAD,
        **kwargs,  # type: ignore[arg-type]
    )


def _left_by(store: Store, session_id: int, pid: int, text: str, minute: int, **kw: object) -> None:
    """A draft as a window of process ``pid`` left it at 12:``minute``."""
    clock = FakeClock()
    at = clock.now().replace(minute=minute)
    save_draft(
        store,
        Draft(
            session_id,
            f"notetaker anne@{kw.get('host', HOST)} #p{pid}",
            pid,
            str(kw.get("host", HOST)),
            Kind.BARRIER,
            text,
            None,
            None,
            at,
        ),
    )


def test_a_window_keeps_one_draft_replaced_as_typed_and_dropped(store: Store) -> None:
    session_id = _session(store)
    people = store.participants(session_id)
    item = store.items(session_id)[1]
    window = _window(store, session_id, "a")
    assert window.keep(Kind.NOTE, "Stage", people[0].id, item.id)
    assert window.keep(Kind.BARRIER, "Stageplekken zijn scha", people[1].id, item.id)
    (kept,) = drafts(store, session_id)
    assert (kept.kind, kept.text, kept.participant_id, kept.item_id) == (
        Kind.BARRIER,
        "Stageplekken zijn scha",
        people[1].id,
        item.id,
    )
    assert (kept.pid, kept.host) == (os.getpid(), HOST)
    assert window.drop()
    assert drafts(store, session_id) == []


def test_a_draft_is_no_operation_of_the_session(store: Store) -> None:
    session_id = _session(store)
    before = store.operations(session_id)
    window = _window(store, session_id, "a")
    window.keep(Kind.NOTE, "half getypt", None, None)
    window.drop()
    assert store.operations(session_id) == before
    assert not store.can_undo(session_id)


def test_an_empty_line_drops_the_draft(store: Store) -> None:
    session_id = _session(store)
    window = _window(store, session_id, "a")
    window.keep(Kind.NOTE, "iets", None, None)
    window.keep(Kind.NOTE, "   ", None, None)
    assert drafts(store, session_id) == []


def test_a_draft_is_kept_for_a_closed_session_too(store: Store, clock: FakeClock) -> None:
    """No meeting content: what is typed after the close is kept against a crash."""
    session_id = _session(store)
    services = Services.open(store, session_id, clock)
    services.agenda.toggle_timer()
    services.closing.close()
    assert services.drafts.keep(Kind.NOTE, "na het sluiten", None, None) is True
    assert [d.text for d in drafts(store, session_id)] == ["na het sluiten"]


def test_a_database_read_only_keeps_no_draft_and_says_nothing(store: Store) -> None:
    session_id = _session(store)
    window = _window(store, session_id, "a")
    window.keep(Kind.NOTE, "voor", None, None)
    store.conn.execute("PRAGMA query_only = ON")  # as a file that became read only
    assert window.keep(Kind.NOTE, "tekst", None, None) is False
    store.read_only = True  # as a database opened read only
    assert window.keep(Kind.NOTE, "tekst", None, None) is False
    assert window.drop() is False
    assert window.take_back().line is None
    assert [d.text for d in drafts(store, session_id)] == ["voor"]


def test_the_newest_draft_of_a_process_gone_is_taken_back_and_the_others_with_it(
    store: Store,
) -> None:
    session_id = _session(store)
    _left_by(store, session_id, 41, "oudste regel", 1)
    _left_by(store, session_id, 42, "nieuwste regel", 9)
    _left_by(store, session_id, 43, "middelste regel", 5)
    _left_by(store, session_id, 1, "nog aan het typen", 10)  # alive: still typing
    _left_by(store, session_id, 44, "op een andere computer", 11, host="ander-laptop")
    window = _window(store, session_id, "nieuw")
    taken = window.take_back()
    assert taken.line is not None and taken.line.text == "nieuwste regel"
    assert [d.text for d in taken.others] == ["middelste regel", "oudste regel"]
    left = {d.text: d for d in drafts(store, session_id)}
    # the newest is this window's own draft now; the others this process's until kept
    assert left["nieuwste regel"].window == window.window
    assert left["middelste regel"].pid == os.getpid()
    assert left["nog aan het typen"].pid == 1
    assert left["op een andere computer"].pid == 44
    # a second window starting now takes none of them again
    assert _window(store, session_id, "tweede").take_back().line is None
    assert window.forget([d.window for d in taken.others])
    assert sorted(d.text for d in drafts(store, session_id)) == [
        "nieuwste regel",
        "nog aan het typen",
        "op een andere computer",
    ]


def test_nothing_to_take_back_writes_nothing(store: Store) -> None:
    session_id = _session(store)
    _left_by(store, session_id, 1, "nog aan het typen", 10)
    version = store.conn.execute("SELECT total_changes()").fetchone()[0]
    assert _window(store, session_id, "nieuw").take_back().line is None
    assert store.conn.execute("SELECT total_changes()").fetchone()[0] == version


def test_a_process_that_runs_is_alive_and_one_that_ended_is_not() -> None:
    assert process_alive(os.getpid())
    import subprocess
    import sys

    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert not process_alive(int(child.stdout))


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="no /proc to ask")
def test_a_process_killed_and_not_yet_reaped_is_not_alive() -> None:
    """A window killed (``kill -9``) whose parent, the terminal, has not reaped it yet is
    a zombie: its number still answers a signal, but it types nothing any more; its
    draft is to be offered back."""
    import signal
    import subprocess
    import time

    child = subprocess.Popen(["sleep", "60"])
    try:
        assert process_alive(child.pid)
        os.kill(child.pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while _state(child.pid) != "Z" and time.monotonic() < deadline:
            time.sleep(0.01)  # the kernel ends it a moment after the signal
        assert _state(child.pid) == "Z"
        assert not process_alive(child.pid)
    finally:
        child.kill()
        child.wait()


def _state(pid: int) -> str:
    stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    return stat[stat.rindex(")") + 2 :].split()[0]


def test_an_older_database_gets_the_drafts_table(tmp_path: Path) -> None:
    path = tmp_path / "oud.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for migration in MIGRATIONS[:18]:
        migration(conn)
    conn.execute("PRAGMA user_version = 18")
    conn.execute("COMMIT")
    conn.close()
    store = Store(path)
    session_id = _session(store)
    assert _window(store, session_id, "a").keep(Kind.NOTE, "na de upgrade", None, None)
    assert [d.text for d in drafts(store, session_id)] == ["na de upgrade"]
    store.close()


def test_import_db_leaves_the_drafts_of_the_other_database_behind(
    tmp_path: Path, monkeypatch: object
) -> None:
    other_path = tmp_path / "laptop.db"
    other = Store(other_path)
    session_id = _session(other)
    _left_by(other, session_id, 41, "half getypt op de laptop", 3)
    other.close()
    here = tmp_path / "hier.db"
    Store(here).close()
    out = CliRunner().invoke(main, ["--db", str(here), "import-db", str(other_path)])
    assert out.exit_code == 0, out.output
    store = Store(here)
    merged = store.session_by_slug("proef")
    assert merged is not None
    assert drafts(store, merged.id) == []
    store.close()
    # the database merged is left as it was, its draft in it
    copy = Store(shutil.copy(other_path, tmp_path / "kopie.db"))
    assert [d.text for d in drafts(copy, session_id)] == ["half getypt op de laptop"]
    copy.close()


def test_a_draft_written_behind_a_command_does_not_keep_its_outcome_from_the_screen() -> None:
    """A draft queued right behind a command (the line's Enter, then its draft dropped):
    the command still comes back with the session read after it."""
    from facilitator.service.runner import AsideDone, CommandRunner, Finished

    news: list[object] = []
    gate = threading.Event()
    session: Any = "the session"
    runner = CommandRunner(lambda: session, lambda: 1, news.append, watch=False)
    runner.start()
    runner.submit(gate.wait, 5)
    runner.aside(lambda: "dropped", then=lambda value: None)
    gate.set()
    assert runner.wait_idle(5) and runner.wait_asides(5)
    runner.stop()
    finished = [n for n in news if isinstance(n, Finished)]
    assert [f.state for f in finished] == ["the session"]
    assert [n.value for n in news if isinstance(n, AsideDone)] == ["dropped"]


ON_PROC = Path("/proc/self/stat").exists() and Path("/proc/sys/kernel/random/boot_id").exists()


def _left_by_running(store: Store, session_id: int, pid: int, text: str, **kw: object) -> None:
    """A draft of a window of process ``pid``, with what it knew of its process."""
    save_draft(
        store,
        Draft(
            session_id,
            f"notetaker anne@{HOST} #p{pid}-{text[:3]}",
            pid,
            HOST,
            Kind.NOTE,
            text,
            None,
            None,
            FakeClock().now(),
            boot=kw.get("boot"),  # type: ignore[arg-type]
            started=kw.get("started"),  # type: ignore[arg-type]
        ),
    )


@pytest.mark.skipif(not ON_PROC, reason="the system says no boot id nor process start time")
def test_a_draft_whose_process_id_now_belongs_to_another_process_is_taken_back(
    store: Store,
) -> None:
    """After a reboot, or once the process ended and its number was given again, the
    process of that number runs, but it is not the window that left the draft."""
    session_id = _session(store)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        boot = boot_id()
        started = start_time(other.pid)
        assert boot is not None and started is not None
        _left_by_running(store, session_id, other.pid, "voor de herstart", boot="andere-start")
        _left_by_running(
            store, session_id, other.pid, "ander proces", boot=boot, started=started - 1
        )
        _left_by_running(
            store, session_id, other.pid, "nog aan het typen", boot=boot, started=started
        )
        _left_by_running(store, session_id, other.pid, "van een oudere versie")  # pid alone
        window = DraftService(store, session_id, origin=f"notetaker anne@{HOST} #nieuw")
        taken = window.take_back()
        assert taken.line is not None
        assert sorted([taken.line.text, *(d.text for d in taken.others)]) == [
            "ander proces",
            "voor de herstart",
        ]
        left = {d.text: d for d in drafts(store, session_id)}
        assert left["nog aan het typen"].pid == other.pid
        assert left["van een oudere versie"].pid == other.pid
        # what this window took over is known as its own now: a window starting after it
        # takes none of it while it runs
        assert {left[t].boot for t in ("ander proces", "voor de herstart")} == {boot}
        again = DraftService(store, session_id, origin=f"notetaker anne@{HOST} #tweede")
        assert again.take_back().line is None
    finally:
        other.kill()
        other.wait()


@pytest.mark.skipif(not ON_PROC, reason="the system says no boot id nor process start time")
def test_a_draft_keeps_the_boot_and_the_start_of_its_process(store: Store) -> None:
    session_id = _session(store)
    _window(store, session_id, "a").keep(Kind.NOTE, "half", None, None)
    (kept,) = drafts(store, session_id)
    assert (kept.boot, kept.started) == (boot_id(), start_time(os.getpid()))


def test_a_database_of_version_19_keeps_its_drafts(tmp_path: Path) -> None:
    path = tmp_path / "v19.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for migration in MIGRATIONS[:19]:
        migration(conn)
    conn.execute("PRAGMA user_version = 19")
    conn.execute(
        "INSERT INTO sessions (slug, title, starts_at, status) "
        "VALUES ('oud', 'Oude sessie', '2020-10-06T12:00:00+00:00', 'running')"
    )
    conn.execute(
        "INSERT INTO drafts VALUES (1, 'notetaker anne@laptop #a', 41, ?, 'barrier', "
        "'half getypt', NULL, NULL, '2020-10-06T12:05:00+00:00')",
        (HOST,),
    )
    conn.execute("COMMIT")
    conn.close()
    store = Store(path)
    (left,) = drafts(store, 1)
    assert (left.text, left.pid, left.boot, left.started) == ("half getypt", 41, None, None)
    taken = _window(store, 1, "nieuw").take_back()
    assert taken.line is not None and taken.line.text == "half getypt"
    store.close()
