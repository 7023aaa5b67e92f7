"""Agenda timers, moving along the agenda, the projected end and rebalancing."""

from __future__ import annotations

import random
from dataclasses import asdict, replace
from datetime import UTC, datetime, timedelta

from facilitator.domain import agenda
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import AgendaItem, ItemStatus

T0 = datetime(2020, 10, 6, 14, 0, tzinfo=UTC)


def item(id: int, minutes: float = 10, **kw: object) -> AgendaItem:
    fields: dict = dict(
        id=id,
        session_id=1,
        position=id,
        key=f"i{id}",
        title=f"Item {id}",
        planned_seconds=int(minutes * 60),
    )
    fields.update(kw)
    return AgendaItem(**fields)


def apply(items: list[AgendaItem], changed: list[AgendaItem]) -> list[AgendaItem]:
    by_id = {i.id: i for i in changed}
    return [by_id.get(i.id, i) for i in items]


def by_id(items: list[AgendaItem], id: int) -> AgendaItem:
    return next(i for i in items if i.id == id)


# --- timer ---------------------------------------------------------------


def test_start_sets_running_first_start_and_current() -> None:
    clock = FakeClock(T0)
    original = item(1)
    started = agenda.start(original, clock.now())
    assert started.running_since == T0
    assert started.first_started_at == T0
    assert started.status == ItemStatus.CURRENT
    assert original.running_since is None and original.status == ItemStatus.TODO  # untouched


def test_start_when_running_is_a_noop_copy() -> None:
    clock = FakeClock(T0)
    started = agenda.start(item(1), clock.now())
    clock.advance(minutes=3)
    again = agenda.start(started, clock.now())
    assert again == started and again is not started
    assert again.elapsed(clock.now()) == 180


def test_pause_folds_running_time_and_resume_keeps_first_start() -> None:
    clock = FakeClock(T0)
    it = agenda.start(item(1), clock.now())
    clock.advance(minutes=2)
    it = agenda.pause(it, clock.now())
    assert it.running_since is None and it.elapsed_seconds == 120
    clock.advance(minutes=30)  # paused: no time counts
    assert it.elapsed(clock.now()) == 120
    it = agenda.start(it, clock.now())
    assert it.first_started_at == T0
    clock.advance(seconds=45)
    assert it.elapsed(clock.now()) == 165
    assert agenda.pause(agenda.pause(it, clock.now()), clock.now()).elapsed_seconds == 165


def test_toggle_alternates() -> None:
    clock = FakeClock(T0)
    it = agenda.toggle(item(1), clock.now())
    assert it.running
    clock.advance(seconds=10)
    it = agenda.toggle(it, clock.now())
    assert not it.running and it.elapsed_seconds == 10


def test_four_hours_of_pause_and_resume_has_no_drift() -> None:
    clock = FakeClock(T0)
    rng = random.Random(42)
    it = item(1, minutes=240)
    expected = 0.0
    while clock.now() < T0 + timedelta(hours=4):
        it = agenda.start(it, clock.now())
        run = rng.randint(1, 90)
        clock.advance(seconds=run)
        expected += run
        it = agenda.pause(it, clock.now())
        clock.advance(seconds=rng.randint(0, 30))
    assert it.elapsed_seconds == expected  # whole seconds: exact
    assert it.elapsed(clock.now()) == expected
    total = (clock.now() - T0).total_seconds()
    assert total >= 4 * 3600 and expected < total


def test_fractional_seconds_accumulate_to_the_stored_arithmetic() -> None:
    clock = FakeClock(T0)
    it = item(1, minutes=240)
    for _ in range(5000):
        it = agenda.start(it, clock.now())
        clock.advance(seconds=2.3)
        it = agenda.pause(it, clock.now())
        clock.advance(seconds=0.7)
    assert abs(it.elapsed_seconds - 5000 * 2.3) < 1e-6


def test_restart_in_the_middle_resumes_from_stored_fields() -> None:
    clock = FakeClock(T0)
    it = agenda.start(item(1), clock.now())
    clock.advance(minutes=4)
    it = agenda.pause(it, clock.now())
    it = agenda.start(it, clock.advance(minutes=1))
    stored = asdict(it)  # what the store keeps; the app quits here
    clock.advance(minutes=3, seconds=30)  # ... and is restarted later
    rebuilt = AgendaItem(**stored)
    assert rebuilt.running
    assert rebuilt.elapsed(clock.now()) == 4 * 60 + 3 * 60 + 30
    assert agenda.pause(rebuilt, clock.now()).elapsed_seconds == 450


