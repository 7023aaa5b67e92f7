"""The editor of a card or a contribution opens with its cursor at the end of the line,
and shows that end: a line longer than the editor showed its start (``… tot 2020``), the
due date cut off, while the cursor stood beyond it, and End changed nothing on screen."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind, Owner
from facilitator.service import Services
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.widgets.capture_input import CaptureInput
from facilitator.tui.widgets.card_editor import LineEditor
from tests.tui.drawn import Drawn
from tests.tui.notes_fixtures import app_for, import_twente

TEXT = "te weinig stageplaatsen in de zorg en de bouw"


@pytest.fixture
def twente(store: Store, clock: FakeClock) -> int:
    sid = import_twente(store)
    jeroen = next(p for p in store.participants(sid) if p.name == "Jeroen Brinkhuis")
    Services.open(store, sid, clock).notes.capture(
        Kind.BARRIER,
        TEXT,
        owners=[Owner("UWV Twente", jeroen.id)],
        due=date(2020, 11, 3),
    )
    return sid


def shown(app: FacilitatorApp) -> str:
    """The editor's line as drawn."""
    field = app.screen.query_one("#editor-input", CaptureInput)
    return field.render_line(0).text.strip()


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=["80x24", "100x30"])
@pytest.mark.parametrize("keys", [("f2", "enter"), ("f3", "enter")], ids=["board", "log"])
async def test_the_editor_shows_the_end_of_a_long_line_where_its_cursor_is(
    store: Store, twente: int, clock: FakeClock, size: tuple[int, int], keys: tuple[str, ...]
) -> None:
    app = app_for(store, twente, clock)
    drawn = Drawn(app, size)
    async with app.run_test(size=size) as pilot:
        await pilot.press(*keys)
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        assert drawn.count("Jeroen Brinkhuis tot 2020-11-03") == 1, drawn.text
        field = app.screen.query_one("#editor-input", CaptureInput)
        assert field.value.startswith(TEXT) and field.value.endswith("tot 2020-11-03")
        assert len(field.value) > field.content_size.width  # longer than the editor
        assert field.cursor_position == len(field.value)
        assert shown(app).endswith("tot 2020-11-03"), shown(app)
        await pilot.press("home")
        assert shown(app).startswith(TEXT[:20]), shown(app)
        await pilot.press("end")
        assert shown(app).endswith("tot 2020-11-03"), shown(app)
