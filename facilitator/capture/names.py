"""People and organisations on the capture line: ``@UWV/Els``, ``~Els``, ``@"Gemeente X"``.

A name is recognised when the line spells it (case and accents aside) up to
a boundary; the longest known name wins, so ``@SER Overijssel`` is one owner.
A participant's first name or surname counts when it names no one else at the table:
``@Els``, ``@Bos``, ``@Ünal`` typed as ``@Unal``, ``@van der Berg`` or ``@Berg``. The
known organisations are those at the table and the outside ones the session
lists. When no known name is spelled out, the words after ``@`` may be the
start of one: ``@Provincie`` is *Provincie Overijssel* when that is the only
known organisation starting so (the first word may be cut short: ``@Prov``).
When it is the start of several (``@Gemeente``), nothing is guessed: the
``@`` words stay in the text and the candidates are reported. Anything else
is an organisation not at the table (``@Rijksoverheid``, ``@"Ministerie van OCW"``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from facilitator.capture.context import MAX_NAME_CHARS, Context
from facilitator.domain.model import Owner, Participant
from facilitator.records import record
from facilitator.text import NAME_PARTICLES, fold, spelled_to, surname

_BOUNDARY = re.compile(r"$|[\s/,;:!?)\]}\"”»]|\.(?:\s|$)")
_FREE_RE = re.compile(r'"(?P<quoted>[^"\n]+)"|(?P<word>[^\s"”»]+)')
_WORD_RE = re.compile(r"[ \t]*(?P<word>[^\s/,;:!?)\]}\"”»]+?)\.?(?=$|[\s/,;:!?)\]}\"”»])")
_TRAILING = ",.;:!?)]}"
"""Punctuation after a name that is not part of it: ``@Rijksoverheid),``."""
MIN_CUT_WORD = 2  # "@Pr" may stand for "Provincie Overijssel"; "@P" may not
MAX_PREFIX_WORDS = 8


@record
class OwnerRead:
    """What an ``@`` names: an owner, or the organisations it could be (then no owner)."""

    owner: Owner | None
    end: int
    candidates: tuple[str, ...] = ()


_NAME_WORD = re.compile(r"['’]?[^\W\d_]+(?:[.\-'’]+[^\W\d_]+)*[.'’]?")
"""A word of a name: letters, joined by hyphens, apostrophes or full stops."""


def _short_names(person: Participant) -> list[str]:
    """What names ``person`` short of the full name: the first name, the surname with
    its particles (``van der Berg``) and without them (``Berg``). A surname of other signs
    than letters (a walk-in typed as ``Jan [bold]``) or of one letter (``B.``) is none."""
    words = person.name.split()
    found = words[:1]
    last = surname(person.name)
    parts = last.split()
    if parts and all(_NAME_WORD.fullmatch(fold(part)) for part in parts):
        found.append(last)
        bare = parts
        while len(bare) > 1 and fold(bare[0]) in NAME_PARTICLES:
            bare = bare[1:]
        found.append(" ".join(bare))
    return [name for name in found if sum(ch.isalpha() for ch in name) > 1 or name == words[0]]


def _short_names_of(people: Sequence[Participant]) -> dict[str, tuple[str, Participant]]:
    """First names and surnames that name exactly one participant, by their folded
    spelling: a name two people at the table answer to names neither."""
    count: dict[str, list[tuple[str, Participant]]] = {}
    for p in people:
        for name in _short_names(p):
            named = count.setdefault(fold(name), [])
            if all(other is not p for _, other in named):
                named.append((name, p))
    return {key: found[0] for key, found in count.items() if len(found) == 1}


def match_at(text: str, pos: int, candidates: Iterable[tuple[str, object]]) -> tuple[int, object]:
    """The longest candidate written at ``pos`` (ignoring case and accents), or (0, None):
    how many characters of ``text`` spell it, which need not be as many as the name has
    (``Renée`` typed with its ``é`` as one character or as ``e`` and an accent)."""
    best: tuple[int, object] = (0, None)
    for name, value in candidates:
        if not name.strip():
            continue
        end = spelled_to(text, pos, fold(name))
        if end - pos > best[0] and _BOUNDARY.match(text, end):
            best = (end - pos, value)
    return best


def people_candidates(people: Sequence[Participant]) -> list[tuple[str, object]]:
    """What may name each of ``people``: full name, key, and an unambiguous first name
    or surname."""
    out: list[tuple[str, object]] = []
    for p in people:
        out.append((p.name, p))
        if p.key:
            out.append((p.key, p))
    out.extend(_short_names_of(people).values())
    return out


def organisations_starting(
    line: str, start: int, organisations: Sequence[str]
) -> tuple[list[str], int]:
    """The organisations whose name starts with the words written at ``start``, and where
    those words end; the most words that still start a name are taken."""
    found: list[str] = []
    end = start
    typed: list[str] = []
    pos = start
    for _ in range(MAX_PREFIX_WORDS):
        match = _WORD_RE.match(line, pos)
        # the first word right after the "@", each next one after a blank
        if not match or (match.start("word") == pos) != (not typed):
            break
        typed.append(fold(match["word"]))
        starting = [o for o in organisations if _starts_with(fold(o).split(), typed)]
        if not starting:
            break
        found, end, pos = starting, match.end("word"), match.end("word")
    return found, end


def _starts_with(name: list[str], typed: list[str]) -> bool:
    """Whether the name's words begin with the typed ones; one typed word may be cut short."""
    if len(typed) > len(name):
        return False
    if len(typed) == 1:
        first = typed[0]
        return name[0] == first or (len(first) >= MIN_CUT_WORD and name[0].startswith(first))
    return name[: len(typed)] == typed


