"""Every operation the user can undo has a name in Dutch and English, from one enum."""

from __future__ import annotations

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.errors import DomainError
from facilitator.domain.model import Kind
from facilitator.service import Services
from facilitator.service.changes import NAMES, Change, describe
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan


def test_every_change_has_a_dutch_and_an_english_name() -> None:
    assert set(NAMES) == set(Change)
    for change in Change:
        nl, en = change.words("nl"), change.words("en")
        assert nl.strip() and en.strip(), change
    assert Change.CLOSE.words("nl") == "sessie gesloten"
    assert Change.CLOSE.words("en") == "session closed"


def test_every_kind_can_be_captured_under_its_own_change() -> None:
    assert {Change.capture(kind) for kind in Kind} <= set(Change)
    assert Change.capture(Kind.BARRIER).words("nl") == "barrière vastgelegd"


def test_the_ops_log_keeps_the_value_and_undo_names_it(store: Store, clock: FakeClock) -> None:
    sid = import_plan(store, make_plan()).session.id
    services = Services.open(store, sid, clock)
    services.notes.capture(Kind.DECISION, "Tweede tafel in het voorjaar")
    services.floor.enqueue(store.participants(sid)[0].id)
    labels = [row[0] for row in store.conn.execute("SELECT label FROM ops ORDER BY id")]
    assert labels[-2:] == ["capture decision", "hand"]  # what older databases hold too
    label = services.history.undo()
    assert label == Change.HAND and type(label) is str
    assert describe(label, "nl") == "hand opgestoken"
    assert describe(services.history.redo(), "en") == "hand raised"


def test_a_toggle_is_logged_as_what_it_did(store: Store, clock: FakeClock) -> None:
    sid = import_plan(store, make_plan()).session.id
    services = Services.open(store, sid, clock)
    action = services.notes.capture(Kind.ACTION, "Loket").card_id or 0
    barrier = services.notes.capture(Kind.BARRIER, "Geen stages").card_id or 0
    assert services.board.toggle_link(action, barrier) is True
    assert services.board.toggle_link(action, barrier) is False
    assert services.history.undo() == Change.UNLINK
    assert services.history.undo() == Change.LINK


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_unknown_stored_label_is_shown_as_stored(lang: str) -> None:
    assert describe("import twente", lang) == "import twente"
    assert describe("", lang) == ""


def test_nothing_to_undo_or_redo_is_a_refusal_in_both_languages(
    store: Store, clock: FakeClock
) -> None:
    sid = import_plan(store, make_plan()).session.id
    history = Services.open(store, sid, clock).history
    with pytest.raises(DomainError) as undo:
        history.undo()
    with pytest.raises(DomainError) as redo:
        history.redo()
    assert undo.value.message("nl") == "Niets om ongedaan te maken."
    assert redo.value.message("en") == "Nothing to redo."
