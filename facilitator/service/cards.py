"""What the note and board commands share: cards, what was said on them, and tags.

Barriers, opportunities and actions get a card on the board; decisions,
questions and notes live in the contribution log only. A contribution and
its card move together (a re-kind moves the card, deleting the last thing
said on a card deletes the card), so both services build on these helpers.
The rules of the board itself are in :mod:`facilitator.domain.board`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from facilitator.domain import board
from facilitator.domain.errors import DomainError
from facilitator.domain.model import BOARD_KINDS, Card, Column, Contribution, Kind
from facilitator.service.base import Service
from facilitator.store import Tx

KIND_OF_COLUMN: dict[Column, Kind] = {column: kind for kind, column in BOARD_KINDS.items()}


class Keep:
    """Marks an argument of an edit as "leave as it is"."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = Keep()


class CardWork(Service):
    """Reading cards and the changes to them that notes and the board both make."""

    def card(self, card_id: int) -> Card:
        found = self.store.get(Card, card_id)
        if found is None or found.session_id != self.session_id:
            raise DomainError("notes.not_found")
        return found

    def card_contributions(self, card_id: int) -> list[Contribution]:
        """What was said that ended up on this card (its provenance), oldest first."""
        return self.store._select(
            Contribution, "session_id = ? AND card_id = ?", [self.session_id, card_id], "id"
        )

    def cards(self, *, include_merged: bool = False) -> list[Card]:
        return self.store.cards(self.session_id, include_merged=include_merged)

    # -- helpers -------------------------------------------------------------------------------
    def _add_tags(self, tx: Tx, tags: Iterable[str]) -> None:
        """Tags the session does not know yet join its list (never refused mid-meeting).

        The list is read here, inside the operation, and only it is written: the
        rest of the session row stays as another process may just have left it.
        """
        session = self.session()
        new = [t for t in unique(tags) if t and t not in session.tags]
        if new:
            tx.update_only(replace(session, tags=[*session.tags, *new]), "tags")

    def _next_number(self, column: Column) -> int:
        """The number a new card of ``column`` gets: one more than any card there had."""
        return self.store.column_end(self.session_id, column)[1] + 1

    def _end_position(self, column: Column) -> float:
        """Below the last card shown in ``column`` (read in SQL: no card is converted)."""
        return self.store.column_end(self.session_id, column)[0] + 1.0

    def _unlink_everywhere(self, tx: Tx, card_ids: Iterable[int]) -> None:
        """Actions no longer address these cards."""
        gone = set(card_ids)
        for other in self.store.cards(self.session_id):
            if other.id not in gone and gone & set(other.links):
                tx.update(replace(other, links=[i for i in other.links if i not in gone]))

    def _to_column(self, tx: Tx, card: Card, column: Column) -> Card:
        """Move a card to another column: new kind for its contributions, links kept valid.

        Back in a column it was in, it has its number and its place there again (unless
        another card took them), and an action back among the actions addresses again
        what it addressed when it left, as far as those cards are still there."""
        if card.column == column:
            return card
        # back where it was: its number, and its place (else the bottom)
        number = self.store.former_number(card, column)
        position = self._place_back(tx, card, column)
        moved = replace(
            card,
            column=column,
            position=self._end_position(column) if position is None else position,
            number=self._next_number(column) if number is None else number,
        )
        if card.column == Column.ACTION:
            moved = replace(moved, links=[])
        if column == Column.ACTION:
            self._unlink_everywhere(tx, [card.id])
            # back among the actions: what it addressed then, of what is still there
            links = self.store.former_links(card, column)
            if links:
                targets = self.store.cards_by_id(self.session_id, links)
                moved = replace(moved, links=board.links_back(links, targets))
        tx.update(moved)
        for said in self.card_contributions(card.id):
            tx.update(replace(said, kind=KIND_OF_COLUMN[column]))
        return moved

    def _place_back(self, tx: Tx, card: Card, column: Column) -> float | None:
        """The position ``card`` comes back to in ``column``, a column it was in: its place
        there, above the cards added meanwhile (:func:`board.place_back`); the cards below
        it move down one place where no position is left between. None for a card never
        there, or whose place a card that was there holds now (it goes to the bottom)."""
        left = self.store.former_position(card, column)
        if left is None:
            return None
        positions = self.store.column_positions(self.session_id, column)
        positions.pop(card.id, None)
        place = board.place_back(left.position, positions, left.arrived)
        if place is None:
            return None
        position, room = place
        if room is not None:
            for other in self.store.cards(self.session_id):
                if other.column == column and other.id != card.id and other.position >= room:
                    tx.update(replace(other, position=other.position + 1.0))
        return position

    def _delete_card(self, tx: Tx, card: Card, *, keep: Sequence[int] = ()) -> None:
        """Delete a card, the cards merged into it and what was said on them (but ``keep``)."""
        doomed = [card]
        merged = self.store.cards(self.session_id, include_merged=True)
        ids = {card.id}
        grew = True
        while grew:
            more = [c for c in merged if c.merged_into in ids and c.id not in ids]
            grew = bool(more)
            doomed += more
            ids |= {c.id for c in more}
        self._unlink_everywhere(tx, ids)
        for gone in doomed:
            for said in self.card_contributions(gone.id):
                if said.id not in keep:
                    tx.delete(said)
            tx.delete(gone)

    # -- capture and the log -------------------------------------------------------------------


def unique(values: Iterable[str]) -> list[str]:
    """``values`` without repeats, in their first order."""
    seen: list[str] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen
