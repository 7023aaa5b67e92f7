"""A capture input that wraps: the whole sentence stays in view, over as many rows as it has.

Textual's :class:`~textual.widgets.Input` is one row that scrolls its start
away; at 80 columns about 40 characters of a capture were visible. This is the
same input (the same value, cursor, selection, editing keys, Enter and paste
behaviour, so :mod:`facilitator.tui.keys` routes keys to it as to any line)
drawn over the rows it is given: words wrap at spaces, a word longer than a
row is cut. When the text needs more rows than the widget has, the rows around
the cursor are shown.
"""

from __future__ import annotations

from rich.cells import get_character_cell_size
from rich.segment import Segment
from rich.text import Text
from textual.geometry import Offset, Size
from textual.strip import Strip

from facilitator.tui.widgets.capture_input import CaptureInput
from facilitator.tui.widgets.shown_input import shown


def wrap_starts(text: str, width: int) -> list[int]:
    """Where each row starts (character indexes) when ``text`` wraps at ``width`` cells.

    A row breaks after the last space that fits (the space stays at the end of
    its row), else at the width; one cell is kept free at the end of the text
    for the cursor. Always at least one row, starting at 0.
    """
    width = max(1, width)
    starts = [0]
    cells = 0
    last_space = -1
    index = 0
    while index < len(text):
        char = text[index]
        size = get_character_cell_size(char)
        if cells + size > width and index > starts[-1]:
            if char == " ":
                # a space at the edge ends the row and hangs there (not drawn)
                starts.append(index + 1)
                cells, last_space = 0, -1
                index += 1
                continue
            start = last_space + 1 if last_space >= starts[-1] else index
            starts.append(start)
            cells = sum(get_character_cell_size(c) for c in text[start:index])
            last_space = -1
            continue
        if char == " ":
            last_space = index
        cells += size
        index += 1
    if cells + 1 > width and len(text) > starts[-1]:
        starts.append(len(text))  # the cursor after the last character needs a cell
    return starts


def row_of(starts: list[int], position: int) -> int:
    """The row that shows the character at ``position`` (or the cursor there)."""
    row = 0
    for n, start in enumerate(starts):
        if start <= position:
            row = n
    return row


class WrappingCaptureInput(CaptureInput):
    """A :class:`CaptureInput` drawn over several rows (its CSS height), never scrolled sideways."""

    DEFAULT_CSS = """
    WrappingCaptureInput { height: 3; border: none; padding: 0 1; }
    WrappingCaptureInput:focus { border: none; }
    """

    def _row_width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def _starts(self) -> list[int]:
        return wrap_starts(shown(self.value), self._row_width())

    def _top_row(self, starts: list[int]) -> int:
        """The first row shown: the last rows while typing at the end, else around the cursor."""
        rows = max(1, self.scrollable_content_region.height)
        cursor_row = row_of(starts, self.cursor_position)
        return max(0, min(cursor_row - rows + 1, len(starts) - rows))

    # Nothing scrolls sideways: every row is at most as wide as the widget.
    def _watch_value(self, value: str) -> None:
        super()._watch_value(value)
        self.virtual_size = Size(self._row_width(), 1)

    def _watch_selection(self, selection: object) -> None:
        self.app.clear_selection()
        self.app.cursor_position = self.cursor_screen_offset
        self.refresh()

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(wrap_starts(shown(self.value), max(1, width)))

    @property
    def cursor_screen_offset(self) -> Offset:
        x, y, _width, _height = self.content_region
        starts = self._starts()
        row = row_of(starts, self.cursor_position)
        text = shown(self.value)
        column = sum(get_character_cell_size(c) for c in text[starts[row] : self.cursor_position])
        return Offset(x + column, y + row - self._top_row(starts))

    def _cell_offset_to_index(self, offset: int) -> int:
        """A click: the column on the cursor's row (rows other than the cursor's go by the
        mouse-down handler, which knows only the column)."""
        starts = self._starts()
        row = row_of(starts, self.cursor_position)
        text = shown(self.value)
        end = starts[row + 1] if row + 1 < len(starts) else len(text)
        cell = 0
        for index in range(starts[row], end):
            size = get_character_cell_size(text[index])
            if cell <= offset < cell + size:
                return index
            cell += size
        return end

    def render_line(self, y: int) -> Strip:
        width = self._row_width()
        if not self.value:
            if y == 0:
                return super().render_line(y)
            return Strip.blank(width + 1, self.rich_style)
        starts = self._starts()
        row = y + self._top_row(starts)
        if row >= len(starts):
            return Strip.blank(width + 1, self.rich_style)
        text = self._styled()
        end = starts[row + 1] if row + 1 < len(starts) else len(text)
        part = text[starts[row] : end]
        if row + 1 < len(starts):
            part.rstrip_end(width)  # a space hanging at the end of a wrapped row
        segments = list(part.render(self.app.console))
        strip = Strip([s for s in segments if s.text != "\n"] or [Segment("")])
        strip = strip.crop(0, width + 1).extend_cell_length(width + 1)
        return strip.apply_style(self.rich_style)

    def _styled(self) -> Text:
        """The value as shown, with the selection, the cursor and the suggestion styled."""
        result = self._value
        value_length = len(self.value)
        suggestion = self._suggestion
        show_suggestion = len(suggestion) > value_length and self.has_focus
        if show_suggestion:
            result += Text(
                shown(suggestion[value_length:]),
                self.get_component_rich_style("input--suggestion"),
                end="",
            )
        if self.has_focus:
            if not self.selection.is_empty:
                start, end = sorted(self.selection)
                result.stylize_before(self.get_component_rich_style("input--selection"), start, end)
            if self._cursor_visible:
                cursor = self.cursor_position
                if not show_suggestion and self.cursor_at_end:
                    result.pad_right(1)
                result.stylize(self.get_component_rich_style("input--cursor"), cursor, cursor + 1)
        elif self.cursor_at_end:
            result.pad_right(1)
        return result
