"""Undo and redo: whole operations of the change log, taken back or done again.

What an operation was called is its stored label; :func:`describe` in
:mod:`facilitator.service.changes` names it in the user's language.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from facilitator.domain.errors import DomainError
from facilitator.domain.model import Column
from facilitator.domain.numbering import numbers
from facilitator.i18n import Catalog
from facilitator.records import record
from facilitator.service.base import Service
from facilitator.service.changes import Change, describe
from facilitator.service.origin import describe as describe_origin

if TYPE_CHECKING:
    from facilitator.store.store import LoggedChange


@record
class Entry:
    """One line of the history: when, who (in words), what (in words), what became of it."""

    at: datetime
    who: str
    what: str
    state: str  # done, undone, dead (redo no longer possible), fixed, held, held_undone, …


class HistoryService(Service):
    """Undo and redo of one session's operations (of one ``origin``, if given)."""

    def undo(self) -> str:
        """Revert the latest operation; its label. Refused when there is nothing to undo."""
        try:
            label = self.store.undo(self.session_id, origin=self.origin, while_closed=Change.CLOSE)
        except DomainError as refused:
            raise _named(refused) from None
        if label is None:
            raise DomainError("history.nothing_to_undo")
        return label

    def redo(self) -> str:
        """Re-apply the operation undone last; its label. Refused when there is nothing to redo."""
        try:
            label = self.store.redo(self.session_id, origin=self.origin, while_closed=Change.REOPEN)
        except DomainError as refused:
            raise _named(refused) from None
        if label is None:
            raise DomainError("history.nothing_to_redo")
        return label

    def entries(self, lang: str) -> list[Entry]:
        """Every operation of the session, oldest first, with who made it: the history.

        An undo or redo names the operation it took back or did again.
        """
        operations = self.store.operations(self.session_id)
        labels = {op.id: op.label for op in operations}
        targets = {op.id: op.target_op for op in operations if op.target_op is not None}
        log = self.store.log(self.session_id)
        cards, moves = self._cards_changed(lang, targets, log)
        said = self._contributions_changed(log)
        floor = self._people_and_items(lang, log, labels, targets)
        zone = self.session().zone
        found = []
        for op in operations:
            what = moves.get(op.id) or describe(op.label, lang)
            if op.target_op is not None and op.target_op in labels:
                target = moves.get(op.target_op) or describe(labels[op.target_op], lang)
                what = f"{what}: {target}"
            if op.id in cards:
                what = f"{what} · {cards[op.id]}"
            elif op.id in said:  # a note, a question…: no card to name, its text then
                what = f"{what} · {said[op.id]}"
            elif op.id in floor:  # a hand, the floor: whose; the minutes: of which item
                what = f"{what} · {floor[op.id]}"
            at = datetime.fromisoformat(op.at).astimezone(zone)
            found.append(Entry(at, describe_origin(op.origin, lang), what, op.state))
        return found

    def _people_and_items(
        self,
        lang: str,
        log: list[LoggedChange],
        labels: dict[int, str],
        targets: dict[int, int],
    ) -> dict[int, str]:
        """Whose hand was raised, who was given the floor and which item's minutes were
        changed, by operation id (an undo or redo of one too): the participant's number
        and name (``3 Jeroen Brinkhuis``), the item's number and the start of its title
        (``punt 2 «Mbo 2/3 na de coronacrisis»``)."""
        rows = {Change.HAND.value: "queue", Change.FLOOR.value: "speeches"}
        person: dict[int, int] = {}
        item: dict[int, int] = {}
        for change in log:
            label = labels.get(targets.get(change.op_id, change.op_id), "")
            if label == Change.MINUTES.value and change.table == "agenda_items":
                item.setdefault(change.op_id, change.row_id)
            elif rows.get(label) == change.table and change.action in ("insert", "delete"):
                row = change.after if change.action == "insert" else change.before
                who = (row or {}).get("participant_id")
                if isinstance(who, int):
                    person.setdefault(change.op_id, who)
        if not person and not item:
            return {}
        named: dict[int, str] = {}
        if person:
            people = self.store.participants(self.session_id, include_removed=True)
            numbered, names = numbers(people), {p.id: p.name for p in people}
            for op_id, who in person.items():
                if who in names:
                    number = numbered.get(who)
                    named[op_id] = f"{number} {names[who]}" if number else names[who]
        if item:
            items = self.store.items(self.session_id, include_removed=True)
            numbered, titles = numbers(items), {i.id: i.title for i in items}
            for op_id, item_id in item.items():
                if item_id in titles:
                    title = f"«{_start(titles[item_id])}»"
                    number = numbered.get(item_id)
                    named[op_id] = ITEMS(lang, "item", n=number, title=title) if number else title
        return named

    def _contributions_changed(self, log: list[LoggedChange]) -> dict[int, str]:
        """The contribution each operation changed, by operation id: the start of its text
        right after that operation (``«Wie betaalt het vervoer?»``; one the operation
        deleted, as it was before), ``+2`` for two more it changed."""
        now: dict[int, dict[str, Any]] = {
            said.id: {"text": said.text} for said in self.store.contributions(self.session_id)
        }
        changes = [change for change in log if change.table == "contributions"]
        then = _rows_then(changes, now)
        changed: dict[int, list[int]] = {}
        for change in changes:
            ids = changed.setdefault(change.op_id, [])
            if change.row_id not in ids:
                ids.append(change.row_id)
        named = {}
        for op_id, ids in changed.items():
            text = _start(str((then.get((op_id, ids[0])) or {}).get("text") or ""))
            if text:
                more = f" +{len(ids) - 1}" if len(ids) > 1 else ""
                named[op_id] = f"«{text}»{more}"
        return named

    def _cards_changed(
        self, lang: str, targets: dict[int, int], log: list[LoggedChange]
    ) -> tuple[dict[int, str], dict[int, str]]:
        """The card each operation changed, by operation id, as the board named it right
        after that operation: its number and the start of its text then (``B3 «Te weinig
        stageplaatsen …»``; a card the operation deleted, as it was before), so that an
        entry reads the same whatever happened to the card later; ``+2`` for two more
        cards it changed. And each move of a card in words, where it went
        (:func:`_move_words`), by operation id; the card moved is named first. An undo or
        redo (``targets``: the operation each of those took back or did again) names the
        card that operation names, as it was right after the undo or redo: an undo takes
        the changes back newest first, and would else be named by the last card changed
        (the action whose link a merge moved, not the card kept)."""
        now: dict[int, dict[str, Any]] = {
            card.id: {"column": card.column.value, "number": card.number, "title": card.title}
            for card in self.store.cards(self.session_id, include_merged=True)
        }
        log = [change for change in log if change.table == "cards"]
        then = _rows_then(log, now)
        changed: dict[int, list[int]] = {}
        to_column: dict[int, tuple[int, str]] = {}  # a move's op: the card, its new column
        in_column: dict[int, tuple[int, bool, str]] = {}  # the card, up or not, its column
        for change in log:
            ids = changed.setdefault(change.op_id, [])
            if change.row_id not in ids:
                ids.append(change.row_id)
            if change.label != Change.MOVE_CARD or not change.before or not change.after:
                continue
            before, after = change.before, change.after
            column = then.get((change.op_id, change.row_id), {}).get("column")
            if "column" in after and before.get("column") != after["column"]:
                to_column.setdefault(change.op_id, (change.row_id, str(after["column"])))
            elif "position" in after and isinstance(before.get("position"), int | float) and column:
                up = float(after["position"]) < float(before["position"])
                in_column.setdefault(change.op_id, (change.row_id, up, str(column)))
        moves: dict[int, str] = {}
        lead: dict[int, int] = {}  # a move's op: the card moved
        for op_id, (card_id, column) in to_column.items():
            lead[op_id], moves[op_id] = card_id, _move_words(lang, column)
        for op_id, (card_id, up, column) in in_column.items():
            if op_id not in moves:
                lead[op_id] = card_id
                moves[op_id] = _move_words(lang, column, "up" if up else "down")

        def in_order(op_id: int) -> list[int]:
            """The cards ``op_id`` changed, the card moved first."""
            ids, first = changed[op_id], lead.get(op_id)
            return [first, *(i for i in ids if i != first)] if first in ids else ids

        named = {}
        for op_id in changed:
            target = targets.get(op_id)
            if target in changed:  # an undo takes the cards back the other way round
                rank = {card_id: n for n, card_id in enumerate(in_order(target))}
                ids = sorted(changed[op_id], key=lambda card_id: rank.get(card_id, len(rank)))
            else:
                ids = in_order(op_id)
            words = _card_words(then.get((op_id, ids[0])) or {}, lang)
            if words and len(ids) > 1:
                words = f"{words} +{len(ids) - 1}"
            if words:
                named[op_id] = words
        return named, moves


