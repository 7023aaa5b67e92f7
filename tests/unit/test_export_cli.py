"""``facilitator export``: default path, next free name, stdout, formats, clear errors."""

from __future__ import annotations

import json
import os
import re
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.store import Store
from tests.conftest import SAMPLES

SLUG = "proeftafel-twente"


def export(runner: CliRunner, db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(main, ["--db", str(db), "export", *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def test_default_path_then_next_free_name(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    code, out, _ = export(runner, db, SLUG)
    assert code == 0, out
    target = tmp_path / "minutes" / f"{SLUG}.md"
    assert out == f"Minutes written to {Path('minutes') / f'{SLUG}.md'}.\n"
    store = Store(db)
    session = store.session_by_slug(SLUG)
    assert session is not None
    expected = render_markdown(collect(store, session.id), "nl")
    store.close()
    assert target.read_text(encoding="utf-8") == expected  # the session's language: Dutch

    target.write_text("edited by hand", encoding="utf-8")
    code, out, _ = export(runner, db, SLUG)
    assert code == 0
    second = tmp_path / "minutes" / f"{SLUG}-2.md"
    assert "already exists" in out and f"{SLUG}-2.md" in out and "--force" in out
    assert target.read_text(encoding="utf-8") == "edited by hand"
    assert second.read_text(encoding="utf-8") == expected

    code, out, _ = export(runner, db, SLUG, "--force")
    assert code == 0 and "replaced" in out
    assert target.read_text(encoding="utf-8") == expected
    assert not (tmp_path / "minutes" / f"{SLUG}-3.md").exists()


def test_stdout(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    code, out, _ = export(runner, db, SLUG, "-o", "-", "--lang", "en")
    assert code == 0
    assert out.startswith("# Rondetafel mbo-2/3")
    assert "## Participants" in out
    assert not (tmp_path / "minutes").exists()


def test_json_format(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    code, out, _ = export(runner, db, SLUG, "--format", "json")
    assert code == 0, out
    data = json.loads((tmp_path / "minutes" / f"{SLUG}.json").read_text(encoding="utf-8"))
    assert data["session"]["slug"] == SLUG


def test_format_from_output_suffix(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    code, out, _ = export(runner, db, SLUG, "-o", "out/notulen.html")
    assert code == 0, out
    page = (tmp_path / "out" / "notulen.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "notulen.html" in out


def test_anonymous(runner: CliRunner, db: Path) -> None:
    code, out, _ = export(runner, db, SLUG, "-o", "-", "--anonymous")
    assert code == 0
    store = Store(db)
    names = [p.name for p in store.participants(1, include_removed=True)]
    store.close()
    statements = re.sub(r" \((?:trekker|lead): [^)]*\)", "", out)  # leads: commitments
    for name in names:
        assert name not in statements
    assert "UWV (trekker: Bas Lammers)" in out  # the minutes are in the session's language
    assert "Gemeente Enschede" in out


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_anonymous_changes_every_format(runner: CliRunner, db: Path, fmt: str) -> None:
    _, plain, _ = export(runner, db, SLUG, "-o", "-", "--format", fmt)
    _, anonymous, _ = export(runner, db, SLUG, "-o", "-", "--format", fmt, "--anonymous")
    _, strict, _ = export(runner, db, SLUG, "-o", "-", "--format", fmt, "--anonymous=sector")
    assert len({plain, anonymous, strict}) == 3
    assert "Marloes Kuipers" in plain
    assert "Marloes Kuipers" not in anonymous and "Marloes Kuipers" not in strict
    assert "ROC van Twente" in anonymous
    if fmt == "json":
        assert json.loads(strict)["anonymity"] == "sector"


def test_anonymous_before_the_session_and_in_dutch(runner: CliRunner, db: Path) -> None:
    code, first, _ = export(runner, db, "--anonymous", SLUG, "-o", "-")
    assert code == 0, first
    _, last, _ = export(runner, db, SLUG, "-o", "-", "--anonymous")
    assert first == last
    code, dutch, _ = export(runner, db, SLUG, "-o", "-", "--anonymous=Sector")
    _, strict, _ = export(runner, db, SLUG, "-o", "-", "--anonymous=sector")
    assert code == 0 and dutch == strict
    code, _, err = export(runner, db, SLUG, "-o", "-", "--anonymous=iedereen")
    assert code == 2
    assert "--anonymous=iedereen: choose organisation or sector." in err
    assert "Traceback" not in err


def test_output_into_a_directory(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    (tmp_path / "archive").mkdir()
    code, out, _ = export(runner, db, SLUG, "-o", "archive", "--format", "json")
    assert code == 0
    assert (tmp_path / "archive" / f"{SLUG}.json").exists()


def test_output_into_a_named_pipe_is_written_into_it(
    runner: CliRunner, db: Path, tmp_path: Path
) -> None:
    """``-o /dev/stdout``, a named pipe, ``>(…)``: a stream to write into, not a file
    that is taken (which would put the minutes in a new file beside it)."""
    pipe = tmp_path / "notulen.pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    code, out, _ = export(runner, db, SLUG, "--format", "json", "-o", str(pipe))
    reader.join(timeout=30)
    assert code == 0, out
    assert json.loads(received[0])["session"]["slug"] == SLUG
    assert out == ""  # nothing said on standard output: it may be the stream itself
    assert sorted(p.name for p in tmp_path.iterdir()) == ["meetings.db", "notulen.pipe"]


def test_unknown_slug_is_a_clear_error(runner: CliRunner, db: Path) -> None:
    code, out, err = export(runner, db, "nergens")
    assert code != 0
    assert "nergens" in err and "facilitator list" in err
    assert out == ""


def test_missing_database_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = export(runner, tmp_path / "nothing.db", SLUG)
    assert code != 0
    assert "does not exist" in err
    assert not (tmp_path / "nothing.db").exists()


def test_unwritable_output_is_a_clear_error(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    code, _, err = export(runner, db, SLUG, "-o", "file/sub/minutes.md")
    assert code != 0
    assert "Cannot write the minutes" in err


def test_dutch_messages(runner: CliRunner, db: Path) -> None:
    result = runner.invoke(main, ["--db", str(db), "--lang", "nl", "export", SLUG])
    assert result.exit_code == 0
    assert result.output.startswith("Notulen geschreven naar")


def test_session_file(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    result = runner.invoke(
        main, ["--db", str(db), "export", str(SAMPLES / "twente.toml"), "-o", "-"]
    )
    assert result.exit_code == 0, result.output
    assert "Rondetafel mbo 2/3 en arbeidsmarkt" in result.stdout
    assert "gepland; de sessie is nog niet begonnen" in result.stdout


def test_help(runner: CliRunner) -> None:
    result = runner.invoke(main, ["export", "--help"])
    assert result.exit_code == 0
    for option in ("--format", "--output", "--lang", "--anonymous", "--force"):
        assert option in result.output
