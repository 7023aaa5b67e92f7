"""The facilitator's console: agenda, current item, floor, table and latest contributions.

Three columns on a large terminal, the latest contributions below them in a
third of the height; on a small one (``compact``) a condensed stack: the agenda
strip, the current item on one line, the speaker and the next four, the sector
shares as one line with who has not spoken yet by number and short name, and
as many of the last contributions as the rows left allow.

The pane has the focus while the console tab is shown and owns the keys of the
selected queue entry (↑ ↓ select, ⇧↑ ⇧↓ move, Enter gives the floor) and the
clicks on its panels; the facilitator's other keys work on every tab and sit
on the main screen. Both give their commands through
:class:`~facilitator.tui.screens.meeting.Meeting`.
"""

from __future__ import annotations

from datetime import datetime

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.reactive import reactive
from textual.widget import Widget

from facilitator.service import SessionState
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.host import host_of
from facilitator.tui.screens.meeting import Meeting
from facilitator.tui.widgets.agenda import AgendaPanel
from facilitator.tui.widgets.base import StatePanel, on_screen
from facilitator.tui.widgets.countdown import CurrentItem
from facilitator.tui.widgets.latest import LatestList
from facilitator.tui.widgets.sectors import SectorBars
from facilitator.tui.widgets.speakers import FloorPanel
from facilitator.tui.widgets.table import ParticipantTable, table_title


class Stack(Vertical):
    """A container its children cover: the console's rows and columns, the tab panes.

    Textual draws every widget on the screen in its whole region before it puts the
    screen together, a container too, even where its children cover all of it: a blank
    widget (``BLANK``) is drawn as blank lines at once. One class for all of them (a
    row is a stack laid out ``horizontal`` in ``console.tcss``): each widget class costs
    Textual some work to set up at start.
    """

    BLANK = True


class ConsolePane(Widget):
    """Lays out the console's panels and hands them the state, the time and the size.

    The panels cover it: nothing of its own is drawn (``BLANK``, see :class:`Stack`)."""

    BLANK = True
    SCOPE = Scope.CONSOLE
    BINDINGS = bindings(SCOPE)
    can_focus = True

    state: reactive[SessionState | None] = reactive(None, always_update=True, repaint=False)
    """The session as last read from the store."""
    now: reactive[datetime | None] = reactive(None, always_update=True, repaint=False)
    """The time the clocks show."""
    compact: reactive[bool] = reactive(False)
    """True on small terminals: the condensed layout."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.meeting = Meeting(self)
        self._missed = False
        """Ticks came while the console was not shown: its panels have an older time."""

    def compose(self) -> ComposeResult:
        # The time is not bound: the pane hands it to its panels while it is shown (watch_now).
        bound = (ConsolePane.state, ConsolePane.compact)
        with Stack(id="console-top"):
            yield AgendaPanel(id="agenda", classes="panel").data_bind(*bound)
            with Stack(id="console-middle"):
                yield CurrentItem(id="current", classes="panel").data_bind(*bound)
                yield FloorPanel(id="floor", classes="panel").data_bind(*bound)
            with Stack(id="console-right"):
                yield SectorBars(id="sectors").data_bind(*bound)
                with VerticalScroll(id="table-scroll", can_focus=False, classes="panel"):
                    yield ParticipantTable(id="table").data_bind(*bound)
        yield LatestList(id="latest", classes="panel").data_bind(*bound)

    def watch_compact(self, compact: bool) -> None:
        self.set_class(compact, "-compact")

    def watch_has_focus(self, has_focus: bool) -> None:
        # Textual restyles a widget and everything inside it when its focus changes. No
        # rule styles the panels by the pane's focus (console.tcss has no
        # `ConsolePane:focus` rule), so the pane alone is restyled, not its panels.
        self.app.stylesheet.update_nodes([self], animate=True)

    def on_mount(self) -> None:
        self.watch_state(self.state)

    def watch_now(self, now: datetime | None) -> None:
        """A tick: the panels show the new time while the console is shown. Under the board
        or the contributions they do nothing (see ``on_screen``), and catch up when the
        console shows again (``catch_up``)."""
        if not on_screen(self):
            self._missed = True
            return
        if self._missed:
            self.catch_up()
            return
        for panel in self.query(StatePanel):
            panel.now = now

    def catch_up(self) -> None:
        """The console shows again (``F1``): the panels draw the time as it is now, in the
        frame that shows them, not the time they were hidden at."""
        if not self._missed:
            return
        self._missed = False
        for panel in self.query(StatePanel):
            panel.catch_up(self.now)

    def on_show(self) -> None:
        self.catch_up()  # shown otherwise than by its tab's key: at least in the next frame

    def watch_state(self, state: SessionState | None) -> None:
        if state is not None and self.is_mounted:
            lang = host_of(self).lang
            self.query_one("#table-scroll").border_title = table_title(state, lang)

    # -- the selected queue entry ----------------------------------------------------------
    @property
    def floor(self) -> FloorPanel:
        return self.query_one(FloorPanel)

    def action_select(self, delta: int) -> None:
        self.floor.move_selection(delta)

    def action_reorder(self, delta: int) -> None:
        self.meeting.reorder(self.floor.selected, delta)

    def action_floor_selected(self) -> None:
        selected = self.floor.selected
        if selected is None:
            return
        self.floor.selected = None
        self.meeting.floor_to(selected)

    # -- clicks ------------------------------------------------------------------------------
    @on(AgendaPanel.ItemClicked)
    def _item_clicked(self, event: AgendaPanel.ItemClicked) -> None:
        self.meeting.goto(event.item_id)

    @on(ParticipantTable.ParticipantClicked)
    def _participant_clicked(self, event: ParticipantTable.ParticipantClicked) -> None:
        self.meeting.queue_clicked(event.participant_id)

    @on(FloorPanel.EntryClicked)
    def _entry_clicked(self, event: FloorPanel.EntryClicked) -> None:
        panel = self.floor
        panel.selected = None if panel.selected == event.participant_id else event.participant_id