def test_status_ok_warning_overrun() -> None:
    clock = FakeClock(T0)
    it = agenda.start(item(1, minutes=10), clock.now())
    assert agenda.status_of(it, clock.now()) == "ok"
    clock.advance(minutes=7, seconds=59)
    assert agenda.status_of(it, clock.now()) == "ok"
    clock.advance(seconds=1)  # 8:00 = last 20 %
    assert agenda.status_of(it, clock.now()) == "warning"
    clock.advance(minutes=2)  # exactly the planned time
    assert agenda.status_of(it, clock.now()) == "warning"
    clock.advance(seconds=1)
    assert agenda.status_of(it, clock.now()) == "overrun"
    assert it.overrun(clock.now()) == 1


def test_adjust_planned_never_below_a_minute() -> None:
    it = item(1, minutes=5)
    assert agenda.adjust_planned(it, 120).planned_seconds == 420
    assert agenda.adjust_planned(it, -180).planned_seconds == 120
    assert agenda.adjust_planned(it, -600).planned_seconds == 60
    assert it.planned_seconds == 300


def test_defer_pauses_and_undefer_puts_back() -> None:
    clock = FakeClock(T0)
    it = agenda.start(item(1), clock.now())
    deferred = agenda.defer(it, clock.advance(minutes=2))
    assert deferred.status == ItemStatus.DEFERRED and not deferred.running
    assert deferred.elapsed_seconds == 120
    back = agenda.undefer(deferred)
    assert back.status == ItemStatus.TODO and back.elapsed_seconds == 120
    assert agenda.undefer(it, clock.now()).status == ItemStatus.CURRENT  # not deferred


def test_deferring_the_current_item_goes_on_with_the_next_the_timer_with_it() -> None:
    clock = FakeClock(T0)
    items = [
        item(1, status=ItemStatus.DONE, elapsed_seconds=60),
        agenda.start(item(2), T0),
        item(3, status=ItemStatus.DEFERRED),
        item(4),
    ]
    clock.advance(minutes=7)
    changed, current = agenda.defer_current(items, 2, clock.now())
    assert current == 4  # skips the done and the deferred items
    put_off, new = by_id(changed, 2), by_id(changed, 4)
    assert put_off.status == ItemStatus.DEFERRED and not put_off.running
    assert put_off.elapsed_seconds == 7 * 60
    assert new.status == ItemStatus.CURRENT and new.running_since == clock.now()


def test_deferring_the_paused_current_item_goes_on_paused_to_an_earlier_item_left() -> None:
    items = [item(1), item(2, status=ItemStatus.CURRENT, elapsed_seconds=90), item(3)]
    changed, current = agenda.defer_current(items, 2, T0)
    assert current == 1  # the item the timer takes next: the first not done nor deferred
    assert by_id(changed, 1).status == ItemStatus.CURRENT and not by_id(changed, 1).running
    assert by_id(changed, 2).status == ItemStatus.DEFERRED


def test_deferring_the_current_item_with_nothing_left_keeps_it_current_paused() -> None:
    items = [item(1, status=ItemStatus.DONE), agenda.start(item(2), T0)]
    changed, current = agenda.defer_current(items, 2, T0 + timedelta(minutes=3))
    assert current == 2
    assert [(i.id, i.status, i.running, i.elapsed_seconds) for i in changed] == [
        (2, ItemStatus.DEFERRED, False, 180)
    ]


def test_active_items_sorted_without_removed() -> None:
    items = [item(3, position=1), item(1, position=3), item(2, position=2, removed=True)]
    assert [i.id for i in agenda.active_items(items)] == [3, 1]


# --- moving along --------------------------------------------------------


# --- the item the timer starts on -------------------------------------------


def test_timer_item_is_the_current_item_while_it_is_on_the_agenda() -> None:
    items = [item(1, status=ItemStatus.DONE), item(2, status=ItemStatus.CURRENT), item(3)]
    assert agenda.timer_item(items, 2) == items[1]
    assert agenda.timer_item(items, 1) == items[0]  # current, even when it ran before


def test_timer_item_skips_a_deferred_first_item_without_a_current_one() -> None:
    items = [item(1, status=ItemStatus.DEFERRED), item(2), item(3)]
    assert agenda.timer_item(items, None) == items[1]


