"""The board as the note-taker sees it: columns, card numbers, loose ends and the filter.

Cards are numbered per column (B1, K2, A3 in Dutch; B1, O2, A3 in English)
in board order over the whole board, so a number does not change when a
filter hides some cards, and an action says which barriers and opportunities
it addresses by those numbers. Merged cards are left out. Pure: the screens
only draw what :func:`build_view` computed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field, replace

from facilitator.domain import board
from facilitator.domain.model import ActionStatus, AgendaItem, Card, Column
from facilitator.domain.numbering import numbers
from facilitator.i18n import Catalog
from facilitator.records import record
from facilitator.text import fold, tag_key

LETTERS = Catalog(
    {
        Column.BARRIER.value: ("B", "B"),
        Column.OPPORTUNITY.value: ("K", "O"),
        Column.ACTION.value: ("A", "A"),
    }
)

NO_OWNER = "no_owner"
NO_ACTION = "no_action"

_ITEM_NUMBER = re.compile(r"\d{1,3}")
# A card's number as the board shows it, its letter in either language: B12, K3, O3, A1.
_CARD_NUMBER = re.compile(r"(?P<letter>[bkoa])(?P<number>\d{1,4})", re.IGNORECASE)
_COLUMN_OF_LETTER = {
    "b": Column.BARRIER,
    "k": Column.OPPORTUNITY,
    "o": Column.OPPORTUNITY,
    "a": Column.ACTION,
}


def column_letter(column: Column, lang: str) -> str:
    """``B`` / ``K`` / ``A`` (Dutch) or ``B`` / ``O`` / ``A``: the letter of a card's number."""
    return LETTERS(lang, column.value)


@record
class BoardFilter:
    """Which cards to show: all of these tags, this agenda item, one of these card
    numbers, these words."""

    tags: tuple[str, ...] = ()
    item_number: int | None = None
    words: tuple[str, ...] = ()
    cards: tuple[tuple[Column, int], ...] = ()
    """Card numbers typed with their letter (``B12``): the column and the number."""

    @classmethod
    def parse(cls, text: str) -> BoardFilter:
        """``#stage 3 bouw``: tagged stage, under agenda item 3, with "bouw" in it.

        A ``#`` word is a tag, the first number of up to three digits the agenda
        item (or, when no agenda item has it, the cards with that number), a letter
        and a number a card's number (``B12``, ``K3`` or ``O3``, ``A1``), anything
        else a word (a second number too).
        """
        tags: list[str] = []
        words: list[str] = []
        cards: list[tuple[Column, int]] = []
        item: int | None = None
        for token in text.split():
            card = _CARD_NUMBER.fullmatch(token)
            if token.startswith("#") and len(token) > 1:
                tags.append(token[1:])
            elif _ITEM_NUMBER.fullmatch(token) and item is None:
                item = int(token)
            elif card is not None:
                cards.append((_COLUMN_OF_LETTER[card["letter"].lower()], int(card["number"])))
            else:
                words.append(token)
        return cls(tuple(tags), item, tuple(words), tuple(cards))

    @property
    def active(self) -> bool:
        """Whether the filter hides anything at all."""
        return bool(self.tags or self.words or self.cards or self.item_number is not None)

    def matches(self, card: Card, item_numbers: Mapping[int, int], number: int = 0) -> bool:
        """Whether ``card`` passes: it has every tag (compared by :func:`tag_key`), it
        was raised under the agenda item with that number (``item_numbers``: id ->
        number; a number no agenda item has is the card's ``number``, in any column),
        it has one of the card numbers, and every word occurs in its title or its
        owners' organisations (compared by :func:`fold`)."""
        card_tags = {tag_key(t) for t in card.tags}
        if any(tag_key(t) not in card_tags for t in self.tags):
            return False
        if self.cards and (card.column, number) not in self.cards:
            return False
        if self.item_number is not None:
            if self.item_number not in item_numbers.values():
                if number != self.item_number:  # "12": no agenda item 12, so card 12
                    return False
            elif card.item_id is None or item_numbers.get(card.item_id) != self.item_number:
                return False
        if self.words:
            haystack = fold(card.title + " " + " ".join(o.organisation for o in card.owners))
            return all(fold(word) in haystack for word in self.words)
        return True


