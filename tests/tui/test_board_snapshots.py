"""Snapshots of the board at 80×24 and 120×40 (frozen clock, a seeded board).

The board is shown on its own (``BoardPane`` in a small app with the real
stylesheet), so the console's header and panels do not change these pictures.
Regenerate after an intended change with ``pytest --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult

import facilitator.tui
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Column
from facilitator.service import NoteService, SessionState
from facilitator.store import Store
from facilitator.tui.widgets.board import BoardPane
from tests.tui.notes_fixtures import import_twente, seed_board

STYLES = Path(facilitator.tui.__file__).parent / "board.tcss"


class BoardHarness(App[None]):
    """Just the board, fed one session state."""

    CSS_PATH = [STYLES]

    def __init__(self, state: SessionState, notes: NoteService) -> None:
        super().__init__()
        self.board_state = state
        self.notes = notes
        self.lang = "nl"

    def compose(self) -> ComposeResult:
        yield BoardPane()

    def on_mount(self) -> None:
        pane = self.query_one(BoardPane)
        pane.compact = self.size.width < 110 or self.size.height < 32
        pane.state = self.board_state
        pane.focus_column()


@pytest.fixture
def harness(store: Store, clock: FakeClock) -> BoardHarness:
    sid = import_twente(store)
    services = seed_board(store, sid, clock)
    return BoardHarness(services.reading.state(), services.notes)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_board(snap_compare: Any, harness: BoardHarness, size: tuple[int, int]) -> None:
    assert snap_compare(harness, terminal_size=size)


def test_board_with_an_ownerless_action_selected(snap_compare: Any, harness: BoardHarness) -> None:
    async def select(pilot: Any) -> None:
        pane = pilot.app.query_one(BoardPane)
        pane.focus_column(column=Column.ACTION)
        await pilot.press("down")

    assert snap_compare(harness, terminal_size=(120, 40), run_before=select)
