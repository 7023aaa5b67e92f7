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
and put at the top of the action column, after those taken over before and
before the table's own, so the table starts by reviewing who did what, in the
order the actions came over. Carrying again takes over only what is not here yet. One operation:
undo takes the whole carry back.

What it did is told by the sessions the actions were taken from, each action
counted once however many copies of it the sessions read hold; when nothing
is taken over, by why: the open actions there were taken over before, or were
set done or dropped later at another session (the wrap-up), or there are none;
with no session to read, by that, and for a region with no earlier session, by
the command that names the earlier sessions of other regions (the same words in
the command line and the app).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from facilitator.domain.copies import latest, latest_status, links_here
from facilitator.domain.copies import origin as copy_origin
from facilitator.domain.errors import DomainError
from facilitator.domain.model import ActionStatus, Card, Column, Owner, Session, SessionStatus
from facilitator.domain.numbering import in_order
from facilitator.i18n import Catalog
from facilitator.records import record
from facilitator.service.base import Service
from facilitator.service.changes import Change
from facilitator.store.copies import action_copies, addressed_anywhere

REGION = "region"
ALL = "all"
# What a session file or the command may say instead of session names.
SCOPES = {"region": REGION, "regio": REGION, "all": ALL, "alle": ALL, "alles": ALL}


WORDS = Catalog(
    {
        "from.count": ("{slug} ({n})", "{slug} ({n})"),
        "why.already.one": (
            "1 open actie is al eerder overgenomen",
            "1 open action was taken over before",
        ),
        "why.already.many": (
            "{n} open acties zijn al eerder overgenomen",
            "{n} open actions were taken over before",
        ),
        "why.settled.one": (
            "1 open actie is daarna in {where} op gedaan of vervallen gezet",
            "1 open action was set done or dropped later, at {where}",
        ),
        "why.settled.many": (
            "{n} open acties zijn daarna in {where} op gedaan of vervallen gezet",
            "{n} open actions were set done or dropped later, at {where}",
        ),
        "why.none": ("daar staan geen open acties", "there are no open actions there"),
        "none.earlier": (
            "Er is geen sessie vóór {slug}, in geen enkele regio: er is niets overgenomen.",
            "There is no session before {slug}, in any region: nothing was taken over.",
        ),
        "none.anywhere": (
            "Er is geen eerdere sessie in de regio {region}, en ook niet in een andere regio: "
            "er is niets overgenomen in {slug}.",
            "There is no earlier session in the region {region}, nor in any other region: "
            "nothing was taken over into {slug}.",
        ),
        "none.region": (
            "Er is geen eerdere sessie in de regio {region}; noem de sessies om acties van "
            "over te nemen: {command} (of all: alle eerdere sessies).",
            "There is no earlier session in the region {region}; name the sessions to take "
            "actions over from: {command} (or all: every earlier session).",
        ),
    }
)

# How many of the earlier sessions elsewhere the advice names, before "…".
NAMED_ELSEWHERE = 5


def _carry_forward_line(slugs: list[str]) -> str:
    return " ".join(["facilitator carry-forward", *slugs])


