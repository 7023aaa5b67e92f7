"""Loading a session plan into the store.

Importing the same slug again updates the plan (title, agenda, participants, the
words of its ``[thesaurus]``…) but never deletes what was recorded: a participant
or agenda item that left the plan but has speeches, contributions or cards is
kept, marked removed (the minutes show it as no longer in the session file). A
participant who leaves the plan leaves the table: out of the queue, off the floor,
no longer present. An item that leaves the plan while it is the current one is
left: its timer stopped, and no item current until the chair picks the next. Of a
closed session only the session's own fields change
(title, words…): its participants, agenda, board and anonymity are the record of
the meeting. The session's tags become the file's, and those the room added (or a
contribution or card carries) stay. An import that changes anything is one operation
in the session's change log, which its history shows and ``import-db`` goes by.

A session that has started (or is closed) is refused an import from another session file
than the one it was last imported from, and an import that would move it to another
region or another day: a file that happens to give the same slug (a copy for another
region, a file of the same name in another folder) would else rewrite the meeting held.
``replacing`` takes the file as the session's all the same (``import --replace``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from facilitator.domain import agenda, queue
from facilitator.domain.copies import links_here
from facilitator.domain.copies import origin as copy_origin
from facilitator.domain.model import (
    AgendaItem,
    Card,
    Column,
    Participant,
    Session,
    SessionStatus,
    join_thesauri,
)
from facilitator.domain.plan import SessionPlan
from facilitator.records import record
from facilitator.store.copies import action_copies, addressed_anywhere
from facilitator.store.errors import ImportRefused
from facilitator.store.store import Store, Tx

IMPORT = "import"
"""The label of the operation that imports a plan (named in words by the service's
``Change.IMPORT``)."""


@record
class ImportResult:
    """What an import did."""

    session: Session
    created: bool
    added: int
    updated: int
    removed: int
    kept: int  # left the plan but kept because something was recorded on them
    closed: bool = False  # a closed session: participants, agenda and board left as recorded
    # the session's own fields the import changed ("title", "location"…), in file order
    fields: tuple[str, ...] = ()
    changed: bool = True  # False: the session was as the file has it already, nothing written
    # by name, in file order: the agenda items' titles and the participants' names the
    # import added, removed or kept (left the file, something recorded on them)
    items_added: tuple[str, ...] = ()
    items_removed: tuple[str, ...] = ()
    items_kept: tuple[str, ...] = ()
    people_added: tuple[str, ...] = ()
    people_removed: tuple[str, ...] = ()
    people_kept: tuple[str, ...] = ()
    # an item kept that left the file while a new one came at its place (a title changed
    # without a ``key``): its title and key, and the new item's title
    split: tuple[tuple[str, str, str], ...] = ()


def _full_path(file: str | Path) -> str:
    return str(Path(file).expanduser().resolve())


def _refusal(
    store: Store, existing: Session, plan: SessionPlan, source: str | Path, changed: tuple[str, ...]
) -> ImportRefused | None:
    """Why the file ``source`` may not be imported into ``existing``, if it may not: the
    session has started or is closed, and the file is not the one it came from, or would
    change its region or day."""
    if existing.opened_at is None and existing.status == SessionStatus.PLANNED:
        return None  # only a plan yet: any file may change it
    kept = store.session_file(existing.id)
    if kept is not None and kept != _full_path(source):
        return ImportRefused(existing, str(source), kept, changed)
    zone = existing.zone
    day = plan.starts_at.astimezone(zone).date() if zone else plan.starts_at.date()
    if plan.region != existing.region or day != existing.starts_at.date():
        return ImportRefused(existing, str(source), None, changed)
    return None


def _session_fields(plan: SessionPlan) -> dict[str, object]:
    return {
        "slug": plan.slug,
        "title": plan.title,
        "region": plan.region,
        "starts_at": plan.starts_at,
        "ends_at": plan.ends_at,
        "location": plan.location,
        "language": plan.language,
        "chatham_house": plan.chatham_house,
        "anonymous_leads": plan.anonymous_leads,
        "facilitator": plan.facilitator,
        "note_taker": plan.note_taker,
        "max_speech_seconds": (
            int(plan.max_speech_minutes * 60) if plan.max_speech_minutes else None
        ),
        "sectors": [(s.key, s.nl, s.en) for s in plan.sectors],
        "tags": list(plan.tags),
        "timezone": plan.timezone,
        "organisations": list(plan.organisations),
        "thesaurus": join_thesauri(plan.thesaurus),
    }


def import_plan(
    store: Store,
    plan: SessionPlan,
    *,
    origin: str | None = None,
    source: str | Path | None = None,
    replacing: bool = False,
) -> ImportResult:
    """Create or update the session described by ``plan``; ``origin``: who imports it,
    kept with the operation in the change log (see :mod:`facilitator.service.origin`).
    ``source``: the session file read, kept with the session; a session that has started
    is refused (:class:`ImportRefused`) another file, or a move to another region or day,
    unless ``replacing``."""
    existing = store.session_by_slug(plan.slug)
    people: Done = {"added": [], "updated": [], "removed": [], "kept": []}
    items: Done = {"added": [], "updated": [], "removed": [], "kept": []}
    # The participants, agenda and board of a closed session are the record of a meeting
    # held (who sat at the table, silent or not; what was on): an import leaves them.
    closed = existing is not None and existing.status == SessionStatus.CLOSED
    # Logged under the session (a new one once it is made), as every change to it is: the
    # history shows it, and merging another database sees a plan changed there.
    with store.change(
        existing.id if existing else None, IMPORT, undoable=False, origin=origin
    ) as tx:
        fields = _session_fields(plan)
        if existing is not None:
            fields["tags"] = _tags(store, existing, plan)
        if closed:
            assert existing is not None
            # ...and so is the anonymity the table was promised: a file edited after the
            # meeting does not name those who spoke under the Chatham House rule.
            fields["chatham_house"] = existing.chatham_house
            fields["anonymous_leads"] = existing.anonymous_leads
        changed: tuple[str, ...] = ()
        refused: ImportRefused | None = None
        if existing is None:
            session = tx.insert(Session(id=0, **fields))  # type: ignore[arg-type]
            tx.belongs_to(session.id)
        else:
            session = replace(existing, **fields)  # type: ignore[arg-type]
            changed = tuple(k for k in fields if getattr(session, k) != getattr(existing, k))
            if source is not None and not replacing:
                refused = _refusal(store, existing, plan, source, changed)
            tx.update(session)
        if not closed:
            _sync_participants(store, tx, session.id, plan, people)
            left = _sync_agenda(store, tx, session.id, plan, items)
            if session.current_item_id in left:
                tx.update(replace(session, current_item_id=None))
            _seed_board(store, tx, session.id, plan)
        written = tx.count > 0  # none: the operation leaves no trace
        # Another file that would change nothing at all (a copy in another folder) is up
        # to date, not refused; one that would change anything takes nothing back.
        if refused is not None and written:
            raise refused
    final = store.session_by_slug(plan.slug)
    assert final is not None
    # a file refused but changing nothing leaves the session's own file kept with it
    if (
        refused is None
        and source is not None
        and store.session_file(final.id) != _full_path(source)
    ):
        store.keep_session_file(final.id, _full_path(source))
    counts = {key: len(people[key]) + len(items[key]) for key in people}
    return ImportResult(
        final,
        existing is None,
        **counts,
        closed=closed,
        fields=changed,
        changed=written,
        items_added=_names(items["added"]),
        items_removed=_names(items["removed"]),
        items_kept=_names(items["kept"]),
        people_added=_names(people["added"]),
        people_removed=_names(people["removed"]),
        people_kept=_names(people["kept"]),
        split=_split(items),
    )


def _names(records: list[Synced]) -> tuple[str, ...]:
    return tuple(r.title if isinstance(r, AgendaItem) else r.name for r in records)


def _split(items: Done) -> tuple[tuple[str, str, str], ...]:
    """The items kept that left the file while a new item came at their place: one item
    whose title was changed without a ``key``, split in two (old title, old key, new
    title)."""
    added = {item.position: item for item in items["added"] if isinstance(item, AgendaItem)}
    return tuple(
        (kept.title, kept.key, added[kept.position].title)
        for kept in items["kept"]
        if isinstance(kept, AgendaItem) and kept.position in added
    )


def _tags(store: Store, session: Session, plan: SessionPlan) -> list[str]:
    """The session's tags after the import: the file's, then those it has that the file does
    not name but the room added (a capture or a card with a new ``#tag``: the change log
    says so) or something said or on the board carries. The import sets the file's own
    tags, never the meeting's."""
    wanted = list(plan.tags)
    extra = [tag for tag in session.tags if tag not in wanted]
    if not extra:
        return wanted
    kept = _tags_added_in_the_room(store, session.id) | _tags_carried(store, session.id)
    return [*wanted, *(tag for tag in extra if tag in kept)]


