"""A text field that draws what it holds safely: a control character as one visible cell.

Textual's :class:`~textual.widgets.Input` draws its value as Rich Text, as it is: an
escape byte in it went to the terminal as it was, and ``ESC [ 2 J`` cleared the screen.
:class:`ShownInput` draws it as :func:`shown` says, a line break ``⏎``, a tab ``→`` and
any other control character ``�`` (:func:`facilitator.text.printable`), one cell each,
with the cursor and a click where the characters are drawn. The capture line, the card
editor, the forms, the pickers and the board's filter are such fields.
"""

from __future__ import annotations

from rich.cells import cell_len, get_character_cell_size
from rich.text import Text
from textual.events import Resize
from textual.geometry import Region, clamp
from textual.widgets import Input

from facilitator.text import printable

SHOWN_NEWLINE = "⏎"
SHOWN_TAB = "→"


def shown(text: str) -> str:
    """The text as the input draws it: one cell per line break or control character (a
    carriage return, as a terminal may send a paste's line breaks, is one too)."""
    return printable(
        text.replace("\n", SHOWN_NEWLINE).replace("\r", SHOWN_NEWLINE).replace("\t", SHOWN_TAB)
    )


class ShownInput(Input):
    """An :class:`~textual.widgets.Input` that draws its value as :func:`shown`."""

    # Input draws its value as Rich Text and measures it with cell_len; a line break or
    # an escape character would draw nothing (or break the line). Draw them as symbols.
    @property
    def _value(self) -> Text:
        return Text(shown(self.value), no_wrap=True, overflow="ignore", end="")

    def _position_to_cell(self, position: int) -> int:
        return cell_len(shown(self.value[:position]))

    def _cell_offset_to_index(self, offset: int) -> int:
        cell = 0
        offset += self.scroll_offset.x
        for index, char in enumerate(shown(self.value)):
            width = get_character_cell_size(char)
            if cell <= offset < cell + width:
                return index
            cell += width
        return clamp(offset, 0, len(self.value))

    def on_resize(self, event: Resize) -> None:
        """Laid out, the first time or at another width: the view goes where the cursor is.
        A field given its value before it had a width (the editor of a card opened on a
        long line, its cursor at the end) showed the start of the line and not its end,
        where the cursor was (a due date cut off, ``… tot 2020``), and End changed nothing
        on screen, the cursor being there already."""
        self.scroll_to_region(
            Region(self._cursor_offset, 0, width=1, height=1), force=True, animate=False
        )
