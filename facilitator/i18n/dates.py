"""Month and weekday names in Dutch and English, for reading dates and for writing them.

One place for the names that both the session file (``date = "dinsdag 6
oktober 2020"``) and the capture line (``tot vr 30 okt``) understand:
:class:`DutchEnglishParserInfo` teaches them to :func:`dateutil.parser.parse`,
:func:`parse_named` runs that parser, and :func:`weekdays_named` finds the
weekdays a text states (to check them against the date). The tables below
are the names we write, independent of the machine's locale.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from dateutil import parser as dateparser

__all__ = [
    "DATE_INFO",
    "MONTHS",
    "SHORT_MONTHS",
    "SHORT_WEEKDAYS",
    "WEEKDAYS",
    "DutchEnglishParserInfo",
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

MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
SHORT_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
SHORT_WEEKDAYS = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


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
