"""Who made a change: the window's role, user and machine, stored with each operation."""

from __future__ import annotations

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Contribution, Kind
from facilitator.service.origin import Origin, Role, describe
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan


def test_an_origin_round_trips_through_its_stored_form() -> None:
    origin = Origin(Role.NOTETAKER, "anne", "laptop-2", "a1b2c3")
    assert str(origin) == "notetaker anne@laptop-2 #a1b2c3"
    assert Origin.parse(str(origin)) == origin
    assert describe(str(origin), "nl") == "notulist (anne@laptop-2)"
    assert describe(str(origin), "en") == "note-taker (anne@laptop-2)"


def test_older_or_foreign_marks_are_shown_as_they_are() -> None:
    assert Origin.parse("console") is None
    assert describe("console", "en") == "console"
    assert describe("", "nl") == "onbekend"
    assert Origin.parse("nobody x@y #1") is None


def test_two_windows_of_one_role_are_told_apart() -> None:
    one, two = Origin.here(Role.FACILITATOR), Origin.here(Role.FACILITATOR)
    assert one.role == two.role == Role.FACILITATOR
    assert str(one) != str(two)
    assert not Role.WALL.changes and Role.NOTETAKER.changes


def test_the_history_keeps_who_made_each_operation(store: Store, clock: FakeClock) -> None:
    session = import_plan(store, make_plan()).session
    origin = str(Origin(Role.NOTETAKER, "anne", "laptop-2", "ff"))
    with store.change(session.id, "capture", origin=origin) as tx:
        tx.insert(
            Contribution(
                id=0, session_id=session.id, kind=Kind.NOTE, text="x", created_at=clock.now()
            )
        )
    store.undo(session.id, origin=origin)
    history = store.operations(session.id)
    mine = [op for op in history if op.origin == origin]
    assert [(op.label, op.state) for op in mine] == [("capture", "undone"), ("undo", "undo")]
    assert mine[1].target_op == mine[0].id
