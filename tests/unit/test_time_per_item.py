"""The time the minutes give each agenda item, against what was said under it.

Scripted meetings through the services, as the keys run them, with a fake clock;
the minutes are read as the exporters read them (:func:`collect`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pytest

from facilitator.domain import stats
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import AgendaItem, ItemStatus
from facilitator.export.jsonexport import render_json
from facilitator.export.markdown import render_markdown
from facilitator.export.record import SessionRecord, collect
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan


@pytest.fixture
def service(store: Store, clock: FakeClock) -> Services:
    session = import_plan(store, make_plan(participants=6)).session
    return Services.open(store, session.id, clock)


def item_of(service: Services, item_id: int) -> AgendaItem:
    """The agenda item as stored now."""
    found = service.reading.state().item(item_id)
    assert found is not None
    return found


def spoken_under(record: SessionRecord, item_id: int | None) -> float:
    """Seconds of speech the minutes file under the item."""
    return sum(s.duration(record.now) for s in record.speeches if s.item_id == item_id)


def agenda_row(markdown: str, n: int) -> list[str]:
    """The cells of row ``n`` of the minutes' agenda table."""
    row = next(line for line in markdown.splitlines() if line.startswith(f"| {n} |"))
    return [cell.strip() for cell in row.strip("|").split("|")]


def test_deferring_the_item_under_discussion_goes_on_with_the_next_and_the_minutes_agree(
    service: Services, clock: FakeClock
) -> None:
    """The chair defers the item being discussed (its timer running): the meeting goes on
    with the next item, the timer with it. Picked up later and finished, the deferred
    item gets in the minutes the time spent on it, which is the time spoken under it; the
    next item gets its own, and no minute counts twice."""
    people = service.reading.state().participants
    first, second, third = service.reading.state().items
    service.agenda.toggle_timer()
    service.floor.give_floor(people[0].id)
    clock.advance(minutes=5)
    service.floor.end_speech()

    service.agenda.defer(first.id)
    service.floor.give_floor(people[1].id)
    clock.advance(minutes=3)
    service.floor.give_floor(people[2].id)
    clock.advance(minutes=2)
    service.floor.end_speech()

    service.agenda.goto(first.id)  # picked up again
    service.floor.give_floor(people[3].id)
    clock.advance(minutes=4)
    service.floor.end_speech()
    service.closing.close()

    record = collect(service.store, service.session_id)
    items = {i.id: i for i in record.items}
    assert record.item_seconds(items[first.id]) == spoken_under(record, first.id) == 9 * 60
    assert record.item_seconds(items[second.id]) == spoken_under(record, second.id) == 5 * 60
    assert record.item_seconds(items[third.id]) == 0
    # every minute of the meeting counted once, under one item
    assert sum(record.item_seconds(i) for i in record.items) == 14 * 60
    minutes = render_markdown(record, "nl")
    assert agenda_row(minutes, 1)[3] == "9 min"
    assert agenda_row(minutes, 2)[3] == "5 min"


def test_deferring_the_running_item_goes_on_with_the_next_the_timer_with_it(
    service: Services, clock: FakeClock
) -> None:
    first, second, _third = service.reading.state().items
    service.agenda.toggle_timer()
    clock.advance(minutes=5)
    service.agenda.defer(first.id)
    clock.advance(minutes=1)
    state = service.reading.state()
    assert state.session.current_item_id == second.id
    assert item_of(service, second.id).elapsed(clock.now()) == 60
    deferred = item_of(service, first.id)
    assert deferred.status == ItemStatus.DEFERRED
    assert not deferred.running and deferred.elapsed_seconds == 5 * 60


