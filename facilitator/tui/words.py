"""Words of the app shell (tabs, help, shared messages), in Dutch and English.

Widgets keep their own catalogs beside their code; these are the shared ones.
"""

from __future__ import annotations

from typing import ClassVar

from facilitator.i18n import Catalog
from facilitator.tui.keymap import key_names

WORDS = Catalog(
    {
        "current_left": (
            "Het sessiebestand is opnieuw ingelezen en het lopende agendapunt «{title}» "
            "staat er niet meer in: er is nu geen agendapunt actief, en wat u noteert valt "
            "onder geen agendapunt. {next} of {goto} kiest het volgende.",
            "The session file was imported again and the running agenda item «{title}» "
            "has left it: no agenda item is running now, and what you note goes under no "
            "item. {next} or {goto} picks the next.",
        ),
        "other_day": (
            "Deze sessie was gepland op {planned}; vandaag is het {today}. "
            "{keys} verplaatst de geplande datum naar vandaag.",
            "This session was planned for {planned}; today is {today}. "
            "{keys} moves the planned date to today.",
        ),
        "other_day.control": (
            "Deze sessie was gepland op {planned}; vandaag is het {today}. "
            "{control} (bedienen), dan {keys}, verplaatst de geplande datum naar vandaag.",
            "This session was planned for {planned}; today is {today}. "
            "{control} (take control), then {keys}, moves the planned date to today.",
        ),
        "wall.read_only": (
            "Dit scherm toont de sessie alleen; veranderen gaat in de console.",
            "This screen only shows the session; changes are made in the console.",
        ),
        "reopened": ("Sessie heropend.", "Session reopened."),
        "quit_unsaved": (
            "Let op: {n} konden niet meer worden opgeslagen voor het stoppen.",
            "Note: {n} could not be saved before quitting.",
        ),
        "quit_unsaved_one": (
            "Let op: 1 wijziging kon niet meer worden opgeslagen voor het stoppen.",
            "Note: 1 change could not be saved before quitting.",
        ),
        "n.changes": ("wijziging|wijzigingen", "change|changes"),
        "help_quit.title": ("Stoppen?", "Quit?"),
        "help_quit.text": (
            "ctrl+c stopt de app niet (in een tekstveld kopieert het); {quit_key} stopt de app.",
            "ctrl+c does not quit (in a text field it copies); {quit_key} quits the app.",
        ),
        "quit_typed": (
            "Getypt maar niet opgeslagen (kopieer het hieronder als u het nog nodig hebt):",
            "Typed but not saved (copy it from below if you still need it):",
        ),
        "quit_typed_served": (
            "Tekst die in de browser getypt was en niet is opgeslagen, staat in het bestand {path}",
            "Text typed in the browser and not saved is in the file {path}",
        ),
        "quit_rescued": (
            "Dit staat ook in het bestand\n{path}",
            "This is also in the file\n{path}",
        ),
        "draft.back": (
            "Teruggezet in de regel, niet afgemaakt toen het venster stopte: «{text}». "
            "Enter slaat hem op, {key[line.cancel]} legt hem weg in een bestand.",
            "Put back into the line, unfinished when the window stopped: «{text}». "
            "Enter saves it, {key[line.cancel]} puts it aside in a file.",
        ),
        "draft.aside": (
            "De teruggezette regel staat nu in het bestand\n{path}",
            "The line put back is in the file now\n{path}",
        ),
        "draft.aside.nowhere": (
            "De teruggezette regel is weggehaald; geen map nam het bestand om hem te bewaren.",
            "The line put back was taken away; no folder took the file to keep it.",
        ),
        "left_over.one": (
            "Tekst van een eerdere keer die niet is opgeslagen staat nog in het bestand\n"
            "{path}\nTyp hem opnieuw in en verwijder daarna het bestand.",
            "Text from an earlier time that was not saved is still in the file\n{path}\n"
            "Type it in again, then delete the file.",
        ),
        "left_over.many": (
            "Tekst van eerdere keren die niet is opgeslagen staat nog in {n} bestanden; het "
            "nieuwste:\n{path}\nTyp hem opnieuw in en verwijder daarna de bestanden.",
            "Text from earlier times that was not saved is still in {n} files; the newest:\n"
            "{path}\nType it in again, then delete the files.",
        ),
        "draft.kept.one": (
            "Nog 1 niet afgemaakte regel staat in het bestand\n{path}",
            "1 more unfinished line is in the file\n{path}",
        ),
        "draft.kept.many": (
            "Nog {n} niet afgemaakte regels staan in het bestand\n{path}",
            "{n} more unfinished lines are in the file\n{path}",
        ),
        "draft.waits.one": (
            "Nog 1 niet afgemaakte regel blijft in de database: hij komt terug bij de "
            "volgende start.",
            "1 more unfinished line stays in the database: it comes back at the next start.",
        ),
        "draft.waits.many": (
            "Nog {n} niet afgemaakte regels blijven in de database: ze komen terug bij de "
            "volgende start.",
            "{n} more unfinished lines stay in the database: they come back at the next start.",
        ),
        "help.title": ("Help — alle toetsen", "Help — every key"),
        "help.close": (
            "{key[help.close]} of {key[app.help]} sluit dit venster.",
            "{key[help.close]} or {key[app.help]} closes this window.",
        ),
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
        """The words of ``key``; a key of the app they name, as bound (``{key[app.undo]}``)."""
        if self.WORDS.names_keys(key):
            values["key"] = key_names(getattr(self, "app"))  # noqa: B009
        return self.WORDS(self.lang, key, **values)
