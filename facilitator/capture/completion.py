"""Completing the ``@``, ``#`` or ``~`` token being typed at the end of the capture line."""

from __future__ import annotations

import re
import unicodedata

from facilitator.capture.context import MAX_NAME_CHARS, Context, starts_marker
from facilitator.records import record
from facilitator.text import fold, spelled_to


@record
class Completion:
    """What the token being typed at the end of the line could become."""

    trigger: str
    fragment: str
    candidates: tuple[str, ...]  # labels to show, best first
    suggestion: str | None  # the whole line, completed with the best candidate


def complete(line: str, context: Context) -> Completion | None:
    """Completion for an ``@``, ``#`` or ``~`` token at the end of ``line``."""
    pos = _last_trigger(line)
    if pos is None:
        return None
    trigger, fragment = line[pos], line[pos + 1 :]
    if len(fragment) > MAX_NAME_CHARS or "\n" in fragment:
        return None
    options: list[tuple[str, str]] = []  # (completion text, label)
    if trigger == "#":
        if fragment.strip() != fragment:
            return None
        options = [(re.sub(r"\s+", "-", t), "#" + t) for t in context.tags]
    elif trigger == "~":
        people = list(context.participants)
        options = [(p.name, f"{n} {p.name}") for n, p in enumerate(people, start=1)]
        options += [(str(n), f"{n} {p.name}") for n, p in enumerate(people, start=1)]
    else:
        org, slash, person = fragment.partition("/")
        if slash:
            members = [p for p in context.participants if fold(p.organisation) == fold(org)]
            options = [(f"{org}/{p.name}", p.name) for p in members]
        else:
            options = [(o, o) for o in context.known_organisations]
            options += [(p.name, f"{p.name} ({p.organisation})") for p in context.participants]
    key = fold(fragment)
    matching = [(text, label) for text, label in options if fold(text).startswith(key)]
    if not matching:
        return None
    if all(fold(text) == key for text, _ in matching):
        return None  # already complete
    best = matching[0][0]
    # what of the best the fragment spells: an accent typed goes with its letter, one not
    # typed comes with the rest ("René" or "Rene" and "Renée", either way composed)
    typed = spelled_to(best, 0, key, marks=_marked(fragment[-1:]))
    suggestion = line + best[typed:] if 0 <= typed < len(best) else None
    return Completion(trigger, fragment, tuple(label for _, label in matching), suggestion)


def _marked(text: str) -> bool:
    """Whether ``text`` has an accent or another mark (``é``, or ``e`` + U+0301)."""
    return any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", text))


def _last_trigger(line: str) -> int | None:
    for pos in range(len(line) - 1, max(-1, len(line) - MAX_NAME_CHARS - 2), -1):
        if starts_marker(line, pos, typing=True):
            return pos
    return None
