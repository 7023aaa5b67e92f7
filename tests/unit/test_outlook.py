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
    assert look.defer_offer == 1  # nothing past the end: the current item


def test_the_last_item_runs_past_the_hard_end() -> None:
    look = outlook(session(), agenda_running_first(), START + minutes(35))
    assert look.past == [4] and look.cut == []
    assert not look.moves_rest
    assert look.warnings == [(4, "past")]
    assert look.defer_offer == 3  # the closing is not put off: 3 makes room for it


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
    assert look.defer_proposal == 1  # what `u` would still propose when asked: the current


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


def todo_only() -> list[AgendaItem]:
    """The agenda of :func:`agenda_running_first` before anything has run."""
    return [
        replace(i, status=ItemStatus.TODO, running_since=None, first_started_at=None)
        for i in agenda_running_first()
    ]


def test_a_meeting_begun_hours_before_its_planned_start_is_held_at_another_time() -> None:
    """Planned 14:00-16:00, begun at 04:45 (the date moved to today, the times kept): the
    delay is the meeting's own pace from 04:45, not 555 minutes ahead of 14:00, and the
    hard end of 16:00 says nothing about a meeting over long before it."""
    begun = START - timedelta(hours=9, minutes=15)
    items = agenda_running_first(started=begun)
    assert delay(session(), items, begun + minutes(10)) == 0
    assert delay(session(), items, begun + minutes(35)) == 300  # five minutes behind
    assert hard_end(session(), items, begun + minutes(10)) is None
    look = outlook(session(), items, begun + minutes(35))
    assert look.cut == [] and look.past == [] and look.moves_rest


def test_a_meeting_begun_after_its_planned_end_does_not_count_the_hours_as_late() -> None:
    begun = END + minutes(60)  # 17:00 on the planned day
    items = agenda_running_first(started=begun)
    assert delay(session(), items, begun) == 0
    assert hard_end(session(), items, begun) is None
    # without a hard end, the planned length is the agenda's: two hours
    assert delay(session(ends_at=None), items, begun) == 0


def test_a_start_within_the_planned_length_keeps_the_plans_times() -> None:
    early = START - minutes(20)
    items = agenda_running_first(started=early)
    assert delay(session(), items, early) == -1200  # twenty minutes ahead of the invitation
    assert hard_end(session(), items, early) == END
    late = START + minutes(110)  # ten minutes before the hard end
    items = agenda_running_first(started=late)
    assert delay(session(), items, late) == 110 * 60
    assert hard_end(session(), items, late) == END
    assert outlook(session(), items, late).cut == [2, 3, 4]


def test_before_it_begins_a_planned_start_long_past_is_another_time() -> None:
    items = todo_only()
    next_day = START + timedelta(days=1)
    assert delay(session(current=None), items, next_day) == 0
    assert hard_end(session(current=None), items, next_day) is None
    # a planned start still to come holds, however far ahead
    assert hard_end(session(current=None), items, START - timedelta(days=3)) == END
    assert delay(session(current=None), items, START - timedelta(days=3)) == 0
    # looked at ten minutes after the planned start: begun now, ten minutes late
    assert delay(session(current=None), items, START + minutes(10)) == 600


def round_table(started: datetime) -> list[AgendaItem]:
    """10 + 20 + 20 + 25 + 25 + 10 minutes, closing with agreements; the first item
    running since ``started``."""
    planned = [10, 20, 20, 25, 25, 10]
    items = [
        AgendaItem(n, 1, n, f"i{n}", f"Punt {n}", m * 60) for n, m in enumerate(planned, start=1)
    ]
    items[0] = replace(
        items[0], status=ItemStatus.CURRENT, running_since=started, first_started_at=started
    )
    return items


def test_the_defer_offer_is_the_first_item_the_warnings_name() -> None:
    """Begun at 14:55 with a hard end of 16:00: item 4 runs past it, 5 and the closing
    (6) would not even start. The offer is the item the warnings name first, 5, not the
    one still begun before the end, nor the closing."""
    late = START + minutes(55)
    look = outlook(session(), round_table(late), late)
    assert look.warnings == [(5, "cut"), (6, "cut"), (4, "past")]
    assert look.defer_offer == 5


def test_the_closing_item_is_not_offered_for_deferring() -> None:
    # no hard end, nothing past it: the current item
    look = outlook(session(ends_at=None), round_table(START), START + minutes(15))
    assert look.moves_rest
    assert look.defer_offer == 1
    # only the closing runs past the end: the item before it makes room for it
    look = outlook(session(), round_table(START), START + minutes(25))
    assert look.warnings == [(6, "past")]
    assert look.defer_offer == 5


def test_with_only_the_closing_to_come_nothing_is_offered() -> None:
    items = round_table(START)
    begun = START + minutes(90)
    items = [
        replace(i, status=ItemStatus.DONE, running_since=None, first_started_at=START)
        for i in items[:4]
    ] + [
        replace(
            items[4],
            status=ItemStatus.CURRENT,
            running_since=begun,
            first_started_at=begun,
        ),
        items[5],
    ]
    look = outlook(session(current=5), items, begun + minutes(30))
    assert look.overrun == 300
    assert look.take_offer == 5
    assert look.defer_offer is None


def test_the_delay_is_measured_against_the_hard_end() -> None:
    """A 20-minute item added to an agenda that filled the two hours: run to plan, the
    meeting ends twenty minutes after its hard end, though it keeps to its agenda. Before,
    the delay was measured against the agenda's end and said 0 (or, with items passed
    quickly, minutes ahead) while the meeting ran past its hard end."""
    added = AgendaItem(5, 1, 5, "added-1", "Rondvraag", 20 * 60, live="added")
    items = [*agenda_running_first(), added]
    assert delay(session(), items, START + minutes(10)) == 20 * 60
    # an agenda shorter than its two hours ends before the hard end: ahead of it
    shorter = [replace(i, planned_seconds=20 * 60) if i.id == 2 else i for i in items[:4]]
    assert delay(session(), shorter, START + minutes(10)) == -20 * 60
    # without a hard end, the agenda's end is what it is measured against
    assert delay(session(ends_at=None), items, START + minutes(10)) == 0


def test_with_nothing_past_the_end_the_current_item_is_proposed() -> None:
    """Item 3 current, nothing over and nothing past the hard end: `u` proposes item 3, the
    one the key table says it defers, and deferring it goes on with the next. Before, it
    proposed 5, the last item before the closing, and `u Enter` deferred an item the chair
    never meant."""
    items = [
        replace(i, status=ItemStatus.DONE, running_since=None, first_started_at=START)
        for i in round_table(START)[:2]
    ] + round_table(START)[2:]
    begun = START + minutes(30)
    items[2] = replace(
        items[2], status=ItemStatus.CURRENT, running_since=begun, first_started_at=begun
    )
    look = outlook(session(current=3), items, begun + minutes(5))
    assert look.warnings == [] and look.overrun == 0
    assert look.defer_proposal == 3
    assert look.defer_offer is None  # nothing to say under the agenda
    # the closing current: nothing to propose
    closing = [
        replace(i, status=ItemStatus.DONE, running_since=None, first_started_at=START)
        for i in items[:5]
    ] + [replace(items[5], status=ItemStatus.CURRENT, running_since=begun)]
    assert outlook(session(current=6), closing, begun + minutes(5)).defer_proposal is None
