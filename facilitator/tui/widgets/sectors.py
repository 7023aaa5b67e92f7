"""Speaking time per sector against an equal share: bars, and the one-line summary."""

from __future__ import annotations

from datetime import datetime

from textual.app import RenderResult
from textual.content import Content

from facilitator.domain import stats
from facilitator.domain.numbering import numbers
from facilitator.domain.stats import SectorShares
from facilitator.i18n import Catalog
from facilitator.i18n.formats import percent
from facilitator.service import SessionState
from facilitator.tui.text import join, plain
from facilitator.tui.widgets.base import StatePanel
from facilitator.tui.widgets.timefmt import MUTED, OK, WARN

WORDS = Catalog(
    {
        "title": ("Spreektijd per sector", "Speaking time per sector"),
        "silent": ("○ nog niet op dit punt:", "○ not yet on this item:"),
        "all_heard": ("iedereen sprak op dit punt", "everyone spoke on this item"),
    }
)

LEVELS = " ▁▂▃▄▅▆▇█"
PARTS = " ▏▎▍▌▋▊▉█"


_LAST: list[tuple[SessionState, datetime | None, SectorShares]] = []


def sector_shares(state: SessionState, now: datetime) -> SectorShares:
    """The session's :class:`~facilitator.domain.stats.SectorShares` at ``now``.

    Counting every speech grows with the session, and the bars, the table and every
    tick ask for it: the last answer is kept for the same state, and while nobody
    speaks the time does not change it.
    """
    moment = now if state.current_speech is not None else None
    if _LAST and _LAST[0][0] is state and _LAST[0][1] == moment:
        return _LAST[0][2]
    item = state.current_item
    found = stats.sector_shares(state.participants, state.speeches, item.id if item else None, now)
    _LAST[:] = [(state, moment, found)]
    return found


STYLES = {stats.SILENT: MUTED, stats.LOW: WARN, stats.FAIR: OK}


def bar(share: float, equal: float, width: int, style: str) -> Content:
    """``███▌│░ 22%``: the share filled (in eighths), the equal share marked with ``│``."""
    eighths = round(share * width * 8)
    mark = min(width - 1, round(equal * width))
    parts: list[Content | str] = []
    for cell in range(width):
        fill = min(8, max(0, eighths - cell * 8))
        if fill == 8:
            parts.append(plain("█", style))
        elif fill:
            parts.append(plain(PARTS[fill], style))
        elif cell == mark:
            parts.append(plain("│", "bold"))
        else:
            parts.append(plain("░", MUTED))
    return join(*parts, plain(f"{percent(share):>5}", style))


def silent_line(state: SessionState, prefix: str) -> Content:
    """``○ nog niet op dit punt: 2, 5, 9`` (numbers of those present)."""
    item = state.current_item
    ids = stats.not_yet_spoken(state.participants, state.speeches, item.id if item else None)
    seats = numbers(state.participants)
    listed = ", ".join(str(seats.get(pid, 0)) for pid in ids)
    return join(plain(prefix, WARN), " ", listed)


class SectorBars(StatePanel):
    """The condensed view: the session's share per sector as one line of small bars."""

    WORDS = WORDS

    def on_mount(self) -> None:
        self.border_title = self.t("title")

    def render(self) -> RenderResult:
        state, now = self.state, self.now
        if state is None or now is None:
            return Content("")
        shares = sector_shares(state, now)
        parts: list[Content] = []
        for key in shares.order:
            share = shares.session.get(key, 0.0)
            equal = shares.equal
            level = min(len(LEVELS) - 1, round(share / (2 * equal) * 8)) if equal else 0
            style = STYLES[shares.level(key, on_item=False)]
            label = plain(state.sector_label(key, self.lang)[:6])
            glyph = plain(LEVELS[level] if level else "▁", style if level else MUTED)
            parts.append(join(label, " ", glyph, plain(f"{percent(share):>4}", style)))
        width = self.line_width
        lines = [join(*parts, sep=" ").truncate(width, ellipsis=True)]
        if state.participants:
            item = state.current_item
            silent = stats.not_yet_spoken(
                state.participants, state.speeches, item.id if item else None
            )
            if silent:
                lines.append(silent_line(state, self.t("silent")).truncate(width, ellipsis=True))
            else:
                lines.append(plain(self.t("all_heard"), MUTED))
        return Content("\n").join(lines)
