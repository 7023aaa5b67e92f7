"""The service layer: what screens and the CLI call. It talks to the store and the domain."""

from facilitator.service.notes import NoteService
from facilitator.service.session import SessionService
from facilitator.service.state import SessionState

__all__ = ["NoteService", "SessionService", "SessionState"]
