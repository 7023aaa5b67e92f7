"""Times in the session's own time zone, at each date's own offset (summer or winter time).

A session planned in October (summer time, +02:00) that runs in December
(winter time, +01:00) shows its December times at +01:00: in the console
and in the minutes. Old databases, which kept only the offset, get a zone.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.i18n.formats import clock, local
from facilitator.service import Services
from facilitator.sessionfile import parse_session_text
from facilitator.sessionfile import zones as zones_module
from facilitator.sessionfile.zones import machine_zone_name
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.store.schema import MIGRATIONS

OCTOBER_SESSION = """
title = "Ronde tafel arbeidsmarkt"
region = "Twente"
date = "dinsdag 6 oktober 2026"
start = "14:00"
timezone = "Europe/Amsterdam"

[[participants]]
name = "Anne de Vries"
organisation = "ROC van Twente"
sector = "onderwijs"

[[agenda]]
title = "Opening"
minutes = 30
"""

# 07:12 in Amsterdam on Sunday 6 December 2026 (winter time, UTC+1).
DECEMBER_0712 = datetime(2026, 12, 6, 6, 12, tzinfo=UTC)


def _december_session(tmp_path: Path) -> tuple[Store, FakeClock, int]:
    clock = FakeClock(DECEMBER_0712)
    store = Store(tmp_path / "winter.db", clock=clock)
    plan = parse_session_text(OCTOBER_SESSION)
    assert plan.starts_at.utcoffset() == timedelta(hours=2)  # planned in summer time
    sid = import_plan(store, plan).session.id
    return store, clock, sid


def test_a_december_contribution_shows_winter_time_in_the_console(tmp_path: Path) -> None:
    store, clock, sid = _december_session(tmp_path)
    try:
        Services.open(store, sid, clock).notes.capture(Kind.NOTE, "Koffie")
        state = Services.open(store, sid, clock).reading.state()
        said = state.latest[0]
        # What the header, the latest contributions and the log show:
        assert clock_shown(said.created_at, state.session.zone) == "07:12"
        # Also when a screen takes the zone from the planned start, as they used to:
        assert clock_shown(said.created_at, state.session.starts_at) == "07:12"
        assert state.session.timezone == "Europe/Amsterdam"
        # The planned start itself stays 14:00 summer time.
        assert clock_shown(state.session.starts_at, state.session.zone) == "14:00"
    finally:
        store.close()


def clock_shown(moment: datetime, zone: object) -> str:
    return clock(local(moment, zone))  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "times"), [("nl", "07.13–07.35 uur"), ("en", "07:13–07:35")])
def test_the_minutes_of_a_december_meeting_show_winter_time(
    tmp_path: Path, lang: str, times: str
) -> None:
    store, clock, sid = _december_session(tmp_path)
    try:
        service = Services.open(store, sid, clock)
        clock.advance(minutes=1)
        service.agenda.toggle_timer()  # 07:13
        clock.advance(minutes=22)
        service.closing.close()  # 07:35
        text = render_markdown(collect(store, sid), lang)
    finally:
        store.close()
    assert times in text
    assert "08.13" not in text and "08:13" not in text


def test_local_uses_the_offset_of_the_moments_own_date() -> None:
    zone = ZoneInfo("Europe/Amsterdam")
    assert clock(local(datetime(2026, 10, 6, 12, 0, tzinfo=UTC), zone)) == "14:00"
    assert clock(local(datetime(2026, 12, 6, 12, 0, tzinfo=UTC), zone)) == "13:00"


# -- the session file's zone --------------------------------------------------------------


def _without_zone() -> str:
    return OCTOBER_SESSION.replace('timezone = "Europe/Amsterdam"\n', "")


def test_without_timezone_a_machine_on_utc_gets_amsterdam() -> None:
    # tests/conftest.py makes the machine name no zone; UTC counts as not set either
    plan = parse_session_text(_without_zone())
    assert plan.timezone == "Europe/Amsterdam"
    assert plan.starts_at.utcoffset() == timedelta(hours=2)


def test_without_timezone_the_machines_named_zone_is_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(zones_module, "machine_zone_name", lambda: "America/New_York")
    plan = parse_session_text(_without_zone())
    assert plan.timezone == "America/New_York"
    assert plan.starts_at == datetime(2026, 10, 6, 18, 0, tzinfo=UTC)
    monkeypatch.setattr(zones_module, "machine_zone_name", lambda: "Etc/UTC")
    assert parse_session_text(_without_zone()).timezone == "Europe/Amsterdam"


def test_the_machine_zone_from_tz(tmp_path: Path) -> None:
    assert machine_zone_name({"TZ": "Europe/Brussels"}, tmp_path) == "Europe/Brussels"
    assert machine_zone_name({"TZ": ":Europe/Brussels"}, tmp_path) == "Europe/Brussels"
    # a POSIX rule names no zone, and TZ overrides the system's files
    assert machine_zone_name({"TZ": "CET-1CEST"}, tmp_path) is None


def test_the_machine_zone_from_etc_localtime_and_etc_timezone(tmp_path: Path) -> None:
    zoneinfo = tmp_path / "usr" / "share" / "zoneinfo" / "Europe"
    zoneinfo.mkdir(parents=True)
    (zoneinfo / "Amsterdam").write_bytes(b"TZif")
    (tmp_path / "etc").mkdir()
    assert machine_zone_name({}, tmp_path) is None
    (tmp_path / "etc" / "timezone").write_text("Europe/Lisbon\n", encoding="utf-8")
    assert machine_zone_name({}, tmp_path) == "Europe/Lisbon"
    if hasattr(os, "symlink"):
        (tmp_path / "etc" / "localtime").symlink_to(zoneinfo / "Amsterdam")
        assert machine_zone_name({}, tmp_path) == "Europe/Amsterdam"


# -- old databases ----------------------------------------------------------------------------


def _old_database(path: Path, starts_at: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for migration in MIGRATIONS[:4]:
        migration(conn)
    conn.execute("PRAGMA user_version = 4")
    conn.execute(
        "INSERT INTO sessions (slug, title, starts_at) VALUES ('oud', 'Oude sessie', ?)",
        (starts_at,),
    )
    conn.execute("COMMIT")
    conn.close()


@pytest.mark.parametrize(
    ("starts_at", "zone"),
    [
        ("2020-10-06T14:00:00+02:00", "Europe/Amsterdam"),  # summer time
        ("2020-12-01T14:00:00+01:00", "Europe/Amsterdam"),  # winter time
        ("2020-10-06T12:00:00+00:00", "UTC"),
        ("2020-10-06T14:00:00+05:30", ""),  # no zone we know: keeps its fixed offset
    ],
)
def test_an_old_database_gets_the_zone_its_offset_suggests(
    tmp_path: Path, starts_at: str, zone: str
) -> None:
    path = tmp_path / "oud.db"
    _old_database(path, starts_at)
    store = Store(path)
    try:
        session = store.session_by_slug("oud")
    finally:
        store.close()
    assert session is not None
    assert session.timezone == zone
    assert session.organisations == []
    december = datetime(2020, 12, 6, 6, 12, tzinfo=UTC)
    expected = {"Europe/Amsterdam": "07:12", "UTC": "06:12", "": "11:42"}[zone]
    assert clock(local(december, session.zone)) == expected
    assert session.starts_at == datetime.fromisoformat(starts_at)


def test_a_fixed_offset_zone_is_kept_for_a_session_without_a_name() -> None:
    fixed = timezone(timedelta(hours=2))
    assert clock(local(DECEMBER_0712, fixed)) == "08:12"
