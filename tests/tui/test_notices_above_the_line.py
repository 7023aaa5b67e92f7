"""Notices stand above the rows the note-taker types in and reads: the capture line (its
typed text and preview), the lines waiting unsaved, and the save-status line.

At 80×24 the notice that the session was planned on another day (about six rows, for
half a minute) covered the right half of the bottom rows: the words typed in the line
and the database's message above the footer could not be read.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets._toast import Toast

from facilitator.domain.clock import FakeClock
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.widgets.capture import CaptureBar
from facilitator.tui.widgets.footer import KeyFooter
from facilitator.tui.widgets.save_status import SaveStatus
from tests.tui.conftest import burst_text
from tests.tui.notes_fixtures import import_twente, start_meeting
from tests.tui.test_faults import read_only_connections, until

SIZES = [(80, 24), (120, 40)]
SIZE_IDS = ["80x24", "120x40"]
ANOTHER_DAY = datetime(2020, 12, 2, 7, 12, tzinfo=UTC)  # planned on Tue 6 Oct 2020


@pytest.fixture
def twente(store: Store) -> int:
    return import_twente(store)


def opened(store: Store, session_id: int, clock: FakeClock, role: Role) -> FacilitatorApp:
    """The app a day after the planned one: it says so in a notice of half a minute."""
    clock.set(ANOTHER_DAY)
    return make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0.02, role=role)


def notices(app: FacilitatorApp) -> list[Toast]:
    return list(app.screen.query(Toast))


def rows_below(app: FacilitatorApp) -> list[Widget]:
    """The rows under the panes that show now: the capture line, the save status, the footer."""
    rows: list[Widget] = [*app.screen.query(CaptureBar), app.screen.query_one(SaveStatus)]
    rows.append(app.screen.query_one(KeyFooter))
    return [row for row in rows if row.display and row.region]


def covered(app: FacilitatorApp) -> list[str]:
    """Each row under the panes that a notice covers, with the two regions (and a notice
    pushed off the top of the screen)."""
    return [
        f"{type(row).__name__} {row.region} under {toast.region}"
        for toast in notices(app)
        for row in rows_below(app)
        if toast.region.overlaps(row.region)
    ] + [f"off the screen: {toast.region}" for toast in notices(app) if toast.region.y < 0]


async def type_text(pilot: Pilot[None], text: str) -> None:
    await burst_text(pilot, text)


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER], ids=["console", "notes"])
@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_the_notice_of_another_day_covers_neither_the_line_nor_the_database_message(
    store: Store,
    twente: int,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
    role: Role,
) -> None:
    start_meeting(store, twente, clock)
    app = opened(store, twente, clock, role)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.pause()
        assert any("gepland op" in str(t.render()) for t in notices(app))
        bar = app.screen.query_one(CaptureBar)
        status = app.screen.query_one(SaveStatus)
        # the line open, words typed in it
        await pilot.press("b")
        await type_text(pilot, "Te weinig stageplekken")
        await pilot.pause()
        assert covered(app) == []
        with read_only_connections(store, monkeypatch):
            # Enter: the database cannot save it, its message shows above the footer
            await pilot.press("enter")
            await until(pilot, lambda: "alleen-lezen" in str(status.content), "message")
            await until(pilot, lambda: bool(bar.unsaved), "the line waiting")
            await pilot.pause()
            # the line closed, the count of the lines waiting under it
            assert bar.display and "1 regel niet opgeslagen" in str(
                app.screen.query_one("#capture-preview").render()
            )
            assert status.display and status.region
            assert covered(app) == []
            # the next line open, the message still there
            await pilot.press("o")
            await type_text(pilot, "Een gedeelde stagebank")
            await pilot.pause()
            assert bar.is_open and covered(app) == []
            await pilot.press("escape")
        await pilot.pause()
        assert any("gepland op" in str(t.render()) for t in notices(app))
