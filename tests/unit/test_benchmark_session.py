"""The benchmarks' generated session is one the app could have made: numbered cards."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from benchmarks.minutes import build
from facilitator.domain.board_view import build_view
from facilitator.domain.model import Column
from facilitator.service import Services
from facilitator.store import Store


def test_the_generated_board_numbers_each_column_from_one_as_the_app_does(
    tmp_path: Path,
) -> None:
    path, _ = build(tmp_path, 30, 30)
    store = Store(path)
    try:
        session = store.sessions()[0]
        cards = store.cards(session.id, include_merged=True)
        for column in Column:
            mine = sorted(c.number for c in cards if c.column == column)
            assert mine == list(range(1, len(mine) + 1)), column
        # A card moved to the actions takes the next number there: no two A1 on the board.
        barrier = next(c for c in cards if c.column == Column.BARRIER and c.merged_into is None)
        Services.open(store, session.id).board.move_card_to(barrier.id, Column.ACTION)
        view = build_view(store.cards(session.id), store.items(session.id), "nl")
        twice = [label for label, n in Counter(view.labels.values()).items() if n > 1]
        assert twice == []
    finally:
        store.close()
