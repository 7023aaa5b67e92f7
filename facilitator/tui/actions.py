"""The action table: every key of the app, one row per action.

A row names the action (its ``id`` is the binding id a keymap file uses), its
default key(s), the node that owns it (``scope``), its words in Dutch and
English, and whether the footer shows it. Every ``BINDINGS`` of the app, the
main screen, the panes and the dialogs is built from this table
(:func:`bindings`), so ``App.set_keymap`` can remap any key; the footer, the
help screen, the command palette and the README's key tables read their words
from it too. A row without a key is offered by the command palette only.

``python -m facilitator.tui.actions --readme`` prints the README's key tables,
``--ids`` the table of ids in ``docs/architecture.md``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum

from textual.binding import Binding, BindingType

from facilitator.i18n import normalise_lang
from facilitator.records import record


class Scope(StrEnum):
    """Which node holds a key: focus decides which apply (the chain from the focused widget)."""

    APP = "app"
    SCREEN = "screen"
    NOTES = "notes"
    CONSOLE = "console"
    BOARD = "board"
    LOG = "log"
    LINE = "line"
    PICKER = "picker"
    EDITOR = "editor"
    CLOSE = "close"
    PREVIEW = "preview"
    CONFIRM = "confirm"
    REOPEN = "reopen"
    HELP = "help"
    REVIEW = "review"


DIALOGS = (
    Scope.PICKER,
    Scope.EDITOR,
    Scope.CLOSE,
    Scope.PREVIEW,
    Scope.CONFIRM,
    Scope.REOPEN,
    Scope.HELP,
)

DIALOG_NAMES: dict[Scope, tuple[str, str]] = {
    Scope.PICKER: (
        "Keuzelijst (deelnemer, agendapunt, kaart…)",
        "Pick list (participant, agenda item, card…)",
    ),
    Scope.EDITOR: (
        "Bewerken en formulieren (kaart, bijdrage, deelnemer…)",
        "Editing and forms (card, contribution, participant…)",
    ),
    Scope.CLOSE: ("Sessie sluiten", "Closing the session"),
    Scope.PREVIEW: ("Voorbeeld van het verslag", "Preview of the minutes"),
    Scope.CONFIRM: ("Stoppen met tekst die niet is opgeslagen", "Quitting with text not saved"),
    Scope.REOPEN: ("Een gesloten sessie heropenen", "Reopening a closed session"),
    Scope.HELP: ("Deze help", "This help"),
}
"""Each dialog's name, in Dutch and English: the help lists its keys under it."""


def dialog_name(scope: Scope, lang: str) -> str:
    """The name of the dialog that owns ``scope``, in ``lang``."""
    nl, en = DIALOG_NAMES[scope]
    return nl if normalise_lang(lang) == "nl" else en


