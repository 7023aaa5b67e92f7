"""facilitator import RECORD.json: a session moved or archived as one JSON file."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Column
from facilitator.export import collect, render_json, render_markdown
from facilitator.export.anonymity import FULL
from facilitator.export.jsonimport import RecordError, import_record
from facilitator.store import Store
from facilitator.store.merge import merge_database
from tests.conftest import ROOT
from tests.regional import build_regional_sessions
from tests.scripted import build_scripted_session
from tests.unit.test_export_json import SCHEMA_PATH, validate


@pytest.fixture
def record(tmp_path: Path) -> Path:
    """The JSON record of the scripted round table (merged, parked, linked, owned cards)."""
    clock = FakeClock()
    store = Store(tmp_path / "source.db", clock=clock)
    sid = build_scripted_session(store, clock)
    path = tmp_path / "record.json"
    path.write_text(render_json(collect(store, sid)), encoding="utf-8")
    store.close()
    return path


def test_export_import_export_gives_the_same_bytes(record: Path, tmp_path: Path) -> None:
    store = Store(tmp_path / "other.db")
    result = import_record(store, record)
    assert result.kept_ids
    again = render_json(collect(store, result.session.id))
    assert again == record.read_text(encoding="utf-8")
    store.close()


def test_into_a_database_with_other_sessions_ids_follow(record: Path, tmp_path: Path) -> None:
    clock = FakeClock()
    store = Store(tmp_path / "busy.db", clock=clock)
    build_regional_sessions(store, clock, only=(0,))
    result = import_record(store, record)
    assert not result.kept_ids
    data = json.loads(record.read_text(encoding="utf-8"))
    moved = collect(store, result.session.id)
    assert result.session.id != data["session"]["id"]
    # same minutes: links, merges, owners and card numbers followed the new ids
    original = Store(tmp_path / "source.db")
    source = collect(original, data["session"]["id"])
    assert render_markdown(moved, "nl") == render_markdown(source, "nl")
    original.close()
    store.close()


def test_refusals_name_the_problem(record: Path, tmp_path: Path) -> None:
    store = Store(tmp_path / "x.db")
    import_record(store, record)
    with pytest.raises(RecordError) as twice:
        import_record(store, record)
    assert twice.value.key == "exists"
    data = json.loads(record.read_text(encoding="utf-8"))
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({**data, "schema_version": 99}), encoding="utf-8")
    with pytest.raises(RecordError) as too_new:
        import_record(Store(tmp_path / "y.db"), newer)
    assert too_new.value.key == "too_new"
    broken = tmp_path / "broken.json"
    data["cards"][0]["votes"] = "many"
    data["session"]["slug"] = "elders"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RecordError) as wrong:
        import_record(store, broken)
    assert "cards.votes" in wrong.value.message("en")
    assert store.session_by_slug("elders") is None  # nothing half-imported
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json", encoding="utf-8")
    with pytest.raises(RecordError) as bad:
        import_record(store, garbage)
    assert bad.value.key == "not_json"
    # where, in the message's own language (json's "Expecting property name…" is English)
    assert "garbage.json is geen JSON (regel 1, kolom 2)" in bad.value.message("nl")
    assert "Expecting" not in bad.value.message("nl")
    store.close()


@pytest.mark.parametrize(
    ("table", "field", "value"),
    [
        ("contributions", "participant_id", 9999),
        ("contributions", "card_id", 9999),
        ("cards", "item_id", 9999),
        ("cards", "links", [9999]),
        ("speeches", "participant_id", 9999),
    ],
)
def test_a_reference_to_a_row_not_in_the_record_is_refused(
    record: Path, tmp_path: Path, table: str, field: str, value: object
) -> None:
    """A hand-edited record must not point into another session of the database (whose
    participant would then be named in these minutes): refused, nothing imported."""
    clock = FakeClock()
    store = Store(tmp_path / "busy.db", clock=clock)
    build_regional_sessions(store, clock, only=(0,))  # rows with ids of their own
    data = json.loads(record.read_text(encoding="utf-8"))
    data["session"]["slug"] = "bewerkt"
    data[table][0][field] = value
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RecordError) as wrong:
        import_record(store, edited)
    assert f"{table}.{field}" in wrong.value.message("en")
    assert f"{table}.{field}" in wrong.value.message("nl")
    assert store.session_by_slug("bewerkt") is None
    store.close()


@pytest.mark.parametrize("slug", ["", "../../elders", "Twente 2020"])
def test_a_slug_a_session_file_could_not_have_is_refused(
    record: Path, tmp_path: Path, slug: str
) -> None:
    data = json.loads(record.read_text(encoding="utf-8"))
    data["session"]["slug"] = slug
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    store = Store(tmp_path / "x.db")
    with pytest.raises(RecordError) as wrong:
        import_record(store, edited)
    assert "session.slug" in wrong.value.message("en")
    assert store.sessions() == []
    store.close()


def test_import_a_record_on_the_command_line(
    record: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    done = runner.invoke(main, ["--db", db, "import", str(record)])
    assert done.exit_code == 0, done.output
    assert "Session 'proeftafel-twente' imported" in done.output
    exported = runner.invoke(
        main, ["--db", db, "export", "proeftafel-twente", "--format", "json", "-o", "-"]
    )
    assert exported.output == record.read_text(encoding="utf-8")
    twice = runner.invoke(main, ["--db", db, "import", str(record)])
    assert twice.exit_code == 2 and "already in" in twice.output
    # the same slug may be another laptop's recording of the table: say how to bring it in
    assert "merge that laptop's database with 'facilitator import-db OTHER.db'" in " ".join(
        twice.output.split()
    )


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--lang", "en", *args])
    return result.exit_code, result.output


def test_a_chatham_house_session_moves_whole_with_full(tmp_path: Path) -> None:
    # Every sample session is held under the Chatham House rule, so its JSON minutes are
    # anonymous; --full writes the whole record, which moves with the people in it and the
    # outside organisations the capture line knows, and the round trip is byte-stable.
    source, other = str(tmp_path / "source.db"), str(tmp_path / "other.db")
    sample = str(ROOT / "sample_sessions" / "twente.toml")
    assert _cli("--db", source, "import", sample)[0] == 0
    record = tmp_path / "twente.json"
    code, out = _cli("--db", source, "export", "twente-2020-10", "--full", "-o", str(record))
    assert code == 0, out
    data = json.loads(record.read_text(encoding="utf-8"))
    assert data["session"]["chatham_house"] and data["anonymity"] == "none"
    assert data["participants"] and data["session"]["organisations"] == [
        "SER Overijssel",
        "Rijksoverheid",
    ]
    assert _cli("--db", other, "import", str(record))[0] == 0
    again = tmp_path / "again.json"
    assert _cli("--db", other, "export", "twente-2020-10", "--full", "-o", str(again))[0] == 0
    assert again.read_bytes() == record.read_bytes()
    moved = Store(tmp_path / "other.db")
    session = moved.session_by_slug("twente-2020-10")
    assert session is not None and session.organisations == ["SER Overijssel", "Rijksoverheid"]
    assert len(moved.participants(session.id)) == len(data["participants"])
    moved.close()


def test_an_anonymous_record_is_refused_naming_the_way_to_move_a_session(
    tmp_path: Path,
) -> None:
    source, other = str(tmp_path / "source.db"), str(tmp_path / "other.db")
    sample = str(ROOT / "sample_sessions" / "twente.toml")
    _cli("--db", source, "import", sample)
    record = tmp_path / "anonymous.json"
    assert _cli("--db", source, "export", "twente-2020-10", "-o", str(record))[0] == 0
    assert json.loads(record.read_text(encoding="utf-8"))["anonymity"] == "organisation"
    code, out = _cli("--db", other, "import", str(record))
    assert code != 0 and "anonymous record" in out and "--full" in out
    assert "Traceback" not in out
    check = Store(tmp_path / "other.db")
    assert check.session_by_slug("twente-2020-10") is None
    check.close()


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--format", "md"], "use it with --format json"),
        (["-o", "twente.md"], "use it with --format json"),
        (["--format", "json", "--anonymous"], "do not go together"),
    ],
)
def test_full_is_only_the_whole_json_record(
    tmp_path: Path, extra: list[str], says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "source.db")
    _cli("--db", db, "import", str(ROOT / "sample_sessions" / "twente.toml"))
    code, out = _cli("--db", db, "export", "twente-2020-10", "--full", *extra)
    assert code == 2 and says in out
    assert not list(tmp_path.glob("*.md")) and not (tmp_path / "minutes").exists()


@pytest.mark.parametrize(
    ("where", "field", "value"),
    [
        ("agenda", "planned_seconds", -5),  # an item planned to last less than nothing
        ("agenda", "planned_seconds", 0),
        ("cards", "votes", 10**30),  # overflowed SQLite's integer: a crash report
        ("cards", "votes", -5),  # the board never takes a vote below none: «-5 stemmen»
        ("session", "timezone", "Mars/Basis"),  # no such zone: times shown in the machine's
        ("session", "starts_at", "0001-01-01T14:00:00+02:00"),  # no year a meeting is held
        ("session", "ends_at", "9999-12-31T16:00:00+02:00"),
        ("session", "language", "fr"),  # minutes in neither language the app speaks
        ("speeches", "ended_at", "2020-10-06T14:04:59+02:00"),  # ended before it started
        ("agenda", "actual_seconds", -5),  # an item that ran less than no time
        ("cards", "tags", [1, None]),  # tags are words: no number, no null
        ("contributions", "tags", ["zorg", 7]),
        ("session", "tags", [None]),
    ],
)
def test_a_value_no_session_can_have_is_refused_by_name(
    record: Path, tmp_path: Path, where: str, field: str, value: object
) -> None:
    store = Store(tmp_path / "leeg.db", clock=FakeClock())
    data = json.loads(record.read_text(encoding="utf-8"))
    data["session"]["slug"] = "bewerkt"
    if where == "session":
        data["session"][field] = value
    else:
        data[where][0][field] = value
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RecordError) as wrong:
        import_record(store, edited)
    assert f"{where}.{field}" in wrong.value.message("nl")
    assert store.session_by_slug("bewerkt") is None
    store.close()


def _full_record(folder: Path) -> tuple[Path, Path]:
    """A database holding the scripted round table, and its whole record (``--full``)."""
    clock = FakeClock()
    path = folder / "h.db"
    store = Store(path, clock=clock)
    sid = build_scripted_session(store, clock)
    record = folder / "hostile.json"
    record.write_text(render_json(collect(store, sid, log=True), anonymous=FULL), encoding="utf-8")
    store.close()
    return path, record


def _uids(path: Path) -> list[tuple[str, str]]:
    store = Store(path)
    found = [(str(r["slug"]), str(r["uid"])) for r in store.query("SELECT * FROM sessions", [])]
    store.close()
    return found


def test_a_session_moved_with_its_record_is_the_same_session_to_import_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original, record = _full_record(tmp_path)
    moved = tmp_path / "j.db"
    assert _cli("--db", str(moved), "import", str(record))[0] == 0
    assert _uids(moved) == _uids(original)  # one session, the same one
    # the original merged into the database it was moved to: no second copy of it
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    code, out = _cli("--db", str(moved), "import-db", str(original))
    assert code == 0, out
    assert "Added" not in out and "proeftafel-twente-2" not in out
    assert "0 sessions added" in out
    assert _uids(moved) == _uids(original)
    minutes = []
    for path in (original, moved):  # nothing doubled: the same minutes on both sides
        store = Store(path)
        minutes.append(render_markdown(collect(store, store.sessions()[0].id), "nl"))
        store.close()
    assert minutes[0] == minutes[1]
    # nor the second time, nor the other way round
    code, out = _cli("--db", str(moved), "import-db", str(original))
    assert "Already here, skipped: proeftafel-twente" in out
    code, out = _cli("--db", str(original), "import-db", str(moved))
    assert "Already here, skipped: proeftafel-twente" in out
    assert _uids(moved) == _uids(original)


def test_a_session_changed_after_its_move_is_kept_when_merged(tmp_path: Path) -> None:
    original, record = _full_record(tmp_path)
    moved = Store(tmp_path / "j.db", clock=FakeClock())
    session = import_record(moved, record).session
    card = moved.cards(session.id)[0]
    with moved.change(session.id, "edit_card") as tx:
        tx.update(replace(card, title="Na de verhuizing aangepast"))
    result = merge_database(moved, original)
    # nothing changed there after the export: already here, and the change here stays
    assert result.added == [] and result.updated == [] and result.diverged == []
    assert result.skipped == ["proeftafel-twente"]
    assert "Na de verhuizing aangepast" in render_markdown(collect(moved, session.id), "nl")
    assert len(moved.sessions()) == 1
    moved.close()


def test_a_record_imported_twice_is_named_as_the_same_session(tmp_path: Path) -> None:
    _original, record = _full_record(tmp_path)
    store = Store(tmp_path / "j.db")
    import_record(store, record)
    with pytest.raises(RecordError) as twice:
        import_record(store, record)
    assert twice.value.key == "same_session"
    said = " ".join(twice.value.message("en").split())
    assert "Session 'proeftafel-twente' is already in" in said
    assert "the same session" in said and "nothing was imported" in said
    # not another recording of the table (no slug-2): nothing to merge in
    assert "proeftafel-twente-2" not in said
    assert "dezelfde sessie" in twice.value.message("nl")
    # also under another name here (renamed, or merged in under slug-2)
    data = json.loads(record.read_text(encoding="utf-8"))
    data["session"]["slug"] = "verhuisd"
    renamed = tmp_path / "renamed.json"
    renamed.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RecordError) as again:
        import_record(store, renamed)
    assert again.value.key == "same_session"
    assert "'proeftafel-twente'" in again.value.message("en")
    assert [s.slug for s in store.sessions()] == ["proeftafel-twente"]
    store.close()


@pytest.mark.parametrize("uid", ["", "x" * 32, "54493B5D", 7])
def test_a_uid_no_database_gives_is_refused(tmp_path: Path, uid: object) -> None:
    _original, record = _full_record(tmp_path)
    data = json.loads(record.read_text(encoding="utf-8"))
    data["session"]["uid"] = uid
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    store = Store(tmp_path / "x.db")
    with pytest.raises(RecordError) as wrong:
        import_record(store, edited)
    assert "session.uid" in wrong.value.message("en")
    assert store.sessions() == []
    store.close()


def test_only_the_whole_record_carries_the_session_s_uid(tmp_path: Path) -> None:
    original, record = _full_record(tmp_path)
    [(_slug, uid)] = _uids(original)
    whole = json.loads(record.read_text(encoding="utf-8"))
    assert whole["session"]["uid"] == uid
    validate(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")), whole)
    store = Store(original)
    found = collect(store, store.sessions()[0].id)
    for anonymous in (False, True, "sector"):  # the minutes for other tools: as before
        assert uid not in render_json(found, anonymous=anonymous)
        assert "uid" not in json.loads(render_json(found, anonymous=anonymous))["session"]
    store.close()


def test_a_record_without_a_uid_gets_a_new_one(record: Path, tmp_path: Path) -> None:
    store = Store(tmp_path / "x.db")
    session = import_record(store, record).session
    assert "uid" not in json.loads(record.read_text(encoding="utf-8"))["session"]
    [(_slug, uid)] = _uids(tmp_path / "x.db")
    assert len(uid) == 32
    assert render_json(collect(store, session.id)) == record.read_text(encoding="utf-8")
    store.close()


def _mend_after_the_export(path: Path, card_id: int, title: str, minutes: int = 600) -> None:
    """A card of the original mended after its record was exported (a typo, say)."""
    clock = FakeClock()
    clock.advance(minutes=minutes)
    store = Store(path, clock=clock)
    session = store.sessions()[0]
    card = store.cards_by_id(session.id, [card_id])[0]
    with store.change(session.id, "edit card", origin="later") as tx:
        tx.update(replace(card, title=title))
    store.close()


def _themes(store: Store) -> list[tuple[str, bool, list[tuple[str, int | None, bool]]]]:
    """The reviewed themes as the organiser sees them: title, priority, and each card by its
    column and number, and whether it was placed by hand."""
    from facilitator.synthesis.command import make_synthesis

    return [
        (t.title, t.priority, sorted((c.column, c.number, c.by_hand) for c in t.cards))
        for t in make_synthesis(store, lang="nl").themes
    ]


@pytest.mark.parametrize("busy", [False, True], ids=["ids-kept", "ids-new"])
def test_the_review_of_a_moved_session_stays_when_import_db_brings_it_up_to_date(
    tmp_path: Path, busy: bool
) -> None:
    from facilitator.service.review import ReviewService

    original, record = _full_record(tmp_path)
    clock = FakeClock()
    moved = Store(tmp_path / "j.db", clock=clock)
    if busy:  # the record's ids are taken here: its rows get new ones
        build_regional_sessions(moved, clock, only=(0,))
    session = import_record(moved, record).session
    review = ReviewService(moved, [session], lang="nl")
    s = review.synthesis()
    s = review.split(s, s.theme(1).cards[1].key)
    s = review.rename(s, 1, "Vervoer naar stage en werk")
    s = review.priority(s, 2)
    s = review.move(s, s.theme(4).cards[0].key, 1)  # placed by hand
    before = _themes(moved)
    assert any(hand for *_, cards in before for *_, hand in cards)

    _mend_after_the_export(original, 9, "Regionale mobiliteitspool (aangevuld)")
    result = merge_database(moved, original)
    assert [slug for slug, _ in result.updated] == ["proeftafel-twente"]
    assert "(aangevuld)" in render_markdown(collect(moved, session.id), "nl")
    # every choice made here stays: the titles, the priority, the cards split off, moved
    assert _themes(moved) == before
    # and the review names only cards there are
    ids = {c.id for c in moved.cards(session.id, include_merged=True)}
    placed = [k for k in moved.review()[0] if k.startswith("proeftafel-twente#")]
    assert placed and all(int(k.rpartition("#")[2]) in ids for k in placed)
    moved.close()


def test_a_card_of_a_moved_session_moved_to_another_column_there_keeps_its_theme(
    tmp_path: Path,
) -> None:
    from facilitator.service.review import ReviewService

    original, record = _full_record(tmp_path)
    moved = Store(tmp_path / "j.db", clock=FakeClock())
    session = import_record(moved, record).session
    review = ReviewService(moved, [session], lang="nl")
    s = review.synthesis()
    card = s.theme(1).cards[1]
    s = review.split(s, card.key)
    [alone] = [t for t in s.themes if [c.key for c in t.cards] == [card.key]]
    s = review.rename(s, alone.number, "Geen bus naar het bedrijf")
    # on the laptop it came from, the barrier became an opportunity after the export
    clock = FakeClock()
    clock.advance(minutes=600)
    there = Store(original, clock=clock)
    found = there.cards_by_id(session.id, [int(card.key.rpartition("#")[2])])[0]
    with there.change(session.id, "rekind", origin="later") as tx:
        tx.update(replace(found, column=Column.OPPORTUNITY, number=99))
    there.close()
    merge_database(moved, original)
    [theme] = [t for t in review.synthesis().themes if t.title == "Geen bus naar het bedrijf"]
    assert [(c.text, c.column, c.number) for c in theme.cards] == [(card.text, "opportunity", 99)]
    moved.close()


def _rewritten(data: dict[str, object], path: Path) -> Path:
    """``data`` written as the export writes a record."""
    path.write_text(
        json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return path


def test_a_card_with_no_number_comes_back_with_none(tmp_path: Path) -> None:
    # Cards stored without a number of their own (0: shown by their place on the board)
    # are written "card_number": null; read back as no number, the record exports again
    # with the same bytes, not with the numbers shown stored as the cards' own.
    clock = FakeClock()
    store = Store(tmp_path / "source.db", clock=clock)
    sid = build_scripted_session(store, clock)
    with store.conn:
        store.conn.execute("UPDATE cards SET number = 0")
    record = tmp_path / "unnumbered.json"
    record.write_text(render_json(collect(store, sid, log=True), anonymous=FULL), encoding="utf-8")
    store.close()
    cards = json.loads(record.read_text(encoding="utf-8"))["cards"]
    assert cards and all(c["card_number"] is None for c in cards)
    fresh = Store(tmp_path / "fresh.db")
    result = import_record(fresh, record)
    assert result.kept_ids
    assert {c.number for c in fresh.cards(result.session.id, include_merged=True)} == {0}
    again = render_json(collect(fresh, result.session.id, log=True), anonymous=FULL)
    assert again == record.read_text(encoding="utf-8")
    fresh.close()


def test_an_older_record_without_card_numbers_keeps_the_numbers_shown(
    record: Path, tmp_path: Path
) -> None:
    # A record from before cards kept their numbers has no "card_number": a card takes the
    # number the record shows for it, a merged card (which shows its keeper's) none.
    data = json.loads(record.read_text(encoding="utf-8"))
    for card in data["cards"]:
        del card["card_number"]
    older = _rewritten(data, tmp_path / "older.json")
    store = Store(tmp_path / "fresh.db")
    session = import_record(store, older).session
    numbers = {c.id: c.number for c in store.cards(session.id, include_merged=True)}
    assert numbers == {
        c["id"]: (0 if c["merged_into"] is not None else c["number"]) for c in data["cards"]
    }
    assert any(n == 0 for n in numbers.values()) and any(n > 0 for n in numbers.values())
    store.close()


def test_the_regional_round_tables_move_with_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # export --full, import into a new database, export again: the files are the same
    clock = FakeClock()
    original = tmp_path / "regions.db"
    store = Store(original, clock=clock)
    build_regional_sessions(store, clock)
    store.close()
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    for slug in ("twente-2020-10", "regio-zwolle-2020-10", "stedendriehoek-2020-10"):
        first, again = tmp_path / f"{slug}.json", tmp_path / f"{slug}-again.json"
        args = ["export", slug, "--format", "json", "--full", "-o"]
        assert _cli("--db", str(original), *args, str(first))[0] == 0
        assert _cli("--db", str(tmp_path / "fresh.db"), "import", str(first))[0] == 0
        assert _cli("--db", str(tmp_path / "fresh.db"), *args, str(again))[0] == 0
        assert again.read_bytes() == first.read_bytes()
        # and the cards have numbers of their own, as the app gives them
        numbers = [c["card_number"] for c in json.loads(first.read_text("utf-8"))["cards"]]
        assert numbers and None not in numbers


def _moved_with_the_command(folder: Path) -> tuple[Path, Path, Path]:
    """The scripted round table's database, its whole record written by ``export --full``,
    and a new database the record was imported into."""
    clock = FakeClock()
    original = folder / "h.db"
    store = Store(original, clock=clock)
    build_scripted_session(store, clock)
    store.close()
    record, moved = folder / "whole.json", folder / "moved.db"
    export = ["export", "proeftafel-twente", "--format", "json", "--full", "-o", str(record)]
    assert _cli("--db", str(original), *export)[0] == 0
    assert _cli("--db", str(moved), "import", str(record))[0] == 0
    return original, record, moved


def test_a_moved_session_changed_on_neither_side_is_already_here(tmp_path: Path) -> None:
    original, _record, moved = _moved_with_the_command(tmp_path)
    code, out = _cli("--db", str(moved), "import-db", str(original))
    assert code == 0, out
    assert "Already here, skipped: proeftafel-twente" in out
    assert "Brought up to date" not in out
    assert "0 brought up to date, 1 already here, 0 not merged" in out


def test_a_change_made_there_after_the_export_is_brought_and_counted(tmp_path: Path) -> None:
    original, _record, moved = _moved_with_the_command(tmp_path)
    _mend_after_the_export(original, 9, "Regionale mobiliteitspool (aangevuld)")
    code, out = _cli("--db", str(moved), "import-db", str(original))
    assert code == 0, out
    assert (
        "Brought up to date: proeftafel-twente (1 later change there; nothing had changed "
        "here since)" in " ".join(out.split())
    )
    store = Store(moved)
    assert "(aangevuld)" in render_markdown(collect(store, store.sessions()[0].id), "nl")
    store.close()
    # and now it is here: the next time nothing is new
    assert (
        "Already here, skipped: proeftafel-twente"
        in _cli("--db", str(moved), "import-db", str(original))[1]
    )


def test_a_moved_session_changed_on_both_sides_counts_the_changes_since_the_move(
    tmp_path: Path,
) -> None:
    original, _record, moved = _moved_with_the_command(tmp_path)
    _mend_after_the_export(original, 9, "Regionale mobiliteitspool (aangevuld)")
    _mend_after_the_export(moved, 9, "Hier aangepast", minutes=700)
    code, out = _cli("--db", str(moved), "import-db", str(original))
    assert code == 1, out
    said = " ".join(out.split())
    assert "proeftafel-twente was changed both here (1 change) and there (1 change)" in said


def test_the_whole_record_of_a_moved_session_names_what_it_knows_again(tmp_path: Path) -> None:
    # moved on again from the database it was moved into: the second move knows the changes
    # the first brought, and the one made since
    original, _record, moved = _moved_with_the_command(tmp_path)
    _mend_after_the_export(moved, 9, "Hier aangepast")
    again, further = tmp_path / "again.json", tmp_path / "further.db"
    export = ["export", "proeftafel-twente", "--format", "json", "--full", "-o", str(again)]
    assert _cli("--db", str(moved), *export)[0] == 0
    assert _cli("--db", str(further), "import", str(again))[0] == 0
    for there in (moved, original):
        code, out = _cli("--db", str(further), "import-db", str(there))
        assert "Already here, skipped: proeftafel-twente" in out, out


@pytest.mark.parametrize("operations", ["abc", ["not a fingerprint"], [7]])
def test_operations_no_export_writes_are_refused_by_name(
    tmp_path: Path, operations: object
) -> None:
    _original, record = _full_record(tmp_path)
    data = json.loads(record.read_text(encoding="utf-8"))
    assert data["operations"]  # the whole record names the session's logged changes
    data["operations"] = operations
    edited = _rewritten(data, tmp_path / "edited.json")
    store = Store(tmp_path / "x.db")
    with pytest.raises(RecordError) as wrong:
        import_record(store, edited)
    assert "operations" in wrong.value.message("en")
    assert store.sessions() == []
    store.close()


@pytest.mark.parametrize(("opening", "inside", "closing"), [("[", "", "]"), ('{"a":', "1", "}")])
def test_a_file_nested_too_deep_is_refused_as_no_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opening: str, inside: str, closing: str
) -> None:
    """Before: «Something went wrong inside facilitator (RecursionError: …)» and a crash
    report; a file nested deeper than any record is said as any other file that is none."""
    monkeypatch.chdir(tmp_path)
    nested = tmp_path / "nested.json"
    nested.write_text(opening * 100_000 + inside + closing * 100_000, encoding="utf-8")
    db = tmp_path / "x.db"
    for lang, said in (
        ("en", "nested.json is not a record written by 'facilitator export --format json'"),
        ("nl", "nested.json is geen verslag van 'facilitator export --format json'"),
    ):
        result = CliRunner().invoke(main, ["--db", str(db), "--lang", lang, "import", str(nested)])
        assert result.exit_code == 2, result.output
        assert said in result.output
        assert "RecursionError" not in result.output and "went wrong" not in result.output
    assert not list(tmp_path.glob("*crash*"))
    if db.exists():
        store = Store(db)
        assert store.sessions() == []
        store.close()


def _edited(record: Path, folder: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    data = json.loads(record.read_text(encoding="utf-8"))
    data["session"]["slug"] = "bewerkt"
    edit(data)
    return _rewritten(data, folder / "edited.json")


def _merged_into_itself(data: dict[str, Any]) -> None:
    data["cards"][0]["merged_into"] = data["cards"][0]["id"]


def _merged_in_a_ring(data: dict[str, Any]) -> None:
    first, second = data["cards"][0], data["cards"][1]
    first["merged_into"], second["merged_into"] = second["id"], first["id"]


@pytest.mark.parametrize("edit", [_merged_into_itself, _merged_in_a_ring])
@pytest.mark.parametrize("busy", [False, True])
def test_a_card_merged_into_itself_is_refused_by_name(
    record: Path, tmp_path: Path, edit: Callable[[dict[str, Any]], None], busy: bool
) -> None:
    """Before: imported; the card left the board and the minutes, merged into no card
    shown."""
    clock = FakeClock()
    store = Store(tmp_path / "x.db", clock=clock)
    if busy:  # the record's ids taken: new ones, the references following them
        build_regional_sessions(store, clock, only=(0,))
    with pytest.raises(RecordError) as wrong:
        import_record(store, _edited(record, tmp_path, edit))
    assert "cards.merged_into is missing or wrong" in wrong.value.message("en")
    assert "cards.merged_into ontbreekt of klopt niet" in wrong.value.message("nl")
    assert store.session_by_slug("bewerkt") is None
    store.close()


@pytest.mark.parametrize("table", ["contributions", "cards", "speeches", "participants", "agenda"])
@pytest.mark.parametrize("busy", [False, True])
def test_an_id_given_twice_is_refused_naming_it(
    record: Path, tmp_path: Path, table: str, busy: bool
) -> None:
    """Before: «Opslaan in dd.db is mislukt (UNIQUE constraint failed: contributions.id)»
    into a database where the ids were free; else imported, every reference to the id
    pointing at the one row put in last."""
    clock = FakeClock()
    store = Store(tmp_path / "x.db", clock=clock)
    if busy:
        build_regional_sessions(store, clock, only=(0,))

    def twice(data: dict[str, Any]) -> None:
        data[table][1]["id"] = data[table][0]["id"]

    edited = _edited(record, tmp_path, twice)
    given = json.loads(edited.read_text(encoding="utf-8"))[table][0]["id"]
    with pytest.raises(RecordError) as wrong:
        import_record(store, edited)
    assert f"{table}.id {given} is in it twice" in wrong.value.message("en")
    assert f"{table}.id {given} staat er twee keer in" in wrong.value.message("nl")
    assert store.session_by_slug("bewerkt") is None
    store.close()


def test_an_id_given_twice_on_the_command_line(record: Path, tmp_path: Path) -> None:
    def twice(data: dict[str, Any]) -> None:
        data["contributions"][1]["id"] = data["contributions"][0]["id"]

    edited = _edited(record, tmp_path, twice)
    code, out = _cli("--db", str(tmp_path / "dd.db"), "import", str(edited))
    assert code == 2, out
    assert "contributions.id" in out and "twice" in out
    assert "UNIQUE" not in out


def test_a_refused_record_leaves_no_new_database_behind(
    record: Path, tmp_path: Path, runner: CliRunner, db: Path
) -> None:
    """A mangled record imported into a database that did not exist: refused, and the
    empty database the command had made stayed, to confuse the next try. An existing
    database is never taken away."""
    data = json.loads(record.read_text(encoding="utf-8"))
    data["cards"][0]["votes"] = "many"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    new = tmp_path / "new.db"
    out = runner.invoke(main, ["--db", str(new), "import", str(broken)])
    assert out.exit_code == 2, out.output
    assert "cards.votes" in out.output
    assert not new.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith("new.db")]
    before = db.read_bytes()
    out = runner.invoke(main, ["--db", str(db), "import", str(broken)])
    assert out.exit_code == 2, out.output
    assert db.exists() and db.read_bytes() == before
    assert "proeftafel-twente" in runner.invoke(main, ["--db", str(db), "list"]).output
