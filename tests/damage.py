"""Databases damaged as a bad disk or a bad copy leaves them: bytes that are no UTF-8
written over text the database keeps, as ``dd of=FILE seek=N conv=notrunc`` would."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

GARBAGE = b"\xff"


def _raw_quick_check(path: Path) -> list[tuple[object, ...]] | BaseException:
    """What SQLite's quick check says of ``path``, or what it raised (read only, nothing
    made beside the file)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return [tuple(row) for row in conn.execute("PRAGMA quick_check(1)").fetchall()]
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return exc
    finally:
        conn.close()


def undecodable_schema(source: Path, target: Path) -> Path:
    """A copy of ``source`` with garbage written into a statement of its schema, at the
    first statement where SQLite's error quotes the garbage back («malformed database
    schema (…) - near "\\xff\\xff…"»): an error message that is no UTF-8 either."""
    data = source.read_bytes()
    for found in re.finditer(rb"CREATE (TABLE|INDEX|TRIGGER) ", data):
        start = found.start() + 30
        damaged = bytearray(data)
        damaged[start : start + 20] = GARBAGE * 20
        target.write_bytes(bytes(damaged))
        if isinstance(_raw_quick_check(target), UnicodeDecodeError):
            return target
    raise AssertionError(f"no statement of the schema of {source} quotes garbage back")


def undecodable_text(source: Path, target: Path, text: bytes) -> Path:
    """A copy of ``source`` with every ``text`` kept in it overwritten by as many bytes of
    garbage: the file is sound to SQLite's quick check, but the values holding it are no
    UTF-8 text."""
    data = source.read_bytes()
    assert text in data, text
    target.write_bytes(data.replace(text, GARBAGE * len(text)))
    assert _raw_quick_check(target) == [("ok",)], "damage the quick check does not find"
    return target
