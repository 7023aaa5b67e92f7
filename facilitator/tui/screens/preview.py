"""A preview of the minutes, rendered as Markdown, at any moment of the session.

The minutes are drafted and laid out off the UI thread and only the lines in sight are
drawn (:class:`~facilitator.tui.widgets.markdown_lines.MarkdownLines`): however long they
are, the clock, the keys and Esc go on working while the preview opens and shows them.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.css.query import NoMatches
from textual.widgets import Static

from facilitator.collector import held
from facilitator.i18n import Catalog
from facilitator.service import StoreError
from facilitator.service.minutes import collect, render_markdown
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.host import Host, host_of
from facilitator.tui.keymap import key_names
from facilitator.tui.screens.dialog import HeldDialog
from facilitator.tui.widgets.footer import KeyFooter
from facilitator.tui.widgets.markdown_lines import MarkdownLines

WORDS = Catalog(
    {
        "title": ("Voorbeeld van het verslag", "Preview of the minutes"),
        "hint": (
            "Dit is wat het verslag nu zou zijn; er wordt niets gesloten of opgeslagen. "
            "{key[preview.close]} sluit het voorbeeld.",
            "This is what the minutes would say now; nothing is closed or written. "
            "{key[preview.close]} closes the preview.",
        ),
        "loading": ("Verslag wordt opgesteld…", "Drafting the minutes…"),
    }
)


class PreviewScreen(HeldDialog[None]):
    """The minutes as they would be if the session closed now."""

    SCOPE = Scope.PREVIEW
    BINDINGS = bindings(SCOPE)
    DEFAULT_CSS = """
    PreviewScreen { align: center middle; }
    PreviewScreen > Vertical {
        width: 95%; height: 95%; border: thick $primary; background: $surface;
    }
    PreviewScreen #preview-hint { color: $text-muted; padding: 0 1; }
    """

    @property
    def fapp(self) -> Host:
        return host_of(self)

    def compose(self) -> ComposeResult:
        lang = self.fapp.lang
        with Vertical():
            yield Static(Text(WORDS(lang, "title"), style="bold"), id="preview-title")
            yield Static(Text(WORDS(lang, "hint", key=key_names(self.fapp))), id="preview-hint")
            # the minutes scroll with ↑↓, PageUp/Down, Home/End
            yield MarkdownLines(WORDS(lang, "loading"), id="preview-scroll")
        yield KeyFooter()

    def on_mount(self) -> None:
        try:
            self.query_one("#preview-scroll").focus()
        except NoMatches:
            return  # closed before it was mounted
        self.draft()

    @work(thread=True, exclusive=True, group="preview")
    def draft(self) -> None:
        """Collect and render off the UI thread; the store is thread-safe."""
        app, host = self.app, self.fapp
        services = host.services
        try:
            with held():  # as the layout (MarkdownLines): no collection holds the UI
                record = collect(services.store, services.session_id, services.clock.now())
                text = render_markdown(record, host.lang, charts=False)
        except StoreError as exc:
            said = exc.message(host.lang, key_names(host))
            app.call_from_thread(app.notify, said, severity="error", markup=False)
            return
        app.call_from_thread(self._show, text)

    def _show(self, text: str) -> None:
        if self.is_attached:
            self.query_one("#preview-scroll", MarkdownLines).update(text)