def test_deferring_the_paused_current_item_files_what_follows_under_the_next(
    service: Services, clock: FakeClock
) -> None:
    """A break, then the chair defers the item that was under discussion: what is said
    and noted from then on belongs to the next item, whose timer waits for space."""
    people = service.reading.state().participants
    first, second, _third = service.reading.state().items
    service.agenda.toggle_timer()
    clock.advance(minutes=6)
    service.agenda.toggle_timer()  # a break
    service.agenda.defer(first.id)
    state = service.reading.state()
    assert state.session.current_item_id == second.id
    assert not any(i.running for i in state.items)
    assert item_of(service, first.id).elapsed_seconds == 6 * 60
    service.floor.give_floor(people[0].id)
    speech = service.reading.state().current_speech
    assert speech is not None and speech.item_id == second.id
    assert service.agenda.toggle_timer() is True  # space starts the next item
    assert item_of(service, second.id).running


def test_deferring_the_last_item_left_pauses_it_where_it_is(
    service: Services, clock: FakeClock
) -> None:
    """With nothing left to go on with, the deferred item stays current, paused."""
    first, second, third = service.reading.state().items
    service.agenda.goto(third.id)
    service.agenda.defer(first.id)
    service.agenda.defer(second.id)
    service.agenda.toggle_timer()
    clock.advance(minutes=2)
    service.agenda.defer(third.id)
    state = service.reading.state()
    assert state.session.current_item_id == third.id
    item = item_of(service, third.id)
    assert item.status == ItemStatus.DEFERRED and not item.running
    assert item.elapsed_seconds == 120


def test_one_undo_takes_back_the_deferral_and_the_move_along(
    service: Services, clock: FakeClock
) -> None:
    first, second, _third = service.reading.state().items
    service.agenda.toggle_timer()
    clock.advance(minutes=3)
    service.agenda.defer(first.id)
    assert service.history.undo() is not None
    state = service.reading.state()
    assert state.session.current_item_id == first.id
    assert item_of(service, first.id).running
    assert item_of(service, first.id).status == ItemStatus.CURRENT
    assert not item_of(service, second.id).running


# -- a speech that runs across an item change ---------------------------------------------


def test_a_speech_across_an_item_change_counts_its_part_under_each_item(
    service: Services, clock: FakeClock
) -> None:
    """The chair moves to the next item while someone still has the floor: what they say
    before the change counts under the first item, the rest under the next, in the
    speaking time per item, per person and per sector. Their turn stays one turn, and the
    totals per person and for the session stay what they were."""
    people = service.reading.state().participants
    first, second, _third = service.reading.state().items
    talker, next_up = people[0], people[1]
    assert talker.sector != next_up.sector
    service.agenda.toggle_timer()
    service.floor.give_floor(talker.id)
    clock.advance(minutes=4)
    service.agenda.move(+1)  # the talker still has the floor
    clock.advance(minutes=2)
    service.floor.give_floor(next_up.id)
    clock.advance(minutes=3)
    service.closing.close()

    record = collect(service.store, service.session_id)
    items = {i.id: i for i in record.items}
    assert spoken_under(record, first.id) == record.item_seconds(items[first.id]) == 4 * 60
    assert spoken_under(record, second.id) == record.item_seconds(items[second.id]) == 5 * 60

    def seconds(tallies: Mapping[Any, stats.Tally]) -> dict[Any, float]:
        return {key: t.seconds for key, t in tallies.items() if t.seconds}

    now = record.now
    assert seconds(stats.by_participant(record.speeches, now, first.id)) == {talker.id: 240}
    assert seconds(stats.by_participant(record.speeches, now, second.id)) == {
        talker.id: 120,
        next_up.id: 180,
    }
    on_second = stats.by_sector(record.speeches, record.participants, now, second.id)
    assert seconds(on_second) == {talker.sector: 120, next_up.sector: 180}
    # the totals: one turn each, six minutes and three
    assert record.by_participant == {
        talker.id: stats.Tally(1, 360),
        next_up.id: stats.Tally(1, 180),
    }
    assert seconds(record.by_sector) == {talker.sector: 360, next_up.sector: 180}
    assert sum(t.turns for t in record.by_sector.values()) == 2

    data = json.loads(render_json(record))
    per_item: dict[int, int] = {}
    for speech in data["speeches"]:
        per_item[speech["item_id"]] = per_item.get(speech["item_id"], 0) + speech["seconds"]
    assert per_item == {a["id"]: a["actual_seconds"] for a in data["agenda"] if a["actual_seconds"]}
    assert per_item == {first.id: 240, second.id: 300}
    talker_data = next(p for p in data["participants"] if p["id"] == talker.id)
    assert (talker_data["turns"], talker_data["speaking_seconds"]) == (1, 360)
    minutes = render_markdown(record, "nl").splitlines()
    row = next(line for line in minutes if line.startswith(f"| {talker.name} |"))
    assert "| 1 | 6 min 00 s |" in row