@record
class Action:
    """One action: binding id, default keys, owner, words, footer or not."""

    id: str
    keys: str
    """Textual key names, comma-separated; '' for an action offered by the palette only."""
    action: str
    """The Textual action run on the owner; ``{key}`` is the key pressed (with ``each_key``)."""
    scope: Scope
    nl: str
    en: str
    show: bool = False
    """Shown in the footer."""
    key_display: str | None = None
    priority: bool = False
    """Runs even while a text field has focus (``ctrl+q``, a dialog's Escape)."""
    each_key: bool = False
    """One binding per key, with the key in the action and the id (``meeting.queue.3``)."""
    about: str = ""
    """A longer English explanation for the README, where the words say too little."""
    also: tuple[str, str] = ("", "")
    """Other words the palette finds it by (Dutch, English; separated by spaces): the
    words people search with where the action's own words differ (``walk-in``, ``join``
    for a new participant)."""

    def words(self, lang: str) -> str:
        return self.nl if normalise_lang(lang) == "nl" else self.en

    def search_words(self, lang: str) -> tuple[str, ...]:
        """The words the palette also finds the action by, in ``lang``, lower case."""
        said = self.also[0] if normalise_lang(lang) == "nl" else self.also[1]
        return tuple(said.casefold().split())

    @property
    def key_list(self) -> list[str]:
        return [k.strip() for k in self.keys.split(",") if k.strip()]

    def binding_ids(self) -> list[str]:
        if self.each_key:
            return [f"{self.id}.{key}" for key in self.key_list]
        return [self.id] if self.keys else []

    def bindings(self) -> list[Binding]:
        if not self.keys:
            return []
        if not self.each_key:
            return [
                Binding(
                    self.keys,
                    self.action,
                    self.en,
                    show=self.show,
                    key_display=self.key_display,
                    priority=self.priority,
                    id=self.id,
                )
            ]
        return [
            Binding(
                key,
                self.action.format(key=key),
                self.en if n == 0 else "",
                show=self.show and n == 0,
                key_display=self.key_display if n == 0 else None,
                priority=self.priority,
                id=f"{self.id}.{key}",
            )
            for n, key in enumerate(self.key_list)
        ]

    def shown_keys(
        self, keymap: Mapping[str, str] | None = None, lang: str = "en", between: str = " "
    ) -> str:
        """The keys as people read them (``⇧↑``, ``F2``, ``1…9``), after a keymap if any;
        several keys with ``between`` between them."""
        keymap = keymap or {}
        if self.key_display and not any(i in keymap for i in self.binding_ids()):
            return self.key_display
        return between.join(show_key(k, lang) for k in self.bound_keys(keymap))

    def bound_keys(self, keymap: Mapping[str, str] | None = None) -> list[str]:
        """The keys (Textual's names) as bound after a keymap if any, the first first."""
        keymap = keymap or {}
        ids = self.binding_ids()
        if not any(i in keymap for i in ids):
            return self.key_list
        defaults = dict(zip(ids, self.key_list, strict=False)) if self.each_key else {}
        keys: list[str] = []
        for binding_id in ids:
            if binding_id in keymap:  # "": left without a key (see Keymap.shown)
                found = keymap[binding_id]
            else:
                found = defaults.get(binding_id) or self.keys
            keys += [k.strip() for k in found.split(",") if k.strip()]
        return list(dict.fromkeys(keys))


# Keys whose name is a word: in the session's language (Dutch, English).
_NAMED = {"space": ("spatie", "space")}
_SHOWN = {
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "plus": "+",
    "minus": "-",
    "question_mark": "?",
    "number_sign": "#",
    "at": "@",
    "exclamation_mark": "!",
    "tilde": "~",
    "slash": "/",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
    "enter": "Enter",
    "escape": "Esc",
    "tab": "Tab",
    "delete": "Delete",
    "home": "Home",
    "end": "End",
}
_MODIFIERS = {"shift": "⇧", "ctrl": "ctrl+", "alt": "alt+"}


def show_key(key: str, lang: str = "en") -> str:
    """A Textual key name as people read it: ``shift+up`` -> ``⇧↑``, ``f2`` -> ``F2``,
    ``space`` -> ``spatie`` in Dutch."""
    *modifiers, name = key.split("+")
    if name in _NAMED:
        shown = _NAMED[name][0 if lang == "nl" else 1]
    elif name in _SHOWN:
        shown = _SHOWN[name]
    elif len(name) > 1 and name[0] == "f" and name[1:].isdigit():
        shown = name.upper()
    else:
        shown = name
    return "".join(_MODIFIERS.get(m, m + "+") for m in modifiers) + shown


