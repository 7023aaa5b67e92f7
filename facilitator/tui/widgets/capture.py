"""The capture line: a kind key opens it, Enter saves, Escape cancels, Tab cycles the kind.

```
 ACTIE ▸ Anne de Vries · punt 3 │ Matchpunt opzetten @UWV/Els #stage tot vr 30 okt▏
 → UWV (Els Bos)  ·  tot vr 30 okt  ·  #stage
```
The badge says what will be stored, by whom and under which item; the line
below shows the owners, due date, tags and speaker parsed from the text, so a
mistake is visible before Enter. The bar does not save anything itself: it
posts :class:`CaptureBar.Submitted` and the screen calls the service; if that
fails, the text stays in the line.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.color import Color
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input, Static

from facilitator.capture import Context, Parsed, complete, parse
from facilitator.domain.model import BOARD_KINDS, Kind
from facilitator.i18n import Catalog
from facilitator.service import SessionState
from facilitator.tui.widgets.capture_input import WORDS as INPUT_WORDS
from facilitator.tui.widgets.capture_input import CaptureInput, preview
from facilitator.tui.widgets.kind_badge import badge, flat, kind_colours
from facilitator.tui.words import Localised

WORDS = Catalog(
    {
        "nobody": ("niemand", "nobody"),
        "item": ("punt {n}", "item {n}"),
        "no_item": ("geen punt", "no item"),
        "capture.cycle": ("volgende soort", "next kind"),
        "capture.cycle_back": ("vorige soort", "previous kind"),
        "capture.cancel": ("annuleren", "cancel"),
        "keys": (
            "Enter opslaan · Esc annuleren · Tab soort",
            "Enter saves · Esc cancels · Tab changes kind",
        ),
    }
)

KINDS = list(Kind)


def capture_context(app: object, state: SessionState | None) -> Context:
    """The parser's view of the session: participants, tags and today's date."""
    notes = getattr(app, "notes", None)
    if state is None:
        return Context(today=notes.today() if notes is not None else Context().today)
    today = notes.today(state.session.starts_at) if notes is not None else Context().today
    return Context(tuple(state.participants), tuple(state.session.tags), today)


class CaptureBar(Localised, Vertical):
    """Hidden until a capture key; attributes to the current speaker and agenda item."""

    BINDINGS = [
        Binding("tab", "cycle(1)", "capture.cycle", show=False, priority=True),
        Binding("shift+tab", "cycle(-1)", "capture.cycle_back", show=False, priority=True),
        Binding("escape", "cancel", "capture.cancel", show=False, priority=True),
    ]

    state: reactive[SessionState | None] = reactive(None, always_update=True)
    """The session as last read (participants, tags, current speaker and item)."""

    WORDS = WORDS
    kind: reactive[Kind] = reactive(Kind.NOTE)
    """What Enter will store the line as."""

    class Submitted(Message):
        """Enter was pressed on a line with text: save it."""

        def __init__(self, bar: CaptureBar, kind: Kind, parsed: Parsed) -> None:
            super().__init__()
            self.bar = bar
            self.kind = kind
            self.parsed = parsed

        @property
        def control(self) -> CaptureBar:
            return self.bar

    class Closed(Message):
        """The line was closed (saved or cancelled)."""

        def __init__(self, bar: CaptureBar) -> None:
            super().__init__()
            self.bar = bar

        @property
        def control(self) -> CaptureBar:
            return self.bar

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._return_focus: Widget | None = None
        self._shown_badge = ""

    def compose(self) -> ComposeResult:
        with Horizontal(id="capture-row"):
            yield Static(id="capture-badge")
            yield CaptureInput(
                context=self.context,
                placeholder=INPUT_WORDS(self.lang, "placeholder"),
                id="capture-input",
            )
        yield Static(id="capture-preview")

    @property
    def input(self) -> CaptureInput:
        return self.query_one(CaptureInput)

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def context(self) -> Context:
        return capture_context(self.app, self.state)

    # -- opening and closing -----------------------------------------------------------------
    def open(self, kind: Kind, text: str = "") -> None:
        """Show the line as ``kind`` and focus it (keeping any text already typed)."""
        if not self.is_open:
            focused = self.screen.focused
            self._return_focus = (
                None if focused is None or focused in self.walk_children() else focused
            )
        self.kind = kind
        self.add_class("-open")
        if text:
            self.input.value = text
        self.input.focus()
        self.input.cursor_position = len(self.input.value)
        self._update()

    def close(self) -> None:
        """Clear and hide the line; focus goes back where it was."""
        self.input.value = ""
        self.remove_class("-open")
        target = self._return_focus
        self._return_focus = None
        if target is not None and target.is_attached and target.focusable:
            target.focus()
        else:
            self.screen.set_focus(None)
        self.post_message(self.Closed(self))

    def action_cancel(self) -> None:
        self.close()

    def action_cycle(self, step: int) -> None:
        self.kind = KINDS[(KINDS.index(self.kind) + step) % len(KINDS)]

    # -- what it shows ------------------------------------------------------------------------
    def parsed(self) -> Parsed:
        return parse(self.input.value, self.context(), board=self.kind in BOARD_KINDS)

    def speaker_id(self, parsed: Parsed) -> int | None:
        """Who it is attributed to: ``~`` in the line, else whoever has the floor."""
        if parsed.speaker_set:
            return parsed.speaker
        speech = self.state.current_speech if self.state else None
        return speech.participant_id if speech else None

    def watch_kind(self) -> None:
        self._update()

    def watch_state(self) -> None:
        if self.is_open:
            self._update()

    @on(Input.Changed, "#capture-input")
    def _changed(self) -> None:
        self._update()

    def _update(self) -> None:
        if not self.is_mounted:
            return
        parsed = self.parsed()
        context = self.context()
        colours = kind_colours(self.app)
        badge_line = self._badge(parsed, colours)
        if badge_line.markup != self._shown_badge:  # the badge is sized to fit: relayout
            self._shown_badge = badge_line.markup
            self.query_one("#capture-badge", Static).update(badge_line)
        value = self.input.value
        completion = complete(value, context) if value else None
        line = preview(parsed, completion, context, lang=self.lang, colours=colours)
        if not line.plain:
            line = Content(self.t("keys")).stylize("$foreground-muted")
        # the preview has a fixed height: no relayout of the screen per keystroke
        self.query_one("#capture-preview", Static).update(line, layout=False)

    def _badge(self, parsed: Parsed, colours: dict[Kind, Color]) -> Content:
        state = self.state
        person = state.participant(self.speaker_id(parsed)) if state else None
        who = flat(person.name, 22) if person else self.t("nobody")
        item = state.current_item if state else None
        if state is not None and item is not None:
            where = self.t("item", n=state.items.index(item) + 1)
        else:
            where = self.t("no_item")
        return Content.assemble(
            badge(self.kind, self.lang, colours),
            (f" ▸ {who} · {where} ", "$foreground-muted"),
            ("│", "$foreground-muted"),
        )

    # -- saving -------------------------------------------------------------------------------
    @on(Input.Submitted, "#capture-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        parsed = self.parsed()
        if not parsed.text.strip():
            self.app.bell()
            self._update()
            return
        self.post_message(self.Submitted(self, self.kind, parsed))
