"""The words of a session file's [thesaurus] are kept with the session in the database, so
every synthesis that covers the session uses them, not only one that names the file."""

from __future__ import annotations

import json
import sqlite3
import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import join_thesauri
from facilitator.export import collect, render_json
from facilitator.export.jsonimport import RecordError, import_record
from facilitator.service.review import ReviewService
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.store.merge import merge_database
from facilitator.store.schema import SCHEMA_VERSION, migrate
from facilitator.synthesis.command import make_synthesis, render
from facilitator.synthesis.model import Synthesis
from tests.conftest import ROOT
from tests.helpers import make_plan
from tests.regional import build_regional_sessions, regional_plans

AS_OF = date(2021, 1, 20)
TWENTE = "twente-2020-10"
SLUGS = (TWENTE, "regio-zwolle-2020-10", "stedendriehoek-2020-10")
# Twente's "Schulden…" card and a Stedendriehoek card meet only through these words.
JOINING = '[thesaurus]\ndrempels = ["schulden", "statushouders"]\n'
OTHER = '[thesaurus]\ndrempels = ["camping"]\ntoerisme = ["vakantiepark"]\n'


def twente_file(folder: Path, table: str) -> Path:
    """The Twente sample session file with a ``[thesaurus]`` table added."""
    text = (ROOT / "sample_sessions" / "twente.toml").read_text(encoding="utf-8")
    path = folder / "twente.toml"
    path.write_text(f"{text}\n{table}", encoding="utf-8")
    return path


def run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", str(db), "--lang", "en", *args])
    assert result.exit_code == 0, result.output
    return result.output


def synthesis_json(db: Path, *slugs: str) -> dict[str, Any]:
    args = ["synthesis", "--as-of", AS_OF.isoformat(), "--format", "json", "-o", "-"]
    data = json.loads(run(db, *args, *slugs))
    assert isinstance(data, dict)
    return data


def together(themes: list[dict[str, Any]]) -> bool:
    """Whether Twente's card on debts shares a theme with a card of the Stedendriehoek."""
    return any(
        {"Twente", "Stedendriehoek"} <= set(t["regions"])
        and any(c["text"].startswith("Schulden") for c in t["cards"])
        for t in themes
    )


def joined(s: Synthesis) -> bool:
    return any(
        {"Twente", "Stedendriehoek"} <= set(t.regions)
        and any(c.text.startswith("Schulden") for c in t.cards)
        for t in s.themes
    )


def test_a_synthesis_by_slug_uses_the_words_of_the_imported_file(
    regions: Store, tmp_path: Path
) -> None:
    db = regions.path
    assert not together(synthesis_json(db, *SLUGS)["themes"])
    run(db, "import", str(twente_file(tmp_path, JOINING)))
    session = regions.session_by_slug(TWENTE)
    assert session is not None
    assert session.thesaurus == {"drempels": ["schulden", "statushouders"]}
    # named by slug, and every closed session (no names): the file is not named either time
    for slugs in (SLUGS, ()):
        data = synthesis_json(db, *slugs)
        assert together(data["themes"])
        theme = next(t for t in data["themes"] if t["concept"] == "drempels")
        assert theme["why"]["concepts"][0] == {
            "label": "drempels",
            "words": ["schuld", "statushouder"],
        }


def test_importing_the_file_again_replaces_the_words(regions: Store, tmp_path: Path) -> None:
    db = regions.path
    run(db, "import", str(twente_file(tmp_path, JOINING)))
    assert together(synthesis_json(db)["themes"])
    run(db, "import", str(twente_file(tmp_path, OTHER)))
    session = regions.session_by_slug(TWENTE)
    assert session is not None
    assert session.thesaurus == {"drempels": ["camping"], "toerisme": ["vakantiepark"]}
    assert not together(synthesis_json(db)["themes"])
    run(db, "import", str(twente_file(tmp_path, "")))  # no [thesaurus]: none
    session = regions.session_by_slug(TWENTE)
    assert session is not None and session.thesaurus == {}
    # each import logged the change, as it logs any change to the session
    sql = (
        "SELECT ops.label, changes.after FROM changes JOIN ops ON ops.id = changes.op_id "
        "WHERE tbl = 'sessions' AND row_id = ? AND action = 'update' ORDER BY changes.id"
    )
    changed = [
        (label, json.loads(after)["thesaurus"])
        for label, after in regions.conn.execute(sql, (session.id,))
        if "thesaurus" in json.loads(after)
    ]
    # (the operation of an import is labelled "import" and logged under the session)
    sql_ops = "SELECT DISTINCT ops.session_id FROM ops WHERE label = 'import'"
    assert all(label == "import" for label, _ in changed) and changed
    assert {row[0] for row in regions.conn.execute(sql_ops)} >= {session.id}
    assert [words for _, words in changed] == [
        '{"drempels": ["schulden", "statushouders"]}',
        '{"drempels": ["camping"], "toerisme": ["vakantiepark"]}',
        "{}",
    ]


