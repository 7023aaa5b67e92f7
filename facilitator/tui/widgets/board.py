"""The board: barriers, opportunities and actions in three columns.

Each column is one :class:`OptionList` (virtualised: a long column costs no
widget per card). The pane keeps which card is selected across reloads and
follows a card when it moves. It owns the board's keys (built from
:mod:`facilitator.tui.actions`): they apply while the focus is in a column,
which it is whenever the board tab is shown. What the keys do is in
:mod:`facilitator.tui.widgets.board_actions`; the mouse tool bar and
Enter/double-click run the same actions.
"""

from __future__ import annotations

from typing import cast

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.css.styles import RulesMap
from textual.events import Click, Resize
from textual.reactive import reactive
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from facilitator.domain.board_view import changed_in_place, updated_view
from facilitator.domain.model import BOARD_KINDS, Card, Column
from facilitator.domain.numbering import numbers
from facilitator.i18n import Catalog
from facilitator.service import SessionState
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.keys import focus_now
from facilitator.tui.screens.dialog import FilterInput
from facilitator.tui.widgets.base import IN_SIGHT, keep_in_sight, on_screen
from facilitator.tui.widgets.board_actions import BoardCommands
from facilitator.tui.widgets.board_card import (
    BoardFilter,
    BoardView,
    build_view,
    card_prompt,
    column_title,
    fit_title,
)
from facilitator.tui.widgets.capture import capture_context
from facilitator.tui.widgets.kind_badge import flat, kind_colours, kind_style
from facilitator.tui.words import Localised

WORDS = Catalog(
    {
        "empty": ("(leeg)", "(empty)"),
        "filter.placeholder": (
            "filter: #tag, agendapunt (cijfer), kaart (B12), woorden — Esc wist",
            "filter: #tag, agenda item (number), card (B12), words — Esc clears",
        ),
        "filter.on": (
            "filter: {text}  ({key[board.filter]} wijzigen · {key[board.clear_filter]} wissen)",
            "filter: {text}  ({key[board.filter]} edit · {key[board.clear_filter]} clear)",
        ),
        "hint": (
            "{key[board.column_left+board.column_right]} kolom · {key[board.up+board.down]} "
            "verplaats · {key[board.to_left+board.to_right]} andere kolom · {key[board.edit]} "
            "bewerk · {key[board.vote]} +1 · {key[board.link]} koppel · {key[board.merge]} "
            "samenvoegen · {key[board.filter]} filter",
            "{key[board.column_left+board.column_right]} column · {key[board.up+board.down]} "
            "move · {key[board.to_left+board.to_right]} other column · {key[board.edit]} edit · "
            "{key[board.vote]} +1 · {key[board.link]} link · {key[board.merge]} merge · "
            "{key[board.filter]} filter",
        ),
        "tool.left": ("◀", "◀"),
        "tool.up": ("▲", "▲"),
        "tool.down": ("▼", "▼"),
        "tool.right": ("▶", "▶"),
        "tool.vote": ("+1", "+1"),
        "tool.link": ("koppel", "link"),
        "tool.merge": ("samenvoegen", "merge"),
        "tool.edit": ("bewerk", "edit"),
        "tool.delete": ("✕", "✕"),
    }
)

TOOLS = [
    ("left", "move_column(-1)"),
    ("up", "move(-1)"),
    ("down", "move(1)"),
    ("right", "move_column(1)"),
    ("vote", "vote(1)"),
    ("link", "link"),
    ("merge", "merge"),
    ("edit", "edit"),
    ("delete", "delete"),
]
COLUMNS = list(Column)
KIND_OF = {column: kind for kind, column in BOARD_KINDS.items()}


def option_id(card_id: int) -> str:
    return f"card-{card_id}"


def card_id_of(option: Option | None) -> int | None:
    if option is None or not option.id or not option.id.startswith("card-"):
        return None
    return int(option.id.removeprefix("card-"))


TITLE_EDGE = 6
"""The cells of a column's top edge that its title cannot take: each corner and a blank."""


