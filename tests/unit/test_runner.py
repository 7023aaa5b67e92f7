"""The command runner: one writer thread per window, in order, saying how the database is.

The runner is driven with ``watch=False`` and explicit :meth:`CommandRunner.look`
calls (what its poll does between commands), so every test is deterministic:
``wait_idle`` returns once every job given so far has run and been delivered.
"""

from __future__ import annotations

import errno
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from facilitator.domain.model import Kind
from facilitator.i18n.oserrors import OsReason
from facilitator.service import Services
from facilitator.service.result import Done, Failed
from facilitator.service.runner import (
    Changed,
    CommandRunner,
    Crashed,
    Delivery,
    Finished,
    Recovered,
    Trouble,
)
from facilitator.store import Store, StoreError
from facilitator.store.drafts import Draft, save_draft
from facilitator.store.importer import import_plan
from tests.helpers import make_plan

WAIT = 10.0  # a deadline, never reached when things work


class Window:
    """A runner on one store, recording what it delivers."""

    def __init__(self, store: Store, session_id: int) -> None:
        self.store = store
        self.service = Services.open(store, session_id)
        self.notes = self.service.notes
        self.news: list[Delivery] = []
        self.threads: set[str] = set()
        self.pending_seen: list[int] = []
        self.hook: Callable[[Delivery], None] | None = None
        """Called with each delivery, on the runner's thread (what happens meanwhile)."""
        self.runner = CommandRunner(
            self.service.reading.state,
            store.data_version,
            self._deliver,
            watch=False,
            version=store.data_version(),
            check_file=store.check_file,
            error_of=store.error_of,
            lock_free=store.write_lock_free,
            may_save=store.may_save,
            change_mark=store.meeting_mark,
            mark=store.meeting_mark(),
        )
        self.runner.start()

    def _deliver(self, news: Delivery) -> None:
        self.threads.add(threading.current_thread().name)
        self.news.append(news)
        if self.hook is not None:
            self.hook(news)
        if isinstance(news, Finished):
            self.pending_seen.append(self.runner.pending)

    def settle(self) -> None:
        assert self.runner.wait_idle(WAIT)

    def of(self, kind: type) -> list[Delivery]:
        return [n for n in self.news if isinstance(n, kind)]

    def troubles(self) -> list[str]:
        return [n.error.key for n in self.news if isinstance(n, Trouble)]

    def health(self) -> list[str]:
        """The trouble and recovery reports, in order."""
        return [
            n.error.key if isinstance(n, Trouble) else "recovered"
            for n in self.news
            if isinstance(n, Trouble | Recovered)
        ]


@pytest.fixture
def window(tmp_path: Path) -> Iterator[Window]:
    store = Store(tmp_path / "venster.db")
    session = import_plan(store, make_plan()).session
    found = Window(store, session.id)
    yield found
    found.runner.stop(WAIT)
    store.close()


def test_commands_run_in_the_order_given_on_one_thread_off_the_callers(window: Window) -> None:
    gate = threading.Event()
    window.runner.submit(gate.wait, WAIT)
    for n in range(20):
        window.runner.submit(window.notes.capture, Kind.NOTE, f"notitie {n}")
    assert window.runner.pending == 21  # nothing ran yet: the caller did not wait
    gate.set()
    window.settle()
    assert window.runner.pending == 0
    texts = [c.text for c in window.store.contributions(window.service.session_id)]
    assert texts == [f"notitie {n}" for n in range(20)]
    assert window.threads == {"commands"}
    finished = window.of(Finished)
    assert len(finished) == 21 and all(isinstance(f.result, Done) for f in finished)  # type: ignore[union-attr]
    # a burst reads the session once, after its last command
    assert [f.state is not None for f in finished] == [False] * 20 + [True]  # type: ignore[union-attr]


def test_a_command_handed_back_no_longer_counts_as_under_way(window: Window) -> None:
    """The window reads ``pending`` when a command comes back: the one it holds is done
    (else "saving… (1)" stayed on screen after the last save, until the next command)."""
    gate = threading.Event()
    window.runner.submit(gate.wait, WAIT)
    for n in range(3):
        window.runner.submit(window.notes.capture, Kind.NOTE, f"notitie {n}")
    gate.set()
    window.settle()
    assert window.pending_seen == [3, 2, 1, 0]


