"""The command line: check, import, list, run; clear errors, never a traceback."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.lifecycle import close_session, open_session
from facilitator.store import Store
from tests.conftest import SAMPLES


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.setenv("FACILITATOR_DB", str(tmp_path / "env.db"))
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    return CliRunner()


def test_check_samples(runner: CliRunner) -> None:
    files = sorted(str(p) for p in SAMPLES.glob("*.toml"))
    assert len(files) == 4
    result = runner.invoke(main, ["check", *files])
    assert result.exit_code == 0, result.output
    assert result.output.count(": OK") == 4


def test_check_reports_problems_with_exit_code_2(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('title = "x"\nregion = "Twente"\ndate = "32 oktober 2020"\n', encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text("title = [unclosed\n", encoding="utf-8")
    result = runner.invoke(main, ["check", str(bad), str(broken)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "bad.toml" in result.output and "broken.toml" in result.output


def test_import_then_list_and_reimport(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    sample = str(SAMPLES / "twente.toml")
    first = runner.invoke(main, ["--db", str(db), "import", sample])
    assert first.exit_code == 0, first.output
    assert "imported" in first.output
    again = runner.invoke(main, ["--db", str(db), "import", sample])
    assert again.exit_code == 0 and "is already up to date" in again.output  # the same file
    listing = runner.invoke(main, ["--db", str(db), "list"])
    assert listing.exit_code == 0
    store = Store(db)
    (session,) = store.sessions()
    store.close()
    assert session.slug in listing.output and "planned" in listing.output


def test_a_session_file_keeps_the_spaces_that_keep_words_together(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A no-break space (``10\u00a0km``), a thin space (``SER\u2009Overijssel``) or a narrow
    one in a title, an organisation or a question was read as a plain space, while the
    app's forms keep it (a walk-in's organisation, an agenda item's title): the minutes
    now show what the file says, as they show what was typed. A name is still matched by
    its words, as the forms take it; a line break is still one space."""
    from facilitator.sessionfile import parse_session_text
    from facilitator.text import free_line, name_line

    written = {
        "location": "Zaal\u00a01, Hengelo",
        "organisation": "ROC\u00a0van Twente",
        "role": "lid\u202fRvT",
        "item": "Stage\u00a0en bbl",
        "question": "Wat kost 1\u202f000\u00a0€?",
        "listed": "SER\u2009Overijssel",
        "name": "Ans\u00a0Jansen",
    }
    text = (
        f'title = """Rondetafel\n  10\u00a0km   zone"""\n'
        f'region = "Twente"\ndate = "2020-10-06"\nstart = "14:00"\n'
        f'location = "{written["location"]}"\n'
        f'organisations = ["{written["listed"]}"]\n'
        f'[[participants]]\nname = "{written["name"]}"\n'
        f'organisation = "{written["organisation"]}"\nsector = "onderwijs"\n'
        f'role = "{written["role"]}"\n'
        f'[[agenda]]\ntitle = "{written["item"]}"\nminutes = 10\n'
        f'question = "{written["question"]}"\n'
    )
    plan = parse_session_text(text)
    assert (
        plan.title == "Rondetafel 10\u00a0km zone" == free_line("Rondetafel\n  10\u00a0km   zone")
    )
    assert plan.location == written["location"]
    assert plan.organisations == (written["listed"],)
    (ans,) = plan.participants
    assert ans.organisation == written["organisation"] == free_line(written["organisation"])
    assert ans.role == written["role"]
    assert ans.name == "Ans Jansen" == name_line(written["name"])  # a name: by its words
    (item,) = plan.agenda
    assert item.title == written["item"] and item.question == written["question"]
    path = tmp_path / "nbsp.toml"
    path.write_text(text, encoding="utf-8")
    db = str(tmp_path / "x.db")
    minutes = runner.invoke(main, ["--db", db, "export", str(path), "-o", "-"])
    assert minutes.exit_code == 0, minutes.output
    for said in (
        "10\u00a0km zone",
        "ROC\u00a0van Twente",
        "Stage\u00a0en bbl",
        "1\u202f000\u00a0€",
    ):
        assert said in minutes.stdout, said


def test_reimport_into_a_closed_session_says_what_it_left(
    runner: CliRunner, tmp_path: Path
) -> None:
    db = tmp_path / "x.db"
    sample = str(SAMPLES / "twente.toml")
    assert runner.invoke(main, ["--db", str(db), "import", sample]).exit_code == 0
    store = Store(db)
    (session,) = store.sessions()
    with store.change(session.id, "close") as tx:
        tx.update(close_session(open_session(session, session.starts_at), session.starts_at))
    store.close()
    again = runner.invoke(main, ["--db", str(db), "import", sample])
    assert again.exit_code == 0
    assert "twente-2020-10 is closed: its participants, agenda and board stay" in again.output
    dutch = runner.invoke(main, ["--db", str(db), "--lang", "nl", "import", sample])
    assert "twente-2020-10 is gesloten: deelnemers, agenda en bord blijven" in dutch.output


