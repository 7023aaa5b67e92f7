"""The names of the changes a user can undo: one enum, with Dutch and English words.

Every command of the services is logged as one operation under a
:class:`Change`; its value is what the store's ``ops`` table keeps (so the
values never change: old databases must still read). Undo and redo name the
operation they took back in the user's language with :func:`describe`.
"""

from __future__ import annotations

from enum import StrEnum

from facilitator.domain.model import Kind
from facilitator.i18n import normalise_lang
from facilitator.store.store import REOPEN as REOPEN_LABEL


class Change(StrEnum):
    """What one logged operation did; the value is stored, the words are shown."""

    # the agenda
    TIMER = "timer"  # started or paused: what an older version logged for both
    TIMER_START = "timer start"
    TIMER_PAUSE = "timer pause"
    TIMER_RESUME = "timer resume"
    NEXT = "next"
    PREVIOUS = "previous"
    GOTO = "goto"
    MINUTES = "minutes"
    REBALANCE = "rebalance"
    DEFER = "defer"
    ADD_ITEM = "add item"
    EDIT_ITEM = "edit item"
    DROP_ITEM = "drop item"
    MOVE_DATE = "move date"
    # the floor
    HAND = "hand"
    WITHDRAW = "withdraw"
    REORDER = "reorder"
    FLOOR = "floor"
    END_SPEECH = "end speech"
    READD = "re-add"
    PRESENCE = "presence"
    WALK_IN = "walk-in"
    STAND_IN = "stand-in"
    # notes
    CAPTURE_BARRIER = "capture barrier"
    CAPTURE_OPPORTUNITY = "capture opportunity"
    CAPTURE_ACTION = "capture action"
    CAPTURE_DECISION = "capture decision"
    CAPTURE_QUESTION = "capture question"
    CAPTURE_NOTE = "capture note"
    CAPTURE_SUMMARY = "capture summary"
    EDIT = "edit"
    REKIND = "re-kind"
    REATTRIBUTE = "re-attribute"
    REFILE = "re-file"
    DELETE = "delete"
    # the board
    MOVE_CARD = "move card"
    EDIT_CARD = "edit card"
    VOTE = "vote"
    SORT = "sort"
    LINK = "link"
    UNLINK = "unlink"
    MERGE = "merge"
    PARK = "park"
    UNPARK = "unpark"  # a parking taken back (the same key, pressed again)
    DELETE_CARD = "delete card"
    ACTION_STATUS = "action status"
    CARRY_FORWARD = "carry forward"
    # closing
    CLOSE = "close"
    REOPEN = REOPEN_LABEL  # "reopen": the store looks for it too (Store.reopened_at)
    CHECK = "check"  # the check before closing opened or closed (not undoable)
    IMPORT = "import"  # the session file imported (by the store's importer; not undoable)
    UNDO = "undo"  # the log's own entries for an undo and a redo
    REDO = "redo"

    @classmethod
    def capture(cls, kind: Kind) -> Change:
        """The change that captures a contribution of ``kind``."""
        return cls(f"capture {kind.value}")

    def words(self, lang: str) -> str:
        """The name of this change in ``lang`` ("nl" or "en")."""
        nl, en = NAMES[self]
        return nl if normalise_lang(lang) == "nl" else en


