"""The years a date in this app may have: the day of a session, a due date, ``--as-of``.

Every date a user types is read with the year as written, and one outside
these years is refused rather than read as another: ``1-1-0001`` is not 2001,
and a due date in the year 9999 is a slip of the keys, not a plan. The range
is wide enough for any meeting and its actions, and keeps a day plus a few
years of arithmetic far from the limits of :class:`datetime.date`.
"""

from __future__ import annotations

FIRST_YEAR = 1900
LAST_YEAR = 2199


def year_in_range(year: int) -> bool:
    """Whether ``year`` is one a session or a due date may have."""
    return FIRST_YEAR <= year <= LAST_YEAR


def as_written(year: int | str) -> str:
    """A year as a user writes it: four digits at least (``0001``, ``2020``, ``99999``)."""
    return str(year) if isinstance(year, str) else f"{year:04d}"
