"""The board's toggles pressed in two windows on one database at the same moment: ``S``
(an action's status), ``P`` (park) and ``l`` (link). Each window's command carries what
it showed; the second of two alike finds the card changed already, changes nothing and
says so, instead of turning the first one's change back."""

from __future__ import annotations

from facilitator.domain.model import ActionStatus, Card, Column, Kind
from facilitator.service import Services
from tests.helpers import refusal_of

Windows = tuple[Services, Services]


def _card(window: Services, column: Column) -> Card:
    return next(c for c in window.reading.state().cards if c.column == column)


def _labels(window: Services) -> list[str]:
    return [op.label for op in window.store.operations(window.session_id)]


def test_s_in_both_windows_marks_the_action_done_once(windows: Windows) -> None:
    """Both windows show A1 open and press S: it became dropped (done, then on round)."""
    chair, taker = windows
    taker.notes.capture(Kind.ACTION, "Stageplaatsen inventariseren")
    action = _card(chair, Column.ACTION)
    assert chair.board.set_status(action.id, seen=ActionStatus.OPEN) == ActionStatus.DONE
    refused = refusal_of(lambda: taker.board.set_status(action.id, seen=ActionStatus.OPEN))
    assert refused.key == "board.already_done"
    assert refused.message("nl") == "Deze actie is al gedaan; er is niets veranderd."
    assert refused.message("en") == "This action is already done; nothing was changed."
    assert _card(taker, Column.ACTION).status == ActionStatus.DONE
    assert _labels(chair).count("action status") == 1


def test_p_in_both_windows_parks_the_card_once(windows: Windows) -> None:
    """Both windows show B1 not parked and press P: parked, then taken back at once."""
    chair, taker = windows
    taker.notes.capture(Kind.BARRIER, "Te weinig stageplaatsen")
    barrier = _card(chair, Column.BARRIER)
    assert chair.board.park(barrier.id, seen=False) is True
    refused = refusal_of(lambda: taker.board.park(barrier.id, seen=False))
    assert refused.message("nl") == (
        "Deze kaart is al geparkeerd als open punt; er is niets veranderd."
    )
    assert refused.message("en") == (
        "This card is already parked as an open point; nothing was changed."
    )
    assert _card(taker, Column.BARRIER).parked
    assert _labels(chair).count("park") == 1


def test_l_in_both_windows_links_once(windows: Windows) -> None:
    """Both windows link A1 to B1 (l B1 Enter): linked, then the link removed again."""
    chair, taker = windows
    taker.notes.capture(Kind.BARRIER, "Te weinig stageplaatsen")
    taker.notes.capture(Kind.ACTION, "Stageplaatsen inventariseren")
    barrier, action = _card(chair, Column.BARRIER), _card(chair, Column.ACTION)
    assert chair.board.toggle_link(action.id, barrier.id, seen=False) is True
    refused = refusal_of(lambda: taker.board.toggle_link(action.id, barrier.id, seen=False))
    assert refused.message("nl") == "Deze actie pakt die kaart al aan; er is niets veranderd."
    assert refused.message("en") == "This action already addresses that card; nothing was changed."
    assert _card(taker, Column.ACTION).links == [barrier.id]
    assert "unlink" not in _labels(chair)


def test_without_what_was_shown_the_toggles_go_on_from_what_is_stored(windows: Windows) -> None:
    """Keys typed faster than the window shows (S S): each goes on from the stored value."""
    chair, _ = windows
    chair.notes.capture(Kind.ACTION, "Stageplaatsen inventariseren")
    action = _card(chair, Column.ACTION)
    assert chair.board.set_status(action.id) == ActionStatus.DONE
    assert chair.board.set_status(action.id) == ActionStatus.DROPPED
    assert chair.board.park(action.id) is True
    assert chair.board.park(action.id) is False
