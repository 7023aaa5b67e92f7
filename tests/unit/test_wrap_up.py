"""facilitator wrap-up: the province-wide wrap-up drafted from the regional tables."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.capture import Context, parse
from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.domain.lifecycle import close_session, open_session
from facilitator.domain.model import ActionStatus, Card, Column, Kind, Session
from facilitator.export import collect, render_markdown
from facilitator.service import Services
from facilitator.service.carry import action_numbers
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.synthesis.command import make_synthesis, render
from facilitator.synthesis.wrapup import draft_wrap_up
from tests.regional import SAMPLES, regional_plans

SAMPLES_TWENTE = SAMPLES / "twente.toml"
SLUGS = ["twente-2020-10", "regio-zwolle-2020-10", "stedendriehoek-2020-10"]


def test_one_agenda_item_per_recurring_theme_and_the_board_seeded(regions: Store) -> None:
    synthesis = make_synthesis(regions, lang="nl")
    recurring = [t for t in synthesis.themes if t.recurring]
    assert len(recurring) >= 2
    drafted = draft_wrap_up(synthesis, day=synthesis.as_of)
    data = tomllib.loads(drafted.text)
    agenda = data["agenda"]
    assert agenda[0]["key"] == "opening"
    assert [a["title"] for a in agenda[1:-1]] == [t.title for t in recurring]
    # it closes with what is agreed and who leads it
    assert (agenda[-1]["key"], agenda[-1]["title"]) == ("afspraken", "Afspraken en vervolg")
    assert "voortouw" in agenda[-1]["question"]
    first = recurring[0]
    question = agenda[1]["question"]
    assert first.title in question and all(r in question for r in first.regions)
    assert "provincie" in question
    board = data["board"]
    assert len(board) == sum(len(t.cards) for t in recurring) == drafted.cards
    # every card keeps its provenance and sits under its theme's item
    for n, theme in enumerate(recurring, start=1):
        mine = [b for b in board if b["agenda"] == f"thema-{n}"]
        assert [(b["text"], b["session"], b["region"]) for b in mine] == [
            (c.text, c.session, c.region) for c in theme.cards
        ]
        assert all(b["column"] in ("barrier", "opportunity") for b in mine)
        assert all(isinstance(b["number"], int) for b in mine)
    quoted = ", ".join('"' + slug + '"' for slug in SLUGS)
    assert f"# carry_forward = [{quoted}]" in drafted.text


def test_the_draft_names_nobody_under_the_chatham_house_rule(regions: Store) -> None:
    synthesis = make_synthesis(regions, lang="nl")
    assert synthesis.chatham_house
    text = draft_wrap_up(synthesis, day=synthesis.as_of).text
    names = {p.name for s in regions.sessions() for p in regions.participants(s.id)}
    assert names and not [n for n in names if n in text]


def test_english_draft(regions: Store) -> None:
    synthesis = make_synthesis(regions, lang="en")
    data = tomllib.loads(draft_wrap_up(synthesis, day=synthesis.as_of).text)
    assert data["title"].startswith("Wrap-up of the round tables — Twente")
    assert data["region"] == "Province"
    assert "where can the province strengthen or speed it up?" in data["agenda"][1]["question"]


def test_cli_writes_never_overwrites_and_the_import_seeds_the_board(
    regions: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    db = ["--db", str(regions.path)]
    args = [*db, "wrap-up", "wrap-up.toml", "--from", *SLUGS, "--date", "2020-11-12"]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert first.output.startswith("Wrap-up written to wrap-up.toml:")
    # counted in words: "3 agenda items, 7 cards", not "agenda item(s)"
    assert re.search(r": \d+ agenda items?, \d+ cards? on the board", first.output)
    assert "(s)" not in first.output
    written = Path("wrap-up.toml").read_text(encoding="utf-8")
    plan = load_session_file("wrap-up.toml")
    assert plan.starts_at.date().isoformat() == "2020-11-12"
    assert plan.slug == "wrap-up-2020-11-12"
    Path("wrap-up.toml").write_text(written + "# edited\n", encoding="utf-8")
    again = runner.invoke(main, args)
    assert again.exit_code == 2 and "already exists and was left alone" in again.output
    assert Path("wrap-up.toml").read_text(encoding="utf-8").endswith("# edited\n")
    forced = runner.invoke(main, [*args, "--force"])
    assert forced.exit_code == 0 and Path("wrap-up.toml").read_text(encoding="utf-8") == written

    imported = runner.invoke(main, [*db, "import", "wrap-up.toml"])
    assert imported.exit_code == 0, imported.output
    session = regions.session_by_slug("wrap-up-2020-11-12")
    assert session is not None
    cards = regions.cards(session.id)
    assert len(cards) == len(plan.board)
    assert {c.column for c in cards} <= {Column.BARRIER, Column.OPPORTUNITY}
    assert all(c.from_session in SLUGS and c.from_region and c.from_number for c in cards)
    items = {i.id: i.key for i in regions.items(session.id)}
    assert {items[c.item_id] for c in cards if c.item_id} == {
        a.key for a in plan.agenda if a.key not in ("opening", "afspraken")
    }
    # importing again adds nothing twice
    runner.invoke(main, [*db, "import", "wrap-up.toml"])
    assert len(regions.cards(session.id)) == len(cards)
    minutes = render_markdown(collect(regions, session.id), "en")
    card = cards[0]
    letter = {"barrier": "B", "opportunity": "O"}[card.column.value]
    expected = f"*from {card.from_region} ({card.from_session}, {letter}{card.from_number})*"
    assert expected in minutes


def test_cli_refuses_a_bad_date(regions: Store, tmp_path: Path) -> None:
    out = CliRunner().invoke(
        main,
        ["--db", str(regions.path), "--lang", "nl", "wrap-up", str(tmp_path / "w.toml"),
         "--date", "binnenkort"],
    )  # fmt: skip
    assert out.exit_code == 2
    assert '--date binnenkort: verwacht een datum als 2020-11-12 of "12 november 2020".' in (
        out.output
    )


def test_run_synthesis_says_when_there_is_nothing_to_review(tmp_path: Path) -> None:
    db = tmp_path / "planned.db"
    store = Store(db)
    import_plan(store, regional_plans()[0])
    store.close()
    out = CliRunner().invoke(main, ["--db", str(db), "--lang", "en", "run", "--synthesis"])
    assert out.exit_code == 1
    assert "There is no closed session" in out.output


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "There is no closed session in {db} to review. Close a session (F9 in the app) "
               "or name the sessions: facilitator run --synthesis SESSION...\n"),
        ("nl", "Er is geen gesloten sessie in {db} om na te lopen. Sluit een sessie (F9 in de "
               "app) of noem de sessies: facilitator run --synthesis SESSIE...\n"),
    ],
)  # fmt: skip
def test_run_synthesis_with_nothing_closed_names_sessions_for_itself(
    tmp_path: Path, lang: str, said: str
) -> None:
    """Before: «… or name the sessions: facilitator synthesis SESSION...», another command;
    run --synthesis takes several sessions, as synthesis does."""
    db = tmp_path / "planned.db"
    store = Store(db)
    import_plan(store, regional_plans()[0])
    store.close()
    out = CliRunner().invoke(main, ["--db", str(db), "--lang", lang, "run", "--synthesis"])
    assert out.exit_code == 1
    assert out.output == said.format(db=db)


def test_wrap_up_without_closed_sessions_says_how_to_name_them_for_the_wrap_up(
    regions: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    monkeypatch.setenv("FACILITATOR_LANG", "en")
    with sqlite3.connect(regions.path) as conn:
        conn.execute("UPDATE sessions SET status = 'running', closed_at = NULL")
    out = CliRunner().invoke(main, ["--db", str(regions.path), "wrap-up", str(tmp_path / "w.toml")])
    assert out.exit_code == 1
    assert "There is no closed session in" in out.output
    assert f"facilitator wrap-up {tmp_path / 'w.toml'} --from SESSION..." in out.output
    assert "facilitator synthesis SESSION" not in out.output


def test_the_wrap_up_takes_over_every_open_action_beside_its_seeded_board(
    regions: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A seeded barrier B1 of a table is no action A1 of that table: carrying forward into
    the wrap-up takes over every open action, and says so honestly."""
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    runner = CliRunner()
    db = ["--db", str(regions.path)]
    path = tmp_path / "wrap-up.toml"
    drafted = runner.invoke(main, [*db, "wrap-up", str(path), "--date", "2020-11-12"])
    assert drafted.exit_code == 0, drafted.output
    text = path.read_text(encoding="utf-8").replace("# carry_forward = [", "carry_forward = [")
    path.write_text(text, encoding="utf-8")
    open_actions = []
    for s in regions.sessions():
        theirs = regions.cards(s.id)
        numbers = action_numbers(theirs)
        open_actions += [
            (s.slug, numbers[c.id])
            for c in theirs
            if c.id in numbers and c.status == ActionStatus.OPEN
        ]
    assert len(open_actions) > 3
    imported = runner.invoke(main, [*db, "import", str(path)])
    assert imported.exit_code == 0, imported.output
    n = len(open_actions)
    assert f"{n} open actions taken over into wrap-up-2020-11-12" in imported.output
    assert "taken over before" not in imported.output
    session = regions.session_by_slug("wrap-up-2020-11-12")
    assert session is not None
    cards = regions.cards(session.id)
    carried = sorted((c.from_session, c.from_number) for c in cards if c.column == Column.ACTION)
    assert carried == sorted(open_actions)
    seeded = [c for c in cards if c.column != Column.ACTION]
    assert len(seeded) == len(load_session_file(path).board)
    # again: nothing new, every one counted as taken over before
    again = runner.invoke(main, [*db, "carry-forward", "wrap-up-2020-11-12", "all"])
    assert again.exit_code == 0, again.output
    assert f": {n} open actions were taken over before.\n" in again.output
    assert len(regions.cards(session.id)) == len(cards)


