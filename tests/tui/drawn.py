"""What a terminal shows of a Pilot app: every update the app writes, applied in order.

A test app runs without a terminal; Textual still works out, after each change, which
parts of the screen to write again, and hands them to ``App._display``. :class:`Drawn`
takes them there and writes them into rows of characters, as a terminal would: what was
not written again stays as it was. So a notice that went from the screen's layout but
whose place was never written again still shows here, as it did in the terminal.
"""

from __future__ import annotations

from typing import Any, cast

from rich.cells import cell_len
from rich.console import Console, ConsoleRenderable
from rich.segment import ControlType
from textual._compositor import CompositorUpdate
from textual.app import App


class Drawn:
    """The characters a terminal of the app's size shows, from the updates written."""

    def __init__(self, app: App[Any], size: tuple[int, int]) -> None:
        self.width, self.height = size
        self.rows = [[" "] * self.width for _ in range(self.height)]
        self._console = Console(width=self.width, height=self.height, force_terminal=True)
        self._app = app
        app._display = self._display  # type: ignore[method-assign]

    def _display(self, screen: object, renderable: object) -> None:
        if isinstance(renderable, CompositorUpdate) and not self._app._batch_count:
            self._write(renderable)

    def _write(self, update: CompositorUpdate) -> None:
        x = y = 0
        for segment in self._console.render(cast(ConsoleRenderable, update)):
            if segment.control:
                for control in segment.control:
                    if control[0] == ControlType.CURSOR_MOVE_TO:
                        _, x, y = cast(tuple[ControlType, int, int], control)
                continue
            if segment.text == "\n":
                continue
            for char in segment.text:
                if 0 <= y < self.height and 0 <= x < self.width:
                    self.rows[y][x] = char
                x += cell_len(char)

    @property
    def text(self) -> str:
        """The whole terminal, a line per row (trailing spaces kept)."""
        return "\n".join("".join(row) for row in self.rows)

    def count(self, words: str) -> int:
        """How many rows show ``words`` (a notice wraps: give words of one of its rows)."""
        return sum(words in "".join(row) for row in self.rows)


def laid_out(app: App[Any]) -> str:
    """The screen as its layout has it now, a line per row: what the terminal should show."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
