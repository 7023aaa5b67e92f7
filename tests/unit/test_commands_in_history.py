"""What a command changes is as much on record as what the app changes: the history names
the command line and who ran it."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.model import ActionStatus, Card, Column, Owner
from facilitator.service.origin import Origin, Role, describe
from facilitator.sessionfile import parse_session_text
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.conftest import SAMPLES

LATER = """\
slug = "twente-2021-01"
title = "Rondetafel"
region = "Twente"
date = "dinsdag 12 januari 2021"
start = "14:00"

[[agenda]]
title = "Terugblik: wie deed wat"
minutes = 15
"""


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """Commands run by anne on laptop-2."""
    monkeypatch.setenv("LOGNAME", "anne")  # read first by getpass.getuser
    monkeypatch.setattr(socket, "gethostname", lambda: "laptop-2")
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    return CliRunner()


def _earlier_with_an_open_action(db: Path) -> None:
    store = Store(db)
    plan = parse_session_text(LATER.replace("twente-2021-01", "twente-2020-10").replace(
        "dinsdag 12 januari 2021", "6 oktober 2020"))  # fmt: skip
    session = import_plan(store, plan).session
    with store.change(session.id, "test") as tx:
        tx.insert(
            Card(0, session.id, Column.ACTION, "Matchdag", 1.0, store.clock.now(),
                 owners=[Owner("ROC van Twente")], status=ActionStatus.OPEN)
        )  # fmt: skip
    store.close()


@pytest.mark.parametrize(
    ("lang", "who"),
    [("en", "command line (anne@laptop-2)"), ("nl", "opdrachtregel (anne@laptop-2)")],
)
def test_the_history_names_the_command_line_for_an_import_and_a_carry_forward(
    runner: CliRunner, tmp_path: Path, lang: str, who: str
) -> None:
    """Before, both were made by «unknown» / «onbekend»."""
    db = tmp_path / "f.db"
    _earlier_with_an_open_action(db)
    later = tmp_path / "later.toml"
    later.write_text(LATER, encoding="utf-8")
    base = ["--db", str(db), "--lang", lang]
    assert runner.invoke(main, [*base, "import", str(later)]).exit_code == 0
    carried = runner.invoke(main, [*base, "carry-forward", "twente-2021-01", "twente-2020-10"])
    assert carried.exit_code == 0, carried.output
    shown = runner.invoke(main, [*base, "history", "twente-2021-01"])
    assert shown.exit_code == 0, shown.output
    lines = shown.output.splitlines()[1:]
    assert len(lines) == 2, shown.output
    assert all(who in line for line in lines), shown.output
    assert "unknown" not in shown.output and "onbekend" not in shown.output


def test_every_command_that_writes_records_who_ran_it(runner: CliRunner, tmp_path: Path) -> None:
    """An import of a session file, of a JSON record and a merge of another database."""
    other, here = tmp_path / "other.db", tmp_path / "here.db"
    sample = str(SAMPLES / "twente.toml")
    assert runner.invoke(main, ["--db", str(other), "import", sample]).exit_code == 0
    record = tmp_path / "zwolle.json"
    zwolle = str(SAMPLES / "regio-zwolle.toml")
    assert runner.invoke(main, ["--db", str(other), "import", zwolle]).exit_code == 0
    args = ["--db", str(other), "export", "regio-zwolle-2020-10", "--format", "json", "--full"]
    assert runner.invoke(main, [*args, "-o", str(record)]).exit_code == 0
    assert runner.invoke(main, ["--db", str(here), "import", str(record)]).exit_code == 0
    merged = runner.invoke(main, ["--db", str(here), "import-db", str(other)])
    assert merged.exit_code == 0, merged.output
    store = Store(here)
    origins = [str(row[0]) for row in store.conn.execute("SELECT origin FROM ops")]
    store.close()
    assert len(origins) >= 3  # the record's import, the merge, the import copied with it
    for stored in origins:
        origin = Origin.parse(stored)
        assert origin is not None and origin.role == Role.COMMAND, stored
        assert describe(stored, "en") == "command line (anne@laptop-2)"