def _held_wrap_up(regions: Store, tmp_path: Path) -> Session:
    """The wrap-up drafted from the three tables, imported with carry-forward and held:
    one new barrier on its board, and a new action addressing a seeded card."""
    runner = CliRunner()
    db = ["--db", str(regions.path), "--lang", "en"]
    path = tmp_path / "wrap-up.toml"
    assert runner.invoke(main, [*db, "wrap-up", str(path), "--date", "2020-11-12"]).exit_code == 0
    text = path.read_text(encoding="utf-8").replace("# carry_forward = [", "carry_forward = [")
    path.write_text(text, encoding="utf-8")
    assert runner.invoke(main, [*db, "import", str(path)]).exit_code == 0
    session = regions.session_by_slug("wrap-up-2020-11-12")
    assert session is not None
    seeded = next(c for c in regions.cards(session.id) if c.column == Column.BARRIER)
    now = regions.clock.now()
    with regions.change(session.id, "test") as tx:
        tx.update(open_session(session, now))
        tx.insert(
            Card(0, session.id, Column.BARRIER, "Provinciale subsidieregels te star", 99.0, now,
                 number=99, votes=2)
        )  # fmt: skip
        tx.insert(
            Card(0, session.id, Column.ACTION, "Provinciaal loket voor leerbedrijven", 99.0,
                 now, number=99, links=[seeded.id])
        )  # fmt: skip
    held = regions.session_by_slug("wrap-up-2020-11-12")
    assert held is not None
    with regions.change(session.id, "test") as tx:
        tx.update(close_session(held, regions.clock.now()))
    return held


