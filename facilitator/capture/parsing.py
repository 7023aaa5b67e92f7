"""Reading a capture line: what is taken out of it, and the text that remains.

:func:`parse` walks the line once for a due date and then for each ``#``,
``~`` and ``@`` that starts a word (after a blank, a separator or an opening bracket:
``(@UWV)``, see :func:`~facilitator.capture.context.starts_marker`); each recognised
part claims its span of the line, so no character is read twice. Brackets that held
nothing but what was taken out go with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import field
from datetime import date

from facilitator.capture.context import (
    BRACKETS,
    CLOSING,
    SEPARATORS,
    WORD_END,
    Context,
    starts_marker,
)
from facilitator.capture.due import (
    DUE_RE,
    DUE_WORD_RE,
    ShortYear,
    TimeOfDay,
    WeekdayMismatch,
    YearOutOfRange,
    parse_phrase,
    reads_for,
    unread_dates,
)
from facilitator.capture.names import dedupe_owners, match_at, people_candidates, read_owner
from facilitator.domain.model import Owner, Participant
from facilitator.domain.numbering import by_number
from facilitator.records import record
from facilitator.text import fold, tag_key


@record
class Parsed:
    """The capture line, understood."""

    text: str
    owners: tuple[Owner, ...] = ()
    tags: tuple[str, ...] = ()
    new_tags: tuple[str, ...] = ()
    due: date | None = None
    speaker: int | None = None
    speaker_set: bool = False
    problems: tuple[tuple[str, str], ...] = ()  # (message key, the words concerned)
    spans: tuple[tuple[int, int], ...] = ()  # what was taken out of the line
    # An "@" that starts several organisations' names: (the words, the candidates).
    ambiguous: tuple[tuple[str, tuple[str, ...]], ...] = ()


@record(frozen=False)
class _Found:
    spans: list[tuple[int, int]] = field(default_factory=list)
    owners: list[Owner] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    new_tags: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    ambiguous: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    due: date | None = None
    speaker: int | None = None
    speaker_set: bool = False

    def taken(self, pos: int) -> bool:
        return any(start <= pos < end for start, end in self.spans)

    def take(self, span: tuple[int, int]) -> bool:
        """Claim a part of the line; False if it overlaps a part already taken."""
        start, end = span
        if any(start < e and s < end for s, e in self.spans):
            return False
        self.spans.append(span)
        return True


def normalise_tag(raw: str, known: Iterable[str]) -> tuple[str, bool]:
    """The session's spelling of a tag and whether it is known; new tags in lower case."""
    key = tag_key(raw)
    for tag in known:
        if tag_key(tag) == key:
            return tag, True
    return raw.lower(), False


_TAG_RE = re.compile(r"#(?P<tag>[^\W\d_](?:[\w\-/+&]*\w)?)" + WORD_END)
"""A tag: a letter, then letters, digits and ``-/+&``, ending in a letter or digit where
its word ends. A ``#`` word that runs on (``#bbl's``, ``#bbl€5``, ``#C++``) is text."""


def parse(line: str, context: Context, *, board: bool = True) -> Parsed:
    """Take owners, tags, a due date and a speaker out of ``line``.

    With ``board=False`` (decisions, questions, notes: they have no owners or
    due date) only tags and the speaker are recognised; ``@`` and dates stay
    in the text.
    """
    found = _Found()
    if board:
        _find_due(line, context, found)
    for pos, ch in enumerate(line):
        if found.taken(pos) or not starts_marker(line, pos):
            continue
        if ch == "#":
            _find_tag(line, pos, context, found)
        elif ch == "~":
            _find_speaker(line, pos, context, found)
        elif board:
            _find_owner(line, pos, context, found)
    spans = _with_brackets(line, found.spans)
    return Parsed(
        text=_cut(line, spans),
        owners=tuple(dedupe_owners(found.owners)),
        tags=tuple(found.tags),
        new_tags=tuple(found.new_tags),
        due=found.due,
        speaker=found.speaker,
        speaker_set=found.speaker_set,
        problems=tuple(found.problems),
        spans=tuple(spans),
        ambiguous=tuple(found.ambiguous),
    )


