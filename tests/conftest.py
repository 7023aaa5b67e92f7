"""Shared fixtures: a fake clock and a store on a temporary path."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

from facilitator.domain.clock import FakeClock
from facilitator.sessionfile import zones
from facilitator.store import Store
from tests.regional import build_regional_sessions

# No wall-clock deadline per example: the suite runs in parallel, and the burst test
# keeps both cores busy on purpose, so a slow example is no failure. Speed is measured
# in benchmarks/, not asserted here.
settings.register_profile("facilitator", deadline=None)
settings.load_profile("facilitator")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_sessions"


@pytest.fixture(autouse=True)
def _own_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's config directory (and keymap file) is the test's own, empty at first."""
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return config


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2020, 10, 6, 12, 0, tzinfo=UTC))


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Iterator[Store]:
    s = Store(tmp_path / "test.db", clock=clock)
    yield s
    s.close()


@pytest.fixture
def regions(tmp_path: Path) -> Iterator[Store]:
    """The three scripted regional round tables, closed, in ``regions.db`` (its own clock)."""
    regional_clock = FakeClock()
    s = Store(tmp_path / "regions.db", clock=regional_clock)
    build_regional_sessions(s, regional_clock)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _machine_names_no_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session files without ``timezone`` read the same on every machine: Europe/Amsterdam."""
    monkeypatch.setattr(zones, "machine_zone_name", lambda *args, **kwargs: None)