def test_timer_item_passes_over_a_current_item_that_was_deferred_or_removed() -> None:
    items = [item(1, status=ItemStatus.DEFERRED), item(2, status=ItemStatus.DONE), item(3)]
    assert agenda.timer_item(items, 1) == items[2]
    removed = [item(1, removed=True), item(2)]
    assert agenda.timer_item(removed, 1) == removed[1]
    assert agenda.timer_item(items, 99) == items[2]  # an unknown current item


def test_timer_item_is_none_when_nothing_is_left_to_time() -> None:
    items = [item(1, status=ItemStatus.DONE), item(2, status=ItemStatus.DEFERRED)]
    assert agenda.timer_item(items, None) is None
    assert agenda.timer_item([], None) is None


def test_timer_item_follows_agenda_order_not_list_order() -> None:
    items = [item(3, position=1), item(1, position=2)]
    assert agenda.timer_item(items, None) == items[0]


def test_next_from_nothing_goes_to_first_not_done_paused() -> None:
    items = [item(1, status=ItemStatus.DONE, elapsed_seconds=60), item(2), item(3)]
    changed, current = agenda.move(items, None, +1, T0)
    assert current == 2
    assert [(i.id, i.status, i.running) for i in changed] == [(2, ItemStatus.CURRENT, False)]
    assert agenda.move(items, None, -1, T0) == ([], None)


def test_why_nothing_moves_at_either_end() -> None:
    """The reason a refused ] or [ gives: the last or first item (numbered as on the
    agenda), only deferred items that way, or no current item."""
    items = [item(1, status=ItemStatus.DEFERRED), item(2), item(3), item(4, removed=True)]

    def why(current: int | None, step: int) -> tuple[str, dict[str, object]]:
        refusal = agenda.cannot_move(items, current, step)
        return refusal.key, refusal.values

    assert why(3, +1) == ("agenda.last", {"n": 3})  # the removed item 4 is no item
    assert why(2, -1) == ("agenda.deferred_before", {"n": 2})
    assert why(1, -1) == ("agenda.first", {"n": 1})
    items[2] = item(3, status=ItemStatus.DEFERRED)
    assert why(2, +1) == ("agenda.deferred_after", {"n": 2})
    assert why(None, -1)[0] == "agenda.no_current"
    assert why(None, +1)[0] == "agenda.nothing_to_time"


def test_next_moves_the_running_timer_along() -> None:
    clock = FakeClock(T0)
    items = [agenda.start(item(1), clock.now()), item(2), item(3)]
    clock.advance(minutes=12)
    changed, current = agenda.move(items, 1, +1, clock.now())
    assert current == 2
    old, new = by_id(changed, 1), by_id(changed, 2)
    assert old.status == ItemStatus.DONE and not old.running and old.elapsed_seconds == 720
    assert new.status == ItemStatus.CURRENT and new.running_since == clock.now()
    assert new.first_started_at == clock.now()
    assert by_id(items, 1).running  # inputs untouched


def test_next_with_paused_timer_keeps_it_paused_and_unrun_item_back_to_todo() -> None:
    items = [item(1, status=ItemStatus.CURRENT), item(2)]
    changed, current = agenda.move(items, 1, +1, T0)
    assert current == 2
    assert by_id(changed, 1).status == ItemStatus.TODO  # never ran
    assert not by_id(changed, 2).running


def test_an_item_only_stepped_through_is_left_to_come_and_one_noted_is_done() -> None:
    clock = FakeClock(T0)
    items = [agenda.start(item(1), T0), item(2), item(3)]
    clock.advance(minutes=12)
    items = apply(items, agenda.move(items, 1, +1, clock.now())[0])
    clock.advance(seconds=0.3)
    changed, current = agenda.move(items, 2, +1, clock.now())
    passed = by_id(changed, 2)
    assert current == 3 and by_id(changed, 3).running
    assert passed.status == ItemStatus.TODO and not passed.running
    assert passed.elapsed_seconds == 0 and passed.first_started_at is None
    assert agenda.to_come(passed, current)
    noted = by_id(agenda.move(items, 2, +1, clock.now(), noted={2})[0], 2)
    assert noted.status == ItemStatus.DONE and noted.elapsed_seconds == 0.3
    clock.advance(seconds=agenda.PASSING_SECONDS)
    stayed = by_id(agenda.move(items, 2, +1, clock.now())[0], 2)
    assert stayed.status == ItemStatus.DONE


