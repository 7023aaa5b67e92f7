"""What an overrun costs: the rest moves, or items fall past the hard end; and the remedies."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from facilitator.domain.model import AgendaItem, ItemStatus, Session
from facilitator.domain.outlook import delay, hard_end, outlook

ZONE = timezone(timedelta(hours=2))
START = datetime(2020, 10, 6, 14, 0, tzinfo=ZONE)
END = START + timedelta(hours=2)


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def agenda_running_first(started: datetime = START) -> list[AgendaItem]:
    """30 + 40 + 30 + 20 minutes; the first item running since ``started``."""
    planned = [30, 40, 30, 20]
    items = [
        AgendaItem(n, 1, n, f"i{n}", f"Punt {n}", m * 60) for n, m in enumerate(planned, start=1)
    ]
    items[0] = replace(
        items[0], status=ItemStatus.CURRENT, running_since=started, first_started_at=started
    )
    return items


def session(ends_at: datetime | None = END, current: int | None = 1) -> Session:
    return Session(1, "s", "S", "R", START, ends_at=ends_at, current_item_id=current)


def test_an_overrun_that_still_fits_moves_the_rest() -> None:
    look = outlook(session(ends_at=None), agenda_running_first(), START + minutes(35))
    assert look.overrun == 300
    assert look.moves_rest
    assert look.warnings == []
    assert look.take_offer == 5  # the later items can give far more than five minutes
    assert look.defer_offer == 4  # the last item still to do


def test_the_last_item_runs_past_the_hard_end() -> None:
    look = outlook(session(), agenda_running_first(), START + minutes(35))
    assert look.past == [4] and look.cut == []
    assert not look.moves_rest
    assert look.warnings == [(4, "past")]
    assert look.defer_offer == 4


def test_items_that_would_not_even_start_are_cut() -> None:
    look = outlook(session(), agenda_running_first(), START + minutes(60))
    assert look.overrun == 1800
    assert look.cut == [4]  # would start at 16:10, after the hard end
    assert look.past == [3]  # starts at 15:40, runs past 16:00
    assert look.warnings == [(4, "cut"), (3, "past")]
    assert look.defer_offer == 3
    assert look.take_offer == 30


def test_taking_time_offers_only_what_later_items_can_give() -> None:
    items = agenda_running_first()
    roomy = [replace(i, planned_seconds=150) for i in items[1:]]  # 2.5 min: one to give
    look = outlook(session(ends_at=None), [items[0], *roomy], START + minutes(40))
    assert look.overrun == 600
    assert look.take_offer == 3
    tight = [replace(i, planned_seconds=90) for i in items[1:]]  # no whole minute to give
    look = outlook(session(ends_at=None), [items[0], *tight], START + minutes(40))
    assert look.take_offer is None


def test_nothing_to_say_offers_nothing() -> None:
    look = outlook(session(), agenda_running_first(), START + minutes(10))
    assert not look.has_consequences
    assert look.take_offer is None
    assert look.defer_offer is None
    assert look.defer_proposal == 4  # what `u` would still propose when asked


def test_a_hard_end_long_gone_says_nothing() -> None:
    next_day = START + timedelta(days=1)
    items = agenda_running_first(started=next_day)
    assert hard_end(session(), items, next_day + minutes(35)) is None
    look = outlook(session(), items, next_day + minutes(35))
    assert look.cut == [] and look.past == []
    assert look.moves_rest


def test_hard_end_before_the_start() -> None:
    items = [
        replace(i, status=ItemStatus.TODO, running_since=None, first_started_at=None)
        for i in agenda_running_first()
    ]
    assert hard_end(session(current=None), items, START - minutes(30)) == END
    assert hard_end(session(current=None), items, END + minutes(1)) is None


def test_delay_counts_a_late_start_of_the_same_day_only() -> None:
    late = START + minutes(10)
    assert delay(session(), agenda_running_first(started=late), late) == 600
    next_day = START + timedelta(days=1)
    assert delay(session(), agenda_running_first(started=next_day), next_day) == 0
    # five minutes over on the first item: the meeting's own pace is five minutes behind
    assert delay(session(), agenda_running_first(), START + minutes(35)) == 300
