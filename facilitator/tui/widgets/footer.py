"""The footer: the keys that apply where the focus is, in the session's language.

The keys and whether they are enabled come from the screen's active bindings
(the focused pane's, the screen's, the app's); the words come from the action
table by binding id, so a remapped key keeps its words (a node may say what its key
does at the moment instead: ``binding_words``, the review's Esc on a question), and its
place: each node's keys in the table's order. Textual's footer
builds its keys again (a widget each) whenever the bindings may have changed,
which is on every focus change; this one compares what it would show and
builds again only when that differs.

It draws the keys as Textual's footer does (the same styles: the rules of
``FooterKey`` are the rules of :class:`KeyRow` in ``app.tcss``), but as one
widget, :class:`KeyRow`, instead of a widget per key: fourteen widgets to mount,
style and lay out were a tenth of the start-up. Only the command palette's key,
docked on the right, is Textual's own ``FooterKey``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.geometry import Size
from textual.screen import Screen
from textual.widgets import Footer, Input
from textual.widgets._footer import FooterKey

from facilitator.tui.actions import BY_BINDING, words_of
from facilitator.tui.widgets.hover import HoverRow

Shown = tuple[tuple[str, str, str, bool, str], ...]


def acting_bindings(screen: Screen[object]) -> list[ActiveBinding]:
    """The screen's active bindings that a key acts on now.

    While a text field has the focus, that is only the priority keys and the field's own:
    every other key belongs to the text (see :mod:`facilitator.tui.keys`; the footer
    showed undo, F5 and F9 there, which did nothing); on the command palette also its
    own, which act beside its search line (``BINDS_BESIDE_ITS_FIELD``)."""
    found = list(screen.active_bindings.values())
    focused = screen.focused
    if isinstance(focused, Input):
        beside = screen if getattr(screen, "BINDS_BESIDE_ITS_FIELD", False) else None
        return [a for a in found if a.binding.priority or a.node in (focused, beside)]
    return found


TABLE_ORDER: dict[str, int] = {binding_id: n for n, binding_id in enumerate(BY_BINDING)}
"""Each binding's place in the action table: the footer's order."""


def in_table_order(acting: list[ActiveBinding]) -> list[ActiveBinding]:
    """``acting`` with each node's keys in the action table's order, the nodes as they come
    (the focused pane's first). Textual lists a key remapped by the keymap file after the
    others: ``"meeting.timer" = ["space", "ctrl+t"]`` put the timer at the end of the
    footer, and at 80 columns off it."""
    nodes: dict[int, int] = {}
    for active in acting:
        nodes.setdefault(id(active.node), len(nodes))
    last = len(TABLE_ORDER)
    return sorted(
        acting,
        key=lambda a: (nodes[id(a.node)], TABLE_ORDER.get(a.binding.id or "", last)),
    )


def words_for(node: object, binding: Binding, lang: str) -> str:
    """The words of ``binding``: the action table's, by its id, unless the node that binds
    it says what the key does at the moment (``binding_words``): the review's Esc cancels
    the question open, where it otherwise goes back or closes."""
    said = getattr(node, "binding_words", None)
    words = said(binding.id) if callable(said) else None
    return words or words_of(binding.id, lang, binding.description)


def shown_keys(screen: Screen[object], acting: list[ActiveBinding] | None = None) -> Shown:
    """What the footer shows for ``screen``: key, action, words, enabled, tooltip (of
    ``acting``, the screen's :func:`acting_bindings` as found already)."""
    lang = str(getattr(screen.app, "lang", "en"))
    return tuple(
        (binding.key, binding.action, words_for(node, binding, lang), enabled, tip)
        for node, binding, enabled, tip in (acting_bindings(screen) if acting is None else acting)
        if binding.show
    )


class Key(NamedTuple):
    """One key of the footer: what it presses, what it shows, and whether it applies now."""

    key: str
    shown: str
    words: str
    enabled: bool
    keep: bool = False
    """Shown however narrow the footer (the help key: where every other key is)."""


class KeyRow(HoverRow[int]):
    """The footer's keys in one widget, drawn as Textual's ``FooterKey`` draws each.

    The key under the mouse is highlighted; a click on a key presses it (a key that
    does not apply now only rings the bell).
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"footer-key--key", "footer-key--description", "footer-key--hover"}

    def __init__(self, keys: list[Key], *, wrap: bool = False) -> None:
        super().__init__()
        self.keys = keys
        self.wrap = wrap
        """Keys that do not fit the width go on to the next line (never a key cut in two)."""
        self._spans: list[tuple[int, int, Key]] = []
        self._span_lines: list[int] = []
        """The line each of ``_spans`` is drawn on."""
        self.set_class(wrap, "-wrap")

    def _lines(self, width: int) -> list[list[int]]:
        """The keys' indices per line: one line, or as many as ``width`` needs."""
        if not self.wrap:
            return [self._fitting(width)]
        lines: list[list[int]] = [[]]
        used = 0
        for index, key in enumerate(self.keys):
            cells = self._key_text(key).cell_len
            if self.wrap and lines[-1] and used + cells > width:
                lines.append([])
                used = 0
            lines[-1].append(index)
            used += cells
        return lines

    def _fitting(self, width: int) -> list[int]:
        """One line: the keys in their order as long as each fits whole (never a key cut
        in two), and the keys to keep (help) in any case, their room set aside first."""
        cells = [self._key_text(key).cell_len for key in self.keys]
        room = width - sum(c for c, key in zip(cells, self.keys, strict=True) if key.keep)
        # a key's last blank may fall off the edge: its letters are whole
        blank = self.get_component_styles("footer-key--description").padding.right
        shown: list[int] = []
        for index, key in enumerate(self.keys):
            if key.keep:
                shown.append(index)
            elif 0 <= cells[index] - blank <= room:
                shown.append(index)
                room -= cells[index]
            else:
                room = -1  # the keys after it stay out too: the footer reads in order
        return shown

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def _key_text(self, key: Key) -> Text:
        key_pad = self.get_component_styles("footer-key--key").padding
        words_pad = self.get_component_styles("footer-key--description").padding
        return Text.assemble(
            " " * key_pad.left + key.shown + " " * key_pad.right,
            " " * words_pad.left + key.words + " " * words_pad.right if key.words else "",
        )

    def render(self) -> Text:
        key_style = self.get_component_rich_style("footer-key--key")
        words_style = self.get_component_rich_style("footer-key--description")
        key_pad = self.get_component_styles("footer-key--key").padding
        words_pad = self.get_component_styles("footer-key--description").padding
        base = self.rich_style
        hover = self.get_component_rich_style("footer-key--hover")
        text = Text(no_wrap=True)
        self._spans = []
        self._span_lines = []
        for y, indices in enumerate(self._lines(self.content_size.width)):
            if y:
                text.append("\n")
            x = 0
            for index in indices:
                key = self.keys[index]
                shown = Text.assemble(
                    (" " * key_pad.left + key.shown + " " * key_pad.right, key_style),
                    (" " * words_pad.left + key.words + " " * words_pad.right, words_style)
                    if key.words
                    else "",
                )
                under = hover if index == self._hover else base
                shown.stylize_before(under if key.enabled else under + Style(dim=True))
                self._spans.append((x, x + shown.cell_len, key))
                self._span_lines.append(y)
                text.append_text(shown)
                x += shown.cell_len
        return text

    def parts(self) -> Iterable[tuple[int, int, int]]:
        """Each key's cells on the first line as last drawn, and its index."""
        return (
            (first, after, n)
            for n, ((first, after, _key), y) in enumerate(
                zip(self._spans, self._span_lines, strict=True)
            )
            if not y
        )

    def part_at(self, x: int, y: int = 0) -> int | None:
        """The key drawn at column ``x`` of line ``y`` (a wrapped footer has more than one)."""
        spans = zip(self._spans, self._span_lines, strict=True)
        return next(
            (
                n
                for n, ((first, after, _k), at) in enumerate(spans)
                if at == y and first <= x < after
            ),
            None,
        )

    def on_mouse_down(self, event: events.MouseDown) -> None:
        index = self.part_at(event.x, event.y)
        if index is None:
            return
        key = self._spans[index][2]
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()


class KeyFooter(Footer):
    """A :class:`Footer` fed from the action table, rebuilt only when its keys change."""

    def __init__(self, *, wrap: bool = False) -> None:
        super().__init__()
        self._shown: Shown | None = None
        self.wrap = wrap
        """Keys that do not fit go on to a next line (a screen with few keys and room for
        them, such as the review of the synthesis); else one line with the keys that fit
        whole, and the help key always."""
        self.set_class(wrap, "-wrap")

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        screen = self.screen
        app = self.app
        lang = str(getattr(app, "lang", "en"))
        seen: set[str] = set()
        active = screen.active_bindings
        acting = acting_bindings(screen)
        # what is drawn, as drawn: the keys may have changed since bindings_changed looked
        # (a key's command given meanwhile lets f, x, s and t run), and the next look
        # compares with this
        self._shown = shown_keys(screen, acting)
        keys: list[Key] = []
        for node, binding, enabled, _tooltip in in_table_order(acting):
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            words = words_for(node, binding, lang)
            keep = binding.id == "app.help"
            keys.append(Key(binding.key, app.get_key_display(binding), words, enabled, keep))
        yield KeyRow(keys, wrap=self.wrap)
        if self.show_command_palette and app.ENABLE_COMMAND_PALETTE:
            found = active.get(app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _node, binding, enabled, tooltip = found
                palette = FooterKey(
                    binding.key,
                    app.get_key_display(binding),
                    words_of(binding.id, lang, binding.description),
                    binding.action,
                    classes="-command-palette",
                    disabled=not enabled,
                    tooltip=tooltip,
                )
                # Compact, as in Textual's footer; given here, not by its watcher once
                # mounted (which would restyle it).
                palette.set_reactive(FooterKey.compact, True)
                palette.set_class(True, "-compact", update=False)
                yield palette

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Draw the keys again when what the footer would show differs from what it drew.

        Drawn from the footer's own messages, not after its screen's next refresh (as
        Textual's footer does): a dialog that comes over the screen in between (F9 on the
        session just closed: «Sessie heropenen?») stops the refresh of the screen under
        it, and the footer kept the keys of the open session until the dialog went."""
        if not screen.app.app_focus or not (self.is_attached and screen is self.screen):
            super().bindings_changed(screen)
            return
        shown = shown_keys(screen)
        if shown == self._shown:
            return
        self._shown = shown
        self._bindings_ready = True
        self.call_later(self.recompose)
