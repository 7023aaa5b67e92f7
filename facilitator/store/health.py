"""Is a database file sound? A quick read-only look before anything writes to it.

:func:`check_health` runs SQLite's ``PRAGMA quick_check(1)`` on a read-only
connection and returns a :class:`StoreError` (key ``damaged``) when the file is
damaged or is not a database at all; an answer or an error of SQLite that quotes bytes
of the damage, which are no UTF-8 text, says it is damaged too. It never writes to the
file: a damaged database must stay exactly as it was, so that a backup or a repair tool
still has everything to work with.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from facilitator.store.errors import StoreError

# Bytes 18 and 19 of an SQLite header: 2 and 2 for a database in WAL mode.
_WAL_MARK = b"\x02\x02"
_DAMAGED_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
# "could not decode to utf-8": Python's words for a text value whose bytes are no text, as
# facilitator writes none: bytes of a bad disk or copy written over it
_DAMAGED_WORDS = ("malformed", "not a database", "corrupt", "could not decode to utf-8")


def read_only_uri(path: Path, *, full_disk: bool = False) -> str:
    """A read-only URI for ``path``; immutable when nothing else can be in flight.

    A WAL database without a ``-wal`` file was closed cleanly and its main file is
    the whole database: reading it as immutable leaves no ``-wal``/``-shm`` beside
    it. Otherwise (a WAL file exists, or a rollback journal) SQLite's own locking
    keeps the read consistent with a writer in another process. On a ``full_disk``
    an empty ``-wal`` (left by an open that found no room) holds nothing either, and
    no writer can be in flight: nothing can be written there.
    """
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        with path.open("rb") as file:
            header = file.read(20)
    except OSError:
        return uri
    wal = path.with_name(path.name + "-wal")
    if header[18:20] == _WAL_MARK and (not wal.exists() or (full_disk and _empty(wal))):
        uri += "&immutable=1"
    return uri


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether a raw SQLite error says the file is damaged or is not a database."""
    name = getattr(exc, "sqlite_errorname", "")
    if name in _DAMAGED_CODES:
        return True
    text = str(exc).lower()
    return any(word in text for word in _DAMAGED_WORDS)


def check_health(path: str | Path, *, timeout_s: float = 2.0) -> StoreError | None:
    """``StoreError("damaged", path=...)`` if the database at ``path`` is damaged, else None.

    A path that does not exist, is empty (a new database) or is not a regular file
    is not judged here: opening the :class:`~facilitator.store.Store` says what is
    wrong with those. Nor is a database that cannot be read for another reason
    (locked, no permission): the store reports that in its own words.
    """
    where = Path(path)
    try:
        if not where.is_file() or where.stat().st_size == 0:
            return None
    except OSError:
        return None
    damaged = StoreError("damaged", path=str(where))
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(read_only_uri(where), uri=True, timeout=timeout_s)
        conn.text_factory = _lenient
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.Error as exc:
        return damaged if is_damage(exc) else None
    except UnicodeDecodeError:
        # SQLite's error quotes the damaged bytes (a schema statement written over:
        # 'malformed database schema (…) - near "\xff…"'), which Python cannot decode
        return damaged
    finally:
        if conn is not None:
            conn.close()
    if [tuple(row) for row in rows] != [("ok",)]:
        return damaged
    return None


def _lenient(value: bytes) -> str:
    """Text of the quick check's answer, garbage bytes of a damaged page included."""
    return value.decode("utf-8", errors="replace")


def _empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return False
