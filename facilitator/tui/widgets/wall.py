"""The wall's panels: the item and its question, the floor, the board, the commitments.

Each panel draws a :class:`~facilitator.domain.wall.WallView` and nothing else:
no keys, no commands. User text goes through :mod:`facilitator.tui.text`, so
names and titles show literally.
"""

from __future__ import annotations

from typing import cast

from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

from facilitator.domain.board_view import column_letter
from facilitator.domain.model import ActionStatus, Column
from facilitator.domain.wall import Commitment, Floor, Person, WallView
from facilitator.i18n import Catalog
from facilitator.i18n.formats import format_date, mmss, signed_mmss
from facilitator.tui.text import join, one_line, plain
from facilitator.tui.widgets.base import Measured
from facilitator.tui.widgets.timefmt import ALARM, MUTED, OK, WARN
from facilitator.tui.words import Localised

WORDS = Catalog(
    {
        "item": ("Agendapunt {n}", "Agenda item {n}"),
        "no_item": ("Nog geen agendapunt", "No agenda item yet"),
        "none": ("Geen agendapunt actief", "No agenda item running"),
        "left": ("nog te gaan", "to go"),
        "over": ("over tijd", "over time"),
        "paused": ("gepauzeerd", "paused"),
        "idle": ("nog niet begonnen", "not started yet"),
        "closed": ("de sessie is gesloten", "the session is closed"),
        "floor": ("Het woord", "The floor"),
        "nobody": ("Niemand heeft het woord", "Nobody has the floor"),
        "next": ("Daarna", "Next"),
        "nobody_waits": ("Niemand wacht", "Nobody waits"),
        "more": ("+{n} meer", "+{n} more"),
        "board": ("Op het bord", "On the board"),
        "cards_more": ("+{n} meer", "+{n} more"),
        "column.barrier": ("Barrières", "Barriers"),
        "column.opportunity": ("Kansen", "Opportunities"),
        "column.action": ("Acties", "Actions"),
        "commit.title": ("Wie neemt het voortouw?", "Who takes the lead?"),
        "commit.none": ("Nog geen acties.", "No actions yet."),
        "commit.no_lead": ("⚠ nog geen trekker", "⚠ no lead yet"),
        "commit.by": ("uiterlijk {date}", "by {date}"),
        "commit.no_date": ("geen datum", "no date"),
        "commit.done": ("✓ gedaan", "✓ done"),
        "commit.dropped": ("✗ vervallen", "✗ dropped"),
        "commit.unaddressed": ("⚠ Nog zonder actie:", "⚠ Still without an action:"),
        "commit.all_addressed": (
            "Elke barrière heeft een actie.",
            "Every barrier has an action.",
        ),
    }
)

CARD_INDENT = 4
"""A card's rows start after ``  · ``."""

TONE = {"ok": OK, "warning": WARN, "overrun": ALARM, "paused": WARN, "idle": MUTED}


class WallPanel(Localised, Widget):
    """A panel of the wall: draws ``view`` (set by the wall screen)."""

    WORDS = WORDS

    view: reactive[WallView | None] = reactive(None, always_update=True)
    """What the wall shows now."""

    _height: int | None = None

    @property
    def wanted_height(self) -> int | None:
        """The rows the panel asked for at the last change of its view (None: not asked)."""
        return self._height

    def watch_view(self) -> None:
        """A panel sized by its content is laid out again when its height changes (a card
        added, a title that wraps), not on every tick: else what grew is cut off."""
        if not self.is_mounted or not self.styles.height or not self.styles.height.is_auto:
            return
        width = self.content_size.width
        height = self.get_content_height(self.size, self.app.size, width) if width else None
        if height != self._height:
            self._height = height
            self.refresh(layout=True)


class WallTitle(Widget):
    """The wall's top line: the session's title and the time. A title longer than the line
    leaves the time its place and is cut with «…»."""

    SEPARATOR = "  ·  "

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown = ("", "")

    def show(self, title: str, time: str) -> None:
        """Show ``title`` and ``time`` (drawn again only when one of them changed)."""
        if (title, time) != self._shown:
            self._shown = (title, time)
            self.refresh()

    def render(self) -> Content:
        title, time = self._shown
        clock = plain(self.SEPARATOR + time, MUTED)
        room = max(0, self.content_size.width - clock.cell_length)
        return join(plain(one_line(title), "bold").truncate(room, ellipsis=True), clock)


