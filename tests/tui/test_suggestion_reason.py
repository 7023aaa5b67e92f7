"""The suggestion's reason is true against the whole queue.

Fatma (onderwijs, a sector heard before) raises her hand; 1:49 later Bram, standing in
for Jeroen (bedrijfsleven), and 2 seconds after him Mo, who walked in (maatschappelijk):
neither sector has spoken yet. Bram goes first: his sector was heard least, and he came
before Mo. The console said "wacht het langst" ("waited longest"), from the wait that
put him ahead of Mo, while Fatma had waited longest by far.
"""

from __future__ import annotations

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.service import Services
from facilitator.store import Store
from facilitator.tui.widgets.speakers import FloorPanel
from tests.tui.conftest import AppFactory
from tests.tui.test_console import SIZE, shown, tick


@pytest.mark.parametrize(
    ("lang", "reason", "wrong"),
    [
        ("nl", "bedrijfsleven het minst gehoord", "wacht het langst"),
        ("en", "business heard least", "waited longest"),
    ],
    ids=["nl", "en"],
)
async def test_the_reason_names_the_sector_heard_least_not_a_wait_that_was_not_longest(
    app_factory: AppFactory,
    store: Store,
    session_id: int,
    clock: FakeClock,
    lang: str,
    reason: str,
    wrong: str,
) -> None:
    meeting = Services.open(store, session_id, clock)
    people = store.participants(session_id)
    meeting.agenda.toggle_timer()
    meeting.floor.enqueue(people[0].id)  # Erik, onderwijs, speaks a minute
    meeting.floor.give_floor()
    clock.advance(seconds=60)
    meeting.floor.end_speech()
    meeting.floor.enqueue(people[1].id)  # Fatma, onderwijs
    clock.advance(seconds=109)
    bram = meeting.floor.stand_in(people[2].id, "Bram Ros")  # for Jeroen, bedrijfsleven
    meeting.floor.enqueue(bram.id)
    clock.advance(seconds=2)
    mo = meeting.floor.add_participant("Mo", "", "maatschappelijk")
    meeting.floor.enqueue(mo.id)
    clock.advance(seconds=46)
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await tick(app, clock, 0, pilot)
        floor = shown(app.screen.query_one(FloorPanel))
        assert "wacht 2:37" in floor or "waits 2:37" in floor  # Fatma
        assert "Bram Ros" in floor.split("suggest")[1].split(reason)[0]
        assert reason in floor and wrong not in floor
