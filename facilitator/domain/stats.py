"""Speaking time per person and per sector, and who should speak next.

So that no group dominates the table: turns and seconds are summed from the
speeches' stored timestamps (an ongoing speech counts up to ``now``), per
participant or per sector, for one agenda item or the whole session.

A turn the agenda moved on during is stored in parts, one per item
(:func:`facilitator.domain.queue.carry_over`): each part's seconds count under its
own item, and the parts together are one turn (:func:`turns`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import cached_property
from typing import Generic, TypeVar

from facilitator.domain.model import Participant, Priority, QueueEntry, Speech
from facilitator.domain.queue import ordered, waited
from facilitator.records import record

K = TypeVar("K")
G = TypeVar("G")

FIRST_ON_ITEM = "first_on_item"
LEAST_HEARD_SECTOR = "least_heard_sector"
LONGEST_WAIT = "longest_wait"


@record
class Tally:
    """How often and how long someone (or a sector) spoke."""

    turns: int = 0
    seconds: float = 0.0

    def add(self, speech: Speech, now: datetime, *, turn: bool = True) -> Tally:
        """This tally with one more speech counted (``turn``: as a turn of its own, else
        as a further part of the turn counted before)."""
        return Tally(self.turns + int(turn), self.seconds + speech.duration(now))


def _on_item(speeches: Iterable[Speech], item_id: int | None) -> list[Speech]:
    """The speeches on ``item_id``; all of them if it is None."""
    return [s for s in speeches if item_id is None or s.item_id == item_id]


def continues(before: Speech | None, speech: Speech) -> bool:
    """Whether ``speech`` goes on with the turn of ``before``, the same participant's
    speech before it: the part of a turn after the agenda moved on
    (:func:`facilitator.domain.queue.carry_over`) starts the very moment the part before
    ended, on another item. A new turn given on the same item is a turn of its own."""
    return (
        before is not None
        and before.participant_id == speech.participant_id
        and before.ended_at == speech.started_at
        and before.item_id != speech.item_id
    )


def turns(speeches: Iterable[Speech]) -> list[tuple[Speech, bool]]:
    """Each speech, in the order given, with whether it begins a turn (see
    :func:`continues`)."""
    speeches = list(speeches)
    last: dict[int, Speech] = {}
    begins = [True] * len(speeches)
    for n in sorted(range(len(speeches)), key=lambda n: (speeches[n].started_at, speeches[n].id)):
        speech = speeches[n]
        begins[n] = not continues(last.get(speech.participant_id), speech)
        last[speech.participant_id] = speech
    return list(zip(speeches, begins, strict=True))


def turn_began(speeches: Iterable[Speech], speech: Speech) -> datetime:
    """When the speaker of ``speech`` got the floor for the turn it is part of: its own
    start, or that of the first part of the turn (one part per agenda item it ran across)."""
    before = {(s.participant_id, s.ended_at): s for s in speeches if s.ended_at is not None}
    part = speech
    while (earlier := before.pop((part.participant_id, part.started_at), None)) is not None:
        if not continues(earlier, part):
            break
        part = earlier
    return part.started_at


def turn_seconds(speeches: Iterable[Speech], speech: Speech, now: datetime) -> float:
    """How long the turn ``speech`` is part of has lasted (to ``now`` while it goes on)."""
    end = speech.ended_at or now
    return max(0.0, (end - turn_began(speeches, speech)).total_seconds())


def by_participant(
    speeches: Iterable[Speech], now: datetime, item_id: int | None = None
) -> dict[int, Tally]:
    """Turns and seconds per participant id (only those who spoke).

    On one agenda item if ``item_id`` is given (the seconds said on it; a turn counts
    where it began), else over the whole session.
    """
    tallies: dict[int, Tally] = {}
    for speech, begins in turns(speeches):
        if item_id is None or speech.item_id == item_id:
            tally = tallies.get(speech.participant_id, Tally())
            tallies[speech.participant_id] = tally.add(speech, now, turn=begins)
    return tallies


def by_sector(
    speeches: Iterable[Speech],
    participants: Iterable[Participant],
    now: datetime,
    item_id: int | None = None,
) -> dict[str, Tally]:
    """Turns and seconds per sector key.

    Every sector of the participants present is a key (zero if silent), in the
    order the participants sit; a sector whose only speakers have since left
    still counts what they said. Speeches by unknown participants are ignored.
    """
    people = sorted(participants, key=lambda p: (p.position, p.id))
    sector_of = {p.id: p.sector for p in people}
    tallies: dict[str, Tally] = {p.sector: Tally() for p in people if p.present and not p.removed}
    for speech, begins in turns(speeches):
        if item_id is not None and speech.item_id != item_id:
            continue
        sector = sector_of.get(speech.participant_id)
        if sector is not None:
            tallies[sector] = tallies.get(sector, Tally()).add(speech, now, turn=begins)
    return tallies


def shares(tallies: Mapping[K, Tally]) -> dict[K, float]:
    """Each key's fraction of the speaking seconds (summing to 1; all 0 if silent)."""
    total = sum(t.seconds for t in tallies.values())
    if total <= 0:
        return dict.fromkeys(tallies, 0.0)
    return {key: t.seconds / total for key, t in tallies.items()}


