"""The command palette: every action that applies where the focus is, keyed or not.

The entries come from the action table: the rows of each node on the focus
chain of the screen the palette was opened from (the focused pane, the
screen, the app), in the session's language, with the key as it is bound now.
Rows without a key (``give the floor to…``, ``sort column by votes``) are
reachable only here. Textual's own system commands are offered in the
session's language too (:func:`system_commands`; «Vergroten» with a notice that Esc
brings back the normal layout, never for a text field), and so is the search line of
its theme picker (:func:`open_themes`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from textual.actions import parse as parse_action
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.command import (
    CommandInput,
    CommandPalette,
    DiscoveryHit,
    Hit,
    Hits,
    Provider,
    ProviderSource,
)
from textual.dom import DOMNode
from textual.screen import Screen
from textual.theme import ThemeProvider
from textual.widget import Widget
from textual.widgets import Input

from facilitator.i18n import Catalog
from facilitator.i18n.oserrors import os_reason
from facilitator.tui.actions import Scope, in_scope
from facilitator.tui.host import Host, host_of
from facilitator.tui.keymap import key_names
from facilitator.tui.keys import focus_now
from facilitator.tui.widgets.footer import KeyFooter


def scopes_of(node: DOMNode) -> tuple[Scope, ...]:
    """The parts of the action table a node binds: its class's ``SCOPES``, else its
    ``SCOPE`` (the note-taker's screen binds the screen's keys and its own)."""
    kind = type(node)
    scopes = getattr(kind, "SCOPES", None)
    if scopes is None:
        scope = getattr(kind, "SCOPE", None)
        scopes = (scope,) if isinstance(scope, Scope) else ()
    return tuple(s for s in scopes if isinstance(s, Scope))


ALSO_SCORE = 0.3
"""The score of an action found by one of its other words (``Action.also``), not its own:
below most matches of its own words (a matcher's score is between 0 and 1)."""


class FacilitatorCommands(Provider):
    """Offers the action table's rows for the nodes where the focus is."""

    def _chain(self) -> list[DOMNode]:
        screen = self.screen
        focused = screen.focused
        nodes: list[DOMNode] = list(focused.ancestors_with_self) if focused else [screen]
        if self.app not in nodes:
            nodes.append(self.app)
        return nodes

    def _entries(self) -> Iterator[tuple[str, str, str, DOMNode, tuple[str, ...]]]:
        """(words, action, key, node, other words it is found by) for the nodes on the focus
        chain, innermost first."""
        host = host_of(self.screen)
        lang, keymap = host.lang, host.keymap.shown
        seen: set[str] = set()
        for node in self._chain():
            for scope in scopes_of(node):
                for action in in_scope(scope):
                    words = action.words(lang)
                    if action.each_key or words in seen or not self._applies(action.action, node):
                        continue
                    seen.add(words)
                    keys = action.shown_keys(keymap, lang)
                    yield words, action.action, keys, node, action.search_words(lang)

    @staticmethod
    def _applies(action: str, node: DOMNode) -> bool:
        """Whether ``node`` takes ``action`` now (its ``check_action``): the facilitator's
        keys on the note-taker's screen only once the note-taker has taken control."""
        _target, name, params = parse_action(action)
        return node.check_action(name, params) is not False

    def _run(self, action: str, node: DOMNode) -> None:
        self.app.call_later(self.app.run_action, action, node)

    async def discover(self) -> Hits:
        for label, action, key, node, _also in self._entries():
            yield DiscoveryHit(label, partial(self._run, action, node), help=key or None)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        wanted = query.strip().casefold()
        for label, action, key, node, also in self._entries():
            score = matcher.match(label)
            if score <= 0 and wanted and any(word.startswith(wanted) for word in also):
                score = ALSO_SCORE  # found by another word: after those its words match
            if score > 0:
                yield Hit(
                    score, matcher.highlight(label), partial(self._run, action, node), help=key
                )


SYSTEM_WORDS = Catalog(
    {
        "no_matches": ("Niets gevonden", "No matches found"),
        "theme": ("Thema", "Theme"),
        "theme.help": ("Een ander kleurenthema kiezen", "Change the colour theme"),
        "help": ("Help", "Help"),
        "help.help": (
            "Alle toetsen en wat ze doen (ook met {key[app.help]})",
            "Every key and what it does (also with {key[app.help]})",
        ),
        "quit": ("Stoppen", "Quit"),
        "quit.help": (
            "De app sluiten; alles is al opgeslagen",
            "Close the app; everything is already saved",
        ),
        "maximize": ("Vergroten", "Maximize"),
        "maximize.help": (
            "Het gekozen paneel schermvullend (Esc: terug)",
            "The focused panel fills the screen (Esc: back)",
        ),
        "maximized": (
            "Vergroot; Esc brengt de gewone indeling terug.",
            "Maximized; Esc brings back the normal layout.",
        ),
        "minimize": ("Verkleinen", "Minimize"),
        "minimize.help": ("Terug naar de gewone indeling", "Back to the normal layout"),
        "screenshot": ("Schermafdruk", "Screenshot"),
        "screenshot.help": (
            "Het scherm als SVG-bestand, naast de database",
            "The screen as an SVG file, next to the database",
        ),
        "search": ("Zoek een opdracht…", "Search for commands…"),
        "close": ("sluiten", "close"),
        "search.themes": ("Zoek een thema…", "Search for themes…"),
        "saved": ("Schermafdruk bewaard in {path}", "Screenshot saved to {path}"),
        "not_saved": (
            "Schermafdruk niet bewaard in {folder}: {reason}",
            "Screenshot not saved in {folder}: {reason}",
        ),
    }
)


class Palette(CommandPalette):
    """Textual's command palette, saying "no matches" in the session's language (it said
    "No matches found" in English in a Dutch palette).

    The commands' palette by default; with ``providers`` and ``search`` (the words of its
    search line) another search, such as the theme picker's.

    Its footer shows its Esc, in the session's language, not the keys of the screen under
    it, which do nothing while it is open.
    """

    BINDINGS = [Binding("escape", "escape", "close", id="palette.close")]
    """Textual's Esc, with an id its footer knows it by (:meth:`binding_words`)."""
    BINDS_BESIDE_ITS_FIELD = True
    """Its keys act while its search line has the focus (:mod:`facilitator.tui.keys`): its
    footer shows them there."""

    def __init__(
        self,
        lang: str,
        *,
        providers: ProviderSource | None = None,
        search: str = "search",
        id: str | None = "--command-palette",
    ) -> None:
        super().__init__(providers, placeholder=SYSTEM_WORDS(lang, search), id=id)
        self.lang = lang
        self.ready_for_keys = False
        """False until its search line has the focus: the key router holds the letters
        typed right after the palette's key until then (they went nowhere)."""

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield KeyFooter()

    def binding_words(self, binding_id: str | None) -> str | None:
        """What its footer says of its Esc: «sluiten», «close»."""
        return SYSTEM_WORDS(self.lang, "close") if binding_id == "palette.close" else None

    def on_mount(self) -> None:
        focus_now(self.query_one(CommandInput))
        self.ready_for_keys = True
        host_of(self).keys.resume()

    def _start_no_matches_countdown(self, search_value: str) -> None:
        from rich.align import Align
        from rich.text import Text
        from textual.command import CommandList
        from textual.widgets.option_list import Option

        self._stop_no_matches_countdown()

        def show() -> None:
            if search_value:
                said = Text(SYSTEM_WORDS(self.lang, "no_matches"), style="not bold")
                option = Option(Align.center(said), disabled=True, id=self._NO_MATCHES)
                self.query_one(CommandList).add_option(option)
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show)


