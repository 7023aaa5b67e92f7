"""Carry-forward: a new table takes over the open actions of earlier ones.

The open actions (not merged away) of the sessions named, or of every
earlier session of the same region (``region``), or of every earlier session
(``all``), become actions on this session's board (a table held twice, as two
merged laptops that both held it give, is read once there: see
:mod:`facilitator.domain.twice`). Open as set last on any copy of the action
(:mod:`facilitator.domain.copies`): one set done or dropped at a later table
that took it over (the wrap-up) is not taken over again, from that table or
from the one that agreed it. Each keeps its provenance: the session it came
from, that session's region and its number there (``A3``); an action that
was itself carried keeps the provenance of the table where it was first
agreed. Each addresses the barriers and opportunities here that are copies of
those it addresses elsewhere (a wrap-up's seeded board: see
:mod:`facilitator.domain.copies`). They are filed under the first agenda item
and put at the top of the action column, so the table starts by reviewing who
did what. Carrying again takes over only what is not here yet. One operation:
undo takes the whole carry back.
"""

from __future__ import annotations

from collections.abc import Sequence

from facilitator.domain.copies import latest_status, links_here
from facilitator.domain.copies import origin as copy_origin
from facilitator.domain.errors import DomainError
from facilitator.domain.model import ActionStatus, Card, Column, Owner, Session
from facilitator.domain.numbering import in_order
from facilitator.records import record
from facilitator.service.base import Service
from facilitator.service.changes import Change
from facilitator.store.copies import action_copies, addressed_anywhere

REGION = "region"
ALL = "all"
# What a session file or the command may say instead of session names.
SCOPES = {"region": REGION, "regio": REGION, "all": ALL, "alle": ALL, "alles": ALL}


@record
class Carried:
    """What a carry-forward did: the sessions read and the actions taken over."""

    sources: tuple[str, ...]
    cards: tuple[Card, ...]
    already: int  # open actions that were carried before and are here already


def action_numbers(cards: Sequence[Card]) -> dict[int, int]:
    """Each action's number in its column (``A3``: 3), as the board and the minutes show it.

    A card keeps the number it was given (``Card.number``); a card from before numbers
    were kept (0) gets its place in board order.
    """
    actions = sorted(
        (c for c in cards if c.column == Column.ACTION and c.merged_into is None),
        key=lambda c: (c.position, c.id),
    )
    return {c.id: c.number or n for n, c in enumerate(actions, start=1)}


def provenance_key(session: str, number: int | None) -> tuple[str, int | None]:
    """An action by where it was first agreed: that session and its number there (``A3``)."""
    return (session, number)


def carried_here(cards: Sequence[Card]) -> set[tuple[str, int | None]]:
    """The actions on this board taken over from elsewhere, by :func:`provenance_key`.

    Only cards in the action column: a wrap-up's seeded barriers and opportunities keep
    their provenance too (``B1`` of a table), and that number says nothing about the
    table's action ``A1``."""
    return {
        provenance_key(c.from_session, c.from_number)
        for c in cards
        if c.carried and c.column == Column.ACTION
    }


class CarryService(Service):
    """Taking over the open actions of earlier sessions."""

    def sources(self, names: Sequence[str]) -> list[Session]:
        """The sessions ``names`` stands for (slugs, ``region`` or ``all``), oldest first.

        ``region`` and ``all`` read a table held twice once (its copies would carry each
        action twice); a session named by its slug is read as named."""
        me = self.session()
        others = [s for s in self.store.sessions() if s.id != me.id]
        chosen: dict[int, Session] = {}
        for name in names:
            scope = SCOPES.get(name.strip().lower())
            if scope is not None:
                from facilitator.domain.twice import leave_out_copies  # when carrying: not at start

                scoped = [
                    other
                    for other in others
                    if other.starts_at < me.starts_at
                    and (scope == ALL or other.region == me.region)
                ]
                chosen.update((other.id, other) for other in leave_out_copies(scoped)[0])
                continue
            if name == me.slug:
                raise DomainError("carry.itself", name=name)
            found = next((s for s in others if s.slug == name), None)
            if found is None:
                raise DomainError("carry.unknown", name=name)
            chosen[found.id] = found
        return sorted(chosen.values(), key=lambda s: (s.starts_at, s.slug))

    def carry_forward(self, names: Sequence[str]) -> Carried:
        """Take over the open actions of the sessions ``names`` stands for (see module)."""
        with self._change(Change.CARRY_FORWARD) as tx:
            me = self.require_open()
            sources = self.sources(names)
            mine = self.store.cards(self.session_id, include_merged=True)
            here = carried_here(mine)
            items = in_order(self.store.items(self.session_id))
            first_item = items[0].id if items else None
            people = {p.name: p for p in self.store.participants(self.session_id)}
            now = self.now()
            wanted: list[Card] = []
            already = 0
            boards = []
            for source in sources:
                theirs = self.store.cards(source.id, include_merged=True)
                numbers = action_numbers(theirs)
                boards.append((source, theirs, numbers))
            # Each action's copies, wherever it went (see facilitator.domain.copies): its
            # status as set last counts, so one done or dropped at a later table that took it
            # over (the wrap-up) is not taken over as open again.
            copies = action_copies(
                self.store,
                {
                    found
                    for source, theirs, numbers in boards
                    for card in theirs
                    if card.id in numbers
                    and (found := copy_origin(card, source.slug, numbers)) is not None
                    and provenance_key(found[0], found[2]) not in here
                },
                leave_out=self.session_id,
            )
            for source, theirs, numbers in boards:
                their_people = {p.id: p for p in self.store.participants(source.id)}
                for card in sorted(theirs, key=lambda c: (c.position, c.id)):
                    if card.id not in numbers:
                        continue
                    found = copy_origin(card, source.slug, numbers)
                    its_copies = copies.get(found, []) if found else []
                    status = latest_status(c.mark for c in its_copies) or card.status
                    if status != ActionStatus.OPEN:
                        continue
                    if card.carried:
                        origin = (card.from_session, card.from_region, card.from_number)
                    else:
                        origin = (source.slug, source.region, numbers[card.id])
                    key = provenance_key(origin[0], origin[2])
                    if key in here:
                        already += 1
                        continue
                    here.add(key)
                    owners = []
                    for owner in card.owners:
                        person = their_people.get(owner.participant_id or 0)
                        match = people.get(person.name) if person is not None else None
                        organisation = owner.organisation or (
                            person.organisation if person is not None else ""
                        )
                        owners.append(Owner(organisation, match.id if match else None))
                    wanted.append(
                        Card(
                            id=0,
                            session_id=self.session_id,
                            column=Column.ACTION,
                            title=card.title,
                            position=0.0,
                            created_at=now,
                            item_id=first_item,
                            owners=owners,
                            due=card.due,
                            tags=list(card.tags),
                            # the barriers and opportunities it addresses, taken over too
                            links=links_here(addressed_anywhere(its_copies), me.slug, mine),
                            from_session=origin[0],
                            from_region=origin[1],
                            from_number=origin[2],
                        )
                    )
            actions = [c for c in mine if c.column == Column.ACTION and c.merged_into is None]
            top = min((c.position for c in actions), default=1.0)
            added: list[Card] = []
            number = max((c.number for c in mine if c.column == Column.ACTION), default=0)
            for n, card in enumerate(wanted):
                position = top - len(wanted) + n
                card.position = float(position)
                card.number = number + n + 1  # its own number here, kept (see Card.number)
                added.append(tx.insert(card))
        return Carried(tuple(s.slug for s in sources), tuple(added), already)
