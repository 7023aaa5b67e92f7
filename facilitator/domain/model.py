"""What happens during a round table: the records the store keeps.

Plain dataclasses, no Textual and no SQL. Every time-dependent value (how long
an agenda item has run, how long someone has spoken) is derived from stored
timestamps and a ``now`` passed in, never accumulated tick by tick, so a
restart or four hours of running shows no drift.

All datetimes are timezone-aware.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field
from datetime import date, datetime, tzinfo
from enum import StrEnum

from facilitator.domain.zone import zone_named
from facilitator.records import record


class SessionStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"


class ItemStatus(StrEnum):
    TODO = "todo"
    CURRENT = "current"
    DONE = "done"
    DEFERRED = "deferred"


class LiveChange(StrEnum):
    """How an agenda item was changed during the session."""

    ADDED = "added"
    CHANGED = "changed"
    DROPPED = "dropped"


class Kind(StrEnum):
    """The kind of a contribution, in the order the capture line cycles them."""

    BARRIER = "barrier"
    OPPORTUNITY = "opportunity"
    ACTION = "action"
    DECISION = "decision"
    QUESTION = "question"
    NOTE = "note"
    SUMMARY = "summary"  # a short summary of an agenda item, shown first under it


class Column(StrEnum):
    """A column of the board."""

    BARRIER = "barrier"
    OPPORTUNITY = "opportunity"
    ACTION = "action"


BOARD_KINDS: dict[Kind, Column] = {
    Kind.BARRIER: Column.BARRIER,
    Kind.OPPORTUNITY: Column.OPPORTUNITY,
    Kind.ACTION: Column.ACTION,
}


class ActionStatus(StrEnum):
    """Where an action stands: still to do, done, or dropped (no longer pursued)."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class Priority(StrEnum):
    """Why someone is in the speaker queue."""

    NORMAL = "normal"
    POINT_OF_ORDER = "point_of_order"


@record(frozen=False)
class Session:
    """One round table and its lifecycle (planned -> running -> closed)."""

    id: int
    slug: str
    title: str
    region: str
    starts_at: datetime
    ends_at: datetime | None = None
    location: str = ""
    language: str = "nl"
    chatham_house: bool = False
    facilitator: str = ""
    note_taker: str = ""
    max_speech_seconds: int | None = None
    status: SessionStatus = SessionStatus.PLANNED
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    current_item_id: int | None = None
    sectors: list[tuple[str, str, str]] = field(default_factory=list)  # (key, nl, en)
    tags: list[str] = field(default_factory=list)
    timezone: str = ""  # IANA name; "" for a database from before time zones were kept
    organisations: list[str] = field(default_factory=list)  # outside ones that may lead
    # Since when the facilitator has the check before closing open (the wall then shows
    # who takes the lead on what); None when it is not open.
    checking_since: datetime | None = None
    anonymous_leads: bool = False  # anonymous minutes leave out who leads an action too
    # The words the session file's [thesaurus] adds to the synthesis' (concept -> words),
    # as join_thesauri gives them; every synthesis that covers this session uses them.
    thesaurus: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The planned times read back from the store carry a fixed offset; in the
        # session's zone they show at the offset of whatever date they are put beside.
        zone = zone_named(self.timezone)
        if zone is not None:
            self.starts_at = self.starts_at.astimezone(zone)
            if self.ends_at is not None:
                self.ends_at = self.ends_at.astimezone(zone)

    @property
    def zone(self) -> tzinfo | None:
        """The session's time zone: every time is shown in it, at its own date's offset.

        Without a known zone name (an old database), the fixed offset of the planned start.
        """
        return zone_named(self.timezone) or self.starts_at.tzinfo


def join_thesauri(*sources: Iterable[tuple[str, Iterable[str]]]) -> dict[str, list[str]]:
    """The words of every source (pairs ``concept, words``) together: per concept each word
    once, where it first came; the concepts in alphabetical order. The same sources in the
    same order always give the same result."""
    joined: dict[str, list[str]] = {}
    for source in sources:
        for concept, words in source:
            known = joined.setdefault(concept, [])
            known.extend(word for word in dict.fromkeys(words) if word not in known)
    return {concept: joined[concept] for concept in sorted(joined) if joined[concept]}


