"""Tests for reading session files (facilitator.sessionfile)."""

from __future__ import annotations

import math
import os
import string
import threading
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from facilitator.domain.plan import DEFAULT_SECTORS, SessionPlan
from facilitator.sessionfile import (
    AGENDA_KEYS,
    MESSAGES,
    PARTICIPANT_KEYS,
    SECTOR_KEYS,
    TOP_KEYS,
    Problem,
    SessionFileError,
    load_session_file,
    parse_session_text,
    slugify,
)

SAMPLES = Path(__file__).resolve().parents[2] / "sample_sessions"
SAMPLE_FILES = sorted(SAMPLES.glob("*.toml"))

HEADER = """\
title = "Rondetafel"
region = "Twente"
date = "dinsdag 6 oktober 2020"
start = "14:00"
"""

AGENDA = """
[[agenda]]
title = "Opening"
minutes = 10
"""

VALID = HEADER + AGENDA


def problems_of(text: str, lang: str = "en", source: str = "test.toml") -> list[Problem]:
    with pytest.raises(SessionFileError) as info:
        parse_session_text(text, source=source, lang=lang)
    assert info.value.problems, "a SessionFileError must carry at least one problem"
    return info.value.problems


def lines_of(text: str, lang: str = "en") -> list[str]:
    return [str(p) for p in problems_of(text, lang)]


def one_problem(text: str, key: str, lang: str = "en") -> Problem:
    found = [p for p in problems_of(text, lang) if p.key == key]
    assert len(found) == 1, [str(p) for p in problems_of(text, lang)]
    return found[0]


def line_number(text: str, needle: str, occurrence: int = 1) -> int:
    """The 1-based line of the n-th line containing ``needle``."""
    seen = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not in text")


# ---------------------------------------------------------------------------
# Sample sessions
# ---------------------------------------------------------------------------


def test_there_are_four_samples() -> None:
    names = {path.name for path in SAMPLE_FILES}
    assert names == {
        "twente.toml",
        "regio-zwolle.toml",
        "stedendriehoek.toml",
        "overijssel-wrap-up.toml",
    }


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_session_is_valid(path: Path) -> None:
    plan = load_session_file(path, lang="nl")
    assert isinstance(plan, SessionPlan)
    assert 8 <= len(plan.participants) <= 14
    assert 5 <= len(plan.agenda) <= 8
    assert 90 <= plan.planned_minutes <= 120
    sector_keys = {s.key for s in plan.sectors}
    assert all(p.sector in sector_keys for p in plan.participants)
    assert all(item.question for item in plan.agenda)
    assert plan.language == "nl"
    assert plan.starts_at.tzinfo is not None and plan.starts_at.utcoffset() is not None
    assert plan.starts_at.year == 2020 and plan.starts_at.month in (10, 11)
    assert 12 <= plan.starts_at.hour <= 15  # an afternoon
    assert plan.ends_at is not None and plan.ends_at > plan.starts_at
    assert plan.ends_at - plan.starts_at >= timedelta(minutes=plan.planned_minutes)
    assert len({p.key for p in plan.participants}) == len(plan.participants)
    assert {"stage", "bbl", "llo"} <= set(plan.tags)
    # participants from at least five of the six groups at the table
    assert len({p.sector for p in plan.participants}) >= 5


def test_samples_cover_the_regions_and_dates() -> None:
    plans = {p.name: load_session_file(p) for p in SAMPLE_FILES}
    regional = [plans[n] for n in ("twente.toml", "regio-zwolle.toml", "stedendriehoek.toml")]
    days = [p.starts_at.date() for p in regional]
    assert len(set(days)) == 3
    assert all(date(2020, 10, 1) <= d <= date(2020, 10, 16) for d in days)
    wrap_up = plans["overijssel-wrap-up.toml"]
    assert wrap_up.starts_at.date() > max(days)
    assert "Zwolle" in wrap_up.location
    assert any(p.chatham_house for p in plans.values())
    assert len({p.slug for p in plans.values()}) == 4


def test_twente_sample_details() -> None:
    plan = load_session_file(SAMPLES / "twente.toml")
    assert plan.slug == "twente-2020-10"
    assert plan.starts_at == datetime(2020, 10, 6, 14, 0, tzinfo=plan.starts_at.tzinfo)
    assert plan.starts_at.utcoffset() == timedelta(hours=2)  # CEST
    assert plan.max_speech_minutes == 3
    # multi-line questions are joined into one line
    assert "\n" not in plan.agenda[1].question
    assert plan.agenda[1].question.startswith("Welke groepen")
    # accents are stripped from default keys
    assert "fatma-yildiz" in {p.key for p in plan.participants}


# ---------------------------------------------------------------------------
# Basics
# ---------------------------------------------------------------------------


def test_minimal_file() -> None:
    plan = parse_session_text(VALID)
    assert plan.title == "Rondetafel"
    assert plan.slug == "rondetafel"
    assert plan.region == "Twente"
    assert plan.language == "nl"
    assert plan.chatham_house is False
    assert plan.sectors == DEFAULT_SECTORS
    assert plan.participants == ()
    assert plan.agenda[0].key == "opening"
    assert plan.ends_at is None
    assert plan.max_speech_minutes is None
    assert str(plan.starts_at.tzinfo) == "Europe/Amsterdam"


def test_default_slug_from_argument_and_file(tmp_path: Path) -> None:
    assert parse_session_text(VALID, default_slug="deventer-1").slug == "deventer-1"
    path = tmp_path / "Ronde Tafel Enschede.toml"
    path.write_text(VALID, encoding="utf-8")
    assert load_session_file(path).slug == "ronde-tafel-enschede"
    assert parse_session_text('slug = "eigen"\n' + VALID, default_slug="x").slug == "eigen"


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode())
    assert load_session_file(path).title == "Rondetafel"
    assert parse_session_text("\ufeff" + VALID).title == "Rondetafel"


