"""The header line: title, region, wall clock, elapsed vs planned and the projected end.

The delay beside the expected end is how far it comes after (or before) the end planned
(``(+5 min)``; on a narrow screen in words, ``(5 min na eindtijd)``, ``(5 min later)``):
the hard end while it holds, else the agenda's end
(:func:`facilitator.domain.outlook.planned_end`), the same end the time planned beside
the time spent counts to. Past the hard end it is always said, under a minute too. The
hard end is shown while it holds: a meeting held at another time than planned counts
from when it began (:func:`facilitator.domain.outlook.at_planned_time`). An end on
another day than today says its day (``einde za 13:05``), unless the start before it named
that day already (``begint wo 10 feb 14:00 · einde 15:40``). Not begun, it says when it
begins (``begint 14:00``) while that is still to come, else when it was planned
(``gepland 14:00``). A session reopened on a later day than it was held (to mark an action
done, weeks after) expects no end: it says the day it was held (``gehouden do 8 okt 2020``).

The title is what the line is read for first: it keeps a quarter of the line, or all of
it if shorter (:data:`TITLE_SHARE`), and the right part gives way: first today's date, then
the longer words of a wide screen, then the minutes of the delay (kept past the hard end
as long as they fit), then those too. Only where even that leaves the title fewer than
:data:`TITLE_LEAST` cells (below about 50 columns) does the title go, and the separator
after it with it: the line begins with the clock.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from textual.app import RenderResult
from textual.content import Content

from facilitator.domain.model import SessionStatus
from facilitator.domain.outlook import delay, hard_end, planned_length
from facilitator.i18n import Catalog
from facilitator.i18n.formats import clock, hmm, local, short_date, short_weekday
from facilitator.service import SessionState
from facilitator.tui.text import join, one_line, plain
from facilitator.tui.widgets.base import StatePanel
from facilitator.tui.widgets.timefmt import ALARM, MUTED, OK, WARN

WORDS = Catalog(
    {
        "elapsed": ("verstreken {elapsed} / {planned}", "elapsed {elapsed} / {planned}"),
        "elapsed.short": ("{elapsed}/{planned}", "{elapsed}/{planned}"),
        "end": ("verwacht einde {end}", "expected end {end}"),
        "end.short": ("einde {end}", "end {end}"),
        "hard_end": ("eindtijd {end}", "hard end {end}"),
        "delay": ("({delay} min)", "({delay} min)"),
        "late.short": ("({minutes} min later)", "({minutes} min late)"),
        "early.short": ("({minutes} min eerder)", "({minutes} min early)"),
        "past.short": ("({minutes} min na eindtijd)", "({minutes} min past hard end)"),
        "before.short": ("({minutes} min voor eindtijd)", "({minutes} min before hard end)"),
        "not_started": ("begint {start}", "starts {start}"),
        "planned": ("gepland {start}", "planned {start}"),
        "closed": ("gesloten", "closed"),
        "held": ("gehouden {day}", "held {day}"),
    }
)


NARROW = 100
TITLE_SHARE = 4
"""The title keeps at least a quarter of the line (all of it, if shorter)."""
TITLE_LEAST = 8
"""Fewer cells than this for the title (a few letters and «…»): the title goes."""
GAP = 2
"""The blanks at least between the clock and the right part."""
UNDER = "< 1"
"""Minutes past the hard end when they are fewer than one."""

ALWAYS, PAST_HARD_END, NEVER = 0, 1, 2
"""When the right part says the minutes off the end planned (see :meth:`SessionHeader._right`)."""
_SHORTER = ((False, ALWAYS), (True, ALWAYS), (True, PAST_HARD_END), (True, NEVER))
"""The right part, ever shorter: (compact, the delay said)."""


class SessionHeader(StatePanel):
    """One line on top of every tab: where the meeting is against the clock."""

    WORDS = WORDS
    DEFAULT_CSS = """
    SessionHeader { height: 1; padding: 0 1; background: $panel; }
    """

    def render(self) -> RenderResult:
        state, now = self.state, self.now
        if state is None or now is None:
            return Content("")
        width = self.line_width
        here = local(now, state.session.zone)
        time = plain(clock(here), "bold")
        dated = join(" · ", short_date(here, self.lang), " · ", time)
        title = self._title(state)
        keep = min(title.cell_length, max(TITLE_LEAST, width // TITLE_SHARE))
        wide = not self.compact and width >= NARROW
        shorter = [level for level in _SHORTER if level[0] or wide]
        made: dict[tuple[bool, int], Content] = {}

        def right(level: tuple[bool, int]) -> Content:  # made when first needed
            if level not in made:
                made[level] = self._right(state, *level)
            return made[level]

        # the first that leaves the title its share (today's date goes first), else the
        # first that leaves it a few letters
        layouts = [(dated, shorter[0])] if wide else []
        layouts += [(join(" · ", time), level) for level in shorter]
        for least in (keep, min(keep, TITLE_LEAST)) if title.cell_length else ():
            for when, level in layouts:
                room = width - when.cell_length - right(level).cell_length - GAP
                if room >= least:
                    return self._line(join(title.truncate(room, ellipsis=True), when), right(level))
        # no room for the title: the clock begins the line
        fits = (right(level) for level in shorter)
        room = width - time.cell_length - GAP
        return self._line(
            time, next((r for r in fits if r.cell_length <= room), right(shorter[-1]))
        )

    def _line(self, left: Content, right: Content) -> Content:
        width = self.line_width
        gap = max(GAP, width - left.cell_length - right.cell_length)
        return join(left, " " * gap, right).truncate(width, ellipsis=True)

    def _title(self, state: SessionState) -> Content:
        session = state.session
        title = plain(one_line(session.title), "bold")
        if session.region and session.region.lower() not in session.title.lower():
            title = join(title, " — ", plain(one_line(session.region)))
        return title

    def _right(self, state: SessionState, compact: bool, late_said: int = ALWAYS) -> Content:
        """Where the meeting is against the clock; ``compact``: in fewer words, without the
        hard end; ``late_said``: the minutes off the end planned said always, only past the
        hard end, or never."""
        assert self.now is not None
        session = state.session
        start, zone = session.starts_at, session.zone
        if session.status == SessionStatus.CLOSED:
            return plain(self.t("closed"), MUTED)
        projection = state.projection(self.now)
        planned = planned_length(session, state.items)
        short = ".short" if compact else ""
        reopened = state.reopened_after
        if reopened is not None:  # mended after its day: the day it was held, no end
            elapsed = hmm(projection.session_elapsed_seconds)
            day = short_date(local(reopened.closed_at, zone), self.lang, year=True)
            return join(
                self.t("elapsed" + short, elapsed=elapsed, planned=hmm(planned)),
                " · ",
                plain(self.t("held", day=day), MUTED),
            )
        parts: list[Content | str] = []
        said_day: date | None = None  # a day the start named: an end that day says its time
        if session.status == SessionStatus.PLANNED and projection.started_at is None:
            begins = clock(local(start, zone))
            if local(start, zone).date() != local(self.now, zone).date():
                said_day = local(start, zone).date()
                begins = f"{short_date(local(start, zone), self.lang)} {begins}"
            # it begins then only while that is still to come: its planned start gone (held
            # late, or at another time), it says when it was planned
            said = "not_started" if start >= self.now else "planned"
            parts.append(plain(self.t(said, start=begins), MUTED))
        else:
            elapsed = hmm(projection.session_elapsed_seconds)
            parts.append(self.t("elapsed" + short, elapsed=elapsed, planned=hmm(planned)))
        end = projection.projected_end
        hard = hard_end(session, state.items, self.now)
        late = delay(session, state.items, self.now)
        past_hard = hard is not None and end > hard
        style = ALARM if past_hard else WARN if late >= 60 else OK
        at = self._at(end, zone, said_day)
        parts += [" · ", plain(self.t("end" + short, end=at), style)]
        said = self._delay(late, hard is not None, past_hard, compact)
        if said and (late_said == ALWAYS or (late_said == PAST_HARD_END and past_hard)):
            parts += [" ", plain(said, style)]
        if hard is not None and not compact:
            hard_style = f"bold {ALARM}" if past_hard else ""
            at = self._at(hard, zone, said_day)
            parts += [" · ", plain(self.t("hard_end", end=at), hard_style)]
        return join(*parts)

    def _at(self, moment: datetime, zone: tzinfo | None, said_day: date | None = None) -> str:
        """``13:05`` today, or on ``said_day`` (the day the line named just before); on a
        day of the coming week ``za 13:05``, on another day ``za 10 okt 13:05``: an end two
        days off is not read as today's."""
        assert self.now is not None
        here, today = local(moment, zone), local(self.now, zone).date()
        days = (here.date() - today).days
        if days == 0 or here.date() == said_day:
            return clock(here)
        if 0 < days < 7:
            return f"{short_weekday(here, self.lang)} {clock(here)}"
        return f"{short_date(here, self.lang)} {clock(here)}"

    def _delay(self, late: float, hard: bool, past_hard: bool, compact: bool) -> str:
        """The delay beside the expected end (``late`` seconds after the end it is measured
        against: the hard end, if ``hard``), or "": under a minute either way. Past the hard
        end it is always said, under a minute too. Narrow, in words, the hard end named."""
        if abs(late) < 60 and not past_hard:
            return ""
        minutes = str(abs(round(late / 60))) if abs(late) >= 60 else UNDER
        if not compact:
            sign = "+" if late > 0 else "-"
            return self.t("delay", delay=sign + minutes)
        key = ("past" if late > 0 else "before") if hard else ("late" if late > 0 else "early")
        return self.t(key + ".short", minutes=minutes)
