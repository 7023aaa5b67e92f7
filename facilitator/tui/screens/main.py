"""The main screen: tabs for the console, the board and the contributions, a capture line.

The keys of the facilitator (:class:`ConsoleKeys`) and of the note-taker
(:class:`NoteKeys`) are mixed in; both work whichever tab is shown, as long as
no text field has focus.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.reactive import reactive
from textual.widgets import TabbedContent, TabPane

from facilitator.service import SessionState
from facilitator.tui.keys import focus_now
from facilitator.tui.screens.console_keys import ConsoleKeys
from facilitator.tui.screens.note_keys import NoteKeys
from facilitator.tui.widgets.board import BoardPane
from facilitator.tui.widgets.capture import CaptureBar
from facilitator.tui.widgets.console import ConsolePane
from facilitator.tui.widgets.footer import KeyFooter
from facilitator.tui.widgets.header import SessionHeader
from facilitator.tui.widgets.log import ContributionLog
from facilitator.tui.widgets.save_status import SaveStatus
from facilitator.tui.words import WORDS, translate_bindings

if TYPE_CHECKING:
    from facilitator.tui.app import FacilitatorApp

NARROW_WIDTH = 110
SHORT_HEIGHT = 32


class MainScreen(NoteKeys, ConsoleKeys):
    """Console · Board · Contributions, with the header, capture line and footer."""

    KEY_WORDS = WORDS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "next_tab", "tab.next", show=False),
        Binding("f1", "show_tab('console')", "tab.console", show=False),
        Binding("f2", "show_tab('board')", "tab.board", show=False),
        Binding("f3", "show_tab('log')", "tab.log", show=False),
    ]

    state: reactive[SessionState | None] = reactive(None, always_update=True)
    """The session as last read (mirrors the app's)."""
    now: reactive[datetime | None] = reactive(None, always_update=True)
    """The time the clocks show (mirrors the app's)."""
    compact: reactive[bool] = reactive(False)
    """True on small terminals (e.g. 80×24): panels condense."""
    pending: reactive[int] = reactive(0)
    """Saves of this window under way (mirrors the app's)."""
    trouble: reactive[str] = reactive("")
    """A lasting database problem, in words (mirrors the app's)."""

    def __init__(self) -> None:
        super().__init__()
        self.set_reactive(MainScreen.state, self.fapp.state)
        self.set_reactive(MainScreen.now, self.fapp.now)
        for cls in type(self).__mro__:
            catalog = cls.__dict__.get("KEY_WORDS")
            if catalog is not None:
                translate_bindings(self, catalog, self.fapp.lang)

    @property
    def fapp(self) -> FacilitatorApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        lang = self.fapp.lang
        yield SessionHeader().data_bind(MainScreen.state, MainScreen.now)
        with TabbedContent(initial="console"):
            with TabPane(WORDS(lang, "tab.console"), id="console"):
                yield ConsolePane().data_bind(MainScreen.state, MainScreen.now, MainScreen.compact)
            with TabPane(WORDS(lang, "tab.board"), id="board"):
                yield BoardPane().data_bind(MainScreen.state, MainScreen.compact)
            with TabPane(WORDS(lang, "tab.log"), id="log"):
                yield ContributionLog().data_bind(MainScreen.state)
        yield CaptureBar(submit=self.save_capture).data_bind(MainScreen.state)
        yield SaveStatus().data_bind(MainScreen.pending, MainScreen.trouble)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.watch(self.app, "state", self._state_changed, init=False)
        self.watch(self.app, "now", self._now_changed, init=False)
        self.watch(self.app, "pending", self._pending_changed)
        self.watch(self.app, "trouble", self._trouble_changed)

    def _state_changed(self, state: SessionState | None) -> None:
        self.state = state

    def _now_changed(self, now: datetime | None) -> None:
        self.now = now

    def _pending_changed(self, pending: int) -> None:
        self.pending = pending

    def _trouble_changed(self, trouble: str) -> None:
        self.trouble = trouble

    def unsaved_text(self) -> str:
        """Text typed in the capture line, or waiting there unsaved."""
        return self.query_one(CaptureBar).unsaved_text()

    def on_resize(self, event: Resize) -> None:
        self.compact = event.size.width < NARROW_WIDTH or event.size.height < SHORT_HEIGHT
        self.set_class(self.compact, "-compact")

    def action_show_tab(self, tab: str) -> None:
        """Show a tab and move the focus into it at once (the next key goes there)."""
        self.query_one(TabbedContent).active = tab
        if tab == "board":
            self._board_pane.focus_column()
        elif tab == "log":
            focus_now(self._log_pane.table)
        else:
            self.set_focus(None)
        self.refresh_bindings()

    def action_next_tab(self) -> None:
        tabs = self.query_one(TabbedContent)
        order = ["console", "board", "log"]
        self.action_show_tab(order[(order.index(tabs.active) + 1) % len(order)])

    def show_card(self, card_id: int) -> None:
        """Go to the board with this card selected (from the check before closing)."""
        self.action_show_tab("board")
        self._board_pane.follow(card_id)

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.refresh_bindings()
