"""The Textual app: app-wide wiring only (service, language, clock, reload, undo).

State lives in the store. The app keeps the latest :class:`SessionState` read
from it in a reactive, re-reads it after every command and whenever another
process changes the database, and ticks ``now`` once a second for the clocks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive

from facilitator.domain.clock import Clock
from facilitator.domain.errors import DomainError
from facilitator.i18n import normalise_lang
from facilitator.service import NoteService, SessionService, SessionState
from facilitator.store import Store, StoreError
from facilitator.tui.commands import FacilitatorCommands
from facilitator.tui.words import WORDS, operation, translate_bindings

T = TypeVar("T")


class FacilitatorApp(App[None]):
    """A live round table: console, board and contributions of one session."""

    CSS_PATH = ["app.tcss", "console.tcss", "notes.tcss"]
    TITLE = "facilitator"
    COMMANDS = App.COMMANDS | {FacilitatorCommands}
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("ctrl+q", "quit", "quit", priority=True),
        Binding("question_mark", "help", "help"),
        Binding("ctrl+z", "undo", "undo"),
        Binding("ctrl+y", "redo", "redo", show=False),
        Binding("f5", "preview", "preview"),
        Binding("f9", "close_or_reopen", "close_session"),
    ]

    state: reactive[SessionState | None] = reactive(None, always_update=True)
    """The session as last read from the store."""
    now: reactive[datetime | None] = reactive(None, always_update=True)
    """The time the clocks show; from the injected clock."""

    def __init__(
        self,
        service: SessionService,
        *,
        lang: str | None = None,
        tick_seconds: float = 1.0,
        watch_seconds: float = 0.5,
    ) -> None:
        self.service = service
        self.notes = NoteService(service.store, service.session_id, service.clock)
        self._forced_lang = normalise_lang(lang) if lang else None
        self.tick_seconds = tick_seconds
        self.watch_seconds = watch_seconds
        self._data_version = -1
        super().__init__()
        translate_bindings(self, WORDS, self.lang)

    @property
    def lang(self) -> str:
        """The UI language: ``--lang`` if given, else the session's."""
        if self._forced_lang:
            return self._forced_lang
        state = self.state if self.is_running else None
        session = state.session if state else self.service.session()
        return normalise_lang(session.language)

    def t(self, key: str, **values: object) -> str:
        return WORDS(self.lang, key, **values)

    def on_mount(self) -> None:
        from facilitator.tui.screens.main import MainScreen

        self.reload()
        self.tick()
        self.push_screen(MainScreen())
        if self.tick_seconds > 0:
            self.set_interval(self.tick_seconds, self.tick)
        if self.watch_seconds > 0:
            self.set_interval(self.watch_seconds, self.check_external)

    # -- state --------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the session from the store."""
        try:
            self.state = self.service.state()
            self._data_version = self.service.store.data_version()
        except StoreError as exc:
            self.notify(exc.message(self.lang), severity="error", markup=False, timeout=10)

    def tick(self) -> None:
        self.now = self.service.now()

    def check_external(self) -> None:
        """Reload when another process (a second window, the wall display) committed."""
        try:
            version = self.service.store.data_version()
        except StoreError:
            return
        if version != self._data_version:
            self.reload()

    def command(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Run a service command, reload, and show any problem as a notification.

        Nothing is lost on failure: the store rolls the operation back, and the
        caller keeps whatever the user typed.
        """
        try:
            result = func(*args, **kwargs)
        except StoreError as exc:
            self.notify(exc.message(self.lang), severity="error", markup=False, timeout=10)
            return None
        except DomainError as exc:
            self.notify(exc.message(self.lang), severity="warning", markup=False)
            return None
        self.reload()
        self.tick()
        return result

    # -- actions ------------------------------------------------------------------
    def action_help(self) -> None:
        from facilitator.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
        else:
            self.push_screen(HelpScreen())

    def _fatal_error(self) -> None:
        """An unexpected error: save the details to a file and say so, without a traceback.

        Everything the user did is already in the store; the message says how to
        continue. The traceback goes to a crash report next to the database.
        """
        from facilitator.tui.crash import crash_message, write_crash_report

        self.bell()
        report = write_crash_report(self._exception, self.service.store.path)
        slug = self.state.session.slug if self.state else str(self.service.session_id)
        self._exit_renderables.append(
            crash_message(self.lang, self.service.store.path, slug, report)
        )
        self._close_messages_no_wait()

    def action_preview(self) -> None:
        """Show what the minutes would say now, without closing anything."""
        from facilitator.tui.screens.preview import PreviewScreen

        if not isinstance(self.screen, PreviewScreen):
            self.push_screen(PreviewScreen())

    def action_close_or_reopen(self) -> None:
        """Check, close and write the minutes; on a closed session: reopen it."""
        from facilitator.domain.model import SessionStatus
        from facilitator.tui.screens.close import CloseScreen

        if isinstance(self.screen, CloseScreen):
            return
        if self.state is not None and self.state.session.status == SessionStatus.CLOSED:
            if self.command(self.service.reopen) is not None or self._reopened():
                self.notify(self.t("reopened"), markup=False)
            return
        self.push_screen(CloseScreen())

    def _reopened(self) -> bool:
        from facilitator.domain.model import SessionStatus

        return self.service.session().status != SessionStatus.CLOSED

    def action_undo(self) -> None:
        label = self.command(self.service.undo)
        if label is None:
            self.notify(self.t("nothing_to_undo"), markup=False)
        else:
            self.notify(self.t("undone", label=operation(self.lang, label)), markup=False)

    def action_redo(self) -> None:
        label = self.command(self.service.redo)
        if label is None:
            self.notify(self.t("nothing_to_redo"), markup=False)
        else:
            self.notify(self.t("redone", label=operation(self.lang, label)), markup=False)


def make_app(
    store: Store,
    session_id: int,
    *,
    lang: str | None = None,
    clock: Clock | None = None,
    tick_seconds: float = 1.0,
    watch_seconds: float = 0.5,
) -> FacilitatorApp:
    """The app factory used by the CLI and the tests."""
    service = SessionService(store, session_id, clock)
    return FacilitatorApp(
        service, lang=lang, tick_seconds=tick_seconds, watch_seconds=watch_seconds
    )