def _tag_list(value: object) -> list[str]:
    """Tags as the change log keeps them: a JSON list, as text."""
    if isinstance(value, str):
        value = json.loads(value)
    return [str(tag) for tag in value] if isinstance(value, list) else []


def _tags_added_in_the_room(store: Store, session_id: int) -> set[str]:
    """Tags an operation of the session other than an import added to its list."""
    rows = store.conn.execute(
        "SELECT c.before, c.after FROM changes c JOIN ops o ON o.id = c.op_id "
        "WHERE o.session_id = ? AND o.label != ? AND c.tbl = 'sessions' AND c.row_id = ?",
        (session_id, IMPORT, session_id),
    ).fetchall()
    added: set[str] = set()
    for before, after in rows:
        was, now = (json.loads(side) if side else {} for side in (before, after))
        if "tags" in now:
            added |= set(_tag_list(now["tags"])) - set(_tag_list(was.get("tags")))
    return added


def _tags_carried(store: Store, session_id: int) -> set[str]:
    """Tags a contribution or a card of the session carries."""
    found: set[str] = set()
    for table in ("contributions", "cards"):
        rows = store.conn.execute(f"SELECT tags FROM {table} WHERE session_id = ?", (session_id,))
        for (tags,) in rows:
            found |= set(_tag_list(tags))
    return found


