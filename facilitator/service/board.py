"""The note-taker's board commands: move, edit, vote, sort, link, merge, park, delete.

Each command is one operation in the store's change log (a merge that also
redirected links and contributions is undone whole). The rules of the board
are in :mod:`facilitator.domain.board`; the order of the cards in a column,
their links and votes are read inside the operation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from facilitator.domain import board
from facilitator.domain.errors import DomainError
from facilitator.domain.model import ActionStatus, Card, Column, Owner
from facilitator.service.cards import KEEP, CardWork, Keep, unique
from facilitator.service.changes import Change


class BoardService(CardWork):
    """The cards of one session: barriers, opportunities and actions."""

    def move_card(self, card_id: int, delta: int) -> None:
        """Up (``delta`` < 0) or down its column."""
        with self._change(Change.MOVE_CARD) as tx:
            self.require_open()
            card = self.card(card_id)
            column = [c for c in self.store.cards(self.session_id) if c.column == card.column]
            shifted = board.move_card(column, card_id, delta)
            # the card moved first, then those it passed: the history names it by the first
            for moved in sorted(shifted, key=lambda c: c.id != card_id):
                tx.update(moved)

    def move_card_to(self, card_id: int, column: Column) -> None:
        """To another column (its contributions change kind with it)."""
        with self._change(Change.MOVE_CARD) as tx:
            self.require_open()
            card = self.card(card_id)
            if card.column != column:
                self._to_column(tx, card, column)

    def edit_card(
        self,
        card_id: int,
        *,
        title: str | Keep = KEEP,
        owners: Sequence[Owner] | Keep = KEEP,
        tags: Sequence[str] | Keep = KEEP,
        due: date | None | Keep = KEEP,
        seen: Card | None = None,
    ) -> None:
        """Change a card's title, owners, tags or due date (what is not given stays).

        ``seen``: the card as the editor showed it. When another window changed its text,
        owners, tags or due date since, nothing is saved (refused): saving the whole line
        would undo that change without a word. A line that says what is stored now is
        nothing to do, and not refused."""
        if not isinstance(title, Keep) and not title.strip():
            raise DomainError("notes.empty")
        with self._change(Change.EDIT_CARD) as tx:
            self.require_open()
            card = self.card(card_id)
            changed = card
            if not isinstance(title, Keep):
                changed = replace(changed, title=title)
            if not isinstance(owners, Keep):
                changed = replace(changed, owners=list(owners))
            if not isinstance(tags, Keep):
                changed = replace(changed, tags=unique(tags))
            if not isinstance(due, Keep):
                changed = replace(changed, due=due)
            if changed == card:  # as stored now already (typed alike in both windows)
                return
            if seen is not None and edited_part(card) != edited_part(seen):
                raise DomainError("board.changed_elsewhere")
            tx.update(changed)
            self._add_tags(tx, changed.tags)

    def set_owners(self, card_id: int, owners: Sequence[Owner]) -> None:
        self.edit_card(card_id, owners=owners)

    def set_due(self, card_id: int, due: date | None) -> None:
        self.edit_card(card_id, due=due)

    def vote(self, card_id: int, delta: int = 1) -> int:
        """+1 (or -1) for a card; returns its votes."""
        with self._change(Change.VOTE) as tx:
            self.require_open()
            card = self.card(card_id)
            voted = board.vote(card, delta)
            if voted != card:
                tx.update(voted)
        return voted.votes

    def sort_by_votes(self, column: Column) -> None:
        """Order a column by votes, most first (ties keep their order)."""
        with self._change(Change.SORT) as tx:
            self.require_open()
            cards = [c for c in self.store.cards(self.session_id) if c.column == column]
            ordered = sorted(cards, key=lambda c: (-c.votes, c.position, c.id))
            for position, card in enumerate(ordered, start=1):
                if card.position != position:
                    tx.update(replace(card, position=float(position)))

    def _pair(self, one: int, other: int) -> tuple[Card, Card]:
        """(action, target) from two card ids given in either order."""
        a, b = self.card(one), self.card(other)
        if a.column != Column.ACTION and b.column == Column.ACTION:
            a, b = b, a
        return a, b

    def link(self, one: int, other: int) -> None:
        """An action addresses a barrier or an opportunity (ids in either order)."""
        with self._change(Change.LINK) as tx:
            self.require_open()
            action, target = self._pair(one, other)
            linked = board.link(action, target)
            if linked != action:
                tx.update(linked)

    def unlink(self, one: int, other: int) -> None:
        with self._change(Change.UNLINK) as tx:
            self.require_open()
            action, target = self._pair(one, other)
            unlinked = board.unlink(action, target)
            if unlinked != action:
                tx.update(unlinked)

    def toggle_link(self, one: int, other: int, *, seen: bool | None = None) -> bool:
        """Link if not linked, else unlink; returns whether they are linked now.

        ``seen``: whether the window showed them linked. Refused, changing nothing, when
        another window linked or unlinked them since (its ``l`` at the same moment: both
        meant to link them, not to link and unlink). None: a toggle of the link as it is
        when the command runs."""
        with self._change(Change.LINK) as tx:
            self.require_open()
            action, target = self._pair(one, other)
            if seen is not None and (target.id in action.links) != seen:
                raise DomainError("board.already_unlinked" if seen else "board.already_linked")
            linked = target.id not in action.links
            changed = board.link(action, target) if linked else board.unlink(action, target)
            if changed != action:
                tx.relabel((Change.LINK if linked else Change.UNLINK).value)
                tx.update(changed)
        return linked

    def merge(self, keep_id: int, gone_id: int) -> None:
        """Merge the duplicate ``gone_id`` into ``keep_id``.

        Votes add up; links, tags and owners unite; what was said on the
        duplicate now points at the kept card, so who raised it, when and under
        which item is kept. One operation: undo splits them again.
        """
        with self._change(Change.MERGE) as tx:
            self.require_open()
            keep, gone = self.card(keep_id), self.card(gone_id)
            kept, merged = board.merge(keep, gone)
            if kept.due is None:
                kept = replace(kept, due=gone.due)
            tx.update(kept)
            tx.update(merged)
            others = [
                c for c in self.store.cards(self.session_id) if c.id not in (keep.id, gone.id)
            ]
            for redirected in board.redirect_links(others, gone.id, keep.id):
                tx.update(redirected)
            for said in self.card_contributions(gone.id):
                tx.update(replace(said, card_id=keep.id))

    def park(self, card_id: int, parked: bool | None = None, *, seen: bool | None = None) -> bool:
        """Park a card as an open point (or take it back); returns whether it is parked.

        ``parked`` None: the other way round. ``seen``: whether the window showed it
        parked. Refused, changing nothing, when another window parked it or took it back
        since (its ``P`` at the same moment: both meant to park it). None: from the card
        as it is when the command runs (``P P`` typed at once)."""
        with self._change(Change.PARK) as tx:
            self.require_open()
            card = self.card(card_id)
            if seen is not None and card.parked != seen:
                raise DomainError(
                    "board.already_parked" if card.parked else "board.already_unparked"
                )
            value = (not card.parked) if parked is None else parked
            if value != card.parked:
                if not value:
                    tx.relabel(Change.UNPARK.value)
                tx.update(replace(card, parked=value))
        return value

    def set_status(
        self,
        card_id: int,
        status: ActionStatus | None = None,
        *,
        seen: ActionStatus | None = None,
    ) -> ActionStatus:
        """An action's status: open, done or dropped (None: the next one, round).

        Only actions have a status; returns the status the action has now.

        ``seen``: the status the window showed. Refused, changing nothing, when another
        window changed it since (its ``S`` at the same moment: both meant open → done, not
        done → dropped). None: from the status as it is when the command runs (``S S``
        typed at once).
        """
        with self._change(Change.ACTION_STATUS) as tx:
            self.require_open()
            card = self.card(card_id)
            if card.column != Column.ACTION:
                raise DomainError("board.status_not_action")
            if seen is not None and card.status != seen:
                raise DomainError(f"board.already_{card.status.value}")
            if status is None:
                order = list(ActionStatus)
                status = order[(order.index(card.status) + 1) % len(order)]
            if status != card.status:
                tx.update(replace(card, status=status))
        return status

    def delete_card(self, card_id: int) -> None:
        """Delete a card with what was said on it (undo brings both back)."""
        with self._change(Change.DELETE_CARD) as tx:
            self.require_open()
            self._delete_card(tx, self.card(card_id))


def edited_part(card: Card) -> tuple[object, ...]:
    """What the card's editor line shows of it: text, owners, tags, due date."""
    return (card.title, list(card.owners), list(card.tags), card.due)
