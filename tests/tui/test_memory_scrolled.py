"""What the board and the contributions keep once scrolled through: little of what went by.

Textual's lists and tables keep what they drew of each card or row, every segment with a
style of its own, long after it went out of sight (2,048 cards a column, 10,000 cells): on
the board of a session of 1,000 cards scrolled through, 28 MiB. They keep about what is in
sight now (``keep_in_sight``). The memory is measured with ``tracemalloc``: what the
Python objects made while scrolling take, and keep, once the scrolling is done.
"""

from __future__ import annotations

import gc
import tracemalloc
from datetime import timedelta

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Card, Column
from facilitator.store import Store
from facilitator.tui.app import make_app
from facilitator.tui.widgets.board import BoardPane
from facilitator.tui.widgets.log import ContributionLog
from tests.tui.test_preview import big_session

MiB = 2**20
CARDS = 300
CONTRIBUTIONS = 1000


def big_board(store: Store, session_id: int, clock: FakeClock, cards: int) -> None:
    """``cards`` cards, a third in each column, numbered in it from 1 as the app does."""
    people = store.participants(session_id)
    items = store.items(session_id)
    columns = list(Column)
    numbers = dict.fromkeys(columns, 0)
    with store.change(session_id, "fill") as tx:
        for n in range(cards):
            column = columns[n % 3]
            numbers[column] += 1
            tx.insert(
                Card(
                    id=0,
                    session_id=session_id,
                    column=column,
                    title=f"Kaart {n}: te weinig stageplaatsen in de zorg en de bouw",
                    position=float(n),
                    number=numbers[column],
                    created_at=clock.now() + timedelta(seconds=n),
                    participant_id=people[n % len(people)].id,
                    item_id=items[n % len(items)].id,
                    tags=["bbl"] if n % 5 == 0 else [],
                    votes=n % 4,
                )
            )


def kept() -> int:
    """What the objects made since ``tracemalloc.start()`` and still alive take."""
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


async def test_a_board_scrolled_through_keeps_little_of_the_cards_that_went_by(
    store: Store, clock: FakeClock
) -> None:
    """300 cards, each column paged down to its last card: the board keeps less than 7 MiB
    more than it did at its first cards (5.4 MiB; it kept 8.6 MiB, what it drew of every
    card: 22 MiB of 900 cards)."""
    session_id = big_session(store, clock, 0)
    big_board(store, session_id, clock, CARDS)
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f2")
        board = app.screen.query_one(BoardPane)
        tracemalloc.start()
        try:
            for _ in range(3):
                cards = board.card_list(board.active_column)
                while cards.highlighted is not None and cards.highlighted < cards.option_count - 1:
                    await pilot.press("pagedown")
                await pilot.press("right")
            held = kept()
        finally:
            tracemalloc.stop()
    assert held < 7 * MiB, f"{held / MiB:.1f} MiB"


async def test_the_contributions_scrolled_through_keep_their_rows_and_little_more(
    store: Store, clock: FakeClock
) -> None:
    """1,000 contributions, paged down to the oldest: the log keeps its rows (a row of five
    cells and the contribution it shows, about 2 KB), less than 8 KB a row in all (4.5 KB
    with what does not grow with the rows); it kept 15 KB a row, what it drew of the rows
    that went by and a badge, a name and an item number of every row's own."""
    session_id = big_session(store, clock, CONTRIBUTIONS)
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f3")
        log = app.screen.query_one(ContributionLog)
        table = log.table
        shown = table.row_count
        tracemalloc.start()
        try:
            while log._older > 0 or table.cursor_row < table.row_count - 1:
                await pilot.press("pagedown")
            held = kept()
        finally:
            tracemalloc.stop()
        loaded = table.row_count - shown
    assert loaded > 750
    assert held / loaded < 8000, f"{held / loaded:.0f} bytes a row"
