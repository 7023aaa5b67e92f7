"""Merging databases made on several laptops: facilitator import-db."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.export import collect, render_json
from facilitator.store import Store, StoreError
from facilitator.store.merge import merge_database
from facilitator.store.schema import SCHEMA_VERSION
from facilitator.synthesis.command import make_synthesis, render
from facilitator.synthesis.model import Synthesis
from tests.damage import undecodable_schema, undecodable_text
from tests.regional import SAMPLES, build_regional_sessions
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
    assert caught.value.key == "other_too_new"
    assert caught.value.message("en") == (
        f"The database {newer} was written by a newer facilitator (schema 999; this version "
        f"knows up to {SCHEMA_VERSION}). Upgrade facilitator; nothing was merged, and "
        f"{newer} was not changed."
    )
    assert caught.value.message("nl") == (
        f"De database {newer} is van een nieuwere versie van facilitator (schema 999, deze "
        f"versie kent tot en met {SCHEMA_VERSION}). Werk facilitator bij; er is niets "
        f"samengevoegd en {newer} is niet gewijzigd."
    )
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


def test_the_other_database_leaves_nothing_beside_it(tmp_path: Path) -> None:
    """A database closed cleanly is read without a -wal or -shm file next to it, so one
    on a read-only stick or share can be merged too."""
    (path, *_rest) = separate_databases(tmp_path / "stick")
    store = Store(tmp_path / "here.db")
    before = sorted(p.name for p in path.parent.iterdir())
    assert before == ["laptop-1.db", "laptop-2.db", "laptop-3.db"]
    result = merge_database(store, path)
    assert result.added == ["twente-2020-10"]
    assert sorted(p.name for p in path.parent.iterdir()) == before
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


@pytest.mark.parametrize(
    ("lang", "skipped"),
    [
        ("nl", "Al aanwezig, overgeslagen: twente-2020-10-2"),
        ("en", "Already here, skipped: twente-2020-10-2"),
    ],
)
def test_a_session_merged_under_another_slug_is_named_as_it_is_here_when_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, skipped: str
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", lang)
    paths = separate_databases(tmp_path)
    clock = FakeClock()
    db = tmp_path / "here.db"
    here = Store(db, clock=clock)
    build_regional_sessions(here, clock, only=(0,))  # the same table, run again here
    here.close()
    runner = CliRunner()
    first = runner.invoke(main, ["--db", str(db), "import-db", str(paths[0])])
    assert first.exit_code == 0, first.output
    assert "twente-2020-10-2" in first.output
    again = runner.invoke(main, ["--db", str(db), "import-db", str(paths[0])])
    assert again.exit_code == 0, again.output
    assert skipped in again.output.splitlines()
    store = Store(db)
    assert merge_database(store, paths[0]).skipped == ["twente-2020-10-2"]
    store.close()


def test_json_export_of_a_merged_session_has_its_new_ids(tmp_path: Path) -> None:
    (path, *_rest) = separate_databases(tmp_path)
    store = Store(tmp_path / "here.db")
    merge_database(store, path)
    session = store.session_by_slug("twente-2020-10")
    assert session is not None
    text = render_json(collect(store, session.id))
    assert f'"id": {session.id}' in text
    store.close()


def test_a_review_made_on_another_laptop_comes_along(tmp_path: Path) -> None:
    from facilitator.service.review import ReviewService

    clock = FakeClock()
    laptop = Store(tmp_path / "laptop.db", clock=clock)
    build_regional_sessions(laptop, clock)
    review = ReviewService(laptop, lang="nl", as_of=AS_OF)
    s = review.synthesis()
    s = review.rename(s, 2, "Vervoer naar werk en stage")
    s = review.priority(s, 2)
    s = review.split(s, s.theme(1).cards[0].key)
    s = review.move(s, s.theme(3).cards[0].key, 4)  # placed by hand
    laptop.close()

    merged = Store(tmp_path / "merged.db", clock=FakeClock())
    merge_database(merged, tmp_path / "laptop.db")
    again = make_synthesis(merged, lang="nl", as_of=AS_OF)

    def shown(synthesis: Synthesis) -> list[object]:
        return [
            (t.title, t.priority, t.regions, [(c.text, c.by_hand) for c in t.cards])
            for t in synthesis.themes
        ]

    assert shown(again) == shown(s)
    assert any(c.by_hand for t in again.themes for c in t.cards)
    assert again.theme(1).title == "Vervoer naar werk en stage" and again.theme(1).priority
    # a card placed here already stays where it is placed here
    cards, themes = merged.review()
    assert len(cards) == sum(len(t.cards) for t in s.themes)
    merged.close()


def test_a_carried_card_names_its_session_as_it_is_called_here(tmp_path: Path) -> None:
    from dataclasses import replace as changed
    from datetime import timedelta

    from facilitator.domain.model import Card, Column
    from facilitator.service import Services
    from facilitator.store.importer import import_plan
    from tests.helpers import make_plan

    def session(store: Store, slug: str, days: int) -> int:
        plan = make_plan(slug)
        plan = changed(plan, starts_at=plan.starts_at + timedelta(days=days), ends_at=None)
        return import_plan(store, plan).session.id

    clock = FakeClock()
    laptop = Store(tmp_path / "laptop.db", clock=clock)
    first = session(laptop, "twente-2020-10", 0)
    with laptop.change(first, "test") as tx:
        tx.insert(Card(0, first, Column.ACTION, "Matchdag organiseren", 1.0, clock.now()))
    later = session(laptop, "twente-2021-01", 90)
    Services.open(laptop, later, clock).carry.carry_forward(["twente-2020-10"])
    laptop.close()

    here = Store(tmp_path / "here.db", clock=FakeClock())
    session(here, "twente-2020-10", 0)  # another table, by the same name
    result = merge_database(here, tmp_path / "laptop.db")
    assert result.renamed == [("twente-2020-10", "twente-2020-10-2")]
    copied = here.session_by_slug("twente-2021-01")
    assert copied is not None
    carried = [c for c in here.cards(copied.id) if c.carried]
    assert [(c.title, c.from_session, c.from_number) for c in carried] == [
        ("Matchdag organiseren", "twente-2020-10-2", 1)
    ]
    here.close()


def test_a_plan_here_steps_aside_for_the_held_table(tmp_path: Path) -> None:
    # The province imported the regional session files to prepare; Twente's table was held
    # on its own laptop. Merged, the held table keeps its name (the one its minutes and the
    # synthesis use), and the untouched plan here takes the next free one.
    from facilitator.store.importer import import_plan
    from tests.regional import regional_plans

    laptops = separate_databases(tmp_path)
    here = Store(tmp_path / "province.db", clock=FakeClock())
    import_plan(here, regional_plans()[0])
    result = merge_database(here, laptops[0])
    assert result.set_aside == [("twente-2020-10", "twente-2020-10-2")]
    assert result.added == ["twente-2020-10"] and result.renamed == []
    held = here.session_by_slug("twente-2020-10")
    plan = here.session_by_slug("twente-2020-10-2")
    assert held is not None and held.status.value == "closed" and here.cards(held.id)
    assert plan is not None and plan.opened_at is None and not here.cards(plan.id)
    assert [s.slug for s in make_synthesis(here, as_of=AS_OF).sessions] == ["twente-2020-10"]
    here.close()


def test_a_plan_with_anything_recorded_keeps_its_name(tmp_path: Path) -> None:
    from facilitator.service import Services
    from facilitator.store.importer import import_plan
    from tests.regional import regional_plans

    laptops = separate_databases(tmp_path)
    clock = FakeClock()
    here = Store(tmp_path / "province.db", clock=clock)
    session = import_plan(here, regional_plans()[0]).session
    Services.open(here, session.id, clock).agenda.toggle_timer()  # opened here too
    result = merge_database(here, laptops[0])
    assert result.set_aside == []
    assert result.renamed == [("twente-2020-10", "twente-2020-10-2")]
    here.close()


def _mend_a_card(path: Path, title: str, clock: FakeClock) -> None:
    """A change to the Twente table made after it was merged elsewhere: a card's text."""
    from dataclasses import replace as changed

    store = Store(path, clock=clock)
    session = store.session_by_slug("twente-2020-10")
    assert session is not None
    card = store.cards(session.id)[0]
    clock.advance(minutes=5)
    with store.change(session.id, "edit card", origin="later") as tx:
        tx.update(changed(card, title=title))
    store.close()


