"""«punt 3» / «item 3» under a card stays on one row: where the row is full the whole of
it goes to the next. Before, a card's meta broke between the word and its number
(«B1 · Pieter Jan ten Brinkema · punt» / «3»)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.service import Services
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import make_app
from tests.tui.drawn import laid_out
from tests.tui.notes_fixtures import app_for, import_twente

WORD = {"nl": "punt", "en": "item"}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", ["Pieter Jan ten Brinkema", "Pieter Jan ten Brinkemaat"])
async def test_the_item_word_and_its_number_stay_on_one_row(
    store: Store, clock: FakeClock, lang: str, name: str
) -> None:
    session = import_twente(store)
    service = Services.open(store, session, clock)
    person = service.floor.add_participant(name, "Bouwbedrijf Brinkema", "bedrijfsleven")
    third = store.items(session)[2]
    service.notes.capture(
        Kind.BARRIER, "Te weinig stageplaatsen", participant_id=person.id, item_id=third.id
    )
    app = app_for(store, session, clock, lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        rows = [row.split("│")[1].strip() for row in laid_out(app).splitlines() if "│" in row]
    word = WORD[lang]
    assert not any(row.endswith(word) for row in rows), rows
    assert not any(re.fullmatch(r"3\b.*", row) for row in rows), rows
    assert any(f"{word} 3" in row for row in rows), rows


@pytest.mark.parametrize(
    "org", ["Aannemersbedrijf Brinke & Zonen BV", "Bouwbedrijf Brinke en Zonen BV Oost"]
)
async def test_the_note_taker_s_log_keeps_the_item_and_its_number_together(
    store: Store, clock: FakeClock, org: str
) -> None:
    session = import_twente(store)
    service = Services.open(store, session, clock)
    person = service.floor.add_participant("Pieter Jan ten Brinke", org, "bedrijfsleven")
    third = store.items(session)[2]
    service.notes.capture(
        Kind.BARRIER, "Te weinig stageplaatsen", participant_id=person.id, item_id=third.id
    )
    app = make_app(
        store, session, clock=clock, tick_seconds=0, watch_seconds=0, role=Role.NOTETAKER
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rows = [row.strip() for row in laid_out(app).splitlines()]
    assert any(row.startswith("BARRIÈRE · Pieter Jan") for row in rows), rows
    assert not any(row.endswith("punt") for row in rows), rows
    assert not any(row.startswith("3 Stage-") for row in rows), rows
    assert any("punt 3" in row for row in rows), rows


DUE = {"nl": "ma 1 nov 2027", "en": "Mon 1 Nov 2027"}


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_a_due_date_under_a_card_stays_on_one_row(
    store: Store, clock: FakeClock, lang: str
) -> None:
    """«A3 · → Saxion (Fatma Yıldız) · punt 1 · ma 1» / «nov 2027» before: at every width
    the board is laid out in, the date stands whole on one row."""
    session = import_twente(store)
    service = Services.open(store, session, clock)
    person = next(p for p in store.participants(session) if p.name == "Fatma Yıldız")
    first = store.items(session)[0]
    service.notes.capture(
        Kind.ACTION, "Stagebank opzetten", participant_id=person.id, item_id=first.id
    )
    (card,) = store.cards(session)
    service.board.set_due(card.id, date(2027, 11, 1))
    app = app_for(store, session, clock, lang=lang)
    due = DUE[lang]
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f2")
        for width in range(100, 161, 2):
            await pilot.resize_terminal(width, 40)
            await pilot.pause()
            rows = [" ".join(row.split()) for row in laid_out(app).splitlines()]
            assert any(due in row for row in rows), (width, rows)
