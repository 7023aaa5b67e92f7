"""The one door to the database.

Every change goes through :meth:`Store.change`, which opens an immediate
transaction, logs each row's value before and after in the ``changes`` table
(the audit trail, and what undo and redo stand on) and commits before it
returns: what the user saw as saved is on disk (WAL, ``synchronous=FULL``).

A command reads what it decides on *inside* that transaction (the reads go
through the same connection, under the store's lock), so two processes
writing one database never write back a stale copy of each other's work.
Before every write the store checks that its file is still the one it opened
(not deleted or replaced; :meth:`Store.check_file` lets a window look between
commands too), and after a read-only failure it reopens the connection, so a
database that became writable again works without a restart. Once SQLite says
the file is damaged, the store writes nothing more to it.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import sqlite3
import stat
import struct
import sys
import threading
import time
from collections.abc import Collection, Container, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.domain.clock import Clock, SystemClock
from facilitator.records import record

if TYPE_CHECKING:
    import sqlite_utils
from facilitator.domain.errors import DomainError
from facilitator.domain.lifecycle import Reopening
from facilitator.domain.model import (
    AgendaItem,
    Card,
    Column,
    Contribution,
    Participant,
    QueueEntry,
    Session,
    SessionStatus,
    Speech,
)
from facilitator.i18n.oserrors import NOT_A_FILE, OsReason, make_folder, os_reason
from facilitator.store.errors import StoreError, translate_sqlite_error
from facilitator.store.health import is_damage, read_only_uri
from facilitator.store.rows import TABLES, R, Record, from_row, to_row
from facilitator.store.schema import SCHEMA_VERSION, migrate, of_another_program, version_of

BUSY_TIMEOUT_MS = 5000
ASIDE_WAIT_MS = 200
"""How long a write that is no meeting content (a draft) waits for the write lock."""
HELD = {"done": "held", "undone": "held_undone"}
"""The state of an operation whose undo (from ``done``) or redo (from ``undone``) was
refused because its rows were changed since: passed by the next undo or redo, and taken
again once they are back as it expects (:meth:`Store._replay`)."""
REOPEN = "reopen"
"""The label of the operation that reopens a closed session (named in words by the
service's ``Change.REOPEN``)."""


@record
class SessionSummary:
    """A line of ``facilitator list``."""

    session: Session
    participants: int  # in the session file (as last imported), or added in the room
    items: int  # on the agenda
    contributions: int
    cards: int
    # left the session file when it was imported again, kept for what was recorded on them
    participants_left: int = 0
    items_left: int = 0


@record
class Operation:
    """One operation of the change log: what (``label``), when, by whom (``origin``) and
    what became of it (``state``: done, undone, dead, fixed, held, held_undone, undo,
    redo)."""

    id: int
    label: str
    at: str
    state: str
    origin: str
    target_op: int | None


@record
class Departure:
    """A card's last move out of a column, as the change log has it: the position it left
    there, and the cards that came into the column since which had not been in it before
    (``Store.former_position``)."""

    position: float
    arrived: frozenset[int]


@record
class LoggedChange:
    """One row of the change log."""

    op_id: int
    label: str
    at: str
    table: str
    row_id: int
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class Tx:
    """The changes of one operation; every write is logged with its before and after."""

    def __init__(self, store: Store, op_id: int) -> None:
        self._store = store
        self._db = store.db
        self.op_id = op_id
        self.count = 0

    def relabel(self, label: str) -> None:
        """Name the operation after what it turned out to do (e.g. "unlink" for a toggle)."""
        self._db.conn.execute("UPDATE ops SET label = ? WHERE id = ?", (label, self.op_id))

    def belongs_to(self, session_id: int) -> None:
        """File the operation under the session it turned out to be about (one it made)."""
        self._db.conn.execute(
            "UPDATE ops SET session_id = ? WHERE id = ?", (session_id, self.op_id)
        )

    # -- records -----------------------------------------------------------------
    def insert(self, record: R) -> R:
        row = to_row(record)
        if not row.get("id"):
            row.pop("id", None)
        new_id = self.insert_row(TABLES[type(record)], row)
        return replace(record, id=new_id)

    def insert_new(self, record: R) -> R | None:
        """Insert, or None if a uniqueness rule of the schema says it is already there.

        E.g. a participant already waiting in the queue with that priority. The
        transaction goes on; only this insert is left out.
        """
        row = to_row(record)
        row.pop("id", None)
        new_id = self.insert_row_new(TABLES[type(record)], row)
        return None if new_id is None else replace(record, id=new_id)

    def insert_row_new(self, table: str, row: dict[str, Any]) -> int | None:
        """:meth:`insert_row`, or None when a UNIQUE rule refuses the row."""
        conn = self._db.conn
        conn.execute("SAVEPOINT insert_new")
        try:
            new_id = self.insert_row(table, row)
        except sqlite3.IntegrityError as exc:
            conn.execute("ROLLBACK TO insert_new")
            conn.execute("RELEASE insert_new")
            if "unique" not in str(exc).lower():
                raise
            return None
        conn.execute("RELEASE insert_new")
        return new_id

    def update(self, record: Record) -> None:
        table = TABLES[type(record)]
        after = to_row(record)
        self.update_row(table, after.pop("id"), after)

    def update_only(self, record: Record, *names: str) -> None:
        """Write only the fields ``names`` of ``record`` (the rest of its row stays as stored)."""
        row = to_row(record)
        self.update_row(TABLES[type(record)], row["id"], {name: row[name] for name in names})

    def delete(self, record: Record) -> None:
        self.delete_row(TABLES[type(record)], record.id)

    # -- rows --------------------------------------------------------------------
    def insert_row(self, table: str, row: dict[str, Any]) -> int:
        row = _storable(row)
        if row.get("id") is None:
            row["id"] = self._fresh_id(table)
        tbl = self._db.table(table)
        tbl.insert(row)
        new_id = int(row["id"] if row.get("id") is not None else tbl.last_pk or 0)
        self._log(table, new_id, "insert", None, {**row, "id": new_id})
        return new_id

    def _fresh_id(self, table: str) -> int:
        """An id no row of ``table`` has had: above the rows there and above every row the
        change log names. SQLite would give the id of the last row again once it is
        deleted, and a deleted row's undo would then find «its» id taken by another
        window's new row (and refuse: the row was changed since)."""
        found = self._db.conn.execute(
            f'SELECT max(coalesce((SELECT max(id) FROM "{table}"), 0), '
            "coalesce((SELECT max(row_id) FROM changes WHERE tbl = ?), 0))",
            (table,),
        ).fetchone()
        return int(found[0]) + 1

    def update_row(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        before = self._store.raw(table, row_id)
        if before is None:
            return
        values = _storable(values)
        diff = {k: v for k, v in values.items() if k != "id" and before.get(k) != v}
        if not diff:
            return
        self._db.table(table).update(row_id, diff)
        self._log(table, row_id, "update", {k: before.get(k) for k in diff}, diff)

    def delete_row(self, table: str, row_id: int) -> None:
        before = self._store.raw(table, row_id)
        if before is None:
            return
        self._db.table(table).delete(row_id)
        self._log(table, row_id, "delete", before, None)

    def _log(
        self,
        table: str,
        row_id: int,
        action: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        self.count += 1
        self._db.conn.execute(
            "INSERT INTO changes (op_id, tbl, row_id, action, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                self.op_id,
                table,
                row_id,
                action,
                None if before is None else json.dumps(before, ensure_ascii=False),
                None if after is None else json.dumps(after, ensure_ascii=False),
            ),
        )


def new_theme_key(taken: Container[str]) -> str:
    """The first key of the review's themes (``t1``, ``t2``, …) not in ``taken``."""
    n = 1
    while f"t{n}" in taken:
        n += 1
    return f"t{n}"


NO_ROOM_BYTES = 64 * 1024
"""Less free space than this, and a database is on a full disk: read as it is, whether
SQLite could open it for writing (its -wal and -shm left beside it) or not."""


class Store:
    """A facilitator database: many sessions, every change committed at once."""

    def __init__(
        self,
        path: str | Path,
        *,
        clock: Clock | None = None,
        must_exist: bool = False,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> None:
        self.path = Path(path)
        self.clock: Clock = clock or SystemClock()
        self.read_only = False
        """Opened read only: the file, or the folder it is in, may not be written."""
        self.file_read_only = False
        """Opened read only because of the file itself (its permissions), in a folder that
        may be written: making the file writable is enough."""
        self.disk_full = False
        """Opened read only because the disk is full (SQLite could not make its files)."""
        self._lock = threading.RLock()
        self._reviewing = False  # inside reviewing(): save_review writes in its transaction
        self._as_one = False  # inside all_or_nothing(): each operation a savepoint of it
        self._busy_timeout_ms = int(busy_timeout_ms)
        where = str(self.path)
        if must_exist and not self.path.exists():
            raise StoreError("missing_db", path=where)
        if self.path.is_dir():
            raise StoreError(
                "cannot_open", path=where, reason=OsReason(errno.EISDIR, "it is a directory")
            )
        if self.path.exists() and not self.path.is_file():  # /dev/null, a pipe: no database
            reason = OsReason(NOT_A_FILE, "it is not an ordinary file")
            raise StoreError("cannot_open", path=where, reason=reason)
        try:
            make_folder(self.path.parent)
        except OSError as exc:
            raise StoreError("cannot_open", path=where, reason=os_reason(exc)) from exc
        self.conn = self._open()
        self._db: sqlite_utils.Database | None = None
        self._identity = self._file_identity()
        self._reopen_needed = False
        self._damaged: StoreError | None = None

    def _open(self) -> sqlite3.Connection:
        """A connection with our pragmas, the schema brought up to date under the write lock."""
        where = str(self.path)
        conn: sqlite3.Connection | None = None
        if self._is_database_file() and not _may_write(self.path):
            # SQLite would open it read only without a word, and refuse the first save.
            read = self._open_read_only()
            if read is not None:
                self.file_read_only = _may_write(self.path.parent)
                return read
        if self._is_database_file() and self._no_room():
            # A full disk with the -wal and -shm of earlier windows still beside the
            # database: SQLite would open it for writing without a word, and the first
            # save would find no room. Read it as it is, what the -wal holds included.
            read = self._open_read_only(full_disk=True)
            if read is not None:
                return read
        try:
            conn = _connect(where, self._busy_timeout_ms / 1000)
            conn.execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
            # Refuse another program's database, or a newer one of ours, before anything
            # (even WAL mode) touches it: the same words as for a file that is no database.
            if of_another_program(conn):
                raise StoreError("damaged", path=where)
            found = version_of(conn)
            if found > SCHEMA_VERSION:
                raise StoreError("too_new", path=where, found=found, known=SCHEMA_VERSION)
            self._set_wal(conn)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            found = migrate(conn)
            if found > SCHEMA_VERSION:
                raise StoreError("too_new", path=where, found=found, known=SCHEMA_VERSION)
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            text = str(exc).lower()
            # A folder SQLite may not write to: no room for the files WAL keeps beside the
            # database ("unable to open"), or none to read it with ("attempt to write a
            # readonly database", met on the first read).
            if ("unable to open" in text or "readonly" in text) and self._is_database_file():
                read = self._open_read_only()
                if read is not None:
                    return read
            if self._no_room() and self._is_database_file():
                # a full disk: no room for the files WAL needs beside it (a disk I/O error)
                read = self._open_read_only(full_disk=True)
                if read is not None:
                    self.disk_full = True
                    return read
                raise StoreError("disk_full_open", path=where) from exc
            if "unable to open" in text and not self._is_database_file():
                unwritable = self._folder_refuses()
                if unwritable is not None:  # no database to read: one to make, and no room
                    raise unwritable from exc
            raise translate_sqlite_error(exc, where) from exc
        except StoreError:
            if conn is not None:
                conn.close()
            raise
        self.read_only = self.file_read_only = self.disk_full = False
        return conn

    def _folder_refuses(self) -> StoreError | None:
        """Why the database cannot be made in its folder, in words (the folder's
        protection, a read-only disk, its permissions); None if the folder may be
        written, as far as can be seen."""
        folder = self.path.parent
        obstacle = obstacle_of(folder)
        if obstacle is None:
            return None
        number = {"protected": errno.EPERM, "read_only_disk": errno.EROFS}.get(
            obstacle.kind, errno.EACCES
        )
        reason = OsReason(number, os.strerror(number))
        return StoreError("cannot_create", path=str(self.path), folder=str(folder), reason=reason)

    def _no_room(self) -> bool:
        """The disk holding the database has (almost) no room left: less than SQLite's
        shared-memory file beside it needs."""
        try:
            return shutil.disk_usage(self.path.parent).free < NO_ROOM_BYTES
        except OSError:
            return False

    def _is_database_file(self) -> bool:
        try:
            return self.path.is_file() and self.path.stat().st_size > 0
        except OSError:
            return False

    def _open_read_only(self, *, full_disk: bool = False) -> sqlite3.Connection | None:
        """The database read only, for a file in a folder SQLite may not write to (a
        write-protected stick, a share, an archive): read as immutable when it was closed
        cleanly, so nothing is made beside it. None when that cannot be read either, or
        when its schema would need bringing up to date (which writes)."""
        try:
            conn = sqlite3.connect(
                read_only_uri(self.path, full_disk=full_disk),
                uri=True,
                timeout=self._busy_timeout_ms / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error:
            return None
        try:
            if version_of(conn) != SCHEMA_VERSION:
                conn.close()
                return None
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error:
            conn.close()
            return None
        self.read_only = True
        self.disk_full = full_disk
        self.file_read_only = False
        return conn

    def _set_wal(self, conn: sqlite3.Connection) -> None:
        """WAL mode; another process opening the same file at that moment makes us retry."""
        deadline = time.monotonic() + self._busy_timeout_ms / 1000
        while True:
            try:
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
                return
            except sqlite3.OperationalError as exc:
                text = str(exc).lower()
                if ("locked" not in text and "busy" not in text) or time.monotonic() > deadline:
                    raise
                time.sleep(0.005)

    def _file_identity(self) -> tuple[int, int] | None:
        try:
            info = os.stat(self.path)
        except OSError:
            return None
        return (info.st_dev, info.st_ino)

    def check_file(self) -> None:
        """Raise ``StoreError("gone")`` when the file is no longer the one opened.

        Deleted, moved away or replaced by another file (a backup copied over
        it): the open connection would go on writing to a file nobody can find
        again, so the store refuses to write. Only a stat; no SQL.
        """
        if self._file_identity() != self._identity:
            raise StoreError("gone", path=str(self.path))

    def _before_write(self) -> None:
        """Refuse to write when the file is gone or damaged; reopen after a read-only failure."""
        self.check_file()
        if self._damaged is not None:
            raise self._damaged
        # Looked at before SQLite is asked: a -shm nobody may write, met by SQLite's
        # mapping of it in the middle of a write, ends the process (a bus error)
        shm = self._beside("-shm")
        obstacle = obstacle_of(shm) if shm.exists() else None
        if obstacle is not None:
            raise obstacle.error(str(self.path))
        if self._reopen_needed:
            # The read-only connection goes first: SQLite shares a file's handles and shared
            # memory among the connections of a process, and one opened beside it would
            # write through them, read only still.
            try:
                self.conn.close()
            except sqlite3.Error:
                pass
            self._db = None
            try:
                self.conn = self._open()
            except StoreError:
                self.conn = self._open_read_only() or self.conn  # reads go on meanwhile
                raise
            self._reopen_needed = False

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    # -- checking ----------------------------------------------------------------
    def integrity_problem(self) -> StoreError | None:
        """``PRAGMA quick_check``: a ``damaged`` error naming what is wrong, or None."""
        where = str(self.path)
        try:
            with self._lock:
                rows = self.conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            return StoreError("damaged", path=where, detail=str(exc))
        found = [str(row[0]) for row in rows]
        if found == ["ok"]:
            return None
        detail = "; ".join(found[:3]) + ("; …" if len(found) > 3 else "")
        return StoreError("damaged", path=where, detail=detail)

    # -- writing -----------------------------------------------------------------
    @contextmanager
    def change(
        self,
        session_id: int | None,
        label: str,
        *,
        undoable: bool = True,
        origin: str | None = None,
    ) -> Iterator[Tx]:
        """One operation: all its writes commit together, or none do.

        Read what the operation decides on inside the ``with`` block: it runs in
        ``BEGIN IMMEDIATE``, so no other process commits in between. ``origin``
        (e.g. a window) is remembered with the operation; a new undoable change
        then clears only that origin's redo.
        """
        with self._lock, self._transaction():
            cursor = self.conn.execute(
                "INSERT INTO ops (session_id, label, at, state, origin) VALUES (?, ?, ?, ?, ?)",
                (
                    session_id,
                    label,
                    self.clock.now().isoformat(),
                    "done" if undoable else "fixed",
                    origin or "",
                ),
            )
            tx = Tx(self, int(cursor.lastrowid or 0))
            yield tx
            if tx.count == 0:
                raise _NothingChanged
            if undoable:
                sql = (
                    "UPDATE ops SET state = 'dead' WHERE session_id IS ? "
                    "AND state IN ('undone', 'held_undone')"
                )
                params: tuple[Any, ...] = (session_id,)
                if origin is not None:
                    sql += " AND origin = ?"
                    params += (origin,)
                self.conn.execute(sql, params)

    @contextmanager
    def all_or_nothing(self) -> Iterator[None]:
        """Several operations (:meth:`change`, :meth:`save_review`) committed together or
        not at all: one write transaction, each operation a savepoint in it. An operation
        that changes nothing leaves no trace, as alone; an error in any of them takes all
        of them back (``import-db`` merges a whole database or none of it)."""
        with self._lock, self._transaction():
            self._as_one = True
            try:
                yield
            finally:
                self._as_one = False

    @contextmanager
    def aside(self, wait_ms: int = ASIDE_WAIT_MS) -> Iterator[sqlite3.Connection]:
        """A short write of what is no meeting content (a draft of a line being typed):
        not logged, never undone, committed at once. It waits at most ``wait_ms`` for the
        write lock (not the busy timeout a command waits): a draft is written again soon,
        and the commands behind it must not wait for it. Raises as a change would."""
        with self._lock:
            self.conn.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
            try:
                with self._transaction():
                    yield self.conn
            finally:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._as_one:
            with self._savepoint():
                yield
            return
        self._before_write()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._failed(exc) from exc
        try:
            yield
            self.conn.execute("COMMIT")
        except _NothingChanged:
            self._rollback()
        except sqlite3.Error as exc:
            self._rollback()
            raise self._failed(exc) from exc
        except BaseException:
            self._rollback()
            raise

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        """One operation inside :meth:`all_or_nothing`'s transaction; an error leaves it to
        that transaction to take everything back."""
        self.conn.execute("SAVEPOINT operation")
        try:
            yield
        except _NothingChanged:
            self.conn.execute("ROLLBACK TO operation")
        except sqlite3.Error as exc:
            raise self._failed(exc) from exc
        self.conn.execute("RELEASE operation")

    def _failed(self, exc: sqlite3.Error) -> StoreError:
        return self.error_of(exc)

    def error_of(self, exc: sqlite3.Error) -> StoreError:
        """What a raw SQLite error met while running means, in words.

        A read-only database is reopened before the next write (it may be
        writable again by then); a damaged one is written to no more.
        """
        if is_damage(exc):
            self._damaged = StoreError("damaged_running", path=str(self.path))
            return self._damaged
        error = translate_sqlite_error(exc, str(self.path))
        if error.key == "write_failed":
            # SQLite says "disk I/O error" when the operating system refuses the write too:
            # a file nobody may write is no broken disk
            obstacle = self.write_obstacle()
            if obstacle is not None:
                return obstacle.error(str(self.path))
        if error.key == "readonly":
            self._reopen_needed = True
            if self.disk_full:  # read only because the disk was full: say that
                return StoreError("disk_full", path=str(self.path))
        return error

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Several reads that see one moment (no other commit in between)."""
        with self._lock:
            if self.conn.in_transaction:
                yield
                return
            try:
                self.conn.execute("BEGIN")
            except sqlite3.Error as exc:
                raise translate_sqlite_error(exc, str(self.path)) from exc
            try:
                yield
            finally:
                self._rollback()

    def undo(
        self, session_id: int, *, origin: str | None = None, while_closed: str | None = None
    ) -> str | None:
        """Revert the latest operation of the session (of ``origin``, if given); its label.

        While the session is closed only an operation labelled ``while_closed`` (the
        close) is reverted; any other is refused with ``DomainError("session.closed")``.
        """
        return self._replay(session_id, undo=True, origin=origin, while_closed=while_closed)

    def redo(
        self, session_id: int, *, origin: str | None = None, while_closed: str | None = None
    ) -> str | None:
        """Re-apply the operation undone last (of ``origin``, if given); its label, or None.

        While the session is closed only an operation labelled ``while_closed`` (a
        reopen) is re-applied, as with :meth:`undo`.
        """
        return self._replay(session_id, undo=False, origin=origin, while_closed=while_closed)

    def _replay(
        self, session_id: int, *, undo: bool, origin: str | None, while_closed: str | None
    ) -> str | None:
        """Undo (or redo) one operation of the session, of ``origin`` if given.

        With an ``origin`` (one window), the operation taken may not be the
        session's latest: another window may have changed the same rows since.
        Then it is not replayed, for that would also revert the other window's
        change; ``DomainError("undo.changed_since")`` says so (``"redo.changed_since"``
        for a redo) and the operation is held (``HELD``): the next undo passes it and
        takes the one before (the next redo, the one after), until the rows are as it
        left them again (the other window undid its change) and it is the first to be
        taken. When what changed them since is this window's own operation, held in
        turn, ``"undo.changed_here"`` (``"redo.changed_here"``) names that one instead.
        """
        free = "done" if undo else "undone"
        held = HELD[free]
        label: str | None = None
        refusal: DomainError | None = None
        closed = False
        mine = "" if origin is None else " AND origin = ?"
        params: tuple[Any, ...] = (session_id,) if origin is None else (session_id, origin)
        with self._lock, self._transaction():
            sql = (
                f"SELECT id, label, state FROM ops WHERE session_id = ? AND state IN (?, ?){mine} "
                f"ORDER BY id {'DESC' if undo else 'ASC'}"
            )
            taken: tuple[int, str, list[_Change], list[_Clash]] | None = None
            passed: tuple[int, str, list[_Change], list[_Clash]] | None = None
            ops = self.conn.execute(sql, (params[0], free, held, *params[1:])).fetchall()
            for n, (op_id, op_label, state) in enumerate(ops):
                rows = self._rows(int(op_id), undo)
                clashes = self._changed_since(rows, undo=undo, since=self._since(op_id, undo))
                if state == free or not clashes:
                    taken = (int(op_id), str(op_label), rows, clashes)
                    later = ops[n + 1 :]
                    break
                passed = passed or (int(op_id), str(op_label), rows, clashes)
            if taken is None:
                if passed is None:
                    raise _NothingChanged
                # every one left is held: the next key takes none of them either
                refusal = self._refusal(passed, undo=undo, origin=origin, more=False)
                raise _NothingChanged  # held already: said again, nothing changes
            target, found, rows, clashes = taken
            status = self.conn.execute(
                "SELECT status FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
            if status is not None and status[0] == SessionStatus.CLOSED and found != while_closed:
                closed = True  # the minutes are written: nothing changes in it unopened
                raise _NothingChanged
            if clashes:
                self.conn.execute("UPDATE ops SET state = ? WHERE id = ?", (held, target))
                more = self._takeable(later, free, undo)
                refusal = self._refusal(taken, undo=undo, origin=origin, more=more)
            else:
                self._apply(session_id, target, rows, undo=undo, origin=origin)
                label = found
        if closed:
            raise DomainError("session.closed")
        if refusal is not None:
            raise refusal
        return label

    def _rows(self, op_id: int, undo: bool) -> list[_Change]:
        """The changes of an operation, in the order to replay them: newest first to undo."""
        return [
            (table, row_id, action, _loads(before), _loads(after))
            for table, row_id, action, before, after in self.conn.execute(
                "SELECT tbl, row_id, action, before, after FROM changes WHERE op_id = ? "
                f"ORDER BY id {'DESC' if undo else 'ASC'}",
                (op_id,),
            ).fetchall()
        ]

    def _takeable(self, ops: list[Any], free: str, undo: bool) -> bool:
        """Whether the next undo (redo) would take one of ``ops`` (those after the one
        refused, in the order taken): one not held, or held with its rows back as it left
        them."""
        for op_id, _label, state in ops:
            if state == free:
                return True
            rows = self._rows(int(op_id), undo)
            if not self._changed_since(rows, undo=undo, since=self._since(op_id, undo)):
                return True
        return False

    def _refusal(
        self,
        taken: tuple[int, str, list[_Change], list[_Clash]],
        *,
        undo: bool,
        origin: str | None,
        more: bool = True,
    ) -> DomainError:
        """Why ``taken`` is not undone (redone): another window changed its rows since, or,
        when only this window's own operations did (held themselves), which of them.
        ``more``: the next undo (redo) has another operation to take; else ``last`` is
        given, and the words say there is none (not that the key now takes the one
        before: :meth:`DomainError.message`)."""
        target, found, _rows, clashes = taken
        own = self._own_in_the_way(clashes, self._since(target, undo), origin or "")
        verb = "undo" if undo else "redo"
        last: dict[str, Any] = {} if more else {"last": True}
        if own is None:
            return DomainError(f"{verb}.changed_since", label=found, nl=found, en=found, **last)
        return DomainError(
            f"{verb}.changed_here",
            label=found,
            nl=found,
            en=found,
            later=own,
            later_nl=own,
            later_en=own,
            **last,
        )

    def _own_in_the_way(self, clashes: list[_Clash], since: int, origin: str) -> str | None:
        """The label of this window's (``origin``'s) first operation after ``since`` whose
        change of the clashing values is still in place, when no other window's is; None
        when another window's is (or none is found: another window then too).

        An operation and its undo and redo count as one; one whose changes since came
        back to where they were (a vote undone) is in nobody's way."""
        groups: dict[int, dict[_Clash, list[Any]]] = {}
        for table, row_id in dict.fromkeys((t, r) for t, r, _ in clashes):
            names = {name for t, r, name in clashes if (t, r) == (table, row_id)}
            for op_id, target_op, label, action, before, after in self.conn.execute(
                "SELECT c.op_id, o.target_op, o.label, c.action, c.before, c.after "
                "FROM changes c JOIN ops o ON o.id = c.op_id "
                "WHERE c.tbl = ? AND c.row_id = ? AND c.op_id > ? ORDER BY c.id",
                (table, row_id, since),
            ).fetchall():
                root = int(target_op) if label in ("undo", "redo") and target_op else int(op_id)
                old, new = _loads(before), _loads(after)
                for name in names:
                    was, now = _value(action, old, name, True), _value(action, new, name, False)
                    if was is _UNTOUCHED:
                        continue
                    ends = groups.setdefault(root, {}).setdefault((table, row_id, name), [was])
                    ends[1:] = [now]
        changed = sorted(
            root
            for root, ends in groups.items()
            if any(len(pair) > 1 and pair[0] != pair[1] for pair in ends.values())
        )
        if not changed:
            return None
        marks = ",".join("?" * len(changed))
        found = self.conn.execute(
            f"SELECT id, label, origin FROM ops WHERE id IN ({marks}) ORDER BY id", changed
        ).fetchall()
        if any(str(who) != origin for _, _, who in found):
            return None
        return str(found[0][1])

    def _since(self, target: int, undo: bool) -> int:
        """The operation after which a change of another counts as made since ``target``
        (to undo) or since its undo (to redo)."""
        if undo:
            return target
        found = self.conn.execute(
            "SELECT max(id) FROM ops WHERE target_op = ? AND state = 'undo'", (target,)
        ).fetchone()
        return int(found[0]) if found and found[0] is not None else target

    def _changed_since(self, rows: list[_Change], *, undo: bool, since: int) -> list[_Clash]:
        """The values of the rows the operation wrote that no longer look as the operation
        left them (``undo``), or as they were before it (redo): (table, row id, column),
        the column None for a row that is there or gone when it should not be. ``since``:
        the operation after which the log has the changes made since.

        A card merged into another since counts as changed, whatever the operation wrote
        of it: the merge carried its votes, owners, tags, links and due date over to the
        card kept, and changing them on the hidden card would change nothing shown."""
        expected: dict[tuple[str, int], dict[str, Any] | None] = {}
        # Fold the operation's changes, oldest first for undo (the state it left),
        # newest first for redo (the state before it): ``rows`` come in replay order.
        for table, row_id, action, before, after in reversed(rows):
            key = (table, row_id)
            if undo:
                if action == "delete":
                    expected[key] = None
                elif action == "insert":
                    expected[key] = dict(after or {})
                else:
                    found = expected.get(key)
                    expected[key] = {**(found or {}), **(after or {})}
            else:
                if action == "insert":
                    expected[key] = None
                elif action == "delete":
                    expected[key] = dict(before or {})
                else:
                    found = expected.get(key)
                    expected[key] = {**(found or {}), **(before or {})}
        clashes: list[_Clash] = []
        for (table, row_id), values in expected.items():
            current = self.raw(table, row_id)
            if table == "cards" and values is not None and "merged_into" not in values:
                values = {**values, "merged_into": self._merged_into_then(row_id, since)}
            if values is None:
                # A queue entry comes back under a new id if need be (see _reinsert).
                if current is not None and table != "queue":
                    clashes.append((table, row_id, None))
            elif current is None:
                clashes.append((table, row_id, None))
            else:
                clashes += [(table, row_id, k) for k, v in values.items() if current.get(k) != v]
        return clashes

    def _merged_into_then(self, card_id: int, since: int) -> Any:
        """The card a card was merged into right after operation ``since`` (None: none),
        from the first change of it logged after that; as it is now if none was."""
        for before in self.conn.execute(
            "SELECT before FROM changes WHERE tbl = 'cards' AND row_id = ? AND op_id > ? "
            "AND action = 'update' ORDER BY id",
            (card_id, since),
        ):
            values = _loads(before[0]) or {}
            if "merged_into" in values:
                return values["merged_into"]
        return (self.raw("cards", card_id) or {}).get("merged_into")

    def _apply(
        self,
        session_id: int,
        target: int,
        rows: list[_Change],
        *,
        undo: bool,
        origin: str | None,
    ) -> None:
        cursor = self.conn.execute(
            "INSERT INTO ops (session_id, label, at, state, target_op, origin) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                session_id,
                "undo" if undo else "redo",
                self.clock.now().isoformat(),
                "undo" if undo else "redo",
                target,
                origin or "",
            ),
        )
        tx = Tx(self, int(cursor.lastrowid or 0))
        if not undo:
            rows = self._resumed(target, rows)
        for table, row_id, action, before, after in rows:
            if undo:
                action, before, after = _inverse(action), after, before
            if action == "insert" and after is not None:
                _reinsert(tx, table, after)
            elif action == "delete":
                tx.delete_row(table, row_id)
            elif action == "update" and after is not None:
                tx.update_row(table, row_id, after)
        self.conn.execute(
            "UPDATE ops SET state = ? WHERE id = ?", ("undone" if undo else "done", target)
        )

    def _resumed(self, target: int, rows: list[_Change]) -> list[_Change]:
        """The changes of ``target`` to redo, a turn it gave the floor for as it was when it
        was undone: as long as it had lasted then, going on from now. Without this the turn
        would count the time it was undone, when someone else had the floor (or nobody).

        A turn is a speech the operation started that is still going on and does not carry
        on a speech of the same speaker that it ended that moment (the part of a turn after
        the agenda moved on: that speech went on while it was undone). The operation's own
        record of the speech is brought along, so that its undo finds the speech as the
        operation (redone) left it."""
        found = self.conn.execute(
            "SELECT at FROM ops WHERE target_op = ? AND state = 'undo' ORDER BY id DESC LIMIT 1",
            (target,),
        ).fetchone()
        if found is None:
            return rows
        undone = datetime.fromisoformat(str(found[0]))
        if undone.tzinfo is None:
            undone = undone.replace(tzinfo=UTC)
        gap = self.clock.now() - undone
        if gap.total_seconds() <= 0:
            return rows
        ended = {
            (self.raw("speeches", row_id) or {}).get("participant_id"): after.get("ended_at")
            for table, row_id, action, _, after in rows
            if table == "speeches" and action == "update" and after and after.get("ended_at")
        }
        out: list[_Change] = []
        for table, row_id, action, before, after in rows:
            if (
                table == "speeches"
                and action == "insert"
                and after is not None
                and after.get("ended_at") is None
                and ended.get(after.get("participant_id")) != after.get("started_at")
            ):
                started = datetime.fromisoformat(str(after["started_at"])) + gap
                after = {**after, "started_at": started.isoformat()}
                self.conn.execute(
                    "UPDATE changes SET after = ? WHERE op_id = ? AND tbl = 'speeches' "
                    "AND row_id = ? AND action = 'insert'",
                    (json.dumps(after, ensure_ascii=False), target, row_id),
                )
            out.append((table, row_id, action, before, after))
        return out

    def can_undo(self, session_id: int, *, origin: str | None = None) -> bool:
        return self._has_op(session_id, "done", origin)

    def can_redo(self, session_id: int, *, origin: str | None = None) -> bool:
        return self._has_op(session_id, "undone", origin)

    def _has_op(self, session_id: int, state: str, origin: str | None) -> bool:
        """Whether an operation is ``state``, or held there (refused once, tried again)."""
        sql = "SELECT 1 FROM ops WHERE session_id = ? AND state IN (?, ?)"
        params: tuple[Any, ...] = (session_id, state, HELD[state])
        if origin is not None:
            sql += " AND origin = ?"
            params += (origin,)
        with self._lock:
            row = self.conn.execute(sql + " LIMIT 1", params).fetchone()
        return row is not None

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils on this connection, for writing: made at the first write.

        Reading needs only the connection; importing sqlite-utils (with click and
        pluggy) is left out of the start, which reads once (see :func:`warm_up`).
        No sqlite-utils plugins: the store's connection is its own, and looking for
        them scans every installed package.
        """
        if self._db is None or self._db.conn is not self.conn:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    def query(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        """The rows of one query, each as a dict of column to value."""
        cursor = self.conn.execute(sql, params)
        keys = [column[0] for column in cursor.description]
        return [dict(zip(keys, row, strict=True)) for row in cursor]

    # -- reading -----------------------------------------------------------------
    def data_version(self) -> int:
        """Changes whenever another connection commits (for watching the database)."""
        with self._lock:
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def meeting_mark(self) -> tuple[int, int, int]:
        """What every change of a meeting moves: its operation and its logged rows (an
        undo is an operation too; a merge that replaces a session deletes and adds
        them). A draft of a line being typed (:meth:`aside`) moves none of it: a window
        that sees another commit with this unmoved has nothing new to show."""
        with self._lock:
            row = self.conn.execute(
                "SELECT (SELECT count(*) FROM ops), (SELECT max(id) FROM ops), "
                "(SELECT max(id) FROM changes)"
            ).fetchone()
        return (int(row[0]), int(row[1] or 0), int(row[2] or 0))

    def write_lock_free(self) -> bool:
        """Whether a change could take the write lock now, without waiting for it: taken
        and given back at once (nothing is written). After a save failed because another
        program held the database, this says when it has let go."""
        with self._lock:
            conn = self.conn
            conn.execute("PRAGMA busy_timeout = 0")
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError:
                return False
            else:
                conn.execute("ROLLBACK")
                return True
            finally:
                conn.execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")

    def may_save(self) -> bool:
        """Whether the operating system would let a save write the database now, as far as
        it says without writing: nothing is in the way of the file and the ``-wal`` and
        ``-shm`` beside it (:meth:`write_obstacle`) and the disk has room. Only looks:
        nothing is written, no lock is taken, SQLite is not asked. After a save failed on
        one of these, this says when it is over."""
        if self._damaged is not None:
            return False
        return self.write_obstacle() is None and not self._no_room()

    def _beside(self, end: str) -> Path:
        """The file SQLite keeps beside the database: ``-wal`` or ``-shm``."""
        return self.path.with_name(self.path.name + end)

    def write_obstacle(self) -> Obstacle | None:
        """Why the operating system would not let the database, or the ``-wal`` or ``-shm``
        beside it, be written, as far as it says without writing: the file protected
        against changes (``chattr +i``), the disk mounted read-only, the file's
        permissions. None when nothing is in the way (a disk that fails a write is not
        seen here)."""
        beside = (self._beside(end) for end in ("-wal", "-shm"))
        for path in [self.path, *(path for path in beside if path.exists())]:
            found = obstacle_of(path)
            if found is not None:
                return found
        return None

    def raw(self, table: str, row_id: int) -> dict[str, Any] | None:
        with self._lock:
            rows = self.query(f'SELECT * FROM "{table}" WHERE id = ?', [row_id])
        return rows[0] if rows else None

    def get(self, cls: type[R], row_id: int) -> R | None:
        row = self.raw(TABLES[cls], row_id)
        return from_row(cls, row) if row else None

    def _select(self, cls: type[R], where: str, params: list[Any], order: str) -> list[R]:
        sql = f'SELECT * FROM "{TABLES[cls]}" WHERE {where} ORDER BY {order}'
        with self._lock:
            return [from_row(cls, row) for row in self.query(sql, params)]

    def review(self) -> tuple[dict[str, str], dict[str, tuple[str, bool]]]:
        """The saved review of the synthesis: card -> theme, theme -> (title, priority)."""
        with self._lock:
            cards = dict(self.conn.execute("SELECT card, theme FROM review_cards").fetchall())
            themes = {
                str(theme): (str(title), bool(priority))
                for theme, title, priority in self.conn.execute(
                    "SELECT theme, title, priority FROM review_themes"
                ).fetchall()
            }
        return cards, themes

    def review_by_hand(self) -> set[str]:
        """The cards of the saved review that the organiser placed in their theme by hand."""
        with self._lock:
            rows = self.conn.execute("SELECT card FROM review_cards WHERE by_hand").fetchall()
        return {str(card) for (card,) in rows}

    @contextmanager
    def reviewing(self) -> Iterator[None]:
        """One change to the review: what it reads (the synthesis as it stands, the saved
        choices) and what it saves (:meth:`save_review`) in one write transaction, so no
        other window's change falls in between."""
        with self._lock, self._transaction():
            self._reviewing = True
            try:
                yield
            finally:
                self._reviewing = False

    def save_review(
        self,
        cards: dict[str, str],
        themes: dict[str, tuple[str, bool]],
        by_hand: Collection[str] | None = None,
    ) -> None:
        """Replace the saved review of the synthesis whole, in one transaction (that of
        :meth:`reviewing`, inside it). ``by_hand``: the cards placed by hand (None: those
        marked so before, of ``cards``)."""
        with self._lock:
            if self._reviewing:
                self._write_review(cards, themes, by_hand)
                return
            with self._transaction():
                self._write_review(cards, themes, by_hand)

    def _write_review(
        self,
        cards: dict[str, str],
        themes: dict[str, tuple[str, bool]],
        by_hand: Collection[str] | None,
    ) -> None:
        """Inside a transaction, under the lock (both held by the caller)."""
        hand = set(self.review_by_hand() if by_hand is None else by_hand)
        self.conn.execute("DELETE FROM review_cards")
        self.conn.execute("DELETE FROM review_themes")
        self.conn.executemany(
            "INSERT INTO review_cards (card, theme, by_hand) VALUES (?, ?, ?)",
            [(card, theme, int(card in hand)) for card, theme in sorted(cards.items())],
        )
        self.conn.executemany(
            "INSERT INTO review_themes (theme, title, priority) VALUES (?, ?, ?)",
            [(k, t, int(p)) for k, (t, p) in sorted(themes.items())],
        )

    def sessions(self) -> list[Session]:
        return self._select(Session, "1", [], "starts_at, id")

    def session(self, session_id: int) -> Session | None:
        return self.get(Session, session_id)

    def session_by_slug(self, slug: str) -> Session | None:
        found = self._select(Session, "slug = ?", [slug], "id")
        return found[0] if found else None

    def session_file(self, session_id: int) -> str | None:
        """The full path of the session file the session was last imported from on this
        computer; None when none is kept (imported before it was kept, or merged in)."""
        with self._lock:
            row = self.conn.execute(
                "SELECT path FROM session_files WHERE session_id = ?", (session_id,)
            ).fetchone()
        return str(row[0]) if row else None

    def keep_session_file(self, session_id: int, path: str) -> None:
        """Remember ``path`` as the session file the session was last imported from."""
        with self._lock, self._transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO session_files (session_id, path) VALUES (?, ?)",
                (session_id, path),
            )

    def session_uid(self, session_id: int) -> str:
        """The session's stable unique id (the same in every database it is merged or
        moved into); "" for no such session."""
        with self._lock:
            row = self.conn.execute("SELECT uid FROM sessions WHERE id = ?", (session_id,))
            found = row.fetchone()
        return str(found[0] or "") if found else ""

    def session_by_uid(self, uid: str) -> Session | None:
        """The session here with the stable unique id ``uid``, if any."""
        found = self._select(Session, "uid = ?", [uid], "id")
        return found[0] if found else None

    def items(self, session_id: int, *, include_removed: bool = False) -> list[AgendaItem]:
        where = "session_id = ?" + ("" if include_removed else " AND removed = 0")
        return self._select(AgendaItem, where, [session_id], "position, id")

    def participants(self, session_id: int, *, include_removed: bool = False) -> list[Participant]:
        where = "session_id = ?" + ("" if include_removed else " AND removed = 0")
        return self._select(Participant, where, [session_id], "position, id")

    def queue(self, session_id: int) -> list[QueueEntry]:
        return self._select(QueueEntry, "session_id = ?", [session_id], "position, id")

    def speeches(self, session_id: int) -> list[Speech]:
        return self._select(Speech, "session_id = ?", [session_id], "started_at, id")

    def current_speech(self, session_id: int) -> Speech | None:
        found = self._select(Speech, "session_id = ? AND ended_at IS NULL", [session_id], "id DESC")
        return found[0] if found else None

    def contributions(
        self,
        session_id: int,
        *,
        limit: int | None = None,
        newest_first: bool = False,
        up_to: int | None = None,
        newer_than: int | None = None,
    ) -> list[Contribution]:
        """A session's contributions by id; ``up_to`` and ``newer_than`` bound the ids
        (a page of a long session, read along the index without the rows before it)."""
        where, params = "session_id = ?", [session_id]
        if up_to is not None:
            where += " AND id <= ?"
            params.append(up_to)
        if newer_than is not None:
            where += " AND id > ?"
            params.append(newer_than)
        order = "id DESC" if newest_first else "id"
        if limit is not None:
            order += f" LIMIT {int(limit)}"
        return self._select(Contribution, where, params, order)

    def newer_count(self, session_id: int, than: int) -> int:
        """How many contributions of a session are newer than id ``than``."""
        sql = "SELECT COUNT(*) FROM contributions WHERE session_id = ? AND id > ?"
        with self._lock:
            row = self.conn.execute(sql, (session_id, than)).fetchone()
        return int(row[0]) if row else 0

    def questions(self, session_id: int) -> list[Contribution]:
        """The contributions of kind question, by id (the open questions of the minutes)."""
        where = "session_id = ? AND kind = 'question'"
        return self._select(Contribution, where, [session_id], "id")

    def items_noted(self, session_id: int) -> set[int]:
        """The ids of the agenda items with a contribution recorded under them."""
        sql = (
            "SELECT DISTINCT item_id FROM contributions"
            " WHERE session_id = ? AND item_id IS NOT NULL"
        )
        with self._lock:
            rows = self.conn.execute(sql, (session_id,)).fetchall()
        return {int(row[0]) for row in rows}

    def item_in_use(self, item_id: int) -> bool:
        """Whether anything was recorded on an agenda item (a speech, contribution or card)."""
        with self._lock:
            for table in ("speeches", "contributions", "cards"):
                row = self.conn.execute(
                    f"SELECT 1 FROM {table} WHERE item_id = ? LIMIT 1", (item_id,)
                ).fetchone()
                if row:
                    return True
        return False

    def contribution_count(self, session_id: int) -> int:
        with self._lock:
            row = self.conn.execute(
                "SELECT contributions FROM session_counts WHERE session_id = ?", (session_id,)
            ).fetchone()
        return int(row[0]) if row else 0

    def reopened_at(self, session_id: int) -> datetime | None:
        """When the session was last reopened after it was closed, as the change log has it
        (an undone reopening does not count); None if it never was, or the log does not say
        (a session moved here with its JSON record)."""
        sql = (
            "SELECT at FROM ops WHERE session_id = ? AND label = ? "
            "AND state IN ('done', 'held', 'fixed') ORDER BY id DESC LIMIT 1"
        )
        with self._lock:
            row = self.conn.execute(sql, (session_id, REOPEN)).fetchone()
        if row is None:
            return None
        moment = datetime.fromisoformat(str(row[0]))
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)

    def reopenings(self, session_id: int) -> list[Reopening]:
        """Each time the session was reopened, in order: when, and the close it undid, as
        the change log has them (an undone reopening does not count); [] if it never was,
        or the log does not say (a session moved here with its JSON record)."""
        sql = (
            "SELECT ops.at, changes.before FROM ops JOIN changes ON changes.op_id = ops.id "
            "WHERE ops.session_id = ? AND ops.label = ? AND ops.state IN ('done', 'held', 'fixed') "
            "AND changes.tbl = 'sessions' AND changes.row_id = ? ORDER BY ops.id, changes.id"
        )
        with self._lock:
            rows = self.conn.execute(sql, (session_id, REOPEN, session_id)).fetchall()
        found: list[Reopening] = []
        for at, before in rows:
            closed = (_loads(before) or {}).get("closed_at")
            if not isinstance(closed, str):
                continue
            try:
                moments = [datetime.fromisoformat(str(at)), datetime.fromisoformat(closed)]
            except ValueError:
                continue
            reopened, closed_at = (
                m if m.tzinfo is not None else m.replace(tzinfo=UTC) for m in moments
            )
            found.append(Reopening(closed_at=closed_at, reopened_at=reopened))
        return found

    def cards(self, session_id: int, *, include_merged: bool = False) -> list[Card]:
        where = "session_id = ?" + ("" if include_merged else " AND merged_into IS NULL")
        return self._select(Card, where, [session_id], '"column", position, id')

    def cards_by_id(self, session_id: int, card_ids: Iterable[int]) -> list[Card]:
        """The session's cards among ``card_ids`` (merged ones too), in no order."""
        wanted = sorted(set(card_ids))
        found: list[Card] = []
        for start in range(0, len(wanted), 500):  # SQLite's limit on parameters
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            found += self._select(
                Card, f"session_id = ? AND id IN ({marks})", [session_id, *chunk], "id"
            )
        return found

    def status_changed_at(self, card_ids: Iterable[int]) -> dict[int, datetime]:
        """When the status of each of ``card_ids`` was last changed, as the change log
        has it (``S``, an undo or redo of it, a merge of the session's newer state); a
        card whose status never changed since it was made is left out."""
        wanted = sorted(set(card_ids))
        found: dict[int, datetime] = {}
        for start in range(0, len(wanted), 500):  # SQLite's limit on parameters
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            sql = (
                "SELECT changes.row_id, ops.at, changes.after FROM changes "
                "JOIN ops ON ops.id = changes.op_id WHERE changes.tbl = 'cards' "
                f"AND changes.action = 'update' AND changes.row_id IN ({marks})"
            )
            with self._lock:
                rows = self.conn.execute(sql, chunk).fetchall()
            for row_id, at, after in rows:
                if "status" not in (_loads(after) or {}):
                    continue
                moment = datetime.fromisoformat(at)
                if moment.tzinfo is None:
                    moment = moment.replace(tzinfo=UTC)
                card_id = int(row_id)
                if card_id not in found or moment > found[card_id]:
                    found[card_id] = moment
        return found

    def former_number(self, card: Card, column: Column) -> int | None:
        """The number ``card`` last had in ``column`` before it moved out, as the change log
        has it, if no other card of its session has that number there now; None for a
        card that was never in ``column`` (or whose number there is taken)."""
        sql = (
            "SELECT n FROM ("
            "SELECT id, json_extract(before, '$.number') AS n, "
            "json_extract(before, '$.column') AS col FROM changes "
            "WHERE tbl = 'cards' AND row_id = ? AND before IS NOT NULL "
            "UNION ALL "
            "SELECT id, json_extract(after, '$.number'), json_extract(after, '$.column') "
            "FROM changes WHERE tbl = 'cards' AND row_id = ? AND after IS NOT NULL"
            ") WHERE col = ? AND n IS NOT NULL "
            'AND NOT EXISTS (SELECT 1 FROM cards WHERE session_id = ? AND "column" = ? '
            "AND number = n AND id != ?) "
            "ORDER BY id DESC LIMIT 1"
        )
        values = (card.id, card.id, column.value, card.session_id, column.value, card.id)
        with self._lock:
            row = self.conn.execute(sql, values).fetchone()
        return None if row is None else int(row[0])

    def former_position(self, card: Card, column: Column) -> Departure | None:
        """The position ``card`` had in ``column`` when it last moved out, as the change log
        has it, and the cards that came into ``column`` since (new, or from another column)
        that had never been there before it left; None for a card that was never in
        ``column``. Where it comes back to is the board's rule, ``board.place_back``: the
        cards that came back meanwhile to a column they were in before are not taken for
        cards added meanwhile."""
        # the cards come into the column since (a range of the newest changes), but those
        # that were in it before: an insert or a move there, or a move out of it
        arrived = (
            "SELECT DISTINCT row_id FROM changes AS c WHERE c.id > ? AND c.tbl = 'cards' "
            "AND c.row_id != ? AND json_extract(c.after, '$.column') = ? AND NOT EXISTS ("
            "SELECT 1 FROM changes AS e WHERE e.tbl = 'cards' AND e.row_id = c.row_id "
            "AND e.id <= ? AND (json_extract(e.after, '$.column') = ? "
            "OR json_extract(e.before, '$.column') = ?))"
        )
        with self._lock:
            left = self._left(card, column)
            if left is None:
                return None
            position = self._written_before(card, left, "position")
            if position is None:
                return None
            values = (left, card.id, column.value, left, column.value, column.value)
            since = self.conn.execute(arrived, values).fetchall()
        return Departure(float(position), frozenset(int(r[0]) for r in since))

    def former_links(self, card: Card, column: Column) -> list[int]:
        """The cards ``card`` addressed when it last moved out of ``column`` (the actions),
        as the change log has it, whether or not they are still there; none for a card
        that was never in ``column``, or addressed nothing then."""
        with self._lock:
            left = self._left(card, column)
            written = None if left is None else self._written_before(card, left, "links")
        try:
            links = json.loads(written) if isinstance(written, str) else []
        except ValueError:
            return []
        return [i for i in links if isinstance(i, int)] if isinstance(links, list) else []

    def _written_before(self, card: Card, change_id: int, name: str) -> str | float | None:
        """The value of ``card``'s field ``name`` as last written before change
        ``change_id`` (an insert writes them all; JSON text for a list); None if none was."""
        sql = (
            "SELECT json_extract(after, ?) FROM changes WHERE tbl = 'cards' AND row_id = ? "
            "AND id < ? AND json_extract(after, ?) IS NOT NULL ORDER BY id DESC LIMIT 1"
        )
        path = f"$.{name}"
        row = self.conn.execute(sql, (path, card.id, change_id, path)).fetchone()
        return None if row is None else row[0]

    def _left(self, card: Card, column: Column) -> int | None:
        """The id of the change that last moved ``card`` out of ``column`` (one whose
        «before» has that column); None if none did."""
        sql = (
            "SELECT id FROM changes WHERE tbl = 'cards' AND row_id = ? AND action = 'update' "
            "AND json_extract(before, '$.column') = ? ORDER BY id DESC LIMIT 1"
        )
        row = self.conn.execute(sql, (card.id, column.value)).fetchone()
        return None if row is None else int(row[0])

    def column_positions(self, session_id: int, column: Column) -> dict[int, float]:
        """The position of each card shown in ``column`` (merged ones left out), by id
        (read in SQL: no card is converted)."""
        sql = (
            'SELECT id, position FROM cards WHERE session_id = ? AND "column" = ? '
            "AND merged_into IS NULL"
        )
        with self._lock:
            rows = self.conn.execute(sql, (session_id, column.value)).fetchall()
        return {int(card_id): float(position) for card_id, position in rows}

    def column_end(self, session_id: int, column: Column) -> tuple[float, int]:
        """The highest position of a card shown in ``column`` (merged ones left out) and the
        highest number the column has given (to a card there now, merged or not, or to one
        deleted since: ``card_numbers``); 0 for an empty column."""
        sql = (
            "SELECT max(CASE WHEN merged_into IS NULL THEN position END), max(number), "
            '(SELECT last FROM card_numbers n WHERE n.session_id = ? AND n."column" = ?) '
            'FROM cards WHERE session_id = ? AND "column" = ?'
        )
        key = (session_id, column.value)
        with self._lock:
            position, number, given = self.conn.execute(sql, key + key).fetchone()
        return float(position or 0.0), max(int(number or 0), int(given or 0))

    def change_mark(self) -> int:
        """The id of the last change logged (0 for none): it grows with every commit that
        changes a row, whichever process commits (every write goes through :class:`Tx`)."""
        with self._lock:
            row = self.conn.execute("SELECT max(id) FROM changes").fetchone()
        return int(row[0] or 0)

    def changed_rows(self, table: str, since: int, limit: int) -> set[int] | None:
        """The ids of the rows of ``table`` changed after the change ``since`` (see
        :meth:`change_mark`); None when more than ``limit`` changed (read them all then)."""
        sql = "SELECT DISTINCT row_id FROM changes WHERE id > ? AND tbl = ? LIMIT ?"
        with self._lock:
            rows = self.conn.execute(sql, (since, table, limit + 1)).fetchall()
        return None if len(rows) > limit else {int(r[0]) for r in rows}

    def summaries(self) -> list[SessionSummary]:
        out = []
        for session in self.sessions():
            counts = []
            for table, extra in (
                ("participants", " AND removed = 0"),
                ("agenda_items", " AND removed = 0"),
                ("contributions", ""),
                ("cards", " AND merged_into IS NULL"),
                ("participants", " AND removed = 1"),
                ("agenda_items", " AND removed = 1 AND live != 'dropped'"),
            ):
                with self._lock:
                    row = self.conn.execute(
                        f"SELECT count(*) FROM {table} WHERE session_id = ?{extra}", (session.id,)
                    ).fetchone()
                counts.append(int(row[0]))
            out.append(SessionSummary(session, *counts))
        return out

    def operations(self, session_id: int) -> list[Operation]:
        """The session's operations, oldest first, with who made each (the history)."""
        sql = (
            "SELECT id, label, at, state, origin, target_op FROM ops WHERE session_id = ? "
            "ORDER BY id"
        )
        with self._lock:
            rows = self.conn.execute(sql, (session_id,)).fetchall()
        return [
            Operation(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4] or ""), r[5])
            for r in rows
        ]

    def log(self, session_id: int) -> list[LoggedChange]:
        """The audit trail of a session, oldest first."""
        sql = (
            "SELECT ops.id, ops.label, ops.at, tbl, row_id, action, before, after FROM changes "
            "JOIN ops ON ops.id = changes.op_id WHERE ops.session_id = ? ORDER BY changes.id"
        )
        with self._lock:
            rows = self.conn.execute(sql, (session_id,)).fetchall()
        return [
            LoggedChange(
                int(r[0]),
                r[1],
                r[2],
                r[3],
                int(r[4]),
                r[5],
                json.loads(r[6]) if r[6] else None,
                json.loads(r[7]) if r[7] else None,
            )
            for r in rows
        ]


