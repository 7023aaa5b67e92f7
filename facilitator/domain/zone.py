"""The session's time zone: an IANA name such as ``Europe/Amsterdam``, looked up once.

A session keeps the *name* of its time zone, not a UTC offset: a session
planned in October (``+02:00``, summer time) that runs in December must show
its times at ``+01:00``. :func:`zone_named` turns a name into a
:class:`zoneinfo.ZoneInfo` (the ``tzdata`` package supplies the zone data
where the system has none).

On the nights the clocks change, a time on the clock may not happen at all
(going forward, 02:30 in Amsterdam on the last Sunday of March) or happen twice
(going back, in October): :func:`clock_change` says which, and when the clock
jumps.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from facilitator.records import record

UTC_NAMES = frozenset(
    {"utc", "etc/utc", "etc/universal", "universal", "zulu", "etc/zulu", "gmt", "etc/gmt"}
)


@lru_cache(maxsize=64)
def zone_named(name: str) -> tzinfo | None:
    """The IANA time zone ``name``, or None if it is empty or unknown (or there is no data)."""
    if not name or not name.strip():
        return None
    try:
        return ZoneInfo(name.strip())
    except Exception:  # ValueError, ZoneInfoNotFoundError, OSError for odd names
        return None


@record
class ClockChange:
    """The clocks going forward (the times between do not exist) or back (they happen twice).

    ``before`` is what the clock shows just before the change (02:00 going
    forward, 03:00 going back), ``after`` what it shows right after (03:00,
    02:00); both naive, on the zone's clock.
    """

    forward: bool
    before: datetime
    after: datetime


def clock_change(day: date, at: time, zone: tzinfo) -> ClockChange | None:
    """The change of the clocks that skips ``at`` on ``day`` in ``zone``, or repeats it.

    None when the clock shows that time once, as on every other day.
    """
    first = datetime.combine(day, at.replace(tzinfo=None, fold=0), tzinfo=zone)
    second = first.replace(fold=1)
    before, after = first.utcoffset(), second.utcoffset()
    if before is None or after is None or before == after:
        return None
    # fold=0 reads the time at the offset from before the change, fold=1 at the one after
    # (PEP 495); the change lies between the two instants they name.
    low, high = sorted((first.astimezone(UTC), second.astimezone(UTC)))
    lo, hi = 0, int((high - low).total_seconds())
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if (low + timedelta(seconds=mid)).astimezone(zone).utcoffset() == before:
            lo = mid
        else:
            hi = mid
    change = (low + timedelta(seconds=hi)).replace(tzinfo=None)
    return ClockChange(forward=after > before, before=change + before, after=change + after)


def later(moment: datetime, seconds: float) -> datetime:
    """``moment`` plus ``seconds`` of real time, in the zone of ``moment``.

    Python adds a timedelta to the clock of a datetime in a named zone, so 01:00
    summer time plus three hours would be 04:00 winter time: four hours on the
    night the clocks go back.
    """
    return (moment.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(moment.tzinfo)


def seconds_between(start: datetime, end: datetime) -> float:
    """The real seconds from ``start`` to ``end`` (not those on the clock; see :func:`later`)."""
    return (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds()