S = Scope
# fmt: off
ACTIONS: tuple[Action, ...] = (
    # the app: on every screen
    Action("app.quit", "ctrl+q", "quit", S.APP, "stoppen", "quit", priority=True,
        about="quit (everything is already saved)"),
    Action("app.help", "question_mark", "help", S.APP, "help", "help", show=True, key_display="?"),
    Action("app.palette", "ctrl+p", "command_palette", S.APP, "opdrachten", "commands",
        priority=True, about="command palette"),
    Action("app.undo", "ctrl+z", "undo", S.APP, "ongedaan maken", "undo", show=True,
        about="undo, repeatedly"),
    Action("app.redo", "ctrl+y", "redo", S.APP, "opnieuw", "redo", about="redo, repeatedly"),
    Action("app.preview", "f5", "preview", S.APP, "verslag bekijken", "preview minutes", show=True,
        about="preview the minutes (closes nothing)"),
    Action("app.close", "f9", "close_or_reopen", S.APP, "sessie sluiten/heropenen",
        "close/reopen session", show=True,
        about=(
            "check what the minutes lack, close the session and write `minutes/<slug>.md` "
            "(on a closed session: reopen, after asking; on one not started yet: say there "
            "is nothing to close)"
        ),
        also=("verslag notulen afsluiten beëindigen einde", "minutes end finish")),
    # the main screen: the facilitator's keys, on every tab
    Action("meeting.timer", "space", "toggle_timer", S.SCREEN, "timer", "timer", show=True,
        about="start / pause the current agenda item's timer"),
    Action("meeting.next", "right_square_bracket", "move(1)", S.SCREEN, "volgende", "next",
        show=True, key_display="]", about="next agenda item (a running timer moves along)"),
    Action("meeting.previous", "left_square_bracket", "move(-1)", S.SCREEN, "vorig agendapunt",
        "previous agenda item", key_display="[",
        about="previous agenda item (a running timer moves along)"),
    Action("meeting.more", "plus", "minutes(1)", S.SCREEN, "1 min erbij", "1 min more",
        about="one minute more for the current item"),
    Action("meeting.less", "minus", "minutes(-1)", S.SCREEN, "1 min eraf", "1 min less",
        about="one minute less for the current item"),
    Action("meeting.queue", "1,2,3,4,5,6,7,8,9", "queue_number({key})", S.SCREEN,
        "deelnemer N in de rij", "queue participant N", key_display="1…9", each_key=True,
        about="put participant N in the queue"),
    Action("meeting.pick", "0", "pick_number", S.SCREEN, "deelnemer 10+ kiezen",
        "pick participant 10+", about="pick a participant to queue (for N ≥ 10)"),
    Action("meeting.hand", "h", "pick_hand", S.SCREEN, "hand", "hand", show=True,
        about="raise a hand: a picker, type to filter, Enter queues"),
    Action("meeting.floor", "f", "give_floor", S.SCREEN, "woord", "floor", show=True,
        about="give the floor to the next in the queue"),
    Action("meeting.end", "x", "end_speech", S.SCREEN, "klaar", "done", show=True,
        about="end the current speech"),
    Action("meeting.suggest", "s", "accept_suggestion", S.SCREEN, "suggestie", "suggest", show=True,
        about="accept the suggestion (first-time speakers, least-heard sector, longest wait)"),
    Action("meeting.rebalance", "t", "rebalance", S.SCREEN, "tijd nemen", "take time", show=True,
        about="take an overrun from later items"),
    Action("meeting.point", "p", "point_of_order", S.SCREEN, "punt van orde", "point of order",
        about="point of order / direct reply (jumps the queue)"),
    Action("meeting.readd", "r", "readd_last", S.SCREEN, "laatste spreker terug",
        "last speaker back", about="put the last speaker back at the top of the queue"),
    Action("meeting.withdraw", "w", "withdraw", S.SCREEN, "uit de rij halen", "withdraw from queue",
        about="withdraw from the queue (the selected entry, else a picker)"),
    Action("meeting.presence", "m", "presence", S.SCREEN, "aanwezig/afwezig", "present/absent",
        about="mark present / absent (absent: out of the queue, and off the floor; "
        "given the floor, present again)"),
    Action("meeting.walk_in", "n", "walk_in", S.SCREEN, "nieuwe deelnemer…", "new participant…",
        about="someone joins the table: name, organisation, sector",
        also=("aanschuiven aangeschoven toevoegen erbij", "walk-in join joins add arrives")),
    Action("meeting.stand_in", "N", "stand_in", S.SCREEN, "invaller…", "stand-in…",
        about="someone stands in for an invitee (same organisation and sector)",
        also=("vervanger vervangt invallen", "substitute replaces replacement deputy")),
    Action("meeting.add_item", "E", "add_item", S.SCREEN, "agendapunt toevoegen…",
        "add agenda item…", about="add an agenda item: title, guiding question, minutes, place"),
    Action("meeting.edit_item", "e", "edit_item", S.SCREEN, "agendapunt wijzigen…",
        "change agenda item…",
        about="change an agenda item: title, guiding question, minutes, place (items to come)"),
    Action("meeting.drop_item", "X", "drop_item", S.SCREEN, "agendapunt schrappen…",
        "drop agenda item…", about="drop an item still to come from the agenda"),
    Action("meeting.move_date", "D", "move_date", S.SCREEN, "datum naar vandaag",
        "date to today",
        about="move the planned date to today (a session held on another day than planned)"),
    Action("meeting.defer", "u", "defer", S.SCREEN, "punt uitstellen…", "defer an item…",
        about="defer an item (the current one: go on with the next), or resume it"),
    Action("meeting.goto", "g", "goto", S.SCREEN, "naar agendapunt…", "go to item…",
        about="go to an agenda item"),
    Action("meeting.floor_to", "", "floor_to", S.SCREEN, "het woord geven aan…",
        "give the floor to…", about="give the floor to anyone (a picker)"),
    # the main screen: capture keys, on every tab
    Action("capture.barrier", "b", "capture('barrier')", S.SCREEN, "barrière", "barrier", show=True,
        about="capture a barrier"),
    Action("capture.opportunity", "o", "capture('opportunity')", S.SCREEN, "kans", "opportunity",
        show=True, about="capture an opportunity"),
    Action("capture.kans", "k", "capture('opportunity')", S.SCREEN, "kans (k)", "opportunity (k)",
        about="capture an opportunity (*kans*)"),
    Action("capture.action", "a", "capture('action')", S.SCREEN, "actie", "action", show=True,
        about="capture an action"),
    Action("capture.decision", "d", "capture('decision')", S.SCREEN, "besluit", "decision",
        show=True, about="capture a decision"),
    Action("capture.question", "q", "capture('question')", S.SCREEN, "vraag", "question", show=True,
        about="capture a question"),
    Action("capture.note", "c", "capture('note')", S.SCREEN, "notitie", "note", show=True,
        about="capture a note"),
    Action("capture.summary", "z", "capture('summary')", S.SCREEN, "samenvatting", "summary",
        about="capture a short summary of the current agenda item (first under it in the minutes)"),
    # the main screen: tabs
    Action("tab.console", "f1", "show_tab('console')", S.SCREEN, "Console", "Console"),
    Action("tab.board", "f2", "show_tab('board')", S.SCREEN, "Bord", "Board"),
    Action("tab.log", "f3", "show_tab('log')", S.SCREEN, "Bijdragen", "Contributions"),
    Action("tab.next", "tab", "next_tab", S.SCREEN, "volgend tabblad", "next tab",
        about="the next tab"),
    Action("tab.previous", "shift+tab", "next_tab(-1)", S.SCREEN, "vorig tabblad", "previous tab",
        about="the previous tab"),
    # the note-taker's screen (besides the main screen's keys, which it shares)
    Action("notes.control", "f4", "control", S.NOTES, "timer en rij bedienen",
        "control timer and queue", show=True, key_display="F4",
        about=(
            "the note-taker's screen: take control of the timer and the queue (the "
            "facilitator's keys then work here too); again to let go"
        )),
    # the console pane: the selected queue entry
    Action("console.select_up", "up", "select(-1)", S.CONSOLE, "vorige in de rij kiezen",
        "select previous in queue", key_display="↑"),
    Action("console.select_down", "down", "select(1)", S.CONSOLE, "volgende in de rij kiezen",
        "select next in queue", key_display="↓"),
    Action("console.move_up", "shift+up", "reorder(-1)", S.CONSOLE, "hoger in de rij",
        "move up the queue", key_display="⇧↑"),
    Action("console.move_down", "shift+down", "reorder(1)", S.CONSOLE, "lager in de rij",
        "move down the queue", key_display="⇧↓"),
    Action("console.floor_selected", "enter", "floor_selected", S.CONSOLE,
        "gekozene het woord geven", "give selected the floor",
        about="give the selected in the queue the floor"),
    # the board pane
    Action("board.column_left", "left", "column(-1)", S.BOARD, "kolom links", "column left",
        key_display="←"),
    Action("board.column_right", "right", "column(1)", S.BOARD, "kolom rechts", "column right",
        key_display="→"),
    Action("board.up", "shift+up", "move(-1)", S.BOARD, "kaart omhoog", "card up",
        key_display="⇧↑"),
    Action("board.down", "shift+down", "move(1)", S.BOARD, "kaart omlaag", "card down",
        key_display="⇧↓"),
    Action("board.to_left", "shift+left", "move_column(-1)", S.BOARD, "kaart naar linkerkolom",
        "card to the left column", key_display="⇧←"),
    Action("board.to_right", "shift+right", "move_column(1)", S.BOARD, "kaart naar rechterkolom",
        "card to the right column", key_display="⇧→"),
    Action("board.edit", "enter", "edit", S.BOARD, "kaart bewerken", "edit card",
        about="edit the card: text, `@owner`, `#tag`, due date"),
    Action("board.vote", "v", "vote(1)", S.BOARD, "+1", "+1", show=True, about="vote +1"),
    Action("board.unvote", "V", "vote(-1)", S.BOARD, "−1", "−1", about="vote −1"),
    Action("board.link", "l", "link", S.BOARD, "koppelen", "link", show=True,
        about="link an action to a barrier/opportunity (pick again to unlink)"),
    Action("board.merge", "M", "merge", S.BOARD, "samenvoegen", "merge", show=True,
        about="merge another card of the column into this one"),
    Action("board.tag", "number_sign", "tag", S.BOARD, "tag toevoegen", "add tag", key_display="#"),
    Action("board.owner", "at", "owner", S.BOARD, "trekker", "owner", key_display="@"),
    Action("board.due", "exclamation_mark", "due", S.BOARD, "deadline", "due date",
        key_display="!"),
    Action("board.park", "P", "park", S.BOARD, "parkeren", "park",
        about="park the card as an open point (again to take it back)"),
    Action("board.status", "S", "status", S.BOARD, "status actie", "action status",
        about="an action's status, round: open → done → dropped"),
    Action("board.delete", "delete", "delete", S.BOARD, "kaart verwijderen", "delete card"),
    Action("board.carry", "", "carry", S.BOARD,
        "open acties van eerdere tafels in de regio overnemen",
        "take over the open actions of earlier tables of the region",
        about="take over the open actions of earlier tables of this region (palette)",
        also=("meenemen doorschuiven carry-forward", "carry carry-forward forward")),
    # the review of the synthesis (run --synthesis)
    Action("review.rename", "r", "rename", S.REVIEW, "hernoemen", "rename", show=True,
        about="rename the highlighted theme"),
    Action("review.priority", "p", "priority", S.REVIEW, "prioriteit", "priority", show=True,
        about="mark the theme a priority (or not)"),
    Action("review.merge", "j", "merge", S.REVIEW, "samenvoegen", "merge", show=True,
        about="merge the theme into another (by number)"),
    Action("review.move", "m", "move", S.REVIEW, "kaart verplaatsen", "move card", show=True,
        about="move the highlighted card to another theme (by number)"),
    Action("review.split", "s", "split", S.REVIEW, "kaart afsplitsen", "split card", show=True,
        about="put the highlighted card in a theme of its own"),
    Action("review.undo", "ctrl+z", "undo", S.REVIEW, "ongedaan maken", "undo", show=True,
        about="undo this window's last change to the themes"),
    Action("review.help", "question_mark", "help", S.REVIEW, "help", "help", show=True,
        key_display="?", about="the review's keys and how they work"),
    Action("review.close", "escape", "cancel", S.REVIEW, "terug / sluiten", "back / close",
        show=True, priority=True, about="cancel the question, or close the review"),
    Action("board.filter", "slash", "filter", S.BOARD, "filter", "filter", show=True,
        key_display="/", about="filter: `#tag`, an agenda item's number, a card's (`B12`), words"),
    Action("board.clear_filter", "escape", "clear_filter", S.BOARD, "filter wissen",
        "clear filter"),
    Action("board.sort", "", "sort", S.BOARD, "kolom sorteren op stemmen", "sort column by votes"),
    # the contribution log pane
    Action("log.newest", "home", "newest", S.LOG, "naar de nieuwste", "to the newest",
        about="to the newest contribution (the log then follows new ones at the top)"),
    Action("log.oldest", "end", "oldest", S.LOG, "naar de oudste", "to the oldest",
        about="to the oldest contribution (its page; the row at the top loads newer ones)"),
    Action("log.edit", "enter", "edit", S.LOG, "bijdrage bewerken", "edit contribution",
        about="edit the contribution: text, `#tag`, `~speaker`"),
    Action("log.rekind", "K", "rekind", S.LOG, "andere soort", "change kind", show=True,
        about="change its kind"),
    Action("log.speaker", "tilde", "speaker", S.LOG, "andere spreker", "other speaker", show=True,
        key_display="~"),
    Action("log.item", "i", "item", S.LOG, "ander agendapunt", "other agenda item"),
    Action("log.tag", "number_sign", "tag", S.LOG, "tag toevoegen", "add tag", key_display="#"),
    Action("log.delete", "delete", "delete", S.LOG, "verwijderen", "delete", show=True,
        about="delete the contribution"),
    # the capture line (keys that work while its text field has focus)
    Action("line.cycle", "tab", "cycle(1)", S.LINE, "volgende soort", "next kind", priority=True),
    Action("line.cycle_back", "shift+tab", "cycle(-1)", S.LINE, "vorige soort", "previous kind",
        priority=True),
    Action("line.cancel", "escape", "cancel", S.LINE, "annuleren", "cancel", priority=True),
    # dialogs
    Action("picker.cancel", "escape", "cancel", S.PICKER, "annuleren", "cancel", show=True,
        priority=True),
    Action("picker.up", "up", "cursor(-1)", S.PICKER, "vorige", "previous", show=True,
        priority=True),
    Action("picker.down", "down", "cursor(1)", S.PICKER, "volgende", "next", show=True,
        priority=True),
    Action("editor.cancel", "escape", "cancel", S.EDITOR, "annuleren", "cancel", show=True,
        priority=True),
    Action("editor.next_field", "tab", "next_field(1)", S.EDITOR, "volgend veld", "next field",
        show=True, priority=True, about="the form's next field (after the last, the first)"),
    Action("editor.previous_field", "shift+tab", "next_field(-1)", S.EDITOR, "vorig veld",
        "previous field", show=True, priority=True, about="the form's previous field"),
    Action("close.park", "p,P", "park", S.CLOSE, "parkeren", "park", show=True),
    Action("close.fix", "enter", "fix", S.CLOSE, "oplossen", "fix", show=True),
    Action("close.confirm", "s", "close_session", S.CLOSE, "sluiten en verslag schrijven",
        "close and write the minutes", show=True),
    Action("close.cancel", "escape", "dismiss", S.CLOSE, "annuleren", "cancel", show=True),
    Action("preview.close", "escape,f5", "dismiss", S.PREVIEW, "sluiten", "close", show=True),
    Action("confirm.back", "escape", "dismiss", S.CONFIRM, "terug", "back", show=True,
        priority=True, about="back (any other key too: it goes on into the line)"),
    Action("confirm.quit", "ctrl+q", "quit_anyway", S.CONFIRM, "toch stoppen", "quit anyway",
        show=True, priority=True),
    Action("reopen.confirm", "f9,enter", "reopen", S.REOPEN, "heropenen", "reopen",
        show=True, priority=True, about="reopen the closed session"),
    Action("reopen.cancel", "escape", "dismiss", S.REOPEN, "gesloten laten", "keep it closed",
        show=True, priority=True,
        about="keep it closed (any other key too: it goes on as typed)"),
    Action("help.close", "escape", "dismiss", S.HELP, "sluiten", "close", show=True),
)
# fmt: on

