"""Conversion between domain records and database rows.

Datetimes are stored as ISO 8601 text with their UTC offset, lists as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields
from datetime import date, datetime
from typing import Any, TypeVar

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
    "checking_since",
}
_JSON = {"sectors", "tags", "links", "organisations", "was", "thesaurus"}
_BOOLS = {"chatham_house", "anonymous_leads", "removed", "present", "parked", "added"}
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
        elif f.name == "thesaurus":  # one text for the same words, whatever order they came in
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif f.name in _JSON:
            value = json.dumps(value, ensure_ascii=False)
        elif f.name in _BOOLS:
            value = int(bool(value))
        elif hasattr(value, "value") and f.name in _ENUMS:
            value = value.value
        row[f.name] = value
    return row


def _owners(value: str) -> list[Owner]:
    return [Owner(o.get("organisation", ""), o.get("participant_id")) for o in json.loads(value)]


def _converter(cls: type, name: str) -> Callable[[Any], Any] | None:
    """How the column ``name`` of a row becomes the field of ``cls`` (None: as it is)."""
    if name in _DATETIMES:
        return _dt
    if name == "due":
        return lambda value: date.fromisoformat(value) if value else None
    if name == "owners":
        return _owners
    if name == "sectors":
        return lambda value: [tuple(s) for s in json.loads(value)]
    if name in _JSON:
        return json.loads
    if name in _BOOLS:
        return bool
    if name == "status":
        if cls is Card:
            return ActionStatus
        return SessionStatus if cls is Session else ItemStatus
    if name in _ENUMS:
        return _ENUMS[name]
    return None


_PLANS: dict[type, list[tuple[str, Callable[[Any], Any] | None]]] = {}


def from_row(cls: type[R], row: dict[str, Any]) -> R:
    """The record of type ``cls`` for a database row."""
    plan = _PLANS.get(cls)
    if plan is None:  # worked out once per record type: reading 10,000 rows stays cheap
        plan = _PLANS[cls] = [(f.name, _converter(cls, f.name)) for f in fields(cls)]
    values: dict[str, Any] = {}
    for name, convert in plan:
        if name in row:
            value = row[name]
            values[name] = convert(value) if convert is not None else value
    return cls(**values)
