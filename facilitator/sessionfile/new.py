"""Writing a new session file: from a few answers, or from a list of invitees.

:func:`read_invitees` reads a CSV file (name, organisation, sector and an
optional role; Dutch or English column names; comma, semicolon or tab, as
spreadsheet programs write them), saying every problem of its rows at once, those
of a session file of these invitees too (the reader's, at the list's lines), and
:func:`session_toml` writes the TOML text
of a session file with a standard round-table agenda to start from. Each answer
is checked as it is typed by :func:`answer_problems` (the normal reader, on the
file the answers so far would give), and the file is checked with the reader
again afterwards, so what is written always loads or says exactly what to fix.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import field
from pathlib import Path

from facilitator.i18n import Catalog
from facilitator.i18n.oserrors import os_reason
from facilitator.records import record
from facilitator.sessionfile import zones
from facilitator.sessionfile.dates import parse_date_text
from facilitator.sessionfile.locate import KeyPath, format_path
from facilitator.sessionfile.problems import SessionFileError
from facilitator.sessionfile.reader import Reader
from facilitator.sessionfile.text import show
from facilitator.text import screen_line

WORDS = Catalog(
    {
        "no_file": ("{file}: bestand niet gevonden.", "{file}: file not found."),
        "unreadable": (
            "{file}: kan het bestand niet lezen ({error}).",
            "{file}: cannot read the file ({error}).",
        ),
        "not_text": (
            "{file}: dit is geen tekstbestand in UTF-8; sla het op als 'CSV UTF-8'.",
            "{file}: this is not a UTF-8 text file; save it as 'CSV UTF-8'.",
        ),
        "empty": ("{file}: het bestand is leeg.", "{file}: the file is empty."),
        "columns": (
            "{file}:1: de kolommen {missing} ontbreken; nodig zijn naam, organisatie en "
            "sector (rol mag erbij). Gevonden: {found}.",
            "{file}:1: the columns {missing} are missing; needed are name, organisation and "
            "sector (role may be added). Found: {found}.",
        ),
        "columns.one": (
            "{file}:1: de kolom {missing} ontbreekt; nodig zijn naam, organisatie en "
            "sector (rol mag erbij). Gevonden: {found}.",
            "{file}:1: the column {missing} is missing; needed are name, organisation and "
            "sector (role may be added). Found: {found}.",
        ),
        "and": (" en ", " and "),
        "column.name": ("naam", "name"),
        "column.organisation": ("organisatie", "organisation"),
        "column.sector": ("sector", "sector"),
        "column.role": ("rol", "role"),
        "blank": (
            "{file}:{line}: {column} is leeg voor '{name}'.",
            "{file}:{line}: {column} is empty for '{name}'.",
        ),
        "participant": (
            "{file}:{line}: {problem}.",
            "{file}:{line}: {problem}.",
        ),
        "list": ("{file}: {problem}.", "{file}: {problem}."),
        "row": ("'{name}' (regel {line})", "'{name}' (line {line})"),
        "same_person": (
            "'{value}' wordt gezien als dezelfde persoon als {other}; schrijf de naam anders",
            "'{value}' would be taken as the same person as {other}; write the name differently",
        ),
        "no_name": (
            "{file}:{line}: de naam is leeg (organisatie '{organisation}'); vul hem in, of "
            "haal de regel weg.",
            "{file}:{line}: the name is empty (organisation '{organisation}'); fill it in, or "
            "remove the row.",
        ),
        "header": ("Deelnemers", "Participants"),
        "agenda": ("Agenda", "Agenda"),
        "comment": (
            "Gemaakt met 'facilitator new'. Het formaat staat in docs/session-file.md;\n"
            "# pas de agenda en de deelnemers gerust aan.",
            "Made with 'facilitator new'. The format is in docs/session-file.md;\n"
            "# change the agenda and the participants as you like.",
        ),
    }
)

# Column names a spreadsheet may use, in Dutch and English.
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "naam", "full name", "volledige naam"),
    "organisation": ("organisation", "organization", "organisatie", "org"),
    "sector": ("sector", "groep", "group"),
    "role": ("role", "rol", "functie", "function"),
}
REQUIRED = ("name", "organisation", "sector")

# The agenda a round table on barriers, opportunities and who leads starts from.
AGENDA: dict[str, tuple[tuple[str, str, int, str], ...]] = {
    "nl": (
        ("opening", "Opening en kennismaking", 10,
         "Wie zit er aan tafel, en wat wilt u vandaag bereikt hebben?"),
        ("knelpunten", "Knelpunten", 30,
         "Waar lopen mensen met een mbo-2/3-achtergrond vast op de arbeidsmarkt?"),
        ("kansen", "Kansen", 25,
         "Wat werkt al, en wat kunnen we versterken of versnellen?"),
        ("acties", "Acties en wie het voortouw neemt", 25,
         "Hoe nemen we de knelpunten weg, en wie neemt bij elk het voortouw?"),
        ("afronding", "Afronding", 10,
         "Wat spreken we af, en wat nemen we mee naar de provinciale slotbijeenkomst?"),
    ),
    "en": (
        ("opening", "Opening and introductions", 10,
         "Who is at the table, and what do you want to achieve today?"),
        ("barriers", "Barriers", 30,
         "Where do people with an mbo-2/3 background get stuck on the labour market?"),
        ("opportunities", "Opportunities", 25,
         "What already works, and what can we strengthen or speed up?"),
        ("actions", "Actions and who takes the lead", 25,
         "How do we remove the barriers, and who takes the lead on each?"),
        ("closing", "Closing", 10,
         "What do we agree on, and what do we take to the province-wide wrap-up?"),
    ),
}  # fmt: skip


@record
class InviteeProblem:
    """One thing wrong with a list of invitees: ``key`` says what (``columns``, ``blank``,
    ``no_name``, or the session-file reader's message key, such as ``unknown_sector``),
    ``text`` says it in the language it was read in, with the file and the line."""

    key: str
    line: int | None
    text: str


class InviteeError(Exception):
    """A list of invitees that cannot be taken: every problem found in it (``problems``,
    by line), each said with the file and the line; ``str()`` is all of them, a line each."""

    def __init__(self, problems: Sequence[InviteeProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(problem.text for problem in self.problems))

    @classmethod
    def one(cls, lang: str, key: str, **fields: object) -> InviteeError:
        return cls([InviteeProblem(key, None, WORDS(lang, key, **fields))])


@record
class Invitee:
    name: str
    organisation: str
    sector: str
    role: str = ""


@record(frozen=False)
class SessionDraft:
    """The answers a new session file is written from."""

    title: str
    region: str
    date: str
    start: str
    end: str = ""
    language: str = "nl"
    chatham_house: bool = False
    location: str = ""
    participants: Sequence[Invitee] = field(default_factory=list)
    timezone: str = ""  # "" for the default (see facilitator.sessionfile.zones)


def _column_of(header: str) -> str | None:
    wanted = " ".join(header.strip().lower().split())
    for column, names in COLUMNS.items():
        if wanted in names:
            return column
    return None


def _listed(names: Sequence[str], lang: str) -> str:
    """``naam, organisatie en sector`` / ``name, organisation and sector``."""
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + WORDS(lang, "and") + names[-1]


def read_invitees(path: Path, lang: str = "nl") -> list[Invitee]:
    """The invitees in a CSV file with a header row; empty rows are skipped.

    Raises :class:`InviteeError` naming the file (and the line) for a missing or
    unreadable file or missing columns; else with every problem of the rows at once: a
    row without a name, organisation or sector, and what a session file of these
    invitees would be refused for (a sector that is none, a name given twice), said in
    ``lang`` with the reader's words.
    """
    where = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InviteeError.one(lang, "no_file", file=where) from None
    except OSError as exc:
        raise InviteeError.one(lang, "unreadable", file=where, error=os_reason(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InviteeError.one(lang, "not_text", file=where) from None
    if not text.strip():
        raise InviteeError.one(lang, "empty", file=where)
    first = text.splitlines()[0]
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(text.splitlines(), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []  # each row with the line it starts on
    read = 0
    for row in reader:
        rows.append((read + 1, row))
        read = reader.line_num
    header = [_column_of(cell) for cell in rows[0][1]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        said = WORDS(
            lang,
            "columns" if len(missing) > 1 else "columns.one",
            file=where,
            missing=_listed([WORDS(lang, f"column.{c}") for c in missing], lang),
            found=", ".join(cell.strip() for cell in rows[0][1] if cell.strip()) or "-",
        )
        raise InviteeError([InviteeProblem("columns", 1, said)])
    problems: list[InviteeProblem] = []
    invitees: list[Invitee] = []
    lines: list[int] = []  # the line of each invitee
    for line, row in rows[1:]:
        values = {
            column: " ".join(cell.split())
            for column, cell in zip(header, row, strict=False)
            if column is not None
        }
        name = values.get("name", "")
        if not name:
            if any(values.values()):  # an invitee without a name, not an empty row
                organisation = values.get("organisation", "")
                said = WORDS(lang, "no_name", file=where, line=line, organisation=organisation)
                problems.append(InviteeProblem("no_name", line, said))
            continue
        for column in ("organisation", "sector"):
            if not values.get(column):
                column_name = WORDS(lang, f"column.{column}")
                said = WORDS(lang, "blank", file=where, line=line, column=column_name, name=name)
                problems.append(InviteeProblem("blank", line, said))
        invitees.append(
            Invitee(
                name,
                values.get("organisation", ""),
                values.get("sector", ""),
                values.get("role", ""),
            )
        )
        lines.append(line)
    problems += _ListReader(invitees, lines, where, lang).check()
    if problems:
        problems.sort(key=lambda problem: problem.line or 0)
        raise InviteeError(problems)
    return invitees


def _text(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's too; DEL, which JSON leaves as it is
    and TOML takes only escaped, escaped as well."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _comment(value: str) -> str:
    """User text for a TOML comment: on one line, a control character in it (which a TOML
    comment may not hold) as ``�``."""
    return screen_line(value)


def session_toml(draft: SessionDraft) -> str:
    """The session file's text: the answers, the invitees and the standard agenda."""
    lang = "nl" if draft.language == "nl" else "en"
    lines = [
        f"# {_comment(draft.title)}",
        f"# {WORDS(lang, 'comment')}",
        "",
        f"title = {_text(draft.title)}",
        f"region = {_text(draft.region)}",
        f"date = {_text(draft.date)}",
    ]
    if draft.start:  # none when the date carries the start time
        lines.append(f"start = {_text(draft.start)}")
    if draft.end:
        lines.append(f"end = {_text(draft.end)}")
    # Written out, so the session reads the same on a machine in another zone.
    lines.append(f"timezone = {_text(draft.timezone or zones.default_zone_name())}")
    if draft.location:
        lines.append(f"location = {_text(draft.location)}")
    lines += [
        f"language = {_text(lang)}",
        f"chatham_house = {'true' if draft.chatham_house else 'false'}",
        "",
        f"# --- {WORDS(lang, 'header')} " + "-" * 50,
    ]
    for person in draft.participants:
        lines += [
            "",
            "[[participants]]",
            f"name = {_text(person.name)}",
            f"organisation = {_text(person.organisation)}",
            f"sector = {_text(person.sector)}",
        ]
        if person.role:
            lines.append(f"role = {_text(person.role)}")
    lines += ["", f"# --- {WORDS(lang, 'agenda')} " + "-" * 50]
    for key, title, minutes, question in AGENDA[lang]:
        lines += [
            "",
            "[[agenda]]",
            f"key = {_text(key)}",
            f"title = {_text(title)}",
            f"minutes = {minutes}",
            f"question = {_text(question)}",
        ]
    return "\n".join(lines) + "\n"


def date_has_time(text: str) -> bool:
    """Whether a date as typed carries the start time too (``6 okt 2026 14.00 uur``)."""
    return parse_date_text(text).at is not None


def answer_problems(draft: SessionDraft, path: KeyPath, lang: str) -> list[str]:
    """What the reader says about one answer of ``draft``, at ``path`` (``("date",)``,
    ``("participants", 0, "name")``): the file's own checks and words, said while the
    answer can still be typed again. Problems elsewhere (answers still to come) are not
    this answer's."""
    reader = _AnswerReader(draft, lang)
    try:
        reader.read(None)
    except SessionFileError as exc:
        key = format_path(path)
        return [problem.message for problem in exc.problems if problem.key == key]
    return []


ANSWER_WORDS = {"duplicate_name_key": "same_person"}
"""The reader's message for a session file, and its words for an answer to a question."""


class _AnswerReader(Reader):
    """The reader of the file ``draft`` would give; a participant named in a message
    (a name given twice) is named by the name typed, as the file has no lines yet."""

    def __init__(self, draft: SessionDraft, lang: str) -> None:
        super().__init__(session_toml(draft), "", lang)
        self.draft = draft

    def where(self, path: KeyPath) -> str:
        if len(path) >= 2 and path[0] == "participants" and isinstance(path[1], int):
            return f"'{show(self.draft.participants[path[1]].name)}'"
        return super().where(path)

    def add(self, path: KeyPath, msg: str, /, **values: object) -> None:
        # The question asks for a name, not a key: a name read as the same as one given
        # before is said in a participant's words.
        super().add(path, ANSWER_WORDS.get(msg, msg), **values)


class _ListReader(_AnswerReader):
    """The reader of the file a list of invitees would give, for what it refuses in the
    participants: said at the list's lines (a name given twice as ``'Anna' (regel 2)``).
    An empty organisation or sector the list says in its own words."""

    def __init__(self, invitees: Sequence[Invitee], lines: Sequence[int], file: str, lang: str):
        draft = SessionDraft("-", "-", "2000-01-01", "12:00", participants=invitees)
        super().__init__(draft, lang)
        self.rows = lines
        self.file = file
        self.found: list[InviteeProblem] = []

    def check(self) -> list[InviteeProblem]:
        """What the reader refuses in the participants, at the list's lines."""
        try:
            self.read(None)
        except SessionFileError:
            pass  # only the participants' problems count, and they are in found
        return self.found

    def _row(self, path: KeyPath) -> int | None:
        if len(path) >= 2 and path[0] == "participants" and isinstance(path[1], int):
            return path[1]
        return None

    def where(self, path: KeyPath) -> str:
        row = self._row(path)
        if row is None:
            return super().where(path)
        name = show(self.draft.participants[row].name)
        return WORDS(self.lang, "row", name=name, line=self.rows[row])

    def add(self, path: KeyPath, msg: str, /, **values: object) -> None:
        if not path or path[0] != "participants" or msg in ("empty", "missing"):
            return  # the rest of the draft is the command's; an empty column said already
        if msg == "duplicate_name_key":  # a name, not a key, to write otherwise
            problem = WORDS(self.lang, "same_person", **values)
        else:
            problem = self.t(msg, **values)
        row = self._row(path)
        if row is None:
            said = WORDS(self.lang, "list", file=self.file, problem=problem)
        else:
            said = WORDS(
                self.lang, "participant", file=self.file, line=self.rows[row], problem=problem
            )
        self.found.append(InviteeProblem(msg, None if row is None else self.rows[row], said))
