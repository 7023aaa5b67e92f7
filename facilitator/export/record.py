"""A full, stably ordered picture of one session, read from the store.

Everything the exporters show comes from a :class:`SessionRecord`: the stored
records in a fixed order, plus the derived views the minutes need (actual start
and end, each item's outcome, card numbers, what merged into what, who raised a
card, the open points). It is read at one moment (``now``), so an ongoing timer
or speech counts up to that moment; a closed session no longer depends on it.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from enum import StrEnum
from functools import cached_property

from facilitator.domain import board, lifecycle, stats
from facilitator.domain.agenda import discussed
from facilitator.domain.gaps import Gap, GapKind, gaps
from facilitator.domain.lifecycle import Reopening
from facilitator.domain.model import (
    AgendaItem,
    Card,
    Column,
    Contribution,
    ItemStatus,
    LiveChange,
    Participant,
    Session,
    SessionStatus,
    Speech,
)
from facilitator.domain.zone import later
from facilitator.records import record
from facilitator.store import Store, StoreError
from facilitator.store.oplog import session_prints

COLUMNS: tuple[Column, ...] = (Column.BARRIER, Column.OPPORTUNITY, Column.ACTION)


class Outcome(StrEnum):
    """What became of an agenda item."""

    COVERED = "covered"
    CURRENT = "current"  # being discussed (the session is still open)
    DEFERRED = "deferred"
    NOT_REACHED = "not_reached"


@record
class SessionRecord:
    """One session as the minutes describe it.

    Items and participants include those removed from the plan (they may carry
    speeches or contributions); cards include those merged into others. Orders:
    items and participants by position, speeches by start, contributions by id,
    cards by column (barrier, opportunity, action), then board position.
    """

    session: Session
    items: list[AgendaItem]
    participants: list[Participant]
    speeches: list[Speech]
    contributions: list[Contribution]
    cards: list[Card]
    now: datetime
    # The session's stable unique id, by which import-db knows it in another database; only
    # the whole record (export --format json --full) carries it.
    uid: str = ""
    # The fingerprints of the session's logged operations (facilitator.store.oplog), for the
    # whole record too; None when not read (collect(..., log=False)).
    operations: tuple[str, ...] | None = None
    # Each time the session was reopened, as the change log has it (Store.reopenings).
    reopenings: tuple[Reopening, ...] = ()

    # -- look-ups --------------------------------------------------------------------
    @cached_property
    def _people(self) -> dict[int, Participant]:
        return {p.id: p for p in self.participants}

    @cached_property
    def _items(self) -> dict[int, AgendaItem]:
        return {i.id: i for i in self.items}

    @cached_property
    def _cards(self) -> dict[int, Card]:
        return {c.id: c for c in self.cards}

    def participant(self, participant_id: int | None) -> Participant | None:
        return self._people.get(participant_id) if participant_id is not None else None

    def item(self, item_id: int | None) -> AgendaItem | None:
        return self._items.get(item_id) if item_id is not None else None

    @cached_property
    def _contributions(self) -> dict[int, Contribution]:
        return {c.id: c for c in self.contributions}

    def contribution(self, contribution_id: int | None) -> Contribution | None:
        if contribution_id is None:
            return None
        return self._contributions.get(contribution_id)

    def card(self, card_id: int | None) -> Card | None:
        return self._cards.get(card_id) if card_id is not None else None

    @property
    def zone(self) -> tzinfo | None:
        """The session's own time zone; each time is shown at its own date's offset."""
        return self.session.zone

    # -- sectors ---------------------------------------------------------------------
    def sector_label(self, key: str, lang: str) -> str:
        for sector_key, nl, en in self.session.sectors:
            if sector_key == key:
                return nl if lang == "nl" else en
        return key

    @cached_property
    def sector_order(self) -> list[str]:
        """Sector keys: the session's sectors in order, then any others as they sit."""
        keys = [key for key, _nl, _en in self.session.sectors]
        for person in self.participants:
            if person.sector not in keys:
                keys.append(person.sector)
        return keys

    # -- who was there ---------------------------------------------------------------
    @cached_property
    def active_ids(self) -> set[int]:
        """Participants who spoke, contributed or raised a card."""
        ids = {s.participant_id for s in self.speeches}
        ids |= {c.participant_id for c in self.contributions if c.participant_id is not None}
        ids |= {c.participant_id for c in self.cards if c.participant_id is not None}
        return ids

    @cached_property
    def attended(self) -> list[Participant]:
        """Who took part: present and still on the list, or on record as active."""
        return [
            p for p in self.participants if (p.present and not p.removed) or p.id in self.active_ids
        ]

    @cached_property
    def attended_ids(self) -> set[int]:
        return {p.id for p in self.attended}

    @cached_property
    def absent(self) -> list[Participant]:
        """Who was invited but absent (and left nothing on record): not someone added in
        the room (a walk-in or stand-in who left without a word was never invited)."""
        return [
            p
            for p in self.participants
            if not p.present and not p.removed and not p.added and p.id not in self.active_ids
        ]

    @cached_property
    def stood_in_for(self) -> set[int]:
        """The invitees whose seat a stand-in took, who was at the table."""
        return {p.stands_in_for for p in self.attended if p.stands_in_for is not None}

    @cached_property
    def absent_seats(self) -> list[Participant]:
        """The invitees absent whose seat stayed empty: anonymous minutes, which name no
        stand-in, count an invitee stood in for as there (their organisation was)."""
        return [p for p in self.absent if p.id not in self.stood_in_for]

    # -- time --------------------------------------------------------------------------
    @property
    def closed(self) -> bool:
        return self.session.status == SessionStatus.CLOSED

    @cached_property
    def active_items(self) -> list[AgendaItem]:
        """The agenda: items still on it, and removed ones that took time or got notes."""
        noted = {c.item_id for c in self.contributions} | {s.item_id for s in self.speeches}
        return [i for i in self.items if not i.removed or i.elapsed(self.now) > 0 or i.id in noted]

    @cached_property
    def _active_numbers(self) -> dict[int, int]:
        return {item.id: n for n, item in enumerate(self.active_items, start=1)}

    def active_number(self, item: AgendaItem) -> int | None:
        """The item's number on the agenda of the minutes (1, 2, …); None if not on it."""
        return self._active_numbers.get(item.id)

    @cached_property
    def _at_item(self) -> dict[int | None, list[Contribution]]:
        at_item: dict[int | None, list[Contribution]] = {}
        for contribution in self.contributions:
            at_item.setdefault(contribution.item_id, []).append(contribution)
        return at_item

    def contributions_at(self, item_id: int | None) -> list[Contribution]:
        """The contributions recorded under one agenda item (None: under none), in order."""
        return list(self._at_item.get(item_id, []))

    def item_seconds(self, item: AgendaItem) -> float:
        """Seconds spent on the item (its timer)."""
        return item.elapsed(self.now)

    @staticmethod
    def left_file(found: AgendaItem | Participant) -> bool:
        """Whether an item or participant left the session file (imported again) and stays
        on record for what was recorded on it (an item dropped in the room is not)."""
        return found.removed and getattr(found, "live", "") != LiveChange.DROPPED

    def planned_seconds(self, item: AgendaItem) -> int | None:
        """The item's planned time; None for one that left the session file (no longer
        planned, it counts in no planned total)."""
        return None if self.left_file(item) else item.planned_seconds

    def outcome(self, item: AgendaItem) -> Outcome:
        if self.left_file(item):  # on the minutes' agenda only for the time or notes it got
            return Outcome.COVERED
        if item.status == ItemStatus.DEFERRED:
            return Outcome.DEFERRED
        if (
            not self.closed
            and item.id == self.session.current_item_id
            and item.status == ItemStatus.CURRENT
        ):
            return Outcome.CURRENT
        if discussed(item, self.now, self.noted_items):
            return Outcome.COVERED
        return Outcome.NOT_REACHED  # never entered, or only stepped through

    @cached_property
    def noted_items(self) -> set[int]:
        """The ids of the agenda items with a contribution recorded under them."""
        return {c.item_id for c in self.contributions if c.item_id is not None}

    @cached_property
    def actual_start(self) -> datetime | None:
        """When the meeting really started: the first item's first start (else its opening)."""
        starts = [i.first_started_at for i in self.items if i.first_started_at is not None]
        if starts:
            return min(starts)
        return self.session.opened_at

    @cached_property
    def last_activity(self) -> datetime | None:
        moments: list[datetime] = []
        for speech in self.speeches:
            moments.append(speech.started_at)
            moments.append(speech.ended_at or self.now)
        moments += [c.created_at for c in self.contributions]
        moments += [c.created_at for c in self.cards]
        for item in self.items:
            if item.running:
                moments.append(self.now)
            elif item.first_started_at is not None:
                moments.append(item.first_started_at)
        return max(moments) if moments else None

    @cached_property
    def reopened_after(self) -> Reopening | None:
        """The first reopening on a later day than the meeting (:func:`lifecycle.
        reopened_after`): what came after it was done after the fact, and the meeting
        itself ended at the close it undid. None if there was none."""
        return lifecycle.reopened_after(self.reopenings, self.zone)

    @cached_property
    def actual_end(self) -> datetime | None:
        """The closing time; for an open session the last activity so far. Reopened on a
        later day, the close on the meeting's own day (:attr:`reopened_after`)."""
        if self.actual_start is None:
            return None
        if self.reopened_after is not None:
            return max(self.reopened_after.closed_at, self.actual_start)
        if self.closed and self.session.closed_at is not None:
            return self.session.closed_at
        last = self.last_activity
        return max(last, self.actual_start) if last is not None else self.actual_start

    @property
    def ran(self) -> bool:
        return self.actual_start is not None

    @property
    def planned_end(self) -> datetime:
        if self.session.ends_at is not None:
            return self.session.ends_at
        planned = sum(i.planned_seconds for i in self.items if not i.removed)
        return later(self.session.starts_at, planned)

    # -- speaking time ----------------------------------------------------------------
    @cached_property
    def by_participant(self) -> dict[int, stats.Tally]:
        return stats.by_participant(self.speeches, self.now)

    @cached_property
    def by_sector(self) -> dict[str, stats.Tally]:
        tallies = stats.by_sector(self.speeches, self.participants, self.now)
        order = {key: n for n, key in enumerate(self.sector_order)}
        return dict(sorted(tallies.items(), key=lambda kv: order.get(kv[0], len(order))))

    # -- the board ---------------------------------------------------------------------
    def resolve(self, card_id: int) -> int:
        """The card that absorbed ``card_id`` (itself if never merged)."""
        seen = {card_id}
        card = self.card(card_id)
        while card is not None and card.merged_into is not None and card.merged_into not in seen:
            card_id = card.merged_into
            seen.add(card_id)
            card = self.card(card_id)
        return card_id

    @cached_property
    def _kept(self) -> dict[Column, list[Card]]:
        kept: dict[Column, list[Card]] = {column: [] for column in Column}
        for card in self.cards:
            if card.merged_into is None:
                kept.setdefault(card.column, []).append(card)
        return kept

    def kept(self, column: Column) -> list[Card]:
        """The column's cards not merged away, in board order."""
        return list(self._kept.get(column, []))

    @cached_property
    def numbers(self) -> dict[int, int]:
        """Each card's number in its column (the one it keeps); merged cards get their keeper's."""
        numbers: dict[int, int] = {}
        for column in COLUMNS:
            for n, card in enumerate(self._kept.get(column, []), start=1):
                numbers[card.id] = card.number or n
        for card in self.cards:
            if card.merged_into is not None:
                keeper = self.resolve(card.id)
                if keeper in numbers:
                    numbers[card.id] = numbers[keeper]
        return numbers

    # Built once, so that every exporter stays linear in the size of the session.
    @cached_property
    def _board_index(self) -> dict[int, int]:
        return {card.id: n for n, card in enumerate(self.cards)}

    @cached_property
    def _absorbed(self) -> dict[int, list[Card]]:
        """Keeper id -> the cards merged (directly or in turn) into it, in board order."""
        absorbed: dict[int, list[Card]] = {}
        for card in self.cards:
            keeper = self.resolve(card.id)
            if keeper != card.id:
                absorbed.setdefault(keeper, []).append(card)
        return absorbed

    @cached_property
    def _on_card(self) -> dict[int, list[tuple[int, Contribution]]]:
        """Card id -> the contributions on it, with their place in :attr:`contributions`."""
        on_card: dict[int, list[tuple[int, Contribution]]] = {}
        for n, contribution in enumerate(self.contributions):
            if contribution.card_id is not None:
                on_card.setdefault(contribution.card_id, []).append((n, contribution))
        return on_card

    def merged_from(self, card: Card) -> list[Card]:
        """The cards merged (directly or in turn) into ``card``, in board order."""
        return [c for c in self._absorbed.get(card.id, []) if c.id != card.id]

    def provenance(self, card: Card) -> list[Contribution]:
        """The contributions behind ``card``: those on it or on the cards merged into it."""
        ids = {card.id} | {c.id for c in self.merged_from(card)}
        found = [pair for i in ids for pair in self._on_card.get(i, [])]
        found.sort(key=lambda pair: pair[0])
        return [c for _n, c in found]

    def raised_by(self, card: Card) -> list[Participant]:
        """Who raised the card (or a card merged into it, or a contribution behind it)."""
        ids: list[int] = []
        for pid in [
            card.participant_id,
            *(c.participant_id for c in self.merged_from(card)),
            *(c.participant_id for c in self.provenance(card)),
        ]:
            if pid is not None and pid not in ids:
                ids.append(pid)
        people = [self._people[i] for i in ids if i in self._people]
        return sorted(people, key=lambda p: (p.position, p.id))

    def addressed(self, action: Card) -> list[Card]:
        """The kept barriers and opportunities an action links to, in board order."""
        ids = {self.resolve(i) for i in action.links}
        found = [
            c
            for c in (self._cards.get(i) for i in ids)
            if c is not None and c.merged_into is None and c.column in board.LINKABLE
        ]
        return sorted(found, key=lambda c: self._board_index[c.id])

    @cached_property
    def _tackled(self) -> dict[int, list[Card]]:
        tackled: dict[int, list[Card]] = {}
        for action in self._kept.get(Column.ACTION, []):
            for target in self.addressed(action):
                tackled.setdefault(target.id, []).append(action)
        return tackled

    def tackled_by(self, card: Card) -> list[Card]:
        """The actions (not merged away) that address a barrier or opportunity, in board order."""
        return list(self._tackled.get(card.id, []))

    @cached_property
    def unaddressed_ids(self) -> set[int]:
        """Barriers no action addresses."""
        return {c.id for c in board.unaddressed_barriers(self.cards)}

    @cached_property
    def ownerless_ids(self) -> set[int]:
        """Actions nobody has taken the lead on."""
        return {c.id for c in board.ownerless_actions(self.cards)}

    @property
    def today(self) -> date:
        """The day due dates are judged by: that of closing, or of ``now`` while still open;
        reopened on a later day, that of the meeting (:func:`lifecycle.meeting_day`)."""
        return lifecycle.meeting_day(self.session, self.reopenings, self.now)

    @cached_property
    def open_points(self) -> list[Gap]:
        """What is still open (:func:`facilitator.domain.gaps.gaps`): the check before
        closing lists the same."""
        return gaps(
            self.items,
            self.cards,
            self.contributions,
            self.today,
            now=self.now,
            noted=self.noted_items,
        )

    @cached_property
    def open_reasons(self) -> dict[int, tuple[GapKind, ...]]:
        """Card id -> why the card is an open point."""
        return {g.card_id: g.kinds for g in self.open_points if g.card_id is not None}

    def card_for(self, contribution: Contribution) -> Card | None:
        """The kept card a contribution ended up on, if any."""
        if contribution.card_id is None:
            return None
        return self.card(self.resolve(contribution.card_id))


