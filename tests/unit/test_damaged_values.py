"""A database whose file is sound but one of whose rows holds a value facilitator never
writes (a time that is none, text where a number belongs): ``import-db`` refuses it before
merging anything, naming the row, and every command that reads it calls it damaged."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.service.services import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan
from tests.regional import build_regional_sessions

SLUGS = ["twente-2020-10", "regio-zwolle-2020-10", "stedendriehoek-2020-10"]

# (table, column, value, the id of the row given it)
VALUES = {
    "time": ("speeches", "started_at", "gibberish", 1),
    "votes": ("cards", "votes", "x", 1),
    "links": ("cards", "links", "not json", 2),
    "tags": ("contributions", "tags", '"reiskosten"', 3),
    "kind": ("contributions", "kind", "rumour", 2),
    "position": ("agenda_items", "planned_seconds", "lang", 1),
    "title": ("sessions", "title", None, 1),
    # a value of the right kind that facilitator never writes: a language the minutes are
    # not written in, less than a minute planned, votes below zero, a sector the session
    # has not (and never had)
    "language": ("sessions", "language", "fr", 1),
    "planned": ("agenda_items", "planned_seconds", -600, 1),
    "fewer votes": ("cards", "votes", -5, 1),
    "sector": ("participants", "sector", "martians", 1),
}


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """The three regional round tables, closed, in a database of their own."""
    clock = FakeClock()
    path = tmp_path / "good.db"
    store = Store(path, clock=clock)
    build_regional_sessions(store, clock)
    store.close()
    return path


def damaged(good: Path, target: Path, which: str) -> Path:
    """A copy of ``good`` with one value no facilitator writes, put there by hand."""
    table, column, value, row = VALUES[which]
    target.write_bytes(good.read_bytes())
    conn = sqlite3.connect(target)
    try:
        if value is None:  # a NOT NULL column: the table made again without the rule
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute(
                "UPDATE sqlite_master SET sql = replace(sql, 'title TEXT NOT NULL', "
                "'title TEXT') WHERE name = ?",
                [table],
            )
            conn.commit()
            conn.close()
            conn = sqlite3.connect(target)
        conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', [value, row])
        conn.commit()
    finally:
        conn.close()
    return target


def invoke(runner: CliRunner, *args: str) -> Result:
    result = runner.invoke(main, list(args))
    assert "Traceback" not in result.output
    assert "went wrong" not in result.output and "ging mis" not in result.output
    return result


@pytest.mark.parametrize("which", sorted(VALUES))
def test_import_db_refuses_it_naming_the_row_and_merges_nothing(
    runner: CliRunner, good: Path, tmp_path: Path, which: str
) -> None:
    """Before: «3 sessions added», exit 0; every export after it a crash report."""
    bad = damaged(good, tmp_path / "bad.db", which)
    before = bad.read_bytes()
    table, column, _value, row = VALUES[which]
    result = invoke(runner, "--db", "t.db", "import-db", "bad.db")
    assert result.exit_code == 1, result.output
    said = " ".join(result.stderr.split())
    assert said.startswith(f"The database bad.db is damaged: row {row} of {table} holds"), said
    assert f"in {column}" in said and "Nothing was merged" in said
    assert bad.read_bytes() == before
    if Path("t.db").exists():
        here = Store(Path("t.db"))
        assert here.sessions() == []
        here.close()
    assert not (tmp_path / "crash-reports").exists()


def test_import_db_says_so_in_dutch(runner: CliRunner, good: Path, tmp_path: Path) -> None:
    damaged(good, tmp_path / "bad.db", "time")
    result = invoke(runner, "--db", "t.db", "--lang", "nl", "import-db", "bad.db")
    assert result.exit_code == 1
    said = " ".join(result.stderr.split())
    assert said.startswith("De database bad.db is beschadigd: rij 1 van speeches heeft"), said
    assert "started_at" in said and "Er is niets samengevoegd" in said


@pytest.mark.parametrize("which", ["time", "votes", "links", "tags", "language", "planned"])
@pytest.mark.parametrize(
    "command",
    [
        ["export", "twente-2020-10", "-o", "-"],
        ["export", "twente-2020-10", "--format", "json", "-o", "-"],
        ["synthesis", "-o", "-"],
    ],
    ids=["export", "json", "synthesis"],
)
def test_reading_such_a_database_calls_it_damaged(
    runner: CliRunner, good: Path, tmp_path: Path, which: str, command: list[str]
) -> None:
    """Before: «Something went wrong inside facilitator (ValueError: Invalid isoformat
    string: 'gibberish')» and a crash report."""
    bad = damaged(good, tmp_path / "bad.db", which)
    result = invoke(runner, "--db", str(bad), *command)
    assert result.exit_code == 1, result.output
    assert f"The database {bad} is damaged or is not a facilitator database" in result.stderr
    assert "restore a backup" in result.stderr
    assert not (tmp_path / "crash-reports").exists()


def test_run_on_such_a_database_calls_it_damaged(
    runner: CliRunner, good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app reads the session before it shows anything: no terminal is taken."""
    shown: list[object] = []
    monkeypatch.setattr("facilitator.tui.app.FacilitatorApp.run", lambda app: shown.append(app))
    bad = damaged(good, tmp_path / "bad.db", "time")
    result = invoke(runner, "--db", str(bad), "--lang", "nl", "run", "twente-2020-10")
    assert result.exit_code == 1, result.output
    assert f"De database {bad} is beschadigd" in result.stderr
    assert shown == []


def test_a_sound_database_reads_as_before(runner: CliRunner, good: Path) -> None:
    result = invoke(runner, "--db", str(good), "export", "twente-2020-10", "-o", "-")
    assert result.exit_code == 0, result.output
    merged = invoke(runner, "--db", "t.db", "import-db", str(good))
    assert merged.exit_code == 0, merged.output
    assert "3 sessions added" in merged.output


def test_a_walk_in_keeps_a_sector_the_file_dropped_and_is_merged(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A sector the session no longer lists is one it listed when the walk-in came: the
    change log of the import that dropped it says so, and the database merges."""
    clock = FakeClock()
    store = Store(tmp_path / "walk.db", clock=clock)
    plan = make_plan()
    session = import_plan(store, plan).session
    Services.open(store, session.id, clock).floor.add_participant("Mo", "Werkplein", "uwv")
    dropped = replace(
        plan,
        sectors=tuple(s for s in plan.sectors if s.key != "uwv"),
        participants=tuple(p for p in plan.participants if p.sector != "uwv"),
    )
    import_plan(store, dropped)
    store.close()
    result = invoke(runner, "--db", "t.db", "import-db", str(tmp_path / "walk.db"))
    assert result.exit_code == 0, result.output
    assert "1 session added" in result.output