class WallItem(WallPanel):
    """The agenda item and its guiding question."""

    compact: reactive[bool] = reactive(False, layout=True)
    """On a low screen: no empty line before the question (a row more for the countdown)."""

    def render(self) -> Content:
        view = self.view
        if view is None:
            return Content("")
        if view.item_number is None:
            return plain(self.t("none" if view.status == "none" else "no_item"), f"bold {MUTED}")
        head = plain(self.t("item", n=view.item_number), MUTED)
        title = plain(one_line(view.item_title), "bold")
        question = plain(" ".join(view.question.split()), "italic")
        gap = [] if self.compact else [Content("")]
        return Content("\n").join([head, title, *gap, question])


def caption(view: WallView, t: Localised) -> Content:
    """``nog te gaan`` / ``over tijd`` / ``gepauzeerd``…, in the countdown's colour."""
    if view.status == "closed":
        return plain(t.t("closed"), MUTED)
    if view.status == "none":
        return Content("")
    if view.status in ("paused", "idle"):
        return plain(t.t(view.status), TONE[view.status])
    word = t.t("over") if view.status == "overrun" else t.t("left")
    return plain(word, f"bold {TONE.get(view.status, OK)}")


def countdown(view: WallView) -> str:
    """``12:34``, or ``+01:05`` once over time; empty with no item."""
    if view.remaining_seconds is None:
        return ""
    return signed_mmss(view.remaining_seconds)


def spoken(floor: Floor, lead: str = "  ") -> Content:
    """How long the speaker has had the floor, after ``lead``; past the session's limit,
    against it and in the alarm colour (``03:05 / 03:00``), as the console marks it. The
    note-taker's top line shows it the same way."""
    if floor.over and floor.limit is not None:
        return plain(f"{lead}{mmss(floor.seconds)} / {mmss(floor.limit)}", f"bold {ALARM}")
    return plain(f"{lead}{mmss(floor.seconds)}", OK)


def _person(person: Person, room: int = 0) -> Content:
    """``Name · Organisation`` on one row of ``room`` cells (0: as long as it is): the
    organisation is cut short first, then the name."""
    name = plain(one_line(person.name), "bold")
    org = plain(f" · {one_line(person.organisation)}", MUTED) if person.organisation else None
    if room <= 0:
        return join(name, org) if org is not None else name
    if org is not None and name.cell_length + len(" · …") <= room:
        return join(name, org.truncate(room - name.cell_length, ellipsis=True))
    return name.truncate(room, ellipsis=True)


class RoomPanel(WallPanel, Measured):
    """A panel that shows what fits in its rows and says how many more it has. Being
    measured (``_measuring``), it asks for room for all it has, so it grows again when it
    has more to show than it had rows for."""

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # Drawn afresh for the measure: what Textual keeps of the last drawing is cut to the
        # rows the panel had then, and measured from it, the panel would never grow.
        self._measuring = width
        try:
            return self.render().get_height(cast(RulesMap, self.styles), width) if width else 0
        finally:
            self._measuring = None

    def render(self) -> Content:
        raise NotImplementedError


class WallFloor(RoomPanel):
    """Who has the floor, for how long, and the next three in the queue: one row each (the
    organisation cut short, the time always seen), and as many as the panel has rows for,
    with how many more wait."""

    def render(self) -> Content:
        view = self.view
        if view is None:
            return Content("")
        measuring = self._measuring is not None
        height = 0 if measuring else self.content_size.height
        width = max(0, (self._measuring or self.content_size.width) - 1)  # a blank column
        lines = [plain(self.t("floor"), f"bold {MUTED}")]
        if view.floor is None:
            lines.append(plain(self.t("nobody"), MUTED))
        else:
            time = spoken(view.floor)
            room = width - 2 - time.cell_length if width else 0
            lines.append(join("▶ ", _person(view.floor.person, max(1, room) if width else 0), time))
        head = [*lines, Content(""), plain(self.t("next"), f"bold {MUTED}")]
        if not view.next_up:
            return Content("\n").join([*head, plain(self.t("nobody_waits"), MUTED)])
        people = [
            join(f"{n}. ", _person(person, max(1, width - 4) if width else 0))
            for n, person in enumerate(view.next_up, start=1)
        ]
        shown = len(people)
        if height:
            # the blank row goes first, then the last of the next up (said in «+N meer»,
            # which takes a row only for someone not named)
            if len(head) + shown + (view.waiting > shown) > height:
                head.remove(Content(""))
            while shown > 1 and len(head) + shown + (view.waiting > shown) > height:
                shown -= 1
        lines = head + people[:shown]
        if view.waiting > shown:
            lines.append(plain(self.t("more", n=view.waiting - shown), MUTED))
        return Content("\n").join(lines)