def test_strings_are_tidied() -> None:
    text = VALID.replace('title = "Rondetafel"', 'title = """\n  Ronde\n   tafel  """')
    assert parse_session_text(text).title == "Ronde tafel"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Regio Zwolle", "regio-zwolle"),
        ("Rondetafel mbo 2/3 — Twente", "rondetafel-mbo-2-3-twente"),
        ("Gülşen Arslan", "gulsen-arslan"),
        ("Fatma Yıldız", "fatma-yildiz"),
        ("  Café  Zwolle!! ", "cafe-zwolle"),
        ("Straße", "strasse"),
        ("---", ""),
        ("李", ""),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_participants_and_sector_labels() -> None:
    text = (
        VALID
        + """
[[participants]]
name = "Ans Jansen"
organisation = "ROC van Twente"
sector = "Education"
role = "docent"

[[participants]]
name = "Sevda Koç"
organisation = "UWV"
sector = "uwv"

[[participants]]
name = "Kees Jansen"
organisation = "FNV"
sector = "Maatschappelijke organisatie"
key = "kees"

[[participants]]
name = "Noor Bakker"
organisation = "Gemeente Almelo"
sector = "GEMEENTE"
"""
    )
    plan = parse_session_text(text)
    assert [(p.key, p.sector) for p in plan.participants] == [
        ("ans-jansen", "onderwijs"),
        ("sevda-koc", "uwv"),
        ("kees", "maatschappelijk"),
        ("noor-bakker", "gemeente"),
    ]
    assert plan.participants[0].role == "docent"
    assert plan.participants[1].role == ""


def test_custom_sectors() -> None:
    text = (
        VALID
        + """
[[sectors]]
key = "school"
nl = "school"
en = "school"

[[sectors]]
key = "werkgever"
nl = "werkgevers"
en = "employers"

[[participants]]
name = "Ans Jansen"
organisation = "Deltion College"
sector = "School"

[[participants]]
name = "Piet de Boer"
organisation = "Bouwbedrijf"
sector = "employers"
"""
    )
    plan = parse_session_text(text)
    assert [s.key for s in plan.sectors] == ["school", "werkgever"]
    assert [p.sector for p in plan.participants] == ["school", "werkgever"]


def test_optional_keys() -> None:
    text = (
        'language = "en"\nchatham_house = true\nfacilitator = "Mila de Wit"\n'
        'note_taker = "Omar Haddou"\nmax_speech_minutes = 2.5\nlocation = "Zwolle"\n'
        'end = "16:00"\ntags = ["Stage", "#bbl", "llo", "stage"]\n' + VALID
    )
    plan = parse_session_text(text)
    assert plan.language == "en"
    assert plan.chatham_house is True
    assert plan.facilitator == "Mila de Wit"
    assert plan.note_taker == "Omar Haddou"
    assert plan.max_speech_minutes == 2.5
    assert plan.location == "Zwolle"
    assert plan.ends_at is not None and plan.ends_at.hour == 16
    assert plan.tags == ("stage", "bbl", "llo")


def test_whole_float_minutes_are_accepted() -> None:
    plan = parse_session_text(VALID.replace("minutes = 10", "minutes = 10.0"))
    assert plan.agenda[0].minutes == 10
    assert isinstance(plan.agenda[0].minutes, int)


def test_participants_as_inline_tables() -> None:
    text = VALID.replace(
        'start = "14:00"\n',
        'start = "14:00"\nparticipants = [\n'
        '  { name = "Ans Jansen", organisation = "UWV", sector = "uwv" },\n]\n',
    )
    assert parse_session_text(text).participants[0].organisation == "UWV"


# ---------------------------------------------------------------------------
# Dates and times
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        '"dinsdag 6 oktober 2020"',
        '"Dinsdag 6 Oktober 2020"',
        '"di 6 okt 2020"',
        '"6 okt. 2020"',
        '"6 okt 2020"',
        '"6 oktober 2020"',
        '"October 6, 2020"',
        '"Tuesday, October 6, 2020"',
        '"6 October 2020"',
        '"6 Oct 2020"',
        '"2020-10-06"',
        '"6-10-2020"',
        '"06/10/2020"',
        '"6.10.2020"',
        '"di 2020-10-06"',
        '"Tue 6 Oct 2020"',
        "2020-10-06",
    ],
)
def test_date_forms(value: str) -> None:
    plan = parse_session_text(HEADER.replace('"dinsdag 6 oktober 2020"', value) + AGENDA)
    assert plan.starts_at.date() == date(2020, 10, 6)
    assert plan.starts_at.time() == time(14, 0)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3 mrt 2021", date(2021, 3, 3)),
        ("3 maart 2021", date(2021, 3, 3)),
        ("12 mei 2021", date(2021, 5, 12)),
        ("1 juni 2021", date(2021, 6, 1)),
        ("1 juli 2021", date(2021, 7, 1)),
        ("17 sept 2020", date(2020, 9, 17)),
        ("17 sep 2020", date(2020, 9, 17)),
        ("zo 1 nov 2020", date(2020, 11, 1)),
        ("woensdag 14 oktober 2020", date(2020, 10, 14)),
        ("vr 16 okt 2020", date(2020, 10, 16)),
        ("donderdag 12 november 2020", date(2020, 11, 12)),
        ("za 10 okt 2020", date(2020, 10, 10)),
        ("ma 5 okt 2020", date(2020, 10, 5)),
    ],
)
def test_dutch_month_and_weekday_names(value: str, expected: date) -> None:
    plan = parse_session_text(HEADER.replace("dinsdag 6 oktober 2020", value) + AGENDA)
    assert plan.starts_at.date() == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('"14:00"', time(14, 0)),
        ('"14.00"', time(14, 0)),
        ('"14.00 uur"', time(14, 0)),
        ('"14 uur"', time(14, 0)),
        ('"14u30"', time(14, 30)),
        ('"9.15"', time(9, 15)),
        ('"2 pm"', time(14, 0)),
        ('"2:30 p.m."', time(14, 30)),
        ('"12 am"', time(0, 0)),
        ('"12 pm"', time(12, 0)),
        ("14:00:00", time(14, 0)),
        ("13:45:00", time(13, 45)),
    ],
)
def test_time_forms(value: str, expected: time) -> None:
    plan = parse_session_text(HEADER.replace('"14:00"', value) + AGENDA)
    assert plan.starts_at.time() == expected


def test_time_inside_date() -> None:
    text = HEADER.replace('start = "14:00"\n', "").replace(
        "dinsdag 6 oktober 2020", "dinsdag 6 oktober 2020 om 14.30 uur"
    )
    plan = parse_session_text(text + AGENDA)
    assert plan.starts_at == datetime(2020, 10, 6, 14, 30, tzinfo=plan.starts_at.tzinfo)
    native = HEADER.replace('start = "14:00"\n', "").replace(
        '"dinsdag 6 oktober 2020"', "2020-10-06T12:00:00Z"
    )
    plan = parse_session_text(native + AGENDA)
    assert plan.starts_at.hour == 14  # noon UTC is 14:00 in Amsterdam in October
    assert plan.starts_at == datetime(2020, 10, 6, 12, 0, tzinfo=UTC)


