"""The one door to the database.

Every change goes through :meth:`Store.change`, which opens an immediate
transaction, logs each row's value before and after in the ``changes`` table
(the audit trail, and what undo and redo stand on) and commits before it
returns: what the user saw as saved is on disk (WAL, ``synchronous=FULL``).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import sqlite_utils

from facilitator.domain.clock import Clock, SystemClock
from facilitator.domain.model import (
    AgendaItem,
    Card,
    Contribution,
    Participant,
    QueueEntry,
    Session,
    Speech,
)
from facilitator.store.errors import StoreError, translate_sqlite_error
from facilitator.store.rows import TABLES, R, Record, from_row, to_row
from facilitator.store.schema import SCHEMA_VERSION, migrate, version_of

BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class SessionSummary:
    """A line of ``facilitator list``."""

    session: Session
    participants: int
    items: int
    contributions: int
    cards: int


@dataclass(frozen=True)
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

    # -- records -----------------------------------------------------------------
    def insert(self, record: R) -> R:
        row = to_row(record)
        if not row.get("id"):
            row.pop("id", None)
        new_id = self.insert_row(TABLES[type(record)], row)
        return replace(record, id=new_id)

    def update(self, record: Record) -> None:
        table = TABLES[type(record)]
        after = to_row(record)
        self.update_row(table, after.pop("id"), after)

    def delete(self, record: Record) -> None:
        self.delete_row(TABLES[type(record)], record.id)

    # -- rows --------------------------------------------------------------------
    def insert_row(self, table: str, row: dict[str, Any]) -> int:
        row = _storable(row)
        tbl = self._db.table(table)
        tbl.insert(row)
        new_id = int(row["id"] if row.get("id") is not None else tbl.last_pk or 0)
        self._log(table, new_id, "insert", None, {**row, "id": new_id})
        return new_id

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
        self._lock = threading.RLock()
        where = str(self.path)
        if must_exist and not self.path.exists():
            raise StoreError("missing_db", path=where)
        if self.path.is_dir():
            raise StoreError("cannot_open", path=where, reason="it is a directory")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError("cannot_open", path=where, reason=exc.strerror or str(exc)) from exc
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(
                where,
                timeout=busy_timeout_ms / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            found = version_of(conn)
            if found > SCHEMA_VERSION:
                raise StoreError("too_new", path=where, found=found, known=SCHEMA_VERSION)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn)
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            raise translate_sqlite_error(exc, where) from exc
        except StoreError:
            if conn is not None:
                conn.close()
            raise
        self.conn = conn
        self.db = sqlite_utils.Database(conn)

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    # -- writing -----------------------------------------------------------------
    @contextmanager
    def change(self, session_id: int | None, label: str, *, undoable: bool = True) -> Iterator[Tx]:
        """One operation: all its writes commit together, or none do."""
        with self._lock, self._transaction():
            cursor = self.conn.execute(
                "INSERT INTO ops (session_id, label, at, state) VALUES (?, ?, ?, ?)",
                (session_id, label, self.clock.now().isoformat(), "done" if undoable else "fixed"),
            )
            tx = Tx(self, int(cursor.lastrowid or 0))
            yield tx
            if tx.count == 0:
                raise _NothingChanged
            if undoable:
                self.conn.execute(
                    "UPDATE ops SET state = 'dead' WHERE session_id IS ? AND state = 'undone'",
                    (session_id,),
                )

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        where = str(self.path)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, where) from exc
        try:
            yield
            self.conn.execute("COMMIT")
        except _NothingChanged:
            self._rollback()
        except sqlite3.Error as exc:
            self._rollback()
            raise translate_sqlite_error(exc, where) from exc
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass

    def undo(self, session_id: int) -> str | None:
        """Revert the latest operation of the session; return its label, or None."""
        return self._replay(session_id, undo=True)

    def redo(self, session_id: int) -> str | None:
        """Re-apply the operation undone last; return its label, or None."""
        return self._replay(session_id, undo=False)

    def _replay(self, session_id: int, *, undo: bool) -> str | None:
        label: str | None = None
        with self._lock, self._transaction():
            if undo:
                sql = "SELECT id, label FROM ops WHERE session_id = ? AND state = 'done' "
                sql += "ORDER BY id DESC LIMIT 1"
            else:
                sql = "SELECT id, label FROM ops WHERE session_id = ? AND state = 'undone' "
                sql += "ORDER BY id ASC LIMIT 1"
            found = self.conn.execute(sql, (session_id,)).fetchone()
            if found is None:
                raise _NothingChanged
            target = int(found[0])
            cursor = self.conn.execute(
                "INSERT INTO ops (session_id, label, at, state, target_op) VALUES (?, ?, ?, ?, ?)",
                (
                    session_id,
                    "undo" if undo else "redo",
                    self.clock.now().isoformat(),
                    "undo" if undo else "redo",
                    target,
                ),
            )
            tx = Tx(self, int(cursor.lastrowid or 0))
            order = "DESC" if undo else "ASC"
            rows = self.conn.execute(
                f"SELECT tbl, row_id, action, before, after FROM changes WHERE op_id = ? "
                f"ORDER BY id {order}",
                (target,),
            ).fetchall()
            for table, row_id, action, before_json, after_json in rows:
                before = json.loads(before_json) if before_json else None
                after = json.loads(after_json) if after_json else None
                if undo:
                    action, before, after = _inverse(action), after, before
                if action == "insert" and after is not None:
                    tx.insert_row(table, after)
                elif action == "delete":
                    tx.delete_row(table, row_id)
                elif action == "update" and after is not None:
                    tx.update_row(table, row_id, after)
            self.conn.execute(
                "UPDATE ops SET state = ? WHERE id = ?", ("undone" if undo else "done", target)
            )
            label = str(found[1])
        return label

    def can_undo(self, session_id: int) -> bool:
        return self._has_op(session_id, "done")

    def can_redo(self, session_id: int) -> bool:
        return self._has_op(session_id, "undone")

    def _has_op(self, session_id: int, state: str) -> bool:
        with self._lock:
            row = self.conn.execute(
                "SELECT 1 FROM ops WHERE session_id = ? AND state = ? LIMIT 1", (session_id, state)
            ).fetchone()
        return row is not None

    # -- reading -----------------------------------------------------------------
    def data_version(self) -> int:
        """Changes whenever another connection commits (for watching the database)."""
        with self._lock:
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def raw(self, table: str, row_id: int) -> dict[str, Any] | None:
        with self._lock:
            rows = list(self.db.query(f'SELECT * FROM "{table}" WHERE id = ?', [row_id]))
        return rows[0] if rows else None

    def get(self, cls: type[R], row_id: int) -> R | None:
        row = self.raw(TABLES[cls], row_id)
        return from_row(cls, row) if row else None

    def _select(self, cls: type[R], where: str, params: list[Any], order: str) -> list[R]:
        sql = f'SELECT * FROM "{TABLES[cls]}" WHERE {where} ORDER BY {order}'
        with self._lock:
            return [from_row(cls, row) for row in self.db.query(sql, params)]

    def sessions(self) -> list[Session]:
        return self._select(Session, "1", [], "starts_at, id")

    def session(self, session_id: int) -> Session | None:
        return self.get(Session, session_id)

    def session_by_slug(self, slug: str) -> Session | None:
        found = self._select(Session, "slug = ?", [slug], "id")
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
        self, session_id: int, *, limit: int | None = None, newest_first: bool = False
    ) -> list[Contribution]:
        order = "id DESC" if newest_first else "id"
        if limit is not None:
            order += f" LIMIT {int(limit)}"
        return self._select(Contribution, "session_id = ?", [session_id], order)

    def contribution_count(self, session_id: int) -> int:
        with self._lock:
            row = self.conn.execute(
                "SELECT contributions FROM session_counts WHERE session_id = ?", (session_id,)
            ).fetchone()
        return int(row[0]) if row else 0

    def cards(self, session_id: int, *, include_merged: bool = False) -> list[Card]:
        where = "session_id = ?" + ("" if include_merged else " AND merged_into IS NULL")
        return self._select(Card, where, [session_id], '"column", position, id')

    def summaries(self) -> list[SessionSummary]:
        out = []
        for session in self.sessions():
            counts = []
            for table, extra in (
                ("participants", " AND removed = 0"),
                ("agenda_items", " AND removed = 0"),
                ("contributions", ""),
                ("cards", " AND merged_into IS NULL"),
            ):
                with self._lock:
                    row = self.conn.execute(
                        f"SELECT count(*) FROM {table} WHERE session_id = ?{extra}", (session.id,)
                    ).fetchone()
                counts.append(int(row[0]))
            out.append(SessionSummary(session, *counts))
        return out

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


def _inverse(action: str) -> str:
    return {"insert": "delete", "delete": "insert"}.get(action, action)
