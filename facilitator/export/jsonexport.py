"""The full record of a session as JSON, for other tools.

The format is described by ``docs/minutes-schema.json`` (JSON Schema, draft
2020-12) and versioned by the top-level ``schema_version``: a change that
could break a reader raises it. Keys are sorted, lists keep the record's
stable order, times are ISO 8601 with their UTC offset, seconds are whole
numbers; the same session always gives the same bytes.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from facilitator.domain.model import (
    AgendaItem,
    Card,
    Contribution,
    Participant,
    Session,
    Speech,
)
from facilitator.export.record import SessionRecord

SCHEMA_VERSION = 1
SCHEMA_ID = "urn:facilitator:minutes-schema:1"


def _time(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _day(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _seconds(seconds: float) -> int:
    return int(max(0.0, seconds) + 0.5)


def _session(record: SessionRecord) -> dict[str, Any]:
    s: Session = record.session
    return {
        "id": s.id,
        "slug": s.slug,
        "title": s.title,
        "region": s.region,
        "location": s.location,
        "language": s.language,
        "chatham_house": s.chatham_house,
        "facilitator": s.facilitator,
        "note_taker": s.note_taker,
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
        "tags": list(s.tags),
    }


def _participant(record: SessionRecord, p: Participant) -> dict[str, Any]:
    tally = record.by_participant.get(p.id)
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
        "turns": tally.turns if tally else 0,
        "speaking_seconds": _seconds(tally.seconds) if tally else 0,
    }


def _item(record: SessionRecord, item: AgendaItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "key": item.key,
        "position": item.position,
        "title": item.title,
        "question": item.question,
        "status": item.status.value,
        "outcome": record.outcome(item).value,
        "planned_seconds": item.planned_seconds,
        "actual_seconds": _seconds(record.item_seconds(item)),
        "first_started_at": _time(item.first_started_at),
        "removed": item.removed,
    }


def _speech(record: SessionRecord, speech: Speech) -> dict[str, Any]:
    return {
        "id": speech.id,
        "participant_id": speech.participant_id,
        "item_id": speech.item_id,
        "started_at": _time(speech.started_at),
        "ended_at": _time(speech.ended_at),
        "seconds": _seconds(speech.duration(record.now)),
    }


def _contribution(c: Contribution) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": c.kind.value,
        "text": c.text,
        "created_at": _time(c.created_at),
        "participant_id": c.participant_id,
        "item_id": c.item_id,
        "tags": list(c.tags),
        "card_id": c.card_id,
    }


def _card(record: SessionRecord, card: Card) -> dict[str, Any]:
    return {
        "id": card.id,
        "column": card.column.value,
        "number": record.numbers.get(card.id),
        "title": card.title,
        "position": card.position,
        "created_at": _time(card.created_at),
        "participant_id": card.participant_id,
        "item_id": card.item_id,
        "owners": [
            {"organisation": o.organisation, "participant_id": o.participant_id}
            for o in card.owners
        ],
        "due": _day(card.due),
        "tags": list(card.tags),
        "votes": card.votes,
        "links": list(card.links),
        "merged_into": card.merged_into,
        "parked": card.parked,
    }


def to_data(record: SessionRecord) -> dict[str, Any]:
    """The record as plain JSON data (see ``docs/minutes-schema.json``)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "session": _session(record),
        "participants": [_participant(record, p) for p in record.participants],
        "agenda": [_item(record, i) for i in record.items],
        "speeches": [_speech(record, s) for s in record.speeches],
        "contributions": [_contribution(c) for c in record.contributions],
        "cards": [_card(record, c) for c in record.cards],
    }


def render_json(record: SessionRecord) -> str:
    """The record as JSON text: sorted keys, two-space indent, UTF-8, final newline."""
    return json.dumps(to_data(record), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
