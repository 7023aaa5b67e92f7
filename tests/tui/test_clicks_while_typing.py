"""A click while a capture line is half typed: the keys typed next still go into the line.

The focus stayed with what was clicked while the line, its text and its hint stayed on
screen: ``space`` paused the timer, ``f`` gave the floor, ``x`` ended the speech and ``o``
changed the line's kind, and the letters were lost from the sentence.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widget import Widget

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.widgets.agenda import AgendaPanel
from facilitator.tui.widgets.capture import CaptureBar
from facilitator.tui.widgets.capture_input import CaptureInput
from facilitator.tui.widgets.latest import LatestList
from facilitator.tui.widgets.log import LogTable
from facilitator.tui.widgets.speakers import FloorPanel
from facilitator.tui.widgets.table import ParticipantTable
from facilitator.tui.widgets.tabstrip import TabStrip
from tests.tui.conftest import burst_text
from tests.tui.notes_fixtures import app_for, import_twente, seed_board, start_meeting
from tests.tui.test_clicks_say_so import row_of


@pytest.fixture
def twente(store: Store) -> int:
    return import_twente(store)


def notetaker(store: Store, session_id: int, clock: FakeClock) -> FacilitatorApp:
    return make_app(
        store, session_id, clock=clock, tick_seconds=0, watch_seconds=0, role=Role.NOTETAKER
    )


def line(app: FacilitatorApp) -> CaptureBar:
    return app.screen.query_one(CaptureBar)


def typed(app: FacilitatorApp) -> str:
    return app.screen.query_one("#capture-input", CaptureInput).value


def floor_and_timer(store: Store, session_id: int) -> tuple[int | None, bool]:
    """Who has the floor, and whether the item's timer runs."""
    speech = store.current_speech(session_id)
    item = store.items(session_id)[0]
    return (speech.participant_id if speech else None, item.running)


async def half_typed(pilot: Pilot[Any], kind_key: str, text: str) -> None:
    await pilot.press(kind_key)
    await burst_text(pilot, text)


@pytest.mark.parametrize("clicked", [LatestList, FloorPanel], ids=["latest", "floor"])
async def test_a_click_on_the_console_leaves_the_keys_in_the_line(
    store: Store, twente: int, clock: FakeClock, clicked: type[Widget]
) -> None:
    start_meeting(store, twente, clock, speaker=3)
    before = floor_and_timer(store, twente)
    app = app_for(store, twente, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await half_typed(pilot, "b", "abc de")
        await pilot.click(clicked, offset=(4, 2))
        await burst_text(pilot, " fxonderwijs")
        await pilot.pause()
        assert line(app).is_open
        assert typed(app) == "abc de fxonderwijs"
        assert line(app).kind == Kind.BARRIER
        assert isinstance(app.screen.focused, CaptureInput)
        assert floor_and_timer(store, twente) == before
        await pilot.press("escape")  # cancelled: the keys go to the console again
        await pilot.press("x")
    assert floor_and_timer(store, twente) == (None, True)  # x ended the speech


async def test_the_keys_typed_after_the_click_change_nothing_of_the_meeting(
    store: Store, twente: int, clock: FakeClock
) -> None:
    start_meeting(store, twente, clock, speaker=3)
    before = floor_and_timer(store, twente)
    app = app_for(store, twente, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await half_typed(pilot, "b", "abc de")
        await pilot.click(offset=(60, 32))
        await burst_text(pilot, " fxonderwijs")
        await pilot.press("enter")
    assert floor_and_timer(store, twente) == before
    said = store.contributions(twente)
    assert [(c.kind, c.text) for c in said] == [(Kind.BARRIER, "abc de fxonderwijs")]


async def test_a_tab_clicked_while_typing_shows_and_the_line_keeps_the_keys(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await half_typed(pilot, "a", "matchpunt")
        strip = app.screen.query_one(TabStrip)
        await pilot.click(TabStrip, offset=(strip.label_span("board")[0], 0))
        await pilot.pause()
        assert strip.active == "board"
        await burst_text(pilot, " opzetten")
        assert typed(app) == "matchpunt opzetten"
        await pilot.press("escape")
        # the line closed: the keys go to the board now shown, not to the console under it
        assert type(app.screen.focused).__name__ == "CardList"


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_a_click_on_the_note_takers_log_leaves_the_keys_in_the_line(
    store: Store, twente: int, clock: FakeClock, size: tuple[int, int]
) -> None:
    seed_board(store, twente, clock)
    app = notetaker(store, twente, clock)
    async with app.run_test(size=size) as pilot:
        await half_typed(pilot, "b", "abc de")
        table = app.screen.query_one(LogTable)
        await pilot.click(LogTable, offset=(10, 3))
        await pilot.pause()
        assert table.cursor_row == 2  # the click still moves the log's selection
        await burst_text(pilot, " onderwijs")
        assert typed(app) == "abc de onderwijs"
        assert line(app).kind == Kind.BARRIER
        await pilot.press("escape")
        assert app.screen.focused is table  # the pane clicked has the keys after the line


async def test_a_click_on_the_note_takers_board_leaves_the_keys_in_the_line(
    store: Store, twente: int, clock: FakeClock
) -> None:
    seed_board(store, twente, clock)
    app = notetaker(store, twente, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await half_typed(pilot, "c", "abc de")
        await pilot.click("#cards-opportunity", offset=(4, 0))
        await burst_text(pilot, " vonderwijs")
        assert typed(app) == "abc de vonderwijs"
        assert line(app).kind == Kind.NOTE
        card = store.cards(twente)
        assert all(c.votes in (0, 3) for c in card)  # v voted for nothing


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "Sla eerst de regel op of annuleer hem (Enter / Esc)."),
        ("en", "Save or cancel the line first (Enter / Esc)."),
    ],
)
async def test_a_click_on_an_agenda_row_or_a_participant_while_typing_changes_nothing(
    store: Store, twente: int, clock: FakeClock, lang: str, said: str
) -> None:
    """A click on an agenda row went there and one on a participant queued them while the
    line stayed open, filed under the item it was opened on; the notice offered ctrl+z,
    which the line kept. Now the meeting stays as it is and the notice says why."""
    start_meeting(store, twente, clock, speaker=3)
    items, people = store.items(twente), store.participants(twente)
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await half_typed(pilot, "b", "abc de")
        agenda = app.screen.query_one(AgendaPanel)
        await pilot.click(AgendaPanel, offset=row_of(agenda, items[4].id))
        await pilot.pause()
        assert store.session(twente).current_item_id == items[0].id  # type: ignore[union-attr]
        assert [str(n.message) for n in app._notifications][-1] == said
        table = app.screen.query_one(ParticipantTable)
        await pilot.click(ParticipantTable, offset=row_of(table, people[5].id))
        await pilot.pause()
        assert store.queue(twente) == []
        await burst_text(pilot, " onderwijs")
        assert typed(app) == "abc de onderwijs"
        assert isinstance(app.screen.focused, CaptureInput)
        await pilot.press("enter")
    (saved,) = store.contributions(twente)
    assert (saved.text, saved.item_id) == ("abc de onderwijs", items[0].id)
