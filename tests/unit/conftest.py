"""Fixtures of the command-line tests: a database holding the scripted round table, and a
runner that speaks English in a folder of the test's own; and two windows on one database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.domain.clock import FakeClock
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan
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


@pytest.fixture
def windows(tmp_path: Path, clock: FakeClock) -> Iterator[tuple[Services, Services]]:
    """The chair's window and the note-taker's, each with its own connection to one file
    (a test file may define its own ``windows``, which then stands for this one)."""
    path = tmp_path / "tafel.db"
    first = Store(path, clock=clock)
    sid = import_plan(first, make_plan(slug="tafel")).session.id
    second = Store(path, clock=clock)
    chair = Services.open(first, sid, clock, origin="facilitator ans@laptop #1")
    taker = Services.open(second, sid, clock, origin="notetaker bas@laptop #2")
    yield chair, taker
    first.close()
    second.close()
