"""Reading one session whole, as the screens show it."""

from __future__ import annotations

from facilitator.domain import queue
from facilitator.service.base import Service
from facilitator.service.state import SessionState

LATEST = 20  # the console shows as many as its latest-contributions panel has rows


class ReadingService(Service):
    """The picture of one session the screens draw (see :class:`SessionState`)."""

    def state(self, latest: int = LATEST) -> SessionState:
        """The whole picture, read at one moment (no commit of another process in between)."""
        sid = self.session_id
        with self.store.snapshot():
            return SessionState(
                session=self.session(),
                items=self.store.items(sid),
                participants=self.store.participants(sid),
                queue=queue.ordered(self.store.queue(sid)),
                speeches=self.store.speeches(sid),
                latest=self.store.contributions(sid, limit=latest, newest_first=True),
                contribution_count=self.store.contribution_count(sid),
                cards=self.store.cards(sid),
                can_undo=self.store.can_undo(sid, origin=self.origin),
                can_redo=self.store.can_redo(sid, origin=self.origin),
            )
