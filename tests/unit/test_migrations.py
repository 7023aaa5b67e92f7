"""Migrations: one person waits once, and any number of programs may open an old database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator.domain.model import Priority
from facilitator.service import Services
from facilitator.store import Store, StoreError
from facilitator.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.unit.processes import all_at_once, finish, spawn

AT = "2020-10-06T12:{:02d}:00+00:00"


def _create(path: Path, version: int, queue: list[tuple[int, str, int]]) -> None:
    """A database at schema ``version`` with one session, three people and ``queue``
    rows (participant, priority, minute requested)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for migration in MIGRATIONS[:version]:
        migration(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute(
        "INSERT INTO sessions (slug, title, starts_at, status) "
        "VALUES ('oud', 'Oude sessie', ?, 'running')",
        (AT.format(0),),
    )
    for n in (1, 2, 3):
        conn.execute(
            "INSERT INTO participants (session_id, position, key, name, sector) "
            "VALUES (1, ?, ?, ?, 'onderwijs')",
            (n, f"p{n}", f"Deelnemer {n}"),
        )
    for position, (person, priority, minute) in enumerate(queue, start=1):
        conn.execute(
            "INSERT INTO queue (session_id, participant_id, position, requested_at, priority) "
            "VALUES (1, ?, ?, ?, ?)",
            (person, position, AT.format(minute), priority),
        )
    conn.execute("COMMIT")
    conn.close()


def test_duplicate_queue_entries_go_and_the_oldest_stays(tmp_path: Path) -> None:
    path = tmp_path / "dubbel.db"
    _create(
        path,
        3,
        [
            (1, "normal", 5),
            (2, "normal", 1),
            (1, "normal", 2),  # the same person twice: this one (minute 2) is the oldest
            (1, "point_of_order", 3),  # a point of order beside a normal turn stays
            (2, "normal", 4),
        ],
    )
    store = Store(path)
    queue = Services.open(store, 1).reading.state().queue
    assert [(e.participant_id, e.priority, e.requested_at.minute) for e in queue] == [
        (1, Priority.POINT_OF_ORDER, 3),
        (2, Priority.NORMAL, 1),
        (1, Priority.NORMAL, 2),
    ]
    with pytest.raises(StoreError), store.change(1, "hand") as tx:
        tx.insert_row(
            "queue",
            {
                "session_id": 1,
                "participant_id": 2,
                "position": 9,
                "requested_at": AT.format(9),
                "priority": "normal",
            },
        )
    assert len(store.queue(1)) == 3
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()


def test_undo_works_after_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "oud.db"
    _create(path, 3, [])
    store = Store(path)
    service = Services.open(store, 1)
    assert service.floor.enqueue(3) is True
    assert service.history.undo() == "hand"
    assert service.reading.state().queue == []
    store.close()


def test_three_processes_opening_an_older_database_all_succeed(tmp_path: Path) -> None:
    children = [spawn("open") for _ in range(3)]
    try:
        for version in (1, 2, 3, 1, 3):
            path = tmp_path / f"v{version}-{len(list(tmp_path.iterdir()))}.db"
            _create(path, version, [(1, "normal", 1), (1, "normal", 2)])
            assert all_at_once(children, str(path)) == ["ok"] * 3
            store = Store(path)
            assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            assert [p.name for p in store.participants(1)] == [
                "Deelnemer 1",
                "Deelnemer 2",
                "Deelnemer 3",
            ]
            assert len(store.queue(1)) == 1
            store.close()
    finally:
        finish(children)


def test_three_processes_all_refuse_a_newer_database_and_leave_it_alone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "nieuwer.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    children = [spawn("open") for _ in range(3)]
    try:
        answers = all_at_once(children, str(path))
    finally:
        finish(children)
    assert all(a.startswith("too_new:") for a in answers), answers
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()
