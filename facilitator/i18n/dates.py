"""Month and weekday names in Dutch and English, for reading dates and for writing them.

One place for the names that both the session file (``date = "dinsdag 6
oktober 2020"``) and the capture line (``tot vr 30 okt``) understand:
:class:`DutchEnglishParserInfo` teaches them to :func:`dateutil.parser.parse`,
:func:`parse_named` runs that parser, and :func:`weekdays_named` finds the
weekdays a text states (to check them against the date). The names we write,
independent of the machine's locale, are in :mod:`facilitator.i18n.names` (which
writing a date needs without loading dateutil's parser).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from dateutil import parser as dateparser

from facilitator.i18n.names import MONTHS, SHORT_MONTHS, SHORT_WEEKDAYS, WEEKDAYS

__all__ = [
    "DATE_INFO",
    "MONTHS",
    "SHORT_MONTHS",
    "SHORT_WEEKDAYS",
    "WEEKDAYS",
    "NUMBER_WORDS",
    "PERIOD_PARTS",
    "QUARTER_WORDS",
    "SEASON_WORDS",
    "WEEKS_AHEAD",
    "DutchEnglishParserInfo",
    "number_named",
    "parse_named",
    "weekdays_named",
]


class DutchEnglishParserInfo(dateparser.parserinfo):
    """Month and weekday names in Dutch and English for :func:`dateutil.parser.parse`."""

    MONTHS: Any = [
        ("Jan", "January", "januari"),
        ("Feb", "February", "februari"),
        ("Mar", "March", "mrt", "maart"),
        ("Apr", "April"),
        ("May", "mei"),
        ("Jun", "June", "juni"),
        ("Jul", "July", "juli"),
        ("Aug", "August", "augustus"),
        ("Sep", "Sept", "September"),
        ("Oct", "October", "okt", "oktober"),
        ("Nov", "November"),
        ("Dec", "December"),
    ]
    WEEKDAYS: Any = [
        ("Mon", "Monday", "ma", "maandag"),
        ("Tue", "Tues", "Tuesday", "di", "dinsdag"),
        ("Wed", "Wednesday", "wo", "woensdag"),
        ("Thu", "Thur", "Thurs", "Thursday", "do", "donderdag"),
        ("Fri", "Friday", "vr", "vrij", "vrijdag"),
        ("Sat", "Saturday", "za", "zat", "zaterdag"),
        ("Sun", "Sunday", "zo", "zon", "zondag"),
    ]
    JUMP = [*dateparser.parserinfo.JUMP, "om", "op", "de", "den", "uur"]


# Shared by every reader: the callers always say dayfirst/yearfirst themselves.
DATE_INFO = DutchEnglishParserInfo()

# Counts as people say them: "over twee weken", "in a month", "binnen één week".
NUMBER_WORDS = {
    **{w: 1 for w in ("een", "één", "eén", "a", "an", "one")},
    **{w: 2 for w in ("twee", "two")},
    **{w: 3 for w in ("drie", "three")},
    **{w: 4 for w in ("vier", "four")},
    **{w: 5 for w in ("vijf", "five")},
    **{w: 6 for w in ("zes", "six")},
    **{w: 7 for w in ("zeven", "seven")},
    **{w: 8 for w in ("acht", "eight")},
    **{w: 9 for w in ("negen", "nine")},
    **{w: 10 for w in ("tien", "ten")},
    **{w: 11 for w in ("elf", "eleven")},
    **{w: 12 for w in ("twaalf", "twelve")},
}

# "deze week" is this week (0), "volgende week" the week after it (1).
WEEKS_AHEAD = {
    **{w: 0 for w in ("deze", "dit", "de", "het", "this", "the")},
    **{w: 1 for w in ("volgende", "volgend", "komende", "next", "coming")},
}

# The part of a month, week or quarter a phrase names: "begin", "half" or "eind" januari.
PERIOD_PARTS = {
    **{w: "begin" for w in ("begin", "start", "beginning", "early")},
    **{w: "mid" for w in ("half", "medio", "midden", "halverwege", "mid", "middle")},
    **{w: "end" for w in ("eind", "einde", "end")},
}

QUARTER_WORDS = {
    **{w: 1 for w in ("q1", "eerste", "1e", "first", "1st")},
    **{w: 2 for w in ("q2", "tweede", "2e", "second", "2nd")},
    **{w: 3 for w in ("q3", "derde", "3e", "third", "3rd")},
    **{w: 4 for w in ("q4", "vierde", "4e", "fourth", "4th")},
}


# The seasons and holidays a deadline is set by, which no due date reads: "tot eind
# voorjaar", "before Christmas". The Dutch ones start a compound too ("zomervakantie").
SEASON_WORDS = {
    "nl": (
        "voorjaar",
        "lente",
        "zomer",
        "najaar",
        "herfst",
        "winter",
        "kerst",
        "pasen",
        "paas",
        "pinkster",
        "vakantie",
    ),
    "en": (
        "spring",
        "summer",
        "autumn",
        "winter",
        "christmas",
        "xmas",
        "easter",
        "holiday",
        "holidays",
    ),
}


def number_named(word: str) -> int | None:
    """``3`` for ``"3"``, ``"drie"`` or ``"three"``; None for anything else."""
    low = word.lower()
    return int(low) if low.isdigit() else NUMBER_WORDS.get(low)


def parse_named(
    text: str, default: datetime, *, dayfirst: bool, yearfirst: bool = False
) -> datetime:
    """:func:`dateutil.parser.parse` with Dutch and English names, its warnings silenced.

    Raises whatever dateutil raises (``ValueError``, ``OverflowError`` and more).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dateparser.parse(
            text, parserinfo=DATE_INFO, default=default, dayfirst=dayfirst, yearfirst=yearfirst
        )


def weekdays_named(text: str) -> Iterator[int]:
    """The weekdays (0 = Monday) that ``text`` names, in order."""
    for word in re.findall(r"[^\W\d_]+", text):
        weekday = DATE_INFO.weekday(word)
        if weekday is not None:
            yield weekday
