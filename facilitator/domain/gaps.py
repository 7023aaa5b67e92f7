"""What the minutes would lack if the session closed now.

The check before closing lists these so the facilitator can fix them (give an
action an owner or a due date, add an action for a barrier) or park them; a
parked card shows in the minutes as an open point, and a deferred agenda item
as deferred.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from facilitator.domain.board import ownerless_actions, past_due_cards, unaddressed_barriers
from facilitator.domain.model import AgendaItem, Card, Column, ItemStatus


class GapKind(StrEnum):
    ACTION_WITHOUT_OWNER = "action_without_owner"
    ACTION_WITHOUT_DUE = "action_without_due"
    DUE_PASSED = "due_passed"
    BARRIER_WITHOUT_ACTION = "barrier_without_action"
    ITEM_NOT_REACHED = "item_not_reached"


@dataclass(frozen=True)
class Gap:
    """One thing missing: on a card (``card_id``) or an agenda item (``item_id``)."""

    kind: GapKind
    title: str
    card_id: int | None = None
    item_id: int | None = None


def gaps(
    items: Iterable[AgendaItem], cards: Iterable[Card], today: date | None = None
) -> list[Gap]:
    """Everything the minutes would lack, in a stable order; parked cards are left out.

    With ``today`` (the day of the meeting), due dates before it count too.
    """
    cards = [c for c in cards if not c.parked]
    found: list[Gap] = []
    for card in ownerless_actions(cards):
        found.append(Gap(GapKind.ACTION_WITHOUT_OWNER, card.title, card_id=card.id))
    actions = sorted(
        (c for c in cards if c.column == Column.ACTION and c.merged_into is None),
        key=lambda c: (c.position, c.id),
    )
    for card in actions:
        if card.due is None:
            found.append(Gap(GapKind.ACTION_WITHOUT_DUE, card.title, card_id=card.id))
    if today is not None:
        for card in past_due_cards(cards, today):
            found.append(Gap(GapKind.DUE_PASSED, card.title, card_id=card.id))
    for card in unaddressed_barriers(cards):
        found.append(Gap(GapKind.BARRIER_WITHOUT_ACTION, card.title, card_id=card.id))
    for item in sorted(items, key=lambda i: (i.position, i.id)):
        never_ran = item.elapsed_seconds == 0 and item.running_since is None
        if item.status == ItemStatus.TODO and never_ran and not item.removed:
            found.append(Gap(GapKind.ITEM_NOT_REACHED, item.title, item_id=item.id))
    return found
