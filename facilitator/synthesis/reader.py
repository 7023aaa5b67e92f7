"""Reading the sessions of a synthesis from the store.

By default every closed session in the database, oldest first, each round
table once (a table held twice, as two laptops that both held it and were
merged give, counts as the session that was in the database first; see
:mod:`facilitator.domain.twice`), and without a wrap-up of the others (a
session whose board was seeded from them: its minutes are its own, and the
synthesis of the tables stays as it was); or the sessions asked for, as
asked. Each
is read whole, at one moment, with the exporters'
:func:`~facilitator.export.record.collect`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from facilitator.domain.model import Column, Session, SessionStatus
from facilitator.domain.twice import leave_out_copies
from facilitator.export.record import SessionRecord, collect
from facilitator.records import record
from facilitator.store import Store


def closed_sessions(store: Store) -> list[Session]:
    """Every closed session in the database, by start then slug."""
    found = [s for s in store.sessions() if s.status == SessionStatus.CLOSED]
    return sorted(found, key=lambda s: (s.starts_at, s.slug))


@record
class WrapUpOf:
    """``wrap_up``'s board was seeded from ``sources`` (barriers and opportunities)."""

    wrap_up: Session
    sources: tuple[Session, ...]


def wrap_ups(store: Store, sessions: Sequence[Session]) -> list[WrapUpOf]:
    """Each of ``sessions`` whose board holds barriers or opportunities taken over from
    others of them (as ``facilitator wrap-up`` seeds it), with those others."""
    by_slug = {s.slug: s for s in sessions}
    found: list[WrapUpOf] = []
    for session in sessions:
        slugs = {
            card.from_session
            for card in store.cards(session.id, include_merged=True)
            if card.carried and card.column in (Column.BARRIER, Column.OPPORTUNITY)
        }
        sources = [by_slug[slug] for slug in slugs if slug in by_slug and slug != session.slug]
        if sources:
            ordered = sorted(sources, key=lambda s: (s.starts_at, s.slug))
            found.append(WrapUpOf(session, tuple(ordered)))
    return found


@record
class LeftOut:
    """A session the synthesis of every closed session leaves out, and why: ``COPY`` (the
    same round table as ``others[0]``, counted in its place) or ``WRAP_UP`` (its board
    was seeded from ``others``)."""

    session: Session
    why: str
    others: tuple[Session, ...]
    counting: tuple[Session, ...]
    """The sessions to name to count it: in place of the one kept (a copy), or with the
    others (a wrap-up); in the order of the synthesis."""

    @property
    def is_copy(self) -> bool:
        return self.why == COPY


COPY = "copy"
WRAP_UP = "wrap_up"


@record
class Default:
    """The sessions of a synthesis when none are named, and those left out."""

    sessions: list[Session]
    left_out: list[LeftOut]


def _by_start(sessions: Iterable[Session]) -> tuple[Session, ...]:
    return tuple(sorted(sessions, key=lambda s: (s.starts_at, s.slug)))


def default_sessions(store: Store) -> Default:
    """The sessions of a synthesis when none are named: every closed session, each round
    table once and no wrap-up of the others; and those left out, each with why and the
    sessions to name to count it (see :class:`LeftOut`)."""
    chosen, copies = leave_out_copies(closed_sessions(store))
    seeded = wrap_ups(store, chosen)
    wrapped = {w.wrap_up.id for w in seeded}
    counted = [s for s in chosen if s.id not in wrapped]
    left_out = [
        LeftOut(
            c.copy,
            COPY,
            (c.kept,),
            _by_start(c.copy if s.id == c.kept.id else s for s in counted),
        )
        for c in copies
    ]
    left_out += [
        LeftOut(w.wrap_up, WRAP_UP, w.sources, _by_start([*counted, w.wrap_up])) for w in seeded
    ]
    return Default(counted, left_out)


def read_records(
    store: Store, sessions: Iterable[Session], now: datetime | None = None
) -> list[SessionRecord]:
    """The full record of each session (each once), by start then slug."""
    unique = {s.id: s for s in sessions}
    ordered = sorted(unique.values(), key=lambda s: (s.starts_at, s.slug))
    return [collect(store, s.id, now) for s in ordered]
