"""What the capture line knows about the session, and how it compares names.

:class:`Context` carries the participants (in table order), the session's
tags, the organisations not at the table that may lead (listed in the
session file) and "today". Every part of the capture line compares names with
:func:`facilitator.text.fold`, so ``@uwv``, ``@UWV`` and ``@Uwv`` are the same owner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import field
from datetime import date

from facilitator.domain.model import Participant
from facilitator.records import record
from facilitator.text import fold

TRIGGERS = "@#~"
MAX_NAME_CHARS = 60
BRACKETS = {"(": ")", "[": "]", "{": "}", '"': '"', "“": "”", "„": "”", "«": "»"}
"""An opening bracket or quote a marker may follow, and the one that closes it."""
CLOSING = "".join(dict.fromkeys(BRACKETS.values()))
SEPARATORS = ",;:"
"""Punctuation a marker may follow without a blank: ``@UWV,@Els``."""
WORD_END = r"(?=$|[\s,;:!?)\]}\"”»]|\.(?:\s|$))"
"""Where a marker's word may end: a blank, the end of the line, a separator, ``!`` or
``?``, a closing bracket or quote, or a full stop that ends a sentence (``#stage.``, not
``#stage.nl``)."""


def starts_marker(line: str, pos: int, *, typing: bool = False) -> bool:
    """Whether the ``@``, ``#`` or ``~`` at ``pos`` starts a marker: at the start of the
    line, after a blank or a separator (``,@Els``), or after an opening bracket or quote
    (``(@UWV)``, ``[#stage]``) whose closing one ends a word further on (in
    ``[@click=app.quit]klik`` it does not: text). Inside a word it is text:
    ``jan@uwv.nl``, ``C#``. ``typing``: the line is still being typed (completion), its
    closing bracket may not be there yet."""
    if line[pos] not in TRIGGERS:
        return False
    before = line[pos - 1] if pos > 0 else " "
    if before.isspace() or before in SEPARATORS:
        return True
    closing = BRACKETS.get(before)
    if closing is None:
        return False
    if typing:
        return True
    end = line.find(closing, pos + 1)
    return end > 0 and not line[end + 1 : end + 2].isalnum()


@record
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