def collect(
    store: Store, session_id: int, now: datetime | None = None, *, log: bool = False
) -> SessionRecord:
    """Read everything about one session; raises ``StoreError("no_session")`` if missing.
    ``log``: also the fingerprints of its change log, which only the whole record carries."""
    session = store.session(session_id)
    if session is None:
        raise StoreError("no_session", name=session_id, path=store.path)
    column_order = {column: n for n, column in enumerate(COLUMNS)}
    cards = sorted(
        store.cards(session_id, include_merged=True),
        key=lambda c: (column_order.get(c.column, len(column_order)), c.position, c.id),
    )
    return SessionRecord(
        session=session,
        items=sorted(
            store.items(session_id, include_removed=True), key=lambda i: (i.position, i.id)
        ),
        participants=sorted(
            store.participants(session_id, include_removed=True),
            key=lambda p: (p.position, p.id),
        ),
        speeches=sorted(store.speeches(session_id), key=lambda s: (s.started_at, s.id)),
        contributions=sorted(store.contributions(session_id), key=lambda c: c.id),
        cards=cards,
        now=now if now is not None else store.clock.now(),
        uid=store.session_uid(session_id),
        operations=tuple(session_prints(store, session_id)) if log else None,
        reopenings=tuple(store.reopenings(session_id)),
    )
