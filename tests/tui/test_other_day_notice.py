"""The notice that a session is held on another day than planned: said once when the
session opens, for half a minute of the app's clock, gone when a dialog opens, and gone
from the terminal too, not only from the screen's layout.

In the organiser's wrap-up (a session planned for 2020, held years later) the timer ran
while the board was shown; the notice then stayed drawn on the board long after its time
(its place was never drawn again), a second copy of it stood where it had been before the
capture line lifted it, and at 80×24 it covered the close dialog's buttons.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from textual.pilot import Pilot
from textual.widgets._toast import Toast

from facilitator.domain.clock import FakeClock
from facilitator.service import Services
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.close import CloseScreen
from tests.conftest import SAMPLES
from tests.tui.conftest import burst, burst_text
from tests.tui.drawn import Drawn, laid_out

TODAY = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # the wrap-up was planned for 12 Nov 2020
SAID = "This session was planned for"


@pytest.fixture
def wrap_up(store: Store) -> int:
    plan = load_session_file(SAMPLES / "overijssel-wrap-up.toml", lang="nl")
    return import_plan(store, plan).session.id


def opened(store: Store, session_id: int, clock: FakeClock) -> FacilitatorApp:
    clock.set(TODAY)
    return make_app(store, session_id, lang="en", clock=clock, tick_seconds=0, watch_seconds=0)


def said(app: FacilitatorApp) -> list[str]:
    return [n.message for n in app._notifications if SAID in n.message]


async def seconds_pass(pilot: Pilot[None], app: FacilitatorApp, clock: FakeClock, n: int) -> None:
    """``n`` seconds of the app's clock, a tick each second, as the running app has them."""
    for _ in range(n):
        clock.advance(seconds=1)
        app.tick()
        await pilot.pause()


async def type_line(pilot: Pilot[None], kind: str, text: str) -> None:
    await burst_text(pilot, kind + text)
    await burst(pilot, "enter")


async def test_the_notice_is_drawn_once_and_goes_after_half_a_minute(
    store: Store, wrap_up: int, clock: FakeClock
) -> None:
    app = opened(store, wrap_up, clock)
    drawn = Drawn(app, (120, 40))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        assert drawn.count(SAID) == 1
        # the organiser's wrap-up: the timer, the next item, the floor, two lines, the board
        await pilot.press("space", "right_square_bracket", "4", "f")
        await type_line(pilot, "b", "Te weinig stageplekken")
        assert drawn.count(SAID) == 1
        await type_line(pilot, "a", "Regiotafel plannen")
        assert drawn.count(SAID) == 1
        await pilot.press("f2")
        await seconds_pass(pilot, app, clock, 2)
        # a notice comes under it (S on a barrier): it moves up, and is drawn there
        await pilot.press("S")
        await seconds_pass(pilot, app, clock, 1)
        assert drawn.count(SAID) == 1
        assert drawn.text == laid_out(app)
        await seconds_pass(pilot, app, clock, 26)
        assert said(app) and drawn.count(SAID) == 1
        await seconds_pass(pilot, app, clock, 2)
        assert said(app) == []
        assert drawn.count(SAID) == 0
        assert drawn.text == laid_out(app)


async def test_a_dialog_takes_the_notice_away_and_it_does_not_come_back(
    store: Store, wrap_up: int, clock: FakeClock
) -> None:
    clock.set(TODAY)
    first = store.participants(wrap_up)[0]
    Services.open(store, wrap_up, clock).floor.give_floor(first.id)  # F9 closes a meeting begun
    app = opened(store, wrap_up, clock)
    drawn = Drawn(app, (80, 24))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        assert drawn.count(SAID) == 1
        await pilot.press("f9")
        assert isinstance(app.screen, CloseScreen)
        assert not [t for t in app.screen.query(Toast) if SAID in str(t.render())]
        assert said(app) == []
        assert drawn.count(SAID) == 0
        await pilot.press("escape")
        assert not isinstance(app.screen, CloseScreen)
        await seconds_pass(pilot, app, clock, 1)
        assert said(app) == []
        assert drawn.count(SAID) == 0
