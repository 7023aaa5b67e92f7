"""How the board draws its cards, and its filter: pure functions of the session state.

```
▌Te weinig stageplaatsen in de bouw
  B1 · Karim Aziz · punt 3 · +3
  #stage  ⚠ nog geen actie
```
Cards are numbered per column (B1, K2, A3) over the whole board, so the
numbers do not change when a filter hides some cards, and an action says
which barriers and opportunities it addresses by those numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from textual.color import Color
from textual.content import Content

from facilitator.capture import Context, format_due, owner_label
from facilitator.domain import board
from facilitator.domain.model import Card, Column, Kind
from facilitator.domain.numbering import number_of
from facilitator.i18n import Catalog
from facilitator.service import SessionState
from facilitator.text import fold, tag_key
from facilitator.tui.widgets.kind_badge import KIND_WORDS, column_letter, flat, kind_style

WORDS = Catalog(
    {
        "no_action": ("⚠ nog geen actie", "⚠ no action yet"),
        "no_owner": ("⚠ nog geen trekker", "⚠ nobody takes the lead"),
        "actions": ("✓ {n} actie(s)", "✓ {n} action(s)"),
        "addresses": ("pakt aan: {labels}", "addresses: {labels}"),
        "parked": ("◇ geparkeerd", "◇ parked"),
        "item": ("punt {n}", "item {n}"),
        "votes": ("+{n}", "+{n}"),
        "filter": ("filter: {text}", "filter: {text}"),
    }
)

TITLE_LIMIT = 160
MUTED = "$foreground-muted"
ACCENT = "$text-accent"
WARNING = "bold $text-warning"


@dataclass(frozen=True)
class BoardFilter:
    """Which cards to show: all of these tags, this agenda item, these words."""

    tags: tuple[str, ...] = ()
    item_number: int | None = None
    words: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> BoardFilter:
        """``#stage 3 bouw``: tagged stage, under agenda item 3, with "bouw" in it."""
        tags: list[str] = []
        words: list[str] = []
        item: int | None = None
        for token in text.split():
            if token.startswith("#") and len(token) > 1:
                tags.append(token[1:])
            elif re.fullmatch(r"\d{1,3}", token) and item is None:
                item = int(token)
            else:
                words.append(token)
        return cls(tuple(tags), item, tuple(words))

    @property
    def active(self) -> bool:
        return bool(self.tags or self.words or self.item_number is not None)

    def matches(self, card: Card, state: SessionState) -> bool:
        card_tags = {tag_key(t) for t in card.tags}
        if any(tag_key(t) not in card_tags for t in self.tags):
            return False
        if self.item_number is not None:
            if card.item_id is None or number_of(state.items, card.item_id) != self.item_number:
                return False
        if self.words:
            haystack = fold(card.title + " " + " ".join(o.organisation for o in card.owners))
            return all(fold(word) in haystack for word in self.words)
        return True


@dataclass
class BoardView:
    """The board as shown: the cards per column (filtered), numbers and loose ends."""

    columns: dict[Column, list[Card]] = field(default_factory=dict)
    totals: dict[Column, int] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)
    unaddressed: set[int] = field(default_factory=set)
    ownerless: set[int] = field(default_factory=set)
    addressed_by: dict[int, list[int]] = field(default_factory=dict)


def build_view(state: SessionState, lang: str, flt: BoardFilter | None = None) -> BoardView:
    cards = [c for c in state.cards if c.merged_into is None]
    view = BoardView()
    for column in Column:
        in_column = sorted(
            (c for c in cards if c.column == column), key=lambda c: (c.position, c.id)
        )
        letter = column_letter(column, lang)
        for n, card in enumerate(in_column, start=1):
            view.labels[card.id] = f"{letter}{n}"
        view.totals[column] = len(in_column)
        shown = [c for c in in_column if flt is None or flt.matches(c, state)]
        view.columns[column] = shown
    view.unaddressed = {c.id for c in board.unaddressed_barriers(cards)}
    view.ownerless = {c.id for c in board.ownerless_actions(cards)}
    for card in cards:
        if card.column == Column.ACTION:
            for target in card.links:
                view.addressed_by.setdefault(target, []).append(card.id)
    return view


def column_title(column: Column, view: BoardView, lang: str, filtered: bool) -> str:
    name = KIND_WORDS(lang, f"column.{column.value}")
    total = view.totals.get(column, 0)
    shown = len(view.columns.get(column, []))
    return f"{name} ({shown}/{total})" if filtered else f"{name} ({total})"


def card_prompt(
    card: Card,
    view: BoardView,
    state: SessionState,
    *,
    lang: str,
    colours: dict[Kind, Color],
    today: date,
    context: Context,
) -> Content:
    """The lines of one card: title, who and where, then tags and loose ends."""

    def t(key: str, **values: object) -> str:
        return WORDS(lang, key, **values)

    kind = {Column.BARRIER: Kind.BARRIER, Column.OPPORTUNITY: Kind.OPPORTUNITY}.get(
        card.column, Kind.ACTION
    )
    colour = kind_style(colours, kind, bold=True)
    title = Content.assemble(("▌", colour), (flat(card.title, TITLE_LIMIT), "bold"))
    meta: list[str] = [view.labels.get(card.id, "")]
    if card.column == Column.ACTION and card.owners:
        meta.append("→ " + ", ".join(flat(owner_label(o, context), 40) for o in card.owners))
    else:
        person = state.participant(card.participant_id)
        if person is not None:
            meta.append(flat(person.name, 30))
    item_number = number_of(state.items, card.item_id)
    if item_number is not None:
        meta.append(t("item", n=item_number))
    if card.due is not None:
        meta.append(format_due(card.due, lang, today))
    if card.votes:
        meta.append(t("votes", n=card.votes))
    lines = [title, Content("  " + " · ".join(m for m in meta if m)).stylize(MUTED)]
    extra: list[Content] = []
    if card.tags:
        extra.append(Content(flat(" ".join("#" + tag for tag in card.tags), 80)).stylize(ACCENT))
    if card.column == Column.ACTION and card.links:
        labels = ", ".join(view.labels[i] for i in card.links if i in view.labels)
        if labels:
            extra.append(Content(t("addresses", labels=labels)).stylize(MUTED))
    if card.id in view.ownerless:
        extra.append(Content(t("no_owner")).stylize(WARNING))
    if card.id in view.unaddressed:
        extra.append(Content(t("no_action")).stylize(WARNING))
    elif card.column != Column.ACTION and card.id in view.addressed_by:
        n = len(view.addressed_by[card.id])
        extra.append(Content(t("actions", n=n)).stylize(kind_style(colours, Kind.OPPORTUNITY)))
    if card.parked:
        extra.append(Content(t("parked")).stylize(MUTED))
    if extra:
        lines.append(Content.assemble("  ", Content("  ").join(extra)))
    return Content("\n").join(lines)
