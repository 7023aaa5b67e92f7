"""The command line on a missing or damaged database, and ``--db``/``--lang`` in either place.

Every case runs the real command (click's runner, or a subprocess) and checks what
a user sees: the message, the exit code, no traceback, and a file left as it was.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.health import check_health
from facilitator.store.importer import import_plan
from tests.conftest import ROOT, SAMPLES
from tests.damage import undecodable_schema
from tests.permissions import facilitator, protected
from tests.scripted import build_scripted_session

SLUG = "proeftafel-twente"
TWENTE = str(SAMPLES / "twente.toml")
PAGE = 4096


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.setenv("FACILITATOR_DB", str(tmp_path / "env.db"))
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    monkeypatch.chdir(tmp_path)
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A real meeting database, closed cleanly (no -wal beside it)."""
    path = tmp_path / "meetings.db"
    clock = FakeClock()
    store = Store(path, clock=clock)
    build_scripted_session(store, clock)
    store.close()
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """``facilitator run`` opens no terminal UI: the sessions it would show are recorded."""
    shown: list[int] = []

    class App:
        return_code = 0

        def run(self) -> None:
            pass

    def make_app(store: Store, session_id: int, **_: object) -> App:
        shown.append(session_id)
        return App()

    monkeypatch.setattr("facilitator.tui.app.make_app", make_app)
    return shown


