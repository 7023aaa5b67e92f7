"""The organiser's review of the synthesis: ``facilitator run --synthesis``.

```
 Thema's (voorstel)                         │ Kaarten van thema 1
 ★ 1. Stage- en leerwerkplekken · 3 regio's │ B Twente: Te weinig stageplaatsen …
   2. Reiskosten en vervoer · 3 regio's     │ K Twente: Leerwerkbanen …
 r hernoemen  p prioriteit  j samenvoegen  m verplaatsen  s afsplitsen
```
Left the themes, right the cards of the highlighted theme. Every change is
saved in the database at once (:class:`~facilitator.service.review.ReviewService`)
and the report and the wrap-up follow it. Keys come from the action table
(scope ``review``). User text is shown as text, never as markup.

The synthesis is worked out and saved off the UI thread (a worker), and every
key goes through the main app's :class:`~facilitator.tui.keys.KeyRouter`: keys
typed while a change is being saved wait for it and then go on in the order
they were typed, so ``r`` followed at once by the new title, or ``p ↓ p``,
land where they were meant however long the save takes.

After a change the themes are numbered and sorted again, as the report numbers them
(priority, then the single points last; regions, votes, cards), so the highlight
follows the theme being worked on by its review key (by its cards before the first
change pins the keys), never its row: the theme renamed or marked, the theme a card
was moved or split off from (on the card after it), the theme merged into. A theme
number typed for ``m`` or ``j`` means the theme that had that number on the screen when
the key was typed, so ``m 5 Enter m 5 Enter`` typed at once moves both cards to the same
theme.
"""

from __future__ import annotations

import shlex
import weakref
from collections.abc import Callable, Collection, Sequence

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.css.query import NoMatches
from textual.css.styles import RulesMap
from textual.driver import Driver
from textual.notifications import Notification, Notify
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widget import Widget
from textual.widgets import DataTable, Input, OptionList, Static
from textual.widgets._toast import ToastRack
from textual.widgets.input import Selection
from textual.widgets.option_list import Option

from facilitator.domain.errors import DomainError
from facilitator.i18n import Catalog, TranslatedError, normalise_lang
from facilitator.i18n.formats import counted, plural
from facilitator.records import record
from facilitator.service.review import ReviewService
from facilitator.synthesis.model import Synthesis, Theme
from facilitator.text import printable
from facilitator.tui.actions import Scope, bindings, in_scope, no_key, show_key
from facilitator.tui.keymap import Keymap, key_names, say_problems
from facilitator.tui.keys import KeyRouter, focus_now, routed_already
from facilitator.tui.screens.dialog import FilterInput, HeldDialog
from facilitator.tui.text import safe_notice
from facilitator.tui.widgets.footer import KeyFooter

