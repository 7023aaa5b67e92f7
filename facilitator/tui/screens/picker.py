"""A picker: type to filter a list (participants, agenda items), Enter picks, Escape cancels.

Dismisses with the chosen record's id, or None. Typing a number picks by
number first (participant 12, item 3); otherwise the words typed must all
occur in the name, organisation or sector, accents and case ignored.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from facilitator.domain.agenda import active_items
from facilitator.domain.model import ItemStatus
from facilitator.i18n import Catalog
from facilitator.records import record
from facilitator.service import SessionState
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.screens.dialog import FilterInput, KeyedDialog
from facilitator.tui.text import join, one_line, plain
from facilitator.tui.widgets.footer import KeyFooter

WORDS = Catalog(
    {
        "filter": ("typ een naam of nummer", "type a name or number"),
        "filter.item": ("typ een titel of nummer", "type a title or number"),
        "filter.kind": ("typ een soort of nummer", "type a kind or number"),
        "filter.card": ("typ een kaartnummer of woord", "type a card number or word"),
        "help": (
            "{key[picker.up+picker.down]} kiezen · Enter bevestigen · {key[picker.cancel]} "
            "annuleren",
            "{key[picker.up+picker.down]} choose · Enter confirm · {key[picker.cancel]} cancel",
        ),
        "nothing": ("niets gevonden", "nothing found"),
        "absent": ("afwezig", "absent"),
        "present": ("aanwezig", "present"),
        "waiting": ("wacht", "waiting"),
    }
)

MUTED = "$foreground-muted"


@record
class Choice:
    """One pickable record: its id, number, how it is shown and what filtering searches."""

    id: int
    number: int
    label: Content
    search: str


def fold(text: str) -> str:
    """Lower case without accents (``Yıldız`` -> ``yildiz``) for matching what is typed."""
    text = text.replace("ı", "i").replace("İ", "I")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def matches(choices: Sequence[Choice], query: str) -> list[Choice]:
    """The choices that fit ``query``: by number (exact first), else by every word."""
    query = query.strip()
    if not query:
        return list(choices)
    if query.isdigit():
        exact = [c for c in choices if str(c.number) == query]
        starts = [c for c in choices if str(c.number).startswith(query) and c not in exact]
        return exact + starts
    words = fold(query).split()
    return [c for c in choices if all(w in c.search for w in words)]


def participant_choices(
    state: SessionState, *, only: Sequence[int] | None = None, lang: str | None = None
) -> list[Choice]:
    """Participants as choices: ``12  Derya Aksoy · Werkgeversservicepunt · UWV``, in
    ``lang`` (the window's; default the session's)."""
    lang = lang or state.lang
    waiting = {e.participant_id for e in state.queue}
    choices = []
    for number, person in enumerate(state.participants, 1):
        if only is not None and person.id not in only:
            continue
        sector = state.sector_label(person.sector, lang)
        label = join(
            f"{number:>2}  ",
            plain(one_line(person.name), "bold"),
            plain(
                "".join(f" · {part}" for part in (one_line(person.organisation), sector) if part),
                MUTED,
            ),
        )
        if not person.present:
            label = join(label, plain(f"  ({WORDS(lang, 'absent')})", "$text-warning"))
        elif person.id in waiting:
            label = join(label, plain(f"  ({WORDS(lang, 'waiting')})", MUTED))
        search = fold(f"{person.name} {person.organisation} {sector} {person.role}")
        choices.append(Choice(person.id, number, label, search))
    return choices


class Picker(KeyedDialog[int | None]):
    """Pick one record from a filtered list; returns its id.

    ``on_pick`` runs in the Enter key's own event, before the next key is
    routed, so what follows the pick (another command) comes after it.
    Filtering happens as each letter goes in, so Enter picks from the list
    the letters typed so far describe.
    """

    SCOPE = Scope.PICKER
    BINDINGS = bindings(SCOPE)
    DEFAULT_CSS = """
    Picker { align: center middle; }
    Picker > Vertical {
        width: 70; max-width: 95%; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    Picker #picker-title { text-style: bold; color: $text-primary; }
    Picker OptionList { height: auto; max-height: 16; border: none; padding: 0; }
    Picker #picker-help { color: $text-muted; }
    """

    def __init__(
        self,
        title: str,
        choices: Sequence[Choice],
        *,
        lang: str = "en",
        highlight: int | None = None,
        on_pick: Callable[[int], None] | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.choices = list(choices)
        self._lang = lang
        self._highlight = highlight
        self._on_pick = on_pick
        self._hint = hint if hint is not None else WORDS(lang, "filter")
        self._shown: list[Choice] = []
        self._cursor = 0

    def unsaved_text(self) -> str:
        """Nothing: the letters typed only find a choice in the list; they are no note, and
        quitting with them must neither ask nor keep them in a file."""
        return ""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(self.title_text), id="picker-title")
            yield FilterInput(
                on_change=self._fill,
                on_enter=self._enter,
                placeholder=self._hint,
                id="picker-filter",
            )
            options = OptionList(id="picker-options")
            options.can_focus = False
            yield options
            yield Static(plain(WORDS(self._lang, "help", key=self.key_names())), id="picker-help")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._fill("")
        if self._highlight is not None:
            ids = [c.id for c in self._shown]
            if self._highlight in ids:
                self._move_to(ids.index(self._highlight))
        self.keys_ready(self.query_one(FilterInput))

    def _fill(self, query: str) -> None:
        found = self.query(OptionList)
        if not found:
            return  # not composed yet: on_mount fills the list
        options = found.first()
        self._shown = matches(self.choices, query)
        options.clear_options()
        if self._shown:
            options.add_options(Option(c.label, id=str(c.id)) for c in self._shown)
            self._move_to(0)
        else:
            options.add_option(Option(plain(WORDS(self._lang, "nothing"), MUTED), disabled=True))

    def _move_to(self, index: int) -> None:
        self._cursor = index
        self.query_one(OptionList).highlighted = index

    def _enter(self, query: str) -> None:
        if 0 <= self._cursor < len(self._shown):
            self._pick(self._shown[self._cursor].id)
        else:
            self.app.bell()

    def _pick(self, choice_id: int) -> None:
        if self._on_pick is not None:
            self._on_pick(choice_id)
        self.dismiss(choice_id)

    @on(OptionList.OptionSelected, "#picker-options")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self._pick(int(event.option.id))

    def action_cursor(self, delta: int) -> None:
        if self._shown:
            self._move_to(max(0, min(len(self._shown) - 1, self._cursor + delta)))

    def action_cancel(self) -> None:
        self.dismiss(None)


def hint(lang: str, what: str) -> str:
    """What to type in a picker of ``what`` ("item", "kind", "card"; people: the default)."""
    return WORDS(lang, f"filter.{what}")


def item_choices(state: SessionState) -> list[Choice]:
    """Agenda items as choices: ``3  Stage- en bbl-plaatsen · 20 min``."""
    marks = {ItemStatus.DONE: "✓", ItemStatus.DEFERRED: "»", ItemStatus.CURRENT: "▶"}
    choices = []
    for number, item in enumerate(active_items(state.items), 1):
        mark = "▶" if item.id == state.session.current_item_id else marks.get(item.status, " ")
        label = join(
            f"{mark} {number:>2}  ",
            plain(one_line(item.title), "bold"),
            plain(f" · {item.planned_seconds // 60} min", MUTED),
        )
        choices.append(Choice(item.id, number, label, fold(f"{item.title} {item.question}")))
    return choices