def test_a_deleted_database_is_reported_between_commands_and_nothing_more_is_saved(
    window: Window,
) -> None:
    window.runner.submit(window.notes.capture, Kind.NOTE, "voor")
    window.settle()
    window.store.path.unlink()
    window.runner.look()
    window.runner.look()  # the poll goes on: the same problem is said once
    window.settle()
    assert window.troubles() == ["gone"]
    assert window.runner.trouble is not None and window.runner.trouble.key == "gone"
    window.runner.submit(window.notes.capture, Kind.NOTE, "na")
    window.settle()
    [*_, last] = window.of(Finished)
    assert isinstance(last, Finished) and isinstance(last.result, Failed)
    assert last.result.key == "gone"
    assert window.troubles() == ["gone"]
    window.runner.submit(window.notes.contributions)  # a command that only reads
    window.runner.look()
    window.settle()
    assert window.health() == ["gone"]  # still gone: not over, not said again
    assert not window.store.path.exists()  # no new, empty database in its place


def test_a_database_put_back_is_used_again(window: Window, tmp_path: Path) -> None:
    away = tmp_path / "elders.db"
    window.store.path.rename(away)
    window.runner.look()
    window.settle()
    assert window.health() == ["gone"]
    away.rename(window.store.path)  # the same file, back where it was
    window.runner.look()
    window.runner.submit(window.notes.capture, Kind.NOTE, "weer terug")
    window.settle()
    assert window.health() == ["gone", "recovered"]
    assert window.of(Changed)  # and the window shows what is in it
    texts = [c.text for c in window.store.contributions(window.service.session_id)]
    assert texts == ["weer terug"]


def test_a_file_copied_over_it_is_not_written_to(window: Window, tmp_path: Path) -> None:
    copy = tmp_path / "kopie.db"
    copy.write_bytes(window.store.path.read_bytes())
    copy.replace(window.store.path)
    window.runner.look()
    window.runner.submit(window.notes.capture, Kind.NOTE, "x")
    window.settle()
    assert window.troubles() == ["gone"]


def test_a_failed_save_is_reported_once_and_recovery_when_one_is_saved_again(
    window: Window,
) -> None:
    failing = [True]

    def capture(text: str) -> object:
        if failing[0]:
            raise StoreError("readonly", path=str(window.store.path))
        return window.notes.capture(Kind.NOTE, text)

    for text in ("een", "twee"):
        window.runner.submit(capture, text)
    window.settle()
    assert window.health() == ["readonly"]
    results = [f.result for f in window.of(Finished)]  # type: ignore[union-attr]
    assert [r.key for r in results if isinstance(r, Failed)] == ["readonly", "readonly"]
    failing[0] = False
    window.runner.submit(capture, "drie")
    window.runner.submit(capture, "vier")
    window.settle()
    assert window.health() == ["readonly", "recovered"]
    assert window.runner.trouble is None


def test_damage_found_while_running_is_a_message_and_stops_the_saving(window: Window) -> None:
    """SQLite's "malformed" (injected: real damage under an open connection is not found
    reliably by a test) becomes a message naming the file; later writes are refused."""

    def damaged() -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    window.runner.submit(damaged)
    window.settle()
    assert window.troubles() == ["damaged_running"]
    [finished] = window.of(Finished)
    assert isinstance(finished, Finished) and isinstance(finished.result, Failed)
    message = finished.result.message("nl")
    assert str(window.store.path) in message and "beschadigd" in message
    assert "damaged" in finished.result.message("en")
    window.runner.submit(window.notes.capture, Kind.NOTE, "niet meer")
    window.runner.submit(window.notes.contributions)  # a read that works is no recovery
    window.settle()
    assert window.health() == ["damaged_running"]
    assert window.store.contributions(window.service.session_id) == []
    assert not window.of(Crashed)


def test_a_bug_in_a_command_is_a_crash_report_not_a_database_problem(window: Window) -> None:
    def bug() -> None:
        window.store.conn.execute("SELECT no_such_column FROM sessions")

    window.runner.submit(bug)
    window.settle()
    assert len(window.of(Crashed)) == 1
    assert window.troubles() == []


