"""The organiser's review of the synthesis: rename, move, split, merge, priority.

Each command takes the synthesis as shown, changes the organiser's choices and
saves them whole in the database (``Store.save_review``), reading what it
changes in the same transaction (``Store.reviewing``); the first change
pins every proposed theme, so what the organiser saw stays as it was. The
synthesis, the report and the wrap-up then follow the saved choices
(:func:`facilitator.synthesis.command.make_synthesis` reads them). A card of
a table added later is grouped as proposed (into the organiser's theme that holds the
cards the proposal groups it with) until it is moved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from facilitator.domain.errors import DomainError
from facilitator.domain.model import Session
from facilitator.store import Store
from facilitator.store.store import new_theme_key
from facilitator.synthesis.build import MAX_TITLE
from facilitator.synthesis.command import make_synthesis
from facilitator.synthesis.model import Synthesis
from facilitator.synthesis.reader import LeftOut, default_sessions

Cards = dict[str, str]
"""The saved review's cards: card key -> theme key."""
Themes = dict[str, tuple[str, bool]]
"""The saved review's themes: theme key -> (title, priority)."""
MAX_THEME_TITLE = MAX_TITLE
"""The longest title a theme can be given (characters): it heads the report's section and
the wrap-up's agenda item (a title drawn from a card is cut to it too)."""
ByHand = set[str]
"""The saved review's cards placed in their theme by hand (moved there, or merged in)."""
Choices = tuple[Cards, Themes, ByHand]
"""The saved review whole, as :meth:`Store.review` and :meth:`Store.review_by_hand` read it."""
Edit = Callable[[Cards, Themes, list[str], ByHand], Themes]
"""A change to the choices: the cards, the themes and the keys by number, pinned, and the
cards placed by hand; it changes the cards and those placed by hand in place and gives the
themes to save."""


