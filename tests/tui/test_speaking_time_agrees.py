"""The minutes give each participant the speaking time the console shows.

A clock that runs shows the seconds begun as not yet there: 86.56 s is `1:26` on the
console, and so the minutes say `1 min 26 s`, not the `1 min 27 s` of rounding to the
nearest. The organisations, sectors and the total are the sums of what the people
show, so they still add up.
"""

from __future__ import annotations

import re

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.service import Services
from facilitator.store import Store
from facilitator.tui.widgets.table import ParticipantTable
from tests.tui.conftest import AppFactory
from tests.tui.test_console import SIZE, shown

SPOKE = [86.56, 10.4, 10.4]


@pytest.mark.parametrize(
    ("lang", "total"),
    [("nl", "Totale spreektijd: 1 min 46 s"), ("en", "Total speaking time: 1 min 46 s")],
)
async def test_the_minutes_give_the_seconds_the_console_shows(
    app_factory: AppFactory,
    store: Store,
    small_session_id: int,
    clock: FakeClock,
    lang: str,
    total: str,
) -> None:
    meeting = Services.open(store, small_session_id, clock)
    meeting.agenda.toggle_timer()
    for person, seconds in zip(store.participants(small_session_id), SPOKE, strict=False):
        meeting.floor.enqueue(person.id)
        meeting.floor.give_floor()
        clock.advance(seconds=seconds)
    meeting.floor.end_speech()
    app = app_factory(small_session_id, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = shown(app.screen.query_one(ParticipantTable))
    assert re.findall(r"1× (\d:\d\d)", table) == ["1:26", "0:10", "0:10"]
    text = render_markdown(collect(store, small_session_id), lang)
    people = [line for line in text.splitlines() if re.match(r"\| Deelnemer \d", line)]
    assert [line.split(" | ")[4] for line in people] == ["1 min 26 s", "10 s", "10 s", "0 s"]
    assert total in text  # 86 + 10 + 10 seconds


async def test_the_countdowns_show_the_time_left_rounded_up_beside_the_time_spoken(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    """A countdown shows the seconds begun as still there, so it and the time spoken add up
    to the time planned: the moment the floor is given (a few milliseconds after), the item's
    10:00 beside 1× 0:00; 30.4 seconds on, 09:30 beside 0:30. Before, the item's 09:29. The
    speaker's clock shows the time spoken, cut down as the table's: 00:00 / 03:00, then
    00:30 / 03:00."""
    from facilitator.domain.model import Speech
    from facilitator.tui.widgets.speakers import FloorPanel
    from tests.tui.test_console import tick

    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("5", "f")
        await pilot.pause()
        clock.advance(seconds=0.004)
        await pilot.press("space")
        await tick(app, clock, 0.003, pilot)
        assert "00:00 / 03:00" in shown(app.screen.query_one(FloorPanel))
        assert "1× 0:00" in shown(app.screen.query_one(ParticipantTable))
        assert app.screen.query_one("#countdown").value == "10:00"  # type: ignore[attr-defined]
        await tick(app, clock, 30.4 - 0.003, pilot)
        assert "00:30 / 03:00" in shown(app.screen.query_one(FloorPanel))
        assert "1× 0:30" in shown(app.screen.query_one(ParticipantTable))
        assert app.screen.query_one("#countdown").value == "09:30"  # type: ignore[attr-defined]
    assert isinstance(store.current_speech(session_id), Speech)


async def test_the_console_shows_the_time_spoken_against_the_limit_as_the_wall_does(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    """Three minutes a speech in Twente: eleven seconds in, the console shows 00:11 / 03:00
    in the colour of a time within the limit; at 2:30, 02:30 / 03:00 in the warning colour;
    at 3:05, 03:05 / 03:00 in the alarm colour, as the wall and the note-taker's top line
    show it. Before, it showed the time left, 02:49 / 03:00 eleven seconds in, which a
    chair read as the speaker being nearly out of time, and +00:05 / 03:00 past it."""
    from facilitator.tui.widgets.speakers import FloorPanel
    from facilitator.tui.widgets.timefmt import ALARM, OK, WARN
    from tests.tui.test_console import tick
    from tests.tui.test_notetaker_top_line import styles_of

    floor = Services.open(store, session_id, clock).floor
    floor.enqueue_number(5)
    floor.give_floor()
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        panel = app.screen.query_one(FloorPanel)
        for seconds, time, colour in (
            (11, "00:11", OK),
            (139, "02:30", WARN),
            (35, "03:05", ALARM),
        ):
            await tick(app, clock, seconds, pilot)
            assert "▶ 5 Bart ter Horst" in shown(panel)
            assert f"{time} / 03:00" in shown(panel), shown(panel)
            marked = styles_of(panel.render(), time)
            assert marked and all(colour in style for style in marked), marked
