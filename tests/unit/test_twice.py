"""The same round table held twice: which sessions are copies of one table."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from facilitator.domain.model import Session, SessionStatus
from facilitator.domain.twice import find_copies, leave_out_copies, same_table

START = datetime(2020, 10, 6, 12, 0, tzinfo=UTC)


def held(sid: int, slug: str, **changes: object) -> Session:
    session = Session(
        sid,
        slug,
        "Rondetafel mbo 2/3 en arbeidsmarkt — Twente",
        "Twente",
        START,
        status=SessionStatus.CLOSED,
        opened_at=START,
        closed_at=START + timedelta(hours=2),
    )
    return replace(session, **changes)  # type: ignore[arg-type]


def test_same_region_date_and_title_is_one_table_whatever_the_slug() -> None:
    first = held(1, "twente-2020-10")
    copy = held(7, "twente-kopie", title="  rondetafel MBO 2/3 en  arbeidsmarkt — Twente")
    kept, copies = leave_out_copies([copy, first])
    assert kept == [first]
    assert [(c.copy.slug, c.kept.slug) for c in copies] == [("twente-kopie", "twente-2020-10")]
    assert same_table(copy, [first, copy]) == first


def test_another_date_region_or_title_or_a_plan_is_another_table() -> None:
    first = held(1, "twente-2020-10")
    others = [
        held(2, "twente-2021-01", starts_at=START + timedelta(days=90)),
        held(3, "zwolle", region="Regio Zwolle"),
        held(4, "twente-vervolg", title="Vervolg"),
        held(5, "twente-plan", status=SessionStatus.PLANNED, opened_at=None, closed_at=None),
    ]
    assert find_copies([first, *others]) == []
    assert same_table(others[3], [first]) is None
