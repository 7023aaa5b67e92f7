"""An action or card taken over from another session, and its copies.

A card taken over keeps its provenance (``Card.from_session``, ``from_number``): an
action carried forward to a later table, a barrier or opportunity seeded into a
wrap-up. Wherever it is, it is known by its **origin**: the session where it was first
agreed or raised, its column, and its number there (``twente-2020-10``, action, 1). The
card there and every card taken over from it, at any later session, are copies of one
action or card.

An action's status may be set on any of its copies: at the table that agreed it, or at
a later one that took it over and reviewed it (the wrap-up). The **latest** counts: the
status set last. A copy's status counts from when the card was made (a copy carried
forward: when it was taken over, open) or from the last change of its status since
(``S``, an undo or redo of it: the change log's time); at the same moment, the copy at
the later session counts, then the card made last.

What an action addresses comes with it the same way. When an action and the barriers
or opportunities it addresses are both taken over into one session, in either order
(the wrap-up's board seeded first and the actions carried after, or the other way),
the copy of the action addresses the copies of those cards: each card it addresses on
any copy of it elsewhere, known by its origin, is linked to the card here of that origin.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from facilitator.domain.board import LINKABLE
from facilitator.domain.model import ActionStatus, Card, Column
from facilitator.records import record

Origin = tuple[str, Column, int]
"""Where a card was first agreed or raised: that session's slug, its column, its number."""


def card_numbers(cards: Iterable[Card]) -> dict[int, int]:
    """Each card's number in its column (``B3``: 3), as the board and the minutes show
    it: the number it was given (``Card.number``), or for a card from before numbers
    were kept its place in board order. Merged cards are left out."""
    numbers: dict[int, int] = {}
    kept = sorted((c for c in cards if c.merged_into is None), key=lambda c: (c.position, c.id))
    for column in Column:
        in_column = [c for c in kept if c.column == column]
        for n, card in enumerate(in_column, start=1):
            numbers[card.id] = card.number or n
    return numbers


def origin(card: Card, slug: str, numbers: Mapping[int, int]) -> Origin | None:
    """Where ``card``, on the board of session ``slug``, was first agreed or raised: the
    provenance it keeps if it was taken over, else this session and its number here
    (``numbers``: :func:`card_numbers`). None for a card merged away or without a number."""
    if card.carried:
        if card.from_number is None:
            return None
        return (card.from_session, card.column, card.from_number)
    number = numbers.get(card.id)
    return None if number is None else (slug, card.column, number)


@record
class StatusMark:
    """The status one copy of an action has, and when it was set there."""

    status: ActionStatus
    at: datetime
    session_start: datetime
    card_id: int


_NEVER = datetime.min.replace(tzinfo=UTC)


def _aware(moment: datetime | None) -> datetime:
    if moment is None:
        return _NEVER
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def status_mark(card: Card, session_start: datetime, changed: datetime | None) -> StatusMark:
    """The status of ``card`` (an action at a session that started at ``session_start``),
    set when the card was made or, if later, at ``changed``: the last change of its status
    the change log knows (None: none)."""
    at = _aware(card.created_at)
    if changed is not None and _aware(changed) > at:
        at = _aware(changed)
    return StatusMark(card.status, at, _aware(session_start), card.id)


def latest(marks: Iterable[StatusMark]) -> StatusMark | None:
    """The status set last among the copies of one action (see the module); None for none."""
    return max(marks, key=lambda m: (m.at, m.session_start, m.card_id), default=None)


def latest_status(marks: Iterable[StatusMark]) -> ActionStatus | None:
    """The status of one action as set last on any of its copies; None for no copy."""
    found = latest(marks)
    return None if found is None else found.status


def _keeper(card_id: int, by_id: Mapping[int, Card]) -> Card | None:
    """The card that absorbed ``card_id`` (itself if never merged); None if not there."""
    seen = {card_id}
    card = by_id.get(card_id)
    while card is not None and card.merged_into is not None and card.merged_into not in seen:
        seen.add(card.merged_into)
        card = by_id.get(card.merged_into)
    return card


def addresses(action: Card, slug: str, cards: Iterable[Card]) -> frozenset[Origin]:
    """The barriers and opportunities ``action`` addresses on the board of session ``slug``
    (``cards``: that board, merged cards too), each by its origin."""
    cards = list(cards)
    by_id = {c.id: c for c in cards}
    numbers = card_numbers(cards)
    found: set[Origin] = set()
    for target_id in action.links:
        target = _keeper(target_id, by_id)
        if target is None or target.column not in LINKABLE:
            continue
        key = origin(target, slug, numbers)
        if key is not None:
            found.add(key)
    return frozenset(found)


def links_here(addressed: Iterable[Origin], slug: str, cards: Iterable[Card]) -> list[int]:
    """The ids of the barriers and opportunities on the board of session ``slug``
    (``cards``, merged ones too) that are copies of those ``addressed`` (by origin): what
    an action taken over addresses here. A card merged away counts as the one it went
    into. In board order."""
    wanted = set(addressed)
    if not wanted:
        return []
    cards = list(cards)
    by_id = {c.id: c for c in cards}
    numbers = card_numbers(cards)
    found: dict[int, Card] = {}
    for card in cards:
        if card.column not in LINKABLE or origin(card, slug, numbers) not in wanted:
            continue
        keeper = _keeper(card.id, by_id)
        if keeper is not None and keeper.column in LINKABLE:
            found[keeper.id] = keeper
    ordered = sorted(found.values(), key=lambda c: (c.column != Column.BARRIER, c.position, c.id))
    return [c.id for c in ordered]
