"""Clock and duration formats of the console, and its shared styles and words.

Times of day are shown in the session's own time zone (that of its planned
start), so the console shows the room's clock wherever the laptop thinks it is.
"""

from __future__ import annotations

from datetime import datetime

from facilitator.i18n import Catalog, normalise_lang

# Styles for Content spans: theme variables, readable on dark and light themes.
MUTED = "$foreground-muted"
OK = "$text-success"
WARN = "$text-warning"
ALARM = "$text-error"
STRONG = "bold $text-primary"
CURRENT = "bold on $primary-muted"
SELECTED = "reverse"

_DAYS = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}

WORDS = Catalog(
    {
        "min": ("min", "min"),
        "sector.unknown": ("overig", "other"),
    }
)


def mmss(seconds: float) -> str:
    """``MM:SS`` (or ``H:MM:SS`` past an hour) of a non-negative duration."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def signed_mmss(seconds: float) -> str:
    """``MM:SS`` of what is left, or ``+MM:SS`` of the overrun when negative."""
    return mmss(seconds) if seconds >= 0 else "+" + mmss(-seconds + 0.999)


def hmm(seconds: float) -> str:
    """``H:MM`` of a non-negative duration (e.g. elapsed 0:38 of 2:00)."""
    total = max(0, int(seconds)) // 60
    return f"{total // 60}:{total % 60:02d}"


def short_wait(seconds: float) -> str:
    """``M:SS`` for waits and speaking totals, ``H:MM:SS`` past an hour."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def minutes(seconds: float) -> int:
    """Whole minutes, rounded to the nearest."""
    return int((max(0.0, seconds) + 30) // 60)


def signed_minutes(seconds: float) -> str:
    """``+7`` / ``-3`` / ``0`` minutes, rounded to the nearest."""
    value = int(round(seconds / 60))
    return f"+{value}" if value > 0 else str(value)


def local(moment: datetime, like: datetime) -> datetime:
    """``moment`` in the time zone of ``like`` (the session's planned start)."""
    return moment.astimezone(like.tzinfo) if like.tzinfo else moment


def clock(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def day(moment: datetime, lang: str) -> str:
    """``di 6 okt`` / ``Tue 6 Oct``."""
    lang = normalise_lang(lang)
    return f"{_DAYS[lang][moment.weekday()]} {moment.day} {_MONTHS[lang][moment.month - 1]}"
