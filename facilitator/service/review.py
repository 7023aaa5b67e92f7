"""The organiser's review of the synthesis: rename, move, split, merge, priority.

Each command takes the synthesis as shown, changes the organiser's choices and
saves them whole in the database (``Store.save_review``), reading what it
changes in the same transaction (``Store.reviewing``); the first change
pins every proposed theme, so what the organiser saw stays as it was. The
synthesis, the report and the wrap-up then follow the saved choices
(:func:`facilitator.synthesis.command.make_synthesis` reads them). A card of
a table added later is grouped as proposed until it is moved.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from facilitator.domain.errors import DomainError
from facilitator.domain.model import Session
from facilitator.store import Store
from facilitator.store.store import new_theme_key
from facilitator.synthesis.command import make_synthesis
from facilitator.synthesis.model import Synthesis


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

    def synthesis(self) -> Synthesis:
        """The synthesis as it stands, following the saved choices."""
        return make_synthesis(self.store, self.sessions, lang=self.lang, as_of=self.as_of)

    def left_out(self) -> list[tuple[str, str]]:
        """With no sessions named: the copies of a table held twice that the synthesis leaves
        out, each with the session counted in its place (slugs)."""
        if self.sessions:
            return []
        from facilitator.synthesis.reader import default_sessions

        _chosen, copies = default_sessions(self.store)
        return [(c.copy.slug, c.kept.slug) for c in copies]

    def version(self) -> int:
        """Changes whenever another window (another connection) saves: time to look again."""
        return self.store.data_version()

    def _as_shown(self, shown: Synthesis) -> None:
        """Refuse a change to themes that another window has changed since they were shown:
        applied to what this window saw, it would undo the other's moves and merges."""
        if self.synthesis().themes != shown.themes:
            raise DomainError("review.changed")

    # -- the choices --------------------------------------------------------------------
    def _pinned(
        self, synthesis: Synthesis
    ) -> tuple[dict[str, str], dict[str, tuple[str, bool]], list[str]]:
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

    def rename(self, synthesis: Synthesis, number: int, title: str) -> Synthesis:
        """Theme ``number`` gets ``title`` (empty: the proposed title again)."""
        self._theme(synthesis, number)
        with self.store.reviewing():
            self._as_shown(synthesis)
            cards, themes, keys = self._pinned(synthesis)
            key = keys[number - 1]
            themes[key] = (" ".join(title.split()), themes[key][1])
            self.store.save_review(cards, themes)
            return self.synthesis()

    def priority(self, synthesis: Synthesis, number: int) -> Synthesis:
        """Mark theme ``number`` a priority, or not any more."""
        self._theme(synthesis, number)
        with self.store.reviewing():
            self._as_shown(synthesis)
            cards, themes, keys = self._pinned(synthesis)
            key = keys[number - 1]
            title, marked = themes[key]
            themes[key] = (title, not marked)
            self.store.save_review(cards, themes)
            return self.synthesis()

    def move(self, synthesis: Synthesis, card: str, number: int) -> Synthesis:
        """The card ``card`` (its key) into theme ``number``."""
        self._theme(synthesis, number)
        with self.store.reviewing():
            self._as_shown(synthesis)
            cards, themes, keys = self._pinned(synthesis)
            cards[card] = keys[number - 1]
            self.store.save_review(cards, self._used(cards, themes))
            return self.synthesis()

    def split(self, synthesis: Synthesis, card: str) -> Synthesis:
        """The card ``card`` out of its theme, into a theme of its own."""
        with self.store.reviewing():
            self._as_shown(synthesis)
            cards, themes, _keys = self._pinned(synthesis)
            key = new_theme_key(themes)
            cards[card] = key
            themes[key] = ("", False)
            self.store.save_review(cards, self._used(cards, themes))
            return self.synthesis()

    def merge(self, synthesis: Synthesis, number: int, into: int) -> Synthesis:
        """Every card of theme ``number`` into theme ``into``."""
        self._theme(synthesis, number)
        self._theme(synthesis, into)
        if number == into:
            return synthesis
        with self.store.reviewing():
            self._as_shown(synthesis)
            cards, themes, keys = self._pinned(synthesis)
            gone, kept = keys[number - 1], keys[into - 1]
            for key, theme in list(cards.items()):
                if theme == gone:
                    cards[key] = kept
            self.store.save_review(cards, self._used(cards, themes))
            return self.synthesis()

    def reset(self) -> Synthesis:
        """Forget every choice: the proposed themes again."""
        with self.store.reviewing():
            self.store.save_review({}, {})
            return self.synthesis()

    @staticmethod
    def _used(
        cards: dict[str, str], themes: dict[str, tuple[str, bool]]
    ) -> dict[str, tuple[str, bool]]:
        """Only the themes that still hold a card."""
        held = set(cards.values())
        return {k: v for k, v in themes.items() if k in held}
