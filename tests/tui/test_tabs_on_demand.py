"""The board and the contributions log are built when their tab is first shown.

The first frame shows the console only, so the main screen builds only the
console before it. A tab key that builds a pane holds the keys typed after it
until the pane is drawn: ``F3 ↓ Delete`` typed in one go deletes the second
contribution of the log, not nothing, and ``F2 ↓ v v`` votes twice for the
second barrier card, however fast the keys come.
"""

from __future__ import annotations

import asyncio

import pytest
from textual import events
from textual.pilot import Pilot

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Card, Column
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.main import MainScreen
from facilitator.tui.widgets.board import BoardPane
from facilitator.tui.widgets.log import ContributionLog
from facilitator.tui.widgets.tabstrip import TabStrip
from tests.tui.notes_fixtures import app_for, import_twente, seed_board

SIZE = (120, 40)


@pytest.fixture
def twente(store: Store, clock: FakeClock) -> int:
    sid = import_twente(store)
    seed_board(store, sid, clock)
    return sid


async def burst(app: FacilitatorApp, *keys: str) -> None:
    """Keys arriving while the app is still busy with the first: none waits for another."""
    arrivals = [asyncio.create_task(app.keys.arrived(events.Key(key, None))) for key in keys]
    await asyncio.gather(*arrivals)


def barriers(store: Store, sid: int) -> list[Card]:
    return [c for c in store.cards(sid) if c.column == Column.BARRIER]


async def test_only_the_console_is_built_before_the_first_frame(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.screen.query(BoardPane) and not app.screen.query(ContributionLog)
        await pilot.press("f3")
        assert app.screen.query_one(ContributionLog).table.row_count == 5
        assert not app.screen.query(BoardPane)


async def test_keys_typed_after_f3_wait_for_the_log(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    second = sorted(store.contributions(twente), key=lambda c: -c.id)[1]
    async with app.run_test(size=SIZE) as pilot:
        await burst(app, "f3", "down", "delete")
        await app.settle()
        await pilot.pause()
        assert second.id not in {c.id for c in store.contributions(twente)}
        assert len(store.contributions(twente)) == 4
        assert app.screen.query_one(ContributionLog).table.row_count == 4


async def test_keys_typed_after_f2_wait_for_the_board(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    first, second = barriers(store, twente)[:2]
    async with app.run_test(size=SIZE) as pilot:
        await burst(app, "f2", "down", "v", "v")
        await app.settle()
        await pilot.pause()
        votes = {c.id: c.votes for c in barriers(store, twente)}
        assert votes[second.id] == second.votes + 2
        assert votes[first.id] == first.votes


async def test_a_tab_clicked_is_built_and_takes_the_keys(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        strip = app.screen.query_one(TabStrip)
        await pilot.click(TabStrip, offset=(strip.label_span("log")[0], 0))
        await pilot.pause()
        assert strip.active == "log"
        table = app.screen.query_one(ContributionLog).table
        assert table.row_count == 5 and table.has_focus


async def test_the_close_check_goes_to_a_card_on_a_board_not_built_yet(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    second = barriers(store, twente)[1]
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        screen.show_card(second.id)
        await burst(app, "v")  # typed before the board is there: waits for it
        await app.settle()
        await pilot.pause()
        assert screen.board_pane().selected_card_id == second.id
        assert store.get(Card, second.id).votes == second.votes + 1  # type: ignore[union-attr]


async def test_keys_typed_while_the_app_starts_wait_for_the_screen(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """F2 ↓ v typed as the app starts (before the main screen has mounted all it shows)
    still vote for the second barrier card on the board."""
    app = app_for(store, twente, clock)
    first, second = barriers(store, twente)[:2]

    shown: list[str] = []

    async def typed_at_once(pilot: Pilot[object]) -> None:
        await burst(app, "f2", "down", "v")  # as soon as the app runs: no pause
        await app.settle()
        await pilot.pause()
        shown.extend(p.id or "" for p in app.screen.query("#tab-panes > TabPane") if p.display)
        app.exit()

    await app.run_async(headless=True, size=SIZE, auto_pilot=typed_at_once)
    assert shown == ["board"]
    votes = {c.id: c.votes for c in barriers(store, twente)}
    assert votes[second.id] == second.votes + 1
    assert votes[first.id] == first.votes


async def test_the_underline_moves_under_the_tab_shown_and_a_hovered_tab_lights_up(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        strip = app.screen.query_one(TabStrip)
        assert (strip.highlight_start, strip.highlight_end) == strip.label_span("console")
        await pilot.press("f3")
        await pilot.wait_for_scheduled_animations()
        assert (strip.highlight_start, strip.highlight_end) == strip.label_span("log")
        labels = strip.render_line(0)
        await pilot.hover(TabStrip, offset=(strip.label_span("board")[0], 0))
        assert strip.render_line(0) != labels