def _minutes(store: Store, slug: str) -> str:
    from facilitator.export import render_markdown

    session = store.session_by_slug(slug)
    assert session is not None
    return render_markdown(collect(store, session.id), "nl")


def test_later_changes_there_bring_the_copy_here_up_to_date(tmp_path: Path) -> None:
    # Twente's laptop was merged into the province's database; afterwards a card's text was
    # mended on the laptop. Merging the laptop again brings the mended session in.
    laptop, *_ = separate_databases(tmp_path)
    here = Store(tmp_path / "province.db", clock=FakeClock())
    merge_database(here, laptop)
    _mend_a_card(laptop, "Te weinig stageplaatsen in de techniek (aangevuld)", FakeClock())
    result = merge_database(here, laptop)
    assert result.updated == [("twente-2020-10", 1)]
    assert result.added == [] and result.skipped == [] and result.diverged == []
    there = Store(laptop, clock=FakeClock())
    assert _minutes(here, "twente-2020-10") == _minutes(there, "twente-2020-10")
    assert "(aangevuld)" in _minutes(here, "twente-2020-10")
    there.close()
    # nothing new the next time
    again = merge_database(here, laptop)
    assert again.updated == [] and again.skipped == ["twente-2020-10"]
    assert [s.slug for s in make_synthesis(here, as_of=AS_OF).sessions] == ["twente-2020-10"]
    here.close()


