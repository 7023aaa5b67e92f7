"""Participants and agenda items go by one number everywhere: shown and typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from facilitator.capture import Context, parse
from facilitator.domain.model import AgendaItem, ItemStatus, Participant
from facilitator.domain.numbering import by_number, in_order, number_of, numbers


def person(pid: int, position: int, name: str, *, removed: bool = False) -> Participant:
    return Participant(pid, 1, position, f"p{pid}", name, "Org", "x", removed=removed)


def item(iid: int, position: int, *, status: ItemStatus = ItemStatus.TODO) -> AgendaItem:
    return AgendaItem(iid, 1, position, f"i{iid}", f"Punt {iid}", 600, status=status)


PEOPLE = [
    person(7, 3, "Carla"),
    person(5, 1, "Anna"),
    person(6, 2, "Bram", removed=True),
    person(9, 3, "Dirk"),  # same seat position as Carla: the id decides
]


def test_people_are_numbered_in_seat_order_without_the_removed() -> None:
    assert [p.name for p in in_order(PEOPLE)] == ["Anna", "Carla", "Dirk"]
    assert numbers(PEOPLE) == {5: 1, 7: 2, 9: 3}
    assert number_of(PEOPLE, 9) == 3
    assert number_of(PEOPLE, 6) is None  # removed
    assert number_of(PEOPLE, 42) is None
    assert number_of(PEOPLE, None) is None


def test_a_typed_number_finds_the_one_shown_with_it() -> None:
    for pid, n in numbers(PEOPLE).items():
        found = by_number(PEOPLE, n)
        assert found is not None and found.id == pid
    assert by_number(PEOPLE, 0) is None
    assert by_number(PEOPLE, 4) is None


def test_deferred_and_done_items_keep_their_number() -> None:
    items = [
        item(3, 2, status=ItemStatus.DEFERRED),
        item(1, 1, status=ItemStatus.DONE),
        replace(item(2, 3), removed=True),
        item(4, 4),
    ]
    assert numbers(items) == {1: 1, 3: 2, 4: 3}
    found = by_number(items, 2)
    assert found is not None and found.id == 3


def test_the_capture_line_speaker_number_is_the_seat_number() -> None:
    context = Context(tuple(PEOPLE), (), date(2020, 10, 6))
    assert parse("Goed punt ~2", context).speaker == 7  # Carla, number 2 on the console
    assert parse("Goed punt ~3", context).speaker == 9
    assert parse("Goed punt ~4", context).problems == (("unknown_speaker", "~4"),)
