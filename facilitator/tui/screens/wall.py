"""The wall: a read-only screen for the projector, read from the back of the room.

It shows the current agenda item and its guiding question, a countdown in
block letters, who has the floor and the next three, and what the board holds;
near the end it turns into the commitment view (see
:mod:`facilitator.domain.wall`). It has no keys that change anything: it only
follows the session as other windows change it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.geometry import Size
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static

from facilitator.domain.wall import WallView, build_wall
from facilitator.i18n.formats import clock, local
from facilitator.service import SessionState
from facilitator.tui.widgets.bigclock import ROWS, BigClock, form_height
from facilitator.tui.widgets.too_small import TooSmall
from facilitator.tui.widgets.wall import (
    TONE,
    WORDS,
    Commitments,
    WallBoard,
    WallFloor,
    WallItem,
    WallPanel,
    WallTitle,
    caption,
    countdown,
)

SHORT_HEIGHT = 30
"""Fewer rows than this: the item and the floor and board close up around the countdown,
which keeps the seven rows of its block letters (at 80×24 too)."""

FLOOR_AND_BOARD_ROWS = 10
"""The rows the floor and the board have at least, if they need them, before the countdown
grows; the rows its letters leave over go to them too."""

FLOOR_AND_BOARD_LEAST = 5
"""The rows the floor and the board keep, if they need them, before the countdown gives up its
block letters (seven rows) for half blocks: who has the floor, the next and how many more
wait."""


def wall_view(state: SessionState, now: datetime, lang: str, checking: bool = False) -> WallView:
    """The wall's picture of ``state`` at ``now``."""
    today = local(now, state.session.starts_at).date()
    return build_wall(
        state.session,
        state.items,
        state.participants,
        state.queue,
        state.speeches,
        state.cards,
        now,
        lang,
        today=today,
        checking=checking,
    )


class WallClock(BigClock):
    """The countdown, no higher than its letters: as large as the width allows and the rows
    that leave the floor and the board theirs (``FLOOR_AND_BOARD_ROWS``); the rows its
    letters do not use go to the board, which shows as many more cards. Block letters,
    seven rows, come before the floor and the board's rows beyond ``FLOOR_AND_BOARD_LEAST``:
    read from the back of the room, the countdown is the wall's main job."""

    _room: tuple[int, int] | None = None
    """The width and the rows the letters had at the last layout."""

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # ``container`` is #wall-middle: the countdown, its caption and the floor and board.
        bottom = self.screen.query_one("#wall-bottom", Horizontal)
        gutter = bottom.styles.gutter
        need = bottom.get_content_height(container, viewport, width - gutter.width)
        need = min(need, container.height) + gutter.height
        free = container.height - self.styles.gutter.height - 1  # a row for the caption
        self._room = (width, free - min(need, FLOOR_AND_BOARD_ROWS + gutter.height))
        if form_height(self.value, *self._room) < ROWS:
            least = free - min(need, FLOOR_AND_BOARD_LEAST + gutter.height)
            self._room = (width, max(self._room[1], min(ROWS, least)))
        letters = form_height(self.value, *self._room)
        return max(letters, free - need, 0)

    def watch_value(self, old: str, new: str) -> None:
        """A value of another width (``+01:05`` after ``00:00``) may take letters of another
        size: the place is laid out again then, not every second."""
        if self._room is not None and form_height(old, *self._room) != form_height(
            new, *self._room
        ):
            self.refresh(layout=True)


class WallScreen(Screen[None]):
    """Item, countdown, floor and board; or, near the end, who takes the lead on what."""

    CSS_PATH = "../wall.tcss"

    view: reactive[WallView | None] = reactive(None, always_update=True, repaint=False)
    """What the wall shows now (from the app's state and clock)."""

    _heights: tuple[int | None, ...] = ()
    """The panels' heights as last measured (the countdown's place depends on them)."""

    def compose(self) -> ComposeResult:
        yield WallTitle(id="wall-title")
        with Vertical(id="wall-live"):
            yield WallItem(id="wall-item")
            with Vertical(id="wall-middle"):
                yield WallClock(id="wall-clock")
                yield Static(id="wall-caption", markup=False)
                with Horizontal(id="wall-bottom"):
                    yield WallFloor(id="wall-floor")
                    yield WallBoard(id="wall-board")
        yield Commitments(id="wall-commitments")
        yield TooSmall()

    @property
    def _source(self) -> Any:
        return self.app

    def on_mount(self) -> None:
        self.watch(self.app, "state", self._follow, init=False)
        self.watch(self.app, "now", self._follow, init=False)
        self._follow()

    def on_resize(self, event: Resize) -> None:
        self.query_one(TooSmall).fit()
        short = event.size.height < SHORT_HEIGHT
        self.set_class(short, "-short")
        self.query_one(WallItem).compact = short

    def _follow(self, _value: object = None) -> None:
        state: SessionState | None = getattr(self._source, "state", None)
        now: datetime | None = getattr(self._source, "now", None)
        if state is None or now is None:
            return
        lang = str(getattr(self._source, "lang", state.session.language))
        # The facilitator has the check before closing open (in any window).
        checking = state.session.checking_since is not None
        self.view = wall_view(state, now, lang, checking)
        self._title(state, now, lang)

    def _title(self, state: SessionState, now: datetime, lang: str) -> None:
        here = local(now, state.session.starts_at)
        self.query_one(WallTitle).show(state.session.title, clock(here))

    def watch_view(self, view: WallView | None) -> None:
        """Hand the view to the parts the wall shows: the commitments near the end, else the
        item, the countdown, the floor and the board. The others do nothing on a tick (see
        ``on_screen``); they are given the view when they show again, in the same frame."""
        if view is None:
            return
        self.set_class(view.commitment_view, "-commit")
        if view.commitment_view:
            self.query_one(Commitments).view = view
            return
        panels = [panel for panel in self.query(WallPanel) if not isinstance(panel, Commitments)]
        for panel in panels:
            panel.view = view
        big = self.query_one(WallClock)
        heights = tuple(panel.wanted_height for panel in panels)
        if heights != self._heights:
            # the floor or the board needs other rows: the countdown's place is sized again
            self._heights = heights
            big.refresh(layout=True)
        big.value = countdown(view)
        big.tone = TONE.get(view.status, "")
        words = self.query_one(WallItem)
        self.query_one("#wall-caption", Static).update(
            caption(view, words) if view.remaining_seconds is not None else Content("")
        )


__all__ = ["WORDS", "WallClock", "WallScreen", "wall_view"]
