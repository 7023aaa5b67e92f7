"""The note service: capture, the log's edits and the board, each one undoable operation."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.errors import DomainError
from facilitator.domain.model import Card, Column, Contribution, Kind, Owner
from facilitator.service import SPEAKING, Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan


@pytest.fixture
def sid(store: Store) -> int:
    return import_plan(store, make_plan()).session.id


@pytest.fixture
def services(store: Store, sid: int, clock: FakeClock) -> Services:
    return Services.open(store, sid, clock)


def people(store: Store, sid: int) -> list[int]:
    return [p.id for p in store.participants(sid)]


def card_of(store: Store, said: Contribution) -> Card:
    found = store.get(Contribution, said.id)
    assert found is not None and found.card_id is not None
    card = store.get(Card, found.card_id)
    assert card is not None
    return card


# -- capture ----------------------------------------------------------------------------------


def test_a_barrier_gets_a_card_and_one_undo_removes_both(
    store: Store, sid: int, services: Services
) -> None:
    p1 = people(store, sid)[0]
    item = store.items(sid)[0].id
    said = services.notes.capture(
        Kind.ACTION,
        "Matchpunt opzetten",
        participant_id=p1,
        item_id=item,
        owners=[Owner("UWV")],
        tags=["stage", "nieuw"],
        due=date(2020, 10, 30),
    )
    card = card_of(store, said)
    assert (said.kind, said.text, said.participant_id, said.item_id) == (
        Kind.ACTION,
        "Matchpunt opzetten",
        p1,
        item,
    )
    assert (card.column, card.title, card.owners, card.due, card.tags) == (
        Column.ACTION,
        "Matchpunt opzetten",
        [Owner("UWV")],
        date(2020, 10, 30),
        ["stage", "nieuw"],
    )
    assert store.session(sid).tags == ["stage", "bbl", "nieuw"]  # type: ignore[union-attr]
    assert store.undo(sid) == "capture action"
    assert store.contributions(sid) == [] and store.cards(sid) == []
    assert store.session(sid).tags == ["stage", "bbl"]  # type: ignore[union-attr]
    store.redo(sid)
    assert len(store.contributions(sid)) == 1 and len(store.cards(sid)) == 1


@pytest.mark.parametrize("kind", [Kind.DECISION, Kind.QUESTION, Kind.NOTE])
def test_decisions_questions_notes_stay_in_the_log(
    store: Store, sid: int, services: Services, kind: Kind
) -> None:
    said = services.notes.capture(
        kind, "Zo doen we het", owners=[Owner("UWV")], due=date(2020, 11, 1)
    )
    assert said.card_id is None and store.cards(sid) == []


def test_capture_refuses_empty_text_and_a_closed_session(
    store: Store, sid: int, services: Services, clock: FakeClock
) -> None:
    with pytest.raises(DomainError, match="notes.empty"):
        services.notes.capture(Kind.NOTE, "   ")
    service = Services.open(store, sid, clock)
    service.agenda.toggle_timer()  # opens the session
    service.closing.close()
    with pytest.raises(DomainError, match="session.closed"):
        services.notes.capture(Kind.NOTE, "te laat")
    assert store.contributions(sid) == []


def test_any_text_is_stored_exactly(store: Store, services: Services) -> None:
    text = "[bold]x[/] [@click=app.quit]q\x1b[31m ‏עברית‏ 👩‍👩‍👧 \\ \n# kop" + "é" * 5000
    said = services.notes.capture(Kind.BARRIER, text)
    assert store.get(Contribution, said.id).text == text  # type: ignore[union-attr]
    assert card_of(store, said).title == text


def test_the_speaker_of_the_moment_is_read_when_the_capture_is_saved(
    store: Store, sid: int, services: Services
) -> None:
    """SPEAKING is whoever has the floor when the capture runs, in the same transaction
    as its agenda item: a floor change given just before it counts."""
    p1, p2, p3 = people(store, sid)[:3]
    notes = services.notes
    nobody = notes.capture(Kind.NOTE, "voor de opening", participant_id=SPEAKING)
    assert nobody.participant_id is None
    services.agenda.toggle_timer()
    services.floor.give_floor(p1)
    first = notes.capture(Kind.NOTE, "eerste", participant_id=SPEAKING)
    services.floor.give_floor(p2)  # e.g. `f` pressed just before, still queued in the same window
    second = notes.capture(Kind.BARRIER, "tweede", participant_id=SPEAKING)
    explicit = notes.capture(Kind.NOTE, "~3 zei het", participant_id=p3)
    said_by_nobody = notes.capture(Kind.NOTE, "~0", participant_id=None)
    assert [c.participant_id for c in (first, second, explicit, said_by_nobody)] == [
        p1,
        p2,
        p3,
        None,
    ]
    item = store.session(sid).current_item_id  # type: ignore[union-attr]
    assert {c.item_id for c in (first, second, explicit)} == {item}
    assert card_of(store, second).participant_id == p2
    services.floor.end_speech()
    after = notes.capture(Kind.NOTE, "na het woord", participant_id=SPEAKING)
    assert after.participant_id is None


def test_paging_newest_first(services: Services) -> None:
    for n in range(25):
        services.notes.capture(Kind.NOTE, f"n{n}")
    assert [c.text for c in services.notes.contributions(0, 3)] == ["n24", "n23", "n22"]
    assert [c.text for c in services.notes.contributions(23, 10)] == ["n1", "n0"]


def test_paging_from_the_oldest_by_id(services: Services) -> None:
    """The log's End: the oldest page, then newer pages above it, each read by id."""
    notes = services.notes
    said = [notes.capture(Kind.NOTE, f"n{n}") for n in range(25)]
    assert [c.text for c in notes.oldest_contributions(3)] == ["n0", "n1", "n2"]
    assert [c.text for c in notes.newer_contributions(said[2].id, 2)] == ["n3", "n4"]
    assert [c.text for c in notes.contributions(0, 2, up_to=said[4].id)] == ["n4", "n3"]
    assert notes.newer_count(said[4].id) == 20 and notes.newer_count(said[24].id) == 0


