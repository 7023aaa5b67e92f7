"""When the session is: the ``date``, ``start``, ``end`` and ``timezone`` keys.

Together they give the planned start and end as aware datetimes, and the name
of the session's time zone (without ``timezone``: see
:func:`facilitator.sessionfile.zones.default_zone_name`). The date may carry
the start time (``date = "6 okt 2020 14.00 uur"``), but then ``start`` must
not be given too.

On the nights the clocks change, a start or end in the hour skipped going
forward does not exist and is refused, saying which times do. One in the hour
that happens twice going back is the first time the clock shows it (a start
the second time is written with its offset, ``date = 2026-10-25T02:30:00+01:00``),
and an end there is the first time after the start.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, time, tzinfo

from facilitator.domain.years import FIRST_YEAR, LAST_YEAR, as_written, year_in_range
from facilitator.domain.zone import clock_change
from facilitator.i18n.dates import MONTHS
from facilitator.records import record
from facilitator.sessionfile.dates import (
    DateResult,
    Month,
    load_zone,
    local_timezone,
    parse_date_text,
    parse_time_text,
)
from facilitator.sessionfile.fields import Fields
from facilitator.sessionfile.messages import MESSAGES
from facilitator.sessionfile.text import clean, show
from facilitator.sessionfile.zones import DEFAULT_TIMEZONE, default_zone_name


@record
class Times:
    """The planned start and end (None where they cannot be known) and the zone's name."""

    starts_at: datetime | None
    ends_at: datetime | None
    timezone: str  # "" only on a machine without any time-zone data


def read_times(f: Fields, data: Mapping[str, object]) -> Times:
    """The planned start and end and the time zone; problems reported on ``f``."""
    name, zone = _read_zone(f, data)
    starts_at, ends_at = _read_start_end(f, data, zone, name)
    return Times(starts_at, ends_at, name)


def _read_start_end(
    f: Fields, data: Mapping[str, object], zone: tzinfo | None, zone_name: str
) -> tuple[datetime | None, datetime | None]:
    day, date_time, date_ok = _read_date(f, data, zone)
    start, start_ok = _read_time(f, data, "start")
    end, end_ok = _read_time(f, data, "end")
    if date_time is not None and start is not None:
        f.add(("start",), "time_twice", time=date_time.strftime("%H:%M"))
        return None, None
    start_key = "start" if start is not None else "date"
    start = start or date_time
    if start is None and start_ok and date_ok:
        f.add(("start",), "no_start")
    if end is not None and start is not None and end <= start:  # on the clock
        f.add(
            ("end",),
            "end_before_start",
            end=end.strftime("%H:%M"),
            start=start.strftime("%H:%M"),
        )
        return None, None
    if zone is None or day is None or start is None:
        return None, None
    starts_at = _on_the_clock(f, start_key, day, start, zone, zone_name)
    ends_at = None
    if end is not None and end_ok:
        ends_at = _on_the_clock(f, "end", day, end, zone, zone_name)
        if starts_at is not None and ends_at is not None:
            ends_at = _first_after(ends_at, starts_at)
    return starts_at, ends_at


def _on_the_clock(
    f: Fields, key: str, day: date, at: time, zone: tzinfo, zone_name: str
) -> datetime | None:
    """``at`` on ``day`` in ``zone``; None (and a problem on ``key``) if the clock skips it.

    A time the clock shows twice is the first, unless ``at`` says otherwise
    (``fold=1``: it came with the offset of the second).
    """
    change = clock_change(day, at, zone)
    if change is not None and change.forward:
        f.add(
            (key,),
            "time_skipped_from" if change.before.time() == time(0) else "time_skipped",
            time=at.strftime("%H:%M"),
            date=day.isoformat(),
            zone=zone_name or str(zone),
            before=_clock(change.before, day),
            after=_clock(change.after, day),
        )
        return None
    return datetime.combine(day, at, tzinfo=zone)


def _first_after(end: datetime, start: datetime) -> datetime:
    """The end the first time the clock shows it after ``start`` (it may show it twice)."""
    if end.astimezone(UTC) <= start.astimezone(UTC):
        second = end.replace(fold=1)
        if second.astimezone(UTC) > start.astimezone(UTC):
            return second
    return end


