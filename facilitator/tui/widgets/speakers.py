"""The floor: who speaks (and for how long), who waits, and whom to give the floor next."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from textual.app import RenderResult
from textual.content import Content
from textual.events import Click
from textual.message import Message
from textual.reactive import reactive

from facilitator.domain import stats
from facilitator.domain.model import Participant, Priority, QueueEntry
from facilitator.domain.numbering import number_of
from facilitator.i18n import Catalog
from facilitator.i18n.formats import mmss, mss
from facilitator.records import record
from facilitator.service import SessionState
from facilitator.tui.text import join, one_line, plain
from facilitator.tui.widgets.base import StatePanel
from facilitator.tui.widgets.timefmt import ALARM, MUTED, OK, SELECTED, STRONG, WARN

WORDS = Catalog(
    {
        "title": ("Het woord", "The floor"),
        "nobody": ("Niemand heeft het woord", "Nobody has the floor"),
        "last": ("laatst: {who}", "last: {who}"),
        "waits": ("wacht {time}", "waits {time}"),
        "no_queue": ("niemand wacht", "nobody waits"),
        "point": ("punt van orde", "point of order"),
        "more": ("+{n} meer", "+{n} more"),
        "above": ("+{n} erboven", "+{n} above"),
        "suggest": ("suggestie:", "suggestion:"),
        "then": ("daarna:", "then:"),
        "reason.first_on_item": ("nog niet gehoord op dit punt", "not yet heard on this item"),
        "reason.least_heard_sector": ("{sector} het minst gehoord", "{sector} heard least"),
        "reason.longest_wait": ("wacht het langst", "waited longest"),
    }
)

WARNING_FRACTION = 0.2
WIDE = 56  # room for organisations next to names
COMPACT_QUEUE = 4
MIN_SHOWN = 3
"""Waiting people the panel shows before it shortens the suggestion to make room."""


def who(state: SessionState, person: Participant | None, pid: int) -> Content:
    """``4 Karim Aziz`` (user text taken literally); no number for someone who left the
    session file since."""
    name = one_line(person.name) if person else "?"
    number = number_of(state.participants, pid)
    return join(f"{number} " if number is not None else "", plain(name, "bold"))


class FloorPanel(StatePanel):
    """The speaker with a speech timer, the queue with waits, and the suggestion."""

    WORDS = WORDS

    selected: reactive[int | None] = reactive(None)
    """Participant id of the queue entry picked with the arrow keys (or a click)."""

    @record(frozen=False)
    class EntryClicked(Message):
        """A waiting participant's line was clicked."""

        panel: FloorPanel
        participant_id: int

        @property
        def control(self) -> FloorPanel:
            return self.panel

    def on_mount(self) -> None:
        self.border_title = self.t("title")

    def on_click(self, event: Click) -> None:
        pid = self.row_at(event)
        if pid is not None:
            self.post_message(self.EntryClicked(self, pid))

    def watch_state(self) -> None:
        if self.selected is not None and self.selected not in self.waiting():
            self.selected = None

    def waiting(self) -> list[int]:
        """Participant ids in the queue, in speaking order (no repeats)."""
        seen: list[int] = []
        for entry in self.state.queue if self.state else []:
            if entry.participant_id not in seen:
                seen.append(entry.participant_id)
        return seen

    def move_selection(self, delta: int) -> None:
        """Select the next/previous waiting participant; past the top clears it."""
        waiting = self.waiting()
        if not waiting:
            self.selected = None
            return
        if self.selected not in waiting:
            self.selected = waiting[0] if delta > 0 else waiting[-1]
            return
        index = waiting.index(self.selected) + delta
        self.selected = waiting[index] if 0 <= index < len(waiting) else None

    def moves_with_now(self, state: SessionState) -> bool:
        # the speaker's time, the waiting times and the suggestions (only for a queue; in a
        # closed session the waits stand still)
        return state.current_speech is not None or (bool(state.queue) and not state.closed)

    def render(self) -> RenderResult:
        state, now = self.state, self.now
        self._rows = []
        if state is None or now is None:
            return Content("")
        lines = [self._speaker(state, now)]
        self._rows.append(None)
        entries = state.queue
        short = self.compact
        suggestion, then = self._suggestion(state, now, short)
        if self.compact:
            room = COMPACT_QUEUE
        else:
            height = self.content_size.height if self._measuring is None else 0
            room = height - 1 - len(suggestion) - len(then) if height > 0 else len(entries)
            if room < min(len(entries), MIN_SHOWN):  # a queue this long: a shorter suggestion
                then = []
                suggestion, _ = self._suggestion(state, now, short=True)
                room = height - 1 - len(suggestion)
        start, end = self._window(entries, room)
        for index in range(start, end):
            above = start if index == start else 0
            below = len(entries) - end if index == end - 1 else 0
            lines.append(self._entry(state, now, entries[index], index + 1, above, below))
            self._rows.append(entries[index].participant_id)
        if not entries:
            lines.append(plain("  " + self.t("no_queue"), MUTED))
            self._rows.append(None)
        lines += suggestion + then
        self._rows += [None] * (len(suggestion) + len(then))
        width = self.line_width
        return Content("\n").join(line.truncate(width, ellipsis=True) for line in lines)

    def _window(self, entries: Sequence[QueueEntry], room: int) -> tuple[int, int]:
        """The entries shown (start, end): all that fit; when more wait than there is room
        for, ``room`` of them from the top, moved down so the selected one is among them
        (an entry the arrow keys select is always in sight before Enter gives it the floor)."""
        if room >= len(entries):
            return 0, len(entries)
        room = max(1, room)
        start = 0
        picked = [i for i, e in enumerate(entries) if e.participant_id == self.selected]
        if picked and picked[0] >= room:
            start = picked[0] - room + 1
        return start, start + room

    def _speaker(self, state: SessionState, now: datetime) -> Content:
        speech = state.current_speech
        if speech is None:
            line = join("  ", plain(self.t("nobody"), MUTED))
            if state.speeches:
                last = max(state.speeches, key=lambda s: (s.started_at, s.id))
                person = state.participant(last.participant_id)
                last_who = who(state, person, last.participant_id)
                line = join(line, plain(" · ", MUTED), plain(self.t("last", who=""), MUTED))
                line = join(line, last_who.stylize(MUTED))
            return line
        person = state.participant(speech.participant_id)
        left = join("▶ ", who(state, person, speech.participant_id).stylize(STRONG))
        if person is not None and person.organisation and self.line_width >= WIDE:
            left = join(left, plain(" · " + one_line(person.organisation), MUTED))
        return self._spread(left, self._spoken(state, now))

    def _spoken(self, state: SessionState, now: datetime) -> Content:
        """The time spoken against the session's limit, as the wall and the note-taker's
        top line show it: ``00:11 / 03:00``, in the warning colour in the last fifth of the
        limit, in the alarm colour past it (``03:05 / 03:00``)."""
        spoken = state.floor_seconds(now)  # the whole turn, whatever item it began on
        limit = state.session.max_speech_seconds
        if not limit:
            return plain(mmss(spoken), "bold")
        if spoken > limit:
            style = ALARM
        else:
            style = WARN if limit - spoken <= limit * WARNING_FRACTION else OK
        return join(plain(mmss(spoken), f"bold {style}"), plain(f" / {mmss(limit)}", MUTED))

    def _entry(
        self,
        state: SessionState,
        now: datetime,
        entry: QueueEntry,
        index: int,
        above: int = 0,
        below: int = 0,
    ) -> Content:
        person = state.participant(entry.participant_id)
        point = entry.priority == Priority.POINT_OF_ORDER
        mark = "▸" if self.selected == entry.participant_id else " "
        label = join(f"{mark} {'!' if point else str(index) + '.':>3} ")
        left = join(label, who(state, person, entry.participant_id))
        if not point and person is not None and person.organisation and self.line_width >= WIDE:
            left = join(left, plain(" · " + one_line(person.organisation), MUTED))
        waited = mss(state.waited(entry, now))
        wait = plain(self.t("waits", time=waited), MUTED)
        if point:
            wait = join(plain(self.t("point"), f"bold {WARN}"), " ", plain(waited, MUTED))
        if below:
            wait = join(plain(self.t("more", n=below), "bold"), "  ", wait)
        if above:
            wait = join(plain(self.t("above", n=above), "bold"), "  ", wait)
        line = self._spread(left, wait)
        return line.stylize(SELECTED) if self.selected == entry.participant_id else line

    def _suggestion(
        self, state: SessionState, now: datetime, short: bool
    ) -> tuple[list[Content], list[Content]]:
        """The suggestion's lines (one when ``short``), and the line of who comes then."""
        ranked = state.suggestions(now)
        if not ranked:
            return [], []
        top = ranked[0]
        person = state.participant(top.participant_id)
        key = plain(" s ", f"reverse {STRONG}")
        line = join(key, " ", self.t("suggest"), " ", who(state, person, top.participant_id))
        reason = plain(self._reason(state, top), MUTED)
        if short:
            return [join(line, plain(" — ", MUTED), reason)], []
        then: list[Content] = []
        if len(ranked) > 1:
            rest = [
                who(state, state.participant(s.participant_id), s.participant_id)
                for s in ranked[1:]
            ]
            then.append(join("    ", plain(self.t("then"), MUTED), " ", join(*rest, sep=", ")))
        return [line, join("    ", reason)], then

    def _reason(self, state: SessionState, suggestion: stats.Suggestion) -> str:
        person = state.participant(suggestion.participant_id)
        sector = state.sector_label(person.sector, self.lang) if person else ""
        return self.t(f"reason.{suggestion.reason}", sector=sector)

    def _spread(self, left: Content, right: Content) -> Content:
        """``left`` and ``right`` on one line, ``right`` flush with the edge."""
        room = max(0, self.line_width - right.cell_length - 1)
        return join(left.truncate(room, ellipsis=True, pad=True), " ", right)
