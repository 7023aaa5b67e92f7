"""Dates and times as organisers write them in a session file, in Dutch or English.

``"dinsdag 6 oktober 2020"``, ``"6 okt 2020 14.00 uur"``, ``"October 6, 2020"``
and ``2020-10-06`` are dates; ``"14:00"``, ``"14.00 uur"`` and ``"2 pm"`` are
times. The month and weekday names come from :mod:`facilitator.i18n.dates`.

The year is the one written, in four digits: python-dateutil reads ``0001`` and
``0020`` as 2001 and 2020 and gives a two-digit year a century of its own
choosing (``80`` is 1980, ``76`` 2076 or 1976 depending on today's date), so
the year found is checked against the text, and ``"1 jan 0001"`` or ``"1-1-27"``
is refused rather than read as a year that was not written.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, tzinfo
from zoneinfo import ZoneInfo

from facilitator.domain.years import year_in_range
from facilitator.i18n.dates import parse_named, weekdays_named
from facilitator.records import record

_DEFAULT_A = datetime(1904, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(1908, 2, 2, 1, 1, 1)
# "14.00", "14u30", "9h15" inside a date text (not "6.10.2020").
_TIME_IN_DATE_RE = re.compile(r"(?<![\d.])(\d{1,2})\s*[.uh]\s*(\d{2})(?![\d.])", re.IGNORECASE)
_UUR_RE = re.compile(r"\buur\b", re.IGNORECASE)
# The numbers of a date text, not those of a time in it ("14:00").
_NUMBER_RE = re.compile(r"(?<![\d:])\d+(?![\d:])")
_TIME_RE = re.compile(
    r"^(?P<h>\d{1,2})"
    r"(?:\s*[:.hu]\s*(?P<m>\d{2})(?:\s*:\s*(?P<s>\d{2}))?)?"
    r"\s*(?:(?P<ampm>[ap])\.?\s*m\.?|uur|u|h)?$",
    re.IGNORECASE,
)


@record
class Month:
    """A month in a message's values, said by its name (1 = January)."""

    number: int


@record
class DateResult:
    """A date text read: the day and a time given with it, or the message key of an error.

    ``values`` are extra message values: weekdays as ints (0 = Monday), a date, a
    :class:`Month`, or text.
    """

    day: date | None = None
    at: time | None = None
    error: str | None = None
    values: tuple[tuple[str, object], ...] = ()


def parse_date_text(text: str) -> DateResult:
    """Read a date (perhaps with a time of day) written as text."""
    value = " ".join(text.split())
    if re.match(r"^\d{4}-?\d{2}-?\d{2}$", value) and not value.startswith("0000"):
        try:
            return DateResult(day=date.fromisoformat(value))
        except ValueError:
            return _unreadable(value)  # 2021-02-29: said as such
    if re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d", value):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return DateResult(day=moment.date(), at=moment.time().replace(tzinfo=None))
    cleaned = _TIME_IN_DATE_RE.sub(r"\1:\2", value)
    cleaned = _UUR_RE.sub(" ", cleaned)
    try:
        first, second = _parse_twice(cleaned)
    except Exception:  # dateutil raises ValueError, OverflowError and more
        return _unreadable(cleaned)
    if first.year != second.year:
        return DateResult(error="date_no_year")
    if (first.month, first.day) != (second.month, second.day):
        return DateResult(error="date_no_day")
    wrong_year = _year_as_written(cleaned, first.year)
    if wrong_year is not None:
        return wrong_year
    at = None
    if first.hour == second.hour:
        minute = first.minute if first.minute == second.minute else 0
        at = time(first.hour, minute)
    day = first.date()
    weekday = next(weekdays_named(cleaned), None)
    if weekday is not None and weekday != day.weekday():
        return DateResult(
            error="weekday_mismatch",
            values=(("given", weekday), ("actual", day.weekday()), ("date", day)),
        )
    return DateResult(day=day, at=at)


