"""The main screen's tab strip: its tabs and their underline drawn by one widget.

Drawn as Textual's ``Tabs`` draws them (the rules of ``Tab`` and ``Underline`` are
the rules of :class:`TabStrip` in ``app.tcss``; the underline is Textual's ``Bar``
under the label of the tab shown, and slides to a new tab), but as one widget instead
of nine (``TabbedContent`` with its tabs, their containers and the underline were a
tenth of the start-up). A click on a tab says so with :class:`TabStrip.Chosen`; the
screen shows the tab.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.message import Message
from textual.reactive import reactive
from textual.renderables.bar import Bar
from textual.strip import Strip
from textual.widget import Widget

from facilitator.records import record
from facilitator.tui.widgets.hover import HoverRow

PADDING = 1
"""Cells either side of a tab's label (Textual's ``Tab``: ``padding: 0 1``)."""


class TabStrip(HoverRow[str]):
    """Tabs (id and label) with the one shown underlined."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "tab-strip--tab",
        "tab-strip--active",
        "tab-strip--hover",
        "underline--bar",
    }

    active: reactive[str] = reactive("")
    """The id of the tab shown."""
    highlight_start: reactive[float] = reactive(0.0)
    """Where the underline's highlight begins (a cell; animated)."""
    highlight_end: reactive[float] = reactive(0.0)
    """Where it ends."""

    @record(frozen=False)
    class Chosen(Message):
        """A tab was clicked."""

        strip: TabStrip
        tab: str

        @property
        def control(self) -> TabStrip:
            return self.strip

    def __init__(self, tabs: list[tuple[str, str]], active: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.tabs = tabs
        self.set_reactive(TabStrip.active, active)
        start, end = self.label_span(active)
        self.set_reactive(TabStrip.highlight_start, float(start))
        self.set_reactive(TabStrip.highlight_end, float(end))

    def _spans(self) -> list[tuple[int, int, str]]:
        """Each tab's cells, padding included: (first, after the last, id)."""
        spans: list[tuple[int, int, str]] = []
        x = 0
        for tab, label in self.tabs:
            width = Text(label).cell_len + 2 * PADDING
            spans.append((x, x + width, tab))
            x += width
        return spans

    def label_span(self, tab: str) -> tuple[int, int]:
        """The cells of a tab's label (what the underline highlights): first, after last."""
        for first, after, found in self._spans():
            if found == tab:
                return first + PADDING, after - PADDING
        return 0, 0

    def watch_active(self, active: str) -> None:
        start, end = self.label_span(active)
        if self.is_mounted and self.app.animation_level != "none":
            self.animate("highlight_start", float(start), duration=0.3, level="basic")
            self.animate("highlight_end", float(end), duration=0.3, level="basic")
        else:
            self.highlight_start, self.highlight_end = float(start), float(end)

    def render_line(self, y: int) -> Strip:
        """The labels (line 0) and the underline (line 1), as Textual's ``Tab`` and
        ``Underline`` draw them: a label in its colour, its padding background only."""
        width = self.size.width
        base = self.rich_style
        background = Style(bgcolor=base.bgcolor)
        if y == 0:
            styles = {
                kind: base + self.get_component_rich_style(f"tab-strip--{kind}")
                for kind in ("tab", "active", "hover")
            }
            pad = Segment(" " * PADDING, background)
            segments: list[Segment] = []
            for tab, label in self.tabs:
                kind = "active" if tab == self.active else "hover" if tab == self._hover else "tab"
                segments += [pad, Segment(label, styles[kind]), pad]
            return Strip(segments).extend_cell_length(width, background).crop(0, width)
        bar_style = self.get_component_rich_style("underline--bar")
        bar = Bar(
            highlight_range=(self.highlight_start, self.highlight_end),
            highlight_style=Style.from_color(bar_style.color),
            background_style=Style.from_color(bar_style.bgcolor),
        )
        lines = self.app.console.render_lines(bar, self.app.console.options.update_width(width))
        if not lines:
            return Strip.blank(width, background)
        return Strip(lines[0], width).apply_style(background)  # on the widget's background

    def parts(self) -> Iterable[tuple[int, int, str]]:
        return self._spans()

    def on_click(self, event: events.Click) -> None:
        tab = self.part_at(event.x)
        if tab is not None:
            self.post_message(self.Chosen(self, tab))


class TabPane(Widget):
    """One tab's pane under the strip: a plain container with the rules of Textual's
    ``TabPane`` (whose module, with ``TabbedContent`` and ``Tabs``, need not be loaded
    for a container). The stylesheets name it ``TabPane`` as they named Textual's.

    Its pane covers it: nothing of its own is drawn (``BLANK``, see
    :class:`~facilitator.tui.widgets.console.Stack`)."""

    BLANK = True
    DEFAULT_CSS = """
    TabPane {
        height: auto;
    }
    """
