"""The note-taker's commands on what was said: capture, edit, re-kind, re-file, delete.

Each command is one operation in the store's change log, so ``ctrl+z`` undoes
it whole: a capture that also created a card and a new tag, a delete that also
took the card. Barriers, opportunities and actions get a card on the board
(see :mod:`facilitator.service.board`); decisions, questions and notes live
in the contribution log only.

Every command reads what it decides on inside its own operation (the store's
``BEGIN IMMEDIATE``): the session's tags, the current agenda item, the cards
of a column. So a note-taker and a facilitator in two processes never write
back a stale copy of each other's work; a capture only adds to the tag list
and never touches the rest of the session (such as the current item).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from facilitator.domain.errors import DomainError
from facilitator.domain.model import BOARD_KINDS, Card, Contribution, Kind, Owner
from facilitator.service.cards import KEEP, CardWork, Keep, unique
from facilitator.service.changes import Change

PAGE = 200


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


class NoteService(CardWork):
    """The contributions of one session: what was said, by whom, under which item."""

    def contributions(
        self, offset: int = 0, limit: int = PAGE, *, up_to: int | None = None
    ) -> list[Contribution]:
        """A page of contributions, newest first (the log pages through a long session);
        ``up_to``: none newer than that id."""
        found = self.store.contributions(
            self.session_id,
            limit=max(0, offset) + max(0, limit),
            newest_first=True,
            up_to=up_to,
        )
        return found[max(0, offset) :]

    def oldest_contributions(self, limit: int = PAGE) -> list[Contribution]:
        """The first ``limit`` contributions of the session, oldest first."""
        return self.store.contributions(self.session_id, limit=max(0, limit))

    def newer_contributions(self, than: int, limit: int = PAGE) -> list[Contribution]:
        """The ``limit`` contributions next newer than id ``than``, oldest first."""
        return self.store.contributions(self.session_id, limit=max(0, limit), newer_than=than)

    def newer_count(self, than: int) -> int:
        """How many contributions are newer than id ``than``."""
        return self.store.newer_count(self.session_id, than)

    def contribution(self, contribution_id: int) -> Contribution:
        found = self.store.get(Contribution, contribution_id)
        if found is None or found.session_id != self.session_id:
            raise DomainError("notes.not_found")
        return found

    # -- capture and the log ---------------------------------------------------------------------
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
        at: datetime | None = None,
    ) -> Contribution:
        """Record a contribution; barriers, opportunities and actions also get a card.

        It is filed under the agenda item current when it is saved, unless
        ``item_id`` names one (or is None: no item). With ``participant_id``
        :data:`SPEAKING` it is attributed to whoever has the floor when it is
        saved, read in the same transaction as the item, so the two always
        agree (a floor change given just before is already there); a number
        (``~N`` in the capture line) or None (nobody) wins. Owners and the due date
        belong to the card: for decisions, questions and notes they are
        ignored. New tags are added to the session's list. ``at``: when it was typed
        (the capture line's Enter), the time it is recorded at; None: now. A line saved
        late (the database locked by another program, the save tried again) keeps it.
        """
        if not text.strip():
            raise DomainError("notes.empty")
        tags = unique(tags)
        with self._change(Change.capture(kind)) as tx:
            session = self.require_open()
            now = self.now() if at is None else at
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
                        number=self._next_number(column),
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
        seen: Contribution | None = None,
        seen_card: Card | None = None,
    ) -> None:
        """Change what was noted (and who said it); the card follows where it was this text.

        Owners and due date, when given, are set on the contribution's card. ``seen`` and
        ``seen_card``: the contribution and its card as the editor showed them; when
        another window changed what the editor's line shows since, nothing is saved
        (refused), rather than that change undone without a word; a line that says what is
        stored now is nothing to do, and not refused.
        """
        if not text.strip():
            raise DomainError("notes.empty")
        with self._change(Change.EDIT) as tx:
            self.require_open()
            said = self.contribution(contribution_id)
            new_tags = said.tags if isinstance(tags, Keep) else unique(tags)
            who = said.participant_id if isinstance(participant_id, Keep) else participant_id
            edited = replace(said, text=text, tags=new_tags, participant_id=who)
            card = self.store.get(Card, said.card_id) if said.card_id else None
            changed: Card | None = card
            if card is not None:
                update = card
                if card.title == said.text:
                    update = replace(card, title=text)
                if card.participant_id == said.participant_id:
                    first = self.card_contributions(card.id)[:1]
                    if first and first[0].id == said.id:
                        update = replace(update, participant_id=who)
                if not isinstance(tags, Keep):
                    kept = [t for t in card.tags if t not in said.tags or t in new_tags]
                    update = replace(update, tags=unique([*kept, *new_tags]))
                if not isinstance(owners, Keep):
                    update = replace(update, owners=list(owners))
                if not isinstance(due, Keep):
                    update = replace(update, due=due)
                changed = update
            if edited == said and changed == card:
                return  # as stored now already (typed alike in both windows)
            if seen is not None and _shown(said) != _shown(seen):
                raise DomainError("board.changed_elsewhere")
            if seen_card is not None and card is not None and card.id == seen_card.id:
                if _card_shown(card) != _card_shown(seen_card):
                    raise DomainError("board.changed_elsewhere")
            tx.update(edited)
            if changed is not None:
                tx.update(changed)
            self._add_tags(tx, new_tags)

    def rekind(self, contribution_id: int, kind: Kind) -> None:
        """Change the kind: the card moves, appears or goes as the new kind needs."""
        with self._change(Change.REKIND) as tx:
            self.require_open()
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
                        number=self._next_number(column),
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
        with self._change(Change.REATTRIBUTE) as tx:
            self.require_open()
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
        with self._change(Change.REFILE) as tx:
            self.require_open()
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
        with self._change(Change.DELETE) as tx:
            self.require_open()
            said = self.contribution(contribution_id)
            card = self.store.get(Card, said.card_id) if said.card_id else None
            others = (
                [c for c in self.card_contributions(card.id) if c.id != said.id] if card else []
            )
            if card is not None and not others:
                self._delete_card(tx, card)
            tx.delete(said)


def _shown(said: Contribution) -> tuple[object, ...]:
    """What the contribution editor's line shows of a contribution."""
    return (said.text, list(said.tags), said.participant_id)


def _card_shown(card: Card) -> tuple[object, ...]:
    """What the contribution editor's line shows of its card: the owners and due date."""
    return (list(card.owners), card.due)
