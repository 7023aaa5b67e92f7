"""Conversion between domain records and database rows.

Datetimes are stored as ISO 8601 text with their UTC offset, lists as JSON. A row
holding a value facilitator never writes there (a time that is none, text where a number
belongs, JSON of another shape, a language the minutes are not written in, a number below
what is ever written: votes below zero, less than a minute planned) is read as damage:
:class:`DamagedValue`, an SQLite error that :func:`~facilitator.store.health.is_damage`
knows, so that every reader says the database is damaged as it says of a file whose pages
are, instead of failing further on.
"""

from __future__ import annotations

import json
import sqlite3
import types
import typing
from collections.abc import Callable
from dataclasses import fields
from datetime import date, datetime
from typing import Any, TypeVar

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
_REQUIRED_TIMES = {"starts_at", "requested_at", "started_at", "created_at"}
"""The times a record cannot be without (the others may be none yet)."""
_JSON = {"sectors", "tags", "links", "organisations", "was", "thesaurus"}
_BOOLS = {"chatham_house", "anonymous_leads", "removed", "present", "parked", "added"}
_ENUMS: dict[str, type] = {
    "status": SessionStatus,
    "priority": Priority,
    "kind": Kind,
    "column": Column,
}


class DamagedValue(sqlite3.DatabaseError):
    """A value of a row that facilitator never writes there: the database is damaged
    (``sqlite_errorname`` as SQLite's own damage), at ``table``, row ``row``, ``column``."""

    sqlite_errorname = "SQLITE_CORRUPT"

    def __init__(self, table: str, row: object, column: str) -> None:
        super().__init__(f"malformed value in {table}, row {row}, column {column}")
        self.table = table
        self.row = row
        self.column = column


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _moment(value: str) -> datetime:
    """A time a record cannot be without: there, and a time."""
    if not isinstance(value, str):
        raise TypeError(value)
    return datetime.fromisoformat(value)


def _checked(value: Any, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(value, kind):
        raise TypeError(value)
    return value


def _texts(value: str) -> list[str]:
    """A JSON list of texts (tags, organisations)."""
    found = _checked(json.loads(value), list)
    for text in found:
        _checked(text, str)
    return found


def _numbers(value: str) -> list[int]:
    """A JSON list of ids (a card's links)."""
    found = _checked(json.loads(value), list)
    for number in found:
        _checked(number, int)
    return found


def _sectors(value: str) -> list[tuple[str, ...]]:
    """A JSON list of sectors: each its key, its Dutch and its English name."""
    sectors = [tuple(_checked(s, list)) for s in _checked(json.loads(value), list)]
    if not all(len(s) == 3 and all(isinstance(t, str) for t in s) for s in sectors):
        raise ValueError(value)
    return sectors


def _thesaurus(value: str) -> dict[str, list[str]]:
    """A JSON object of concepts and their words."""
    found = _checked(json.loads(value), dict)
    for words in found.values():
        for word in _checked(words, list):
            _checked(word, str)
    return found


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
    owners = []
    for o in _checked(json.loads(value), list):
        organisation = _checked(_checked(o, dict).get("organisation", ""), str)
        owners.append(Owner(organisation, _checked(o.get("participant_id"), (int, type(None)))))
    return owners


_NUMBERS = (int, float)
"""What SQLite gives for a number (an INTEGER column given 2.5 keeps it)."""

LANGUAGES = ("nl", "en")
"""The languages a session is held in: the two its minutes are written in."""


def _at_least(least: int) -> Callable[[Any], Any]:
    """A number of ``least`` or more (votes never below zero, a minute planned at least)."""

    def read(value: Any) -> Any:
        if _checked(value, _NUMBERS) < least:
            raise ValueError(value)
        return value

    return read


def _language(value: Any) -> str:
    if _checked(value, str) not in LANGUAGES:
        raise ValueError(value)
    return str(value)


def _kinds(hint: Any) -> tuple[type, ...] | None:
    """The values a field of type ``hint`` may be read as, as it is: a number, a text, or
    either or None; None for a field of any other type (read by a converter)."""
    allowed = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    kinds: tuple[type, ...] = ()
    for kind in allowed:
        if kind in (int, float):
            kinds += _NUMBERS
        elif kind in (str, type(None)):
            kinds += (kind,)
        else:
            return None
    return kinds


def _converter(cls: type, name: str) -> Callable[[Any], Any] | None:
    """How the column ``name`` of a row becomes the field of ``cls`` (None: as it is, if
    of the kinds its type allows). Each raises on a value facilitator never writes there."""
    if name in _DATETIMES:
        return _moment if name in _REQUIRED_TIMES else _dt
    if name == "due":
        return lambda value: date.fromisoformat(value) if value else None
    if name == "owners":
        return _owners
    if name == "sectors":
        return _sectors
    if name in ("tags", "organisations"):
        return _texts
    if name == "links":
        return _numbers
    if name == "thesaurus":
        return _thesaurus
    if name in _JSON:
        return lambda value: _checked(json.loads(value), dict)
    if name in _BOOLS:
        return bool
    if name == "status":
        if cls is Card:
            return ActionStatus
        return SessionStatus if cls is Session else ItemStatus
    if name in _ENUMS:
        return _ENUMS[name]
    if name == "language":
        return _language
    if name == "votes":
        return _at_least(0)
    if name == "planned_seconds":
        return _at_least(MIN_PLANNED_SECONDS)
    return None


_Plan = list[tuple[str, Callable[[Any], Any] | None, tuple[type, ...]]]
_PLANS: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    """Each field of ``cls``: its converter, or else the kinds of value it is read as."""
    hints = typing.get_type_hints(cls)
    plan: _Plan = []
    for f in fields(cls):
        convert = _converter(cls, f.name)
        kinds = _kinds(hints[f.name]) if convert is None else None
        plan.append((f.name, convert, kinds or (object,)))
    return plan


def from_row(cls: type[R], row: dict[str, Any]) -> R:
    """The record of type ``cls`` for a database row; :class:`DamagedValue` if a value of
    it is none facilitator writes there."""
    plan = _PLANS.get(cls)
    if plan is None:  # worked out once per record type: reading 10,000 rows stays cheap
        plan = _PLANS[cls] = _plan(cls)
    values: dict[str, Any] = {}
    for name, convert, kinds in plan:
        if name in row:
            value = row[name]
            try:
                if convert is not None:
                    value = convert(value)
                elif not isinstance(value, kinds):
                    raise TypeError(value)
            except (ValueError, TypeError, AttributeError, RecursionError) as exc:
                raise DamagedValue(TABLES[cls], row.get("id"), name) from exc
            values[name] = value
    return cls(**values)
