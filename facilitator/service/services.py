"""All the services of one session, built together on one store, clock and origin."""

from __future__ import annotations

from collections.abc import Callable

from facilitator.domain.clock import Clock, SystemClock
from facilitator.records import record
from facilitator.service.agenda import AgendaService
from facilitator.service.board import BoardService
from facilitator.service.carry import CarryService
from facilitator.service.closing import ClosingService
from facilitator.service.drafts import DraftService
from facilitator.service.floor import FloorService
from facilitator.service.history import HistoryService
from facilitator.service.notes import NoteService
from facilitator.service.reading import ReadingService
from facilitator.store import Store


@record
class Services:
    """One session's services by topic: what the app and the tests call."""

    reading: ReadingService
    agenda: AgendaService
    floor: FloorService
    notes: NoteService
    board: BoardService
    carry: CarryService
    closing: ClosingService
    history: HistoryService
    drafts: DraftService

    @classmethod
    def open(
        cls,
        store: Store,
        session_id: int,
        clock: Clock | None = None,
        *,
        origin: str | None = None,
        alive: Callable[[int], bool] | None = None,
    ) -> Services:
        """The services of session ``session_id``; ``origin`` names this window's operations
        (and its draft); ``alive`` says whether a process of this computer still runs
        (whose draft is left be; default: asked of the system)."""
        clock = clock or store.clock or SystemClock()
        args = (store, session_id, clock)
        return cls(
            reading=ReadingService(*args, origin=origin),
            agenda=AgendaService(*args, origin=origin),
            floor=FloorService(*args, origin=origin),
            notes=NoteService(*args, origin=origin),
            board=BoardService(*args, origin=origin),
            carry=CarryService(*args, origin=origin),
            closing=ClosingService(*args, origin=origin),
            history=HistoryService(*args, origin=origin),
            drafts=DraftService(*args, origin=origin, alive=alive),
        )

    @property
    def store(self) -> Store:
        return self.reading.store

    @property
    def session_id(self) -> int:
        return self.reading.session_id

    @property
    def clock(self) -> Clock:
        return self.reading.clock

    @staticmethod
    def warm_up() -> None:
        """Load what the first change needs but the first read does not (call it after the
        first frame, e.g. on a thread, so that the first key pays nothing for it)."""
        from facilitator.store.store import warm_up

        warm_up()
