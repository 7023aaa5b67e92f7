"""How the board draws its cards, and its filter: pure functions of the session state.

```
▌Te weinig stageplaatsen in de bouw
  B1 · Karim Aziz · punt 3 · +3
  #stage  ⚠ nog geen actie
```
What is on a card (its number, what it addresses, its loose ends) and which
cards the filter shows are computed by :mod:`facilitator.domain.board_view`;
here they are only drawn. ``BoardFilter`` and ``BoardView`` are importable
from here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich._wrap import divide_line  # how Content wraps its lines (textual.content)
from rich.cells import cell_len
from textual.color import Color
from textual.content import Content
from textual.css.styles import RulesMap

from facilitator.capture import Context, format_due, owner_label
from facilitator.domain import board, board_view
from facilitator.domain.board_view import NO_ACTION, BoardFilter, BoardView
from facilitator.domain.model import ActionStatus, Card, Column, Kind
from facilitator.domain.numbering import number_of
from facilitator.i18n import Catalog
from facilitator.i18n.formats import counted, format_count
from facilitator.service import SessionState
from facilitator.tui.text import KeptTogether
from facilitator.tui.widgets.kind_badge import KIND_WORDS, flat, kind_style

__all__ = [
    "STATUS_WORDS",
    "BoardFilter",
    "BoardView",
    "CardLines",
    "build_view",
    "card_prompt",
    "column_title",
    "fit_title",
    "provenance",
]

WORDS = Catalog(
    {
        "no_action": ("⚠ nog geen actie", "⚠ no action yet"),
        "no_owner": ("⚠ nog geen trekker", "⚠ nobody takes the lead"),
        "actions": ("✓ {n}", "✓ {n}"),
        "n.actions": ("actie|acties", "action|actions"),
        "addresses": ("pakt aan: {labels}", "addresses: {labels}"),
        "parked": ("◇ geparkeerd", "◇ parked"),
        "past_due": ("⚠ datum verstreken: {date}", "⚠ due date passed: {date}"),
        "item": ("punt {n}", "item {n}"),
        "votes": ("+{n}", "+{n}"),
        "filter": ("filter: {text}", "filter: {text}"),
        "carried": (
            "↩ van de vorige tafel: {region} ({session}, {label})",
            "↩ from the previous table: {region} ({session}, {label})",
        ),
        "seeded": ("↩ uit {region} ({session}, {label})", "↩ from {region} ({session}, {label})"),
    }
)
STATUS_WORDS = Catalog(
    {
        "open": ("open", "open"),
        "done": ("gedaan", "done"),
        "dropped": ("vervallen", "dropped"),
    }
)
STATUS_MARKS = {ActionStatus.DONE: "✓ ", ActionStatus.DROPPED: "✗ "}

TITLE_LIMIT = 160
MUTED = "$foreground-muted"
ACCENT = "$text-accent"
WARNING = "bold $text-warning"


class CardLines(KeptTogether):
    """A card's lines, which keep how many rows they take at each width they were laid
    out in.

    A column works out the height of every card it holds (its scroll bar needs the whole
    column), and again whenever its width changes: its scroll bar comes or goes as a
    filter hides cards or shows them again, the terminal is resized. ``Content`` keeps
    the height of the last width only, so a thousand cards were wrapped anew each time;
    these keep every width, and count their rows from the text alone (the rows
    ``Content`` lays them out in, without building each one).
    """

    def __init__(self, lines: Content, together: Sequence[tuple[int, int]] = ()) -> None:
        """``together``: the parts of the text (start, end) not to be broken over two rows
        («punt 3»: where the row is full, the whole of it goes to the next)."""
        super().__init__(lines, together)
        self._rows: dict[tuple[int, str, str], int] = {}

    def get_height(self, rules: RulesMap, width: int) -> int:
        overflow = rules.get("text_overflow", "fold")
        wrap = rules.get("text_wrap", "wrap")
        inner = width - rules.get("line_pad", 0) * 2
        key = (inner, overflow, wrap)
        rows = self._rows.get(key)
        if rows is None:
            if wrap == "nowrap" or inner < 1 or "\t" in self.plain:
                rows = super().get_height(rules, width)
            else:
                rows = rows_of(self.held(), inner, fold=overflow == "fold")
            self._rows[key] = rows
        return rows


def rows_of(text: str, width: int, *, fold: bool = True) -> int:
    """The rows ``text`` takes wrapped in ``width`` cells, as ``Content`` wraps it: each
    of its lines broken between words (a word longer than the width folded)."""
    return sum(
        1 if cell_len(line) <= width else len(divide_line(line, width, fold=fold)) + 1
        for line in text.split("\n")
    )


def build_view(state: SessionState, lang: str, flt: BoardFilter | None = None) -> BoardView:
    """The session's board as shown (:func:`facilitator.domain.board_view.build_view`)."""
    return board_view.build_view(state.cards, state.items, lang, flt)


