"""A row of parts side by side in one widget (the footer's keys, the tabs), with the part
under the mouse remembered, so the row can highlight it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from textual import events
from textual.widget import Widget

T = TypeVar("T")


class HoverRow(Widget, Generic[T]):
    """Parts drawn side by side on the first line; :meth:`parts` says where each is."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._hover: T | None = None

    def parts(self) -> Iterable[tuple[int, int, T]]:
        """Each part's cells on the first line: (first, after the last, the part)."""
        raise NotImplementedError

    def part_at(self, x: int, y: int = 0) -> T | None:
        """The part drawn at column ``x`` of line ``y``, if any."""
        if y != 0:
            return None
        return next((part for first, after, part in self.parts() if first <= x < after), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        hover = self.part_at(event.x, event.y)
        if hover != self._hover:
            self._hover = hover
            self.refresh()

    def on_leave(self) -> None:
        if self._hover is not None:
            self._hover = None
            self.refresh()