def _parse_twice(cleaned: str) -> tuple[datetime, datetime]:
    """The text parsed with two different defaults: what differs was not in the text."""
    yearfirst = bool(
        re.match(r"^\d{4}\b", cleaned)
        or re.search(r"(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)", cleaned)
    )
    return (
        parse_named(cleaned, _DEFAULT_A, dayfirst=not yearfirst, yearfirst=yearfirst),
        parse_named(cleaned, _DEFAULT_B, dayfirst=not yearfirst, yearfirst=yearfirst),
    )


def _year_as_written(cleaned: str, year: int) -> DateResult | None:
    """None if the text writes ``year`` in full; else why the year read is not the one written.

    dateutil reads ``0001`` as 2001 and ``27`` as 2027 (or 1927, as the day it
    runs suggests): a year of four digits must be the year read, and a shorter
    one is asked for in full.
    """
    numbers = _NUMBER_RE.findall(cleaned)
    written = [n for n in numbers if len(n) >= 4]
    if any(int(n) == year for n in written):
        return None
    if written:  # "0001" read as 2001: the year written is out of range
        return DateResult(error="date_year_range", values=(("year", written[0]),))
    short = [n for n in numbers if int(n) % 100 == year % 100] or numbers or [str(year)]
    token = short[-1]
    full = str(2000 + int(token) % 100)
    return DateResult(error="date_short_year", values=(("year", token), ("full", full)))


def _unreadable(cleaned: str) -> DateResult:
    """Why dateutil could not read the text: a year such as 0000 or 99999, or no date at all."""
    for found in _NUMBER_RE.finditer(cleaned):
        if len(found[0]) < 4:
            continue
        start, end = found.span()
        try:
            _parse_twice(cleaned[:start] + "2000" + cleaned[end:])
        except Exception:
            continue
        if year_in_range(int(found[0])):  # readable in 2000, a leap year: 29 February
            return DateResult(error="date_no_leap_day", values=(("year", found[0]),))
        return DateResult(error="date_year_range", values=(("year", found[0]),))
    return _no_such_day(cleaned) or DateResult(error="bad_date")


def _no_such_day(cleaned: str) -> DateResult | None:
    """Why a date whose day its month does not have (30 February, 31 April) is none; None
    if the text is not one. The day is the number that, written 1 or 2, reads as the
    1st or the 2nd of one month."""
    for found in _NUMBER_RE.finditer(cleaned):
        if len(found[0]) > 2 or not 29 <= int(found[0]) <= 31:
            continue
        start, end = found.span()
        try:
            first, second = _parse_twice(cleaned[:start] + "1" + cleaned[end:])
            other, _ = _parse_twice(cleaned[:start] + "2" + cleaned[end:])
        except Exception:
            continue
        if (first.day, other.day) != (1, 2) or not first.month == second.month == other.month:
            continue
        year = first.year if first.year == second.year else None
        days = calendar.monthrange(year or 2000, first.month)[1]  # no year: 2000, a leap year
        if int(found[0]) <= days:
            continue
        values: tuple[tuple[str, object], ...] = (
            ("day", str(int(found[0]))),
            ("month", Month(first.month)),
            ("days", str(days)),
        )
        if first.month == 2 and year is not None:
            return DateResult(
                error="date_no_day_in_february", values=(*values, ("year", str(year)))
            )
        return DateResult(error="date_no_day_in_month", values=values)
    return None


def parse_time_text(text: str) -> time | None:
    """Read a time of day written as text; None if it is not one."""
    match = _TIME_RE.match(" ".join(text.split()))
    if not match:
        return None
    hour = int(match["h"])
    minute = int(match["m"] or 0)
    second = int(match["s"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def local_timezone() -> tzinfo:
    """The machine's own time zone."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def load_zone(name: str) -> tzinfo | None:
    """The IANA time zone ``name``, or None if it is unknown (or there is no zone data)."""
    try:
        return ZoneInfo(name)
    except Exception:
        return None
