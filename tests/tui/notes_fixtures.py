"""Fixtures of the note-taker's tests: sessions, an app on them, a seeded board.

Plain functions, imported by the note-taker's test modules (``from tests.tui.notes_fixtures
import …``), so they do not clash with the console's ``conftest.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind, Owner
from facilitator.service import Services
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.app import FacilitatorApp, make_app
from tests.conftest import SAMPLES
from tests.helpers import make_plan

START = datetime(2020, 10, 6, 12, 0, tzinfo=UTC)


def import_proef(store: Store) -> int:
    """A small session: four participants (Deelnemer 1…4, Organisatie 1…4), three items."""
    return import_plan(store, make_plan()).session.id


def import_twente(store: Store) -> int:
    """The Twente sample session (Dutch, twelve participants, six items)."""
    return import_plan(store, load_session_file(SAMPLES / "twente.toml")).session.id


def app_for(
    store: Store, session_id: int, clock: FakeClock, lang: str | None = None
) -> FacilitatorApp:
    return make_app(store, session_id, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0)


def start_meeting(store: Store, session_id: int, clock: FakeClock, speaker: int = 1) -> Services:
    """Start the first item's timer and give the floor to participant ``speaker`` (1-based)."""
    service = Services.open(store, session_id, clock)
    service.agenda.toggle_timer()
    person = store.participants(session_id)[speaker - 1]
    service.floor.give_floor(person.id)
    return service


def seed_board(store: Store, session_id: int, clock: FakeClock) -> Services:
    """A board with two barriers, an opportunity and two actions (one linked, one ownerless)."""
    taker = Services.open(store, session_id, clock)
    people = store.participants(session_id)
    items = store.items(session_id)
    first, second = people[0], people[1]
    b1 = taker.notes.capture(
        Kind.BARRIER,
        "Te weinig stageplaatsen in de bouw",
        participant_id=first.id,
        item_id=items[0].id,
        tags=["stage"],
    )
    clock.advance(minutes=2)
    taker.notes.capture(
        Kind.BARRIER,
        "Flexwerkers vallen buiten leven lang ontwikkelen",
        participant_id=second.id,
        item_id=items[0].id,
    )
    clock.advance(minutes=2)
    taker.notes.capture(
        Kind.OPPORTUNITY,
        "Leerwerkakkoord uitbreiden naar techniek",
        participant_id=second.id,
        item_id=items[1].id,
        tags=["bbl"],
    )
    clock.advance(minutes=2)
    a1 = taker.notes.capture(
        Kind.ACTION,
        "Matchpunt stage/bbl opzetten",
        participant_id=first.id,
        item_id=items[1].id,
        owners=[Owner(second.organisation, second.id)],
        tags=["stage"],
        due=datetime(2020, 10, 30).date(),
    )
    clock.advance(minutes=2)
    taker.notes.capture(Kind.ACTION, "Loopbaanloket voor flexwerkers", participant_id=first.id)
    assert a1.card_id is not None and b1.card_id is not None
    taker.board.link(a1.card_id, b1.card_id)
    taker.board.vote(b1.card_id, 3)
    return taker