BY_ID: dict[str, Action] = {a.id: a for a in ACTIONS}

WALL: tuple[str, ...] = ("app.quit", "app.help", "help.close")
"""The keys that act on the wall, which only shows: quitting it, and its help."""

NOT_NOTETAKER: frozenset[str] = frozenset(
    {"tab.console", *(a.id for a in ACTIONS if a.scope == Scope.CONSOLE)}
)
"""The keys that do nothing on the note-taker's screen, which has no console: the console
tab's key and the console's keys of the selected queue entry."""

KIND_KEYS = tuple(
    f"capture.{kind}"
    for kind in ("barrier", "opportunity", "action", "decision", "question", "note")
)
"""The capture keys a hint names (``b o a d q c``): shown through the keymap, as the footer's."""


def kind_keys(keymap: Mapping[str, str] | None, lang: str = "en") -> list[str]:
    """The keys of :data:`KIND_KEYS` as people read them, after a keymap if any (``""`` for
    a kind whose key another action took: a hint of keys leaves it out)."""
    return [BY_ID[action_id].shown_keys(keymap, lang) for action_id in KIND_KEYS]


_ARROWS = frozenset("←→↑↓")

_BY_PALETTE = ("{palette} «{words}»", "{palette} “{words}”")
"""An action left without a key (another action took it) is named as the palette finds it."""
_NO_KEY = ("(geen toets)", "(no key)")
"""… or, where there is no palette (the review of the synthesis), as having no key."""


