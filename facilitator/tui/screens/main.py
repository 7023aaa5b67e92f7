"""The main screen: tabs for the console, the board and the contributions, a capture line.

Who owns which keys (all built from :mod:`facilitator.tui.actions`):

- this screen: the tabs, the capture keys (``b o k a d q c``) and the
  facilitator's agenda and queue keys, which work on every tab while no text
  field has focus;
- each pane its own: the console pane the selected queue entry, the board
  pane the cards, the log pane the contributions. Focus decides which apply,
  so every tab keeps the focus in its pane (the console pane from the start).

The first frame shows the console only, so only the console is built before it:
the board and the contributions log are built the first time their tab is shown
(about half the widgets of the screen, and their modules). Keys typed after the
tab key wait until that pane is mounted and drawn (the app's key router holds
them while ``ready_for_keys`` is False), so ``F3 j j Enter`` typed at once still
lands in the log. The capture line, hidden until a kind key, is not in the first frame
either: it is built right after it (or by a kind key typed sooner, which waits for it).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.events import Resize
from textual.reactive import reactive
from textual.widget import Widget

from facilitator.domain.model import Kind
from facilitator.service import SessionState
from facilitator.tui.actions import BY_ID, Scope, bindings
from facilitator.tui.host import Host, host_of
from facilitator.tui.keys import focus_now
from facilitator.tui.screens.meeting import DYNAMIC, MEETING, Meeting
from facilitator.tui.screens.meeting_keys import MeetingKeys
from facilitator.tui.widgets.console import ConsolePane, Stack
from facilitator.tui.widgets.footer import KeyFooter
from facilitator.tui.widgets.header import SessionHeader
from facilitator.tui.widgets.save_status import SaveStatus
from facilitator.tui.widgets.tabstrip import TabPane, TabStrip
from facilitator.tui.widgets.too_small import TooSmall

if TYPE_CHECKING:
    from textual.widget import AwaitMount

    from facilitator.service.rescue import Kept
    from facilitator.tui.widgets.board import BoardPane
    from facilitator.tui.widgets.capture import CaptureBar
    from facilitator.tui.widgets.log import ContributionLog

BOARD_STYLES = Path(__file__).parent.parent / "board.tcss"
NARROW_WIDTH = 110
SHORT_HEIGHT = 32
TABS = ("console", "board", "log")


class MainScreen(MeetingKeys):
    """Console · Board · Contributions, with the header, capture line and footer."""

    SCOPE = Scope.SCREEN
    BINDINGS = bindings(SCOPE)
    BODY = "#tab-panes"
    AUTO_FOCUS = "ConsolePane"
    BLANK = True
    """The header, the strip, the panes and the footer cover the screen: its background is
    not drawn first (see :class:`~facilitator.tui.widgets.console.Stack`)."""

    state: reactive[SessionState | None] = reactive(None, always_update=True, repaint=False)
    """The session as last read (mirrors the app's)."""
    now: reactive[datetime | None] = reactive(None, always_update=True, repaint=False)
    """The time the clocks show (mirrors the app's)."""
    compact: reactive[bool] = reactive(False)
    """True on small terminals (e.g. 80×24): panels condense."""

    def __init__(self) -> None:
        super().__init__()
        self.meeting = Meeting(self)
        self._key_signature: tuple[bool, ...] = ()
        self._building = 0
        self._built: set[str] = {"console"}
        self._mounted = False
        self._capture: AwaitMount | None = None
        """The capture line's mount, once begun (see capture_bar)."""

    @property
    def ready_for_keys(self) -> bool:
        """False until the screen is mounted and while a tab's pane is being built: the
        key router holds the keys (typed during start-up, or after a tab key)."""
        return self._mounted and self._building == 0

    @property
    def host(self) -> Host:
        return host_of(self)

    def compose(self) -> ComposeResult:
        host = self.host
        self.set_reactive(MainScreen.state, host.state)
        self.set_reactive(MainScreen.now, host.now)
        lang = host.lang
        yield SessionHeader().data_bind(MainScreen.state, MainScreen.now)
        yield TabStrip([(tab, BY_ID[f"tab.{tab}"].words(lang)) for tab in TABS], "console")
        with Stack(id="tab-panes"):
            with TabPane(id="console"):
                yield ConsolePane().data_bind(MainScreen.state, MainScreen.now, MainScreen.compact)
            # built when first shown (build_tab)
            for tab in ("board", "log"):
                pane = TabPane(id=tab)
                pane.display = False
                yield pane
        # the capture line goes here, built after the first frame (capture_bar)
        yield SaveStatus().data_bind(MainScreen.pending, MainScreen.trouble)
        yield KeyFooter()
        yield TooSmall()

    def on_mount(self) -> None:
        self.follow_app()
        self._mounted = True
        self.host.keys.resume()
        self.call_after_refresh(self.capture_bar)

    async def capture_bar(self) -> CaptureBar | None:
        """The capture line, hidden until a kind key, under the panes: the first frame does
        not show it, so it is built (and its modules loaded) right after that frame, or by
        whatever needs it sooner (a kind key typed at once), which waits for it. The key
        router routes the next key only when this key's action is done. None: the screen
        is closing (the app quits), nothing is built any more."""
        from facilitator.tui.widgets.capture import CaptureBar

        if self._capture is None:
            with self._context():  # data_bind binds to the message pump in whose context it runs
                bar = CaptureBar(submit=self.save_capture, home=self.focus_tab)
                bar.data_bind(MainScreen.state)
            self._capture = self.mount(bar, before=self.query_one(SaveStatus))
        found = self.query(CaptureBar)
        if not found:
            return None
        bar = found.first()
        if not bar.is_mounted:
            await self._capture
        return bar

    def _state_changed(self, state: SessionState | None) -> None:
        self.state = state
        self._keys_changed()

    def _now_changed(self, now: datetime | None) -> None:
        self.now = now
        if self.state is not None and self.state.ticking:  # else the state's keys stand
            self._keys_changed()

    def _keys_changed(self) -> None:
        """Refresh the footer only when one of the keys that come and go changes (those of
        :data:`DYNAMIC`, and all of the facilitator's as the session closes or reopens)."""
        signature = tuple(self.meeting.enabled(action) for action in ("toggle_timer", *DYNAMIC))
        if signature != self._key_signature:
            self._key_signature = signature
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in MEETING:
            # `1 f` typed at once: the queue shown is not yet the queue; the service decides.
            return self.host.behind or self.meeting.enabled(action)
        return True

    def unsaved_text(self) -> str:
        """Text typed in the capture line, or waiting there unsaved ('' before it is built)."""
        from facilitator.tui.widgets.capture import CaptureBar

        bars = self.query(CaptureBar)
        return bars.first().unsaved_text() if bars else ""

    def unsaved_lines(self) -> list[Kept]:
        """The same, each line with what it was (the kind, who said it, the agenda item)."""
        from facilitator.tui.widgets.capture import CaptureBar

        bars = self.query(CaptureBar)
        return bars.first().unsaved_lines() if bars else []

    def on_resize(self, event: Resize) -> None:
        self.query_one(TooSmall).fit()
        self.compact = event.size.width < NARROW_WIDTH or event.size.height < SHORT_HEIGHT
        self.set_class(self.compact, "-compact")

    # -- tabs ---------------------------------------------------------------------------------
    async def build_tab(self, tab: str) -> None:
        """Build the pane of ``tab`` if it is not built yet; keys wait until it is drawn."""
        if tab in self._built:
            return
        self._built.add(tab)
        self._building += 1
        try:
            pane = self.query_one(f"#{tab}", TabPane)
            self._read_board_styles(pane)
            await pane.mount(self._pane(tab))
        finally:
            self._building -= 1
            self.host.keys.resume()

    def _read_board_styles(self, pane: TabPane) -> None:
        """The rules of the board, the log and their line editor (``board.tcss``), read
        with the first of those panes: the first frame needs none of them. Only that file
        is parsed (the others are kept parsed); ``pane``, styled without its rules until
        now, is styled again."""
        stylesheet = self.app.stylesheet
        if not stylesheet.has_source(str(BOARD_STYLES)):
            stylesheet.read(BOARD_STYLES)
            stylesheet.parse()
        self.app.update_styles(pane)

    def _pane(self, tab: str) -> Widget:
        """A new board or log pane bound to this screen's state, drawn from it at mount."""
        pane: Widget
        with self._context():  # data_bind binds to the message pump in whose context it runs
            if tab == "board":
                from facilitator.tui.widgets.board import BoardPane

                pane = BoardPane().data_bind(MainScreen.state, MainScreen.compact)
                pane.set_reactive(BoardPane.compact, self.compact)
                pane.set_class(self.compact, "-compact")
                pane.set_reactive(BoardPane.state, self.state)
            else:
                from facilitator.tui.widgets.log import ContributionLog

                pane = ContributionLog().data_bind(MainScreen.state)
                pane.set_reactive(ContributionLog.state, self.state)
        return pane

    def board_pane(self) -> BoardPane:
        from facilitator.tui.widgets.board import BoardPane

        return self.query_one(BoardPane)

    def log_pane(self) -> ContributionLog:
        from facilitator.tui.widgets.log import ContributionLog

        return self.query_one(ContributionLog)

    async def action_show_tab(self, tab: str) -> None:
        """Show a tab and move the focus into its pane at once (the next key goes there)."""
        await self.build_tab(tab)
        for pane in self.query_one("#tab-panes").children:
            pane.display = pane.id == tab
        if tab == "console":
            self.query_one(ConsolePane).catch_up()  # the time its panels did not draw
        self.query_one(TabStrip).active = tab
        self.focus_tab()
        self.refresh_bindings()

    def focus_tab(self) -> None:
        """Give the focus to the pane of the tab shown: its keys apply."""
        tab = self.shown_tab
        if tab not in self._built:
            return  # being built: build_tab's caller focuses it
        if tab == "board":
            self.board_pane().focus_column()
        elif tab == "log":
            focus_now(self.log_pane().table)
        else:
            focus_now(self.query_one(ConsolePane))

    async def action_next_tab(self, step: int = 1) -> None:
        active = self.shown_tab
        await self.action_show_tab(TABS[(TABS.index(active) + step) % len(TABS)])

    def show_card(self, card_id: int) -> None:
        """Go to the board with this card selected (from the check before closing)."""
        self._building += 1  # keys wait for the board

        async def show() -> None:
            try:
                await self.action_show_tab("board")
                self.board_pane().select_card(card_id)
            finally:
                self._building -= 1
                self.host.keys.resume()

        self.call_next(show)

    def show_contribution(self, contribution_id: int) -> None:
        """Go to the contributions with this one selected (an open question, from the check
        before closing)."""
        self._building += 1  # keys wait for the log

        async def show() -> None:
            try:
                await self.action_show_tab("log")
                self.log_pane().select(contribution_id)
            finally:
                self._building -= 1
                self.host.keys.resume()

        self.call_next(show)

    @property
    def shown_tab(self) -> str:
        """The id of the tab shown: console, board or log."""
        return self.query_one(TabStrip).active

    @on(TabStrip.Chosen)
    async def _tab_chosen(self, event: TabStrip.Chosen) -> None:
        """A tab clicked: shown (built first if need be, the keys waiting), its pane takes
        the keys."""
        await self.action_show_tab(event.tab)

    # -- capture ------------------------------------------------------------------------------
    async def action_capture(self, kind: str) -> None:
        # on a closed session too: the sentence typed after the key goes into the line
        # (it ran as shortcuts when the key was refused), and Enter says it cannot be saved
        bar = await self.capture_bar()  # built: at once, in this key's own event
        if bar is not None:
            bar.open(Kind(kind))
