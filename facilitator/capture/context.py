"""What the capture line knows about the session, and how it compares names.

:class:`Context` carries the participants (in table order), the session's
tags, the organisations not at the table that may lead (listed in the
session file) and "today". Every part of the capture line compares names with
:func:`facilitator.text.fold`, so ``@uwv``, ``@UWV`` and ``@Uwv`` are the same owner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from facilitator.domain.model import Participant
from facilitator.text import fold

TRIGGERS = "@#~"
MAX_NAME_CHARS = 60


@dataclass(frozen=True)
class Context:
    """What the parser needs to know about the session."""

    participants: Sequence[Participant] = ()
    tags: Sequence[str] = ()
    today: date = field(default_factory=date.today)
    outside: Sequence[str] = ()  # organisations not at the table that may lead

    @property
    def organisations(self) -> list[str]:
        """Each organisation at the table once, in table order."""
        seen: dict[str, str] = {}
        for p in self.participants:
            if p.organisation.strip():
                seen.setdefault(fold(p.organisation), p.organisation)
        return list(seen.values())

    @property
    def known_organisations(self) -> list[str]:
        """The organisations at the table, then the outside ones the session lists; each once."""
        seen = {fold(o): o for o in self.organisations}
        for name in self.outside:
            if name.strip():
                seen.setdefault(fold(name), name)
        return list(seen.values())

    def person(self, participant_id: int | None) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)