class BoardColumn(Vertical):
    """One column's box, its name and count in the top edge. When the box is too narrow
    for both, the name is cut short (``Opportun… (12)``), never the count."""

    def __init__(self, column: Column) -> None:
        super().__init__(id=f"column-{column.value}", classes="board-column")
        self._title: tuple[str, str, str] | None = None
        self._shown = ""

    def show_title(self, name: str, count: str, style: str) -> None:
        self._title = (name, count, style)
        self._shown = ""
        self._fit_title()

    def on_resize(self) -> None:
        self._fit_title()

    def _fit_title(self) -> None:
        if self._title is None:
            return
        name, count, style = self._title
        room = self.outer_size.width - TITLE_EDGE
        text = fit_title(name, count, room) if room > 0 else f"{name} {count}"
        if text != self._shown:
            self._shown = text
            self.border_title = Content(text).stylize(style)


class CardList(OptionList):
    """The cards of one column. A click selects a card; a second click opens it."""

    def __init__(self, column: Column) -> None:
        super().__init__(id=f"cards-{column.value}", classes="card-list")
        self.column = column
        self._last_clicked: int | None = None
        self._lines_width: int | None = None
        """The width the cards' lines were measured in."""

    def on_resize(self, event: Resize) -> None:
        # a card takes two lines or more: as many cards drawn as lines, and more, are kept
        keep_in_sight(self._option_render_cache, max(IN_SIGHT, event.size.height))

    def _update_lines(self) -> None:
        # Textual measures the cards' lines once, in the width the list has then, and
        # measures them again on a resize. A scroll bar that comes or goes (a filter
        # leaves one card, then many again) narrows or widens the list with no resize:
        # the lines were kept in the former width (a card drawn a row short, without its
        # separator, and the cards below it a row too high).
        width = self.scrollable_content_region.width
        if width != self._lines_width:
            if self._lines_width is not None:
                self._option_render_cache.clear()
                self._line_cache.clear()
            self._lines_width = width
        super()._update_lines()

    def replace_prompt(self, index: int, prompt: Content) -> bool:
        """Show ``prompt`` for the card at ``index``; True when it takes another number of
        lines than before (the list's lines are laid out again).

        Textual's own replacement forgets every card's drawn lines and their heights,
        so a vote on one card of a long column measured every card of the column again
        and drew every card in sight anew. Here only this card's lines are forgotten;
        the others keep theirs, unless this card's height changed.
        """
        option = self.get_option_at_index(index)
        lines = self._line_cache
        before = lines.heights.get(index)
        option._set_prompt(prompt)
        cache = self._option_render_cache
        for key in [k for k in cache.keys() if k[0] is option]:
            cache.discard(key)
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        if before is None or width <= 0:
            self._clear_caches()
            return True
        padding = self.get_component_styles("option-list--option").padding
        height = (
            self._get_visual(option).get_height(cast(RulesMap, self.styles), width - padding.width)
            + option._divider
        )
        if height != before:
            self._clear_caches()
            return True
        self.refresh()
        return False

    # ↑ on the first card and ↓ on the last stay there: Textual's list goes round, so
    # a few ↑ too many (typed in a burst to reach the top) landed near the bottom.
    def action_cursor_up(self) -> None:
        if self.highlighted != 0:
            super().action_cursor_up()

    def action_cursor_down(self) -> None:
        if self.highlighted is None or self.highlighted < self.option_count - 1:
            super().action_cursor_down()

    async def _on_click(self, event: Click) -> None:
        event.prevent_default()  # OptionList would select (open) on the first click
        clicked = event.style.meta.get("option")
        if clicked is None or self._options[clicked].disabled:
            return
        again = clicked == self._last_clicked and clicked == self.highlighted
        self._last_clicked = clicked
        self.highlighted = clicked
        if again or event.chain > 1:
            self.action_select()