def _phrase_date(match: re.Match[str], today: date) -> tuple[date | None, str]:
    """The date a due phrase names, or None and the key of the problem with it ('' for a
    time of day, which is no date and no mistake either)."""
    try:
        return parse_phrase(match, today), ""
    except WeekdayMismatch:
        return None, "weekday_mismatch"
    except YearOutOfRange:
        return None, "year_range"
    except ShortYear:
        return None, "short_year"
    except TimeOfDay:  # "tot 10.30 uur" is a time, not a bad date
        return None, ""
    except (ValueError, OverflowError):  # "tot 31 feb", "tot 31-02", "tot 29-2-2027"
        return None, "bad_date"


def _find_due(line: str, context: Context, found: _Found) -> None:
    phrases: list[tuple[int, int]] = []
    for match in DUE_RE.finditer(line):
        if reads_for(match):  # "plekken voor 1-2 studenten": for, not before
            continue
        phrases.append(match.span())
        due, problem = _phrase_date(match, context.today)
        if due is None:
            if problem:
                found.problems.append((problem, match.group(0)))
            continue
        start, end = match.span()
        if line[end - 1] == ".":  # "tot 1 nov." or "tot vrijdag.": the full stop stays
            end -= 1
        if found.due is not None:
            found.problems.append(("second_date", match.group(0)))
        elif found.take((start, end)):
            found.due = due
    for start, end in unread_dates(line, phrases):
        # a date meant but not read ("tot eind voorjaar"): it stays text, and is said
        found.problems.append(("unread_date", line[start:end]))


NO_DATE = frozenset({"geen", "none"})
"""The words that, typed as a card's new due date, take its date away."""


@record
class TypedDue:
    """A due date typed on its own (the board's ``!``), and what Enter does with it."""

    typed: str
    """What was typed, its blanks folded."""
    due: date | None = None
    """The date read from it."""
    clear: bool = False
    """``geen`` or ``none``: the card's date goes."""
    keeps: bool = False
    """Nothing typed after the due word: the card's date stays as it is."""
    problems: tuple[tuple[str, str], ...] = ()
    """Why the date typed is no date, as :attr:`Parsed.problems` (none: no date form at all)."""

    @property
    def read(self) -> bool:
        """Whether Enter has something to do with it: a date, none, or the date kept."""
        return self.due is not None or self.clear or self.keeps


def read_due(typed: str, today: date) -> TypedDue:
    """A due date typed on its own: with a due word or without (``tot vrijdag``,
    ``volgende week``), ``geen``/``none`` for no date, nothing to keep the date. Anything
    else, a date with more words after it too, is no date."""
    text = " ".join(typed.split())
    word = DUE_WORD_RE.match(text)
    rest = text[word.end() :] if word else text
    if not rest:
        return TypedDue(text, keeps=True)
    if rest.casefold() in NO_DATE:
        return TypedDue(text, clear=True)
    phrase = text.removesuffix(".")  # "tot 1 nov.": a full stop ends the sentence
    match = DUE_RE.fullmatch(phrase) or (None if word else DUE_RE.fullmatch(f"tot {phrase}"))
    if match is None:
        return TypedDue(text)
    due, problem = _phrase_date(match, today)
    if due is None:
        return TypedDue(text, problems=((problem, text),) if problem else ())
    return TypedDue(text, due=due)


def _find_tag(line: str, pos: int, context: Context, found: _Found) -> None:
    match = _TAG_RE.match(line, pos)
    if not match:
        return
    raw = match["tag"]
    if not found.take((pos, pos + 1 + len(raw))):
        return
    tag, known = normalise_tag(raw, [*context.tags, *found.new_tags])
    if tag not in found.tags:
        found.tags.append(tag)
        if not known:
            found.new_tags.append(tag)


