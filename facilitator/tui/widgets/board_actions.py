"""The board pane's commands: move, vote, edit, tag, link, merge, park, delete, sort.

:class:`~facilitator.tui.widgets.board.BoardPane` binds the keys and calls these;
every change is given to the app (``host.submit(host.notes.X)``): one operation,
run in key order off the UI thread, undone whole by ``ctrl+z``.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from textual.content import Content

from facilitator.capture import format_due, parse, unparse
from facilitator.capture.parsing import TypedDue
from facilitator.domain.model import ActionStatus, Card, Column, Contribution, Kind
from facilitator.i18n import Catalog
from facilitator.i18n.formats import counted
from facilitator.service.carry import Carried
from facilitator.service.result import Failed, Refused
from facilitator.tui.screens.picker import Choice, Picker, fold, hint
from facilitator.tui.text import one_line
from facilitator.tui.widgets.board_card import STATUS_WORDS
from facilitator.tui.widgets.card_editor import DueEditor, LineEditor
from facilitator.tui.widgets.kind_badge import flat, kind_colours, kind_style
from facilitator.tui.widgets.log_actions import DELETED
from facilitator.tui.widgets.pane_commands import PaneCommands
from facilitator.tui.widgets.timefmt import clock, local

if TYPE_CHECKING:
    from facilitator.tui.widgets.board import BoardPane

COLUMNS = list(Column)

WORDS = Catalog(
    {
        "edit.card": ("Kaart {label} bewerken", "Edit card {label}"),
        "edit.due": (
            "Kaart {label}: nieuwe datum (was {due})",
            "Card {label}: new due date (was {due})",
        ),
        "edit.due_none": ("Kaart {label}: datum (nog geen)", "Card {label}: due date (none yet)"),
        "said": ("Gezegd", "Said"),
        "said.line": ("{at}{where} · {who}: «{text}»", "{at}{where} · {who}: “{text}”"),
        "pick.link": (
            "Koppelen aan (nogmaals kiezen ontkoppelt):",
            "Link to (pick again to unlink):",
        ),
        "pick.merge": (
            "Welke kaart zegt hetzelfde? Die gaat op in {label}.",
            "Which card says the same? It merges into {label}.",
        ),
        "no_card": ("Kies eerst een kaart.", "Select a card first."),
        "nothing_to_link": (
            "Er is nog niets om aan te koppelen.",
            "There is nothing to link to yet.",
        ),
        "nothing_to_merge": (
            "Geen andere kaart in deze kolom.",
            "No other card in this column.",
        ),
        "linked": ("{a} pakt nu {b} aan.", "{a} now addresses {b}."),
        "unlinked": ("{a} pakt {b} niet meer aan.", "{a} no longer addresses {b}."),
        "merged": (
            "Samengevoegd in {label}; {key[app.undo]} splitst ze weer.",
            "Merged into {label}; {key[app.undo]} splits them again.",
        ),
        "deleted": (
            "Kaart {label} «{text}» verwijderd; {key[app.undo]} zet haar terug.",
            "Card {label} “{text}” deleted; {key[app.undo]} brings it back.",
        ),
        "status_only_actions": (
            "Alleen een actie heeft een status (open, gedaan, vervallen).",
            "Only an action has a status (open, done, dropped).",
        ),
        "status": ("{label} is nu: {status}.", "{label} is now: {status}."),
        "already.status": (
            "{label} is al {status}; er is niets veranderd.",
            "{label} is already {status}; nothing was changed.",
        ),
        "parked": (
            "{label} geparkeerd als open punt; {key[board.park]} haalt het terug.",
            "{label} parked as an open point; {key[board.park]} takes it back.",
        ),
        "unparked": ("{label} niet meer geparkeerd.", "{label} no longer parked."),
        "already.parked": (
            "{label} is al geparkeerd als open punt; er is niets veranderd.",
            "{label} is already parked as an open point; nothing was changed.",
        ),
        "already.unparked": (
            "{label} is al niet meer geparkeerd; er is niets veranderd.",
            "{label} is already no longer parked; nothing was changed.",
        ),
        "already.linked": (
            "{a} pakt {b} al aan; er is niets veranderd.",
            "{a} already addresses {b}; nothing was changed.",
        ),
        "already.unlinked": (
            "{a} pakt {b} al niet meer aan; er is niets veranderd.",
            "{a} already no longer addresses {b}; nothing was changed.",
        ),
        "carried.one": (
            "{n} overgenomen van: {sources}. Ze staat bovenaan de acties.",
            "{n} taken over from: {sources}. It is at the top of the actions.",
        ),
        "carried.many": (
            "{n} overgenomen van: {sources}. Ze staan bovenaan de acties.",
            "{n} taken over from: {sources}. They are at the top of the actions.",
        ),
        "n.actions": ("open actie|open acties", "open action|open actions"),
        "carried_none_why": (
            "Geen nieuwe open acties van eerdere tafels in deze regio: {why}.",
            "No new open actions of earlier tables in this region: {why}.",
        ),
    }
)


def without_marker(line: str, marker: str) -> str:
    """The line without ``marker`` at its end when nothing was typed after it: ``#`` and
    then Enter saves no ``#`` in the card's text, ``!`` and Enter no ``tot``."""
    if not marker:
        return line
    stripped = line.rstrip()
    if stripped == marker:
        return ""
    if stripped.endswith(marker) and stripped[-len(marker) - 1].isspace():
        return stripped[: -len(marker)].rstrip()
    return line


