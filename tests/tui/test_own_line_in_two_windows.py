"""A key typed on the new row straight after Enter acts on this window's own new line,
also when another window's line comes in at the same moment.

The note-taker types `c`, a sentence, `Enter` and at once `K` (or `Delete`) on the log,
which follows the newest row; the facilitator's window saves a line of its own in
between. The other line is newer, so it became the newest row and took the selection:
the `K` changed the facilitator's line and the note-taker's stayed a note. The other
window's save is given on this window's writer, right behind this window's line, so it
is committed after that line and before this window reads the session: for certain,
not once in a while.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from textual import events

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.service import Services
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.widgets.log import ContributionLog
from tests.tui.notes_fixtures import import_twente

SIZE = (120, 40)
OWN = "Stagebegeleiding kost bedrijven te veel tijd"
OTHER = "Voorzitter: tussendoor even de tijd bewaken"


@pytest.fixture
def twente(store: Store, clock: FakeClock) -> int:
    sid = import_twente(store)
    notes = Services.open(store, sid, clock).notes
    for n in range(1, 4):
        notes.capture(Kind.NOTE, f"Eerdere notitie {n}")
        clock.advance(minutes=1)
    return sid


@pytest.fixture
def other_store(store: Store, clock: FakeClock) -> Iterator[Store]:
    """The facilitator's window: its own connection to the same database file."""
    other = Store(store.path, clock=clock)
    yield other
    other.close()


def notetaker(store: Store, session_id: int, clock: FakeClock) -> FacilitatorApp:
    return make_app(
        store, session_id, clock=clock, tick_seconds=0, watch_seconds=0, role=Role.NOTETAKER
    )


async def at_once(app: FacilitatorApp, *keys: str) -> None:
    """Keys as a terminal delivers them: a single character is typed, a name is a key."""
    for key in keys:
        if len(key) == 1:
            await app.keys.arrived(events.Key({" ": "space"}.get(key, key), key))
        else:
            await app.keys.arrived(events.Key(key, None))


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


def texts(store: Store, session_id: int) -> dict[str, Kind]:
    return {c.text: c.kind for c in store.contributions(session_id)}


def said(app: FacilitatorApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_k_straight_after_enter_changes_this_window_s_line_not_the_other_s(
    store: Store, other_store: Store, twente: int, clock: FakeClock
) -> None:
    facilitator = Services.open(other_store, twente, clock, origin="voorzitter")
    app = notetaker(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await done(app, pilot)
        gate = held(app)
        await at_once(app, "c", *OWN, "enter")
        # the facilitator's line, saved right after this one and before it is shown
        app.submit(facilitator.notes.capture, Kind.NOTE, OTHER)
        await at_once(app, "K")
        gate.set()
        await done(app, pilot)
        await pilot.press(*"besluit", "enter")
        await done(app, pilot)
        log = app.screen.query_one(ContributionLog)
        assert log.selected is not None and log.selected.text == OWN
    kinds = texts(store, twente)
    assert kinds[OWN] == Kind.DECISION
    assert kinds[OTHER] == Kind.NOTE
    assert [kinds[f"Eerdere notitie {n}"] for n in range(1, 4)] == [Kind.NOTE] * 3


async def test_delete_straight_after_enter_deletes_this_window_s_line_not_the_other_s(
    store: Store, other_store: Store, twente: int, clock: FakeClock
) -> None:
    facilitator = Services.open(other_store, twente, clock, origin="voorzitter")
    app = notetaker(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await done(app, pilot)
        gate = held(app)
        await at_once(app, "c", *OWN, "enter")
        app.submit(facilitator.notes.capture, Kind.NOTE, OTHER)
        await at_once(app, "delete")
        gate.set()
        await done(app, pilot)
    kinds = texts(store, twente)
    assert OWN not in kinds
    assert kinds[OTHER] == Kind.NOTE
    assert len(kinds) == 4


async def test_another_window_s_line_coming_in_leaves_this_window_s_new_line_selected(
    store: Store, other_store: Store, twente: int, clock: FakeClock
) -> None:
    """This window's line is saved and shown, selected as the newest; then the other
    window's line comes in above it. The log still shows the newest at the top, and the
    selection stays on the line the user's next key is about to act on: their own."""
    facilitator = Services.open(other_store, twente, clock, origin="voorzitter")
    app = notetaker(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "c", *OWN, "enter")
        await done(app, pilot)
        log = app.screen.query_one(ContributionLog)
        assert log.selected is not None and log.selected.text == OWN
        facilitator.notes.capture(Kind.NOTE, OTHER)
        app.check_external()
        await done(app, pilot)
        assert log.table.get_row_at(0)[4].plain == OTHER  # the newest in view, at the top
        assert log.selected is not None and log.selected.text == OWN
        await pilot.press("K", *"besluit", "enter")
        await done(app, pilot)
        # once the user moves to the newest row, the log follows the newest again
        await pilot.press("up")
        facilitator.notes.capture(Kind.QUESTION, "Nog een vraag van de voorzitter")
        app.check_external()
        await done(app, pilot)
        assert log.selected is not None and log.selected.text == "Nog een vraag van de voorzitter"
    kinds = texts(store, twente)
    assert kinds[OWN] == Kind.DECISION and kinds[OTHER] == Kind.NOTE


async def test_a_window_reading_older_rows_keeps_its_row_when_its_own_line_is_saved(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """Someone who moved down to read an older row keeps it selected when they capture a
    line (as before): only a log that follows the newest goes to the line saved."""
    app = notetaker(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "down", "down")
        log = app.screen.query_one(ContributionLog)
        reading = log.selected
        assert reading is not None and reading.text == "Eerdere notitie 1"
        await pilot.press("c", *OWN, "enter")
        await done(app, pilot)
        assert log.selected == reading
