"""Pilot tests: the console of a closed session warns of no overrun and offers no remedy."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Digits

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import SessionStatus
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.close import CloseScreen
from facilitator.tui.widgets.agenda import AgendaPanel
from facilitator.tui.widgets.countdown import CurrentItem, Line
from tests.tui.conftest import AppFactory


def shown(widget: Widget) -> str:
    rendered = widget.render()
    text = rendered.plain if isinstance(rendered, Content) else str(rendered)
    return " ".join(text.split())


def current_item(app: FacilitatorApp) -> str:
    """What the current item's panel shows: the countdown and every line of it."""
    panel = app.screen.query_one(CurrentItem)
    lines = [shown(line) for line in panel.query(Line)]
    return " ".join([panel.query_one("#countdown", Digits).value, *lines])


@pytest.mark.parametrize(
    ("size", "lang", "closed"),
    [
        ((80, 24), "nl", "de sessie is gesloten"),
        ((120, 40), "nl", "de sessie is gesloten"),
        ((80, 24), "en", "the session is closed"),
        ((120, 40), "en", "the session is closed"),
    ],
)
async def test_a_closed_session_shows_no_overrun_and_no_offers(
    app_factory: AppFactory,
    store: Store,
    session_id: int,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
    lang: str,
    closed: str,
) -> None:
    """The opening (ten minutes) runs fifteen, then F9 s closes the session. Before, the
    console went on saying «⚠ Punt 1 loopt 05:00 uit» with its offers (t, u) under the
    agenda, and «‖ 1 · Opening … +05:00 over tijd» over the item, under «gesloten»."""
    monkeypatch.chdir(tmp_path)  # the minutes are written here
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.press("space")
        clock.advance(minutes=15)
        app.tick()
        await pilot.pause()
        assert "+05:00" in current_item(app)  # over time while it runs
        assert "⚠" in shown(app.screen.query_one(AgendaPanel))
        await pilot.press("f9")
        assert isinstance(app.screen, CloseScreen)
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert store.session(session_id).status == SessionStatus.CLOSED  # type: ignore[union-attr]
        clock.advance(minutes=1)
        app.tick()
        await pilot.pause()
        agenda = shown(app.screen.query_one(AgendaPanel))
        for warning in ("⚠", "05:", "06:", " t ", " u ", "uitstellen", "defer"):
            assert warning not in agenda, agenda
        item = current_item(app)
        assert closed in item
        for warning in ("+0", "over tijd", "over time"):
            assert warning not in item, item
