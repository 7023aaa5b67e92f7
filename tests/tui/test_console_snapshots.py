"""Snapshots of the console mid-meeting, at 80×24 and 120×40, in Dutch and English.

The clock is frozen (FakeClock), the app's timers are off, and the scene is
played with keys: an item running over, a speaker with a maximum speaking
time, a queue with a point of order, and three contributions.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from facilitator.domain.clock import FakeClock
from facilitator.store import Store
from tests.tui.conftest import AppFactory, add_contribution

SnapCompare = Callable[..., bool]


def scene(store: Store, session_id: int, clock: FakeClock) -> Callable[[Pilot[None]], object]:
    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app

        async def later(seconds: float) -> None:
            clock.advance(seconds=seconds)
            app.tick()  # type: ignore[attr-defined]
            await pilot.pause()

        await pilot.press("space", "1", "f")
        await later(150)
        await pilot.press("x", "4", "7", "2", "f")
        await later(9 * 60 + 40)  # item 1 (10 min) is now 2:10 over; 4 has spoken 9:40
        await pilot.press("f")
        await pilot.press("p", "1", "0", "enter")  # Ronald Wolters (UWV): point of order
        for n, text in enumerate(
            (
                "Te weinig stageplaatsen in de bouw",
                "Leerwerkakkoord uitbreiden naar techniek",
                "Matchpunt stage/bbl opzetten",
            ),
            start=1,
        ):
            add_contribution(store, session_id, clock, text, participant=n * 3)
        app.reload()  # type: ignore[attr-defined]
        await later(50)

    return run_before


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_console(
    snap_compare: SnapCompare,
    app_factory: AppFactory,
    store: Store,
    session_id: int,
    clock: FakeClock,
    lang: str,
    size: tuple[int, int],
) -> None:
    app = app_factory(session_id, lang=lang)
    assert snap_compare(app, terminal_size=size, run_before=scene(store, session_id, clock))
