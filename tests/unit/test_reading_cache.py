"""Reading the session again re-reads only the cards that changed, with the same result.

Two windows on one database (two connections, two origins): whatever either does, undoes
or redoes, the incremental read of each must equal a full read of the store.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Card, Column, Kind
from facilitator.service import Services
from facilitator.service import reading as reading_module
from facilitator.service.reading import ReadingService
from facilitator.service.result import Done, run_command
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan

KINDS = (Kind.BARRIER, Kind.OPPORTUNITY, Kind.ACTION, Kind.NOTE)


@pytest.fixture
def windows(tmp_path: Path, clock: FakeClock) -> tuple[Services, Services]:
    """Two windows, each with its own connection to one database."""
    first = Store(tmp_path / "two.db", clock=clock)
    session = import_plan(first, make_plan(participants=4)).session
    second = Store(tmp_path / "two.db", clock=clock)
    return (
        Services.open(first, session.id, clock, origin="one"),
        Services.open(second, session.id, clock, origin="two"),
    )


def full(services: Services) -> list[Card]:
    """What a read of every card gives."""
    return services.store.cards(services.session_id)


def fresh(services: Services) -> list[Card]:
    """What a reader that never read before gives."""
    return ReadingService(services.store, services.session_id, services.clock).state().cards


def random_step(rng: random.Random, window: Services) -> Callable[[], object]:
    """One command a note-taker could give, on a card of the board as this window reads it."""
    cards = full(window)
    board, notes, history = window.board, window.notes, window.history
    pick = rng.choice(cards).id if cards else 0
    other = rng.choice(cards).id if cards else 0
    column = rng.choice(list(Column))
    steps: list[Callable[[], object]] = [
        lambda: notes.capture(rng.choice(KINDS), f"kaart {rng.randrange(1000)}"),
        lambda: notes.capture(Kind.BARRIER, "nog een barrière"),
        lambda: board.vote(pick, rng.choice((1, -1))),
        lambda: board.move_card(pick, rng.choice((1, -1))),
        lambda: board.move_card_to(pick, column),
        lambda: board.edit_card(pick, title=f"nieuwe titel {rng.randrange(100)}"),
        lambda: board.toggle_link(pick, other),
        lambda: board.merge(pick, other),
        lambda: board.park(pick),
        lambda: board.sort_by_votes(column),
        lambda: board.delete_card(pick),
        history.undo,
        history.undo,
        history.redo,
    ]
    return rng.choice(steps)


@pytest.mark.parametrize("seed", range(6))
def test_incremental_reads_equal_full_reads_in_both_windows(
    windows: tuple[Services, Services], seed: int
) -> None:
    rng = random.Random(seed)
    done = 0
    for _ in range(80):
        window = rng.choice(windows)
        result = run_command(random_step(rng, window))
        done += isinstance(result, Done)
        for reader in windows:
            cards = reader.reading.state().cards
            assert cards == full(reader)
            assert cards == fresh(reader)
    assert done > 20  # most steps did something (a refusal, e.g. merging a card with itself, may)


def test_unchanged_cards_are_shared_and_an_unchanged_board_is_the_same_list(
    windows: tuple[Services, Services],
) -> None:
    one, two = windows
    for n in range(6):
        one.notes.capture(Kind.BARRIER, f"barrière {n}")
    before = one.reading.state().cards
    one.agenda.toggle_timer()  # not a card
    assert one.reading.state().cards is before
    voted = before[2].id
    two.board.vote(voted)  # the other window
    after = one.reading.state().cards
    assert [c.votes for c in after if c.id == voted] == [1]
    assert all(a is b for a, b in zip(before, after, strict=True) if a.id != voted)


def test_many_changes_at_once_read_the_board_again(
    windows: tuple[Services, Services], monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = windows
    one.reading.state()
    monkeypatch.setattr(reading_module, "CHANGED_AT_MOST", 2)
    for n in range(5):
        two.notes.capture(Kind.ACTION, f"actie {n}")
    assert one.reading.state().cards == full(one)
    assert len(one.reading.state().cards) == 5


def test_a_new_card_goes_below_the_last_one_shown_with_the_next_number(
    windows: tuple[Services, Services],
) -> None:
    one, _ = windows
    for n in range(3):
        one.notes.capture(Kind.BARRIER, f"barrière {n}")
    first, second, third = full(one)
    one.board.merge(first.id, third.id)  # the last card shown is now the second
    one.notes.capture(Kind.BARRIER, "de vierde")
    fourth = full(one)[-1]
    assert fourth.position == second.position + 1
    assert fourth.number == 4  # the merged card keeps its number: numbers are never reused
