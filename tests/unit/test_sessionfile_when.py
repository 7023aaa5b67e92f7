"""When a session file says the meeting is: years as written, and the nights the clocks change.

A year is read as it is written or refused: ``1 jan 0001`` was read as 2001,
``1-1-27`` as 2027 and ``6 oktober 80`` as 1980 (python-dateutil fills in a
century). A start or end that falls in the hour skipped when the clocks go
forward does not exist and is refused; one in the hour that happens twice
when they go back is the first time the clock shows it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.plan import SessionPlan
from facilitator.i18n.names import MONTHS, WEEKDAYS
from facilitator.sessionfile import Problem, SessionFileError, parse_session_text

AGENDA = """
[[agenda]]
title = "Opening"
minutes = 10
"""


def session(date_value: str, start: str | None = '"14:00"', *extra: str) -> str:
    lines = ['title = "Rondetafel"', 'region = "Twente"', f"date = {date_value}"]
    if start is not None:
        lines.append(f"start = {start}")
    lines += ['timezone = "Europe/Amsterdam"', *extra]
    return "\n".join(lines) + "\n" + AGENDA


def length(plan: SessionPlan) -> timedelta:
    """How long the meeting is planned to last, in real time (not on the clock)."""
    assert plan.ends_at is not None
    return plan.ends_at.astimezone(UTC) - plan.starts_at.astimezone(UTC)


def problems(text: str, lang: str = "en") -> list[Problem]:
    with pytest.raises(SessionFileError) as info:
        parse_session_text(text, source="twente.toml", lang=lang)
    return info.value.problems


def only(text: str, lang: str = "en") -> Problem:
    found = problems(text, lang)
    assert len(found) == 1, [str(p) for p in found]
    return found[0]


# -- years ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "year"),
    [
        ('"1-1-0001"', "0001"),
        ('"01/01/0001"', "0001"),
        ('"1 jan 0001"', "0001"),  # was read as 1 January 2001
        ('"January 1, 0001"', "0001"),
        ('"1 januari 0000"', "0000"),  # was read as 2000
        ('"1-1-0000"', "0000"),
        ('"dinsdag 6 oktober 0020"', "0020"),  # was 2020, a Tuesday, so not even a doubt
        ('"0001-01-01"', "0001"),
        ("0001-01-01", "0001"),  # a TOML date
        ('"1-1-99999"', "99999"),
        ('"1 jan 99999"', "99999"),
        ('"99999-01-01"', "99999"),
        ('"6 oktober 1850"', "1850"),
        ('"6 oktober 2200"', "2200"),
    ],
)
def test_a_year_out_of_range_is_refused_as_written(value: str, year: str) -> None:
    problem = only(session(value))
    assert (problem.key, problem.line) == ("date", 3)
    assert problem.message == f"year {year} is out of range; expected a year from 1900 to 2199"
    dutch = only(session(value), lang="nl")
    assert dutch.message == (
        f"jaar {year} ligt buiten het bereik; verwacht een jaar van 1900 tot en met 2199"
    )


@pytest.mark.parametrize(
    ("value", "year", "full"),
    [
        ('"6-10-20"', "20", "2020"),  # was 2020
        ('"6 oktober 80"', "80", "2080"),  # was 1980: dateutil's window moves with the clock
        ('"1-1-27"', "27", "2027"),
        ('"1/1/1"', "1", "2001"),
        ('"20 okt 6"', "6", "2006"),
        ('"Oct 6, 20"', "20", "2020"),
        ('"6 okt 020"', "020", "2020"),
    ],
)
def test_a_year_not_written_in_full_is_refused(value: str, year: str, full: str) -> None:
    shown = value.strip('"')
    problem = only(session(value))
    assert (problem.key, problem.line) == ("date", 3)
    assert str(problem) == (
        f"twente.toml:3: date: '{shown}' has the year '{year}' in fewer than four digits; "
        f"expected the whole year, like {full}"
    )
    assert only(session(value), lang="nl").message == (
        f"'{shown}' heeft het jaar '{year}' in minder dan vier cijfers; "
        f"verwacht het hele jaar, zoals {full}"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('"6-10-2020"', date(2020, 10, 6)),
        ('"1 jan 1900"', date(1900, 1, 1)),
        ('"31 december 2199"', date(2199, 12, 31)),
        ('"6 okt 2020 om 14.00 uur"', date(2020, 10, 6)),
        ('"6 okt 2020 14:00"', date(2020, 10, 6)),
    ],
)
def test_a_full_year_in_range_is_read_as_written(value: str, expected: date) -> None:
    start = None if "14" in value.split("2020")[-1] else '"14:00"'
    plan = parse_session_text(session(value, start))
    assert plan.starts_at.date() == expected


FORMS = [
    lambda d: f'"{d.day}-{d.month}-{d.year:04d}"',
    lambda d: f'"{d.day:02d}/{d.month:02d}/{d.year:04d}"',
    lambda d: f'"{d.day}.{d.month}.{d.year:04d}"',
    lambda d: f'"{d.day} {MONTHS["nl"][d.month - 1]} {d.year:04d}"',
    lambda d: f'"{WEEKDAYS["nl"][d.weekday()]} {d.day} {MONTHS["nl"][d.month - 1]} {d.year:04d}"',
    lambda d: f'"{MONTHS["en"][d.month - 1]} {d.day}, {d.year:04d}"',
    lambda d: f'"{d.year:04d}-{d.month:02d}-{d.day:02d}"',
]


@given(
    st.integers(min_value=1, max_value=9999),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(FORMS),
)
def test_any_date_written_in_full_is_that_date_or_refused(
    year: int, month: int, day: int, form: object
) -> None:
    written = date(year, month, day)
    text = session(form(written))  # type: ignore[operator]
    if 1900 <= year <= 2199:
        assert parse_session_text(text).starts_at.date() == written
    else:
        problem = only(text)
        assert problem.message.startswith(f"year {year:04d} is out of range")


# -- the nights the clocks change ----------------------------------------------------------


def test_a_start_in_the_hour_skipped_in_spring_is_refused() -> None:
    problem = only(session('"28 maart 2027"', '"02:30"'))
    assert str(problem) == (
        "twente.toml:4: start: 02:30 does not exist on 2027-03-28 in Europe/Amsterdam: the "
        "clocks go forward from 02:00 to 03:00; expected a time before 02:00 or from 03:00"
    )
    assert only(session('"28 maart 2027"', '"02:30"'), lang="nl").message == (
        "02:30 bestaat niet op 2027-03-28 in Europe/Amsterdam: de klok gaat dan van 02:00 "
        "vooruit naar 03:00; verwacht een tijd vóór 02:00 of vanaf 03:00"
    )


@pytest.mark.parametrize(
    ("date_value", "key", "line"),
    [
        ('"28 maart 2027 om 02.00 uur"', "date", 3),  # the first minute that is not there
        ("2027-03-28T02:59:00", "date", 3),  # a TOML date and time without an offset
    ],
)
def test_a_time_in_the_date_that_does_not_exist_is_refused(
    date_value: str, key: str, line: int
) -> None:
    problem = only(session(date_value, None))
    assert (problem.key, problem.line) == (key, line)
    assert "does not exist on 2027-03-28 in Europe/Amsterdam" in problem.message


def test_an_end_in_the_skipped_hour_is_refused() -> None:
    problem = only(session('"28 maart 2027"', '"01:00"', 'end = "02:15"'))
    assert (problem.key, problem.line) == ("end", 6)
    assert problem.message.startswith("02:15 does not exist on 2027-03-28")


def test_the_other_zones_skip_their_own_hour() -> None:
    text = session('"14 maart 2027"', '"02:30"').replace("Europe/Amsterdam", "America/New_York")
    assert "does not exist on 2027-03-14 in America/New_York" in only(text).message
    london = session('"28 maart 2027"', '"02:30"').replace("Amsterdam", "London")
    assert parse_session_text(london).starts_at.utcoffset() == timedelta(hours=1)
    skipped = only(london.replace('"02:30"', '"01:30"')).message  # London skips 01:00-02:00
    assert skipped.startswith("01:30 does not exist on 2027-03-28 in Europe/London")
    assert "from 01:00 to 02:00" in skipped


def test_the_times_around_the_skipped_hour_are_kept() -> None:
    before = parse_session_text(session('"28 maart 2027"', '"01:59"'))
    after = parse_session_text(session('"28 maart 2027"', '"03:00"', 'end = "04:00"'))
    assert before.starts_at.astimezone(UTC) == datetime(2027, 3, 28, 0, 59, tzinfo=UTC)
    assert after.starts_at.astimezone(UTC) == datetime(2027, 3, 28, 1, 0, tzinfo=UTC)
    across = parse_session_text(session('"28 maart 2027"', '"01:00"', 'end = "04:00"'))
    assert length(across) == timedelta(hours=2)  # an hour less to talk


def test_a_start_in_the_hour_that_happens_twice_is_the_first_time() -> None:
    plan = parse_session_text(session('"25 oktober 2026"', '"02:30"'))
    assert plan.starts_at.utcoffset() == timedelta(hours=2)  # still summer time
    assert plan.starts_at.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_the_second_time_is_chosen_with_an_offset() -> None:
    plan = parse_session_text(session("2026-10-25T02:30:00+01:00", None))
    assert plan.starts_at.astimezone(UTC) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert (plan.starts_at.hour, plan.starts_at.minute) == (2, 30)  # on the clock: 02:30


@pytest.mark.parametrize(
    ("start", "end", "minutes"),
    [
        ('"01:30"', '"02:30"', 60),  # the end is the first 02:30 too
        ('"02:15"', '"02:45"', 30),
        ('"01:00"', '"04:00"', 240),  # an hour more to talk
    ],
)
def test_an_end_in_the_hour_that_happens_twice_is_the_first_after_the_start(
    start: str, end: str, minutes: int
) -> None:
    plan = parse_session_text(session('"25 oktober 2026"', start, f"end = {end}"))
    assert length(plan) == timedelta(minutes=minutes)


def test_after_a_start_the_second_time_an_end_in_that_hour_is_the_second_time_too() -> None:
    plan = parse_session_text(session("2026-10-25T02:15:00+01:00", None, 'end = "02:45"'))
    assert plan.ends_at is not None
    assert plan.ends_at.astimezone(UTC) == datetime(2026, 10, 25, 1, 45, tzinfo=UTC)
    assert length(plan) == timedelta(minutes=30)


@pytest.mark.parametrize(("start", "end"), [('"02:30"', '"02:30"'), ('"02:45"', '"02:15"')])
def test_the_end_is_later_than_the_start_on_the_clock_also_when_the_clocks_go_back(
    start: str, end: str
) -> None:
    problem = only(session('"25 oktober 2026"', start, f"end = {end}"))
    assert problem.key == "end"
    assert problem.message.startswith(f"{end.strip(chr(34))} is not after the start time")


@pytest.mark.parametrize(
    "value", ['"29 februari 2021"', '"29-02-2021"', '"February 29, 2021"', '"2021-02-29"']
)
def test_29_february_in_a_year_that_has_none_says_so(value: str) -> None:
    """It said that the year 2021 was out of range (the text read in the year 2000)."""
    problem = only(session(value))
    assert (problem.key, problem.line) == ("date", 3)
    assert problem.message == "29 February does not exist in 2021: 2021 is not a leap year"
    dutch = only(session(value), lang="nl")
    assert dutch.message == "29 februari bestaat niet in 2021: 2021 is geen schrikkeljaar"


@pytest.mark.parametrize(
    ("value", "english", "dutch"),
    [
        (
            '"2027-02-30"',
            "30 February does not exist: February has 28 days in 2027",
            "30 februari bestaat niet: februari heeft 28 dagen in 2027",
        ),
        (
            '"30 februari 2028"',
            "30 February does not exist: February has 29 days in 2028",
            "30 februari bestaat niet: februari heeft 29 dagen in 2028",
        ),
        (
            '"31-04-2027 14:00"',
            "31 April does not exist: April has 30 days",
            "31 april bestaat niet: april heeft 30 dagen",
        ),
        (
            '"June 31, 2027"',
            "31 June does not exist: June has 30 days",
            "31 juni bestaat niet: juni heeft 30 dagen",
        ),
        (
            '"2027-11-31"',
            "31 November does not exist: November has 30 days",
            "31 november bestaat niet: november heeft 30 dagen",
        ),
        (
            '"donderdag 31 september 2027"',
            "31 September does not exist: September has 30 days",
            "31 september bestaat niet: september heeft 30 dagen",
        ),
    ],
)
def test_a_day_that_its_month_does_not_have_says_so(value: str, english: str, dutch: str) -> None:
    """Only 29 February said why; 30 February and 31 April said they could not be read as
    a date, as if the text were no date at all."""
    problem = only(session(value))
    assert (problem.key, problem.line) == ("date", 3)
    assert problem.message == english
    assert only(session(value), lang="nl").message == dutch


@pytest.mark.parametrize("value", ['"2027-13-01"', '"32-01-2027"', '"13-13-2027"', '"gisteren"'])
def test_a_date_with_no_such_month_or_day_number_is_not_read(value: str) -> None:
    problem = only(session(value))
    assert problem.message.startswith("cannot read"), problem.message