def test_time_zone() -> None:
    plan = parse_session_text('timezone = "UTC"\n' + VALID)
    assert plan.starts_at.utcoffset() == timedelta(0)
    winter = parse_session_text(VALID.replace("dinsdag 6 oktober 2020", "12 november 2020"))
    assert winter.starts_at.utcoffset() == timedelta(hours=1)


def test_end_time() -> None:
    plan = parse_session_text('end = "16.00 uur"\n' + VALID)
    assert plan.ends_at is not None
    assert plan.ends_at - plan.starts_at == timedelta(hours=2)


# ---------------------------------------------------------------------------
# Errors: one kind at a time
# ---------------------------------------------------------------------------


def test_messages_exist_in_both_languages() -> None:
    fields = string.Formatter()
    for key, (nl, en) in MESSAGES.entries.items():
        assert nl and en, key
        nl_fields = {f for _, f, _, _ in fields.parse(nl) if f}
        en_fields = {f for _, f, _, _ in fields.parse(en) if f}
        assert nl_fields == en_fields, key


def test_problem_str() -> None:
    problem = Problem("twente.toml", 12, "participants[3].sector", "unknown sector 'horeca'")
    assert str(problem) == "twente.toml:12: participants[3].sector: unknown sector 'horeca'"
    assert str(Problem("a.toml", None, "title", "missing")) == "a.toml: title: missing"
    assert str(Problem("a.toml", 3, None, "bad\nthing")) == "a.toml:3: bad\\nthing"


def test_bad_toml() -> None:
    text = VALID + "\nlocation = Zwolle\n"
    problems = problems_of(text)
    assert len(problems) == 1
    assert problems[0].line == line_number(text, "location")
    assert str(problems[0]).startswith(f"test.toml:{problems[0].line}: not valid TOML at column")


def test_bad_toml_curly_quotes_hint() -> None:
    problems = problems_of("title = “Rondetafel”\n")
    assert problems[0].line == 1
    assert "straight quotes" in problems[0].message
    assert "rechte aanhalingstekens" in problems_of("title = “x”", lang="nl")[0].message


def test_bad_toml_at_end_of_document() -> None:
    problems = problems_of('title = "Ronde\n')
    assert problems[0].line is not None
    assert "not valid TOML" in problems[0].message


@pytest.mark.parametrize("key", ["title", "region", "date", "agenda"])
def test_missing_required(key: str) -> None:
    text = VALID
    if key == "agenda":
        text = HEADER
    else:
        text = "\n".join(line for line in VALID.split("\n") if not line.startswith(f"{key} ="))
    problem = one_problem(text, key)
    assert problem.file == "test.toml"
    assert problem.message.startswith("missing; expected")
    assert str(problem).startswith(f"test.toml: {key}: missing; expected ")


def test_missing_start() -> None:
    text = VALID.replace('start = "14:00"\n', "")
    problem = one_problem(text, "start")
    assert "start time" in problem.message


def test_empty_title_and_empty_agenda() -> None:
    problem = one_problem(VALID.replace('"Rondetafel"', '"   "'), "title")
    assert problem.line == 1 and "empty" in problem.message
    problem = one_problem(HEADER + "agenda = []\n", "agenda")
    assert "at least one [[agenda]]" in problem.message


def test_unknown_sector() -> None:
    text = (
        VALID
        + """
[[participants]]
name = "Ans Jansen"
organisation = "ROC van Twente"
sector = "onderwijs"

[[participants]]
name = "Piet Jansen"
organisation = "UWV"
sector = "uwv"

[[participants]]
name = "Karel Smit"
organisation = "Hotel De Wanne"
sector = "horeca"
"""
    )
    problem = one_problem(text, "participants[3].sector")
    assert problem.line == line_number(text, 'sector = "horeca"')
    assert str(problem) == (
        f"test.toml:{problem.line}: participants[3].sector: unknown sector 'horeca'; "
        "expected one of: onderwijs, bedrijfsleven, provincie, gemeente, uwv, maatschappelijk"
    )


def test_unknown_sector_suggests_close_one() -> None:
    text = VALID + '[[participants]]\nname = "A"\norganisation = "B"\nsector = "onderwjis"\n'
    problem = one_problem(text, "participants[1].sector")
    assert "did you mean 'onderwijs'?" in problem.message


def test_unknown_sector_with_custom_sectors() -> None:
    text = (
        VALID
        + '[[sectors]]\nkey = "school"\n'
        + '[[participants]]\nname = "A"\norganisation = "B"\nsector = "onderwijs"\n'
    )
    problem = one_problem(text, "participants[1].sector")
    assert "expected one of: school" in problem.message


def test_missing_participant_fields() -> None:
    text = VALID + '[[participants]]\nrole = "docent"\n'
    problems = problems_of(text)
    keys = {p.key for p in problems}
    assert keys == {
        "participants[1].name",
        "participants[1].organisation",
        "participants[1].sector",
    }
    header_line = line_number(text, "[[participants]]")
    assert all(p.line == header_line for p in problems)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("0", ["0 minutes", "greater than 0"]),
        ("-5", ["-5 minutes", "greater than 0"]),
        ("2.5", ["2.5 is not a whole number", "like 20"]),
        ('"20"', ["expected a whole number of minutes", 'got a string ("20")']),
        ("true", ["expected a whole number of minutes", "got a boolean (true)"]),
        ("nan", ["not a whole number"]),
        ("inf", ["not a whole number"]),
        ("100000", ["more than a day"]),
        ("1e308", ["1e+308 minutes is more than a day"]),
    ],
)
def test_bad_minutes(value: str, words: list[str]) -> None:
    text = VALID.replace("minutes = 10", f"minutes = {value}")
    problem = one_problem(text, "agenda[1].minutes")
    assert problem.line == line_number(text, "minutes =")
    for word in words:
        assert word in problem.message


def test_missing_minutes_and_title_in_agenda() -> None:
    text = HEADER + '[[agenda]]\nquestion = "Wat?"\n'
    keys = {p.key for p in problems_of(text)}
    assert keys == {"agenda[1].title", "agenda[1].minutes"}


def test_duplicate_participant_name() -> None:
    text = (
        VALID
        + '[[participants]]\nname = "Ans Jansen"\norganisation = "UWV"\nsector = "uwv"\n'
        + '[[participants]]\nname = "ans  jansen"\norganisation = "FNV"\n'
        + 'sector = "maatschappelijk"\n'
    )
    problem = one_problem(text, "participants[2].name")
    first = line_number(text, "[[participants]]")
    assert problem.line == line_number(text, 'name = "ans  jansen"')
    assert f"already listed as participants[1] (line {first})" in problem.message


