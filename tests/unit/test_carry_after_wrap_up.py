"""Carrying forward into and after the wrap-up: statuses and links come along.

The three scripted regional tables; the province-wide wrap-up drafted from them, its
board seeded with their barriers and opportunities, takes over their open actions and
reviews them (``S``: done, dropped); a later regional table then carries forward again,
and a synthesis names every session.
"""

from __future__ import annotations

import shlex
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain import copies
from facilitator.domain.board_view import NO_ACTION, build_view
from facilitator.domain.clock import FakeClock
from facilitator.domain.gaps import GapKind
from facilitator.domain.lifecycle import open_session
from facilitator.domain.model import ActionStatus, Card, Column, Kind, Owner, Session
from facilitator.domain.plan import SessionPlan
from facilitator.export import collect, render_markdown
from facilitator.service import Services
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.synthesis.command import make_synthesis
from facilitator.synthesis.wrapup import draft_wrap_up
from tests.conftest import SAMPLES
from tests.helpers import make_plan
from tests.regional import regional_plans

PASPOORT = "Pilot skills-paspoort met tien werkgevers"  # Twente A1, due 1 March 2021
STAGE = "Inventarisatie stage- en bbl-plaatsen in de techniek"  # Twente A2, due 15 Dec 2020
FLEX = "Onderzoeken of flexwerkers een opleidingsbudget kunnen krijgen"  # Twente A3


def _clock(store: Store) -> FakeClock:
    clock = store.clock
    assert isinstance(clock, FakeClock)
    return clock


def _import(store: Store, plan: SessionPlan) -> Session:
    """As ``facilitator import`` does: the plan, then the actions its file carries forward."""
    session = import_plan(store, plan).session
    if plan.carry_forward:
        Services.open(store, session.id).carry.carry_forward(plan.carry_forward)
    return session


def _wrap_up_plan(regions: Store, tmp_path: Path) -> SessionPlan:
    """The wrap-up drafted from the three tables, taking over their open actions."""
    synthesis = make_synthesis(regions, lang="nl")
    text = draft_wrap_up(synthesis, day=date(2020, 11, 12)).text
    path = tmp_path / "wrap-up.toml"
    path.write_text(text.replace("# carry_forward = [", "carry_forward = ["), encoding="utf-8")
    return load_session_file(path)


def _action(store: Store, session: Session, title: str) -> Card:
    return next(
        c for c in store.cards(session.id) if c.column == Column.ACTION and c.title == title
    )


def _hold(
    store: Store, session: Session, presses: dict[str, int], new: tuple[str, ...] = ()
) -> None:
    """Open the meeting, press ``S`` on the actions so many times each, agree the ``new``
    actions, and close it."""
    clock = _clock(store)
    clock.set(session.starts_at + timedelta(minutes=5))
    with store.change(session.id, "open") as tx:
        tx.update(open_session(session, clock.now()))
    services = Services.open(store, session.id)
    for title, times in presses.items():
        card = _action(store, session, title)
        for _ in range(times):
            clock.advance(minutes=1)
            services.board.set_status(card.id)
    for title in new:
        clock.advance(minutes=1)
        services.notes.capture(Kind.ACTION, title, owners=[Owner("Provincie Overijssel")])
    clock.advance(minutes=30)
    services.closing.close()


def _later_table(carry_forward: tuple[str, ...]) -> SessionPlan:
    twente = regional_plans()[0]
    later = timedelta(days=98)  # tuesday 12 January 2021
    assert twente.ends_at is not None
    return replace(
        twente,
        slug="twente-2021-01",
        starts_at=twente.starts_at + later,
        ends_at=twente.ends_at + later,
        carry_forward=carry_forward,
    )


def _statuses(store: Store) -> dict[str, tuple[str, str, bool]]:
    """The synthesis of every session: each action's status, where listed, past due."""
    synthesis = make_synthesis(store, store.sessions(), lang="nl", as_of=date(2021, 6, 1))
    return {a.text: (a.status, a.session, a.past_due) for a in synthesis.actions}


