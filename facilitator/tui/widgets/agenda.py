"""The agenda: every item with planned and actual minutes, and what an overrun costs."""

from __future__ import annotations

from datetime import datetime

from textual.app import RenderResult
from textual.content import Content
from textual.events import Click
from textual.message import Message

from facilitator.domain import agenda
from facilitator.domain.model import AgendaItem, ItemStatus, SessionStatus
from facilitator.domain.numbering import number_of
from facilitator.domain.outlook import CUT, PAST, Outlook
from facilitator.domain.outlook import outlook as outlook_of
from facilitator.i18n import Catalog
from facilitator.i18n.formats import clock, local, over_mmss, whole_minutes
from facilitator.records import record
from facilitator.service import SessionState
from facilitator.tui.keymap import key_names
from facilitator.tui.text import join, one_line, plain, wrap_words
from facilitator.tui.widgets.base import StatePanel
from facilitator.tui.widgets.timefmt import ALARM, CURRENT, MUTED, STRONG, WARN

WORDS = Catalog(
    {
        "title": ("Agenda", "Agenda"),
        "head": ("punt", "item"),
        "plan": ("plan", "plan"),
        "real": ("echt", "real"),
        "total": ("totaal", "total"),
        "overrun": ("Punt {n} loopt {time} uit", "Item {n} is {time} over"),
        "overrun.short": ("Punt {n} +{time}", "Item {n} +{time}"),
        "shift": ("de rest schuift {m} min op", "the rest moves {m} min"),
        "shift.less": ("de rest schuift minder dan een minuut op", "the rest moves under a minute"),
        "cut": ("{n} {title} valt buiten de eindtijd", "{n} {title} falls past the hard end"),
        "past": ("{n} {title} loopt door na {end}", "{n} {title} runs past {end}"),
        "cut.one": ("punt {n} valt buiten de eindtijd", "item {n} falls past the hard end"),
        "past.one": ("punt {n} loopt door na {end}", "item {n} runs past {end}"),
        "cut.many": ("punten {ns} vallen buiten de eindtijd", "items {ns} fall past the hard end"),
        "past.many": ("punten {ns} lopen door na {end}", "items {ns} run past {end}"),
        "and": (" en ", " and "),
        "offer.take": ("{m} min van latere punten nemen", "take {m} min from later items"),
        "offer.take.short": ("−{m} min latere punten", "−{m} min later items"),
        "offer.defer": ("punt {n} uitstellen…", "defer item {n}…"),
        "offer.defer_any": ("een punt uitstellen…", "defer an item…"),
        "item": ("punt {n}/{total}", "item {n}/{total}"),
    }
)

MARKS = {ItemStatus.DONE: "✓", ItemStatus.DEFERRED: "»", ItemStatus.TODO: " "}


def outlook(state: SessionState, now: datetime) -> Outlook:
    """The session's :class:`~facilitator.domain.outlook.Outlook` at ``now``; a closed
    session's is empty: its overrun is over, nothing falls past its end, nothing is offered."""
    if closed(state):
        return Outlook()
    return outlook_of(state.session, state.items, now)


def closed(state: SessionState) -> bool:
    return state.session.status == SessionStatus.CLOSED


