"""The keys the facilitator's main screen and the note-taker's screen share.

Both screens have a :class:`Meeting` (``self.meeting``) and a capture bar; the
actions of the meeting keys and the capture line's Enter are written once here, and
so is how both follow the app's state, time, saves under way and database trouble.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from textual.reactive import reactive
from textual.screen import Screen

from facilitator.service import CURRENT, SessionState
from facilitator.tui.host import Host
from facilitator.tui.keymap import key_names
from facilitator.tui.screens.meeting import Meeting

if TYPE_CHECKING:
    from facilitator.tui.widgets.capture import Capture


class MeetingKeys(Screen[None]):
    """Mixin: the meeting keys' actions and the capture bar's Enter."""

    meeting: Meeting
    pending: reactive[int] = reactive(0)
    """Saves of this window under way (mirrors the app's)."""
    trouble: reactive[str] = reactive("")
    """A lasting database problem, in words (mirrors the app's)."""

    def follow_app(self) -> None:
        """Follow the app's state, time, saves under way and trouble (from on_mount)."""
        self.watch(self.app, "state", self._state_changed, init=False)
        self.watch(self.app, "now", self._now_changed, init=False)
        self.watch(self.app, "pending", self._pending_changed)
        self.watch(self.app, "trouble", self._trouble_changed)

    def _state_changed(self, state: SessionState | None) -> None:
        raise NotImplementedError

    def _now_changed(self, now: datetime | None) -> None:
        raise NotImplementedError

    def _pending_changed(self, pending: int) -> None:
        self.pending = pending

    def _trouble_changed(self, trouble: str) -> None:
        self.trouble = trouble

    @property
    def host(self) -> Host:
        raise NotImplementedError

    def save_capture(self, capture: Capture) -> None:
        """The capture bar's Enter: give the save to the app (in the key's own event).

        The contribution is filed under the agenda item current when the line was
        opened, else (no item then) the one current when the command runs (after
        every command given before it); if the save fails, the text goes back to the
        capture bar.
        """
        from facilitator.tui.widgets.capture import CaptureBar  # loaded with the bar

        host = self.host
        parsed = capture.parsed
        bar = self.query_one(CaptureBar)

        def failed(result: Any) -> None:
            closed = result.key == "session.closed"
            reason = result.message(host.lang, key_names(host))
            bar.restore(capture.kind, capture.line, reason, capture, closed=closed)

        host.submit(
            host.notes.capture,
            capture.kind,
            parsed.text,
            participant_id=capture.speaker_id,
            item_id=CURRENT if capture.item_id is None else capture.item_id,
            owners=parsed.owners,
            tags=parsed.tags,
            due=parsed.due,
            failed=failed,
        )

    # -- the facilitator's keys: commands of :class:`Meeting` -----------------------------
    def action_toggle_timer(self) -> None:
        self.meeting.toggle_timer()

    def action_move(self, step: int) -> None:
        self.meeting.move(step)

    def action_minutes(self, minutes: int) -> None:
        self.meeting.minutes(minutes)

    def action_rebalance(self) -> None:
        self.meeting.rebalance()

    def action_defer(self) -> None:
        self.meeting.defer()

    def action_goto(self) -> None:
        self.meeting.goto_picker()

    def action_queue_number(self, number: int) -> None:
        self.meeting.queue_number(number)

    def action_pick_number(self) -> None:
        self.meeting.pick_hand()

    def action_pick_hand(self) -> None:
        self.meeting.pick_hand()

    def action_point_of_order(self) -> None:
        self.meeting.point_of_order()

    def action_give_floor(self) -> None:
        self.meeting.give_floor()

    def action_end_speech(self) -> None:
        self.meeting.end_speech()

    def action_accept_suggestion(self) -> None:
        self.meeting.accept_suggestion()

    def action_floor_to(self) -> None:
        self.meeting.floor_to_picker()

    def action_readd_last(self) -> None:
        self.meeting.readd_last()

    def action_withdraw(self) -> None:
        self.meeting.withdraw()

    def action_presence(self) -> None:
        self.meeting.presence()

    def action_move_date(self) -> None:
        self.meeting.move_to_today()

    def action_add_item(self) -> None:
        self.meeting.item_form()

    def action_edit_item(self) -> None:
        self.meeting.edit_item_picker()

    def action_drop_item(self) -> None:
        self.meeting.drop_item_picker()

    def action_walk_in(self) -> None:
        self.meeting.walk_in()

    def action_stand_in(self) -> None:
        self.meeting.stand_in_picker()
