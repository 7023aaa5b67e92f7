"""The command palette: every action that applies where the focus is, keyed or not.

The entries come from the action table: the rows of each node on the focus
chain of the screen the palette was opened from (the focused pane, the
screen, the app), in the session's language, with the key as it is bound now.
Rows without a key (``give the floor to…``, ``sort column by votes``) are
reachable only here.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode

from facilitator.tui.actions import Scope, in_scope


def scope_of(node: DOMNode) -> Scope | None:
    """The action table's scope a node owns (its class's ``SCOPE``), if any."""
    scope = getattr(type(node), "SCOPE", None)
    return scope if isinstance(scope, Scope) else None


class FacilitatorCommands(Provider):
    """Offers the action table's rows for the nodes where the focus is."""

    def _chain(self) -> list[DOMNode]:
        screen = self.screen
        focused = screen.focused
        nodes: list[DOMNode] = list(focused.ancestors_with_self) if focused else [screen]
        if self.app not in nodes:
            nodes.append(self.app)
        return nodes

    def _entries(self) -> Iterator[tuple[str, str, str, DOMNode]]:
        """(words, action, key, node) for the nodes on the focus chain, innermost first."""
        lang = str(getattr(self.app, "lang", "en"))
        keymap = getattr(getattr(self.app, "keymap", None), "keys", {})
        seen: set[str] = set()
        for node in self._chain():
            scope = scope_of(node)
            if scope is None:
                continue
            for action in in_scope(scope):
                words = action.words(lang)
                if action.each_key or words in seen:
                    continue
                seen.add(words)
                yield words, action.action, action.shown_keys(keymap), node

    def _run(self, action: str, node: DOMNode) -> None:
        self.app.call_later(self.app.run_action, action, node)

    async def discover(self) -> Hits:
        for label, action, key, node in self._entries():
            yield DiscoveryHit(label, partial(self._run, action, node), help=key or None)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, action, key, node in self._entries():
            score = matcher.match(label)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(label), partial(self._run, action, node), help=key
                )
