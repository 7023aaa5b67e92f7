"""Due dates on the capture line: ``tot vr 30 okt``, ``by 2020-11-01``, ``!1-11``.

:data:`DUE_RE` finds a due phrase (a due word or ``!``, then a date form);
:func:`parse_phrase` turns it into a date relative to "today". A day and
month without a year is the next such day; a weekday alone is the next such
weekday. The month and weekday names come from :mod:`facilitator.i18n.dates`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from facilitator.i18n.dates import DATE_INFO, parse_named, weekdays_named


def _names(groups: Iterable[Iterable[str]], *, min_len: int = 1) -> list[str]:
    names = {n.lower() for group in groups for n in group if len(n) >= min_len}
    return sorted(names, key=len, reverse=True)


_MONTH = "(?:" + "|".join(re.escape(n) for n in _names(DATE_INFO.MONTHS)) + r")\.?"
_WEEKDAY_ANY = "(?:" + "|".join(re.escape(n) for n in _names(DATE_INFO.WEEKDAYS)) + r")\.?"
# A weekday on its own must be at least three letters: "tot zo" means "see you soon".
_WEEKDAY_LONG = "(?:" + "|".join(re.escape(n) for n in _names(DATE_INFO.WEEKDAYS, min_len=3)) + ")"
_NEXT = r"(?:(?:volgende|komende|aanstaande|next|this)\s+)?"
_YEAR = r"(?:\s+(?P<{}>\d{{4}}))?"

_DATE_FORMS = [
    ("iso", r"\d{4}-\d{1,2}-\d{1,2}"),
    ("num", r"\d{1,2}[-/.]\d{1,2}(?:[-/.](?:\d{4}|\d{2}))?"),
    ("dmy", r"(?:" + _WEEKDAY_ANY + r",?\s+)?\d{1,2}\s*" + _MONTH + _YEAR.format("y1")),
    (
        "mdy",
        r"(?:" + _WEEKDAY_ANY + r",?\s+)?" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?"
        r"(?:,?\s+(?P<y2>\d{4}))?",
    ),
    ("end", r"(?:eind|einde|end\s+of|end)\s+" + _MONTH + _YEAR.format("y3")),
    ("rel", r"(?:overmorgen|morgen|vandaag|tomorrow|today)"),
    ("week", r"(?:volgende\s+week|next\s+week)"),
    (
        "in",
        r"(?:over|in|binnen|within)\s+(?P<n>\d{1,3})\s+"
        r"(?P<unit>dagen|dag|days?|weken|week|weeks?|maanden|maand|months?)",
    ),
    ("wd", _NEXT + _WEEKDAY_LONG + r"\.?"),
]
_PHRASE = "|".join(f"(?P<{name}>{form})" for name, form in _DATE_FORMS)
_END = r"(?=$|[\s,;:!?)\]])"
_DUE_WORDS = r"tot\s+en\s+met|t/m|tot|uiterlijk|deadline|by|due|before|until"
_DUE_START = r"(?<!\S)(?:(?P<word>" + _DUE_WORDS + r")\s+|!|(?=(?:binnen|within)\s))"
DUE_RE = re.compile(_DUE_START + "(?P<phrase>" + _PHRASE + ")" + _END, re.IGNORECASE)


class WeekdayMismatch(ValueError):
    """``vr 31 okt`` when 31 October is a Saturday."""


def _next_occurrence(month: int, day: int, today: date) -> date:
    """The date with that month and day on or after today (this year or next)."""
    found = date(today.year, month, day) if _valid(today.year, month, day) else None
    if found is None or found < today:
        year = today.year + 1
        while not _valid(year, month, day):  # 29 February
            year += 1
        found = date(year, month, day)
    return found


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _dateutil(text: str, today: date) -> datetime:
    default = datetime(today.year, today.month, today.day)
    return parse_named(text.replace(",", " "), default, dayfirst=True)


def parse_phrase(match: re.Match[str], today: date) -> date:
    """The date a due phrase (a match of :data:`DUE_RE`) names; ValueError if it names none.

    :class:`WeekdayMismatch` if it names a weekday that is not the date's.
    """
    phrase = " ".join(match["phrase"].split())
    low = phrase.lower()
    if match["iso"]:
        year, month, day = (int(p) for p in phrase.split("-"))
        return date(year, month, day)
    if match["num"]:
        parts = [int(p) for p in re.split(r"[-/.]", phrase)]
        day, month = parts[0], parts[1]
        if len(parts) == 3:
            year = parts[2] + (2000 if parts[2] < 100 else 0)
            return date(year, month, day)
        if not _valid(2000, month, day):  # 2000 is a leap year
            raise ValueError(phrase)
        return _next_occurrence(month, day, today)
    if match["dmy"] or match["mdy"]:
        parsed = _dateutil(phrase, today)
        has_year = bool(match["y1"] or match["y2"])
        result = parsed.date() if has_year else _next_occurrence(parsed.month, parsed.day, today)
        if any(weekday != result.weekday() for weekday in weekdays_named(phrase)):
            raise WeekdayMismatch(phrase)
        return result
    if match["end"]:
        words = re.sub(r"^(eind|einde|end\s+of|end)\s+", "", low).split()
        found_month = DATE_INFO.month(words[0].rstrip("."))
        if found_month is None:
            raise ValueError(phrase)
        month = found_month
        year = int(match["y3"]) if match["y3"] else today.year
        if not match["y3"] and month < today.month:
            year += 1
        return date(year, month, calendar.monthrange(year, month)[1])
    if match["rel"]:
        offsets = {"vandaag": 0, "today": 0, "morgen": 1, "tomorrow": 1, "overmorgen": 2}
        return today + timedelta(days=offsets[low])
    if match["week"]:
        return today + timedelta(days=7)
    if match["in"]:
        n, unit = int(match["n"]), match["unit"].lower()
        if unit.startswith("m"):
            return today + relativedelta(months=n)
        return today + (timedelta(weeks=n) if unit.startswith("w") else timedelta(n))
    if match["wd"]:
        weekday = DATE_INFO.weekday(low.split()[-1].rstrip("."))
        if weekday is None:
            raise ValueError(phrase)
        return today + relativedelta(days=1, weekday=weekday)
    raise ValueError(phrase)