# -- editing in the log -----------------------------------------------------------------------


def test_edit_changes_text_tags_owner_due_and_speaker_in_one_step(
    store: Store, sid: int, services: Services
) -> None:
    p1, p2 = people(store, sid)[:2]
    said = services.notes.capture(Kind.ACTION, "Loket", participant_id=p1)
    services.notes.edit_contribution(
        said.id,
        "Loket voor flex",
        tags=["flex"],
        owners=[Owner("UWV")],
        due=date(2020, 12, 1),
        participant_id=p2,
    )
    card = card_of(store, said)
    edited = store.get(Contribution, said.id)
    assert edited is not None
    assert (edited.text, edited.tags, edited.participant_id) == ("Loket voor flex", ["flex"], p2)
    assert (card.title, card.owners, card.due, card.participant_id) == (
        "Loket voor flex",
        [Owner("UWV")],
        date(2020, 12, 1),
        p2,
    )
    assert "flex" in store.session(sid).tags  # type: ignore[union-attr]
    store.undo(sid)
    assert store.get(Contribution, said.id).text == "Loket"  # type: ignore[union-attr]
    assert card_of(store, said).owners == []


def test_a_card_title_edited_on_the_board_is_not_overwritten(
    store: Store, services: Services
) -> None:
    said = services.notes.capture(Kind.BARRIER, "Te weinig plekken")
    services.board.edit_card(card_of(store, said).id, title="Te weinig stageplaatsen")
    services.notes.edit_contribution(said.id, "Te weinig plekken in de bouw")
    assert card_of(store, said).title == "Te weinig stageplaatsen"


