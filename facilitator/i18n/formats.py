"""Times, dates, durations and percentages as the screens and the minutes write them.

One set for the console, the notes screens and the exports; independent of
the machine's locale (the month and weekday names are those of
:mod:`facilitator.i18n.names`), so the same session reads the same on every
computer. Times of day are shown in the session's own time zone
(``Session.zone``, an IANA zone), each at the offset of its own date: see
:func:`local`.

On screen (the same in both languages, to fit a narrow column):

* :func:`clock` ``14:05``; :func:`short_date` ``di 6 okt`` / ``Tue 6 Oct``,
  :func:`short_weekday` ``di`` / ``Tue``;
* :func:`mmss` ``04:05``, :func:`left_mmss` ``04:05`` (a countdown: rounded up),
  :func:`signed_mmss` ``+01:30``, :func:`over_mmss` ``01:30``,
  :func:`mss` ``4:05``, :func:`hmm` ``1:05``; :func:`whole_minutes` ``12``,
  :func:`signed_minutes` ``+7``;
* :func:`percent` ``42%``.

Counts in the minutes and the synthesis: :func:`format_count` ``10.000`` / ``10,000``.

In the minutes (sentences in the session's language):

* Dutch: ``dinsdag 6 oktober 2020, 14.00 uur``; durations ``12 min``, ``1 u 05 min``.
* English: ``Tuesday 6 October 2020, 14:00``; durations ``12 min``, ``1 h 05 min``.
"""

from __future__ import annotations

import math
from datetime import date, datetime, tzinfo

from facilitator.i18n import normalise_lang
from facilitator.i18n.names import MONTHS, SHORT_MONTHS, SHORT_WEEKDAYS, WEEKDAYS

# -- time zone -----------------------------------------------------------------------------


def local(moment: datetime, zone: tzinfo | datetime | None) -> datetime:
    """``moment`` in ``zone`` at ``moment``'s own offset (winter time in December even
    for a session planned in October); ``zone`` may be a moment whose time zone to
    take; unchanged without one."""
    if isinstance(zone, datetime):
        zone = zone.tzinfo
    return moment.astimezone(zone) if zone is not None else moment


# -- on screen -----------------------------------------------------------------------------


def clock(moment: datetime) -> str:
    """``14:05``: the time of day on screen, in both languages (see :func:`format_clock`)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def short_date(day: date, lang: str, *, year: bool = False) -> str:
    """``di 6 okt`` / ``Tue 6 Oct``; with ``year``: ``di 6 okt 2020``."""
    lang = normalise_lang(lang)
    text = f"{SHORT_WEEKDAYS[lang][day.weekday()]} {day.day} {SHORT_MONTHS[lang][day.month - 1]}"
    return f"{text} {day.year}" if year else text


def short_weekday(day: date, lang: str) -> str:
    """``za`` / ``Sat``: the weekday of :func:`short_date` alone."""
    return SHORT_WEEKDAYS[normalise_lang(lang)][day.weekday()]


def mmss(seconds: float) -> str:
    """``MM:SS`` (or ``H:MM:SS`` past an hour) of a duration; whole seconds, cut
    down; negative counts as zero. The countdown and the speech timer."""
    hours, minutes, secs = _hms(seconds)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def left_mmss(seconds: float) -> str:
    """``MM:SS`` of the time left of a countdown, rounded up: a second begun is still
    there, so the countdown and the time spent beside it (cut down) add up to the time
    planned: ``03:00`` the moment the floor is given, ``02:30`` beside ``0:30``."""
    return mmss(math.ceil(round(seconds, 6)))


def signed_mmss(seconds: float) -> str:
    """``MM:SS`` of what is left (:func:`left_mmss`), or ``+MM:SS`` of the overrun when
    negative (:func:`over_mmss`)."""
    return left_mmss(seconds) if seconds >= 0 else "+" + over_mmss(-seconds)


def over_mmss(seconds: float) -> str:
    """``MM:SS`` of an overrun, rounded up, so a started second of overrun shows: the
    countdown's ``+MM:SS`` and the agenda's warning read the same second."""
    return mmss(seconds + 0.999)


def mss(seconds: float) -> str:
    """``M:SS`` (or ``H:MM:SS`` past an hour): waits and speaking totals, without
    :func:`mmss`'s leading zero."""
    hours, minutes, secs = _hms(seconds)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def hmm(seconds: float) -> str:
    """``H:MM`` of a duration in whole minutes, cut down (elapsed ``0:38`` of ``2:00``)."""
    total = max(0, int(seconds)) // 60
    return f"{total // 60}:{total % 60:02d}"