def test_a_held_wrap_up_counts_its_seeded_cards_once_under_their_own_region(
    regions: Store, tmp_path: Path
) -> None:
    before = make_synthesis(regions, lang="en")
    wrap_up = _held_wrap_up(regions, tmp_path)
    tables = [s for s in regions.sessions() if s.slug in SLUGS]
    after = make_synthesis(regions, [*tables, wrap_up], lang="en")
    cards = [c for t in after.themes for c in t.cards]
    # the regional cards once each, and the wrap-up's own new barrier
    assert len(cards) == sum(len(t.cards) for t in before.themes) + 1
    assert [c for c in cards if c.region == "Province"] == [
        c for c in cards if c.text == "Provinciale subsidieregels te star"
    ]
    assert sum(t.votes for t in after.themes) == sum(t.votes for t in before.themes) + 2
    # the carried actions once each, the new one as well, linked to its seeded card's theme
    assert len(after.actions) == len(before.actions) + 1
    new = next(a for a in after.actions if a.text == "Provinciaal loket voor leerbedrijven")
    assert new.region == "Province" and new.themes


def test_the_default_synthesis_leaves_a_held_wrap_up_out_and_says_how_to_count_it(
    regions: Store, tmp_path: Path
) -> None:
    before = make_synthesis(regions, lang="en")
    _held_wrap_up(regions, tmp_path)
    assert make_synthesis(regions, lang="en") == before
    for lang, said in [
        ("en", "Left out wrap-up-2020-11-12: the wrap-up of twente-2020-10"),
        ("nl", "wrap-up-2020-11-12 is weggelaten: de wrap-up van twente-2020-10"),
    ]:
        out = CliRunner().invoke(
            main, ["--db", str(regions.path), "--lang", lang, "synthesis", "-o", "-"]
        )
        assert out.exit_code == 0, out.output
        assert said in out.stderr
        assert "facilitator synthesis " + " ".join([*SLUGS, "wrap-up-2020-11-12"]) in out.stderr
        assert "wrap-up-2020-11-12" not in out.stdout
        assert re.search(r"\*\* 3 (round tables|rondetafels) ", out.stdout), out.stdout[:300]


