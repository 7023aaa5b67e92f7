"""A click on the console that changes the meeting says so; one that would do what cannot be
meant (queue the speaker, or someone already waiting) is refused, saying why.

One click on an agenda row went there (the item running over left, those between it and
the row skipped) and one on a participant queued them, both without a word; the speaker
clicked was put at the end of the queue as well.
"""

from __future__ import annotations

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.widgets.agenda import AgendaPanel
from facilitator.tui.widgets.base import StatePanel
from facilitator.tui.widgets.table import ParticipantTable
from tests.tui.notes_fixtures import app_for, import_twente, start_meeting
from tests.tui.test_console import queue_numbers, speaker_number

SIZE = (120, 40)


@pytest.fixture
def twente(store: Store) -> int:
    return import_twente(store)


def notices(app: FacilitatorApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def row_of(panel: StatePanel, record_id: int) -> tuple[int, int]:
    """Where to click ``panel`` to hit the first line that shows ``record_id``."""
    top = panel.content_region.y - panel.region.y
    left = panel.content_region.x - panel.region.x
    return left + 4, top + panel._rows.index(record_id)


def third_running_over(store: Store, session_id: int, clock: FakeClock) -> None:
    """Item 3 current and past its time, participant 3 speaking."""
    services = start_meeting(store, session_id, clock, speaker=3)
    items = store.items(session_id)
    services.agenda.goto(items[2].id)
    clock.advance(seconds=items[2].planned_seconds + 133)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "Naar agendapunt 5: {title}. ctrl+z maakt het ongedaan."),
        ("en", "Went to agenda item 5: {title}. ctrl+z takes it back."),
    ],
)
async def test_a_click_on_an_agenda_row_says_where_the_meeting_went(
    store: Store, twente: int, clock: FakeClock, lang: str, said: str
) -> None:
    third_running_over(store, twente, clock)
    items = store.items(twente)
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        panel = app.screen.query_one(AgendaPanel)
        await pilot.click(AgendaPanel, offset=row_of(panel, items[4].id))
        await pilot.pause()
        assert store.session(twente).current_item_id == items[4].id  # type: ignore[union-attr]
        assert notices(app)[-1] == said.format(title=items[4].title)
        await pilot.press("ctrl+z")
    assert store.session(twente).current_item_id == items[2].id  # type: ignore[union-attr]


async def test_a_click_on_the_current_item_changes_nothing_and_says_nothing(
    store: Store, twente: int, clock: FakeClock
) -> None:
    third_running_over(store, twente, clock)
    items = store.items(twente)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        panel = app.screen.query_one(AgendaPanel)
        await pilot.click(AgendaPanel, offset=row_of(panel, items[2].id))
        await pilot.pause()
        assert notices(app) == []
    assert store.session(twente).current_item_id == items[2].id  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "{who} staat nu in de rij. ctrl+z maakt het ongedaan."),
        ("en", "{who} is in the queue now. ctrl+z takes it back."),
    ],
)
async def test_a_click_on_a_participant_says_they_are_queued(
    store: Store, twente: int, clock: FakeClock, lang: str, said: str
) -> None:
    third_running_over(store, twente, clock)
    person = store.participants(twente)[4]
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(ParticipantTable)
        await pilot.click(ParticipantTable, offset=row_of(table, person.id))
        await pilot.pause()
        assert queue_numbers(store, twente) == [5]
        assert notices(app)[-1] == said.format(who=f"5 {person.name}")
        await pilot.press("ctrl+z")
    assert queue_numbers(store, twente) == []


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "{who} heeft het woord en komt niet in de rij."),
        ("en", "{who} has the floor and is not put in the queue."),
    ],
)
async def test_a_click_on_the_speaker_is_refused_saying_why(
    store: Store, twente: int, clock: FakeClock, lang: str, said: str
) -> None:
    third_running_over(store, twente, clock)
    speaker = store.participants(twente)[2]
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(ParticipantTable)
        await pilot.click(ParticipantTable, offset=row_of(table, speaker.id))
        await pilot.pause()
        assert notices(app)[-1] == said.format(who=f"3 {speaker.name}")
    assert queue_numbers(store, twente) == []
    assert speaker_number(store, twente) == 3


async def test_a_click_on_someone_waiting_is_refused_saying_so(
    store: Store, twente: int, clock: FakeClock
) -> None:
    third_running_over(store, twente, clock)
    person = store.participants(twente)[4]
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5")
        table = app.screen.query_one(ParticipantTable)
        await pilot.click(ParticipantTable, offset=row_of(table, person.id))
        await pilot.pause()
        assert notices(app)[-1] == f"5 {person.name} staat al in de rij."
        await pilot.press("ctrl+z")  # the key's queueing is what is taken back
    assert queue_numbers(store, twente) == []
