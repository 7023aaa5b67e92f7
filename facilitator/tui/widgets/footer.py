"""The footer: the keys that apply where the focus is, in the session's language.

The keys and whether they are enabled come from the screen's active bindings
(the focused pane's, the screen's, the app's); the words come from the action
table by binding id, so a remapped key keeps its words. Textual's footer
builds its keys again (a widget each) whenever the bindings may have changed,
which is on every focus change; this one compares what it would show and
builds again only when that differs.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from facilitator.tui.actions import words_of

Shown = tuple[tuple[str, str, str, bool, str], ...]


def shown_keys(screen: Screen[object]) -> Shown:
    """What the footer shows for ``screen``: key, action, words, enabled, tooltip."""
    lang = str(getattr(screen.app, "lang", "en"))
    return tuple(
        (binding.key, binding.action, words_of(binding.id, lang, binding.description), enabled, tip)
        for _node, binding, enabled, tip in screen.active_bindings.values()
        if binding.show
    )


class KeyFooter(Footer):
    """A :class:`Footer` fed from the action table, rebuilt only when its keys change."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: Shown | None = None

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        screen = self.screen
        app = self.app
        lang = str(getattr(app, "lang", "en"))
        seen: set[str] = set()
        active = screen.active_bindings
        for _node, binding, enabled, tooltip in active.values():
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            key = FooterKey(
                binding.key,
                app.get_key_display(binding),
                words_of(binding.id, lang, binding.description),
                binding.action,
                disabled=not enabled,
                tooltip=tooltip,
            )
            # Born with the footer's compactness: a FooterKey starts compact and is made
            # wide by the binding after it is mounted, restyling it twice per key.
            key.set_reactive(FooterKey.compact, self.compact)
            key.set_class(self.compact, "-compact", update=False)
            yield key.data_bind(compact=Footer.compact)
        if self.show_command_palette and app.ENABLE_COMMAND_PALETTE:
            found = active.get(app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _node, binding, enabled, tooltip = found
                yield FooterKey(
                    binding.key,
                    app.get_key_display(binding),
                    words_of(binding.id, lang, binding.description),
                    binding.action,
                    classes="-command-palette",
                    disabled=not enabled,
                    tooltip=tooltip,
                )

    def bindings_changed(self, screen: Screen[object]) -> None:
        if not screen.app.app_focus or not (self.is_attached and screen is self.screen):
            super().bindings_changed(screen)
            return
        shown = shown_keys(screen)
        if shown == self._shown:
            return
        self._shown = shown
        super().bindings_changed(screen)
