"""The line being typed, kept as a draft so that a window that ends without Enter loses
nothing of it.

The capture line gives what it holds every half second or so while it is typed
(:meth:`DraftService.keep`, on the window's writer thread, never the UI's), and
takes it back when the line is saved, cancelled or emptied (:meth:`DraftService.drop`).
When a window starts, :meth:`DraftService.take_back` finds the drafts that windows of
processes no longer running on this computer left in the session: the newest goes back
into the line, the others into the file of text not saved (:mod:`.rescue`). A process
of the draft's number that runs may be another one: numbers are given again once a
process ends, and after every restart of the computer. Where the system says it (Linux:
``/proc``), a draft keeps the computer's start (its boot id) and its process's own start,
and is taken as left by a window gone when either differs from now (:meth:`DraftService.gone`);
elsewhere, and for a draft kept without them, the process number alone is asked.

Drafts are a help, never a command: a draft that cannot be written (a read-only or
locked database, a full disk) is left unwritten without a word; the line itself saves or
says why it cannot on Enter, as before. A closed session keeps drafts too: the line
typed there after the close (in another window) is as lost in a crash as any other, and
comes back into the line at the next start, where Enter is refused until the session is
open again, the text staying.
"""

from __future__ import annotations

import os
import socket
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from facilitator.domain.clock import Clock
from facilitator.domain.model import Kind
from facilitator.records import record
from facilitator.service.base import Service
from facilitator.store import Store, StoreError
from facilitator.store.drafts import Draft, delete_drafts, save_draft, take_orphans

__all__ = ["Draft", "DraftService", "TakenBack", "boot_id", "process_alive", "start_time"]

BOOT_ID = Path("/proc/sys/kernel/random/boot_id")
PROCESSES = Path("/proc")


def boot_id() -> str | None:
    """Which start of the computer this is (Linux: a new id at every boot); None where the
    system does not say."""
    try:
        said = BOOT_ID.read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        return None
    return said or None


def start_time(pid: int) -> int | None:
    """When process ``pid`` started, in the system's count since the computer's start
    (Linux: field 22 of ``/proc/<pid>/stat``); None where the system does not say, or no
    such process runs."""
    fields = _stat(pid)
    try:
        return int(fields[22 - 3]) if fields else None
    except (ValueError, IndexError):
        return None


def _stat(pid: int) -> list[str]:
    """The fields of ``/proc/<pid>/stat`` from the third (the state) on; none where the
    system does not say, or no such process runs."""
    if pid <= 0:
        return []
    try:
        stat = (PROCESSES / str(pid) / "stat").read_text(encoding="ascii", errors="replace")
        # the name (field 2) is in parentheses and may hold blanks and parentheses itself
        return stat[stat.rindex(")") + 2 :].split()
    except (OSError, ValueError):
        return []


def process_alive(pid: int) -> bool:
    """Whether a process ``pid`` runs on this computer (one that may not be signalled
    runs too; when the system cannot say, it is taken to run: its draft is left be). One
    killed whose parent has not reaped it yet (a zombie: Linux says ``Z``) runs no more."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return _stat(pid)[:1] != ["Z"]


@record
class TakenBack:
    """The drafts a new window took over: ``line`` to finish, the ``others`` to keep
    elsewhere (the newest first)."""

    line: Draft | None = None
    others: tuple[Draft, ...] = ()


class DraftService(Service):
    """This window's draft of the line being typed, and the drafts of windows gone."""

    def __init__(
        self,
        store: Store,
        session_id: int,
        clock: Clock | None = None,
        *,
        origin: str | None = None,
        alive: Callable[[int], bool] | None = None,
    ) -> None:
        super().__init__(store, session_id, clock, origin=origin)
        self.window = origin or f"window #{os.urandom(3).hex()}"
        self.pid = os.getpid()
        self.host = socket.gethostname() or "?"
        self.alive = alive or process_alive
        self.boot = boot_id()
        self.started = start_time(self.pid)

    def gone(self, draft: Draft) -> bool:
        """Whether the window that kept ``draft`` (on this computer) no longer runs: the
        computer started again since, its process number runs no process, or the one it
        runs started at another time than the draft's. Without those (a draft of an older
        version, a system that does not say), its process number alone tells."""
        if draft.boot is not None and self.boot is not None and draft.boot != self.boot:
            return True
        if not self.alive(draft.pid):
            return True
        if draft.started is None:
            return False
        now = self.started if draft.pid == self.pid else start_time(draft.pid)
        return now is not None and now != draft.started

    def keep(self, kind: Kind, text: str, participant_id: int | None, item_id: int | None) -> bool:
        """Keep ``text`` (the line as typed, of ``kind``, by whom and under which item
        the badge says) as this window's draft; an empty one drops it. Whether it was
        written (not to a read-only database)."""
        if not text.strip():
            return self.drop()
        if self.store.read_only:
            return False
        draft = Draft(
            self.session_id,
            self.window,
            self.pid,
            self.host,
            kind,
            text,
            participant_id,
            item_id,
            self.now(),
            self.boot,
            self.started,
        )
        try:
            return save_draft(self.store, draft)
        except (StoreError, sqlite3.Error):
            return False

    def drop(self) -> bool:
        """This window's draft gone: the line was saved, cancelled or emptied."""
        return self.forget([self.window])

    def forget(self, windows: Sequence[str]) -> bool:
        """The drafts of ``windows`` gone (drafts taken back and kept elsewhere)."""
        if self.store.read_only or not windows:
            return False
        try:
            return delete_drafts(self.store, self.session_id, windows) > 0
        except (StoreError, sqlite3.Error):
            return False

    def take_back(self) -> TakenBack:
        """The drafts that windows no longer running on this computer left in this
        session, taken over by this window (see :func:`take_orphans`), the session open
        or closed (on a closed one, the line brought back refuses Enter and keeps the
        text, as any line typed there); none on a read-only database."""
        if self.store.read_only:
            return TakenBack()
        try:
            found = take_orphans(
                self.store,
                self.session_id,
                self.window,
                self.pid,
                self.host,
                self.gone,
                boot=self.boot,
                started=self.started,
            )
        except (StoreError, sqlite3.Error):
            return TakenBack()
        if not found:
            return TakenBack()
        return TakenBack(found[0], tuple(found[1:]))
