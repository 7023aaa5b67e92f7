"""Record classes: dataclasses whose ``__eq__``, ``__hash__`` and ``__repr__`` are shared.

``@dataclass(frozen=True)`` writes six methods of every class as Python source and
compiles each on its own (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__``, ``__delattr__``), about 0.1 ms a method. The program defines some fifty
record classes before its first frame, so that compiling was a fifth of its own start-up
(see docs/performance.md). ``@record`` has the standard library make the class, its
``__init__`` and, for a frozen class, the guards that keep its fields read-only, exactly as
``@dataclass`` does; comparison, hash and repr are made from the class's fields without
compiling anything: a field getter (``operator.attrgetter``) and three small functions.

They behave as ``@dataclass``'s own (Python 3.11): equal when of the same class with equal
compared fields (in field order), hashed on those fields when frozen, unhashable when not
(unless the class sets ``__hash__`` itself), ``Name(field=value, …)`` as repr with ``...``
for a record that holds itself. A method the class defines itself is kept, as
``@dataclass`` keeps it. ``dataclasses.fields``, ``replace`` and ``asdict`` work on them:
they are dataclasses.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")


def _getter(names: Sequence[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The values of ``names`` of an object, as a tuple (also for none or one name)."""
    if not names:
        return lambda _: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    many: Callable[[Any], tuple[Any, ...]] = attrgetter(*names)
    return many


def _shared(cls: type[T], frozen: bool) -> type[T]:
    """Give ``cls`` (made by ``dataclasses.dataclass`` with ``eq`` and ``repr`` off) the
    comparison, hash and repr ``@dataclass`` would have given it."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    own = cls.__dict__
    compared = _getter([f.name for f in fields if f.compare])
    hashed = _getter([f.name for f in fields if (f.compare if f.hash is None else f.hash)])
    shown = [f.name for f in fields if f.repr]

    def __eq__(self: Any, other: Any) -> bool:
        if other.__class__ is self.__class__:
            return bool(compared(self) == compared(other))
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(hashed(self))

    @reprlib.recursive_repr()
    def __repr__(self: Any) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__qualname__}({values})"

    for made in (__eq__, __hash__, __repr__):
        made.__qualname__ = f"{cls.__qualname__}.{made.__name__}"
    # What the class body defines stays, as with @dataclass. A body that defines __eq__
    # but not __hash__ gets __hash__ = None from Python itself: that is not its own hash.
    own_hash = own.get("__hash__", dataclasses.MISSING)
    hash_is_own = not (own_hash is dataclasses.MISSING or (own_hash is None and "__eq__" in own))
    given: dict[str, object] = {"__eq__": __eq__, "__repr__": __repr__}
    if not hash_is_own:
        given["__hash__"] = __hash__ if frozen else None
    for name, method in given.items():
        if name == "__hash__" or name not in own:
            setattr(cls, name, method)
    return cls


@overload
def record(cls: type[T], /) -> type[T]: ...


@overload
def record(*, frozen: bool = True) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(cls: type[T] | None = None, /, *, frozen: bool = True) -> Any:
    """``@record``: a frozen dataclass; ``@record(frozen=False)``: one whose fields can be
    set. Both compare, hash and show themselves as ``@dataclass`` would (see the module)."""

    def make(cls: type[T]) -> type[T]:
        made = dataclasses.dataclass(cls, frozen=frozen, eq=False, repr=False)
        return _shared(made, frozen)

    return make if cls is None else make(cls)