def test_rekind_moves_creates_and_removes_cards(store: Store, sid: int, services: Services) -> None:
    said = services.notes.capture(Kind.BARRIER, "Eén loket")
    card = card_of(store, said)
    services.notes.rekind(said.id, Kind.OPPORTUNITY)
    assert card_of(store, said).id == card.id and card_of(store, said).column == Column.OPPORTUNITY
    services.notes.rekind(said.id, Kind.NOTE)
    assert store.get(Contribution, said.id).card_id is None  # type: ignore[union-attr]
    assert store.cards(sid) == []
    services.notes.rekind(said.id, Kind.ACTION)
    assert card_of(store, said).column == Column.ACTION
    assert card_of(store, said).title == "Eén loket"
    for _ in range(3):
        store.undo(sid)
    assert card_of(store, said).id == card.id and card_of(store, said).column == Column.BARRIER


def test_rekind_of_one_of_two_merged_contributions_gives_it_its_own_card(
    store: Store, services: Services
) -> None:
    a = services.notes.capture(Kind.BARRIER, "A")
    b = services.notes.capture(Kind.BARRIER, "B")
    services.board.merge(card_of(store, a).id, card_of(store, b).id)
    services.notes.rekind(b.id, Kind.OPPORTUNITY)
    assert card_of(store, a).column == Column.BARRIER
    assert card_of(store, b).column == Column.OPPORTUNITY and card_of(store, b).title == "B"


def test_reattribute_and_refile(store: Store, sid: int, services: Services) -> None:
    p1, p2 = people(store, sid)[:2]
    items = [i.id for i in store.items(sid)]
    said = services.notes.capture(Kind.BARRIER, "X", participant_id=p1, item_id=items[0])
    services.notes.reattribute(said.id, p2)
    services.notes.move_to_item(said.id, items[1])
    card = card_of(store, said)
    assert (card.participant_id, card.item_id) == (p2, items[1])
    services.notes.reattribute(said.id, None)
    assert store.get(Contribution, said.id).participant_id is None  # type: ignore[union-attr]


def test_delete_takes_a_lone_card_with_it_and_undo_brings_both(
    store: Store, sid: int, services: Services
) -> None:
    barrier = services.notes.capture(Kind.BARRIER, "B")
    action = services.notes.capture(Kind.ACTION, "A")
    services.board.link(card_of(store, action).id, card_of(store, barrier).id)
    services.notes.delete_contribution(barrier.id)
    assert [c.column for c in store.cards(sid)] == [Column.ACTION]
    assert store.cards(sid)[0].links == []
    store.undo(sid)
    assert len(store.cards(sid)) == 2 and store.cards(sid)[0].links  # relinked


# -- the board --------------------------------------------------------------------------------


def test_move_within_and_between_columns(store: Store, sid: int, services: Services) -> None:
    first, second = (services.notes.capture(Kind.BARRIER, t) for t in ("1", "2"))
    services.board.move_card(card_of(store, second).id, -1)
    assert [c.title for c in store.cards(sid)] == ["2", "1"]
    services.board.move_card_to(card_of(store, first).id, Column.ACTION)
    assert card_of(store, first).column == Column.ACTION
    assert store.get(Contribution, first.id).kind == Kind.ACTION  # type: ignore[union-attr]
    store.undo(sid)
    assert store.get(Contribution, first.id).kind == Kind.BARRIER  # type: ignore[union-attr]


def test_moving_cards_keeps_links_valid(store: Store, sid: int, services: Services) -> None:
    barrier = card_of(store, services.notes.capture(Kind.BARRIER, "B"))
    action = card_of(store, services.notes.capture(Kind.ACTION, "A"))
    services.board.link(barrier.id, action.id)  # either order
    assert store.get(Card, action.id).links == [barrier.id]  # type: ignore[union-attr]
    services.board.move_card_to(barrier.id, Column.ACTION)  # a link to an action is not allowed
    assert store.get(Card, action.id).links == []  # type: ignore[union-attr]
    store.undo(sid)
    services.board.move_card_to(action.id, Column.OPPORTUNITY)  # only actions link
    assert store.get(Card, action.id).links == []  # type: ignore[union-attr]


