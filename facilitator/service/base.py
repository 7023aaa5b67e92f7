"""What every service shares: one session in one store, a clock, and the one "is it open?" rule.

Each topic of a meeting (the agenda, the floor, notes, the board, closing)
has its own service on this base. A command opens one logged operation with
:meth:`Service._change`, reads what it decides on *inside* it (the store's
``BEGIN IMMEDIATE``), asks the pure domain what changes and writes that; the
operation commits as a whole or not at all. Reading inside means another
process sharing the database can never have changed those rows in between,
so nothing it saved is overwritten with an older copy.

A command refuses with a :class:`DomainError` (the reason in Dutch and
English); :func:`facilitator.service.result.run_command` turns that into a
``Refused`` result. No command returns ``None`` to mean it failed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, tzinfo

from facilitator.domain import lifecycle
from facilitator.domain.clock import Clock, SystemClock
from facilitator.domain.errors import DomainError
from facilitator.domain.model import Session, SessionStatus
from facilitator.service.changes import Change
from facilitator.store import Store, StoreError, Tx


class Service:
    """One session in one store, with a clock.

    ``origin`` (e.g. one window) is stored with each operation; undo and redo
    then take only that origin's operations. None: every operation of the session.
    """

    def __init__(
        self,
        store: Store,
        session_id: int,
        clock: Clock | None = None,
        *,
        origin: str | None = None,
    ) -> None:
        self.store = store
        self.session_id = session_id
        self.clock: Clock = clock or store.clock or SystemClock()
        self.origin = origin

    def now(self) -> datetime:
        return self.clock.now()

    def today(self, zone: tzinfo | datetime | None = None) -> date:
        """Today in ``zone`` (the session's, see ``Session.zone``): what "tot vrijdag" counts
        from. A datetime stands for its time zone."""
        if isinstance(zone, datetime):
            zone = zone.tzinfo
        return self.now().astimezone(zone).date()

    def session(self) -> Session:
        """The session as stored now."""
        session = self.store.session(self.session_id)
        if session is None:
            raise StoreError("no_session", name=self.session_id, path=self.store.path)
        return session

    def require_open(self) -> Session:
        """The session as stored now (call inside the operation); refused once it is closed."""
        session = self.session()
        if session.status == SessionStatus.CLOSED:
            raise DomainError("session.closed")
        return session

    @contextmanager
    def _change(self, change: Change) -> Iterator[Tx]:
        """One operation of this session; read what it decides on inside it."""
        with self.store.change(self.session_id, change.value, origin=self.origin) as tx:
            yield tx

    def _start(self, tx: Tx, session: Session, now: datetime) -> Session:
        """A planned session opens when its first timer or speech starts."""
        if session.status == SessionStatus.PLANNED:
            session = lifecycle.open_session(session, now)
            tx.update(session)
        return session
