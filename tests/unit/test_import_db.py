"""Merging databases made on several laptops: facilitator import-db."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.export import collect, render_json
from facilitator.store import Store, StoreError
from facilitator.store.merge import merge_database
from facilitator.synthesis.command import make_synthesis, render
from tests.regional import build_regional_sessions
from tests.scripted import build_scripted_session

AS_OF = date(2021, 1, 20)


def separate_databases(folder: Path) -> list[Path]:
    """Each region's round table run in a database of its own."""
    paths = []
    for index in range(3):
        clock = FakeClock()
        path = folder / f"laptop-{index + 1}.db"
        store = Store(path, clock=clock)
        build_regional_sessions(store, clock, only=(index,))
        store.close()
        paths.append(path)
    return paths


def test_three_laptops_merged_give_the_synthesis_of_one_shared_database(tmp_path: Path) -> None:
    clock = FakeClock()
    shared = Store(tmp_path / "shared.db", clock=clock)
    build_regional_sessions(shared, clock)
    merged = Store(tmp_path / "merged.db", clock=FakeClock())
    for path in separate_databases(tmp_path):
        result = merge_database(merged, path)
        assert len(result.added) == 1 and not result.skipped
    for fmt in ("md", "json"):
        assert render(make_synthesis(merged, as_of=AS_OF), fmt) == render(
            make_synthesis(shared, as_of=AS_OF), fmt
        )
    shared.close()
    merged.close()


def test_merging_again_duplicates_nothing(tmp_path: Path) -> None:
    paths = separate_databases(tmp_path)
    merged = Store(tmp_path / "merged.db", clock=FakeClock())
    for path in paths:
        merge_database(merged, path)
    before = [(s.session.slug, s.contributions, s.cards) for s in merged.summaries()]
    for path in paths:
        result = merge_database(merged, path)
        assert result.added == [] and len(result.skipped) == 1
    assert [(s.session.slug, s.contributions, s.cards) for s in merged.summaries()] == before
    merged.close()


def test_a_merged_session_keeps_everything_and_its_minutes(tmp_path: Path) -> None:
    """Contributions, cards (merged, parked, linked, owned), speeches and the change log."""
    clock = FakeClock()
    source = Store(tmp_path / "source.db", clock=clock)
    sid = build_scripted_session(source, clock)
    target = Store(tmp_path / "target.db", clock=FakeClock())
    # something already here, so the merged rows get other ids than they had
    clock2 = FakeClock()
    other = Store(tmp_path / "other.db", clock=clock2)
    build_regional_sessions(other, clock2, only=(1,))
    other.close()
    merge_database(target, tmp_path / "other.db")
    merge_database(target, tmp_path / "source.db")
    copy = target.session_by_slug("proeftafel-twente")
    assert copy is not None and copy.id != sid
    original_record = collect(source, sid)
    copied_record = collect(target, copy.id)
    assert len(copied_record.cards) == len(original_record.cards)
    assert [c.id for c in copied_record.cards] != [c.id for c in original_record.cards]
    # the minutes read the same, apart from the ids the JSON names
    from facilitator.export import render_markdown

    assert render_markdown(copied_record, "nl") == render_markdown(original_record, "nl")
    assert len(target.log(copy.id)) == len(source.log(sid))
    assert not target.can_undo(copy.id)  # the copied history is a record, not undoable
    source.close()
    target.close()


def test_a_taken_slug_gets_the_next_free_one(tmp_path: Path) -> None:
    paths = separate_databases(tmp_path)
    clock = FakeClock()
    here = Store(tmp_path / "here.db", clock=clock)
    build_regional_sessions(here, clock, only=(0,))  # the same table, run again here
    result = merge_database(here, paths[0])
    assert result.renamed == [("twente-2020-10", "twente-2020-10-2")]
    assert [s.slug for s in here.sessions()] == ["twente-2020-10", "twente-2020-10-2"]
    here.close()


def test_a_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    data = newer.read_bytes()
    store = Store(tmp_path / "here.db")
    with pytest.raises(StoreError) as caught:
        merge_database(store, newer)
    assert caught.value.key == "too_new"
    assert newer.read_bytes() == data
    with pytest.raises(StoreError) as same:
        merge_database(store, store.path)
    assert same.value.key == "same_db"
    store.close()


def test_the_other_database_is_not_written_to(tmp_path: Path) -> None:
    (path, *_rest) = separate_databases(tmp_path)
    before = path.read_bytes()
    store = Store(tmp_path / "here.db")
    merge_database(store, path)
    assert path.read_bytes() == before
    store.close()


def test_import_db_on_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    paths = separate_databases(tmp_path)
    db = str(tmp_path / "province.db")
    runner = CliRunner()
    first = runner.invoke(main, ["--db", db, "import-db", str(paths[0])])
    assert first.exit_code == 0, first.output
    assert first.output.splitlines()[0] == "Added: twente-2020-10"
    again = runner.invoke(main, ["--db", db, "import-db", str(paths[0])])
    assert "Already here, skipped: twente-2020-10" in again.output
    missing = runner.invoke(main, ["--db", db, "import-db", str(tmp_path / "nope.db")])
    assert missing.exit_code == 1 and "nope.db" in missing.output
    listed = runner.invoke(main, ["--db", db, "list"])
    assert "twente-2020-10" in listed.output


def test_json_export_of_a_merged_session_has_its_new_ids(tmp_path: Path) -> None:
    (path, *_rest) = separate_databases(tmp_path)
    store = Store(tmp_path / "here.db")
    merge_database(store, path)
    session = store.session_by_slug("twente-2020-10")
    assert session is not None
    text = render_json(collect(store, session.id))
    assert f'"id": {session.id}' in text
    store.close()
