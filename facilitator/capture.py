"""The capture line's little language: owners, tags, a due date and the speaker, inline.

``Matchpunt opzetten @UWV/Els #stage tot vr 30 okt ~3`` reads as the text
"Matchpunt opzetten", owned by UWV with Els as the named lead, tagged
``stage``, due on Friday 30 October, said by participant 3. The syntax is
documented in ``docs/capture.md``; in short:

- ``@who`` — an owner: an organisation, a participant (which implies their
  organisation), or ``@Organisation/Name``; several ``@`` for several owners;
  ``@"Ministerie van OCW"`` for an organisation not at the table with spaces.
- ``#tag`` — a tag; an unknown tag is new and is added to the session.
- a due date after ``tot``, ``t/m``, ``uiterlijk``, ``by``, ``due``, ``before``
  or ``until``, or right after ``!``: ``tot 1 nov``, ``by 2020-11-01``,
  ``tot vrijdag``, ``!1-11``, ``tot eind november``, ``by tomorrow``.
- ``~3`` or ``~Els`` — attribute to participant 3 (table order) or Els;
  ``~-`` for nobody.

Only what is recognised is taken out of the text; anything else (``~30``
when there are 12 people, ``tot 31-2``) stays in the text and is reported as
a problem, so a mistake is visible before it is saved. Pure Python: no
Textual, no SQL; "today" is passed in.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from dateutil import parser as dateparser
from dateutil.relativedelta import relativedelta

from facilitator.domain.model import Owner, Participant
from facilitator.sessionfile import DutchEnglishParserInfo

__all__ = [
    "Completion",
    "Context",
    "Parsed",
    "complete",
    "fold",
    "format_due",
    "normalise_tag",
    "owner_label",
    "parse",
    "unparse",
]

TRIGGERS = "@#~"
MAX_NAME_CHARS = 60

_INFO = DutchEnglishParserInfo(dayfirst=True)


def fold(text: str) -> str:
    """Text for comparison: case, accents and a few look-alike letters ignored."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LOOKALIKE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_LOOKALIKE = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d"})


# -- dates ------------------------------------------------------------------------------------


def _names(groups: Iterable[Iterable[str]], *, min_len: int = 1) -> list[str]:
    names = {n.lower() for group in groups for n in group if len(n) >= min_len}
    return sorted(names, key=len, reverse=True)


_MONTH = "(?:" + "|".join(re.escape(n) for n in _names(_INFO.MONTHS)) + r")\.?"
_WEEKDAY_ANY = "(?:" + "|".join(re.escape(n) for n in _names(_INFO.WEEKDAYS)) + r")\.?"
# A weekday on its own must be at least three letters: "tot zo" means "see you soon".
_WEEKDAY_LONG = "(?:" + "|".join(re.escape(n) for n in _names(_INFO.WEEKDAYS, min_len=3)) + ")"
_NEXT = r"(?:(?:volgende|komende|aanstaande|next|this)\s+)?"
_YEAR = r"(?:\s+(?P<{}>\d{{4}}))?"

_DATE_FORMS = [
    ("iso", r"\d{4}-\d{1,2}-\d{1,2}"),
    ("num", r"\d{1,2}[-/.]\d{1,2}(?:[-/.](?:\d{4}|\d{2}))?"),
    ("dmy", r"(?:" + _WEEKDAY_ANY + r",?\s+)?\d{1,2}\s*" + _MONTH + _YEAR.format("y1")),
    (
        "mdy",
        r"(?:" + _WEEKDAY_ANY + r",?\s+)?" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?"
        r"(?:,?\s+(?P<y2>\d{4}))?",
    ),
    ("end", r"(?:eind|einde|end\s+of|end)\s+" + _MONTH + _YEAR.format("y3")),
    ("rel", r"(?:overmorgen|morgen|vandaag|tomorrow|today)"),
    ("week", r"(?:volgende\s+week|next\s+week)"),
    (
        "in",
        r"(?:over|in|binnen|within)\s+(?P<n>\d{1,3})\s+"
        r"(?P<unit>dagen|dag|days?|weken|week|weeks?|maanden|maand|months?)",
    ),
    ("wd", _NEXT + _WEEKDAY_LONG + r"\.?"),
]
_PHRASE = "|".join(f"(?P<{name}>{form})" for name, form in _DATE_FORMS)
_END = r"(?=$|[\s,;:!?)\]])"
_DUE_WORDS = r"tot\s+en\s+met|t/m|tot|uiterlijk|deadline|by|due|before|until"
_DUE_START = r"(?<!\S)(?:(?P<word>" + _DUE_WORDS + r")\s+|!|(?=(?:binnen|within)\s))"
_DUE_RE = re.compile(_DUE_START + "(?P<phrase>" + _PHRASE + ")" + _END, re.IGNORECASE)


