"""The service layer: what screens and the CLI call. It talks to the store and the domain.

One service per topic of a meeting, all on :class:`~facilitator.service.base.Service`:
the agenda (:mod:`.agenda`), the floor (:mod:`.floor`), notes (:mod:`.notes`),
the board (:mod:`.board`), closing (:mod:`.closing`), undo and redo
(:mod:`.history`) and reading the session whole (:mod:`.reading`).
:class:`Services` builds them together for one session.
"""

from facilitator.service.agenda import AgendaSeen, ItemSeen
from facilitator.service.floor import SUGGESTED, Floor, FloorSeen, Suggested
from facilitator.service.notes import CURRENT, SPEAKING, NoteService, Speaking
from facilitator.service.services import Services
from facilitator.service.state import SessionState
from facilitator.store import Store, StoreError

# The TUI reaches the store through the service: the store and its error, re-exported.
__all__ = [
    "AgendaSeen",
    "CURRENT",
    "Floor",
    "FloorSeen",
    "ItemSeen",
    "SPEAKING",
    "SUGGESTED",
    "NoteService",
    "SessionState",
    "Services",
    "Speaking",
    "Store",
    "StoreError",
    "Suggested",
]
