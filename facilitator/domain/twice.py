"""The same round table held twice: one table recorded in two sessions.

When two laptops both import the same session file and both hold (and close) the
meeting, merging their databases (``facilitator import-db``) brings in the second
as ``slug-2`` beside the first. They are two sessions with two unique ids, but one
round table: counting both would double its themes, participation and actions in
the synthesis. Two held sessions are taken for the same table when their region,
planned date (in the session's own time zone) and title are the same, whatever
their slug; letter case and spacing do not count.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from facilitator.domain.model import Session, SessionStatus
from facilitator.records import record


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def table_key(session: Session) -> tuple[str, date, str]:
    """What makes a round table the same one: its region, planned date and title."""
    return (_words(session.region), session.starts_at.date(), _words(session.title))


def was_held(session: Session) -> bool:
    """Whether ``session`` was opened (held, or under way), not only planned."""
    return session.opened_at is not None or session.status != SessionStatus.PLANNED


@record
class Copy:
    """``copy`` records the same round table as ``kept``, which came first."""

    copy: Session
    kept: Session


def same_table(session: Session, others: Iterable[Session]) -> Session | None:
    """The first held session of ``others`` (not ``session`` itself) that records the
    same round table as the held ``session``; ``None`` if there is none."""
    if not was_held(session):
        return None
    key = table_key(session)
    for other in others:
        if other.id != session.id and was_held(other) and table_key(other) == key:
            return other
    return None


def find_copies(sessions: Sequence[Session]) -> list[Copy]:
    """Each held session of ``sessions`` that records a table an earlier one of them
    (lower id: the one in the database first) records already, with that one."""
    first: dict[tuple[str, date, str], Session] = {}
    copies: list[Copy] = []
    for session in sorted(sessions, key=lambda s: s.id):
        if not was_held(session):
            continue
        key = table_key(session)
        if key in first:
            copies.append(Copy(session, first[key]))
        else:
            first[key] = session
    return copies


def leave_out_copies(sessions: Sequence[Session]) -> tuple[list[Session], list[Copy]]:
    """``sessions`` without the copies of a table held twice (in their order), and those."""
    copies = find_copies(sessions)
    left_out = {c.copy.id for c in copies}
    return [s for s in sessions if s.id not in left_out], copies