def test_the_review_here_stays_when_a_session_is_brought_up_to_date(tmp_path: Path) -> None:
    from facilitator.service.review import ReviewService

    laptops = separate_databases(tmp_path)
    here = Store(tmp_path / "province.db", clock=FakeClock())
    for path in laptops:
        merge_database(here, path)
    review = ReviewService(here, lang="nl", as_of=AS_OF)
    s = review.synthesis()
    moved = next(c for c in s.theme(1).cards if c.key.startswith("twente-2020-10#"))
    s = review.split(s, moved.key)
    s = review.rename(s, 1, "Stages en leerbedrijven")
    by_hand = next(c for c in s.theme(2).cards if c.key.startswith("twente-2020-10#"))
    s = review.move(s, by_hand.key, 1)
    before = [(t.title, sorted(c.text for c in t.cards)) for t in s.themes]

    _mend_a_card(laptops[0], "Een kaart die later is aangevuld", FakeClock())
    result = merge_database(here, laptops[0])
    assert [slug for slug, _ in result.updated] == ["twente-2020-10"]
    after = make_synthesis(here, lang="nl", as_of=AS_OF)
    mended = [(t.title, sorted(c.text for c in t.cards)) for t in after.themes]
    # the same themes, titles and placements; only the mended card's text is new
    assert len(mended) == len(before)
    assert [title for title, _ in mended] == [title for title, _ in before]
    assert sum(len(cards) for _, cards in mended) == sum(len(cards) for _, cards in before)
    # the card placed by hand still is, under its new id
    hand = [(t.title, c.text) for t in after.themes for c in t.cards if c.by_hand]
    assert hand == [("Stages en leerbedrijven", by_hand.text)]
    cards, _ = here.review()
    twente = here.session_by_slug("twente-2020-10")
    assert twente is not None
    ids = {c.id for c in here.cards(twente.id, include_merged=True)}
    placed = [k for k in cards if k.startswith("twente-2020-10#")]
    assert placed and all(int(k.rpartition("#")[2]) in ids for k in placed)
    here.close()


def test_a_session_changed_on_both_sides_is_kept_and_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, *_ = separate_databases(tmp_path)
    province = tmp_path / "province.db"
    here = Store(province, clock=FakeClock())
    merge_database(here, laptop)
    here.close()
    _mend_a_card(province, "Hier aangepast", FakeClock())
    _mend_a_card(laptop, "Daar aangepast", FakeClock(datetime(2020, 10, 7, 9, 0)))
    here = Store(province, clock=FakeClock())
    result = merge_database(here, laptop)
    assert result.diverged == [("twente-2020-10", "twente-2020-10", 1, 1)]
    assert result.updated == [] and result.skipped == []
    assert "Hier aangepast" in _minutes(here, "twente-2020-10")
    assert "Daar aangepast" not in _minutes(here, "twente-2020-10")
    here.close()

    runner = CliRunner()
    for lang, said in (
        ("nl", "Niet samengevoegd: twente-2020-10 is zowel hier (1 wijziging) als daar (1 "),
        ("en", "Not merged: twente-2020-10 was changed both here (1 change) and there (1 "),
    ):
        monkeypatch.setenv("FACILITATOR_LANG", lang)
        out = runner.invoke(main, ["--db", str(province), "import-db", str(laptop)])
        assert out.exit_code == 1, out.output  # a script can tell something was not merged
        assert said in out.output
        assert f"facilitator history twente-2020-10 --db {laptop}" in out.output


def test_import_db_exits_with_1_when_a_session_is_not_merged_and_merges_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    laptop, *_ = separate_databases(tmp_path)
    province = tmp_path / "province.db"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(province), "import-db", str(laptop)]).exit_code == 0
    _mend_a_card(province, "Changed here", FakeClock())
    _mend_a_card(laptop, "Changed there", FakeClock(datetime(2020, 10, 7, 9, 0)))
    clock = FakeClock()
    other = Store(laptop, clock=clock)
    build_regional_sessions(other, clock, only=(1,))  # a table held later on that laptop
    other.close()
    out = runner.invoke(main, ["--db", str(province), "import-db", str(laptop)])
    assert out.exit_code == 1, out.output
    assert "Added: regio-zwolle-2020-10" in out.output
    summary = f"1 session added to {province}, 0 brought up to date, 0 already here, 1 not merged."
    assert summary in out.output
    listed = runner.invoke(main, ["--db", str(province), "list"])
    assert "regio-zwolle-2020-10" in listed.output
    # merged again: the one added is already here, the other still not merged
    again = runner.invoke(main, ["--db", str(province), "import-db", str(laptop)])
    assert again.exit_code == 1 and "Already here, skipped: regio-zwolle-2020-10" in again.output


