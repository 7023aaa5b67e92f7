"""What the note-taker's key mixins share: the app, the note service, words, pickers.

Every change is given to the app (``app.submit``): it runs off the UI thread in
key order, shows a refused or failed save as a notification, and the store
makes it one undoable operation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import TabbedContent

from facilitator.capture import Context
from facilitator.service import NoteService, SessionState
from facilitator.tui.screens.note_words import KEY_WORDS
from facilitator.tui.widgets.board import BoardPane
from facilitator.tui.widgets.capture import capture_context
from facilitator.tui.widgets.log import ContributionLog

if TYPE_CHECKING:
    from facilitator.tui.app import FacilitatorApp


class NoteBase(Screen[None]):
    """Mixin: plumbing of the note-taker's keys."""

    @property
    def _app(self) -> FacilitatorApp:
        return self.app  # type: ignore[return-value]

    @property
    def _notes(self) -> NoteService:
        return self._app.notes

    @property
    def _lang(self) -> str:
        return self._app.lang

    def _w(self, key: str, **values: object) -> str:
        return KEY_WORDS(self._lang, key, **values)

    def _tell(self, key: str, **values: object) -> None:
        self.notify(self._w(key, **values), markup=False)

    @property
    def _now_state(self) -> SessionState | None:
        return self._app.state

    def _capture_context(self) -> Context:
        return capture_context(self.app, self._now_state)

    def _run(
        self,
        func: Callable[..., object],
        *args: Any,
        then: Callable[[Any], None] | None = None,
        failed: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Give a note command to the app; ``then`` runs once it is saved."""
        self._app.submit(func, *args, then=then, failed=failed, **kwargs)

    def _tab(self) -> str | None:
        try:
            return self.query_one(TabbedContent).active
        except NoMatches:
            return None

    @property
    def _board_pane(self) -> BoardPane:
        return self.query_one(BoardPane)

    @property
    def _log_pane(self) -> ContributionLog:
        return self.query_one(ContributionLog)