def invoke(runner: CliRunner, *args: str) -> Result:
    result = runner.invoke(main, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def pages_overwritten(source: Path, target: Path) -> Path:
    """A copy of ``source`` with three pages in the middle overwritten by garbage."""
    data = bytearray(source.read_bytes())
    assert len(data) >= 8 * PAGE
    middle = (len(data) // PAGE) // 2 * PAGE
    data[middle - PAGE : middle + 2 * PAGE] = (b"\xde\xad\xbe\xef" * PAGE)[: 3 * PAGE]
    target.write_bytes(bytes(data))
    return target


def pages_after_the_first_overwritten(source: Path, target: Path) -> Path:
    """A copy of ``source`` with every page but the first (the schema) overwritten: damage
    every command meets, whichever tables it reads."""
    data = bytearray(source.read_bytes())
    data[PAGE:] = (b"\xde\xad\xbe\xef" * (len(data) // 4))[: len(data) - PAGE]
    target.write_bytes(bytes(data))
    return target


def truncated(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def not_a_database(_: Path, target: Path) -> Path:
    target.write_text("Notulen van de rondetafel, geen database.\n" * 200, encoding="utf-8")
    return target


DAMAGE = {
    "pages": pages_overwritten,
    "truncated": truncated,
    "text": not_a_database,
    "schema": undecodable_schema,
}

# Every command that opens the database, with what it is given after ``--db PATH``.
COMMANDS = {
    "list": ["list"],
    "export": ["export", SLUG],
    "export-stdout": ["export", SLUG, "-o", "-"],
    "import": ["import", TWENTE],
    "run": ["run", SLUG],
    "run-file": ["run", TWENTE],
}


# -- a database that does not exist -------------------------------------------------------


@pytest.mark.parametrize(
    "command", [["list"], ["export", SLUG], ["export"], ["run", SLUG], ["run"]]
)
def test_a_missing_database_is_named_and_not_created(
    runner: CliRunner, tmp_path: Path, command: list[str], fake_app: list[int]
) -> None:
    missing = tmp_path / "typo.db"
    result = invoke(runner, "--db", str(missing), *command)
    assert result.exit_code == 1
    assert f"The database {missing} does not exist; nothing was created" in result.stderr
    assert "facilitator import" in result.stderr
    assert result.stdout == ""
    assert not missing.exists()
    assert fake_app == []


def test_a_missing_database_in_dutch(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    result = invoke(runner, "--lang", "nl", "--db", str(missing), "list")
    assert result.exit_code == 1
    assert f"De database {missing} bestaat niet; er is niets aangemaakt" in result.stderr
    assert not missing.exists()


def test_the_default_database_missing_is_an_error_too(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(runner, "list")
    assert result.exit_code == 1
    assert str(tmp_path / "env.db") in result.stderr and "does not exist" in result.stderr
    assert not (tmp_path / "env.db").exists()


def test_import_creates_the_database(runner: CliRunner, tmp_path: Path) -> None:
    new = tmp_path / "sub" / "new.db"
    result = invoke(runner, "--db", str(new), "import", TWENTE)
    assert result.exit_code == 0
    assert new.exists() and "imported" in result.stdout


def test_run_and_export_with_a_session_file_create_the_database(
    runner: CliRunner, tmp_path: Path, fake_app: list[int]
) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    assert invoke(runner, "--db", str(first), "run", TWENTE).exit_code == 0
    assert first.exists() and len(fake_app) == 1
    result = invoke(runner, "--db", str(second), "export", TWENTE, "-o", "-")
    assert result.exit_code == 0 and "Rondetafel" in result.stdout
    assert second.exists()


def test_a_database_nobody_may_write_to_is_read_but_not_run(
    runner: CliRunner, db: Path, fake_app: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a write-protected stick: list and export read it; a meeting cannot be run on it."""
    import facilitator.store.store as store_module

    def connect(where: str, timeout: float) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(store_module, "_connect", connect)
    listed = invoke(runner, "--db", str(db), "list")
    assert listed.exit_code == 0 and SLUG in listed.stdout
    exported = invoke(runner, "--db", str(db), "export", SLUG, "-o", "-")
    assert exported.exit_code == 0 and "Rondetafel" in exported.stdout
    refused = invoke(runner, "--db", str(db), "run", SLUG)
    assert refused.exit_code == 1 and fake_app == []
    assert str(db) in refused.stderr and "read only" in refused.stderr
    dutch = invoke(runner, "--db", str(db), "run", SLUG, "--lang", "nl")
    assert "alleen lezen" in dutch.stderr


def test_a_read_only_database_file_is_read_but_not_run(db: Path, tmp_path: Path) -> None:
    """A database file made read only (chmod 444) in a folder that may be written: the
    meeting opened without a word and the first key said the change was not saved."""
    db.chmod(0o444)
    listed = facilitator(db, "list")
    assert listed.returncode == 0 and SLUG in listed.stdout, listed.stderr
    exported = facilitator(db, "export", SLUG, "-o", "-")
    assert exported.returncode == 0 and "Rondetafel" in exported.stdout, exported.stderr
    ran = facilitator(db, "run", SLUG)
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    assert f"The database {db} can only be read: the file itself is read only" in ran.stderr
    assert "make the file writable" in ran.stderr
    dutch = facilitator(db, "run", SLUG, lang="nl")
    assert f"De database {db} kan alleen gelezen worden: het bestand zelf is" in dutch.stderr
    assert sorted(p.name for p in tmp_path.glob("meetings.db*")) == ["meetings.db"]


def test_a_database_protected_against_changes_is_refused_with_the_protection_named(
    db: Path,
) -> None:
    """A database made immutable (``chattr +i``) was refused as "read only (its permissions
    do not allow writing)" with 'chmod u+w' as the remedy, though its permissions allow
    writing and chmod does not help: now the protection and the command that takes it off
    are named."""
    with protected(db):
        ran = facilitator(db, "run", SLUG)
        dutch = facilitator(db, "run", SLUG, lang="nl")
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    assert f"The database {db} can only be read: the file is protected against changes" in (
        ran.stderr
    )
    assert "(chattr +i)" in ran.stderr and "'chattr -i'" in ran.stderr
    assert "chmod" not in ran.stderr and "permissions" not in ran.stderr
    assert "is beveiligd tegen wijzigen (chattr +i)" in dutch.stderr
    assert "'chattr -i'" in dutch.stderr and "chmod" not in dutch.stderr


def test_every_command_that_writes_names_the_protection_as_run_does(
    db: Path, tmp_path: Path
) -> None:
    """import, import-db, carry-forward, and a command given a session file (imported
    first) said only "The database … is read-only; the change was not saved" of a database
    made immutable (``chattr +i``): now each names the protection and the command that
    takes it off, as ``run`` does, and says nothing was changed."""
    other = tmp_path / "other.db"
    assert facilitator(other, "import", str(SAMPLES / "regio-zwolle.toml")).returncode == 0
    record = tmp_path / "record.json"
    exported = facilitator(
        other, "export", "regio-zwolle-2020-10", "--format", "json", "--full", "-o", str(record)
    )
    assert exported.returncode == 0, exported.stderr
    assert facilitator(db, "import", TWENTE).returncode == 0  # an open session to carry into
    before = db.read_bytes()
    commands = (
        ["import", TWENTE],
        ["import", str(record)],
        ["import-db", str(other)],
        ["carry-forward", "twente-2020-10", "all"],
        ["export", TWENTE, "-o", "-"],
    )
    with protected(db):
        done = [facilitator(db, *args) for args in commands]
        dutch = facilitator(db, "import", TWENTE, lang="nl")
    for args, ran in zip(commands, done, strict=True):
        assert ran.returncode == 1 and "Traceback" not in ran.stderr, (args, ran.stderr)
        said = ran.stderr
        assert f"The database {db} can only be read: the file is protected against changes" in (
            said
        ), (args, said)
        assert "(chattr +i)" in said and "'chattr -i'" in said, (args, said)
        assert "nothing was changed" in said and "not saved" not in said, (args, said)
    assert f"De database {db} kan alleen gelezen worden: het bestand is beveiligd" in dutch.stderr
    assert "(chattr +i)" in dutch.stderr and "'chattr -i'" in dutch.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize("mode", [0o444, 0o644], ids=["read-only file", "writable file"])
def test_a_database_in_a_folder_nobody_may_write_to_is_read_for_real(
    db: Path, tmp_path: Path, mode: int
) -> None:
    """A database in a read-only folder, for real: list, history and export said "The
    database … is read-only; the change was not saved", though nothing was changed."""
    db.chmod(mode)
    tmp_path.chmod(0o555)
    try:
        for args in (["list"], ["history", SLUG], ["export", SLUG, "-o", "-"]):
            done = facilitator(db, *args)
            assert done.returncode == 0 and done.stderr == "", (args, done.stderr)
            assert done.stdout
        ran = facilitator(db, "run", SLUG)
        assert ran.returncode == 1 and "Traceback" not in ran.stderr
        assert f"The database {db} can only be read: the folder it is in is read only" in (
            ran.stderr
        )
        assert "not saved" not in ran.stderr
    finally:
        tmp_path.chmod(0o755)
    assert sorted(p.name for p in tmp_path.glob("meetings.db*")) == ["meetings.db"]


# -- --db and --lang before or after the command --------------------------------------------


def test_db_after_the_command_for_every_command_that_opens_it(
    runner: CliRunner, tmp_path: Path, fake_app: list[int]
) -> None:
    path = str(tmp_path / "after.db")
    imported = invoke(runner, "import", TWENTE, "--db", path)
    assert imported.exit_code == 0 and f"into {path}" in imported.stdout
    listing = invoke(runner, "list", "--db", path)
    assert listing.exit_code == 0 and "twente-2020-10" in listing.stdout
    assert invoke(runner, "run", "twente-2020-10", "--db", path).exit_code == 0
    assert len(fake_app) == 1
    exported = invoke(runner, "export", "twente-2020-10", "--db", path, "-o", "-")
    assert exported.exit_code == 0 and "Rondetafel" in exported.stdout
    assert not (tmp_path / "env.db").exists()  # $FACILITATOR_DB was not used


def test_db_before_the_command_still_works(runner: CliRunner, tmp_path: Path) -> None:
    path = str(tmp_path / "before.db")
    assert invoke(runner, "--db", path, "import", TWENTE).exit_code == 0
    listing = invoke(runner, "--db", path, "list")
    assert listing.exit_code == 0 and "twente-2020-10" in listing.stdout


def test_db_after_the_command_wins_over_before_and_the_environment(
    runner: CliRunner, tmp_path: Path
) -> None:
    after, before = tmp_path / "after.db", tmp_path / "before.db"
    assert invoke(runner, "--db", str(before), "import", TWENTE, "--db", str(after)).exit_code == 0
    assert after.exists() and not before.exists() and not (tmp_path / "env.db").exists()


def test_facilitator_db_from_the_environment(runner: CliRunner, tmp_path: Path) -> None:
    assert invoke(runner, "import", TWENTE).exit_code == 0
    listing = invoke(runner, "list")
    assert listing.exit_code == 0 and f"Sessions in {tmp_path / 'env.db'}" in listing.stdout


@pytest.mark.parametrize("where", ["before", "after"])
def test_lang_before_or_after_the_command(runner: CliRunner, tmp_path: Path, where: str) -> None:
    path = str(tmp_path / "x.db")
    for command, dutch in (
        (["import", TWENTE], "geïmporteerd in"),
        (["list"], "Sessies in"),
        (["check", TWENTE], "in orde"),
    ):
        args = ["--lang", "nl", *command] if where == "before" else [*command, "--lang", "nl"]
        result = invoke(runner, "--db", path, *args)
        assert result.exit_code == 0, result.output
        assert dutch in result.stdout


def test_lang_after_run_sets_the_apps_language(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(tmp_path / "x.db")
    invoke(runner, "--db", path, "import", TWENTE)
    langs: list[object] = []

    class App:
        return_code = 0

        def run(self) -> None:
            pass

    def make_app(store: Store, session_id: int, **kwargs: object) -> App:
        langs.append(kwargs.get("lang"))
        return App()

    monkeypatch.setattr("facilitator.tui.app.make_app", make_app)
    assert invoke(runner, "run", "twente-2020-10", "--db", path, "--lang", "en").exit_code == 0
    assert invoke(runner, "--lang", "nl", "run", "twente-2020-10", "--db", path).exit_code == 0
    assert langs == ["en", "nl"]


def test_lang_after_the_command_speaks_in_errors(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(runner, "list", "--db", str(tmp_path / "none.db"), "--lang", "nl")
    assert result.exit_code == 1 and "bestaat niet" in result.stderr


@pytest.mark.parametrize("command", ["export", "synthesis"])
def test_lang_after_export_and_synthesis_speaks_in_errors_too(
    runner: CliRunner, db: Path, command: str
) -> None:
    """Their --lang is the language of what they write, and of what they say."""
    result = invoke(runner, command, "nope", "--db", str(db), "--lang", "nl")
    assert result.exit_code == 1 and "Geen sessie 'nope'" in result.stderr


def test_synthesis_help_promises_no_anonymous_by_sector(runner: CliRunner) -> None:
    """Only export has --anonymous=sector; the synthesis' --anonymous takes no value."""
    result = invoke(runner, "synthesis", "--help")
    assert "--anonymous" in result.stdout and "=sector" not in result.stdout
    refused = invoke(runner, "synthesis", "--anonymous=sector")
    assert refused.exit_code == 2


def test_help_of_each_command_names_db_and_lang(runner: CliRunner) -> None:
    for command in (["import"], ["list"], ["run"]):
        out = invoke(runner, *command, "--help").stdout
        assert "--db PATH" in out and "--lang" in out
    assert "--db PATH" in invoke(runner, "export", "--help").stdout


# -- a damaged database -----------------------------------------------------------------------


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_the_health_check_finds_the_damage(db: Path, tmp_path: Path, damage: str) -> None:
    broken = DAMAGE[damage](db, tmp_path / f"{damage}.db")
    before = broken.read_bytes()
    problem = check_health(broken)
    assert problem is not None and problem.key == "damaged"
    assert str(broken) in problem.message("en") and str(broken) in problem.message("nl")
    assert broken.read_bytes() == before
    assert sorted(p.name for p in tmp_path.glob(f"{damage}.db*")) == [f"{damage}.db"]


def test_a_sound_database_passes_and_is_left_alone(db: Path, tmp_path: Path) -> None:
    before = db.read_bytes()
    assert check_health(db) is None
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.glob("meetings.db*")) == ["meetings.db"]
    assert check_health(tmp_path / "none.db") is None  # missing: the caller says so
    (tmp_path / "new.db").touch()
    assert check_health(tmp_path / "new.db") is None  # empty: a new database


def test_a_database_open_in_another_window_passes(db: Path) -> None:
    other = Store(db, clock=FakeClock())  # another window keeps it open, with a -wal file
    try:
        import_plan(other, load_session_file(SAMPLES / "twente.toml"))
        assert Path(f"{db}-wal").stat().st_size > 0
        assert check_health(db) is None
    finally:
        other.close()


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_every_command_refuses_a_damaged_database(
    runner: CliRunner,
    db: Path,
    tmp_path: Path,
    damage: str,
    command: str,
    fake_app: list[int],
) -> None:
    broken = DAMAGE[damage](db, tmp_path / "broken.db")
    before = broken.read_bytes()
    result = invoke(runner, "--db", str(broken), *COMMANDS[command])
    assert result.exit_code == 1
    assert f"The database {broken} is damaged" in result.stderr
    assert "the file was not changed" in result.stderr
    assert "restore a backup" in result.stderr
    assert result.stdout == ""
    assert broken.read_bytes() == before
    assert sorted(p.name for p in tmp_path.glob("broken.db*")) == ["broken.db"]
    assert fake_app == []
    assert not (tmp_path / "minutes").exists()


def test_a_damaged_database_in_dutch(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    broken = pages_overwritten(db, tmp_path / "broken.db")
    result = invoke(runner, "export", SLUG, "--db", str(broken), "--lang", "en")
    assert "damaged" in result.stderr  # --lang of export is the minutes' language
    result = invoke(runner, "--lang", "nl", "export", SLUG, "--db", str(broken))
    assert result.exit_code == 1
    assert f"De database {broken} is beschadigd" in result.stderr
    assert "niet gewijzigd" in result.stderr and "reservekopie" in result.stderr


def test_damage_the_quick_check_missed_is_still_a_sentence(
    runner: CliRunner, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = pages_after_the_first_overwritten(db, tmp_path / "broken.db")
    monkeypatch.setattr("facilitator.cli.check_health", lambda path: None)
    result = invoke(runner, "--db", str(broken), "export", SLUG, "-o", "-")
    assert result.exit_code == 1
    assert str(broken) in result.stderr and "damaged" in result.stderr


def test_no_traceback_from_the_real_program(db: Path, tmp_path: Path) -> None:
    """The installed entry point, not the test runner: stderr holds one message, exit 1."""
    broken = pages_overwritten(db, tmp_path / "broken.db")
    env = {**os.environ, "FACILITATOR_LANG": "en", "PYTHONPATH": str(ROOT)}
    for args in (["export", SLUG, "--db", str(broken)], ["list", "--db", str(tmp_path / "no.db")]):
        done = subprocess.run(
            [sys.executable, "-m", "facilitator", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            check=False,
        )
        assert done.returncode == 1
        assert "Traceback" not in done.stderr
        assert done.stderr.count("\n") == 1 and str(tmp_path) in done.stderr


@pytest.mark.parametrize("command", [["history", SLUG], ["list"], ["export", SLUG, "-o", "-"]])
def test_output_cut_short_by_a_pipe_is_no_error(
    db: Path, tmp_path: Path, command: list[str]
) -> None:
    """``facilitator history SLUG | head``: the reader stops early; nothing to report."""
    env = {**os.environ, "FACILITATOR_LANG": "en", "PYTHONPATH": str(ROOT)}
    done = subprocess.Popen(
        [sys.executable, "-m", "facilitator", *command, "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=tmp_path,
    )
    assert done.stdout is not None and done.stderr is not None
    done.stdout.close()  # the reader is gone before the first line
    errors = done.stderr.read().decode()
    done.wait()
    assert errors == ""
    assert done.returncode == 1


def test_a_sqlite_file_of_another_program_is_not_called_damaged(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert check_health(other) is None


def another_programs_database(path: Path, *, version: int = 0) -> Path:
    """An SQLite database of another program (a browser's history, say)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("version", [0, 3], ids=["no version", "a version of its own"])
@pytest.mark.parametrize("command", sorted({**COMMANDS, "history": ["history", SLUG]}))
def test_every_command_leaves_another_programs_database_alone(
    runner: CliRunner, tmp_path: Path, command: str, version: int, fake_app: list[int]
) -> None:
    """`list` answered "No sessions in other.db yet" and had added the facilitator's tables
    to the file and switched it to WAL; an import wrote a session into it."""
    other = another_programs_database(tmp_path / "other.db", version=version)
    before = other.read_bytes()
    result = invoke(runner, "--db", str(other), *COMMANDS.get(command, ["history", SLUG]))
    assert result.exit_code == 1
    assert f"The database {other} is damaged or is not a facilitator database" in result.stderr
    assert "the file was not changed" in result.stderr
    assert result.stdout == "" and fake_app == []
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.glob("other.db*")) == ["other.db"]
    dutch = invoke(runner, "--db", str(other), "list", "--lang", "nl")
    assert "is geen facilitator-database; het bestand is niet gewijzigd" in dutch.stderr


@pytest.mark.parametrize("empty", ["zero bytes", "no tables"])
def test_an_empty_database_file_is_still_a_new_database(
    runner: CliRunner, tmp_path: Path, empty: str
) -> None:
    path = tmp_path / "new.db"
    if empty == "zero bytes":
        path.touch()
    else:
        sqlite3.connect(path).close()
    listed = invoke(runner, "--db", str(path), "list")
    assert listed.exit_code == 0 and "No sessions in" in listed.stdout
    imported = invoke(runner, "--db", str(path), "import", TWENTE)
    assert imported.exit_code == 0, imported.stderr


def test_a_fault_in_facilitator_itself_is_a_sentence_and_a_report_not_a_traceback(
    runner: CliRunner, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error nobody foresaw (such as python-docx refusing a character) is said in one
    sentence in the command's language; the traceback goes to a crash report."""

    def broken(*_: object, **__: object) -> str:
        raise ValueError("All strings must be XML compatible")

    monkeypatch.setattr("facilitator.export.command.render", broken)
    result = invoke(runner, "--db", str(db), "export", SLUG, "-o", "x.md", "--lang", "nl")
    assert result.exit_code == 1
    assert "Er ging iets mis in facilitator zelf" in result.output
    assert "ValueError: All strings must be XML compatible" in result.output
    [report] = (db.parent / "crash-reports").glob("crash-*.txt")
    assert "Traceback" in report.read_text(encoding="utf-8")
    assert str(report) in result.output.replace("\n", "")


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk is full: opening the database for writing fails as SQLite fails there (no
    room for the shared-memory file WAL needs: "disk I/O error"), and no room is left."""
    import shutil
    from collections import namedtuple

    import facilitator.store.store as store_module

    def no_room_to_open(where: str, timeout: float) -> sqlite3.Connection:
        raise sqlite3.OperationalError("disk I/O error")

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(store_module, "_connect", no_room_to_open)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(1000, 1000, 0))


def test_a_full_disk_is_named_and_the_database_can_still_be_read(
    runner: CliRunner, db: Path, full_disk: None, fake_app: list[int]
) -> None:
    """It said "Saving to … failed (disk I/O error); the change was not saved" for a
    `list`, and nothing could be read or exported until room was made."""
    listed = invoke(runner, "--db", str(db), "list", "--lang", "nl")
    assert listed.exit_code == 0 and SLUG in listed.output
    exported = invoke(runner, "--db", str(db), "export", SLUG, "-o", "-", "--lang", "nl")
    assert exported.exit_code == 0 and exported.output.startswith("# ")
    ran = invoke(runner, "--db", str(db), "run", SLUG, "--lang", "nl")
    assert ran.exit_code == 1 and fake_app == []
    assert f"De schijf met {db} is vol: de database kan alleen gelezen worden" in ran.output
    imported = invoke(runner, "--db", str(db), "import", TWENTE, "--lang", "nl")
    assert imported.exit_code == 1
    assert f"De schijf met {db} is vol" in imported.output and "mislukt" not in imported.output


def test_a_full_disk_that_leaves_nothing_to_read_says_so(
    runner: CliRunner, db: Path, full_disk: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("facilitator.store.store.Store._open_read_only", lambda self, **_: None)
    result = invoke(runner, "--db", str(db), "list", "--lang", "en")
    assert result.exit_code == 1
    assert f"The disk holding {db} is full: the database cannot be opened" in result.output


def test_a_full_disk_refuses_a_meeting_also_with_the_wal_files_still_beside_it(
    runner: CliRunner, db: Path, fake_app: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two windows ran until the disk was full; their -wal and -shm stayed beside the
    database, so SQLite opened it without a word: `run` showed the meeting and the first
    note said the disk was full. The meeting is refused now; what was saved still reads."""
    import shutil
    from collections import namedtuple
    from dataclasses import replace

    other_window = Store(db)
    session = other_window.session_by_slug(SLUG)
    assert session is not None
    with other_window.change(session.id, "title") as tx:
        tx.update_only(replace(session, title="Nog in het logboek"), "title")
    assert Path(f"{db}-wal").stat().st_size > 0 and Path(f"{db}-shm").exists()
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(600_000, 600_000, 0))
    try:
        for role in ("notetaker", "facilitator"):
            ran = invoke(runner, "--db", str(db), "run", SLUG, "--role", role, "--lang", "nl")
            assert ran.exit_code == 1 and fake_app == []
            assert f"De schijf met {db} is vol: de database kan alleen gelezen worden" in (
                ran.stderr
            )
        english = invoke(runner, "--db", str(db), "run", SLUG, "--lang", "en")
        assert f"The disk holding {db} is full: the database can only be read" in english.stderr
        exported = invoke(runner, "--db", str(db), "export", SLUG, "-o", "-")
        assert exported.exit_code == 0 and "Nog in het logboek" in exported.stdout
        history = invoke(runner, "--db", str(db), "history", SLUG)
        assert history.exit_code == 0 and history.stdout
        listed = invoke(runner, "--db", str(db), "list")
        assert listed.exit_code == 0 and SLUG in listed.stdout
    finally:
        other_window.close()