@record(frozen=False)
class BoardView:
    """The board as shown.

    * ``columns``: the cards shown per column (filtered), in board order;
      ``totals``: how many cards each column has in all.
    * ``labels``: each card's number (``B1``): the one it got in its column, which
      moving it up or down never changes.
    * ``unaddressed``: barriers no action addresses; ``ownerless``: actions
      nobody takes the lead on (see :mod:`facilitator.domain.board`).
    * ``addressed_by``: for a barrier or opportunity, the actions linked to it.
    """

    columns: dict[Column, list[Card]] = field(default_factory=dict)
    totals: dict[Column, int] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)
    unaddressed: set[int] = field(default_factory=set)
    ownerless: set[int] = field(default_factory=set)
    addressed_by: dict[int, list[int]] = field(default_factory=dict)
    dropped: set[int] = field(default_factory=set)
    """The actions dropped: they address nothing any more (not counted by actions_on)."""

    def counts(self, column: Column) -> tuple[int, int]:
        """``(shown, total)`` cards of the column."""
        return len(self.columns.get(column, [])), self.totals.get(column, 0)

    def addresses(self, card: Card) -> list[str]:
        """The numbers of the cards an action addresses (``["B1", "K2"]``); none for others."""
        if card.column != Column.ACTION:
            return []
        return [self.labels[i] for i in card.links if i in self.labels]

    def loose_ends(self, card: Card) -> list[str]:
        """What the card still lacks: ``"no_owner"`` (an action), ``"no_action"`` (a barrier)."""
        ends = []
        if card.id in self.ownerless:
            ends.append(NO_OWNER)
        if card.id in self.unaddressed:
            ends.append(NO_ACTION)
        return ends

    def actions_on(self, card: Card) -> int:
        """How many actions address this barrier or opportunity (0 for an action)."""
        if card.column == Column.ACTION:
            return 0
        return len([a for a in self.addressed_by.get(card.id, []) if a not in self.dropped])


def build_view(
    cards: Iterable[Card],
    items: Iterable[AgendaItem],
    lang: str,
    flt: BoardFilter | None = None,
) -> BoardView:
    """The board's cards (merged ones left out) per column, numbered, filtered by ``flt``."""
    kept = [c for c in cards if c.merged_into is None]
    item_numbers = numbers(items)
    view = BoardView()
    for column in Column:
        in_column = sorted(
            (c for c in kept if c.column == column), key=lambda c: (c.position, c.id)
        )
        letter = column_letter(column, lang)
        shown = {card.id: card.number or n for n, card in enumerate(in_column, start=1)}
        for card in in_column:
            view.labels[card.id] = f"{letter}{shown[card.id]}"
        view.totals[column] = len(in_column)
        view.columns[column] = [
            c for c in in_column if flt is None or flt.matches(c, item_numbers, shown[c.id])
        ]
    view.unaddressed = {c.id for c in board.unaddressed_barriers(kept)}
    view.ownerless = {c.id for c in board.ownerless_actions(kept)}
    for card in kept:
        if card.column == Column.ACTION:
            if card.status == ActionStatus.DROPPED:
                view.dropped.add(card.id)
            for target in card.links:
                view.addressed_by.setdefault(target, []).append(card.id)
    return view


def _same_place(old: Card, new: Card) -> bool:
    """Whether ``new`` (a newer version of ``old``) keeps everything of ``old`` the board's
    columns, numbers and loose ends are made of: its column, place, number, links,
    owners and status (a vote, a title, tags or a due date change none of those)."""
    return (
        old.id == new.id
        and old.column == new.column
        and old.position == new.position
        and old.number == new.number
        and old.merged_into == new.merged_into
        and old.status == new.status
        and old.links == new.links
        and old.owners == new.owners
    )


def changed_in_place(before: Sequence[Card], after: Sequence[Card]) -> dict[int, Card] | None:
    """The cards of ``after`` that are not the very cards of ``before`` (by id), when
    they changed only in place (:func:`_same_place`) and ``after`` has the same cards
    in the same order; None when the board's shape changed (a card made, moved,
    merged, linked, owned, its status set): then the view is built anew.

    Unchanged cards are the same objects from one read of the session to the next, so
    this compares objects, not their fields, for all but the changed ones."""
    if len(before) != len(after):
        return None
    changed: dict[int, Card] = {}
    for old, new in zip(before, after, strict=True):
        if old is not new:
            if not _same_place(old, new):
                return None
            changed[new.id] = new
    return changed


def updated_view(view: BoardView, changed: Mapping[int, Card]) -> BoardView:
    """``view`` (built with no filter) with the cards of ``changed`` in place of their
    former versions, which :func:`changed_in_place` found changed only in place: their
    numbers, counts and loose ends stay what they were. As :func:`build_view` of the
    newer cards would give, without going over every card."""
    if not changed:
        return view
    columns = dict(view.columns)
    for column in {card.column for card in changed.values()}:
        columns[column] = [changed.get(card.id, card) for card in view.columns.get(column, [])]
    return replace(view, columns=columns)
