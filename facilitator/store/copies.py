"""Finding the copies of actions across the sessions of a database.

What a copy is, which of their statuses counts and what they address is the
domain's (:mod:`facilitator.domain.copies`); here the boards are read, with
when each action's status was last set (the change log).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from facilitator.domain.copies import (
    Origin,
    StatusMark,
    addresses,
    card_numbers,
    origin,
    status_mark,
)
from facilitator.domain.model import Card, Column, Session
from facilitator.records import record
from facilitator.store.store import Store


@record
class ActionCopy:
    """One copy of an action: the card, the session it is at, its status and when set."""

    session: Session
    card: Card
    mark: StatusMark
    addresses: frozenset[Origin]
    """The barriers and opportunities it addresses there, by origin."""


def action_copies(
    store: Store, origins: Collection[Origin], *, leave_out: int | None = None
) -> dict[Origin, list[ActionCopy]]:
    """Every copy, in the database, of the actions ``origins`` (not merged away), by
    origin; none at the session ``leave_out``. Read inside the operation that decides
    on them."""
    found: dict[Origin, list[tuple[Session, Card, frozenset[Origin]]]] = {}
    if not origins:
        return {}
    for session in store.sessions():
        if session.id == leave_out:
            continue
        cards = store.cards(session.id, include_merged=True)
        numbers = card_numbers(cards)
        for card in cards:
            if card.column != Column.ACTION or card.merged_into is not None:
                continue
            key = origin(card, session.slug, numbers)
            if key is not None and key in origins:
                targets = addresses(card, session.slug, cards)
                found.setdefault(key, []).append((session, card, targets))
    changed = store.status_changed_at(
        card.id for copies in found.values() for _s, card, _t in copies
    )
    return {
        key: [
            ActionCopy(
                session,
                card,
                status_mark(card, session.starts_at, changed.get(card.id)),
                targets,
            )
            for session, card, targets in copies
        ]
        for key, copies in found.items()
    }


def addressed_anywhere(copies: Iterable[ActionCopy]) -> set[Origin]:
    """What an action addresses on any of its ``copies``, by origin."""
    return {target for copy in copies for target in copy.addresses}
