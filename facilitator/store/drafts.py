"""Drafts: the line a window is typing, kept in the database until it is saved.

Every change is saved the moment it is made; a line half typed is not a change yet,
and a window that ends without Enter (killed, the battery dead, the terminal closed)
took it with it. So the window keeps what its capture line holds in ``drafts``, one
row per window (its origin), with the process and the computer it runs on: a later
start on the same computer finds the drafts of processes that no longer run
(:func:`take_orphans`) and offers them back. A process number alone does not say that:
once a process ends (and after every restart of the computer) its number is given to
another, so the row keeps what tells the same process again where the system says it
(``boot``: the computer's start; ``started``: the process's own start).

A draft is no meeting content: it is written outside the change log (nothing to undo,
no operation in the history), and the exports and ``import-db`` read none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from facilitator.domain.model import Kind
from facilitator.records import record
from facilitator.store.store import Store


@record
class Draft:
    """The line one window was typing: its text and what the line's badge said of it."""

    session_id: int
    window: str
    """The window's origin (``notetaker anne@laptop #a1b2c3``): one draft per window."""
    pid: int
    host: str
    kind: Kind
    text: str
    participant_id: int | None
    """Who said it, as the badge showed (None: nobody)."""
    item_id: int | None
    """The agenda item the badge showed (None: no item)."""
    saved_at: datetime
    boot: str | None = None
    """Which start of the computer the process ran in (Linux: its boot id); None: not
    known (a draft of an older version, a system that does not say)."""
    started: int | None = None
    """When the process started, in the system's own count since the computer's start
    (Linux: field 22 of ``/proc/<pid>/stat``); None: not known."""


_COLUMNS = (
    "session_id, window, pid, host, kind, text, participant_id, item_id, saved_at, boot, started"
)


def _draft(row: Sequence[object]) -> Draft:
    session_id, window, pid, host, kind, text, person, item, saved_at, boot, started = row
    return Draft(
        int(str(session_id)),
        str(window),
        int(str(pid)),
        str(host),
        _kind(str(kind)),
        str(text),
        int(str(person)) if person is not None else None,
        int(str(item)) if item is not None else None,
        datetime.fromisoformat(str(saved_at)),
        str(boot) if boot is not None else None,
        int(str(started)) if started is not None else None,
    )


def _kind(stored: str) -> Kind:
    """The kind stored; a note for one this version does not know."""
    try:
        return Kind(stored)
    except ValueError:
        return Kind.NOTE


def save_draft(store: Store, draft: Draft) -> bool:
    """Keep ``draft`` as its window's draft, in place of the one before, on a closed
    session too (a draft is no meeting content: what is typed there is kept until the
    session is open again). Whether it was written."""
    with store.aside() as conn:
        cursor = conn.execute(
            f"INSERT INTO drafts ({_COLUMNS}) "
            "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
            "WHERE EXISTS (SELECT 1 FROM sessions WHERE id = ?) "
            "ON CONFLICT (session_id, window) DO UPDATE SET pid = excluded.pid, "
            "host = excluded.host, kind = excluded.kind, text = excluded.text, "
            "participant_id = excluded.participant_id, item_id = excluded.item_id, "
            "saved_at = excluded.saved_at, boot = excluded.boot, started = excluded.started",
            (
                draft.session_id,
                draft.window,
                draft.pid,
                draft.host,
                draft.kind.value,
                draft.text,
                draft.participant_id,
                draft.item_id,
                draft.saved_at.isoformat(),
                draft.boot,
                draft.started,
                draft.session_id,
            ),
        )
        return cursor.rowcount > 0


def delete_drafts(store: Store, session_id: int, windows: Sequence[str]) -> int:
    """The drafts of ``windows`` in the session gone; how many there were."""
    if not windows:
        return 0
    marks = ", ".join("?" for _ in windows)
    with store.aside() as conn:
        cursor = conn.execute(
            f"DELETE FROM drafts WHERE session_id = ? AND window IN ({marks})",
            (session_id, *windows),
        )
        return cursor.rowcount


def drafts(store: Store, session_id: int) -> list[Draft]:
    """The session's drafts, the newest first."""
    with store.snapshot():
        rows = store.conn.execute(
            f"SELECT {_COLUMNS} FROM drafts WHERE session_id = ? "
            "ORDER BY saved_at DESC, rowid DESC",
            (session_id,),
        ).fetchall()
    return [_draft(row) for row in rows]


def take_orphans(
    store: Store,
    session_id: int,
    window: str,
    pid: int,
    host: str,
    gone: Callable[[Draft], bool],
    *,
    boot: str | None = None,
    started: int | None = None,
) -> list[Draft]:
    """The drafts left by windows that no longer run (``gone`` says it of a draft's
    process), the newest first, taken over by this window (``window``, process ``pid`` on
    ``host``, started ``started`` in the computer's start ``boot``) in one write: the newest becomes
    this window's own draft, the others are marked as this process's, so that no other
    window starting now takes them too (:func:`delete_drafts` once they are kept
    elsewhere). A draft of another computer is left alone: whether its process still
    runs cannot be told from here. Nothing is written when there is nothing to take."""
    found = [
        d for d in drafts(store, session_id) if d.host == host and d.window != window and gone(d)
    ]
    if not found:
        return []
    with store.aside() as conn:
        taken = []
        for draft in found:  # read again under the lock: another window may have been first
            row = conn.execute(
                "SELECT pid, boot, started FROM drafts WHERE session_id = ? AND window = ?",
                (session_id, draft.window),
            ).fetchone()
            if row is not None and tuple(row) == (draft.pid, draft.boot, draft.started):
                taken.append(draft)
        if taken:
            newest, others = taken[0], taken[1:]
            conn.execute(
                "DELETE FROM drafts WHERE session_id = ? AND window = ?", (session_id, window)
            )
            conn.execute(
                "UPDATE drafts SET window = ?, pid = ?, host = ?, boot = ?, started = ? "
                "WHERE session_id = ? AND window = ?",
                (window, pid, host, boot, started, session_id, newest.window),
            )
            for other in others:
                conn.execute(
                    "UPDATE drafts SET pid = ?, boot = ?, started = ? "
                    "WHERE session_id = ? AND window = ?",
                    (pid, boot, started, session_id, other.window),
                )
    return taken