@record
class Carried:
    """What a carry-forward did: the sessions read and the actions taken over."""

    sources: tuple[str, ...]
    cards: tuple[Card, ...]
    already: int  # open actions that were carried before and are here already (each once)
    came_from: tuple[str, ...] = ()
    """For each card taken over, the session it was taken from (the first read that has it)."""
    settled: tuple[tuple[str, int], ...] = ()
    """Open actions at the sessions read not taken over, as set done or dropped later at
    another session: (that session, how many)."""
    into: str = ""
    """The session the actions were taken over into (its slug)."""
    region: str | None = None
    """With no session read: the region asked for (``region``), which has no earlier one."""
    elsewhere: tuple[str, ...] = ()
    """With no session read: the earlier sessions of other regions, oldest first."""

    def none_read(self, lang: str, command: Callable[[list[str]], str] | None = None) -> str:
        """Why no session was read, and what to do: with no earlier session in the region
        but some elsewhere, the command naming them (``command`` makes its line of the
        sessions' slugs: the command line adds the database and the language it was
        given); with none anywhere, that nothing was taken over."""
        slug = self.into
        if self.region is not None and self.elsewhere:
            others = list(self.elsewhere[:NAMED_ELSEWHERE])
            line = (command or _carry_forward_line)([slug, *others])
            if len(self.elsewhere) > NAMED_ELSEWHERE:
                line += " …"
            return WORDS(lang, "none.region", region=self.region, command=line)
        if self.region is not None:
            return WORDS(lang, "none.anywhere", region=self.region, slug=slug)
        return WORDS(lang, "none.earlier", slug=slug)

    def taken_from(self, lang: str) -> str:
        """The sessions the actions came from, each with how many when there are several:
        ``regio-zwolle-2020-10 (3), wrap-up-2020-11-12 (1)``."""
        counts: dict[str, int] = {}
        for slug in self.came_from:
            counts[slug] = counts.get(slug, 0) + 1
        if len(counts) == 1:
            return next(iter(counts))
        return ", ".join(WORDS(lang, "from.count", slug=slug, n=n) for slug, n in counts.items())

    def why_nothing(self, lang: str) -> str:
        """Why nothing new was taken over: taken over before, set done or dropped later at
        another session, or no open actions at all."""
        reasons = []
        if self.already:
            many = "many" if self.already != 1 else "one"
            reasons.append(WORDS(lang, f"why.already.{many}", n=self.already))
        settled = sum(n for _where, n in self.settled)
        if settled:
            where = ", ".join(slug for slug, _n in self.settled)
            many = "many" if settled != 1 else "one"
            reasons.append(WORDS(lang, f"why.settled.{many}", n=settled, where=where))
        return "; ".join(reasons) or WORDS(lang, "why.none")


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


def carried_positions(actions: Sequence[Card], count: int) -> list[float]:
    """Where ``count`` actions taken over go in the action column ``actions`` (not merged):
    at the top, after those taken over before (in the order they were taken over), before
    the table's own. So a second go (``all`` after ``region``) follows the first, and the
    minutes list A1, A2, A3… as they were taken over."""
    ordered = sorted(actions, key=lambda c: (c.position, c.id))
    earlier = [c.position for c in ordered if c.carried]
    if not earlier:
        top = ordered[0].position if ordered else 1.0
        return [top - count + n for n in range(count)]
    after = max(earlier)
    below = [c.position for c in ordered if c.position > after]
    before = min(below) if below else after + count + 1
    step = (before - after) / (count + 1)
    return [after + step * (n + 1) for n in range(count)]


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
                chosen.update((other.id, other) for other in self._earlier(me, others, scope))
                continue
            if name == me.slug:
                raise DomainError("carry.itself", name=name)
            found = next((s for s in others if s.slug == name), None)
            if found is None:
                raise DomainError("carry.unknown", name=name)
            chosen[found.id] = found
        return sorted(chosen.values(), key=lambda s: (s.starts_at, s.slug))

    def unknown(self, names: Sequence[str]) -> list[str]:
        """The slugs among ``names`` that no session in the database has (a scope,
        ``region`` or ``all``, is always known)."""
        slugs = {s.slug for s in self.store.sessions()}
        return [n for n in names if SCOPES.get(n.strip().lower()) is None and n not in slugs]

    @staticmethod
    def _earlier(me: Session, others: Sequence[Session], scope: str) -> list[Session]:
        """The sessions before ``me`` (of its region, or all), a table held twice once.

        A session closed already that starts at the same moment as ``me`` counts as
        before it (a new table planned at the time of the last one: that one was held);
        a copy of ``me`` itself (the same table, held twice) does not."""
        from facilitator.domain.twice import leave_out_copies, same_table  # not at start

        def before(other: Session) -> bool:
            if other.starts_at < me.starts_at:
                return True
            return (
                other.starts_at == me.starts_at
                and other.status == SessionStatus.CLOSED
                and same_table(me, [other]) is None
            )

        scoped = [
            other
            for other in others
            if other.id != me.id and before(other) and (scope == ALL or other.region == me.region)
        ]
        return leave_out_copies(scoped)[0]

    def _elsewhere(self, me: Session) -> tuple[str, ...]:
        """The sessions before ``me`` of other regions, oldest first, to name instead."""
        others = [s for s in self.store.sessions() if s.id != me.id and s.region != me.region]
        earlier = self._earlier(me, others, ALL)
        return tuple(s.slug for s in sorted(earlier, key=lambda s: (s.starts_at, s.slug)))

    def carry_forward(self, names: Sequence[str]) -> Carried:
        """Take over the open actions of the sessions ``names`` stands for (see module)."""
        with self._change(Change.CARRY_FORWARD) as tx:
            me = self.require_open()
            sources = self.sources(names)
            mine = self.store.cards(self.session_id, include_merged=True)
            here = carried_here(mine)
            before = set(here)
            items = in_order(self.store.items(self.session_id))
            first_item = items[0].id if items else None
            people = {p.name: p for p in self.store.participants(self.session_id)}
            now = self.now()
            wanted: list[Card] = []
            came_from: list[str] = []
            already: set[tuple[str, int | None]] = set()
            settled: dict[tuple[str, int | None], str] = {}
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
            # An action read at several of the sessions (a table's, and the copy the wrap-up
            # took over) comes as its copy at the latest of them: owners, due date and words
            # changed there come along.
            read = {source.slug for source in sources}
            newest: dict[tuple[str, int | None], int] = {}
            for source, theirs, numbers in boards:
                for card in theirs:
                    if card.id in numbers and (known := copy_origin(card, source.slug, numbers)):
                        newest[provenance_key(known[0], known[2])] = card.id
            for source, theirs, numbers in boards:
                their_people = {p.id: p for p in self.store.participants(source.id)}
                for card in sorted(theirs, key=lambda c: (c.position, c.id)):
                    if card.id not in numbers:
                        continue
                    found = copy_origin(card, source.slug, numbers)
                    its_copies = copies.get(found, []) if found else []
                    status = latest_status(c.mark for c in its_copies) or card.status
                    if card.carried:
                        origin = (card.from_session, card.from_region, card.from_number)
                    else:
                        origin = (source.slug, source.region, numbers[card.id])
                    key = provenance_key(origin[0], origin[2])
                    if status != ActionStatus.OPEN:
                        if card.status == ActionStatus.OPEN:  # open there, settled elsewhere
                            mark = latest(c.mark for c in its_copies)
                            set_at = [c.session.slug for c in its_copies if c.mark is mark]
                            settled.setdefault(key, set_at[0] if set_at else source.slug)
                        continue
                    if newest.get(key) != card.id:  # a later session has a newer copy
                        continue
                    if key in here:
                        if key in before:  # taken over before; one read twice is one action
                            already.add(key)
                        continue
                    here.add(key)
                    # named after the table that agreed it, when that table was read too
                    came_from.append(origin[0] if origin[0] in read else source.slug)
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
            added: list[Card] = []
            number = max((c.number for c in mine if c.column == Column.ACTION), default=0)
            for n, (card, position) in enumerate(
                zip(wanted, carried_positions(actions, len(wanted)), strict=True)
            ):
                card.position = position
                card.number = number + n + 1  # its own number here, kept (see Card.number)
                added.append(tx.insert(card))
            region: str | None = None
            elsewhere: tuple[str, ...] = ()
            if not sources and REGION in {SCOPES.get(n.strip().lower()) for n in names}:
                region, elsewhere = me.region, self._elsewhere(me)
        at: dict[str, int] = {}
        for where in settled.values():
            at[where] = at.get(where, 0) + 1
        return Carried(
            tuple(s.slug for s in sources),
            tuple(added),
            len(already),
            tuple(came_from),
            tuple(at.items()),
            into=me.slug,
            region=region,
            elsewhere=elsewhere,
        )
