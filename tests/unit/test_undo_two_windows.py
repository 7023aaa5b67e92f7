"""Undo and redo with two windows on one database: the chair's console and the
note-taker's screen, each undoing and redoing only its own changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import ActionStatus, Card, Column, Kind, Owner
from facilitator.service import Services
from tests.helpers import refusal_of

Windows = tuple[Services, Services]


def _shown(window: Services, column: Column) -> list[Card]:
    """The cards of a column as the board shows them (merged cards are not)."""
    return [c for c in window.reading.state().cards if c.column == column]


def _votes(window: Services) -> dict[str, int]:
    return {c.title: c.votes for c in _shown(window, Column.BARRIER)}


def test_undoing_a_vote_on_a_card_merged_since_is_refused_and_the_total_stays(
    windows: Windows,
) -> None:
    """The chair's vote on B2, then B2 merged into B1 by the note-taker (+2): ctrl+z said
    «Ongedaan gemaakt: stem» while B1 kept +2 in both windows and in the minutes; only the
    hidden B2 lost its vote."""
    chair, taker = windows
    taker.notes.capture(Kind.BARRIER, "Te weinig stageplaatsen")
    taker.notes.capture(Kind.BARRIER, "Weinig stages")
    one, two = (c.id for c in _shown(taker, Column.BARRIER))
    taker.board.vote(one)
    chair.board.vote(two)
    taker.board.merge(one, two)
    assert _votes(chair) == {"Te weinig stageplaatsen": 2}
    refused = refusal_of(chair.history.undo)
    assert refused.key == "undo.changed_since"
    assert refused.message("nl").startswith("'stem' is niet ongedaan gemaakt: een ander venster")
    assert refused.message("en").startswith("'vote' was not undone: another window")
    assert _votes(chair) == _votes(taker) == {"Te weinig stageplaatsen": 2}
    # the note-taker splits them again: the chair's vote is still on B2, where it was given
    assert taker.history.undo() == "merge"
    assert _votes(chair) == {"Te weinig stageplaatsen": 1, "Weinig stages": 1}


def _barriers(window: Services) -> list[int]:
    return [c.id for c in _shown(window, Column.BARRIER)]


CHANGES_OF_A_CARD: dict[str, tuple[Column, Callable[[Services, int], object]]] = {
    "edit card": (Column.BARRIER, lambda w, card: w.board.edit_card(card, title="Nieuwe tekst")),
    "tags": (Column.BARRIER, lambda w, card: w.board.edit_card(card, tags=["stage"])),
    "owners": (Column.ACTION, lambda w, card: w.board.set_owners(card, [Owner("Gemeente")])),
    "due": (Column.ACTION, lambda w, card: w.board.set_due(card, date(2020, 12, 1))),
    "status": (Column.ACTION, lambda w, card: w.board.set_status(card, ActionStatus.DONE)),
    "link": (Column.ACTION, lambda w, card: w.board.link(card, _barriers(w)[0])),
    "park": (Column.BARRIER, lambda w, card: w.board.park(card)),
}


def _cards_to_merge(windows: Windows, change: str) -> tuple[int, int]:
    """Two cards of the column the change is made in, the one to keep and the one merged
    into it; a barrier besides, to link an action to."""
    _chair, taker = windows
    column, _make = CHANGES_OF_A_CARD[change]
    kind = Kind.ACTION if column == Column.ACTION else Kind.BARRIER
    taker.notes.capture(Kind.BARRIER, "Geen vervoer naar de stage")
    taker.notes.capture(kind, "Eerste kaart")
    taker.notes.capture(kind, "Tweede kaart")
    keep, gone = (c.id for c in _shown(taker, column) if c.title != "Geen vervoer naar de stage")
    return keep, gone


@pytest.mark.parametrize("change", sorted(CHANGES_OF_A_CARD))
def test_a_change_to_a_card_merged_since_is_not_undone(windows: Windows, change: str) -> None:
    """Each change the chair made to a card the note-taker merged into another since:
    undone on the hidden card, it changed nothing the board or the minutes show, or left
    the kept card with what the merge had carried over (the votes, an owner, a link)."""
    chair, taker = windows
    keep, gone = _cards_to_merge(windows, change)
    CHANGES_OF_A_CARD[change][1](chair, gone)
    before = chair.reading.state().cards
    taker.board.merge(keep, gone)
    merged = chair.reading.state().cards
    assert refusal_of(chair.history.undo).key == "undo.changed_since"
    assert chair.reading.state().cards == merged
    assert taker.history.undo() == "merge"  # split again: the chair's change is still there
    assert chair.reading.state().cards == before


@pytest.mark.parametrize("change", sorted(CHANGES_OF_A_CARD))
def test_a_change_to_a_card_merged_since_is_not_redone(windows: Windows, change: str) -> None:
    chair, taker = windows
    keep, gone = _cards_to_merge(windows, change)
    CHANGES_OF_A_CARD[change][1](chair, gone)
    assert chair.history.undo() is not None
    undone = chair.reading.state().cards
    taker.board.merge(keep, gone)
    merged = chair.reading.state().cards
    assert refusal_of(chair.history.redo).key == "redo.changed_since"
    assert chair.reading.state().cards == merged
    assert taker.history.undo() == "merge"
    assert chair.reading.state().cards == undone


def test_a_redo_refused_says_it_was_not_redone_and_what_ctrl_y_takes_now(
    windows: Windows,
) -> None:
    """The chair's + undone, the note-taker's + on the same item, the chair's ctrl+y: it
    said «… is niet ongedaan gemaakt: … ctrl+z neemt nu de wijziging daarvoor.»"""
    chair, taker = windows
    taker.agenda.toggle_timer()
    chair.agenda.adjust_minutes(1)
    assert chair.history.undo() == "minutes"
    taker.agenda.adjust_minutes(1)
    refused = refusal_of(chair.history.redo)
    assert refused.message("nl") == (
        "'minuten aangepast' is niet opnieuw gedaan: een ander venster heeft dat sindsdien "
        "veranderd. Het blijft ongedaan. Er is niets later om opnieuw te doen."
    )
    assert refused.message("en") == (
        "'minutes changed' was not redone: another window has changed it since. It stays "
        "undone. There is nothing later to redo."
    )


def test_a_change_refused_once_is_undone_when_the_other_window_has_undone_its_own(
    windows: Windows,
) -> None:
    """The note-taker's merge, refused while the chair's vote stood on B1, stayed «(can no
    longer be undone)» for good once the chair undid the vote, and the next ctrl+z blamed
    another window for the note-taker's own merge: the cards could never be split again."""
    chair, taker = windows
    taker.notes.capture(Kind.BARRIER, "Te weinig stageplaatsen")
    taker.notes.capture(Kind.BARRIER, "Weinig stages")
    one, two = _barriers(taker)
    taker.board.vote(two)
    taker.board.vote(one)
    taker.board.merge(one, two)
    chair.board.vote(one)
    assert _votes(taker) == {"Te weinig stageplaatsen": 3}
    refused = refusal_of(taker.history.undo)
    assert refused.message("en").startswith("'cards merged' was not undone: another window")
    assert chair.history.undo() == "vote"
    assert taker.history.undo() == "merge"
    assert _votes(chair) == {"Te weinig stageplaatsen": 1, "Weinig stages": 1}
    assert taker.history.undo() == "vote"
    assert taker.history.undo() == "vote"
    assert _votes(chair) == {"Te weinig stageplaatsen": 0, "Weinig stages": 0}