@record(frozen=False)
class AgendaItem:
    """An agenda item with its own timer.

    The timer is ``elapsed_seconds`` accumulated over earlier runs plus, while
    running, the time since ``running_since``.
    """

    id: int
    session_id: int
    position: int
    key: str
    title: str
    planned_seconds: int
    question: str = ""
    status: ItemStatus = ItemStatus.TODO
    elapsed_seconds: float = 0.0
    running_since: datetime | None = None
    first_started_at: datetime | None = None
    removed: bool = False
    live: str = ""
    """How the item was changed during the session: '' (as planned), "added", "changed" or
    "dropped" (see :class:`LiveChange`)."""
    was: dict[str, object] = field(default_factory=dict)
    """What the plan said before a change in the room: title, question, planned_seconds."""

    @property
    def running(self) -> bool:
        return self.running_since is not None

    def elapsed(self, now: datetime) -> float:
        extra = (now - self.running_since).total_seconds() if self.running_since else 0.0
        return self.elapsed_seconds + max(0.0, extra)

    def remaining(self, now: datetime) -> float:
        """Seconds left of the planned time; negative once overrun."""
        return self.planned_seconds - self.elapsed(now)

    def overrun(self, now: datetime) -> float:
        return max(0.0, -self.remaining(now))


@record(frozen=False)
class Participant:
    """Someone at (or invited to) the table."""

    id: int
    session_id: int
    position: int
    key: str
    name: str
    organisation: str
    sector: str
    role: str = ""
    present: bool = True
    removed: bool = False
    added: bool = False
    """Added during the session (a walk-in or a stand-in), not invited by the session file."""
    stands_in_for: int | None = None
    """The id of the invitee this participant stands in for."""


@record(frozen=False)
class QueueEntry:
    """Someone waiting for the floor."""

    id: int
    session_id: int
    participant_id: int
    position: float
    requested_at: datetime
    priority: Priority = Priority.NORMAL


@record(frozen=False)
class Speech:
    """One turn at speaking. ``ended_at`` is None while it goes on."""

    id: int
    session_id: int
    participant_id: int
    item_id: int | None
    started_at: datetime
    ended_at: datetime | None = None

    def duration(self, now: datetime) -> float:
        end = self.ended_at or now
        return max(0.0, (end - self.started_at).total_seconds())


@record(frozen=False)
class Contribution:
    """Something said at the table, tagged by the note-taker."""

    id: int
    session_id: int
    kind: Kind
    text: str
    created_at: datetime
    participant_id: int | None = None
    item_id: int | None = None
    tags: list[str] = field(default_factory=list)
    card_id: int | None = None


@record(frozen=False)
class Owner:
    """Who takes the lead on an action: an organisation, a participant, or both."""

    organisation: str = ""
    participant_id: int | None = None


@record(frozen=False)
class Card:
    """A card on the board: a barrier, an opportunity or an action."""

    id: int
    session_id: int
    column: Column
    title: str
    position: float
    created_at: datetime
    participant_id: int | None = None
    item_id: int | None = None
    owners: list[Owner] = field(default_factory=list)
    due: date | None = None
    tags: list[str] = field(default_factory=list)
    votes: int = 0
    links: list[int] = field(default_factory=list)  # ids of barriers/opportunities addressed
    merged_into: int | None = None
    parked: bool = False
    number: int = 0
    """Its number in its column (``B3``), given when it is made there and never changed."""
    status: ActionStatus = ActionStatus.OPEN  # of an action; barriers/opportunities stay open
    # Provenance of a card taken over from another session (carried forward, or seeded
    # into a wrap-up): that session's slug and region, and the card's number there.
    from_session: str = ""
    from_region: str = ""
    from_number: int | None = None

    @property
    def carried(self) -> bool:
        """Taken over from another session."""
        return bool(self.from_session)
