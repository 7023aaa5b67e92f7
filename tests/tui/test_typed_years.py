"""A year typed in a due date is the year written, or it is flagged before Enter.

``tot 1-1-0001`` in the capture line, or on a card in the board's editor, was
due on 1 January 2001; it now stays text, with a warning under the line.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Card, Column
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.widgets.card_editor import LineEditor
from tests.tui.conftest import burst_text
from tests.tui.notes_fixtures import app_for, import_twente, seed_board, start_meeting

SIZE = (120, 40)  # the clock: Tuesday 6 October 2020, 14:00 in Twente


@pytest.fixture
def twente(store: Store) -> int:
    return import_twente(store)


def shown(app: FacilitatorApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).content)


async def type_line(pilot: Pilot[Any], text: str) -> None:
    await burst_text(pilot, text)


@pytest.mark.parametrize(
    ("typed", "warning"),
    [
        ("tot 1-1-0001", "«tot 1-1-0001»: het jaar ligt buiten 1900–2199"),
        ("tot 1 jan 0000", "«tot 1 jan 0000»: het jaar ligt buiten 1900–2199"),
        ("tot 1-1-202", "«tot 1-1-202»: schrijf het jaar in vier cijfers, zoals 2020"),
    ],
)
async def test_the_capture_line_flags_a_year_it_cannot_take_and_keeps_it_as_text(
    store: Store, twente: int, clock: FakeClock, typed: str, warning: str
) -> None:
    start_meeting(store, twente, clock)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_line(pilot, f"Brief sturen {typed}")
        await pilot.pause()
        preview = shown(app, "#capture-preview")
        assert f"⚠ {warning}" in preview
        assert "2001" not in preview and "2000" not in preview
        await pilot.press("enter")
        await pilot.pause()
    [card] = store.cards(twente)
    assert (card.title, card.due) == (f"Brief sturen {typed}", None)


async def test_the_capture_line_reads_a_two_digit_year_in_this_century(
    store: Store, twente: int, clock: FakeClock
) -> None:
    start_meeting(store, twente, clock)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_line(pilot, "Brief sturen tot 15-1-21")
        await pilot.pause()
        assert "tot vr 15 jan 2021" in shown(app, "#capture-preview")
        await pilot.press("enter")
        await pilot.pause()
    [card] = store.cards(twente)
    assert (card.title, card.due) == ("Brief sturen", date(2021, 1, 15))


async def test_the_board_editor_flags_a_year_out_of_range_and_saves_no_due_date(
    store: Store, twente: int, clock: FakeClock
) -> None:
    seed_board(store, twente, clock)
    [_, a2] = [c for c in store.cards(twente) if c.column == Column.ACTION]
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "right", "right", "down")
        await type_line(pilot, "!1 jan 0001")
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        preview = shown(app, "#editor-preview")
        assert "⚠ «tot 1 jan 0001»: het jaar ligt buiten 1900–2199" in preview
        assert "2001" not in preview
        await pilot.press("enter")  # no date read: nothing saved, the editor stays
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        assert "niet opgeslagen" in shown(app, "#editor-preview")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, LineEditor)
    card = store.get(Card, a2.id)
    assert card is not None and card.due is None
    assert card.title == a2.title