def test_import_db_says_a_session_was_brought_up_to_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    laptop, *_ = separate_databases(tmp_path)
    db = str(tmp_path / "province.db")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "import-db", str(laptop)]).exit_code == 0
    _mend_a_card(laptop, "Mended afterwards", FakeClock())
    out = runner.invoke(main, ["--db", db, "import-db", str(laptop)])
    assert out.exit_code == 0, out.output
    assert out.output.splitlines() == [
        "Brought up to date: twente-2020-10 (1 later change there; nothing had changed here since)",
        f"0 sessions added to {db}, 1 brought up to date, 0 already here, 0 not merged.",
    ]


def _twente_file(folder: Path, name: str, **changes: str) -> Path:
    """Twente's session file with some of its own fields changed (``location="…"``)."""
    text = (SAMPLES / "twente.toml").read_text(encoding="utf-8")
    for key, value in changes.items():
        start = text.index(f"\n{key} = ") + 1
        end = text.index("\n", start)
        text = text[:start] + f'{key} = "{value}"' + text[end:]
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _location(db: Path) -> tuple[str, str]:
    store = Store(db, clock=FakeClock())
    session = store.session_by_slug("twente-2020-10")
    store.close()
    assert session is not None
    return session.title, session.location


def test_a_session_file_imported_again_on_the_other_laptop_brings_the_session_up_to_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The regional database copied to another laptop, where the session file was imported
    again with a new location: merging it back brings the new location in."""
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    here, *_ = separate_databases(tmp_path)
    there = tmp_path / "copy.db"
    shutil.copyfile(here, there)
    title, _ = _location(here)
    moved = _twente_file(tmp_path, "moved.toml", location="Hengelo, stadhuis")
    runner = CliRunner()
    out = runner.invoke(main, ["--db", str(there), "import", str(moved)])
    assert out.exit_code == 0, out.output
    history = runner.invoke(main, ["--db", str(there), "history", "twente-2020-10"])
    assert "session file imported" in history.output
    out = runner.invoke(main, ["--db", str(here), "import-db", str(there)])
    assert out.exit_code == 0, out.output
    assert out.output.startswith("Brought up to date: twente-2020-10 (1 later change there;")
    assert _location(here) == (title, "Hengelo, stadhuis")
    # merged again: nothing new
    again = runner.invoke(main, ["--db", str(here), "import-db", str(there)])
    assert again.exit_code == 0 and "Already here, skipped: twente-2020-10" in again.output


def test_a_session_file_imported_again_on_both_laptops_is_not_merged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The title changed on one laptop, the location on the other: neither is lost."""
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    here, *_ = separate_databases(tmp_path)
    there = tmp_path / "copy.db"
    shutil.copyfile(here, there)
    _, location = _location(here)
    runner = CliRunner()
    retitled = _twente_file(tmp_path, "retitled.toml", title="Rondetafel Twente")
    moved = _twente_file(tmp_path, "moved.toml", location="Hengelo, stadhuis")
    assert runner.invoke(main, ["--db", str(here), "import", str(retitled)]).exit_code == 0
    assert runner.invoke(main, ["--db", str(there), "import", str(moved)]).exit_code == 0
    out = runner.invoke(main, ["--db", str(here), "import-db", str(there)])
    assert out.exit_code == 1, out.output
    assert "Not merged: twente-2020-10 was changed both here (1 change) and there (1 " in (
        out.output
    )
    assert _location(here) == ("Rondetafel Twente", location)


def test_the_same_file_imported_again_on_both_laptops_is_one_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The organiser mends the session file and imports it on both laptops: the same change
    on each side is no conflict, and a later change on one side still comes over."""
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    here, *_ = separate_databases(tmp_path)
    there = tmp_path / "copy.db"
    shutil.copyfile(here, there)
    title, _ = _location(here)
    moved = _twente_file(tmp_path, "moved.toml", location="Hengelo, stadhuis")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(here), "import", str(moved)]).exit_code == 0
    assert runner.invoke(main, ["--db", str(there), "import", str(moved)]).exit_code == 0
    out = runner.invoke(main, ["--db", str(here), "import-db", str(there)])
    assert out.exit_code == 0, out.output
    assert "Already here, skipped: twente-2020-10" in out.output
    _mend_a_card(there, "Mended on the other laptop", FakeClock())
    out = runner.invoke(main, ["--db", str(here), "import-db", str(there)])
    assert out.exit_code == 0, out.output
    assert out.output.startswith("Brought up to date: twente-2020-10 (1 later change there;")
    assert _location(here) == (title, "Hengelo, stadhuis")


def twice_held(folder: Path) -> list[Path]:
    """Two laptops that both held Twente's table (the same file), besides another region."""
    paths = []
    for name, only in (("laptop-a.db", (0, 1)), ("laptop-b.db", (0, 2))):
        clock = FakeClock()
        store = Store(folder / name, clock=clock)
        build_regional_sessions(store, clock, only=only)
        store.close()
        paths.append(folder / name)
    return paths