def apportion(values: Mapping[K, float], total: int) -> dict[K, int]:
    """``total`` in whole numbers over the keys, in proportion to ``values`` (not negative).

    Each key gets its value rounded down, and what is left of ``total`` goes one by one to
    the largest fractions (ties: the larger value, then the first key); a key of zero gets
    nothing. With ``total`` the values' sum rounded, each key is within one of its value and
    the whole numbers add up to ``total``, which numbers rounded each on its own do not.
    """
    floors = {key: int(max(0.0, value)) for key, value in values.items()}
    left = total - sum(floors.values())
    order = sorted(
        (key for key, value in values.items() if value > 0),
        key=lambda key: (-(max(0.0, values[key]) - floors[key]), -values[key]),
    )
    for key in order[: max(0, left)]:
        floors[key] += 1
    return floors


def apportion_within(
    values: Mapping[K, float], parent_of: Mapping[K, G], totals: Mapping[G, int]
) -> dict[K, int]:
    """Each parent's whole number in ``totals`` shared out over its keys by
    :func:`apportion`: the keys of one parent add up to it."""
    children: dict[G, dict[K, float]] = {}
    for key, value in values.items():
        children.setdefault(parent_of[key], {})[key] = value
    shared: dict[K, int] = {}
    for parent, of_parent in children.items():
        shared.update(apportion(of_parent, totals.get(parent, 0)))
    return {key: shared[key] for key in values}


@record
class WholeTimes(Generic[G]):
    """Speaking time as the minutes show it, in whole seconds and whole percents that add
    up: the participants of a group to the group, the groups of a sector to the sector, the
    sectors to ``seconds`` (the total) and to 100%. Each participant's seconds are theirs
    cut to the whole second, as a running clock shows them (the console's ``1:26`` for
    86.56 s); the rest are the sums of those. The percents are worked out from the
    unrounded times, each its own rounded down or up. Keys with no speaking time are left
    out."""

    seconds: int
    sectors: dict[str, tuple[int, int]]
    groups: dict[G, tuple[int, int]]
    people: dict[int, tuple[int, int]]


def whole_seconds(seconds: float) -> int:
    """Speaking time in whole seconds, as the console's clock shows it: cut to the second
    (never below 0). The minutes, their JSON and the synthesis all count it so."""
    return int(max(0.0, seconds))


def whole_times(
    tallies: Mapping[int, Tally], sector_of: Mapping[int, str], group_of: Mapping[int, G]
) -> WholeTimes[G]:
    """:class:`WholeTimes` of the participants' ``tallies`` (by participant id), with their
    sector and group (an organisation, say; a group lies in one sector). Rounded each on
    its own, the people of a sector could add up to a few seconds more or less than the
    sector, and the sectors than the total shown beside them; rounded to the nearest
    second, someone's time could read a second more than the console showed."""
    people = {pid: max(0.0, t.seconds) for pid, t in tallies.items() if pid in sector_of}
    groups: dict[G, float] = {}
    sector_of_group: dict[G, str] = {}
    for pid, seconds in people.items():
        group = group_of[pid]
        groups[group] = groups.get(group, 0.0) + seconds
        sector_of_group[group] = sector_of[pid]
    sectors: dict[str, float] = {}
    for group, seconds in groups.items():
        sector = sector_of_group[group]
        sectors[sector] = sectors.get(sector, 0.0) + seconds
    total = sum(sectors.values())

    def percents(values: Mapping[K, float]) -> dict[K, float]:
        return {key: value / total * 100 if total > 0 else 0.0 for key, value in values.items()}

    people_seconds = {pid: whole_seconds(seconds) for pid, seconds in people.items()}
    group_seconds = dict.fromkeys(groups, 0)
    for pid, seconds in people_seconds.items():
        group_seconds[group_of[pid]] += seconds
    sector_seconds = dict.fromkeys(sectors, 0)
    for group, seconds in group_seconds.items():
        sector_seconds[sector_of_group[group]] += seconds
    sector_percents = apportion(percents(sectors), 100 if total > 0 else 0)
    group_percents = apportion_within(percents(groups), sector_of_group, sector_percents)
    people_percents = apportion_within(percents(people), group_of, group_percents)
    return WholeTimes(
        seconds=sum(sector_seconds.values()),
        sectors={k: (sector_seconds[k], sector_percents[k]) for k in sectors},
        groups={k: (group_seconds[k], group_percents[k]) for k in groups},
        people={k: (people_seconds[k], people_percents[k]) for k in people},
    )


