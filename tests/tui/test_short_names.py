"""Who has not spoken yet is named by first name and the last name's initial, also when a
name has brackets in it: `Jan [de] Vries` is `Jan V.`, and a name with no later word that
starts with a letter (`Mo [gast]`, `Piet [bold]Groot[/bold]`) is shown whole, as typed.
Before, the first character of the last word was taken: `Mo [.` and `Piet [.`.
"""

from __future__ import annotations

import re

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.service import Services
from facilitator.store import Store
from facilitator.tui.widgets.sectors import SectorBars, short_name, silent_lines
from facilitator.tui.widgets.table import ParticipantTable
from tests.tui.conftest import AppFactory
from tests.tui.test_console import shown

WALK_INS = ["Mo [gast]", "Piet [bold]Groot[/bold]", "Jan [de] Vries"]


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Annemiek Schuurman", "Annemiek S."),
        ("Bart ter Horst", "Bart H."),
        ("Jan [de] Vries", "Jan V."),
        ("Mo [gast]", "Mo [gast]"),
        ("Piet [bold]Groot[/bold]", "Piet [bold]Groot[/bold]"),
        ("Anna 2", "Anna 2"),
        ("Fatma Yıldız", "Fatma Y."),
        ("Ömer Çelik", "Ömer Ç."),
        ("Mo", "Mo"),
    ],
)
def test_short_name(name: str, short: str) -> None:
    assert short_name(name) == short


async def test_walk_ins_with_brackets_are_named_in_the_not_yet_heard_line(
    app_factory: AppFactory, store: Store, small_session_id: int, clock: FakeClock
) -> None:
    """At 80×24 the table is folded into the line of those not yet heard; at 120×40 the
    table names them beside their ○, as typed (cut with … where too long)."""
    meeting = Services.open(store, small_session_id, clock)
    meeting.agenda.toggle_timer()
    for person in store.participants(small_session_id):  # all invitees speak on item 1
        meeting.floor.enqueue(person.id)
        meeting.floor.give_floor()
        clock.advance(seconds=20)
    meeting.floor.end_speech()
    for name in WALK_INS:
        meeting.floor.add_participant(name, "", "onderwijs")
    app = app_factory(small_session_id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bars = shown(app.screen.query_one(SectorBars))
    assert "○ nog niet op dit punt: 5 Mo [gast], 6 Piet [bold]Groot[/bold], 7 Jan V." in bars
    app = app_factory(small_session_id)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = shown(app.screen.query_one(ParticipantTable))
    assert "5 ○ Mo [gast] — 6 ○ Piet [bold]Groo… — 7 ○ Jan [de] Vries —" in table


def test_names_that_do_not_fit_are_one_ellipsis_never_a_cut_name(
    store: Store, small_session_id: int
) -> None:
    """More people not yet heard than the lines hold: the last line ends in «…» after a
    whole name and its comma, at every width. Before, the «…» added to a full line was cut
    off with the comma before it («9 Esther B.…»)."""
    meeting = Services.open(store, small_session_id, FakeClock())
    for name in ("Rajesh Ramdin", "Esther Bakker", "Kees Bouma", "Mo [gast]", "Ilse Wever"):
        meeting.floor.add_participant(name, "", "onderwijs")
    state = meeting.reading.state()
    for width in range(30, 81):
        lines = [line.plain for line in silent_lines(state, "○ not yet on this item:", width, 2)]
        assert all(len(line) <= width for line in lines), (width, lines)
        assert lines[-1].endswith((", …", "Ilse W.")), (width, lines)
        names = ", ".join(lines).replace(" …", "")
        assert ".…" not in names and not re.search(r"\d …", names), (width, lines)