@pytest.mark.parametrize(
    ("lang", "reopen", "close"),
    [
        ("en", "Reopen the session (F10)", "(F10 in the app)"),
        ("nl", "Heropen de sessie (F10)", "(F10 in de app)"),
    ],
)
def test_the_close_key_is_named_as_the_keymap_file_binds_it(
    runner: CliRunner, tmp_path: Path, lang: str, reopen: str, close: str
) -> None:
    """Reopening or closing 'with F9' was said whatever key the keymap file gave it."""
    from facilitator.tui.keymap import keymap_path

    db = tmp_path / "x.db"
    sample = str(SAMPLES / "twente.toml")
    assert runner.invoke(main, ["--db", str(db), "import", sample]).exit_code == 0
    for args in (["synthesis", "-o", "-"], ["wrap-up", str(tmp_path / "w.toml")]):
        default = runner.invoke(main, ["--db", str(db), "--lang", lang, *args])
        assert default.exit_code == 1 and "(F9 " in default.output  # without a keymap file
    path = keymap_path()
    path.parent.mkdir(parents=True)
    path.write_text('"app.close" = "f10"\n', encoding="utf-8")
    for args in (["synthesis", "-o", "-"], ["wrap-up", str(tmp_path / "w.toml")]):
        nothing = runner.invoke(main, ["--db", str(db), "--lang", lang, *args])
        assert nothing.exit_code == 1
        assert close in nothing.output and "F9" not in nothing.output
    store = Store(db)
    (session,) = store.sessions()
    with store.change(session.id, "close") as tx:
        tx.update(close_session(open_session(session, session.starts_at), session.starts_at))
    store.close()
    again = runner.invoke(main, ["--db", str(db), "--lang", lang, "import", sample])
    assert again.exit_code == 0
    assert reopen in again.output and "F9" not in again.output


