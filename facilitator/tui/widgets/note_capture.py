"""The note-taker's capture line: always on screen, the typed sentence wrapped whole.

```
 BARRIÈRE ▸ Karim Aziz · punt 3 │
 Bedrijven in de bouw haken af als leerbedrijf omdat de begeleiding van bbl'ers te
 veel tijd kost #stage▏
 → #stage
```
The same :class:`~facilitator.tui.widgets.capture.CaptureBar` (kind keys open
it, Enter takes the text and clears it in the key's own event, Escape cancels,
Tab changes the kind, a failed save comes back), laid out for typing: the badge
has a row of its own, so the text gets the full width and wraps over three
rows instead of scrolling its start away. While closed it stays where it is
and says which keys open it, so the screen does not jump.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.events import Resize
from textual.widgets import Static

from facilitator.domain.model import Kind
from facilitator.i18n import Catalog
from facilitator.tui.actions import KIND_KEYS, kind_keys
from facilitator.tui.widgets.capture import WORDS as BAR_WORDS
from facilitator.tui.widgets.capture import CaptureBar
from facilitator.tui.widgets.capture_input import WORDS as INPUT_WORDS
from facilitator.tui.widgets.kind_badge import kind_colours, kind_style, kind_word
from facilitator.tui.widgets.wrap_input import WrappingCaptureInput

WORDS = Catalog(
    {
        **BAR_WORDS.entries,
        "closed": (
            "Typ een soorttoets om te noteren:",
            "Press a kind key to take a note:",
        ),
    }
)


class NoteCaptureBar(CaptureBar):
    """A capture bar that is always shown, its badge above a wrapping text of full width."""

    WORDS = WORDS
    _hint_closed = False
    """Whether the keys under the closed line were said for a closed session."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="capture-row"):
            yield Static(id="capture-badge")
            yield Static(id="capture-closed")
        yield WrappingCaptureInput(
            context=self.context,
            placeholder=INPUT_WORDS(self.lang, "placeholder"),
            on_enter=self._enter,
            waits=self.waits_behind,
            id="capture-input",
        )
        yield Static(id="capture-preview")

    def on_mount(self) -> None:
        self._show_closed()

    def watch_state(self) -> None:
        super().watch_state()
        if not self.is_open and self.is_mounted and self._hint_closed != self.session_closed:
            self._show_closed()  # closed or open again: the keys under the line follow

    def close(self) -> None:
        super().close()
        self._show_closed()

    def _update(self) -> None:
        # the line just cleared by Enter says so after the bar has closed: keep the key hint
        if self.is_open:
            super()._update()
        elif self.is_mounted:
            self._show_closed()

    def on_resize(self, event: Resize) -> None:
        if not self.is_open:
            self._show_closed()
        else:
            super().on_resize(event)

    def _show_closed(self) -> None:
        """While closed: which keys open the line, in the kinds' own colours (the keys of the
        keymap). Where the line is too narrow for all of them, the words before them go."""
        colours = kind_colours(self.app)
        keymap = getattr(self.app, "keymap", None)
        remapped = keymap.shown if keymap is not None else None
        keys: list[Content] = []
        # a kind whose key the keymap gave another action has none: it is not offered here
        kinds = [
            (action_id, key)
            for action_id, key in zip(KIND_KEYS, kind_keys(remapped, self.lang), strict=True)
            if key
        ]
        for n, (action_id, key) in enumerate(kinds):
            kind = Kind(action_id.removeprefix("capture."))
            keys += [
                Content(" · " if n else "").stylize("$foreground-muted"),
                Content(key + " ").stylize("bold"),
                Content(kind_word(kind, self.lang).lower()).stylize(
                    kind_style(colours, kind, bold=True)
                ),
            ]
        hint = Content.assemble(*keys)
        closed = self.query_one("#capture-closed", Static)
        lead = Content(self.t("closed") + "  ").stylize("$foreground-muted")
        # the bar's width: the closed line itself has none while the line is open
        width = self.content_size.width - closed.styles.gutter.width
        if width <= 0 or lead.cell_length + hint.cell_length <= width:
            hint = lead + hint
        closed.update(hint)
        # on a closed session Enter saves nothing and Esc keeps the line: only Tab is named
        self._hint_closed = self.session_closed
        said = Content(self.t("keys_closed" if self._hint_closed else "keys"))
        said = said.stylize("$foreground-muted")
        if self.unsaved:  # lines kept after a failed save: say so while the line is closed
            said = Content("  ·  ").join([*self._problems(), said])
        self._show_preview(said)
