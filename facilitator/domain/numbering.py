"""The numbers people and agenda items go by: shown on screen, typed to pick them.

Participant 12 and item 3 are the same on the console, in the pickers, on the
board and in the capture line (``~12``): numbered 1…N in the order they sit or
come on the agenda (``position``, then ``id``), leaving out what was removed.
Deferred and done items keep their number.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar


class _Numbered(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def position(self) -> int: ...
    @property
    def removed(self) -> bool: ...


R = TypeVar("R", bound=_Numbered)


def in_order(records: Iterable[R]) -> list[R]:
    """The records not removed, in the order they are numbered."""
    return sorted((r for r in records if not r.removed), key=lambda r: (r.position, r.id))


def numbers(records: Iterable[_Numbered]) -> dict[int, int]:
    """``id -> number`` (1-based) of the participants or agenda items not removed."""
    return {r.id: n for n, r in enumerate(in_order(records), start=1)}


def number_of(records: Iterable[_Numbered], record_id: int | None) -> int | None:
    """The number of the participant or item ``record_id``; None if unknown or removed."""
    if record_id is None:
        return None
    return numbers(records).get(record_id)


def by_number(records: Iterable[R], number: int) -> R | None:
    """The participant or item with this number, if there is one."""
    ordered = in_order(records)
    return ordered[number - 1] if 1 <= number <= len(ordered) else None
