"""What the panes, screens and dialogs need of the app: a small protocol.

They type against :class:`Host` instead of importing the app class, so a pane
depends on the few things it uses: the session as last read, the time, the
language, the services whose commands it gives, and :meth:`Host.submit`,
which runs a command off the UI thread in key order.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, cast, runtime_checkable

from textual.dom import DOMNode
from textual.notifications import SeverityLevel

from facilitator.service import Services, SessionState
from facilitator.service.agenda import AgendaService
from facilitator.service.board import BoardService
from facilitator.service.closing import ClosingService
from facilitator.service.floor import FloorService
from facilitator.service.history import HistoryService
from facilitator.service.notes import NoteService
from facilitator.service.origin import Role
from facilitator.service.result import Result
from facilitator.tui.keymap import Keymap
from facilitator.tui.keys import KeyRouter


@runtime_checkable
class Host(Protocol):
    """The app as its panes and screens see it."""

    services: Services
    agenda: AgendaService
    floor: FloorService
    notes: NoteService
    board: BoardService
    closing: ClosingService
    history: HistoryService
    role: Role
    keys: KeyRouter
    keymap: Keymap

    @property
    def state(self) -> SessionState | None:
        """The session as last read from the store."""
        ...

    @property
    def now(self) -> datetime | None:
        """The time the clocks show."""
        ...

    @property
    def behind(self) -> bool:
        """Commands given whose outcome the screen does not show yet."""
        ...

    @property
    def lang(self) -> str:
        """The UI language, "nl" or "en"."""
        ...

    def t(self, key: str, **values: object) -> str:
        """The app's shared words in the UI language."""
        ...

    def submit(
        self,
        func: Callable[..., Any],
        *args: Any,
        then: Callable[[Any], None] | None = None,
        failed: Callable[[Result[Any]], object] | None = None,
        **kwargs: Any,
    ) -> None:
        """Give a command to the command runner; ``then(value)`` runs once it is saved."""
        ...

    def reload(self) -> None:
        """Re-read the session after every command given before."""
        ...

    def say(self, text: str, severity: SeverityLevel = ..., *, timeout: float | None = ...) -> None:
        """Say ``text`` once: the same words again, while they show, replace them."""
        ...

    def take_back_refusal(self, text: str) -> None:
        """Take away the notice of a refusal (``text``) still shown: it was put right."""
        ...

    def notice_while(
        self,
        text: str,
        holds: Callable[[SessionState], bool],
        severity: SeverityLevel = ...,
        *,
        timeout: float = ...,
    ) -> None:
        """Say ``text`` once (in place of the same words still shown) until ``holds`` is
        no longer true of the session."""
        ...

    def status_notice(self, text: str, closed: bool, severity: SeverityLevel = ...) -> None:
        """Say the session closed (``closed``) or reopened; the notice goes once it no
        longer holds."""
        ...

    def write_minutes(self, path: Path | None = None) -> None:
        """Write the minutes as the session stands (default: the next free
        ``minutes/<slug>.md``), off the UI thread, and say where they went."""
        ...

    def quit_now(self) -> None:
        """Quit at once (after the saves under way), asking nothing."""
        ...


_HOSTS: set[type] = set()
"""App classes found to be hosts (checking the protocol reads every member: slow)."""


def host_of(node: DOMNode) -> Host:
    """The app ``node`` runs in, as a :class:`Host`."""
    app = node.app
    if type(app) not in _HOSTS:
        if not isinstance(app, Host):
            raise TypeError(f"{type(app).__name__} is not a facilitator app")
        _HOSTS.add(type(app))
    return cast(Host, app)