def test_an_action_the_wrap_up_carried_counts_under_its_own_table_s_region(
    regions: Store, tmp_path: Path
) -> None:
    before = make_synthesis(regions, lang="en")
    wrap_up = _held_wrap_up(regions, tmp_path)
    tables = [s for s in regions.sessions() if s.slug in SLUGS]
    after = make_synthesis(regions, [*tables, wrap_up], lang="en")
    by_text = {a.text: a for a in before.actions}
    carried = [a for a in after.actions if a.text in by_text]
    assert len(carried) == len(before.actions)  # each once
    assert [(a.text, a.region) for a in carried] == [(a.text, a.region) for a in before.actions]
    assert {a.region for a in carried} == {"Twente", "Regio Zwolle", "Stedendriehoek"}
    # the wrap-up's own action is the province's
    new = next(a for a in after.actions if a.text not in by_text)
    assert (new.region, new.session) == ("Province", "wrap-up-2020-11-12")
    text = render(after, "md")
    unowned = text.split("### Actions without an owner")[1].split("\n### ")[0]
    assert "- A3: Onderzoeken of flexwerkers een opleidingsbudget kunnen krijgen (Twente)" in (
        unowned
    )
    own = "Provinciaal loket voor leerbedrijven (Province)"  # the wrap-up's own action
    assert "(Province)" not in unowned.replace(own, "")
    assert "| Twente |" in text.split("## Actions by owner")[1]


@pytest.mark.parametrize(
    ("lang", "closing", "warned"),
    [
        ("nl", "Afspraken en vervolg", "nog geen deelnemers"),
        ("en", "Actions and who leads", "no participants yet"),
    ],
)
def test_check_warns_while_the_drafted_wrap_up_has_no_participants(
    regions: Store, tmp_path: Path, lang: str, closing: str, warned: str
) -> None:
    runner = CliRunner()
    path = tmp_path / "wrap-up.toml"
    db = ["--db", str(regions.path), "--lang", lang]
    drafted = runner.invoke(main, [*db, "wrap-up", str(path), "--date", "2020-11-12"])
    assert drafted.exit_code == 0, drafted.output
    agenda = tomllib.loads(path.read_text(encoding="utf-8"))["agenda"]
    assert agenda[-1]["title"] == closing
    items = "agendapunten" if lang == "nl" else "agenda items"
    assert f"{len(agenda)} {items}" in drafted.output
    checked = runner.invoke(main, ["check", str(path), "--lang", lang])
    assert checked.exit_code == 0, checked.output  # a warning, not an error
    lines = checked.output.splitlines()
    assert "(0 " in lines[0] and f"{path}: {warned}" in lines[1], checked.output
    # with the participants filled in, no such warning
    plan = load_session_file(SAMPLES_TWENTE)
    people = "".join(
        f'\n[[participants]]\nname = "{p.name}"\norganisation = "{p.organisation}"\n'
        f'sector = "{p.sector}"\n'
        for p in plan.participants
    )
    text = path.read_text(encoding="utf-8")
    head, board = text.split("\n[[agenda]]", 1)
    path.write_text(head + people + "\n[[agenda]]" + board, encoding="utf-8")
    checked = runner.invoke(main, ["check", str(path), "--lang", lang])
    assert checked.exit_code == 0, checked.output
    assert warned not in checked.output


