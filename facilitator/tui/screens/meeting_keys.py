"""The keys the facilitator's main screen and the note-taker's screen share.

Both screens have a :class:`Meeting` (``self.meeting``) and a capture bar; the
actions of the meeting keys and the capture line's Enter are written once here, and
so is how both follow the app's state, time, saves under way and database trouble,
and how both keep the notices above the rows under their panes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events
from textual.geometry import Region
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input
from textual.widgets._toast import Toast, ToastRack

from facilitator.domain.model import Contribution, Kind
from facilitator.i18n import Catalog
from facilitator.service import CURRENT, SessionState
from facilitator.tui.host import Host
from facilitator.tui.keymap import key_names
from facilitator.tui.screens.meeting import ASKING, DYNAMIC, MEETING, Meeting

if TYPE_CHECKING:
    from facilitator.tui.widgets.capture import Capture, CaptureBar

WORDS = Catalog(
    {
        "pasted": (
            "Geplakt in een nieuwe notitie: {key[line.cycle]} kiest een andere soort, Enter "
            "bewaart, {key[line.cancel]} annuleert.",
            "Pasted into a new note: {key[line.cycle]} picks another kind, Enter saves, "
            "{key[line.cancel]} cancels.",
        ),
    }
)


class MeetingKeys(Screen[None]):
    """Mixin: the meeting keys' actions and the capture bar's Enter."""

    meeting: Meeting
    BODY: ClassVar[str]
    """The panes (a selector): what shows under them, notices do not cover."""
    pending: reactive[int] = reactive(0, repaint=False)
    """Saves of this window under way (mirrors the app's)."""
    trouble: reactive[str] = reactive("", repaint=False)
    """A lasting database problem, in words (mirrors the app's)."""
    _notices_at: frozenset[Region] = frozenset()
    """Where the notices stood after the last layout."""
    _when_laid_out: tuple[Callable[[int], object], ...] = ()
    """What waits for the screen's first layout (see :meth:`when_laid_out`)."""

    def follow_app(self) -> None:
        """Follow the app's state, time, saves under way and trouble (from on_mount)."""
        self.watch(self.app, "state", self._state_changed, init=False)
        self.watch(self.app, "now", self._now_changed, init=False)
        self.watch(self.app, "pending", self._pending_changed)
        self.watch(self.app, "trouble", self._trouble_changed)
        self.screen_layout_refresh_signal.subscribe(self, self._notices_above, immediate=True)
        self.call_after_refresh(self._notices_above)
        self.watch(self, "focused", self._focus_moved, init=False)

    def _focus_moved(self, focused: Widget | None) -> None:
        """A panel filling the screen (the palette's «Vergroten») gives it back when the
        focus leaves it: another tab (F2), the capture line (a kind key), a dialog's
        field. Else the keys acted on what did not show: votes on a board out of sight, a
        note typed and saved in a line that was not drawn."""
        shown = self.maximized
        if shown is None:
            return
        if focused is None or (focused is not shown and shown not in focused.ancestors):
            self.minimize()

    def set_focus(
        self, widget: Widget | None, scroll_visible: bool = True, from_app_focus: bool = False
    ) -> None:
        """Focus ``widget``, except while a capture line is open: the line keeps the keys,
        and ``widget`` has them once it closes (see :meth:`CaptureBar.keeps_keys_from`).
        A click on any pane (Textual focuses what is clicked) or on a tab left the line on
        screen with its text and its hint, while the letters typed next ran as commands
        of the pane clicked: ``space`` paused the timer, ``f`` gave the floor, ``o``
        changed the line's kind, and they were missing from the sentence."""
        if widget is not None and self._line_keeps_keys(widget):
            return
        super().set_focus(widget, scroll_visible, from_app_focus)

    def _line_keeps_keys(self, widget: Widget) -> bool:
        focused = self.focused
        if widget is focused or not isinstance(focused, Input):
            return False  # no text field has the keys: nothing is being typed
        from facilitator.tui.widgets.capture import CaptureBar  # the field is the bar's

        for node in focused.ancestors:
            if isinstance(node, CaptureBar):
                return node.keeps_keys_from(widget)
        return False

    def on_screen_suspend(self) -> None:
        """A dialog opened over this screen shows the notices on its own (Textual brings
        the notices of the screen on top up to date only): this screen's, lifted above the
        capture line, showed through the dialog beside them, each notice twice. Back on
        top, Textual shows them here again."""
        for rack in self.query_children(ToastRack):
            rack.display = False

    def _notices_above(self, _screen: Screen[Any] | None = None) -> None:
        """Notices stand above the rows under the panes, however many show (the capture
        line, open or counting the lines waiting; the save status, one to three rows; the
        footer), not on the words being typed nor on the database's message: over the
        panes instead. Said after each layout, which places them from then on."""
        height = self.notice_height()
        if height is not None:
            waiting, self._when_laid_out = self._when_laid_out, ()
            for then in waiting:
                then(height)
        racks = self.query_children(ToastRack)
        if not racks:  # notices turned off
            return
        self._draw_where_notices_were(racks.first())
        if height is None:  # not laid out yet
            return
        rack = racks.first()
        under = self.size.height - height
        if rack.styles.margin.bottom != under:
            rack.styles.margin = (0, 0, under, 0)

    def notice_height(self) -> int | None:
        """The rows the notices have, from the top of the screen down to the rows under the
        panes (None until the screen is laid out)."""
        body = self.query(self.BODY)
        region = body.first().region if body else None
        return region.bottom if region else None

    def when_laid_out(self, then: Callable[[int], object]) -> None:
        """``then(rows)``, with the rows the notices have, once the screen is laid out (now
        if it is): a notice at start sized to the screen."""
        height = self.notice_height()
        if height is None:
            self._when_laid_out = (*self._when_laid_out, then)
        else:
            then(height)

    def _draw_where_notices_were(self, rack: ToastRack) -> None:
        """Draw the whole screen again when a notice has gone or moved since the last
        layout (rare: a few times a minute at most). Textual draws again only the places
        where its map of the screen changed, and after a widget that is not shown asked
        to be drawn (a panel of the console under the board given a new state; the time
        it is not given, see ``on_screen``) that map is made anew before it compares: a
        notice gone or moved is then the same in both maps.
        The notice that the session was planned on another day stayed drawn on the board
        long after its time, and was not drawn where it moved to above another notice."""
        regions = frozenset(toast.region for toast in rack.query(Toast) if toast.region)
        if regions != self._notices_at:
            if not self._notices_at <= regions:
                self.refresh()
            self._notices_at = regions

    WAIT_BEHIND: ClassVar[frozenset[str]] = ASKING
    """Actions whose key waits while the screen is behind the changes given before it (see
    ``FacilitatorApp.holds_key``): a form or a list of the session as it will be by then."""

    def has_meeting_keys(self) -> bool:
        """Whether the facilitator's keys act on this screen (the note-taker's: with control)."""
        return True

    def on_key(self, event: events.Key) -> None:
        """A key of the facilitator's that no binding ran (a key routed by ``KeyRouter``
        goes on to the focused widget and up to here): on a closed session its binding is
        off, so that the footer does not offer it, and so is a key of :data:`DYNAMIC` with
        nothing to act on (``f`` with nobody queued, ``t`` with no overrun); pressed, each
        says why, and does nothing else."""
        state = self.host.state
        if state is None or not self.has_meeting_keys():
            return
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            action = binding.action.split("(")[0]
            if action not in MEETING:
                continue
            if state.closed:
                event.stop()
                self.meeting.say_closed()
                return
            if action in DYNAMIC and not self.meeting.enabled(action):
                event.stop()
                self.meeting.say_why_not(action)
                return

    def _state_changed(self, state: SessionState | None) -> None:
        raise NotImplementedError

    def _now_changed(self, now: datetime | None) -> None:
        raise NotImplementedError

    def _pending_changed(self, pending: int) -> None:
        self.pending = pending

    def _trouble_changed(self, trouble: str) -> None:
        self.trouble = trouble
        from facilitator.tui.widgets.capture import CaptureBar  # loaded with the bar

        for bar in self.query(CaptureBar):  # none yet before the bar is built
            bar.trouble_changed(trouble)

    @property
    def host(self) -> Host:
        raise NotImplementedError

    async def capture_bar(self) -> CaptureBar | None:
        """The screen's capture bar (built first if need be); None if it cannot be."""
        raise NotImplementedError

    async def take_paste(self, text: str) -> None:
        """A paste with no line open: it is a note to capture, not nothing (it was dropped
        without a word). A note line opens with it; Tab gives it another kind. On a closed
        session too: the line keeps it and says why Enter cannot save it."""
        if not text.strip():
            return
        bar = await self.capture_bar()
        if bar is None:
            return
        bar.open(Kind.NOTE)
        bar.input.take_paste(text)
        said = WORDS(self.host.lang, "pasted", key=key_names(self.host))
        self.notify(said, markup=False)

    def save_capture(self, capture: Capture) -> None:
        """The capture bar's Enter: give the save to the app (in the key's own event).

        The contribution is filed under the agenda item current when the line was
        opened, else (no item then) the one current when the command runs (after
        every command given before it); if the save fails, the capture bar keeps the
        line among its waiting lines, and saves them once it can.
        """
        from facilitator.tui.widgets.capture import CaptureBar  # loaded with the bar

        host = self.host
        parsed = capture.parsed
        bar = self.query_one(CaptureBar)

        def failed(result: Any) -> None:
            closed = result.key == "session.closed"
            reason = result.message(host.lang, key_names(host))
            bar.restore(capture.kind, capture.line, reason, capture, closed=closed)

        def saved(said: Contribution) -> None:
            bar.saved(capture)
            # the keys typed after this Enter act on this line, whatever another window
            # saved meanwhile
            from facilitator.tui.widgets.log import ContributionLog  # built with its tab

            for log in self.query(ContributionLog):
                log.own_saved(said.id)

        host.submit(
            host.notes.capture,
            capture.kind,
            parsed.text,
            participant_id=capture.speaker_id,
            item_id=CURRENT if capture.item_id is None else capture.item_id,
            owners=parsed.owners,
            tags=parsed.tags,
            due=parsed.due,
            at=capture.at,
            then=saved,
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
