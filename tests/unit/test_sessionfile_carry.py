"""carry_forward and [[board]] in a session file: read, validated, imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import ActionStatus, Card, Column, Owner
from facilitator.domain.plan import BoardCardPlan
from facilitator.sessionfile import Problem, SessionFileError, parse_session_text
from facilitator.store import Store
from facilitator.store.importer import import_plan

HEADER = """\
title = "Rondetafel"
region = "Twente"
date = "dinsdag 12 januari 2021"
start = "14:00"
"""

AGENDA = """
[[agenda]]
key = "terugblik"
title = "Terugblik: wie deed wat"
minutes = 15
"""


def problems_of(text: str, lang: str = "en") -> list[Problem]:
    with pytest.raises(SessionFileError) as info:
        parse_session_text(text, source="test.toml", lang=lang)
    return info.value.problems


def test_carry_forward_slugs_or_a_scope() -> None:
    plan = parse_session_text(HEADER + 'carry_forward = ["twente-2020-10", "regio"]\n' + AGENDA)
    assert plan.carry_forward == ("twente-2020-10", "region")
    plan = parse_session_text(HEADER + 'carry_forward = "alle"\n' + AGENDA)
    assert plan.carry_forward == ("all",)
    assert parse_session_text(HEADER + AGENDA).carry_forward == ()


def test_carry_forward_problems_name_line_and_what_is_expected() -> None:
    text = HEADER + 'carry_forward = ["Twente oktober", 3]\n' + AGENDA
    found = [str(p) for p in problems_of(text)]
    assert any(
        "test.toml:5: carry_forward[1]" in p and "'Twente oktober'" in p and "twente-oktober" in p
        for p in found
    ), found
    assert any("carry_forward[2]" in p and '"region" or "all"' in p for p in found), found
    dutch = [str(p) for p in problems_of(HEADER + 'carry_forward = "soms"\n' + AGENDA, "nl")]
    assert any("'soms' zegt niet van welke sessies" in p for p in dutch), dutch


def test_board_blocks_with_provenance() -> None:
    text = (
        HEADER
        + AGENDA
        + """
[[board]]
column = "barrière"
text = "Te weinig stageplaatsen"
session = "twente-2020-10"
region = "Twente"
number = 2
agenda = "terugblik"
tags = ["#Stage"]

[[board]]
column = "kans"
text = "Leerwerkbanen uitbreiden"
"""
    )
    plan = parse_session_text(text)
    assert plan.board == (
        BoardCardPlan("barrier", "Te weinig stageplaatsen", "twente-2020-10", "Twente", 2,
                      "terugblik", ("stage",)),
        BoardCardPlan("opportunity", "Leerwerkbanen uitbreiden"),
    )  # fmt: skip


def test_board_problems() -> None:
    text = (
        HEADER
        + AGENDA
        + """
[[board]]
column = "actie"
text = "Iets"
number = 0
agenda = "onbekend"
kleur = "rood"
"""
    )
    found = "\n".join(str(p) for p in problems_of(text))
    assert "board[1].column: 'actie' is no board column here" in found
    assert "board[1].number: expected a whole number from 1" in found
    assert "there is no agenda item with the key 'onbekend'; known are: terugblik" in found
    assert "board[1].kleur" in found
    missing = "\n".join(
        str(p) for p in problems_of(HEADER + AGENDA + '\n[[board]]\ncolumn = "kans"\n')
    )
    assert "board[1].text: missing" in missing


def _earlier(store: Store) -> None:
    plan = parse_session_text(
        HEADER.replace("12 januari 2021", "6 oktober 2020").replace("dinsdag", "")
        + 'slug = "twente-2020-10"\n'
        + AGENDA
    )
    session = import_plan(store, plan).session
    with store.change(session.id, "test") as tx:
        for n, (title, status) in enumerate(
            [("Matchdag", ActionStatus.OPEN), ("Klaar", ActionStatus.DONE)], start=1
        ):
            tx.insert(
                Card(0, session.id, Column.ACTION, title, float(n), store.clock.now(),
                     owners=[Owner("ROC van Twente")], status=status)
            )  # fmt: skip


def test_importing_a_file_with_carry_forward_takes_the_open_actions_over(
    tmp_path: Path, clock: FakeClock
) -> None:
    db = tmp_path / "f.db"
    store = Store(db, clock=clock)
    _earlier(store)
    store.close()
    path = tmp_path / "twente-2021.toml"
    path.write_text(
        HEADER + 'slug = "twente-2021-01"\ncarry_forward = "region"\n' + AGENDA, encoding="utf-8"
    )
    runner = CliRunner()
    first = runner.invoke(main, ["--db", str(db), "--lang", "en", "import", str(path)])
    assert first.exit_code == 0, first.output
    assert "1 open action taken over into twente-2021-01 from: twente-2020-10." in first.output
    again = runner.invoke(main, ["--db", str(db), "--lang", "en", "import", str(path)])
    assert (
        "nothing new to take over from twente-2020-10: 1 open action was taken over before."
        in again.output
    )
    store = Store(db)
    later = store.session_by_slug("twente-2021-01")
    assert later is not None
    carried = store.cards(later.id)
    assert [(c.title, c.from_session, c.from_number) for c in carried] == [
        ("Matchdag", "twente-2020-10", 1)
    ]
    store.close()


def test_a_missing_earlier_session_is_a_warning_and_the_import_goes_ahead(
    tmp_path: Path,
) -> None:
    db = tmp_path / "f.db"
    path = tmp_path / "t.toml"
    path.write_text(HEADER + 'carry_forward = ["twente-2020-10"]\n' + AGENDA, encoding="utf-8")
    out = CliRunner().invoke(main, ["--db", str(db), "--lang", "nl", "import", str(path)])
    assert out.exit_code == 0, out.output
    assert "let op: Acties overnemen: er is geen sessie 'twente-2020-10'" in out.output


def test_one_unknown_slug_leaves_the_others_carried(tmp_path: Path, clock: FakeClock) -> None:
    db = tmp_path / "f.db"
    store = Store(db, clock=clock)
    _earlier(store)
    store.close()
    path = tmp_path / "t.toml"
    names = 'carry_forward = ["twente-2020-10", "bestaat-niet"]\n'
    path.write_text(HEADER + 'slug = "twente-2021-01"\n' + names + AGENDA, encoding="utf-8")
    out = CliRunner().invoke(main, ["--db", str(db), "--lang", "nl", "import", str(path)])
    assert out.exit_code == 0, out.output
    assert "er is geen sessie 'bestaat-niet'" in out.output
    assert "twente-2020-10'" not in out.output  # the one that exists is not the one named
    assert "1 open actie overgenomen in twente-2021-01 van: twente-2020-10." in out.output
    store = Store(db)
    later = store.session_by_slug("twente-2021-01")
    assert later is not None
    assert [c.title for c in store.cards(later.id)] == ["Matchdag"]
    store.close()


def test_the_carry_forward_command(tmp_path: Path, clock: FakeClock) -> None:
    db = tmp_path / "f.db"
    store = Store(db, clock=clock)
    _earlier(store)
    import_plan(store, parse_session_text(HEADER + 'slug = "twente-2021-01"\n' + AGENDA))
    store.close()
    runner = CliRunner()
    args = ["--db", str(db), "--lang", "en", "carry-forward", "twente-2021-01"]
    out = runner.invoke(main, [*args, "twente-2020-10"])
    assert out.exit_code == 0, out.output
    assert "1 open action taken over" in out.output
    unknown = runner.invoke(main, [*args, "nergens"])
    assert unknown.exit_code == 1
    assert "there is no session 'nergens' in the database" in unknown.output