WORDS = Catalog(
    {
        "title": (
            "Thema's van de synthese — wijzigingen worden meteen bewaard",
            "Themes of the synthesis — changes are saved at once",
        ),
        "cards": ("Kaarten van thema {n}", "Cards of theme {n}"),
        "theme": (
            "{star}{n}. {title} · {regions} · {cards}",
            "{star}{n}. {title} · {regions} · {cards}",
        ),
        "count.cards": ("kaart|kaarten", "card|cards"),
        "card": ("{column} {region}: {text}", "{column} {region}: {text}"),
        "col.barrier": ("B", "B"),
        "col.opportunity": ("K", "O"),
        "ask.rename": (
            "Nieuwe titel van thema {n} (leeg: het voorstel):",
            "New title of theme {n} (empty: the proposal):",
        ),
        "ask.move": ("Naar welk thema (nummer)?", "To which theme (number)?"),
        "ask.merge": (
            "Thema {n} samenvoegen met thema (nummer):",
            "Merge theme {n} into theme (number):",
        ),
        "not_a_number": ("'{value}' is geen themanummer.", "'{value}' is not a theme number."),
        "wrong": (
            "⚠ {problem} {key[review.close]} annuleert de vraag.",
            "⚠ {problem} {key[review.close]} cancels the question.",
        ),
        "no_card": (
            "Kies eerst een kaart (tab naar de kaarten).",
            "Pick a card first (tab to the cards).",
        ),
        "saved": ("Bewaard.", "Saved."),
        "kept": (
            "De titel '{title}' is niet bewaard: {key[review.rename]} op dit thema biedt hem "
            "opnieuw aan.",
            "The title '{title}' was not saved: {key[review.rename]} on this theme offers it "
            "again.",
        ),
        "typed": ("Getypt maar niet bewaard:", "Typed but not saved:"),
        "leave_kept": (
            "⚠ De titel '{title}' is niet bewaard: nog een keer {again} sluit en toont hem; "
            "{key[review.rename]} op zijn thema biedt hem opnieuw aan.",
            "⚠ The title '{title}' was not saved: {again} once more closes and shows it; "
            "{key[review.rename]} on its theme offers it again.",
        ),
        "cancel_question": ("vraag annuleren", "cancel question"),
        "gone": (
            "Het thema '{title}' is er niet meer (samengevoegd of leeggemaakt).",
            "The theme '{title}' is gone (merged or emptied).",
        ),
        "left_out": (
            "{copy} blijft buiten deze thema's: dezelfde rondetafel als {kept} (zelfde regio, "
            "datum en titel), en de synthese telt die tafel één keer. Om {copy} te tellen in "
            "plaats van {kept}: {command}",
            "{copy} is left out of these themes: the same round table as {kept} (same region, "
            "date and title), and the synthesis counts that table once. To count {copy} "
            "instead of {kept}: {command}",
        ),
        "undone": ("Ongedaan gemaakt.", "Undone."),
        "help.title": ("Thema's nakijken: de toetsen", "Reviewing the themes: the keys"),
        "help.key": ("Toets", "Key"),
        "help.does": ("Doet", "Does"),
        "help.explain": (
            "Links de thema's, rechts de kaarten van het gekozen thema; Tab wisselt tussen "
            "beide, ↑/↓ kiest. {key[review.rename]} hernoemt het gekozen thema (leeg: weer het "
            "voorstel), {key[review.priority]} maakt het een prioriteit of niet meer, "
            "{key[review.merge]} voegt het samen met een ander thema, {key[review.move]} zet "
            "de gekozen kaart in een ander thema, {key[review.split]} geeft haar een eigen "
            "thema. Bij {key[review.merge]} en {key[review.move]} typt u het nummer van het "
            "andere thema en Enter; een nummer geldt voor het thema dat het had toen u het "
            "typte. Elke keuze wordt meteen bewaard; het verslag en de wrap-up volgen ze. "
            "{key[review.undo]} maakt de laatste wijziging van dit venster ongedaan, niet die "
            "van een ander venster. {key[review.close]} annuleert een vraag, of sluit.",
            "The themes on the left, the cards of the highlighted theme on the right; Tab "
            "goes from one to the other, ↑/↓ highlights. {key[review.rename]} renames the "
            "highlighted theme (empty: the proposal again), {key[review.priority]} makes it a "
            "priority or not any more, {key[review.merge]} merges it into another theme, "
            "{key[review.move]} moves the highlighted card to another theme, "
            "{key[review.split]} gives it a theme of its own. For {key[review.merge]} and "
            "{key[review.move]}, type the other theme's number and Enter; a number means the "
            "theme that had it when you typed it. Every choice is saved at once; the report "
            "and the wrap-up follow them. {key[review.undo]} undoes this window's last change, "
            "not another window's. {key[review.close]} cancels a question, or closes.",
        ),
        "help.close": ("Esc of ? sluit deze hulp.", "Esc or ? closes this help."),
        "wrap_up_left_out": (
            "{wrap_up} blijft buiten deze thema's: de wrap-up van {sources} (het bord is daaruit "
            "gevuld). Om die mee te tellen: {command}",
            "{wrap_up} is left out of these themes: the wrap-up of {sources} (its board was "
            "seeded from them). To count it too: {command}",
        ),
        "not_closed_left_out": (
            "{slug} blijft buiten deze thema's: gehouden maar niet gesloten ({since}). Sluit "
            "de sessie ({key[app.close]} in de app), of noem de sessies om die mee te tellen: "
            "{command}",
            "{slug} is left out of these themes: held but not closed ({since}). Close it "
            "({key[app.close]} in the app), or name the sessions to count it: {command}",
        ),
        "left_out.more": (
            "+{n} meer buiten deze thema's: de hulp ({help}) noemt ze allemaal, met de "
            "opdracht die elk meetelt.",
            "+{n} more left out of these themes: the help ({help}) lists them all, with the "
            "command that counts each.",
        ),
        "left_out.all": (
            "{sessions} blijven buiten deze thema's: de hulp ({help}) noemt ze, met de "
            "opdracht die elk meetelt.",
            "{sessions} are left out of these themes: the help ({help}) lists them, with the "
            "command that counts each.",
        ),
        "count.sessions": ("sessie|sessies", "session|sessions"),
        "help.left_out": ("Buiten deze thema's", "Left out of these themes"),
        "since.reopened": ("heropend op {at}", "reopened {at}"),
        "since.opened": ("geopend op {at}", "opened {at}"),
        "since.recorded": (
            "nooit geopend, maar er is al iets in vastgelegd",
            "never opened, but something is recorded in it",
        ),
    }
)


def review_command(slugs: Sequence[str]) -> str:
    """The command line that reviews the themes of ``slugs``, quoted for the shell."""
    return shlex.join(["facilitator", "run", "--synthesis", *slugs])


CHANGED_ELSEWHERE = frozenset({"review.changed", "review.undo_changed"})
"""Refusals because another window changed the themes: the screen then shows them as they are."""


