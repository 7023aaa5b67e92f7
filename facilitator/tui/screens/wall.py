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
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static

from facilitator.domain.wall import WallView, build_wall
from facilitator.i18n.formats import clock, local
from facilitator.service import SessionState
from facilitator.tui.text import join, one_line, plain
from facilitator.tui.widgets.bigclock import BigClock
from facilitator.tui.widgets.timefmt import MUTED
from facilitator.tui.widgets.wall import (
    TONE,
    WORDS,
    Commitments,
    WallBoard,
    WallFloor,
    WallItem,
    WallPanel,
    caption,
    countdown,
)

SHORT_HEIGHT = 30
"""Fewer rows than this: the item and the floor and board close up around the countdown,
which keeps the seven rows of its block letters (at 80×24 too)."""


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


class WallScreen(Screen[None]):
    """Item, countdown, floor and board; or, near the end, who takes the lead on what."""

    CSS_PATH = "../wall.tcss"

    view: reactive[WallView | None] = reactive(None, always_update=True)
    """What the wall shows now (from the app's state and clock)."""

    def compose(self) -> ComposeResult:
        yield Static(id="wall-title", markup=False)
        with Vertical(id="wall-live"):
            yield WallItem(id="wall-item")
            yield BigClock(id="wall-clock")
            yield Static(id="wall-caption", markup=False)
            with Horizontal(id="wall-bottom"):
                yield WallFloor(id="wall-floor")
                yield WallBoard(id="wall-board")
        yield Commitments(id="wall-commitments")

    @property
    def _source(self) -> Any:
        return self.app

    def on_mount(self) -> None:
        self.watch(self.app, "state", self._follow, init=False)
        self.watch(self.app, "now", self._follow, init=False)
        self._follow()

    def on_resize(self, event: Resize) -> None:
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
        self.query_one("#wall-title", Static).update(
            join(plain(one_line(state.session.title), "bold"), plain(f"  ·  {clock(here)}", MUTED))
        )

    def watch_view(self, view: WallView | None) -> None:
        if view is None:
            return
        self.set_class(view.commitment_view, "-commit")
        for panel in self.query(WallPanel):
            panel.view = view
        big = self.query_one(BigClock)
        big.value = countdown(view)
        big.tone = TONE.get(view.status, "")
        words = self.query_one(WallItem)
        self.query_one("#wall-caption", Static).update(
            caption(view, words) if view.remaining_seconds is not None else Content("")
        )


__all__ = ["WORDS", "WallScreen", "wall_view"]
