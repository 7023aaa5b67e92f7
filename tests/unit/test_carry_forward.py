"""Carry-forward: an action's status, and a new table taking over the open actions."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.errors import DomainError
from facilitator.domain.gaps import GapKind, card_reasons
from facilitator.domain.model import ActionStatus, Card, Column, Owner
from facilitator.export import collect, render_json, render_markdown
from facilitator.export.jsonimport import import_record
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan


def _session(store: Store, slug: str, region: str = "Twente", days: int = 0) -> int:
    plan = make_plan(slug)
    plan = replace(
        plan,
        region=region,
        starts_at=plan.starts_at + timedelta(days=days),
        ends_at=None,
    )
    return import_plan(store, plan).session.id


def _card(
    store: Store, sid: int, column: Column, title: str, position: float, **kw: object
) -> Card:
    with store.change(sid, "test") as tx:
        return tx.insert(
            Card(
                id=0,
                session_id=sid,
                column=column,
                title=title,
                position=position,
                created_at=store.clock.now() if store.clock else None,  # type: ignore[arg-type]
                **kw,  # type: ignore[arg-type]
            )
        )


@pytest.fixture
def earlier(store: Store) -> int:
    sid = _session(store, "twente-2020-10")
    lead = store.participants(sid)[0]
    _card(store, sid, Column.BARRIER, "Te weinig stageplaatsen", 1.0)
    _card(store, sid, Column.ACTION, "Matchdag organiseren", 1.0, owners=[Owner("", lead.id)])
    _card(
        store, sid, Column.ACTION, "Pilot reiskosten", 2.0,
        owners=[Owner("Provincie Overijssel")], due=date(2020, 12, 1),
    )  # fmt: skip
    _card(store, sid, Column.ACTION, "Al gedaan", 3.0, status=ActionStatus.DONE)
    return sid


def test_status_cycles_and_is_refused_on_a_barrier(store: Store, clock: FakeClock) -> None:
    sid = _session(store, "s")
    action = _card(store, sid, Column.ACTION, "Iets doen", 1.0)
    barrier = _card(store, sid, Column.BARRIER, "Een drempel", 1.0)
    board = Services.open(store, sid, clock).board
    assert board.set_status(action.id) == ActionStatus.DONE
    assert board.set_status(action.id) == ActionStatus.DROPPED
    assert board.set_status(action.id) == ActionStatus.OPEN
    assert board.set_status(action.id, ActionStatus.DONE) == ActionStatus.DONE
    assert board.card(action.id).status == ActionStatus.DONE
    with pytest.raises(DomainError) as refused:
        board.set_status(barrier.id)
    assert "Only an action has a status" in refused.value.message("en")
    Services.open(store, sid, clock).history.undo()
    assert board.card(action.id).status == ActionStatus.OPEN


def test_a_done_or_dropped_action_is_no_open_point() -> None:
    base = Card(1, 1, Column.ACTION, "Zonder trekker en datum", 1.0, created_at=None)  # type: ignore[arg-type]
    assert GapKind.ACTION_WITHOUT_OWNER in card_reasons([base])[1]
    assert card_reasons([replace(base, status=ActionStatus.DONE)]) == {}
    assert card_reasons([replace(base, status=ActionStatus.DROPPED)]) == {}


def test_carry_forward_takes_the_open_actions_with_provenance(
    store: Store, clock: FakeClock, earlier: int
) -> None:
    later = _session(store, "twente-2021-01", days=90)
    own = _card(store, later, Column.ACTION, "Eigen actie", 1.0)
    carry = Services.open(store, later, clock).carry
    done = carry.carry_forward(["twente-2020-10"])
    assert done.sources == ("twente-2020-10",)
    assert [c.title for c in done.cards] == ["Matchdag organiseren", "Pilot reiskosten"]
    first, second = done.cards
    assert (first.from_session, first.from_region, first.from_number) == (
        "twente-2020-10",
        "Twente",
        1,
    )
    assert second.from_number == 2 and second.due == date(2020, 12, 1)
    # the lead is the same person at the new table (by name), else the organisation stays
    lead = store.participants(later)[0]
    assert first.owners == [Owner("Organisatie 1", lead.id)]
    assert second.owners == [Owner("Provincie Overijssel", None)]
    # reviewed first: the first agenda item, at the top of the action column
    first_item = store.items(later)[0]
    assert {c.item_id for c in done.cards} == {first_item.id}
    actions = [c for c in store.cards(later) if c.column == Column.ACTION]
    assert [c.title for c in actions] == [
        "Matchdag organiseren",
        "Pilot reiskosten",
        own.title,
    ]
    # again: nothing twice
    again = carry.carry_forward(["twente-2020-10"])
    assert again.cards == () and again.already == 2


def test_carry_forward_by_region_or_all(store: Store, clock: FakeClock, earlier: int) -> None:
    zwolle = _session(store, "regio-zwolle-2020-10", region="Regio Zwolle", days=1)
    _card(store, zwolle, Column.ACTION, "Zwolse actie", 1.0)
    later = _session(store, "twente-2021-01", days=90)
    carry = Services.open(store, later, clock).carry
    assert carry.carry_forward(["region"]).sources == ("twente-2020-10",)
    everything = carry.carry_forward(["alle"])
    assert everything.sources == ("twente-2020-10", "regio-zwolle-2020-10")
    assert [c.title for c in everything.cards] == ["Zwolse actie"]
    assert everything.cards[0].from_region == "Regio Zwolle"


def test_a_carried_action_keeps_its_first_provenance(
    store: Store, clock: FakeClock, earlier: int
) -> None:
    middle = _session(store, "twente-2020-12", days=60)
    Services.open(store, middle, clock).carry.carry_forward(["twente-2020-10"])
    later = _session(store, "twente-2021-03", days=150)
    done = Services.open(store, later, clock).carry.carry_forward(["twente-2020-12"])
    assert {(c.from_session, c.from_number) for c in done.cards} == {
        ("twente-2020-10", 1),
        ("twente-2020-10", 2),
    }


def test_carry_forward_refuses_unknown_names_and_itself(store: Store, clock: FakeClock) -> None:
    sid = _session(store, "twente-2021-01")
    carry = Services.open(store, sid, clock).carry
    with pytest.raises(DomainError) as unknown:
        carry.carry_forward(["twente-1999"])
    assert "no session 'twente-1999'" in unknown.value.message("en")
    assert "geen sessie 'twente-1999'" in unknown.value.message("nl")
    with pytest.raises(DomainError) as itself:
        carry.carry_forward(["twente-2021-01"])
    assert "this session itself" in itself.value.message("en")


def test_the_minutes_show_status_and_provenance(
    store: Store, clock: FakeClock, earlier: int, tmp_path: Path
) -> None:
    later = _session(store, "twente-2021-01", days=90)
    services = Services.open(store, later, clock)
    carried = services.carry.carry_forward(["twente-2020-10"]).cards
    services.board.set_status(carried[1].id, ActionStatus.DONE)
    record = collect(store, later)
    nl = render_markdown(record, "nl")
    assert "| Pakt aan | Status |" in nl
    assert "Matchdag organiseren — *van de vorige tafel: Twente (twente-2020-10, A1)*" in nl
    assert "| gedaan |" in nl and "| open |" in nl
    en = render_markdown(record, "en")
    assert "*from the previous table: Twente (twente-2020-10, A2)*" in en
    assert "| done |" in en
    # the JSON record keeps both, and reads back to the same bytes
    first = render_json(record)
    data = json.loads(first)
    actions = [c for c in data["cards"] if c["column"] == "action"]
    assert {(c["status"], json.dumps(c["from"], sort_keys=True)) for c in actions} == {
        ("open", json.dumps({"number": 1, "region": "Twente", "session": "twente-2020-10"})),
        ("done", json.dumps({"number": 2, "region": "Twente", "session": "twente-2020-10"})),
    }
    path = tmp_path / "record.json"
    path.write_text(first, encoding="utf-8")
    other = Store(tmp_path / "other.db")
    moved = import_record(other, path)
    assert render_json(collect(other, moved.session.id)) == first
    other.close()


def test_the_status_column_shows_once_an_action_is_done_or_carried(
    store: Store, earlier: int
) -> None:
    nl = render_markdown(collect(store, earlier), "nl")
    assert "| A3 | Al gedaan | — | — | — | gedaan |" in nl  # done, even without an owner
    plain = _session(store, "zwolle", region="Regio Zwolle")
    _card(store, plain, Column.ACTION, "Open actie", 1.0, owners=[Owner("Gemeente Zwolle")])
    nl = render_markdown(collect(store, plain), "nl")
    assert "| Pakt aan |" in nl and "| Pakt aan | Status |" not in nl


def test_a_synthesis_lists_a_carried_action_once_as_the_later_table_left_it(
    store: Store, clock: FakeClock, earlier: int
) -> None:
    from facilitator.synthesis.command import make_synthesis

    later = _session(store, "twente-2021-01", days=90)
    carried = Services.open(store, later, clock).carry.carry_forward(["twente-2020-10"]).cards
    pilot = next(c for c in carried if c.title == "Pilot reiskosten")
    with store.change(later, "test") as tx:
        tx.update(replace(pilot, status=ActionStatus.DONE))
    _card(store, later, Column.ACTION, "Eigen actie", 9.0)
    sessions = [s for s in store.sessions() if s.id in (earlier, later)]
    synthesis = make_synthesis(store, sessions, lang="nl", as_of=date(2021, 6, 1))
    listed = [(a.text, a.session, a.status) for a in synthesis.actions]
    assert listed == [
        ("Matchdag organiseren", "twente-2021-01", "open"),
        ("Pilot reiskosten", "twente-2021-01", "done"),
        ("Al gedaan", "twente-2020-10", "done"),
        ("Eigen actie", "twente-2021-01", "open"),
    ]
    # numbered once, without holes, and a done action is no longer past its due date
    assert [a.number for a in synthesis.actions] == [1, 2, 3, 4]
    assert not any(a.past_due for a in synthesis.actions)


def test_a_carried_action_without_an_owner_is_in_the_review_table_too(
    store: Store, clock: FakeClock, earlier: int
) -> None:
    # The action table is where the next table reviews who did what: an action taken over
    # without an owner belongs there (open, no one leads it) as well as under open points.
    _card(store, earlier, Column.ACTION, "Werkgevers benaderen", 4.0)
    later = _session(store, "twente-2021-01", days=90)
    Services.open(store, later, clock).carry.carry_forward(["twente-2020-10"])
    nl = render_markdown(collect(store, later), "nl")
    table = [line for line in nl.splitlines() if line.startswith("| A")]
    row = next(line for line in table if "Werkgevers benaderen" in line)
    assert "*van de vorige tafel: Twente (twente-2020-10, A4)*" in row
    assert row.endswith("| — | — | — | open |")
    points = nl[nl.index("Open punten") :]
    assert "Werkgevers benaderen" in points


def _two_goes(store: Store, clock: FakeClock, own: str = "") -> int:
    """Twente's two open actions carried into twente-2021-01, then (``own``: after the
    table's own action) Regio Zwolle's two with ``all``."""
    zwolle = _session(store, "regio-zwolle-2020-10", region="Regio Zwolle", days=1)
    _card(store, zwolle, Column.ACTION, "Zwolse actie", 1.0)
    _card(store, zwolle, Column.ACTION, "Tweede Zwolse actie", 2.0)
    later = _session(store, "twente-2021-01", days=90)
    carry = Services.open(store, later, clock).carry
    assert len(carry.carry_forward(["region"]).cards) == 2
    if own:
        _card(store, later, Column.ACTION, own, 10.0, number=3)  # at the end, as typed
    assert len(carry.carry_forward(["all"]).cards) == 2
    return later


def test_actions_carried_in_two_goes_are_listed_as_carried(
    store: Store, clock: FakeClock, earlier: int
) -> None:
    """``carry-forward twente-2021-01`` and then ``… all``: the second go comes after the
    actions carried before, so the minutes list A1, A2, A3, A4; before, it went above
    them and the minutes listed A3, A4, A1, A2."""
    import re

    later = _two_goes(store, clock)
    actions = [c for c in store.cards(later) if c.column == Column.ACTION]
    assert [c.title for c in actions] == [
        "Matchdag organiseren",
        "Pilot reiskosten",
        "Zwolse actie",
        "Tweede Zwolse actie",
    ]
    minutes = render_markdown(collect(store, later), "nl")
    assert re.findall(r"^\| (A\d+) \|", minutes, re.MULTILINE) == ["A1", "A2", "A3", "A4"]


def test_actions_carried_later_still_come_before_the_table_s_own(
    store: Store, clock: FakeClock, earlier: int
) -> None:
    later = _two_goes(store, clock, own="Eigen actie")
    actions = [c for c in store.cards(later) if c.column == Column.ACTION]
    assert [c.title for c in actions] == [
        "Matchdag organiseren",
        "Pilot reiskosten",
        "Zwolse actie",
        "Tweede Zwolse actie",
        "Eigen actie",
    ]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "1 open action taken over into twente-2021-01 from: twente-2020-10."),
        ("nl", "1 open actie overgenomen in twente-2021-01 van: twente-2020-10."),
    ],
)
def test_a_closed_session_of_the_region_at_the_same_moment_counts_as_earlier(
    tmp_path: Path, lang: str, said: str
) -> None:
    """twente-2020-10, held and closed, starts at the very moment twente-2021-01 does:
    «There is no earlier session in the region Twente, nor in any other region: nothing
    was taken over into twente-2021-01.»"""
    from click.testing import CliRunner

    from facilitator.cli import main
    from facilitator.domain.lifecycle import close_session, open_session
    from facilitator.sessionfile import parse_session_text

    later = (
        'slug = "twente-2021-01"\ntitle = "Rondetafel"\nregion = "Twente"\n'
        'date = "dinsdag 12 januari 2021"\nstart = "14:00"\n\n'
        '[[agenda]]\ntitle = "Terugblik: wie deed wat"\nminutes = 15\n'
    )
    db = tmp_path / "f.db"
    store = Store(db)
    plan = parse_session_text(later.replace("twente-2021-01", "twente-2020-10"))
    session = import_plan(store, plan).session
    with store.change(session.id, "test") as tx:
        tx.insert(
            Card(0, session.id, Column.ACTION, "Matchdag", 1.0, store.clock.now(),
                 owners=[Owner("ROC van Twente")], status=ActionStatus.OPEN)
        )  # fmt: skip
        held = open_session(session, store.clock.now())
        tx.update(close_session(held, store.clock.now()))
    store.close()
    (tmp_path / "later.toml").write_text(later, encoding="utf-8")
    base = ["--db", str(db), "--lang", lang]
    assert CliRunner().invoke(main, [*base, "import", str(tmp_path / "later.toml")]).exit_code == 0
    carried = CliRunner().invoke(main, [*base, "carry-forward", "twente-2021-01"])
    assert carried.exit_code == 0, carried.output
    assert said in carried.output