def test_a_new_barrier_of_the_wrap_up_joins_the_reviewed_theme_it_is_proposed_for(
    regions: Store, tmp_path: Path
) -> None:
    from facilitator.service.review import ReviewService

    review = ReviewService(regions, lang="nl")
    shown = review.synthesis()
    skills = next(t for t in shown.themes if t.concept == "skills")
    review.rename(shown, skills.number, "Diploma's en vaardigheden")  # every theme pinned
    wrap_up = _held_wrap_up(regions, tmp_path)
    with regions.change(wrap_up.id, "test") as tx:
        card = tx.insert(
            Card(0, wrap_up.id, Column.BARRIER, "Werkgevers kijken alleen naar het diploma",
                 100.0, regions.clock.now(), number=100, tags=["skills"])
        )  # fmt: skip
    tables = [s for s in regions.sessions() if s.slug in SLUGS]
    after = make_synthesis(regions, [*tables, wrap_up], lang="nl")
    theme = next(t for t in after.themes if f"wrap-up-2020-11-12#{card.id}" in {
        c.key for c in t.cards
    })  # fmt: skip
    assert theme.title == "Diploma's en vaardigheden"
    assert {c.key for c in skills.cards} < {c.key for c in theme.cards}


def test_the_draft_lists_the_organisations_that_lead_the_actions(
    regions: Store, tmp_path: Path
) -> None:
    """With nobody of the province at the wrap-up's table, «@Provincie» is still the province
    that leads the actions of the tables, and the synthesis lists one owner, not two."""
    synthesis = make_synthesis(regions, lang="nl")
    leading = [g.organisation for g in synthesis.owners if g.organisation]
    assert "Provincie Overijssel" in leading
    drafted = draft_wrap_up(synthesis, day=date(2020, 11, 12))
    assert tomllib.loads(drafted.text)["organisations"] == leading
    path = tmp_path / "wrap-up.toml"
    path.write_text(drafted.text.replace("# carry_forward = [", "carry_forward = ["), "utf-8")
    plan = load_session_file(path)
    assert plan.organisations == tuple(leading) and plan.participants == ()
    session = import_plan(regions, plan).session
    Services.open(regions, session.id).carry.carry_forward(plan.carry_forward)
    held = regions.session_by_slug(session.slug)
    assert held is not None and held.organisations == leading
    clock = regions.clock
    assert isinstance(clock, FakeClock)
    clock.set(held.starts_at + timedelta(minutes=5))
    with regions.change(held.id, "open") as tx:
        tx.update(open_session(held, clock.now()))
    context = Context(regions.participants(held.id), [], date(2020, 11, 12), held.organisations)
    typed = parse("Regietafel flexwerk @Provincie", context)
    assert [o.organisation for o in typed.owners] == ["Provincie Overijssel"]
    Services.open(regions, held.id).notes.capture(Kind.ACTION, typed.text, owners=typed.owners)
    opened = regions.session_by_slug(held.slug)
    assert opened is not None
    with regions.change(held.id, "close") as tx:
        tx.update(close_session(opened, clock.now()))
    tables = [s for s in regions.sessions() if s.slug in SLUGS]
    after = make_synthesis(regions, [*tables, held], lang="nl")
    owners = {g.organisation: len(g.actions) for g in after.owners}
    assert owners["Provincie Overijssel"] == 3 and "Provincie" not in owners
    assert "### Provincie Overijssel (3)" in render(after, "md")