def _storable(row: dict[str, Any]) -> dict[str, Any]:
    """Text SQLite can store: a lone surrogate (no valid UTF-8) becomes U+FFFD."""
    out = {}
    for key, value in row.items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        out[key] = value
    return out


class _NothingChanged(Exception):
    """An operation that changed nothing is rolled back and leaves no trace."""


@record
class Obstacle:
    """What keeps a file from being written: ``kind`` (``protected``, ``read_only_disk``,
    ``permissions``), the file, and for a protection the command that set it and the one
    that takes it off."""

    kind: str
    file: Path
    flag: str = ""
    unflag: str = ""

    def error(self, path: str) -> StoreError:
        """The save of the database at ``path`` failed on this."""
        values: dict[str, object] = {"path": path, "file": str(self.file)}
        if self.kind == "protected":
            values.update(flag=self.flag, unflag=self.unflag)
        return StoreError(f"not_writable.{self.kind}", **values)


def obstacle_of(path: Path) -> Obstacle | None:
    """What keeps ``path`` from being written (see :meth:`Store.write_obstacle`); only
    looks, nothing is opened."""
    protection = _protection(path)
    if protection is not None:
        return Obstacle("protected", path, *protection)
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return Obstacle("read_only_disk", path)
    except (OSError, AttributeError):  # no statvfs (Windows)
        pass
    try:
        allowed = _may_write(path)
    except OSError:
        return None
    return None if allowed else Obstacle("permissions", path)