class WallBoard(RoomPanel):
    """The board's counts per column and its latest cards, as many as fit; under a column
    with more cards than it shows, how many more there are (``+4 meer``). Being measured
    (``_measuring``), it asks for room for all it has.

    Every column that has cards shows its latest before any column shows a second. Where
    the rows are too few for that and each column's ``+N meer`` under it (a long question
    at 80×24), the heading «Op het bord» gives its row first; where they are still too few,
    ``+N meer`` stands beside the column's count instead of under its cards."""

    def render(self) -> Content:
        view = self.view
        if view is None:
            return Content("")
        width = self._measuring or self.content_size.width
        room = None if self._measuring is not None or not width else self.content_size.height
        heading = plain(self.t("board"), f"bold {MUTED}")
        columns: list[tuple[Content, list[list[Content]], int]] = []
        for column in Column:
            total = view.totals.get(column, 0)
            head = join(plain(f"{self.t('column.' + column.value)} ", "bold"), f"{total}")
            cards = [_card(title, width) for title in view.latest.get(column, ())]
            columns.append((head, cards, total))
        budget = None if room is None else room - 1 - len(columns)  # the heading, the heads
        # each column's latest card, and its +N row if it has more
        least = sum(1 + (total > 1) for _, cards, total in columns if cards)
        headed, beside = True, False
        if budget is not None and budget < least:
            headed, budget = False, budget + 1
            beside = budget < least
        shown = fit(
            [[len(rows) for rows in cards] for _, cards, _ in columns],
            [total for _, _, total in columns],
            budget,
            more_rows=not beside,
        )
        lines = [heading] if headed else []
        for (head, cards, total), heights in zip(columns, shown, strict=True):
            more = total - len(heights)
            said = plain(f"  {self.t('cards_more', n=more)}", f"bold {MUTED}")
            lines.append(join(head, said) if more and beside else head)
            for rows, high in zip(cards, heights, strict=False):
                lines += rows if high == len(rows) else cut(rows, high, width - CARD_INDENT)
            if more and not beside:
                lines.append(said)
        if width:
            lines = [line.truncate(width, ellipsis=True) for line in lines]
        return Content("\n").join(lines)


def _card(title: str, width: int) -> list[Content]:
    """A card's title after ``  · ``, wrapped under itself in ``width`` (one row if 0)."""
    text = plain(one_line(title))
    if width <= CARD_INDENT:
        return [join("  · ", text)]
    rows = text.wrap(width - CARD_INDENT)
    return [join("  · " if n == 0 else " " * CARD_INDENT, row) for n, row in enumerate(rows)]


def cut(rows: list[Content], high: int, room: int) -> list[Content]:
    """A card's ``rows`` cut to ``high`` rows: the last of them holds the rest of its
    title, as much as ``room`` cells take, ending in ``…``."""
    if high >= len(rows):
        return rows
    last = Content(" ").join(row[CARD_INDENT:] for row in rows[high - 1 :])
    if last.cell_length > room > 1:
        last = join(last.truncate(room - 1).rstrip(), "…")
    lead = "  · " if high == 1 else " " * CARD_INDENT
    return [*rows[: high - 1], join(lead, last)]