def _next_occurrence(month: int, day: int, today: date) -> date:
    """The date with that month and day on or after today (this year or next)."""
    found = date(today.year, month, day) if _valid(today.year, month, day) else None
    if found is None or found < today:
        year = today.year + 1
        while not _valid(year, month, day):  # 29 February
            year += 1
        found = date(year, month, day)
    return found


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


class _WeekdayMismatch(ValueError):
    """``vr 31 okt`` when 31 October is a Saturday."""


def _dateutil(text: str, today: date) -> datetime:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return dateparser.parse(
            text.replace(",", " "),
            parserinfo=_INFO,
            default=datetime(today.year, today.month, today.day),
            dayfirst=True,
        )


def _parse_phrase(match: re.Match[str], today: date) -> date:
    """The date a due phrase names; ValueError if it names none."""
    phrase = " ".join(match["phrase"].split())
    low = phrase.lower()
    if match["iso"]:
        year, month, day = (int(p) for p in phrase.split("-"))
        return date(year, month, day)
    if match["num"]:
        parts = [int(p) for p in re.split(r"[-/.]", phrase)]
        day, month = parts[0], parts[1]
        if len(parts) == 3:
            year = parts[2] + (2000 if parts[2] < 100 else 0)
            return date(year, month, day)
        if not _valid(2000, month, day):  # 2000 is a leap year
            raise ValueError(phrase)
        return _next_occurrence(month, day, today)
    if match["dmy"] or match["mdy"]:
        parsed = _dateutil(phrase, today)
        has_year = bool(match["y1"] or match["y2"])
        result = parsed.date() if has_year else _next_occurrence(parsed.month, parsed.day, today)
        for word in re.findall(r"[^\W\d_]+", phrase):
            weekday = _INFO.weekday(word)
            if weekday is not None and weekday != result.weekday():
                raise _WeekdayMismatch(phrase)
        return result
    if match["end"]:
        words = re.sub(r"^(eind|einde|end\s+of|end)\s+", "", low).split()
        found_month = _INFO.month(words[0].rstrip("."))
        if found_month is None:
            raise ValueError(phrase)
        month = found_month
        year = int(match["y3"]) if match["y3"] else today.year
        if not match["y3"] and month < today.month:
            year += 1
        return date(year, month, calendar.monthrange(year, month)[1])
    if match["rel"]:
        offsets = {"vandaag": 0, "today": 0, "morgen": 1, "tomorrow": 1, "overmorgen": 2}
        return today + timedelta(days=offsets[low])
    if match["week"]:
        return today + timedelta(days=7)
    if match["in"]:
        n, unit = int(match["n"]), match["unit"].lower()
        if unit.startswith("m"):
            return today + relativedelta(months=n)
        return today + (timedelta(weeks=n) if unit.startswith("w") else timedelta(n))
    if match["wd"]:
        weekday = _INFO.weekday(low.split()[-1].rstrip("."))
        if weekday is None:
            raise ValueError(phrase)
        return today + relativedelta(days=1, weekday=weekday)
    raise ValueError(phrase)


# -- names ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    """What the parser needs to know about the session."""

    participants: Sequence[Participant] = ()
    tags: Sequence[str] = ()
    today: date = field(default_factory=date.today)

    @property
    def organisations(self) -> list[str]:
        """Each organisation at the table once, in table order."""
        seen: dict[str, str] = {}
        for p in self.participants:
            if p.organisation.strip():
                seen.setdefault(fold(p.organisation), p.organisation)
        return list(seen.values())

    def number(self, participant_id: int | None) -> int | None:
        """The 1-based table number of a participant (as the console numbers them)."""
        for n, p in enumerate(self.participants, start=1):
            if p.id == participant_id:
                return n
        return None

    def person(self, participant_id: int | None) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)


def _first_names(people: Sequence[Participant]) -> dict[str, Participant]:
    """First names that belong to exactly one participant."""
    count: dict[str, list[Participant]] = {}
    for p in people:
        first = p.name.split()[0] if p.name.split() else ""
        if first:
            count.setdefault(fold(first), []).append(p)
    return {name: found[0] for name, found in count.items() if len(found) == 1}


_BOUNDARY = re.compile(r"$|[\s/,;:!?)\]]|\.(?:\s|$)")