_LINUX_FLAGS = ((0x10, "chattr +i", "chattr -i"), (0x20, "chattr +a", "chattr -a"))
"""The attributes of a Linux file that keep it from being written (``STATX_ATTR_IMMUTABLE``,
``STATX_ATTR_APPEND``: a file that may only grow is no file SQLite may write)."""
_BSD_FLAGS = (
    (getattr(stat, "UF_IMMUTABLE", 0), "chflags uchg", "chflags nouchg"),
    (getattr(stat, "SF_IMMUTABLE", 0), "chflags schg", "chflags noschg"),
)
"""The same on macOS and the BSDs (``st_flags``)."""


def _protection(path: Path) -> tuple[str, str] | None:
    """The command that protected ``path`` against changes and the one that takes it off,
    or None: the file's flags, as the operating system keeps them beside its permissions.
    Read without opening the file: closing a file of the database would let go of the
    locks SQLite holds on it in this process."""
    try:
        flags = int(getattr(os.stat(path), "st_flags", 0))
    except OSError:
        return None
    for bit, on, off in _BSD_FLAGS:
        if bit and flags & bit:
            return on, off
    attributes = _linux_attributes(path)
    for bit, on, off in _LINUX_FLAGS:
        if attributes & bit:
            return on, off
    return None


def _linux_attributes(path: Path) -> int:
    """``stx_attributes`` of ``path`` (Linux's ``statx``, which needs no open file); 0
    elsewhere or when it cannot be asked."""
    if not sys.platform.startswith("linux"):
        return 0
    import ctypes

    try:
        statx = ctypes.CDLL(None, use_errno=True).statx
    except (OSError, AttributeError):  # a C library without statx
        return 0
    found = ctypes.create_string_buffer(256)  # struct statx
    at_fdcwd, basic_stats = -100, 0x7FF
    if statx(at_fdcwd, os.fsencode(path), 0, basic_stats, found) != 0:
        return 0
    (attributes,) = struct.unpack_from("Q", found.raw, 8)  # after stx_mask, stx_blksize
    return int(attributes)


