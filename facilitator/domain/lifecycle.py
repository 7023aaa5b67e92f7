"""The lifecycle of a session: planned -> running -> closed, and reopened.

Pure functions returning a changed copy of the :class:`Session`; a transition
that makes no sense raises :class:`DomainError` with a translatable key. Pausing
the agenda timer on closing is the caller's business (see ``agenda.pause``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from facilitator.domain.errors import DomainError
from facilitator.domain.model import Session, SessionStatus


def open_session(session: Session, now: datetime) -> Session:
    """Start the meeting: PLANNED (or CLOSED) -> RUNNING.

    ``opened_at`` is set the first time only; opening a closed session
    reopens it (``closed_at`` cleared). Raises ``session.already_running``.
    """
    if session.status == SessionStatus.RUNNING:
        raise DomainError("session.already_running")
    return replace(
        session,
        status=SessionStatus.RUNNING,
        opened_at=session.opened_at or now,
        closed_at=None,
    )


def close_session(session: Session, now: datetime) -> Session:
    """End the meeting: RUNNING -> CLOSED at ``now``.

    Raises ``session.not_started`` for a session that is planned, ``session.already_closed``
    for one that is closed.
    """
    if session.status == SessionStatus.PLANNED:
        raise DomainError("session.not_started")
    if session.status != SessionStatus.RUNNING:
        raise DomainError("session.already_closed")
    return replace(session, status=SessionStatus.CLOSED, closed_at=now)


def reopen(session: Session, now: datetime) -> Session:
    """Reopen a closed meeting: CLOSED -> RUNNING, ``closed_at`` cleared.

    ``opened_at`` keeps the first opening (set to ``now`` only if missing).
    Raises ``session.reopened_meanwhile`` for a running session (reopening is asked on a
    session shown closed: another window reopened it since), ``session.not_closed`` for
    a planned one.
    """
    if session.status == SessionStatus.RUNNING:
        raise DomainError("session.reopened_meanwhile")
    if session.status != SessionStatus.CLOSED:
        raise DomainError("session.not_closed")
    return replace(
        session, status=SessionStatus.RUNNING, opened_at=session.opened_at or now, closed_at=None
    )
