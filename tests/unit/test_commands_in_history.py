"""What a command changes is as much on record as what the app changes: the history names
the command line and who ran it, and importing a session file again keeps what the room
added and says only what the file changed."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.model import ActionStatus, Card, Column, Kind, Owner
from facilitator.service import Services
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


def _twente(folder: Path, name: str, *, date: str | None = None) -> Path:
    text = (SAMPLES / "twente.toml").read_text(encoding="utf-8")
    if date is not None:
        text = text.replace('date = "dinsdag 6 oktober 2020"', f'date = "{date}"')
        assert date in text
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _tags(db: Path) -> list[str]:
    store = Store(db)
    (session,) = store.sessions()
    store.close()
    return list(session.tags)


def _capture_in_the_room(db: Path, text: str, tags: list[str]) -> None:
    store = Store(db)
    (session,) = store.sessions()
    room = Services.open(store, session.id, origin=str(Origin.here(Role.NOTETAKER)))
    room.notes.capture(Kind.BARRIER, text, tags=tags)
    store.close()


def test_importing_the_file_again_keeps_a_tag_added_in_the_room(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Before, the import put the file's tags in place of the session's, dropping #pilot,
    and said it had changed the tags; the next import of the first file said nothing."""
    db = tmp_path / "f.db"
    first = _twente(tmp_path, "twente.toml")
    moved = _twente(tmp_path, "twente-jan.toml", date="dinsdag 5 januari 2021")
    assert runner.invoke(main, ["--db", str(db), "import", str(first)]).exit_code == 0
    from_the_file = _tags(db)
    _capture_in_the_room(db, "Te weinig plekken voor een proef", ["pilot"])
    assert _tags(db) == [*from_the_file, "pilot"]
    again = runner.invoke(main, ["--db", str(db), "import", str(moved)])
    assert again.exit_code == 0, again.output
    assert "Changed of the session: date or start time, end time.\n" in again.output
    assert _tags(db) == [*from_the_file, "pilot"]
    back = runner.invoke(main, ["--db", str(db), "--lang", "nl", "import", str(first)])
    assert "Van de sessie gewijzigd: datum of begintijd, eindtijd.\n" in back.output
    assert _tags(db) == [*from_the_file, "pilot"]


def _with_tags(tags: str) -> str:
    return LATER.replace('start = "14:00"\n', f'start = "14:00"\ntags = [{tags}]\n')


def test_the_file_s_own_tags_change_and_the_room_s_stay(runner: CliRunner, tmp_path: Path) -> None:
    """A tag the file adds comes in and is named; one it no longer has goes, unless the
    room added it or something said carries it."""
    db = tmp_path / "f.db"
    path = tmp_path / "t.toml"
    path.write_text(_with_tags('"stage", "bbl", "zorg"'), encoding="utf-8")
    assert runner.invoke(main, ["--db", str(db), "import", str(path)]).exit_code == 0
    _capture_in_the_room(db, "Weinig bbl-plekken in de zorg", ["zorg", "pilot"])
    path.write_text(_with_tags('"stage", "techniek"'), encoding="utf-8")
    again = runner.invoke(main, ["--db", str(db), "import", str(path)])
    assert again.exit_code == 0, again.output
    assert "Changed of the session: tags.\n" in again.output
    # bbl: nothing carries it; zorg: a barrier does; pilot: the room added it
    assert _tags(db) == ["stage", "techniek", "zorg", "pilot"]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Session 'twente-2020-10' in {db} is already up to date: importing the file "
               "changed nothing."),
        ("nl", "Sessie 'twente-2020-10' in {db} is al bijgewerkt: het bestand importeren "
               "veranderde niets."),
    ],
)  # fmt: skip
def test_importing_an_unchanged_file_says_the_session_is_up_to_date(
    runner: CliRunner, tmp_path: Path, lang: str, said: str
) -> None:
    """Before: «updated …: 0 added, 0 changed, 0 removed, 0 kept …»."""
    db = tmp_path / "f.db"
    sample = str(SAMPLES / "twente.toml")
    assert runner.invoke(main, ["--db", str(db), "import", sample]).exit_code == 0
    same = runner.invoke(main, ["--db", str(db), "--lang", lang, "import", sample])
    assert same.exit_code == 0, same.output
    assert same.output == said.format(db=db) + "\n"
    store = Store(db)
    (session,) = store.sessions()
    assert len(store.operations(session.id)) == 1  # the first import only
    store.close()


def test_an_unchanged_file_into_a_closed_session_says_nothing_was_updated(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Before, it was «updated …: 0 added, 0 changed …» and «(only the title, words and the
    like were updated)»."""
    from facilitator.domain.lifecycle import close_session, open_session

    db = tmp_path / "f.db"
    sample = str(SAMPLES / "twente.toml")
    assert runner.invoke(main, ["--db", str(db), "import", sample]).exit_code == 0
    store = Store(db)
    (session,) = store.sessions()
    with store.change(session.id, "close") as tx:
        tx.update(close_session(open_session(session, session.starts_at), session.starts_at))
    store.close()
    same = runner.invoke(main, ["--db", str(db), "import", sample])
    assert same.exit_code == 0, same.output
    assert same.output.splitlines() == [
        f"Session 'twente-2020-10' in {db} is already up to date: importing the file changed "
        "nothing.",
        "twente-2020-10 is closed: its participants, agenda and board stay as recorded at the "
        "meeting, and the Chatham House rule as it held. Reopen the session (F9) to change them.",
    ]