def _find_speaker(line: str, pos: int, context: Context, found: _Found) -> None:
    rest = line[pos + 1 :]
    number = re.match(r"(\d{1,3}|-)(?=$|[\s,;:!?)\]}\"”»]|\.(?:\s|$))", rest)
    if number:
        word = number.group(1)
        person: Participant | None = None
        if word not in ("-", "0"):
            person = by_number(context.participants, int(word))
            if person is None:
                found.problems.append(("unknown_speaker", "~" + word))
                return
        _set_speaker(found, person, (pos, pos + 1 + len(word)))
        return
    length, value = match_at(line, pos + 1, people_candidates(context.participants))
    if isinstance(value, Participant):
        _set_speaker(found, value, (pos, pos + 1 + length))
    elif rest[:1].strip():
        found.problems.append(("unknown_speaker", "~" + rest.split()[0]))


def _set_speaker(found: _Found, person: Participant | None, span: tuple[int, int]) -> None:
    if found.speaker_set:
        found.problems.append(("second_speaker", "~"))
        return
    if found.take(span):
        found.speaker_set = True
        found.speaker = person.id if person else None


def _find_owner(line: str, pos: int, context: Context, found: _Found) -> None:
    read = read_owner(line, pos + 1, context)
    if read.candidates:  # the start of several organisations: ask, do not guess
        words = line[pos : read.end]
        found.problems.append(("ambiguous_owner", words))
        found.ambiguous.append((words, read.candidates))
    elif read.owner is not None and found.take((pos, read.end)):
        found.owners.append(read.owner)
        lead = context.person(read.owner.participant_id)
        if lead is not None and fold(lead.organisation) != fold(read.owner.organisation):
            # @UWV/Linda with Linda at the table for another organisation: kept as typed,
            # but said, as it may be a slip of the name
            found.problems.append(("lead_elsewhere", f"{lead.name}: {lead.organisation}"))


_INSIDE = " \t,;"
"""What may stand between the markers in brackets of their own: ``(@UWV, #stage)``."""


def _with_brackets(line: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, with the brackets that held nothing else: ``(@UWV)`` goes whole, not
    leaving ``()`` in the text; ``(@UWV, tot vrijdag)`` too; ``(@UWV voor bbl)`` keeps
    ``(voor bbl)``. Markers with only a separator between them go as one: ``@UWV,@Els``
    leaves no comma."""
    result = _joined(line, sorted(spans))
    for start in range(len(line) - 1, -1, -1):  # the inner brackets first: ((@UWV))
        closing = BRACKETS.get(line[start])
        if closing is None:
            continue
        starts = dict(result)
        pos, took = start + 1, False
        while pos < len(line):
            if pos in starts:
                pos, took = starts[pos], True
            elif line[pos] in _INSIDE:
                pos += 1
            else:
                break
        if took and line[pos : pos + 1] == closing:
            inside = [(s, e) for s, e in result if start < s and e <= pos]
            result = sorted([*(s for s in result if s not in inside), (start, pos + 1)])
            result = _joined(line, result)
    return result


def _joined(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans, those with nothing but blanks and separators between them as one."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and not line[joined[-1][1] : start].strip(_INSIDE):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


_ENDS_WORD = CLOSING + SEPARATORS + ".!?"
"""What may follow a word without a blank: the blank before a span followed by one goes
(``x @UWV, ok`` is «x, ok»)."""


def _cut(line: str, spans: Sequence[tuple[int, int]]) -> str:
    """The line without the spans, each with one blank that separated it from the rest.
    Text right after a span keeps the blank before it, so no two words are joined:
    ``@"Ministerie van OCW"'s plan`` leaves «'s plan», not «x's plan» after an ``x``."""
    text = line
    for start, end in sorted(spans, reverse=True):
        after = text[end : end + 1]
        if start > 0 and text[start - 1] in " \t" and (not after.strip() or after in _ENDS_WORD):
            start -= 1
        elif end < len(text) and text[end] in " \t":
            end += 1
        text = text[:start] + text[end:]
    return text
