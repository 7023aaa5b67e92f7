"""The board of barriers, opportunities and actions.

Pure functions on :class:`Card` records: merge duplicates, vote, order cards
in a column, link actions to what they address, and find the loose ends the
minutes should mention (barriers nobody acts on, actions nobody owns, due
dates already past).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import replace
from datetime import date
from typing import TypeVar

from facilitator.domain.errors import DomainError
from facilitator.domain.model import ActionStatus, Card, Column, Owner

T = TypeVar("T")

LINKABLE = (Column.BARRIER, Column.OPPORTUNITY)


def _union(first: Iterable[T], second: Iterable[T]) -> list[T]:
    """Both lists' values, each once, in order of first appearance."""
    seen: list[T] = []
    for value in [*first, *second]:
        if value not in seen:
            seen.append(value)
    return seen


def merge(keep: Card, gone: Card) -> tuple[Card, Card]:
    """Merge the duplicate ``gone`` into ``keep``; returns both, changed.

    ``keep`` gets the sum of the votes and the union of links, tags and owners;
    ``gone`` gets ``merged_into = keep.id``. Cards must differ and share a
    column (``board.merge_self``, ``board.merge_columns``). Cards that linked
    to ``gone`` can be pointed at ``keep`` with :func:`redirect_links`.
    """
    if keep.id == gone.id:
        raise DomainError("board.merge_self")
    if keep.column != gone.column:
        raise DomainError("board.merge_columns")
    links = [i for i in _union(keep.links, gone.links) if i not in (keep.id, gone.id)]
    kept = replace(
        keep,
        votes=keep.votes + gone.votes,
        links=links,
        tags=_union(keep.tags, gone.tags),
        owners=_union(keep.owners, gone.owners),
    )
    return kept, replace(gone, merged_into=keep.id)


def redirect_links(cards: Iterable[Card], gone_id: int, keep_id: int) -> list[Card]:
    """The cards that linked to ``gone_id``, now linking to ``keep_id`` instead."""
    changed = []
    for card in cards:
        if gone_id in card.links and card.id != keep_id:
            links = _union([keep_id if i == gone_id else i for i in card.links], [])
            changed.append(replace(card, links=links))
    return changed


def vote(card: Card, delta: int) -> Card:
    """Add (or take away) votes; never below zero."""
    return replace(card, votes=max(0, card.votes + delta))


def move_card(cards_in_column: Iterable[Card], card_id: int, delta: int) -> list[Card]:
    """Move a card up (``delta`` < 0) or down (> 0) its column.

    Merged cards are left out. Returns the cards whose position changed; the
    cards keep the set of positions they had (duplicates are renumbered).
    """
    cards = sorted(
        (c for c in cards_in_column if c.merged_into is None), key=lambda c: (c.position, c.id)
    )
    index = next((n for n, c in enumerate(cards) if c.id == card_id), None)
    if index is None:
        return []
    target = max(0, min(len(cards) - 1, index + delta))
    if target == index:
        return []
    positions = [c.position for c in cards]
    if len(set(positions)) != len(positions):
        positions = [float(n) for n in range(1, len(cards) + 1)]
    cards.insert(target, cards.pop(index))
    return [
        replace(c, position=p) for c, p in zip(cards, positions, strict=True) if c.position != p
    ]


def place_back(
    left: float, positions: Mapping[int, float], arrived: Container[int]
) -> tuple[float, float | None] | None:
    """Where a card that left a column from position ``left`` comes back into it: the
    position it gets, and the position from which the cards there move down one place to
    make room for it (None: no card moves). None when a card that was there when it left
    holds ``left`` now: sorting by votes numbered the places anew; it goes to the bottom.

    ``positions``: the cards shown in the column now (not the card itself), by id;
    ``arrived``: the ids of those that came into the column while it was away, new or from
    another column. Cards moved up and down swap the places they have, so the cards that
    were there keep the set of places they had: at ``left`` it is among them at the rank it
    had. A card added meanwhile goes below it, even where it was given a place at or above
    ``left`` (the bottom is one below the last card shown, and the card that left may have
    been the last): the card comes back right above those, below the cards that were
    above it, at a position between the two, and no other card moves. Only where no
    position is left between them (after very many such returns) do the cards from there
    on move down one place."""
    stayed = [p for card_id, p in positions.items() if card_id not in arrived]
    if left in stayed:
        return None
    above = max((p for p in stayed if p < left), default=None)
    added = [
        p
        for card_id, p in positions.items()
        if card_id in arrived and p <= left and (above is None or p > above)
    ]
    if not added:
        return left, None
    below = min(added)
    if above is None:
        return below - 1.0, None
    middle = (above + below) / 2
    if above < middle < below:
        return middle, None
    return below, below