def test_a_table_held_on_two_laptops_is_named_on_merging(tmp_path: Path) -> None:
    here = Store(tmp_path / "province.db", clock=FakeClock())
    first, second = twice_held(tmp_path)
    assert merge_database(here, first).same_table == []
    result = merge_database(here, second)
    assert result.renamed == [("twente-2020-10", "twente-2020-10-2")]
    assert result.same_table == [("twente-2020-10-2", "twente-2020-10")]
    here.close()


def test_the_synthesis_counts_a_table_held_twice_once(tmp_path: Path) -> None:
    here = Store(tmp_path / "province.db", clock=FakeClock())
    for path in twice_held(tmp_path):
        merge_database(here, path)
    once = Store(tmp_path / "once.db", clock=FakeClock())
    for path in separate_databases(tmp_path):
        merge_database(once, path)
    made = make_synthesis(here, as_of=AS_OF)
    assert [s.slug for s in made.sessions] == [
        "twente-2020-10",
        "regio-zwolle-2020-10",
        "stedendriehoek-2020-10",
    ]
    assert render(made, "json") == render(make_synthesis(once, as_of=AS_OF), "json")
    here.close()
    once.close()


def test_import_db_and_the_synthesis_say_a_table_was_held_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    db = str(tmp_path / "province.db")
    first, second = twice_held(tmp_path)
    runner = CliRunner()
    runner.invoke(main, ["--db", db, "import-db", str(first)])
    merged = runner.invoke(main, ["--db", db, "--lang", "nl", "import-db", str(second)])
    assert merged.exit_code == 0, merged.output
    assert (
        "let op: twente-2020-10-2 is dezelfde rondetafel als twente-2020-10 (zelfde regio, "
        "datum en titel)" in merged.output
    )
    made = runner.invoke(
        main, ["--db", db, "synthesis", "--as-of", "2021-01-20", "--format", "json", "-o", "-"]
    )
    assert made.exit_code == 0, made.output
    assert '"twente-2020-10-2"' not in made.stdout
    assert made.stderr.startswith("Left out twente-2020-10-2: the same round table as ")
    assert (
        "name the sessions: facilitator synthesis twente-2020-10-2 regio-zwolle-2020-10 "
        "stedendriehoek-2020-10" in made.stderr
    )
    listed = runner.invoke(main, ["--db", db, "list"]).output.splitlines()
    (copy,) = [line for line in listed if "twente-2020-10-2" in line]
    assert copy.endswith(
        "(the same round table as twente-2020-10; the synthesis leaves this one out)"
    )
    assert not any(line.endswith(")") for line in listed if line != copy)
    both = runner.invoke(
        main, ["--db", db, "synthesis", "twente-2020-10", "twente-2020-10-2", "-o", "-"]
    )
    assert both.exit_code == 0, both.output
    assert both.stderr.startswith(
        "warning: twente-2020-10-2 and twente-2020-10 are the same round table"
    )


def test_a_later_table_carries_the_actions_of_a_table_held_twice_once(tmp_path: Path) -> None:
    from dataclasses import replace
    from datetime import timedelta

    from facilitator.service import Services
    from facilitator.store.importer import import_plan
    from tests.regional import regional_plans

    clock = FakeClock()
    here = Store(tmp_path / "province.db", clock=clock)
    for path in twice_held(tmp_path):
        merge_database(here, path)
    twente = regional_plans()[0]
    later = replace(
        twente, slug="twente-2021-01", title="Vervolg", starts_at=twente.starts_at + timedelta(100)
    )
    session = import_plan(here, later).session
    carried = Services.open(here, session.id, clock).carry.carry_forward(["region"])
    assert carried.sources == ("twente-2020-10",)
    titles = [card.title for card in carried.cards]
    assert titles and len(titles) == len(set(titles))
    named = Services.open(here, session.id, clock).carry.sources(["twente-2020-10-2"])
    assert [s.slug for s in named] == ["twente-2020-10-2"]
    here.close()


