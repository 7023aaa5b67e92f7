"""Markdown laid out as lines on a worker thread, drawn only where it is in sight.

Textual's ``Markdown`` widget makes a widget of every heading, paragraph, list item and
table cell, and mounts and lays them out on the UI thread: the minutes of a session of
10,000 contributions (1.5 MB) held the app for about three minutes and took 2 GB more, and
even the minutes of a hundred contributions held it for half a second at a time. Here Rich
lays the text out as lines of the view's width on a worker thread, a few blocks at a
time, handing each piece over as it is ready (the first screenful shows at once), and
the view draws only the lines in sight (Textual's line API): however long the text, a
key or the clock waits for no more than a screenful. A new width lays the text out again,
also on a worker; the lines as they were show until the new ones are all there.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from copy import copy
from typing import ClassVar

from markdown_it.token import Token
from rich.console import Console, ConsoleOptions, RenderResult
from rich.errors import StyleSyntaxError
from rich.markdown import HorizontalRule, MarkdownElement
from rich.markdown import Markdown as RichMarkdown
from rich.rule import Rule
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from rich.theme import Theme
from textual import events, work
from textual.color import Color, ColorParseError
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.worker import get_current_worker

from facilitator.collector import held
from facilitator.records import record

Line = list[Segment]

FIRST_PIECE = 100
"""About how many Markdown tokens are laid out before the first lines are handed over:
enough for a screenful, little enough to show at once."""
PIECE = 2_000
"""About how many tokens each next piece holds (a block is never cut: a long list is one)."""


def rich_theme(variables: Mapping[str, str]) -> Theme:
    """Rich's Markdown styles in the app's theme: the headings in its colours and text
    styles (``markdown-h1-color``, ``markdown-h1-text-style``…, as Textual's ``Markdown``
    draws them), code without Rich's black background, tables without its cyan."""
    styles: dict[str, Style] = {
        "markdown.code": Style(bold=True),
        "markdown.code_block": Style(),
        "markdown.block_quote": Style(italic=True),
        "markdown.table.header": Style(bold=True),
        "markdown.table.border": Style(dim=True),
    }
    for level in range(1, 7):
        style = Style()
        try:
            style += Style.parse(variables.get(f"markdown-h{level}-text-style", "bold"))
        except StyleSyntaxError:
            style += Style(bold=True)
        try:
            colour = Color.parse(variables.get(f"markdown-h{level}-color", ""))
        except ColorParseError:
            pass
        else:
            style += Style(color=colour.rich_color)
        styles[f"markdown.h{level}"] = style
    return Theme(styles)


