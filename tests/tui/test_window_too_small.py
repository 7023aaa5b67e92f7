"""A terminal smaller than the layout needs says so, over the whole screen, in the
session's language: «Venster te klein: minstens 50×15 nodig (nu 40×12)». Before, the
screen was just cut («? he▏^p opdrachten»). What is typed meanwhile is kept, the keys
still work, and at a size that fits the screen shows as it was."""

from __future__ import annotations

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp, make_app
from tests.tui.drawn import laid_out
from tests.tui.notes_fixtures import import_twente, start_meeting

SAYS = {
    "nl": "Venster te klein: minstens 50×15 nodig (nu {w}×{h})",
    "en": "Window too small: needs at least 50×15 (now {w}×{h})",
}


@pytest.fixture
def twente(store: Store) -> int:
    return import_twente(store)


def shown(app: FacilitatorApp) -> str:
    """The screen as drawn, its lines joined (a message wraps on a narrow terminal)."""
    return " ".join(" ".join(laid_out(app).split()).split("\n"))


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER, Role.WALL])
async def test_each_screen_says_the_window_is_too_small(
    store: Store, twente: int, clock: FakeClock, lang: str, role: Role
) -> None:
    start_meeting(store, twente, clock)
    app = make_app(
        store, twente, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, role=role
    )
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert SAYS[lang].format(w=40, h=12) in shown(app)
        await pilot.resize_terminal(20, 8)
        await pilot.pause()
        assert SAYS[lang].format(w=20, h=8) in shown(app)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert SAYS[lang].format(w=80, h=24) not in shown(app)
        assert "50×15" not in shown(app)
        await pilot.resize_terminal(60, 16)  # the least that fits
        await pilot.pause()
        assert "50×15" not in shown(app)


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER])
async def test_a_line_half_typed_survives_the_window_being_too_small(
    store: Store, twente: int, clock: FakeClock, role: Role
) -> None:
    start_meeting(store, twente, clock)
    app = make_app(store, twente, clock=clock, tick_seconds=0, watch_seconds=0, role=role)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("b", *"Te weinig")
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        assert SAYS["nl"].format(w=40, h=12) in shown(app)
        await pilot.press(*" stages")  # typing goes on, into the same line
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "Venster te klein" not in shown(app)
        assert "Te weinig stages" in shown(app)
        await pilot.press("enter")
        await pilot.pause()
    said = [c.text for c in store.contributions(twente)]
    assert "Te weinig stages" in said