def link(action: Card, target: Card) -> Card:
    """The action, now also addressing ``target`` (a barrier or an opportunity)."""
    if action.column != Column.ACTION:
        raise DomainError("board.link_not_action")
    if target.column not in LINKABLE:
        raise DomainError("board.link_target")
    if target.id in action.links:
        return replace(action)
    return replace(action, links=[*action.links, target.id])


def unlink(action: Card, target: Card | int) -> Card:
    """The action, no longer linked to ``target`` (a card or its id)."""
    target_id = target if isinstance(target, int) else target.id
    return replace(action, links=[i for i in action.links if i != target_id])


def links_back(links: Iterable[int], cards: Iterable[Card]) -> list[int]:
    """What an action addressed when it moved out of the actions, as it comes back: the
    ones of ``links`` still on the board as a barrier or an opportunity (``cards``: the
    session's cards of those ids that are left). A card merged into another meanwhile is
    left out, as is one deleted or moved to the actions: the action was not among the
    actions when that happened (a merge points only the actions there then at the card
    it keeps, and undone, points those back), so the link is not guessed; ``l`` links
    it again by hand."""
    linkable = {c.id for c in cards if c.merged_into is None and c.column in LINKABLE}
    return [i for i in _union(links, []) if i in linkable]


def _resolve(card_id: int, merged_into: dict[int, int]) -> int:
    """Follow merges to the card that absorbed ``card_id``."""
    seen = {card_id}
    while card_id in merged_into and merged_into[card_id] not in seen:
        card_id = merged_into[card_id]
        seen.add(card_id)
    return card_id


def unaddressed_barriers(cards: Iterable[Card]) -> list[Card]:
    """Barriers (not merged away) that no action (not merged away, not dropped) links to.

    A link to a barrier that was merged counts for the barrier it merged into. An action
    dropped addresses nothing any more: its barrier is without action again (one done
    still counts: the barrier was worked on). In board order (position).
    """
    cards = list(cards)
    merged_into = {c.id: c.merged_into for c in cards if c.merged_into is not None}
    addressed = {
        _resolve(i, merged_into)
        for c in cards
        if c.column == Column.ACTION and c.merged_into is None and c.status != ActionStatus.DROPPED
        for i in c.links
    }
    barriers = [
        c
        for c in cards
        if c.column == Column.BARRIER and c.merged_into is None and c.id not in addressed
    ]
    return sorted(barriers, key=lambda c: (c.position, c.id))


def _owned(owner: Owner) -> bool:
    return bool(owner.organisation.strip()) or owner.participant_id is not None


def ownerless_actions(cards: Iterable[Card]) -> list[Card]:
    """Actions (not merged away) without an organisation or participant as owner."""
    actions = [
        c
        for c in cards
        if c.column == Column.ACTION
        and c.merged_into is None
        and not any(_owned(o) for o in c.owners)
    ]
    return sorted(actions, key=lambda c: (c.position, c.id))


def past_due(card: Card, today: date) -> bool:
    """Whether the card is an open action whose due date lies before ``today`` (the day of
    the meeting). An action done or dropped is late no more, as in the minutes and the
    check before closing; a barrier's or an opportunity's date is a date, not a
    commitment someone can be late for (the minutes give it, the check does not list it)."""
    if card.column != Column.ACTION or card.status != ActionStatus.OPEN:
        return False
    return card.due is not None and card.due < today


def past_due_cards(cards: Iterable[Card], today: date) -> list[Card]:
    """Open actions (merged ones left out) whose due date has passed, in board order."""
    kept = [c for c in cards if c.merged_into is None and past_due(c, today)]
    order = {column: n for n, column in enumerate(Column)}
    return sorted(kept, key=lambda c: (order[c.column], c.position, c.id))