def _match_at(text: str, pos: int, candidates: Iterable[tuple[str, object]]) -> tuple[int, object]:
    """The longest candidate written at ``pos`` (ignoring case and accents), or (0, None)."""
    best: tuple[int, object] = (0, None)
    for name, value in candidates:
        n = len(name)
        if n <= best[0] or not name.strip():
            continue
        if fold(text[pos : pos + n]) == fold(name) and _BOUNDARY.match(text, pos + n):
            best = (n, value)
    return best


def _people_candidates(people: Sequence[Participant]) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    firsts = _first_names(people)
    for p in people:
        out.append((p.name, p))
        if p.key:
            out.append((p.key, p))
    for p in firsts.values():
        out.append((p.name.split()[0], p))
    return out


# -- parsing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
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

    @property
    def recognised(self) -> bool:
        return bool(self.spans)


@dataclass
class _Found:
    spans: list[tuple[int, int]] = field(default_factory=list)
    owners: list[Owner] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    new_tags: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
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
    key = _tag_key(raw)
    for tag in known:
        if _tag_key(tag) == key:
            return tag, True
    return raw.lower(), False


def _tag_key(tag: str) -> str:
    return re.sub(r"[\s_\-]+", "-", fold(tag).strip())


_TAG_RE = re.compile(r"#(?P<tag>[^\W\d_][\w\-/+&]*)")
_FREE_RE = re.compile(r'"(?P<quoted>[^"\n]+)"|(?P<word>[^\s"]+)')


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
        if ch not in TRIGGERS or found.taken(pos) or (pos > 0 and not line[pos - 1].isspace()):
            continue
        if ch == "#":
            _find_tag(line, pos, context, found)
        elif ch == "~":
            _find_speaker(line, pos, context, found)
        elif board:
            _find_owner(line, pos, context, found)
    spans = sorted(found.spans)
    return Parsed(
        text=_cut(line, spans),
        owners=tuple(_dedupe_owners(found.owners)),
        tags=tuple(found.tags),
        new_tags=tuple(found.new_tags),
        due=found.due,
        speaker=found.speaker,
        speaker_set=found.speaker_set,
        problems=tuple(found.problems),
        spans=tuple(spans),
    )


def _find_due(line: str, context: Context, found: _Found) -> None:
    for match in _DUE_RE.finditer(line):
        try:
            due = _parse_phrase(match, context.today)
        except _WeekdayMismatch:
            found.problems.append(("weekday_mismatch", match.group(0)))
            continue
        except (ValueError, OverflowError):
            if not match["num"]:  # "tot 10.30" is a time, not a bad date
                found.problems.append(("bad_date", match.group(0)))
            continue
        if found.due is not None:
            found.problems.append(("second_date", match.group(0)))
        elif found.take(match.span()):
            found.due = due


def _find_tag(line: str, pos: int, context: Context, found: _Found) -> None:
    match = _TAG_RE.match(line, pos)
    if not match:
        return
    raw = match["tag"].rstrip("-/+&")
    if not found.take((pos, pos + 1 + len(raw))):
        return
    tag, known = normalise_tag(raw, [*context.tags, *found.new_tags])
    if tag not in found.tags:
        found.tags.append(tag)
        if not known:
            found.new_tags.append(tag)


def _find_speaker(line: str, pos: int, context: Context, found: _Found) -> None:
    rest = line[pos + 1 :]
    number = re.match(r"(\d{1,3}|-)(?=$|[\s,;:!?)])", rest)
    if number:
        word = number.group(1)
        person: Participant | None = None
        if word not in ("-", "0"):
            n = int(word)
            if not 1 <= n <= len(context.participants):
                found.problems.append(("unknown_speaker", "~" + word))
                return
            person = context.participants[n - 1]
        _set_speaker(found, person, (pos, pos + 1 + len(word)))
        return
    length, value = _match_at(line, pos + 1, _people_candidates(context.participants))
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
    owner, end = _read_owner(line, pos + 1, context)
    if owner is not None and found.take((pos, end)):
        found.owners.append(owner)