def test_duplicate_participant_key() -> None:
    text = (
        VALID
        + '[[participants]]\nname = "Ans Jansen"\norganisation = "UWV"\nsector = "uwv"\n'
        + 'key = "aj"\n'
        + '[[participants]]\nname = "Arie Jonker"\norganisation = "FNV"\nsector = "uwv"\n'
        + 'key = "aj"\n'
    )
    problem = one_problem(text, "participants[2].key")
    assert problem.line == line_number(text, 'key = "aj"', occurrence=2)
    assert "key 'aj' is also used by participants[1]" in problem.message
    # a derived key that collides with an explicit one
    text = (
        VALID
        + '[[participants]]\nname = "X"\norganisation = "UWV"\nsector = "uwv"\n'
        + 'key = "ans-jansen"\n'
        + '[[participants]]\nname = "Ans Jansen"\norganisation = "FNV"\nsector = "uwv"\n'
    )
    problem = one_problem(text, "participants[2].name")
    assert "same key 'ans-jansen'" in problem.message


def two_people(first: str, second: str) -> str:
    return (
        VALID
        + f'[[participants]]\nname = "{first}"\norganisation = "UWV"\nsector = "uwv"\n'
        + f'[[participants]]\nname = "{second}"\norganisation = "FNV"\nsector = "uwv"\n'
    )


@pytest.mark.parametrize("second", ["Rene\u0301 de Vries", "RENE\u0301 DE VRIES"])
def test_a_name_with_its_accent_written_otherwise_is_already_listed(second: str) -> None:
    """«René de Vries» with its é as one character and as an e and a separate mark (from a
    Mac or a PDF) are one name, listed twice. Before, the second was told that its key was
    the same and to choose another title."""
    text = two_people("René de Vries", second)
    problem = one_problem(text, "participants[2].name")
    first = line_number(text, "[[participants]]")
    assert f"is already listed as participants[1] (line {first})" in problem.message
    nl = one_problem(text, "participants[2].name", lang="nl")
    assert f"staat al in de lijst als participants[1] (regel {first})" in nl.message


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "'Rene de Vries' gives the same key 'rene-de-vries' as participants[1] (line {line});"
            " choose another name or give them their own key",
        ),
        (
            "nl",
            "'Rene de Vries' geeft dezelfde sleutel 'rene-de-vries' als participants[1] (regel"
            " {line}); kies een andere naam of geef een eigen key",
        ),
    ],
)
def test_the_same_key_of_two_names_asks_for_another_name(lang: str, said: str) -> None:
    """Two people whose names give one key are told to choose another name, not another
    title: a person has a name."""
    text = two_people("René de Vries", "Rene de Vries")
    problem = one_problem(text, "participants[2].name", lang=lang)
    assert said.format(line=line_number(text, "[[participants]]")) in problem.message
    assert "title" not in problem.message and "titel" not in problem.message


def test_duplicate_agenda_key() -> None:
    text = VALID + '[[agenda]]\ntitle = "Afsluiting"\nminutes = 5\nkey = "opening"\n'
    problem = one_problem(text, "agenda[2].key")
    assert problem.line == line_number(text, 'key = "opening"')
    assert "key 'opening' is also used by agenda[1] (line" in problem.message
    text = VALID + '[[agenda]]\ntitle = "opening!"\nminutes = 5\n'
    problem = one_problem(text, "agenda[2].title")
    assert "same key 'opening' as agenda[1]" in problem.message
    assert "choose another title or give it its own key" in problem.message


def test_bad_keys() -> None:
    text = 'slug = "Mijn Sessie"\n' + VALID
    problem = one_problem(text, "slug")
    assert problem.line == 1
    assert "like 'mijn-sessie'" in problem.message


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ('"32 oktober 2020"', ["cannot read '32 oktober 2020' as a date", "expected a date"]),
        ('"morgen"', ["cannot read 'morgen' as a date"]),
        ('"6 oktober"', ["has no year"]),
        ('"oktober 2020"', ["has no day"]),
        ('"maandag 6 oktober 2020"', ["2020-10-06 is a Tuesday, not a Monday"]),
        ("14:00:00", ["expected a date", "got a time (14:00:00)"]),
        ("20201006", ["expected a date", "got an integer (20201006)"]),
        ('"6 oktober 1850"', ["year 1850 is out of range"]),
        ('""', ["cannot read '' as a date"]),
    ],
)
def test_bad_date(value: str, words: list[str]) -> None:
    text = VALID.replace('"dinsdag 6 oktober 2020"', value)
    problem = one_problem(text, "date")
    assert problem.line == 3
    for word in words:
        assert word in problem.message


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ('"25:00"', ["cannot read '25:00' as a time", 'like "14:00"']),
        ('"14:75"', ["cannot read '14:75' as a time"]),
        ('"middag"', ["cannot read 'middag' as a time"]),
        ('"13 pm"', ["cannot read '13 pm' as a time"]),
        ("14", ["expected a time", "got an integer (14)"]),
        ("2020-10-06", ["expected a time", "got a date (2020-10-06)"]),
    ],
)
def test_bad_time(value: str, words: list[str]) -> None:
    text = VALID.replace('"14:00"', value)
    problem = one_problem(text, "start")
    assert problem.line == 4
    for word in words:
        assert word in problem.message


def test_end_before_start() -> None:
    text = 'end = "13.30 uur"\n' + VALID
    problem = one_problem(text, "end")
    assert problem.line == 1
    assert problem.message.startswith("13:30 is not after the start time 14:00")
    assert one_problem('end = "14:00"\n' + VALID, "end")


def test_time_given_twice() -> None:
    text = VALID.replace("dinsdag 6 oktober 2020", "6 oktober 2020 14:00")
    problem = one_problem(text, "start")
    assert "date includes a time (14:00)" in problem.message


def test_unknown_language() -> None:
    problem = one_problem('language = "fr"\n' + VALID, "language")
    assert problem.line == 1
    assert problem.message == "unknown language 'fr'; expected one of: nl, en"
    assert parse_session_text('language = "English"\n' + VALID).language == "en"
    assert parse_session_text('language = "NL"\n' + VALID).language == "nl"


def test_unknown_timezone() -> None:
    problem = one_problem('timezone = "Europe/Zwolle"\n' + VALID, "timezone")
    assert "unknown time zone 'Europe/Zwolle'" in problem.message
    assert "Europe/Amsterdam" in problem.message