def test_the_speech_going_on_when_the_item_is_deferred_counts_on_under_the_next(
    service: Services, clock: FakeClock
) -> None:
    people = service.reading.state().participants
    first, second, _third = service.reading.state().items
    service.agenda.toggle_timer()
    service.floor.give_floor(people[0].id)
    clock.advance(minutes=5)
    service.agenda.defer(first.id)  # they go on talking
    clock.advance(minutes=3)
    service.floor.end_speech()
    service.agenda.goto(first.id)
    service.floor.give_floor(people[1].id)
    clock.advance(minutes=2)
    service.closing.close()

    record = collect(service.store, service.session_id)
    items = {i.id: i for i in record.items}
    assert spoken_under(record, first.id) == record.item_seconds(items[first.id]) == 7 * 60
    assert spoken_under(record, second.id) == record.item_seconds(items[second.id]) == 3 * 60
    assert record.by_participant[people[0].id] == stats.Tally(1, 8 * 60)


def test_the_speaker_keeps_one_turn_on_the_floor_across_item_changes(
    service: Services, clock: FakeClock
) -> None:
    """Back and forth between items while one person talks: still one turn, its time
    counted from when they got the floor; the last item has their words since it came up."""
    people = service.reading.state().participants
    first, second, _third = service.reading.state().items
    service.floor.give_floor(people[0].id)  # before the first item's timer starts
    clock.advance(seconds=30)
    service.agenda.toggle_timer()
    clock.advance(seconds=60)
    service.agenda.move(+1)
    clock.advance(seconds=60)
    service.agenda.move(-1)
    clock.advance(seconds=45)
    state = service.reading.state()
    speech = state.current_speech
    assert speech is not None and speech.item_id == first.id
    assert stats.turn_seconds(state.speeches, speech, clock.now()) == 195
    tallies = stats.by_participant(state.speeches, clock.now())
    assert tallies == {people[0].id: stats.Tally(1, 195)}
    assert stats.by_participant(state.speeches, clock.now(), None)[people[0].id].seconds == 195
    assert [(s.item_id, s.duration(clock.now())) for s in state.speeches] == [
        (None, 30),
        (first.id, 60),
        (second.id, 60),
        (first.id, 45),
    ]


def test_one_undo_of_the_item_change_gives_the_speech_back_whole(
    service: Services, clock: FakeClock
) -> None:
    people = service.reading.state().participants
    first, _second, _third = service.reading.state().items
    service.agenda.toggle_timer()
    service.floor.give_floor(people[0].id)
    clock.advance(minutes=2)
    service.agenda.move(+1)
    assert service.history.undo() is not None
    clock.advance(minutes=1)
    speeches = service.reading.state().speeches
    assert [(s.item_id, s.ended_at, s.duration(clock.now())) for s in speeches] == [
        (first.id, None, 180)
    ]


def test_an_item_change_the_moment_someone_gets_the_floor_files_their_speech_under_it(
    service: Services, clock: FakeClock
) -> None:
    people = service.reading.state().participants
    _first, second, _third = service.reading.state().items
    service.agenda.toggle_timer()
    clock.advance(minutes=2)
    service.floor.give_floor(people[0].id)
    service.agenda.move(+1)  # at the same moment: nothing said yet under the first item
    speeches = service.reading.state().speeches
    assert [(s.item_id, s.ended_at) for s in speeches] == [(second.id, None)]
