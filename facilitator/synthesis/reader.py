"""Reading the sessions of a synthesis from the store.

By default every closed session in the database, oldest first, each round
table once (a table held twice, as two laptops that both held it and were
merged give, counts as the session that was in the database first; see
:mod:`facilitator.domain.twice`), and without a wrap-up of the others (a
session whose board was seeded from them, or from another holding of one of
them: its minutes are its own, and the synthesis of the tables stays as it
was); or the sessions asked for, as asked. A session held (opened, or with
contributions) but not closed is left out too, and said (:class:`LeftOut`);
one only planned, a table still to come, is not. Each is read whole, at one
moment, with the exporters' :func:`~facilitator.export.record.collect`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from facilitator.domain.model import Column, Session, SessionStatus
from facilitator.domain.twice import leave_out_copies, same_table, was_held
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


def seeded_from(store: Store, session: Session, others: Sequence[Session]) -> tuple[Session, ...]:
    """The sessions of ``others`` that ``session``'s board took barriers or opportunities
    over from, by start then slug."""
    by_slug = {s.slug: s for s in others}
    slugs = {
        card.from_session
        for card in store.cards(session.id, include_merged=True)
        if card.carried and card.column in (Column.BARRIER, Column.OPPORTUNITY)
    }
    return _by_start(by_slug[slug] for slug in slugs if slug in by_slug and slug != session.slug)


def tables_seeded_from(
    store: Store, session: Session, counted: Sequence[Session], sessions: Sequence[Session]
) -> tuple[Session, ...]:
    """The sessions of ``sessions`` that ``session``'s board took barriers or opportunities
    over from and that hold a table of ``counted``: one of them, or another holding of one
    (the same round table, held twice), by start then slug."""
    ids = {s.id for s in counted}
    return tuple(
        source
        for source in seeded_from(store, session, sessions)
        if source.id in ids or same_table(source, counted) is not None
    )


def _holding(source: Session, counted: Sequence[Session]) -> Session | None:
    """The session of ``counted`` that holds the same round table as ``source``, where
    ``source`` is not counted itself; else ``None``."""
    if any(s.id == source.id for s in counted):
        return None
    return same_table(source, counted)


def held_not_closed(store: Store) -> list[Session]:
    """Every session held (opened, or with contributions) that is not closed, by start then
    slug; not one only planned."""
    found = [
        s
        for s in store.sessions()
        if s.status != SessionStatus.CLOSED and (was_held(s) or store.contribution_count(s.id) > 0)
    ]
    return sorted(found, key=lambda s: (s.starts_at, s.slug))


@record
class LeftOut:
    """A session the synthesis of every closed session leaves out, and why: ``COPY`` (the
    same round table as ``others[0]``, counted in its place), ``WRAP_UP`` (its board was
    seeded from ``others``) or ``NOT_CLOSED`` (held, but not closed: reopened at
    ``reopened``, or never closed)."""

    session: Session
    why: str
    others: tuple[Session, ...]
    counting: tuple[Session, ...]
    """The sessions to name to count it: in place of the one kept (a copy), or with the
    others; in the order of the synthesis."""
    reopened: datetime | None = None

    @property
    def is_copy(self) -> bool:
        return self.why == COPY

    @property
    def is_wrap_up(self) -> bool:
        return self.why == WRAP_UP

    def since(self) -> tuple[str, str]:
        """Held and not closed since when, in the session's time zone: ``("reopened",
        "2020-11-20 10:30")``, ``("opened", …)`` (never closed), or ``("recorded", "")``
        (never opened, though something was recorded in it)."""
        moment, what = self.reopened, "reopened"
        if moment is None:
            moment, what = self.session.opened_at, "opened"
        if moment is None:
            return "recorded", ""
        zone = self.session.zone
        return what, f"{moment.astimezone(zone) if zone else moment:%Y-%m-%d %H:%M}"


COPY = "copy"
WRAP_UP = "wrap_up"
NOT_CLOSED = "not_closed"


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
    sessions to name to count it (see :class:`LeftOut`). A session held and not closed is
    left out as what it is to those counted: a copy of a table counted, a wrap-up of them,
    else as not closed."""
    chosen, copies = leave_out_copies(closed_sessions(store))
    everyone = store.sessions()
    seeded = [
        WrapUpOf(session, sources)
        for session in chosen
        if (sources := tables_seeded_from(store, session, chosen, everyone))
    ]
    wrapped = {w.wrap_up.id for w in seeded}
    counted = [s for s in chosen if s.id not in wrapped]

    def instead(copy: Session, kept: Session) -> LeftOut:
        return LeftOut(
            copy, COPY, (kept,), _by_start(copy if s.id == kept.id else s for s in counted)
        )

    def beside(session: Session, why: str, others: tuple[Session, ...] = ()) -> LeftOut:
        reopened = store.reopened_at(session.id) if why == NOT_CLOSED else None
        # a wrap-up is counted with the holdings of the tables its board was seeded from,
        # so that its copies of their cards are known as those cards
        holdings = {kept.id: source for source in others if (kept := _holding(source, counted))}
        tables = (holdings.get(s.id, s) for s in counted)
        return LeftOut(session, why, others, _by_start([*tables, session]), reopened)

    left_out = [instead(c.copy, c.kept) for c in copies]
    left_out += [beside(w.wrap_up, WRAP_UP, w.sources) for w in seeded]
    for session in held_not_closed(store):
        kept = same_table(session, counted)
        sources = tables_seeded_from(store, session, counted, everyone)
        if kept is not None:
            left_out.append(instead(session, kept))
        elif sources:
            left_out.append(beside(session, WRAP_UP, sources))
        else:
            left_out.append(beside(session, NOT_CLOSED))
    return Default(counted, left_out)


def read_records(
    store: Store, sessions: Iterable[Session], now: datetime | None = None
) -> list[SessionRecord]:
    """The full record of each session (each once), by start then slug."""
    unique = {s.id: s for s in sessions}
    ordered = sorted(unique.values(), key=lambda s: (s.starts_at, s.slug))
    return [collect(store, s.id, now) for s in ordered]
