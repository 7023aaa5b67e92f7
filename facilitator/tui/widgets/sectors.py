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
from facilitator.tui.text import join, one_line, plain
from facilitator.tui.widgets.base import StatePanel
from facilitator.tui.widgets.timefmt import MUTED, OK, WARN

WORDS = Catalog(
    {
        "title": ("Spreektijd per sector", "Speaking time per sector"),
        "silent": ("○ nog niet op dit punt:", "○ not yet on this item:"),
        "all_heard": ("iedereen sprak op dit punt", "everyone spoke on this item"),
        # with no item current, who spoke is counted in the session
        "silent.session": (
            "○ nog niet gesproken in deze sessie:",
            "○ not yet spoken in this session:",
        ),
        "all_heard.session": ("iedereen sprak in deze sessie", "everyone spoke in this session"),
    }
)

LEVELS = " ▁▂▃▄▅▆▇█"
SILENT_ROWS = 2  # who has not spoken yet, by number and name
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
    # those who left the session file too: what they said still counts, as in the minutes
    people = [*state.participants, *state.left]
    found = stats.sector_shares(people, state.speeches, item.id if item else None, now)
    _LAST[:] = [(state, moment, found)]
    return found


STYLES = {stats.SILENT: MUTED, stats.LOW: WARN, stats.FAIR: OK}


def bar(share: float, equal: float, width: int, style: str, pct: int | None = None) -> Content:
    """``███▌│░ 22%``: the share filled (in eighths), the equal share marked with ``│``;
    ``pct`` the whole percent shown (of :meth:`SectorShares.percents`, so that a column of
    them adds up), else the share rounded."""
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
    shown = percent(share) if pct is None else f"{pct}%"
    return join(*parts, plain(f"{shown:>5}", style))


def short_name(name: str) -> str:
    """``Annemiek S.``: the first name and the initial of the last word after it that
    starts with a letter (``Jan [de] Vries``: ``Jan V.``); the name whole if no word after
    the first does (``Mo [gast]``, ``Piet [bold]Groot[/bold]``, ``Anna 2``)."""
    words = one_line(name).split()
    last = next((word for word in reversed(words[1:]) if word[:1].isalpha()), None)
    if last is None:
        return " ".join(words)
    return f"{words[0]} {last[:1]}."


def silent_lines(state: SessionState, prefix: str, width: int, rows: int) -> list[Content]:
    """``○ nog niet op dit punt: 2 Fatma Y., 5 Bart H.``: those present who have not
    spoken on this item (with no item current: in the session), by number and short name,
    on at most ``rows`` lines of ``width`` (a name is never split over two lines; ``…`` if
    not all fit)."""
    item = state.current_item
    ids = stats.not_yet_spoken(state.participants, state.speeches, item.id if item else None)
    seats = numbers(state.participants)
    lines: list[list[Content]] = [[plain(prefix, WARN)]]  # each line, its parts

    def length(parts: list[Content]) -> int:
        return sum(part.cell_length for part in parts) + len(parts) - 1

    for index, pid in enumerate(ids):
        person = state.participant(pid)
        name = short_name(person.name) if person else ""
        entry = join(plain(str(seats.get(pid, 0)), "bold"), " ", plain(name))
        if index < len(ids) - 1:
            entry = join(entry, ",")
        if length([*lines[-1], entry]) <= width:
            lines[-1].append(entry)
        elif len(lines) < rows:
            lines.append([entry])
        else:
            # the names that do not fit are one "…", never a name cut in the middle
            more = plain("…")
            while len(lines[-1]) > 1 and length([*lines[-1], more]) > width:
                lines[-1].pop()
            lines[-1].append(more)
            break
    return [join(*parts, sep=" ").truncate(width, ellipsis=True) for parts in lines]


class SectorBars(StatePanel):
    """The condensed view: the session's share per sector as one line of small bars."""

    WORDS = WORDS

    def on_mount(self) -> None:
        self.border_title = self.t("title")

    def moves_with_now(self, state: SessionState) -> bool:
        return state.current_speech is not None  # shares move only while one speaks

    def render(self) -> RenderResult:
        state, now = self.state, self.now
        if state is None or now is None:
            return Content("")
        shares = sector_shares(state, now)
        shown = shares.percents(on_item=False)
        parts: list[Content] = []
        for key in shares.order:
            share = shares.session.get(key, 0.0)
            equal = shares.equal
            level = min(len(LEVELS) - 1, round(share / (2 * equal) * 8)) if equal else 0
            style = STYLES[shares.level(key, on_item=False)]
            label = plain(state.sector_label(key, self.lang)[:6])
            glyph = plain(LEVELS[level] if level else "▁", style if level else MUTED)
            parts.append(join(label, " ", glyph, plain(f"{shown.get(key, 0)}%".rjust(4), style)))
        width = self.line_width
        lines = [join(*parts, sep=" ").truncate(width, ellipsis=True)]
        if state.participants:
            item = state.current_item
            silent = stats.not_yet_spoken(
                state.participants, state.speeches, item.id if item else None
            )
            about = "" if item else ".session"  # no item current: the session's figures
            if silent:
                lines += silent_lines(state, self.t(f"silent{about}"), width, SILENT_ROWS)
            else:
                lines.append(plain(self.t(f"all_heard{about}"), MUTED))
        return Content("\n").join(lines)
