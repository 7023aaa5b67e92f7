"""The full record of a session as JSON, for other tools.

The format is described by ``docs/minutes-schema.json`` (JSON Schema, draft
2020-12) and versioned by the top-level ``schema_version``: a change that
could break a reader raises it. Keys are sorted, lists keep the record's
stable order, times are ISO 8601 with their UTC offset, seconds are whole
numbers; a closed session always gives the same bytes (one not closed is as of the
moment of the export: a running speech or timer counts up to it). An anonymous export
(``--anonymous``, ``--anonymous=sector``, or any session under the Chatham
House rule) holds no participant: speaking time per group (organisation, or
sector), with how many of it took part, stood in for an invitee or joined at the
table, participant ids left out, names in texts replaced. Only the whole record
(``--full``, :data:`~facilitator.export.anonymity.FULL`), to move a session, carries
the session's stable ``uid``, so that the database it moves into and the one it
came from know it as the same session (``import-db``), and (since schema version 7)
``operations``, a fingerprint of each change logged in it, so that ``import-db`` brings
only what changed there after the export (:mod:`facilitator.store.oplog`).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from facilitator.domain import stats
from facilitator.domain.model import (
    AgendaItem,
    Card,
    Contribution,
    Owner,
    Participant,
    Session,
    Speech,
)
from facilitator.export.anonymity import FULL, Anonymity, AnonymityLike, anonymity
from facilitator.export.escape import clean_text
from facilitator.export.markdown.words import WORDS
from facilitator.export.record import SessionRecord
from facilitator.export.redact import session_redactor
from facilitator.text import fold

SCHEMA_VERSION = 7
SCHEMA_ID = "urn:facilitator:minutes-schema:7"


def _time(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _day(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _seconds(seconds: float) -> int:
    return int(max(0.0, seconds) + 0.5)


class _Export:
    """The record as data, named or anonymous (see :mod:`facilitator.export.anonymity`)."""

    def __init__(self, record: SessionRecord, lang: str, anonymous: AnonymityLike) -> None:
        self.r = record
        self.anonymity = anonymity(record.session, anonymous)
        self.anonymous = self.anonymity != Anonymity.NONE
        self.full = anonymous == FULL
        self.redact = session_redactor([record], WORDS(lang, "redacted"))
        self.full_names = {fold(clean_text(p.name)) for p in record.participants} - {""}
        # Groups: per organisation (and sector), or per sector in the strict form.
        self.groups: dict[tuple[str | None, str], list[Participant]] = {}
        for person in record.participants:
            self.groups.setdefault(self.group_key(person), []).append(person)
        self.group_ids = {key: n for n, key in enumerate(self.groups, start=1)}
        # Whole seconds as the minutes show them: each participant's cut to the second, as
        # the console's clock shows them; the participants of a group add up to the group,
        # the groups to the total.
        self.whole = stats.whole_times(
            record.by_participant,
            {p.id: p.sector for p in record.participants},
            {p.id: self.group_key(p) for p in record.participants},
        )

    def group_key(self, person: Participant) -> tuple[str | None, str]:
        if self.anonymity == Anonymity.SECTOR:
            return None, person.sector
        return self.text(person.organisation), person.sector

    def group_id(self, participant_id: int | None) -> int | None:
        person = self.r.participant(participant_id)
        return self.group_ids[self.group_key(person)] if person is not None else None

    def person_id(self, participant_id: int | None) -> int | None:
        return None if self.anonymous else participant_id

    def text(self, value: str) -> str:
        """Free text as typed; in an anonymous export with the names in it replaced."""
        return self.redact(value) if self.anonymous else value

    def organiser(self, name: str) -> str:
        """The facilitator or note-taker; left out of an anonymous export if at the table."""
        if self.anonymous and fold(clean_text(name)) in self.full_names:
            return ""
        return name

    def session(self) -> dict[str, Any]:
        record = self.r
        s: Session = record.session
        whole = {"uid": record.uid} if self.full and record.uid else {}
        return {
            **whole,
            "id": s.id,
            "slug": s.slug,
            "title": self.text(s.title),
            "region": self.text(s.region),
            "location": self.text(s.location),
            "language": s.language,
            "chatham_house": s.chatham_house,
            "anonymous_leads": s.anonymous_leads,
            "facilitator": self.organiser(s.facilitator),
            "note_taker": self.organiser(s.note_taker),
            "max_speech_seconds": s.max_speech_seconds,
            "status": s.status.value,
            "starts_at": _time(s.starts_at),
            "ends_at": _time(s.ends_at),
            "timezone": s.timezone or None,
            "planned_end": _time(record.planned_end),
            "opened_at": _time(s.opened_at),
            "closed_at": _time(s.closed_at),
            "actual_start": _time(record.actual_start),
            "actual_end": _time(record.actual_end),
            "current_item_id": s.current_item_id,
            "sectors": [{"key": key, "nl": nl, "en": en} for key, nl, en in s.sectors],
            "tags": [self.text(t) for t in s.tags],
            "organisations": [self.text(o) for o in s.organisations],
            "thesaurus": {
                self.text(concept): [self.text(w) for w in words]
                for concept, words in s.thesaurus.items()
            },
        }

    def participant(self, p: Participant) -> dict[str, Any]:
        tally = self.r.by_participant.get(p.id)
        return {
            "id": p.id,
            "key": p.key,
            "position": p.position,
            "name": p.name,
            "organisation": p.organisation,
            "sector": p.sector,
            "role": p.role,
            "present": p.present,
            "removed": p.removed,
            "added": p.added,
            "stands_in_for": p.stands_in_for,
            "group_id": self.group_id(p.id),
            "turns": tally.turns if tally else 0,
            "speaking_seconds": self.whole.people.get(p.id, (0, 0))[0],
        }

    def group(self, key: tuple[str | None, str], members: list[Participant]) -> dict[str, Any]:
        organisation, sector = key
        tallies = [self.r.by_participant.get(p.id) for p in members]
        attended = [p for p in members if p.id in self.r.attended_ids]
        return {
            "id": self.group_ids[key],
            "organisation": organisation,
            "sector": sector,
            "people": sum(1 for p in members if not p.removed),
            "attended": len(attended),
            "stand_ins": sum(1 for p in attended if p.stands_in_for is not None),
            "walk_ins": sum(1 for p in attended if p.added and p.stands_in_for is None),
            "turns": sum(t.turns for t in tallies if t),
            "speaking_seconds": self.whole.groups.get(key, (0, 0))[0],
        }

    def item(self, item: AgendaItem) -> dict[str, Any]:
        return {
            "id": item.id,
            "key": item.key,
            "position": item.position,
            "title": self.text(item.title),
            "question": self.text(item.question),
            "status": item.status.value,
            "outcome": self.r.outcome(item).value,
            "planned_seconds": item.planned_seconds,
            "actual_seconds": _seconds(self.r.item_seconds(item)),
            "first_started_at": _time(item.first_started_at),
            "removed": item.removed,
            "live": item.live,
            "was": {
                key: self.text(value) if isinstance(value, str) else value
                for key, value in item.was.items()
            },
        }

    def speech(self, speech: Speech) -> dict[str, Any]:
        return {
            "id": speech.id,
            "participant_id": self.person_id(speech.participant_id),
            "group_id": self.group_id(speech.participant_id),
            "item_id": speech.item_id,
            "started_at": _time(speech.started_at),
            "ended_at": _time(speech.ended_at),
            "seconds": stats.whole_seconds(speech.duration(self.r.now)),
        }

    def contribution(self, c: Contribution) -> dict[str, Any]:
        return {
            "id": c.id,
            "kind": c.kind.value,
            "text": self.text(c.text),
            "created_at": _time(c.created_at),
            "participant_id": self.person_id(c.participant_id),
            "group_id": self.group_id(c.participant_id),
            "item_id": c.item_id,
            "tags": [self.text(t) for t in c.tags],
            "card_id": c.card_id,
        }

    def owner(self, owner: Owner) -> dict[str, Any]:
        """Who leads an action. Anonymous, with no participant id to look the person up
        by, a person leading for no organisation of their own is named by theirs, as the
        minutes do: who leads an action is a commitment, its organisation always stays."""
        person = self.r.participant(owner.participant_id)
        named = not self.anonymous or not self.r.session.anonymous_leads
        organisation = owner.organisation
        if self.anonymous and person is not None and not organisation:
            organisation = person.organisation
        return {
            "organisation": self.text(organisation),
            "participant_id": self.person_id(owner.participant_id),
            "lead": person.name if person is not None and named else None,
        }

    def card(self, card: Card) -> dict[str, Any]:
        return {
            "id": card.id,
            "column": card.column.value,
            "number": self.r.numbers.get(card.id),
            "title": self.text(card.title),
            "position": card.position,
            "created_at": _time(card.created_at),
            "participant_id": self.person_id(card.participant_id),
            "group_id": self.group_id(card.participant_id),
            "item_id": card.item_id,
            "owners": [self.owner(o) for o in card.owners],
            "due": _day(card.due),
            "tags": [self.text(t) for t in card.tags],
            "votes": card.votes,
            "links": list(card.links),
            "merged_into": card.merged_into,
            "parked": card.parked,
            "status": card.status.value,
            "from": (
                {
                    "session": card.from_session,
                    "region": self.text(card.from_region),
                    "number": card.from_number,
                }
                if card.carried
                else None
            ),
            "card_number": card.number or None,
        }

    def data(self) -> dict[str, Any]:
        record = self.r
        return {
            "schema_version": SCHEMA_VERSION,
            "anonymity": self.anonymity.value,
            "session": self.session(),
            "participants": []
            if self.anonymous
            else [self.participant(p) for p in record.participants],
            "groups": [self.group(key, members) for key, members in self.groups.items()],
            "agenda": [self.item(i) for i in record.items],
            "speeches": [self.speech(s) for s in record.speeches],
            "contributions": [self.contribution(c) for c in record.contributions],
            "cards": [self.card(c) for c in record.cards],
            "open_points": [
                {
                    "reasons": [kind.value for kind in point.kinds],
                    "card_id": point.card_id,
                    "contribution_id": point.contribution_id,
                    "item_id": point.item_id,
                }
                for point in record.open_points
            ],
            **self.operations(),
        }

    def operations(self) -> dict[str, Any]:
        """The whole record names the session's logged changes (read with the record)."""
        if not self.full or self.r.operations is None:
            return {}
        return {"operations": list(self.r.operations)}


def to_data(
    record: SessionRecord, lang: str = "nl", anonymous: AnonymityLike = False
) -> dict[str, Any]:
    """The record as plain JSON data (see ``docs/minutes-schema.json``).

    Anonymous (``True`` or ``"organisation"``, ``"sector"``; always at least
    ``"organisation"`` under the Chatham House rule): no participants, no
    participant ids, speaking time per group only, and names in texts replaced
    by ``[naam]`` / ``[name]`` in ``lang``. The whole record (:data:`FULL`): named,
    whatever the session's rule, and with the session's ``uid`` and, if the record was
    collected with its ``log``, the fingerprints of its logged changes.
    """
    return _Export(record, lang, anonymous).data()


def render_json(record: SessionRecord, lang: str = "nl", anonymous: AnonymityLike = False) -> str:
    """The record as JSON text: sorted keys, two-space indent, UTF-8, final newline."""
    data = to_data(record, lang, anonymous)
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
