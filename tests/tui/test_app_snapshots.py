"""Snapshots of the whole app on the Board and Contributions tabs after a scripted meeting.

The scripted meeting (``tests/scripted.py``) has cards of every column, an action
without an owner, a barrier no action addresses, a merged and a parked card.
The clock is frozen and the app's timers are off.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from facilitator.domain.clock import FakeClock
from facilitator.store import Store
from facilitator.tui.app import make_app
from tests.scripted import build_scripted_session

SnapCompare = Callable[..., bool]


@pytest.mark.parametrize("tab", ["f2", "f3"], ids=["board", "log"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_tab(
    snap_compare: SnapCompare, store: Store, clock: FakeClock, tab: str, size: tuple[int, int]
) -> None:
    session_id = build_scripted_session(store, clock)
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.press(tab)
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)
