"""The clock, date, duration and percentage formats shared by the screens and the minutes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from facilitator.i18n.formats import (
    clock,
    counted,
    format_clock,
    format_count,
    hmm,
    left_mmss,
    local,
    mmss,
    mss,
    over_mmss,
    percent,
    short_date,
    signed_minutes,
    signed_mmss,
    whole_minutes,
    whole_percent,
)

AMSTERDAM_SUMMER = timezone(timedelta(hours=2))
TUESDAY = datetime(2020, 10, 6, 12, 5, tzinfo=UTC)


def test_local_takes_the_zone_of_a_moment_or_a_zone() -> None:
    start = datetime(2020, 10, 6, 14, 0, tzinfo=AMSTERDAM_SUMMER)
    assert clock(local(TUESDAY, start)) == "14:05"
    assert clock(local(TUESDAY, AMSTERDAM_SUMMER)) == "14:05"
    assert local(TUESDAY, None) is TUESDAY


def test_the_screen_clock_is_the_same_in_both_languages_the_minutes_clock_is_not() -> None:
    assert clock(TUESDAY) == "12:05"
    assert format_clock(TUESDAY, "nl") == "12.05"
    assert format_clock(TUESDAY, "en") == "12:05"


def test_short_dates_use_the_shared_dutch_and_english_names() -> None:
    assert short_date(TUESDAY, "nl") == "di 6 okt"
    assert short_date(TUESDAY, "en") == "Tue 6 Oct"
    assert short_date(date(2021, 3, 5), "nl", year=True) == "vr 5 mrt 2021"
    assert short_date(date(2021, 5, 30), "en_GB") == "Sun 30 May"


def test_countdowns_and_waits() -> None:
    assert mmss(245.9) == "04:05"
    assert mmss(3725) == "1:02:05"
    assert mmss(-3) == "00:00"
    assert signed_mmss(90) == "01:30"
    # what is left of a countdown is rounded up: a second begun is still there
    assert signed_mmss(59.996) == "01:00" and signed_mmss(29.6) == "00:30"
    assert signed_mmss(0.2) == "00:01" and signed_mmss(0) == "00:00"
    assert left_mmss(540.00000001) == "09:00"  # not a second for a float's last digit
    assert signed_mmss(-0.2) == "+00:01"  # a started second of overrun shows
    assert over_mmss(5.4) == "00:06" and signed_mmss(-5.4) == "+00:06"  # the same second
    assert mss(245) == "4:05"
    assert mss(3725) == "1:02:05"
    assert hmm(38 * 60 + 59) == "0:38"
    assert hmm(2 * 3600) == "2:00"


def test_minutes_round_to_the_nearest() -> None:
    assert whole_minutes(89) == 1
    assert whole_minutes(90) == 2
    assert whole_minutes(-100) == 0
    assert signed_minutes(7 * 60) == "+7"
    assert signed_minutes(-3 * 60 - 10) == "-3"
    assert signed_minutes(20) == "0"


def test_percentages_round_half_up() -> None:
    assert percent(0.42) == "42%"
    assert percent(0.125) == "13%"
    assert whole_percent(1 / 3) == 33
    assert percent(0) == "0%"
    assert percent(1.0) == "100%"


def test_counts_of_a_thousand_and_more_are_grouped_as_each_language_writes_them() -> None:
    assert [format_count(n, "nl") for n in (0, 7, 999, 1000, 10000, 2006, 1234567)] == [
        "0",
        "7",
        "999",
        "1.000",
        "10.000",
        "2.006",
        "1.234.567",
    ]
    assert [format_count(n, "en") for n in (999, 1000, 10000, 1234567)] == [
        "999",
        "1,000",
        "10,000",
        "1,234,567",
    ]
    assert counted(10000, "bijdrage|bijdragen", "nl") == "10.000 bijdragen"
    assert counted(1, "contribution|contributions", "en") == "1 contribution"
    assert counted(2006, "open point|open points", "en") == "2,006 open points"
    assert counted(2006, "kaart|kaarten") == "2006 kaarten"  # no language: as it was
