"""What reading a session file reports: one :class:`Problem` each, raised together."""

from __future__ import annotations

from collections.abc import Iterable

from facilitator.records import record
from facilitator.sessionfile.text import one_line


@record
class Problem:
    """One thing wrong with a session file."""

    file: str
    line: int | None
    key: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        if self.key:
            parts.append(self.key)
        parts.append(self.message)
        return one_line(": ".join(parts))


class SessionFileError(Exception):
    """A session file could not be read; ``problems`` lists everything found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
