"""What the capture line understood, shown before Enter: relative due dates, dates already
past (also on the board and in the check before closing), and owners."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import DataTable, Static

from facilitator.capture import Context
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Column, Kind
from facilitator.service import Services
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.close import CloseScreen
from facilitator.tui.widgets.board import BoardPane
from facilitator.tui.widgets.capture_input import preview_problem
from tests.tui.conftest import burst_text
from tests.tui.drawn import laid_out
from tests.tui.notes_fixtures import app_for, import_twente, start_meeting

SIZE = (120, 40)  # the clock: Tuesday 6 October 2020, 14:00 in Twente
LONG = "Employers drop out as training companies because supervision costs too much time"
GEMEENTEN = ("Gemeente Enschede", "Gemeente Hengelo", "Gemeente Almelo")


@pytest.fixture
def twente(store: Store) -> int:
    return import_twente(store)


def preview(app: FacilitatorApp) -> str:
    return str(app.screen.query_one("#capture-preview", Static).content)


def shown_rows(app: FacilitatorApp, widget: Widget) -> str:
    """The rows of the screen ``widget`` covers, as the terminal shows them."""
    rows = laid_out(app).splitlines()
    region = widget.region
    return "\n".join(rows[y][region.x : region.right] for y in range(region.y, region.bottom))


async def type_line(pilot: Pilot[Any], text: str) -> None:
    """``text`` typed as a note-taker types: in one burst."""
    await burst_text(pilot, text)


async def test_a_relative_due_date_is_shown_before_enter_and_taken_whole(
    store: Store, twente: int, clock: FakeClock
) -> None:
    start_meeting(store, twente, clock)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_line(pilot, "Voorstel tot volgende week vrijdag")
        await pilot.pause()
        shown = preview(app)
        assert "vr 16 okt" in shown and "⚠" not in shown
        await pilot.press("enter")
        await pilot.pause()
    [card] = store.cards(twente)
    assert (card.title, card.due) == ("Voorstel", date(2020, 10, 16))


async def test_a_past_due_date_is_marked_in_the_preview(
    store: Store, twente: int, clock: FakeClock
) -> None:
    start_meeting(store, twente, clock)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_line(pilot, "Brief sturen tot 2020-10-01")
        await pilot.pause()
        assert "do 1 okt ⚠ verstreken" in preview(app)


async def test_a_past_due_date_is_marked_on_the_board_and_in_the_check(
    store: Store, twente: int, clock: FakeClock
) -> None:
    owner = store.participants(twente)[0]
    meeting = Services.open(store, twente, clock)
    meeting.notes.capture(
        Kind.ACTION, "Brief sturen", participant_id=owner.id, due=date(2020, 10, 1)
    )
    meeting.floor.give_floor(owner.id)  # begun: F9 opens the check before closing
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        found = app.screen.query_one(BoardPane).card_list(Column.ACTION)
        assert "⚠ datum verstreken: do 1 okt" in str(found.get_option_at_index(0).prompt)
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, CloseScreen)
        table = app.screen.query_one(DataTable)
        rows = [str(table.get_row_at(n)[1]) for n in range(table.row_count)]  # after the number
        assert any("⚠ actie met verstreken datum" in row for row in rows)


async def test_a_done_or_dropped_action_warns_of_no_due_date_on_the_board(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """As in the minutes and the check before closing: an action done or dropped is late
    no more; the board shows its date without the warning, and warns again once it is
    open again."""
    owner = store.participants(twente)[0]
    meeting = Services.open(store, twente, clock)
    meeting.notes.capture(
        Kind.ACTION, "Brief sturen", participant_id=owner.id, due=date(2020, 10, 1)
    )
    meeting.floor.give_floor(owner.id)  # begun: F9 opens the check before closing
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "right", "right")
        await pilot.pause()
        actions = app.screen.query_one(BoardPane).card_list(Column.ACTION)
        shown = [str(actions.get_option_at_index(0).prompt)]
        for _ in range(3):  # done, dropped, open again
            await pilot.press("S")
            await pilot.pause()
            shown.append(str(actions.get_option_at_index(0).prompt))
        assert "⚠ datum verstreken: do 1 okt" in shown[0]
        for done in shown[1:3]:
            assert "⚠" not in done and "do 1 okt" in done
        assert "gedaan" in shown[1] and "vervallen" in shown[2]
        assert "⚠ datum verstreken: do 1 okt" in shown[3]
        await pilot.press("S", "f9")  # done: nothing of it in the check before closing
        await pilot.pause()
        assert isinstance(app.screen, CloseScreen)
        table = app.screen.query_one(DataTable)
        rows = [str(table.get_row_at(n)[1]) for n in range(table.row_count)]  # after the number
        assert not any("verstreken" in row for row in rows)


async def test_owners_by_the_start_of_a_name_and_listed_outside_organisations(
    store: Store, twente: int, clock: FakeClock
) -> None:
    start_meeting(store, twente, clock)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_line(pilot, "Regeling @Provincie @SER Overijssel")
        await pilot.pause()
        shown = preview(app)
        assert "Provincie Overijssel" in shown and "SER Overijssel" in shown
        await pilot.press("enter")
        await pilot.pause()
    [card] = store.cards(twente)
    assert card.title == "Regeling"
    assert [o.organisation for o in card.owners] == ["Provincie Overijssel", "SER Overijssel"]


async def test_an_ambiguous_owner_is_named_and_enter_keeps_the_text(
    store: Store, twente: int, clock: FakeClock
) -> None:
    start_meeting(store, twente, clock)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_line(pilot, "Vervoer regelen @Gemeente tot vrijdag")
        await pilot.pause()
        shown = preview(app)
        assert "Gemeente Enschede, Gemeente Hengelo of Gemeente Almelo" in shown
        assert "Enter kiest niet" in shown
        await pilot.press("enter")
        await pilot.pause()
    [card] = store.cards(twente)
    assert card.title == "Vervoer regelen @Gemeente"
    assert card.owners == [] and card.due == date(2020, 10, 9)


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER])
@pytest.mark.parametrize(("lang", "enter"), [("en", "Enter picks none"), ("nl", "Enter kiest")])
async def test_the_ambiguous_owner_warning_is_read_whole_at_80x24(
    store: Store, twente: int, clock: FakeClock, role: Role, lang: str, enter: str
) -> None:
    """At 80×24 the note-taker read «… or Gemeente Almelo? Enter picks»: «none», which
    says that Enter chooses no owner, was cut off, and the warning read as its opposite."""
    start_meeting(store, twente, clock)
    app = make_app(
        store, twente, clock=clock, tick_seconds=0, watch_seconds=0, role=role, lang=lang
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        await type_line(pilot, LONG + " @Gem")
        await pilot.pause()
        said = " ".join(shown_rows(app, app.screen.query_one("#capture-preview")).split())
        warning = preview_problem("ambiguous_owner", "@Gem", Context(), lang, GEMEENTEN)
        assert enter in warning and " ".join(warning.split()) in said
        await pilot.press("escape")
