"""The service layer: what screens and the CLI call. It talks to the store and the domain."""

from facilitator.service.notes import SPEAKING, NoteService, Speaking
from facilitator.service.session import SUGGESTED, SessionService, Suggested
from facilitator.service.state import SessionState
from facilitator.store import Store, StoreError

# The TUI reaches the store through the service: the store and its error, re-exported.
__all__ = [
    "SPEAKING",
    "SUGGESTED",
    "NoteService",
    "SessionService",
    "SessionState",
    "Speaking",
    "Suggested",
    "Store",
    "StoreError",
]