def test_previous_goes_back_and_resumes_its_timer() -> None:
    clock = FakeClock(T0)
    items = [item(1, status=ItemStatus.DONE, elapsed_seconds=300), agenda.start(item(2), T0)]
    clock.advance(minutes=1)
    changed, current = agenda.move(items, 2, -1, clock.now())
    assert current == 1
    items = apply(items, changed)
    assert by_id(items, 2).status == ItemStatus.DONE
    back = by_id(items, 1)
    assert back.status == ItemStatus.CURRENT and back.running
    clock.advance(seconds=30)
    assert back.elapsed(clock.now()) == 330


def test_next_skips_deferred_and_ends_do_nothing() -> None:
    items = [item(1, status=ItemStatus.CURRENT), item(2, status=ItemStatus.DEFERRED), item(3)]
    changed, current = agenda.move(items, 1, +1, T0)
    assert current == 3
    assert agenda.move(items, 3, +1, T0) == ([], 3)
    assert agenda.move(items, 1, -1, T0) == ([], 1)
    only_deferred_after = [item(1, status=ItemStatus.CURRENT), item(2, status=ItemStatus.DEFERRED)]
    assert agenda.move(only_deferred_after, 1, +1, T0) == ([], 1)


def test_leaving_a_deferred_current_item_keeps_it_deferred() -> None:
    items = [item(1, status=ItemStatus.DEFERRED, elapsed_seconds=30), item(2)]
    changed, current = agenda.move(items, 1, +1, T0)
    assert current == 2 and by_id(changed, 1).status == ItemStatus.DEFERRED


def test_goto_jumps_with_the_timer_and_picks_up_deferred() -> None:
    clock = FakeClock(T0)
    items = [agenda.start(item(1), T0), item(2), item(3, status=ItemStatus.DEFERRED)]
    clock.advance(minutes=5)
    changed, current = agenda.goto(items, 1, 3, clock.now())
    assert current == 3
    assert by_id(changed, 3).status == ItemStatus.CURRENT and by_id(changed, 3).running
    assert by_id(changed, 1).status == ItemStatus.DONE
    assert agenda.goto(items, 1, 1, T0) == ([], 1)
    assert agenda.goto(items, 1, 99, T0) == ([], 1)


# --- projection ----------------------------------------------------------


def test_projection_before_start_is_planned_start_plus_plan() -> None:
    items = [item(1, 30), item(2, 20), item(3, 10, status=ItemStatus.DEFERRED)]
    p = agenda.project(items, None, T0 - timedelta(hours=1), T0, None, None)
    assert p.planned_seconds == 50 * 60
    assert p.projected_end == T0 + timedelta(minutes=50) == p.planned_end
    assert p.delay_seconds == 0 and p.session_elapsed_seconds == 0 and p.started_at is None


def test_projection_late_start_slides_but_is_counted_apart() -> None:
    items = [item(1, 30), item(2, 20)]
    late = T0 + timedelta(minutes=10)
    p = agenda.project(items, None, late, T0, T0 - timedelta(minutes=15), None)
    assert p.projected_end == late + timedelta(minutes=50) == p.planned_end
    assert p.delay_seconds == 0 and p.late_start_seconds == 600
    assert p.session_elapsed_seconds == 25 * 60
    # once started, the actual start anchors the plan
    items = [agenda.start(items[0], late), items[1]]
    p = agenda.project(items, 1, late + timedelta(minutes=5), T0, None, None)
    assert p.started_at == late and p.late_start_seconds == 600 and p.delay_seconds == 0


def test_a_session_reopened_on_a_later_day_counts_the_time_on_its_items() -> None:
    # held on 6 October (45 minutes on its items), reopened months later to mark an
    # action done: 'elapsed' is the meeting's 45 minutes, not the months in between
    held = agenda.pause(agenda.start(item(1, 60), T0), T0 + timedelta(minutes=45))
    later = T0 + timedelta(days=150)
    p = agenda.project([held, item(2, 30)], None, later, T0, T0, None)
    assert p.session_elapsed_seconds == 45 * 60
    # on the day itself it is the wall time since opening, breaks included
    p = agenda.project([held, item(2, 30)], None, T0 + timedelta(hours=2), T0, T0, None)
    assert p.session_elapsed_seconds == 2 * 3600