@record
class Spot:
    """Where the highlight goes after a change: a theme and a card in it."""

    theme: str = ""
    """The theme's review key ("" before the first change pins the keys)."""
    cards: frozenset[str] = frozenset()
    """The keys of its cards after the change: it is found by them while it has no key."""
    card: str = ""
    """The card to highlight, when it is there."""
    row: int = 0
    """Else the card at this row (the one after a card that left)."""


def find(synthesis: Synthesis, key: str, cards: Collection[str]) -> int | None:
    """The index of the theme with the review key ``key``, else of the theme holding most
    of ``cards`` (None: neither is there)."""
    if key:
        for index, theme in enumerate(synthesis.themes):
            if theme.key == key:
                return index
    best, most = None, 0
    for index, theme in enumerate(synthesis.themes):
        held = sum(c.key in cards for c in theme.cards)
        if held > most:
            best, most = index, held
    return best


class Hanging(Visual):
    """A line whose head (``★ 1. ``) stands out: what wraps goes on under the body's start.

    ``str()`` gives the whole line, as a :class:`~textual.content.Content` would."""

    def __init__(self, head: Content, body: Content) -> None:
        self.head = head
        self.body = body

    def __str__(self) -> str:
        return self.head.plain + self.body.plain

    def _indent(self, width: int) -> int:
        indent = self.head.cell_length
        return indent if width - indent >= 10 else 0  # too narrow: no room to hang

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        indent = self._indent(width)
        if not indent:
            return (self.head + self.body).render_strips(width, height, style, options)
        body = self.body.render_strips(width - indent, height, style, options)
        head = self.head.render_strips(indent, 1, style, options)[:1]
        blank = Content(" " * indent).render_strips(indent, 1, style, options)[:1]
        return [Strip.join([*(head if y == 0 else blank), line]) for y, line in enumerate(body)]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.head.cell_length + self.body.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        indent = self._indent(width)
        if not indent:
            return (self.head + self.body).get_height(rules, width)
        return self.body.get_height(rules, width - indent)


def card_keys(theme: Theme) -> frozenset[str]:
    return frozenset(c.key for c in theme.cards)