class AgendaPanel(StatePanel):
    """The agenda list (click an item to go there) and the overrun's consequences."""

    WORDS = WORDS

    @record(frozen=False)
    class ItemClicked(Message):
        """An agenda item was clicked."""

        panel: AgendaPanel
        item_id: int

        @property
        def control(self) -> AgendaPanel:
            return self.panel

    def on_mount(self) -> None:
        self.border_title = self.t("title")

    def on_click(self, event: Click) -> None:
        item_id = self.row_at(event)
        if item_id is not None:
            self.post_message(self.ItemClicked(self, item_id))

    def time_key(self, state: SessionState, now: datetime) -> object | None:
        # With no timer running the rows (time spent, status) stand; only the outlook
        # (which items the hard end cuts) moves with the time.
        if any(i.running for i in state.items):
            return None
        return outlook(state, now)

    def render(self) -> RenderResult:
        state, now = self.state, self.now
        self._rows = []
        if state is None or now is None:
            return Content("")
        look = outlook(state, now)
        if self.compact:
            return Content("\n").join([self._strip(state, now), *self._consequences(state, look)])
        lines = self._table(state, now, look)
        notes = self._consequences(state, look)
        if notes:
            lines.append(Content(""))
            self._rows.append(None)
            lines += notes
            self._rows += [None] * len(notes)
        return Content("\n").join(lines)

    def _table(self, state: SessionState, now: datetime, look: Outlook) -> list[Content]:
        width = self.line_width
        title_width = max(4, width - 15)
        head = f"   # {self.t('head'):<{title_width}} {self.t('plan'):>4}{self.t('real'):>5}"
        lines = [plain(head[:width], MUTED)]
        self._rows = [None]
        current = state.current_item
        active = agenda.active_items(state.items)
        # A title too long for its column goes on over more rows while the panel has
        # rows to spare (the titles are what the facilitator reads here).
        spare = self.content_size.height - len(active) - 3 - len(self._consequences(state, look))
        live = not closed(state)
        for n, item in enumerate(active, 1):
            row = self._row(n, item, current, now, look, title_width, spare=spare, live=live)
            spare -= len(row) - 1
            lines += row
            self._rows += [item.id] * len(row)
        planned = sum(i.planned_seconds for i in active if i.status != ItemStatus.DEFERRED)
        real = sum(i.elapsed(now) for i in active)
        sums = f"{whole_minutes(planned):>4}{whole_minutes(real):>5}"
        total = f"{self.t('total'):>{title_width + 4}} {sums}"
        lines.append(plain(total[:width], MUTED))
        self._rows.append(None)
        return lines

    def _row(
        self,
        n: int,
        item: AgendaItem,
        current: AgendaItem | None,
        now: datetime,
        look: Outlook,
        title_width: int,
        spare: int = 0,
        live: bool = True,
    ) -> list[Content]:
        """The item's row; its title on more rows if it needs no more than ``spare``. The
        current item's time in the colour of its countdown while the session is ``live``."""
        is_current = current is not None and item.id == current.id
        if is_current:
            mark = "▶" if item.running else "▷"
        else:
            mark = MARKS.get(item.status, " ")
        elapsed = item.elapsed(now)
        real = str(whole_minutes(elapsed)) if elapsed > 0 else ""
        title = one_line(item.title)
        text = plain(title)
        # broken between words; a word longer than the column before a syllable, as typed
        parts = [plain(part) for part in wrap_words(title, title_width)]
        if len(parts) - 1 > spare:
            parts = [text]
        first, *rest = (p.truncate(title_width, ellipsis=True, pad=True) for p in parts)
        minutes = f" {whole_minutes(item.planned_seconds):>4}{real:>5}"
        lines = [join(f"{mark} {n:>2} ", first, minutes)]
        lines += [join("     ", part, " " * len(minutes)) for part in rest]
        style: str | None = None
        if is_current:
            status = agenda.status_of(item, now)
            lines = [line.stylize(CURRENT) for line in lines]
            if status != "ok" and live:
                lines[0] = lines[0].stylize(ALARM if status == "overrun" else WARN, -5)
        elif item.id in look.cut:
            style = ALARM
        elif item.id in look.past:
            style = WARN
        elif item.status in (ItemStatus.DONE, ItemStatus.DEFERRED):
            style = MUTED
        return [line.stylize(style) for line in lines] if style else lines

    def _strip(self, state: SessionState, now: datetime) -> Content:
        current = state.current_item
        active = agenda.active_items(state.items)
        marks: list[Content | str] = []
        for n, item in enumerate(active, 1):
            if current is not None and item.id == current.id:
                marks.append(plain(f"▶{n}", CURRENT))
            elif item.status == ItemStatus.DONE:
                marks.append(plain(f"✓{n}", MUTED))
            elif item.status == ItemStatus.DEFERRED:
                marks.append(plain(f"»{n}", MUTED))
            else:
                marks.append(f"·{n}")
        head = plain(self.t("title") + " ", "bold")
        return join(head, join(*marks, sep=" ")).truncate(self.line_width, ellipsis=True)

    def _consequences(self, state: SessionState, look: Outlook) -> list[Content]:
        """The overrun, its effect on the rest, and the two offers (t, u, or the keys of the
        keymap), in the rows the panel has under the agenda: the items past the hard end
        one by one, else in a line for those cut and one for those running past, else in
        fewer words; the offers always, whatever of the notes before them does not fit left
        out."""
        overrun, short = self._overrun(state, look)
        if not overrun and not look.warnings:
            return []
        width = self.line_width
        if self.compact:
            first = overrun[0] if overrun else self._grouped(state, look)[0]
            return [self._one_line(state, look, first, short or first, width)]
        room = self._room(state)
        for brief in (False, True):
            offers = self._hung(self._offers(state, look, short=brief), width)
            for warnings in (
                self._each(state, look),
                self._grouped(state, look),
                self._grouped(state, look, titles=False),
            ):
                lines = self._hung(overrun + warnings, width) + offers
                if room is None or len(lines) <= room:
                    return lines
        # the notes that fit before the offers, in order: what an offer answers comes first
        kept: list[Content] = []
        left = (room or 0) - len(offers)
        for note in overrun + self._grouped(state, look, titles=False):
            rows = self._hung([note], width)
            if len(kept) + len(rows) > left:
                break
            kept += rows
        return kept + offers

    def _room(self, state: SessionState) -> int | None:
        """Rows for the notes under the agenda, its titles on one row each and a blank row
        between (None: the panel has no size yet)."""
        height = self.content_size.height
        if height <= 0:
            return None
        return max(0, height - len(agenda.active_items(state.items)) - 2 - 1)

    @staticmethod
    def _hung(notes: list[Content], width: int) -> list[Content]:
        return [line for note in notes for line in hang(note, width, HANG)]

    def _overrun(self, state: SessionState, look: Outlook) -> tuple[list[Content], Content | None]:
        """The current item's overrun and its effect on the rest, and the overrun in fewer
        words (None: no overrun)."""
        current = state.current_item
        if current is None or look.overrun <= 0:
            return [], None
        n = number_of(state.items, current.id) or 0
        time = over_mmss(look.overrun)
        notes = [plain("⚠ " + self.t("overrun", n=n, time=time), ALARM)]
        short = plain("⚠ " + self.t("overrun.short", n=n, time=time), ALARM)
        if look.moves_rest:
            minutes = whole_minutes(look.overrun)
            shift = self.t("shift", m=minutes) if minutes else self.t("shift.less")
            notes.append(plain("  " + shift, WARN))
        return notes, short

    def _each(self, state: SessionState, look: Outlook) -> list[Content]:
        """Each item past the hard end, with its title: cut ones first."""
        notes: list[Content] = []
        for item_id, key in look.warnings:
            item = state.item(item_id)
            if item is not None:
                notes.append(self._warning(state, key, item))
        return notes

    def _grouped(self, state: SessionState, look: Outlook, *, titles: bool = True) -> list[Content]:
        """One line for the items cut and one for those running past the hard end: «punten
        2–6 vallen buiten de eindtijd»; an item alone with its title (``titles``) or its
        number."""
        notes: list[Content] = []
        end = self._end(state)
        for key, ids in ((CUT, look.cut), (PAST, look.past)):
            items = [i for i in (state.item(item_id) for item_id in ids) if i is not None]
            style = ALARM if key == CUT else WARN
            if len(items) == 1 and titles:
                notes.append(self._warning(state, key, items[0]))
            elif len(items) == 1:
                n = number_of(state.items, items[0].id) or 0
                notes.append(plain("  " + self.t(f"{key}.one", n=n, end=end), style))
            elif items:
                numbers = [number_of(state.items, i.id) or 0 for i in items]
                ns = spans(numbers, self.t("and"))
                notes.append(plain("  " + self.t(f"{key}.many", ns=ns, end=end), style))
        return notes

    def _warning(self, state: SessionState, key: str, item: AgendaItem) -> Content:
        """``item`` (its number and title) falls past the hard end (``key``: cut or past)."""
        title = one_line(item.title, 24)
        n = number_of(state.items, item.id) or 0
        style = ALARM if key == CUT else WARN
        return plain("  " + self.t(key, n=n, title=title, end=self._end(state)), style)

    @staticmethod
    def _end(state: SessionState) -> str:
        end = state.session.ends_at
        return clock(local(end, state.session.zone)) if end else ""

    def _offers(self, state: SessionState, look: Outlook, short: bool = False) -> list[Content]:
        """The two ways out of the overrun, each its key as bound now (a keymap file may
        have remapped it) and what it does (``short``: in fewer words)."""
        offers: list[Content] = []
        keys = key_names(self.app)
        if state.current_item is not None and look.take_offer is not None:
            take = self.t("offer.take.short" if short else "offer.take", m=look.take_offer)
            offers.append(self._offer(keys["meeting.rebalance"], take))
        if look.defer_offer is not None:
            n = number_of(state.items, look.defer_offer) or 0
            offers.append(self._offer(keys["meeting.defer"], self.t("offer.defer", n=n)))
        return offers

    def _one_line(
        self, state: SessionState, look: Outlook, note: Content, short: Content, width: int
    ) -> Content:
        """The first note (the overrun, else the items past the hard end in one: «punten
        2–6 vallen buiten de eindtijd») and the offers on one line of ``width``: in the
        whole sentences if they fit, else the offers in fewer words, then the overrun too
        (``short``), so each key is read with what it does; only then cut off."""
        line = Content("")
        for first, brief in ((note, False), (note, True), (short, True)):
            offers = self._offers(state, look, short=brief)
            line = join(first, *[join("  ", o) for o in offers])
            if line.cell_length <= width:
                return line
        return line.truncate(width, ellipsis=True)

    @staticmethod
    def _offer(key: str, text: str) -> Content:
        return join(plain(f" {key} ", f"reverse {STRONG}"), " ", text)


HANG = 4


def spans(numbers: list[int], and_: str) -> str:
    """Item numbers as a reader takes them in: three or more in a row as a span, the rest
    listed, the last after ``and_`` (" en "): ``2–6``, ``5 en 6``, ``2, 4–6 en 8``."""
    parts: list[str] = []
    run: list[int] = []
    for n in sorted(set(numbers)) + [-1]:
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if len(run) >= 3:
            parts.append(f"{run[0]}–{run[-1]}")
        else:
            parts += [str(r) for r in run]
        run = [n]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + and_ + parts[-1]


def hang(line: Content, width: int, indent: int) -> list[Content]:
    """Wrap ``line`` to ``width``, indenting the continuation lines by ``indent``."""
    if line.cell_length <= width:
        return [line]
    first, *rest = line.wrap(max(1, width - indent))
    return [first, *(join(" " * indent, part) for part in rest)]
