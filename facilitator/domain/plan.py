"""The plan of one round table, as described in a session file.

These are immutable values: what the organisers intend (who is invited, the
agenda, the sectors and tags). What happens during the meeting lives in
:mod:`facilitator.domain.model`.
"""

from __future__ import annotations

from dataclasses import field
from datetime import datetime

from facilitator.records import record


@record
class Sector:
    """A group at the table, e.g. education or the public employment service."""

    key: str
    nl: str
    en: str

    def label(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


DEFAULT_SECTORS: tuple[Sector, ...] = (
    Sector("onderwijs", "onderwijs", "education"),
    Sector("bedrijfsleven", "bedrijfsleven", "business"),
    Sector("provincie", "provincie", "province"),
    Sector("gemeente", "gemeente", "municipality"),
    Sector("uwv", "UWV", "UWV"),
    Sector("maatschappelijk", "maatschappelijke organisatie", "civil society"),
)


@record
class ParticipantPlan:
    """An invited participant. ``key`` is stable across re-imports of the file."""

    key: str
    name: str
    organisation: str
    sector: str
    role: str = ""


@record
class AgendaItemPlan:
    """One agenda item with its planned minutes and guiding question."""

    key: str
    title: str
    minutes: int
    question: str = ""


@record
class BoardCardPlan:
    """A barrier or opportunity the board starts with, and where it came from (a wrap-up)."""

    column: str  # "barrier" or "opportunity"
    text: str
    session: str = ""  # the slug of the session it was raised at
    region: str = ""
    number: int | None = None  # its number there
    agenda: str = ""  # the key of the agenda item it is filed under
    tags: tuple[str, ...] = ()


@record
class SessionPlan:
    """Everything a session file says about one round table."""

    slug: str
    title: str
    region: str
    starts_at: datetime
    location: str = ""
    language: str = "nl"
    chatham_house: bool = False
    anonymous_leads: bool = False  # anonymous minutes leave out who leads an action too
    facilitator: str = ""
    note_taker: str = ""
    ends_at: datetime | None = None
    timezone: str = ""  # IANA name of the zone the times are in (see docs/session-file.md)
    max_speech_minutes: float | None = None
    participants: tuple[ParticipantPlan, ...] = ()
    agenda: tuple[AgendaItemPlan, ...] = ()
    sectors: tuple[Sector, ...] = DEFAULT_SECTORS
    tags: tuple[str, ...] = field(default_factory=tuple)
    # Words the synthesis should read as one concept: (concept, words), see docs/synthesis.md.
    thesaurus: tuple[tuple[str, tuple[str, ...]], ...] = ()
    organisations: tuple[str, ...] = ()  # organisations not at the table that may lead
    # Whose open actions this table takes over: slugs, or "region" / "all".
    carry_forward: tuple[str, ...] = ()
    board: tuple[BoardCardPlan, ...] = ()  # seeded barriers and opportunities

    @property
    def planned_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda)
