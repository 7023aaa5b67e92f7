"""Every column of the board says how many cards it has, on every screen that shows the
board, in both languages, at every size: a heading too long for its column is cut in
its name, never in its count."""

from __future__ import annotations

import re

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Column, Kind
from facilitator.service import Services
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import make_app
from facilitator.tui.widgets.wall import WallBoard
from tests.tui.notes_fixtures import import_twente, seed_board

SIZES = [(80, 24), (100, 30), (120, 40)]
NAMES = {
    "nl": {Column.BARRIER: "Barrières", Column.OPPORTUNITY: "Kansen", Column.ACTION: "Acties"},
    "en": {
        Column.BARRIER: "Barriers",
        Column.OPPORTUNITY: "Opportunities",
        Column.ACTION: "Actions",
    },
}
COUNTS = {Column.BARRIER: 2, Column.OPPORTUNITY: 12, Column.ACTION: 2}


@pytest.fixture
def twente(store: Store, clock: FakeClock) -> int:
    """The seeded board (two barriers, an opportunity, two actions), with eleven more
    opportunities: a count of two digits."""
    sid = import_twente(store)
    seed_board(store, sid, clock)
    notes = Services.open(store, sid, clock).notes
    for n in range(11):
        notes.capture(Kind.OPPORTUNITY, f"Kans {n}")
    return sid


def heading(rows: list[str], x: int, right: int, y: int) -> str:
    """The text in the top edge of a column's box: ``╭─ Kansen (12) ─╮`` → the label."""
    return rows[y][x:right].strip("╭╮─ ")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER])
async def test_a_board_column_heading_always_shows_its_count(
    store: Store, twente: int, clock: FakeClock, role: Role, size: tuple[int, int], lang: str
) -> None:
    app = make_app(
        store, twente, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, role=role
    )
    async with app.run_test(size=size) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        rows = [strip.text for strip in app.screen._compositor.render_strips()]
        heads = {}
        for column in Column:
            region = app.screen.query_one(f"#column-{column.value}").region
            assert region.width > 0, (column, rows)
            heads[column] = heading(rows, region.x, region.right, region.y)
    for column, head in heads.items():
        count = f"({COUNTS[column]})"
        name = NAMES[lang][column]
        assert head.endswith(count), (head, rows)
        shown = head.removesuffix(count).rstrip()
        assert shown == name or (shown.endswith("…") and name.startswith(shown[:-1])), head


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_a_wall_column_heading_always_shows_its_count(
    store: Store, twente: int, clock: FakeClock, size: tuple[int, int], lang: str
) -> None:
    app = make_app(
        store, twente, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, role=Role.WALL
    )
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        board = app.screen.query_one(WallBoard)
        visible = app.screen.find_widget(board).visible_region
        strips = app.screen._compositor.render_strips()
        rows = [
            strips[y].crop(visible.x, visible.right).text.rstrip()
            for y in range(visible.y, visible.bottom)
        ]
    for column in Column:
        name = NAMES[lang][column]
        assert any(re.fullmatch(rf"{name} {COUNTS[column]}", row) for row in rows), rows
