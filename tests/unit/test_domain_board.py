"""The board: merging duplicates, votes, order, links and loose ends."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from facilitator.domain import board
from facilitator.domain.errors import DomainError
from facilitator.domain.model import Card, Column, Owner

T0 = datetime(2020, 10, 6, 14, 0, tzinfo=UTC)
B, OPP, A = Column.BARRIER, Column.OPPORTUNITY, Column.ACTION


def card(id: int, column: Column, position: float | None = None, **kw: Any) -> Card:
    pos = float(id) if position is None else position
    return Card(
        id=id, session_id=1, column=column, title=f"C{id}", position=pos, created_at=T0, **kw
    )


def test_merge_adds_votes_and_unites_links_tags_owners() -> None:
    keep = card(1, A, votes=2, links=[10, 11], tags=["a"], owners=[Owner("UWV")])
    gone = card(
        2, A, votes=3, links=[11, 12, 1], tags=["b", "a"], owners=[Owner("UWV"), Owner("", 7)]
    )
    kept, merged = board.merge(keep, gone)
    assert kept.votes == 5 and kept.links == [10, 11, 12] and kept.tags == ["a", "b"]
    assert kept.owners == [Owner("UWV"), Owner("", 7)]
    assert merged.merged_into == 1 and merged.votes == 3
    assert keep.votes == 2 and gone.merged_into is None  # inputs untouched


def test_merge_refuses_self_and_other_columns() -> None:
    with pytest.raises(DomainError) as caught:
        board.merge(card(1, B), card(1, B))
    assert caught.value.key == "board.merge_self"
    with pytest.raises(DomainError) as caught:
        board.merge(card(1, B), card(2, OPP))
    assert caught.value.key == "board.merge_columns"


def test_redirect_links_after_merge() -> None:
    cards = [card(5, A, links=[2, 3]), card(6, A, links=[1, 2]), card(7, A, links=[3])]
    changed = board.redirect_links(cards, gone_id=2, keep_id=1)
    assert [(c.id, c.links) for c in changed] == [(5, [1, 3]), (6, [1])]


def test_vote_never_below_zero() -> None:
    assert board.vote(card(1, B, votes=1), +2).votes == 3
    assert board.vote(card(1, B, votes=1), -5).votes == 0


def test_move_card_within_its_column() -> None:
    cards = [card(1, B, 1), card(2, B, 2), card(3, B, 3), card(4, B, 0.5, merged_into=1)]
    changed = board.move_card(cards, 3, -2)
    assert sorted((c.id, c.position) for c in changed) == [(1, 2), (2, 3), (3, 1)]
    assert board.move_card(cards, 1, -1) == []
    assert board.move_card(cards, 4, 1) == []


def test_a_card_comes_back_to_its_place_above_the_cards_added_meanwhile() -> None:
    # its place free, the cards added meanwhile below it: there, and no card moves
    assert board.place_back(2.0, {1: 1.0, 3: 3.0, 4: 4.0}, {4}) == (2.0, None)
    # it was the last: a card added meanwhile was given its place, another one above it
    assert board.place_back(3.0, {1: 1.0, 2: 2.0, 5: 3.0}, {5}) == (2.5, None)
    assert board.place_back(5.0, {1: 1.0, 2: 2.0, 6: 3.0, 7: 4.0, 8: 5.0}, {6, 7, 8}) == (
        2.5,
        None,
    )
    # nothing above it: above the first card added meanwhile
    assert board.place_back(1.0, {7: 1.0, 8: 2.0}, {7, 8}) == (0.0, None)
    # a card that was there holds its place (the column was sorted by votes): the bottom
    assert board.place_back(2.0, {1: 1.0, 3: 2.0, 4: 3.0}, {4}) is None
    # a card added meanwhile and moved up above a card that was there stays there
    assert board.place_back(3.0, {6: 1.0, 1: 2.0, 2: 4.0}, {6}) == (3.0, None)


def test_a_card_comes_back_where_no_position_is_left_between() -> None:
    above = 2.0
    below = float.fromhex("0x1.0000000000001p+1")  # the next float after 2.0
    assert board.place_back(3.0, {1: above, 5: below}, {5}) == (below, below)


def test_an_action_back_among_the_actions_addresses_what_is_still_there() -> None:
    left = [card(1, B), card(2, OPP), card(3, B, merged_into=1), card(4, A)]
    # 5 was deleted; 3 was merged into 1; 4 became an action
    assert board.links_back([2, 3, 1, 5, 4, 2], left) == [2, 1]
    assert board.links_back([], left) == []


def test_link_and_unlink() -> None:
    action, barrier, opportunity = card(1, A), card(2, B), card(3, OPP)
    linked = board.link(board.link(action, barrier), opportunity)
    assert linked.links == [2, 3] and action.links == []
    assert board.link(linked, barrier).links == [2, 3]
    assert board.unlink(linked, barrier).links == [3]
    assert board.unlink(linked, 3).links == [2]
    with pytest.raises(DomainError):
        board.link(barrier, opportunity)
    with pytest.raises(DomainError):
        board.link(action, card(4, A))


def test_unaddressed_barriers() -> None:
    cards = [
        card(1, B),  # addressed by 10
        card(2, B),  # only by a merged action
        card(3, B),  # nothing
        card(4, B, merged_into=5),  # merged away
        card(5, B),  # addressed through its merged duplicate 4
        card(10, A, links=[1]),
        card(11, A, links=[2], merged_into=10),
        card(12, A, links=[4]),
        card(13, OPP),
    ]
    assert [c.id for c in board.unaddressed_barriers(cards)] == [2, 3]


def test_ownerless_actions() -> None:
    cards = [
        card(1, A, owners=[Owner("UWV")]),
        card(2, A, owners=[Owner(participant_id=4)]),
        card(3, A),
        card(4, A, owners=[Owner("  ")]),
        card(5, A, merged_into=1),
        card(6, B),
    ]
    assert [c.id for c in board.ownerless_actions(cards)] == [3, 4]
