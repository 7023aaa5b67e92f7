"""The note-taker's commands: capture contributions and keep the board.

Each command is one operation in the store's change log, so ``ctrl+z`` undoes
it whole: a capture that also created a card and a new tag, a merge that also
redirected links and contributions. Barriers, opportunities and actions get a
card on the board; decisions, questions and notes live in the contribution
log only. The rules of the board itself are in :mod:`facilitator.domain.board`.

Every command reads what it decides on inside its own operation (the store's
``BEGIN IMMEDIATE``): the session's tags, the current agenda item, the cards
of a column. So a note-taker and a facilitator in two processes never write
back a stale copy of each other's work; a capture only adds to the tag list
and never touches the rest of the session (such as the current item).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime

from facilitator.domain import board
from facilitator.domain.clock import Clock, SystemClock
from facilitator.domain.errors import DomainError
from facilitator.domain.model import (
    BOARD_KINDS,
    Card,
    Column,
    Contribution,
    Kind,
    Owner,
    Session,
    SessionStatus,
)
from facilitator.store import Store, StoreError, Tx

PAGE = 200
KIND_OF_COLUMN: dict[Column, Kind] = {column: kind for kind, column in BOARD_KINDS.items()}


class Keep:
    """Marks an argument of an edit as "leave as it is"."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = Keep()


class Current:
    """Marks a capture's item as "the agenda item current when the capture is saved"."""

    def __repr__(self) -> str:
        return "CURRENT"


CURRENT = Current()


class Speaking:
    """Marks a capture's speaker as "whoever has the floor when the capture is saved"."""

    def __repr__(self) -> str:
        return "SPEAKING"


SPEAKING = Speaking()