class BoardPane(Localised, Vertical):
    """Three columns of cards with counts, a filter line, a mouse tool bar and a detail line."""

    SCOPE = Scope.BOARD
    BINDINGS = bindings(SCOPE)

    state: reactive[SessionState | None] = reactive(None, always_update=True, repaint=False)
    """The session as last read (its cards, participants and items)."""

    WORDS = WORDS
    compact: reactive[bool] = reactive(False)
    """True on small terminals: no detail line."""
    filter_text: reactive[str] = reactive("")
    """What the filter line says (``#tag``, an item number, a card number, words)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = BoardView()
        self.active_column: Column = Column.BARRIER
        self._follow: int | None = None
        self._shown: dict[Column, list[tuple[int, Content]]] = {}
        """The cards each column shows (by id) and the lines it shows for each."""
        self._prompts: dict[int, tuple[tuple[object, ...], Content]] = {}
        """Each card's lines as last drawn, with what they were drawn from."""
        self._titles: dict[Column, tuple[str, str]] = {}
        self._drawn: tuple[object, ...] = ()
        self._drawn_cards: list[Card] | None = None
        self._drawn_filter = ""
        self._index: tuple[list[Card] | None, dict[int, Card]] = (None, {})
        self._hint: tuple[str, bool] | None = None
        self._detail: str | None = None
        self._detail_height = -1
        self._stale = False
        """The state changed while the board was hidden: draw it when it shows."""
        self.commands = BoardCommands(self)

    def compose(self) -> ComposeResult:
        with Horizontal(id="board-bar"):
            yield Static(id="board-hint")
            yield FilterInput(
                on_change=self._filter_typed,
                on_enter=self._filter_entered,
                on_escape=self.clear_filter,
                placeholder=self.t("filter.placeholder"),
                id="board-filter",
            )
            for name, action in TOOLS:
                button = Button(self.t(f"tool.{name}"), id=f"tool-{name}", compact=True)
                button.can_focus = False  # a click must not take the keys away from the cards
                button.action_name = action  # type: ignore[attr-defined]
                yield button
        with Horizontal(id="board-columns"):
            for column in COLUMNS:
                with BoardColumn(column):
                    yield CardList(column)
        yield Static(id="board-detail")

    def on_mount(self) -> None:
        self.query_one("#board-filter").display = False
        self._refresh_board()

    # -- what is selected -----------------------------------------------------------------
    def card_list(self, column: Column) -> CardList:
        return self.query_one(f"#cards-{column.value}", CardList)

    @property
    def selected_card_id(self) -> int | None:
        cards = self.card_list(self.active_column)
        return card_id_of(cards.highlighted_option)

    @property
    def selected_card(self) -> Card | None:
        return self.card(self.selected_card_id)

    def card(self, card_id: int | None) -> Card | None:
        """The card with this id in the state as last read (looked up, not searched)."""
        state = self.state
        if state is None or card_id is None:
            return None
        if self._index[0] is not state.cards:
            self._index = (state.cards, {c.id: c for c in state.cards})
        return self._index[1].get(card_id)

    def focus_column(self, delta: int = 0, column: Column | None = None) -> None:
        """Focus the column ``delta`` away (or ``column``); an empty board column gives way."""
        if self._stale:  # shown just now: the next key must find the board as it is
            self._refresh_board(hidden_too=True)
        if column is None and delta == 0 and not self.view.columns.get(self.active_column):
            column = next((c for c in COLUMNS if self.view.columns.get(c)), self.active_column)
        if column is None:
            index = COLUMNS.index(self.active_column) + delta
            column = COLUMNS[max(0, min(len(COLUMNS) - 1, index))]
        self.active_column = column
        cards = self.card_list(column)
        if cards.highlighted is None and cards.option_count:
            cards.highlighted = 0
        focus_now(cards)

    def follow(self, card_id: int | None) -> None:
        """After the next reload, select this card wherever it is (it may have moved)."""
        self._follow = card_id

    def select_card(self, card_id: int) -> None:
        """Select this card now, wherever it is."""
        self._follow = card_id
        self._refresh_board()

    @on(OptionList.OptionHighlighted, ".card-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if isinstance(event.option_list, CardList) and event.option_list.has_focus:
            self.active_column = event.option_list.column
        self._show_detail()

    @on(OptionList.OptionSelected, ".card-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        card_id = card_id_of(event.option)
        if isinstance(event.option_list, CardList):
            self.active_column = event.option_list.column
        if card_id is not None:
            self._edit(card_id)

    def on_descendant_focus(self) -> None:
        focused = self.screen.focused
        if isinstance(focused, CardList):
            self.active_column = focused.column
            self._show_detail()

    @on(Button.Pressed)
    async def _tool(self, event: Button.Pressed) -> None:
        event.stop()
        action = getattr(event.button, "action_name", None)
        if action:
            await self.run_action(action)

    def _edit(self, card_id: int) -> None:
        """Enter or a second click on a card: edit it."""
        card = self.card(card_id)
        if card is not None:
            self.commands.edit_card(card)

    # -- keys (the action table's board rows) -------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return bool(self.filter_text)
        return True

    def action_column(self, delta: int) -> None:
        self.focus_column(delta)

    def action_move(self, delta: int) -> None:
        self.commands.move(delta)

    def action_move_column(self, delta: int) -> None:
        self.commands.move_column(delta)

    def action_vote(self, delta: int) -> None:
        self.commands.vote(delta)

    def action_edit(self) -> None:
        self.commands.edit()

    def action_tag(self) -> None:
        self.commands.tag()

    def action_owner(self) -> None:
        self.commands.owner()

    def action_due(self) -> None:
        self.commands.due()

    def action_link(self) -> None:
        self.commands.link()

    def action_merge(self) -> None:
        self.commands.merge()

    def action_park(self) -> None:
        self.commands.park()

    def action_carry(self) -> None:
        self.commands.carry()

    def action_status(self) -> None:
        self.commands.status()

    def action_delete(self) -> None:
        self.commands.delete()

    def action_filter(self) -> None:
        self.open_filter()

    def action_clear_filter(self) -> None:
        self.clear_filter()

    def action_sort(self) -> None:
        self.commands.sort()

    # -- filter ---------------------------------------------------------------------------
    def open_filter(self) -> None:
        field = self.query_one("#board-filter", Input)
        field.display = True
        field.value = self.filter_text
        focus_now(field)

    def clear_filter(self) -> None:
        field = self.query_one("#board-filter", Input)
        field.value = ""
        self.filter_text = ""
        field.display = False
        self.focus_column()

    def _filter_typed(self, value: str) -> None:
        """Each letter filters at once (in the key's own event)."""
        self.filter_text = value

    def _filter_entered(self, value: str) -> None:
        """Enter keeps the filter and goes back to the cards before the next key."""
        self.query_one("#board-filter").display = False
        self.focus_column()

    def watch_filter_text(self) -> None:
        self._refresh_board()

    # -- drawing --------------------------------------------------------------------------
    def watch_state(self) -> None:
        self._refresh_board()

    def watch_compact(self, compact: bool) -> None:
        self.set_class(compact, "-compact")

    def on_show(self) -> None:
        """Shown again (its tab, or on a narrow note-taker's screen): draw what it missed."""
        if self._stale:
            self._refresh_board()

    def _displayed(self) -> bool:
        """Whether the board is on the screen (not on a hidden tab or pane)."""
        return on_screen(self)

    def _refresh_board(self, *, hidden_too: bool = False) -> None:
        """Draw the board as the state says. While it is hidden it only marks itself stale
        (drawn when shown, or when a column takes the focus); it redraws only the cards
        whose lines changed."""
        state = self.state
        if state is None or not self.is_mounted:
            return
        if not hidden_too and not self._displayed():
            self._stale = True
            return
        self._stale = False
        # Most reloads are the console's (timer, queue): redraw only when the board changed.
        colours = kind_colours(self.app)
        context = capture_context(self.app, state)
        drawn = (
            [(p.id, p.name, p.organisation) for p in state.participants],
            numbers(state.items),
            self.lang,
            self.app.theme,
            context.today,
        )
        if drawn != self._drawn:
            self._prompts.clear()  # what every card shows may have changed
        elif state.cards is self._drawn_cards and self.filter_text == self._drawn_filter:
            if self._follow is None:
                return
        flt = BoardFilter.parse(self.filter_text)
        # A vote, a title or a due date changed: the numbers, the counts and the loose
        # ends stay, and only the changed cards' lines are made again.
        changed = None
        if (
            drawn == self._drawn
            and self._drawn_cards is not None
            and not flt.active
            and not self._drawn_filter
        ):
            changed = changed_in_place(self._drawn_cards, state.cards)
        self._drawn = drawn
        self._drawn_cards = state.cards
        self._drawn_filter = self.filter_text
        if changed is None:
            self.view = view = build_view(state, self.lang, flt if flt.active else None)
        else:
            self.view = view = updated_view(self.view, changed)
        follow = self._follow
        prompts = self._prompts
        kept: dict[int, tuple[tuple[object, ...], Content]] = {}
        for column in COLUMNS:
            title = column_title(column, view, self.lang, flt.active)
            if self._titles.get(column) != title:
                self._titles[column] = title
                style = kind_style(colours, KIND_OF[column], bold=True)
                self.query_one(f"#column-{column.value}", BoardColumn).show_title(*title, style)
            shown: list[tuple[int, Content]] = []
            for card in view.columns[column]:
                if changed is not None and card.id not in changed:
                    found = prompts.get(card.id)
                    if found is not None:  # the same card, its number and loose ends alike
                        kept[card.id] = found
                        shown.append((card.id, found[1]))
                        continue
                key = (
                    card,
                    view.labels.get(card.id),
                    view.addresses(card),
                    view.loose_ends(card),
                    view.actions_on(card),
                )
                found = prompts.get(card.id)
                if found is None or found[0] != key:
                    prompt = card_prompt(
                        card,
                        view,
                        state,
                        lang=self.lang,
                        colours=colours,
                        today=context.today,
                        context=context,
                    )
                    found = (key, prompt)
                kept[card.id] = found
                shown.append((card.id, found[1]))
            self._fill(column, shown)
            if follow is not None and any(c.id == follow for c in view.columns[column]):
                cards = self.card_list(column)
                cards.highlighted = cards.get_option_index(option_id(follow))
                if self.screen.focused is None or isinstance(self.screen.focused, CardList):
                    self.focus_column(column=column)
                self.active_column = column
        if flt.active:
            # the cards the filter hides keep their lines (checked against their card when
            # they show again): clearing the filter does not draw the whole board anew
            for card in state.cards:
                if card.id not in kept and (found := prompts.get(card.id)) is not None:
                    kept[card.id] = found
        self._prompts = kept
        self._follow = None
        self._show_hint(flt)
        self._show_detail()

    def _fill(self, column: Column, prompts: list[tuple[int, Content]]) -> None:
        """Show these cards in the column: only changed lines when the same cards are shown
        in the same order (the selection and scroll stay), else the list anew."""
        shown = self._shown.get(column)
        cards = self.card_list(column)
        if shown is not None and [i for i, _ in shown] == [i for i, _ in prompts]:
            changed = [
                at
                for at, ((_, old), (_, new)) in enumerate(zip(shown, prompts, strict=True))
                if old is not new
            ]
            grown = [at for at in changed if cards.replace_prompt(at, prompts[at][1])]
            self._shown[column] = prompts
            if grown:
                # a card may have grown (or shrunk): the list lays out its lines again, and
                # the selected card shows whole (its last lines were cut off until the
                # selection moved)
                cards.refresh(layout=True)
                if cards.highlighted in changed:
                    cards.call_after_refresh(cards.scroll_to_highlight)
            return
        self._shown[column] = prompts
        selected = card_id_of(cards.highlighted_option)
        index = cards.highlighted
        options: list[Option | None] = []
        for n, (card_id, prompt) in enumerate(prompts):
            if n:
                options.append(None)
            options.append(Option(prompt, id=option_id(card_id)))
        if not prompts:
            options = [Option(Content(self.t("empty")).stylize("$foreground-muted"), disabled=True)]
        cards.set_options(options)
        if not prompts:
            return
        ids = [card_id for card_id, _ in prompts]
        if selected is not None and selected in ids:
            cards.highlighted = cards.get_option_index(option_id(selected))
        else:
            cards.highlighted = cards.get_option_index(
                option_id(ids[min(index or 0, len(ids) - 1)])
            )

    def _show_hint(self, flt: BoardFilter) -> None:
        hint = self.query_one("#board-hint", Static)
        if flt.active:
            text = self.t("filter.on", text=flat(self.filter_text))
        else:
            text = self.t("hint")
        if (text, flt.active) == self._hint:
            return
        self._hint = (text, flt.active)
        if flt.active:
            hint.update(Content(text))
        else:
            hint.update(Content(text).stylize("$foreground-muted"))
        hint.set_class(flt.active, "-filtered")

    def _show_detail(self) -> None:
        """The selected card's whole title below the columns (set only when it changes:
        an update asks for a layout of the screen)."""
        card = self.selected_card
        text = "" if card is None or self.compact else flat(card.title, 600)
        if text == self._detail:
            return
        self._detail = text
        detail = self.query_one("#board-detail", Static)
        shown = Content(text)
        width = detail.content_size.width
        height = min(3, shown.get_height(cast(RulesMap, detail.styles), width)) if width > 0 else -1
        # Another card's title of as many lines: no layout of the whole screen for it.
        detail.update(shown, layout=height < 0 or height != self._detail_height)
        self._detail_height = height
