"""Why the operating system refused a file is said in the message's own language.

Python's ``strerror`` is English only: a Dutch message quoting it read "Kan … niet
schrijven: No space left on device". Each case runs the real command and checks
the reason in Dutch, and that the English system words are gone from it.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.i18n import Catalog
from facilitator.i18n.oserrors import os_reason
from facilitator.store import Store
from tests.conftest import SAMPLES
from tests.scripted import build_scripted_session

WORDS = Catalog(
    {"cannot": ("Kan {file} niet schrijven: {reason}.", "Cannot write {file}: {reason}.")}
)


@pytest.mark.parametrize(
    ("number", "nl", "en"),
    [
        (errno.ENOSPC, "de schijf is vol", "the disk is full"),
        (errno.EACCES, "geen toestemming", "permission denied"),
        (errno.EROFS, "alleen gelezen", "can only be read"),
        (errno.ENOTDIR, "geen map", "not a folder"),
    ],
)
def test_a_reason_is_said_in_either_language(number: int, nl: str, en: str) -> None:
    reason = os_reason(OSError(number, "the system's English words"))
    assert nl in WORDS("nl", "cannot", file="x.md", reason=reason)
    assert en in WORDS("en", "cannot", file="x.md", reason=reason)
    assert str(reason) == reason.say("en")


def test_a_reason_without_words_of_its_own_is_said_as_the_system_gave_it() -> None:
    reason = os_reason(OSError(errno.ECONNRESET, "Connection reset by peer"))
    assert WORDS("nl", "cannot", file="x", reason=reason).endswith("Connection reset by peer.")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    db = tmp_path / "meetings.db"
    clock = FakeClock()
    store = Store(db, clock=clock)
    build_scripted_session(store, clock)
    store.close()
    monkeypatch.setenv("FACILITATOR_DB", str(db))
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def slug(runner: CliRunner) -> str:
    listed = runner.invoke(main, ["list", "--lang", "en"])
    return listed.output.splitlines()[1].split()[0]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_export_on_a_full_disk_says_why_in_dutch(runner: CliRunner) -> None:
    """/dev/full: a device that is always full (every write fails with ENOSPC)."""
    result = runner.invoke(main, ["export", slug(runner), "-o", "/dev/full", "--lang", "nl"])
    assert result.exit_code == 1
    assert "/dev/full: de schijf is vol" in result.stderr
    assert "No space left" not in result.stderr and "Traceback" not in result.output


def test_a_session_file_behind_a_file_says_why_in_dutch(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "sessies").write_text("", encoding="utf-8")
    result = runner.invoke(main, ["check", "sessies/twente.toml", "--lang", "nl"])
    assert result.exit_code == 2
    assert "een deel van het pad is geen map" in result.output
    assert "Not a directory" not in result.output


def test_a_record_that_is_not_utf8_says_why_in_dutch(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "record.json").write_bytes(b'{"x": "\xff\xfe"}')
    result = runner.invoke(main, ["import", "record.json", "--lang", "nl"])
    assert result.exit_code != 0
    assert "geen UTF-8-tekst" in result.output
    assert "codec can't decode" not in result.output


def test_a_database_that_is_a_folder_says_why_in_dutch(tmp_path: Path) -> None:
    folder = tmp_path / "vergadering.db"
    folder.mkdir()
    result = CliRunner().invoke(main, ["--db", str(folder), "list", "--lang", "nl"])
    assert result.exit_code == 1
    assert "het is een map" in result.output and "it is a directory" not in result.output


def test_export_under_a_file_names_the_file_that_is_no_folder(
    runner: CliRunner, tmp_path: Path
) -> None:
    """``-o notulen.md/twente.md`` with notulen.md a file: Path.mkdir says only "File
    exists", which reads as if the minutes were there already."""
    (tmp_path / "notulen.md").write_text("een bestand\n", encoding="utf-8")
    name = slug(runner)
    result = runner.invoke(main, ["export", name, "-o", "notulen.md/twente.md", "--lang", "nl"])
    assert result.exit_code == 1
    assert "notulen.md is een bestand, geen map" in result.stderr
    assert "bestaat al" not in result.stderr and "File exists" not in result.stderr
    english = runner.invoke(main, ["export", name, "-o", "notulen.md/a/b.md", "--lang", "en"])
    assert "notulen.md is a file, not a folder" in english.stderr


def test_a_database_under_a_file_names_the_file_that_is_no_folder(tmp_path: Path) -> None:
    (tmp_path / "vergaderingen").write_text("", encoding="utf-8")
    where = tmp_path / "vergaderingen" / "sub" / "nieuw.db"
    result = CliRunner().invoke(
        main, ["--db", str(where), "import", str(SAMPLES / "twente.toml"), "--lang", "nl"]
    )
    assert result.exit_code == 1
    assert "vergaderingen is een bestand, geen map" in result.output


def test_sqlites_disk_error_is_said_in_the_message_s_language() -> None:
    from sqlite3 import OperationalError

    from facilitator.store.errors import translate_sqlite_error

    error = translate_sqlite_error(OperationalError("disk I/O error"), "vergadering.db")
    assert error.message("nl") == (
        "Opslaan in vergadering.db is mislukt (de schijf gaf een lees- of schrijffout); "
        "de wijziging is niet opgeslagen."
    )
    assert "the disk gave a read or write error" in error.message("en")


def test_a_database_that_is_no_ordinary_file_says_so(tmp_path: Path) -> None:
    # --db /dev/null (or a pipe) is no database: it said 'Saving to /dev/null failed (the
    # disk gave a read or write error)' for a command that saves nothing
    import os

    pipe = tmp_path / "pijp"
    os.mkfifo(pipe)
    for path in (pipe, Path("/dev/null")):
        if not path.exists():
            continue
        for lang, said in (
            ("nl", "het is geen gewoon bestand"),
            ("en", "it is not an ordinary file"),
        ):
            result = CliRunner().invoke(main, ["--db", str(path), "list", "--lang", lang])
            assert result.exit_code == 1
            assert f"{path}" in result.output and said in result.output, result.output
            assert "Saving" not in result.output and "Opslaan" not in result.output
