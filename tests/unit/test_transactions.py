"""Every command reads what it changes inside its own write transaction.

Two processes on one database cannot then write back a stale copy of each
other's work (lost tags, a meeting moved back to an earlier item, one person
queued twice). Here every read a command makes is watched; the real
multi-process runs are in ``test_concurrency.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Column, Kind, Owner
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each read of a record: was a write transaction open on that connection?"""
    seen: list[bool] = []
    raw, select = Store.raw, Store._select

    def watched_raw(self: Store, *args: Any) -> Any:
        seen.append(self.conn.in_transaction)
        return raw(self, *args)

    def watched_select(self: Store, *args: Any) -> Any:
        seen.append(self.conn.in_transaction)
        return select(self, *args)

    monkeypatch.setattr(Store, "raw", watched_raw)
    monkeypatch.setattr(Store, "_select", watched_select)
    return seen


def _inside(reads: list[bool], command: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    reads.clear()
    result = command(*args, **kwargs)
    assert reads, f"{command.__name__} read nothing"
    assert all(reads), f"{command.__name__} read outside its transaction"
    return result


def test_every_session_command_reads_inside_its_transaction(
    store: Store, clock: FakeClock, reads: list[bool]
) -> None:
    sid = import_plan(store, make_plan(participants=4)).session.id
    service = Services.open(store, sid, clock)
    taker = Services.open(store, sid, clock)
    people = [p.id for p in store.participants(sid)]
    items = [i.id for i in store.items(sid)]
    card = taker.notes.capture(Kind.BARRIER, "Te weinig stageplaatsen").card_id
    assert card is not None
    session_commands: list[tuple[Callable[..., Any], tuple[Any, ...]]] = [
        (service.agenda.toggle_timer, ()),
        (service.agenda.adjust_minutes, (5,)),
        (service.agenda.move, (1,)),
        (service.agenda.move, (-1,)),
        (service.agenda.goto, (items[2],)),
        (service.agenda.defer, (items[1],)),
        (service.agenda.rebalance, ()),
        (service.floor.enqueue, (people[0],)),
        (service.floor.enqueue_number, (2,)),
        (service.floor.enqueue_number, (3,)),
        (service.floor.reorder, (people[2], -1)),
        (service.floor.withdraw, (people[1],)),
        (service.floor.give_floor, ()),
        (service.floor.give_floor, (people[2],)),
        (service.floor.end_speech, ()),
        (service.floor.readd_last, ()),
        (service.floor.set_present, (people[3], False)),
        (service.board.park, (card,)),
        (service.closing.close, ()),
        (service.closing.reopen, ()),
    ]
    for command, args in session_commands:
        if command == service.agenda.rebalance:
            clock.advance(minutes=60)  # the current item over its time: there is some to take
        _inside(reads, command, *args)
    _inside(reads, service.floor.enqueue, people[1], point_of_order=True)


def test_every_note_command_reads_inside_its_transaction(
    store: Store, clock: FakeClock, reads: list[bool]
) -> None:
    sid = import_plan(store, make_plan()).session.id
    taker = Services.open(store, sid, clock)
    people = [p.id for p in store.participants(sid)]
    item = store.items(sid)[1].id
    said = _inside(reads, taker.notes.capture, Kind.BARRIER, "B", tags=["nieuw"])
    other = _inside(reads, taker.notes.capture, Kind.BARRIER, "B2")
    action = _inside(reads, taker.notes.capture, Kind.ACTION, "A", owners=[Owner("UWV")])
    note = _inside(reads, taker.notes.capture, Kind.NOTE, "N")
    note_commands: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = [
        (taker.notes.edit_contribution, (said.id, "B!"), {"tags": ["ander"]}),
        (taker.notes.rekind, (note.id, Kind.OPPORTUNITY), {}),
        (taker.notes.reattribute, (said.id, people[0]), {}),
        (taker.notes.move_to_item, (said.id, item), {}),
        (taker.board.move_card, (other.card_id, -1), {}),
        (taker.board.move_card_to, (other.card_id, Column.OPPORTUNITY), {}),
        (taker.board.edit_card, (said.card_id,), {"title": "Barrière"}),
        (taker.board.vote, (said.card_id,), {}),
        (taker.board.sort_by_votes, (Column.BARRIER,), {}),
        (taker.board.link, (action.card_id, said.card_id), {}),
        (taker.board.unlink, (action.card_id, said.card_id), {}),
        (taker.board.toggle_link, (action.card_id, said.card_id), {}),
        (taker.board.park, (said.card_id,), {}),
        (
            taker.board.merge,
            (said.card_id, _inside(reads, taker.notes.capture, Kind.BARRIER, "C").card_id),
            {},
        ),
        (taker.notes.delete_contribution, (note.id,), {}),
        (taker.board.delete_card, (other.card_id,), {}),
    ]
    for command, args, kwargs in note_commands:
        _inside(reads, command, *args, **kwargs)


@pytest.fixture
def two_windows(tmp_path: Path, clock: FakeClock) -> Iterator[tuple[Store, Store, int]]:
    """Two connections to one database file, as two processes have."""
    path = tmp_path / "gedeeld.db"
    first = Store(path, clock=clock)
    sid = import_plan(first, make_plan()).session.id
    second = Store(path, clock=clock)
    yield first, second, sid
    first.close()
    second.close()


def test_a_capture_goes_under_the_item_current_when_it_is_saved(
    two_windows: tuple[Store, Store, int], clock: FakeClock
) -> None:
    console_store, notes_store, sid = two_windows
    console = Services.open(console_store, sid, clock)
    taker = Services.open(notes_store, sid, clock)
    console.agenda.toggle_timer()
    seen_by_notes = Services.open(
        notes_store, sid, clock
    ).reading.state()  # the note-taker's screen
    console.agenda.move(+1)
    said = taker.notes.capture(Kind.BARRIER, "Geen stages in de bouw", tags=["bouw"])
    second = seen_by_notes.items[1].id
    assert said.item_id == second
    state = console.reading.state()
    assert state.session.current_item_id == second  # the meeting did not move back
    assert state.items[1].running
    assert state.session.tags == ["stage", "bbl", "bouw"]


def test_a_capture_with_an_item_named_or_none_keeps_it(store: Store, clock: FakeClock) -> None:
    sid = import_plan(store, make_plan()).session.id
    service = Services.open(store, sid, clock)
    taker = Services.open(store, sid, clock)
    service.agenda.toggle_timer()
    third = store.items(sid)[2].id
    assert taker.notes.capture(Kind.NOTE, "later", item_id=third).item_id == third
    assert taker.notes.capture(Kind.NOTE, "los", item_id=None).item_id is None
    assert taker.notes.capture(Kind.NOTE, "nu").item_id == store.items(sid)[0].id


def test_a_capture_writes_only_the_tag_list_of_the_session(store: Store, clock: FakeClock) -> None:
    sid = import_plan(store, make_plan()).session.id
    Services.open(store, sid, clock).agenda.toggle_timer()
    Services.open(store, sid, clock).notes.capture(Kind.ACTION, "Loket", tags=["loket"])
    session_changes = [c for c in store.log(sid) if c.label == "capture action"]
    written = [c.after for c in session_changes if c.table == "sessions"]
    assert written == [{"tags": '["stage", "bbl", "loket"]'}]


def test_tags_added_in_two_windows_are_both_kept(
    two_windows: tuple[Store, Store, int], clock: FakeClock
) -> None:
    first_store, second_store, sid = two_windows
    first = Services.open(first_store, sid, clock)
    second = Services.open(second_store, sid, clock)
    first.reading.session()  # both have looked at the session before either captures
    second.reading.session()
    first.notes.capture(Kind.NOTE, "een", tags=["een"])
    second.notes.capture(Kind.NOTE, "twee", tags=["twee"])
    first.board.edit_card(first.notes.capture(Kind.BARRIER, "drie").card_id or 0, tags=["drie"])
    assert second.reading.session().tags == ["stage", "bbl", "een", "twee", "drie"]