@pytest.mark.parametrize(
    ("key", "suggestion"),
    [
        ("titel", "title"),
        ("tittle", "title"),
        ("chatam_house", "chatham_house"),
        ("deelnemers", "participants"),
        ("notulist", "note_taker"),
        ("Region", "region"),
        ("max_speech_minute", "max_speech_minutes"),
    ],
)
def test_unknown_top_level_key_suggests(key: str, suggestion: str) -> None:
    text = f'{key} = "x"\n' + VALID
    problem = one_problem(text, key)
    assert problem.line == line_number(text, f"{key} =")
    assert problem.message == f"unknown key '{key}'; did you mean '{suggestion}'?"


def test_unknown_key_without_suggestion_lists_known() -> None:
    problem = one_problem("zzzzzz = 1\n" + VALID, "zzzzzz")
    assert "expected one of: slug, title, region" in problem.message


def test_unknown_key_in_participant_and_agenda() -> None:
    text = (
        VALID.replace("minutes = 10", "minutes = 10\nminuten = 5")
        + '[[participants]]\nname = "A"\norganisatie = "B"\nsector = "uwv"\n'
    )
    keys = {p.key: p.message for p in problems_of(text)}
    assert keys["agenda[1].minuten"] == "unknown key 'minuten'; did you mean 'minutes'?"
    assert "did you mean 'organisation'?" in keys["participants[1].organisatie"]
    assert "participants[1].organisation" in keys  # still missing


@pytest.mark.parametrize(
    ("line", "key", "words"),
    [
        ('chatham_house = "ja"', "chatham_house", ["true or false (without quotes)", '"ja"']),
        ("chatham_house = 1", "chatham_house", ["true or false", "integer (1)"]),
        ("title = 3", "title", ["expected a title", "got an integer (3)"]),
        ("region = [1, 2]", "region", ["expected a region", "got an array"]),
        ("location = true", "location", ["expected a text", "got a boolean (true)"]),
        ("facilitator = 1.5", "facilitator", ["got a float (1.5)"]),
        ('tags = "stage"', "tags", ["expected a list of words", 'got a string ("stage")']),
        ("participants = 5", "participants", ["a list of [[participants]] blocks"]),
        ('agenda = "opening"', "agenda", ["a list of [[agenda]] blocks"]),
        ("sectors = {a = 1}", "sectors", ["a list of [[sectors]] blocks", "got a table"]),
        ('max_speech_minutes = "3"', "max_speech_minutes", ["number of minutes"]),
        ("timezone = 1", "timezone", ["expected a time zone"]),
        ("language = false", "language", ["one of: nl, en"]),
    ],
)
def test_wrong_type(line: str, key: str, words: list[str]) -> None:
    lines = [x for x in VALID.split("\n") if not x.startswith(f"{key} =")]
    if key == "agenda":
        lines = HEADER.split("\n")
    text = line + "\n" + "\n".join(lines)
    problem = one_problem(text, key)
    assert problem.line == 1
    for word in words:
        assert word in problem.message


def test_list_where_table_expected() -> None:
    text = HEADER + 'participants = ["Ans", 3]\nagenda = [1]\n'
    keys = {p.key for p in problems_of(text)}
    assert {"participants[1]", "participants[2]", "agenda[1]"} <= keys
    problem = one_problem(text, "participants[1]")
    assert "expected a table of keys, got a string" in problem.message


def test_table_where_string_expected() -> None:
    text = VALID + "[location]\nstreet = 1\n"
    problem = one_problem(text, "location")
    assert problem.line == line_number(text, "[location]")
    assert "got a table" in problem.message


def test_tags_must_be_words() -> None:
    text = 'tags = ["stage", 3, "leven lang", ""]\n' + VALID
    problems = {p.key: p.message for p in problems_of(text)}
    assert "got an integer (3)" in problems["tags[2]"]
    assert "'leven lang' is not a valid tag" in problems["tags[3]"]
    assert "like 'leven-lang'" in problems["tags[3]"]
    assert "tags[4]" in problems


@pytest.mark.parametrize("value", ["0", "-1", "-0.5", "nan", "inf"])
def test_max_speech_minutes_positive(value: str) -> None:
    problem = one_problem(f"max_speech_minutes = {value}\n" + VALID, "max_speech_minutes")
    assert problem.line == 1
    assert "greater than 0" in problem.message


@pytest.mark.parametrize(
    ("value", "written"),
    [("1e400", "1e400"), ("-1e400", "-1e400"), ("inf", "inf"), ("+inf", "+inf"), ("nan", "nan")],
)
def test_max_speech_minutes_infinite_or_nan_is_no_number_of_minutes(
    value: str, written: str
) -> None:
    """`max_speech_minutes = 1e400` was said to be «inf minutes» / «inf minuten»."""
    text = f"max_speech_minutes = {value}  # per beurt\n" + VALID
    problem = one_problem(text, "max_speech_minutes")
    assert problem.line == 1
    assert problem.message == (
        f"'{written}' is not a number of minutes; expected a number of minutes greater than 0 "
        "and at most 1440, like 3 or 2.5"
    )
    dutch = one_problem(text, "max_speech_minutes", lang="nl")
    assert dutch.message == (
        f"'{written}' is geen aantal minuten; verwacht een aantal minuten groter dan 0 en "
        "hoogstens 1440, zoals 3 of 2.5"
    )


def test_max_speech_minutes_not_absurd() -> None:
    problem = one_problem("max_speech_minutes = 5000\n" + VALID, "max_speech_minutes")
    assert "more than a day" in problem.message


def test_sector_problems() -> None:
    text = VALID + '[[sectors]]\nkey = "a"\n[[sectors]]\nkey = "A"\n[[sectors]]\nnl = "x"\n'
    problems = {p.key: p for p in problems_of(text)}
    assert "sector 'a' is also used by sectors[1]" in problems["sectors[2].key"].message
    assert problems["sectors[3].key"].message.startswith("missing")
    problem = one_problem("sectors = []\n" + VALID, "sectors")
    assert "has no sectors" in problem.message


