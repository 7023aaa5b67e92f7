"""The contribution selected stays in sight when the detail under the table grows.

At 80×24 the detail of a contribution of five rows took two rows more from the table,
which did not scroll: the row selected went under the detail, and ``Delete`` or ``K``
acted on a contribution the user could not see.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import DataTable

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Contribution, Kind
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from tests.tui.notes_fixtures import app_for, import_twente

LONG = (
    "Bedrijven in de bouw haken af als leerbedrijf omdat de begeleiding van bbl'ers te "
    "veel tijd kost, de vergoeding daarvoor niet opweegt tegen het verlies aan productie op "
    "de bouwplaats, en de scholen de leerlingen te laat aanmelden om nog een plek te vinden "
    "voor het nieuwe schooljaar dat in september begint"
)


@pytest.fixture
def busy(store: Store, clock: FakeClock) -> int:
    """Thirty short notes, the oldest a long one: ``End`` selects it."""
    sid = import_twente(store)
    with store.change(sid, "bulk") as tx:
        for i in range(30):
            text = LONG if i == 0 else f"notitie {i}"
            tx.insert(Contribution(0, sid, Kind.NOTE, text, clock.now(), participant_id=None))
            clock.advance(seconds=30)
    return sid


def table(app: FacilitatorApp) -> DataTable[Any]:
    return app.screen.query_one("#log-table", DataTable)


def selected_in_sight(app: FacilitatorApp) -> bool:
    """Whether the whole row under the cursor is in the table's rows shown."""
    shown = table(app)
    rows = shown.ordered_rows
    top = sum(row.height for row in rows[: shown.cursor_row])
    bottom = top + rows[shown.cursor_row].height
    seen = int(shown.scroll_offset.y)
    room = shown.scrollable_content_region.height - shown.header_height
    return seen <= top and bottom <= seen + room


@pytest.mark.parametrize("keys", [("end",), ("end", "home", "end")], ids=["end", "back"])
async def test_the_oldest_long_contribution_stays_in_sight_under_its_detail(
    store: Store, busy: int, clock: FakeClock, keys: tuple[str, ...]
) -> None:
    app = app_for(store, busy, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3", *keys)
        await pilot.pause()
        detail = app.screen.query_one("#log-detail")
        assert "bbl'ers" in str(detail.content)  # type: ignore[attr-defined]
        assert detail.size.height >= 4  # the detail grew for the long text
        assert selected_in_sight(app)


async def test_arrows_down_to_the_long_contribution_keep_it_in_sight(
    store: Store, busy: int, clock: FakeClock
) -> None:
    app = app_for(store, busy, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        for _ in range(29):
            await pilot.press("down")
            assert selected_in_sight(app)
