"""Asking before quitting with text typed but not saved."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from facilitator.i18n import Catalog
from facilitator.text import screen_line
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.host import host_of
from facilitator.tui.keymap import key_names
from facilitator.tui.screens.dialog import HeldDialog
from facilitator.tui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from facilitator.service.rescue import Kept

WORDS = Catalog(
    {
        "title": ("Stoppen?", "Quit?"),
        "typed": (
            "Deze tekst is getypt maar nog niet opgeslagen:",
            "This text is typed but not saved yet:",
        ),
        "more": ("+{n} meer", "+{n} more"),
        "keys": (
            "{key[app.quit]} nog eens: toch stoppen (de tekst wordt dan in de terminal getoond "
            "en in een bestand naast de database bewaard, niet opgeslagen) · "
            "{key[confirm.back]}: terug · of typ gewoon verder: wat u typt, komt in de regel",
            "{key[app.quit]} again: quit anyway (the text is then shown in the terminal and "
            "kept in a file beside the database, not saved) · {key[confirm.back]}: go back · "
            "or just keep typing: what you type goes into the line",
        ),
        "keys_waiting": (
            "{key[app.quit]} nog eens: toch stoppen (de tekst wordt dan in de terminal getoond "
            "en in een bestand naast de database bewaard, niet opgeslagen) · "
            "{key[confirm.back]} of een andere toets: terug; de regels wachten tot ze "
            "opgeslagen kunnen worden",
            "{key[app.quit]} again: quit anyway (the text is then shown in the terminal and "
            "kept in a file beside the database, not saved) · {key[confirm.back]} or any "
            "other key: go back; the lines wait until they can be saved",
        ),
    }
)

WIDTH = 70
"""The dialog's width (at most 95% of the screen's)."""
AROUND = 7
"""Rows of the dialog besides the lines and the keys: its borders, the title, the line
above the lines, the row above the keys, and a row of the screen free above and below."""


class ConfirmQuit(HeldDialog[None]):
    """Quit anyway, or go back to the line."""

    SCOPE = Scope.CONFIRM
    BINDINGS = bindings(SCOPE)
    DEFAULT_CSS = """
    ConfirmQuit { align: center middle; }
    ConfirmQuit > Vertical {
        width: 70; max-width: 95%; height: auto; max-height: 100%;
        border: thick $warning; background: $surface; padding: 0 1;
    }
    ConfirmQuit #confirm-title { text-style: bold; }
    ConfirmQuit #confirm-text { text-wrap: nowrap; text-overflow: ellipsis; }
    ConfirmQuit #confirm-keys { color: $text-muted; margin-top: 1; }
    """

    def __init__(self, lines: Sequence[Kept], lang: str, *, typing: bool = True) -> None:
        """``lines``: what is typed and not saved, each with what it was; ``typing``: a
        text field beneath has the focus (the keys typed on go into it)."""
        super().__init__()
        self.lines = list(lines)
        self.lang = lang
        self.typing = typing

    def compose(self) -> ComposeResult:
        keys = WORDS(
            self.lang, "keys" if self.typing else "keys_waiting", key=key_names(host_of(self))
        )
        with Vertical():
            yield Static(Content(WORDS(self.lang, "title")), id="confirm-title")
            yield Static(Content(WORDS(self.lang, "typed")))
            yield Static(self._rows(keys), id="confirm-text")
            yield Static(Content(keys), id="confirm-keys")
        yield KeyFooter()

    def _rows(self, keys: str) -> Content:
        """One row per line, what it was before the text as typed (each cut to the width);
        as many as fit on the screen with the keys below them, then how many more wait."""
        size = self.app.size
        width = max(10, min(WIDTH, size.width * 95 // 100) - 4)  # the borders, the padding
        room = max(1, size.height - AROUND - len(Content(keys).wrap(width)))
        shown = self.lines if len(self.lines) <= room else self.lines[: room - 1]
        rows = [
            Content.assemble(
                (screen_line(line.said), "$text-muted"), "  «", screen_line(line.text), "»"
            )
            if line.said
            else Content.assemble("«", screen_line(line.text), "»")
            for line in shown
        ]
        if len(shown) < len(self.lines):
            more = WORDS(self.lang, "more", n=len(self.lines) - len(shown))
            rows.append(Content(more).stylize("$text-muted"))
        return Content("\n").join(rows)

    def gives_way_to(self, event: events.Key | events.Paste) -> bool:
        """Every key but the dialog's own (Esc, ctrl+q, bound first), and a paste: ctrl+q
        pressed by mistake while typing, the next keys are the sentence going on, not an
        answer. The dialog goes and the key lands in the line (a ``j`` or ``n`` in the text
        quit the program or was lost; a paste went nowhere)."""
        return True

    def action_quit_anyway(self) -> None:
        host_of(self).quit_now()


REOPEN_WORDS = Catalog(
    {
        "title": ("Sessie heropenen?", "Reopen the session?"),
        "text": (
            "Deze sessie is gesloten en haar verslag is geschreven. Heropend kan er weer in "
            "worden vastgelegd; tot ze opnieuw gesloten is, laat de synthese haar buiten "
            "beschouwing.",
            "This session is closed and its minutes are written. Reopened, it can be recorded "
            "in again; until it is closed again, the synthesis leaves it out.",
        ),
        "keys": (
            "{key[reopen.confirm]}: heropenen · {key[reopen.cancel]} of een andere toets: "
            "gesloten laten",
            "{key[reopen.confirm]}: reopen · {key[reopen.cancel]} or any other key: keep it closed",
        ),
    }
)


class ConfirmReopen(HeldDialog[None]):
    """Reopen a closed session, or keep it closed: F9 on a closed session asks first, as
    closing does (reopened and left open, a session drops out of the synthesis)."""

    SCOPE = Scope.REOPEN
    BINDINGS = bindings(SCOPE)
    DEFAULT_CSS = """
    ConfirmReopen { align: center middle; }
    ConfirmReopen > Vertical {
        width: 70; max-width: 95%; height: auto; max-height: 100%;
        border: thick $warning; background: $surface; padding: 0 1;
    }
    ConfirmReopen #reopen-title { text-style: bold; }
    ConfirmReopen #reopen-keys { color: $text-muted; margin-top: 1; }
    """

    def __init__(self, lang: str, reopen: Callable[[], None]) -> None:
        """``reopen``: gives the command that reopens the session."""
        super().__init__()
        self.lang = lang
        self._reopen = reopen

    def compose(self) -> ComposeResult:
        keys = REOPEN_WORDS(self.lang, "keys", key=key_names(host_of(self)))
        with Vertical():
            yield Static(Content(REOPEN_WORDS(self.lang, "title")), id="reopen-title")
            yield Static(Content(REOPEN_WORDS(self.lang, "text")), id="reopen-text")
            yield Static(Content(keys), id="reopen-keys")
        yield KeyFooter()

    def gives_way_to(self, event: events.Key | events.Paste) -> bool:
        """Every key but the dialog's own (F9, Enter, Esc, bound first), and a paste: the
        session stays closed and the key goes on as typed, as on the closed session (a
        paste opens a note line; it went nowhere)."""
        return True

    def action_reopen(self) -> None:
        """Off the stack at once, then the command given: a key typed next already acts on
        the session as it will be once reopened."""
        self.dismiss()
        self._reopen()