def test_an_action_done_or_dropped_at_the_wrap_up_is_not_carried_forward_again(
    regions: Store, tmp_path: Path
) -> None:
    _clock(regions).set(datetime(2020, 11, 2, 9, 0, tzinfo=UTC))
    wrap_up = _import(regions, _wrap_up_plan(regions, tmp_path))
    _hold(regions, wrap_up, {PASPOORT: 1, STAGE: 2})  # A1 done, A2 dropped
    assert _action(regions, wrap_up, PASPOORT).status == ActionStatus.DONE
    assert _action(regions, wrap_up, STAGE).status == ActionStatus.DROPPED

    _clock(regions).set(datetime(2021, 1, 4, 9, 0, tzinfo=UTC))
    by_region = _import(regions, _later_table(("region",)))
    carried = [c.title for c in regions.cards(by_region.id) if c.column == Column.ACTION]
    assert carried == [FLEX]
    # naming the sessions: the wrap-up's own copies are as settled as Twente's originals
    named = _import(
        regions,
        replace(
            _later_table(("twente-2020-10", "wrap-up-2020-11-12")),
            slug="twente-2021-01-b",
            title="Tweede tafel",
        ),
    )
    titles = [c.title for c in regions.cards(named.id) if c.column == Column.ACTION]
    assert FLEX in titles and PASPOORT not in titles and STAGE not in titles
    assert len(titles) == 7  # the other open actions of the three tables, once each

    statuses = _statuses(regions)
    assert statuses[PASPOORT] == ("done", "wrap-up-2020-11-12", False)
    assert statuses[STAGE] == ("dropped", "wrap-up-2020-11-12", False)
    assert statuses[FLEX][0] == "open"


def test_the_status_set_last_counts_wherever_it_was_set(regions: Store, tmp_path: Path) -> None:
    """A later table that took the actions over before the wrap-up was held has them open
    on its board; what the wrap-up set afterwards counts, until a table sets them again."""
    _clock(regions).set(datetime(2020, 11, 2, 9, 0, tzinfo=UTC))
    wrap_up = _import(regions, _wrap_up_plan(regions, tmp_path))
    _clock(regions).set(datetime(2020, 11, 3, 9, 0, tzinfo=UTC))
    later = _import(regions, _later_table(("region",)))
    assert {c.title for c in regions.cards(later.id) if c.column == Column.ACTION} == {
        PASPOORT,
        STAGE,
        FLEX,
    }
    _hold(regions, wrap_up, {PASPOORT: 1, STAGE: 2})

    statuses = _statuses(regions)
    assert statuses[PASPOORT][0] == "done" and statuses[STAGE][0] == "dropped"
    assert not statuses[PASPOORT][2] and not statuses[STAGE][2]
    # nothing more to take over: the copies here are open, but the wrap-up settled them
    again = Services.open(regions, later.id).carry.carry_forward(["all"])
    assert {c.title for c in again.cards} & {PASPOORT, STAGE} == set()

    # the later table reviews its copy of A1 again: done, then dropped, after the wrap-up
    _hold(regions, later, {PASPOORT: 2})
    statuses = _statuses(regions)
    assert statuses[PASPOORT] == ("dropped", "twente-2021-01", False)
    assert statuses[STAGE] == ("dropped", "twente-2021-01", False)


POOL_ACTION = "Verkenning van een mobiliteitspool"  # Stedendriehoek A2: addresses B2, K1
BUS = "Busverbinding naar de bedrijventerreinen stopt om 18.00 uur; ploegendienst onhaalbaar"
POOL = "Regionale mobiliteitspool voor vervoer naar stage en werk"  # Stedendriehoek K1


def _card(store: Store, session: Session, title: str) -> Card:
    return next(c for c in store.cards(session.id) if c.title == title)


def _assert_the_action_addresses_its_cards_here(store: Store, wrap_up: Session) -> None:
    """A8 (Stedendriehoek's A2) addresses the seeded copies of B2 and K1, on the board,
    in the check before closing and in the minutes' open points."""
    cards = store.cards(wrap_up.id, include_merged=True)
    view = build_view(cards, store.items(wrap_up.id), "nl")
    action, bus, pool = (_card(store, wrap_up, t) for t in (POOL_ACTION, BUS, POOL))
    assert (action.from_session, action.from_number) == ("stedendriehoek-2020-10", 2)
    assert (bus.from_session, bus.from_number) == ("stedendriehoek-2020-10", 2)
    assert (pool.from_session, pool.from_number) == ("stedendriehoek-2020-10", 1)
    assert view.addresses(action) == [view.labels[bus.id], view.labels[pool.id]]
    assert NO_ACTION not in view.loose_ends(bus) and view.actions_on(bus) == 1
    assert view.actions_on(pool) == 1
    gaps = Services.open(store, wrap_up.id).closing.gaps()
    assert not [g for g in gaps if g.card_id == bus.id]
    # a seeded barrier whose table agreed no action on it is still without one
    without = {g.title for g in gaps if GapKind.BARRIER_WITHOUT_ACTION in g.kinds}
    assert BUS not in without and without
    minutes = render_markdown(collect(store, wrap_up.id), "nl")
    points = minutes[minutes.index("## Open punten") :]
    assert "Busverbinding" not in points
    row = next(
        line for line in minutes.splitlines() if line.startswith(f"| {view.labels[action.id]} |")
    )
    assert row.endswith(f"| {view.labels[bus.id]}, {view.labels[pool.id]} | open |")