def _hms(seconds: float) -> tuple[int, int, int]:
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return hours, minutes, secs


def whole_minutes(seconds: float) -> int:
    """Seconds as whole minutes, to the nearest (half a minute rounds up); never negative."""
    return int(max(0.0, seconds) + 30) // 60


def signed_minutes(seconds: float) -> str:
    """``+7``, ``-3`` or ``0``: a delay (or lead) in minutes, to the nearest."""
    value = round(seconds / 60)
    return f"+{value}" if value > 0 else str(value)


def whole_percent(fraction: float) -> int:
    """A fraction as whole percents, to the nearest (a half rounds up); never negative."""
    return int(max(0.0, fraction) * 100 + 0.5)


def percent(fraction: float) -> str:
    """``42%``: :func:`whole_percent` with a percent sign (on screen and in the minutes)."""
    return f"{whole_percent(fraction)}%"


# -- in the minutes ------------------------------------------------------------------------


def format_date(day: date, lang: str, *, weekday: bool = True) -> str:
    """``dinsdag 6 oktober 2020`` / ``Tuesday 6 October 2020`` (weekday optional)."""
    lang = normalise_lang(lang)
    text = f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
    return f"{WEEKDAYS[lang][day.weekday()]} {text}" if weekday else text


def format_clock(moment: datetime | None, lang: str) -> str:
    """``14.00`` (Dutch) or ``14:00`` (English); no ``uur`` added; ``""`` for None."""
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


UNDER_A_MINUTE = "< 1 min"


def format_minutes(minutes: int, lang: str) -> str:
    """``12 min``, ``1 u 05 min`` / ``1 h 05 min``, ``2 u`` / ``2 h``."""
    hour = "u" if normalise_lang(lang) == "nl" else "h"
    minutes = max(0, minutes)
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} {hour}" if rest == 0 else f"{hours} {hour} {rest:02d} min"


def format_duration(seconds: float, lang: str) -> str:
    """A duration in whole minutes: ``12 min`` / ``1 u 05 min``; ``< 1 min`` for a few
    seconds, which are not nothing."""
    if 0 < seconds < 30:
        return UNDER_A_MINUTE
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


def format_count(count: int, lang: str) -> str:
    """A count as the minutes and the synthesis write it: from a thousand on with its
    thousands grouped as the language does, ``10.000`` / ``10,000`` (``999`` as it is).
    Only for how many of something there are: years, ids, slugs and card numbers stay as
    they are."""
    text = f"{count:,}"
    return text.replace(",", ".") if normalise_lang(lang) == "nl" else text


def plural(count: int, one: str, many: str, lang: str | None = None) -> str:
    """``1 deelnemer``, ``3 deelnemers``; with ``lang`` the count as :func:`format_count`
    writes it (``10.000 bijdragen``)."""
    shown = str(count) if lang is None else format_count(count, lang)
    return f"{shown} {one if count == 1 else many}"


def counted(count: int, forms: str, lang: str | None = None) -> str:
    """``counted(3, "kaart|kaarten")`` is ``3 kaarten``: the forms as one catalog entry;
    with ``lang`` the count as :func:`format_count` writes it."""
    one, _, many = forms.partition("|")
    return plural(count, one, many or one, lang)
