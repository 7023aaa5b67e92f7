"""The open points of a session: what is still open, for the check and the minutes.

One rule, used three times so they can never disagree: the check before
closing lists these, the minutes' one-line summary counts them ("7 open
punten") and the minutes' *open points* section lists them. An open point is
one thing (a card, a question or an agenda item) with every reason it is open:

* an action without an owner, without a due date, or past its due date;
* a barrier that no action addresses;
* a parked card (set aside as an open point on purpose);
* a question (every question asked is open: the minutes record no answers);
* an agenda item not reached (not :func:`~facilitator.domain.agenda.discussed`: its timer
  never ran on it, or only for a moment as the meeting stepped through it, and nothing
  was noted under it), or deferred.

Merged cards count on the card they merged into; removed agenda items and
merged cards are never open points. The facilitator can fix most of them
before closing (give an owner or a date, add an action, reach the item) or
park them; a parked card or a deferred item stays an open point.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from datetime import date, datetime
from enum import StrEnum

from facilitator.domain.agenda import discussed
from facilitator.domain.board import ownerless_actions, unaddressed_barriers
from facilitator.domain.model import (
    ActionStatus,
    AgendaItem,
    Card,
    Column,
    Contribution,
    ItemStatus,
    Kind,
)
from facilitator.records import record


class GapKind(StrEnum):
    """Why something is an open point (in the order they are given)."""

    ACTION_WITHOUT_OWNER = "action_without_owner"
    ACTION_WITHOUT_DUE = "action_without_due"
    ACTION_PAST_DUE = "action_past_due"
    BARRIER_WITHOUT_ACTION = "barrier_without_action"
    PARKED = "parked"
    OPEN_QUESTION = "open_question"
    ITEM_NOT_REACHED = "item_not_reached"
    ITEM_DEFERRED = "item_deferred"


@record
class Gap:
    """One open point: a card (``card_id``), a question (``contribution_id``) or an
    agenda item (``item_id``), with every reason it is open (``kinds``, at least one)."""

    kinds: tuple[GapKind, ...]
    title: str
    card_id: int | None = None
    item_id: int | None = None
    contribution_id: int | None = None

    @property
    def kind(self) -> GapKind:
        """The first reason."""
        return self.kinds[0]


# Cards first (actions, barriers, then parked opportunities), then questions, then items.
_COLUMN_ORDER = {Column.ACTION: 0, Column.BARRIER: 1, Column.OPPORTUNITY: 2}


def card_reasons(
    cards: Iterable[Card], today: date | None = None
) -> dict[int, tuple[GapKind, ...]]:
    """Card id -> why the card is an open point, for every card not merged away that is one.

    Give the merged cards too: an action linked to a card that was merged
    addresses the card it merged into.
    """
    cards = list(cards)  # merged ones too: a link to a merged card counts for its keeper
    kept = [c for c in cards if c.merged_into is None]
    ownerless = {c.id for c in ownerless_actions(kept)}
    unaddressed = {c.id for c in unaddressed_barriers(cards)}
    reasons: dict[int, tuple[GapKind, ...]] = {}
    for card in kept:
        found: list[GapKind] = []
        if card.column == Column.ACTION and card.status == ActionStatus.OPEN:
            if card.id in ownerless:
                found.append(GapKind.ACTION_WITHOUT_OWNER)
            if card.due is None:
                found.append(GapKind.ACTION_WITHOUT_DUE)
            elif today is not None and card.due < today:
                found.append(GapKind.ACTION_PAST_DUE)
        if card.id in unaddressed:
            found.append(GapKind.BARRIER_WITHOUT_ACTION)
        if card.parked:
            found.append(GapKind.PARKED)
        if found:
            reasons[card.id] = tuple(found)
    return reasons


def item_reason(
    item: AgendaItem, now: datetime | None = None, noted: Container[int] = ()
) -> GapKind | None:
    """Why an agenda item is an open point: deferred, or not reached (not
    :func:`~facilitator.domain.agenda.discussed` at ``now``; ``noted``: the ids of the
    items with a contribution); else None. Without ``now``, a running timer is under way."""
    if item.removed:
        return None
    if item.status == ItemStatus.DEFERRED:
        return GapKind.ITEM_DEFERRED
    if now is None and item.running:
        return None
    if not discussed(item, now, noted):
        return GapKind.ITEM_NOT_REACHED
    return None


def gaps(
    items: Iterable[AgendaItem],
    cards: Iterable[Card],
    contributions: Iterable[Contribution] = (),
    today: date | None = None,
    *,
    now: datetime | None = None,
    noted: Container[int] | None = None,
) -> list[Gap]:
    """Every open point, in a stable order (see the module docstring).

    ``today`` (the day of the meeting, or of closing it) decides which due dates
    are past; without it none is. ``now`` is the moment a running timer counts up to.
    ``noted``: the ids of the agenda items with a contribution under them; without it,
    those of ``contributions``.
    """
    contributions = list(contributions)
    if noted is None:
        noted = {c.item_id for c in contributions if c.item_id is not None}
    cards = list(cards)
    reasons = card_reasons(cards, today)
    found = [
        Gap(reasons[c.id], c.title, card_id=c.id)
        for c in sorted(
            (c for c in cards if c.id in reasons),
            key=lambda c: (_COLUMN_ORDER.get(c.column, 3), c.position, c.id),
        )
    ]
    for question in sorted(
        (c for c in contributions if c.kind == Kind.QUESTION), key=lambda c: c.id
    ):
        found.append(Gap((GapKind.OPEN_QUESTION,), question.text, contribution_id=question.id))
    for item in sorted(items, key=lambda i: (i.position, i.id)):
        reason = item_reason(item, now, noted)
        if reason is not None:
            found.append(Gap((reason,), item.title, item_id=item.id))
    return found
