"""The console's participant table keeps its columns apart: organisation, turns, time."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.content import Content

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Speech
from facilitator.store import Store
from facilitator.tui.widgets.table import ParticipantTable
from tests.tui.conftest import AppFactory

# participant number: (turns, seconds a turn, the time the table shows)
SPOKEN = {
    1: (1234, 10, "3:25:40"),  # four digits of turns, hours of speaking
    2: (84, 25, "35:00"),  # the user test's line: «ROC van …84× 35:00»
    3: (9, 20, "3:00"),
    4: (120, 31, "1:02:00"),
}


def speak(store: Store, session_id: int, clock: FakeClock) -> None:
    """Everyone's turns, one after the other, before the clock's now."""
    people = store.participants(session_id)
    item = store.items(session_id)[0]
    begun = clock.now() - timedelta(hours=12)
    with store.change(session_id, "speeches") as tx:
        for number, (turns, seconds, _) in SPOKEN.items():
            for _ in range(turns):
                tx.insert(
                    Speech(
                        id=0,
                        session_id=session_id,
                        participant_id=people[number - 1].id,
                        item_id=item.id,
                        started_at=begun,
                        ended_at=begun + timedelta(seconds=seconds),
                    )
                )
                begun += timedelta(seconds=seconds + 1)


@pytest.mark.parametrize("size", [(110, 32), (120, 40)])  # below 110×32 the table makes way
@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_the_count_never_runs_into_the_organisation(
    app_factory: AppFactory,
    store: Store,
    session_id: int,
    clock: FakeClock,
    size: tuple[int, int],
    lang: str,
) -> None:
    """Counts of one to four digits and times of hours: each participant's line still
    has its organisation (cut with … where it must), a space, the turns and the whole
    time; the absent say so after a space too. (At 80×24 the console shows the sectors'
    shares on one line instead of the table.)"""
    speak(store, session_id, clock)
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.press("m", "5", "enter")  # participant 5 leaves the table
        table = app.screen.query_one(ParticipantTable)
        rendered = table.render()
        width = table.content_size.width
        assert width > 0  # shown
    assert isinstance(rendered, Content)
    rows = {
        int(line[:2]): line for line in rendered.plain.splitlines() if line[:2].strip().isdigit()
    }
    assert len(rows) == 12
    for number, line in rows.items():
        assert len(line) <= width
        if number == 5:
            assert line.endswith(" afwezig" if lang == "nl" else " absent")
            continue
        if number not in SPOKEN:
            assert line.endswith(" —"), line
            continue
        turns, _, time = SPOKEN[number]
        *_, shown_turns, shown_time = line.split()
        assert (shown_turns, shown_time) == (f"{turns}×", time), line
    assert "ROC" in rows[1] and "Saxion" in rows[2]  # the organisations still show


@pytest.mark.parametrize(("lang", "said"), [("nl", "gelijk deel 17%"), ("en", "equal share 17%")])
async def test_the_equal_share_is_written_as_every_other_percentage(
    app_factory: AppFactory, session_id: int, lang: str, said: str
) -> None:
    """«gelijk deel 17 %» had a space before its sign, where every share beside it read «0%»."""
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=(120, 40)):
        rendered = app.screen.query_one(ParticipantTable).render()
    assert isinstance(rendered, Content)
    assert said in rendered.plain and " %" not in rendered.plain