def test_projection_at_current_pace_and_delay() -> None:
    clock = FakeClock(T0)
    items = [agenda.start(item(1, 10), T0), item(2, 20), item(3, 15)]
    clock.advance(minutes=4)
    p = agenda.project(items, 1, clock.now(), T0, T0, None)
    assert p.projected_end == T0 + timedelta(minutes=45)
    assert p.delay_seconds == 0 and p.elapsed_seconds == 240
    clock.advance(minutes=11)  # item 1 overran by 5 minutes
    p = agenda.project(items, 1, clock.now(), T0, T0, None)
    assert p.projected_end == clock.now() + timedelta(minutes=35)
    assert p.delay_seconds == 300
    changed, current = agenda.move(items, 1, +1, clock.now())
    items = apply(items, changed)
    clock.advance(minutes=5)
    p = agenda.project(items, current, clock.now(), T0, T0, None)
    assert p.projected_end == T0 + timedelta(minutes=50) and p.delay_seconds == 300


def test_projection_ahead_of_time_is_negative_delay() -> None:
    items = [agenda.start(item(1, 10), T0), item(2, 20)]
    changed, current = agenda.move(items, 1, +1, T0 + timedelta(minutes=6))
    p = agenda.project(apply(items, changed), current, T0 + timedelta(minutes=6), T0, T0, None)
    assert p.delay_seconds == -240


def test_items_past_the_hard_end_and_cut() -> None:
    items = [agenda.start(item(1, 30), T0), item(2, 20), item(3, 20), item(4, 10)]
    now = T0 + timedelta(minutes=40)  # item 1 overran by 10 minutes
    hard_end = T0 + timedelta(minutes=75)
    p = agenda.project(items, 1, now, T0, T0, hard_end)
    # item 2: 40-60, item 3: 60-80 (partly past), item 4: 80-90 (cut)
    assert p.past_hard_end == [3, 4] and p.cut_items == [4] and p.hard_end == hard_end
    p = agenda.project(items, 1, now, T0, T0, T0 + timedelta(minutes=90))
    assert p.past_hard_end == [] and p.cut_items == []


def test_current_item_running_past_hard_end_is_not_cut() -> None:
    items = [agenda.start(item(1, 30), T0), item(2, 20)]
    p = agenda.project(items, 1, T0 + timedelta(minutes=20), T0, T0, T0 + timedelta(minutes=25))
    assert p.past_hard_end == [1, 2] and p.cut_items == [2]


# --- rebalance -----------------------------------------------------------


def test_rebalance_takes_proportionally_in_whole_minutes() -> None:
    items = [item(1, 10, status=ItemStatus.CURRENT), item(2, 30), item(3, 10)]
    changed = agenda.rebalance(items, 1, 8 * 60)
    assert {i.id: i.planned_seconds for i in changed} == {2: 24 * 60, 3: 8 * 60}


def test_rebalance_rounds_up_and_only_touches_later_todo_items() -> None:
    items = [
        item(1, 10, status=ItemStatus.DONE, elapsed_seconds=600),
        item(2, 10, status=ItemStatus.CURRENT),
        item(3, 20, status=ItemStatus.DEFERRED),
        item(4, 20),
    ]
    changed = agenda.rebalance(items, 2, 90)
    assert [(i.id, i.planned_seconds) for i in changed] == [(4, 18 * 60)]
    assert by_id(items, 4).planned_seconds == 20 * 60


def test_rebalance_never_below_a_minute_and_takes_what_it_can() -> None:
    items = [item(1, 10, status=ItemStatus.CURRENT), item(2, 3), item(3, 1), item(4, 2.5)]
    changed = agenda.rebalance(items, 1, 60 * 60)
    assert {i.id: i.planned_seconds for i in changed} == {2: 60, 4: 90}
    assert agenda.rebalance(items, 1, 0) == []


def test_rebalance_caps_shift_the_rest_to_bigger_items() -> None:
    items = [item(1, 5, status=ItemStatus.CURRENT), item(2, 2), item(3, 40)]
    changed = agenda.rebalance(items, 1, 10 * 60)
    result = {i.id: i.planned_seconds for i in changed}
    assert sum(by_id(items, i).planned_seconds - s for i, s in result.items()) == 600
    assert all(s >= 60 for s in result.values())


def test_rebalance_without_current_uses_all_todo_items() -> None:
    items = [item(1, 10), item(2, 10)]
    changed = agenda.rebalance(items, None, 4 * 60)
    assert {i.id: i.planned_seconds for i in changed} == {1: 480, 2: 480}
    assert [replace(i) for i in items] == items
