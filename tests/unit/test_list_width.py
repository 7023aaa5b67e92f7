"""``facilitator list`` laid out for the terminal's width: no line longer than it, no word
broken; piped, one line per session, as before."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator import cli
from facilitator.cli import main
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan

TITLE = "Rondetafel — Regio Zwolle: stages en bbl-plaatsen in de techniek"


def listing(db: Path) -> list[str]:
    result = CliRunner().invoke(main, ["--db", str(db), "--lang", "en", "list"])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def database(tmp_path: Path) -> Path:
    db = tmp_path / "f.db"
    store = Store(db)
    try:
        import_plan(store, replace(make_plan("zwolle-2020"), title=TITLE))
    finally:
        store.close()
    return db


def test_at_80_columns_no_line_is_longer_and_no_word_is_broken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, each session was one line of about 150 characters, which the terminal broke
    mid-word («Regio Zw» / «olle»)."""
    monkeypatch.setattr(cli, "_terminal_width", lambda: 80)  # a terminal of 80 columns
    lines = listing(database(tmp_path))[1:]
    assert all(len(line) <= 80 for line in lines), lines
    assert lines[0].split() == ["zwolle-2020", "2020-10-06", "12:00", "planned"]
    words = " ".join(lines[1:]).split()
    assert " ".join(words).startswith(TITLE + " — 4 participants")
    assert "contributions" in words


def test_piped_each_session_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    lines = listing(database(tmp_path))[1:]
    assert len(lines) == 1
    assert lines[0].split()[:4] == ["zwolle-2020", "2020-10-06", "12:00", "planned"]
    assert TITLE in lines[0]
