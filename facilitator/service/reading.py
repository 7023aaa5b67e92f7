"""Reading one session whole, as the screens show it.

A window re-reads the session after every command and whenever another process
commits, so a read must not grow with the session. The cards are the bulk of it
(a board of a thousand cards): the reader keeps those it read and, on the next
read, re-reads only the cards the change log says changed since — in the same
snapshot, so what it keeps and what it re-reads belong to one moment. Every write
of every process goes through the store's logged transaction, so no change to a
card escapes the log; undo and redo are logged changes too. The cards kept are
shared between one state and the next (no screen changes a card it was given).
"""

from __future__ import annotations

import threading
from collections.abc import Collection
from dataclasses import field

from facilitator.domain import queue
from facilitator.domain.clock import Clock
from facilitator.domain.lifecycle import Reopening
from facilitator.domain.model import Card, Session, SessionStatus
from facilitator.records import record
from facilitator.service.base import Service
from facilitator.service.state import SessionState
from facilitator.store import Store

LATEST = 20  # the console shows as many as its latest-contributions panel has rows

CHANGED_AT_MOST = 200
"""More cards changed than this since the last read (an import, a sort of a long
column, another window busy for a while): read them all again."""


def board_order(card: Card) -> tuple[str, float, int]:
    """The order of :meth:`Store.cards`: ``"column"``, position, id."""
    return (card.column.value, card.position, card.id)


@record(frozen=False)
class CardCache:
    """The session's cards (merged ones left out) as of change ``mark`` of the log."""

    mark: int = -1
    by_id: dict[int, Card] = field(default_factory=dict)
    cards: list[Card] = field(default_factory=list)
    _at: dict[int, int] | None = None
    """Where each card stands in ``cards`` (made when first needed after a sort)."""

    def read(self, store: Store, session_id: int) -> list[Card]:
        """The cards now; call inside a snapshot. Unchanged cards are the same objects,
        and with no card changed the list is the same list."""
        mark = store.change_mark()
        if mark == self.mark:
            return self.cards
        changed = None
        if 0 <= self.mark < mark:
            changed = store.changed_rows("cards", self.mark, CHANGED_AT_MOST)
        if changed is None:  # the first read, many changes, or a log that went back
            self.cards = store.cards(session_id)
            self.by_id = {card.id: card for card in self.cards}
            self._at = None
        elif changed:
            fresh = store.cards_by_id(session_id, changed)
            if not self._in_place(changed, fresh):
                by_id = dict(self.by_id)
                for card_id in changed:
                    by_id.pop(card_id, None)
                for card in fresh:
                    if card.merged_into is None:
                        by_id[card.id] = card
                self.by_id = by_id
                self.cards = sorted(by_id.values(), key=board_order)
                self._at = None
        self.mark = mark
        return self.cards

    def _in_place(self, changed: Collection[int], fresh: list[Card]) -> bool:
        """Put the newer versions ``fresh`` of the cards ``changed`` where the older ones
        stood, when each kept its place in the board's order (a vote, a title, an owner):
        no sorting of the whole board for a change of one card. False, changing nothing,
        when a card was made, deleted, merged or moved."""
        if len(fresh) != len(changed):
            return False
        if self._at is None:
            self._at = {card.id: at for at, card in enumerate(self.cards)}
        cards = list(self.cards)
        for card in fresh:
            at = self._at.get(card.id)
            if (
                at is None
                or card.merged_into is not None
                or board_order(card) != board_order(cards[at])
            ):
                return False
            cards[at] = card
        by_id = dict(self.by_id)
        by_id.update((card.id, card) for card in fresh)
        self.cards = cards
        self.by_id = by_id
        return True


class ReadingService(Service):
    """The picture of one session the screens draw (see :class:`SessionState`)."""

    def __init__(
        self,
        store: Store,
        session_id: int,
        clock: Clock | None = None,
        *,
        origin: str | None = None,
    ) -> None:
        super().__init__(store, session_id, clock, origin=origin)
        self._cards = CardCache()
        self._lock = threading.Lock()  # the first read is on the UI thread, the rest not

    def state(self, latest: int = LATEST) -> SessionState:
        """The whole picture, read at one moment (no commit of another process in between)."""
        sid = self.session_id
        with self._lock, self.store.snapshot():
            people = self.store.participants(sid, include_removed=True)
            session = self.session()
            return SessionState(
                session=session,
                items=self.store.items(sid),
                participants=[p for p in people if not p.removed],
                left=[p for p in people if p.removed],
                queue=queue.ordered(self.store.queue(sid)),
                speeches=self.store.speeches(sid),
                latest=self.store.contributions(sid, limit=latest, newest_first=True),
                contribution_count=self.store.contribution_count(sid),
                cards=self._cards.read(self.store, sid),
                can_undo=self.store.can_undo(sid, origin=self.origin),
                can_redo=self.store.can_redo(sid, origin=self.origin),
                reopenings=self._reopenings(session),
            )

    def _reopenings(self, session: Session) -> tuple[Reopening, ...]:
        """When the session was reopened, read only when that can matter: it runs since an
        earlier day than today (else no reopening came on a later day than its close)."""
        opened = session.opened_at
        if session.status != SessionStatus.RUNNING or opened is None:
            return ()
        zone = session.zone
        if opened.astimezone(zone).date() >= self.now().astimezone(zone).date():
            return ()
        return tuple(self.store.reopenings(self.session_id))
