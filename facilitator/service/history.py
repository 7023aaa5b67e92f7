"""Undo and redo: whole operations of the change log, taken back or done again.

What an operation was called is its stored label; :func:`describe` in
:mod:`facilitator.service.changes` names it in the user's language.
"""

from __future__ import annotations

from facilitator.domain.errors import DomainError
from facilitator.service.base import Service
from facilitator.service.changes import describe


class HistoryService(Service):
    """Undo and redo of one session's operations (of one ``origin``, if given)."""

    def undo(self) -> str:
        """Revert the latest operation; its label. Refused when there is nothing to undo."""
        try:
            label = self.store.undo(self.session_id, origin=self.origin)
        except DomainError as refused:
            raise _named(refused) from None
        if label is None:
            raise DomainError("history.nothing_to_undo")
        return label

    def redo(self) -> str:
        """Re-apply the operation undone last; its label. Refused when there is nothing to redo."""
        try:
            label = self.store.redo(self.session_id, origin=self.origin)
        except DomainError as refused:
            raise _named(refused) from None
        if label is None:
            raise DomainError("history.nothing_to_redo")
        return label


def _named(refused: DomainError) -> DomainError:
    """The store names the operation it would not replay by its label: in words here."""
    label = refused.values.get("label")
    if refused.key != "undo.changed_since" or not isinstance(label, str):
        return refused
    return DomainError(refused.key, label=label, nl=describe(label, "nl"), en=describe(label, "en"))
