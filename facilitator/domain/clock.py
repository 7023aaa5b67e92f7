"""Clocks: the only source of "now" in the app, passed in so tests never sleep."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that tells the current, timezone-aware time."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real wall clock (UTC; displayed in local time by the UI)."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that only moves when told to; for tests and scripted runs."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2020, 10, 6, 12, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float = 0, minutes: float = 0) -> datetime:
        self._now += timedelta(seconds=seconds, minutes=minutes)
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = moment