def test_a_sector_block_without_a_key_is_named_and_no_key_is_made_up_for_it() -> None:
    """A [[sectors]] block without a key was said as "missing; expected a short key, like
    \"onderwijs\"" (another block's key here), and a participant's sector was expected
    to be one of "onderwijs, zorg-en-welzijn", a key the file names nowhere. Now the block
    is named by its label, where it has one, and the participant is offered the label."""
    text = (
        VALID
        + '[[sectors]]\nkey = "onderwijs"\n'
        + '[[sectors]]\nnl = "Zorg en welzijn"\nen = "Care"\n'
        + '[[sectors]]\nen = "Employers"\nkey = ""\n'
        + "[[sectors]]\n"
        + '[[participants]]\nname = "A"\norganisation = "X"\nsector = "horeca"\n'
        + '[[participants]]\nname = "B"\norganisation = "X"\nsector = "zorg en welzijn"\n'
        + '[[participants]]\nname = "C"\norganisation = "X"\nsector = "Zorg en welzyn"\n'
    )
    lines = lines_of(text)
    said = "\n".join(lines)
    assert "zorg-en-welzijn" not in said and "employers" not in said and "like" not in said
    assert (
        "test.toml:11: sectors[2].key: missing; the block of the sector 'Zorg en welzijn' "
        "has no key: give it a short key of lower-case letters, digits and hyphens"
    ) in lines
    assert (
        "test.toml:16: sectors[3].key: is empty; the block of the sector 'Employers' has "
        "no key: give it a short key of lower-case letters, digits and hyphens"
    ) in lines
    assert (
        "test.toml:17: sectors[4].key: missing; this sector block has no key: give it a "
        "short key of lower-case letters, digits and hyphens"
    ) in lines
    assert (
        "test.toml:21: participants[1].sector: unknown sector 'horeca'; expected one of: "
        "onderwijs, Zorg en welzijn, Employers"
    ) in lines
    assert not any("participants[2]" in line for line in lines)  # named by its label
    assert (
        "test.toml:29: participants[3].sector: unknown sector 'Zorg en welzyn' (did you mean "
        "'Zorg en welzijn'?); expected one of: onderwijs, Zorg en welzijn, Employers"
    ) in lines
    dutch = "\n".join(lines_of(text, "nl"))
    assert (
        "sectors[2].key: ontbreekt; het blok van de sector 'Zorg en welzijn' heeft geen "
        "sleutel: geef het een korte sleutel van kleine letters, cijfers en streepjes"
    ) in dutch
    assert "sectors[4].key: ontbreekt; dit sectorblok heeft geen sleutel" in dutch
    assert "zorg-en-welzijn" not in dutch and "zoals" not in dutch


def test_a_participant_s_sector_is_judged_even_when_the_sectors_have_problems() -> None:
    """Before, a participant's unknown sector was said only once the [[sectors]] blocks
    were mended, and a bad key was echoed in lower case ('onderwijs sector')."""
    text = (
        HEADER.replace("dinsdag 6 oktober 2020", "2027-02-31")
        + AGENDA
        + '[[sectors]]\nkey = "gemeente"\n[[sectors]]\nkey = "gemeente"\n'
        + '[[sectors]]\nkey = "Onderwijs Sector"\n[[sectors]]\nnl = "werkgevers"\n'
        + '[[participants]]\nname = "A"\norganisation = "X"\nsector = "onderwijs"\n'
        + '[[participants]]\nname = "B"\norganisation = "X"\nsector = "Onderwijs Sector"\n'
        + '[[participants]]\nname = "C"\norganisation = "X"\nsector = "Gemeente"\n'
        + '[[participants]]\nname = "D"\norganisation = "X"\nsector = "werkgevers"\n'
    )
    problems = {p.key: p.message for p in problems_of(text)}
    assert set(problems) == {
        "date",
        "sectors[2].key",
        "sectors[3].key",
        "sectors[4].key",
        "participants[1].sector",
    }
    assert problems["sectors[3].key"].startswith("'Onderwijs Sector' is not a valid key;")
    assert problems["participants[1].sector"] == (
        "unknown sector 'onderwijs' (did you mean 'onderwijs-sector'?); expected one of: "
        "gemeente, onderwijs-sector, werkgevers"
    )
    nl = {p.key: p.message for p in problems_of(text, "nl")}
    assert nl["sectors[3].key"].startswith("'Onderwijs Sector' is geen geldige sleutel;")


def test_sectors_that_cannot_be_read_judge_no_participant() -> None:
    """``sectors`` that is no list of blocks names no sector to judge a participant by."""
    for sectors in ('sectors = "gemeente"\n', 'sectors = ["gemeente"]\n', "sectors = []\n"):
        text = sectors + VALID + '[[participants]]\nname = "A"\norganisation = "X"\n'
        text += 'sector = "horeca"\n'
        keys = [p.key for p in problems_of(text)]
        assert "participants[1].sector" not in keys, sectors
        assert any(key and key.startswith("sectors") for key in keys), sectors


def test_all_problems_reported_together() -> None:
    text = """\
titel = "Rondetafel"
region = 5
date = "31 september 2020"
start = "14:00"
end = "12:00"
chatham_house = "nee"
language = "de"
tags = [1]

[[participants]]
name = "Ans Jansen"
organisation = "UWV"
sector = "horeca"

[[participants]]
name = "Ans Jansen"
organisation = "UWV"
sector = "uwv"

[[agenda]]
title = "Opening"
minutes = 0

[[agenda]]
title = "Opening"
minutes = 10
"""
    problems = problems_of(text)
    keys = [p.key for p in problems]
    for key in [
        "title",
        "titel",
        "region",
        "date",
        "end",
        "chatham_house",
        "language",
        "tags[1]",
        "participants[1].sector",
        "participants[2].name",
        "agenda[1].minutes",
        "agenda[2].title",
    ]:
        assert key in keys, key
    # sorted by line, each one line, naming the file
    numbers = [p.line or 0 for p in problems]
    assert numbers == sorted(numbers)
    message = str(SessionFileError(problems))
    assert len(message.split("\n")) == len(problems)
    assert all(line.startswith("test.toml") for line in message.split("\n"))


def test_dutch_messages() -> None:
    text = "titel = 1\n" + VALID.replace('"Twente"', "5")
    problems = {p.key: p.message for p in problems_of(text, lang="nl")}
    assert (
        problems["region"] == 'verwacht een regio, zoals "Twente", maar dit is een geheel getal (5)'
    )
    assert problems["titel"] == "onbekende sleutel 'titel'; bedoelt u 'title'?"
    problem = one_problem(VALID.replace("minutes = 10", "minutes = 0"), "agenda[1].minutes", "nl")
    assert problem.message.startswith("0 minuten; verwacht een geheel aantal minuten")
    problem = one_problem(
        VALID.replace("dinsdag 6 oktober", "woensdag 6 oktober"), "date", lang="nl"
    )
    assert problem.message.endswith("2020-10-06 is een dinsdag, geen woensdag")


