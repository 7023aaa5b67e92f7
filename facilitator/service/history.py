"""Undo and redo: whole operations of the change log, taken back or done again.

What an operation was called is its stored label; :func:`describe` in
:mod:`facilitator.service.changes` names it in the user's language.
"""

from __future__ import annotations

from datetime import datetime

from facilitator.domain.errors import DomainError
from facilitator.records import record
from facilitator.service.base import Service
from facilitator.service.changes import Change, describe
from facilitator.service.origin import describe as describe_origin


@record
class Entry:
    """One line of the history: when, who (in words), what (in words), what became of it."""

    at: datetime
    who: str
    what: str
    state: str  # done, undone, dead (redo no longer possible), fixed, undo, redo


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
        zone = self.session().zone
        found = []
        for op in operations:
            what = describe(op.label, lang)
            if op.target_op is not None and op.target_op in labels:
                what = f"{what}: {describe(labels[op.target_op], lang)}"
            at = datetime.fromisoformat(op.at).astimezone(zone)
            found.append(Entry(at, describe_origin(op.origin, lang), what, op.state))
        return found


def _named(refused: DomainError) -> DomainError:
    """The store names the operation it would not replay by its label: in words here."""
    label = refused.values.get("label")
    if refused.key != "undo.changed_since" or not isinstance(label, str):
        return refused
    return DomainError(refused.key, label=label, nl=describe(label, "nl"), en=describe(label, "en"))
