"""A notice reaches the right edge of the screen: nothing of what it covers shows beside it.

Textual keeps the notices in a rack with room for a scroll bar on its right, two columns
that are never drawn: there the screen under the notice showed through, on every row of
it. In a terminal that read as a stray letter after the notice (a lone `g` in column 120
after «Ongedaan gemaakt: …», the last letter of a row of the log underneath).
"""

from __future__ import annotations

import pytest
from textual.widgets._toast import Toast

from facilitator.domain.clock import FakeClock
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp, make_app
from tests.tui.notes_fixtures import import_twente, seed_board

SIZES = [(80, 24), (120, 40)]
SIZE_IDS = ["80x24", "120x40"]


def screen_rows(app: FacilitatorApp) -> list[str]:
    """The screen as drawn, a row of text each."""
    return [row.text for row in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER], ids=["console", "notes"])
@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_beside_a_notice_nothing_of_the_screen_under_it_shows(
    store: Store, clock: FakeClock, size: tuple[int, int], role: Role
) -> None:
    twente = import_twente(store)
    seed_board(store, twente, clock)  # a board and a log with rows under the notice
    app = make_app(store, twente, clock=clock, tick_seconds=0, watch_seconds=0, role=role)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("c", *"Een notitie", "enter", "ctrl+z")
        [toast] = [t for t in app.screen.query(Toast) if "Ongedaan" in str(t.render())]
        region = toast.region
        rows = screen_rows(app)
        width = size[0]
        assert region.right == width
        # the padding rows above and under the words: the notice's edge, and blank
        assert rows[region.y][region.x :].strip() == "▌"
        assert rows[region.bottom - 1][region.x :].strip() == "▌"
        for y in range(region.y, region.bottom):
            assert rows[y][width - 1] == " ", rows[y]
