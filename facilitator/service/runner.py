"""One writer per window: every command runs here, in order, off the UI thread.

The TUI never touches SQLite. A key press becomes a :class:`Job` on one
ordered queue; a single thread takes the jobs one by one, runs each as its
own transaction (the services read what they change inside it), and hands
the outcome back with a fresh picture of the session. Between jobs the same
thread watches ``PRAGMA data_version`` so that what another window or process
commits shows here too, and checks that the database file is still there.
Nothing in this module knows about Textual: results go back through a
``deliver`` callback that the app makes thread-safe.

How the database is doing is the runner's to say, once per change: a
:class:`Trouble` when a problem starts (the file deleted or replaced, found
between commands within one poll; a save that failed: read-only, full disk,
damaged, locked) and :class:`Recovered` when a command is saved again (a
read-only database that became writable) or the file is back, or, between commands,
when the lock is let go or the file may be written again (asked without writing). A failed
command also comes back as :class:`Finished` with its :class:`Failed` result,
so the screen can put what was typed back.

A save that failed because another program held the database longer than the
busy timeout ends the commands given up to then too: they fail with it, in
order, without waiting for the lock again (each would wait the busy timeout,
and one that ran just as the lock was let go was saved before the lines typed
earlier). After that, while the lock is held, a command fails at once (a
timer key is refused as the lock's message, not applied long after it was
pressed); once the lock is free it runs as usual.
"""

from __future__ import annotations

import itertools
import queue
import sqlite3
import threading
from collections.abc import Callable, Hashable
from dataclasses import field
from typing import Any

from facilitator.records import record
from facilitator.service.result import Done, Failed, Result, run_command
from facilitator.service.state import SessionState
from facilitator.store import StoreError

POLL_SECONDS = 0.05
STICKY = frozenset({"gone", "damaged_running"})
"""Problems a saved command does not end: the file must be back (gone), or never (damaged)."""


@record
class Job:
    """A command waiting to run: what to call, and what the UI does with the result."""

    number: int
    func: Callable[..., Any]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    then: Callable[[Any], None] | None = None
    failed: Callable[[Result[Any]], object] | None = None
    kind: str = "command"
    """Or "read" (the session, now), "look" (did others commit?) or "aside" (a write that
    is no command: see :meth:`CommandRunner.aside`)."""


@record
class Finished:
    """A job ran: its result, and the session read after it (None if not read)."""

    job: Job
    result: Result[Any]
    state: SessionState | None


@record
class Changed:
    """Another connection committed: the session as it is now."""

    state: SessionState


@record
class AsideDone:
    """A write aside (:meth:`CommandRunner.aside`) ran: what it gave, for ``then``."""

    job: Job
    value: Any


@record
class Trouble:
    """A problem with the database began (gone, read-only, damaged, locked...)."""

    error: StoreError


@record
class Recovered:
    """The problem last reported is over: a command was saved, or the file is back."""


@record
class Crashed:
    """A command raised something unforeseen (a bug): the store rolled it back."""

    job: Job
    error: BaseException


Delivery = Finished | Changed | Trouble | Recovered | Crashed | AsideDone
_STOP = object()


def _nothing() -> None:
    return None


