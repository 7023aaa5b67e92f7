"""The help screen: every key and what it does, generated from the bindings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

if TYPE_CHECKING:
    from facilitator.tui.app import FacilitatorApp


def key_label(binding: Binding, app: FacilitatorApp) -> str:
    return binding.key_display or app.get_key_display(binding)


class HelpScreen(ModalScreen[None]):
    """Lists the bindings of the screen below (and the app's), in the session's language."""

    BINDINGS = [Binding("escape", "dismiss", show=False)]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 100; height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    HelpScreen DataTable { height: auto; }
    """

    def compose(self) -> ComposeResult:
        app: FacilitatorApp = self.app  # type: ignore[assignment]
        with VerticalScroll():
            yield Static(Text(app.t("help.title"), style="bold"))
            yield DataTable(show_cursor=False, zebra_stripes=True)
            extra = getattr(self._below(), "HELP_EXTRA", None)
            if callable(extra):
                yield Static(Text(extra(app.lang)))
            yield Static(Text(app.t("help.extra")))
            yield Static(Text(app.t("help.close"), style="dim"))

    def _below(self) -> Screen[object] | None:
        stack = self.app.screen_stack
        return stack[-2] if len(stack) >= 2 else None

    def on_mount(self) -> None:
        app: FacilitatorApp = self.app  # type: ignore[assignment]
        table = self.query_one(DataTable)
        table.add_columns(app.t("help.key"), app.t("help.does"))
        seen: set[str] = set()
        below = self._below()
        nodes = [below, app] if below is not None else [app]
        for node in nodes:
            for binding in _all_bindings(node):
                if binding.action in seen or not binding.description:
                    continue
                seen.add(binding.action)
                table.add_row(Text(key_label(binding, app)), Text(binding.description))

    def action_help(self) -> None:
        self.dismiss()


def _all_bindings(node: object) -> list[Binding]:
    bindings = getattr(node, "_bindings", None)
    if bindings is None:
        return []
    return [b for found in bindings.key_to_bindings.values() for b in found]
