"""The time the minutes give each agenda item, against what was said under it.

Scripted meetings through the services, as the keys run them, with a fake clock;
the minutes are read as the exporters read them (:func:`collect`).
"""

from __future__ import annotations

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import AgendaItem, ItemStatus
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