def _read_owner(line: str, start: int, context: Context) -> tuple[Owner | None, int]:
    """The owner written from ``start`` (just after the ``@``) and where it ends."""
    people = list(context.participants)
    orgs: list[tuple[str, object]] = [(o, o) for o in context.organisations]
    length, value = _match_at(line, start, [*orgs, *_people_candidates(people)])
    if isinstance(value, Participant):
        return Owner(value.organisation, value.id), start + length
    org: str | None = value if isinstance(value, str) else None
    end = start + length
    if org is None:
        free = _FREE_RE.match(line, start)
        if not free:
            return None, start
        if free["quoted"]:
            org, end = " ".join(free["quoted"].split()), free.end()
        else:
            org = free["word"].split("/")[0].rstrip(",.;:!?)")
            end = start + len(org)
        if not org or len(org) > MAX_NAME_CHARS:
            return None, start
    if line[end : end + 1] != "/":
        return Owner(org, None), end
    members = [p for p in people if fold(p.organisation) == fold(org)]
    others = [p for p in people if p not in members]
    plen, person = _match_at(
        line, end + 1, [*_people_candidates(members), *_people_candidates(others)]
    )
    if isinstance(person, Participant):
        return Owner(org, person.id), end + 1 + plen
    free = _FREE_RE.match(line, end + 1)
    name = free["word"].rstrip(",.;:!?)") if free and free["word"] else ""
    if name:
        return Owner(f"{org}/{name}", None), end + 1 + len(name)
    return Owner(org, None), end


def _dedupe_owners(owners: Iterable[Owner]) -> list[Owner]:
    """Each owner once; "UWV" is dropped when "UWV with Els" is there too."""
    unique: list[Owner] = []
    for owner in owners:
        if owner not in unique:
            unique.append(owner)
    named = {fold(o.organisation) for o in unique if o.participant_id is not None}
    return [o for o in unique if o.participant_id is not None or fold(o.organisation) not in named]


def _cut(line: str, spans: Sequence[tuple[int, int]]) -> str:
    """The line without the spans, each with one blank that separated it from the rest."""
    text = line
    for start, end in sorted(spans, reverse=True):
        if start > 0 and text[start - 1] in " \t":
            start -= 1
        elif end < len(text) and text[end] in " \t":
            end += 1
        text = text[:start] + text[end:]
    return text


# -- completion -------------------------------------------------------------------------------


@dataclass(frozen=True)
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
            options = [(o, o) for o in context.organisations]
            options += [(p.name, f"{p.name} ({p.organisation})") for p in context.participants]
    key = fold(fragment)
    matching = [(text, label) for text, label in options if fold(text).startswith(key)]
    if not matching:
        return None
    if all(fold(text) == key for text, _ in matching):
        return None  # already complete
    best = matching[0][0]
    suggestion = line + best[len(fragment) :] if len(best) > len(fragment) else None
    return Completion(trigger, fragment, tuple(label for _, label in matching), suggestion)


def _last_trigger(line: str) -> int | None:
    for pos in range(len(line) - 1, max(-1, len(line) - MAX_NAME_CHARS - 2), -1):
        if line[pos] in TRIGGERS and (pos == 0 or line[pos - 1].isspace()):
            return pos
    return None


# -- showing ----------------------------------------------------------------------------------

_MONTHS = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
_WEEKDAYS = {
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}


def format_due(day: date, lang: str, today: date | None = None) -> str:
    """``vr 30 okt`` (``vr 30 okt 2021`` when not this year); English: ``Fri 30 Oct``."""
    key = "nl" if lang == "nl" else "en"
    text = f"{_WEEKDAYS[key][day.weekday()]} {day.day} {_MONTHS[key][day.month - 1]}"
    if today is None or day.year != today.year:
        text += f" {day.year}"
    return text


def owner_label(owner: Owner, context: Context) -> str:
    """``UWV (Els Bos)``, ``UWV`` or ``Els Bos``."""
    person = context.person(owner.participant_id)
    org = owner.organisation.strip()
    if person is None:
        return org
    if not org or fold(org) == fold(person.name):
        return person.name
    return f"{org} ({person.name})"


def unparse(
    text: str,
    context: Context,
    *,
    owners: Iterable[Owner] = (),
    tags: Iterable[str] = (),
    due: date | None = None,
    lang: str = "nl",
) -> str:
    """A capture line that parses back to these values (for editing a card or contribution)."""
    parts = [text]
    for owner in owners:
        person = context.person(owner.participant_id)
        org = owner.organisation.strip()
        if person is not None and (not org or fold(org) == fold(person.organisation)):
            parts.append("@" + person.name)
        elif person is not None:
            parts.append(f"@{_owner_word(org, context)}/{person.name}")
        elif org:
            parts.append("@" + _owner_word(org, context))
    parts.extend("#" + re.sub(r"\s+", "-", tag) for tag in tags)
    if due is not None:
        parts.append(("tot " if lang == "nl" else "by ") + due.isoformat())
    return " ".join(p for p in parts if p)


def _owner_word(org: str, context: Context) -> str:
    known = any(fold(o) == fold(org) for o in context.organisations)
    return f'"{org}"' if re.search(r"\s", org) and not known else org
