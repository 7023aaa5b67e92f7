"""Card numbers that never change: given per column when a card is made, kept for good."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator.domain.board_view import build_view
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Card, Column, Kind
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.store.schema import migrate
from tests.helpers import make_plan


@pytest.fixture
def service(store: Store, clock: FakeClock) -> Services:
    session = import_plan(store, make_plan(participants=4)).session
    services = Services.open(store, session.id, clock)
    services.agenda.toggle_timer()
    return services


def labels(service: Services) -> dict[str, str]:
    state = service.reading.state()
    view = build_view(state.cards, state.items, "nl")
    return {c.title: view.labels[c.id] for c in state.cards if c.id in view.labels}


def test_moving_sorting_and_deleting_cards_never_renumbers_the_others(
    service: Services,
) -> None:
    for title in ("Vervoer", "Taal", "Begeleiding"):
        service.notes.capture(Kind.BARRIER, title)
    service.notes.capture(Kind.OPPORTUNITY, "Subsidie")
    assert labels(service) == {
        "Vervoer": "B1",
        "Taal": "B2",
        "Begeleiding": "B3",
        "Subsidie": "K1",
    }
    cards = {c.title: c for c in service.reading.state().cards}
    service.board.move_card(cards["Begeleiding"].id, -2)
    service.board.vote(cards["Taal"].id)
    service.board.sort_by_votes(Column.BARRIER)
    service.board.delete_card(cards["Vervoer"].id)
    assert labels(service)["Begeleiding"] == "B3" and labels(service)["Taal"] == "B2"
    service.notes.capture(Kind.BARRIER, "Huisvesting")
    assert labels(service)["Huisvesting"] == "B4"
    # the highest deleted: its number is not given again
    service.board.delete_card(
        next(c.id for c in service.reading.state().cards if c.title == "Huisvesting")
    )
    service.notes.capture(Kind.BARRIER, "Werkdruk")
    assert labels(service)["Werkdruk"] == "B5"
    service.history.undo()  # undone, the card goes; its number is not given again
    service.notes.capture(Kind.BARRIER, "Scholing")
    assert labels(service)["Scholing"] == "B6"
    # a card moved to another column gets the next number there
    service.board.move_card_to(cards["Taal"].id, Column.OPPORTUNITY)
    assert labels(service)["Taal"] == "K2"


def test_a_card_moved_to_another_column_and_back_gets_its_number_there_back(
    service: Services,
) -> None:
    """B2 moved to the opportunities and back came back as B4: a number nobody had said,
    while B2 stood free. It comes back as B2, and as K1 when it goes to the
    opportunities again; a number another card took meanwhile is not given twice."""
    for title in ("Vervoer", "Taal", "Begeleiding"):
        service.notes.capture(Kind.BARRIER, title)
    taal = next(c for c in service.reading.state().cards if c.title == "Taal")
    service.board.move_card_to(taal.id, Column.OPPORTUNITY)
    assert labels(service)["Taal"] == "K1"
    service.board.move_card_to(taal.id, Column.ACTION)
    assert labels(service)["Taal"] == "A1"
    service.board.move_card_to(taal.id, Column.BARRIER)
    assert labels(service)["Taal"] == "B2"
    service.board.move_card_to(taal.id, Column.OPPORTUNITY)
    assert labels(service)["Taal"] == "K1"
    service.notes.capture(Kind.BARRIER, "Huisvesting")
    assert labels(service)["Huisvesting"] == "B4"
    service.board.move_card_to(taal.id, Column.BARRIER)
    assert labels(service) == {
        "Vervoer": "B1",
        "Taal": "B2",
        "Begeleiding": "B3",
        "Huisvesting": "B4",
    }
    # its kind changed in the log, to an action and back to a barrier
    said = next(c for c in service.reading.state().latest if c.card_id == taal.id)
    service.notes.rekind(said.id, Kind.ACTION)
    assert labels(service)["Taal"] == "A1"
    service.notes.rekind(said.id, Kind.BARRIER)
    assert labels(service)["Taal"] == "B2"


def column(service: Services, of: Column = Column.BARRIER) -> list[str]:
    """The titles of a column as the board shows them, top to bottom."""
    state = service.reading.state()
    return [c.title for c in build_view(state.cards, state.items, "nl").columns.get(of, [])]


def test_a_card_moved_to_another_column_and_back_comes_back_to_its_place(
    service: Services,
) -> None:
    """B2 moved to the opportunities by mistake and straight back stood at the bottom of the
    barriers, under B3: its number came back, its place did not. It comes back between B1
    and B3 again; a card added meanwhile stays below it, and a card moved up meanwhile
    leaves it its place in the column (the second, as before)."""
    for title in ("Vervoer", "Taal", "Begeleiding"):
        service.notes.capture(Kind.BARRIER, title)
    cards = {c.title: c for c in service.reading.state().cards}
    taal = cards["Taal"].id
    service.board.move_card_to(taal, Column.OPPORTUNITY)
    service.board.move_card_to(taal, Column.BARRIER)
    assert column(service) == ["Vervoer", "Taal", "Begeleiding"]
    assert labels(service)["Taal"] == "B2"
    # a re-kind in the log moves the card as well, and back
    said = next(c for c in service.reading.state().latest if c.card_id == taal)
    service.notes.rekind(said.id, Kind.ACTION)
    service.notes.capture(Kind.BARRIER, "Huisvesting")
    service.notes.rekind(said.id, Kind.BARRIER)
    assert column(service) == ["Vervoer", "Taal", "Begeleiding", "Huisvesting"]
    # moved away, another card moved up meanwhile: back in the second place
    service.board.move_card_to(taal, Column.ACTION)
    service.board.move_card(cards["Begeleiding"].id, -1)
    assert column(service) == ["Begeleiding", "Vervoer", "Huisvesting"]
    service.board.move_card_to(taal, Column.BARRIER)
    assert column(service) == ["Begeleiding", "Taal", "Vervoer", "Huisvesting"]


def test_the_last_card_moved_away_and_back_comes_back_above_the_cards_added_meanwhile(
    service: Services,
) -> None:
    """The last barrier moved to the opportunities, a barrier captured, and the card moved
    back: it stood below the new barrier, which had been given its very place (the highest
    place left, plus one), so that it went to the bottom. It comes back to its place, the
    cards added meanwhile below it, also where they were given places above it."""
    for title in ("Vervoer", "Taal", "Begeleiding"):
        service.notes.capture(Kind.BARRIER, title)
    cards = {c.title: c for c in service.reading.state().cards}
    begeleiding = cards["Begeleiding"].id
    service.board.move_card_to(begeleiding, Column.OPPORTUNITY)
    service.notes.capture(Kind.BARRIER, "Huisvesting")
    service.notes.capture(Kind.BARRIER, "Werkdruk")
    service.board.move_card_to(begeleiding, Column.BARRIER)
    assert column(service) == ["Vervoer", "Taal", "Begeleiding", "Huisvesting", "Werkdruk"]
    assert labels(service)["Begeleiding"] == "B3"
    # a card deleted left a gap: the new cards take places above the one that left
    huisvesting = next(c for c in service.reading.state().cards if c.title == "Huisvesting")
    service.board.delete_card(huisvesting.id)
    werkdruk = next(c for c in service.reading.state().cards if c.title == "Werkdruk")
    service.board.move_card_to(werkdruk.id, Column.ACTION)
    for title in ("Reistijd", "Scholing", "Taalles"):
        service.notes.capture(Kind.BARRIER, title)
    service.board.move_card_to(werkdruk.id, Column.BARRIER)
    assert column(service) == [
        "Vervoer",
        "Taal",
        "Begeleiding",
        "Werkdruk",
        "Reistijd",
        "Scholing",
        "Taalles",
    ]


def test_a_card_comes_back_between_two_cards_without_room_between_them(
    service: Services, store: Store
) -> None:
    """Where no position is left between the card above its place and a card added
    meanwhile, the cards from there on move down one place: its place is still its own."""
    added = service.notes.capture(Kind.OPPORTUNITY, "Huisvesting")  # the older card
    assert added.card_id is not None
    for title in ("Vervoer", "Taal", "Begeleiding"):
        service.notes.capture(Kind.BARRIER, title)
    cards = {c.title: c for c in service.reading.state().cards}
    service.board.move_card_to(cards["Begeleiding"].id, Column.OPPORTUNITY)
    service.board.move_card_to(added.card_id, Column.BARRIER)
    with store.change(cards["Taal"].session_id, "move_card") as tx:
        huisvesting = store.get(Card, added.card_id)
        assert huisvesting is not None
        tx.update(replace(huisvesting, position=math.nextafter(2.0, 3.0)))
    service.board.move_card_to(cards["Begeleiding"].id, Column.BARRIER)
    assert column(service) == ["Vervoer", "Taal", "Begeleiding", "Huisvesting"]


def test_cards_moved_away_and_back_in_turn_keep_their_order(service: Services) -> None:
    """Two cards away at once, the one above back first: each comes back to its own place,
    the one that came back first is not taken for a card added meanwhile."""
    for title in ("Vervoer", "Taal", "Begeleiding"):
        service.notes.capture(Kind.BARRIER, title)
    cards = {c.title: c.id for c in service.reading.state().cards}
    service.board.move_card_to(cards["Begeleiding"], Column.OPPORTUNITY)
    service.board.move_card_to(cards["Taal"], Column.OPPORTUNITY)
    service.board.move_card_to(cards["Taal"], Column.BARRIER)
    service.board.move_card_to(cards["Begeleiding"], Column.BARRIER)
    assert column(service) == ["Vervoer", "Taal", "Begeleiding"]
    # the one above away first, back last
    service.board.move_card_to(cards["Taal"], Column.ACTION)
    service.board.move_card_to(cards["Begeleiding"], Column.ACTION)
    service.board.move_card_to(cards["Begeleiding"], Column.BARRIER)
    service.board.move_card_to(cards["Taal"], Column.BARRIER)
    assert column(service) == ["Vervoer", "Taal", "Begeleiding"]


def addresses(service: Services) -> dict[str, list[str]]:
    """What each action addresses, by the numbers the board shows, and the barriers that
    show «nog geen actie» (under ``"-"``)."""
    state = service.reading.state()
    view = build_view(state.cards, state.items, "nl")
    shown = [c for cards in view.columns.values() for c in cards]
    found = {c.title: view.addresses(c) for c in shown if c.column == Column.ACTION}
    found["-"] = [view.labels[c.id] for c in shown if "no_action" in view.loose_ends(c)]
    return found


def test_an_action_moved_to_another_column_and_back_addresses_what_it_did(
    service: Services,
) -> None:
    """A1 moved to the barriers by mistake and straight back got its number and place back,
    but not its links: B1 and K1 showed «nog geen actie» again. It addresses them again;
    a card it addressed that was merged or deleted meanwhile is left out."""
    for title in ("Vervoer", "Taal", "Begeleiding"):
        service.notes.capture(Kind.BARRIER, title)
    service.notes.capture(Kind.OPPORTUNITY, "Subsidie")
    service.notes.capture(Kind.ACTION, "Busvervoer regelen")
    cards = {c.title: c.id for c in service.reading.state().cards}
    action = cards["Busvervoer regelen"]
    for target in ("Vervoer", "Subsidie", "Taal", "Begeleiding"):
        service.board.link(action, cards[target])
    assert addresses(service) == {"Busvervoer regelen": ["B1", "K1", "B2", "B3"], "-": []}
    service.board.move_card_to(action, Column.BARRIER)
    assert addresses(service)["-"] == ["B1", "B2", "B3", "B4"]
    service.board.move_card_to(action, Column.ACTION)
    assert addresses(service) == {"Busvervoer regelen": ["B1", "K1", "B2", "B3"], "-": []}
    assert labels(service)["Busvervoer regelen"] == "A1"
    # away again: B2 merged into B1, B3 deleted meanwhile; a re-kind in the log moves it back
    service.board.move_card_to(action, Column.OPPORTUNITY)
    service.board.merge(cards["Vervoer"], cards["Taal"])
    service.board.delete_card(cards["Begeleiding"])
    said = next(c for c in service.reading.state().latest if c.card_id == action)
    service.notes.rekind(said.id, Kind.ACTION)
    assert addresses(service) == {"Busvervoer regelen": ["B1", "K1"], "-": []}
    # undone, the move takes its links with it
    service.history.undo()
    assert addresses(service)["-"] == ["B1"]


def test_a_card_whose_place_was_taken_meanwhile_comes_back_at_the_bottom(
    service: Services,
) -> None:
    """Sorting by votes while the card was away numbers the places anew: its place belongs
    to another card now, so it comes back at the bottom, as a card from elsewhere does."""
    for title in ("Vervoer", "Taal", "Begeleiding"):
        service.notes.capture(Kind.BARRIER, title)
    cards = {c.title: c for c in service.reading.state().cards}
    service.board.move_card_to(cards["Taal"].id, Column.OPPORTUNITY)
    service.board.vote(cards["Begeleiding"].id, 2)
    service.board.sort_by_votes(Column.BARRIER)
    assert column(service) == ["Begeleiding", "Vervoer"]
    service.board.move_card_to(cards["Taal"].id, Column.BARRIER)
    assert column(service) == ["Begeleiding", "Vervoer", "Taal"]
    assert labels(service)["Taal"] == "B2"  # its number is still its own


def test_the_minutes_use_the_kept_numbers_and_mark_merged_cards(
    service: Services, store: Store
) -> None:
    for title in ("Vervoer", "Taal", "Reistijd"):
        service.notes.capture(Kind.BARRIER, title)
    cards = {c.title: c for c in service.reading.state().cards}
    service.board.move_card(cards["Reistijd"].id, -2)
    service.board.merge(cards["Vervoer"].id, cards["Reistijd"].id)
    minutes = render_markdown(collect(store, service.session_id), "nl")
    assert "**B1** Vervoer" in minutes and "**B2** Taal" in minutes
    assert "Samengevoegd met: B3 Reistijd" in minutes


def test_the_migration_numbers_existing_cards_as_the_board_shows_them(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrate(conn, 12)  # before cards kept their numbers (v13)
    start = "2020-10-06T12:00:00+00:00"
    conn.execute("INSERT INTO sessions (slug, title, starts_at) VALUES ('s', 'S', ?)", (start,))
    rows = [(1, "barrier", 2.0, None), (2, "barrier", 1.0, None), (3, "barrier", 0.5, 1)]
    for card_id, column, position, merged in rows:
        conn.execute(
            'INSERT INTO cards (id, session_id, "column", title, position, created_at, '
            "merged_into) VALUES (?, 1, ?, 't', ?, '2020-10-06T12:00:00+00:00', ?)",
            (card_id, column, position, merged),
        )
    migrate(conn)
    numbers = dict(conn.execute("SELECT id, number FROM cards").fetchall())
    assert numbers == {2: 1, 1: 2, 3: 3}


def test_the_migration_remembers_the_numbers_deleted_cards_had(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrate(conn, 13)  # before the highest numbers were kept (v14)
    start = "2020-10-06T12:00:00+00:00"
    conn.execute("INSERT INTO sessions (slug, title, starts_at) VALUES ('s', 'S', ?)", (start,))
    conn.execute(
        'INSERT INTO cards (id, session_id, "column", title, position, created_at, number) '
        "VALUES (1, 1, 'barrier', 't', 1.0, ?, 2)",
        (start,),
    )
    conn.execute(
        "INSERT INTO ops (session_id, label, at, state) VALUES (1, 'x', ?, 'done')", (start,)
    )
    gone = '{"id": 2, "session_id": 1, "column": "barrier", "number": 5}'
    conn.execute(
        "INSERT INTO changes (op_id, tbl, row_id, action, before, after) "
        "VALUES (1, 'cards', 2, 'delete', ?, NULL)",
        (gone,),
    )
    migrate(conn)
    assert conn.execute('SELECT session_id, "column", last FROM card_numbers').fetchall() == [
        (1, "barrier", 5)
    ]
    conn.execute(
        'INSERT INTO cards (session_id, "column", title, position, created_at, number) '
        "VALUES (1, 'opportunity', 't', 1.0, ?, 1)",
        (start,),
    )
    assert dict(conn.execute('SELECT "column", last FROM card_numbers').fetchall()) == {
        "barrier": 5,
        "opportunity": 1,
    }
