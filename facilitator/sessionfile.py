"""Session files: one round table described in TOML, read into a :class:`SessionPlan`.

The format is documented in ``docs/session-file.md``. Reading a file never
raises anything but :class:`SessionFileError`, which carries *all* problems
found, each naming the file, the line (where it can be found), the key and
what was expected, in Dutch or English.
"""

from __future__ import annotations

import difflib
import math
import re
import tomllib
import unicodedata
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from dateutil import parser as dateparser

from facilitator.domain.plan import (
    DEFAULT_SECTORS,
    AgendaItemPlan,
    ParticipantPlan,
    Sector,
    SessionPlan,
)
from facilitator.i18n import Catalog, normalise_lang

__all__ = [
    "AGENDA_KEYS",
    "DEFAULT_TIMEZONE",
    "MESSAGES",
    "PARTICIPANT_KEYS",
    "SECTOR_KEYS",
    "TOP_KEYS",
    "Problem",
    "SessionFileError",
    "load_session_file",
    "parse_session_text",
    "slugify",
]

DEFAULT_TIMEZONE = "Europe/Amsterdam"
MAX_AGENDA_MINUTES = 24 * 60
MIN_YEAR, MAX_YEAR = 1900, 2199

MESSAGES = Catalog(
    {
        # -- reading the file --------------------------------------------------
        "file_not_found": ("bestand niet gevonden", "file not found"),
        "is_directory": (
            "is een map; verwacht een sessiebestand (.toml)",
            "is a directory; expected a session file (.toml)",
        ),
        "unreadable": (
            "kan het bestand niet lezen ({detail})",
            "cannot read the file ({detail})",
        ),
        "not_utf8": (
            "geen UTF-8-tekst (ongeldige byte in kolom {column}); sla het bestand op als UTF-8",
            "not UTF-8 text (invalid byte at column {column}); save the file as UTF-8",
        ),
        "bad_toml": ("geen geldige TOML: {detail}", "not valid TOML: {detail}"),
        "bad_toml_at": (
            "geen geldige TOML in kolom {column}: {detail}",
            "not valid TOML at column {column}: {detail}",
        ),
        "smart_quotes": (
            '; gebruik rechte aanhalingstekens " in plaats van “ ”',
            '; use straight quotes " instead of curly quotes “ ”',
        ),
        "too_deep": (
            "te diep genest; verwacht een eenvoudig sessiebestand",
            "nested too deeply; expected a plain session file",
        ),
        "internal": (
            "kan dit sessiebestand niet lezen: interne fout ({detail})",
            "cannot read this session file: internal error ({detail})",
        ),
        # -- generic ---------------------------------------------------------
        "missing": ("ontbreekt; verwacht {expected}", "missing; expected {expected}"),
        "empty": ("is leeg; verwacht {expected}", "is empty; expected {expected}"),
        "wrong_type": (
            "verwacht {expected}, maar dit is {got}",
            "expected {expected}, got {got}",
        ),
        "unknown_key_suggest": (
            "onbekende sleutel '{key}'; bedoelt u '{suggestion}'?",
            "unknown key '{key}'; did you mean '{suggestion}'?",
        ),
        "unknown_key": (
            "onbekende sleutel '{key}'; verwacht een van: {known}",
            "unknown key '{key}'; expected one of: {known}",
        ),
        "bad_slug": (
            "'{value}' is geen geldige sleutel; verwacht kleine letters, cijfers en "
            "streepjes, zoals '{suggestion}'",
            "'{value}' is not a valid key; expected lower-case letters, digits and "
            "hyphens, like '{suggestion}'",
        ),
        # -- types and expectations -----------------------------------------
        "t_str": ("tekst", "a string"),
        "t_int": ("een geheel getal", "an integer"),
        "t_float": ("een kommagetal", "a float"),
        "t_bool": ("true of false", "a boolean"),
        "t_date": ("een datum", "a date"),
        "t_time": ("een tijd", "a time"),
        "t_datetime": ("een datum met tijd", "a date with a time"),
        "t_array": ("een lijst", "an array"),
        "t_table": ("een tabel", "a table"),
        "t_other": ("een onbekend type", "an unknown type"),
        "exp_text": ("tekst tussen aanhalingstekens", "a text in quotes"),
        "exp_title": (
            'een titel, zoals "Rondetafel mbo 2/3 — Twente"',
            'a title, like "Rondetafel mbo 2/3 — Twente"',
        ),
        "exp_region": ('een regio, zoals "Twente"', 'a region, like "Twente"'),
        "exp_name": ('een naam, zoals "Ans Jansen"', 'a name, like "Ans Jansen"'),
        "exp_organisation": (
            'een organisatie, zoals "ROC van Twente"',
            'an organisation, like "ROC van Twente"',
        ),
        "exp_sector": (
            "een sector, een van: {known}",
            "a sector, one of: {known}",
        ),
        "exp_agenda_title": (
            'een titel voor het agendapunt, zoals "Stage- en bbl-plaatsen"',
            'a title for the agenda item, like "Stage- en bbl-plaatsen"',
        ),
        "exp_sector_key": (
            'een korte sleutel, zoals "onderwijs"',
            'a short key, like "onderwijs"',
        ),
        "exp_key": (
            'een sleutel van kleine letters, cijfers en streepjes, zoals "twente-2020-10"',
            'a key of lower-case letters, digits and hyphens, like "twente-2020-10"',
        ),
        "exp_bool": (
            "true of false (zonder aanhalingstekens)",
            "true or false (without quotes)",
        ),
        "exp_date": (
            'een datum, zoals "dinsdag 6 oktober 2020", "6 okt 2020" of 2020-10-06',
            'a date, like "dinsdag 6 oktober 2020", "October 6, 2020" or 2020-10-06',
        ),
        "exp_time": (
            'een tijd, zoals "14:00", "14.00 uur" of "2 pm"',
            'a time, like "14:00", "14.00 uur" or "2 pm"',
        ),
        "exp_minutes": (
            "een geheel aantal minuten groter dan 0, zoals 20",
            "a whole number of minutes greater than 0, like 20",
        ),
        "exp_speech_minutes": (
            "een aantal minuten groter dan 0, zoals 3 of 2.5",
            "a number of minutes greater than 0, like 3 or 2.5",
        ),
        "exp_tags": (
            'een lijst van woorden, zoals ["stage", "bbl", "llo"]',
            'a list of words, like ["stage", "bbl", "llo"]',
        ),
        "exp_tag": (
            "één woord van letters, cijfers en streepjes, zoals '{suggestion}'",
            "one word of letters, digits and hyphens, like '{suggestion}'",
        ),
        "exp_table": ("een tabel met sleutels", "a table of keys"),
        "exp_array_of_tables": (
            "een lijst van [[{name}]]-blokken",
            "a list of [[{name}]] blocks",
        ),
        "exp_agenda": (
            "ten minste één [[agenda]]-blok met title en minutes",
            "at least one [[agenda]] block with title and minutes",
        ),
        "exp_timezone": (
            'een tijdzone, zoals "Europe/Amsterdam"',
            'a time zone, like "Europe/Amsterdam"',
        ),
        "exp_language": ("een van: nl, en", "one of: nl, en"),
        # -- specific checks ------------------------------------------------
        "unknown_sector": (
            "onbekende sector '{value}'; verwacht een van: {known}",
            "unknown sector '{value}'; expected one of: {known}",
        ),
        "unknown_sector_suggest": (
            "onbekende sector '{value}' (misschien '{suggestion}'?); verwacht een van: {known}",
            "unknown sector '{value}' (did you mean '{suggestion}'?); expected one of: {known}",
        ),
        "minutes_not_positive": (
            "{value} minuten; verwacht een geheel aantal minuten groter dan 0, zoals 20",
            "{value} minutes; expected a whole number of minutes greater than 0, like 20",
        ),
        "minutes_not_whole": (
            "{value} is geen geheel aantal minuten; verwacht een geheel getal groter dan 0, "
            "zoals 20",
            "{value} is not a whole number of minutes; expected a whole number greater "
            "than 0, like 20",
        ),
        "minutes_too_many": (
            "{value} minuten is meer dan een dag; verwacht hoogstens {limit}",
            "{value} minutes is more than a day; expected at most {limit}",
        ),
        "speech_not_positive": (
            "{value} minuten; verwacht een aantal minuten groter dan 0, zoals 3 of 2.5",
            "{value} minutes; expected a number of minutes greater than 0, like 3 or 2.5",
        ),
        "duplicate_name": (
            "'{value}' staat al in de lijst als {other}; noem elke deelnemer één keer",
            "'{value}' is already listed as {other}; list each participant once",
        ),
        "duplicate_key": (
            "sleutel '{value}' wordt ook gebruikt door {other}; sleutels moeten uniek zijn",
            "key '{value}' is also used by {other}; keys must be unique",
        ),
        "duplicate_derived_key": (
            "'{value}' geeft dezelfde sleutel '{key}' als {other}; kies een andere "
            "titel of geef een eigen key",
            "'{value}' gives the same key '{key}' as {other}; choose another title or "
            "give it its own key",
        ),
        "where_line": ("{path} (regel {line})", "{path} (line {line})"),
        "bad_tag": (
            "'{value}' is geen geldige tag; verwacht {expected}",
            "'{value}' is not a valid tag; expected {expected}",
        ),
        "bad_date": (
            "kan '{value}' niet lezen als datum; verwacht {expected}",
            "cannot read '{value}' as a date; expected {expected}",
        ),
        "date_no_year": (
            "'{value}' heeft geen jaar; verwacht een volledige datum, zoals \"6 oktober 2020\"",
            "'{value}' has no year; expected a full date, like \"6 October 2020\"",
        ),
        "date_no_day": (
            "'{value}' heeft geen dag; verwacht een volledige datum, zoals \"6 oktober 2020\"",
            "'{value}' has no day; expected a full date, like \"6 October 2020\"",
        ),
        "date_year_range": (
            "jaar {year} ligt buiten het bereik; verwacht een jaar van {low} tot en met {high}",
            "year {year} is out of range; expected a year from {low} to {high}",
        ),
        "weekday_mismatch": (
            "'{value}': {date} is een {actual}, geen {given}",
            "'{value}': {date} is a {actual}, not a {given}",
        ),
        "time_twice": (
            "date bevat al een tijd ({time}) en start is ook gegeven; geef de begintijd één keer",
            "date includes a time ({time}) and start is given too; give the start time once",
        ),
        "bad_time": (
            "kan '{value}' niet lezen als tijd; verwacht {expected}",
            "cannot read '{value}' as a time; expected {expected}",
        ),
        "no_start": (
            'ontbreekt; verwacht een begintijd, zoals start = "14:00"',
            'missing; expected a start time, like start = "14:00"',
        ),
        "end_before_start": (
            "{end} ligt niet na de begintijd {start}; verwacht een eindtijd later dan het begin",
            "{end} is not after the start time {start}; expected an end time later than the start",
        ),
        "unknown_language": (
            "onbekende taal '{value}'; verwacht een van: nl, en",
            "unknown language '{value}'; expected one of: nl, en",
        ),
        "unknown_timezone": (
            "onbekende tijdzone '{value}'; verwacht {expected}",
            "unknown time zone '{value}'; expected {expected}",
        ),
        "duplicate_sector": (
            "sector '{value}' wordt ook gebruikt door {other}; sectorsleutels moeten uniek zijn",
            "sector '{value}' is also used by {other}; sector keys must be unique",
        ),
        "no_sectors": (
            "bevat geen sectoren; verwacht ten minste één [[sectors]]-blok, of laat "
            "sectors weg voor de standaardsectoren",
            "has no sectors; expected at least one [[sectors]] block, or leave sectors "
            "out for the default sectors",
        ),
        # -- weekday names (for weekday_mismatch) ----------------------------
        "wd0": ("maandag", "Monday"),
        "wd1": ("dinsdag", "Tuesday"),
        "wd2": ("woensdag", "Wednesday"),
        "wd3": ("donderdag", "Thursday"),
        "wd4": ("vrijdag", "Friday"),
        "wd5": ("zaterdag", "Saturday"),
        "wd6": ("zondag", "Sunday"),
    }
)

