"""The terminal driver, made to outlive its terminal.

Textual writes the screen from a thread of its own, through a queue of at most thirty
writes. When the terminal window is closed, a write fails (the terminal is gone: EIO), that
thread ends, and every later write waits forever for room in the full queue, the last one
on quitting among them: the program got SIGHUP, saved what was typed, and then never ended,
holding its database open in the background. Here the driver's output goes through
:class:`TerminalOutput`, which drops what it can no longer write, so the thread goes on
until the program ends.
"""

from __future__ import annotations

from typing import IO, Any

from textual.driver import Driver


class TerminalOutput:
    """A terminal's output that stops writing, instead of failing, once the terminal is gone."""

    def __init__(self, file: IO[str]) -> None:
        self._file = file
        self.gone = False
        """True once a write or flush has failed: everything after it is dropped."""

    def write(self, text: str) -> int:
        if not self.gone:
            try:
                return self._file.write(text)
            except (OSError, ValueError):  # the terminal hung up; a closed file
                self.gone = True
        return len(text)

    def flush(self) -> None:
        if not self.gone:
            try:
                self._file.flush()
            except (OSError, ValueError):
                self.gone = True

    def fileno(self) -> int:
        return self._file.fileno()

    def isatty(self) -> bool:
        return not self.gone and self._file.isatty()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._file, name)


def outliving(base: type[Driver]) -> type[Driver]:
    """``base`` (Textual's driver for this system) with its output through a
    :class:`TerminalOutput`; a driver without such output (headless, the web) as it is."""

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        base.__init__(self, *args, **kwargs)
        file = getattr(self, "_file", None)
        if file is not None and not isinstance(file, TerminalOutput):
            self._file = TerminalOutput(file)

    return type(base.__name__, (base,), {"__init__": __init__, "__module__": __name__})
