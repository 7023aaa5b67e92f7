"""Dates, times and durations in Dutch or English, for the minutes.

Independent of the machine's locale: the month and weekday names are our own,
so the same session gives the same minutes on every computer.

* Dutch: ``dinsdag 6 oktober 2020, 14.00 uur``; durations ``12 min``, ``1 u 05 min``.
* English: ``Tuesday 6 October 2020, 14:00``; durations ``12 min``, ``1 h 05 min``.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from facilitator.i18n import normalise_lang
from facilitator.i18n.dates import MONTHS, WEEKDAYS


def local(moment: datetime, zone: tzinfo | None) -> datetime:
    """``moment`` in ``zone`` (the session's own offset), or unchanged without one."""
    return moment.astimezone(zone) if zone is not None else moment


def format_date(day: date, lang: str, *, weekday: bool = True) -> str:
    """``dinsdag 6 oktober 2020`` / ``Tuesday 6 October 2020`` (weekday optional)."""
    lang = normalise_lang(lang)
    text = f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
    return f"{WEEKDAYS[lang][day.weekday()]} {text}" if weekday else text


def format_clock(moment: datetime | None, lang: str) -> str:
    """``14.00`` (Dutch) or ``14:00`` (English); no ``uur`` added."""
    if moment is None:
        return ""
    separator = "." if normalise_lang(lang) == "nl" else ":"
    return f"{moment.hour:02d}{separator}{moment.minute:02d}"


def format_time(moment: datetime, lang: str) -> str:
    """``14.00 uur`` / ``14:00``."""
    text = format_clock(moment, lang)
    return f"{text} uur" if normalise_lang(lang) == "nl" else text


def format_datetime(moment: datetime, lang: str) -> str:
    """``dinsdag 6 oktober 2020, 14.00 uur`` / ``Tuesday 6 October 2020, 14:00``."""
    return f"{format_date(moment.date(), lang)}, {format_time(moment, lang)}"


def format_span(start: datetime, end: datetime | None, lang: str) -> str:
    """The date and a time range: ``dinsdag 6 oktober 2020, 14.00–16.05 uur``.

    An end on another day is written in full.
    """
    lang = normalise_lang(lang)
    if end is None:
        return format_datetime(start, lang)
    if end.date() != start.date():
        return f"{format_datetime(start, lang)} – {format_datetime(end, lang)}"
    return f"{format_date(start.date(), lang)}, {format_times(start, end, lang)}"


def format_times(start: datetime, end: datetime, lang: str) -> str:
    """Just the time range: ``14.00–16.00 uur`` / ``14:00–16:00``."""
    times = f"{format_clock(start, lang)}–{format_clock(end, lang)}"
    return f"{times} uur" if normalise_lang(lang) == "nl" else times


def whole_minutes(seconds: float) -> int:
    """Seconds rounded to whole minutes (half a minute rounds up)."""
    return int(max(0.0, seconds) + 30) // 60


def format_minutes(minutes: int, lang: str) -> str:
    """``12 min``, ``1 u 05 min`` / ``1 h 05 min``, ``2 u`` / ``2 h``."""
    hour = "u" if normalise_lang(lang) == "nl" else "h"
    minutes = max(0, minutes)
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} {hour}" if rest == 0 else f"{hours} {hour} {rest:02d} min"


def format_duration(seconds: float, lang: str) -> str:
    """A duration in whole minutes: ``12 min`` / ``1 u 05 min``."""
    return format_minutes(whole_minutes(seconds), lang)


def format_signed_minutes(minutes: int, lang: str) -> str:
    """``+3 min``, ``−2 min`` or ``0 min``."""
    if minutes == 0:
        return "0 min"
    sign = "+" if minutes > 0 else "−"
    return sign + format_minutes(abs(minutes), lang)


def format_speaking(seconds: float, lang: str) -> str:
    """Speaking time to the second: ``45 s``, ``4 min 05 s``, ``1 u 02 min``."""
    total = int(max(0.0, seconds) + 0.5)
    if total < 60:
        return f"{total} s"
    minutes, rest = divmod(total, 60)
    if minutes >= 60:
        return format_minutes(minutes, lang)
    return f"{minutes} min {rest:02d} s"


def format_percent(fraction: float) -> str:
    """``42%`` (whole percents)."""
    return f"{int(max(0.0, fraction) * 100 + 0.5)}%"


def plural(count: int, one: str, many: str) -> str:
    """``1 deelnemer``, ``3 deelnemers``."""
    return f"{count} {one if count == 1 else many}"