def test_a_carried_action_addresses_the_cards_seeded_before_it(
    regions: Store, tmp_path: Path
) -> None:
    _clock(regions).set(datetime(2020, 11, 2, 9, 0, tzinfo=UTC))
    wrap_up = _import(regions, _wrap_up_plan(regions, tmp_path))  # seeded, then carried
    _assert_the_action_addresses_its_cards_here(regions, wrap_up)


def test_cards_seeded_after_the_action_was_carried_are_addressed_by_it(
    regions: Store, tmp_path: Path
) -> None:
    _clock(regions).set(datetime(2020, 11, 2, 9, 0, tzinfo=UTC))
    plan = _wrap_up_plan(regions, tmp_path)
    wrap_up = _import(regions, replace(plan, board=()))  # the actions first
    assert not _card(regions, wrap_up, POOL_ACTION).links
    _clock(regions).advance(minutes=10)
    import_plan(regions, replace(plan, carry_forward=()))  # then the board
    _assert_the_action_addresses_its_cards_here(regions, wrap_up)
    # a link taken away by hand stays away when the file is imported again
    action = _card(regions, wrap_up, POOL_ACTION)
    Services.open(regions, wrap_up.id).board.unlink(action.id, action.links[0])
    _import(regions, plan)
    assert len(_card(regions, wrap_up, POOL_ACTION).links) == 1


def test_a_copy_merged_away_is_addressed_as_the_card_it_went_into() -> None:
    now = datetime(2020, 11, 12, 13, 0, tzinfo=UTC)
    there = [
        Card(1, 1, Column.BARRIER, "Bus stopt om 18.00 uur", 1.0, now),
        Card(2, 1, Column.OPPORTUNITY, "Mobiliteitspool", 1.0, now),
        Card(3, 1, Column.ACTION, "Verkenning", 1.0, now, links=[1, 2]),
    ]
    addressed = copies.addresses(there[2], "stedendriehoek-2020-10", there)
    assert addressed == {
        ("stedendriehoek-2020-10", Column.BARRIER, 1),
        ("stedendriehoek-2020-10", Column.OPPORTUNITY, 1),
    }
    sted = "stedendriehoek-2020-10"
    here = [
        Card(10, 2, Column.BARRIER, "Geen ov in de avond", 1.0, now, number=1),
        Card(11, 2, Column.BARRIER, "Bus", 2.0, now, number=2, merged_into=10,
             from_session=sted, from_number=1),
        Card(12, 2, Column.OPPORTUNITY, "Pool", 1.0, now, number=1,
             from_session=sted, from_number=2),
    ]  # fmt: skip
    # B1 took the seeded bus card in; the pool here is K2 there, not K1
    assert copies.links_here(addressed, "wrap-up-2020-11-12", here) == [10]


REGIE = "Provinciale regietafel flexwerk"  # agreed at the wrap-up itself


def _after_the_wrap_up(regions: Store, tmp_path: Path) -> Session:
    """The wrap-up took over every open action, set Twente's three done or dropped and
    agreed one of its own; a later Twente table is imported, taking over nothing yet."""
    _clock(regions).set(datetime(2020, 11, 2, 9, 0, tzinfo=UTC))
    wrap_up = _import(regions, _wrap_up_plan(regions, tmp_path))
    _hold(regions, wrap_up, {PASPOORT: 1, STAGE: 2, FLEX: 2}, new=(REGIE,))
    _clock(regions).set(datetime(2021, 1, 4, 9, 0, tzinfo=UTC))
    return _import(regions, _later_table(()))


