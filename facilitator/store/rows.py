"""Conversion between domain records and database rows.

Datetimes are stored as ISO 8601 text with their UTC offset, lists as JSON.
"""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date, datetime
from typing import Any, TypeVar

from facilitator.domain.model import (
    AgendaItem,
    Card,
    Column,
    Contribution,
    ItemStatus,
    Kind,
    Owner,
    Participant,
    Priority,
    QueueEntry,
    Session,
    SessionStatus,
    Speech,
)

Record = Session | AgendaItem | Participant | QueueEntry | Speech | Contribution | Card
R = TypeVar("R", bound=Record)

TABLES: dict[type, str] = {
    Session: "sessions",
    AgendaItem: "agenda_items",
    Participant: "participants",
    QueueEntry: "queue",
    Speech: "speeches",
    Contribution: "contributions",
    Card: "cards",
}

_DATETIMES = {
    "starts_at",
    "ends_at",
    "opened_at",
    "closed_at",
    "running_since",
    "first_started_at",
    "requested_at",
    "started_at",
    "ended_at",
    "created_at",
}
_JSON = {"sectors", "tags", "links"}
_BOOLS = {"chatham_house", "anonymous_leads", "removed", "present", "parked"}
_ENUMS: dict[str, type] = {
    "status": SessionStatus,
    "priority": Priority,
    "kind": Kind,
    "column": Column,
}


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def to_row(record: Record) -> dict[str, Any]:
    """The row for a record (``id`` included)."""
    row: dict[str, Any] = {}
    for f in fields(record):
        value = getattr(record, f.name)
        if f.name in _DATETIMES:
            value = value.isoformat() if value is not None else None
        elif f.name == "due":
            value = value.isoformat() if value is not None else None
        elif f.name == "owners":
            value = json.dumps(
                [
                    {"organisation": o.organisation, "participant_id": o.participant_id}
                    for o in value
                ],
                ensure_ascii=False,
            )
        elif f.name in _JSON:
            value = json.dumps(value, ensure_ascii=False)
        elif f.name in _BOOLS:
            value = int(bool(value))
        elif hasattr(value, "value") and f.name in _ENUMS:
            value = value.value
        row[f.name] = value
    return row


def from_row(cls: type[R], row: dict[str, Any]) -> R:
    """The record of type ``cls`` for a database row."""
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in row:
            continue
        value = row[f.name]
        if f.name in _DATETIMES:
            value = _dt(value)
        elif f.name == "due":
            value = date.fromisoformat(value) if value else None
        elif f.name == "owners":
            value = [
                Owner(o.get("organisation", ""), o.get("participant_id")) for o in json.loads(value)
            ]
        elif f.name == "sectors":
            value = [tuple(s) for s in json.loads(value)]
        elif f.name in _JSON:
            value = json.loads(value)
        elif f.name in _BOOLS:
            value = bool(value)
        elif f.name == "status":
            value = SessionStatus(value) if cls is Session else ItemStatus(value)
        elif f.name in _ENUMS:
            value = _ENUMS[f.name](value)
        values[f.name] = value
    return cls(**values)