def test_the_stored_words_and_those_given_count_together(regions: Store) -> None:
    twente = regions.session_by_slug(TWENTE)
    assert twente is not None
    chosen = [s for s in regions.sessions() if s.slug in SLUGS]
    # half the words stored, half given: only together do they join the two cards
    import_plan(regions, replace(regional_plans()[0], thesaurus=(("drempels", ("schulden",)),)))
    assert not joined(make_synthesis(regions, chosen, as_of=AS_OF))
    assert not joined(make_synthesis(regions, chosen, as_of=AS_OF, thesaurus={}))
    both = make_synthesis(regions, chosen, as_of=AS_OF, thesaurus={"drempels": ["statushouders"]})
    assert joined(both)
    # a word given that is stored already changes nothing
    again = make_synthesis(
        regions, chosen, as_of=AS_OF, thesaurus={"drempels": ["statushouders", "schulden"]}
    )
    assert render(again, "json") == render(both, "json")


def test_the_review_uses_the_stored_words(regions: Store, tmp_path: Path) -> None:
    review = ReviewService(regions, as_of=AS_OF)
    assert not joined(review.synthesis())
    run(regions.path, "import", str(twente_file(tmp_path, JOINING)))
    assert joined(review.synthesis())


def test_wrap_up_from_slugs_uses_the_stored_words(regions: Store, tmp_path: Path) -> None:
    def drafted_together(name: str) -> bool:
        """Whether the draft files Twente's card on debts under one agenda item with a card
        of the Stedendriehoek (the draft has an item per recurring theme)."""
        draft = tmp_path / name
        run(regions.path, "wrap-up", str(draft), "--from", *SLUGS, "--date", "2021-01-20")
        board = tomllib.loads(draft.read_text(encoding="utf-8")).get("board", [])
        items = {b["agenda"] for b in board if b["text"].startswith("Schulden")}
        return any(b["agenda"] in items and b["session"] == "stedendriehoek-2020-10" for b in board)

    assert not drafted_together("before.toml")
    assert "thesaurus" not in tomllib.loads((tmp_path / "before.toml").read_text("utf-8"))
    run(regions.path, "import", str(twente_file(tmp_path, JOINING)))
    assert drafted_together("after.toml")
    # the draft keeps the words, so a synthesis that takes in the wrap-up uses them too
    stored = regions.session_by_slug(TWENTE)
    assert stored is not None and stored.thesaurus
    after = tomllib.loads((tmp_path / "after.toml").read_text("utf-8"))
    assert after["thesaurus"] == stored.thesaurus
    run(regions.path, "import", str(tmp_path / "after.toml"))
    wrap_up = regions.session_by_slug("wrap-up-2021-01-20")
    assert wrap_up is not None and wrap_up.thesaurus == stored.thesaurus


def test_wrap_up_of_every_closed_session_keeps_the_stored_words(
    regions: Store, tmp_path: Path
) -> None:
    # no --from: the draft is made of every closed session, and their words come along
    run(regions.path, "import", str(twente_file(tmp_path, JOINING)))
    stored = regions.session_by_slug(TWENTE)
    assert stored is not None and stored.thesaurus
    draft = tmp_path / "wrap-up.toml"
    run(regions.path, "wrap-up", str(draft), "--date", "2021-01-20")
    assert tomllib.loads(draft.read_text("utf-8"))["thesaurus"] == stored.thesaurus


def test_merging_a_database_carries_the_words(tmp_path: Path) -> None:
    plans = regional_plans()
    plans[0] = replace(plans[0], thesaurus=(("drempels", ("schulden", "statushouders")),))
    clock = FakeClock()
    shared = Store(tmp_path / "shared.db", clock=clock)
    build_regional_sessions(shared, clock, plans)
    merged = Store(tmp_path / "merged.db", clock=FakeClock())
    for index in range(3):
        clock = FakeClock()
        laptop = Store(tmp_path / f"laptop-{index}.db", clock=clock)
        build_regional_sessions(laptop, clock, plans, only=(index,))
        laptop.close()
        merge_database(merged, tmp_path / f"laptop-{index}.db")
    session = merged.session_by_slug(TWENTE)
    assert session is not None
    assert session.thesaurus == {"drempels": ["schulden", "statushouders"]}
    made = make_synthesis(merged, as_of=AS_OF)
    assert joined(made)
    assert render(made, "json") == render(make_synthesis(shared, as_of=AS_OF), "json")
    shared.close()
    merged.close()


