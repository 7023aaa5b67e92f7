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
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.input import Selection
from textual.widgets.option_list import Option

from facilitator.domain.errors import DomainError
from facilitator.i18n import Catalog, TranslatedError, normalise_lang
from facilitator.i18n.formats import plural
from facilitator.service.review import ReviewService
from facilitator.synthesis.model import Synthesis, Theme
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.keys import KeyRouter, focus_now
from facilitator.tui.screens.dialog import FilterInput
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
        "no_card": (
            "Kies eerst een kaart (tab naar de kaarten).",
            "Pick a card first (tab to the cards).",
        ),
        "saved": ("Bewaard.", "Saved."),
        "left_out": (
            "{copy} blijft buiten deze thema's: dezelfde rondetafel als {kept} (zelfde regio, "
            "datum en titel), en de synthese telt die tafel één keer.",
            "{copy} is left out of these themes: the same round table as {kept} (same region, "
            "date and title), and the synthesis counts that table once.",
        ),
        "wrap_up_left_out": (
            "{wrap_up} blijft buiten deze thema's: de wrap-up van {sources} (het bord is daaruit "
            "gevuld). Noem de sessies om die mee te tellen.",
            "{wrap_up} is left out of these themes: the wrap-up of {sources} (its board was "
            "seeded from them). Name the sessions to count it.",
        ),
    }
)


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
    #review-main { height: 1fr; }
    #themes { width: 1fr; }
    #cards-pane { width: 1fr; }
    #cards-title { height: 1; padding: 0 1; }
    #cards { height: 1fr; }
    #review-ask { height: 1; padding: 0 1; }
    #review-input { display: none; }
    """
    BINDINGS = bindings(Scope.REVIEW)

    WATCH_SECONDS = 0.5
    """How often to look whether another window saved a change to the themes."""

    def __init__(
        self, service: ReviewService, lang: str = "nl", *, watch_seconds: float | None = None
    ) -> None:
        super().__init__()
        self.service = service
        self.lang = normalise_lang(lang)
        self._version = service.version()
        self.current: Synthesis = service.synthesis()
        self._pending: Callable[[str], None] | None = None
        self._watch_seconds = self.WATCH_SECONDS if watch_seconds is None else watch_seconds
        self.keys = KeyRouter(self)
        self.ready_for_keys = True  # False while a change is saved: the keys wait for it
        self._changes = 0  # changes this window began (a look begun before one is stale)

    def w(self, key: str, **values: object) -> str:
        return WORDS(self.lang, key, **values)

    def compose(self) -> ComposeResult:
        yield Static(Content(self.w("title")), id="review-title")
        with Horizontal(id="review-main"):
            yield OptionList(id="themes")
            with Vertical(id="cards-pane"):
                yield Static(id="cards-title")
                yield OptionList(id="cards")
        yield Static(id="review-ask")
        # Enter hands the answer over in the key's own event (``Input.Submitted`` is a
        # message, handled after the keys typed behind it)
        yield FilterInput(on_change=lambda _value: None, on_enter=self._answered, id="review-input")
        yield KeyFooter(wrap=True)

    def on_mount(self) -> None:
        self.show(self.current, 0)
        focus_now(self.query_one("#themes", OptionList))
        for copy, kept in self.service.left_out():
            self.notify(self.w("left_out", copy=copy, kept=kept), markup=False, severity="warning")
        for wrap_up, sources in self.service.wrap_ups_left_out():
            said = self.w("wrap_up_left_out", wrap_up=wrap_up, sources=", ".join(sources))
            self.notify(said, markup=False, severity="warning")
        if self._watch_seconds > 0:
            self.set_interval(self._watch_seconds, self.look_again)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.Paste) and not event.is_forwarded:
            await self.keys.arrived(event)
            return
        await super().on_event(event)

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
    def show(self, synthesis: Synthesis, highlight: int | None = None) -> None:
        self.current = synthesis
        themes = self.query_one("#themes", OptionList)
        keep = themes.highlighted if highlight is None else highlight
        themes.clear_options()
        themes.add_options(Option(Content(self._theme_line(t))) for t in synthesis.themes)
        if synthesis.themes:
            themes.highlighted = min(keep or 0, len(synthesis.themes) - 1)
        self.show_cards()

    def _theme_line(self, theme: Theme) -> str:
        return self.w(
            "theme",
            star="★ " if theme.priority else "  ",
            n=theme.number,
            title=theme.title,
            regions=", ".join(theme.regions),
            cards=plural(len(theme.cards), *self.w("count.cards").split("|")),
        )

    @property
    def selected_theme(self) -> Theme | None:
        index = self.query_one("#themes", OptionList).highlighted
        if index is None or not 0 <= index < len(self.current.themes):
            return None
        return self.current.themes[index]

    def show_cards(self) -> None:
        theme = self.selected_theme
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
        if event.option_list.id == "themes":
            self.show_cards()

    # -- asking ------------------------------------------------------------------------
    def ask(self, question: str, then: Callable[[str], None], value: str = "") -> None:
        self.query_one("#review-ask", Static).update(Content(question))
        field = self.query_one("#review-input", Input)
        field.display = True
        field.value = value
        field.selection = Selection(0, len(value))  # typing replaces it; → or End keeps it
        self._pending = then
        focus_now(field)

    def _answered(self, value: str) -> None:
        then, self._pending = self._pending, None
        self._close_input()
        if then is not None:
            then(value)

    def _close_input(self) -> None:
        field = self.query_one("#review-input", Input)
        field.display = False
        self.query_one("#review-ask", Static).update("")
        focus_now(self.query_one("#themes", OptionList))

    def _number(self, value: str) -> int | None:
        try:
            return int(value.strip().lstrip("#"))
        except ValueError:
            self.notify(self.w("not_a_number", value=value), markup=False, severity="warning")
            return None

    def _apply(
        self,
        change: Callable[[], Synthesis],
        highlight: int | None | Callable[[Synthesis], int | None] = None,
    ) -> None:
        """Save a change off the UI thread; the keys typed meanwhile wait for it.

        ``highlight``: the theme to highlight after (its index, or worked out from the
        new synthesis)."""
        self.ready_for_keys = False
        self._changes += 1
        self.run_worker(lambda: self._save(change, highlight), thread=True, group="review")

    def _save(
        self,
        change: Callable[[], Synthesis],
        highlight: int | None | Callable[[Synthesis], int | None],
    ) -> None:
        made: Synthesis | None = None
        problem: TranslatedError | None = None
        try:
            made = change()
        except TranslatedError as exc:  # refused, or the database could not save it
            problem = exc
            if exc.key == "review.changed":  # changed in another window: show it as it is
                try:
                    made = self.service.synthesis()
                except TranslatedError:
                    made = None
        if callable(highlight):
            where = highlight(made) if made is not None and problem is None else None
        else:
            where = highlight
        self._from_worker(self._saved, made, problem, where)

    def _saved(
        self, made: Synthesis | None, problem: TranslatedError | None, highlight: int | None
    ) -> None:
        try:
            if problem is not None:
                self._refused(problem)
            if made is not None:
                self.show(made, highlight if problem is None else None)
        finally:
            self.ready_for_keys = True
            self.keys.resume()

    def _refused(self, exc: TranslatedError) -> None:
        """Say why. Nothing was saved when the database refused (locked, read-only, full):
        the themes stay as shown, and the same key tries again."""
        refused = isinstance(exc, DomainError)
        self.notify(
            exc.message(self.lang),
            markup=False,
            severity="warning" if refused else "error",
            timeout=10,
        )

    # -- keys (the action table's review rows) ---------------------------------------
    def action_rename(self) -> None:
        theme = self.selected_theme
        if theme is None:
            return
        number = theme.number

        def done(title: str) -> None:
            self._apply(lambda: self.service.rename(self.current, number, title), number - 1)

        self.ask(self.w("ask.rename", n=number), done, theme.title)

    def action_priority(self) -> None:
        theme = self.selected_theme
        if theme is None:
            return
        key, number = theme.key, theme.number

        def where(made: Synthesis) -> int:
            found = next((t.number - 1 for t in made.themes if t.key and t.key == key), None)
            return found if found is not None else number - 1

        self._apply(lambda: self.service.priority(self.current, number), where)

    def action_merge(self) -> None:
        theme = self.selected_theme
        if theme is None:
            return
        number = theme.number

        def done(value: str) -> None:
            into = self._number(value)
            if into is not None:
                self._apply(lambda: self.service.merge(self.current, number, into))

        self.ask(self.w("ask.merge", n=number), done)

    def _card_key(self) -> str | None:
        theme = self.selected_theme
        index = self.query_one("#cards", OptionList).highlighted
        if theme is None or index is None or not 0 <= index < len(theme.cards):
            self.notify(self.w("no_card"), markup=False, severity="warning")
            return None
        return theme.cards[index].key

    def action_move(self) -> None:
        key = self._card_key()
        if key is None:
            return

        def done(value: str) -> None:
            into = self._number(value)
            if into is not None:
                self._apply(lambda: self.service.move(self.current, key, into))

        self.ask(self.w("ask.move"), done)

    def action_split(self) -> None:
        key = self._card_key()
        if key is not None:
            self._apply(lambda: self.service.split(self.current, key))

    def action_cancel(self) -> None:
        if self._pending is not None:
            self._pending = None
            self._close_input()
        else:
            self.exit()
