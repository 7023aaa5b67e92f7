"""Words of the app shell (tabs, help, shared messages), in Dutch and English.

Widgets keep their own catalogs beside their code; these are the shared ones.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from textual.binding import BindingsMap
from textual.dom import DOMNode

from facilitator.i18n import Catalog

WORDS = Catalog(
    {
        "tab.console": ("Console", "Console"),
        "wall.read_only": (
            "Dit scherm toont de sessie alleen; veranderen gaat in de console.",
            "This screen only shows the session; changes are made in the console.",
        ),
        "tab.board": ("Bord", "Board"),
        "tab.log": ("Bijdragen", "Contributions"),
        "quit": ("stoppen", "quit"),
        "help": ("help", "help"),
        "palette": ("opdrachten", "commands"),
        "undo": ("ongedaan maken", "undo"),
        "redo": ("opnieuw", "redo"),
        "preview": ("verslag bekijken", "preview minutes"),
        "close_session": ("sessie sluiten/heropenen", "close/reopen session"),
        "reopened": ("Sessie heropend.", "Session reopened."),
        "quit_unsaved": (
            "Let op: {n} wijziging(en) konden niet meer worden opgeslagen voor het stoppen.",
            "Note: {n} change(s) could not be saved before quitting.",
        ),
        "tab.next": ("volgend tabblad", "next tab"),
        "help.title": ("Help — alle toetsen", "Help — every key"),
        "help.close": ("Escape of ? sluit dit venster.", "Escape or ? closes this window."),
        "help.key": ("toets", "key"),
        "help.does": ("doet", "does"),
        "help.extra": (
            "Alles is al opgeslagen op het moment dat het gebeurt; stoppen kan altijd.",
            "Everything is saved the moment it happens; you can quit at any time.",
        ),
        "undone": ("Ongedaan gemaakt: {label}", "Undone: {label}"),
        "redone": ("Opnieuw gedaan: {label}", "Redone: {label}"),
    }
)


class Localised:
    """Mixin for widgets: the app's ``lang`` and ``t()`` from the class's ``WORDS``."""

    WORDS: ClassVar[Catalog]

    @property
    def lang(self) -> str:
        return str(getattr(getattr(self, "app"), "lang", "en"))  # noqa: B009

    def t(self, key: str, **values: object) -> str:
        return self.WORDS(self.lang, key, **values)


def translate_bindings(node: DOMNode, catalog: Catalog, lang: str) -> None:
    """Replace binding descriptions that are catalog keys with words in ``lang``.

    BINDINGS are declared with catalog keys as descriptions so the footer, the
    help screen and the command palette all speak the session's language.
    """
    bindings = node._bindings
    for key, found in list(bindings.key_to_bindings.items()):
        bindings.key_to_bindings[key] = [
            replace(b, description=catalog(lang, b.description)) if b.description in catalog else b
            for b in found
        ]
    node._bindings = BindingsMap.from_keys(bindings.key_to_bindings)
