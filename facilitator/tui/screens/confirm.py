"""Asking before quitting with text typed but not saved."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from facilitator.i18n import Catalog
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.host import host_of
from facilitator.tui.keymap import key_names
from facilitator.tui.text import one_line

WORDS = Catalog(
    {
        "title": ("Stoppen?", "Quit?"),
        "typed": (
            "Deze tekst is getypt maar nog niet opgeslagen:",
            "This text is typed but not saved yet:",
        ),
        "keys": (
            "{key[app.quit]} nog eens: toch stoppen (de tekst wordt dan in de terminal getoond "
            "en in een bestand naast de database bewaard, niet opgeslagen) · "
            "{key[confirm.back]}: terug · of typ gewoon verder: wat u typt, komt in de regel",
            "{key[app.quit]} again: quit anyway (the text is then shown in the terminal and "
            "kept in a file beside the database, not saved) · {key[confirm.back]}: go back · "
            "or just keep typing: what you type goes into the line",
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
            yield Static(
                Content(WORDS(self.lang, "keys", key=key_names(host_of(self)))), id="confirm-keys"
            )

    def gives_way_to(self, event: events.Key) -> bool:
        """Every key but the dialog's own (Esc, ctrl+q, bound first): ctrl+q pressed by
        mistake while typing, the next keys are the sentence going on, not an answer.
        The dialog goes and the key lands in the line (a ``j`` or ``n`` in the text
        quit the program or was lost)."""
        return True

    def action_quit_anyway(self) -> None:
        host_of(self).quit_now()