# ---------------------------------------------------------------------------
# Public values
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a session file."""

    file: str
    line: int | None
    key: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        if self.key:
            parts.append(self.key)
        parts.append(self.message)
        return _one_line(": ".join(parts))


class SessionFileError(Exception):
    """A session file could not be read; ``problems`` lists everything found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


_TRANSLIT = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "ø": "o",
        "Ø": "O",
        "œ": "oe",
        "Œ": "OE",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "þ": "th",
    }
)


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: ``"Café Zwolle" -> "cafe-zwolle"``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def load_session_file(path: str | Path, lang: str = "en") -> SessionPlan:
    """Read the session file at ``path``; raise :class:`SessionFileError` if anything is wrong."""
    lang = normalise_lang(lang)
    source = str(path)
    try:
        file_path = Path(path)
        data = file_path.read_bytes()
    except FileNotFoundError:
        raise SessionFileError(
            [Problem(source, None, None, MESSAGES(lang, "file_not_found"))]
        ) from None
    except IsADirectoryError:
        raise SessionFileError(
            [Problem(source, None, None, MESSAGES(lang, "is_directory"))]
        ) from None
    except (OSError, ValueError, TypeError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise SessionFileError(
            [Problem(source, None, None, MESSAGES(lang, "unreadable", detail=_show(detail)))]
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise SessionFileError(
            [Problem(source, line, None, MESSAGES(lang, "not_utf8", column=column))]
        ) from None
    return parse_session_text(text, source=source, lang=lang, default_slug=slugify(file_path.stem))


def parse_session_text(
    text: str,
    source: str = "<text>",
    lang: str = "en",
    default_slug: str | None = None,
) -> SessionPlan:
    """Read a session file's text; raise :class:`SessionFileError` if anything is wrong."""
    lang = normalise_lang(lang)
    try:
        return _Reader(text, source, lang).read(default_slug)
    except SessionFileError:
        raise
    except RecursionError:
        raise SessionFileError([Problem(source, None, None, MESSAGES(lang, "too_deep"))]) from None
    except Exception as exc:  # pragma: no cover - a bug; still keep the promise
        detail = _show(f"{type(exc).__name__}: {exc}")
        raise SessionFileError(
            [Problem(source, None, None, MESSAGES(lang, "internal", detail=detail))]
        ) from exc


# ---------------------------------------------------------------------------
# Keys
# ---------------------------------------------------------------------------

TOP_KEYS = (
    "slug",
    "title",
    "region",
    "date",
    "start",
    "end",
    "timezone",
    "location",
    "language",
    "chatham_house",
    "facilitator",
    "note_taker",
    "max_speech_minutes",
    "tags",
    "sectors",
    "participants",
    "agenda",
)
PARTICIPANT_KEYS = ("name", "organisation", "sector", "role", "key")
AGENDA_KEYS = ("title", "minutes", "question", "key")
SECTOR_KEYS = ("key", "nl", "en")

# Words organisers may type instead of the real key (Dutch, or US spelling).
_HINTS = {
    "titel": "title",
    "naam": "name",
    "regio": "region",
    "datum": "date",
    "dag": "date",
    "begin": "start",
    "aanvang": "start",
    "begintijd": "start",
    "starttijd": "start",
    "eind": "end",
    "einde": "end",
    "eindtijd": "end",
    "tijdzone": "timezone",
    "time_zone": "timezone",
    "tz": "timezone",
    "locatie": "location",
    "plaats": "location",
    "adres": "location",
    "taal": "language",
    "lang": "language",
    "chatham": "chatham_house",
    "gespreksleider": "facilitator",
    "voorzitter": "facilitator",
    "moderator": "facilitator",
    "notulist": "note_taker",
    "notetaker": "note_taker",
    "spreektijd": "max_speech_minutes",
    "deelnemers": "participants",
    "deelnemer": "participants",
    "sectoren": "sectors",
    "organisatie": "organisation",
    "organization": "organisation",
    "rol": "role",
    "functie": "role",
    "minuten": "minutes",
    "duur": "minutes",
    "vraag": "question",
    "sleutel": "key",
}

_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TAG_RE = re.compile(r"^[^\W_](?:[\w-]*[^\W_])?$")

PathPart = str | int
KeyPath = tuple[PathPart, ...]


def _format_path(path: KeyPath) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            name = part if re.fullmatch(r"[A-Za-z0-9_-]+", part) else f'"{_show(part)}"'
            out += f".{name}" if out else name
    return out


# ---------------------------------------------------------------------------
# Line numbers
# ---------------------------------------------------------------------------

_BARE = r"[A-Za-z0-9_-]+"
_QUOTED = r'"(?:[^"\\]|\\.)*"|\'[^\']*\''
_KEY = rf"(?:{_BARE}|{_QUOTED})"
_DOTTED = rf"{_KEY}(?:\s*\.\s*{_KEY})*"
_AOT_RE = re.compile(rf"^\s*\[\[\s*({_DOTTED})\s*\]\]")
_TABLE_RE = re.compile(rf"^\s*\[\s*({_DOTTED})\s*\]")
_ASSIGN_RE = re.compile(rf"^\s*({_DOTTED})\s*=(.*)$")
_KEY_PART_RE = re.compile(_KEY)


def _split_key(dotted: str) -> tuple[str, ...]:
    parts = []
    for match in _KEY_PART_RE.finditer(dotted):
        raw = match.group(0)
        if raw.startswith('"'):
            try:
                parts.append(tomllib.loads(f"x = {raw}")["x"])
            except tomllib.TOMLDecodeError:
                parts.append(raw[1:-1])
        elif raw.startswith("'"):
            parts.append(raw[1:-1])
        else:
            parts.append(raw)
    return tuple(parts)


def _index_lines(text: str) -> dict[KeyPath, int]:
    """Best-effort map of key paths to the line (1-based) where they are defined."""
    lines: dict[KeyPath, int] = {}
    counts: dict[tuple[str, ...], int] = {}
    table: KeyPath = ()
    open_string: str | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        if open_string is not None:
            if line.count(open_string) % 2 == 1:
                open_string = None
            continue
        value = ""
        if match := _AOT_RE.match(line):
            name = _split_key(match.group(1))
            index = counts.get(name, -1) + 1
            counts[name] = index
            for size in range(1, len(name) + 1):
                lines.setdefault(name[:size], number)
            table = (*name, index)
            lines.setdefault(table, number)
        elif match := _TABLE_RE.match(line):
            table = _split_key(match.group(1))
            for size in range(1, len(table) + 1):
                lines.setdefault(table[:size], number)
        elif match := _ASSIGN_RE.match(line):
            parts = _split_key(match.group(1))
            for size in range(1, len(parts) + 1):
                lines.setdefault((*table, *parts[:size]), number)
            value = match.group(2)
        for quote in ('"""', "'''"):
            if value.count(quote) % 2 == 1:
                open_string = quote
                break
    return lines


# ---------------------------------------------------------------------------
# Dates and times
# ---------------------------------------------------------------------------


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


_DATE_INFO = DutchEnglishParserInfo()
_DEFAULT_A = datetime(1904, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(1908, 2, 2, 1, 1, 1)
# "14.00", "14u30", "9h15" inside a date text (not "6.10.2020").
_TIME_IN_DATE_RE = re.compile(r"(?<![\d.])(\d{1,2})\s*[.uh]\s*(\d{2})(?![\d.])", re.IGNORECASE)
_UUR_RE = re.compile(r"\buur\b", re.IGNORECASE)
_TIME_RE = re.compile(
    r"^(?P<h>\d{1,2})"
    r"(?:\s*[:.hu]\s*(?P<m>\d{2})(?:\s*:\s*(?P<s>\d{2}))?)?"
    r"\s*(?:(?P<ampm>[ap])\.?\s*m\.?|uur|u|h)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _DateResult:
    day: date | None = None
    at: time | None = None
    error: str | None = None
    values: tuple[tuple[str, object], ...] = ()


def _parse_date_text(text: str) -> _DateResult:
    value = " ".join(text.split())
    if re.match(r"^\d{4}-?\d{2}-?\d{2}$", value):
        try:
            return _DateResult(day=date.fromisoformat(value))
        except ValueError:
            return _DateResult(error="bad_date")
    if re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d", value):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return _DateResult(day=moment.date(), at=moment.time().replace(tzinfo=None))
    cleaned = _TIME_IN_DATE_RE.sub(r"\1:\2", value)
    cleaned = _UUR_RE.sub(" ", cleaned)
    yearfirst = bool(
        re.match(r"^\d{4}\b", cleaned)
        or re.search(r"(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)", cleaned)
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            first = dateparser.parse(
                cleaned,
                parserinfo=_DATE_INFO,
                default=_DEFAULT_A,
                dayfirst=not yearfirst,
                yearfirst=yearfirst,
            )
            second = dateparser.parse(
                cleaned,
                parserinfo=_DATE_INFO,
                default=_DEFAULT_B,
                dayfirst=not yearfirst,
                yearfirst=yearfirst,
            )
    except Exception:  # dateutil raises ValueError, OverflowError and more
        return _DateResult(error="bad_date")
    if first.year != second.year:
        return _DateResult(error="date_no_year")
    if (first.month, first.day) != (second.month, second.day):
        return _DateResult(error="date_no_day")
    at = None
    if first.hour == second.hour:
        minute = first.minute if first.minute == second.minute else 0
        at = time(first.hour, minute)
    day = first.date()
    for word in re.findall(r"[^\W\d_]+", cleaned):
        weekday = _DATE_INFO.weekday(word)
        if weekday is not None:
            if weekday != day.weekday():
                return _DateResult(
                    error="weekday_mismatch",
                    values=(("given", weekday), ("actual", day.weekday()), ("date", day)),
                )
            break
    return _DateResult(day=day, at=at)


def _parse_time_text(text: str) -> time | None:
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


def _local_timezone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def _load_zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name)
    except Exception:
        return None


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------


def _one_line(text: str) -> str:
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in text)


def _show(value: object, limit: int = 60) -> str:
    text = _one_line(str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clean(text: str) -> str:
    """Collapse whitespace and drop control characters."""
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch.isspace())
    return " ".join(text.split())


def _norm_label(text: str) -> str:
    """Compare sector names loosely: case, accents, spaces and hyphens do not matter."""
    return slugify(text)


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "t_bool"
    if isinstance(value, int):
        return "t_int"
    if isinstance(value, float):
        return "t_float"
    if isinstance(value, str):
        return "t_str"
    if isinstance(value, datetime):
        return "t_datetime"
    if isinstance(value, date):
        return "t_date"
    if isinstance(value, time):
        return "t_time"
    if isinstance(value, list):
        return "t_array"
    if isinstance(value, dict):
        return "t_table"
    return "t_other"


def _toml_repr(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


# ---------------------------------------------------------------------------
# The reader
# ---------------------------------------------------------------------------


class _Reader:
    def __init__(self, text: str, source: str, lang: str) -> None:
        self.text = text[1:] if text.startswith("\ufeff") else text
        self.source = source
        self.lang = lang
        self.problems: list[Problem] = []
        self.lines: dict[KeyPath, int] = {}

    # -- reporting -----------------------------------------------------------

    def t(self, msg: str, /, **values: object) -> str:
        return MESSAGES(self.lang, msg, **values)

    def line_of(self, path: KeyPath) -> int | None:
        for size in range(len(path), 0, -1):
            line = self.lines.get(path[:size])
            if line is not None:
                return line
        return None

    def add(self, path: KeyPath, msg: str, /, **values: object) -> None:
        self.problems.append(
            Problem(
                self.source,
                self.line_of(path),
                _format_path(path) or None,
                self.t(msg, **values),
            )
        )

    def where(self, path: KeyPath) -> str:
        line = self.line_of(path)
        if line is None:
            return _format_path(path)
        return self.t("where_line", path=_format_path(path), line=line)

    def got(self, value: object) -> str:
        kind = self.t(_kind(value))
        if isinstance(value, list | dict):
            return kind
        return f"{kind} ({_show(_toml_repr(value))})"

    def wrong_type(self, path: KeyPath, expected: str, value: object) -> None:
        self.add(path, "wrong_type", expected=expected, got=self.got(value))

    # -- typed getters -------------------------------------------------------

    def check_keys(self, table: Mapping[str, object], known: Sequence[str], path: KeyPath) -> None:
        for key in table:
            if key in known:
                continue
            lowered = key.lower()
            suggestion = None
            if lowered in known:
                suggestion = lowered
            elif lowered in _HINTS and _HINTS[lowered] in known:
                suggestion = _HINTS[lowered]
            else:
                close = difflib.get_close_matches(lowered, known, n=1, cutoff=0.6)
                suggestion = close[0] if close else None
            if suggestion:
                self.add((*path, key), "unknown_key_suggest", key=_show(key), suggestion=suggestion)
            else:
                self.add((*path, key), "unknown_key", key=_show(key), known=", ".join(known))

    def text_value(
        self,
        table: Mapping[str, object],
        key: str,
        path: KeyPath,
        expected: str = "exp_text",
        *,
        required: bool = False,
        **values: object,
    ) -> str | None:
        """A string value (whitespace collapsed), or None if absent or wrong."""
        here = (*path, key)
        wanted = self.t(expected, **values)
        if key not in table:
            if required:
                self.add(here, "missing", expected=wanted)
            return None
        value = table[key]
        if not isinstance(value, str):
            self.wrong_type(here, wanted, value)
            return None
        cleaned = _clean(value)
        if required and not cleaned:
            self.add(here, "empty", expected=wanted)
            return None
        return cleaned

    def slug_value(self, table: Mapping[str, object], key: str, path: KeyPath) -> str | None:
        value = self.text_value(table, key, path, "exp_key")
        if value is None:
            return None
        if not _SLUG_RE.match(value):
            suggestion = slugify(value) or "ronde-1"
            self.add((*path, key), "bad_slug", value=_show(value), suggestion=suggestion)
            return None
        return value

    def table_list(
        self, data: Mapping[str, object], key: str
    ) -> list[tuple[int, dict[str, Any]]] | None:
        """The entries of ``[[key]]``: (index, table) for each entry that is a table."""
        if key not in data:
            return None
        value = data[key]
        expected = self.t("exp_array_of_tables", name=key)
        if not isinstance(value, list):
            self.wrong_type((key,), expected, value)
            return None
        entries = []
        for index, entry in enumerate(value):
            if isinstance(entry, dict):
                entries.append((index, entry))
            else:
                self.wrong_type((key, index), self.t("exp_table"), entry)
        return entries

    # -- reading -------------------------------------------------------------

    def fail_if_problems(self) -> None:
        if self.problems:
            ordered = sorted(self.problems, key=lambda p: p.line or 0)
            raise SessionFileError(ordered)

    def load_toml(self) -> dict[str, Any]:
        try:
            return tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as exc:
            message = str(exc)
            all_lines = self.text.split("\n")
            match = re.search(r"\s*\(at line (\d+), column (\d+)\)\s*$", message)
            line: int | None
            if match:
                line = int(match.group(1))
                detail = message[: match.start()]
                text = self.t("bad_toml_at", column=int(match.group(2)), detail=detail)
            else:
                line = len(all_lines) if "end of document" in message else None
                detail = re.sub(r"\s*\(at end of document\)\s*$", "", message)
                text = self.t("bad_toml", detail=detail)
            if line is not None and 0 < line <= len(all_lines):
                if any(q in all_lines[line - 1] for q in "“”„"):
                    text += self.t("smart_quotes")
            raise SessionFileError([Problem(self.source, line, None, text)]) from None

    def read(self, default_slug: str | None) -> SessionPlan:
        data = self.load_toml()
        self.lines = _index_lines(self.text)
        self.check_keys(data, TOP_KEYS, ())

        title = self.text_value(data, "title", (), "exp_title", required=True)
        region = self.text_value(data, "region", (), "exp_region", required=True)
        location = self.text_value(data, "location", ()) or ""
        facilitator = self.text_value(data, "facilitator", ()) or ""
        note_taker = self.text_value(data, "note_taker", ()) or ""
        slug = self.slug_value(data, "slug", ())
        language = self.read_language(data)
        chatham_house = self.read_bool(data, "chatham_house")
        max_speech = self.read_speech_minutes(data)
        tags = self.read_tags(data)
        starts_at, ends_at = self.read_times(data)
        sectors, sectors_ok = self.read_sectors(data)
        participants = self.read_participants(data, sectors, sectors_ok)
        agenda = self.read_agenda(data)

        self.fail_if_problems()
        assert title is not None and region is not None and starts_at is not None
        if slug is None:
            slug = (default_slug if default_slug and _SLUG_RE.match(default_slug) else None) or (
                slugify(title) or "session"
            )
        return SessionPlan(
            slug=slug,
            title=title,
            region=region,
            starts_at=starts_at,
            location=location,
            language=language,
            chatham_house=chatham_house,
            facilitator=facilitator,
            note_taker=note_taker,
            ends_at=ends_at,
            max_speech_minutes=max_speech,
            participants=participants,
            agenda=agenda,
            sectors=sectors,
            tags=tags,
        )

    def read_language(self, data: Mapping[str, object]) -> str:
        value = self.text_value(data, "language", (), "exp_language")
        if value is None:
            return "nl"
        aliases = {
            "nl": "nl",
            "nederlands": "nl",
            "dutch": "nl",
            "en": "en",
            "engels": "en",
            "english": "en",
        }
        language = aliases.get(value.lower())
        if language is None:
            self.add(("language",), "unknown_language", value=_show(value))
            return "nl"
        return language

    def read_bool(self, data: Mapping[str, object], key: str) -> bool:
        if key not in data:
            return False
        value = data[key]
        if not isinstance(value, bool):
            self.wrong_type((key,), self.t("exp_bool"), value)
            return False
        return value

    def read_speech_minutes(self, data: Mapping[str, object]) -> float | None:
        key = "max_speech_minutes"
        if key not in data:
            return None
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.wrong_type((key,), self.t("exp_speech_minutes"), value)
            return None
        if not math.isfinite(value) or value <= 0:
            self.add((key,), "speech_not_positive", value=_show(value))
            return None
        if value > MAX_AGENDA_MINUTES:
            self.add((key,), "minutes_too_many", value=value, limit=MAX_AGENDA_MINUTES)
            return None
        return value

    def read_tags(self, data: Mapping[str, object]) -> tuple[str, ...]:
        if "tags" not in data:
            return ()
        value = data["tags"]
        if not isinstance(value, list):
            self.wrong_type(("tags",), self.t("exp_tags"), value)
            return ()
        tags: list[str] = []
        for index, tag in enumerate(value):
            if not isinstance(tag, str):
                self.wrong_type(("tags", index), self.t("exp_tags"), tag)
                continue
            cleaned = _clean(tag).lower().lstrip("#")
            if not _TAG_RE.match(cleaned):
                expected = self.t("exp_tag", suggestion=slugify(tag) or "llo")
                self.add(("tags", index), "bad_tag", value=_show(tag), expected=expected)
                continue
            if cleaned not in tags:
                tags.append(cleaned)
        return tuple(tags)

    # -- date and time -------------------------------------------------------

    def read_zone(self, data: Mapping[str, object]) -> tzinfo | None:
        name = self.text_value(data, "timezone", (), "exp_timezone")
        if "timezone" in data and name is None:
            return None
        if name is None:
            return _load_zone(DEFAULT_TIMEZONE) or _local_timezone()
        zone = _load_zone(name)
        if zone is not None:
            return zone
        if _load_zone(DEFAULT_TIMEZONE) is None and _load_zone("UTC") is None:
            return _local_timezone()  # no time zone data on this machine at all
        self.add(
            ("timezone",),
            "unknown_timezone",
            value=_show(name),
            expected=self.t("exp_timezone"),
        )
        return None

    def read_date(
        self, data: Mapping[str, object], zone: tzinfo | None
    ) -> tuple[date | None, time | None, bool]:
        """The day, a time given with it (if any), and whether ``date`` was usable."""
        if "date" not in data:
            self.add(("date",), "missing", expected=self.t("exp_date"))
            return None, None, False
        value = data["date"]
        day: date | None
        at: time | None = None
        if isinstance(value, datetime):
            if value.tzinfo is not None and zone is not None:
                try:
                    value = value.astimezone(zone)
                except (OverflowError, ValueError):
                    self.add(("date",), "bad_date", value=_show(value), expected=self.t("exp_date"))
                    return None, None, False
            day, at = value.date(), value.time().replace(tzinfo=None)
        elif isinstance(value, date):
            day = value
        elif isinstance(value, str):
            result = _parse_date_text(value)
            if result.error is not None:
                extra = {name: self._describe(item) for name, item in result.values}
                self.add(
                    ("date",),
                    result.error,
                    value=_show(_clean(value)),
                    expected=self.t("exp_date"),
                    **extra,
                )
                return None, None, False
            day, at = result.day, result.at
        else:
            self.wrong_type(("date",), self.t("exp_date"), value)
            return None, None, False
        if day is not None and not MIN_YEAR <= day.year <= MAX_YEAR:
            self.add(("date",), "date_year_range", year=day.year, low=MIN_YEAR, high=MAX_YEAR)
            return None, None, False
        return day, at, True

    def _describe(self, item: object) -> str:
        if isinstance(item, int):
            return self.t(f"wd{item}")
        if isinstance(item, date):
            return item.isoformat()
        return _show(item)

    def read_time(self, data: Mapping[str, object], key: str) -> tuple[time | None, bool]:
        if key not in data:
            return None, True
        value = data[key]
        if isinstance(value, time):
            return value.replace(tzinfo=None), True
        if not isinstance(value, str):
            self.wrong_type((key,), self.t("exp_time"), value)
            return None, False
        parsed = _parse_time_text(value)
        if parsed is None:
            self.add((key,), "bad_time", value=_show(_clean(value)), expected=self.t("exp_time"))
            return None, False
        return parsed, True

    def read_times(self, data: Mapping[str, object]) -> tuple[datetime | None, datetime | None]:
        zone = self.read_zone(data)
        day, date_time, date_ok = self.read_date(data, zone)
        start, start_ok = self.read_time(data, "start")
        end, end_ok = self.read_time(data, "end")
        if date_time is not None and start is not None:
            self.add(("start",), "time_twice", time=date_time.strftime("%H:%M"))
            return None, None
        start = start or date_time
        if start is None and start_ok and date_ok:
            self.add(("start",), "no_start")
        if end is not None and start is not None and end <= start:
            self.add(
                ("end",),
                "end_before_start",
                end=end.strftime("%H:%M"),
                start=start.strftime("%H:%M"),
            )
            return None, None
        if zone is None or day is None or start is None:
            return None, None
        starts_at = datetime.combine(day, start, tzinfo=zone)
        ends_at = datetime.combine(day, end, tzinfo=zone) if end is not None else None
        return starts_at, (ends_at if end_ok else None)

    # -- sectors, participants, agenda ---------------------------------------

    def read_sectors(self, data: Mapping[str, object]) -> tuple[tuple[Sector, ...], bool]:
        entries = self.table_list(data, "sectors")
        if entries is None:
            return DEFAULT_SECTORS, "sectors" not in data
        before = len(self.problems)
        sectors: list[Sector] = []
        seen: dict[str, KeyPath] = {}
        for index, entry in entries:
            path: KeyPath = ("sectors", index)
            self.check_keys(entry, SECTOR_KEYS, path)
            key = self.text_value(entry, "key", path, "exp_sector_key", required=True)
            nl = self.text_value(entry, "nl", path)
            en = self.text_value(entry, "en", path)
            if key is None:
                continue
            key = key.lower()
            if not _SLUG_RE.match(key):
                suggestion = slugify(key) or "sector"
                self.add((*path, "key"), "bad_slug", value=_show(key), suggestion=suggestion)
                continue
            if key in seen:
                self.add((*path, "key"), "duplicate_sector", value=key, other=self.where(seen[key]))
                continue
            seen[key] = path
            nl_label = nl or key
            sectors.append(Sector(key, nl_label, en or nl_label))
        if not sectors and len(self.problems) == before:
            self.add(("sectors",), "no_sectors")
        return tuple(sectors) or DEFAULT_SECTORS, len(self.problems) == before

    def read_participants(
        self, data: Mapping[str, object], sectors: Sequence[Sector], sectors_ok: bool
    ) -> tuple[ParticipantPlan, ...]:
        entries = self.table_list(data, "participants") or []
        lookup: dict[str, str] = {}
        for sector in sectors:
            for label in (sector.en, sector.nl):
                lookup.setdefault(_norm_label(label), sector.key)
        for sector in sectors:
            lookup[_norm_label(sector.key)] = sector.key
        known = ", ".join(s.key for s in sectors)
        participants: list[ParticipantPlan] = []
        names: dict[str, KeyPath] = {}
        keys: dict[str, KeyPath] = {}
        for index, entry in entries:
            path: KeyPath = ("participants", index)
            self.check_keys(entry, PARTICIPANT_KEYS, path)
            name = self.text_value(entry, "name", path, "exp_name", required=True)
            organisation = self.text_value(
                entry, "organisation", path, "exp_organisation", required=True
            )
            role = self.text_value(entry, "role", path) or ""
            explicit_key = self.slug_value(entry, "key", path)
            sector_text = self.text_value(
                entry, "sector", path, "exp_sector", required=True, known=known
            )
            sector_key = None
            if sector_text is not None:
                sector_key = lookup.get(_norm_label(sector_text))
                if sector_key is None and sectors_ok:
                    self.unknown_sector((*path, "sector"), sector_text, sectors)
            if name is None:
                continue
            name_id = name.casefold()
            if name_id in names:
                self.add(
                    (*path, "name"),
                    "duplicate_name",
                    value=_show(name),
                    other=self.where(names[name_id]),
                )
                continue
            names[name_id] = path
            key = explicit_key or slugify(name) or f"deelnemer-{index + 1}"
            if "key" in entry and explicit_key is None:
                continue
            if key in keys:
                self.add(
                    (*path, "key" if explicit_key else "name"),
                    "duplicate_key" if explicit_key else "duplicate_derived_key",
                    value=_show(key if explicit_key else name),
                    key=key,
                    other=self.where(keys[key]),
                )
                continue
            keys[key] = path
            if organisation is not None and sector_key is not None:
                participants.append(ParticipantPlan(key, name, organisation, sector_key, role))
        return tuple(participants)

    def unknown_sector(self, path: KeyPath, value: str, sectors: Sequence[Sector]) -> None:
        known = ", ".join(s.key for s in sectors)
        choices: dict[str, str] = {}
        for sector in sectors:
            for label in (sector.key, sector.nl, sector.en):
                choices.setdefault(_norm_label(label), sector.key)
        close = difflib.get_close_matches(_norm_label(value), list(choices), n=1, cutoff=0.7)
        if close:
            self.add(
                path,
                "unknown_sector_suggest",
                value=_show(value),
                suggestion=choices[close[0]],
                known=known,
            )
        else:
            self.add(path, "unknown_sector", value=_show(value), known=known)

    def read_minutes(self, entry: Mapping[str, object], path: KeyPath) -> int | None:
        here = (*path, "minutes")
        if "minutes" not in entry:
            self.add(here, "missing", expected=self.t("exp_minutes"))
            return None
        value = entry["minutes"]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.wrong_type(here, self.t("exp_minutes"), value)
            return None
        if isinstance(value, float):
            if not value.is_integer():
                self.add(here, "minutes_not_whole", value=_show(value))
                return None
            value = int(value)
        if value <= 0:
            self.add(here, "minutes_not_positive", value=value)
            return None
        if value > MAX_AGENDA_MINUTES:
            self.add(here, "minutes_too_many", value=value, limit=MAX_AGENDA_MINUTES)
            return None
        return value

    def read_agenda(self, data: Mapping[str, object]) -> tuple[AgendaItemPlan, ...]:
        entries = self.table_list(data, "agenda")
        if entries is None:
            if "agenda" not in data:
                self.add(("agenda",), "missing", expected=self.t("exp_agenda"))
            return ()
        if not data["agenda"]:
            self.add(("agenda",), "empty", expected=self.t("exp_agenda"))
            return ()
        items: list[AgendaItemPlan] = []
        keys: dict[str, KeyPath] = {}
        for index, entry in entries:
            path: KeyPath = ("agenda", index)
            self.check_keys(entry, AGENDA_KEYS, path)
            title = self.text_value(entry, "title", path, "exp_agenda_title", required=True)
            minutes = self.read_minutes(entry, path)
            question = self.text_value(entry, "question", path) or ""
            explicit_key = self.slug_value(entry, "key", path)
            if title is None or ("key" in entry and explicit_key is None):
                continue
            key = explicit_key or slugify(title) or f"punt-{index + 1}"
            if key in keys:
                self.add(
                    (*path, "key" if explicit_key else "title"),
                    "duplicate_key" if explicit_key else "duplicate_derived_key",
                    value=_show(key if explicit_key else title),
                    key=key,
                    other=self.where(keys[key]),
                )
                continue
            keys[key] = path
            if minutes is not None:
                items.append(AgendaItemPlan(key, title, minutes, question))
        return tuple(items)