def _whole_percents(shares: Mapping[K, float]) -> dict[K, int]:
    """Fractions as whole percents that add up to 100 (:func:`apportion`); 0 if all are."""
    if not any(value > 0 for value in shares.values()):
        return dict.fromkeys(shares, 0)
    return apportion({key: value * 100 for key, value in shares.items()}, 100)


def equal_share(n_sectors: int) -> float:
    """The share each of ``n_sectors`` would have if all spoke equally long."""
    return 1.0 / n_sectors if n_sectors > 0 else 0.0


def not_yet_spoken(
    participants: Iterable[Participant], speeches: Iterable[Speech], item_id: int | None = None
) -> list[int]:
    """Ids of present participants who have not spoken (on ``item_id``, if given; else in
    the session: with no item current, the words that show them must say so).

    In the order they sit (``position``).
    """
    spoke = {s.participant_id for s in _on_item(speeches, item_id)}
    people = sorted(participants, key=lambda p: (p.position, p.id))
    return [p.id for p in people if p.present and not p.removed and p.id not in spoke]


@record
class Suggestion:
    """A queue entry proposed to speak next, and the criterion that ranked it.

    ``reason`` is ``"first_on_item"``, ``"least_heard_sector"`` or
    ``"longest_wait"``.
    """

    participant_id: int
    reason: str
    entry_id: int


def suggest_next(
    entries: Iterable[QueueEntry],
    participants: Iterable[Participant],
    speeches: Iterable[Speech],
    item_id: int | None,
    now: datetime,
) -> list[Suggestion]:
    """Rank the normal queue entries by who should speak next.

    First those who have not yet spoken on this item (with ``item_id`` None:
    in the session); then those whose sector has been heard least over the
    whole session (speaking seconds); then those who have waited longest; the
    queue order breaks any remaining tie. Each suggestion's ``reason`` is true
    against every entry ranked after it (for the first: the whole queue): the
    criterion that put it ahead of the next one, if it leads the rest on it too,
    else the one before it that it does lead on. Ahead of someone of the same
    sector by a longer wait, but behind another who waited longer still, the first
    is suggested because its sector was heard least, not for its wait. For the
    last one: ``"first_on_item"`` if it is a first-time speaker, else
    ``"longest_wait"``. Points of order are left out; nothing is reordered.
    """
    speeches = list(speeches)
    people = list(participants)
    sector_of = {p.id: p.sector for p in people}
    heard = by_sector(speeches, people, now)
    spoke_here = {s.participant_id for s in _on_item(speeches, item_id)}
    normal = [e for e in ordered(entries) if e.priority == Priority.NORMAL]

    def criteria(entry: QueueEntry) -> tuple[bool, float, float]:
        sector = sector_of.get(entry.participant_id)
        seconds = heard[sector].seconds if sector in heard else 0.0
        return (entry.participant_id in spoke_here, seconds, -waited(entry, now))

    keys = {e.id: criteria(e) for e in normal}
    # sorted() is stable, so equal criteria keep the queue order.
    ranked = sorted(normal, key=lambda e: keys[e.id])
    reasons = (FIRST_ON_ITEM, LEAST_HEARD_SECTOR, LONGEST_WAIT)
    suggestions = []
    for n, entry in enumerate(ranked):
        mine = keys[entry.id]
        reason = FIRST_ON_ITEM if not mine[0] else LONGEST_WAIT
        rest = [keys[e.id] for e in ranked[n + 1 :]]
        if rest:
            # The criterion that decides against the next one (the last if they tie),
            # or the nearest before it on which this entry leads all the rest. There is
            # one: new on the item, it leads on the first; if it spoke here, so did all
            # the rest (or they would rank ahead), and it leads on the sector's time.
            decides = next(
                (c for c, (a, b) in enumerate(zip(mine, rest[0], strict=True)) if a != b),
                len(reasons) - 1,
            )
            reason = next(
                reasons[c]
                for c in range(decides, -1, -1)
                if all(mine[c] <= theirs[c] for theirs in rest) and (c > 0 or not mine[0])
            )
        suggestions.append(Suggestion(entry.participant_id, reason, entry.id))
    return suggestions