def test_a_refused_redo_is_redone_when_the_other_window_has_undone_its_own(
    windows: Windows,
) -> None:
    chair, taker = windows
    taker.agenda.toggle_timer()
    chair.agenda.adjust_minutes(1)
    planned = chair.reading.state().items[0].planned_seconds
    assert chair.history.undo() == "minutes"
    taker.agenda.adjust_minutes(1)
    assert refusal_of(chair.history.redo).key == "redo.changed_since"
    assert taker.history.undo() == "minutes"
    assert chair.history.redo() == "minutes"
    assert chair.reading.state().items[0].planned_seconds == planned


def test_a_refusal_blames_another_window_only_when_it_made_the_later_change(
    windows: Windows, clock: FakeClock
) -> None:
    """The chair gave the floor, went to the next item and gave the floor again; the
    note-taker went on to the item after. The chair's ctrl+z: its own later ] and f, which
    the note-taker's ] held in place, are what changed its first floor given since, yet it
    said «een ander venster»."""
    chair, taker = windows
    people = [p.id for p in chair.reading.state().participants]
    chair.agenda.toggle_timer()
    for step in (
        lambda: chair.floor.give_floor(people[0]),
        lambda: chair.agenda.move(1),
        lambda: chair.floor.give_floor(people[1]),
        lambda: taker.agenda.move(1),
    ):
        clock.advance(seconds=30)
        step()
    said = [refusal_of(chair.history.undo) for _ in range(3)]
    assert [r.values["label"] for r in said] == ["floor", "next", "floor"]
    assert all(r.key == "undo.changed_since" for r in said[:2])
    assert said[2].key == "undo.changed_here"
    assert said[2].message("nl") == (
        "'het woord gegeven' is niet ongedaan gemaakt: een latere wijziging in dit venster, "
        "'volgend agendapunt', heeft dat sindsdien veranderd en kon zelf niet ongedaan worden. "
        "Het blijft staan; ctrl+z neemt nu de wijziging daarvoor."
    )
    assert said[2].message("en") == (
        "'floor given' was not undone: a later change in this window, 'next agenda item', "
        "has changed it since and could not be undone itself. It stays as it is; ctrl+z "
        "now takes the change before it."
    )
    # the note-taker takes its ] back: the chair's changes are undone, newest first
    assert taker.history.undo() == "next"
    assert [chair.history.undo() for _ in range(4)] == ["floor", "next", "floor", "timer start"]
    assert chair.reading.state().current_speech is None


def test_the_history_tells_a_refused_undo_from_a_refused_redo(
    windows: Windows, runner: CliRunner
) -> None:
    """Both read «(can no longer be undone)», a change that was undone too."""
    chair, taker = windows
    taker.agenda.toggle_timer()
    taker.notes.capture(Kind.BARRIER, "Te weinig stageplaatsen")
    chair.agenda.adjust_minutes(1)
    taker.agenda.adjust_minutes(1)
    assert refusal_of(chair.history.undo).key == "undo.changed_since"
    chair.board.vote(_barriers(chair)[0])
    assert chair.history.undo() == "vote"
    taker.board.vote(_barriers(chair)[0])
    assert refusal_of(chair.history.redo).key == "redo.changed_since"
    db = str(chair.history.store.path)
    for lang, undo, redo in (
        ("en", "(cannot be undone now: changed since)", "(cannot be redone now: changed since)"),
        (
            "nl",
            "(nu niet ongedaan te maken: sindsdien veranderd)",
            "(nu niet opnieuw te doen: sindsdien veranderd)",
        ),
    ):
        shown = runner.invoke(main, ["--db", db, "--lang", lang, "history", "tafel"])
        assert shown.exit_code == 0, shown.output
        chair_said = [line for line in shown.output.splitlines() if "ans@laptop" in line]
        assert chair_said[0].endswith(undo), shown.output  # the minutes changed
        assert chair_said[1].endswith(redo), shown.output  # the vote, undone