def read_owner(line: str, start: int, context: Context) -> OwnerRead:
    """The owner written from ``start`` (just after the ``@``) and where it ends."""
    people = list(context.participants)
    known = context.known_organisations
    orgs: list[tuple[str, object]] = [(o, o) for o in known]
    length, value = match_at(line, start, [*orgs, *people_candidates(people)])
    if isinstance(value, Participant):
        return OwnerRead(Owner(value.organisation, value.id), start + length)
    org: str | None = value if isinstance(value, str) else None
    end = start + length
    if org is None and line[start : start + 1] != '"':
        starting, prefix_end = organisations_starting(line, start, known)
        if len(starting) > 1:
            return OwnerRead(None, prefix_end, tuple(starting))
        if starting:
            org, end = starting[0], prefix_end
    if org is None:
        free = _FREE_RE.match(line, start)
        if not free:
            return OwnerRead(None, start)
        if free["quoted"]:
            org, end = " ".join(free["quoted"].split()), free.end()
        else:
            org = free["word"].split("/")[0].rstrip(_TRAILING)
            end = start + len(org)
        if not org or len(org) > MAX_NAME_CHARS:
            return OwnerRead(None, start)
    if line[end : end + 1] != "/":
        return OwnerRead(Owner(org, None), end)
    members = [p for p in people if fold(p.organisation) == fold(org)]
    others = [p for p in people if p not in members]
    plen, person = match_at(
        line, end + 1, [*people_candidates(members), *people_candidates(others)]
    )
    if isinstance(person, Participant):
        return OwnerRead(Owner(org, person.id), end + 1 + plen)
    free = _FREE_RE.match(line, end + 1)
    name = free["word"].rstrip(_TRAILING) if free and free["word"] else ""
    if name:
        return OwnerRead(Owner(f"{org}/{name}", None), end + 1 + len(name))
    return OwnerRead(Owner(org, None), end)


def dedupe_owners(owners: Iterable[Owner]) -> list[Owner]:
    """Each owner once; "UWV" is dropped when "UWV with Els" is there too."""
    unique: list[Owner] = []
    for owner in owners:
        if owner not in unique:
            unique.append(owner)
    named = {fold(o.organisation) for o in unique if o.participant_id is not None}
    return [o for o in unique if o.participant_id is not None or fold(o.organisation) not in named]
