"""Due dates on the capture line: ``tot vr 30 okt``, ``by 2020-11-01``, ``tot volgende week vr``.

:data:`DUE_RE` finds a due phrase (a due word or ``!``, then a date form);
:func:`parse_phrase` turns it into a date relative to "today", the day of the
meeting. The whole phrase is one match, so all of it leaves the text. The
forms, in both languages (``docs/capture.md`` has the table):

- a date: ``1 nov``, ``vr 30 okt``, ``Nov 1``, ``1st November``, ``the 1st of November``,
  ``1e november``, ``2020-11-01``, ``1-11``;
  without a year it is the next such day to come;
- a weekday: ``vrijdag``, ``next Friday`` — the first one after today;
- a weekday in a week: ``volgende week vrijdag``, ``Friday next week``,
  ``vrijdag over twee weken``, ``deze week vrijdag`` — that weekday of the
  week (Monday to Sunday) one, two or no weeks after this one;
- a part of a month: ``eind november``, ``begin januari``, ``half maart``,
  ``end of March``, ``early January``, ``mid-May`` — the last day, the 10th
  and the 15th, of the next such month to come;
- a part of this or the next week, month or year: ``eind volgende week``
  (Friday), ``end of the month``, ``eind dit jaar``;
- a quarter: ``Q1``, ``eind Q3 2027``, ``eerste kwartaal`` — its last day;
- a count: ``over 2 weken``, ``in a month``, ``binnen drie dagen``;
- ``morgen``, ``overmorgen``, ``tomorrow``, ``volgende week`` (a week from today).

A year is read as written: four digits (``1-11-2027``, ``1 nov 2027``), or two
in a date of numbers (``1-11-27`` is 2027). Any other year in a date of
numbers (``1-11-202``) raises :class:`ShortYear`, and a year outside the years
of the app (:mod:`facilitator.domain.years`: ``tot 1-1-0001``, ``by 99999-01-01``,
``binnen 200 jaar``) :class:`YearOutOfRange`; python-dateutil, which reads
``0001`` as 2001, only finds the day and month of a named date.

``voor`` (``vóór`` without its accent) is a due word before a date that can be nothing
else; before numbers alone or ``vandaag`` it is "for" (:func:`reads_for`). A due word
before what is clearly meant as a date but is none of these (``tot eind voorjaar``,
``by next month``, ``before Christmas``) is found by :func:`unread_dates`, so that the
line can say no date was read from it.

Month and weekday names and the count words come from
:mod:`facilitator.i18n.dates`; months are counted with
:class:`dateutil.relativedelta.relativedelta`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from facilitator.domain.years import year_in_range
from facilitator.i18n.dates import (
    DATE_INFO,
    MONTHS,
    NUMBER_WORDS,
    PERIOD_PARTS,
    QUARTER_WORDS,
    SEASON_WORDS,
    WEEKDAYS,
    WEEKS_AHEAD,
    number_named,
    parse_named,
    weekdays_named,
)


def _names(groups: Iterable[Iterable[str]], *, min_len: int = 1) -> list[str]:
    names = {n.lower() for group in groups for n in group if len(n) >= min_len}
    return sorted(names, key=len, reverse=True)


def _any(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_MONTH = "(?:" + "|".join(re.escape(n) for n in _names(DATE_INFO.MONTHS)) + r")\.?"
_WEEKDAY_ANY = "(?:" + "|".join(re.escape(n) for n in _names(DATE_INFO.WEEKDAYS)) + r")\.?"
# A weekday on its own must be at least three letters: "tot zo" means "see you soon".
_WEEKDAY_LONG = "(?:" + "|".join(re.escape(n) for n in _names(DATE_INFO.WEEKDAYS, min_len=3)) + ")"
_NEXT = r"(?:(?:volgende|komende|aanstaande|next|this|coming)\s+)?"
# After a month name four digits or more are the year ("1 nov 15 mensen": 15 people).
_YEAR = r"(?:\s+(?P<{}>\d{{4,}}))?"
_ANY_YEAR = r"(?:\s+(?:van\s+|of\s+)?\d{4,})?"
# "1st November", "the 1st of November", "1e november", "2de januari"
_ORDINAL = r"(?:st|nd|rd|th|ste|de|e)"
_COUNT = r"(?:\d{1,3}|" + _any(NUMBER_WORDS) + ")"
_UNIT = r"(?:dagen|dag|days?|weken|week|weeks?|maanden|maand|months?|jaren|jaar|years?)"

# "volgende week", "deze week", "over twee weken", "in 2 weeks"
_WEEK_AHEAD = (
    r"(?:(?:deze|volgende|komende|this|next|coming)\s+week"
    r"|(?:over|in)\s+" + _COUNT + r"\s+(?:weken|weeks?|week))"
)
_PART = (
    r"(?:(?:het\s+|the\s+)?(?:eind|einde|end|begin|beginning|start|middle)(?:\s+(?:van|of))?"
    r"|early|half|medio|midden|halverwege|mid)(?:\s+|-)"
)
_PERIOD = r"(?:(?:deze|dit|de|het|this|the|volgende|volgend|komende|next|coming)\s+)?"
_QUARTER = (
    r"(?:(?:het\s+|the\s+)?(?:eind|einde|end)(?:\s+(?:van|of))?\s+)?(?:het\s+|the\s+)?"
    r"(?:q[1-4]|(?:eerste|tweede|derde|vierde|1e|2e|3e|4e|first|second|third|fourth"
    r"|1st|2nd|3rd|4th)\s+(?:kwartaal|quarter))" + _ANY_YEAR
)

_DATE_FORMS = [
    ("iso", r"\d{4,}-\d{1,2}-\d{1,2}"),
    ("num", r"\d{1,2}[-/.]\d{1,2}(?:[-/.]\d+)?"),
    (
        "dmy",
        r"(?:"
        + _WEEKDAY_ANY
        + r",?\s+)?(?:the\s+)?\d{1,2}"
        + _ORDINAL
        + r"?\s*(?:of\s+)?"
        + _MONTH
        + _YEAR.format("y1"),
    ),
    (
        "mdy",
        r"(?:" + _WEEKDAY_ANY + r",?\s+)?" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?"
        r"(?:,?\s+(?P<y2>\d{4,}))?",
    ),
    (
        "weekday_in_week",
        _WEEK_AHEAD
        + r"\s+(?:op\s+|on\s+)?"
        + _WEEKDAY_ANY
        + r"|"
        + _WEEKDAY_LONG
        + r"\.?\s+(?:(?:van|of)\s+)?"
        + _WEEK_AHEAD,
    ),
    ("quarter", _QUARTER),
    ("part_month", _PART + _MONTH + _ANY_YEAR),
    ("part_period", _PART + _PERIOD + r"(?:week|maand|month|jaar|year)"),
    ("rel", r"(?:overmorgen|morgen|vandaag|tomorrow|today)"),
    ("week", r"(?:volgende\s+week|next\s+week)"),
    ("in", r"(?:over|in|binnen|within)\s+(?P<n>" + _COUNT + r")\s+(?P<unit>" + _UNIT + ")"),
    ("wd", _NEXT + _WEEKDAY_LONG + r"\.?"),
]
_PHRASE = "|".join(f"(?P<{name}>{form})" for name, form in _DATE_FORMS)
_END = r"(?=$|[\s,;:!?)\]]|\.(?:\s|$))"  # a full stop ends a sentence, not the phrase
_DUE_WORDS = r"tot\s+en\s+met|t/m|tot|uiterlijk|deadline|vóór|voor|by|due|before|until"
_DUE_START = (
    r"(?<!\S)(?:(?P<word>" + _DUE_WORDS + r")(?:\s+(?:op|on))?\s+|!|(?=(?:binnen|within)\s))"
)
DUE_RE = re.compile(_DUE_START + "(?P<phrase>" + _PHRASE + ")" + _END, re.IGNORECASE)
DUE_WORD_RE = re.compile(r"(?:(?:" + _DUE_WORDS + r")(?:\s+(?:op|on))?(?:\s+|$)|!)", re.IGNORECASE)
"""A due word (or ``!``) at the start of what is typed: ``tot``, ``by on``."""


_LEAP = datetime(2000, 1, 1)


class WeekdayMismatch(ValueError):
    """``vr 31 okt`` when 31 October is a Saturday."""


class YearOutOfRange(ValueError):
    """A year outside the years of the app: ``tot 1-1-0001``, ``by 99999-01-01``."""


class ShortYear(ValueError):
    """A year of one or three digits in a date of numbers: ``tot 1-1-202``."""


class TimeOfDay(ValueError):
    """``tot 10.30``: a time of day, not a date, so nothing to take out or to flag."""


_TIME_OF_DAY = re.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d")


def _year(written: str) -> int:
    """The year as written; :class:`YearOutOfRange` if the app has no such year."""
    year = int(written)
    if not year_in_range(year):
        raise YearOutOfRange(written)
    return year


def _numeric_year(written: str) -> int:
    """The year of ``1-11-2027`` or ``1-11-27`` (two digits: this century)."""
    if len(written) == 2:
        return 2000 + int(written)
    if len(written) < 4:
        raise ShortYear(written)
    return _year(written)


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


_NOT_THE_DATE = re.compile(r"\b(?:the|of)\b|(?<=\d)" + _ORDINAL + r"\b", re.IGNORECASE)
"""What stands around the day of ``the 1st of November`` and ``1e november``."""


def _dateutil(text: str) -> datetime:
    """The day and month of ``1 nov``, ``Nov 1st`` or ``the 1st of November``, read by
    dateutil in a leap year."""
    text = _NOT_THE_DATE.sub(" ", text.replace(",", " "))
    return parse_named(" ".join(text.split()), _LEAP, dayfirst=True)


def reads_for(match: re.Match[str]) -> bool:
    """Whether a due phrase after ``voor`` (without the accent of ``vóór``) is better read as
    "for": ``plekken voor 1-2 studenten``, ``dat was het voor vandaag``. Before a date
    that can be nothing else (``voor eind januari``, ``voor vrijdag``) it is a due word."""
    if (match["word"] or "").lower() != "voor":
        return False
    phrase = match["phrase"].lower()
    numbers_only = match["num"] and len(re.split(r"[-/.]", phrase)) == 2
    return bool(numbers_only or phrase in ("vandaag", "today"))


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


def _year_in(text: str) -> int | None:
    found = re.search(r"(?<!\d)(\d{4,})(?!\d)", text)
    return _year(found.group(1)) if found else None


def _part(words: list[str]) -> str:
    """``"begin"``, ``"mid"`` or ``"end"``: the part of a period the words name."""
    return next((PERIOD_PARTS[w] for w in words if w in PERIOD_PARTS), "end")


def _day_of_month(year: int, month: int, part: str) -> date:
    """The 10th (begin), the 15th (mid) or the last day (end) of the month."""
    last = calendar.monthrange(year, month)[1]
    return date(year, month, {"begin": 10, "mid": 15}.get(part, last))


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weekday_in_week(words: list[str], today: date) -> date:
    """``volgende week vrijdag``: the weekday of the week that many weeks after this one."""
    weekday = next(
        (d for w in words if (d := DATE_INFO.weekday(w)) is not None and w != "week"), None
    )
    if weekday is None:
        raise ValueError(" ".join(words))
    count = next((n for w in words if (n := number_named(w)) is not None), None)
    if count is None:
        count = max((WEEKS_AHEAD[w] for w in words if w in WEEKS_AHEAD), default=1)
    return _monday(today) + timedelta(weeks=count, days=weekday)


def _part_of_month(phrase: str, words: list[str], today: date) -> date:
    month = next((m for w in words if (m := DATE_INFO.month(w)) is not None), None)
    if month is None:
        raise ValueError(phrase)
    part, year = _part(words), _year_in(phrase)
    if year is not None:
        return _day_of_month(year, month, part)
    found = _day_of_month(today.year, month, part)
    return found if found >= today else _day_of_month(today.year + 1, month, part)


def _part_of_period(words: list[str], today: date) -> date:
    """``eind volgende week`` (Friday), ``begin volgende maand`` (the 10th), ``end of the year``."""
    part = _part(words)
    ahead = max((WEEKS_AHEAD[w] for w in words if w in WEEKS_AHEAD), default=0)
    unit = words[-1]
    if unit == "week":
        return _monday(today) + timedelta(weeks=ahead, days={"begin": 0, "mid": 2}.get(part, 4))
    if unit in ("maand", "month"):
        first = today.replace(day=1) + relativedelta(months=ahead)
        return _day_of_month(first.year, first.month, part)
    if part != "end":  # "begin volgend jaar" is too vague to be a due date
        raise ValueError(" ".join(words))
    return date(today.year + ahead, 12, 31)


def _quarter(phrase: str, words: list[str], today: date) -> date:
    quarter = next((QUARTER_WORDS[w] for w in words if w in QUARTER_WORDS), None)
    if quarter is None:
        raise ValueError(phrase)
    month = quarter * 3
    year = _year_in(phrase)
    found = _day_of_month(year or today.year, month, "end")
    if year is None and found < today:
        found = _day_of_month(today.year + 1, month, "end")
    return found


def parse_phrase(match: re.Match[str], today: date) -> date:
    """The date a due phrase (a match of :data:`DUE_RE`) names; ValueError if it names none.

    :class:`WeekdayMismatch` if it names a weekday that is not the date's;
    :class:`YearOutOfRange` or :class:`ShortYear` for a year not taken as written;
    :class:`TimeOfDay` for a time of day that no date reads (``tot 10.30``).
    """
    found = _phrase_date(match, today)
    if not year_in_range(found.year):  # "binnen 200 jaar"
        raise YearOutOfRange(str(found.year))
    return found


def _phrase_date(match: re.Match[str], today: date) -> date:
    phrase = " ".join(match["phrase"].split())
    low = phrase.lower()
    words = _words(phrase)
    if match["iso"]:
        written = phrase.split("-")
        return date(_year(written[0]), int(written[1]), int(written[2]))
    if match["num"]:
        parts = re.split(r"[-/.]", phrase)
        day, month = int(parts[0]), int(parts[1])
        if len(parts) == 3:
            return date(_numeric_year(parts[2]), month, day)
        if not _valid(2000, month, day):  # 2000 is a leap year
            # "tot 10.30 uur" is a time; "tot 31-02" and "tot 31.02" are no dates
            raise (TimeOfDay if _TIME_OF_DAY.fullmatch(phrase) else ValueError)(phrase)
        return _next_occurrence(month, day, today)
    if match["dmy"] or match["mdy"]:
        # dateutil only finds the day and the month (it reads "0001" as 2001), in a leap
        # year so that "tot 29 feb" is the next 29 February, as "tot 29-2" is
        year_group = "y1" if match["y1"] else "y2" if match["y2"] else None
        if year_group is None:
            parsed = _dateutil(phrase)
            result = _next_occurrence(parsed.month, parsed.day, today)
        else:
            start, end = (i - match.start("phrase") for i in match.span(year_group))
            parsed = _dateutil(match["phrase"][:start] + match["phrase"][end:])
            result = date(_year(match[year_group]), parsed.month, parsed.day)
        if any(weekday != result.weekday() for weekday in weekdays_named(phrase)):
            raise WeekdayMismatch(phrase)
        return result
    if match["weekday_in_week"]:
        return _weekday_in_week(words, today)
    if match["quarter"]:
        return _quarter(phrase, words, today)
    if match["part_month"]:
        return _part_of_month(phrase, words, today)
    if match["part_period"]:
        return _part_of_period(words, today)
    if match["rel"]:
        offsets = {"vandaag": 0, "today": 0, "morgen": 1, "tomorrow": 1, "overmorgen": 2}
        return today + timedelta(days=offsets[low])
    if match["week"]:
        return today + timedelta(days=7)
    if match["in"]:
        n = number_named(match["n"])
        unit = match["unit"].lower()
        if n is None:
            raise ValueError(phrase)
        if unit.startswith("m"):
            return today + relativedelta(months=n)
        if unit.startswith(("j", "y")):
            return today + relativedelta(years=n)
        return today + (timedelta(weeks=n) if unit.startswith("w") else timedelta(n))
    if match["wd"]:
        weekday = DATE_INFO.weekday(low.split()[-1].rstrip("."))
        if weekday is None:
            raise ValueError(phrase)
        return today + relativedelta(days=1, weekday=weekday)
    raise ValueError(phrase)


# -- a date that was meant but not read ------------------------------------------------------

_ATTEMPT_START = re.compile(r"(?<!\S)(?:" + _DUE_WORDS + r")(?=[ \t])", re.IGNORECASE)
_TOKEN = re.compile(r"[ \t]+(?P<token>[^\s,;:!?()\[\]{}\"“”«»@#~]+)")
_FULL_MONTHS = frozenset(m.lower() for names in MONTHS.values() for m in names)
_FULL_WEEKDAYS = tuple(d.lower() for names in WEEKDAYS.values() for d in names)
_SEASONS = tuple(w for words in SEASON_WORDS.values() for w in words)
_EN_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
_ARTICLES = frozenset({"the", "de", "het", "op", "on"})
_LINKS = _ARTICLES | {"of", "van"}
"""Words that need the word after them: ``end of`` ends with ``term``."""
_PART_ALONE = frozenset({"eind", "einde", "begin", "medio"})
_PART_OF = frozenset({"end", "beginning", "start"})  # only as "end of …"
_AHEAD = frozenset({"volgende", "volgend", "komende", "next", "coming"})
_UNITS = frozenset(
    {"maand", "month", "jaar", "year", "kwartaal", "quarter", "semester", "term", "schooljaar"}
)


def _datish(token: str) -> bool:
    """Whether a word may be part of a date someone meant: a name of a month, a weekday, a
    season; a number; a part of a period or a period."""
    return (
        token.isdigit()
        or _EN_ORDINAL.fullmatch(token) is not None
        or re.fullmatch(r"\d{1,2}" + _ORDINAL, token) is not None
        or DATE_INFO.month(token) is not None
        or token.startswith(_FULL_WEEKDAYS)
        or token.startswith(_SEASONS)
        or token in _PART_ALONE | _PART_OF | _AHEAD | _UNITS | {"mid", "early", "late"}
    )


def _meant_a_date(word: str, tokens: list[str]) -> bool:
    """Whether the words after the due word ``word`` are a date someone meant: a month or
    a weekday named, an English ordinal (``by the 31st``), ``eind``/``end of``; after
    any due word but ``voor`` ("for") also a season or holiday (``tot eind voorjaar``,
    ``before Christmas``) and a next period (``by next month``). Ordinary words after
    it (``voor de jongeren``, ``by the province``) are none."""
    article = bool(tokens) and tokens[0] in _ARTICLES
    while tokens and tokens[0] in _ARTICLES:
        tokens = tokens[1:]
    if not tokens:
        return False
    first, second = tokens[0], tokens[1] if len(tokens) > 1 else ""
    if _EN_ORDINAL.fullmatch(first) or first.startswith(_FULL_WEEKDAYS):
        return True
    if first in _FULL_MONTHS or (second in _FULL_MONTHS and _datish(first)):
        return True
    if first in _PART_ALONE or (first in _PART_OF and second == "of"):
        # "tot het eind van de regel" is where a line ends; "by the end of term" a date
        after = [t for t in tokens[1:] if t not in _LINKS]
        return not article or (bool(after) and _datish(after[0]))
    if word == "voor":
        return False
    return first.startswith(_SEASONS) or (first in _AHEAD and second in _UNITS)


def unread_dates(line: str, read: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where ``line`` has a due word before what looks like a date that no due phrase read
    (``tot eind voorjaar``, ``by next month``, ``before Christmas``): the due word and the
    words of that date. ``read``: the spans of the due phrases found (read or flagged)."""
    spans = list(read)
    found: list[tuple[int, int]] = []
    for start in _ATTEMPT_START.finditer(line):
        if any(s <= start.start() < e for s, e in spans):
            continue
        tokens: list[tuple[str, int]] = []  # each word, folded, with where it ends
        pos = start.end()
        while len(tokens) < 8 and (match := _TOKEN.match(line, pos)):
            token = match["token"]
            stops = token.endswith(".") and len(token) > 1
            end = match.end() - 1 if stops else match.end()
            tokens.append((token.rstrip(".").lower(), end))
            pos = match.end()
            if stops:
                break
        words = [t for t, _ in tokens]
        if not _meant_a_date(start.group().lower(), words):
            continue
        # the words of the date: as long as they are date words, and the word a link needs
        last = 0
        while last < len(words) and (words[last] in _LINKS or _datish(words[last])):
            last += 1
        while last > 0 and words[last - 1] in _LINKS:
            if last < len(words):
                last += 1
                break
            last -= 1
        if last:
            found.append((start.start(), tokens[last - 1][1]))
    return found
