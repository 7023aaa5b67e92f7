"""Closing a session: what the minutes would lack, closing, and reopening."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from facilitator.domain import agenda, lifecycle, queue
from facilitator.domain.model import SessionStatus
from facilitator.service.base import Service
from facilitator.service.changes import Change

if TYPE_CHECKING:
    from facilitator.domain.gaps import Gap

CHECK = Change.CHECK.value


class ClosingService(Service):
    """The end of one session (and its reopening, if something was forgotten)."""

    def gaps(self) -> list[Gap]:
        """The open points the minutes would list if the session closed now (see
        :mod:`facilitator.domain.gaps`; past due dates count from today in the session's zone,
        or, reopened on a later day than the meeting, from the meeting's day:
        :func:`lifecycle.meeting_day`)."""
        from facilitator.domain.gaps import gaps  # only when closing: not before the first frame

        with self.store.snapshot():
            now = self.now()
            today = lifecycle.meeting_day(
                self.session(), self.store.reopenings(self.session_id), now
            )
            return gaps(
                self.store.items(self.session_id),
                self.store.cards(self.session_id, include_merged=True),
                self.store.questions(self.session_id),  # the only open contributions
                today,
                now=now,
                noted=self.store.items_noted(self.session_id),  # discussed, timer or not
            )

    def begin_check(self) -> None:
        """The facilitator opens the check before closing: every window can see it.

        Not an undoable change of the meeting, only where the room is; a closed
        session is left alone.
        """
        with self.store.change(self.session_id, CHECK, undoable=False, origin=self.origin) as tx:
            session = self.session()
            if session.status != SessionStatus.CLOSED and session.checking_since is None:
                tx.update(replace(session, checking_since=self.now()))

    def end_check(self) -> None:
        """The check before closing is closed again (or was left open by a window that quit)."""
        with self.store.change(self.session_id, CHECK, undoable=False, origin=self.origin) as tx:
            session = self.session()
            if session.checking_since is not None:
                tx.update(replace(session, checking_since=None))

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
            tx.update(replace(session, checking_since=None))

    def reopen(self) -> None:
        """Open a closed session again (refused if it is not closed); whoever waited at the
        close waits on from there (:func:`queue.resumed`)."""
        with self._change(Change.REOPEN) as tx:
            session, now = self.session(), self.now()
            tx.update(lifecycle.reopen(session, now))
            for entry in queue.resumed(self.store.queue(self.session_id), session.closed_at, now):
                tx.update(entry)
