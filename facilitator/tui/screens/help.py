"""The help screen: every key and what it does, from the action table, in the session's language.

The keys are grouped by where they work (every tab, the console, the board,
the contributions, the app, the capture line, the dialogs) and shown as they
are bound now: a key remapped in the keymap file shows its new key. Below
them, how the queue keys and the capture line work together.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from facilitator.i18n import Catalog
from facilitator.tui.actions import DIALOGS, Scope, bindings, in_scope
from facilitator.tui.host import host_of

WORDS = Catalog(
    {
        "section.screen": (
            "Op elk tabblad, zolang er geen tekstveld open is",
            "On every tab, while no text field is open",
        ),
        "section.notes": (
            "Scherm van de notulist: de agenda- en rijtoetsen werken pas na «timer en rij "
            "bedienen»",
            "The note-taker's screen: the agenda and queue keys work only after “control "
            "timer and queue”",
        ),
        "section.console": (
            "Console (F1): de gekozene in de rij",
            "Console (F1): the selected in the queue",
        ),
        "section.board": ("Bord (F2)", "Board (F2)"),
        "section.log": ("Bijdragen (F3)", "Contributions (F3)"),
        "section.app": ("Overal", "Everywhere"),
        "section.line": ("In de vastlegregel", "In the capture line"),
        "section.dialogs": ("In vensters", "In dialogs"),
        "palette_only": ("(opdrachten)", "(commands)"),
        "explain.console": (
            "Cijfers 1–9 zetten deelnemer N in de rij; 0 of h kiest uit de lijst (typ om te "
            "filteren). ↑/↓ kiest iemand in de rij: w haalt weg, shift+↑/↓ verplaatst, Enter "
            "geeft het woord. Een punt van orde (p) gaat voor. De app verandert de volgorde "
            "nooit zelf: s volgt de suggestie pas als u drukt. Loopt een punt uit, dan neemt t "
            "minuten van latere punten en stelt u een punt uit. Met de muis: klik een "
            "agendapunt om erheen te gaan, een deelnemer om die in de rij te zetten.",
            "Digits 1–9 queue participant N; 0 or h picks from the list (type to filter). "
            "↑/↓ selects someone in the queue: w withdraws, shift+↑/↓ moves, Enter gives the "
            "floor. A point of order (p) goes first. The app never reorders by itself: s "
            "follows the suggestion only when you press it. When an item runs over, t takes "
            "minutes from later items and u defers an item. With the mouse: click an agenda "
            "item to go there, a participant to queue them.",
        ),
        "explain.notes": (
            "Vastleggen: b barrière, o/k kans, a actie, d besluit, q vraag, c notitie. In de "
            "regel: Enter bewaart, Esc annuleert, Tab wisselt de soort, → vult aan.\n"
            "  @naam of @organisatie — trekker (een deelnemer brengt zijn organisatie mee); "
            "@UWV/Els voor allebei; meer @'s voor meer trekkers; "
            '@"Ministerie van OCW" voor een organisatie met spaties die niet aan tafel zit.\n'
            "  #tag — tag; een nieuwe tag komt erbij.\n"
            "  Deadline: tot 1 nov · tot vrijdag · tot vr 30 okt · t/m 1-11 · uiterlijk "
            "2020-11-01 · tot eind november · tot morgen · binnen 2 weken · !1-11.\n"
            "  ~3 of ~Els — gezegd door deelnemer 3 of Els (standaard: wie het woord had toen de "
            "regel openging); "
            "~- niemand.\n"
            "Wat herkend is, staat onder de regel vóór u Enter drukt; de rest blijft tekst. "
            "Barrières, kansen en acties komen ook op het bord (F2); alles staat in Bijdragen "
            "(F3). Bord: ←→ kolom, ⇧↑↓ en ⇧←→ verplaatsen, Enter bewerken, v stemmen, l "
            "koppelen, M samenvoegen, # @ ! tag/trekker/deadline, P parkeren, / filter, Delete "
            "verwijderen. Bijdragen: Enter bewerken, K soort, ~ spreker, i agendapunt, Delete. "
            "ctrl+z maakt elke wijziging ongedaan.",
            "Capture: b barrier, o/k opportunity, a action, d decision, q question, c note. In "
            "the line: Enter saves, Esc cancels, Tab changes the kind, → completes.\n"
            "  @name or @organisation — owner (a participant brings their organisation); "
            "@UWV/Els for both; several @ for several owners; "
            '@"Ministry of Education" for an organisation with spaces not at the table.\n'
            "  #tag — tag; a new tag is added.\n"
            "  Due date: by 1 Nov · by Friday · by Fri 30 Oct · until 1-11 · due 2020-11-01 · "
            "by end of November · by tomorrow · within 2 weeks · !1-11 (Dutch words work too).\n"
            "  ~3 or ~Els — said by participant 3 or Els (default: whoever had the floor when the "
            "line opened); "
            "~- nobody.\n"
            "What is recognised shows under the line before you press Enter; the rest stays "
            "text. Barriers, opportunities and actions also go on the board (F2); everything "
            "is in Contributions (F3). Board: ←→ column, ⇧↑↓ and ⇧←→ move, Enter edits, v "
            "votes, l links, M merges, # @ ! tag/owner/due, P parks, / filters, Delete "
            "deletes. Contributions: Enter edits, K kind, ~ speaker, i agenda item, Delete. "
            "ctrl+z undoes every change.",
        ),
    }
)

SECTIONS: tuple[tuple[str, tuple[Scope, ...]], ...] = (
    ("section.screen", (Scope.SCREEN,)),
    ("section.notes", (Scope.NOTES,)),
    ("section.console", (Scope.CONSOLE,)),
    ("section.board", (Scope.BOARD,)),
    ("section.log", (Scope.LOG,)),
    ("section.app", (Scope.APP,)),
    ("section.line", (Scope.LINE,)),
    ("section.dialogs", DIALOGS),
)


class HelpScreen(ModalScreen[None]):
    """Lists every key of the action table, grouped by where it works."""

    SCOPE = Scope.HELP
    BINDINGS = bindings(SCOPE)
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 100; height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    HelpScreen DataTable { height: auto; }
    """

    def compose(self) -> ComposeResult:
        host = host_of(self)
        lang = host.lang
        with VerticalScroll():
            yield Static(Text(host.t("help.title"), style="bold"))
            yield DataTable(show_cursor=False, zebra_stripes=True)
            yield Static(Text(WORDS(lang, "explain.console")))
            yield Static(Text(WORDS(lang, "explain.notes")))
            yield Static(Text(host.t("help.extra")))
            yield Static(Text(host.t("help.close"), style="dim"))

    def on_mount(self) -> None:
        host = host_of(self)
        lang = host.lang
        keymap = host.keymap.keys
        table = self.query_one(DataTable)
        table.add_columns(host.t("help.key"), host.t("help.does"))
        for title, scopes in SECTIONS:
            table.add_row(Text(""), Text(WORDS(lang, title), style="bold"))
            for scope in scopes:
                for action in in_scope(scope):
                    keys = action.shown_keys(keymap, lang) or WORDS(lang, "palette_only")
                    table.add_row(Text(keys), Text(action.words(lang)))

    def action_help(self) -> None:
        self.dismiss()
