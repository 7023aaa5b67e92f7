"""The lifecycle of a session: planned -> running -> closed, and reopened.

Pure functions returning a changed copy of the :class:`Session`; a transition
that makes no sense raises :class:`DomainError` with a translatable key. Pausing
the agenda timer on closing is the caller's business (see ``agenda.pause``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, tzinfo

from facilitator.domain.errors import DomainError
from facilitator.domain.model import Session, SessionStatus
from facilitator.records import record


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


@record
class Reopening:
    """A closed session opened again, as the change log has it: the close it undid
    (``closed_at``) and when (``reopened_at``)."""

    closed_at: datetime
    reopened_at: datetime


def reopened_after(reopenings: Iterable[Reopening], zone: tzinfo | None) -> Reopening | None:
    """The first reopening after the meeting: on a later day, in ``zone``, than the close it
    undid. What came after it is a change after the fact (an action set done weeks later):
    the meeting ended at that close, on its own day. None when every reopening came on the
    day of the close before it (closed by mistake, reopened at once: the meeting went on)."""
    for reopening in sorted(reopenings, key=lambda r: r.reopened_at):
        if _day(reopening.reopened_at, zone) > _day(reopening.closed_at, zone):
            return reopening
    return None


def meeting_day(session: Session, reopenings: Iterable[Reopening], now: datetime) -> date:
    """The day of the meeting, in the session's zone, by which due dates are judged: that
    of its close, or of ``now`` while it is still open; reopened on a later day
    (:func:`reopened_after`), that of the close it undid, closed again or not."""
    zone = session.zone
    later = reopened_after(reopenings, zone)
    if later is not None:
        moment = later.closed_at
    elif session.status == SessionStatus.CLOSED and session.closed_at is not None:
        moment = session.closed_at
    else:
        moment = now
    return _day(moment, zone)


def _day(moment: datetime, zone: tzinfo | None) -> date:
    """The date of ``moment`` in ``zone`` (without one, at its own offset)."""
    return (moment.astimezone(zone) if zone is not None else moment).date()
