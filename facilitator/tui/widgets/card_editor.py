"""Editing a card or a contribution: the capture line again, in a dialog.

The text is shown with its owners, tags, due date (and, for a contribution,
its speaker) written inline exactly as when capturing, so there is one syntax
to learn. ``save`` is called with the edited line; the dialog closes only when
it returns True, so a failed save keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from facilitator.capture import Context, complete, parse
from facilitator.i18n import Catalog
from facilitator.tui.widgets.capture_input import CaptureInput, preview
from facilitator.tui.widgets.kind_badge import kind_colours

WORDS = Catalog(
    {
        "keys": (
            "Enter bewaart · Esc annuleert · → vult aan · ctrl+z maakt later ongedaan",
            "Enter saves · Esc cancels · → completes · ctrl+z undoes it later",
        ),
    }
)


class LineEditor(ModalScreen[bool]):
    """Edit one line (text plus inline @owners, #tags, due date, ~speaker)."""

    BINDINGS = [Binding("escape", "cancel", show=False, priority=True)]

    def __init__(
        self,
        title: Content,
        line: str,
        *,
        context: Callable[[], Context],
        save: Callable[[str], bool],
        board: bool = True,
        lang: str = "en",
        about: Content | None = None,
    ) -> None:
        super().__init__()
        self.title_content = title
        self.line = line
        self.context = context
        self.save = save
        self.board = board
        self.lang = lang
        self.about = about

    def compose(self) -> ComposeResult:
        with Vertical(id="editor"):
            yield Static(self.title_content, id="editor-title")
            yield CaptureInput(self.line, context=self.context, id="editor-input")
            yield Static(id="editor-preview")
            if self.about is not None:
                yield Static(self.about, id="editor-about")
            yield Static(Content(WORDS(self.lang, "keys")), id="editor-keys")

    def on_mount(self) -> None:
        field = self.query_one(CaptureInput)
        field.focus()
        field.cursor_position = len(field.value)
        self._update()

    @on(Input.Changed, "#editor-input")
    def _update(self) -> None:
        value = self.query_one(CaptureInput).value
        context = self.context()
        parsed = parse(value, context, board=self.board)
        completion = complete(value, context) if value else None
        line = preview(parsed, completion, context, lang=self.lang, colours=kind_colours(self.app))
        self.query_one("#editor-preview", Static).update(line)

    @on(Input.Submitted, "#editor-input")
    def _submit(self, event: Input.Submitted) -> None:
        event.stop()
        if self.save(event.value):
            self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
