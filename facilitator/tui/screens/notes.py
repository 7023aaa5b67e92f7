"""The note-taker's screen (``--role notetaker``): built for typing.

```
 punt 3 Stage- en bbl-plaatsen · ▶ Karim Aziz (Gemeente Enschede) 01:12
 timer 12:34 over · alleen kijken (F4) · rij: Els Bos, Piet de Wit
┌ Bijdragen ───────────────────────┐┌ Bord ───────────────────────────┐
│ …                                ││ …                               │
└──────────────────────────────────┘└─────────────────────────────────┘
 BARRIÈRE ▸ Karim Aziz · punt 3 │
 Bedrijven in de bouw haken af als leerbedrijf omdat de begeleiding van bbl'ers
 te veel tijd kost #stage▏
 → #stage
```
The contributions and the board get the room (side by side from 100
columns; on a narrow one the one chosen with F2/F3/Tab); the capture line is
always on screen, one kind key away, and wraps the sentence whole. The top
lines say which item and who has the floor (what a note is filed under), and
show the timer and the queue.

Keys: the main screen's rows of the action table (the same ids, so a keymap
applies to both). The capture keys and the pane keys work as on the main
screen; the facilitator's agenda and queue keys do nothing here until the
note-taker asks for control (``F4``, ``notes.control``), and again after they
let go: two people must not both drive the timer by accident.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.events import Resize
from textual.reactive import reactive

from facilitator.domain.model import Kind
from facilitator.i18n import Catalog
from facilitator.service import SessionState
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.host import Host, host_of
from facilitator.tui.keymap import key_names
from facilitator.tui.keys import focus_now
from facilitator.tui.screens.meeting import MEETING, Meeting
from facilitator.tui.screens.meeting_keys import MeetingKeys
from facilitator.tui.widgets.board import BoardPane
from facilitator.tui.widgets.capture import CaptureBar
from facilitator.tui.widgets.footer import KeyFooter
from facilitator.tui.widgets.log import ContributionLog
from facilitator.tui.widgets.note_capture import NoteCaptureBar
from facilitator.tui.widgets.note_status import NoteStatus
from facilitator.tui.widgets.save_status import SaveStatus
from facilitator.tui.widgets.too_small import TooSmall

if TYPE_CHECKING:
    from facilitator.service.rescue import Kept

WIDE = 100
"""From this width the contributions and the board stand side by side."""
SHORT_HEIGHT = 32
PANES = ("log", "board")

WORDS = Catalog(
    {
        "control.taken": (
            "U bedient nu de timer en de rij (ook de gespreksleider kan dat nog). {key} laat los.",
            "You now control the timer and the queue (the facilitator still can too). "
            "{key} lets go.",
        ),
        "control.released": (
            "Timer en rij: weer alleen kijken.",
            "Timer and queue: read-only again.",
        ),
    }
)


class NoteScreen(MeetingKeys):
    """Top lines, contributions and board, the capture line always on screen, the footer."""

    SCOPE = Scope.NOTES
    SCOPES = (Scope.SCREEN, Scope.NOTES)
    """The parts of the action table bound here (the command palette offers them)."""
    BINDINGS = [*bindings(Scope.SCREEN), *bindings(Scope.NOTES)]
    CSS_PATH = ["../board.tcss", "../notetaker.tcss"]  # board.tcss: its log and board
    BODY = "#notes-body"
    AUTO_FOCUS = "#log-table"

    state: reactive[SessionState | None] = reactive(None, always_update=True, repaint=False)
    """The session as last read (mirrors the app's)."""
    now: reactive[datetime | None] = reactive(None, always_update=True, repaint=False)
    """The time the clocks show (mirrors the app's)."""
    compact: reactive[bool] = reactive(False)
    """True on small terminals: the board condenses."""
    control: reactive[bool] = reactive(False)
    """Whether the note-taker has asked for control of the timer and the queue."""
    shown: reactive[str] = reactive("log")
    """The pane shown on a narrow terminal (and the one with the keys): log or board."""

    def __init__(self) -> None:
        super().__init__()
        self.meeting = Meeting(self)

    @property
    def host(self) -> Host:
        return host_of(self)

    def compose(self) -> ComposeResult:
        host = self.host
        self.set_reactive(NoteScreen.state, host.state)
        self.set_reactive(NoteScreen.now, host.now)
        yield NoteStatus().data_bind(NoteScreen.state, NoteScreen.now, NoteScreen.control)
        with Horizontal(id="notes-body"):
            yield ContributionLog(id="notes-log").data_bind(NoteScreen.state)
            yield BoardPane(id="notes-board").data_bind(NoteScreen.state, NoteScreen.compact)
        yield NoteCaptureBar(submit=self.save_capture, home=self.focus_pane).data_bind(
            NoteScreen.state
        )
        yield SaveStatus().data_bind(NoteScreen.pending, NoteScreen.trouble)
        yield KeyFooter()
        yield TooSmall()

    def on_mount(self) -> None:
        self.follow_app()
        self.watch_shown(self.shown)

    def _state_changed(self, state: SessionState | None) -> None:
        self.state = state
        if self.control:
            self.refresh_bindings()

    def _now_changed(self, now: datetime | None) -> None:
        self.now = now

    def on_resize(self, event: Resize) -> None:
        self.query_one(TooSmall).fit()
        self.compact = event.size.width < WIDE or event.size.height < SHORT_HEIGHT
        self.set_class(event.size.width < WIDE, "-narrow")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in MEETING:  # the facilitator's keys: only with control
            if not self.control:
                return False  # not shown, and the key does nothing
            return self.host.behind or self.meeting.enabled(action)
        if action == "show_tab":
            return parameters != ("console",)
        return True

    def unsaved_text(self) -> str:
        """Text typed in the capture line, or waiting there unsaved."""
        return self.query_one(CaptureBar).unsaved_text()

    def unsaved_lines(self) -> list[Kept]:
        """The same, each line with what it was (the kind, who said it, the agenda item)."""
        return self.query_one(CaptureBar).unsaved_lines()

    def has_meeting_keys(self) -> bool:
        return self.control

    # -- control ------------------------------------------------------------------------------
    def action_control(self) -> None:
        """Take control of the timer and the queue, or let go of it."""
        self.control = not self.control
        self.refresh_bindings()
        key = key_names(self.host)["notes.control"]
        words = "control.taken" if self.control else "control.released"
        self.notify(WORDS(self.host.lang, words, key=key), markup=False)

    # -- panes --------------------------------------------------------------------------------
    def watch_shown(self, shown: str) -> None:
        self.set_class(shown == "board", "-show-board")

    def action_show_tab(self, tab: str) -> None:
        """F2 the board, F3 the contributions: shown (on a narrow terminal) and focused."""
        if tab in PANES:
            self.shown = tab
            self.focus_pane()

    def action_next_tab(self, step: int = 1) -> None:
        self.action_show_tab(PANES[(PANES.index(self.shown) + step) % len(PANES)])

    def focus_pane(self) -> None:
        """Give the focus to the pane chosen last: its keys apply."""
        if self.shown == "board":
            self.query_one(BoardPane).focus_column()
        else:
            focus_now(self.query_one(ContributionLog).table)

    def show_card(self, card_id: int) -> None:
        """Go to the board with this card selected (from the check before closing)."""
        self.action_show_tab("board")
        self.query_one(BoardPane).follow(card_id)

    def show_contribution(self, contribution_id: int) -> None:
        """Go to the contributions with this one selected (an open question, from the check
        before closing)."""
        self.action_show_tab("log")
        self.query_one(ContributionLog).select(contribution_id)

    # -- capture ------------------------------------------------------------------------------
    async def capture_bar(self) -> CaptureBar | None:
        return self.query_one(CaptureBar)  # always there on this screen

    def action_capture(self, kind: str) -> None:
        # on a closed session too: what is typed next goes into the line, and Enter says
        # that it cannot be saved (see CaptureBar)
        self.query_one(CaptureBar).open(Kind(kind))

    def action_withdraw(self) -> None:
        """A picker of who waits (this screen has no selected queue entry)."""
        state = self.host.state
        if state is None:
            return
        waiting = [entry.participant_id for entry in state.queue]
        if not waiting:
            self.meeting.say("nobody_waits")
            return
        self.meeting.pick_participant(
            "pick.withdraw",
            lambda pid: self.host.submit(self.host.floor.withdraw, pid),
            only=waiting,
        )
