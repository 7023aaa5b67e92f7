"""In the check before closing, `p` and `Enter` on an open question say or do something.

`q Wie betaalt de reiskosten?`, `F9`, `p`: the row stayed, the count stayed, and nothing
was said, though the dialog's line of keys offers «p parkeren · Enter oplossen»; `Enter`
did nothing either. `Enter` now goes to the question in the contributions (where it can
be edited, or made a decision once answered); `p` says that a question cannot be parked
and what `Enter` does instead.
"""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from facilitator.domain.clock import FakeClock
from facilitator.domain.gaps import GapKind
from facilitator.domain.model import Kind
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.app import make_app
from facilitator.tui.screens.close import CloseScreen
from facilitator.tui.widgets.log import ContributionLog
from tests.helpers import make_plan

QUESTION = "Wie betaalt de reiskosten?"
SAID = {
    "nl": ("Een open vraag parkeer je niet", "In de bijdragen: " + QUESTION),
    "en": ("An open question cannot be parked", "In the contributions: " + QUESTION),
}


@pytest.fixture
def session(store: Store, clock: FakeClock) -> int:
    sid = import_plan(store, make_plan()).session.id
    meeting = Services.open(store, sid, clock)
    meeting.agenda.toggle_timer()
    meeting.notes.capture(Kind.NOTE, "Eerst iets anders")
    meeting.notes.capture(Kind.QUESTION, QUESTION)
    meeting.notes.capture(Kind.NOTE, "En nog iets")
    return sid


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_p_and_enter_on_an_open_question(
    store: Store, clock: FakeClock, session: int, lang: str
) -> None:
    park, fix = SAID[lang]
    app = make_app(store, session, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("f9")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CloseScreen)
        gaps = app.closing.gaps()
        question = next(g for g in gaps if GapKind.OPEN_QUESTION in g.kinds)
        table = app.screen.query_one(DataTable)
        table.move_cursor(row=gaps.index(question))
        await pilot.press("p")
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert any(m.startswith(park) for m in said), said
        assert isinstance(app.screen, CloseScreen)  # still checking
        assert table.row_count == len(gaps)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, CloseScreen)
        assert fix in [n.message for n in app._notifications]
        log = app.screen.query_one(ContributionLog)
        assert log.selected_id == question.contribution_id
        assert app.focused is log.table