def _used(store: Store, column: str, value: int) -> bool:
    checks = {
        "participant_id": ("speeches", "contributions", "cards"),
        "item_id": ("speeches", "contributions", "cards"),
    }[column]
    for table in checks:
        row = store.conn.execute(
            f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", (value,)
        ).fetchone()
        if row:
            return True
    return False


Synced = AgendaItem | Participant
Done = dict[str, list[Synced]]
"""What an import did to the agenda or the participants: ``added``, ``updated``,
``removed`` and ``kept`` (left the plan, something recorded on them)."""


def _sync(
    tx: Tx,
    current: dict[str, Synced],
    wanted: list[tuple[str, dict[str, object]]],
    new: Callable[[str, dict[str, object]], Synced],
    used: Callable[[Synced], bool],
    done: Done,
    leave: Callable[[Synced], Synced] = lambda gone: gone,
    back: Callable[[Synced], dict[str, object]] = lambda found: {},
) -> list[int]:
    """Insert, update or remove records so the session follows the plan; the ids of
    those that left it.

    Records that leave the plan are first ``leave``-n (what they take with them, the
    record as it stays), then deleted, unless something was recorded on them: then
    they are kept, marked removed. A removed record the plan names again comes back,
    with the values of ``back``.
    """
    for key, values in wanted:
        found = current.pop(key, None)
        if found is None:
            done["added"].append(tx.insert(new(key, values)))
            continue
        if found.removed:
            values = {**values, **back(found)}
        if replace(found, **values) != found:  # type: ignore[arg-type]
            tx.update(replace(found, **values))  # type: ignore[arg-type]
            done["updated"].append(found)
    left = []
    for gone in current.values():
        if gone.removed:
            continue
        left.append(gone.id)
        kept = leave(gone)
        if used(gone):
            tx.update(replace(kept, removed=True))
            done["kept"].append(gone)
        else:
            tx.delete(gone)
            done["removed"].append(gone)
    return left


def _sync_participants(
    store: Store, tx: Tx, session_id: int, plan: SessionPlan, done: Done
) -> None:
    wanted = [
        (
            p.key,
            {
                "position": position,
                "name": p.name,
                "organisation": p.organisation,
                "sector": p.sector,
                "role": p.role,
                "removed": False,
            },
        )
        for position, p in enumerate(plan.participants, start=1)
    ]
    now = store.clock.now()

    def leave(gone: Synced) -> Synced:
        """Whoever leaves the plan leaves the table: out of the queue, off the floor."""
        assert isinstance(gone, Participant)
        for entry in store.queue(session_id):
            if entry.participant_id == gone.id:
                tx.delete(entry)
        speech = store.current_speech(session_id)
        if speech is not None and speech.participant_id == gone.id:
            ended = queue.end_speech(speech, now)
            if ended is not None:
                tx.update(ended)
        return replace(gone, present=False)

    _sync(
        tx,
        {p.key: p for p in store.participants(session_id, include_removed=True) if not p.added},
        wanted,
        lambda key, values: Participant(id=0, session_id=session_id, key=key, **values),  # type: ignore[arg-type]
        lambda gone: _used(store, "participant_id", gone.id),
        done,
        leave,
        lambda found: {"present": True},  # back in the file: back at the table
    )