def test_stop_finishes_what_is_queued(window: Window) -> None:
    for n in range(5):
        window.runner.submit(window.notes.capture, Kind.NOTE, f"laatste {n}")
    assert window.runner.stop(WAIT)
    assert len(window.store.contributions(window.service.session_id)) == 5


def test_a_lock_let_go_is_seen_between_commands_not_only_at_the_next_save(
    tmp_path: Path,
) -> None:
    """«The database is busy … not saved» stood under every new line until something was
    saved again, long after the other program had let go of its lock."""
    store = Store(tmp_path / "bezet.db", busy_timeout_ms=50)
    session = import_plan(store, make_plan()).session
    window = Window(store, session.id)
    other = sqlite3.connect(store.path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        window.runner.submit(window.notes.capture, Kind.NOTE, "niet bewaard")
        window.settle()
        assert window.health() == ["locked"]
        window.runner.look()  # still held: still busy
        window.settle()
        assert window.health() == ["locked"]
        other.execute("ROLLBACK")
        window.runner.look()  # let go: said at once, with nothing saved meanwhile
        window.settle()
        assert window.health() == ["locked", "recovered"]
        assert store.contributions(session.id) == []
    finally:
        other.close()
        window.runner.stop(WAIT)
        store.close()


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Window, sqlite3.Connection]]:
    """A window on a database that another program holds the write lock of."""
    store = Store(tmp_path / "bezet.db", busy_timeout_ms=50)
    session = import_plan(store, make_plan()).session
    window = Window(store, session.id)
    other = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield window, other
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()
        window.runner.stop(WAIT)
        store.close()


def test_commands_given_before_a_save_failed_on_the_lock_fail_with_it_in_order(
    held: tuple[Window, sqlite3.Connection],
) -> None:
    """Five lines typed while another program held the database: the first one waited the
    busy timeout and failed; the others ran one after another, each waiting the timeout
    again, and the one that ran as the lock was let go was saved first, before the lines
    typed earlier that had failed (the minutes put it first). Now the commands given
    before the failure fail with it, in order, without waiting; the space bar's pause
    among them is not applied long after it was pressed: it is refused as 'bezet'."""
    window, other = held
    service = window.service
    tried: list[str] = []

    def capture(kind: Kind, text: str) -> object:
        tried.append(text)
        return window.notes.capture(kind, text)

    def let_go(news: Delivery) -> None:  # the other program lets go after the first failure
        if isinstance(news, Finished) and isinstance(news.result, Failed) and other.in_transaction:
            other.execute("ROLLBACK")

    window.hook = let_go
    gate = threading.Event()
    window.runner.submit(gate.wait, WAIT)
    lines = [(Kind.BARRIER, "L1 barriere"), (Kind.OPPORTUNITY, "L2 kans")]
    lines += [(Kind.ACTION, "L3 actie"), (Kind.DECISION, "L4 besluit")]
    lines += [(Kind.QUESTION, "L5 vraag")]
    for kind, text in lines:
        window.runner.submit(capture, kind, text)
    window.runner.submit(service.agenda.toggle_timer)
    gate.set()
    window.settle()
    results = [f.result for f in window.of(Finished)][1:]  # type: ignore[union-attr]
    assert [r.key if isinstance(r, Failed) else r for r in results] == ["locked"] * 6
    assert tried == ["L1 barriere"]  # the rest did not wait for the lock again
    assert window.store.contributions(service.session_id) == []
    assert not any(item.running for item in window.store.items(service.session_id))
    assert window.health() == ["locked"]
    for kind, text in lines:  # typed again, once the lock is free: saved in that order
        window.runner.submit(capture, kind, text)
    window.settle()
    texts = [c.text for c in window.store.contributions(service.session_id)]
    assert texts == [text for _, text in lines]
    assert window.health() == ["locked", "recovered"]


