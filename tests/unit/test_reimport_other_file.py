"""Another session file that gives the slug of a session that has started or is closed
(a copy for another region, a file of the same name in another folder) does not rewrite
it: the import is refused, saying which session, both files and what would change. The
session's own file imported again still changes the plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.domain.lifecycle import close_session, open_session
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.conftest import SAMPLES

TWENTE = (SAMPLES / "twente.toml").read_text(encoding="utf-8")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.setenv("FACILITATOR_DB", str(tmp_path / "env.db"))
    monkeypatch.setenv("FACILITATOR_LANG", "nl")  # the refusal speaks the messages' language
    return CliRunner()


def _start(db: Path, *, close: bool = False) -> None:
    """Open the only session of ``db`` (and close it, if asked)."""
    store = Store(db)
    (session,) = store.sessions()
    with store.change(session.id, "open") as tx:
        opened = open_session(session, session.starts_at)
        tx.update(close_session(opened, session.starts_at) if close else opened)
    store.close()


def _import(runner: CliRunner, db: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(main, ["--db", str(db), "import", *args])
    return result.exit_code, result.output


def test_a_copy_for_another_region_does_not_rewrite_a_running_session(
    runner: CliRunner, tmp_path: Path, clock: FakeClock
) -> None:
    db, own = tmp_path / "x.db", tmp_path / "twente.toml"
    own.write_text(TWENTE, encoding="utf-8")
    assert _import(runner, db, str(own))[0] == 0
    _start(db)
    (tmp_path / "other").mkdir()
    copy = tmp_path / "other" / "twente.toml"
    copy.write_text(
        TWENTE.replace('region = "Twente"', 'region = "Achterhoek"').replace(
            "— Twente", "— Achterhoek"
        ),
        encoding="utf-8",
    )
    code, said = _import(runner, db, str(copy))
    assert code == 2
    # in the messages' language: the session, both files, what would change, what to do
    assert "Niet geïmporteerd: sessie 'twente-2020-10'" in said
    assert "is al begonnen" in said
    assert str(own.resolve()) in said and str(copy) in said
    assert "Het zou wijzigen: titel, regio." in said
    assert 'slug = "..."' in said and "--replace" in said
    store = Store(db)
    (session,) = store.sessions()
    assert (session.region, session.title.endswith("Twente")) == ("Twente", True)
    minutes = render_markdown(collect(store, session.id, clock.now()), lang="nl")
    store.close()
    assert "Achterhoek" not in minutes
    english = runner.invoke(main, ["--db", str(db), "--lang", "en", "import", str(copy)])
    assert "Not imported: session 'twente-2020-10'" in english.output
    assert "It would change: title, region." in english.output
    # meant all the same: --replace takes the file as the session's
    code, said = _import(runner, db, str(copy), "--replace")
    assert code == 0, said
    assert "Van de sessie gewijzigd: titel, regio." in said


def test_the_refusal_speaks_the_language_of_the_commands_messages(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, own = tmp_path / "x.db", tmp_path / "twente.toml"
    own.write_text(TWENTE, encoding="utf-8")
    assert _import(runner, db, str(own))[0] == 0
    _start(db)
    copy = tmp_path / "copy.toml"
    copy.write_text(TWENTE.replace('region = "Twente"', 'region = "Achterhoek"'), "utf-8")
    monkeypatch.setenv("FACILITATOR_LANG", "en")  # a Dutch session, English messages
    code, said = _import(runner, db, str(copy))
    assert code == 2
    assert "Not imported: session 'twente-2020-10'" in said
    assert "It would change: region." in said
    assert "Niet geïmporteerd" not in said


def test_the_sessions_own_file_imported_again_still_changes_the_plan(
    runner: CliRunner, tmp_path: Path
) -> None:
    db, own = tmp_path / "x.db", tmp_path / "twente.toml"
    own.write_text(TWENTE, encoding="utf-8")
    assert _import(runner, db, str(own))[0] == 0
    _start(db)
    own.write_text(TWENTE.replace('location = "ROC', 'location = "Het ROC'), encoding="utf-8")
    code, said = _import(runner, db, str(own))
    assert code == 0, said
    assert "locatie" in said or "location" in said


def test_a_file_of_the_same_name_in_another_folder_leaves_a_held_session(
    runner: CliRunner, tmp_path: Path
) -> None:
    db = tmp_path / "x.db"
    plan = TWENTE.replace('slug = "twente-2020-10"\n', "")
    for year, region in (("y2026", "Twente"), ("y2027", "Zwolle")):
        (tmp_path / year).mkdir()
        text = plan.replace('region = "Twente"', f'region = "{region}"')
        (tmp_path / year / "zwolle-rt.toml").write_text(text, encoding="utf-8")
    assert _import(runner, db, str(tmp_path / "y2026" / "zwolle-rt.toml"))[0] == 0
    _start(db, close=True)
    code, said = _import(runner, db, str(tmp_path / "y2027" / "zwolle-rt.toml"))
    assert code == 2
    assert "sessie 'zwolle-rt'" in said and "is al gehouden en gesloten" in said
    store = Store(db)
    (session,) = store.sessions()
    store.close()
    assert session.region == "Twente"


def test_a_session_whose_file_was_not_kept_is_not_moved_to_another_region(
    runner: CliRunner, tmp_path: Path, store: Store
) -> None:
    """Imported before the file was kept with the session: another file may still change
    the plan, but not move the meeting to another region or day."""
    own = tmp_path / "twente.toml"
    own.write_text(TWENTE, encoding="utf-8")
    import_plan(store, load_session_file(own))  # no file kept
    _start(store.path)
    other = tmp_path / "moved.toml"
    other.write_text(TWENTE.replace('"dinsdag 6 oktober 2020"', '"7 oktober 2020"'), "utf-8")
    code, said = _import(runner, store.path, str(other))
    assert code == 2
    assert "zou de regio of de datum ervan wijzigen" in said
    assert "Het zou wijzigen: datum of begintijd, eindtijd." in said
    same = tmp_path / "same.toml"
    same.write_text(TWENTE.replace('location = "ROC', 'location = "Het ROC'), "utf-8")
    assert _import(runner, store.path, str(same))[0] == 0


def test_a_plan_not_started_takes_another_file(runner: CliRunner, tmp_path: Path) -> None:
    db, own, other = tmp_path / "x.db", tmp_path / "a.toml", tmp_path / "b.toml"
    own.write_text(TWENTE, encoding="utf-8")
    other.write_text(TWENTE.replace('region = "Twente"', 'region = "Achterhoek"'), "utf-8")
    assert _import(runner, db, str(own))[0] == 0
    assert _import(runner, db, str(other))[0] == 0
    _start(db)
    # the file imported last is the session's now
    assert _import(runner, db, str(other))[0] == 0
    assert _import(runner, db, str(own))[0] == 2


def test_a_copy_that_changes_nothing_is_up_to_date_not_refused(
    runner: CliRunner, tmp_path: Path
) -> None:
    db, own = tmp_path / "x.db", tmp_path / "twente.toml"
    own.write_text(TWENTE, encoding="utf-8")
    assert _import(runner, db, str(own))[0] == 0
    _start(db)
    (tmp_path / "other").mkdir()
    copy = tmp_path / "other" / "twente.toml"
    copy.write_bytes(own.read_bytes())
    code, said = _import(runner, db, str(copy))
    assert code == 0, said
    assert "is al bijgewerkt: het bestand importeren veranderde niets" in said
    assert "Niet geïmporteerd" not in said
    store = Store(db)
    (session,) = store.sessions()
    kept = store.session_file(session.id)
    store.close()
    assert kept == str(own.resolve())  # the session's file is still its own
    # a copy that does change the session is still refused
    copy.write_text(TWENTE.replace('location = "ROC', 'location = "Het ROC'), "utf-8")
    code, said = _import(runner, db, str(copy))
    assert code == 2
    assert "Het zou wijzigen: locatie." in said