def column_title(column: Column, view: BoardView, lang: str, filtered: bool) -> tuple[str, str]:
    """The column's name and its count: ``Barrières``, ``(4)``; with a filter on ``(2/4)``;
    a thousand and more grouped as the language does (``(1.000)``, ``(1,000)``)."""
    name = KIND_WORDS(lang, f"column.{column.value}")
    shown, total = (format_count(n, lang) for n in view.counts(column))
    return name, f"({shown}/{total})" if filtered else f"({total})"


def fit_title(name: str, count: str, room: int) -> str:
    """``Opportunities (12)`` in ``room`` cells: the name cut short first
    (``Opportun… (12)``), then left out (``(12)``); the count is never cut."""
    whole = f"{name} {count}"
    if cell_len(whole) <= room:
        return whole
    keep = room - cell_len(count) - 2  # the "…" and the blank before the count
    if keep < 1:
        return count
    cut = Content(name).truncate(keep).plain.rstrip()
    return f"{cut}… {count}"


def card_prompt(
    card: Card,
    view: BoardView,
    state: SessionState,
    *,
    lang: str,
    colours: dict[Kind, Color],
    today: date,
    context: Context,
) -> CardLines:
    """The lines of one card: title, who and where, then tags and loose ends."""

    def t(key: str, **values: object) -> str:
        return WORDS(lang, key, **values)

    kind = {Column.BARRIER: Kind.BARRIER, Column.OPPORTUNITY: Kind.OPPORTUNITY}.get(
        card.column, Kind.ACTION
    )
    colour = kind_style(colours, kind, bold=True)
    done = card.column == Column.ACTION and card.status != ActionStatus.OPEN
    title = Content.assemble(
        ("▌", colour),
        STATUS_MARKS.get(card.status, "") if card.column == Column.ACTION else "",
        (flat(card.title, TITLE_LIMIT), "strike" if done else "bold"),
    )
    meta: list[str] = [view.labels.get(card.id, "")]
    if done:
        meta.append(STATUS_WORDS(lang, card.status.value))
    owners = "→ " + ", ".join(flat(owner_label(o, context), 40) for o in card.owners)
    if card.column == Column.ACTION and card.owners:
        meta.append(owners)
    else:
        person = state.participant(card.participant_id)
        if person is not None:
            meta.append(flat(person.name, 30))
        if card.owners:  # who takes the lead on a barrier or an opportunity
            meta.append(owners)
    item_number = number_of(state.items, card.item_id)
    item = t("item", n=item_number) if item_number is not None else ""
    meta.append(item)
    past = board.past_due(card, today)  # a done or dropped action is late no more
    due = format_due(card.due, lang, today) if card.due is not None and not past else ""
    meta.append(due)
    if card.votes:
        meta.append(t("votes", n=card.votes))
    said = "  " + " · ".join(m for m in meta if m)
    lines = [title, Content(said).stylize(MUTED)]
    together: list[tuple[int, int]] = []
    # each the last part of its kind in the line: «· punt 3 ·», «· ma 1 nov 2027» (only
    # the votes come after the date)
    for whole in (item, due):
        if whole:
            start = len(title.plain) + 1 + said.rindex(whole)
            together.append((start, start + len(whole)))
    extra: list[Content] = []
    if card.tags:
        extra.append(Content(flat(" ".join("#" + tag for tag in card.tags), 80)).stylize(ACCENT))
    labels = ", ".join(view.addresses(card))
    if labels:
        extra.append(Content(t("addresses", labels=labels)).stylize(MUTED))
    if past and card.due is not None:
        shown = format_due(card.due, lang, today)
        extra.append(Content(t("past_due", date=shown)).stylize(WARNING))
    loose_ends = [] if done else view.loose_ends(card)
    for end in loose_ends:
        extra.append(Content(t(end)).stylize(WARNING))
    actions = view.actions_on(card)
    if actions and NO_ACTION not in loose_ends:
        extra.append(
            Content(t("actions", n=counted(actions, t("n.actions")))).stylize(
                kind_style(colours, Kind.OPPORTUNITY)
            )
        )
    if card.parked:
        extra.append(Content(t("parked")).stylize(MUTED))
    if card.carried:
        extra.append(Content(provenance(card, lang)).stylize(ACCENT))
    if extra:
        lines.append(Content.assemble("  ", Content("  ").join(extra)))
    return CardLines(Content("\n").join(lines), together)


def provenance(card: Card, lang: str) -> str:
    """``↩ from the previous table: Twente (twente-2020-10, A3)`` for a card taken over."""
    letter = board_view.column_letter(card.column, lang)
    label = f"{letter}{card.from_number}" if card.from_number else "?"
    key = "carried" if card.column == Column.ACTION else "seeded"
    return WORDS(
        lang,
        key,
        region=flat(card.from_region, 40) or "?",
        session=flat(card.from_session, 60),
        label=label,
    )