class ReviewService:
    """Reviewing the proposed themes of the sessions ``sessions`` (none: every closed one)."""

    def __init__(
        self,
        store: Store,
        sessions: Sequence[Session] = (),
        *,
        lang: str | None = None,
        as_of: date | None = None,
    ) -> None:
        self.store = store
        self.sessions = list(sessions)
        self.lang = lang
        self.as_of = as_of
        self._undo: list[tuple[Choices, Choices]] = []
        """This window's changes, oldest first: the saved choices before and after each."""

    def synthesis(self) -> Synthesis:
        """The synthesis as it stands, following the saved choices."""
        return make_synthesis(self.store, self.sessions, lang=self.lang, as_of=self.as_of)

    def left_out(self) -> list[LeftOut]:
        """With no sessions named: the sessions the synthesis leaves out (a copy of a table
        held twice, a wrap-up of the others), each with why and the sessions to name to
        count it."""
        if self.sessions:
            return []
        return default_sessions(self.store).left_out

    def version(self) -> int:
        """Changes whenever another window (another connection) saves: time to look again."""
        return self.store.data_version()

    def _as_shown(self, shown: Synthesis) -> None:
        """Refuse a change to themes that another window has changed since they were shown:
        applied to what this window saw, it would undo the other's moves and merges."""
        if self.synthesis().themes != shown.themes:
            raise DomainError("review.changed")

    # -- the choices --------------------------------------------------------------------
    def _pinned(self, synthesis: Synthesis) -> tuple[Cards, Themes, list[str]]:
        """Every card's theme as shown, each theme with a key: (cards, themes, keys by number)."""
        cards, themes = self.store.review()
        used = {t.key for t in synthesis.themes if t.key} | set(themes)
        keys: list[str] = []
        for theme in synthesis.themes:
            key = theme.key
            if not key:
                key = new_theme_key(used)
                used.add(key)
            keys.append(key)
            title, priority = themes.get(key, ("", False))
            themes[key] = (title, priority)
            for card in theme.cards:
                cards[card.key] = key
        return cards, themes, keys

    def _theme(self, synthesis: Synthesis, number: int) -> None:
        if not 1 <= number <= len(synthesis.themes):
            raise DomainError("review.no_theme", number=number)

    def _choices(self) -> Choices:
        return (*self.store.review(), self.store.review_by_hand())

    def _change(self, shown: Synthesis, edit: Edit) -> Synthesis:
        """Check the themes are as ``shown``, pin them, let ``edit`` change the choices (it
        returns the themes to keep) and save; all in one write transaction."""
        with self.store.reviewing():
            self._as_shown(shown)
            before = self._choices()
            cards, themes, keys = self._pinned(shown)
            hand = set(before[2])
            kept = edit(cards, themes, keys, hand)
            self.store.save_review(cards, kept, hand & set(cards))
            after = self._choices()
            made = self.synthesis()
        if after != before:  # saved (the transaction committed): this window can undo it
            self._undo.append((before, after))
        return made

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> Synthesis:
        """Take back this window's last change, as long as the choices are still what it
        saved; a change made in another window since is not undone with it (refused)."""
        if not self._undo:
            raise DomainError("review.nothing_to_undo")
        before, after = self._undo[-1]
        with self.store.reviewing():
            if self._choices() != after:
                raise DomainError("review.undo_changed")
            self.store.save_review(*before)
            made = self.synthesis()
        self._undo.pop()
        return made

    def check_rename(self, synthesis: Synthesis, number: int, title: str) -> None:
        """Refuse, as :meth:`rename` would, a title theme ``number`` cannot be given: asked
        before the answer is taken (nothing is read from the database)."""
        self._theme(synthesis, number)
        length = len(" ".join(title.split()))
        if length > MAX_THEME_TITLE:
            raise DomainError("review.title_too_long", length=length, limit=MAX_THEME_TITLE)

    def rename(self, synthesis: Synthesis, number: int, title: str) -> Synthesis:
        """Theme ``number`` gets ``title`` (empty: the proposed title again)."""
        self.check_rename(synthesis, number, title)

        def edit(cards: Cards, themes: Themes, keys: list[str], hand: ByHand) -> Themes:
            key = keys[number - 1]
            themes[key] = (" ".join(title.split()), themes[key][1])
            return themes

        return self._change(synthesis, edit)

    def priority(self, synthesis: Synthesis, number: int) -> Synthesis:
        """Mark theme ``number`` a priority, or not any more."""
        self._theme(synthesis, number)

        def edit(cards: Cards, themes: Themes, keys: list[str], hand: ByHand) -> Themes:
            key = keys[number - 1]
            title, marked = themes[key]
            themes[key] = (title, not marked)
            return themes

        return self._change(synthesis, edit)

    def check_move(self, synthesis: Synthesis, card: str, number: int) -> None:
        """Refuse, as :meth:`move` would, a theme the card ``card`` cannot be moved to
        (nothing is read from the database)."""
        self._theme(synthesis, number)
        if card in {c.key for c in synthesis.theme(number).cards}:
            raise DomainError("review.move_same", number=number)

    def move(self, synthesis: Synthesis, card: str, number: int) -> Synthesis:
        """The card ``card`` (its key) into theme ``number`` (refused: the theme it is in)."""
        self.check_move(synthesis, card, number)

        def edit(cards: Cards, themes: Themes, keys: list[str], hand: ByHand) -> Themes:
            cards[card] = keys[number - 1]
            hand.add(card)  # placed there by hand: it does not make the theme's title or why
            return self._used(cards, themes)

        return self._change(synthesis, edit)

    def split(self, synthesis: Synthesis, card: str) -> Synthesis:
        """The card ``card`` out of its theme, into a theme of its own (refused: the only card
        of its theme, which would change nothing)."""
        for theme in synthesis.themes:
            if [c.key for c in theme.cards] == [card]:
                raise DomainError("review.split_alone", number=theme.number)

        def edit(cards: Cards, themes: Themes, keys: list[str], hand: ByHand) -> Themes:
            key = new_theme_key(themes)
            cards[card] = key
            hand.discard(card)  # the one card of its theme: what the theme is about
            themes[key] = ("", False)
            return self._used(cards, themes)

        return self._change(synthesis, edit)

    def check_merge(self, synthesis: Synthesis, number: int, into: int) -> None:
        """Refuse, as :meth:`merge` would, a theme that theme ``number`` cannot be merged
        into (nothing is read from the database)."""
        self._theme(synthesis, number)
        self._theme(synthesis, into)
        if number == into:
            raise DomainError("review.merge_itself", number=number)

    def merge(self, synthesis: Synthesis, number: int, into: int) -> Synthesis:
        """Every card of theme ``number`` into theme ``into`` (refused: into itself)."""
        self.check_merge(synthesis, number, into)

        def edit(cards: Cards, themes: Themes, keys: list[str], hand: ByHand) -> Themes:
            gone, kept = keys[number - 1], keys[into - 1]
            for key, theme in list(cards.items()):
                if theme == gone:
                    cards[key] = kept
                    hand.add(key)  # merged in by hand
            return self._used(cards, themes)

        return self._change(synthesis, edit)

    def reset(self) -> Synthesis:
        """Forget every choice: the proposed themes again."""
        with self.store.reviewing():
            self.store.save_review({}, {}, ())
            return self.synthesis()

    @staticmethod
    def _used(cards: Cards, themes: Themes) -> Themes:
        """Only the themes that still hold a card."""
        held = set(cards.values())
        return {k: v for k, v in themes.items() if k in held}