class ReviewApp(App[None]):
    """The themes and their cards; rename, move, split, merge, priority.

    The footer is the main app's (the keys in the session's language, from the action
    table, with its rules in ``app.tcss``). Textual's command palette is off: its
    entries (themes, screenshots, quit) are Textual's, in English, and the review's six
    keys are all in the footer.
    """

    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = False
    CSS = """
    #review-title { height: 1; padding: 0 1; text-style: bold; }
    #review-left-out { height: auto; padding: 0 1; color: $text-warning; display: none; }
    #review-main { height: 1fr; }
    #themes { width: 1fr; }
    #cards-pane { width: 1fr; }
    #cards-title { height: 1; padding: 0 1; }
    #cards { height: 1fr; }
    #review-ask { height: 1; padding: 0 1; }
    #review-problem { height: auto; padding: 0 1; color: $text-error; display: none; }
    #review-input { display: none; }
    """
    BINDINGS = bindings(Scope.REVIEW)

    WATCH_SECONDS = 0.5
    """How often to look whether another window saved a change to the themes."""

    def __init__(
        self,
        service: ReviewService,
        lang: str = "nl",
        *,
        watch_seconds: float | None = None,
        keymap: Keymap | None = None,
        command: Callable[[Sequence[str]], str] | None = None,
    ) -> None:
        """``keymap``: the user's keymap file, read (its ``review.*`` keys apply here);
        ``command``: the command line that reviews the themes of the sessions given (their
        slugs), as advised for a session left out (default: ``facilitator run --synthesis``
        and the slugs; the command line gives the options it was given too, ``--db``…)."""
        super().__init__()
        self.service = service
        self.command = command or review_command
        self.lang = normalise_lang(lang)
        self.keymap = keymap or Keymap()
        if self.keymap.keys:
            self.set_keymap(self.keymap.keys)
        self._version = service.version()
        self.current: Synthesis = service.synthesis()
        self._pending: Callable[[str], str | None] | None = None
        """What the open question does with the answer; it says what is wrong with one it
        cannot take (the question then stays open)."""
        self._watch_seconds = self.WATCH_SECONDS if watch_seconds is None else watch_seconds
        self.keys = KeyRouter(self)
        self.ready_for_keys = True  # False while a change is saved: the keys wait for it
        self._changes = 0  # changes this window began (a look begun before one is stale)
        # what the screen showed when each key waiting in the backlog was typed
        self._shown_when: weakref.WeakKeyDictionary[events.Event, Synthesis] = (
            weakref.WeakKeyDictionary()
        )
        self._cards_of: Theme | None = None  # the theme whose cards the card pane shows
        self._kept: tuple[Spot, str] | None = None
        self._renaming: tuple[Spot, str] | None = (
            None  # the open line's theme and title  # a title typed and not saved, and its theme
        )
        self._asked_from: Widget | None = None  # the list that had the focus before a question
        self._leaving = False
        """Esc was pressed once with a title not saved: the next one closes the review."""
        self.left_out_said: list[str] = []
        """What the themes leave out, a note per session with the command that counts it."""
        self._problems_said = False
        """The keymap file's problems have been said (once the screen is laid out)."""
        self._keymap_notice: Notification | None = None
        """Their notice, until the help that lists them opens."""

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this system, reading a paste whole (see
        :mod:`facilitator.tui.paste`)."""
        from facilitator.tui.paste import keep_pastes_whole

        driver = super().get_driver_class()
        keep_pastes_whole()
        return driver

    def w(self, key: str, **values: object) -> str:
        if WORDS.names_keys(key):
            values["key"] = key_names(self)
        return WORDS(self.lang, key, **values)

    def compose(self) -> ComposeResult:
        yield Static(Content(self.w("title")), id="review-title")
        yield Static(id="review-left-out")
        with Horizontal(id="review-main"):
            yield OptionList(id="themes")
            with Vertical(id="cards-pane"):
                yield Static(id="cards-title")
                yield OptionList(id="cards")
        yield Static(id="review-ask")
        yield Static(id="review-problem")
        # Enter hands the answer over in the key's own event (``Input.Submitted`` is a
        # message, handled after the keys typed behind it)
        yield FilterInput(on_change=lambda _value: None, on_enter=self._answered, id="review-input")
        yield KeyFooter(wrap=True)

    def on_mount(self) -> None:
        self.show(self.current)
        focus_now(self.query_one("#themes", OptionList))
        self._say_left_out()
        if self._watch_seconds > 0:
            self.set_interval(self._watch_seconds, self.look_again)
        self.screen.screen_layout_refresh_signal.subscribe(
            self, self._notices_above, immediate=True
        )
        self.call_after_refresh(self._notices_above)

    def _say_left_out(self) -> None:
        """The sessions the themes leave out (a copy of a table held twice, a wrap-up of
        the others, a session held and not closed), each with the command that counts it:
        on the screen, above the themes, where a notice would cover the footer and be gone
        before the command is copied."""
        said = []
        for left in self.service.left_out():
            command = self.command([s.slug for s in left.counting])
            slug = left.session.slug
            if left.is_copy:
                kept = left.others[0].slug
                said.append(self.w("left_out", copy=slug, kept=kept, command=command))
            elif left.is_wrap_up:
                sources = ", ".join(s.slug for s in left.others)
                said.append(
                    self.w("wrap_up_left_out", wrap_up=slug, sources=sources, command=command)
                )
            else:
                what, at = left.since()
                since = self.w(f"since.{what}", at=at)
                said.append(self.w("not_closed_left_out", slug=slug, since=since, command=command))
        self.left_out_said = said
        self._fit_left_out()

    def on_resize(self, _event: events.Resize) -> None:
        self._fit_left_out()

    def _fit_left_out(self) -> None:
        """The notes of the sessions left out, as many as fit in a third of the screen's
        rows, the rest counted (the help lists them all): several of them took all but the
        borders of the themes and the cards at 80×24."""
        said = self.left_out_said
        line = self.query_one("#review-left-out", Static)
        line.display = bool(said)
        if not said:
            return
        width = max(1, self.size.width - 2)  # its padding
        room = max(2, self.size.height // 3)
        help_key = key_names(self)["review.help"]
        shown = len(said)
        while True:
            left = len(said) - shown
            if not left:
                more = []
            elif shown:
                more = [self.w("left_out.more", n=left, help=help_key)]
            else:
                sessions = counted(left, self.w("count.sessions"), self.lang)
                more = [self.w("left_out.all", sessions=sessions, help=help_key)]
            text = "\n".join([*said[:shown], *more])
            if shown == 0 or len(Content(text).wrap(width)) <= room:
                break
            shown -= 1
        line.update(Content(text))

    def _notices_above(self, _screen: object = None) -> None:
        """Notices stand above the rows under the themes and cards (the question, what is
        wrong with its answer, the footer), as on the main screens: over the panes, not on
        the keys nor on the field being typed in. Said after each layout; after the first,
        the keymap file's problems, in the rows the notices have."""
        screen = self.screen
        main = screen.query("#review-main")
        if not main or not main.first().region:
            return
        height = main.first().region.bottom
        if not self._problems_said:
            self._problems_said = True
            help_key = key_names(self)["review.help"]
            notice = say_problems(self, self.keymap, self.lang, help_key, height=height)
            self._keymap_notice = notice
        racks = screen.query_children(ToastRack)
        if not racks:
            return
        under = screen.size.height - height
        rack = racks.first()
        if rack.styles.margin.bottom != under:
            rack.styles.margin = (0, 0, under, 0)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.Paste) and not event.is_forwarded:
            self._shown_when[event] = self.current
            await self.keys.arrived(event)
            return
        if routed_already(event):
            return  # its bindings were looked up when it was routed, on the screen then
        await super().on_event(event)

    def _on_notify(self, event: Notify) -> None:
        """Every notice shows user text safely (:func:`~facilitator.tui.text.safe_notice`):
        Textual's own handler, which shows it, runs after this one."""
        safe_notice(event.notification)

    def look_again(self) -> None:
        """Another window saved (the database's version moved): show the themes as they
        are now, so that the next change here starts from them. Worked out off the UI
        thread; not while a change of this window is being saved (it shows its result)."""
        if self.ready_for_keys:
            changes = self._changes
            self.run_worker(lambda: self._look(changes), thread=True, group="look")

    def _look(self, changes: int) -> None:
        try:
            version = self.service.version()
            if version == self._version:
                return
            fresh = self.service.synthesis()
        except TranslatedError:  # the database is busy or gone for a moment: next time
            return
        self._from_worker(self._looked, version, fresh, changes)

    def _looked(self, version: int, fresh: Synthesis, changes: int) -> None:
        if not self.ready_for_keys or changes != self._changes:
            # a change of this window is being saved, or was saved after this look began:
            # its result is newer than what this look found
            return
        self._version = version
        if fresh.themes != self.current.themes:
            self.show(fresh)

    def _from_worker(self, callback: Callable[..., None], *args: object) -> None:
        """Run ``callback`` on the UI thread (nothing, when the app has ended meanwhile)."""
        try:
            self.call_from_thread(callback, *args)
        except RuntimeError:
            pass

    # -- showing -----------------------------------------------------------------------
    def show(self, synthesis: Synthesis, *spots: Spot) -> None:
        """Show ``synthesis``, highlighting the first of ``spots`` found in it (none given,
        or none found: the theme and card highlighted now, followed by their keys)."""
        themes = self.query_one("#themes", OptionList)
        row = themes.highlighted or 0
        here = self._here()
        self.current = synthesis
        index, spot = None, Spot()
        for spot in (*spots, here):
            index = find(synthesis, spot.theme, spot.cards)
            if index is not None:
                break
        themes.clear_options()
        themes.add_options(Option(self._theme_line(t)) for t in synthesis.themes)
        if not synthesis.themes:
            self.show_cards()
            return
        themes.highlighted = min(row, len(synthesis.themes) - 1) if index is None else index
        self.show_cards()
        cards = self.query_one("#cards", OptionList)
        shown = self.selected_theme
        if shown is None or not shown.cards or index is None:
            return
        keys = [c.key for c in shown.cards]
        at = keys.index(spot.card) if spot.card in keys else spot.row
        cards.highlighted = min(max(at, 0), len(keys) - 1)

    def _here(self) -> Spot:
        """The theme and card highlighted now."""
        theme = self.selected_theme
        if theme is None:
            return Spot()
        row = self.query_one("#cards", OptionList).highlighted or 0
        card = theme.cards[row].key if 0 <= row < len(theme.cards) else ""
        return Spot(theme.key, card_keys(theme), card, row)

    def _theme_line(self, theme: Theme) -> Hanging:
        head = f"{'★ ' if theme.priority else '  '}{theme.number}. "
        line = self.w(
            "theme",
            star="★ " if theme.priority else "  ",
            n=theme.number,
            title=theme.title,
            regions=", ".join(theme.regions),
            cards=plural(len(theme.cards), *self.w("count.cards").split("|")),
        )
        if not line.startswith(head):  # a wording that does not begin with the number
            return Hanging(Content(""), Content(line))
        return Hanging(Content(head), Content(line[len(head) :]))

    @property
    def selected_theme(self) -> Theme | None:
        index = self.query_one("#themes", OptionList).highlighted
        if index is None or not 0 <= index < len(self.current.themes):
            return None
        return self.current.themes[index]

    def show_cards(self) -> None:
        theme = self.selected_theme
        self._cards_of = theme
        cards = self.query_one("#cards", OptionList)
        cards.clear_options()
        title = self.query_one("#cards-title", Static)
        if theme is None:
            title.update("")
            return
        title.update(Content(self.w("cards", n=theme.number)))
        cards.add_options(
            Option(
                Content(
                    self.w(
                        "card",
                        column=self.w(f"col.{c.column}"),
                        region=c.region,
                        text=c.text,
                    )
                )
            )
            for c in theme.cards
        )
        if theme.cards:
            cards.highlighted = 0

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # (a message, handled after show() highlighted the theme and its card: not again)
        if event.option_list.id == "themes" and self.selected_theme is not self._cards_of:
            self.show_cards()

    # -- asking ------------------------------------------------------------------------
    def ask(self, question: str, then: Callable[[str], str | None], value: str = "") -> None:
        """Ask ``question`` in the field over the footer. Enter gives the answer to
        ``then``; an answer it cannot take (it says why) leaves the question open, with what
        was typed and why under it, as a form does: Esc then cancels the question only."""
        # a notice from before (a refusal, a title not saved, which the field now offers)
        # would be drawn over the field's right half at 80 columns: it has been read
        self.clear_notifications()
        self.query_one("#review-ask", Static).update(Content(question))
        self._wrong("")
        field = self.query_one("#review-input", Input)
        field.display = True
        field.value = value
        field.selection = Selection(0, len(value))  # typing replaces it; → or End keeps it
        self._pending = then
        self._renaming = None
        self._asked_from = self.focused if isinstance(self.focused, OptionList) else None
        focus_now(field)
        self.refresh_bindings()  # the footer: Esc now cancels the question

    def _answered(self, value: str) -> None:
        then = self._pending
        if then is None:
            return
        problem = then(value)
        if problem:
            self._wrong(problem)  # the question stays, with the answer as typed
            return
        self._pending = self._renaming = None
        self._close_input()

    def _wrong(self, problem: str) -> None:
        """Say under the question what is wrong with the answer ('': nothing)."""
        self._warn(self.w("wrong", problem=problem) if problem else "")

    def _warn(self, text: str) -> None:
        """The line over the field: what is wrong, or what Esc would leave ('': hidden)."""
        self._leaving = False
        line = self.query_one("#review-problem", Static)
        line.update(Content(text))
        line.display = bool(text)

    def _close_input(self) -> None:
        field = self.query_one("#review-input", Input)
        field.display = False
        self.query_one("#review-ask", Static).update("")
        self._wrong("")
        back, self._asked_from = self._asked_from, None
        focus_now(back if back is not None else self.query_one("#themes", OptionList))
        self.refresh_bindings()  # the footer: Esc goes back or closes again

    def _seen(self) -> Synthesis:
        """The themes as the screen showed them when the key being handled was typed."""
        routing = self.keys.routing
        return self.current if routing is None else self._shown_when.get(routing, self.current)

    def _typed(self, value: str, seen: Synthesis) -> int | str:
        """The number now of the theme that had the number ``value`` in ``seen`` (a number no
        theme had: as typed, for the check to say so); else what is wrong with ``value``:
        not a number, or the theme it meant is gone since."""
        try:
            number = int(value.strip().lstrip("#"))
        except ValueError:
            return self.w("not_a_number", value=value)
        if seen is self.current or not 1 <= number <= len(seen.themes):
            return number
        theme = seen.theme(number)
        index = find(self.current, theme.key, card_keys(theme))
        return self.w("gone", title=theme.title) if index is None else index + 1

    def _refusal(self, check: Callable[[], None]) -> str | None:
        """What the service would refuse in an answer (``check`` raises it), in words."""
        try:
            check()
        except DomainError as exc:
            return exc.message(self.lang, key_names(self))
        return None

    def _now(self, theme: Theme) -> int | None:
        """The number ``theme`` (as shown before) has now; None, said, when it is gone."""
        index = find(self.current, theme.key, card_keys(theme))
        if index is None:
            self.notify(self.w("gone", title=theme.title), markup=False, severity="warning")
            return None
        return index + 1

    def _apply(
        self,
        change: Callable[[Synthesis], Synthesis],
        *spots: Spot,
        failed: Callable[[], None] | None = None,
        said: str = "",
    ) -> None:
        """Save a change to the themes as shown off the UI thread; the keys typed meanwhile
        wait for it. ``spots``: where the highlight goes after (the first found); ``failed``:
        what to do when it was not saved; ``said``: a notice once it is saved."""
        self.ready_for_keys = False
        self._changes += 1
        shown = self.current
        self.run_worker(
            lambda: self._save(lambda: change(shown), spots, failed, said),
            thread=True,
            group="review",
        )

    def _save(
        self,
        change: Callable[[], Synthesis],
        spots: tuple[Spot, ...],
        failed: Callable[[], None] | None,
        said: str = "",
    ) -> None:
        made: Synthesis | None = None
        problem: TranslatedError | None = None
        try:
            made = change()
        except TranslatedError as exc:  # refused, or the database could not save it
            problem = exc
            if exc.key in CHANGED_ELSEWHERE:  # changed in another window: show it as it is
                try:
                    made = self.service.synthesis()
                except TranslatedError:
                    made = None
        self._from_worker(self._saved, made, problem, spots, failed, said)

    def _saved(
        self,
        made: Synthesis | None,
        problem: TranslatedError | None,
        spots: tuple[Spot, ...],
        failed: Callable[[], None] | None = None,
        said: str = "",
    ) -> None:
        try:
            if problem is not None:
                self._refused(problem)
                if failed is not None:
                    failed()
            elif said:
                self.notify(said, markup=False, timeout=3)
            if made is not None:
                self.show(made, *(spots if problem is None else ()))
        finally:
            self.ready_for_keys = True
            self.keys.resume()

    def _refused(self, exc: TranslatedError) -> None:
        """Say why. Nothing was saved when the database refused (locked, read-only, full):
        the themes stay as shown, and the same key tries again."""
        refused = isinstance(exc, DomainError)
        self.notify(
            exc.message(self.lang, key_names(self)),
            markup=False,
            severity="warning" if refused else "error",
            timeout=10,
        )

    # -- keys (the action table's review rows) ---------------------------------------
    def action_rename(self) -> None:
        theme = self.selected_theme
        if theme is None:
            return
        spot = self._here()

        def done(title: str) -> str | None:
            if " ".join(title.split()) == theme.title:
                return None  # the title as it was: no title of the organiser's (nor a language)
            number = self._now(theme)
            if number is None:
                self._keep(spot, title)
                return None
            shown = self.current
            problem = self._refusal(lambda: self.service.check_rename(shown, number, title))
            if problem is None:
                self._apply(
                    lambda shown: self.service.rename(shown, number, title),
                    spot,
                    failed=lambda: self._keep(spot, title),
                )
            return problem

        offered = theme.title
        if self._kept is not None:
            where, typed = self._kept
            if find(self.current, where.theme, where.cards) == self._row():
                offered, self._kept = typed, None
        self.ask(self.w("ask.rename", n=theme.number), done, offered)
        self._renaming = (spot, theme.title)

    def _row(self) -> int | None:
        return self.query_one("#themes", OptionList).highlighted

    def _keep(self, spot: Spot, title: str) -> None:
        """A title not saved: ``r`` on its theme offers it again (and closing shows it)."""
        self._kept = (spot, title)
        self.notify(self.w("kept", title=title), markup=False, severity="warning", timeout=10)

    def action_priority(self) -> None:
        theme = self.selected_theme
        if theme is None:
            return
        number = theme.number
        self._apply(lambda shown: self.service.priority(shown, number), self._here())

    def action_merge(self) -> None:
        theme = self.selected_theme
        if theme is None:
            return
        seen = self._seen()

        def done(value: str) -> str | None:
            number = self._now(theme)
            if number is None:  # the theme to merge is gone: said
                return None
            into = self._typed(value, seen)
            if isinstance(into, str):
                return into
            shown = self.current
            problem = self._refusal(lambda: self.service.check_merge(shown, number, into))
            if problem is not None:
                return problem
            # the merged theme, on the first card it took in
            target = shown.theme(into)
            cards = card_keys(target) | card_keys(theme)
            spot = Spot(target.key, cards, theme.cards[0].key if theme.cards else "")
            self._apply(lambda shown: self.service.merge(shown, number, into), spot)
            return None

        self.ask(self.w("ask.merge", n=theme.number), done)

    def _card(self) -> tuple[Theme, int] | None:
        """The highlighted theme and the row of its highlighted card (none: said)."""
        theme = self.selected_theme
        index = self.query_one("#cards", OptionList).highlighted
        if theme is None or index is None or not 0 <= index < len(theme.cards):
            self.notify(self.w("no_card"), markup=False, severity="warning")
            return None
        return theme, index

    @staticmethod
    def _left(theme: Theme, row: int) -> Spot:
        """The theme a card at ``row`` left, on the card after it."""
        key = theme.cards[row].key
        return Spot(theme.key, card_keys(theme) - {key}, row=row)

    def action_move(self) -> None:
        picked = self._card()
        if picked is None:
            return
        theme, row = picked
        key = theme.cards[row].key
        seen = self._seen()

        def done(value: str) -> str | None:
            into = self._typed(value, seen)
            if isinstance(into, str):
                return into
            shown = self.current
            problem = self._refusal(lambda: self.service.check_move(shown, key, into))
            if problem is not None:
                return problem
            # the theme worked on stays highlighted; the card's new theme when it was the last
            target = shown.theme(into)
            went = Spot(target.key, card_keys(target) | {key}, key)
            self._apply(
                lambda shown: self.service.move(shown, key, into), self._left(theme, row), went
            )
            return None

        self.ask(self.w("ask.move"), done)

    def action_split(self) -> None:
        picked = self._card()
        if picked is None:
            return
        theme, row = picked
        key = theme.cards[row].key
        self._apply(
            lambda shown: self.service.split(shown, key),
            self._left(theme, row),
            Spot("", frozenset({key}), key),
        )

    def action_undo(self) -> None:
        self._apply(lambda _shown: self.service.undo(), self._here(), said=self.w("undone"))

    def action_help(self) -> None:
        if isinstance(self.screen, ReviewHelp):
            self.screen.dismiss()
        else:
            # the help lists the keymap file's problems: their notice would stand over them
            self._problems_said = True
            said, self._keymap_notice = self._keymap_notice, None
            if said is not None and said in self._notifications:
                self._unnotify(said)
            self.push_screen(ReviewHelp())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the help shows, only its keys work (Esc and ? close it)."""
        if isinstance(self.screen, ReviewHelp) and action not in {"cancel", "help"}:
            return False
        return super().check_action(action, parameters)

    def binding_words(self, binding_id: str | None) -> str | None:
        """What the footer says of a key that does something else at the moment: Esc,
        while a question is open, cancels it (else it goes back, or closes)."""
        if binding_id == "review.close" and self._pending is not None:
            return self.w("cancel_question")
        return None

    def action_cancel(self) -> None:
        if isinstance(self.screen, ReviewHelp):
            self.screen.dismiss()
        elif self._pending is not None:
            self._cancel_question()
        else:
            self._leave(key_names(self)["review.close"])

    async def action_quit(self) -> None:
        """ctrl+q (Textual's quit) closes as Esc does: a title typed and not saved, put
        away or in the open question, is named first, and shown in the terminal at the
        second ctrl+q; with none, the review closes at once."""
        if self._pending is not None:
            self._cancel_question()
        self._leave(self._quit_key())

    def action_help_quit(self) -> None:
        """ctrl+c: say which key closes the review, in its language (Textual's own is
        English)."""
        from facilitator.tui.words import WORDS as SHELL

        self.notify(
            SHELL(self.lang, "help_quit.text", quit_key=self._quit_key()),
            title=SHELL(self.lang, "help_quit.title"),
            markup=False,
        )

    def _quit_key(self) -> str:
        """The key that quits, named as the messages name keys (`ctrl+q`)."""
        for key, active in self.active_bindings.items():
            if active.binding.action == "quit":
                return show_key(key, self.lang)
        return show_key("ctrl+q", self.lang)

    def _cancel_question(self) -> None:
        """Close the question; a title typed in it and not saved is put away, not thrown
        away: r offers it again, and closing names it."""
        typed = self.query_one("#review-input", Input).value
        if self._renaming is not None:
            spot, title = self._renaming
            if typed.strip() and " ".join(typed.split()) != title:
                self._kept = (spot, typed)
        self._pending = self._renaming = None
        self._close_input()

    def _leave(self, again: str) -> None:
        """Close the review (``again``: the key pressed): with a title typed and not saved,
        said first, as quitting with a line typed asks; closing then shows it."""
        if self._kept is not None and not self._leaving:
            self._warn(self.w("leave_kept", title=self._kept[1], again=again))
            self._leaving = True
        elif self._kept is not None:
            # a title typed and not saved is shown in the terminal, not dropped
            said = Text.assemble((self.w("typed"), "bold"), " ", printable(self._kept[1]))
            self.exit(message=said)
        else:
            self.exit()


class ReviewHelp(HeldDialog[None]):
    """The review's keys (from the action table) and how they work, in the review's language."""

    BINDINGS = [("escape,question_mark", "dismiss", "")]
    DEFAULT_CSS = """
    ReviewHelp { align: center middle; }
    ReviewHelp > VerticalScroll {
        width: 90%; max-width: 100; height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    ReviewHelp DataTable { height: auto; }
    """

    def compose(self) -> ComposeResult:
        lang = self._lang
        with VerticalScroll():
            yield Static(Text(WORDS(lang, "help.title"), style="bold"))
            app = self.app
            problems = app.keymap.listed(lang) if isinstance(app, ReviewApp) else None
            if problems is not None:  # every one, where the notice may not fit
                yield Static(problems)
                yield Static(Text(""))
            left_out = app.left_out_said if isinstance(app, ReviewApp) else []
            if left_out:  # every one, where the screen shows as many as fit
                listed = Text(WORDS(lang, "help.left_out"), style="bold")
                for note in left_out:
                    listed.append(f"\n• {note}", style="not bold")
                yield Static(listed, id="review-help-left-out")
                yield Static(Text(""))
            yield DataTable(show_cursor=False, zebra_stripes=True)
            yield Static(Text(WORDS(lang, "help.explain", key=key_names(self.app))))
            yield Static(Text(WORDS(lang, "help.close"), style="dim"))

    @property
    def _lang(self) -> str:
        app = self.app
        return app.lang if isinstance(app, ReviewApp) else "en"

    def on_mount(self) -> None:
        lang = self._lang
        try:
            table = self.query_one(DataTable)
        except NoMatches:
            return  # closed before it was mounted
        table.add_columns(WORDS(lang, "help.key"), WORDS(lang, "help.does"))
        app = self.app
        keymap = app.keymap.shown if isinstance(app, ReviewApp) else None
        for action in in_scope(Scope.REVIEW):
            keys = action.shown_keys(keymap, lang) or no_key(lang)  # another took its key
            table.add_row(Text(keys), Text(action.words(lang)))
