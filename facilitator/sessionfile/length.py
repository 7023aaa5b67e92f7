"""Whether the agenda fits its time: a warning when it is longer than start to end.

An agenda of two days from 22:00 to 23:00, or the standard agenda of ``facilitator new``
in five minutes, cannot be held as planned. ``facilitator check`` and ``facilitator new``
say by how much it is longer; a warning, not an error: the file still loads (an agenda
can be cut in the room, an end moved).
"""

from __future__ import annotations

from facilitator.domain.plan import SessionPlan
from facilitator.domain.zone import seconds_between
from facilitator.i18n import Catalog
from facilitator.i18n.formats import format_clock, format_minutes, format_time
from facilitator.records import record

WORDS = Catalog(
    {
        "too_long": (
            "{file}: de agenda duurt {agenda}, {over} langer dan de {slot} van {start} tot "
            "{end}; kort de agenda in of zet de eindtijd later.",
            "{file}: the agenda takes {agenda}, {over} more than the {slot} from {start} to "
            "{end}; shorten the agenda or set a later end.",
        ),
    }
)


@record
class LengthWarning:
    """The agenda's planned minutes, and the minutes from the start to the end."""

    plan: SessionPlan
    agenda: int
    slot: int

    def message(self, lang: str, file: str) -> str:
        starts, ends = self.plan.starts_at, self.plan.ends_at
        assert ends is not None
        return WORDS(
            lang,
            "too_long",
            file=file,
            agenda=format_minutes(self.agenda, lang),
            over=format_minutes(self.agenda - self.slot, lang),
            slot=format_minutes(self.slot, lang),
            start=format_clock(starts, lang),
            end=format_time(ends, lang),
        )


def length_warnings(plan: SessionPlan) -> list[LengthWarning]:
    """A warning when the agenda's planned minutes are more than those from the start to
    the end (real minutes: a night the clocks change counts as it is); none when they
    fit, or the plan has no end."""
    if plan.ends_at is None:
        return []
    slot = round(seconds_between(plan.starts_at, plan.ends_at) / 60)
    if plan.planned_minutes <= slot:
        return []
    return [LengthWarning(plan, plan.planned_minutes, slot)]
