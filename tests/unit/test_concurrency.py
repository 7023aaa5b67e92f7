"""Three programs on one database at full speed: nothing lost, nobody queued twice.

A facilitator, a note-taker and a wall display may share one database file.
Each child process (``tests/unit/processes.py``) captures with new tags, moves
along the agenda, votes, queues the same people and withdraws them, all at
once; afterwards every capture, tag and vote is there, the queue holds each
person once per priority, the agenda has one current item, and the busy
timeout absorbed every wait (no "locked" error reached anyone).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from facilitator.domain.model import Column, ItemStatus, Kind
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.store.schema import SCHEMA_VERSION
from tests.helpers import make_plan
from tests.unit.processes import all_at_once, finish, spawn

PROCESSES = 3
COMMANDS = 120


def test_three_processes_lose_nothing_and_queue_nobody_twice(tmp_path: Path) -> None:
    path = tmp_path / "gedeeld.db"
    store = Store(path)
    sid = import_plan(store, make_plan(participants=4, items=4)).session.id
    shared = Services.open(store, sid).notes.capture(Kind.OPPORTUNITY, "Eén loket voor werkgevers")
    store.close()

    children = [spawn("work", str(path), str(n), str(COMMANDS)) for n in range(PROCESSES)]
    reports = [json.loads(line) for line in all_at_once(children, "go")]
    finish(children)

    assert [r["store_errors"] for r in reports] == [[]] * PROCESSES
    # `]` on the last item and `[` on the first are refused, saying so; nothing else is
    ends = {"agenda.first", "agenda.last"}
    assert [set(r["refused"]) - ends for r in reports] == [set()] * PROCESSES
    store = Store(path)
    captured = [tag for r in reports for tag in r["captures"]]
    assert len(captured) == PROCESSES * COMMANDS
    texts = {c.text for c in store.contributions(sid)}
    assert texts == {shared.text} | {f"bijdrage {tag}" for tag in captured}
    session = store.session(sid)
    assert session is not None
    missing = {tag for r in reports for tag in r["tags"]} - set(session.tags)
    assert missing == set()
    card = next(c for c in store.cards(sid) if c.column == Column.OPPORTUNITY)
    assert card.votes == sum(r["votes"] for r in reports)
    waiting = Counter((e.participant_id, e.priority) for e in store.queue(sid))
    assert all(n == 1 for n in waiting.values()), waiting
    items = store.items(sid)
    assert [i.id for i in items if i.status == ItemStatus.CURRENT] == [session.current_item_id]
    assert all(i.id == session.current_item_id for i in items if i.running)
    assert store.integrity_problem() is None
    store.close()


def test_three_processes_opening_one_new_database_all_succeed(tmp_path: Path) -> None:
    children = [spawn("open") for _ in range(PROCESSES)]
    try:
        for attempt in range(8):
            path = tmp_path / f"nieuw-{attempt}.db"
            assert all_at_once(children, str(path)) == ["ok"] * PROCESSES
            store = Store(path)
            assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert store.sessions() == []
            store.close()
    finally:
        finish(children)