def test_a_session_named_twice_is_one_table_and_no_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    db = str(tmp_path / "province.db")
    first, _second = twice_held(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "import-db", str(first)]).exit_code == 0
    named = ["synthesis", "twente-2020-10", "twente-2020-10", "--as-of", "2021-01-20"]
    made = runner.invoke(main, ["--db", db, *named, "-o", "-"])
    assert made.exit_code == 0, made.output
    assert "same round table" not in made.stderr
    assert "1 rondetafel uit Twente" in made.stdout  # the session's language


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p.mkdir(), "is a folder, not a database; name the database file itself."),
        (lambda p: None, "There is no database"),
        (lambda p: p.write_bytes(b""), "is not a facilitator database"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(),
            "is not a facilitator database",
        ),
    ],
    ids=["folder", "missing", "empty", "other program"],
)
def test_import_db_of_something_that_is_no_facilitator_database_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make: Callable[[Path], object], said: str
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    other = tmp_path / "other.db"
    make(other)
    db = str(tmp_path / "province.db")
    out = CliRunner().invoke(main, ["--db", db, "import-db", str(other)])
    assert out.exit_code != 0, out.output
    assert said in out.output, out.output
    assert "Traceback" not in out.output and "Import a session file first" not in out.output


def test_import_db_says_when_the_other_laptop_s_review_of_sessions_here_stays_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from facilitator.service.review import ReviewService

    monkeypatch.setenv("FACILITATOR_LANG", "en")
    laptop, *_ = separate_databases(tmp_path)
    province = tmp_path / "province.db"
    shutil.copy(laptop, province)
    # the organiser reviewed the themes on the laptop, after the copy was made
    there = Store(laptop, clock=FakeClock())
    review = ReviewService(there, lang="en")
    review.priority(review.synthesis(), 1)
    placed = len(there.review()[0])
    there.close()
    out = CliRunner().invoke(main, ["--db", str(province), "import-db", str(laptop)])
    assert out.exit_code == 0, out.output
    assert (
        f"warning: the review of the synthesis on that laptop placed {placed} cards of "
        "twente-2020-10, which was here already; those choices were not brought along"
    ) in out.stderr
    # once the review here has placed that session's cards, nothing more is said
    here = Store(province, clock=FakeClock())
    review = ReviewService(here, lang="en")
    review.priority(review.synthesis(), 1)
    here.close()
    again = CliRunner().invoke(main, ["--db", str(province), "import-db", str(laptop)])
    assert "warning: the review" not in again.stderr


def _one_laptop(folder: Path) -> Path:
    """The three regional tables, run on one laptop."""
    clock = FakeClock()
    path = folder / "laptop.db"
    store = Store(path, clock=clock)
    build_regional_sessions(store, clock)
    store.close()
    return path


def _garbage_at(source: Path, target: Path, offset: int) -> Path:
    """A copy of ``source`` with 1,400 bytes of garbage written at ``offset``, as
    ``dd if=garbage of=target seek=offset conv=notrunc`` would."""
    shutil.copy(source, target)
    with target.open("r+b") as file:
        file.seek(offset)
        file.write(b"GARBAGE" * 200)
    return target


DAMAGED = {
    "nl": (
        "De database garb.db is beschadigd of is geen facilitator-database; er is niets "
        "samengevoegd en het bestand zelf is niet gewijzigd. Is het een facilitator-database, "
        "voeg dan een goede kopie ervan samen"
    ),
    "en": (
        "The database garb.db is damaged or is not a facilitator database; nothing was "
        "merged, and the file itself was not changed. If it is a facilitator database, merge "
        "a sound copy of it"
    ),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_import_db_of_a_damaged_database_refuses_it_by_its_name_and_merges_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", lang)
    monkeypatch.chdir(tmp_path)
    garbled = _garbage_at(_one_laptop(tmp_path), tmp_path / "garb.db", 12288)
    before = garbled.read_bytes()
    runner = CliRunner()
    out = runner.invoke(main, ["--db", "p3.db", "import-db", "garb.db"])
    assert out.exit_code == 1, out.output
    assert DAMAGED[lang] in out.output, out.output
    assert "p3.db" not in out.output  # this database is not to blame
    assert "--db" not in out.output and tempfile.gettempdir() not in out.output
    assert garbled.read_bytes() == before
    listed = runner.invoke(main, ["--db", "p3.db", "list"])
    assert "p3.db" in listed.output and "damaged" not in listed.output
    assert "beschadigd" not in listed.output


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    "damage",
    [
        undecodable_schema,
        lambda source, target: undecodable_text(source, target, b"Reiskosten"),
        lambda source, target: undecodable_text(source, target, b"Rondetafel"),
    ],
    ids=["schema", "note", "session title"],
)
def test_import_db_of_a_database_with_garbage_in_its_text_calls_it_damaged(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    damage: Callable[[Path, Path], Path],
) -> None:
    """Bytes that are no UTF-8 written into the schema (SQLite's error quotes them) or into
    the text of a row (a note, the change log): the file is damaged, said in the user's
    language, quoting none of it; no crash, and nothing merged."""
    monkeypatch.setenv("FACILITATOR_LANG", lang)
    monkeypatch.chdir(tmp_path)
    garbled = damage(_one_laptop(tmp_path), tmp_path / "garb.db")
    before = garbled.read_bytes()
    runner = CliRunner()
    out = runner.invoke(main, ["--db", "p3.db", "import-db", "garb.db"])
    assert out.exit_code == 1, out.output
    assert out.output.startswith(DAMAGED[lang]), out.output
    assert "\ufffd" not in out.output and "decode" not in out.output
    assert not (tmp_path / "crash-reports").exists()
    assert garbled.read_bytes() == before
    listed = runner.invoke(main, ["--db", "p3.db", "list"])
    assert "garb" not in listed.output and "Twente" not in listed.output