def test_an_organisation_the_session_file_cannot_list_is_left_out_of_the_draft(
    regions: Store,
) -> None:
    from dataclasses import replace as changed

    synthesis = make_synthesis(regions, lang="nl")
    odd = ("UWV/WSP Twente", "x" * 61, "Gemeente Kampen")
    groups = (changed(synthesis.owners[0], organisation=o) for o in odd)
    made = changed(synthesis, owners=(*synthesis.owners, *groups))
    listed = tomllib.loads(draft_wrap_up(made, day=date(2020, 11, 12)).text)["organisations"]
    assert listed.count("Gemeente Kampen") == 1 and not {"UWV/WSP Twente", "x" * 61} & set(listed)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "warning: wrap-up-2020-11-12 is already a session in {db}; the draft takes the "
               "slug wrap-up-2020-11-12-2, so that importing it adds a session beside that one "
               "and changes nothing in it.\n"),
        ("nl", "let op: wrap-up-2020-11-12 is al een sessie in {db}; de wrap-up krijgt de slug "
               "wrap-up-2020-11-12-2, zodat importeren er een sessie naast zet en daaraan niets "
               "verandert.\n"),
    ],
)  # fmt: skip
def test_a_wrap_up_drafted_again_takes_a_free_slug_and_never_rewrites_the_held_one(
    regions: Store, tmp_path: Path, lang: str, said: str
) -> None:
    """Before: the draft took the slug of the wrap-up held, and importing it changed that
    session's title, region and language."""
    _held_wrap_up(regions, tmp_path)
    held = regions.session_by_slug("wrap-up-2020-11-12")
    runner = CliRunner()
    db = ["--db", str(regions.path), "--lang", lang]
    path = tmp_path / "wen.toml"
    drafted = runner.invoke(main, [*db, "wrap-up", str(path), "--from", *SLUGS, "--date",
                                   "2020-11-12"])  # fmt: skip
    assert drafted.exit_code == 0, drafted.output
    assert drafted.stderr == said.format(db=regions.path)
    assert load_session_file(path).slug == "wrap-up-2020-11-12-2"
    imported = runner.invoke(main, [*db, "import", str(path)])
    assert imported.exit_code == 0, imported.output
    assert regions.session_by_slug("wrap-up-2020-11-12") == held
    assert regions.session_by_slug("wrap-up-2020-11-12-2") is not None


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "an action set done or dropped at the wrap-up counts here as its table left "
               "it). To count it too, and the statuses set there, name the sessions:"),
        ("nl", "een actie die bij de wrap-up op gedaan of vervallen is gezet, telt hier zoals "
               "haar tafel haar achterliet). Om die mee te tellen, met de status die daar is "
               "gezet, noem de sessies:"),
    ],
)  # fmt: skip
def test_leaving_the_wrap_up_out_says_its_statuses_are_not_counted(
    regions: Store, tmp_path: Path, lang: str, said: str
) -> None:
    """An action the wrap-up took over and set done stays open (and past due) in the
    synthesis of the tables: the note says so, and how to count it. Before, it said only
    that the synthesis of the tables stays as it was."""
    wrap_up = _held_wrap_up(regions, tmp_path)
    carried = next(c for c in regions.cards(wrap_up.id) if c.column == Column.ACTION and c.due)
    with regions.change(wrap_up.id, "test") as tx:
        tx.update_only(replace(carried, status=ActionStatus.DONE), "status")
    default = make_synthesis(regions, lang="en", as_of=date(2021, 6, 1))
    assert carried.title in [default.action(n).text for n in default.gaps.actions_past_due]
    out = CliRunner().invoke(main, ["--db", str(regions.path), "--lang", lang, "synthesis",
                                    "-o", "-"])  # fmt: skip
    assert said in " ".join(out.stderr.split())


@pytest.mark.parametrize(
    ("lang", "province", "other"),
    [("nl", "Provincie", "Province"), ("en", "Province", "Provincie")],
)
def test_the_wrap_up_s_region_is_the_province_in_the_report_s_language(
    regions: Store, tmp_path: Path, lang: str, province: str, other: str
) -> None:
    """A wrap-up drafted in English has the region «Province»; a Dutch synthesis that
    counts it calls it «Provincie», and the other way round (a wrap-up drafted in Dutch
    showed «Provincie» in an English synthesis)."""
    _held_wrap_up(regions, tmp_path)  # drafted in English
    held = regions.session_by_slug("wrap-up-2020-11-12")
    assert held is not None
    if lang == "en":  # as drafted in Dutch
        with regions.change(held.id, "test") as tx:
            tx.update_only(replace(held, region="Provincie"), "region")
    tables = [s for s in regions.sessions() if s.slug in SLUGS]
    made = make_synthesis(regions, [*tables, held], lang=lang)
    assert province in made.regions and other not in made.regions
    assert [s.region for s in made.sessions][-1] == province
    assert any(c.region == province for t in made.themes for c in t.cards)
    assert f"| {province} |" in render(made, "md")
