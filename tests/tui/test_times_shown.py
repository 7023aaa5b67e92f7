"""The console shows December times at winter time, for a session planned in October."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from textual.content import Content
from textual.widget import Widget

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.service import Services
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.widgets.header import SessionHeader
from facilitator.tui.widgets.latest import LatestList
from tests.conftest import SAMPLES
from tests.tui.notes_fixtures import app_for


def shown(widget: Widget) -> str:
    rendered = widget.render()
    text = rendered.plain if isinstance(rendered, Content) else str(rendered)
    return " ".join(text.split())


async def test_header_and_latest_show_winter_time(tmp_path: Path) -> None:
    # The Twente sample is planned on Tuesday 6 October 2020 (summer time, UTC+2);
    # it is held on Sunday 6 December 2020 at 07:12 in Twente (winter time, UTC+1).
    clock = FakeClock(datetime(2020, 12, 6, 6, 12, tzinfo=UTC))
    store = Store(tmp_path / "winter.db", clock=clock)
    try:
        sid = import_plan(store, load_session_file(SAMPLES / "twente.toml")).session.id
        Services.open(store, sid, clock).agenda.toggle_timer()
        Services.open(store, sid, clock).notes.capture(Kind.NOTE, "Koffie")
        app = app_for(store, sid, clock)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            header = shown(app.screen.query_one(SessionHeader))
            latest = shown(app.screen.query_one(LatestList))
        assert "07:12" in header and "08:12" not in header
        assert "07:12" in latest and "08:12" not in latest
    finally:
        store.close()
