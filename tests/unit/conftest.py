"""Fixtures of the command-line tests: a database holding the scripted round table, and a
runner that speaks English in a folder of the test's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.domain.clock import FakeClock
from facilitator.store import Store
from tests.scripted import build_scripted_session


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database holding the scripted round table (``proeftafel-twente``), closed."""
    path = tmp_path / "meetings.db"
    clock = FakeClock()
    store = Store(path, clock=clock)
    build_scripted_session(store, clock)
    store.close()
    return path


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    """The command line with English messages, run in the test's own folder."""
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    monkeypatch.chdir(tmp_path)
    return CliRunner()
