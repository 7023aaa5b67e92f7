"""Asking before quitting with text typed but not saved."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from facilitator.i18n import Catalog
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.host import host_of
from facilitator.tui.text import one_line

WORDS = Catalog(
    {
        "title": ("Stoppen?", "Quit?"),
        "typed": (
            "Deze tekst is getypt maar nog niet opgeslagen:",
            "This text is typed but not saved yet:",
        ),
        "keys": (
            "Esc of n: terug en verder typen · j of y: toch stoppen (de tekst wordt dan "
            "in de terminal getoond, niet opgeslagen)",
            "Esc or n: go back and keep typing · y or j: quit anyway (the text is then "
            "shown in the terminal, not saved)",
        ),
    }
)


class ConfirmQuit(ModalScreen[None]):
    """Quit anyway, or go back to the line."""

    SCOPE = Scope.CONFIRM
    BINDINGS = bindings(SCOPE)
    DEFAULT_CSS = """
    ConfirmQuit { align: center middle; }
    ConfirmQuit > Vertical {
        width: 70; max-width: 95%; height: auto;
        border: thick $warning; background: $surface; padding: 0 1;
    }
    ConfirmQuit #confirm-title { text-style: bold; }
    ConfirmQuit #confirm-keys { color: $text-muted; margin-top: 1; }
    """

    def __init__(self, text: str, lang: str) -> None:
        super().__init__()
        self.text = text
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(WORDS(self.lang, "title")), id="confirm-title")
            yield Static(Content(WORDS(self.lang, "typed")))
            yield Static(Content("«" + one_line(self.text, 200) + "»"), id="confirm-text")
            yield Static(Content(WORDS(self.lang, "keys")), id="confirm-keys")

    def action_quit_anyway(self) -> None:
        host_of(self).quit_now()
