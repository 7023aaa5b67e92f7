"""The table: participants 1…N grouped by sector, each sector with its share of the time.

A sector's line carries two bars (this item, the session) against an equal
share; under it its participants with number, organisation, presence, turns
and total speaking time, and a mark for whoever has not spoken on this item. With no
item current, the item's column says so and shows no figures, and the mark is for
whoever has not spoken in the session.
"""

from __future__ import annotations

from datetime import datetime

from textual.app import RenderResult
from textual.content import Content
from textual.events import Click
from textual.message import Message

from facilitator.domain import stats
from facilitator.domain.model import Participant
from facilitator.domain.numbering import numbers
from facilitator.domain.stats import SectorShares
from facilitator.i18n import Catalog
from facilitator.i18n.formats import mss, percent
from facilitator.records import record
from facilitator.service import SessionState
from facilitator.tui.text import join, one_line, plain
from facilitator.tui.widgets.base import StatePanel
from facilitator.tui.widgets.sectors import STYLES, bar, sector_shares
from facilitator.tui.widgets.timefmt import MUTED, STRONG, WARN

WORDS = Catalog(
    {
        "title": ("Aan tafel ({present}/{total})", "At the table ({present}/{total})"),
        "item": ("dit punt", "this item"),
        "no_item": ("geen punt", "no item"),
        "session": ("sessie", "session"),
        "absent": ("afwezig", "absent"),
        "equal": ("│ gelijk deel {pct}", "│ equal share {pct}"),
        "legend": (
            "▶ spreekt · ↑ wacht · ○ niet op dit punt",
            "▶ speaks · ↑ waits · ○ not on this item",
        ),
        "legend.session": (
            "▶ spreekt · ↑ wacht · ○ niet in sessie",
            "▶ speaks · ↑ waits · ○ not in session",
        ),
        "empty": ("Geen deelnemers.", "No participants."),
    }
)

LABEL_WIDTH = 14
MARKS = {
    stats.SPEAKING: plain("▶", STRONG),
    stats.WAITING: plain("↑", STRONG),
    stats.NOT_HEARD: plain("○", WARN),
}
BLANK = plain(" ")
TAIL_WIDTH = 8  # "3× 12:10": the last column at its narrowest, after a space
Tails = tuple[dict[int, str], int]
"""Each speaker's ``84× 35:00`` by participant id, and the width of that column."""


def table_title(state: SessionState, lang: str) -> str:
    """``Aan tafel (11/12)``: present of all participants."""
    present = sum(1 for p in state.participants if p.present)
    return WORDS(lang, "title", present=present, total=len(state.participants))