def test_carry_forward_names_the_sessions_the_actions_came_from_and_counts_actions(
    regions: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    later = _after_the_wrap_up(regions, tmp_path)
    runner = CliRunner()
    db = ["--db", str(regions.path)]
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    out = runner.invoke(main, [*db, "carry-forward", later.slug, "all"])
    assert out.exit_code == 0, out.output
    # nothing came from Twente: its three actions were settled at the wrap-up
    assert out.output == (
        "7 open actions taken over into twente-2021-01 from: regio-zwolle-2020-10 (3), "
        "stedendriehoek-2020-10 (3), wrap-up-2020-11-12 (1).\n"
    )
    carried = [c for c in regions.cards(later.id) if c.column == Column.ACTION]
    assert len(carried) == 7 and {PASPOORT, STAGE, FLEX}.isdisjoint(c.title for c in carried)
    # again: every action is here once, however many copies of it the sessions named hold
    for lang, said in (
        (
            "nl",
            "twente-2021-01: niets nieuws over te nemen van regio-zwolle-2020-10, "
            "wrap-up-2020-11-12: 7 open acties zijn al eerder overgenomen.\n",
        ),
        (
            "en",
            "twente-2021-01: nothing new to take over from regio-zwolle-2020-10, "
            "wrap-up-2020-11-12: 7 open actions were taken over before.\n",
        ),
    ):
        names = ["wrap-up-2020-11-12", "regio-zwolle-2020-10"]
        again = runner.invoke(main, [*db, "--lang", lang, "carry-forward", later.slug, *names])
        assert again.exit_code == 0, again.output
        assert again.output == said


def test_carry_forward_with_no_earlier_session_in_the_region_says_what_to_do(
    regions: Store, tmp_path: Path
) -> None:
    """The wrap-up (region Provincie) took over the three tables' actions by name; taking
    over again without naming any reads its own region, which has no earlier session."""
    _clock(regions).set(datetime(2020, 11, 2, 9, 0, tzinfo=UTC))
    wrap_up = _import(regions, _wrap_up_plan(regions, tmp_path))
    assert wrap_up.region == "Provincie"
    tables = "twente-2020-10 regio-zwolle-2020-10 stedendriehoek-2020-10"  # oldest first
    db = shlex.quote(str(regions.path))  # the command runs as printed, on this database
    runner = CliRunner()
    for lang, said in (
        (
            "nl",
            "Er is geen eerdere sessie in de regio Provincie; noem de sessies om acties van "
            f"over te nemen: facilitator carry-forward wrap-up-2020-11-12 {tables} --db {db} "
            "--lang nl (of all: alle eerdere sessies).\n",
        ),
        (
            "en",
            "There is no earlier session in the region Provincie; name the sessions to take "
            f"actions over from: facilitator carry-forward wrap-up-2020-11-12 {tables} --db {db} "
            "--lang en (or all: every earlier session).\n",
        ),
    ):
        out = runner.invoke(
            main, ["--db", str(regions.path), "--lang", lang, "carry-forward", wrap_up.slug]
        )
        # nothing was taken over, as asked: said as a failure, for a script to tell
        assert (out.exit_code, out.stdout, out.stderr) == (1, "", said)


@pytest.mark.parametrize(
    ("lang", "scope", "said"),
    [
        ("nl", "region", "Er is geen eerdere sessie in de regio Twente, en ook niet in een andere "
                         "regio: er is niets overgenomen in twente-2020-09.\n"),
        ("en", "region", "There is no earlier session in the region Twente, nor in any other "
                         "region: nothing was taken over into twente-2020-09.\n"),
        ("nl", "all", "Er is geen sessie vóór twente-2020-09, in geen enkele regio: er is "
                      "niets overgenomen.\n"),
        ("en", "all", "There is no session before twente-2020-09, in any region: nothing was "
                      "taken over.\n"),
    ],
)  # fmt: skip
def test_carry_forward_with_no_earlier_session_at_all_says_so(
    regions: Store, lang: str, scope: str, said: str
) -> None:
    """Before: «There is no session before twente-2020-09 to take actions over from.», on
    standard output, exit code 0, as if something had been done."""
    start = datetime(2020, 9, 1, 12, 0, tzinfo=UTC)  # before the three tables
    first = _import(regions, replace(make_plan("twente-2020-09"), starts_at=start, ends_at=None))
    assert first.region == "Twente"
    db = ["--db", str(regions.path), "--lang", lang]
    given = [[first.slug, scope]] + ([[first.slug]] if scope == "region" else [])
    for args in given:  # region is what it reads when no sessions are named
        out = CliRunner().invoke(main, [*db, "carry-forward", *args])
        assert (out.exit_code, out.stdout, out.stderr) == (1, "", said)


def test_a_session_file_that_carries_forward_with_no_earlier_session_warns(
    regions: Store, tmp_path: Path
) -> None:
    """Imported, the file's session is there all the same (exit code 0); that nothing was
    taken over is said as a warning, on standard error."""
    text = (SAMPLES / "twente.toml").read_text(encoding="utf-8")
    text = text.replace('slug = "twente-2020-10"', 'slug = "twente-2020-09"')
    text = text.replace('"dinsdag 6 oktober 2020"', '"dinsdag 1 september 2020"')
    text = text.replace("\norganisations = ", '\ncarry_forward = "region"\norganisations = ')
    path = tmp_path / "twente-2020-09.toml"
    path.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(main, ["--db", str(regions.path), "--lang", "en", "import", str(path)])
    assert out.exit_code == 0, out.output
    assert regions.session_by_slug("twente-2020-09") is not None
    assert out.stderr == (
        "warning: There is no earlier session in the region Twente, nor in any other region: "
        "nothing was taken over into twente-2020-09.\n"
    )
    assert "earlier session" not in out.stdout


def test_nothing_taken_over_says_why(
    regions: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _after_the_wrap_up(regions, tmp_path)
    text = (SAMPLES / "twente.toml").read_text(encoding="utf-8")
    text = text.replace('slug = "twente-2020-10"', 'slug = "twente-2021-01-b"')
    text = text.replace('"dinsdag 6 oktober 2020"', '"dinsdag 12 januari 2021"')
    text = text.replace("\norganisations = ", '\ncarry_forward = "region"\norganisations = ')
    path = tmp_path / "twente-2021-01-b.toml"
    path.write_text(text, encoding="utf-8")
    runner = CliRunner()
    for lang, said in (
        (
            "en",
            "twente-2021-01-b: nothing new to take over from twente-2020-10: 3 open actions "
            "were set done or dropped later, at wrap-up-2020-11-12.",
        ),
        (
            "nl",
            "twente-2021-01-b: niets nieuws over te nemen van twente-2020-10: 3 open acties zijn "
            "daarna in wrap-up-2020-11-12 op gedaan of vervallen gezet.",
        ),
    ):
        monkeypatch.setenv("FACILITATOR_LANG", lang)
        out = runner.invoke(main, ["--db", str(regions.path), "import", str(path)])
        assert out.exit_code == 0, out.output
        assert said in out.output.splitlines()


def test_an_action_changed_at_the_wrap_up_is_carried_forward_as_it_was_changed(
    regions: Store, tmp_path: Path
) -> None:
    """An action read at its own table and at the wrap-up that took it over came over as
    its table had it: a new owner or due date given at the wrap-up was lost."""
    _clock(regions).set(datetime(2020, 11, 2, 9, 0, tzinfo=UTC))
    wrap_up = _import(regions, _wrap_up_plan(regions, tmp_path))
    copy = _action(regions, wrap_up, POOL_ACTION)
    assert copy.carried
    clock = _clock(regions)
    clock.set(wrap_up.starts_at + timedelta(minutes=5))
    with regions.change(wrap_up.id, "open") as tx:
        tx.update(open_session(wrap_up, clock.now()))
    services = Services.open(regions, wrap_up.id)
    services.board.set_owners(copy.id, [Owner("Provincie Overijssel")])
    services.board.set_due(copy.id, date(2021, 4, 1))
    clock.advance(minutes=30)
    services.closing.close()
    _clock(regions).set(datetime(2021, 1, 4, 9, 0, tzinfo=UTC))
    later = _import(regions, _later_table(()))
    out = CliRunner().invoke(
        main, ["--db", str(regions.path), "--lang", "en", "carry-forward", later.slug, "all"]
    )
    assert out.exit_code == 0, out.output
    # still named after the table that agreed it
    assert "stedendriehoek-2020-10 (3)" in out.output
    carried = [c for c in regions.cards(later.id) if c.title == POOL_ACTION]
    assert len(carried) == 1
    assert [o.organisation for o in carried[0].owners] == ["Provincie Overijssel"]
    assert carried[0].due == date(2021, 4, 1)
    assert carried[0].from_session == "stedendriehoek-2020-10"