class _Rule(HorizontalRule):
    """A rule drawn as a line (Rich draws hyphens), as Textual's ``Markdown`` draws it."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Rule(style=console.get_style("markdown.hr", default="none"))
        yield Text()


class _Markdown(RichMarkdown):
    elements: ClassVar[dict[str, type[MarkdownElement]]] = {
        **RichMarkdown.elements,
        "hr": _Rule,
    }


def _pieces(tokens: list[Token]) -> Iterator[list[Token]]:
    """The document's tokens, cut only between blocks at the top level: the first piece
    about ``FIRST_PIECE`` tokens long, each next one about ``PIECE``."""
    start, size = 0, FIRST_PIECE
    for n, token in enumerate(tokens):
        # a block at the top level ends with its closing token, or is one token (a rule)
        if token.level == 0 and token.nesting <= 0 and n + 1 - start >= size:
            yield tokens[start : n + 1]
            start, size = n + 1, PIECE
    if start < len(tokens):
        yield tokens[start:]


def _blank_after(token: Token) -> bool:
    """Whether Rich puts a blank line after the block this token closes (not after a
    rule), as it does between blocks of one document."""
    name = token.type.removesuffix("_close") + ("_open" if token.nesting < 0 else "")
    element = _Markdown.elements.get(name)
    return element.new_line if element is not None else True


def lay_out(markdown: str, width: int, theme: Theme | None = None) -> Iterator[list[Line]]:
    """``markdown`` as lines ``width`` cells wide, a piece at a time (the lines of the
    pieces one after the other are those of the whole document)."""
    console = Console(
        width=max(1, width),
        file=io.StringIO(),
        color_system="truecolor",
        force_terminal=True,
        legacy_windows=False,
        markup=False,
        emoji=False,
        highlight=False,
        theme=theme,
    )
    document = _Markdown(markdown, hyperlinks=False)
    options = console.options
    blank = False
    for tokens in _pieces(document.parsed):
        piece = copy(document)
        piece.parsed = tokens
        lines = console.render_lines(piece, options, pad=False, new_lines=False)
        yield [[], *lines] if blank else lines
        blank = _blank_after(tokens[-1])


class MarkdownLines(ScrollView, can_focus=True):
    """Markdown, read-only, laid out off the UI thread; ↑↓, PageUp/Down, Home/End scroll,
    the mouse selects text to copy."""

    DEFAULT_CSS = """
    MarkdownLines {
        height: 1fr;
        padding: 0 1;
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
        background: $surface;
    }
    """

    @record(frozen=False)
    class Laid(Message):
        """A piece of the lines of one layout, from its worker."""

        layout: int
        width: int
        lines: list[Line]
        done: bool

    def __init__(self, placeholder: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._markdown: str | None = None
        self._lines: list[Line] = [[Segment(placeholder, Style(italic=True))]]
        """The lines shown (until the text is laid out, the placeholder)."""
        self._layout = 0
        """The layout under way or done last; a piece of an earlier one is left over."""
        self._shown = 0
        """The layout whose lines are shown (0: none yet, the placeholder)."""
        self._width = 0
        """The width the layout under way or done last is for."""
        self._growing = False
        """The first layout of the text is under way: each piece shows as it comes."""
        self._pending: list[Line] = []
        """The lines of a new layout (another width) while it is under way."""
        self._to_the_end = False
        """End was pressed before the text was all there: the view follows its end until
        it is, or until it is scrolled up."""

    @property
    def text(self) -> str:
        """What the lines say, a line per line (trailing blanks left out)."""
        return "\n".join("".join(s.text for s in line).rstrip() for line in self._lines)

    @property
    def laid_out(self) -> bool:
        """Whether the whole text is shown, laid out for the view's width."""
        return self._markdown is not None and not self._growing and not self._pending

    def update(self, markdown: str) -> None:
        """Show this text: laid out on a worker, shown as the pieces come."""
        self._markdown = markdown
        self._growing = True
        self._start(self._text_width())

    def _text_width(self) -> int:
        return self.scrollable_content_region.width

    def _start(self, width: int) -> None:
        if self._markdown is None or width <= 0:
            return
        self._layout += 1
        self._width = width
        self._pending = []
        theme = rich_theme(self.app.theme_variables)
        self._lay_out(self._markdown, width, self._layout, theme)

    @work(thread=True, exclusive=True, group="markdown-lines")
    def _lay_out(self, markdown: str, width: int, layout: int, theme: Theme) -> None:
        # The collector held off: its full collections, run by the thread that makes the
        # objects, held the UI thread too, up to 0.2 s each, for the minutes of 10,000
        # contributions; what the layout makes lives as long as the view or dies at once.
        worker = get_current_worker()
        with held():
            for lines in lay_out(markdown, width, theme):
                if worker.is_cancelled:
                    return
                self.post_message(self.Laid(layout, width, lines, False))
        self.post_message(self.Laid(layout, width, [], True))

    def on_markdown_lines_laid(self, message: Laid) -> None:
        message.stop()
        if message.layout != self._layout:
            return  # the text was laid out again meanwhile, for another width
        if self._growing:
            if self._shown != message.layout:
                self._lines = []
                self._shown = message.layout
            self._lines.extend(message.lines)
            self._growing = not message.done
        else:
            self._pending.extend(message.lines)
            if not message.done:
                return
            # keep the line at the top where it is in the text
            place = self.scroll_offset.y / max(1, len(self._lines))
            self._lines, self._pending = self._pending, []
            self._shown = message.layout
            self._show_lines()
            self.scroll_to(y=round(place * len(self._lines)), animate=False, immediate=True)
            return
        self._show_lines()

    def _show_lines(self) -> None:
        at_the_end = self.scroll_offset.y >= self.max_scroll_y
        self.virtual_size = Size(self._text_width(), len(self._lines))
        if self._to_the_end and at_the_end:
            self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)
        self._to_the_end = self._to_the_end and at_the_end and self._growing
        self.refresh()

    def action_scroll_end(self) -> None:
        self._to_the_end = self._growing or self._markdown is None
        self.scroll_end(animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        width = self._text_width()
        if self._markdown is not None and width > 0 and width != self._width:
            self._start(width)  # the lines shown stay until the new ones are all there
        self._show_lines()

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text selected with the mouse, to copy."""
        return selection.extract(self.text), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = self.scroll_offset.y + y
        if not 0 <= index < len(self._lines):
            return Strip.blank(width, base)
        strip = Strip(Segment.apply_style(self._lines[index], base))
        selection = self.text_selection
        span = selection.get_span(index) if selection is not None else None
        if span is not None:
            length = strip.cell_length
            start = min(span[0], length)
            end = length if span[1] == -1 else min(max(span[1], start), length)
            style = self.screen.get_component_rich_style("screen--selection")
            chosen = Strip(Segment.apply_style(strip.crop(start, end), post_style=style))
            strip = Strip.join([strip.crop(0, start), chosen, strip.crop(end, length)])
        return strip.crop_extend(0, width, base).apply_offsets(0, index)
