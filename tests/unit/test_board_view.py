"""The board as shown: numbers per column, loose ends, and the filter line."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from facilitator.domain.board_view import (
    NO_ACTION,
    NO_OWNER,
    BoardFilter,
    build_view,
    changed_in_place,
    updated_view,
)
from facilitator.domain.model import AgendaItem, Card, Column, Owner

T0 = datetime(2020, 10, 6, 14, 0, tzinfo=UTC)
B, OPP, A = Column.BARRIER, Column.OPPORTUNITY, Column.ACTION

ITEMS = [
    AgendaItem(21, 1, 1, "a", "Opening", 600),
    AgendaItem(22, 1, 2, "b", "Stages", 600, removed=True),
    AgendaItem(23, 1, 3, "c", "Werk", 600),  # number 2: the removed item has none
]


def card(id: int, column: Column, position: float, title: str = "", **kw: Any) -> Card:
    return Card(id, 1, column, title or f"C{id}", position, T0, **kw)


CARDS = [
    card(1, B, 2.0, "Te weinig stageplaatsen in de bouw", tags=["Stage_plaats"], item_id=23),
    card(2, B, 1.0, "Reistijd naar de opleiding", item_id=21),
    card(3, OPP, 1.0, "Leerwerkbedrijf Zwolle", tags=["bbl"]),
    card(4, A, 1.0, "Matchpunt opzetten", links=[1, 3], owners=[Owner("UWV")], item_id=23),
    card(5, A, 2.0, "Nog te verdelen", links=[1]),
    card(6, B, 3.0, "Dubbel", merged_into=2),
]


def test_cards_are_numbered_per_column_in_board_order() -> None:
    view = build_view(CARDS, ITEMS, "nl")
    assert view.labels == {2: "B1", 1: "B2", 3: "K1", 4: "A1", 5: "A2"}
    assert build_view(CARDS, ITEMS, "en").labels[3] == "O1"
    assert [c.id for c in view.columns[B]] == [2, 1]  # the merged card is left out
    assert view.counts(B) == (2, 2)


def test_an_action_says_what_it_addresses_and_what_it_lacks() -> None:
    view = build_view(CARDS, ITEMS, "nl")
    by_id = {c.id: c for c in CARDS}
    assert view.addresses(by_id[4]) == ["B2", "K1"]
    assert view.loose_ends(by_id[4]) == []
    assert view.loose_ends(by_id[5]) == [NO_OWNER]
    assert view.loose_ends(by_id[2]) == [NO_ACTION]  # a barrier no action addresses
    assert view.loose_ends(by_id[1]) == []
    assert view.actions_on(by_id[1]) == 2
    assert view.actions_on(by_id[3]) == 1
    assert view.addresses(by_id[1]) == []


def test_the_filter_line_reads_tags_an_item_number_and_words() -> None:
    flt = BoardFilter.parse("#stage-plaats 2 bouw 7")
    assert flt == BoardFilter(("stage-plaats",), 2, ("bouw", "7"))
    assert flt.active
    assert not BoardFilter.parse("   ").active


def test_the_filter_hides_cards_but_keeps_their_numbers() -> None:
    view = build_view(CARDS, ITEMS, "nl", BoardFilter.parse("#STAGE plaats"))
    assert view.columns[B] == []  # a tag matches whole: #stage is not #stage_plaats
    view = build_view(CARDS, ITEMS, "nl", BoardFilter.parse("#stage_plaats bouw"))
    assert [c.id for c in view.columns[B]] == [1]
    assert view.labels[1] == "B2"  # its number, as without the filter
    assert view.counts(B) == (1, 2)


def test_the_filter_by_agenda_item_uses_the_agenda_numbers() -> None:
    view = build_view(CARDS, ITEMS, "nl", BoardFilter.parse("2"))
    assert [c.id for col in view.columns.values() for c in col] == [1, 4]


def test_the_filter_words_ignore_case_and_accents_and_search_owners() -> None:
    view = build_view(CARDS, ITEMS, "nl", BoardFilter.parse("uwv MATCHPÜNT"))
    assert [c.id for c in view.columns[A]] == [4]


def test_the_filter_finds_a_card_by_its_number() -> None:
    """'12' or 'B12' showed every column empty although B12 existed: a card number is
    found as the pickers find it, with its letter in either language, or as a bare
    number that no agenda item has."""
    many = [card(10 + n, B, 10.0 + n, f"Barrière {n}") for n in range(1, 13)]
    cards = [*CARDS, *many, card(30, OPP, 9.0, "Kans", number=12)]

    def shown(text: str, lang: str = "nl") -> list[str]:
        view = build_view(cards, ITEMS, lang, BoardFilter.parse(text))
        return [view.labels[c.id] for col in view.columns.values() for c in col]

    assert shown("B12") == ["B12"]
    assert shown("b12") == ["B12"]
    assert shown("12") == ["B12", "K12"]  # no agenda item 12: the cards numbered 12
    assert shown("K12") == ["K12"] and shown("O12", "en") == ["O12"]
    assert shown("O12") == ["K12"]  # the other language's letter finds it too
    assert shown("A2") == ["A2"]
    assert shown("B12 bouw") == []  # and the words must match as well
    assert shown("2") == ["B2", "A1"]  # agenda item 2 stays the agenda item


@pytest.mark.parametrize(
    "change",
    [
        {"votes": 3},
        {"title": "Te weinig stageplaatsen in de bouw en de zorg"},
        {"tags": ["bbl", "zorg"]},
        {"item_id": 21},
    ],
)
def test_a_card_changed_in_place_updates_the_view_as_building_it_anew_would(
    change: dict[str, Any],
) -> None:
    before = list(CARDS)
    after = [replace(c, **change) if c.id == 1 else c for c in before]
    changed = changed_in_place(before, after)
    assert changed == {1: after[0]}
    view = updated_view(build_view(before, ITEMS, "nl"), changed)
    assert view == build_view(after, ITEMS, "nl")
    assert view.columns[B][1] is after[0]  # the newer card, where the older one stood


@pytest.mark.parametrize(
    "change",
    [
        {"column": OPP},
        {"position": 0.5},
        {"links": [1, 3]},
        {"owners": [Owner("Gemeente Zwolle")]},
        {"merged_into": 3},
        {"number": 7},
    ],
)
def test_a_card_moved_linked_or_owned_has_the_view_built_anew(change: dict[str, Any]) -> None:
    before = list(CARDS)
    after = [replace(c, **change) if c.id == 5 else c for c in before]
    assert changed_in_place(before, after) is None


def test_a_card_made_or_deleted_has_the_view_built_anew() -> None:
    assert changed_in_place(CARDS, CARDS[:-1]) is None
    assert changed_in_place(CARDS, [*CARDS, card(7, B, 9.0)]) is None
    assert changed_in_place(CARDS, list(reversed(CARDS))) is None


def test_an_action_dropped_has_the_view_built_anew() -> None:
    from facilitator.domain.model import ActionStatus

    after = [replace(c, status=ActionStatus.DROPPED) if c.id == 4 else c for c in CARDS]
    assert changed_in_place(CARDS, after) is None


def test_nothing_changed_keeps_the_same_view() -> None:
    view = build_view(CARDS, ITEMS, "nl")
    changed = changed_in_place(CARDS, list(CARDS))
    assert changed == {}
    assert updated_view(view, changed) is view