def _may_write(path: Path) -> bool:
    """Whether this process may write ``path``, as the operating system judges it (its
    permissions, a read-only disk): what SQLite finds when it opens the file."""
    effective = os.access in os.supports_effective_ids
    return os.access(path, os.W_OK, effective_ids=effective)


def _connect(where: str, timeout: float) -> sqlite3.Connection:
    """The raw SQLite connection (one place, so tests can stand in a read-only one)."""
    return sqlite3.connect(where, timeout=timeout, isolation_level=None, check_same_thread=False)


def _reinsert(tx: Tx, table: str, row: dict[str, Any]) -> None:
    """Undo or redo brings a row back. A queue entry whose person meanwhile queued
    again (e.g. from another window) is left out: they are already waiting."""
    if table == "queue":
        tx.insert_row_new(table, row)
    else:
        tx.insert_row(table, row)


_Change = tuple[str, int, str, dict[str, Any] | None, dict[str, Any] | None]
_Clash = tuple[str, int, str | None]
"""A value an undo or redo finds changed since: table, row id, column (None: the row)."""
_UNTOUCHED = object()
_ABSENT = object()


def _value(action: str, row: dict[str, Any] | None, name: str | None, before: bool) -> Any:
    """What a logged change says of one value of its row, ``before`` it or after it:
    :data:`_UNTOUCHED` when it did not change it; whether the row was there for ``name``
    None."""
    gone = (action == "insert") if before else (action == "delete")
    if name is None:
        return not gone
    if gone:
        return _ABSENT
    if row is None or (action == "update" and name not in row):
        return _UNTOUCHED
    return row.get(name)


def _loads(text: str | None) -> dict[str, Any] | None:
    return json.loads(text) if text else None


def _inverse(action: str) -> str:
    return {"insert": "delete", "delete": "insert"}.get(action, action)


def warm_up() -> None:
    """Import what the first write needs (sqlite-utils), e.g. on a thread after the start."""
    import sqlite_utils  # noqa: F401
