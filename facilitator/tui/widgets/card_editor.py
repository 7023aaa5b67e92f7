"""Editing a card or a contribution: the capture line again, in a dialog.

The text is shown with its owners, tags, due date (and, for a contribution,
its speaker) written inline exactly as when capturing, so there is one syntax
to learn. Enter hands the edited line to ``save`` in the key's own event and
closes the dialog; ``save`` gives the command to the app, and if saving fails
the caller opens the editor again with the line and the reason, so what was
typed is never lost: if the database could not save it, Escape asks to be
pressed again before it throws the line away. Keys typed while the dialog opens wait for it.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Static

from facilitator.capture import Context, complete, parse
from facilitator.i18n import Catalog
from facilitator.text import one_line
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.screens.dialog import KeyedDialog
from facilitator.tui.widgets.capture_input import CaptureInput, preview
from facilitator.tui.widgets.kind_badge import kind_colours

WORDS = Catalog(
    {
        "keys": (
            "Enter bewaart · {key[editor.cancel]} annuleert · → vult aan · {key[app.undo]} "
            "maakt later ongedaan",
            "Enter saves · {key[editor.cancel]} cancels · → completes · {key[app.undo]} undoes "
            "it later",
        ),
        "not_saved": ("⚠ niet opgeslagen: {reason}", "⚠ not saved: {reason}"),
        "escape_again": (
            "⚠ niet opgeslagen: nog een keer {key[editor.cancel]} gooit weg wat u typte; Enter "
            "probeert opnieuw",
            "⚠ not saved: {key[editor.cancel]} once more throws away what you typed; Enter "
            "tries again",
        ),
    }
)


class LineEditor(KeyedDialog[bool]):
    """Edit one line (text plus inline @owners, #tags, due date, ~speaker)."""

    SCOPE = Scope.EDITOR
    BINDINGS = bindings(SCOPE)
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-roomy")]

    def __init__(
        self,
        title: Content,
        line: str,
        *,
        context: Callable[[], Context],
        save: Callable[[str], object],
        board: bool = True,
        lang: str = "en",
        about: Content | None = None,
        problem: str = "",
        unsaved: bool = False,
    ) -> None:
        """``unsaved``: the line comes back because the database could not save it."""
        super().__init__()
        self.title_content = title
        self.line = line
        self.context = context
        self.save = save
        self.board = board
        self.lang = lang
        self.about = about
        self.problem = problem
        self.unsaved = unsaved
        """The database could not save this line (a full disk, a read-only file)."""
        self.escape_again = False
        """Escape was pressed once on an unsaved line: a second one throws it away."""

    def about_text(self) -> str:
        return one_line(self.title_content.plain)

    def compose(self) -> ComposeResult:
        with Vertical(id="editor"):
            yield Static(self.title_content, id="editor-title")
            yield CaptureInput(
                self.line, context=self.context, on_enter=self._enter, id="editor-input"
            )
            yield Static(id="editor-preview")
            about = Static(self.about or "", id="editor-about")
            about.display = self.about is not None
            yield about
            yield Static(Content(WORDS(self.lang, "keys", key=self.key_names())), id="editor-keys")

    def on_mount(self) -> None:
        field = self.query_one(CaptureInput)
        field.cursor_position = len(field.value)
        self._update()
        self.keys_ready(field)

    def show_about(self, about: Content | None) -> None:
        """Fill in who said what (read after the dialog opened)."""
        if self.is_attached and about is not None:
            widget = self.query_one("#editor-about", Static)
            widget.update(about)
            widget.display = True

    @on(Input.Changed, "#editor-input")
    def _update(self) -> None:
        value = self.query_one(CaptureInput).value
        context = self.context()
        parsed = parse(value, context, board=self.board)
        completion = complete(value, context) if value else None
        line = preview(parsed, completion, context, lang=self.lang, colours=kind_colours(self.app))
        if self.escape_again:
            problem = Content(WORDS(self.lang, "escape_again", key=self.key_names()))
            line = Content("  ·  ").join([problem.stylize("$text-error"), line])
        elif self.problem:
            problem = Content(WORDS(self.lang, "not_saved", reason=self.problem))
            line = Content("  ·  ").join([problem.stylize("$text-error"), line])
        self.query_one("#editor-preview", Static).update(line)

    def _enter(self, value: str) -> bool:
        """Enter, in the key's own event: hand the line on and close."""
        self.save(value)
        self.dismiss(True)
        return True

    def action_cancel(self) -> None:
        """Cancel; on a line the database could not save, only at the second Escape."""
        typed = self.query_one(CaptureInput).value.strip()
        if self.unsaved and typed and not self.escape_again:
            self.escape_again = True
            self._update()
            return
        self.dismiss(False)
