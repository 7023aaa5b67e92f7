"""The base of the console's panels: the session state, the time, and the language."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from textual.cache import LRUCache
from textual.events import Click
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

from facilitator.i18n import Catalog
from facilitator.service import SessionState
from facilitator.tui.words import Localised

DEFAULT_WIDTH = 40
NOT_MEASURED = -1
IN_SIGHT = 32
"""The fewest things drawn that a cache of :func:`keep_in_sight` keeps."""


def on_screen(widget: Widget) -> bool:
    """Whether ``widget`` is shown: neither it nor a container it is in is hidden (a tab
    not chosen, a part the terminal's size leaves out, the wall's other view).

    What is not shown does nothing on a tick and draws itself when it shows again: a widget
    not shown that asks to be drawn has Textual make its map of the screen anew, after which
    what went away meanwhile (a notice) could stay drawn, besides the work of drawing it."""
    node: object = widget
    while isinstance(node, Widget):
        if not node.display:
            return False
        node = node.parent
    return True


def keep_in_sight(cache: LRUCache[Any, Any], entries: int) -> None:
    """Have one of Textual's caches of drawn lines keep ``entries`` things (about what is
    in sight, and more), not the thousands it keeps by default.

    A list or a table keeps what it drew of a card or a row, each segment with a style of
    its own, long after it went out of sight, until the cache's default size: 2,048 cards a
    column (about 20 KB each: 28 MiB once the board of 1,000 cards was scrolled through),
    10,000 cells of the contributions' table (13 MiB). What is in sight is drawn again
    from the cache as before."""
    if cache.maxsize != entries:
        cache.maxsize = entries
        cache.clear()  # once full, a cache stays as large whatever its new size


class Measured(Widget):
    """A widget that knows the width it is being measured in (``_measuring``) while
    Textual asks for its height, so that it lays its lines out in that width."""

    _measuring: int | None = None
    """The width being measured in, or None when not being measured."""

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # Lines are laid out in the width measured for, told here: asking the screen for
        # this panel's region in the middle of a layout would lay out the whole screen
        # again (hidden tabs too) for every panel measured.
        self._measuring = width
        try:
            return super().get_content_height(container, viewport, width)
        finally:
            self._measuring = None


class StatePanel(Localised, Measured):
    """A panel drawn from ``state`` and ``now`` alone: ticking never reads the database.

    Subclasses render :class:`~textual.content.Content` built with
    :mod:`facilitator.tui.text`; those that react to clicks record which record
    each rendered line shows in ``self._rows``.
    """

    WORDS: ClassVar[Catalog] = Catalog({})

    state: reactive[SessionState | None] = reactive(None, always_update=True)
    """The session as last read from the store."""
    now: reactive[datetime | None] = reactive(None, always_update=True, repaint=False)
    """The time the clocks show (a new time repaints only what it changes)."""
    compact: reactive[bool] = reactive(False, layout=True)
    """True on small terminals: draw the condensed variant."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows: list[int | None] = []
        self._measured: int | None = None
        self._ticked: tuple[object, int] | None = None
        self._time_key: tuple[SessionState | None, object | None] = (None, None)

    # A new state or time repaints the panel only. The screen is laid out again only
    # when a panel sized by its content would change height: a layout of the whole
    # screen per key press and per tick is what makes a busy session slow.
    def _watch_state(self) -> None:
        self._ticked = None
        self._reshape()

    def _watch_compact(self) -> None:
        self._ticked = None

    def moves_with_now(self, state: SessionState) -> bool:
        """Whether what the panel shows of ``state`` can change with the time alone (e.g.
        not while nobody speaks); a panel that says no is not even drawn on a tick."""
        return True

    def time_key(self, state: SessionState, now: datetime) -> object | None:
        """All the panel shows of the time at ``now``, if it can say so more cheaply than
        by drawing itself: a tick with the same key (and the same state) draws nothing.
        None: draw it and compare."""
        return None

    # The clock ticks every second, but most panels show it only to the minute, or not at
    # all while nothing runs: a tick repaints the panel only when what it shows changes.
    def _watch_now(self) -> None:
        if not self.is_mounted or type(self).render is Widget.render:
            return  # not mounted, or its children draw it (and look after themselves)
        if not on_screen(self):
            # a part the terminal's size leaves out (the sectors on a large terminal, the
            # table on a small one): drawn when it shows, which lays it out and draws it anew
            return
        if self.content_size.width <= 0:
            # Not laid out yet (at start-up each bound value arrives before the first
            # layout) or given no room: there is nothing drawn to compare with, and the
            # first paint draws it. Drawing it here drew each panel once more per value.
            self._reshape()
            return
        state, now = self.state, self.now
        if self._ticked is not None and state is not None:
            if not self.moves_with_now(state):
                return  # drawn since the state came, and the time alone changes nothing
            key = self.time_key(state, now) if now is not None else None
            if key is not None and self._time_key[0] is state and self._time_key[1] == key:
                return
            self._time_key = (state, key)
        shown = (self.render(), self.content_size.width)
        if shown == self._ticked:
            return
        self._ticked = shown
        self._reshape()
        self.refresh()

    def catch_up(self, now: datetime | None) -> None:
        """Shown again after ticks it was not given (its tab was not shown): drawn, in the
        frame that shows it, with the time as it is now (a panel not resized would show the
        lines it had when it was hidden)."""
        self._ticked = None
        self.now = now
        self.refresh(layout=True)

    def _reshape(self) -> None:
        if not self.is_mounted:
            return
        height = self.styles.height
        if height is None or not height.is_auto:
            return
        width = self.content_size.width
        if width <= 0:
            # Not laid out yet, or given no room (e.g. nothing to show): ask for a layout
            # once, not on every tick.
            if self._measured != NOT_MEASURED:
                self._measured = NOT_MEASURED
                self.refresh(layout=True)
            return
        measured = self.get_content_height(self.parent_size(), self.app.size, width)
        if measured != self._measured:
            self._measured = measured
            self.refresh(layout=True)

    def parent_size(self) -> Size:
        parent = self.parent
        return parent.size if isinstance(parent, Widget) else self.app.size

    @property
    def line_width(self) -> int:
        """The width to lay lines out in (a guess before the first layout)."""
        if self._measuring is not None:
            return self._measuring or DEFAULT_WIDTH
        return self.content_size.width or DEFAULT_WIDTH

    def row_at(self, event: Click) -> int | None:
        """The record id shown on the clicked line, if any."""
        offset = event.get_content_offset(self)
        if offset is None or not 0 <= offset.y < len(self._rows):
            return None
        return self._rows[offset.y]