FAIR = "fair"
LOW = "low"
SILENT = "silent"


def share_level(share: float, equal: float, spoken: bool) -> str:
    """How a sector's share compares with an equal share.

    ``"silent"`` if it has not spoken at all, ``"low"`` below half the equal
    share, else ``"fair"``.
    """
    if not spoken:
        return SILENT
    return LOW if share < equal / 2 else FAIR


@record
class SectorShares:
    """Each sector's share of the speaking time on the current item and in the session.

    ``order`` lists every sector once: those of the participants in the order
    they sit (the absent too, not the removed), then any others that spoke. ``item`` and
    ``session`` map a sector to its share (0 if silent; all 0 before anyone
    spoke); ``item_spoken`` and ``session_spoken`` are the sectors that spoke
    there; ``equal`` is the share each sector present (or heard) would have if
    all spoke equally long.
    """

    order: list[str]
    item: dict[str, float]
    session: dict[str, float]
    item_spoken: set[str]
    session_spoken: set[str]
    equal: float

    def percents(self, *, on_item: bool) -> dict[str, int]:
        """The shares on the item (``on_item``) or in the session as whole percents that add
        up to 100, as the minutes' do (:func:`apportion`); all 0 before anyone spoke."""
        return self._item_percents if on_item else self._session_percents

    @cached_property
    def _item_percents(self) -> dict[str, int]:
        return _whole_percents(self.item)

    @cached_property
    def _session_percents(self) -> dict[str, int]:
        return _whole_percents(self.session)

    def level(self, sector: str, *, on_item: bool) -> str:
        """:func:`share_level` of ``sector`` on the item (``on_item``) or in the session."""
        shares, spoken = (
            (self.item, self.item_spoken) if on_item else (self.session, self.session_spoken)
        )
        return share_level(shares.get(sector, 0.0), self.equal, sector in spoken)


def sector_shares(
    participants: Iterable[Participant],
    speeches: Iterable[Speech],
    item_id: int | None,
    now: datetime,
) -> SectorShares:
    """The shares per sector on agenda item ``item_id`` (none without one) and in the session."""
    people = sorted(participants, key=lambda p: (p.position, p.id))
    speeches = list(speeches)
    session = by_sector(speeches, people, now)
    seated = [p.sector for p in people if not p.removed]
    here = by_sector(speeches if item_id is not None else [], people, now, item_id)
    return SectorShares(
        order=list(dict.fromkeys(seated + list(session))),
        item=shares(here),
        session=shares(session),
        item_spoken={k for k, t in here.items() if t.seconds > 0},
        session_spoken={k for k, t in session.items() if t.seconds > 0},
        equal=equal_share(len(session)),
    )


SPEAKING = "speaking"
WAITING = "waiting"
NOT_HEARD = "not_heard"


def seat_marks(
    participants: Iterable[Participant],
    speeches: Iterable[Speech],
    queue: Iterable[QueueEntry],
    item_id: int | None,
) -> dict[int, str]:
    """What the table shows beside each participant, by participant id.

    ``"speaking"`` for whoever has the floor (the speech still going on),
    else ``"waiting"`` for those in the queue, else ``"not_heard"`` for those
    present who have not spoken on item ``item_id`` (without a current item: in the
    session, as :func:`not_yet_spoken`). Anyone else, and the removed, are left out.
    """
    speeches = list(speeches)
    ongoing = next((s for s in reversed(speeches) if s.ended_at is None), None)
    waiting = {e.participant_id for e in queue}
    heard = {s.participant_id for s in _on_item(speeches, item_id)}
    marks: dict[int, str] = {}
    for person in participants:
        if person.removed:
            continue
        if ongoing is not None and ongoing.participant_id == person.id:
            marks[person.id] = SPEAKING
        elif person.id in waiting:
            marks[person.id] = WAITING
        elif person.present and person.id not in heard:
            marks[person.id] = NOT_HEARD
    return marks
