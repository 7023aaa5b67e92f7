"""``@record`` behaves as ``@dataclass`` does, without compiling comparison, hash and repr."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, field
from typing import Any

import pytest

from facilitator.records import record


@record
class Point:
    x: int
    y: int = 0
    note: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class PointDC:
    x: int
    y: int = 0
    note: str = field(default="", compare=False, repr=False)


@record(frozen=False)
class Box:
    items: list[Any] = field(default_factory=list)


@dataclass
class BoxDC:
    items: list[Any] = field(default_factory=list)


@record
class Empty:
    pass


@record
class One:
    only: int


@record
class Own:
    value: int

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Own) and other.value % 10 == self.value % 10

    def __hash__(self) -> int:
        return self.value % 10

    def __repr__(self) -> str:
        return "own"


@record
class Base:
    a: int


@record
class Child(Base):
    b: int = 2


def test_equal_as_a_dataclass_is() -> None:
    assert Point(1, 2) == Point(1, 2)
    assert Point(1, 2) != Point(2, 1)
    assert Point(1, 2, "a") == Point(1, 2, "b")  # a field left out of comparison
    assert (Point(1, 2) == PointDC(1, 2)) is False  # another class is never equal
    assert Point(1) == Point(1, 0)
    assert Empty() == Empty()
    assert One(3) == One(3) and One(3) != One(4)
    assert Base(1) != Child(1)  # the class must be the same, as with @dataclass


def test_hashed_on_the_compared_fields_when_frozen_and_not_otherwise() -> None:
    assert hash(Point(1, 2, "a")) == hash(Point(1, 2, "b"))
    assert len({Point(1, 2), Point(1, 2), Point(2, 1)}) == 2
    assert {One(1): "x"}[One(1)] == "x"
    with pytest.raises(TypeError):
        hash(Box())
    with pytest.raises(TypeError):
        hash(BoxDC())


def test_repr_as_a_dataclass_shows_it() -> None:
    assert repr(Point(1, 2, "hidden")) == repr(PointDC(1, 2, "hidden")).replace("PointDC", "Point")
    assert repr(Point(1, 2)) == "Point(x=1, y=2)"
    assert repr(Box([1])) == repr(BoxDC([1])).replace("BoxDC", "Box")
    assert repr(Empty()) == "Empty()"
    assert repr(Child(1)) == "Child(a=1, b=2)"
    box = Box()
    box.items.append(box)
    assert repr(box) == "Box(items=[...])"


def test_frozen_fields_cannot_be_set_and_mutable_ones_can() -> None:
    point = Point(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del point.x
    box = Box()
    box.items = [1]
    assert box == Box([1])
    assert Box().items is not Box().items  # a default factory per record


def test_what_the_class_defines_itself_stays() -> None:
    assert Own(3) == Own(13)
    assert hash(Own(13)) == 3
    assert repr(Own(1)) == "own"


def test_the_dataclass_helpers_work_and_records_pickle() -> None:
    assert [f.name for f in dataclasses.fields(Child)] == ["a", "b"]
    assert dataclasses.replace(Point(1, 2), y=5) == Point(1, 5)
    assert dataclasses.asdict(Child(1)) == {"a": 1, "b": 2}
    assert pickle.loads(pickle.dumps(Point(1, 2, "n"))) == Point(1, 2)
    assert Point.__match_args__ == ("x", "y", "note")
    assert dataclasses.is_dataclass(Point)
