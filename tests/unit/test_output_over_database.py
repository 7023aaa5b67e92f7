"""No command writes its file over a database: not the one it reads (nor its ``-wal``,
``-shm`` or ``-journal``), not any other SQLite database, with ``--force`` or without."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.export.write import save
from facilitator.store import Store

SLUG = "proeftafel-twente"
REGIONS = ["twente-2020-10", "regio-zwolle-2020-10", "stedendriehoek-2020-10"]
HEADER = b"SQLite format 3\x00"


def other_database(path: Path) -> Path:
    """A small SQLite database of something else, at ``path``."""
    with sqlite3.connect(path) as conn:
        conn.execute("create table kept (x)")
        conn.execute("insert into kept values (1)")
    conn.close()
    return path


def sessions(path: Path) -> list[str]:
    store = Store(path)
    try:
        return [s.slug for s in store.sessions()]
    finally:
        store.close()


def files(folder: Path) -> set[str]:
    return {p.name for p in folder.rglob("*")}


@pytest.mark.parametrize("force", [True, False])
def test_export_refuses_to_write_over_the_database_it_reads(
    runner: CliRunner, db: Path, tmp_path: Path, force: bool
) -> None:
    """Before: with --force «Minutes written to meetings.db (the existing file was
    replaced).», every session lost; without it, the minutes went to meetings-2.db."""
    before = files(tmp_path)
    args = ["--db", str(db), "export", SLUG, "-o", str(db), *(["--force"] if force else [])]
    result = runner.invoke(main, args)
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert f"Cannot write the minutes to {db}: it is the database this command reads" in (
        result.stderr
    )
    assert db.read_bytes()[:16] == HEADER
    assert sessions(db) == [SLUG]
    assert files(tmp_path) <= before | {"meetings.db-wal", "meetings.db-shm"}


@pytest.mark.parametrize("end", ["-wal", "-shm", "-journal"])
def test_export_refuses_the_files_beside_the_database(
    runner: CliRunner, db: Path, tmp_path: Path, end: str
) -> None:
    beside = db.with_name(db.name + end)
    args = ["--db", str(db), "export", SLUG, "-o", str(beside), "--force"]
    result = runner.invoke(main, args)
    assert result.exit_code != 0
    assert "it is the database this command reads" in result.stderr
    assert not beside.exists() or not beside.read_bytes().startswith(b"# ")
    assert sessions(db) == [SLUG]


def test_the_database_under_another_name_is_refused_too(
    runner: CliRunner, db: Path, tmp_path: Path
) -> None:
    """A link to it, or a path with ``..`` in it, is the same file."""
    link = tmp_path / "link.md"
    link.symlink_to(db)
    (tmp_path / "sub").mkdir()
    for output in (str(link), str(tmp_path / "sub" / ".." / "meetings.db")):
        result = runner.invoke(main, ["--db", str(db), "export", SLUG, "-o", output, "--force"])
        assert result.exit_code != 0, output
        assert "it is the database this command reads" in result.stderr
    assert sessions(db) == [SLUG]


@pytest.mark.parametrize("force", [True, False])
def test_export_never_writes_over_nor_beside_another_database(
    runner: CliRunner, db: Path, tmp_path: Path, force: bool
) -> None:
    """Before: without --force «… the minutes are in good-2.db», minutes in a .db file."""
    good = other_database(tmp_path / "good.db")
    kept = good.read_bytes()
    args = ["--db", str(db), "export", SLUG, "-o", str(good), *(["--force"] if force else [])]
    result = runner.invoke(main, args)
    assert result.exit_code != 0
    assert f"Cannot write the minutes to {good}: it is an SQLite database" in result.stderr
    assert good.read_bytes() == kept
    assert not (tmp_path / "good-2.db").exists()


def test_said_in_dutch(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    good = other_database(tmp_path / "good.db")
    args = ["--db", str(db), "--lang", "nl", "export", SLUG, "-o", str(db), "--force"]
    said = runner.invoke(main, args).stderr
    assert f"Kan de notulen niet schrijven naar {db}: het is de database die deze opdracht" in said
    args = ["--db", str(db), "--lang", "nl", "export", SLUG, "-o", str(good), "--force"]
    said = runner.invoke(main, args).stderr
    assert f"Kan de notulen niet schrijven naar {good}: het is een SQLite-database" in said


def test_a_file_that_is_no_database_is_still_replaced(
    runner: CliRunner, db: Path, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.db"
    plain.write_text("not a database", encoding="utf-8")
    result = runner.invoke(main, ["--db", str(db), "export", SLUG, "-o", str(plain), "--force"])
    assert result.exit_code == 0, result.output
    assert plain.read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize("force", [True, False])
def test_synthesis_refuses_to_write_over_the_database(
    runner: CliRunner, regions: Store, force: bool
) -> None:
    db = regions.path
    args = ["--db", str(db), "synthesis", "-o", str(db), *(["--force"] if force else [])]
    result = runner.invoke(main, args)
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert f"Cannot write the synthesis to {db}: it is the database this command reads" in (
        result.stderr
    )
    assert db.read_bytes()[:16] == HEADER
    assert not db.with_name("regions-2.db").exists()
    assert set(REGIONS) <= set(sessions(db))


@pytest.mark.parametrize("force", [True, False])
def test_wrap_up_refuses_to_write_over_the_database(
    runner: CliRunner, regions: Store, force: bool
) -> None:
    db = regions.path
    args = ["--db", str(db), "wrap-up", str(db), "--from", *REGIONS, "--date", "2020-11-12"]
    result = runner.invoke(main, [*args, *(["--force"] if force else [])])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert f"Cannot write the wrap-up to {db}: it is the database this command reads" in (
        result.stderr
    )
    assert db.read_bytes()[:16] == HEADER
    assert set(REGIONS) <= set(sessions(db))


def test_wrap_up_refuses_another_database(
    runner: CliRunner, regions: Store, tmp_path: Path
) -> None:
    good = other_database(tmp_path / "good.db")
    kept = good.read_bytes()
    args = ["--db", str(regions.path), "wrap-up", str(good), "--from", *REGIONS, "--force"]
    result = runner.invoke(main, args)
    assert result.exit_code != 0
    assert f"Cannot write the wrap-up to {good}: it is an SQLite database" in result.stderr
    assert good.read_bytes() == kept


def test_new_refuses_to_replace_a_database(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    good = other_database(tmp_path / "good.db")
    kept = good.read_bytes()
    for target in (db, good):
        result = runner.invoke(
            main, ["--db", str(db), "new", str(target), "--replace"], input="\n" * 40
        )
        assert result.exit_code != 0
        assert "it is " in result.stderr and "database" in result.stderr
    assert good.read_bytes() == kept
    assert sessions(db) == [SLUG]


def test_save_is_where_the_check_is(tmp_path: Path, db: Path) -> None:
    good = other_database(tmp_path / "good.db")
    for force in (True, False):
        with pytest.raises(OSError):
            save(good, "# minutes", force=force)
        with pytest.raises(OSError):
            save(db, "# minutes", force=force, database=db)
    assert not (tmp_path / "good-2.db").exists()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "Kan k.db niet schrijven: het is een SQLite-database, en die wordt nooit "
            "overschreven; kies een ander bestand. Er is niets veranderd.",
        ),
        (
            "en",
            "Cannot write k.db: it is an SQLite database, and those are never written over; "
            "choose another file. Nothing was changed.",
        ),
    ],
)
def test_new_over_the_database_says_it_is_one_not_that_new_reads_it(
    runner: CliRunner, db: Path, tmp_path: Path, lang: str, said: str
) -> None:
    """`new` reads no database: «it is the database this command reads» was not so."""
    db.rename(tmp_path / "k.db")
    for given in (["--db", "k.db"], []):
        result = runner.invoke(main, [*given, "--lang", lang, "new", "k.db"], input="\n" * 40)
        assert result.exit_code != 0
        assert " ".join(result.stderr.split()) == said, result.stderr
    assert sessions(tmp_path / "k.db") == [SLUG]