class BoardCommands(PaneCommands):
    """What the board's keys do, for one :class:`BoardPane`."""

    WORDS = WORDS

    def __init__(self, pane: BoardPane) -> None:
        super().__init__(pane)
        self.pane: BoardPane = pane
        self._labels: dict[int, str] = {}
        """Each card's label as its editor last showed it."""

    def _shown(self, value: object) -> Any:
        """``value`` as this window shows it, for a toggle (``S``, ``P``, ``l``) to find it
        unchanged when it runs: another window's same key at the same moment got there
        first, and this one changes nothing. None while this window's own commands are on
        their way (``S S`` typed at once goes on twice): the command decides when it runs."""
        return None if self.host.behind else value

    def _already(self, **values: object) -> Any:
        """A ``failed`` that says, in this window's words (with the card's label), that
        another window made the change already; other refusals are said as they come."""

        def failed(result: Any) -> bool:
            if not (isinstance(result, Refused) and result.key.startswith("board.already_")):
                return False
            now = result.key.removeprefix("board.already_")  # done, parked, linked...
            if now in set(ActionStatus):
                self._tell("already.status", status=STATUS_WORDS(self._lang, now), **values)
            else:
                self._tell(f"already.{now}", **values)
            return True

        return failed

    def _card(self) -> Card | None:
        card = self.pane.selected_card
        if card is None:
            self._tell("no_card")
        return card

    def move(self, delta: int) -> None:
        card = self._card()
        if card is not None:
            self.pane.follow(card.id)
            self._run(self.host.board.move_card, card.id, delta)

    def move_column(self, delta: int) -> None:
        card = self._card()
        if card is None:
            return
        index = COLUMNS.index(card.column) + delta
        if 0 <= index < len(COLUMNS):
            self.pane.follow(card.id)
            self._run(self.host.board.move_card_to, card.id, COLUMNS[index])

    def vote(self, delta: int) -> None:
        card = self._card()
        if card is not None:
            self._run(self.host.board.vote, card.id, delta)

    def edit(self, marker: str = "") -> None:
        card = self._card()
        if card is not None:
            self.edit_card(card, marker)

    def tag(self) -> None:
        self.edit("#")

    def owner(self) -> None:
        self.edit("@")

    def due(self) -> None:
        """A new due date, and only that: the card's text stands above the line, which
        holds the due word, ready for the date."""
        card = self._card()
        if card is not None:
            self._open_due_editor(card, "tot " if self._lang == "nl" else "by ")

    def edit_card(self, card: Card, marker: str = "") -> None:
        """The card's line in the editor; ``marker`` (``#``, ``@``) is put after it, ready
        for what is typed next."""
        context = self._capture_context()
        line = unparse(
            card.title,
            context,
            owners=card.owners,
            tags=card.tags,
            due=card.due,
            lang=self._lang,
        )
        if marker:
            line += f" {marker}"
        self._open_card_editor(card, line, marker=marker)

    def _open_card_editor(
        self,
        card: Card,
        line: str,
        problem: str = "",
        unsaved: bool = False,
        knowingly: bool = False,
        *,
        marker: str = "",
    ) -> None:
        """``knowingly``: the line is back after another window's change was said; Enter
        then saves it over that change. ``marker``: what the key put at the end of the
        line; left there with nothing after it, it is not saved as text."""

        def save(value: str) -> None:
            parsed = parse(without_marker(value, marker), self._capture_context())

            def failed(result: Any) -> None:
                unsaved = isinstance(result, Failed)
                again = knowingly or getattr(result, "key", "") == "board.changed_elsewhere"
                self._open_card_editor(
                    card, value, self._unsaved(result), unsaved, again, marker=marker
                )

            self._run(
                self.host.board.edit_card,
                card.id,
                title=parsed.text,
                owners=parsed.owners,
                tags=parsed.tags,
                due=parsed.due,
                seen=None if knowingly else card,
                failed=failed,
            )

        title = Content(self._title("edit.card", card)).stylize("bold")
        editor = LineEditor(
            title,
            line,
            context=self._capture_context,
            save=save,
            lang=self._lang,
            problem=problem,
            unsaved=unsaved,
        )
        self._push_editor(editor, card)

    def _push_editor(self, editor: LineEditor, card: Card) -> None:
        """Open ``editor`` on ``card``, and show under it who said what on the card once
        that is read."""
        self.pane.app.push_screen(editor)
        self._run(
            self.host.board.card_contributions,
            card.id,
            then=lambda said: editor.show_about(self._provenance(said)),
        )

    def _title(self, key: str, card: Card, **values: object) -> str:
        """The editor's title for ``card``, with its label as it was when the editor first
        opened (a card another window deleted meanwhile has none any more: the title said
        "Kaart  bewerken")."""
        label = self.pane.view.labels.get(card.id, "") or self._labels.get(card.id, "")
        self._labels[card.id] = label
        words = self._w(key, label=label, **values)
        return words.replace("  ", " ").replace(" :", ":")

    def _open_due_editor(
        self,
        card: Card,
        line: str,
        problem: str = "",
        unsaved: bool = False,
        knowingly: bool = False,
    ) -> None:
        """The card's due date on its own (``!``): the card's text stands in the title and
        only the date changes (see :class:`DueEditor`)."""
        context = self._capture_context()

        def save(read: TypedDue, value: str) -> None:
            if read.keeps:  # nothing typed after the due word: the date stays
                return

            def failed(result: Any) -> None:
                again = knowingly or getattr(result, "key", "") == "board.changed_elsewhere"
                self._open_due_editor(
                    card, value, self._unsaved(result), isinstance(result, Failed), again
                )

            self._run(
                self.host.board.edit_card,
                card.id,
                due=None if read.clear else read.due,
                seen=None if knowingly else card,
                failed=failed,
            )

        if card.due is not None:
            was = format_due(card.due, self._lang, context.today)
            heading = self._title("edit.due", card, due=was)
        else:
            heading = self._title("edit.due_none", card)
        text = unparse(card.title, context, owners=card.owners, tags=card.tags, lang=self._lang)
        title = Content("\n").join(
            [Content(heading).stylize("bold"), Content(flat(text, 200)).stylize("$text-muted")]
        )
        editor = DueEditor(
            title,
            line,
            context=self._capture_context,
            save_due=save,
            was=card.due,
            lang=self._lang,
            problem=problem,
            unsaved=unsaved,
        )
        self._push_editor(editor, card)

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
            line = self._w(
                "said.line", at=at, where=where, who=flat(who, 30), text=flat(said.text, 120)
            )
            lines.append(Content(line))
        if not lines:
            return None
        head = Content(self._w("said")).stylize("bold")
        return Content("\n").join([head, *lines]).stylize("$foreground-muted")

    def _card_choices(self, cards: Sequence[Card], marked: Sequence[int] = ()) -> list[Choice]:
        labels = self.pane.view.labels
        colours = kind_colours(self.pane.app)
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
                Choice(
                    card.id,
                    card.number or n,
                    label,
                    fold(f"{labels.get(card.id, '')} {card.title}"),
                )
            )
        return choices

    def link(self) -> None:
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
        labels = self.pane.view.labels
        shown = self._shown(marked)  # the links the picker marks, as this window shows them

        def picked(other: int) -> None:
            a, b = labels.get(card.id, ""), labels.get(other, "")

            def done(linked: bool) -> None:
                self._tell("linked" if linked else "unlinked", a=a, b=b)

            self._run(
                self.host.board.toggle_link,
                card.id,
                other,
                seen=None if shown is None else other in shown,
                then=done,
                failed=self._already(a=a, b=b),
            )

        picker = Picker(
            self._w("pick.link"),
            self._card_choices(others, marked),
            lang=self._lang,
            on_pick=picked,
            hint=hint(self._lang, "card"),
        )
        self.pane.app.push_screen(picker)

    def merge(self) -> None:
        card, state = self._card(), self._now_state
        if card is None or state is None:
            return
        others = [c for c in state.cards if c.column == card.column and c.id != card.id]
        if not others:
            self._tell("nothing_to_merge")
            return
        label = self.pane.view.labels.get(card.id, "")

        def picked(gone: int) -> None:
            self.pane.follow(card.id)
            self._run(
                self.host.board.merge,
                card.id,
                gone,
                then=lambda _: self._tell("merged", label=label),
            )

        title = self._w("pick.merge", label=label)
        picker = Picker(
            title,
            self._card_choices(others),
            lang=self._lang,
            on_pick=picked,
            hint=hint(self._lang, "card"),
        )
        self.pane.app.push_screen(picker)

    def park(self) -> None:
        card = self._card()
        if card is not None:
            label = self.pane.view.labels.get(card.id, "")
            self._run(
                self.host.board.park,
                card.id,
                seen=self._shown(card.parked),
                then=lambda parked: self._tell("parked" if parked else "unparked", label=label),
                failed=self._already(label=label),
            )

    def carry(self) -> None:
        """Take over the open actions of earlier tables of this region (the palette)."""

        def told(done: Carried) -> None:
            if done.cards:
                n = counted(len(done.cards), self._w("n.actions"))
                many = "one" if len(done.cards) == 1 else "many"
                self._tell(f"carried.{many}", n=n, sources=done.taken_from(self._lang))
            elif done.sources:
                self._tell("carried_none_why", why=done.why_nothing(self._lang))
            else:  # what facilitator carry-forward says: the region, and what to do
                self.pane.notify(done.none_read(self._lang, advised), markup=False)

        def advised(slugs: list[str]) -> str:
            """The command to type, on this window's database (not the default one)."""
            words = ["carry-forward", *slugs, "--db", str(self.host.services.store.path)]
            return " ".join(["facilitator", *(shlex.quote(word) for word in words)])

        self._run(self.host.services.carry.carry_forward, ("region",), then=told)

    def status(self) -> None:
        """An action's status, round: open → done → dropped → open."""
        card = self._card()
        if card is None:
            return
        if card.column != Column.ACTION:
            self._tell("status_only_actions")
            return
        label = self.pane.view.labels.get(card.id, "")

        def told(status: ActionStatus) -> None:
            self._tell("status", label=label, status=STATUS_WORDS(self._lang, status.value))

        self._run(
            self.host.board.set_status,
            card.id,
            seen=self._shown(card.status),
            then=told,
            failed=self._already(label=label),
        )

    def delete(self) -> None:
        card = self._card()
        if card is None:
            return
        # which card went, named: its label and its start, as typed (a notice is never markup)
        named = {
            "label": self.pane.view.labels.get(card.id, ""),
            "text": one_line(card.title, DELETED),
        }
        self._run(
            self.host.board.delete_card, card.id, then=lambda _: self._tell("deleted", **named)
        )

    def sort(self) -> None:
        self._run(self.host.board.sort_by_votes, self.pane.active_column)
