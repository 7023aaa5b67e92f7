"""Reading the sessions of a synthesis from the store.

By default every closed session in the database, oldest first, each round
table once (a table held twice, as two laptops that both held it and were
merged give, counts as the session that was in the database first; see
:mod:`facilitator.domain.twice`); or the sessions asked for, as asked. Each
is read whole, at one moment, with the exporters'
:func:`~facilitator.export.record.collect`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from facilitator.domain.model import Session, SessionStatus
from facilitator.domain.twice import Copy, leave_out_copies
from facilitator.export.record import SessionRecord, collect
from facilitator.store import Store


def closed_sessions(store: Store) -> list[Session]:
    """Every closed session in the database, by start then slug."""
    found = [s for s in store.sessions() if s.status == SessionStatus.CLOSED]
    return sorted(found, key=lambda s: (s.starts_at, s.slug))


def default_sessions(store: Store) -> tuple[list[Session], list[Copy]]:
    """The sessions of a synthesis when none are named: every closed session, each round
    table once; and the copies left out (each with the session kept in its place)."""
    return leave_out_copies(closed_sessions(store))


def read_records(
    store: Store, sessions: Iterable[Session], now: datetime | None = None
) -> list[SessionRecord]:
    """The full record of each session (each once), by start then slug."""
    unique = {s.id: s for s in sessions}
    ordered = sorted(unique.values(), key=lambda s: (s.starts_at, s.slug))
    return [collect(store, s.id, now) for s in ordered]
