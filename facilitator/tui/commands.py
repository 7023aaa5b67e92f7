"""The command palette: every action of the current screen and the app, keyed or not."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode


class FacilitatorCommands(Provider):
    """Offers the screen's bindings plus its ``PALETTE`` (actions with no key)."""

    def _entries(self) -> Iterator[tuple[str, str, str, DOMNode]]:
        """(label, action, key, node) for the active screen, then the app."""
        screen = self.screen
        app = self.app
        seen: set[str] = set()
        nodes: tuple[DOMNode, ...] = (screen, app)
        for node in nodes:
            bindings = getattr(node, "_bindings", None)
            if bindings is None:
                continue
            for found in bindings.key_to_bindings.values():
                for binding in found:
                    if binding.description and binding.action not in seen:
                        seen.add(binding.action)
                        yield binding.description, binding.action, _key(app, binding), node
            palette = getattr(node, "palette_entries", None)
            if callable(palette):
                for label, action in palette():
                    if action not in seen:
                        seen.add(action)
                        yield label, action, "", node

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


def _key(app: object, binding: Binding) -> str:
    get = getattr(app, "get_key_display", None)
    return binding.key_display or (get(binding) if get else binding.key)
