"""A countdown in block letters as large as the room allows (the wall's clock).

Textual's ``Digits`` are three rows high; read from the back of a room on a
projector they are too small. This draws ``12:34`` or ``+01:05`` from a 5×7
dot font, each dot scaled to as many cells as the widget's size allows (a dot
is twice as wide as high, as terminal cells are about half as wide as high).
With fewer than seven rows the same font is drawn in half blocks, two dots to a
cell (four rows); with fewer still, the plain value. Whichever, in the middle.
"""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

FONT: dict[str, tuple[str, ...]] = {
    "0": ("01110", "10001", "10011", "10101", "11001", "10001", "01110"),
    "1": ("00100", "01100", "00100", "00100", "00100", "00100", "01110"),
    "2": ("01110", "10001", "00001", "00010", "00100", "01000", "11111"),
    "3": ("11110", "00001", "00001", "01110", "00001", "00001", "11110"),
    "4": ("00010", "00110", "01010", "10010", "11111", "00010", "00010"),
    "5": ("11111", "10000", "11110", "00001", "00001", "10001", "01110"),
    "6": ("00110", "01000", "10000", "11110", "10001", "10001", "01110"),
    "7": ("11111", "00001", "00010", "00100", "01000", "01000", "01000"),
    "8": ("01110", "10001", "10001", "01110", "10001", "10001", "01110"),
    "9": ("01110", "10001", "10001", "01111", "00001", "00010", "01100"),
    ":": ("0", "1", "1", "0", "1", "1", "0"),
    "+": ("000", "000", "010", "111", "010", "000", "000"),
    "-": ("000", "000", "000", "111", "000", "000", "000"),
    " ": ("00", "00", "00", "00", "00", "00", "00"),
}
ROWS = 7
DOT = "█"
HALF_ROWS = (ROWS + 1) // 2
"""The rows of the half-block font: two dot rows to a line."""
HALVES = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}
"""A cell showing an upper and a lower dot."""


def glyphs(text: str) -> list[tuple[str, ...]]:
    """The dot rows of each character (unknown characters as a space)."""
    return [FONT.get(ch, FONT[" "]) for ch in text]


def dots_wide(text: str) -> int:
    """The width of ``text`` in dots, with one dot between characters."""
    shapes = glyphs(text)
    return sum(len(g[0]) for g in shapes) + max(0, len(shapes) - 1)


def scale_for(text: str, width: int, height: int) -> int:
    """The largest scale (rows per dot; a dot is ``2 × scale`` cells wide) that fits."""
    wide = dots_wide(text)
    if wide == 0:
        return 0
    scale = min(width // (2 * wide), height // ROWS)
    return max(scale, 0)


def render_lines(text: str, scale: int) -> list[str]:
    """``text`` as lines of block characters at ``scale`` (empty when it does not fit)."""
    if scale <= 0 or not text:
        return []
    shapes = glyphs(text)
    lines = []
    for row in range(ROWS):
        cells = []
        for n, shape in enumerate(shapes):
            if n:
                cells.append(" " * 2 * scale)
            cells.append("".join((DOT if dot == "1" else " ") * 2 * scale for dot in shape[row]))
        line = "".join(cells)
        lines.extend([line] * scale)
    return lines


def render_halves(text: str) -> list[str]:
    """``text`` in half blocks: a cell per dot across, two dot rows to a line (four lines;
    a dot as wide as high, as at scale 1 of :func:`render_lines`, but half the size)."""
    shapes = glyphs(text)
    if not shapes:
        return []
    lines = []
    for top in range(0, ROWS, 2):
        cells = []
        for n, shape in enumerate(shapes):
            if n:
                cells.append(" ")
            upper = shape[top]
            lower = shape[top + 1] if top + 1 < ROWS else "0" * len(upper)
            pairs = zip(upper, lower, strict=True)
            cells.append("".join(HALVES[a == "1", b == "1"] for a, b in pairs))
        lines.append("".join(cells))
    return lines


def form_height(text: str, width: int, height: int) -> int:
    """The rows ``text`` takes in ``width`` cells and at most ``height`` rows, as
    :class:`BigClock` draws it: block letters, half blocks, or the plain value."""
    scale = scale_for(text, width, height)
    if scale and text:
        return ROWS * scale
    if height >= HALF_ROWS and width >= dots_wide(text) and text:
        return HALF_ROWS
    return 1 if text else 0


class BigClock(Widget):
    """``value`` in block letters, centred, as large as the widget's size allows."""

    DEFAULT_CSS = """
    BigClock {
        height: 1fr;
        width: 1fr;
        text-wrap: nowrap;
        text-overflow: clip;
    }
    """

    value: reactive[str] = reactive("")
    """What to draw: digits, ``:``, ``+`` and ``-``."""
    tone: reactive[str] = reactive("")
    """A style for the dots (a theme variable), e.g. ``$text-warning``."""

    def render(self) -> Content:
        width, height = self.content_size.width, self.content_size.height
        value = self.value
        lines = render_lines(value, scale_for(value, width, height))
        style = self.tone
        if not lines and height >= HALF_ROWS and width >= dots_wide(value):
            lines = render_halves(value)
        if not lines:
            # Too small for block letters: the plain value still shows.
            lines = [value] if value else []
            style = f"bold {self.tone}".strip()
        if not lines:
            return Content("")
        # Centred here, not by content-align: that would centre each line on its own. A row
        # left over goes above, between the letters and the text over them (the caption
        # under them belongs to them).
        left = " " * max(0, (width - len(lines[0])) // 2)
        top = ["" for _ in range(max(0, (height - len(lines) + 1) // 2))]
        content = Content("\n".join([*top, *(left + line for line in lines)]))
        return content.stylize(style) if style else content
