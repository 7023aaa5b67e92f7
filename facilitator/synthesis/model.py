"""The synthesis as plain values: what every writer (Markdown, JSON, HTML) shows.

Everything a person reads is already decided here: the language of labels,
and, when the synthesis is anonymous, that no participant is named anywhere
(names typed into a text are replaced too). The writers only lay it out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from datetime import date

from facilitator.records import record


@record
class Review:
    """The organiser's choices: card key -> theme key, theme key -> (title, priority), and
    the cards placed in their theme by hand (moved there, or merged in with their theme).

    A card not in ``cards`` (a table added later) is grouped as proposed: it joins the
    organiser's theme holding most of the cards the proposal groups it with.
    """

    cards: Mapping[str, str] = field(default_factory=dict)
    themes: Mapping[str, tuple[str, bool]] = field(default_factory=dict)
    by_hand: frozenset[str] = frozenset()


@record
class SessionLine:
    """One round table included in the synthesis."""

    slug: str
    title: str
    region: str
    day: date
    status: str
    chatham_house: bool
    participants: int
    organisations: int
    contributions: int
    cards: int


@record
class ThemeCard:
    """A barrier or opportunity of one table, as part of a theme."""

    session: str
    region: str
    column: str  # "barrier" or "opportunity"
    text: str
    raised_by: tuple[str, ...]
    votes: int
    tags: tuple[str, ...]
    number: int | None = None  # its number on its own table's board (B3, K2/O2)
    key: str = ""  # "slug#card-id": what the organiser's review remembers it by
    by_hand: bool = False  # placed in its theme by the organiser (not the theme's why or title)


@record
class WhyLine:
    """Why a theme's cards belong together: shared tags, thesaurus concepts (with words), words.

    Of the cards the grouping put together: a card the organiser placed by hand shares them
    or not (:attr:`ThemeCard.by_hand` says which)."""

    tags: tuple[str, ...] = ()
    concepts: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (label, words)
    words: tuple[str, ...] = ()


@record
class Owner:
    """Who leads an action: an organisation and, unless anonymous, the person."""

    organisation: str
    lead: str = ""
    province: bool = False


@record
class Action:
    """An action of one table, numbered across the synthesis."""

    number: int
    session: str
    region: str
    text: str
    owners: tuple[Owner, ...]
    due: date | None
    past_due: bool
    themes: tuple[int, ...]
    status: str = "open"  # "done" or "dropped" once the table says so; only open ones are gaps

    @property
    def dropped(self) -> bool:
        """Dropped: still listed under its themes, as history, but it deals with none of
        them (their barriers are without action, its owner leads nothing there). A done
        action did deal with them."""
        return self.status == "dropped"


@record
class Theme:
    """Barriers and opportunities grouped across tables."""

    number: int
    title: str
    concept: str | None
    regions: tuple[str, ...]
    votes: int
    cards: tuple[ThemeCard, ...]
    why: WhyLine
    actions: tuple[int, ...]
    key: str = ""  # the theme's key in the organiser's review ("" until reviewed)
    priority: bool = False  # marked a priority by the organiser

    @property
    def barriers(self) -> int:
        return sum(c.column == "barrier" for c in self.cards)

    @property
    def opportunities(self) -> int:
        return sum(c.column == "opportunity" for c in self.cards)

    @property
    def recurring(self) -> bool:
        return len(self.regions) > 1

    @property
    def single(self) -> bool:
        """A single point: a theme of one card, not marked a priority (one marked is a theme
        of its own, at the top). The report lists the single points apart, after the themes,
        and its headline counts them apart."""
        return len(self.cards) == 1 and not self.priority


@record
class OwnerGroup:
    """The actions one organisation leads (``organisation`` empty: nobody leads them)."""

    organisation: str
    actions: tuple[int, ...]


@record
class Gaps:
    """What is still open across the tables."""

    barriers_without_action: tuple[int, ...]  # theme numbers
    actions_without_owner: tuple[int, ...]  # action numbers
    actions_past_due: tuple[int, ...]


@record
class ProvinceTheme:
    """A theme where the province is involved, and how: ``owner`` and/or ``named``."""

    theme: int
    reasons: tuple[str, ...]


@record
class Province:
    """Where the province can add value."""

    themes: tuple[ProvinceTheme, ...]
    recurring_without_lead: tuple[int, ...]


@record
class RegionShare:
    """Participation of one region: who was at the table and how long they spoke."""

    region: str
    sessions: int
    people: int
    organisations: tuple[str, ...]
    turns: int
    seconds: int
    share: float


@record
class SectorShare:
    """Participation of one sector over all tables, and its people per region."""

    key: str
    label: str
    people: int
    turns: int
    seconds: int
    share: float
    per_region: tuple[tuple[str, int], ...]  # (region, people)


@record
class Participation:
    seconds: int
    turns: int
    regions: tuple[RegionShare, ...]
    sectors: tuple[SectorShare, ...]


@record
class Synthesis:
    """The whole synthesis, ready to write."""

    lang: str
    as_of: date
    anonymous: bool
    chatham_house: bool
    sessions: tuple[SessionLine, ...]
    themes: tuple[Theme, ...]
    actions: tuple[Action, ...]
    owners: tuple[OwnerGroup, ...]
    gaps: Gaps
    province: Province
    participation: Participation
    regions: tuple[str, ...] = field(default=())

    def theme(self, number: int) -> Theme:
        return self.themes[number - 1]

    def action(self, number: int) -> Action:
        return self.actions[number - 1]
