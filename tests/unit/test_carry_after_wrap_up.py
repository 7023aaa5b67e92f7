"""Carrying forward again after the wrap-up: what was settled there stays settled.

The three scripted regional tables; the province-wide wrap-up drafted from them takes
over their open actions and reviews them (``S``: done, dropped); a later regional table
then carries forward again, and a synthesis names every session.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from facilitator.domain.clock import FakeClock
from facilitator.domain.lifecycle import open_session
from facilitator.domain.model import ActionStatus, Card, Column, Session
from facilitator.domain.plan import SessionPlan
from facilitator.service import Services
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.synthesis.command import make_synthesis
from facilitator.synthesis.wrapup import draft_wrap_up
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


def _hold(store: Store, session: Session, presses: dict[str, int]) -> None:
    """Open the meeting, press ``S`` on the actions so many times each, and close it."""
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
