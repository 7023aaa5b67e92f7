"""A window shows a session while ``import-db`` brings it up to date from another laptop."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Column
from facilitator.store import Store
from facilitator.store.merge import merge_database
from facilitator.tui.app import make_app
from facilitator.tui.widgets.board import BoardPane, CardList
from tests.regional import build_regional_sessions

SIZE = (120, 40)


async def test_the_board_shows_the_session_as_merged_in(tmp_path: Path) -> None:
    laptop_clock = FakeClock()
    laptop = Store(tmp_path / "laptop.db", clock=laptop_clock)
    build_regional_sessions(laptop, laptop_clock, only=(0,))
    province = Store(tmp_path / "province.db", clock=FakeClock())
    merge_database(province, tmp_path / "laptop.db")
    shown = province.session_by_slug("twente-2020-10")
    assert shown is not None

    app = make_app(province, shown.id, clock=FakeClock(), tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")  # the board, with the cards as merged the first time
        before = [c.title for c in province.cards(shown.id) if c.column == Column.BARRIER]
        # on the laptop, a card is mended after the meeting; the province merges again
        twente = laptop.session_by_slug("twente-2020-10")
        assert twente is not None
        card = next(c for c in laptop.cards(twente.id) if c.column == Column.BARRIER)
        laptop_clock.advance(minutes=5)
        with laptop.change(twente.id, "edit card", origin="later") as tx:
            tx.update(replace(card, title="Aangevuld na de tafel"))
        other = Store(tmp_path / "province.db", clock=FakeClock())  # the command line's
        result = merge_database(other, tmp_path / "laptop.db")
        other.close()
        assert [slug for slug, _ in result.updated] == ["twente-2020-10"]
        app.check_external()  # what the window's watch does twice a second
        await pilot.pause()
        board = app.screen.query_one(BoardPane)
        state = app.state
        assert state is not None
        titles = [c.title for c in state.cards if c.column == Column.BARRIER]
        assert "Aangevuld na de tafel" in titles
        assert len(titles) == len(before)
        shown_lines = [
            str(column.get_option_at_index(i).prompt)
            for column in board.query(CardList)
            for i in range(column.option_count)
        ]
        assert any("Aangevuld na de tafel" in line for line in shown_lines)
        # the keys still work on the new cards: a card's vote goes to the card as it is now
        await pilot.press("down", "up")
    laptop.close()
    province.close()
