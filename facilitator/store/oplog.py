"""A session's operations as every database that holds the session knows them.

``import-db`` tells what is new in another database by the operations of a session's
change log: an operation is known by when it was made, by which window and what it did
(:func:`op_key`; the row ids differ between databases), an import of the session file
by what it changed, not when (the same file imported on two laptops is one change).

A session moved with its whole JSON record (``export --format json --full``, then
``import RECORD.json``) brings no change log. The record names each operation instead,
by a fingerprint of its key (:func:`fingerprint`), and the import keeps them here
(``moved_ops``): so merging the database it came from knows the changes made there
before the export as here already, and brings only those made since. A record moved on
again names them too, with the operations made here since.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from facilitator.store.importer import IMPORT
from facilitator.store.store import Store

OpKey = tuple[str, str, str]


def op_key(row: Mapping[str, Any]) -> OpKey:
    """An operation as it is known in any database: when, by which window, what (ids
    differ between databases; these do not)."""
    return str(row["at"]), str(row["origin"] or ""), str(row["label"])


def fingerprint(key: OpKey) -> str:
    """A short digest of an operation's key, the same wherever it is logged."""
    text = json.dumps(list(key), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def fingerprints(store: Store, session_id: int) -> Counter[str]:
    """The session's operations (see :func:`op_key`), each by its fingerprint: those of its
    change log here and those its record named when it was moved here."""
    rows = store.query("SELECT id, at, origin, label FROM ops WHERE session_id = ?", [session_id])
    prints: Counter[str] = Counter()
    for row in rows:
        if row["label"] == IMPORT:
            changed = store.query(
                "SELECT tbl, row_id, action, before, after FROM changes WHERE op_id = ? "
                "ORDER BY id",
                [row["id"]],
            )
            what = json.dumps([_without_ids(c) for c in changed], sort_keys=True)
            prints[fingerprint((IMPORT, "", what))] += 1
        else:
            prints[fingerprint(op_key(row))] += 1
    prints.update(moved(store, session_id))
    return prints


def session_prints(store: Store, session_id: int) -> list[str]:
    """The fingerprints of :func:`fingerprints`, sorted, one per operation: what the whole
    record of the session carries."""
    return sorted(fingerprints(store, session_id).elements())


def keep_moved(store: Store, session_id: int, prints: Iterable[str]) -> None:
    """Keep the fingerprints a moved session's record names (in the caller's transaction,
    which writes the session)."""
    store.conn.executemany(
        "INSERT INTO moved_ops (session_id, print) VALUES (?, ?)",
        [(session_id, p) for p in prints],
    )


def moved(store: Store, session_id: int) -> list[str]:
    """The fingerprints kept for a session moved here with its record (none for others)."""
    rows = store.query("SELECT print FROM moved_ops WHERE session_id = ?", [session_id])
    return [str(row["print"]) for row in rows]


def forget_moved(store: Store, session_id: int) -> None:
    """No fingerprints kept for the session any more (in the caller's transaction)."""
    store.conn.execute("DELETE FROM moved_ops WHERE session_id = ?", (session_id,))


def _without_ids(change: Mapping[str, Any]) -> list[Any]:
    """A logged change as every database that holds the session knows it: its table, what
    was done and the values, without the row ids, which differ between databases."""

    def values(text: str | None) -> dict[str, Any] | None:
        if text is None:
            return None
        row = json.loads(text)
        if not isinstance(row, dict):
            return row
        return {k: v for k, v in row.items() if k != "id" and not k.endswith("_id")}

    return [change["tbl"], change["action"], values(change["before"]), values(change["after"])]
