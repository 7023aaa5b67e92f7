"""Reading back a JSON record written by ``facilitator export --format json --full``.

So a session can be moved or archived as one file: ``facilitator import
RECORD.json`` puts the session, its agenda, participants, speeches,
contributions and cards into the database. Into a database where the record's
ids are free (a new one, say) every id is kept, and exporting a closed session again
gives the same bytes (a speech or timer running at the export of one not closed runs on
here, and counts on); elsewhere the rows get new ids and every reference follows them.
The session keeps the stable ``uid`` the whole record carries (since schema
version 6), so ``import-db`` of the database it came from knows it as the same
session (already here, brought up to date, or changed on both sides) instead of
adding it again; a record without one gives the session a new one. A record of a
session that is here already (the same ``uid``, under whatever slug) is refused as
that session; so is a session whose slug is taken here by another, a record of a
newer ``schema_version`` and an anonymous one (``--anonymous``, or a session under
the Chatham House rule exported without ``--full``: it has no participants). What the
JSON does not hold is not restored: the speaker queue and the change log (the import
itself is logged, under no session). The whole record names each logged change by a
fingerprint (since schema version 7): kept with the session, so that ``import-db`` of the
database it came from brings only what changed there after the export.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from facilitator import records
from facilitator.domain.agenda import MIN_PLANNED_SECONDS
from facilitator.domain.model import (
    ActionStatus,
    AgendaItem,
    Card,
    Column,
    Contribution,
    ItemStatus,
    Kind,
    Owner,
    Participant,
    Session,
    SessionStatus,
    Speech,
    join_thesauri,
)
from facilitator.domain.years import year_in_range
from facilitator.domain.zone import zone_named
from facilitator.export.jsonexport import SCHEMA_VERSION
from facilitator.i18n import Catalog, TranslatedError
from facilitator.i18n.oserrors import NOT_A_FILE, OsReason, os_reason
from facilitator.sessionfile.text import SLUG_RE
from facilitator.store import Store
from facilitator.store.oplog import keep_moved
from facilitator.store.rows import LANGUAGES

T = TypeVar("T")

MESSAGES = Catalog(
    {
        "unreadable": (
            "Kan {file} niet lezen: {reason}.",
            "Cannot read {file}: {reason}.",
        ),
        "not_json": (
            "{file} is geen JSON (regel {line}, kolom {column}); is het een bestand van "
            "'facilitator export --format json --full'?",
            "{file} is not JSON (line {line}, column {column}); is it a file written by "
            "'facilitator export --format json --full'?",
        ),
        "not_a_record": (
            "{file} is geen verslag van 'facilitator export --format json': {what} ontbreekt "
            "of klopt niet.",
            "{file} is not a record written by 'facilitator export --format json': {what} is "
            "missing or wrong.",
        ),
        "twice": (
            "{file} is geen verslag van 'facilitator export --format json': {what} {value} "
            "staat er twee keer in.",
            "{file} is not a record written by 'facilitator export --format json': {what} "
            "{value} is in it twice.",
        ),
        "a_list": (
            "{file} bevat een JSON-lijst, geen verslag van één sessie. 'facilitator import' "
            "verwacht het verslag van één sessie zoals 'facilitator export SESSIE --format "
            "json --full' het schrijft (een object met onder meer 'session', 'participants' "
            "en 'agenda'); er is niets ingelezen.",
            "{file} holds a JSON list, not the record of one session. 'facilitator import' "
            "expects the record of one session as 'facilitator export SESSION --format json "
            "--full' writes it (an object with 'session', 'participants', 'agenda' and more); "
            "nothing was imported.",
        ),
        "synthesis": (
            "{file} is een synthese ('facilitator synthesis --format json'), geen verslag van "
            "één sessie: een synthese kan niet worden ingelezen. 'facilitator import' verwacht "
            "een sessiebestand (.toml) of het verslag van één sessie van 'facilitator export "
            "SESSIE --format json --full'; er is niets ingelezen.",
            "{file} is a synthesis ('facilitator synthesis --format json'), not the record of "
            "one session: a synthesis cannot be imported. 'facilitator import' expects a "
            "session file (.toml) or the record of one session written by 'facilitator export "
            "SESSION --format json --full'; nothing was imported.",
        ),
        "too_new": (
            "{file} is geschreven door een nieuwere facilitator (schema {found}; deze versie "
            "kent tot en met {known}). Werk facilitator bij; er is niets ingelezen.",
            "{file} was written by a newer facilitator (schema {found}; this version knows up "
            "to {known}). Upgrade facilitator; nothing was imported.",
        ),
        "anonymous": (
            "{file} is een geanonimiseerd verslag: de deelnemers en wie wat "
            "zei staan er niet in, dus er is niets ingelezen. Om een sessie te verhuizen of "
            "te bewaren: 'facilitator export SESSIE --format json --full'.",
            "{file} is an anonymous record: the participants and who said what "
            "are not in it, so nothing was imported. To move or archive a session: "
            "'facilitator export SESSION --format json --full'.",
        ),
        "same_session": (
            "Sessie '{here}' staat al in {db}: het is dezelfde sessie als die in {file}, dus "
            "er is niets ingelezen. Om hem hier bij te werken met wat er sindsdien in de "
            "database waar het verslag vandaan komt is veranderd, voeg die database samen met "
            "'facilitator import-db ANDERE.db'.",
            "Session '{here}' is already in {db}: it is the same session as the one in "
            "{file}, so nothing was imported. To bring it up to date here with what changed "
            "since in the database the record came from, merge that database with "
            "'facilitator import-db OTHER.db'.",
        ),
        "exists": (
            "Sessie '{slug}' staat al in {db}; er is niets ingelezen. Is het een andere "
            "opname van die tafel (van een andere laptop), voeg dan de database van die laptop "
            "samen met 'facilitator import-db ANDERE.db': die brengt hem binnen als "
            "'{slug}-2' en zegt dat het dezelfde tafel is.",
            "Session '{slug}' is already in {db}; nothing was imported. If this is another "
            "recording of that table (from another laptop), merge that laptop's database "
            "with 'facilitator import-db OTHER.db': it comes in as '{slug}-2', named as the "
            "same table.",
        ),
    }
)


class RecordError(TranslatedError):
    """A JSON record that cannot be imported, in Dutch and English."""

    MESSAGES = MESSAGES


@records.record
class RecordImport:
    """What was imported: the session, and whether every id could be kept."""

    session: Session
    kept_ids: bool


UID_RE = re.compile(r"[0-9a-f]{32}")
PRINT_RE = re.compile(r"[0-9a-f]{32}")
"""A fingerprint of a logged change (:func:`facilitator.store.oplog.fingerprint`)."""
"""A session's stable unique id as every database makes it: 32 hexadecimal digits."""