def _clock(moment: datetime, day: date) -> str:
    """``02:00``; with the date when the clock jumps to or from another day."""
    return moment.strftime("%H:%M" if moment.date() == day else "%Y-%m-%d %H:%M")


def _read_zone(f: Fields, data: Mapping[str, object]) -> tuple[str, tzinfo | None]:
    """The zone's name and the zone; ``("", None)`` after a problem."""
    name = f.text_value(data, "timezone", (), "exp_timezone")
    if "timezone" in data and name is None:
        return "", None
    if name is None:
        name = default_zone_name()
    zone = load_zone(name)
    if zone is not None:
        return name, zone
    if load_zone(DEFAULT_TIMEZONE) is None and load_zone("UTC") is None:
        return "", local_timezone()  # no time zone data on this machine at all
    f.add(
        ("timezone",),
        "unknown_timezone",
        value=show(name),
        expected=f.t("exp_timezone"),
    )
    return "", None


def _read_date(
    f: Fields, data: Mapping[str, object], zone: tzinfo | None
) -> tuple[date | None, time | None, bool]:
    """The day, a time given with it (if any), and whether ``date`` was usable."""
    if "date" not in data:
        f.add(("date",), "missing", expected=f.t("exp_date"))
        return None, None, False
    value = data["date"]
    day: date | None
    at: time | None = None
    if isinstance(value, datetime):
        if value.tzinfo is not None and zone is not None:
            try:
                value = value.astimezone(zone)
            except (OverflowError, ValueError):
                f.add(("date",), "bad_date", value=show(value), expected=f.t("exp_date"))
                return None, None, False
        day, at = value.date(), value.time().replace(tzinfo=None)
    elif isinstance(value, date):
        day = value
    elif isinstance(value, str):
        result = parse_date_text(value)
        if result.error is not None:
            extra = {name: _describe(f, item) for name, item in result.values}
            f.add(
                ("date",),
                result.error,
                value=show(clean(value)),
                expected=f.t("exp_date"),
                low=FIRST_YEAR,
                high=LAST_YEAR,
                **extra,
            )
            return None, None, False
        day, at = result.day, result.at
    else:
        f.wrong_type(("date",), f.t("exp_date"), value)
        return None, None, False
    if day is not None and not year_in_range(day.year):
        f.add(
            ("date",), "date_year_range", year=as_written(day.year), low=FIRST_YEAR, high=LAST_YEAR
        )
        return None, None, False
    return day, at, True


def _describe(f: Fields, item: object) -> str:
    return _described(f.lang, item)


def _described(lang: str, item: object) -> str:
    """A value of a date's problem as the message says it: a weekday or a month by its
    name, a date as ISO."""
    if isinstance(item, int):
        return MESSAGES(lang, f"wd{item}")
    if isinstance(item, date):
        return item.isoformat()
    if isinstance(item, Month):
        return MONTHS[lang][item.number - 1]
    return show(item)


def date_problem(value: str, result: DateResult, lang: str) -> str:
    """What is wrong with the date text ``value`` that :func:`parse_date_text` could not
    read (``result``, with its error), in ``lang`` and in the words a session file's
    ``date`` gets: for a date given on the command line (``synthesis --as-of``)."""
    assert result.error is not None
    extra = {name: _described(lang, item) for name, item in result.values}
    return MESSAGES(
        lang,
        result.error,
        value=show(clean(value)),
        expected=MESSAGES(lang, "exp_date"),
        low=FIRST_YEAR,
        high=LAST_YEAR,
        **extra,
    )


def _read_time(f: Fields, data: Mapping[str, object], key: str) -> tuple[time | None, bool]:
    if key not in data:
        return None, True
    value = data[key]
    if isinstance(value, time):
        return value.replace(tzinfo=None), True
    if not isinstance(value, str):
        f.wrong_type((key,), f.t("exp_time"), value)
        return None, False
    parsed = parse_time_text(value)
    if parsed is None:
        f.add((key,), "bad_time", value=show(clean(value)), expected=f.t("exp_time"))
        return None, False
    return parsed, True