def no_key(lang: str) -> str:
    """What a table of keys says for an action left without a key."""
    return _NO_KEY[0 if normalise_lang(lang) == "nl" else 1]


class KeyNames(Mapping[str, str]):
    """What words that name a key say: the keys of an action by its id, as bound after a
    keymap, in the session's language (``names["app.undo"]``: ``ctrl+z``).

    A catalogue's text names a key as ``{key[app.undo]}`` and is given ``key=KeyNames(…)``.
    Several keys of one action read ``Esc/F5``; two ids joined by ``+`` name a pair, said
    as one where both are arrows with the same modifiers (``board.up+board.down``:
    ``⇧↑↓``), else ``⇧↑/k``. An action that another action's key in the keymap left
    without a key is named by the palette's key and its words there (``ctrl+p «tijd
    nemen»``), or, with ``palette=False``, as having no key: never by a blank.
    """

    def __init__(
        self, keymap: Mapping[str, str] | None = None, lang: str = "en", *, palette: bool = True
    ) -> None:
        self.keymap = dict(keymap or {})
        self.lang = normalise_lang(lang)
        self.palette = palette

    def __getitem__(self, name: str) -> str:
        if "+" in name:
            first, second = (self[part] for part in name.split("+", 1))
            if first[-1:] in _ARROWS and second[-1:] in _ARROWS and first[:-1] == second[:-1]:
                return first + second[-1]
            return f"{first}/{second}"
        action = BY_ID[name]
        shown = action.shown_keys(self.keymap, self.lang, between="/")
        if shown:
            return shown
        palette = BY_ID["app.palette"].shown_keys(self.keymap, self.lang, between="/")
        if not self.palette or not palette:
            return no_key(self.lang)
        said = _BY_PALETTE[0 if self.lang == "nl" else 1]
        return said.format(palette=palette, words=action.words(self.lang))

    def __iter__(self) -> Iterator[str]:
        return iter(BY_ID)

    def __len__(self) -> int:
        return len(BY_ID)


