"""Closing a session: what the minutes would lack, closing, and reopening."""

from __future__ import annotations

from facilitator.domain import agenda, lifecycle, queue
from facilitator.domain.gaps import Gap, gaps
from facilitator.service.base import Service
from facilitator.service.changes import Change


class ClosingService(Service):
    """The end of one session (and its reopening, if something was forgotten)."""

    def gaps(self) -> list[Gap]:
        """What the minutes would lack if the session closed now (past due dates included)."""
        with self.store.snapshot():
            today = self.now().astimezone(self.session().zone).date()
            return gaps(self.store.items(self.session_id), self.store.cards(self.session_id), today)

    def close(self) -> None:
        """Stop the running timer and speech and close the session (refused if closed)."""
        with self._change(Change.CLOSE) as tx:
            now = self.now()
            session = lifecycle.close_session(self.session(), now)
            for item in self.store.items(self.session_id):
                if item.running:
                    tx.update(agenda.pause(item, now))
            speech = queue.end_speech(self.store.current_speech(self.session_id), now)
            if speech is not None:
                tx.update(speech)
            tx.update(session)

    def reopen(self) -> None:
        """Open a closed session again (refused if it is not closed)."""
        with self._change(Change.REOPEN) as tx:
            tx.update(lifecycle.reopen(self.session(), self.now()))
