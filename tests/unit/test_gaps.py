"""The check before closing: what the minutes would lack."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from facilitator.domain.gaps import GapKind, gaps
from facilitator.domain.model import (
    AgendaItem,
    Card,
    Column,
    Contribution,
    ItemStatus,
    Kind,
    Owner,
)

NOW = datetime(2020, 10, 6, 12, 0, tzinfo=UTC)


def card(id: int, column: Column, **kw: object) -> Card:
    return Card(
        id=id,
        session_id=1,
        column=column,
        title=f"kaart {id}",
        position=id,
        created_at=NOW,
        **kw,  # type: ignore[arg-type]
    )


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


def question(id: int) -> Contribution:
    return Contribution(id=id, session_id=1, kind=Kind.QUESTION, text=f"vraag {id}", created_at=NOW)


TODAY = date(2020, 10, 6)


def test_lists_every_kind_of_open_point_once_per_thing() -> None:
    cards = [
        card(1, Column.BARRIER),  # no action addresses it
        card(2, Column.BARRIER),
        card(3, Column.ACTION, links=[2]),  # no owner, no due date
        card(4, Column.ACTION, owners=[Owner("UWV")], due=date(2020, 11, 1)),
        card(5, Column.ACTION, owners=[Owner("UWV")], due=date(2020, 10, 1)),  # past due
        card(6, Column.OPPORTUNITY, parked=True),
        card(7, Column.BARRIER, parked=True),  # parked, and no action either
    ]
    items = [
        item(1, ItemStatus.DONE, 600),
        item(2, ItemStatus.TODO),
        item(3, ItemStatus.DEFERRED),
        item(4, ItemStatus.CURRENT),  # current but never started: not reached if closed now
    ]
    notes = [question(10), Contribution(11, 1, Kind.NOTE, "notitie", NOW), question(12)]
    found = [
        (g.kinds, g.card_id, g.contribution_id, g.item_id) for g in gaps(items, cards, notes, TODAY)
    ]
    assert found == [
        ((GapKind.ACTION_WITHOUT_OWNER, GapKind.ACTION_WITHOUT_DUE), 3, None, None),
        ((GapKind.ACTION_PAST_DUE,), 5, None, None),
        ((GapKind.BARRIER_WITHOUT_ACTION,), 1, None, None),
        ((GapKind.BARRIER_WITHOUT_ACTION, GapKind.PARKED), 7, None, None),
        ((GapKind.PARKED,), 6, None, None),
        ((GapKind.OPEN_QUESTION,), None, 10, None),
        ((GapKind.OPEN_QUESTION,), None, 12, None),
        ((GapKind.ITEM_NOT_REACHED,), None, None, 2),
        ((GapKind.ITEM_DEFERRED,), None, None, 3),
        ((GapKind.ITEM_NOT_REACHED,), None, None, 4),
    ]


def test_questions_deferred_items_and_past_dates_are_not_complete() -> None:
    """Regression: the check said "no loose ends" with 4 open questions, a deferred item
    and 2 past due dates."""
    cards = [
        card(1, Column.ACTION, owners=[Owner("UWV")], due=date(2020, 9, 30)),
        card(2, Column.ACTION, owners=[Owner("ROC van Twente")], due=date(2020, 10, 5)),
    ]
    items = [item(1, ItemStatus.DONE, 600), item(2, ItemStatus.DEFERRED)]
    found = gaps(items, cards, [question(n) for n in range(1, 5)], TODAY)
    kinds = [g.kind for g in found]
    assert kinds.count(GapKind.OPEN_QUESTION) == 4
    assert kinds.count(GapKind.ACTION_PAST_DUE) == 2
    assert kinds.count(GapKind.ITEM_DEFERRED) == 1
    assert len(found) == 7


def test_barriers_without_action_and_items_never_reached_count() -> None:
    """Regression: minutes said "0 open points" with 3 barriers without an action and 5
    items never reached."""
    cards = [card(n, Column.BARRIER) for n in range(1, 4)]
    items = [item(1, ItemStatus.DONE, 600)] + [item(n, ItemStatus.TODO) for n in range(2, 7)]
    kinds = [g.kind for g in gaps(items, cards, [], TODAY)]
    assert kinds == [GapKind.BARRIER_WITHOUT_ACTION] * 3 + [GapKind.ITEM_NOT_REACHED] * 5


def test_merged_cards_count_on_their_keeper() -> None:
    cards = [
        card(1, Column.BARRIER, merged_into=2),
        card(2, Column.BARRIER),  # addressed through the card merged into it
        card(3, Column.ACTION, links=[1], owners=[Owner("Gemeente Enschede")], due=TODAY),
        card(4, Column.ACTION, merged_into=3),  # merged away: never an open point itself
    ]
    assert gaps([], cards, [], TODAY) == []


def test_without_a_day_no_date_is_past_and_removed_items_never_count() -> None:
    cards = [card(1, Column.ACTION, owners=[Owner("UWV")], due=date(2000, 1, 1))]
    gone = replace(item(1, ItemStatus.TODO), removed=True)
    assert gaps([gone], cards) == []


def test_a_barrier_whose_only_action_was_dropped_is_without_action_again() -> None:
    """The minutes said a lead and a date were on it and left it out of the open points;
    the action was dropped. One done still counts (the barrier was worked on)."""
    from facilitator.domain.model import ActionStatus

    lead = [Owner("Bouwend Nederland")]
    dropped = card(3, Column.ACTION, links=[1], owners=lead, due=TODAY)
    dropped = replace(dropped, status=ActionStatus.DROPPED)
    done = replace(
        card(4, Column.ACTION, links=[2], owners=lead, due=TODAY), status=ActionStatus.DONE
    )
    cards = [card(1, Column.BARRIER), card(2, Column.BARRIER), dropped, done]
    found = [(g.card_id, g.kind) for g in gaps([], cards, [], TODAY)]
    assert found == [(1, GapKind.BARRIER_WITHOUT_ACTION)]


def test_the_board_counts_no_dropped_action_on_a_card() -> None:
    from facilitator.domain.board_view import build_view
    from facilitator.domain.model import ActionStatus

    opportunity = card(1, Column.OPPORTUNITY)
    dropped = replace(card(2, Column.ACTION, links=[1]), status=ActionStatus.DROPPED)
    kept = card(3, Column.ACTION, links=[1])
    view = build_view([opportunity, dropped], [], "nl")
    assert view.actions_on(opportunity) == 0
    assert build_view([opportunity, dropped, kept], [], "nl").actions_on(opportunity) == 1
