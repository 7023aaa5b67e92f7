"""Keys typed right after a change act on what the screen shows once that change is in.

A key on the board (F2), in the contributions (F3) or on the selected queue entry acts on
the selection. Typed in the same burst as a change (a new note, a delete, a move), it
means the selection as it will be after that change: the new note that became the
newest row, the card after the one deleted, the card in its new column. The writer is
held on purpose (a command that waits on a gate), so that the screen is behind for
certain when the keys arrive; the keys go in with no waiting between them.
"""

from __future__ import annotations

import threading

import pytest
from textual import events

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Card, Column
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from tests.tui.notes_fixtures import app_for, import_twente, seed_board

SIZE = (120, 40)


@pytest.fixture
def twente(store: Store, clock: FakeClock) -> int:
    sid = import_twente(store)
    seed_board(store, sid, clock)
    return sid


async def at_once(app: FacilitatorApp, *keys: str) -> None:
    """Keys as a terminal delivers them: a single character is typed, a name is a key."""
    for key in keys:
        if len(key) == 1:
            await app.keys.arrived(events.Key({" ": "space"}.get(key, key), key))
        else:
            await app.keys.arrived(events.Key(key, None))


def typed(text: str) -> list[str]:
    return list(text)


def held(app: FacilitatorApp) -> threading.Event:
    """Keep the writer busy until the returned gate is set: the screen stays behind."""
    gate = threading.Event()
    app.submit(gate.wait, 10)
    return gate


async def done(app: FacilitatorApp, pilot: object) -> None:
    for _ in range(20):
        await app.settle()
        await pilot.pause()  # type: ignore[attr-defined]
        if not app.behind and not app.keys.waiting:
            return


def column(store: Store, sid: int, which: Column) -> list[Card]:
    return [c for c in store.cards(sid) if c.column == which]


async def test_delete_then_down_then_vote_votes_on_the_card_after_the_next(
    store: Store, twente: int, clock: FakeClock
) -> None:
    from facilitator.domain.model import Kind
    from facilitator.service import Services

    Services.open(store, twente, clock).notes.capture(Kind.BARRIER, "Derde barrière")
    first, second, third = (c.id for c in column(store, twente, Column.BARRIER))
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await done(app, pilot)
        gate = held(app)
        await at_once(app, "delete", "down", "v")  # delete B1; the next after B2; vote
        gate.set()
        await done(app, pilot)
    votes = {c.id: c.votes for c in column(store, twente, Column.BARRIER)}
    assert first not in votes
    assert votes[third] == 1 and votes[second] == 0, votes


async def test_delete_twice_deletes_two_cards(store: Store, twente: int, clock: FakeClock) -> None:
    app = app_for(store, twente, clock)
    before = len(store.cards(twente))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await done(app, pilot)
        await pilot.press("right")  # the opportunities
        await pilot.press("left")
        gate = held(app)
        await at_once(app, "delete", "delete")
        gate.set()
        await done(app, pilot)
        said = [str(n.message) for n in app._notifications]
    assert len(store.cards(twente)) == before - 2
    assert not any("bestaat niet (meer)" in s for s in said), said


async def test_shift_right_twice_moves_a_card_two_columns(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    first = column(store, twente, Column.BARRIER)[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await done(app, pilot)
        gate = held(app)
        await at_once(app, "shift+right", "shift+right")
        gate.set()
        await done(app, pilot)
    moved = store.get(Card, first.id)
    assert moved is not None and moved.column == Column.ACTION


async def test_a_new_note_then_delete_in_the_log_deletes_the_new_note(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await done(app, pilot)
        before = {c.id: c.text for c in store.contributions(twente)}
        gate = held(app)
        await at_once(app, "c", *typed("Foute notitie, weg ermee"), "enter", "delete")
        gate.set()
        await done(app, pilot)
    after = {c.id: c.text for c in store.contributions(twente)}
    assert after == before  # the new note came and went; every older one stayed


async def test_a_new_note_then_k_changes_the_kind_of_the_new_note(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await done(app, pilot)
        before = {c.id: c.kind for c in store.contributions(twente)}
        gate = held(app)
        await at_once(app, "c", *typed("Oeps verkeerde soort"), "enter", "K")
        gate.set()
        await done(app, pilot)
        await pilot.press(*"barr", "enter")
        await done(app, pilot)
    after = {c.id: (c.kind, c.text) for c in store.contributions(twente)}
    new = [cid for cid in after if cid not in before]
    assert len(new) == 1 and after[new[0]] == ("barrier", "Oeps verkeerde soort")
    assert {cid: after[cid][0] for cid in before} == before  # no older note changed