def test_link_toggle_and_rules(store: Store, services: Services) -> None:
    b1 = card_of(store, services.notes.capture(Kind.BARRIER, "B1"))
    b2 = card_of(store, services.notes.capture(Kind.BARRIER, "B2"))
    a = card_of(store, services.notes.capture(Kind.ACTION, "A"))
    assert services.board.toggle_link(a.id, b1.id) is True
    assert services.board.toggle_link(b1.id, a.id) is False
    with pytest.raises(DomainError, match="board.link_not_action"):
        services.board.link(b1.id, b2.id)


def test_vote_and_sort(store: Store, sid: int, services: Services) -> None:
    cards = [card_of(store, services.notes.capture(Kind.OPPORTUNITY, t)) for t in ("a", "b", "c")]
    services.board.vote(cards[2].id, 1)
    services.board.vote(cards[2].id, 1)
    services.board.vote(cards[1].id, 1)
    assert services.board.vote(cards[0].id, -1) == 0
    services.board.sort_by_votes(Column.OPPORTUNITY)
    assert [(c.title, c.votes) for c in store.cards(sid)] == [("c", 2), ("b", 1), ("a", 0)]


def test_merge_keeps_provenance_adds_votes_and_undoes_whole(
    store: Store, sid: int, services: Services, clock: FakeClock
) -> None:
    p1, p2 = people(store, sid)[:2]
    keep = services.notes.capture(
        Kind.BARRIER, "Te weinig stageplaatsen", participant_id=p1, tags=["a"]
    )
    clock.advance(minutes=5)
    gone = services.notes.capture(
        Kind.BARRIER, "Geen stages in de bouw", participant_id=p2, tags=["b"]
    )
    action = card_of(store, services.notes.capture(Kind.ACTION, "Doe iets"))
    keep_card, gone_card = card_of(store, keep), card_of(store, gone)
    services.board.link(action.id, gone_card.id)
    services.board.vote(keep_card.id, 2)
    services.board.vote(gone_card.id, 3)
    services.board.merge(keep_card.id, gone_card.id)
    kept = store.get(Card, keep_card.id)
    assert kept is not None and kept.votes == 5 and kept.tags == ["a", "b"]
    assert store.get(Card, gone_card.id).merged_into == keep_card.id  # type: ignore[union-attr]
    assert store.get(Card, action.id).links == [keep_card.id]  # type: ignore[union-attr]
    said = services.board.card_contributions(keep_card.id)
    assert [(c.text, c.participant_id) for c in said] == [
        ("Te weinig stageplaatsen", p1),
        ("Geen stages in de bouw", p2),
    ]
    assert len(store.cards(sid)) == 2
    assert store.undo(sid) == "merge"
    assert len(store.cards(sid)) == 3
    assert card_of(store, gone).id == gone_card.id
    assert store.get(Card, action.id).links == [gone_card.id]  # type: ignore[union-attr]


def test_edit_card_park_and_delete(store: Store, sid: int, services: Services) -> None:
    a = services.notes.capture(Kind.ACTION, "A")
    b = services.notes.capture(Kind.ACTION, "B")
    card = card_of(store, a)
    services.board.set_owners(card.id, [Owner("UWV"), Owner("Gemeente Enschede")])
    services.board.set_due(card.id, date(2020, 11, 1))
    services.board.edit_card(card.id, tags=["nieuwe tag"])
    assert "nieuwe tag" in store.session(sid).tags  # type: ignore[union-attr]
    assert services.board.park(card.id) is True
    services.board.merge(card.id, card_of(store, b).id)
    services.board.delete_card(card.id)
    assert store.cards(sid, include_merged=True) == [] and store.contributions(sid) == []
    store.undo(sid)
    assert len(store.contributions(sid)) == 2
    restored = store.get(Card, card.id)
    assert restored is not None and restored.parked and len(restored.owners) == 2


def test_unknown_ids_are_a_clear_error(services: Services) -> None:
    with pytest.raises(DomainError, match="notes.not_found"):
        services.board.vote(999)