def open_palette(app: App[Any], lang: str) -> None:
    """Open the command palette, its search line in the session's language."""
    if app.use_command_palette and not CommandPalette.is_open(app):
        app.push_screen(Palette(lang))


def open_themes(app: App[Any], lang: str) -> None:
    """Open Textual's theme picker, its search line in the session's language."""
    app.push_screen(Palette(lang, providers=[ThemeProvider], search="search.themes", id=None))


def system_commands(app: App[Any], screen: Screen[Any]) -> Iterator[SystemCommand]:
    """Textual's system commands in the session's language, and only those that fit here.

    The key panel of Textual is left out (the help, ``?``, lists every key in the
    session's language); the screenshot goes next to the database, not to a
    downloads folder that may not exist.
    """
    host = host_of(screen)
    lang = host.lang

    def words(key: str) -> tuple[str, str]:
        return SYSTEM_WORDS(lang, key), SYSTEM_WORDS(lang, f"{key}.help", key=key_names(host))

    yield SystemCommand(*words("help"), partial(app.run_action, "help"))
    yield SystemCommand(*words("theme"), app.action_change_theme)
    if screen.maximized is not None:
        yield SystemCommand(*words("minimize"), screen.action_minimize)
    elif maximizable(screen.focused):
        yield SystemCommand(*words("maximize"), partial(maximize, screen, lang))
    yield SystemCommand(*words("screenshot"), lambda: app.set_timer(0.1, screenshot(app, host)))
    yield SystemCommand(*words("quit"), partial(app.run_action, "quit"))


def maximizable(widget: Widget | None) -> bool:
    """Whether the palette offers to let ``widget`` fill the screen: a panel, not a text
    field, whose Esc is its own (it cancels the line), so that nothing would give the
    screen back."""
    return widget is not None and widget.allow_maximize and not isinstance(widget, Input)


def maximize(screen: Screen[Any], lang: str) -> None:
    """The focused panel fills the screen, and a notice says that Esc brings back the
    normal layout (:class:`~facilitator.tui.keys.KeyRouter`): the header, the tabs and the
    footer are hidden meanwhile, and with them every other way back."""
    screen.action_maximize()
    if screen.maximized is not None:
        screen.app.notify(SYSTEM_WORDS(lang, "maximized"), markup=False)


def screenshot(app: App[Any], host: Host) -> Callable[[], None]:
    """Save the screen as SVG beside the database (else the current directory); say where."""

    def save() -> None:
        lang = host.lang
        folder = Path(host.services.store.path).parent
        if not folder.is_dir():
            folder = Path.cwd()
        try:
            written = app.save_screenshot(path=str(folder))
        except OSError as exc:
            reason = os_reason(exc)
            text = SYSTEM_WORDS(lang, "not_saved", folder=folder, reason=reason)
            app.notify(text, severity="error", markup=False)
            return
        app.notify(SYSTEM_WORDS(lang, "saved", path=written), markup=False, timeout=10)

    return save
