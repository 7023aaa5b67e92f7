"""When the session is: the ``date``, ``start``, ``end`` and ``timezone`` keys.

Together they give the planned start and end as aware datetimes, and the name
of the session's time zone (without ``timezone``: see
:func:`facilitator.sessionfile.zones.default_zone_name`). The date may carry
the start time (``date = "6 okt 2020 14.00 uur"``), but then ``start`` must
not be given too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from facilitator.sessionfile.dates import (
    load_zone,
    local_timezone,
    parse_date_text,
    parse_time_text,
)
from facilitator.sessionfile.fields import Fields
from facilitator.sessionfile.text import clean, show
from facilitator.sessionfile.zones import DEFAULT_TIMEZONE, default_zone_name

MIN_YEAR, MAX_YEAR = 1900, 2199


@dataclass(frozen=True)
class Times:
    """The planned start and end (None where they cannot be known) and the zone's name."""

    starts_at: datetime | None
    ends_at: datetime | None
    timezone: str  # "" only on a machine without any time-zone data


def read_times(f: Fields, data: Mapping[str, object]) -> Times:
    """The planned start and end and the time zone; problems reported on ``f``."""
    name, zone = _read_zone(f, data)
    starts_at, ends_at = _read_start_end(f, data, zone)
    return Times(starts_at, ends_at, name)


def _read_start_end(
    f: Fields, data: Mapping[str, object], zone: tzinfo | None
) -> tuple[datetime | None, datetime | None]:
    day, date_time, date_ok = _read_date(f, data, zone)
    start, start_ok = _read_time(f, data, "start")
    end, end_ok = _read_time(f, data, "end")
    if date_time is not None and start is not None:
        f.add(("start",), "time_twice", time=date_time.strftime("%H:%M"))
        return None, None
    start = start or date_time
    if start is None and start_ok and date_ok:
        f.add(("start",), "no_start")
    if end is not None and start is not None and end <= start:
        f.add(
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
                **extra,
            )
            return None, None, False
        day, at = result.day, result.at
    else:
        f.wrong_type(("date",), f.t("exp_date"), value)
        return None, None, False
    if day is not None and not MIN_YEAR <= day.year <= MAX_YEAR:
        f.add(("date",), "date_year_range", year=day.year, low=MIN_YEAR, high=MAX_YEAR)
        return None, None, False
    return day, at, True


def _describe(f: Fields, item: object) -> str:
    if isinstance(item, int):
        return f.t(f"wd{item}")
    if isinstance(item, date):
        return item.isoformat()
    return show(item)


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
