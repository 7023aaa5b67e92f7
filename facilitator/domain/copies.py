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
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from facilitator.domain.model import ActionStatus, Card, Column

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


@dataclass(frozen=True)
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