class NoteService:
    """Capture and board commands for one session in one store."""

    def __init__(
        self,
        store: Store,
        session_id: int,
        clock: Clock | None = None,
        *,
        origin: str | None = None,
    ) -> None:
        self.store = store
        self.session_id = session_id
        self.clock: Clock = clock or store.clock or SystemClock()
        self.origin = origin  # stored with each operation (see SessionService)

    def now(self) -> datetime:
        return self.clock.now()

    def today(self, like: datetime | None = None) -> date:
        """Today where ``like`` (the session's start) is: what "tot vrijdag" counts from."""
        zone = like.tzinfo if like is not None else None
        return self.now().astimezone(zone).date()

    # -- reading -------------------------------------------------------------------------------
    def session(self) -> Session:
        session = self.store.session(self.session_id)
        if session is None:
            raise StoreError("no_session", name=self.session_id, path=self.store.path)
        return session

    def contributions(self, offset: int = 0, limit: int = PAGE) -> list[Contribution]:
        """A page of contributions, newest first (the log pages through a long session)."""
        # Store.contributions has no offset; keyset paging would need a new store query.
        found = self.store.contributions(
            self.session_id, limit=max(0, offset) + max(0, limit), newest_first=True
        )
        return found[max(0, offset) :]

    def contribution(self, contribution_id: int) -> Contribution:
        found = self.store.get(Contribution, contribution_id)
        if found is None or found.session_id != self.session_id:
            raise DomainError("notes.not_found")
        return found

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
    @contextmanager
    def _change(self, label: str) -> Iterator[Tx]:
        """One operation of this session; read what it decides on inside it."""
        with self.store.change(self.session_id, label, origin=self.origin) as tx:
            yield tx

    def _writable(self) -> Session:
        """The session as stored now (call inside the operation); refused once closed."""
        session = self.session()
        if session.status == SessionStatus.CLOSED:
            raise DomainError("session.closed")
        return session

    def _add_tags(self, tx: Tx, tags: Iterable[str]) -> None:
        """Tags the session does not know yet join its list (never refused mid-meeting).

        The list is read here, inside the operation, and only it is written: the
        rest of the session row stays as another process may just have left it.
        """
        session = self.session()
        new = [t for t in _unique(tags) if t and t not in session.tags]
        if new:
            tx.update_only(replace(session, tags=[*session.tags, *new]), "tags")

    def _end_position(self, column: Column) -> float:
        positions = [c.position for c in self.store.cards(self.session_id) if c.column == column]
        return max(positions, default=0.0) + 1.0

    def _unlink_everywhere(self, tx: Tx, card_ids: Iterable[int]) -> None:
        """Actions no longer address these cards."""
        gone = set(card_ids)
        for other in self.store.cards(self.session_id):
            if other.id not in gone and gone & set(other.links):
                tx.update(replace(other, links=[i for i in other.links if i not in gone]))

    def _to_column(self, tx: Tx, card: Card, column: Column) -> Card:
        """Move a card to another column: new kind for its contributions, links kept valid."""
        if card.column == column:
            return card
        moved = replace(card, column=column, position=self._end_position(column))
        if card.column == Column.ACTION:
            moved = replace(moved, links=[])
        if column == Column.ACTION:
            self._unlink_everywhere(tx, [card.id])
        tx.update(moved)
        for said in self.card_contributions(card.id):
            tx.update(replace(said, kind=KIND_OF_COLUMN[column]))
        return moved

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
    def capture(
        self,
        kind: Kind,
        text: str,
        *,
        participant_id: int | None | Speaking = None,
        item_id: int | None | Current = CURRENT,
        owners: Sequence[Owner] = (),
        tags: Sequence[str] = (),
        due: date | None = None,
    ) -> Contribution:
        """Record a contribution; barriers, opportunities and actions also get a card.

        It is filed under the agenda item current when it is saved, unless
        ``item_id`` names one (or is None: no item). With ``participant_id``
        :data:`SPEAKING` it is attributed to whoever has the floor when it is
        saved, read in the same transaction as the item, so the two always
        agree (a floor change given just before is already there); a number
        (``~N`` in the capture line) or None (nobody) wins. Owners and the due date
        belong to the card: for decisions, questions and notes they are
        ignored. New tags are added to the session's list.
        """
        if not text.strip():
            raise DomainError("notes.empty")
        tags = _unique(tags)
        with self._change(f"capture {kind.value}") as tx:
            session = self._writable()
            now = self.now()
            item = session.current_item_id if isinstance(item_id, Current) else item_id
            if isinstance(participant_id, Speaking):
                speech = self.store.current_speech(self.session_id)
                participant_id = speech.participant_id if speech is not None else None
            card_id = None
            if kind in BOARD_KINDS:
                column = BOARD_KINDS[kind]
                card = tx.insert(
                    Card(
                        id=0,
                        session_id=self.session_id,
                        column=column,
                        title=text,
                        position=self._end_position(column),
                        created_at=now,
                        participant_id=participant_id,
                        item_id=item,
                        owners=list(owners),
                        due=due,
                        tags=list(tags),
                    )
                )
                card_id = card.id
            said = tx.insert(
                Contribution(
                    id=0,
                    session_id=self.session_id,
                    kind=kind,
                    text=text,
                    created_at=now,
                    participant_id=participant_id,
                    item_id=item,
                    tags=list(tags),
                    card_id=card_id,
                )
            )
            self._add_tags(tx, tags)
        return said

    def edit_contribution(
        self,
        contribution_id: int,
        text: str,
        *,
        tags: Sequence[str] | Keep = KEEP,
        owners: Sequence[Owner] | Keep = KEEP,
        due: date | None | Keep = KEEP,
        participant_id: int | None | Keep = KEEP,
    ) -> None:
        """Change what was noted (and who said it); the card follows where it was this text.

        Owners and due date, when given, are set on the contribution's card.
        """
        if not text.strip():
            raise DomainError("notes.empty")
        with self._change("edit") as tx:
            self._writable()
            said = self.contribution(contribution_id)
            new_tags = said.tags if isinstance(tags, Keep) else _unique(tags)
            who = said.participant_id if isinstance(participant_id, Keep) else participant_id
            tx.update(replace(said, text=text, tags=new_tags, participant_id=who))
            card = self.store.get(Card, said.card_id) if said.card_id else None
            if card is not None:
                changed = card
                if card.title == said.text:
                    changed = replace(changed, title=text)
                if card.participant_id == said.participant_id:
                    first = self.card_contributions(card.id)[:1]
                    if first and first[0].id == said.id:
                        changed = replace(changed, participant_id=who)
                if not isinstance(tags, Keep):
                    kept = [t for t in card.tags if t not in said.tags or t in new_tags]
                    changed = replace(changed, tags=_unique([*kept, *new_tags]))
                if not isinstance(owners, Keep):
                    changed = replace(changed, owners=list(owners))
                if not isinstance(due, Keep):
                    changed = replace(changed, due=due)
                tx.update(changed)
            self._add_tags(tx, new_tags)

    def rekind(self, contribution_id: int, kind: Kind) -> None:
        """Change the kind: the card moves, appears or goes as the new kind needs."""
        with self._change("re-kind") as tx:
            self._writable()
            said = self.contribution(contribution_id)
            if said.kind == kind:
                return
            card = self.store.get(Card, said.card_id) if said.card_id else None
            alone = card is not None and [c.id for c in self.card_contributions(card.id)] == [
                said.id
            ]
            if card is not None and alone and kind in BOARD_KINDS:
                self._to_column(tx, card, BOARD_KINDS[kind])
                return
            if card is not None and alone:
                self._delete_card(tx, card, keep=[said.id])
            card_id: int | None = None
            if kind in BOARD_KINDS:
                column = BOARD_KINDS[kind]
                new = tx.insert(
                    Card(
                        id=0,
                        session_id=self.session_id,
                        column=column,
                        title=said.text,
                        position=self._end_position(column),
                        created_at=said.created_at,
                        participant_id=said.participant_id,
                        item_id=said.item_id,
                        tags=list(said.tags),
                    )
                )
                card_id = new.id
            tx.update(replace(said, kind=kind, card_id=card_id))

    def reattribute(self, contribution_id: int, participant_id: int | None) -> None:
        """Someone else said it (or nobody in particular: ``None``)."""
        with self._change("re-attribute") as tx:
            self._writable()
            said = self.contribution(contribution_id)
            if said.participant_id == participant_id:
                return
            tx.update(replace(said, participant_id=participant_id))
            card = self.store.get(Card, said.card_id) if said.card_id else None
            first = self.card_contributions(card.id)[:1] if card else []
            if card is not None and first and first[0].id == said.id:
                tx.update(replace(card, participant_id=participant_id))

    def move_to_item(self, contribution_id: int, item_id: int | None) -> None:
        """File a contribution under another agenda item."""
        with self._change("re-file") as tx:
            self._writable()
            said = self.contribution(contribution_id)
            if said.item_id == item_id:
                return
            tx.update(replace(said, item_id=item_id))
            card = self.store.get(Card, said.card_id) if said.card_id else None
            first = self.card_contributions(card.id)[:1] if card else []
            if card is not None and first and first[0].id == said.id:
                tx.update(replace(card, item_id=item_id))

    def delete_contribution(self, contribution_id: int) -> None:
        """Delete a contribution; its card goes too unless others said it as well."""
        with self._change("delete") as tx:
            self._writable()
            said = self.contribution(contribution_id)
            card = self.store.get(Card, said.card_id) if said.card_id else None
            others = (
                [c for c in self.card_contributions(card.id) if c.id != said.id] if card else []
            )
            if card is not None and not others:
                self._delete_card(tx, card)
            tx.delete(said)

    # -- the board -----------------------------------------------------------------------------
    def move_card(self, card_id: int, delta: int) -> None:
        """Up (``delta`` < 0) or down its column."""
        with self._change("move card") as tx:
            self._writable()
            card = self.card(card_id)
            column = [c for c in self.store.cards(self.session_id) if c.column == card.column]
            for moved in board.move_card(column, card_id, delta):
                tx.update(moved)

    def move_card_to(self, card_id: int, column: Column) -> None:
        """To another column (its contributions change kind with it)."""
        with self._change("move card") as tx:
            self._writable()
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
    ) -> None:
        """Change a card's title, owners, tags or due date (what is not given stays)."""
        if not isinstance(title, Keep) and not title.strip():
            raise DomainError("notes.empty")
        with self._change("edit card") as tx:
            self._writable()
            card = self.card(card_id)
            changed = card
            if not isinstance(title, Keep):
                changed = replace(changed, title=title)
            if not isinstance(owners, Keep):
                changed = replace(changed, owners=list(owners))
            if not isinstance(tags, Keep):
                changed = replace(changed, tags=_unique(tags))
            if not isinstance(due, Keep):
                changed = replace(changed, due=due)
            if changed == card:
                return
            tx.update(changed)
            self._add_tags(tx, changed.tags)

    def set_owners(self, card_id: int, owners: Sequence[Owner]) -> None:
        self.edit_card(card_id, owners=owners)

    def set_due(self, card_id: int, due: date | None) -> None:
        self.edit_card(card_id, due=due)

    def vote(self, card_id: int, delta: int = 1) -> int:
        """+1 (or -1) for a card; returns its votes."""
        with self._change("vote") as tx:
            self._writable()
            card = self.card(card_id)
            voted = board.vote(card, delta)
            if voted != card:
                tx.update(voted)
        return voted.votes

    def sort_by_votes(self, column: Column) -> None:
        """Order a column by votes, most first (ties keep their order)."""
        with self._change("sort") as tx:
            self._writable()
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
        with self._change("link") as tx:
            self._writable()
            action, target = self._pair(one, other)
            linked = board.link(action, target)
            if linked != action:
                tx.update(linked)

    def unlink(self, one: int, other: int) -> None:
        with self._change("unlink") as tx:
            self._writable()
            action, target = self._pair(one, other)
            unlinked = board.unlink(action, target)
            if unlinked != action:
                tx.update(unlinked)

    def toggle_link(self, one: int, other: int) -> bool:
        """Link if not linked, else unlink; returns whether they are linked now."""
        with self._change("link") as tx:
            self._writable()
            action, target = self._pair(one, other)
            linked = target.id not in action.links
            changed = board.link(action, target) if linked else board.unlink(action, target)
            if changed != action:
                tx.relabel("link" if linked else "unlink")
                tx.update(changed)
        return linked

    def merge(self, keep_id: int, gone_id: int) -> None:
        """Merge the duplicate ``gone_id`` into ``keep_id``.

        Votes add up; links, tags and owners unite; what was said on the
        duplicate now points at the kept card, so who raised it, when and under
        which item is kept. One operation: undo splits them again.
        """
        with self._change("merge") as tx:
            self._writable()
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

    def park(self, card_id: int, parked: bool | None = None) -> bool:
        """Park a card as an open point (or take it back); returns whether it is parked."""
        with self._change("park") as tx:
            self._writable()
            card = self.card(card_id)
            value = (not card.parked) if parked is None else parked
            if value != card.parked:
                tx.update(replace(card, parked=value))
        return value

    def delete_card(self, card_id: int) -> None:
        """Delete a card with what was said on it (undo brings both back)."""
        with self._change("delete card") as tx:
            self._writable()
            self._delete_card(tx, self.card(card_id))


def _unique(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen
