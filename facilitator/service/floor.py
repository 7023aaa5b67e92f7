"""The facilitator's floor commands: the speaker queue, speeches and who is present.

The rules (who speaks next, a point of order first, how long someone waited)
are in :mod:`facilitator.domain.queue`. The schema allows one queue entry per
person and priority, so two windows queueing the same person at once leave
one entry.

A few commands answer a question instead of refusing: :meth:`enqueue` returns
whether someone was put in the queue (the screen then says who already waits),
:meth:`readd_last` who was put back (the screen says if they are marked absent),
:meth:`withdraw` and :meth:`end_speech` whether there was anything to end.

Whoever gets the floor is at the table: :meth:`give_floor` marks someone marked
absent present again in the same change, and its :class:`Floor` says so.

Several windows can give the floor at the same moment (the facilitator's and the
note-taker's in control, each pressing ``f``). A window's floor change carries the
floor as the window showed it (:class:`FloorSeen`); read inside the operation, a
floor that changed meanwhile is left as it is, and the refusal says who has it
now, instead of a second turn after a first of no seconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from facilitator.domain import queue, stats
from facilitator.domain.errors import DomainError
from facilitator.domain.model import Participant, Priority, QueueEntry, Session, Speech
from facilitator.records import record
from facilitator.service.base import Service
from facilitator.service.changes import Change
from facilitator.service.state import SessionState
from facilitator.store import Tx
from facilitator.text import free_line, name_line, same_name


class Suggested:
    """Marks a floor change as "to the first suggestion when the command runs"."""

    def __repr__(self) -> str:
        return "SUGGESTED"


SUGGESTED = Suggested()


@record
class Floor:
    """What came of a floor change: who speaks now (None: the floor is free after the speech
    ended), and whether they had been marked absent and are now present again."""

    speaker: int | None
    back: bool = False


@record
class FloorSeen:
    """The floor as a window showed it when its key was pressed: who had it, since when
    (the same person given the floor again is another turn), and the queue entry first
    in line (its id)."""

    speaker: int | None
    since: datetime | None
    first: int | None

    @classmethod
    def of(cls, state: SessionState) -> FloorSeen:
        speech = state.current_speech
        return cls(
            speech.participant_id if speech is not None else None,
            state.floor_since,
            state.queue[0].id if state.queue else None,
        )

    @classmethod
    def stored(
        cls, entries: Iterable[QueueEntry], current: Speech | None, speeches: Iterable[Speech]
    ) -> FloorSeen:
        """The floor as stored (read inside the operation)."""
        waiting = queue.ordered(entries)
        return cls(
            current.participant_id if current is not None else None,
            stats.turn_began(speeches, current) if current is not None else None,
            waiting[0].id if waiting else None,
        )


class FloorService(Service):
    """The speaker queue and the floor of one session."""

    def enqueue(self, participant_id: int, *, point_of_order: bool = False) -> bool:
        """Put someone in the queue; False if they already wait."""
        with self._change(Change.HAND) as tx:
            return self._enqueue(tx, participant_id, point_of_order)

    def _enqueue(self, tx: Tx, participant_id: int, point_of_order: bool) -> bool:
        self.require_open()
        priority = Priority.POINT_OF_ORDER if point_of_order else Priority.NORMAL
        speech = self.store.current_speech(self.session_id)
        entry = queue.enqueue(
            self.store.queue(self.session_id),
            participant_id,
            self.now(),
            priority,
            session_id=self.session_id,
            speaking=speech.participant_id if speech is not None else None,
        )
        # The schema allows one entry per person and priority: if another process
        # queued them first, they are already waiting.
        return entry is not None and tx.insert_new(entry) is not None

    def enqueue_number(self, number: int) -> Participant:
        """Queue participant N (1-based, in table order); refused if there is no such number."""
        with self._change(Change.HAND) as tx:
            self.require_open()
            people = self.store.participants(self.session_id)
            if not 1 <= number <= len(people):
                raise DomainError("queue.no_such_number", n=number)
            self._enqueue(tx, people[number - 1].id, False)
        return people[number - 1]

    def withdraw(self, participant_id: int) -> bool:
        """Lower someone's hand (their normal turn first); False if they were not waiting."""
        with self._change(Change.WITHDRAW) as tx:
            self.require_open()
            entry = queue.withdraw(self.store.queue(self.session_id), participant_id)
            if entry is None:
                return False
            tx.delete(entry)
        return True

    def reorder(self, participant_id: int, delta: int) -> None:
        """Move someone's normal turn up (``delta`` < 0) or down the queue."""
        with self._change(Change.REORDER) as tx:
            self.require_open()
            entries = self.store.queue(self.session_id)
            entry = next(
                (
                    e
                    for e in entries
                    if e.participant_id == participant_id and e.priority == Priority.NORMAL
                ),
                None,
            )
            if entry is None:
                raise DomainError("queue.not_waiting")
            for e in queue.reorder(entries, entry.id, delta):
                tx.update(e)

    def give_floor(
        self, participant_id: int | None | Suggested = None, *, seen: FloorSeen | None = None
    ) -> Floor:
        """End the current speech and give the floor to the next (or to ``participant_id``).

        :data:`SUGGESTED`: to the first of the suggestions as they are when the
        command runs (a hand raised by a key just before counts); refused when
        there is none. Someone marked absent who gets the floor is marked present
        again, in the same change. Returns who speaks now (None: the floor is free
        after the speech ended) and whether they came back; refused when there was
        nobody to end and nobody to give the floor to.

        ``seen``: the floor as the window showed it. Refused, changing nothing, when
        another window changed it since: someone else has the floor (or nobody), or,
        to the next in line, someone else is first (:meth:`_check_seen`). None: decided
        on the floor as it is when the command runs (the window was still waiting for
        commands of its own to show: ``1 f`` typed at once).
        """
        with self._change(Change.FLOOR) as tx:
            session = self.require_open()
            now = self.now()
            entries = self.store.queue(self.session_id)
            current = self.store.current_speech(self.session_id)
            item_id = session.current_item_id
            if seen is not None:
                self._check_seen(seen, entries, current, to_first=participant_id is None)
            if isinstance(participant_id, Suggested):
                ranked = stats.suggest_next(
                    queue.ordered(entries),
                    self.store.participants(self.session_id),
                    self.store.speeches(self.session_id),
                    item_id,
                    now,
                )
                if not ranked:
                    raise DomainError("queue.nobody_waits")
                participant_id = ranked[0].participant_id
            if participant_id is None:
                change = queue.give_floor(entries, current, now, item_id, self.session_id)
            else:
                change = queue.give_floor_to(
                    entries, current, participant_id, now, item_id, self.session_id
                )
            if change.ended is None and change.started is None:
                raise DomainError(
                    "queue.nobody_waits" if participant_id is None else "queue.already_speaking"
                )
            back = None
            if change.started is not None:
                speaker = self.store.get(Participant, change.started.participant_id)
                if speaker is None or speaker.session_id != self.session_id:
                    raise DomainError("queue.no_such_participant")
                back = queue.at_the_table(speaker)
                self._start(tx, session, now)
            if change.ended is not None:
                tx.update(change.ended)
            if change.dequeued is not None:
                tx.delete(change.dequeued)
            if back is not None:
                tx.update(back)
            if change.started is not None:
                tx.insert(change.started)
        if change.started is None:
            return Floor(None)
        return Floor(change.started.participant_id, back=back is not None)

    def _check_seen(
        self,
        seen: FloorSeen,
        entries: list[QueueEntry],
        current: Speech | None,
        *,
        to_first: bool,
    ) -> None:
        """Refuse a floor change decided on a floor that changed since its window showed it
        (``to_first``: given to the first in line, who must be the same too)."""
        now = FloorSeen.stored(entries, current, self.store.speeches(self.session_id))
        if (now.speaker, now.since) != (seen.speaker, seen.since):
            if now.speaker is not None:
                raise DomainError("queue.floor_went", who=self._name(now.speaker))
            raise DomainError("queue.turn_ended", who=self._name(seen.speaker))
        if to_first and now.first != seen.first:
            first = next((e for e in queue.ordered(entries) if e.id == now.first), None)
            if first is None:
                raise DomainError("queue.emptied")
            raise DomainError("queue.first_changed", who=self._name(first.participant_id))

    def _name(self, participant_id: int | None) -> str:
        person = self.store.get(Participant, participant_id) if participant_id else None
        return " ".join(person.name.split()) if person is not None else "?"

    def end_speech(self) -> bool:
        """The speaker is done; False if nobody had the floor."""
        with self._change(Change.END_SPEECH) as tx:
            self.require_open()
            ended = queue.end_speech(self.store.current_speech(self.session_id), self.now())
            if ended is None:
                return False
            tx.update(ended)
        return True

    def readd_last(self) -> Participant | None:
        """The last speaker back at the top of the queue: who that is (as marked now, present
        or absent); None if not possible (nobody spoke, or they already wait)."""
        with self._change(Change.READD) as tx:
            self.require_open()
            entry = queue.readd_last(
                self.store.queue(self.session_id),
                self.store.speeches(self.session_id),
                self.now(),
                self.session_id,
            )
            if entry is None or tx.insert_new(entry) is None:
                return None
            return self.store.get(Participant, entry.participant_id)

    def set_present(self, participant_id: int, present: bool) -> None:
        """Mark someone present or absent (refused once the session is closed).

        Someone who leaves the table also leaves the queue, and their speech ends if they
        had the floor: in the same change, so one undo brings all of it back.
        """
        with self._change(Change.PRESENCE) as tx:
            self.require_open()
            person = self.store.get(Participant, participant_id)
            if person is None or person.session_id != self.session_id:
                raise DomainError("queue.no_such_participant")
            if person.present != present:
                tx.update(replace(person, present=present))
            if not present:
                self._leave(tx, participant_id)

    def _leave(self, tx: Tx, participant_id: int) -> None:
        """``participant_id`` is no longer at the table: out of the queue, and off the floor."""
        for entry in self.store.queue(self.session_id):
            if entry.participant_id == participant_id:
                tx.delete(entry)
        speech = self.store.current_speech(self.session_id)
        if speech is not None and speech.participant_id == participant_id:
            ended = queue.end_speech(speech, self.now())
            if ended is not None:
                tx.update(ended)

    # -- who is at the table: walk-ins and stand-ins ---------------------------------------
    def add_participant(self, name: str, organisation: str, sector: str) -> Participant:
        """Someone who walks in: a new participant, present, after everyone on the list.

        ``sector`` is a sector of the session by its key or its Dutch or English name.
        """
        with self._change(Change.WALK_IN) as tx:
            session = self.require_open()
            name = name_line(name)
            if not name:
                raise DomainError("people.no_name")
            key = sector_key(session, sector)
            self._refuse_same_name(name)
            return tx.insert(self._newcomer(session, name, free_line(organisation), key))

    def stand_in(self, invitee_id: int, name: str) -> Participant:
        """Someone takes the seat of an invitee: same organisation and sector, not the
        invitee's function (a wethouder's stand-in is not the wethouder); the invitee is
        marked absent (and stays in the minutes as stood in for)."""
        with self._change(Change.STAND_IN) as tx:
            session = self.require_open()
            name = name_line(name)
            if not name:
                raise DomainError("people.no_name")
            people = self.store.participants(self.session_id)
            invitee = next((p for p in people if p.id == invitee_id), None)
            if invitee is None:
                raise DomainError("queue.no_such_participant")
            if invitee.added:
                raise DomainError("people.not_invited")
            if any(p.stands_in_for == invitee.id for p in people):
                raise DomainError("people.taken", who=" ".join(invitee.name.split()))
            self._refuse_same_name(name)
            if invitee.present:
                tx.update(replace(invitee, present=False))
            self._leave(tx, invitee.id)
            newcomer = self._newcomer(session, name, invitee.organisation, invitee.sector)
            return tx.insert(replace(newcomer, stands_in_for=invitee.id))

    def _refuse_same_name(self, name: str) -> None:
        """One name once at the table, as in the session file (case, spaces and the way an
        accent is written aside, :func:`~facilitator.text.same_name`): a second Erik Nijhuis
        would make ``~erik`` and the minutes ambiguous."""
        wanted = same_name(name)
        people = self.store.participants(self.session_id)
        for number, person in enumerate(people, start=1):
            if same_name(person.name) == wanted:
                raise DomainError("people.same_name", who=" ".join(person.name.split()), n=number)

    def _newcomer(self, session: Session, name: str, organisation: str, sector: str) -> Participant:
        people = self.store.participants(self.session_id, include_removed=True)
        keys = {p.key for p in people}
        number = sum(1 for p in people if p.added) + 1
        while f"added-{number}" in keys:
            number += 1
        return Participant(
            id=0,
            session_id=session.id,
            position=max((p.position for p in people), default=0) + 1,
            key=f"added-{number}",
            name=name,
            organisation=organisation,
            sector=sector,
            added=True,
        )


def sector_key(session: Session, text: str) -> str:
    """The key of the session's sector ``text`` names (its key, Dutch or English name, or the
    start of one of these, case ignored); refused with the sectors to choose from."""
    wanted = " ".join(text.split()).casefold()
    if wanted:
        for exact in (True, False):
            for key, nl, en in session.sectors:
                names = [key.casefold(), nl.casefold(), en.casefold()]
                if any(n == wanted if exact else n.startswith(wanted) for n in names):
                    return key
    raise DomainError(
        "people.no_sector",
        sector=" ".join(text.split()),
        known_nl=", ".join(nl for _k, nl, _en in session.sectors),
        known_en=", ".join(en for _k, _nl, en in session.sectors),
    )
