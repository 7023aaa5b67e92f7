"""The board's keys: select, move, vote, edit, tag, link, merge, park, delete, filter."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual import on
from textual.content import Content

from facilitator.capture import parse, unparse
from facilitator.domain.model import Card, Column, Contribution, Kind
from facilitator.tui.screens.note_base import NoteBase
from facilitator.tui.screens.picker import Choice, Picker, fold
from facilitator.tui.widgets.board import COLUMNS, BoardPane
from facilitator.tui.widgets.card_editor import LineEditor
from facilitator.tui.widgets.kind_badge import flat, kind_colours, kind_style
from facilitator.tui.widgets.timefmt import clock, local


class BoardKeys(NoteBase):
    """Mixin: actions on the board tab (bound in :class:`NoteKeys`)."""

    def _card(self) -> Card | None:
        card = self._board_pane.selected_card
        if card is None:
            self._tell("no_card")
        return card

    def action_board_column(self, delta: int) -> None:
        self._board_pane.focus_column(delta)

    def action_board_move(self, delta: int) -> None:
        card = self._card()
        if card is not None:
            self._board_pane.follow(card.id)
            self._run(self._app.board.move_card, card.id, delta)

    def action_board_move_column(self, delta: int) -> None:
        card = self._card()
        if card is None:
            return
        index = COLUMNS.index(card.column) + delta
        if 0 <= index < len(COLUMNS):
            self._board_pane.follow(card.id)
            self._run(self._app.board.move_card_to, card.id, COLUMNS[index])

    def action_board_vote(self, delta: int) -> None:
        card = self._card()
        if card is not None:
            self._run(self._app.board.vote, card.id, delta)

    def action_board_edit(self, suffix: str = "") -> None:
        card = self._card()
        if card is not None:
            self._edit_card(card, suffix)

    def action_board_tag(self) -> None:
        self.action_board_edit(" #")

    def action_board_owner(self) -> None:
        self.action_board_edit(" @")

    def action_board_due(self) -> None:
        self.action_board_edit(" tot " if self._lang == "nl" else " by ")

    @on(BoardPane.CardChosen)
    def _card_chosen(self, event: BoardPane.CardChosen) -> None:
        event.stop()
        state = self._now_state
        card = next((c for c in state.cards if c.id == event.card_id), None) if state else None
        if card is not None:
            self._edit_card(card)

    @on(BoardPane.ToolPressed)
    async def _tool_pressed(self, event: BoardPane.ToolPressed) -> None:
        event.stop()
        await self.run_action(event.action)

    def _edit_card(self, card: Card, suffix: str = "") -> None:
        context = self._capture_context()
        line = unparse(
            card.title, context, owners=card.owners, tags=card.tags, due=card.due, lang=self._lang
        )

        self._open_card_editor(card, line + suffix)

    def _open_card_editor(self, card: Card, line: str, problem: str = "") -> None:
        def save(value: str) -> None:
            parsed = parse(value, self._capture_context())

            def failed(result: Any) -> None:
                self._open_card_editor(card, value, result.message(self._lang))

            self._run(
                self._app.board.edit_card,
                card.id,
                title=parsed.text,
                owners=parsed.owners,
                tags=parsed.tags,
                due=parsed.due,
                failed=failed,
            )

        label = self._board_pane.view.labels.get(card.id, "")
        title = Content(self._w("edit.card", label=label)).stylize("bold")
        editor = LineEditor(
            title,
            line,
            context=self._capture_context,
            save=save,
            lang=self._lang,
            problem=problem,
        )
        self.app.push_screen(editor)
        self._run(
            self._app.board.card_contributions,
            card.id,
            then=lambda said: editor.show_about(self._provenance(said)),
        )

    def _provenance(self, said_on_card: Sequence[Contribution]) -> Content | None:
        """Who said what on this card, when and under which item (merges keep all of it)."""
        state = self._now_state
        if state is None:
            return None
        lines = []
        for said in said_on_card[:8]:
            person = state.participant(said.participant_id)
            item = state.item(said.item_id)
            at = clock(local(said.created_at, state.session.zone))
            where = f" · {state.items.index(item) + 1}" if item else ""
            who = person.name if person else "—"
            lines.append(Content(f"{at}{where} · {flat(who, 30)}: «{flat(said.text, 120)}»"))
        if not lines:
            return None
        head = Content(self._w("said")).stylize("bold")
        return Content("\n").join([head, *lines]).stylize("$foreground-muted")

    def _card_choices(self, cards: Sequence[Card], marked: Sequence[int] = ()) -> list[Choice]:
        labels = self._board_pane.view.labels
        colours = kind_colours(self.app)
        choices = []
        for n, card in enumerate(cards, start=1):
            kind = {Column.BARRIER: Kind.BARRIER, Column.OPPORTUNITY: Kind.OPPORTUNITY}.get(
                card.column, Kind.ACTION
            )
            mark = "✓ " if card.id in marked else "  "
            label = Content.assemble(
                mark,
                (labels.get(card.id, "").ljust(4), kind_style(colours, kind, bold=True)),
                flat(card.title, 90),
            )
            choices.append(
                Choice(card.id, n, label, fold(f"{labels.get(card.id, '')} {card.title}"))
            )
        return choices

    def action_board_link(self) -> None:
        card, state = self._card(), self._now_state
        if card is None or state is None:
            return
        if card.column == Column.ACTION:
            others = [c for c in state.cards if c.column != Column.ACTION]
            marked = list(card.links)
        else:
            others = [c for c in state.cards if c.column == Column.ACTION]
            marked = [c.id for c in others if card.id in c.links]
        if not others:
            self._tell("nothing_to_link")
            return
        labels = self._board_pane.view.labels

        def picked(other: int) -> None:
            a, b = labels.get(card.id, ""), labels.get(other, "")

            def done(linked: bool) -> None:
                self._tell("linked" if linked else "unlinked", a=a, b=b)

            self._run(self._app.board.toggle_link, card.id, other, then=done)

        picker = Picker(
            self._w("pick.link"),
            self._card_choices(others, marked),
            lang=self._lang,
            on_pick=picked,
        )
        self.app.push_screen(picker)

    def action_board_merge(self) -> None:
        card, state = self._card(), self._now_state
        if card is None or state is None:
            return
        others = [c for c in state.cards if c.column == card.column and c.id != card.id]
        if not others:
            self._tell("nothing_to_merge")
            return
        label = self._board_pane.view.labels.get(card.id, "")

        def picked(gone: int) -> None:
            self._board_pane.follow(card.id)
            self._run(
                self._app.board.merge,
                card.id,
                gone,
                then=lambda _: self._tell("merged", label=label),
            )

        title = self._w("pick.merge", label=label)
        picker = Picker(title, self._card_choices(others), lang=self._lang, on_pick=picked)
        self.app.push_screen(picker)

    def action_board_park(self) -> None:
        card = self._card()
        if card is not None:
            self._run(self._app.board.park, card.id)

    def action_board_delete(self) -> None:
        card = self._card()
        if card is not None:
            self._run(self._app.board.delete_card, card.id, then=lambda _: self._tell("deleted"))

    def action_board_filter(self) -> None:
        self._board_pane.open_filter()

    def action_board_clear_filter(self) -> None:
        self._board_pane.clear_filter()

    def action_board_sort(self) -> None:
        self._run(self._app.board.sort_by_votes, self._board_pane.active_column)