def test_while_the_lock_is_held_a_command_is_refused_at_once_and_runs_once_let_go(
    held: tuple[Window, sqlite3.Connection],
) -> None:
    """After a save failed on the lock, a command given while the other program still holds
    it does not wait the busy timeout for it (a timer key took effect many seconds after
    it was pressed): it fails at once; once the lock is let go, the next one is saved."""
    window, other = held
    service = window.service
    window.runner.submit(window.notes.capture, Kind.NOTE, "niet bewaard")
    window.settle()
    assert window.health() == ["locked"]
    tried: list[bool] = []

    def toggle() -> bool:
        tried.append(True)
        return service.agenda.toggle_timer()

    window.runner.submit(toggle)
    window.settle()
    [*_, last] = window.of(Finished)
    assert isinstance(last, Finished) and isinstance(last.result, Failed)
    assert last.result.key == "locked"
    assert tried == []  # not tried: it would have waited for the lock
    other.execute("ROLLBACK")
    window.runner.submit(toggle)
    window.settle()
    [*_, last] = window.of(Finished)
    assert isinstance(last, Finished) and last.result == Done(True)
    assert window.health() == ["locked", "recovered"]


def test_a_file_that_may_be_written_again_ends_the_warning_without_a_key(
    window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save failed on a file nobody could write (made immutable), and «Opslaan in … is
    mislukt» stood in the chair's window long after the file could be written again, until
    a key saved something. Now the poll between commands sees it, without writing."""
    blocked = [True]
    monkeypatch.setattr("facilitator.store.store._may_write", lambda _path: not blocked[0])

    def capture(text: str) -> object:
        if blocked[0]:  # what SQLite says when the operating system refuses the write
            reason = OsReason(errno.EIO, "disk I/O error")
            raise StoreError("write_failed", path=str(window.store.path), reason=reason)
        return window.notes.capture(Kind.NOTE, text)

    window.runner.submit(capture, "tijdens de storing")
    window.settle()
    assert window.health() == ["write_failed"]
    window.runner.look()  # still not writable: the warning stands
    window.settle()
    assert window.health() == ["write_failed"]
    files = [window.store.path, Path(f"{window.store.path}-wal")]
    before = [path.read_bytes() for path in files]
    blocked[0] = False
    window.runner.look()  # writable again: said at once, with nothing written to find out
    window.settle()
    assert window.health() == ["write_failed", "recovered"]
    assert window.runner.trouble is None
    assert [path.read_bytes() for path in files] == before
    assert window.store.contributions(window.service.session_id) == []


def test_a_disk_error_the_poll_cannot_see_waits_for_the_next_save(window: Window) -> None:
    """A read or write error of the disk itself: nothing but a write would tell that it is
    over, so the poll does not say it is (the waiting lines would be tried on every poll);
    the next save that works does."""
    failing = [True]

    def capture(text: str) -> object:
        if failing[0]:
            reason = OsReason(errno.EIO, "disk I/O error")
            raise StoreError("write_failed", path=str(window.store.path), reason=reason)
        return window.notes.capture(Kind.NOTE, text)

    window.runner.submit(capture, "tijdens de storing")
    window.settle()
    window.runner.look()
    window.runner.look()
    window.settle()
    assert window.health() == ["write_failed"]
    failing[0] = False
    window.runner.submit(capture, "weer goed")
    window.settle()
    assert window.health() == ["write_failed", "recovered"]


def test_a_draft_kept_by_another_window_does_not_read_the_session_again(window: Window) -> None:
    """A line being typed in another window is kept as a draft about twice a second: each
    write made this window read the whole session again (tens of milliseconds on a big
    one), though nothing it shows had changed. A change of the meeting is read."""
    session_id = window.service.session_id
    other = Store(window.store.path)
    try:
        for n in range(3):
            at = other.clock.now()
            text = "Stageplekken " * (n + 1)
            save_draft(
                other, Draft(session_id, "notuleren", 1, "elders", Kind.NOTE, text, None, None, at)
            )
            window.runner.look()
            window.settle()
        assert window.of(Changed) == []
        Services.open(other, session_id).notes.capture(Kind.NOTE, "uit het andere venster")
        window.runner.look()
        window.settle()
        (changed,) = window.of(Changed)
        assert isinstance(changed, Changed)
        assert changed.state.latest[0].text == "uit het andere venster"
    finally:
        other.close()
