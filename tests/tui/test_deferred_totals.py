"""A deferred item's plan is out of the planned total, on the console and in the minutes.

The agenda of the Twente sample is 110 minutes. Deferring item 2 (20 minutes) with
`u` → `2` → Enter, the console's total said 90 and the minutes' table 1 h 50 min. One
rule in both places: a deferred item's planned time is not in the total (the meeting
no longer plans to spend it today), the time it took before it was deferred is spent.
"""

from __future__ import annotations

import re

import pytest
from textual.pilot import Pilot

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import ItemStatus
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.picker import Picker
from facilitator.tui.widgets.agenda import AgendaPanel
from tests.tui.conftest import AppFactory
from tests.tui.test_console import SIZE, shown, tick

NOTE = {
    "nl": (
        "Het geplande totaal telt een uitgesteld punt niet mee (de geplande tijd tussen "
        "haakjes); de tijd die het al kreeg wel."
    ),
    "en": (
        "The planned total leaves out a deferred item (its planned time in brackets); the "
        "time it already took is counted."
    ),
}


def console_total(app: FacilitatorApp) -> str:
    """The console's total: ``totaal 90 7``."""
    found = re.search(r"(?:totaal|total) \d+ \d+", shown(app.screen.query_one(AgendaPanel)))
    assert found is not None
    return found[0]


def minutes_total(store: Store, session_id: int, lang: str) -> str:
    """The minutes' total row, without its first cell."""
    text = render_markdown(collect(store, session_id), lang)
    return next(line for line in text.splitlines() if "| **Tota" in line)


async def defer_item_2(app: FacilitatorApp, pilot: Pilot[None]) -> None:
    await pilot.press("u")
    assert isinstance(app.screen, Picker)
    await pilot.press("2", "enter")


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_a_deferred_item_to_come_is_out_of_both_planned_totals(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock, lang: str
) -> None:
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await defer_item_2(app, pilot)
        await tick(app, clock, 0, pilot)
        assert store.items(session_id)[1].status == ItemStatus.DEFERRED
        assert console_total(app) == ("totaal 90 0" if lang == "nl" else "total 90 0")
    total = minutes_total(store, session_id, lang)
    assert f"| {'1 u' if lang == 'nl' else '1 h'} 30 min | 0 min |" in total
    text = render_markdown(collect(store, session_id), lang)
    assert "| 2 | Mbo 2/3 na de coronacrisis | (20 min) | — | — |" in text
    assert NOTE[lang] in text


async def test_the_time_a_deferred_item_took_is_spent_in_both_totals(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    """Three minutes on item 1, two on item 2, which is then deferred, two on item 3: the
    console says `totaal 90 7`, and so do the minutes."""
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        await tick(app, clock, 3 * 60, pilot)
        await pilot.press("right_square_bracket")
        await tick(app, clock, 2 * 60, pilot)
        await defer_item_2(app, pilot)
        await tick(app, clock, 2 * 60, pilot)
        assert console_total(app) == "totaal 90 7"
    total = minutes_total(store, session_id, "nl")
    assert total.endswith("| **Totaal** | 1 u 30 min | 7 min | −1 u 23 min |  |")
    text = render_markdown(collect(store, session_id), "nl")
    assert "| 2 | Mbo 2/3 na de coronacrisis | (20 min) | 2 min | −18 min | uitgesteld |" in text
    assert "Besteed: 7 min van 1 u 30 min gepland." in text
