"""A session held on another day than planned: said, and the planned date moved to today."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.service import Services
from facilitator.service.changes import Change
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def service(store: Store, clock: FakeClock) -> Services:
    plan = replace(make_plan(participants=3, items=2), timezone="Europe/Amsterdam")
    session = import_plan(store, plan).session
    return Services.open(store, session.id, clock)


def test_on_the_planned_day_nothing_is_said(service: Services) -> None:
    assert service.agenda.other_day() is None


def test_another_day_is_named_and_the_date_moves_to_today_keeping_the_times(
    service: Services, clock: FakeClock
) -> None:
    clock.set(datetime(2020, 12, 2, 7, 12, tzinfo=UTC))
    assert service.agenda.other_day() == (date(2020, 10, 6), date(2020, 12, 2))
    planned = service.agenda.session()
    moved = service.agenda.move_to_today()
    assert service.agenda.other_day() is None
    # the same time of day in Amsterdam, at December's own offset (+01:00, not October's +02:00)
    assert moved.starts_at.astimezone(AMSTERDAM).replace(tzinfo=None) == datetime(
        2020, 12, 2, 14, 0
    )
    assert moved.ends_at is not None
    assert moved.ends_at - moved.starts_at == planned.ends_at - planned.starts_at  # type: ignore[operator]
    minutes = render_markdown(collect(service.store, service.session_id), "nl")
    assert "2 december 2020" in minutes or "2 dec 2020" in minutes
    assert "6 okt" not in minutes and "6 oktober" not in minutes
    assert service.history.undo() == Change.MOVE_DATE.value
    assert service.agenda.session().starts_at == planned.starts_at
    assert service.agenda.other_day() == (date(2020, 10, 6), date(2020, 12, 2))


def test_a_closed_session_is_not_moved_or_mentioned(service: Services, clock: FakeClock) -> None:
    service.agenda.toggle_timer()
    service.closing.close()
    clock.set(datetime(2020, 12, 2, 7, 12, tzinfo=UTC))
    assert service.agenda.other_day() is None
