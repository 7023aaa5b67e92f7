"""What became of one command: done, refused by a rule, or failed to save.

:func:`run_command` calls a service method and wraps its outcome, so whoever
runs commands (one writer thread per window) gets a value back instead of an
exception: ``Done(value)``; ``Refused(key, values)`` when a rule of the round
table said no (a :class:`DomainError`); ``Failed(error)`` when the database
could not save it (a :class:`StoreError`: locked, disk full, read-only,
gone...). Both of the last two give their message in Dutch or English. Any
other exception is a bug and is not caught here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import field
from typing import Any, Generic, ParamSpec, TypeAlias, TypeVar

from facilitator.domain.errors import DomainError
from facilitator.records import record
from facilitator.store import StoreError

T = TypeVar("T")
P = ParamSpec("P")


@record
class Done(Generic[T]):
    """The command ran and was saved; ``value`` is what it returned."""

    value: T


@record
class Refused:
    """A rule said no (nothing was saved); ``key`` names the reason in the domain's words."""

    key: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, error: DomainError) -> Refused:
        return cls(error.key, dict(error.values))

    @property
    def error(self) -> DomainError:
        return DomainError(self.key, **self.values)

    def message(self, lang: str, keys: Mapping[str, str] | None = None) -> str:
        """The reason in ``lang`` ("nl" or "en"), naming ``keys`` as bound, if given."""
        return self.error.message(lang, keys)


@record
class Failed:
    """The database could not save the command (it was rolled back whole)."""

    error: StoreError

    @property
    def key(self) -> str:
        return self.error.key

    def message(self, lang: str, keys: Mapping[str, str] | None = None) -> str:
        """What went wrong and where, in ``lang`` ("nl" or "en"), naming ``keys`` as bound,
        if given."""
        return self.error.message(lang, keys)


Result: TypeAlias = Done[T] | Refused | Failed


def run_command(func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Result[T]:
    """Call ``func(*args, **kwargs)`` and say how it went (see the module docstring)."""
    try:
        value = func(*args, **kwargs)
    except DomainError as exc:
        return Refused.of(exc)
    except StoreError as exc:
        return Failed(exc)
    return Done(value)