def _rows_then(
    log: list[LoggedChange], now: dict[int, dict[str, Any]]
) -> dict[tuple[int, int], dict[str, Any]]:
    """Each row of one table (a card, a contribution) as it was right after each operation
    that changed it, by (operation id, row id); a row the operation deleted, as it was
    before. Worked back from the rows as they are now (``now``), undoing the log's changes
    newest first: an update logs only the values it changed, and a row may have been made
    before its log began."""
    cards: dict[int, dict[str, Any] | None] = {card: dict(row) for card, row in now.items()}
    then: dict[tuple[int, int], dict[str, Any]] = {}
    for change in reversed(log):
        card, key = change.row_id, (change.op_id, change.row_id)
        state = cards.get(card)
        if key not in then and state:
            then[key] = dict(state)  # the operation's last change of the card: after it
        if change.action == "insert":
            cards[card] = None
        elif change.action == "delete":
            cards[card] = dict(change.before or {})
            then.setdefault(key, dict(change.before or {}))  # deleted: as it was before
        else:
            cards[card] = {**(state or {}), **(change.before or {})}
    return then


ITEMS = Catalog({"item": ("punt {n} {title}", "item {n} {title}")})
"""An agenda item as the history names it: its number and the start of its title."""
MOVES = Catalog(
    {
        "to": ("kaart verplaatst naar {column}", "card moved to {column}"),
        "up": ("kaart omhoog verplaatst bij {column}", "card moved up in {column}"),
        "down": ("kaart omlaag verplaatst bij {column}", "card moved down in {column}"),
    }
)
"""Where a card was moved, as the history says it."""
COLUMNS = Catalog(
    {
        Column.BARRIER.value: ("de barrières", "the barriers"),
        Column.OPPORTUNITY.value: ("de kansen", "the opportunities"),
        Column.ACTION.value: ("de acties", "the actions"),
    }
)


