"""The contribution log's commands: edit, re-kind, re-attribute, re-file, tag, delete.

:class:`~facilitator.tui.widgets.log.ContributionLog` binds the keys and calls
these; every change is given to the app (``host.submit(host.notes.X)``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.content import Content

from facilitator.capture import parse, unparse
from facilitator.domain.model import BOARD_KINDS, Card, Contribution, Kind
from facilitator.i18n import Catalog
from facilitator.service import NoteService
from facilitator.service.result import Failed
from facilitator.tui.screens.picker import Choice, Picker, fold, hint, item_choices
from facilitator.tui.text import one_line
from facilitator.tui.widgets.card_editor import LineEditor
from facilitator.tui.widgets.kind_badge import kind_colours, kind_style, kind_word
from facilitator.tui.widgets.pane_commands import PaneCommands

if TYPE_CHECKING:
    from facilitator.tui.widgets.log import ContributionLog

WORDS = Catalog(
    {
        "edit.contribution": ("Bijdrage bewerken", "Edit contribution"),
        "pick.kind": ("Welke soort?", "Which kind?"),
        "pick.item": ("Onder welk agendapunt?", "Under which agenda item?"),
        "no_row": ("Kies eerst een bijdrage.", "Select a contribution first."),
        "deleted": (
            "{kind} «{text}» verwijderd; {key[app.undo]} zet het terug.",
            "{kind} “{text}” deleted; {key[app.undo]} brings it back.",
        ),
        "off_board": (
            "«{title}» is van het bord gegaan, en met de kaart {lost}; {key[app.undo]} zet haar "
            "terug.",
            "“{title}” went off the board, and with its card {lost}; {key[app.undo]} brings it "
            "back.",
        ),
        "lost.owners": ("de trekker", "the owner"),
        "lost.due": ("de deadline", "the due date"),
        "lost.votes": ("de stemmen", "the votes"),
        "lost.links": ("de koppelingen", "the links"),
    }
)


DELETED = 40
"""How many characters of a deleted contribution's text its notice quotes, at most."""


class LogCommands(PaneCommands):
    """What the log's keys do, for one :class:`ContributionLog`."""

    WORDS = WORDS

    def __init__(self, pane: ContributionLog) -> None:
        super().__init__(pane)
        self.pane: ContributionLog = pane

    @property
    def _notes(self) -> NoteService:
        return self.host.notes

    def _row(self) -> Contribution | None:
        said = self.pane.selected
        if said is None:
            self._tell("no_row")
        return said

    def edit(self, suffix: str = "") -> None:
        said = self._row()
        if said is not None:
            self.edit_contribution(said, suffix)

    def speaker(self) -> None:
        self.edit(" ~")

    def tag(self) -> None:
        self.edit(" #")

    def edit_contribution(self, said: Contribution, suffix: str = "") -> None:
        on_board = said.kind in BOARD_KINDS
        state = self._now_state
        cards = state.cards if state and on_board else []
        card = next((c for c in cards if c.id == said.card_id), None)
        context = self._capture_context()
        line = unparse(
            said.text,
            context,
            owners=card.owners if card else (),
            tags=said.tags,
            due=card.due if card else None,
            lang=self._lang,
        )

        self._open_editor(said, line + suffix, on_board, card)

    def _open_editor(
        self,
        said: Contribution,
        line: str,
        on_board: bool,
        card: Card | None,
        problem: str = "",
        unsaved: bool = False,
        knowingly: bool = False,
    ) -> None:
        """``knowingly``: the line is back after another window's change was said; Enter
        then saves it over that change."""

        def save(value: str) -> None:
            parsed = parse(value, self._capture_context(), board=on_board)
            extra: dict[str, Any] = {}
            if card is not None:
                extra.update(owners=parsed.owners, due=parsed.due)
            if parsed.speaker_set:
                extra["participant_id"] = parsed.speaker
            if not knowingly:
                extra.update(seen=said, seen_card=card)

            def failed(result: Any) -> None:
                reason = self._unsaved(result)
                unsaved = isinstance(result, Failed)
                again = knowingly or getattr(result, "key", "") == "board.changed_elsewhere"
                self._open_editor(said, value, on_board, card, reason, unsaved, again)

            self._run(
                self._notes.edit_contribution,
                said.id,
                parsed.text,
                tags=parsed.tags,
                failed=failed,
                **extra,
            )

        colours = kind_colours(self.pane.app)
        title = Content.assemble(
            (self._w("edit.contribution"), "bold"),
            "  ",
            (kind_word(said.kind, self._lang).upper(), kind_style(colours, said.kind, bold=True)),
        )
        editor = LineEditor(
            title,
            line,
            context=self._capture_context,
            save=save,
            board=on_board,
            lang=self._lang,
            problem=problem,
            unsaved=unsaved,
        )
        self.pane.app.push_screen(editor)

    def rekind(self) -> None:
        said = self._row()
        if said is None:
            return
        colours = kind_colours(self.pane.app)
        choices = [
            Choice(
                n,
                n,
                Content(kind_word(kind, self._lang)).stylize(kind_style(colours, kind, bold=True)),
                fold(f"{kind_word(kind, 'nl')} {kind_word(kind, 'en')}"),
            )
            for n, kind in enumerate(Kind, start=1)
        ]
        kinds = list(Kind)

        def picked(number: int) -> None:
            kind = kinds[number - 1]
            lost = self._off_the_board(said, kind)
            title = one_line(said.text, 60)
            then = (lambda _done: self._warn("off_board", title=title, lost=lost)) if lost else None
            self._run(self._notes.rekind, said.id, kind, then=then)

        current = kinds.index(said.kind) + 1
        picker = Picker(
            self._w("pick.kind"),
            choices,
            lang=self._lang,
            highlight=current,
            on_pick=picked,
            hint=hint(self._lang, "kind"),
        )
        self.pane.app.push_screen(picker)

    def _off_the_board(self, said: Contribution, kind: Kind) -> str:
        """What a card takes with it when its only contribution becomes a kind the board
        does not hold (a note, a question): its owners, due date, votes and links ('' if
        none, or if it stays on the board)."""
        state = self._now_state
        if kind in BOARD_KINDS or state is None or said.card_id is None:
            return ""
        card = next((c for c in state.cards if c.id == said.card_id), None)
        if card is None:
            return ""
        lost = [
            self._w(word)
            for word, held in (
                ("lost.owners", card.owners),
                ("lost.due", card.due),
                ("lost.votes", card.votes),
                ("lost.links", card.links),
            )
            if held
        ]
        return ", ".join(lost)

    def _warn(self, key: str, **values: object) -> None:
        self.host.say(self._w(key, **values), "warning", timeout=10)

    def item(self) -> None:
        said, state = self._row(), self._now_state
        if said is None or state is None:
            return

        def picked(item_id: int) -> None:
            self._run(self._notes.move_to_item, said.id, item_id)

        picker = Picker(
            self._w("pick.item"),
            item_choices(state),
            lang=self._lang,
            highlight=said.item_id,
            on_pick=picked,
            hint=hint(self._lang, "item"),
        )
        self.pane.app.push_screen(picker)

    def delete(self) -> None:
        said = self._row()
        if said is None:
            return
        kind = kind_word(said.kind, self._lang)
        # what went, named: its kind and its start, as typed (a notice is never markup)
        named = {"kind": kind[:1].upper() + kind[1:], "text": one_line(said.text, DELETED)}
        self._run(
            self._notes.delete_contribution, said.id, then=lambda _: self._tell("deleted", **named)
        )
