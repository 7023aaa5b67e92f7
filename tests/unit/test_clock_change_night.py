"""The agenda of a meeting on a night the clocks change counts real time, not the clock.

Python adds a timedelta to the clock of a datetime in a named zone: 01:00 summer
time plus three hours gave 04:00 winter time, four hours later. The session's
planned times are kept in its zone, so the projected end, the hard end and the
planned end of the minutes were an hour off on such a night.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from facilitator.domain import agenda
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import AgendaItem
from facilitator.domain.zone import later, seconds_between
from facilitator.export.record import collect
from facilitator.sessionfile import parse_session_text
from facilitator.store import Store
from facilitator.store.importer import import_plan

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
AUTUMN = datetime(2026, 10, 25, 1, 0, tzinfo=AMSTERDAM)  # 23:00 UTC the day before
SPRING = datetime(2027, 3, 28, 1, 0, tzinfo=AMSTERDAM)  # 00:00 UTC


def hours(*planned: int) -> list[AgendaItem]:
    return [
        AgendaItem(id=n, session_id=1, position=n, key=f"i{n}", title=f"{n}", planned_seconds=h)
        for n, h in enumerate((h * 3600 for h in planned), start=1)
    ]


def test_later_and_seconds_between_count_real_time() -> None:
    assert later(AUTUMN, 3 * 3600) == datetime(2026, 10, 25, 2, 0, tzinfo=UTC)
    assert later(AUTUMN, 3 * 3600).tzinfo is AMSTERDAM  # still shown in the session's zone
    assert later(SPRING, 2 * 3600) == datetime(2027, 3, 28, 2, 0, tzinfo=UTC)
    four = datetime(2026, 10, 25, 4, 0, tzinfo=AMSTERDAM)
    assert seconds_between(AUTUMN, four) == 4 * 3600
    assert seconds_between(SPRING, datetime(2027, 3, 28, 4, 0, tzinfo=AMSTERDAM)) == 2 * 3600


def test_the_projected_end_across_the_night_the_clocks_go_back() -> None:
    night_before = datetime(2026, 10, 24, 20, 0, tzinfo=UTC)
    p = agenda.project(hours(1, 1, 1), None, night_before, AUTUMN, None, None)
    assert p.projected_end == p.planned_end == datetime(2026, 10, 25, 2, 0, tzinfo=UTC)
    assert p.projected_end.astimezone(AMSTERDAM).hour == 3  # 03:00 on the clock, not 04:00


def test_the_projected_end_across_the_night_the_clocks_go_forward() -> None:
    night_before = datetime(2027, 3, 27, 20, 0, tzinfo=UTC)
    p = agenda.project(hours(1, 1), None, night_before, SPRING, None, None)
    assert p.projected_end == datetime(2027, 3, 28, 2, 0, tzinfo=UTC)  # 04:00 on the clock


def test_no_item_runs_past_a_hard_end_it_ends_before() -> None:
    night_before = datetime(2026, 10, 24, 20, 0, tzinfo=UTC)
    hard_end = datetime(2026, 10, 25, 3, 30, tzinfo=AMSTERDAM)  # 02:30 UTC
    p = agenda.project(hours(1, 1, 1), None, night_before, AUTUMN, None, hard_end)
    assert p.past_hard_end == [] and p.cut_items == []
    p = agenda.project(hours(1, 1, 1, 1), None, night_before, AUTUMN, None, hard_end)
    assert p.past_hard_end == [4] and p.cut_items == []


def test_the_planned_end_in_the_minutes(tmp_path: Path) -> None:
    plan = parse_session_text(
        "\n".join(
            [
                'title = "Nacht"',
                'region = "Twente"',
                'date = "25 oktober 2026"',
                'start = "01:00"',
                'timezone = "Europe/Amsterdam"',
                *(f'[[agenda]]\ntitle = "Punt {n}"\nminutes = 60' for n in range(3)),
            ]
        )
    )
    store = Store(tmp_path / "nacht.db", clock=FakeClock(datetime(2026, 10, 24, tzinfo=UTC)))
    record = collect(store, import_plan(store, plan).session.id)
    store.close()
    assert record.planned_end == datetime(2026, 10, 25, 2, 0, tzinfo=UTC)