class ParticipantTable(StatePanel):
    """Sectors with their bars, their participants below; click one to queue them."""

    WORDS = WORDS
    _kept_tallies: tuple[SessionState, datetime | None, dict[int, stats.Tally]] | None = None

    @record(frozen=False)
    class ParticipantClicked(Message):
        """A participant's line was clicked."""

        table: ParticipantTable
        participant_id: int

        @property
        def control(self) -> ParticipantTable:
            return self.table

    def on_click(self, event: Click) -> None:
        pid = self.row_at(event)
        if pid is not None:
            self.post_message(self.ParticipantClicked(self, pid))

    def _tallies(self, state: SessionState, now: datetime) -> dict[int, stats.Tally]:
        """Everyone's turns and time; kept while the state is the same and nobody speaks."""
        moment = now if state.current_speech is not None else None
        kept = self._kept_tallies
        if kept is not None and kept[0] is state and kept[1] == moment:
            return kept[2]
        tallies = stats.by_participant(state.speeches, now)
        self._kept_tallies = (state, moment, tallies)
        return tallies

    def moves_with_now(self, state: SessionState) -> bool:
        return state.current_speech is not None  # speaking time grows only while one speaks

    def render(self) -> RenderResult:
        state, now = self.state, self.now
        self._rows = []
        if state is None or now is None:
            return Content("")
        if not state.participants:
            self._rows.append(None)
            return plain(self.t("empty"), MUTED)
        shares = sector_shares(state, now)
        width = self.line_width
        bar_width = max(3, (width - LABEL_WIDTH - 11) // 2)
        item = state.current_item
        # With no item current there are no figures for one, and ○ counts the session.
        on_item = self.t("item") if item else self.t("no_item")
        head = f"{'':<{LABEL_WIDTH}}{on_item:<{bar_width + 6}}{self.t('session')}"
        lines = [plain(head[:width], MUTED)]
        self._rows.append(None)
        tallies = self._tallies(state, now)
        marks = stats.seat_marks(
            state.participants, state.speeches, state.queue, item.id if item else None
        )
        seats = numbers(state.participants)
        tails = self._tails(state, tallies)
        for key in shares.order:
            lines.append(self._sector(state, key, shares, bar_width, item is not None))
            self._rows.append(None)
            for person in state.participants:
                if person.sector != key:
                    continue
                mark = MARKS.get(marks.get(person.id, ""), BLANK)
                lines.append(self._person(seats.get(person.id, 0), person, mark, tails))
                self._rows.append(person.id)
        equal = self.t("equal", pct=percent(shares.equal))
        lines.append(plain(equal, MUTED))
        lines.append(plain(self.t("legend" if item else "legend.session"), MUTED))
        self._rows += [None, None]
        return Content("\n").join(line.truncate(width, ellipsis=True) for line in lines)

    def _sector(
        self, state: SessionState, key: str, shares: SectorShares, bar_width: int, item: bool
    ) -> Content:
        """A sector's label and bars: on the current item (``item``; else a dash, as there is
        none) and in the session."""
        label = plain(state.sector_label(key, self.lang), "bold").truncate(
            LABEL_WIDTH - 1, ellipsis=True, pad=True
        )
        cells: list[Content | str] = [label, " "]
        for values, on_item in ((shares.item, True), (shares.session, False)):
            if on_item and not item:
                cells += [plain(f"{'—':>{bar_width + 5}}", MUTED), " "]
                continue
            style = STYLES[shares.level(key, on_item=on_item)]
            pct = shares.percents(on_item=on_item).get(key, 0)
            cells += [bar(values.get(key, 0.0), shares.equal, bar_width, style, pct), " "]
        return join(*cells)

    def _tails(self, state: SessionState, tallies: dict[int, stats.Tally]) -> Tails:
        """Everyone's turns and time (``84× 35:00``) by participant id, aligned in one
        column, and that column's width: the widest of them, of ``afwezig`` and of
        :data:`TAIL_WIDTH`, so no count runs into the organisation before it."""
        said = [(p.id, tallies[p.id]) for p in state.participants if p.id in tallies]
        turns = max((len(str(t.turns)) for _, t in said), default=1)
        times = max([5, *(len(mss(t.seconds)) for _, t in said)])  # "12:10", "1:05:00"
        cells = {pid: f"{t.turns:>{turns}}× {mss(t.seconds):>{times}}" for pid, t in said}
        width = max([TAIL_WIDTH, len(self.t("absent")), *map(len, cells.values())])
        return cells, width

    def _person(self, n: int, person: Participant, mark: Content, tails: Tails) -> Content:
        cells, tail_width = tails
        text_width = max(8, self.line_width - 6 - tail_width)
        name_width = max(6, text_width * 2 // 3)  # the name first: that is who the number is
        org_width = text_width - name_width
        name = plain(one_line(person.name)).truncate(name_width - 1, ellipsis=True, pad=True)
        org = plain(one_line(person.organisation), MUTED)
        org = org.truncate(org_width, ellipsis=True, pad=True)
        cell = cells.get(person.id)
        room = tail_width + 1  # the column, after a space: a count never touches the org
        if not person.present:
            tail = plain(f"{self.t('absent'):>{room}}", WARN)
        elif cell is None:
            tail = plain(f"{'—':>{room}}", MUTED)
        else:
            tail = Content(f"{cell:>{room}}")
        line = join(f"{n:>2} ", mark, " ", name, " ", org, tail)
        return line.stylize(MUTED, 0, line.cell_length - room) if not person.present else line
