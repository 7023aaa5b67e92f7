"""The current agenda item: a large countdown, its state and the guiding question."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Digits, Static

from facilitator.domain import agenda
from facilitator.domain.model import AgendaItem, ItemStatus, SessionStatus
from facilitator.domain.numbering import number_of
from facilitator.i18n import Catalog
from facilitator.i18n.formats import signed_mmss, whole_minutes
from facilitator.service import SessionState
from facilitator.tui.keymap import key_names
from facilitator.tui.text import join, join_parts, one_line, plain
from facilitator.tui.widgets.base import StatePanel
from facilitator.tui.widgets.timefmt import ALARM, MUTED, OK, WARN

WORDS = Catalog(
    {
        "left": ("nog te gaan", "to go"),
        "over": ("over tijd", "over time"),
        "paused": ("gepauzeerd", "paused"),
        "resumes": ("{keys} gaat verder", "{keys} resumes"),
        "idle": ("{keys} start de timer", "{keys} starts the timer"),
        "planned": ("{minutes} min gepland", "{minutes} min planned"),
        "closed": ("de sessie is gesloten", "the session is closed"),
        "empty": ("Geen agendapunten.", "No agenda items."),
        "deferred": ("uitgesteld", "deferred"),
        "none": (
            "geen agendapunt actief — {next} of {goto} kiest het volgende",
            "no agenda item running — {next} or {goto} picks the next",
        ),
    }
)

_STATE_STYLE = {"ok": OK, "warning": WARN, "overrun": ALARM}
QUESTION_ROWS = 2
"""The rows the guiding question has on a small terminal (``console.tcss``: its
``max-height``); a longer one ends in ``…`` where it is cut."""


def cut_rows(text: Content, width: int, rows: int) -> Content:
    """``text`` wrapped in ``width`` cells, cut to ``rows`` rows: the last row shown ends
    in ``…`` when there was more (its words as many as fit before it)."""
    lines = text.wrap(max(2, width))
    if len(lines) <= rows:
        return text
    last = Content(" ").join(line.rstrip() for line in lines[rows - 1 :])
    last = join(last.truncate(max(1, width - 1)).rstrip(), "…")
    return Content("\n").join([*(line.rstrip() for line in lines[: rows - 1]), last])


def shown_item(state: SessionState) -> AgendaItem | None:
    """The current item, or before the start the one the timer would start on; None once
    the session runs with no item current (:func:`agenda.none_current`)."""
    current = state.current_item
    if current is not None:
        return current
    if none_current(state):
        return None
    active = agenda.active_items(state.items)
    return next((i for i in active if i.status == ItemStatus.TODO), None)


def none_current(state: SessionState) -> bool:
    """Whether the session runs with no agenda item current (it left the session file)."""
    running = state.session.status == SessionStatus.RUNNING
    spoken = (s.item_id for s in state.speeches)
    return agenda.none_current(running, state.items, state.session.current_item_id, spoken)


def _digits(digits: Digits, value: str) -> None:
    """Set the countdown only when it changed (Digits lays out again only when wider)."""
    if digits.value != value:
        digits.update(value)


class Line(Static):
    """A line of the panel that is drawn again only when its text changed."""

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id, markup=False)
        self._shown: Content | None = None

    def show(self, content: Content, *, layout: bool = True) -> None:
        """Set the text; the same text again (every tick, mostly) draws nothing."""
        if content == self._shown:
            return
        self._shown = content
        self.update(content, layout=layout)


class CurrentItem(StatePanel):
    """Title, countdown (warning in the last 20 %, alarm once over) and the question."""

    WORDS = WORDS
    _title: Content | None = None
    _drawn: SessionState | None = None
    """The state last drawn (a tick leaves a paused timer as it is)."""

    def compose(self) -> ComposeResult:
        yield Line(id="current-line")
        yield Digits("", id="countdown")
        yield Line(id="current-caption")
        yield Line(id="current-question")

    def on_mount(self) -> None:
        self._update()

    def watch_state(self) -> None:
        self._update()

    def moves_with_now(self, state: SessionState) -> bool:
        item = shown_item(state)
        return item is not None and item.running  # a paused timer shows the same

    def watch_now(self) -> None:
        state = self.state
        if state is not None and state is self._drawn and not self.moves_with_now(state):
            return
        self._update()

    def watch_compact(self) -> None:
        self._update()

    def on_resize(self) -> None:
        self._update()  # the line is cut to the width

    def _update(self) -> None:
        if not self.is_mounted:
            return
        state, now = self.state, self.now
        self._drawn = state if now is not None else None
        item = shown_item(state) if state is not None else None
        digits = self.query_one("#countdown", Digits)
        caption = self.query_one("#current-caption", Line)
        line = self.query_one("#current-line", Line)
        question = self.query_one("#current-question", Line)
        if state is None or now is None or item is None:
            self.border_title = None
            self._title = None
            self.set_classes_off()
            _digits(digits, "")
            question.show(Content(""))
            if state is not None and state.items and none_current(state):
                # said where the countdown would be: the one line, or the caption
                said = plain(self.t("none", **self._pick_keys()), f"bold {WARN}")
                line.show(said if self.compact else Content(""))
                caption.show(Content("") if self.compact else said)
                return
            caption.show(plain(self.t("empty"), MUTED) if state is not None else Content(""))
            line.show(Content(""))
            return
        closed = state.session.status == SessionStatus.CLOSED
        # a closed session's item counts down no more: no time left, nothing over
        status = "ok" if closed else agenda.status_of(item, now)
        countdown = "" if closed else signed_mmss(item.remaining(now))
        started = state.current_item is not None
        self.set_class(status == "warning", "-warning")
        self.set_class(status == "overrun", "-overrun")
        self.set_class(not item.running, "-paused")
        title = join(f"{number_of(state.items, item.id) or 0} · ", plain(one_line(item.title)))
        if title != self._title:  # setting it repaints, even to the same title
            self._title = title
            self.border_title = title
        # Only the countdown shown is set, so a tick changes nothing that is not shown: the
        # large digits and their caption, or on a small terminal the one line; the other is
        # set when the size changes (watch_compact).
        if self.compact:
            # One line, cut to the width: a new countdown never changes its height.
            if closed:
                shown = self._closed_line(title)
            else:
                shown = self._line(title, countdown, status, item.running)
            line.show(shown, layout=False)
        else:
            _digits(digits, countdown)
            caption.show(self._caption(state, item, status, started))
        asked = plain(" ".join(item.question.split()))
        if self.compact:  # its rows are few: cut where they end, with «…»
            asked = cut_rows(asked, question.content_size.width or self.line_width, QUESTION_ROWS)
        question.show(asked)

    def _caption(
        self, state: SessionState, item: AgendaItem, status: str, started: bool
    ) -> Content:
        """The countdown's state and the minutes planned, broken between the two (and
        between a paused timer's word and its key), never inside one: «3 min gepland»
        stays together."""
        planned = plain(self.t("planned", minutes=whole_minutes(item.planned_seconds)))
        if state.session.status == SessionStatus.CLOSED:
            parts = [plain(self.t("closed"), MUTED)]
        elif item.status == ItemStatus.DEFERRED:
            parts = [plain(self.t("deferred"), WARN)]
        elif not started:
            parts = [plain(self.t("idle", keys=self._timer_key()), MUTED)]
        elif not item.running:
            resumes = self.t("resumes", keys=self._timer_key())
            parts = [plain(self.t("paused"), WARN), plain(resumes, WARN)]
        else:
            word = self.t("over") if status == "overrun" else self.t("left")
            parts = [plain(word, _STATE_STYLE[status])]
        return join_parts([*parts, planned], self.line_width)

    def set_classes_off(self) -> None:
        """No countdown shown: no warning, overrun or paused colours."""
        for name in ("-warning", "-overrun", "-paused"):
            self.set_class(False, name)

    def _pick_keys(self) -> dict[str, str]:
        """The keys that pick the next item, as bound now (``]`` and ``g``)."""
        names = key_names(self.app)
        return {"next": names["meeting.next"], "goto": names["meeting.goto"]}

    def _timer_key(self) -> str:
        """The timer's key as bound now (a keymap file may have remapped it)."""
        return key_names(self.app)["meeting.timer"]

    def _closed_line(self, title: Content) -> Content:
        right = plain(self.t("closed"), MUTED)
        room = max(0, self.line_width - right.cell_length - 1)
        return join(
            join("‖ ", title.stylize("bold")).truncate(room, ellipsis=True, pad=True), " ", right
        )

    def _line(self, title: Content, countdown: str, status: str, running: bool) -> Content:
        word = self.t("over") if status == "overrun" else self.t("left")
        clock = plain(f" {countdown} ", f"bold reverse {_STATE_STYLE[status]}")
        right = join(clock, " ", plain(word, _STATE_STYLE[status] if running else MUTED))
        mark = "▶ " if running else "‖ "
        room = max(0, self.line_width - right.cell_length - 1)
        return join(
            join(mark, title.stylize("bold")).truncate(room, ellipsis=True, pad=True), " ", right
        )