def _move_words(lang: str, column: str, way: str = "to") -> str:
    """A card moved ``to`` another column, or ``up`` or ``down`` its own, in words; a
    column this version does not know, as stored."""
    said = COLUMNS(lang, column) if column in COLUMNS else column
    return MOVES(lang, way, column=said)


_START = 30
"""How many characters of a card's or a contribution's text the history shows, at most
(whole words)."""


def _start(text: str) -> str:
    """The start of ``text`` on one line: whole words up to :data:`_START` characters,
    then `` …``."""
    text = " ".join(text.split())
    if len(text) > _START:
        cut = text[: _START + 1].rsplit(" ", 1)[0] if " " in text[:_START] else ""
        text = f"{cut or text[:_START]} …"
    return text


def _card_words(card: dict[str, Any], lang: str) -> str:
    """A card as the board numbers it and the start of its text; "" when unknown."""
    from facilitator.domain.board_view import column_letter  # not needed for the first frame

    title = _start(str(card.get("title") or ""))
    try:
        column = Column(str(card.get("column")))
    except ValueError:
        return f"«{title}»" if title else ""
    number = card.get("number")
    label = f"{column_letter(column, lang)}{number}" if isinstance(number, int) and number else ""
    return " ".join(part for part in (label, f"«{title}»" if title else "") if part)


REPLAY_REFUSED = frozenset(
    {"undo.changed_since", "redo.changed_since", "undo.changed_here", "redo.changed_here"}
)
"""The store's refusals of an undo and of a redo, which name the operation by its label
(and the one of this window in the way, ``later``)."""


def _named(refused: DomainError) -> DomainError:
    """The store names the operations it would not replay by their labels: in words here."""
    label = refused.values.get("label")
    if refused.key not in REPLAY_REFUSED or not isinstance(label, str):
        return refused
    values: dict[str, object] = {"label": label}
    if refused.values.get("last"):
        values["last"] = True  # nothing left for the next key to take
    for name in ("", "later_"):
        said = label if not name else refused.values.get("later")
        if isinstance(said, str):
            if name:
                values["later"] = said
            values[f"{name}nl"], values[f"{name}en"] = describe(said, "nl"), describe(said, "en")
    return DomainError(refused.key, **values)