BY_BINDING: dict[str, Action] = {bid: a for a in ACTIONS for bid in a.binding_ids()}


def bindings(scope: Scope) -> list[BindingType]:
    """The ``BINDINGS`` of the node that owns ``scope``."""
    return [binding for a in ACTIONS if a.scope == scope for binding in a.bindings()]


def in_scope(scope: Scope) -> list[Action]:
    return [a for a in ACTIONS if a.scope == scope]


def words_of(binding_id: str | None, lang: str, default: str = "") -> str:
    """The words of a binding (by its id) in ``lang``."""
    action = BY_BINDING.get(binding_id or "")
    return action.words(lang) if action is not None else default


# -- the README's key tables ---------------------------------------------------------------
SECTIONS: tuple[tuple[str, tuple[Scope, ...]], ...] = (
    ("every tab, while no text field has focus (the main screen)", (Scope.SCREEN,)),
    ("the note-taker's screen (`--role notetaker`)", (Scope.NOTES,)),
    ("the console (F1): the selected queue entry", (Scope.CONSOLE,)),
    ("the board (F2)", (Scope.BOARD,)),
    ("the contributions (F3)", (Scope.LOG,)),
    ("everywhere (the app)", (Scope.APP,)),
    ("the capture line", (Scope.LINE,)),
    ("dialogs", DIALOGS),
    ("the review of the synthesis (run --synthesis)", (Scope.REVIEW,)),
)
README_START = "<!-- keys: generated by python -m facilitator.tui.actions --readme -->"
README_END = "<!-- end of keys -->"


