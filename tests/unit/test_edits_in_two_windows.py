"""Two windows on one database edit the same card or contribution: the one that saves
second does not write its editor's line over the other's change without a word."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.errors import DomainError
from facilitator.domain.model import Card, Contribution, Kind
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan


@pytest.fixture
def one(store: Store, clock: FakeClock) -> Services:
    session = import_plan(store, make_plan(participants=4, items=3)).session
    return Services.open(store, session.id, clock)


@pytest.fixture
def two(store: Store, one: Services, clock: FakeClock) -> Iterator[Services]:
    """The other window: its own connection to the same database file."""
    other = Store(store.path, clock=clock)
    yield Services.open(other, one.board.session_id, clock)
    other.close()


def test_a_card_changed_in_another_window_is_not_saved_over(
    one: Services, two: Services, store: Store
) -> None:
    said = one.notes.capture(Kind.BARRIER, "Te weinig stageplaatsen")
    assert said.card_id is not None
    shown = store.get(Card, said.card_id)  # as this window's editor opened on it
    two.board.edit_card(said.card_id, title="Te weinig stageplaatsen in de zorg")
    with pytest.raises(DomainError) as refused:
        one.board.edit_card(said.card_id, title="Weinig stages", seen=shown)
    assert "changed in another window" in refused.value.message("en")
    card = store.get(Card, said.card_id)
    assert card is not None and card.title == "Te weinig stageplaatsen in de zorg"


def test_a_card_edited_to_what_another_window_saved_meanwhile_is_no_refusal(
    one: Services, two: Services, store: Store
) -> None:
    """Both windows typed the same text: there is nothing to save, and nothing to say."""
    said = one.notes.capture(Kind.BARRIER, "Te weinig stageplaatsen")
    assert said.card_id is not None
    shown = store.get(Card, said.card_id)
    two.board.edit_card(said.card_id, title="Te weinig stageplaatsen in de zorg")
    one.board.edit_card(said.card_id, title="Te weinig stageplaatsen in de zorg", seen=shown)
    card = store.get(Card, said.card_id)
    assert card is not None and card.title == "Te weinig stageplaatsen in de zorg"


def test_a_contribution_changed_in_another_window_is_not_saved_over(
    one: Services, two: Services, store: Store
) -> None:
    said = one.notes.capture(Kind.NOTE, "Gemeente belt de leerbedrijven")
    two.notes.edit_contribution(said.id, "Gemeente belt de leerbedrijven op maandag")
    with pytest.raises(DomainError) as refused:
        one.notes.edit_contribution(said.id, "Gemeente belt", seen=said)
    assert "in een ander venster gewijzigd" in refused.value.message("nl")
    now = store.get(Contribution, said.id)
    assert now is not None and now.text == "Gemeente belt de leerbedrijven op maandag"
    # the same text as the other window saved: nothing to do, nothing refused
    one.notes.edit_contribution(said.id, "Gemeente belt de leerbedrijven op maandag", seen=said)