NAMES: dict[Change, tuple[str, str]] = {
    Change.CHECK: ("controle voor het sluiten", "check before closing"),
    Change.IMPORT: ("sessiebestand geïmporteerd", "session file imported"),
    Change.UNDO: ("ongedaan gemaakt", "undone"),
    Change.REDO: ("opnieuw gedaan", "redone"),
    Change.TIMER: ("timer gestart of gepauzeerd", "timer started or paused"),
    Change.TIMER_START: ("timer gestart", "timer started"),
    Change.TIMER_PAUSE: ("timer gepauzeerd", "timer paused"),
    Change.TIMER_RESUME: ("timer hervat", "timer resumed"),
    Change.NEXT: ("volgend agendapunt", "next agenda item"),
    Change.PREVIOUS: ("vorig agendapunt", "previous agenda item"),
    Change.GOTO: ("ander agendapunt", "other agenda item"),
    Change.MINUTES: ("minuten aangepast", "minutes changed"),
    Change.REBALANCE: ("tijd herverdeeld", "time rebalanced"),
    Change.DEFER: ("agendapunt uitgesteld", "agenda item deferred"),
    Change.ADD_ITEM: ("agendapunt toegevoegd", "agenda item added"),
    Change.EDIT_ITEM: ("agendapunt gewijzigd", "agenda item changed"),
    Change.DROP_ITEM: ("agendapunt geschrapt", "agenda item dropped"),
    Change.MOVE_DATE: ("datum verplaatst naar vandaag", "date moved to today"),
    Change.HAND: ("hand opgestoken", "hand raised"),
    Change.WITHDRAW: ("uit de rij gehaald", "withdrawn from the queue"),
    Change.REORDER: ("volgorde gewijzigd", "queue reordered"),
    Change.FLOOR: ("het woord gegeven", "floor given"),
    Change.END_SPEECH: ("spreekbeurt beëindigd", "speech ended"),
    Change.READD: ("laatste spreker terug in de rij", "last speaker back in the queue"),
    Change.PRESENCE: ("aanwezigheid", "presence"),
    Change.WALK_IN: ("deelnemer toegevoegd", "participant added"),
    Change.STAND_IN: ("invaller toegevoegd", "stand-in added"),
    Change.CAPTURE_BARRIER: ("barrière vastgelegd", "barrier captured"),
    Change.CAPTURE_OPPORTUNITY: ("kans vastgelegd", "opportunity captured"),
    Change.CAPTURE_ACTION: ("actie vastgelegd", "action captured"),
    Change.CAPTURE_DECISION: ("besluit vastgelegd", "decision captured"),
    Change.CAPTURE_QUESTION: ("vraag vastgelegd", "question captured"),
    Change.CAPTURE_NOTE: ("notitie vastgelegd", "note captured"),
    Change.CAPTURE_SUMMARY: ("samenvatting vastgelegd", "summary captured"),
    Change.EDIT: ("bijdrage bewerkt", "contribution edited"),
    Change.REKIND: ("soort gewijzigd", "kind changed"),
    Change.REATTRIBUTE: ("spreker gewijzigd", "speaker changed"),
    Change.REFILE: ("agendapunt gewijzigd", "agenda item changed"),
    Change.DELETE: ("bijdrage verwijderd", "contribution deleted"),
    Change.MOVE_CARD: ("kaart verplaatst", "card moved"),
    Change.EDIT_CARD: ("kaart bewerkt", "card edited"),
    Change.VOTE: ("stem", "vote"),
    Change.SORT: ("kolom gesorteerd", "column sorted"),
    Change.LINK: ("koppeling", "link"),
    Change.UNLINK: ("koppeling verwijderd", "link removed"),
    Change.MERGE: ("kaarten samengevoegd", "cards merged"),
    Change.PARK: ("geparkeerd als open punt", "parked as an open point"),
    Change.UNPARK: ("parkeren teruggenomen", "parking taken back"),
    Change.DELETE_CARD: ("kaart verwijderd", "card deleted"),
    Change.ACTION_STATUS: ("status van actie gewijzigd", "action status changed"),
    Change.CARRY_FORWARD: (
        "open acties overgenomen van eerdere tafels",
        "open actions taken over from earlier tables",
    ),
    Change.CLOSE: ("sessie gesloten", "session closed"),
    Change.REOPEN: ("sessie heropend", "session reopened"),
}


def describe(label: str, lang: str) -> str:
    """A stored operation label in words; a label this version does not know, as stored."""
    try:
        return Change(label).words(lang)
    except ValueError:
        return label