def _sync_agenda(store: Store, tx: Tx, session_id: int, plan: SessionPlan, done: Done) -> list[int]:
    """The agenda as the plan has it; the ids of the items that left it."""
    wanted = [
        (
            item.key,
            {
                "position": position,
                "title": item.title,
                "planned_seconds": item.minutes * 60,
                "question": item.question,
                "removed": False,
            },
        )
        for position, item in enumerate(plan.agenda, start=1)
    ]

    def used(gone: Synced) -> bool:
        assert isinstance(gone, AgendaItem)
        return gone.elapsed_seconds > 0 or gone.running or _used(store, "item_id", gone.id)

    current: dict[str, Synced] = {i.key: i for i in store.items(session_id, include_removed=True)}
    live = {key for key, item in current.items() if isinstance(item, AgendaItem) and item.live}
    if live:
        # The agenda was changed in the room: what changed there, and the order, stay.
        top = max(item.position for item in current.values())
        wanted = [
            (key, {k: v for k, v in values.items() if k != "position"})
            if key in current
            else (key, {**values, "position": top + n})
            for n, (key, values) in enumerate(wanted, start=1)
            if key not in live
        ]
        current = {key: item for key, item in current.items() if key not in live}
    now = store.clock.now()

    def leave(gone: Synced) -> Synced:
        """An item that leaves the plan stops its timer (no time counts on it any more)."""
        assert isinstance(gone, AgendaItem)
        return agenda.pause(gone, now)

    return _sync(
        tx,
        current,
        wanted,
        lambda key, values: AgendaItem(id=0, session_id=session_id, key=key, **values),  # type: ignore[arg-type]
        used,
        done,
        leave,
    )


def _seed_board(store: Store, tx: Tx, session_id: int, plan: SessionPlan) -> None:
    """Add the plan's ``[[board]]`` cards not on the board yet (a card is never removed).

    An action taken over here before addresses the new cards that are copies of those it
    addresses elsewhere (see :mod:`facilitator.domain.copies`)."""
    if not plan.board:
        return
    cards = store.cards(session_id, include_merged=True)
    here = {(c.column.value, c.title, c.from_session, c.from_number) for c in cards}
    items = {i.key: i.id for i in store.items(session_id)}
    positions = {
        column: max((c.position for c in cards if c.column == column), default=0.0)
        for column in Column
    }
    numbers = {
        column: max((c.number for c in cards if c.column == column), default=0) for column in Column
    }
    now = store.clock.now()
    seeded: list[Card] = []
    for seed in plan.board:
        key = (seed.column, seed.text, seed.session, seed.number)
        if key in here:
            continue
        here.add(key)
        column = Column(seed.column)
        positions[column] += 1.0
        numbers[column] += 1  # its own number here, kept (see Card.number)
        card = tx.insert(
            Card(
                id=0,
                session_id=session_id,
                column=column,
                title=seed.text,
                position=positions[column],
                created_at=now,
                number=numbers[column],
                item_id=items.get(seed.agenda),
                tags=list(seed.tags),
                from_session=seed.session,
                from_region=seed.region,
                from_number=seed.number,
            )
        )
        seeded.append(card)
    _link_carried(store, tx, (session_id, plan.slug), cards, seeded)


def _link_carried(
    store: Store, tx: Tx, session: tuple[int, str], cards: list[Card], seeded: list[Card]
) -> None:
    """Link the actions taken over before into ``session`` (its id and slug; ``cards``: its
    board) to the ``seeded`` cards that are copies of what each addresses elsewhere."""
    carried = [
        c for c in cards if c.column == Column.ACTION and c.carried and c.merged_into is None
    ]
    taken_over = [c for c in seeded if c.carried]
    if not taken_over or not carried:
        return
    session_id, slug = session
    keys = {c.id: copy_origin(c, slug, {}) for c in carried}
    copies = action_copies(
        store, {key for key in keys.values() if key is not None}, leave_out=session_id
    )
    for action in carried:
        key = keys[action.id]
        if key is None:
            continue
        targets = links_here(addressed_anywhere(copies.get(key, [])), slug, taken_over)
        new = [target for target in targets if target not in action.links]
        if new:
            tx.update(replace(action, links=[*action.links, *new]))
