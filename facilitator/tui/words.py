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
        "quit_typed": (
            "Getypt maar niet opgeslagen (kopieer het hieronder als u het nog nodig hebt):",
            "Typed but not saved (copy it from below if you still need it):",
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
        "nothing_to_undo": ("Niets om ongedaan te maken.", "Nothing to undo."),
        "nothing_to_redo": ("Niets om opnieuw te doen.", "Nothing to redo."),
        "closed": (
            "Deze sessie is gesloten; heropen haar om verder te gaan.",
            "This session is closed; reopen it to continue.",
        ),
        "op.timer": ("timer", "timer"),
        "op.next": ("volgend agendapunt", "next agenda item"),
        "op.previous": ("vorig agendapunt", "previous agenda item"),
        "op.goto": ("ander agendapunt", "other agenda item"),
        "op.minutes": ("minuten aangepast", "minutes changed"),
        "op.rebalance": ("tijd herverdeeld", "time rebalanced"),
        "op.defer": ("agendapunt uitgesteld", "agenda item deferred"),
        "op.hand": ("hand opgestoken", "hand raised"),
        "op.withdraw": ("uit de rij gehaald", "withdrawn from the queue"),
        "op.reorder": ("volgorde gewijzigd", "queue reordered"),
        "op.floor": ("het woord gegeven", "floor given"),
        "op.end speech": ("spreekbeurt beëindigd", "speech ended"),
        "op.re-add": ("laatste spreker terug in de rij", "last speaker back in the queue"),
        "op.presence": ("aanwezigheid", "presence"),
        "op.close": ("sessie gesloten", "session closed"),
        "op.capture barrier": ("barrière vastgelegd", "barrier captured"),
        "op.capture opportunity": ("kans vastgelegd", "opportunity captured"),
        "op.capture action": ("actie vastgelegd", "action captured"),
        "op.capture decision": ("besluit vastgelegd", "decision captured"),
        "op.capture question": ("vraag vastgelegd", "question captured"),
        "op.capture note": ("notitie vastgelegd", "note captured"),
        "op.edit": ("bijdrage bewerkt", "contribution edited"),
        "op.re-kind": ("soort gewijzigd", "kind changed"),
        "op.re-attribute": ("spreker gewijzigd", "speaker changed"),
        "op.re-file": ("agendapunt gewijzigd", "agenda item changed"),
        "op.delete": ("bijdrage verwijderd", "contribution deleted"),
        "op.move card": ("kaart verplaatst", "card moved"),
        "op.edit card": ("kaart bewerkt", "card edited"),
        "op.vote": ("stem", "vote"),
        "op.sort": ("kolom gesorteerd", "column sorted"),
        "op.link": ("koppeling", "link"),
        "op.unlink": ("koppeling verwijderd", "link removed"),
        "op.merge": ("kaarten samengevoegd", "cards merged"),
        "op.delete card": ("kaart verwijderd", "card deleted"),
        "op.park": ("geparkeerd als open punt", "parked as an open point"),
        "op.reopen": ("sessie heropend", "session reopened"),
        "external": ("Bijgewerkt door een ander venster.", "Updated by another window."),
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


def operation(lang: str, label: str) -> str:
    """The name of a logged operation (shown after undo/redo) in ``lang``."""
    key = f"op.{label}"
    return WORDS(lang, key) if key in WORDS else label


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