def test_the_json_record_carries_the_words_and_reads_back_byte_for_byte(tmp_path: Path) -> None:
    schema = json.loads((ROOT / "docs" / "minutes-schema.json").read_text(encoding="utf-8"))
    plan = replace(
        make_plan(),
        timezone="Europe/Amsterdam",
        anonymous_leads=True,
        thesaurus=(("toerisme", ("vakantiepark", "camping")), ("stage", ("proefplaats",))),
    )
    source = Store(tmp_path / "source.db", clock=FakeClock())
    sid = import_plan(source, plan).session.id
    text = render_json(collect(source, sid))
    data = json.loads(text)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["session"]["thesaurus"] == {
        "stage": ["proefplaats"],
        "toerisme": ["vakantiepark", "camping"],
    }
    record = tmp_path / "record.json"
    record.write_text(text, encoding="utf-8")
    other = Store(tmp_path / "other.db", clock=FakeClock())
    result = import_record(other, record)
    assert result.kept_ids
    assert result.session.thesaurus == data["session"]["thesaurus"]
    assert render_json(collect(other, result.session.id)) == text
    source.close()
    other.close()


def test_a_record_of_version_3_has_no_words(tmp_path: Path) -> None:
    source = Store(tmp_path / "source.db", clock=FakeClock())
    sid = import_plan(source, make_plan()).session.id
    data = json.loads(render_json(collect(source, sid)))
    data["schema_version"] = 3
    del data["session"]["thesaurus"]
    record = tmp_path / "old.json"
    record.write_text(json.dumps(data), encoding="utf-8")
    other = Store(tmp_path / "other.db", clock=FakeClock())
    assert import_record(other, record).session.thesaurus == {}
    source.close()
    other.close()


def test_a_record_with_words_that_are_no_list_is_refused_by_name(tmp_path: Path) -> None:
    source = Store(tmp_path / "source.db", clock=FakeClock())
    sid = import_plan(source, make_plan()).session.id
    data = json.loads(render_json(collect(source, sid)))
    data["session"]["thesaurus"] = {"stage": "proefplaats"}
    record = tmp_path / "bad.json"
    record.write_text(json.dumps(data), encoding="utf-8")
    other = Store(tmp_path / "other.db", clock=FakeClock())
    with pytest.raises(RecordError) as caught:
        import_record(other, record)
    assert "session.thesaurus.stage" in caught.value.message("en")
    assert other.session_by_slug("proef") is None
    source.close()
    other.close()


def test_the_migration_gives_existing_sessions_no_words(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, 14)  # before sessions kept their thesaurus (v15)
    conn.execute(
        "INSERT INTO sessions (slug, title, starts_at) VALUES ('proef', 'Oud', ?)",
        ("2020-10-06T12:00:00+00:00",),
    )
    conn.close()
    store = Store(path, clock=FakeClock())
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    old = store.session_by_slug("proef")
    assert old is not None and old.thesaurus == {}
    # importing its file now keeps the words
    import_plan(store, replace(make_plan(), thesaurus=(("stage", ("proefplaats",)),)))
    again = store.session_by_slug("proef")
    assert again is not None and again.id == old.id
    assert again.thesaurus == {"stage": ["proefplaats"]}
    store.close()


def test_join_thesauri() -> None:
    assert join_thesauri() == {}
    first = {"toerisme": ["vakantiepark", "camping"], "stage": ["proefplaats"]}
    second = [("stage", ("snuffelstage", "proefplaats")), ("toerisme", ("camping",))]
    assert join_thesauri(first.items(), second) == {
        "stage": ["proefplaats", "snuffelstage"],
        "toerisme": ["vakantiepark", "camping"],
    }
    # the same concept twice in one source, a word twice, a concept without words
    assert join_thesauri([("b", ["x", "x"]), ("a", []), ("b", ["y", "x"])]) == {"b": ["x", "y"]}
    assert list(join_thesauri(second, first.items())) == ["stage", "toerisme"]