def test_db_from_environment(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["import", str(SAMPLES / "regio-zwolle.toml")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env.db").exists()


def test_dutch_messages(runner: CliRunner, tmp_path: Path) -> None:
    Store(tmp_path / "n.db").close()  # an empty database: list says there is nothing yet
    result = runner.invoke(main, ["--db", str(tmp_path / "n.db"), "--lang", "nl", "list"])
    assert result.exit_code == 0
    assert "Nog geen sessies" in result.output


def test_run_unknown_slug_is_a_clear_error(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    runner.invoke(main, ["--db", str(db), "import", str(SAMPLES / "twente.toml")])
    result = runner.invoke(main, ["--db", str(db), "run", "nergens"])
    assert result.exit_code == 1
    assert "No session 'nergens'" in result.output
    assert "Traceback" not in result.output


def test_newer_database_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "future.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    result = runner.invoke(main, ["--db", str(db), "list"])
    assert result.exit_code == 1
    assert "newer facilitator" in result.output
    assert "Traceback" not in result.output


def test_unwritable_database_path(runner: CliRunner, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(
        main, ["--db", str(blocker / "db.sqlite"), "import", str(SAMPLES / "twente.toml")]
    )
    assert result.exit_code == 1
    assert "Cannot open the database" in result.output
    assert "Traceback" not in result.output


def test_help_on_every_command(runner: CliRunner) -> None:
    for command in ([], ["check"], ["import"], ["list"], ["run"], ["export"]):
        result = runner.invoke(main, [*command, "--help"])
        assert result.exit_code == 0
        assert "Usage:" in result.output


def test_help_speaks_the_users_language() -> None:
    import os
    import subprocess
    import sys

    for lang, expected in (("nl", "Toon de sessies"), ("en", "List the sessions")):
        env = {**os.environ, "FACILITATOR_LANG": lang}
        out = subprocess.run(
            [sys.executable, "-m", "facilitator", "--help"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
        assert expected in out


def test_history_says_who_did_what_and_what_was_undone(runner: CliRunner, tmp_path: Path) -> None:
    from facilitator.domain.model import Kind
    from facilitator.service import Services
    from facilitator.service.origin import Origin, Role

    db = tmp_path / "x.db"
    assert (
        runner.invoke(main, ["--db", str(db), "import", str(SAMPLES / "twente.toml")]).exit_code
        == 0
    )
    store = Store(db)
    (session,) = store.sessions()
    notetaker = str(Origin(Role.NOTETAKER, "anne", "laptop-2", "aa"))
    facilitator = str(Origin(Role.FACILITATOR, "bas", "laptop-1", "bb"))
    taker = Services.open(store, session.id, origin=notetaker)
    chair = Services.open(store, session.id, origin=facilitator)
    taker.notes.capture(Kind.BARRIER, "[bold] te weinig stageplaatsen")
    chair.agenda.toggle_timer()
    taker.history.undo()
    store.close()
    result = runner.invoke(main, ["--db", str(db), "history", session.slug])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    captured = next(line for line in lines if "barrier" in line and "undone:" not in line)
    assert "note-taker (anne@laptop-2)" in captured and "(undone)" in captured
    assert any("facilitator (bas@laptop-1)" in line and "timer" in line for line in lines)
    assert any("note-taker (anne@laptop-2)" in line and "undone: " in line for line in lines)
    dutch = runner.invoke(main, ["--db", str(db), "--lang", "nl", "history", session.slug])
    assert "notulist (anne@laptop-2)" in dutch.output and "Traceback" not in dutch.output


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            [
                "barrier captured · B1 «Te weinig stageplaatsen bij …»",
                "action captured · A1 «Stagebank opzetten»",
                "action status changed · A1 «Stagebank opzetten»",
                "card edited · B1 «Te weinig stageplaatsen bij …»",
                "opportunity captured · O1 «Leerbedrijven willen meer …»",
                "undone: opportunity captured · O1 «Leerbedrijven willen meer …»",
                "cards merged · B1 «Te weinig stageplaatsen bij …» +1",
                "column sorted · B2 «Stageplaatsen te weinig» +1",
            ],
        ),
        (
            "nl",
            [
                "barrière vastgelegd · B1 «Te weinig stageplaatsen bij …»",
                "status van actie gewijzigd · A1 «Stagebank opzetten»",
                "kans vastgelegd · K1 «Leerbedrijven willen meer …»",
            ],
        ),
    ],
)
def test_the_history_names_the_card_of_each_card_change(
    runner: CliRunner, tmp_path: Path, lang: str, said: list[str]
) -> None:
    """Each change of a card names it as the board does, by its number and the start of its
    text (as it was right after the change; a card deleted, as it was before), so that the
    history of another laptop's database says which cards changed there."""
    from facilitator.domain.model import ActionStatus, Column, Kind
    from facilitator.service import Services

    db = tmp_path / "x.db"
    imported = runner.invoke(main, ["--db", str(db), "import", str(SAMPLES / "twente.toml")])
    assert imported.exit_code == 0, imported.output
    store = Store(db)
    (session,) = store.sessions()
    services = Services.open(store, session.id)
    barrier = services.notes.capture(Kind.BARRIER, "Te weinig stageplaatsen bij leerbedrijven")
    action = services.notes.capture(Kind.ACTION, "Stagebank opzetten")
    assert barrier.card_id is not None and action.card_id is not None
    services.board.set_status(action.card_id, ActionStatus.DONE)
    services.board.edit_card(barrier.card_id, title="Te weinig stageplaatsen bij kleine bedrijven")
    services.notes.capture(Kind.OPPORTUNITY, "Leerbedrijven willen meer begeleiding")
    services.history.undo()  # the opportunity's card is gone: named as it was
    again = services.notes.capture(Kind.BARRIER, "Stageplaatsen te weinig")
    assert again.card_id is not None
    services.board.vote(again.card_id)
    services.board.sort_by_votes(Column.BARRIER)  # two cards moved: the first, and +1
    services.board.merge(barrier.card_id, again.card_id)  # the card merged away
    store.close()
    result = runner.invoke(main, ["--db", str(db), "--lang", lang, "history", session.slug])
    assert result.exit_code == 0, result.output
    for words in said:
        assert any(
            line.rstrip().endswith(words) or f"{words}  " in line
            for line in result.output.splitlines()
        ), (words, result.output)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            [
                "card moved to the opportunities · O1 «Te weinig stageplaatsen»",
                "card moved down in the actions · A1 «Stagebank opzetten» +1",
                "card moved up in the actions · A1 «Stagebank opzetten» +1",
                "undone: card moved up in the actions · A1 «Stagebank opzetten» +1",
                "card moved to the actions · A3 «Te weinig stageplaatsen»",
            ],
        ),
        (
            "nl",
            [
                "kaart verplaatst naar de kansen · K1 «Te weinig stageplaatsen»",
                "kaart omlaag verplaatst bij de acties · A1 «Stagebank opzetten» +1",
                "kaart omhoog verplaatst bij de acties · A1 «Stagebank opzetten» +1",
                "ongedaan gemaakt: kaart omhoog verplaatst bij de acties · A1 «Stagebank "
                "opzetten» +1",
                "kaart verplaatst naar de acties · A3 «Te weinig stageplaatsen»",
            ],
        ),
    ],
    ids=["en", "nl"],
)
def test_the_history_says_where_a_card_was_moved(
    runner: CliRunner, tmp_path: Path, lang: str, said: list[str]
) -> None:
    """A card moved to another column, or up or down its own: the history said only
    «card moved», and named the card shifted out of the way as well as the one moved
    (an action moved down was named by the action that came up). Now it says to which
    column, or up or down in which, and names the card moved first."""
    from facilitator.domain.model import Column, Kind
    from facilitator.service import Services

    db = tmp_path / "x.db"
    imported = runner.invoke(main, ["--db", str(db), "import", str(SAMPLES / "twente.toml")])
    assert imported.exit_code == 0, imported.output
    store = Store(db)
    (session,) = store.sessions()
    services = Services.open(store, session.id)
    barrier = services.notes.capture(Kind.BARRIER, "Te weinig stageplaatsen")
    first = services.notes.capture(Kind.ACTION, "Stagebank opzetten")
    services.notes.capture(Kind.ACTION, "Leerbedrijven bellen")
    assert barrier.card_id is not None and first.card_id is not None
    services.board.move_card_to(barrier.card_id, Column.OPPORTUNITY)
    services.board.move_card(first.card_id, 1)  # A1 down, below A2
    services.board.move_card(first.card_id, -1)  # and up again
    services.history.undo()
    services.board.move_card_to(barrier.card_id, Column.ACTION)
    store.close()
    result = runner.invoke(main, ["--db", str(db), "--lang", lang, "history", session.slug])
    assert result.exit_code == 0, result.output
    lines = [line.rstrip() for line in result.output.splitlines()]
    moves = [line for line in lines if "moved" in line or "verplaatst" in line]
    assert len(moves) == len(said), result.output
    for line, words in zip(moves, said, strict=True):
        assert line.endswith(words) or f"{words}  (" in line, (words, result.output)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            [
                "cards merged · B2 «Geen vervoer naar de stage» +2  (undone)",
                "undone: cards merged · B2 «Geen vervoer naar de stage» +2",
                "redone: cards merged · B2 «Geen vervoer naar de stage» +2",
            ],
        ),
        (
            "nl",
            [
                "ongedaan gemaakt: kaarten samengevoegd · B2 «Geen vervoer naar de stage» +2",
                "opnieuw gedaan: kaarten samengevoegd · B2 «Geen vervoer naar de stage» +2",
            ],
        ),
    ],
    ids=["en", "nl"],
)
def test_the_undo_of_a_change_names_the_card_the_change_names(
    runner: CliRunner, tmp_path: Path, lang: str, said: list[str]
) -> None:
    """B3 merged into B2, an action linked to B3 pointed at B2 with it, then undone, redone
    and undone again: the history named each undo after the action (A1), the last card the
    merge changed, which the undo puts back first. The undo and redo name the card the
    merge names, B2."""
    from facilitator.domain.model import Kind
    from facilitator.service import Services

    db = tmp_path / "x.db"
    imported = runner.invoke(main, ["--db", str(db), "import", str(SAMPLES / "twente.toml")])
    assert imported.exit_code == 0, imported.output
    store = Store(db)
    (session,) = store.sessions()
    services = Services.open(store, session.id)
    services.notes.capture(Kind.BARRIER, "Te weinig stageplaatsen")
    keep = services.notes.capture(Kind.BARRIER, "Geen vervoer naar de stage")
    gone = services.notes.capture(Kind.BARRIER, "Vervoer naar stage ontbreekt")
    action = services.notes.capture(Kind.ACTION, "Busvervoer regelen")
    assert keep.card_id and gone.card_id and action.card_id
    services.board.link(action.card_id, gone.card_id)
    services.board.vote(gone.card_id)  # its vote goes to B2: the merge changes B2 first
    services.board.merge(keep.card_id, gone.card_id)
    services.history.undo()
    services.history.redo()
    services.history.undo()
    store.close()
    result = runner.invoke(main, ["--db", str(db), "--lang", lang, "history", session.slug])
    assert result.exit_code == 0, result.output
    lines = [line.rstrip() for line in result.output.splitlines()]
    merges = [line for line in lines if "merged" in line or "samengevoegd" in line]
    assert len(merges) == 4, result.output
    for words in said:
        assert any(line.endswith(words) for line in merges), (words, merges)
    assert not any("A1" in line for line in merges), result.output


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            [
                "barrier captured · B2 «Geen vervoer naar de stage»",
                "card moved to the opportunities · O2 «Geen vervoer naar de stage»",
                "card moved to the barriers · B2 «Geen vervoer naar de stage»",
                "undone: card moved to the barriers · O2 «Geen vervoer naar de stage»",
                "card deleted · B1 «Te weinig stageplaatsen»",
            ],
        ),
        (
            "nl",
            [
                "barrière vastgelegd · B2 «Geen vervoer naar de stage»",
                "kaart verplaatst naar de kansen · K2 «Geen vervoer naar de stage»",
                "kaart verplaatst naar de barrières · B2 «Geen vervoer naar de stage»",
                "ongedaan gemaakt: kaart verplaatst naar de barrières · K2 «Geen vervoer naar "
                "de stage»",
                "kaart verwijderd · B1 «Te weinig stageplaatsen»",
            ],
        ),
    ],
    ids=["en", "nl"],
)
def test_the_history_names_each_card_as_it_was_right_after_the_change(
    runner: CliRunner, tmp_path: Path, lang: str, said: list[str]
) -> None:
    """A barrier captured as B2 and later moved to the opportunities read «barrier captured
    · O2 …», and its move back to the barriers, undone, «card moved to the barriers · O2»:
    every entry named the card by its number now. Each entry names the card as it was
    right after that change (a card deleted, as it was before), and reads the same after
    later changes."""
    from facilitator.domain.model import Column, Kind
    from facilitator.service import Services

    db = tmp_path / "x.db"
    imported = runner.invoke(main, ["--db", str(db), "import", str(SAMPLES / "twente.toml")])
    assert imported.exit_code == 0, imported.output
    store = Store(db)
    (session,) = store.sessions()
    services = Services.open(store, session.id)
    services.notes.capture(Kind.OPPORTUNITY, "Leerbedrijven willen meer begeleiding")
    first = services.notes.capture(Kind.BARRIER, "Te weinig stageplaatsen")
    barrier = services.notes.capture(Kind.BARRIER, "Geen vervoer naar de stage")
    assert first.card_id is not None and barrier.card_id is not None
    services.board.move_card_to(barrier.card_id, Column.OPPORTUNITY)
    services.board.move_card_to(barrier.card_id, Column.BARRIER)
    services.history.undo()  # an opportunity again: O2
    services.board.delete_card(first.card_id)
    store.close()

    def history() -> list[str]:
        result = runner.invoke(main, ["--db", str(db), "--lang", lang, "history", session.slug])
        assert result.exit_code == 0, result.output
        return [line.rstrip() for line in result.output.splitlines()]

    before = history()
    for words in said:
        assert any(line.endswith(words) or f"{words}  (" in line for line in before), (
            words,
            "\n".join(before),
        )
    store = Store(db)
    later = Services.open(store, session.id)
    later.board.move_card_to(barrier.card_id, Column.ACTION)  # A1 now
    store.close()
    after = history()
    assert after[: len(before)] == before, "\n".join(after)
    assert after[-1].endswith("A1 «Geen vervoer naar de stage»"), after[-1]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            [
                "note captured · «Gemeente belt de leerbedrijven …»",
                "question captured · «Wie betaalt het vervoer?»",
                "contribution edited · «Wie betaalt het busvervoer?»",
                "kind changed · «Wie betaalt het busvervoer?»",
                "contribution deleted · «Gemeente belt de leerbedrijven …»",
                "undone: contribution deleted · «Gemeente belt de leerbedrijven …»",
                "barrier captured · B1 «Geen vervoer naar de stage»",
            ],
        ),
        (
            "nl",
            [
                "notitie vastgelegd · «Gemeente belt de leerbedrijven …»",
                "bijdrage bewerkt · «Wie betaalt het busvervoer?»",
                "bijdrage verwijderd · «Gemeente belt de leerbedrijven …»",
                "ongedaan gemaakt: bijdrage verwijderd · «Gemeente belt de leerbedrijven …»",
            ],
        ),
    ],
    ids=["en", "nl"],
)
def test_the_history_names_the_contribution_of_each_change_of_one(
    runner: CliRunner, tmp_path: Path, lang: str, said: list[str]
) -> None:
    """A contribution's changes said «note captured», «contribution deleted» with nothing
    of which, where a card's name it («B1 «…»»). Each names the start of its text, as it
    was right after the change (one deleted, as it was before)."""
    from facilitator.domain.model import Kind
    from facilitator.service import Services

    db = tmp_path / "x.db"
    imported = runner.invoke(main, ["--db", str(db), "import", str(SAMPLES / "twente.toml")])
    assert imported.exit_code == 0, imported.output
    store = Store(db)
    (session,) = store.sessions()
    services = Services.open(store, session.id)
    note = services.notes.capture(Kind.NOTE, "Gemeente belt de leerbedrijven na over de stages")
    question = services.notes.capture(Kind.QUESTION, "Wie betaalt het vervoer?")
    services.notes.edit_contribution(question.id, "Wie betaalt het busvervoer?")
    services.notes.rekind(question.id, Kind.DECISION)
    services.notes.delete_contribution(note.id)
    services.history.undo()
    services.notes.capture(Kind.BARRIER, "Geen vervoer naar de stage")
    store.close()
    result = runner.invoke(main, ["--db", str(db), "--lang", lang, "history", session.slug])
    assert result.exit_code == 0, result.output
    lines = [line.rstrip() for line in result.output.splitlines()]
    for words in said:
        assert any(line.endswith(words) or f"{words}  (" in line for line in lines), (
            words,
            "\n".join(lines),
        )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            [
                "hand raised · 3 Jeroen Brinkhuis",
                "hand raised · 1 Erik Nijhuis",
                "floor given · 3 Jeroen Brinkhuis",
                "floor given · 1 Erik Nijhuis",
                "minutes changed · item 1 «Opening en kennismaking»",
                "undone: minutes changed · item 1 «Opening en kennismaking»",
                "minutes changed · item 2 «Mbo 2/3 na de coronacrisis»",
                "undone: minutes changed · item 2 «Mbo 2/3 na de coronacrisis»",
                "redone: minutes changed · item 2 «Mbo 2/3 na de coronacrisis»",
            ],
        ),
        (
            "nl",
            [
                "hand opgestoken · 3 Jeroen Brinkhuis",
                "het woord gegeven · 1 Erik Nijhuis",
                "minuten aangepast · punt 1 «Opening en kennismaking»",
                "opnieuw gedaan: minuten aangepast · punt 2 «Mbo 2/3 na de coronacrisis»",
            ],
        ),
    ],
    ids=["en", "nl"],
)
def test_the_history_names_whose_hand_whose_floor_and_which_item_s_minutes(
    runner: CliRunner, tmp_path: Path, lang: str, said: list[str]
) -> None:
    """«hand raised», «floor given» and «minutes changed» named nobody and no item, where
    a card's change names its card."""
    from facilitator.service import Services

    db = tmp_path / "x.db"
    imported = runner.invoke(main, ["--db", str(db), "import", str(SAMPLES / "twente.toml")])
    assert imported.exit_code == 0, imported.output
    store = Store(db)
    (session,) = store.sessions()
    chair = Services.open(store, session.id)
    people = store.participants(session.id)
    chair.agenda.toggle_timer()
    chair.floor.enqueue(people[2].id)
    chair.floor.enqueue(people[0].id)
    chair.floor.give_floor()
    chair.floor.give_floor()
    chair.agenda.adjust_minutes(2)
    chair.history.undo()
    chair.agenda.move(+1)
    chair.agenda.adjust_minutes(-1)
    chair.history.undo()
    chair.history.redo()
    store.close()
    result = runner.invoke(main, ["--db", str(db), "--lang", lang, "history", session.slug])
    assert result.exit_code == 0, result.output
    lines = [line.rstrip() for line in result.output.splitlines()]
    for words in said:
        assert any(line.endswith(words) or f"{words}  (" in line for line in lines), (
            words,
            "\n".join(lines),
        )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", ["timer started", "timer paused", "timer resumed", "timer paused", "timer started"]),
        (
            "nl",
            [
                "timer gestart",
                "timer gepauzeerd",
                "timer hervat",
                "timer gepauzeerd",
                "timer gestart",
            ],
        ),
    ],
    ids=["en", "nl"],
)
def test_history_says_whether_the_timer_started_paused_or_resumed(
    runner: CliRunner, tmp_path: Path, lang: str, said: list[str]
) -> None:
    """Space pressed five times over two items: started, paused, resumed, paused, and the
    next item's timer started. Before, each line said just «timer»."""
    from facilitator.domain.clock import FakeClock
    from facilitator.service import Services

    db = tmp_path / "x.db"
    assert (
        runner.invoke(main, ["--db", str(db), "import", str(SAMPLES / "twente.toml")]).exit_code
        == 0
    )
    clock = FakeClock(datetime(2020, 10, 6, 12, 0, tzinfo=UTC))
    store = Store(db, clock=clock)
    (session,) = store.sessions()
    chair = Services.open(store, session.id, clock)
    for _ in range(3):
        chair.agenda.toggle_timer()
        clock.advance(seconds=60)
    chair.agenda.toggle_timer()
    chair.agenda.move(+1)
    chair.agenda.toggle_timer()
    store.close()
    result = runner.invoke(main, ["--db", str(db), "--lang", lang, "history", session.slug])
    assert result.exit_code == 0, result.output
    timer = [line.split("  ")[-1].strip() for line in result.output.splitlines() if "timer" in line]
    assert timer == said


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_format_the_file_name_contradicts_is_written_and_said(
    runner: CliRunner, tmp_path: Path, lang: str
) -> None:
    db = tmp_path / "x.db"
    assert (
        runner.invoke(main, ["--db", str(db), "import", str(SAMPLES / "twente.toml")]).exit_code
        == 0
    )
    out = tmp_path / "verslag.json"
    result = runner.invoke(
        main, ["--db", str(db), "--lang", lang, "export", "--format", "md", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("#")  # Markdown, as asked
    said = {
        "en": "was written as md (--format md), but its name ends in .json",
        "nl": "is geschreven als md (--format md), maar de naam eindigt op .json",
    }[lang]
    assert said in result.stderr and str(out) in result.stderr
    # the name and the format agreeing, or no --format: nothing said
    for args in (
        ["--format", "json", "-o", str(tmp_path / "a.json"), "--force"],
        ["-o", str(tmp_path / "b.html")],
    ):
        quiet = runner.invoke(main, ["--db", str(db), "--lang", lang, "export", *args])
        assert quiet.exit_code == 0, quiet.output
        assert "--format" not in quiet.stderr


def test_the_synthesis_says_so_too(runner: CliRunner, tmp_path: Path) -> None:
    from facilitator.domain.clock import FakeClock
    from tests.regional import build_regional_sessions

    clock = FakeClock()
    store = Store(tmp_path / "r.db", clock=clock)
    build_regional_sessions(store, clock)
    store.close()
    out = tmp_path / "synthese.md"
    result = runner.invoke(
        main, ["--db", str(tmp_path / "r.db"), "synthesis", "--format", "html", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert "was written as html (--format html), but its name ends in .md" in result.stderr


def test_check_counts_in_words(runner: CliRunner, tmp_path: Path) -> None:
    one = tmp_path / "een.toml"
    one.write_text(
        'title = "Proef"\nregion = "Twente"\ndate = "6 oktober 2020"\nstart = "14:00"\n'
        '[[agenda]]\ntitle = "Opening"\nminutes = 10\n',
        encoding="utf-8",
    )
    english = runner.invoke(main, ["check", str(one)])
    assert english.exit_code == 0, english.output
    assert "OK (0 participants, 1 agenda item, 10 min)" in english.output
    dutch = runner.invoke(main, ["--lang", "nl", "check", str(one)])
    assert "in orde (0 deelnemers, 1 agendapunt, 10 min)" in dutch.output


def test_reimport_names_what_changed_of_the_session(runner: CliRunner, tmp_path: Path) -> None:
    """A closed session's file with another title and location said '0 changed' and only
    that the title and the like 'were updated'."""
    db = tmp_path / "x.db"
    sample = tmp_path / "twente.toml"
    text = (SAMPLES / "twente.toml").read_text(encoding="utf-8")
    sample.write_text(text, encoding="utf-8")
    assert runner.invoke(main, ["--db", str(db), "import", str(sample)]).exit_code == 0
    same = runner.invoke(main, ["--db", str(db), "import", str(sample)])
    assert "Changed of the session" not in same.output  # nothing changed: nothing named
    store = Store(db)
    (session,) = store.sessions()
    with store.change(session.id, "close") as tx:
        tx.update(close_session(open_session(session, session.starts_at), session.starts_at))
    store.close()
    edited = text.replace(f'title = "{session.title}"', 'title = "Nieuwe titel"').replace(
        f'location = "{session.location}"', 'location = "Elders"'
    )
    assert edited.count("Nieuwe titel") == 1 and edited.count("Elders") == 1
    sample.write_text(edited, encoding="utf-8")
    again = runner.invoke(main, ["--db", str(db), "import", str(sample)])
    assert again.exit_code == 0
    assert "Changed of the session: title, location." in again.output
    dutch = runner.invoke(main, ["--db", str(db), "--lang", "nl", "import", str(sample)])
    assert "Van de sessie gewijzigd" not in dutch.output  # the same file again
    sample.write_text(text, encoding="utf-8")
    dutch = runner.invoke(main, ["--db", str(db), "--lang", "nl", "import", str(sample)])
    assert "Van de sessie gewijzigd: titel, locatie." in dutch.output


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "1 deelnemer · 1 punt · 0 bijdragen · 0 kaarten"),
        ("en", "1 participant · 1 item · 0 contributions · 0 cards"),
    ],
)
def test_list_counts_one_in_the_singular(
    runner: CliRunner, tmp_path: Path, lang: str, said: str
) -> None:
    """``list`` said '1 items'."""
    db, plan = tmp_path / "x.db", tmp_path / "een.toml"
    plan.write_text(
        'title = "Een"\nregion = "Twente"\ndate = "2020-10-06"\nstart = "15:00"\n'
        '[[participants]]\nname = "Ans de Vries"\norganisation = "ROC"\nsector = "onderwijs"\n'
        '[[agenda]]\ntitle = "Een"\nminutes = 10\n',
        encoding="utf-8",
    )
    assert runner.invoke(main, ["--db", str(db), "import", str(plan)]).exit_code == 0
    listing = runner.invoke(main, ["--db", str(db), "--lang", lang, "list"])
    assert said in listing.output


@pytest.mark.parametrize(
    ("content", "nl", "en"),
    [
        ("[{}]", "bevat een JSON-lijst, geen verslag", "holds a JSON list, not the record"),
        (
            '{"schema_version": 1, "sessions": [], "themes": []}',
            "is een synthese ('facilitator synthesis --format json')",
            "is a synthesis ('facilitator synthesis --format json')",
        ),
    ],
)
def test_import_says_what_kind_of_json_it_was_given(
    runner: CliRunner, tmp_path: Path, content: str, nl: str, en: str
) -> None:
    """A JSON list said '{…} is missing or wrong', a synthesis 'session is missing or
    wrong'."""
    db, file = tmp_path / "x.db", tmp_path / "arr.json"
    file.write_text(content, encoding="utf-8")
    for lang, said in (("nl", nl), ("en", en)):
        result = runner.invoke(main, ["--db", str(db), "--lang", lang, "import", str(file)])
        assert result.exit_code == 2 and "Traceback" not in result.output
        assert said in result.output
        assert "facilitator export" in result.output  # what import expects
        assert "{…}" not in result.output and "missing or wrong" not in result.output


def test_check_warns_of_an_agenda_longer_than_its_time(runner: CliRunner, tmp_path: Path) -> None:
    """Two items of a day each from 22:00 to 23:00: check said «in orde (…, 2880 min)». It
    still passes, and warns by how much the agenda is longer than the time it has."""
    long = tmp_path / "lang.toml"
    long.write_text(
        'title = "Proef"\nregion = "Twente"\ndate = "6 oktober 2020"\nstart = "22:00"\n'
        'end = "23:00"\ntimezone = "Europe/Amsterdam"\n'
        '[[agenda]]\ntitle = "Dag 1"\nminutes = 1440\n'
        '[[agenda]]\ntitle = "Dag 2"\nminutes = 1440\n',
        encoding="utf-8",
    )
    english = runner.invoke(main, ["check", str(long)])
    assert english.exit_code == 0, english.output
    assert (
        f"warning: {long}: the agenda takes 48 h, 47 h more than the 1 h from 22:00 to 23:00; "
        "shorten the agenda or set a later end." in english.output
    )
    dutch = runner.invoke(main, ["--lang", "nl", "check", str(long)])
    assert dutch.exit_code == 0, dutch.output
    assert (
        f"let op: {long}: de agenda duurt 48 u, 47 u langer dan de 1 u van 22.00 tot 23.00 uur; "
        "kort de agenda in of zet de eindtijd later." in dutch.output
    )
    # an agenda that fits says nothing of it, nor does one without an end
    fits = long.read_text(encoding="utf-8").replace("1440", "30")
    long.write_text(fits, encoding="utf-8")
    assert "agenda takes" not in runner.invoke(main, ["check", str(long)]).output
    long.write_text(fits.replace('end = "23:00"\n', "").replace("30", "1440"), encoding="utf-8")
    assert "agenda takes" not in runner.invoke(main, ["check", str(long)]).output


@pytest.mark.parametrize(
    ("lang", "parked", "unparked"),
    [
        (
            "en",
            "parked as an open point · A1 «Stagebank opzetten»",
            "parking taken back · A1 «Stagebank opzetten»",
        ),
        (
            "nl",
            "geparkeerd als open punt · A1 «Stagebank opzetten»",
            "parkeren teruggenomen · A1 «Stagebank opzetten»",
        ),
    ],
)
def test_the_history_tells_taking_a_parking_back_from_parking(
    runner: CliRunner, tmp_path: Path, lang: str, parked: str, unparked: str
) -> None:
    """P then P on A1: the history said «parked as an open point · A1» twice."""
    from facilitator.domain.model import Kind
    from facilitator.service import Services

    db = tmp_path / "x.db"
    imported = runner.invoke(main, ["--db", str(db), "import", str(SAMPLES / "twente.toml")])
    assert imported.exit_code == 0, imported.output
    store = Store(db)
    (session,) = store.sessions()
    services = Services.open(store, session.id)
    action = services.notes.capture(Kind.ACTION, "Stagebank opzetten")
    assert action.card_id is not None
    services.board.park(action.card_id)
    services.board.park(action.card_id)
    store.close()
    result = runner.invoke(main, ["--db", str(db), "--lang", lang, "history", session.slug])
    assert result.exit_code == 0, result.output
    lines = [line.rstrip() for line in result.output.splitlines()]
    assert len([line for line in lines if parked in line]) == 1, result.output
    assert len([line for line in lines if unparked in line]) == 1, result.output
