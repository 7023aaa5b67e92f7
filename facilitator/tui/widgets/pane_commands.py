"""What the commands behind a pane's keys share: the app, the language, words, submit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual.widget import Widget

from facilitator.capture import Context
from facilitator.i18n import Catalog
from facilitator.service import SessionState
from facilitator.service.result import Failed, Refused
from facilitator.tui.host import Host, host_of
from facilitator.tui.keymap import key_names
from facilitator.tui.widgets.capture import capture_context


class PaneCommands:
    """The commands of one pane's keys; subclasses set ``WORDS`` and add the actions.

    Every change is given to the app (``host.submit``): it runs off the UI thread in
    key order, a refusal or failure is shown, and the store makes it one undoable
    operation.
    """

    WORDS: ClassVar[Catalog]

    def __init__(self, pane: Widget) -> None:
        self.pane = pane

    @property
    def host(self) -> Host:
        return host_of(self.pane)

    @property
    def _lang(self) -> str:
        return self.host.lang

    @property
    def _now_state(self) -> SessionState | None:
        return self.host.state

    def _w(self, key: str, **values: object) -> str:
        if self.WORDS.names_keys(key):  # a key of the app, as bound (``{key[app.undo]}``)
            values["key"] = key_names(self.host)
        return self.WORDS(self._lang, key, **values)

    def _said(self, result: Refused | Failed) -> str:
        """Why a command was refused or failed, naming the keys as bound."""
        return result.message(self._lang, key_names(self.host))

    def _unsaved(self, result: Refused | Failed) -> str:
        """Why a line came back to its editor unsaved, as the editor says it: «⚠ niet
        opgeslagen: …», or the reason alone after ``⚠`` where it says so itself."""
        from facilitator.tui.widgets.card_editor import not_saved  # loaded with the editor

        failed = isinstance(result, Failed)  # the database's own words say it was not saved
        return not_saved(self._lang, self._said(result), result.key, failed=failed)

    def _tell(self, key: str, **values: object) -> None:
        """Say it once: the same words again, while they show, replace them (S pressed
        twice on a barrier)."""
        self.host.say(self._w(key, **values))

    def _capture_context(self) -> Context:
        return capture_context(self.host, self._now_state)

    def _run(
        self,
        func: Callable[..., object],
        *args: Any,
        then: Callable[[Any], None] | None = None,
        failed: Callable[[Any], object] | None = None,
        **kwargs: Any,
    ) -> None:
        self.host.submit(func, *args, then=then, failed=failed, **kwargs)
