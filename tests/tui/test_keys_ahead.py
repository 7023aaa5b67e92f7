"""The facilitator's keys typed faster than the saves: none refused because of an old screen.

`f`, `x`, `s` and `t` are dimmed in the footer when they would do nothing. That
judgement is made on the session as the screen last showed it; while commands
given by earlier keys are still on their way it is out of date (``1 f`` typed at
once: the queue shown is still empty). Then the key must still run, and the
service decides when the command runs. The writer is held on purpose here, so
that the screen is behind for certain.
"""

from __future__ import annotations

import threading

from textual import events

from facilitator.domain.clock import FakeClock
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.widgets.footer import KeyRow
from tests.tui.notes_fixtures import app_for, import_twente

SIZE = (120, 40)


async def keys_at_once(app: FacilitatorApp, keys: str) -> None:
    """Keys as a terminal delivers them, routed one after the other with no waiting."""
    for ch in keys:
        await app.keys.arrived(events.Key({" ": "space"}.get(ch, ch), ch))


def floor(store: Store, session_id: int) -> list[tuple[str, bool]]:
    """Who spoke, in order, and whether they still speak."""
    names = {p.id: p.name for p in store.participants(session_id)}
    return [(names[s.participant_id], s.ended_at is None) for s in store.speeches(session_id)]


async def test_queue_and_floor_typed_at_once(store: Store, clock: FakeClock) -> None:
    twente = import_twente(store)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        gate = threading.Event()
        app.submit(gate.wait, 10)  # the writer is busy: the screen stays as it is
        await keys_at_once(app, " 1f")  # timer, Erik raises a hand, Erik gets the floor
        assert app.behind
        gate.set()
        await pilot.pause()
        assert floor(store, twente) == [("Erik Nijhuis", True)]

        gate = threading.Event()
        app.submit(gate.wait, 10)
        await keys_at_once(app, "x23s")  # Erik done; two hands; the suggestion speaks
        gate.set()
        await pilot.pause()
        assert floor(store, twente) == [("Erik Nijhuis", False), ("Fatma Yıldız", True)]
        assert [e.participant_id for e in store.queue(twente)] == [store.participants(twente)[2].id]


async def test_keys_that_would_do_nothing_still_do_nothing(store: Store, clock: FakeClock) -> None:
    """With the screen up to date the footer's judgement holds: `f` and `x` with nobody
    waiting or speaking change nothing and say nothing."""
    twente = import_twente(store)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", "x", "s")
        assert not app.behind
        assert floor(store, twente) == []
        assert store.queue(twente) == []


def footer(app: FacilitatorApp) -> list[str]:
    """The words of the keys the footer offers, as drawn (a dimmed key is not offered)."""
    return [key.words for key in app.screen.query_one(KeyRow).keys if key.enabled]


DYNAMIC_WORDS = {"woord", "klaar", "suggestie", "tijd nemen"}
"""The words of `f`, `x`, `s` and `t` in the footer."""


async def test_footer_drawn_while_a_save_was_on_its_way_is_drawn_again_once_it_is_in(
    store: Store, clock: FakeClock
) -> None:
    """A line saved while the writer is busy: the footer drawn meanwhile offers `f`, `x`,
    `s` and `t` (typed then, they must still run). Once the save is in, with nobody
    speaking or waiting, it offers none of them: `x klaar` stood there while the console
    said «Niemand heeft het woord»."""
    twente = import_twente(store)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b", *"Bedrijven haken af", "enter")
        assert not DYNAMIC_WORDS & set(footer(app))
        gate = threading.Event()
        app.submit(gate.wait, 10)  # the writer is busy: the next line's save waits
        await keys_at_once(app, "oSamenwerking met gemeenten")
        await app.keys.arrived(events.Key("enter", "\r"))
        await pilot.wait_for_scheduled_animations()  # drawn while the save waits
        assert app.behind and "klaar" in footer(app)
        gate.set()
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()  # the footer drawn again
        assert not DYNAMIC_WORDS & set(footer(app))