class CommandRunner:
    """Runs this window's commands on one thread, in the order they were given."""

    def __init__(
        self,
        read_state: Callable[[], SessionState],
        data_version: Callable[[], int],
        deliver: Callable[[Delivery], None],
        *,
        poll_seconds: float = POLL_SECONDS,
        watch: bool = True,
        version: int = -1,
        check_file: Callable[[], None] | None = None,
        error_of: Callable[[sqlite3.Error], StoreError] | None = None,
        lock_free: Callable[[], bool] | None = None,
        may_save: Callable[[], bool] | None = None,
        change_mark: Callable[[], Hashable] | None = None,
        mark: Hashable = None,
    ) -> None:
        self._read_state = read_state
        self._data_version = data_version
        self._change_mark = change_mark
        """What every change of the meeting moves, asked when another connection committed:
        unmoved, the commit was no change of the meeting (a draft of a line being typed in
        another window, about twice a second while someone types), and the session is not
        read again. None: every commit is read."""
        self._mark: Hashable = mark
        """The change mark of the state the window shows (None: not known)."""
        self._deliver = deliver
        self._check_file = check_file
        self._lock_free = lock_free
        """Whether the write lock could be taken now (see _watch), if it can be asked."""
        self._may_save = may_save
        """Whether the operating system would let a save write now (see _watch)."""
        self._seen_blocked = False
        """Since the problem last reported began, ``may_save`` said no at least once."""
        self._error_of = error_of or _as_store_error
        self._trouble: StoreError | None = None  # the problem last reported
        self._poll = poll_seconds if watch and poll_seconds > 0 else None
        self._queue: queue.Queue[Job | object] = queue.Queue()
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()
        self._pending = 0
        self._given = 0  # the number of the last job given
        self._behind_lock = 0
        """Jobs up to this number were given before a save failed on the lock: they fail too."""
        self._idle = threading.Event()
        self._idle.set()
        self._asides = 0  # writes aside given and not yet run
        self._asides_done = threading.Event()
        self._asides_done.set()
        self._version = version  # of the state the window already shows
        self._thread: threading.Thread | None = None

    # -- the UI side ---------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="commands", daemon=True)
            self._thread.start()

    def submit(
        self,
        func: Callable[..., Any],
        *args: Any,
        then: Callable[[Any], None] | None = None,
        failed: Callable[[Result[Any]], object] | None = None,
        **kwargs: Any,
    ) -> Job:
        """Queue a command; returns at once. ``then(value)`` runs on the UI side when done."""
        return self._put(Job(next(self._numbers), func, args, kwargs, then, failed))

    def read(self) -> Job:
        """Queue a fresh read of the session (after every command given before it)."""
        return self._put(Job(next(self._numbers), _nothing, kind="read"))

    def look(self) -> Job:
        """Queue one look at whether another connection committed (what polling does)."""
        return self._put(Job(next(self._numbers), _nothing, kind="look"))

    def aside(
        self,
        func: Callable[..., Any],
        *args: Any,
        then: Callable[[Any], None] | None = None,
    ) -> Job:
        """Queue a write that is no command of the meeting (a draft of the line being
        typed): run on this thread in its place among the commands, but not counted as
        one (``pending`` and the window being behind ignore it), no session read after it,
        and its failure said to nobody (``then`` gets nothing). ``then(value)`` runs on
        the UI side with what it gave."""
        job = Job(next(self._numbers), func, args, then=then, kind="aside")
        with self._lock:
            self._asides += 1
            self._asides_done.clear()
        self._queue.put(job)
        return job

    def wait_asides(self, timeout: float | None = None) -> bool:
        """Block until every write aside given so far has run (tests)."""
        return self._asides_done.wait(timeout)

    def _put(self, job: Job) -> Job:
        with self._lock:
            self._given = max(self._given, job.number)
            self._pending += 1
            self._idle.clear()
        self._queue.put(job)
        return job

    @property
    def pending(self) -> int:
        """Commands given but not yet finished."""
        with self._lock:
            return self._pending

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every command given so far has finished (for quitting and tests)."""
        return self._idle.wait(timeout)

    def stop(self, timeout: float | None = 10.0) -> bool:
        """Finish what is queued, then stop; True if everything was run."""
        done = self.wait_idle(timeout)
        self._queue.put(_STOP)
        if self._thread is not None:
            self._thread.join(timeout)
        return done

    # -- the writer thread ------------------------------------------------------------------
    def _loop(self) -> None:
        while True:
            try:
                job = self._queue.get(timeout=self._poll)
            except queue.Empty:
                self._watch()
                continue
            if job is _STOP:
                return
            assert isinstance(job, Job)
            self._run(job)

    @property
    def trouble(self) -> StoreError | None:
        """The database problem last reported and not over yet (None if all is well)."""
        return self._trouble

    def _run(self, job: Job) -> None:
        if job.kind == "aside":
            self._run_aside(job)
            return
        if job.kind == "look":
            self._watch()
            self._finish(Finished(job, Done(None), None))
            return
        if job.kind == "read":
            self._finish(Finished(job, Done(None), self._read()))
            return
        try:
            held = self._still_locked(job)
            result = held or run_command(job.func, *job.args, **job.kwargs)
        except sqlite3.Error as exc:  # a raw error from a read outside a transaction
            error = self._error_of(exc)
            if error.key == "write_failed":  # nothing a person can act on: a bug
                self._finish(Crashed(job, exc))
                return
            result = Failed(error)  # damaged, gone, locked...
        except Exception as exc:  # a bug: report it, keep the meeting going
            self._finish(Crashed(job, exc))
            return
        if isinstance(result, Failed):
            if result.key == "locked":
                with self._lock:  # every command given so far waits behind this one
                    self._behind_lock = self._given
            self._report(result.error)
        elif isinstance(result, Done) and not self._sticky():
            self._recovered()
        state = None
        if self._last_given():  # a burst of keys: read the session once, after the last
            state = self._read(quiet=isinstance(result, Failed))
        self._finish(Finished(job, result, state))

    def _last_given(self) -> bool:
        """No command waits behind the one running (writes aside may: they read nothing)."""
        with self._lock:
            return self._pending <= 1

    def _run_aside(self, job: Job) -> None:
        """A write aside: what it gives goes to its ``then``; a failure, or one while
        another program holds the lock, is nobody's business (the next one may work)."""
        try:
            trouble = self._trouble
            if trouble is None or trouble.key != "locked":
                value = job.func(*job.args, **job.kwargs)
                if job.then is not None:
                    self._deliver(AsideDone(job, value))
        except Exception:  # a draft not written is written again at the next change
            pass
        finally:
            with self._lock:
                self._asides -= 1
                if self._asides == 0:
                    self._asides_done.set()

    def _still_locked(self, job: Job) -> Failed | None:
        """The lock's failure for a command that must not try for it: one given before a
        save failed on it, or any while another program still holds it (asked without
        waiting). None: run it."""
        trouble = self._trouble
        if trouble is None or trouble.key != "locked":
            return None
        if job.number <= self._behind_lock:
            return Failed(trouble)
        if self._lock_free is None:
            return None
        try:
            free = self._lock_free()
        except (StoreError, sqlite3.Error):
            return None  # another problem: the command finds it and says so
        return None if free else Failed(trouble)

    def _report(self, error: StoreError) -> None:
        """Say that a problem began (once: not again while it is the same problem)."""
        known = self._trouble
        if known is not None and (known.key, known.values) == (error.key, error.values):
            return
        self._trouble = error
        self._seen_blocked = False
        self._deliver(Trouble(error))

    def _sticky(self) -> bool:
        return self._trouble is not None and self._trouble.key in STICKY

    def _recovered(self) -> None:
        if self._trouble is not None:
            self._trouble = None
            self._deliver(Recovered())

    def _finish(self, delivery: Delivery) -> None:
        # Counted as done before it is handed over: the window reads ``pending`` when it
        # handles the delivery, and must not read the command it is handling as still
        # under way (a "saving… (1)" that stayed until the next command).
        with self._lock:
            self._pending -= 1
        try:
            self._deliver(delivery)
        finally:
            with self._lock:
                if self._pending == 0:
                    self._idle.set()

    def _read(self, *, quiet: bool = False) -> SessionState | None:
        # the version and the mark before the state: a commit in between is read again at
        # the next look (after the state, it was taken for read, and missed)
        try:
            version = self._data_version()
            mark = self._change_mark() if self._change_mark is not None else None
            state = self._read_state()
        except (StoreError, sqlite3.Error) as exc:
            if not quiet:
                self._report(self._store_error(exc))
            return None
        self._version, self._mark = version, mark
        return state

    def _meeting_unchanged(self) -> bool:
        """Another connection committed, but no change of the meeting (see
        ``_change_mark``): a draft of a line being typed elsewhere."""
        if self._change_mark is None or self._mark is None or self._version < 0:
            return False
        try:
            return self._change_mark() == self._mark
        except (StoreError, sqlite3.Error):
            return False  # read, and say what is wrong

    def _watch(self) -> None:
        """Between commands: is the file still there, did another connection commit?"""
        if self._check_file is not None:
            try:
                self._check_file()
            except StoreError as exc:
                self._report(exc)
                return
            if self._trouble is not None and self._trouble.key == "gone":
                self._recovered()  # put back where it was: saving works again
                self._version = -1  # and show what is in it now
        if self._trouble is not None and self._trouble.key == "locked" and self._lock_free:
            try:
                if self._lock_free():
                    self._recovered()  # the other program let go: saving works again
            except (StoreError, sqlite3.Error):
                pass  # still not writable: the problem stands as said
        self._watch_files()
        try:
            version = self._data_version()
        except (StoreError, sqlite3.Error) as exc:
            self._report(self._store_error(exc))
            return
        if version != self._version:
            if self._meeting_unchanged():
                self._version = version
                return
            state = self._read()
            if state is not None:
                self._deliver(Changed(state))

    def _watch_files(self) -> None:
        """After a save failed on the file itself (read only, not writable, a full disk, an
        error of the disk): over once the operating system says it may be written again,
        having said no since (``may_save`` looks without writing). An error it cannot see
        (a disk that fails a write) is over only at the next save that works: else the
        lines that wait would be tried at every poll."""
        trouble = self._trouble
        if trouble is None or trouble.key in STICKY or trouble.key == "locked":
            return
        if self._may_save is None:
            return
        try:
            free = self._may_save()
        except (StoreError, sqlite3.Error, OSError):
            return
        if not free:
            self._seen_blocked = True
        elif self._seen_blocked:
            self._recovered()

    def _store_error(self, exc: StoreError | sqlite3.Error) -> StoreError:
        return exc if isinstance(exc, StoreError) else self._error_of(exc)


def _as_store_error(exc: sqlite3.Error) -> StoreError:
    return StoreError("write_failed", path="", reason=str(exc))
