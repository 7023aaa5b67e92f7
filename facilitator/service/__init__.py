"""The service layer: what screens and the CLI call. It talks to the store and the domain.

One service per topic of a meeting, all on :class:`~facilitator.service.base.Service`:
the agenda, the floor, notes, the board, closing, undo (history) and reading
the session whole. :class:`Services` builds them together.
"""

from facilitator.service.agenda import AgendaService
from facilitator.service.board import BoardService
from facilitator.service.changes import Change
from facilitator.service.closing import ClosingService
from facilitator.service.floor import FloorService
from facilitator.service.history import HistoryService
from facilitator.service.notes import NoteService
from facilitator.service.reading import ReadingService
from facilitator.service.services import Services
from facilitator.service.state import SessionState
from facilitator.store import Store, StoreError

# The TUI reaches the store through the service: the store and its error, re-exported.
__all__ = [
    "AgendaService",
    "BoardService",
    "Change",
    "ClosingService",
    "FloorService",
    "HistoryService",
    "NoteService",
    "ReadingService",
    "Services",
    "SessionState",
    "Store",
    "StoreError",
]
