"""What the projected wall shows: a pure picture of the room, read from the back.

The wall is read-only and public: it shows the agenda item and its guiding
question, the countdown, who has the floor and who comes next, and what the
board holds. It never shows the name of someone marked absent (nor the name of
a lead who is absent: their organisation stands instead).

Near the end (the last agenda item, a closed session, or the facilitator's
check before closing) it turns into the **commitment view**: every action with
who takes the lead and by when, and the barriers still without an action, so
the room confirms them aloud before anyone leaves. The actions still open come
first; those set done or dropped on the board follow, marked so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import field
from datetime import date, datetime

from facilitator.domain import agenda, board, queue, stats
from facilitator.domain.board_view import build_view
from facilitator.domain.model import (
    ActionStatus,
    AgendaItem,
    Card,
    Column,
    ItemStatus,
    Owner,
    Participant,
    QueueEntry,
    Session,
    SessionStatus,
    Speech,
)
from facilitator.domain.numbering import number_of
from facilitator.records import record

NEXT_IN_QUEUE = 3
LATEST_PER_COLUMN = 25
"""More than the highest wall shows of a column: the wall shows as many as fit."""


@record
class Person:
    """Someone the wall may name: present, so the room can see them."""

    name: str
    organisation: str


@record
class Floor:
    """Who speaks, for how long (seconds) so far, and the session's limit of a speech
    (seconds; None: no limit)."""

    person: Person
    seconds: float
    limit: float | None = None

    @property
    def over(self) -> bool:
        """Whether the speech went on past its limit."""
        return self.limit is not None and self.seconds > self.limit


@record
class Commitment:
    """An action as the room confirms it: number, what, who leads, by when, and whether it
    is still open (done or dropped on the board: settled, nothing to confirm)."""

    label: str
    title: str
    leads: tuple[str, ...]
    due: date | None
    overdue: bool
    status: ActionStatus = ActionStatus.OPEN


@record
class Loose:
    """A barrier no action addresses yet (or an action nobody leads)."""

    label: str
    title: str


@record
class WallView:
    """Everything the wall draws at one moment."""

    title: str
    item_number: int | None
    item_title: str
    question: str
    remaining_seconds: float | None
    # "ok" | "warning" | "overrun" | "idle" | "paused" | "closed"; "none": the session
    # runs with no item current (it left the session file), none shown as if it were
    status: str
    floor: Floor | None
    next_up: tuple[Person, ...]
    waiting: int
    totals: dict[Column, int] = field(default_factory=dict)
    latest: dict[Column, tuple[str, ...]] = field(default_factory=dict)
    commitments: tuple[Commitment, ...] = ()
    unaddressed: tuple[Loose, ...] = ()
    ownerless: tuple[Loose, ...] = ()
    commitment_view: bool = False


def _person(participant: Participant | None) -> Person | None:
    if participant is None or not participant.present or participant.removed:
        return None
    return Person(participant.name, participant.organisation)


def _leads(owners: Iterable[Owner], people: dict[int, Participant]) -> tuple[str, ...]:
    """``UWV (Els Bos)``, ``Gemeente Enschede``: an absent lead's name is left out."""
    shown: list[str] = []
    for owner in owners:
        person = people.get(owner.participant_id) if owner.participant_id is not None else None
        name = person.name if person is not None and person.present else ""
        org = owner.organisation or (person.organisation if person is not None else "")
        if org and name:
            shown.append(f"{org} ({name})")
        elif org or name:
            shown.append(org or name)
    return tuple(dict.fromkeys(shown))


def is_last_item(items: Sequence[AgendaItem], current_item_id: int | None) -> bool:
    """Whether the current item is the last one on the agenda still to be done."""
    active = [i for i in agenda.active_items(items) if i.status != ItemStatus.DEFERRED]
    if not active or current_item_id is None:
        return False
    return active[-1].id == current_item_id


def build_wall(
    session: Session,
    items: Sequence[AgendaItem],
    participants: Sequence[Participant],
    entries: Sequence[QueueEntry],
    speeches: Sequence[Speech],
    cards: Sequence[Card],
    now: datetime,
    lang: str,
    *,
    today: date | None = None,
    checking: bool = False,
) -> WallView:
    """The wall at ``now``; ``checking``: the facilitator has the check before closing open."""
    people = {p.id: p for p in participants}
    item = agenda.timer_item(items, session.current_item_id)
    closed = session.status == SessionStatus.CLOSED
    running = session.status == SessionStatus.RUNNING
    spoken = (s.item_id for s in speeches)
    if item is not None and agenda.none_current(running, items, session.current_item_id, spoken):
        item, remaining, status = None, None, "none"  # the current item left the file
    elif item is None:
        remaining, status = None, "closed" if closed else "idle"
    else:
        remaining = item.remaining(now)
        if closed:
            status = "closed"
        elif session.current_item_id is None:
            status = "idle"
        elif not item.running:
            status = "paused"
        else:
            status = agenda.status_of(item, now)
    speech = next((s for s in reversed(speeches) if s.ended_at is None), None)
    floor = None
    if speech is not None:
        speaker = _person(people.get(speech.participant_id))
        if speaker is not None:
            limit = session.max_speech_seconds or None
            floor = Floor(speaker, stats.turn_seconds(speeches, speech, now), limit)
    waiting = [
        person
        for entry in queue.ordered(entries)
        if (person := _person(people.get(entry.participant_id))) is not None
    ]
    view = build_view(cards, items, lang)
    latest = {
        column: tuple(
            c.title
            for c in sorted(view.columns.get(column, []), key=lambda c: (c.created_at, c.id))[
                -LATEST_PER_COLUMN:
            ][::-1]
        )
        for column in Column
    }
    day = today or now.date()
    actions = view.columns.get(Column.ACTION, [])
    commitments = tuple(
        Commitment(
            view.labels[c.id],
            c.title,
            _leads(c.owners, people),
            c.due,
            board.past_due(c, day),  # a done or dropped action is late no more
            c.status,
        )
        # the open ones first, then those settled; each in board order
        for c in sorted(actions, key=lambda c: c.status != ActionStatus.OPEN)
    )
    barriers = view.columns.get(Column.BARRIER, [])
    unaddressed = tuple(
        Loose(view.labels[c.id], c.title) for c in barriers if c.id in view.unaddressed
    )
    ownerless = tuple(Loose(view.labels[c.id], c.title) for c in actions if c.id in view.ownerless)
    return WallView(
        title=session.title,
        item_number=number_of(items, item.id) if item is not None else None,
        item_title=item.title if item is not None else "",
        question=item.question if item is not None else "",
        remaining_seconds=remaining,
        status=status,
        floor=floor,
        next_up=tuple(waiting[:NEXT_IN_QUEUE]),
        waiting=len(waiting),
        totals=dict(view.totals),
        latest=latest,
        commitments=commitments,
        unaddressed=unaddressed,
        ownerless=ownerless,
        commitment_view=checking or closed or is_last_item(items, session.current_item_id),
    )
