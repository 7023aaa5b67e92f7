"""On a terminal of 16 colours (``TERM=xterm``, ``linux``, ``screen``) the warnings stay red
and the kinds keep colours of their own.

The theme's muted shades went to the terminal as the nearest of its 16 colours: the time
over, the speaker past their time and the agenda's overrun in plain white (``ESC[37m``),
and the badges BARRIÈRE, KANS and ACTIE all on the same light grey (``ESC[47m``).
"""

from __future__ import annotations

import re

import pytest
import textual.constants
from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from facilitator.domain.clock import FakeClock
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from tests.tui.notes_fixtures import app_for, import_twente, seed_board, start_meeting

RED = {"31", "91"}
BACKGROUNDS = {"barrier": {"41", "101"}, "opportunity": {"42", "102"}, "action": {"44", "104"}}


@pytest.fixture
def over_time(store: Store, clock: FakeClock) -> int:
    """The first item 25 minutes on, past its time; participant 3 speaking as long."""
    sid = import_twente(store)
    seed_board(store, sid, clock)
    start_meeting(store, sid, clock, speaker=3)
    clock.advance(minutes=25)
    return sid


def terminal(system: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The terminal's colours as Rich finds them from ``TERM`` (``xterm``: standard)."""
    monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", system)


def sent(app: FacilitatorApp, widget: Widget, text: str) -> list[str]:
    """The SGR sequences the terminal is sent for the segments of ``widget`` holding
    ``text`` (``"1;30;101"``)."""
    strips = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    found: list[str] = []
    for strip in strips:
        for segment in strip:
            if text in segment.text and segment.style is not None:
                # a style of its own: Rich keeps the codes a style was first drawn with,
                # whatever terminal the test before drew it for
                style = segment.style
                alone = Style(color=style.color, bgcolor=style.bgcolor, bold=style.bold)
                drawn = Strip([Segment(segment.text, alone)]).render(app.console)
                found += re.findall(r"\x1b\[([0-9;]*)m", drawn)
    assert found, f"{text!r} is not drawn"
    return found


def codes(sequences: list[str]) -> set[str]:
    return {code for sequence in sequences for code in sequence.split(";")}


def background_256(sequences: list[str]) -> set[str]:
    return {n for sequence in sequences for n in re.findall(r"48;5;(\d+)", sequence)}


async def test_the_time_over_is_red_on_sixteen_colours(
    store: Store, over_time: int, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal("standard", monkeypatch)
    app = app_for(store, over_time, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.console.color_system == "standard"
        screen = app.screen
        assert codes(sent(app, screen.query_one("#countdown"), "━")) & RED  # large digits
        assert codes(sent(app, screen.query_one("#floor"), "25:00")) & RED
        assert codes(sent(app, screen.query_one("#agenda"), "loopt 15:00 uit")) & RED


@pytest.mark.parametrize("system", ["standard", "256"])
async def test_the_kinds_keep_their_own_colours(
    store: Store,
    over_time: int,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    system: str,
) -> None:
    terminal(system, monkeypatch)
    app = app_for(store, over_time, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        table = app.screen.query_one("#log-table")
        words = {"barrier": "BARRIÈRE", "opportunity": "KANS", "action": "ACTIE"}
        drawn = {kind: sent(app, table, word) for kind, word in words.items()}
    if system == "standard":
        for kind, sequences in drawn.items():
            assert codes(sequences) & BACKGROUNDS[kind], (kind, sequences)
    else:  # told apart on 256 colours too, as before
        backgrounds = [frozenset(background_256(sequences)) for sequences in drawn.values()]
        assert all(len(b) == 1 for b in backgrounds)
        assert len(set(backgrounds)) == 3


async def test_a_terminal_of_all_colours_keeps_the_themes_shades(
    store: Store, over_time: int, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal("truecolor", monkeypatch)
    app = app_for(store, over_time, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        theme = app.current_theme.to_color_system().generate()
        for name in ("error", "text-error", "warning", "text-warning"):
            assert app.theme_variables[name] == theme[name]
