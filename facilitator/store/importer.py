"""Loading a session plan into the store.

Importing the same slug again updates the plan (title, agenda, participants…)
but never deletes what was recorded: a participant or agenda item that left
the plan but has speeches, contributions or cards is kept, marked removed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from facilitator.domain.model import AgendaItem, Participant, Session
from facilitator.domain.plan import SessionPlan
from facilitator.store.store import Store, Tx


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    session: Session
    created: bool
    added: int
    updated: int
    removed: int
    kept: int  # left the plan but kept because something was recorded on them


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
        "facilitator": plan.facilitator,
        "note_taker": plan.note_taker,
        "max_speech_seconds": (
            int(plan.max_speech_minutes * 60) if plan.max_speech_minutes else None
        ),
        "sectors": [(s.key, s.nl, s.en) for s in plan.sectors],
        "tags": list(plan.tags),
    }


def import_plan(store: Store, plan: SessionPlan) -> ImportResult:
    """Create or update the session described by ``plan``."""
    existing = store.session_by_slug(plan.slug)
    counts = {"added": 0, "updated": 0, "removed": 0, "kept": 0}
    with store.change(None, f"import {plan.slug}", undoable=False) as tx:
        fields = _session_fields(plan)
        if existing is None:
            session = tx.insert(Session(id=0, **fields))  # type: ignore[arg-type]
        else:
            session = replace(existing, **fields)  # type: ignore[arg-type]
            tx.update(session)
        _sync_participants(store, tx, session.id, plan, counts)
        _sync_agenda(store, tx, session.id, plan, counts)
    final = store.session_by_slug(plan.slug)
    assert final is not None
    return ImportResult(final, existing is None, **counts)


def _used(store: Store, column: str, value: int) -> bool:
    checks = {
        "participant_id": ("speeches", "queue", "contributions", "cards"),
        "item_id": ("speeches", "contributions", "cards"),
    }[column]
    for table in checks:
        row = store.conn.execute(
            f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", (value,)
        ).fetchone()
        if row:
            return True
    return False


def _sync_participants(
    store: Store, tx: Tx, session_id: int, plan: SessionPlan, counts: dict[str, int]
) -> None:
    current = {p.key: p for p in store.participants(session_id, include_removed=True)}
    for position, wanted in enumerate(plan.participants, start=1):
        values = {
            "position": position,
            "name": wanted.name,
            "organisation": wanted.organisation,
            "sector": wanted.sector,
            "role": wanted.role,
            "removed": False,
        }
        found = current.pop(wanted.key, None)
        if found is None:
            tx.insert(Participant(id=0, session_id=session_id, key=wanted.key, **values))  # type: ignore[arg-type]
            counts["added"] += 1
        elif replace(found, **values) != found:  # type: ignore[arg-type]
            tx.update(replace(found, **values))  # type: ignore[arg-type]
            counts["updated"] += 1
    for gone in current.values():
        if gone.removed:
            continue
        if _used(store, "participant_id", gone.id):
            tx.update(replace(gone, removed=True))
            counts["kept"] += 1
        else:
            tx.delete(gone)
            counts["removed"] += 1


def _sync_agenda(
    store: Store, tx: Tx, session_id: int, plan: SessionPlan, counts: dict[str, int]
) -> None:
    current = {i.key: i for i in store.items(session_id, include_removed=True)}
    for position, wanted in enumerate(plan.agenda, start=1):
        values = {
            "position": position,
            "title": wanted.title,
            "planned_seconds": wanted.minutes * 60,
            "question": wanted.question,
            "removed": False,
        }
        found = current.pop(wanted.key, None)
        if found is None:
            tx.insert(AgendaItem(id=0, session_id=session_id, key=wanted.key, **values))  # type: ignore[arg-type]
            counts["added"] += 1
        elif replace(found, **values) != found:  # type: ignore[arg-type]
            tx.update(replace(found, **values))  # type: ignore[arg-type]
            counts["updated"] += 1
    for gone in current.values():
        if gone.removed:
            continue
        if gone.elapsed_seconds > 0 or gone.running or _used(store, "item_id", gone.id):
            tx.update(replace(gone, removed=True))
            counts["kept"] += 1
        else:
            tx.delete(gone)
            counts["removed"] += 1