SQLITE_MIN, SQLITE_MAX = -(2**63), 2**63 - 1
"""The integers SQLite holds; a larger one overflowed on insert (a crash, not a message)."""


class _Reader:
    """Typed reads of the record's data; anything wrong names where."""

    def __init__(self, file: str) -> None:
        self.file = file

    def bad(self, what: str) -> RecordError:
        return RecordError("not_a_record", file=self.file, what=what)

    def get(self, data: Mapping[str, Any], key: str, kind: type[T], where: str) -> T:
        value = data.get(key) if isinstance(data, Mapping) else None
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.bad(f"{where}.{key}")
        if kind is int and not SQLITE_MIN <= value <= SQLITE_MAX:  # type: ignore[operator]
            raise self.bad(f"{where}.{key}")  # no such record: SQLite could not even hold it
        return value

    def maybe(self, data: Mapping[str, Any], key: str, kind: type[T], where: str) -> T | None:
        if data.get(key) is None:
            return None
        return self.get(data, key, kind, where)

    def time(self, data: Mapping[str, Any], key: str, where: str) -> datetime | None:
        text = self.maybe(data, key, str, where)
        return self.convert(text, datetime.fromisoformat, f"{where}.{key}")

    def day(self, data: Mapping[str, Any], key: str, where: str) -> date | None:
        text = self.maybe(data, key, str, where)
        return self.convert(text, date.fromisoformat, f"{where}.{key}")

    def convert(self, text: str | None, make: Callable[[str], T], where: str) -> T | None:
        if text is None:
            return None
        try:
            made = make(text)
        except ValueError:
            raise self.bad(where) from None
        year = getattr(made, "year", None)
        if isinstance(year, int) and not year_in_range(year):  # year 1 or 9999: no meeting
            raise self.bad(where)
        return made

    def numbers(self, data: Mapping[str, Any], key: str, where: str) -> list[int]:
        value = self.get(data, key, list, where)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            raise self.bad(f"{where}.{key}")
        return [int(v) for v in value]

    def texts(self, data: Mapping[str, Any], key: str, where: str) -> list[str]:
        """A list of text (tags): a number or null in it is no word anyone typed."""
        value = self.get(data, key, list, where)
        if not all(isinstance(v, str) for v in value):
            raise self.bad(f"{where}.{key}")
        return list(value)

    def items(self, data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.bad(key)
        return value


def read_record(path: Path) -> dict[str, Any]:
    """The JSON data of ``path``; a clear error if it cannot be read or is no object. A
    named pipe or a device is refused before it is opened (reading one waits, or never
    ends)."""
    if path.exists() and not path.is_file() and not path.is_dir():
        reason = OsReason(NOT_A_FILE, "it is not an ordinary file")
        raise RecordError("unreadable", file=path, reason=reason)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = os_reason(exc)
        raise RecordError("unreadable", file=path, reason=reason) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError("not_json", file=path, line=exc.lineno, column=exc.colno) from exc
    except RecursionError:  # nested deeper than Python reads: deeper than any record
        raise RecordError("not_a_record", file=path, what="{…}") from None
    if isinstance(data, list):
        raise RecordError("a_list", file=path)
    if not isinstance(data, dict):
        raise RecordError("not_a_record", file=path, what="{…}")
    if "session" not in data and "themes" in data and "sessions" in data:
        raise RecordError("synthesis", file=path)
    return data


def import_record(store: Store, path: Path, *, origin: str | None = None) -> RecordImport:
    """Put the session of the JSON record at ``path`` into ``store``; see the module docstring.
    ``origin``: who imports it, kept with the operation in the change log."""
    data = read_record(path)
    r = _Reader(str(path))
    version = r.get(data, "schema_version", int, "")
    if version > SCHEMA_VERSION:
        raise RecordError("too_new", file=path, found=version, known=SCHEMA_VERSION)
    s = data.get("session")
    if not isinstance(s, dict):
        raise r.bad("session")
    # An anonymous record (asked for, or the Chatham House rule) left the people out:
    # imported, its session would lose who was at the table and who said what.
    kind = data.get("anonymity", "none")  # since schema version 2
    if kind != "none":
        raise RecordError("anonymous", file=path)
    slug = r.get(s, "slug", str, "session")
    if not SLUG_RE.match(slug):  # as a session file's: it names files and is typed
        raise r.bad("session.slug")
    uid = _uid(r, s)
    same = store.session_by_uid(uid) if uid else None
    if same is not None:
        raise RecordError("same_session", here=same.slug, db=store.path, file=path)
    if store.session_by_slug(slug) is not None:
        raise RecordError("exists", slug=slug, db=store.path)
    records = _records(r, data, s)
    _check_ids(r, records)
    _check_references(r, records)
    _check_merges(r, records["cards"])
    operations = _operations(r, data)
    keep = _ids_free(store, records)
    with store.change(None, f"import {slug}", undoable=False, origin=origin) as tx:
        ids: dict[tuple[str, int], int] = {}

        def put(record: Any, kind: str) -> Any:
            old = record.id
            if not keep:
                record.id = 0
            new = tx.insert(record)
            ids[(kind, old)] = new.id
            return new

        def new(kind: str, old: int | None) -> int | None:
            return None if old is None else ids.get((kind, old), old)

        session: Session = records["session"][0]
        current = session.current_item_id
        session.current_item_id = None
        session = put(session, "session")
        if uid:  # the one it has in the database the record came from, not a new one
            tx.update_row("sessions", session.id, {"uid": uid})
        keep_moved(store, session.id, operations)  # what import-db will know as here
        people: list[Participant] = []
        for p in records["participants"]:
            p.session_id = session.id
            people.append(put(p, "participant"))
        for person in people:
            if person.stands_in_for is not None:
                person.stands_in_for = new("participant", person.stands_in_for)
                tx.update(person)
        for i in records["items"]:
            i.session_id = session.id
            put(i, "item")
        cards: list[Card] = []
        for c in records["cards"]:
            c.session_id = session.id
            c.participant_id = new("participant", c.participant_id)
            c.item_id = new("item", c.item_id)
            for o in c.owners:
                o.participant_id = new("participant", o.participant_id)
            cards.append(put(c, "card"))
        for card in cards:
            links = [new("card", i) for i in card.links]
            merged = new("card", card.merged_into)
            if links != card.links or merged != card.merged_into:
                card.links = [i for i in links if i is not None]
                card.merged_into = merged
                tx.update(card)
        for sp in records["speeches"]:
            sp.session_id = session.id
            sp.participant_id = new("participant", sp.participant_id) or sp.participant_id
            sp.item_id = new("item", sp.item_id)
            put(sp, "speech")
        for co in records["contributions"]:
            co.session_id = session.id
            co.participant_id = new("participant", co.participant_id)
            co.item_id = new("item", co.item_id)
            co.card_id = new("card", co.card_id)
            put(co, "contribution")
        if current is not None:
            session.current_item_id = new("item", current)
            tx.update(session)
    return RecordImport(session, keep)


def _uid(r: _Reader, session: Mapping[str, Any]) -> str:
    """The session's stable unique id (since schema version 6, in the whole record); ""
    if the record has none."""
    if "uid" not in session:
        return ""
    uid = r.get(session, "uid", str, "session")
    if not UID_RE.fullmatch(uid):
        raise r.bad("session.uid")
    return uid


def _operations(r: _Reader, data: Mapping[str, Any]) -> list[str]:
    """The fingerprints of the session's logged changes (since schema version 7, in the
    whole record); none in an older record."""
    found = data.get("operations")
    if found is None:
        return []
    if not isinstance(found, list) or not all(
        isinstance(p, str) and PRINT_RE.fullmatch(p) for p in found
    ):
        raise r.bad("operations")
    return list(found)


def _zone(r: _Reader, session: Mapping[str, Any]) -> str:
    """The session's time zone: empty (the machine's), or one the zone data knows."""
    name = r.maybe(session, "timezone", str, "session") or ""
    if name and zone_named(name) is None:
        raise r.bad("session.timezone")
    return name


def _planned(r: _Reader, item: Mapping[str, Any]) -> int:
    """An item's planned seconds: a minute at least, as everywhere (no upper bound here: a
    record of an older version may hold more than a day, planned in the room)."""
    seconds = r.get(item, "planned_seconds", int, "agenda")
    if seconds < MIN_PLANNED_SECONDS:
        raise r.bad("agenda.planned_seconds")
    return seconds


RECORD_KEYS = {
    "participants": "participants",
    "items": "agenda",
    "speeches": "speeches",
    "contributions": "contributions",
    "cards": "cards",
}
"""The rows of the record by kind (as :func:`_records` keeps them), and the key of each
in the record."""


def _check_ids(r: _Reader, records: Mapping[str, list[Any]]) -> None:
    """Refuse a record with an id given twice in one list: each reference to it would
    point at one of the rows, and into a database where the ids are free the second
    could not be saved."""
    for kind, key in RECORD_KEYS.items():
        seen: set[int] = set()
        for row in records[kind]:
            if row.id in seen:
                raise RecordError("twice", file=r.file, what=f"{key}.id", value=row.id)
            seen.add(row.id)


def _check_merges(r: _Reader, cards: list[Card]) -> None:
    """Refuse a card merged into itself, or into a card merged back into it (a ring): it
    would leave the board and the minutes, merged into no card shown."""
    merged_into = {c.id: c.merged_into for c in cards if c.merged_into is not None}
    for start in merged_into:
        seen = {start}
        at: int | None = merged_into[start]
        while at is not None:
            if at in seen:
                raise r.bad("cards.merged_into")
            seen.add(at)
            at = merged_into.get(at)


def _check_references(r: _Reader, records: Mapping[str, list[Any]]) -> None:
    """Refuse a record (a hand-edited one) whose rows point at a row it does not hold:
    kept as it was, the id would point into another session of the database."""
    people = {p.id for p in records["participants"]}
    items = {i.id for i in records["items"]}
    cards = {c.id for c in records["cards"]}

    def check(where: str, value: int | None, known: set[int]) -> None:
        if value is not None and value not in known:
            raise r.bad(where)

    check("session.current_item_id", records["session"][0].current_item_id, items)
    for p in records["participants"]:
        check("participants.stands_in_for", p.stands_in_for, people)
    for c in records["cards"]:
        check("cards.participant_id", c.participant_id, people)
        check("cards.item_id", c.item_id, items)
        check("cards.merged_into", c.merged_into, cards)
        for link in c.links:
            check("cards.links", link, cards)
        for o in c.owners:
            check("cards.owners.participant_id", o.participant_id, people)
    for sp in records["speeches"]:
        check("speeches.participant_id", sp.participant_id, people)
        check("speeches.item_id", sp.item_id, items)
    for co in records["contributions"]:
        check("contributions.participant_id", co.participant_id, people)
        check("contributions.item_id", co.item_id, items)
        check("contributions.card_id", co.card_id, cards)


def _ids_free(store: Store, records: Mapping[str, list[Any]]) -> bool:
    """Whether no record's id is taken in ``store`` (so every id can be kept)."""
    for kind, cls in (
        ("session", Session),
        ("participants", Participant),
        ("items", AgendaItem),
        ("speeches", Speech),
        ("contributions", Contribution),
        ("cards", Card),
    ):
        for record in records[kind]:
            if store.get(cls, record.id) is not None:
                return False
    return True


def _provenance(r: _Reader, card: Mapping[str, Any]) -> dict[str, Any]:
    """A card's ``from`` (schema version 3) as the fields of :class:`Card`."""
    found = card.get("from")
    if found is None:
        return {}
    if not isinstance(found, Mapping):
        raise r.bad("cards.from")
    return {
        "from_session": r.get(found, "session", str, "cards.from"),
        "from_region": r.get(found, "region", str, "cards.from"),
        "from_number": r.maybe(found, "number", int, "cards.from"),
    }


def _records(r: _Reader, data: Mapping[str, Any], s: Mapping[str, Any]) -> dict[str, list[Any]]:
    def enum(value: str, make: Callable[[str], T], where: str) -> T:
        try:
            return make(value)
        except ValueError:
            raise r.bad(where) from None

    starts = r.time(s, "starts_at", "session")
    if starts is None:
        raise r.bad("session.starts_at")
    sectors = s.get("sectors")
    if not isinstance(sectors, list):
        raise r.bad("session.sectors")
    session = Session(
        id=r.get(s, "id", int, "session"),
        slug=r.get(s, "slug", str, "session"),
        title=r.get(s, "title", str, "session"),
        region=r.get(s, "region", str, "session"),
        starts_at=starts,
        ends_at=r.time(s, "ends_at", "session"),
        location=r.get(s, "location", str, "session"),
        language=_language(r, s),
        chatham_house=r.get(s, "chatham_house", bool, "session"),
        facilitator=r.get(s, "facilitator", str, "session"),
        note_taker=r.get(s, "note_taker", str, "session"),
        max_speech_seconds=r.maybe(s, "max_speech_seconds", int, "session"),
        status=enum(r.get(s, "status", str, "session"), SessionStatus, "session.status"),
        opened_at=r.time(s, "opened_at", "session"),
        closed_at=r.time(s, "closed_at", "session"),
        current_item_id=r.maybe(s, "current_item_id", int, "session"),
        sectors=[
            (
                r.get(x, "key", str, "session.sectors"),
                r.get(x, "nl", str, "session.sectors"),
                r.get(x, "en", str, "session.sectors"),
            )
            for x in sectors
        ],
        tags=r.texts(s, "tags", "session"),
        timezone=_zone(r, s),
        anonymous_leads=bool(r.maybe(s, "anonymous_leads", bool, "session")),
        thesaurus=_thesaurus(r, s),  # since schema version 4
        organisations=_organisations(r, s),  # since schema version 4
    )
    participants = [
        Participant(
            id=r.get(p, "id", int, "participants"),
            session_id=session.id,
            position=r.get(p, "position", int, "participants"),
            key=r.get(p, "key", str, "participants"),
            name=r.get(p, "name", str, "participants"),
            organisation=r.get(p, "organisation", str, "participants"),
            # not checked against the session's sectors: a walk-in keeps a sector an import
            # of the session file dropped later, and its record must come back as written
            sector=r.get(p, "sector", str, "participants"),
            role=r.get(p, "role", str, "participants"),
            present=r.get(p, "present", bool, "participants"),
            removed=r.get(p, "removed", bool, "participants"),
            added=bool(r.maybe(p, "added", bool, "participants")),
            stands_in_for=r.maybe(p, "stands_in_for", int, "participants"),
        )
        for p in r.items(data, "participants")
    ]
    items = [
        AgendaItem(
            id=r.get(i, "id", int, "agenda"),
            session_id=session.id,
            position=r.get(i, "position", int, "agenda"),
            key=r.get(i, "key", str, "agenda"),
            title=r.get(i, "title", str, "agenda"),
            planned_seconds=_planned(r, i),
            question=r.get(i, "question", str, "agenda"),
            status=enum(r.get(i, "status", str, "agenda"), ItemStatus, "agenda.status"),
            elapsed_seconds=float(_actual(r, i)),
            first_started_at=r.time(i, "first_started_at", "agenda"),
            removed=r.get(i, "removed", bool, "agenda"),
            live=r.maybe(i, "live", str, "agenda") or "",
            was=dict(r.maybe(i, "was", dict, "agenda") or {}),
        )
        for i in r.items(data, "agenda")
    ]
    speeches = [
        _speech(
            Speech(
                id=r.get(x, "id", int, "speeches"),
                session_id=session.id,
                participant_id=r.get(x, "participant_id", int, "speeches"),
                item_id=r.maybe(x, "item_id", int, "speeches"),
                started_at=r.time(x, "started_at", "speeches") or starts,
                ended_at=r.time(x, "ended_at", "speeches"),
            ),
            r,
        )
        for x in r.items(data, "speeches")
    ]
    contributions = [
        Contribution(
            id=r.get(c, "id", int, "contributions"),
            session_id=session.id,
            kind=enum(r.get(c, "kind", str, "contributions"), Kind, "contributions.kind"),
            text=r.get(c, "text", str, "contributions"),
            created_at=r.time(c, "created_at", "contributions") or starts,
            participant_id=r.maybe(c, "participant_id", int, "contributions"),
            item_id=r.maybe(c, "item_id", int, "contributions"),
            tags=r.texts(c, "tags", "contributions"),
            card_id=r.maybe(c, "card_id", int, "contributions"),
        )
        for c in r.items(data, "contributions")
    ]
    cards = [
        Card(
            id=r.get(c, "id", int, "cards"),
            session_id=session.id,
            column=enum(r.get(c, "column", str, "cards"), Column, "cards.column"),
            title=r.get(c, "title", str, "cards"),
            position=r.get(c, "position", float, "cards"),
            created_at=r.time(c, "created_at", "cards") or starts,
            participant_id=r.maybe(c, "participant_id", int, "cards"),
            item_id=r.maybe(c, "item_id", int, "cards"),
            owners=[
                Owner(
                    r.get(o, "organisation", str, "cards.owners"),
                    r.maybe(o, "participant_id", int, "cards.owners"),
                )
                for o in r.get(c, "owners", list, "cards")
            ],
            due=r.day(c, "due", "cards"),
            tags=r.texts(c, "tags", "cards"),
            votes=_votes(r, c),
            links=r.numbers(c, "links", "cards"),
            merged_into=r.maybe(c, "merged_into", int, "cards"),
            number=_card_number(r, c),
            parked=r.get(c, "parked", bool, "cards"),
            # since schema version 3: an action's status and where a card came from
            status=enum(c.get("status") or "open", ActionStatus, "cards.status"),
            **_provenance(r, c),
        )
        for c in r.items(data, "cards")
    ]
    return {
        "session": [session],
        "participants": participants,
        "items": items,
        "speeches": speeches,
        "contributions": contributions,
        "cards": cards,
    }


def _language(r: _Reader, session: Mapping[str, Any]) -> str:
    """The session's language: ``nl`` or ``en``, the two the minutes are written in."""
    language = r.get(session, "language", str, "session")
    if language not in LANGUAGES:
        raise r.bad("session.language")
    return language


def _actual(r: _Reader, item: Mapping[str, Any]) -> int:
    """The seconds an item ran: none or more (less than none would take time off the
    session's and count as time to spare)."""
    seconds = r.get(item, "actual_seconds", int, "agenda")
    if seconds < 0:
        raise r.bad("agenda.actual_seconds")
    return seconds


def _votes(r: _Reader, card: Mapping[str, Any]) -> int:
    """A card's votes: none or more, as the board counts them."""
    votes = r.get(card, "votes", int, "cards")
    if votes < 0:
        raise r.bad("cards.votes")
    return votes


def _speech(speech: Speech, r: _Reader) -> Speech:
    """``speech``, which cannot have ended before it started (its speaking time would count
    against the speaker's other turns)."""
    try:
        backwards = speech.ended_at is not None and speech.ended_at < speech.started_at
    except TypeError:  # one with its offset from UTC, the other without: no moment to compare
        backwards = True
    if backwards:
        raise r.bad("speeches.ended_at")
    return speech


def _thesaurus(r: _Reader, session: Mapping[str, Any]) -> dict[str, list[str]]:
    """The session's thesaurus words (concept -> words); none in an older record."""
    found = r.maybe(session, "thesaurus", dict, "session") or {}
    for concept, words in found.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise r.bad(f"session.thesaurus.{concept}")
    return join_thesauri(found.items())


def _organisations(r: _Reader, session: Mapping[str, Any]) -> list[str]:
    """The outside organisations that may take the lead; none in an older record."""
    found = r.maybe(session, "organisations", list, "session") or []
    if not all(isinstance(name, str) for name in found):
        raise r.bad("session.organisations")
    return list(found)


def _card_number(r: _Reader, card: Mapping[str, Any]) -> int:
    """The number a card keeps: ``card_number``, where null is none of its own (0, as it
    was exported); in an older record, without ``card_number``, ``number`` (for a card not
    merged: a merged one carries its keeper's); 0 if unknown."""
    if "card_number" in card:
        return r.maybe(card, "card_number", int, "cards") or 0
    if card.get("merged_into") is not None:
        return 0
    return r.maybe(card, "number", int, "cards") or 0