def test_garbage_in_the_schema_the_health_check_missed_is_said_as_damage_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Met opening the copy, past the health check: SQLite's error quoting the garbage is
    no text either, and the file is called damaged, not a crash."""
    monkeypatch.setattr("facilitator.store.merge.check_health", lambda path: None)
    garbled = undecodable_schema(_one_laptop(tmp_path), tmp_path / "garb.db")
    here = Store(tmp_path / "here.db", clock=FakeClock())
    with pytest.raises(StoreError) as caught:
        merge_database(here, garbled)
    assert caught.value.key == "other_damaged"
    assert caught.value.values["path"] == str(garbled)
    assert here.sessions() == []
    here.close()


def test_a_damaged_copy_of_sessions_already_here_is_refused_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    monkeypatch.chdir(tmp_path)
    laptop = _one_laptop(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["--db", "p3.db", "import-db", str(laptop)]).exit_code == 0
    _garbage_at(laptop, tmp_path / "garb.db", 12288)
    out = runner.invoke(main, ["--db", "p3.db", "import-db", "garb.db"])
    assert out.exit_code == 1, out.output
    assert DAMAGED["en"] in out.output and "Already here" not in out.output


def test_an_error_reading_the_other_database_merges_nothing_and_is_said_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damage the health check before the merge would miss, met while copying the sessions
    over, whichever page it is on: the merge is taken back whole, and it is the other
    database that is called damaged, not this one (which goes on saving)."""
    monkeypatch.setattr("facilitator.store.merge.check_health", lambda path: None, raising=False)
    laptop = _one_laptop(tmp_path)
    pages = laptop.stat().st_size // 4096
    failed = 0
    for page in range(2, pages + 1):
        garbled = _garbage_at(laptop, tmp_path / "garb.db", (page - 1) * 4096)
        here = Store(tmp_path / f"here-{page}.db", clock=FakeClock())
        try:
            result = merge_database(here, garbled)
        except StoreError as exc:
            failed += 1
            assert exc.key == "other_damaged", (page, str(exc))
            assert exc.values["path"] == str(garbled)
            assert here.sessions() == [], page  # nothing half merged
            assert here.integrity_problem() is None
            assert len(merge_database(here, laptop).added) == 3, page  # this one still saves
        else:
            assert len(result.added) == 3, page
        here.close()
    assert failed > 0


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "De database other.db is beschadigd of is geen facilitator-database; er is niets "
            "samengevoegd",
        ),
        (
            "en",
            "The database other.db is damaged or is not a facilitator database; nothing was merged",
        ),
    ],
)
def test_another_program_s_database_is_refused_by_the_name_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", lang)
    monkeypatch.chdir(tmp_path)
    conn = sqlite3.connect(tmp_path / "other.db")
    conn.execute("PRAGMA user_version = 5")
    conn.execute("CREATE TABLE foo (x)")
    conn.commit()
    conn.close()
    out = CliRunner().invoke(main, ["--db", "here.db", "import-db", "other.db"])
    assert out.exit_code == 1, out.output
    assert out.output.startswith(said), out.output
    assert "--db" not in out.output and tempfile.gettempdir() not in out.output


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "De database other.db is van een oudere facilitator (schema {old}) en kon niet "
            "worden bijgewerkt om hem te lezen; misschien is hij beschadigd. Er is niets "
            "samengevoegd en het bestand zelf is niet gewijzigd.\n",
        ),
        (
            "en",
            "The database other.db is of an older facilitator (schema {old}) and could not be "
            "brought up to date to be read; it may be damaged. Nothing was merged, and the "
            "file itself was not changed.\n",
        ),
    ],
)
def test_an_older_database_that_cannot_be_brought_up_to_date_is_named_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str
) -> None:
    """A facilitator database whose version says older than its tables are: bringing the
    copy up to date fails, which is said of the file named, not as a failed save."""
    monkeypatch.setenv("FACILITATOR_LANG", lang)
    monkeypatch.chdir(tmp_path)
    other = shutil.copy(_one_laptop(tmp_path), tmp_path / "other.db")
    conn = sqlite3.connect(other)
    old = SCHEMA_VERSION - 1
    conn.execute(f"PRAGMA user_version = {old}")
    conn.commit()
    conn.close()
    out = CliRunner().invoke(main, ["--db", "here.db", "import-db", "other.db"])
    assert out.exit_code == 1, out.output
    assert out.output == said.format(old=old)  # SQLite's English words left out
    assert "Saving" not in out.output and "Opslaan" not in out.output
    assert tempfile.gettempdir() not in out.output


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "De database here.db is bezet door een ander programma; er is niets samengevoegd. "
            "Probeer het zo nog eens.\n",
        ),
        (
            "en",
            "The database here.db is locked by another program; nothing was merged. Try "
            "again in a moment.\n",
        ),
    ],
)
def test_import_db_into_a_database_another_program_holds_says_nothing_was_merged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", lang)
    monkeypatch.chdir(tmp_path)
    laptop = _one_laptop(tmp_path)
    Store(tmp_path / "here.db").close()
    monkeypatch.setattr("facilitator.cli.Store", partial(Store, busy_timeout_ms=50))
    holder = sqlite3.connect(tmp_path / "here.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        out = CliRunner().invoke(main, ["--db", "here.db", "import-db", str(laptop)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert out.exit_code == 1, out.output
    assert out.output == said
    assert Store(tmp_path / "here.db").sessions() == []


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "De database other.db kon niet worden gelezen om hem samen te voegen; misschien is "
            "hij beschadigd. Er is niets samengevoegd en het bestand zelf is niet gewijzigd.\n",
        ),
        (
            "en",
            "The database other.db could not be read to merge it; it may be damaged. Nothing "
            "was merged, and the file itself was not changed.\n",
        ),
    ],
)
def test_an_error_of_sqlite_reading_the_other_database_is_said_in_the_user_s_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str
) -> None:
    """A facilitator database missing one of its tables: SQLite's English words for it
    ("no such table: …") stay out of the message, in either language."""
    monkeypatch.setenv("FACILITATOR_LANG", lang)
    monkeypatch.chdir(tmp_path)
    other = shutil.copy(_one_laptop(tmp_path), tmp_path / "other.db")
    conn = sqlite3.connect(other)
    conn.execute("DROP TABLE review_themes")
    conn.commit()
    conn.close()
    out = CliRunner().invoke(main, ["--db", "here.db", "import-db", "other.db"])
    assert out.exit_code == 1, out.output
    assert out.output == said


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (
            "disk I/O error",
            "The database laptop.db could not be read to merge it (the disk gave a read or "
            "write error); nothing was merged",
        ),
        (
            "database is locked",
            "The database laptop.db could not be read to merge it (the file is busy); nothing "
            "was merged",
        ),
    ],
)
def test_the_copy_of_the_other_database_failing_to_open_is_said_of_the_file_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: str, said: str
) -> None:
    """The temporary copy merge reads cannot be opened: the message names the file given,
    never the copy, and says it could not be read, not that a save failed."""
    from facilitator.store import store as store_module

    monkeypatch.setenv("FACILITATOR_LANG", "en")
    monkeypatch.chdir(tmp_path)
    _one_laptop(tmp_path)
    real_connect = store_module._connect

    def connect(where: str, timeout: float) -> sqlite3.Connection:
        if Path(where).resolve().is_relative_to(tmp_path.resolve()):
            return real_connect(where, timeout)
        raise sqlite3.OperationalError(error)  # the copy, outside the folder given

    monkeypatch.setattr(store_module, "_connect", connect)
    out = CliRunner().invoke(main, ["--db", "here.db", "import-db", "laptop.db"])
    assert out.exit_code == 1, out.output
    assert out.output.startswith(said), out.output
    assert tempfile.gettempdir() not in out.output


def test_a_refused_merge_into_a_new_database_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other database found damaged part-way through the merge, into a database that
    did not exist: nothing merged, and the new, empty database (and its -wal and -shm)
    stayed behind. It is taken away; an existing database stays."""
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    monkeypatch.chdir(tmp_path)
    laptop = _one_laptop(tmp_path)

    def damaged(store: Store, theirs: object, origin: str = "") -> object:
        raise StoreError("other_damaged", path=str(laptop))

    monkeypatch.setattr("facilitator.store.merge.merge_from", damaged)
    runner = CliRunner()
    out = runner.invoke(main, ["--db", "p3.db", "import-db", str(laptop)])
    assert out.exit_code == 1, out.output
    assert "nothing was merged" in out.output
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith("p3.db")]
    here = tmp_path / "here.db"
    Store(here, clock=FakeClock()).close()
    out = runner.invoke(main, ["--db", "here.db", "import-db", str(laptop)])
    assert out.exit_code == 1, out.output
    assert here.exists()
