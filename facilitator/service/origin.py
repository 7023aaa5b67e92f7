"""Who made a change: the role of the window, the user and machine, and the window itself.

Every operation in the change log carries its origin, so the history says who
did what, and ``ctrl+z`` in one window undoes only that window's changes. The
stored form is one line, ``role user@host #window`` (the window part is random
per start, so two windows of one role on one machine are told apart). A command
of the command line that changes a session (``import``, ``carry-forward``,
``import-db``…) is an origin too, of the role ``command``, one mark per command run.
"""

from __future__ import annotations

import getpass
import os
import socket
from enum import StrEnum

from facilitator.i18n import Catalog
from facilitator.records import record


class Role(StrEnum):
    """What a window is for: the facilitator's console, the note-taker's, the wall; or a
    command run on the command line (no window)."""

    FACILITATOR = "facilitator"
    NOTETAKER = "notetaker"
    WALL = "wall"
    COMMAND = "command"

    @property
    def changes(self) -> bool:
        """Whether this role may change the session (the wall only shows it)."""
        return self != Role.WALL


ROLE_WORDS = Catalog(
    {
        Role.FACILITATOR.value: ("gespreksleider", "facilitator"),
        Role.NOTETAKER.value: ("notulist", "note-taker"),
        Role.WALL.value: ("scherm", "wall"),
        Role.COMMAND.value: ("opdrachtregel", "command line"),
        "": ("onbekend", "unknown"),
    }
)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment (a container, say)
        return os.environ.get("USER", "") or "?"


@record
class Origin:
    """One window: its role, the user and machine it runs on, and a mark of its own."""

    role: Role
    user: str
    host: str
    window: str

    @classmethod
    def here(cls, role: Role) -> Origin:
        """This window: the role given, this user and machine, a new random mark."""
        return cls(role, _user(), socket.gethostname() or "?", os.urandom(3).hex())

    def __str__(self) -> str:
        return f"{self.role.value} {self.user}@{self.host} #{self.window}"

    @classmethod
    def parse(cls, text: str) -> Origin | None:
        """The origin stored as ``str(origin)``; None for an older or foreign mark."""
        parts = text.split(" ")
        if len(parts) != 3 or "@" not in parts[1] or not parts[2].startswith("#"):
            return None
        try:
            role = Role(parts[0])
        except ValueError:
            return None
        user, _, host = parts[1].partition("@")
        return cls(role, user, host, parts[2][1:])

    def describe(self, lang: str) -> str:
        """``notulist (anne@laptop-2)`` / ``note-taker (anne@laptop-2)``."""
        return f"{ROLE_WORDS(lang, self.role.value)} ({self.user}@{self.host})"


def describe(stored: str, lang: str) -> str:
    """Who made an operation, from its stored origin, in ``lang``."""
    origin = Origin.parse(stored)
    if origin is not None:
        return origin.describe(lang)
    return stored or ROLE_WORDS(lang, "")
