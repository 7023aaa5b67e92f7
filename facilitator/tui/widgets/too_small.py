"""Over the whole screen while the terminal is smaller than the layout needs.

Below :data:`MIN_WIDTH` × :data:`MIN_HEIGHT` the panels no longer fit: the screen showed
pieces cut off mid-word («? he▏^p opdrachten») and nothing said why. This widget covers it
then with one line that says so and what size is needed, in the session's language. It
takes no focus and no keys: what has the focus keeps it, so a line half typed stays as it
is, and typing goes on into it; back at a size that fits, the screen shows as it was.
"""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from facilitator.i18n import Catalog
from facilitator.tui.words import Localised

MIN_WIDTH = 50
MIN_HEIGHT = 15
"""The smallest terminal on which each role's screen still shows what it is for: the
console its header, agenda item, who has the floor, with the capture line open and the
notices at the start whole above it; the note-taker's screen its log and the line; the
wall the item, its countdown and the floor. Designed for 80×24."""

WORDS = Catalog(
    {
        "too_small": (
            "Venster te klein:\nminstens {w}×{h} nodig\n(nu {now_w}×{now_h})",
            "Window too small:\nneeds at least {w}×{h}\n(now {now_w}×{now_h})",
        ),
    }
)


def too_small(size: Size) -> bool:
    return size.width < MIN_WIDTH or size.height < MIN_HEIGHT


class TooSmall(Localised, Widget):
    """Hidden while the terminal is large enough; else over everything, saying so."""

    DEFAULT_CSS = """
    TooSmall {
        overlay: screen;
        position: absolute;
        offset: 0 0;
        width: 100vw;
        height: 100vh;
        padding: 0 1;
        background: $background;
        color: $text-warning;
        text-style: bold;
        content-align: center middle;
        text-align: center;
        display: none;
    }
    TooSmall.-shown { display: block; }
    """
    WORDS = WORDS
    can_focus = False

    def __init__(self) -> None:
        super().__init__()
        self._size = Size(MIN_WIDTH, MIN_HEIGHT)

    def fit(self) -> None:
        """Shown (with the terminal's size in it) if the terminal is too small: called as
        the screen is resized."""
        self._size = size = self.app.size
        self.set_class(too_small(size), "-shown")
        self.refresh()

    def render(self) -> Content:
        size = self._size
        return Content(
            self.t("too_small", w=MIN_WIDTH, h=MIN_HEIGHT, now_w=size.width, now_h=size.height)
        )
