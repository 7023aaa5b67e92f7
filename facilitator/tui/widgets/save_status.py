"""One line above the footer: saves under way, and a lasting database problem.

Saving never blocks typing: commands run on their own thread, and this line
shows how many are still on their way. When the database cannot be written
(deleted, damaged, read-only, full disk) the reason stays here until it is
solved, in the user's language; what was typed is kept (the capture line
shows what was not saved).
"""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from facilitator.i18n import Catalog
from facilitator.tui.words import Localised

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

    def watch_pending(self) -> None:
        self._show()

    def watch_trouble(self) -> None:
        self._show()

    def _show(self) -> None:
        parts = []
        if self.trouble:
            parts.append(Content("⚠ " + self.trouble))
        if self.pending:
            parts.append(Content(self.t("saving", n=self.pending)).stylize("$text-muted"))
        self.set_class(bool(self.trouble), "-trouble")
        self.set_class(bool(parts), "-shown")
        self.update(Content("  ·  ").join(parts))