def fit(
    rows: list[list[int]], totals: list[int], room: int | None, *, more_rows: bool = True
) -> list[list[int]]:
    """The rows each shown card of each column takes (``rows``: the rows each of a
    column's latest cards takes whole, latest first) in ``room`` rows (None: no limit),
    next to a row ``+N meer`` for each column that shows fewer than its ``totals``
    (``more_rows`` False: said beside the column's count, taking no row).

    The columns take a card in turn, so a long first column does not push the others'
    cards off; every column that has cards keeps a row for its latest until it has it.
    A card that does not fit whole takes the rows that are left, cut short, and its
    column stops there (its later cards are older), so no row is left empty while a
    card is not shown."""
    if room is None:
        return [list(cards) for cards in rows]
    shown: list[list[int]] = [[] for _ in rows]
    # each column's +N row, to start with
    used = sum(1 for total in totals if total > 0) if more_rows else 0
    stopped = [False] * len(rows)

    def saved(n: int, k: int) -> int:
        """The column's last card takes the place of its +N row."""
        return 1 if more_rows and k + 1 == totals[n] else 0

    while not all(stopped):
        for n, cards in enumerate(rows):
            if stopped[n]:
                continue
            k = len(shown[n])
            if k >= len(cards):
                stopped[n] = True
                continue
            # a row kept for the latest card of each column that has none yet
            kept = sum(
                1 - saved(m, 0)
                for m, other in enumerate(rows)
                if m != n and other and not shown[m] and not stopped[m]
            )
            free = room - used - kept
            cost = cards[k] - saved(n, k)
            if cost <= free:
                shown[n].append(cards[k])
                used += cost
                continue
            stopped[n] = True
            high = free + saved(n, k)
            if high >= 1:  # the rows left, for as much of the card as they hold
                shown[n].append(high)
                used += high - saved(n, k)
    return shown


class Commitments(WallPanel):
    """Every action with who leads it and by when, the open ones first, those done or
    dropped after them, marked so (``✓ gedaan``, ``✗ vervallen``: the board's words); the
    barriers still without one."""

    def render(self) -> Content:
        view = self.view
        if view is None:
            return Content("")
        lines = [plain(self.t("commit.title"), "bold"), Content("")]
        if not view.commitments:
            lines.append(plain(self.t("commit.none"), MUTED))
        width = max((len(c.label) for c in view.commitments), default=2)
        for c in view.commitments:
            if c.status != ActionStatus.OPEN:
                lines.append(self._settled(c, width))
                continue
            lead = (
                plain(", ".join(one_line(x) for x in c.leads), "bold")
                if c.leads
                else plain(self.t("commit.no_lead"), f"bold {WARN}")
            )
            if c.due is None:
                due = plain(self.t("commit.no_date"), MUTED)
            else:
                when = self.t("commit.by", date=format_date(c.due, self.lang, weekday=False))
                due = plain(f"⚠ {when}" if c.overdue else when, ALARM if c.overdue else "")
            lines.append(
                join(
                    plain(c.label.ljust(width + 2), "bold"),
                    plain(one_line(c.title)),
                    "  —  ",
                    lead,
                    "  ·  ",
                    due,
                )
            )
        lines.append(Content(""))
        if view.unaddressed:
            lines.append(plain(self.t("commit.unaddressed"), f"bold {WARN}"))
            letter = column_letter(Column.BARRIER, self.lang)
            for loose in view.unaddressed:
                label = loose.label or letter
                lines.append(join(plain(f"  {label}  ", "bold"), plain(one_line(loose.title))))
        else:
            lines.append(plain(self.t("commit.all_addressed"), OK))
        return Content("\n").join(lines)

    def _settled(self, c: Commitment, width: int) -> Content:
        """An action done or dropped: in the muted colour, with who led it and its status
        where an open one has its date (nothing left to be late for)."""
        done = c.status == ActionStatus.DONE
        parts: list[Content | str] = [
            plain(c.label.ljust(width + 2), f"bold {MUTED}"),
            plain(one_line(c.title), MUTED),
        ]
        if c.leads:
            parts += ["  —  ", plain(", ".join(one_line(x) for x in c.leads), MUTED)]
        status = self.t("commit.done" if done else "commit.dropped")
        parts += ["  ·  ", plain(status, f"bold {OK}" if done else f"bold {MUTED}")]
        return join(*parts)
