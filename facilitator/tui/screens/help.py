"""The help screen: every key and what it does, from the action table, in the session's language.

The keys are grouped by where they work (every tab, the console, the board,
the contributions, the app, the capture line, the dialogs: each dialog's keys
under its name) and shown as they are bound now: a key remapped in the keymap
file shows its new key. Below them, how the queue keys and the capture line
work together.
"""

from __future__ import annotations

from dataclasses import replace

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from facilitator.i18n import Catalog
from facilitator.service.origin import Role
from facilitator.tui.actions import (
    BY_ID,
    DIALOGS,
    NOT_NOTETAKER,
    WALL,
    Action,
    Scope,
    bindings,
    dialog_name,
    in_scope,
)
from facilitator.tui.host import host_of
from facilitator.tui.keymap import key_names
from facilitator.tui.screens.dialog import HeldDialog
from facilitator.tui.text import join, plain
from facilitator.tui.widgets.base import DEFAULT_WIDTH, Measured
from facilitator.tui.widgets.footer import KeyFooter

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
            "Console ({key[tab.console]}): de gekozene in de rij",
            "Console ({key[tab.console]}): the selected in the queue",
        ),
        "section.board": ("Bord ({key[tab.board]})", "Board ({key[tab.board]})"),
        "section.log": ("Bijdragen ({key[tab.log]})", "Contributions ({key[tab.log]})"),
        "section.app": ("Overal", "Everywhere"),
        "section.line": ("In de vastlegregel", "In the capture line"),
        "section.dialogs": ("In vensters", "In dialogs"),
        "palette_only": ("(opdrachten)", "(commands)"),
        "section.wall": ("Toetsen op dit scherm", "Keys on this screen"),
        "wall": (
            "Dit scherm is alleen om te kijken: het volgt de sessie zoals de console en de "
            "notulist die bijhouden, en geen toets verandert er iets aan.",
            "This screen is only for watching: it follows the session as the console and the "
            "note-taker keep it, and no key changes anything.",
        ),
        "explain.console": (
            "{key[meeting.queue]} zetten deelnemer N in de rij; {key[meeting.pick]} of "
            "{key[meeting.hand]} kiest uit de lijst (typ om te filteren). "
            "{key[console.select_up+console.select_down]} kiest iemand in de rij: "
            "{key[meeting.withdraw]} haalt weg, {key[console.move_up+console.move_down]} "
            "verplaatst, {key[console.floor_selected]} geeft het woord. Een punt van orde "
            "({key[meeting.point]}) gaat voor. De app verandert de volgorde nooit zelf: "
            "{key[meeting.suggest]} volgt de suggestie pas als u drukt. Loopt een punt uit, dan "
            "neemt {key[meeting.rebalance]} minuten van latere punten en stelt "
            "{key[meeting.defer]} een punt uit. Met de muis: klik een agendapunt om erheen te "
            "gaan, een deelnemer om die in de rij te zetten; een melding zegt wat er "
            "veranderde en {key[app.undo]} maakt het ongedaan. Wie het woord heeft of al in de "
            "rij staat, zet een klik er niet (nog eens) in.",
            "{key[meeting.queue]} queue participant N; {key[meeting.pick]} or "
            "{key[meeting.hand]} picks from the list (type to filter). "
            "{key[console.select_up+console.select_down]} selects someone in the queue: "
            "{key[meeting.withdraw]} withdraws, {key[console.move_up+console.move_down]} moves, "
            "{key[console.floor_selected]} gives the floor. A point of order "
            "({key[meeting.point]}) goes first. The app never reorders by itself: "
            "{key[meeting.suggest]} follows the suggestion only when you press it. When an item "
            "runs over, {key[meeting.rebalance]} takes minutes from later items and "
            "{key[meeting.defer]} defers an item. With the mouse: click an agenda item to go "
            "there, a participant to queue them; a notice says what changed and "
            "{key[app.undo]} takes it back. A click does not queue whoever has the floor or "
            "waits already.",
        ),
        "explain.notes": (
            "Vastleggen: {key[capture.barrier]} barrière, "
            "{key[capture.opportunity]}/{key[capture.kans]} kans, {key[capture.action]} actie, "
            "{key[capture.decision]} besluit, {key[capture.question]} vraag, "
            "{key[capture.note]} notitie. In de regel: Enter bewaart, {key[line.cancel]} "
            "annuleert, {key[line.cycle]} wisselt de soort, → vult aan.\n"
            "  @naam of @organisatie — trekker (een deelnemer brengt zijn organisatie mee); "
            "@UWV/Els voor allebei; meer @'s voor meer trekkers; "
            '@"Ministerie van OCW" voor een organisatie met spaties die niet aan tafel zit.\n'
            "  #tag — tag; een nieuwe tag komt erbij.\n"
            "  Deadline: tot 1 nov · tot vrijdag · tot vrijdag volgende week · t/m 1-11 · "
            "uiterlijk 2020-11-01 · tot eind november · tot morgen · binnen 2 weken · !1-11.\n"
            "  ~3 of ~Els — gezegd door deelnemer 3 of Els (standaard: wie het woord had toen de "
            "regel openging); "
            "~- niemand.\n"
            "Wat herkend is, staat onder de regel vóór u Enter drukt; de rest blijft tekst. "
            "Barrières, kansen en acties komen ook op het bord ({key[tab.board]}); alles staat "
            "in Bijdragen ({key[tab.log]}). Bord: {key[board.column_left+board.column_right]} "
            "kolom, {key[board.up+board.down]} en {key[board.to_left+board.to_right]} "
            "verplaatsen, {key[board.edit]} bewerken, {key[board.vote]} stemmen, "
            "{key[board.link]} koppelen, {key[board.merge]} samenvoegen, {key[board.tag]} "
            "{key[board.owner]} {key[board.due]} tag/trekker/deadline, {key[board.park]} "
            "parkeren (nog eens: terughalen), {key[board.filter]} filter, "
            "{key[board.delete]} verwijderen. Bijdragen: "
            "{key[log.edit]} bewerken, {key[log.rekind]} soort, {key[log.speaker]} spreker, "
            "{key[log.item]} agendapunt, {key[log.delete]}. {key[app.undo]} maakt de "
            "wijzigingen van dit venster ongedaan, niet die van een ander venster.",
            "Capture: {key[capture.barrier]} barrier, "
            "{key[capture.opportunity]}/{key[capture.kans]} opportunity, {key[capture.action]} "
            "action, {key[capture.decision]} decision, {key[capture.question]} question, "
            "{key[capture.note]} note. In the line: Enter saves, {key[line.cancel]} cancels, "
            "{key[line.cycle]} changes the kind, → completes.\n"
            "  @name or @organisation — owner (a participant brings their organisation); "
            "@UWV/Els for both; several @ for several owners; "
            '@"Ministry of Education" for an organisation with spaces not at the table.\n'
            "  #tag — tag; a new tag is added.\n"
            "  Due date: by 1 Nov · by Friday · by Friday next week · until 1-11 · "
            "due 2020-11-01 · by end of November · by tomorrow · within 2 weeks · !1-11 (Dutch "
            "words work too).\n"
            "  ~3 or ~Els — said by participant 3 or Els (default: whoever had the floor when the "
            "line opened); "
            "~- nobody.\n"
            "What is recognised shows under the line before you press Enter; the rest stays "
            "text. Barriers, opportunities and actions also go on the board "
            "({key[tab.board]}); everything is in Contributions ({key[tab.log]}). Board: "
            "{key[board.column_left+board.column_right]} column, {key[board.up+board.down]} "
            "and {key[board.to_left+board.to_right]} move, {key[board.edit]} edits, "
            "{key[board.vote]} votes, {key[board.link]} links, {key[board.merge]} merges, "
            "{key[board.tag]} {key[board.owner]} {key[board.due]} tag/owner/due, "
            "{key[board.park]} parks (again: takes it back), {key[board.filter]} filters, "
            "{key[board.delete]} deletes. Contributions: {key[log.edit]} edits, "
            "{key[log.rekind]} kind, "
            "{key[log.speaker]} speaker, {key[log.item]} agenda item, {key[log.delete]}. "
            "{key[app.undo]} undoes this window's changes, not another window's.",
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


INDENT = 1
"""The columns before a key."""

GAP = 2
"""The columns between the widest key and what the keys do."""

Row = tuple[str, str] | str
"""A key and what it does, or the name of the dialog the keys below it act in."""


class KeyTable(Measured):
    """The keys and what each does, a row each, under the headings of where they work
    (and, among the dialogs' keys, under the name of the dialog each acts in).

    It is as high as all its rows, so the help's dialog is the one thing that scrolls
    and every key is reached with ↓, PgDn and End. What a key does goes on under
    itself when its column is too narrow, and so does a heading, instead of being cut
    off at the dialog's edge.
    """

    DEFAULT_CSS = """
    KeyTable { height: auto; }
    """

    def __init__(self, head: tuple[str, str], groups: list[tuple[str, list[Row]]]):
        super().__init__()
        self.head = head
        self.groups = groups
        """Each heading with its keys and what they do."""

    def render(self) -> Content:
        width = self._measuring or self.content_size.width or DEFAULT_WIDTH
        keys = [row[0] for _title, rows in self.groups for row in rows if isinstance(row, tuple)]
        column = min(max(map(cell_len, [self.head[0], *keys])), width // 3) + GAP
        head = [plain(word, "bold dim") for word in self.head]
        lines = self.row(head[0], head[1], column, width)
        for title, rows in self.groups:
            lines.append(Content(""))
            lines += [
                join(" " * INDENT, line) for line in plain(title, "bold").wrap(width - INDENT)
            ]
            for row in rows:
                if isinstance(row, str):  # a dialog's name
                    lines += [
                        join(" " * INDENT, line)
                        for line in plain(row, "italic underline").wrap(width - INDENT)
                    ]
                else:
                    lines += self.row(plain(row[0]), plain(row[1]), column, width)
        return Content("\n").join(lines)

    @staticmethod
    def row(key: Content, does: Content, column: int, width: int) -> list[Content]:
        """A key, and beside it what it does, on as many rows as that takes; a key wider
        than its column has a row of its own."""
        room = max(1, width - INDENT - column)
        words = does.wrap(room)
        if key.cell_length > column - GAP:
            first = [join(" " * INDENT, line) for line in key.wrap(max(1, width - INDENT))]
        else:
            first = [join(" " * INDENT, key, " " * (column - key.cell_length), words.pop(0))]
        return [*first, *(join(" " * (INDENT + column), line) for line in words)]


class HelpScreen(HeldDialog[None]):
    """Lists every key of the action table, grouped by where it works."""

    SCOPE = Scope.HELP
    BINDINGS = [*bindings(SCOPE), *(replace(b, show=False) for b in BY_ID["app.help"].bindings())]
    """Its own keys, and the help key, which closes it (the app's keys go no further than
    a dialog, but those that take priority); its footer shows Esc, not «? help»."""
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 100; height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    """

    def compose(self) -> ComposeResult:
        host = host_of(self)
        lang = host.lang
        keymap = host.keymap.shown
        keys = key_names(host)

        def rows(actions: list[Action]) -> list[Row]:
            return [
                (action.shown_keys(keymap, lang) or WORDS(lang, "palette_only"), action.words(lang))
                for action in actions
            ]

        head = (host.t("help.key"), host.t("help.does"))
        with VerticalScroll():
            yield Static(Text(host.t("help.title"), style="bold"))
            if not host.role.changes:  # the wall: it only shows
                yield Static(Text(WORDS(lang, "wall")))
                yield Static(Text(""))
                wall = [BY_ID[i] for i in WALL]
                yield KeyTable(head, [(WORDS(lang, "section.wall"), rows(wall))])
                yield Static(Text(""))
            else:
                problems = host.keymap.listed(lang)  # every one, where the notice may not fit
                if problems is not None:
                    yield Static(problems, classes="keymap-problems")
                    yield Static(Text(""))
                # the note-taker's screen has no console: its keys are not listed there
                notes = host.role == Role.NOTETAKER
                lacks = NOT_NOTETAKER if notes else frozenset()

                def section(scopes: tuple[Scope, ...]) -> list[Row]:
                    """The keys of ``scopes``; a dialog's under its name."""
                    found: list[Row] = []
                    for scope in scopes:
                        actions = [a for a in in_scope(scope) if a.id not in lacks]
                        if actions and scope in DIALOGS:
                            found.append(dialog_name(scope, lang))
                        found += rows(actions)
                    return found

                sections = [
                    (WORDS(lang, title, key=keys), section(scopes)) for title, scopes in SECTIONS
                ]
                yield KeyTable(head, [(title, found) for title, found in sections if found])
                yield Static(Text(""))
                if not notes:
                    yield Static(Text(WORDS(lang, "explain.console", key=keys)))
                yield Static(Text(WORDS(lang, "explain.notes", key=keys)))
                yield Static(Text(host.t("help.extra")))
            yield Static(Text(host.t("help.close"), style="dim"))
        yield KeyFooter()

    def action_help(self) -> None:
        self.dismiss()