def readme_tables(actions: Iterable[Action] = ACTIONS) -> str:
    """The README's key tables (Markdown), one per owner, in English."""
    rows = list(actions)
    parts = [README_START]
    for title, scopes in SECTIONS:
        dialog = len(scopes) > 1
        parts.append("")
        parts.append(f"| key | {title} |" + (" dialog |" if dialog else ""))
        parts.append("|---|---|" + ("---|" if dialog else ""))
        for action in rows:
            if action.scope not in scopes:
                continue
            keys = action.shown_keys()
            key = " ".join(f"`{k}`" for k in keys.split(" ")) if keys else "(palette)"
            where = f" {action.scope.value} |" if dialog else ""
            parts.append(f"| {key} | {action.about or action.en} |{where}")
    parts.append("")
    parts.append(README_END)
    return "\n".join(parts)


IDS_START = "<!-- action ids: generated by python -m facilitator.tui.actions --ids -->"
IDS_END = "<!-- end of action ids -->"


def id_table(actions: Iterable[Action] = ACTIONS) -> str:
    """Every binding id with its owner and default keys, for a keymap file's author."""
    parts = [IDS_START, "", "| id | owner | default keys | does |", "|---|---|---|---|"]
    for action in actions:
        if not action.keys:
            continue
        ident = f"`{action.id}.N`" if action.each_key else f"`{action.id}`"
        keys = " ".join(f"`{k}`" for k in action.key_list)
        parts.append(f"| {ident} | {action.scope.value} | {keys} | {action.en} |")
    return "\n".join([*parts, "", IDS_END])


def generated(text: str, start_mark: str = README_START, end_mark: str = README_END) -> str:
    """A generated block as it stands in a document's text ('' if absent)."""
    start, end = text.find(start_mark), text.find(end_mark)
    if start < 0 or end < start:
        return ""
    return text[start : end + len(end_mark)]


def readme_section(text: str) -> str:
    """The generated key tables as they stand in a README's text ('' if absent)."""
    return generated(text, README_START, README_END)


def main(argv: list[str]) -> int:
    if argv[1:] == ["--readme"]:
        print(readme_tables())
        return 0
    if argv[1:] == ["--ids"]:
        print(id_table())
        return 0
    print("usage: python -m facilitator.tui.actions --readme | --ids", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
