"""A read-only picture of one session, as the screens need it.

Built from the store in one go; every time-dependent value is computed from
it and a ``now`` passed in, so a ticking clock never needs the database.
"""

from __future__ import annotations

from dataclasses import field
from datetime import datetime
from functools import cached_property

from facilitator.domain import agenda, lifecycle, queue, stats
from facilitator.domain.lifecycle import Reopening
from facilitator.domain.model import (
    AgendaItem,
    Card,
    Contribution,
    Participant,
    QueueEntry,
    Session,
    SessionStatus,
    Speech,
)
from facilitator.records import record


@record
class SessionState:
    """Everything the console shows, read at one moment."""

    session: Session
    items: list[AgendaItem]
    participants: list[Participant]
    queue: list[QueueEntry]  # in speaking order
    speeches: list[Speech]
    latest: list[Contribution]  # newest first
    contribution_count: int
    cards: list[Card] = field(default_factory=list)
    can_undo: bool = False
    can_redo: bool = False
    # who left the session file (imported again) but spoke or was noted: named, not seated
    left: list[Participant] = field(default_factory=list)
    # when it was reopened, read only for a session running since an earlier day
    reopenings: tuple[Reopening, ...] = ()

    @property
    def lang(self) -> str:
        return self.session.language

    @property
    def current_item(self) -> AgendaItem | None:
        return next((i for i in self.items if i.id == self.session.current_item_id), None)

    @cached_property
    def current_speech(self) -> Speech | None:
        """Who speaks (looked for once per state: every panel asks, on every tick)."""
        return next((s for s in reversed(self.speeches) if s.ended_at is None), None)

    @cached_property
    def floor_since(self) -> datetime | None:
        """When whoever has the floor got it: their turn, over every agenda item it ran
        across (None if nobody speaks)."""
        speech = self.current_speech
        return stats.turn_began(self.speeches, speech) if speech is not None else None

    def floor_seconds(self, now: datetime) -> float:
        """How long whoever has the floor has had it at ``now`` (0 if nobody speaks)."""
        since = self.floor_since
        return max(0.0, (now - since).total_seconds()) if since is not None else 0.0

    @cached_property
    def ticking(self) -> bool:
        """Whether anything counts with the clock: an item's timer, a speech, or someone
        waiting in the queue. If not, the time moves only the wall clock and the
        projections (the end, the delay), never what was counted."""
        return (
            any(i.running for i in self.items)
            or self.current_speech is not None
            or bool(self.queue)
        )

    def participant(self, participant_id: int | None) -> Participant | None:
        """Someone at the table, or someone on record who left the session file."""
        found = (p for p in (*self.participants, *self.left) if p.id == participant_id)
        return next(found, None)

    def item(self, item_id: int | None) -> AgendaItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def sector_label(self, key: str, lang: str | None = None) -> str:
        """The sector's name in ``lang`` (a window's language; default the session's)."""
        lang = lang or self.lang
        for sector_key, nl, en in self.session.sectors:
            if sector_key == key:
                return nl if lang == "nl" else en
        return key

    def projection(self, now: datetime) -> agenda.Projection:
        s = self.session
        return agenda.project(
            self.items, s.current_item_id, now, s.starts_at, s.opened_at, s.ends_at
        )

    @property
    def closed(self) -> bool:
        return self.session.status == SessionStatus.CLOSED

    @cached_property
    def reopened_after(self) -> Reopening | None:
        """For a session running again since a reopening on a later day than the meeting
        (:func:`lifecycle.reopened_after`), that reopening: the meeting is over, nothing
        is to be projected of it. None otherwise."""
        if self.session.status != SessionStatus.RUNNING:
            return None
        return lifecycle.reopened_after(self.reopenings, self.session.zone)

    def suggestions(self, now: datetime) -> list[stats.Suggestion]:
        if not self.queue or self.closed:  # nobody to suggest, or no meeting any more
            return []
        item = self.current_item
        return stats.suggest_next(
            self.queue, self.participants, self.speeches, item.id if item else None, now
        )

    def waited(self, entry: QueueEntry, now: datetime) -> float:
        """How long ``entry`` has waited; in a closed session, until it closed (the meeting
        is over: nobody goes on waiting for the floor)."""
        closed_at = self.session.closed_at
        if self.closed and closed_at is not None:
            now = min(now, closed_at)
        return queue.waited(entry, now)
