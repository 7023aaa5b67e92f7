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
from facilitator.service import NoteService, SessionService
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
    service = SessionService(store, sid, clock)
    notes = NoteService(store, sid, clock)
    people = [p.id for p in store.participants(sid)]
    items = [i.id for i in store.items(sid)]
    card = notes.capture(Kind.BARRIER, "Te weinig stageplaatsen").card_id
    assert card is not None
    for command, args in [
        (service.toggle_timer, ()),
        (service.adjust_minutes, (5,)),
        (service.move, (1,)),
        (service.move, (-1,)),
        (service.goto, (items[2],)),
        (service.defer, (items[1],)),
        (service.rebalance, ()),
        (service.enqueue, (people[0],)),
        (service.enqueue_number, (2,)),
        (service.enqueue_number, (3,)),
        (service.reorder, (people[2], -1)),
        (service.withdraw, (people[1],)),
        (service.give_floor, ()),
        (service.give_floor, (people[2],)),
        (service.end_speech, ()),
        (service.readd_last, ()),
        (service.set_present, (people[3], False)),
        (service.park, (card,)),
        (service.close, ()),
        (service.reopen, ()),
    ]:
        _inside(reads, command, *args)
    _inside(reads, service.enqueue, people[1], point_of_order=True)


def test_every_note_command_reads_inside_its_transaction(
    store: Store, clock: FakeClock, reads: list[bool]
) -> None:
    sid = import_plan(store, make_plan()).session.id
    notes = NoteService(store, sid, clock)
    people = [p.id for p in store.participants(sid)]
    item = store.items(sid)[1].id
    said = _inside(reads, notes.capture, Kind.BARRIER, "B", tags=["nieuw"])
    other = _inside(reads, notes.capture, Kind.BARRIER, "B2")
    action = _inside(reads, notes.capture, Kind.ACTION, "A", owners=[Owner("UWV")])
    note = _inside(reads, notes.capture, Kind.NOTE, "N")
    for command, args, kwargs in [
        (notes.edit_contribution, (said.id, "B!"), {"tags": ["ander"]}),
        (notes.rekind, (note.id, Kind.OPPORTUNITY), {}),
        (notes.reattribute, (said.id, people[0]), {}),
        (notes.move_to_item, (said.id, item), {}),
        (notes.move_card, (other.card_id, -1), {}),
        (notes.move_card_to, (other.card_id, Column.OPPORTUNITY), {}),
        (notes.edit_card, (said.card_id,), {"title": "Barrière"}),
        (notes.vote, (said.card_id,), {}),
        (notes.sort_by_votes, (Column.BARRIER,), {}),
        (notes.link, (action.card_id, said.card_id), {}),
        (notes.unlink, (action.card_id, said.card_id), {}),
        (notes.toggle_link, (action.card_id, said.card_id), {}),
        (notes.park, (said.card_id,), {}),
        (notes.merge, (said.card_id, _inside(reads, notes.capture, Kind.BARRIER, "C").card_id), {}),
        (notes.delete_contribution, (note.id,), {}),
        (notes.delete_card, (other.card_id,), {}),
    ]:
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
    console = SessionService(console_store, sid, clock)
    notes = NoteService(notes_store, sid, clock)
    console.toggle_timer()
    seen_by_notes = SessionService(notes_store, sid, clock).state()  # the note-taker's screen
    console.move(+1)
    said = notes.capture(Kind.BARRIER, "Geen stages in de bouw", tags=["bouw"])
    second = seen_by_notes.items[1].id
    assert said.item_id == second
    state = console.state()
    assert state.session.current_item_id == second  # the meeting did not move back
    assert state.items[1].running
    assert state.session.tags == ["stage", "bbl", "bouw"]


def test_a_capture_with_an_item_named_or_none_keeps_it(store: Store, clock: FakeClock) -> None:
    sid = import_plan(store, make_plan()).session.id
    service = SessionService(store, sid, clock)
    notes = NoteService(store, sid, clock)
    service.toggle_timer()
    third = store.items(sid)[2].id
    assert notes.capture(Kind.NOTE, "later", item_id=third).item_id == third
    assert notes.capture(Kind.NOTE, "los", item_id=None).item_id is None
    assert notes.capture(Kind.NOTE, "nu").item_id == store.items(sid)[0].id


def test_a_capture_writes_only_the_tag_list_of_the_session(store: Store, clock: FakeClock) -> None:
    sid = import_plan(store, make_plan()).session.id
    SessionService(store, sid, clock).toggle_timer()
    NoteService(store, sid, clock).capture(Kind.ACTION, "Loket", tags=["loket"])
    session_changes = [c for c in store.log(sid) if c.label == "capture action"]
    written = [c.after for c in session_changes if c.table == "sessions"]
    assert written == [{"tags": '["stage", "bbl", "loket"]'}]


def test_tags_added_in_two_windows_are_both_kept(
    two_windows: tuple[Store, Store, int], clock: FakeClock
) -> None:
    first_store, second_store, sid = two_windows
    first = NoteService(first_store, sid, clock)
    second = NoteService(second_store, sid, clock)
    first.session()  # both have looked at the session before either captures
    second.session()
    first.capture(Kind.NOTE, "een", tags=["een"])
    second.capture(Kind.NOTE, "twee", tags=["twee"])
    first.edit_card(first.capture(Kind.BARRIER, "drie").card_id or 0, tags=["drie"])
    assert second.session().tags == ["stage", "bbl", "een", "twee", "drie"]
