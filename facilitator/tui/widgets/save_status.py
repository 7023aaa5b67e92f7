"""One line above the footer: saves under way, and a lasting database problem.

Saving never blocks typing: commands run on their own thread, and this line
shows how many are still on their way once a save takes longer than
:data:`SHOW_AFTER` (most take milliseconds: a line that came and went with every
key would shift the whole screen twice per key, and every pane would redraw).
When the database cannot be written (deleted, damaged, read-only, full disk)
the reason stays here at once until it is solved, in the user's language; what
was typed is kept (the capture line shows what was not saved).
"""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import Static

from facilitator.i18n import Catalog
from facilitator.tui.words import Localised

SHOW_AFTER = 0.3
"""Seconds a save may take before the line says that saves are under way."""

WORDS = Catalog(
    {
        "saving": ("opslaan… ({n})", "saving… ({n})"),
    }
)


class SaveStatus(Localised, Static):
    """Hidden while everything is saved and the database is fine."""

    DEFAULT_CSS = """
    SaveStatus { height: auto; max-height: 3; padding: 0 1; display: none; }
    SaveStatus.-shown { display: block; }
    SaveStatus.-trouble { background: $error 30%; color: $text; text-style: bold; }
    """
    WORDS = WORDS

    pending: reactive[int] = reactive(0)
    """Commands of this window not yet saved."""
    trouble: reactive[str] = reactive("")
    """A lasting database problem in words, or ''."""

    show_after: float = SHOW_AFTER
    """Seconds a save may take before it is shown (0: at once)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._waiting: Timer | None = None
        self._shown: tuple[str, bool] = ("", False)

    def watch_pending(self, pending: int) -> None:
        if pending and not self.has_class("-shown") and self.show_after > 0:
            if self._waiting is None:  # shown if still under way by then
                self._waiting = self.set_timer(self.show_after, self._late)
            return
        self._show()

    def watch_trouble(self) -> None:
        self._show()

    def _late(self) -> None:
        self._waiting = None
        self._show()

    def _show(self) -> None:
        if self._waiting is not None and (not self.pending or self.trouble):
            self._waiting.stop()
            self._waiting = None
        parts = []
        if self.trouble:
            parts.append(Content("⚠ " + self.trouble))
        if self.pending and self._waiting is None:
            parts.append(Content(self.t("saving", n=self.pending)).stylize("$text-muted"))
        text = Content("  ·  ").join(parts)
        if (text.markup, bool(self.trouble)) == self._shown:
            return
        self._shown = (text.markup, bool(self.trouble))
        self.set_class(bool(self.trouble), "-trouble")
        self.set_class(bool(parts), "-shown")
        self.update(text)
