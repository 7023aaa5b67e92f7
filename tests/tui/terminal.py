"""The real program in a pseudo-terminal: keys written as a person's keyboard would.

:class:`Terminal` starts ``python -m facilitator ...`` as a child process whose
standard input and output are a pseudo-terminal of a given size (``TERM`` is
``xterm-256color``). A thread keeps reading what the program draws, so it never
blocks on a full terminal; :meth:`Terminal.type` writes bytes with no pause in
between, however far behind the program is. Everything waits on deadlines,
never on a fixed sleep.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ENTER = b"\r"
CTRL_Q = b"\x11"
_ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|P[^\x1b]*\x1b\\|.)")


class Terminal:
    """One program running in a pseudo-terminal of ``columns`` x ``lines``."""

    def __init__(
        self,
        args: Sequence[str],
        *,
        columns: int = 120,
        lines: int = 40,
        env: dict[str, str] | None = None,
    ) -> None:
        environment = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("TEXTUAL", "PYTEST", "COLUMNS", "LINES", "FACILITATOR"))
        }
        environment.update(
            TERM="xterm-256color",
            COLORTERM="truecolor",
            LANG="C.UTF-8",
            LC_ALL="C.UTF-8",
            PYTHONPATH=str(ROOT),
            **(env or {}),
        )
        command = [sys.executable, "-m", "facilitator", *args]
        pid, fd = pty.fork()
        if pid == 0:  # the child: the terminal's size first, then the program
            try:
                _set_size(0, columns, lines)
                os.chdir(ROOT)
                os.execvpe(command[0], command, environment)
            finally:
                os._exit(127)
        self.pid = pid
        self.fd = fd
        _set_size(fd, columns, lines)
        self._output = bytearray()
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._reader = threading.Thread(target=self._read, name="terminal-reader", daemon=True)
        self._reader.start()
        self.status: int | None = None

    # -- what the program draws ---------------------------------------------------------
    def _read(self) -> None:
        while True:
            try:
                ready, _, _ = select.select([self.fd], [], [], 0.1)
                if not ready:
                    if self.status is not None:
                        break
                    continue
                chunk = os.read(self.fd, 65536)
            except (OSError, ValueError):  # the child closed its side; the window closed
                break
            if not chunk:
                break
            with self._lock:
                self._output += chunk
        self._closed.set()

    def output(self) -> bytes:
        with self._lock:
            return bytes(self._output)

    def text(self) -> str:
        """Everything drawn so far with the escape sequences taken out (for messages)."""
        plain = _ESCAPES.sub(b" ", self.output()).decode("utf-8", "replace")
        return re.sub(r"\s+", " ", plain)

    def wait_for(self, found: Callable[[str], bool], deadline_s: float, what: str) -> None:
        """Wait until ``found(text drawn so far)``; fail naming ``what`` at the deadline."""
        end = time.monotonic() + deadline_s
        while time.monotonic() < end:
            if found(self.text()):
                return
            if self.poll() is not None:
                raise AssertionError(f"the program ended ({self.status}) before {what}")
            time.sleep(0.05)
        raise AssertionError(f"no {what} after {deadline_s} s; the screen: {self.text()[-800:]}")

    # -- keys --------------------------------------------------------------------------------
    def type(self, data: bytes | str) -> None:
        """Write the keys at once, with no pause between them."""
        raw = data.encode("utf-8") if isinstance(data, str) else data
        view = memoryview(raw)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]

    # -- the end -------------------------------------------------------------------------
    def signal(self, number: int) -> None:
        """Send the program a signal (SIGTERM: a shutdown; SIGHUP: the terminal closed)."""
        os.kill(self.pid, number)

    def hang_up(self) -> None:
        """Close the terminal window: the program's side of the terminal hangs up (its
        writes fail) and the kernel sends it SIGHUP."""
        fd, self.fd = self.fd, -1
        os.close(fd)
        self._closed.wait(5)

    def poll(self) -> int | None:
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.status = os.waitstatus_to_exitcode(status)
        return self.status

    def wait(self, deadline_s: float) -> int | None:
        """The exit code once the program ended, or None at the deadline."""
        end = time.monotonic() + deadline_s
        while time.monotonic() < end:
            if self.poll() is not None:
                return self.status
            time.sleep(0.05)
        return None

    def close(self) -> None:
        """End the program if it still runs, and free the terminal."""
        if self.poll() is None:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.status = -signal.SIGKILL
        self._closed.wait(5)
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)


def _set_size(fd: int, columns: int, lines: int) -> None:
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))


class BusyCores:
    """Processes that keep the processor busy while they run (a video call beside the app)."""

    def __init__(self, count: int = 2) -> None:
        self.children = [
            subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)
        ]

    def __enter__(self) -> BusyCores:
        return self

    def __exit__(self, *exc: object) -> None:
        for child in self.children:
            child.kill()
        for child in self.children:
            child.wait(timeout=10)
