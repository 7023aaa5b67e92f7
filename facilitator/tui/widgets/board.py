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

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Click
from textual.reactive import reactive
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from facilitator.domain.model import BOARD_KINDS, Card, Column
from facilitator.i18n import Catalog
from facilitator.service import SessionState
from facilitator.tui.actions import Scope, bindings
from facilitator.tui.keys import focus_now
from facilitator.tui.screens.dialog import FilterInput
from facilitator.tui.widgets.board_actions import BoardCommands
from facilitator.tui.widgets.board_card import (
    BoardFilter,
    BoardView,
    build_view,
    card_prompt,
    column_title,
)
from facilitator.tui.widgets.capture import capture_context
from facilitator.tui.widgets.kind_badge import flat, kind_colours, kind_style
from facilitator.tui.words import Localised

WORDS = Catalog(
    {
        "empty": ("(leeg)", "(empty)"),
        "filter.placeholder": (
            "filter: #tag, agendapunt (cijfer), woorden — Esc wist",
            "filter: #tag, agenda item (number), words — Esc clears",
        ),
        "filter.on": (
            "filter: {text}  (/ wijzigen · Esc wissen)",
            "filter: {text}  (/ edit · Esc clear)",
        ),
        "hint": (
            "←→ kolom · ⇧↑↓ verplaats · ⇧←→ andere kolom · Enter bewerk · v +1 · l koppel · "
            "M samenvoegen · / filter",
            "←→ column · ⇧↑↓ move · ⇧←→ other column · Enter edit · v +1 · l link · "
            "M merge · / filter",
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


class CardList(OptionList):
    """The cards of one column. A click selects a card; a second click opens it."""

    def __init__(self, column: Column) -> None:
        super().__init__(id=f"cards-{column.value}", classes="card-list")
        self.column = column
        self._last_clicked: int | None = None

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
    """What the filter line says (``#tag``, an item number, words)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = BoardView()
        self.active_column: Column = Column.BARRIER
        self._follow: int | None = None
        self._shown: dict[Column, list[tuple[str, str]]] = {}
        self._drawn: tuple[object, ...] = ()
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
                with Vertical(id=f"column-{column.value}", classes="board-column"):
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
        card_id = self.selected_card_id
        state = self.state
        return next((c for c in state.cards if c.id == card_id), None) if state else None

    def focus_column(self, delta: int = 0, column: Column | None = None) -> None:
        """Focus the column ``delta`` away (or ``column``); an empty board column gives way."""
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
        state = self.state
        card = next((c for c in state.cards if c.id == card_id), None) if state else None
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

    def _refresh_board(self) -> None:
        state = self.state
        if state is None or not self.is_mounted:
            return
        # Most reloads are the console's (timer, queue): redraw only when the board changed.
        drawn = (
            state.cards,
            [(p.id, p.name, p.organisation) for p in state.participants],
            [i.id for i in state.items],
            self.filter_text,
            self.lang,
            self.app.theme,
        )
        if drawn == self._drawn and self._follow is None:
            return
        self._drawn = drawn
        flt = BoardFilter.parse(self.filter_text)
        self.view = view = build_view(state, self.lang, flt if flt.active else None)
        colours = kind_colours(self.app)
        context = capture_context(self.app, state)
        follow = self._follow
        for column in COLUMNS:
            title = column_title(column, view, self.lang, flt.active)
            style = kind_style(colours, KIND_OF[column], bold=True)
            self.query_one(f"#column-{column.value}").border_title = Content(title).stylize(style)
            prompts = [
                (
                    option_id(card.id),
                    card_prompt(
                        card,
                        view,
                        state,
                        lang=self.lang,
                        colours=colours,
                        today=context.today,
                        context=context,
                    ),
                )
                for card in view.columns[column]
            ]
            self._fill(column, prompts)
            if follow is not None and any(c.id == follow for c in view.columns[column]):
                cards = self.card_list(column)
                cards.highlighted = cards.get_option_index(option_id(follow))
                if self.screen.focused is None or isinstance(self.screen.focused, CardList):
                    self.focus_column(column=column)
                self.active_column = column
        self._follow = None
        self._show_hint(flt)
        self._show_detail()

    def _fill(self, column: Column, prompts: list[tuple[str, Content]]) -> None:
        signature = [(oid, prompt.markup) for oid, prompt in prompts]
        if self._shown.get(column) == signature:
            return
        self._shown[column] = signature
        cards = self.card_list(column)
        selected = card_id_of(cards.highlighted_option)
        index = cards.highlighted
        options: list[Option | None] = []
        for n, (oid, prompt) in enumerate(prompts):
            if n:
                options.append(None)
            options.append(Option(prompt, id=oid))
        if not prompts:
            options = [Option(Content(self.t("empty")).stylize("$foreground-muted"), disabled=True)]
        cards.set_options(options)
        if not prompts:
            return
        if selected is not None and any(oid == option_id(selected) for oid, _ in prompts):
            cards.highlighted = cards.get_option_index(option_id(selected))
        else:
            ids = [oid for oid, _ in prompts]
            cards.highlighted = cards.get_option_index(ids[min(index or 0, len(ids) - 1)])

    def _show_hint(self, flt: BoardFilter) -> None:
        hint = self.query_one("#board-hint", Static)
        if flt.active:
            hint.update(Content(self.t("filter.on", text=" ".join(self.filter_text.split()))))
            hint.add_class("-filtered")
        else:
            hint.update(Content(self.t("hint")).stylize("$foreground-muted"))
            hint.remove_class("-filtered")

    def _show_detail(self) -> None:
        detail = self.query_one("#board-detail", Static)
        card = self.selected_card
        if card is None or self.compact:
            detail.update(Content(""))
            return
        detail.update(Content(flat(card.title, 600)))
