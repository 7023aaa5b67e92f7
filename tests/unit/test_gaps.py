"""The check before closing: what the minutes would lack."""

from __future__ import annotations

from datetime import UTC, date, datetime

from facilitator.domain.gaps import GapKind, gaps
from facilitator.domain.model import AgendaItem, Card, Column, ItemStatus, Owner

NOW = datetime(2020, 10, 6, 12, 0, tzinfo=UTC)


def card(id: int, column: Column, **kw: object) -> Card:
    return Card(
        id=id, session_id=1, column=column, title=f"kaart {id}", position=id, created_at=NOW, **kw
    )  # type: ignore[arg-type]


def item(id: int, status: ItemStatus, elapsed: float = 0) -> AgendaItem:
    return AgendaItem(
        id=id,
        session_id=1,
        position=id,
        key=f"i{id}",
        title=f"punt {id}",
        planned_seconds=600,
        status=status,
        elapsed_seconds=elapsed,
    )


def test_lists_every_kind_of_gap() -> None:
    cards = [
        card(1, Column.BARRIER),  # no action addresses it
        card(2, Column.BARRIER),
        card(3, Column.ACTION, links=[2]),  # no owner, no due date
        card(4, Column.ACTION, owners=[Owner("UWV")], due=date(2020, 11, 1)),
    ]
    items = [item(1, ItemStatus.DONE, 600), item(2, ItemStatus.TODO), item(3, ItemStatus.DEFERRED)]
    found = [(g.kind, g.card_id, g.item_id) for g in gaps(items, cards)]
    assert found == [
        (GapKind.ACTION_WITHOUT_OWNER, 3, None),
        (GapKind.ACTION_WITHOUT_DUE, 3, None),
        (GapKind.BARRIER_WITHOUT_ACTION, 1, None),
        (GapKind.ITEM_NOT_REACHED, None, 2),
    ]


def test_parked_and_merged_cards_are_not_gaps() -> None:
    cards = [
        card(1, Column.BARRIER, parked=True),
        card(2, Column.ACTION, merged_into=5),
        card(5, Column.ACTION, owners=[Owner("Gemeente Enschede")], due=date(2020, 12, 1)),
    ]
    assert gaps([], cards) == []