# ---------------------------------------------------------------------------
# Reading files
# ---------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nergens.toml"
    with pytest.raises(SessionFileError) as info:
        load_session_file(path)
    assert str(info.value) == f"{path}: file not found"
    with pytest.raises(SessionFileError) as info:
        load_session_file(str(path), lang="nl")
    assert info.value.problems[0].message == "bestand niet gevonden"


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(SessionFileError) as info:
        load_session_file(tmp_path)
    assert "is a directory" in str(info.value)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "is not a regular file but a named pipe (FIFO); expected a session file (.toml)"),
        (
            "nl",
            "is geen gewoon bestand maar een named pipe (FIFO); verwacht een sessiebestand (.toml)",
        ),
    ],
)
def test_a_named_pipe_is_refused_before_it_is_opened(tmp_path: Path, lang: str, said: str) -> None:
    """A FIFO given as the session file (``check``, ``import``, ``run``) waited for a writer
    that never came, silently: opening it blocks."""
    fifo = tmp_path / "sessie.toml"
    os.mkfifo(fifo)
    found: list[BaseException] = []

    def load() -> None:
        try:
            load_session_file(fifo, lang=lang)
        except BaseException as exc:
            found.append(exc)

    reader = threading.Thread(target=load, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # let the blocked open go, then fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=10)
        pytest.fail("reading a named pipe blocked")
    (error,) = found
    assert isinstance(error, SessionFileError)
    assert str(error) == f"{fifo}: {said}"


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_a_device_is_refused_as_no_session_file() -> None:
    """/dev/null read as an empty session file: «title: missing», and so on."""
    with pytest.raises(SessionFileError) as info:
        load_session_file("/dev/null")
    assert str(info.value) == (
        "/dev/null: is not a regular file but a device; expected a session file (.toml)"
    )


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('title = "Rondetafel"\nregion = "Café"\n'.encode("latin-1"))
    with pytest.raises(SessionFileError) as info:
        load_session_file(path)
    problem = info.value.problems[0]
    assert problem.line == 2
    assert "not UTF-8" in problem.message and "column 14" in problem.message


def test_file_name_in_problems(tmp_path: Path) -> None:
    path = tmp_path / "twente.toml"
    path.write_text(VALID.replace('"Twente"', "1"), encoding="utf-8")
    with pytest.raises(SessionFileError) as info:
        load_session_file(path)
    assert str(info.value.problems[0]).startswith(f"{path}:2: region: ")


def test_unreadable_path() -> None:
    with pytest.raises(SessionFileError):
        load_session_file("bad\x00name.toml")


def test_deep_nesting() -> None:
    for text in ["a = " + "[" * 5000 + "]" * 5000, "a = " + "{b = " * 3000 + "1" + "}" * 3000]:
        with pytest.raises(SessionFileError):
            parse_session_text(text)


# ---------------------------------------------------------------------------
# Property-based: anything in, SessionPlan or SessionFileError out
# ---------------------------------------------------------------------------

INTERNAL = "internal error"


def check_never_crashes(text: str) -> SessionPlan | None:
    for lang in ("en", "nl"):
        try:
            plan = parse_session_text(text, source="fuzz.toml", lang=lang)
        except SessionFileError as error:
            assert error.problems
            for problem in error.problems:
                assert problem.file == "fuzz.toml"
                assert INTERNAL not in problem.message and "interne fout" not in problem.message
                assert "\n" not in str(problem)
        else:
            assert isinstance(plan, SessionPlan)
            if lang == "nl":
                return plan
    return None


def toml_string(value: str) -> str:
    out = []
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    raise TypeError(value)


def toml_document(data: dict[str, Any]) -> str:
    """Top-level keys first, then lists of tables as [[blocks]] (TOML needs that order)."""
    head, blocks = [], []
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for entry in value:
                blocks.append(f"[[{toml_string(key)}]]")
                blocks.extend(f"{toml_string(k)} = {toml_value(v)}" for k, v in entry.items())
                blocks.append("")
        else:
            head.append(f"{toml_string(key)} = {toml_value(value)}")
    return "\n".join(head + [""] + blocks)


PLAUSIBLE_TEXT = st.sampled_from(
    [
        "dinsdag 6 oktober 2020",
        "6 okt. 2020",
        "October 6, 2020",
        "2020-10-06",
        "14:00",
        "14.00 uur",
        "2 pm",
        "onderwijs",
        "education",
        "uwv",
        "nl",
        "en",
        "Europe/Amsterdam",
        "Ans Jansen",
        "",
        " ",
        "stage",
        "25:99",
        "maandag 6 oktober 2020",
    ]
)
SCALARS = st.one_of(
    st.text(max_size=20),
    PLAUSIBLE_TEXT,
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.times(),
    st.datetimes(timezones=st.none() | st.just(UTC)),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def entry_strategy(keys: tuple[str, ...]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional={k: VALUES for k in keys})


DOCUMENTS = st.fixed_dictionaries(
    {},
    optional={
        **{k: VALUES for k in TOP_KEYS},
        "participants": st.lists(entry_strategy(PARTICIPANT_KEYS), max_size=3) | VALUES,
        "agenda": st.lists(entry_strategy(AGENDA_KEYS), max_size=3) | VALUES,
        "sectors": st.lists(entry_strategy(SECTOR_KEYS), max_size=3) | VALUES,
        "tags": st.lists(SCALARS, max_size=4) | VALUES,
    },
)

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ
@given(st.text())
def test_random_text_never_crashes(text: str) -> None:
    check_never_crashes(text)


@FUZZ
@given(st.text(alphabet="[]{}=\"'.,#=\n\t abc123-:", max_size=80))
def test_toml_like_text_never_crashes(text: str) -> None:
    check_never_crashes(text)


@FUZZ
@given(st.binary(max_size=200))
def test_random_bytes_never_crash(data: bytes) -> None:
    check_never_crashes(data.decode("utf-8", errors="replace"))
    check_never_crashes(data.decode("latin-1"))


@FUZZ
@given(DOCUMENTS)
def test_random_documents_never_crash(data: dict[str, Any]) -> None:
    check_never_crashes(toml_document(data))


@FUZZ
@given(DOCUMENTS, st.sampled_from(["title", "region", "date", "start", "agenda"]))
def test_random_documents_over_a_valid_one(data: dict[str, Any], keep: str) -> None:
    base: dict[str, Any] = {
        "title": "Rondetafel",
        "region": "Twente",
        "date": "6 okt 2020",
        "start": "14:00",
        "agenda": [{"title": "Opening", "minutes": 10}],
    }
    data = {**base, **{k: v for k, v in data.items() if k != keep}}
    check_never_crashes(toml_document(data))


@FUZZ
@given(st.binary(max_size=200))
def test_random_files_never_crash(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.toml"
    path.write_bytes(data)
    try:
        load_session_file(path)
    except SessionFileError as error:
        assert error.problems


NAME_WORDS = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzéüçĳ ABCDEFGHIJKLMNOPQRSTUVWXYZ", max_size=20
)


def nonblank(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return strategy.filter(lambda s: bool(slugify(s)))


def exists_in_amsterdam(day: date, moment: time) -> bool:
    """Whether the wall clock in the Netherlands shows ``moment`` on ``day`` (not in the
    hour skipped when summer time begins)."""
    zone = ZoneInfo("Europe/Amsterdam")
    local = datetime.combine(day, moment, tzinfo=zone)
    return local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == local.replace(tzinfo=None)


@st.composite
def valid_sessions(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    names = draw(st.lists(nonblank(NAME_WORDS), max_size=6, unique_by=slugify))
    titles = draw(st.lists(nonblank(NAME_WORDS), min_size=1, max_size=5, unique_by=slugify))
    minutes = draw(st.lists(st.integers(1, 240), min_size=len(titles), max_size=len(titles)))
    day = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
    start = draw(st.times(max_value=time(22, 59)).map(lambda t: t.replace(microsecond=0)))
    # a time the clocks skip that day (02:30 on the last Sunday of March) is refused, rightly
    assume(exists_in_amsterdam(day, start))
    sectors = [s.key for s in DEFAULT_SECTORS] + [s.en for s in DEFAULT_SECTORS]
    participants = [
        {
            "name": n,
            "organisation": draw(nonblank(NAME_WORDS)),
            "sector": draw(st.sampled_from(sectors)),
        }
        for n in names
    ]
    data = {
        "title": draw(nonblank(NAME_WORDS)),
        "region": draw(nonblank(NAME_WORDS)),
        "date": draw(st.sampled_from([day, day.isoformat(), day.strftime("%d %B %Y")])),
        "start": draw(
            st.sampled_from([start, start.strftime("%H:%M"), start.strftime("%H.%M uur")])
        ),
        "end": time(23, 30),
        "chatham_house": draw(st.booleans()),
        "language": draw(st.sampled_from(["nl", "en"])),
        "tags": draw(st.lists(st.sampled_from(["stage", "bbl", "llo", "zzp"]), max_size=4)),
        "agenda": [{"title": t, "minutes": m} for t, m in zip(titles, minutes, strict=True)],
        "participants": participants,
    }
    expected = {
        "day": day,
        "start": start if isinstance(data["start"], time) else start.replace(second=0),
        "names": [" ".join(n.split()) for n in names],
        "minutes": sum(minutes),
    }
    return data, expected


@FUZZ
@given(valid_sessions())
def test_valid_documents_parse(session: tuple[dict[str, Any], dict[str, Any]]) -> None:
    data, expected = session
    plan = check_never_crashes(toml_document(data))
    assert plan is not None
    assert plan.starts_at.date() == expected["day"]
    assert plan.starts_at.time() == expected["start"]
    assert [p.name for p in plan.participants] == expected["names"]
    assert plan.planned_minutes == expected["minutes"]
    assert plan.chatham_house == data["chatham_house"]
    assert plan.language == data["language"]


# ---------------------------------------------------------------------------
# Documentation
# ---------------------------------------------------------------------------

DOC = Path(__file__).resolve().parents[2] / "docs" / "session-file.md"


def test_documented_example_parses() -> None:
    text = DOC.read_text(encoding="utf-8")
    example = text.split("## Full example", 1)[1].split("```toml\n", 1)[1].split("```", 1)[0]
    plan = parse_session_text(example, source="example.toml")
    assert plan.slug == "twente-2020-10"
    assert [p.sector for p in plan.participants][-1] == "bedrijfsleven"
    assert plan.agenda[1].key == "stage-en-bbl-plaatsen"
    assert plan.planned_minutes == 80


def test_every_key_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for key in TOP_KEYS + PARTICIPANT_KEYS + AGENDA_KEYS + SECTOR_KEYS:
        assert f"`{key}`" in text or f"`[[{key}]]`" in text, key


def test_a_congress_is_not_a_round_table() -> None:
    """10,000 participants used to pass check, then took half a minute per key in the app."""
    people = "".join(
        f'\n[[participants]]\nname = "Deelnemer {n}"\norganisation = "Org {n}"\n'
        f'sector = "onderwijs"\n'
        for n in range(201)
    )
    found = one_problem(VALID + people, "participants")
    assert "201 participants" in str(found) and "at most 200" in str(found)
    items = "".join(f'\n[[agenda]]\ntitle = "Punt {n}"\nminutes = 5\n' for n in range(101))
    found = one_problem(HEADER + items, "agenda", lang="nl")
    assert "101 agendapunten" in str(found) and "hoogstens 100" in str(found)


def test_a_file_far_too_big_for_a_session_is_refused_without_reading_it_whole(
    tmp_path: Path,
) -> None:
    big = tmp_path / "groot.toml"
    big.write_text('title = "' + "x" * 3_000_000 + '"\n', encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        load_session_file(big, lang="nl")
    [problem] = caught.value.problems
    assert "groter dan 2 MB" in str(problem) and "groot.toml" in str(problem)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_an_endless_file_is_refused_not_read_until_memory_runs_out() -> None:
    """A device is refused before it is read (it was read up to 2 MB, then refused as a file
    too large)."""
    with pytest.raises(SessionFileError) as caught:
        load_session_file("/dev/zero", lang="en")
    assert "is not a regular file but a device" in str(caught.value.problems[0])


@pytest.mark.parametrize(
    ("lang", "date_example", "time_example", "other"),
    [
        ("en", '"Tuesday 6 October 2020", "October 6, 2020"', '"2 pm"', ["dinsdag", "uur"]),
        ("nl", '"dinsdag 6 oktober 2020", "6 okt 2020"', '"14.00 uur"', ["October", "pm"]),
    ],
)
def test_a_bad_date_or_time_is_explained_with_examples_in_the_message_s_language(
    lang: str, date_example: str, time_example: str, other: list[str]
) -> None:
    """An English message gave Dutch examples: «expected a date, like "dinsdag 6 oktober
    2020"…» and «a time, like "14:00", "14.00 uur" or "2 pm"»."""
    date_problem = one_problem(VALID.replace('"dinsdag 6 oktober 2020"', '"morgen"'), "date", lang)
    time_problem = one_problem(VALID.replace('"14:00"', '"25:00"'), "start", lang)
    assert date_example in date_problem.message
    assert time_example in time_problem.message
    for word in other:
        assert word not in date_problem.message + time_problem.message, word
