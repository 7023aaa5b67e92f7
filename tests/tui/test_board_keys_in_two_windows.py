"""The board's toggles pressed in two windows on one database at the same moment (the
chair's ``run`` and the note-taker's): ``S``, ``P`` and ``l`` carry what the window
showed. The second of two alike changes nothing and says so, instead of turning the
first one's change back while its notice said the opposite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import ActionStatus, Card, Column
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from tests.tui.notes_fixtures import app_for, import_twente, seed_board

SIZE = (120, 40)
A2 = ("f2", "right", "right", "down")


@pytest.fixture
def twente(store: Store, clock: FakeClock) -> int:
    sid = import_twente(store)
    seed_board(store, sid, clock)
    return sid


@pytest.fixture
def other_store(store: Store, clock: FakeClock) -> Iterator[Store]:
    """The second window's own connection to the same database file."""
    other = Store(store.path, clock=clock)
    yield other
    other.close()


def said(app: FacilitatorApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def a2(store: Store, sid: int) -> Card:
    card = [c for c in store.cards(sid) if c.column == Column.ACTION][1]
    return card


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        ("nl", "A2 is nu: gedaan.", "A2 is al gedaan; er is niets veranderd."),
        ("en", "A2 is now: done.", "A2 is already done; nothing was changed."),
    ],
)
async def test_s_in_both_windows_marks_the_action_done_and_both_notices_say_so(
    store: Store,
    other_store: Store,
    twente: int,
    clock: FakeClock,
    lang: str,
    first: str,
    second: str,
) -> None:
    """Both windows show A2 open and press S: A2 became «vervallen», while the chair's
    notice said «gedaan» and the note-taker's «vervallen»."""
    one = app_for(store, twente, clock, lang)
    two = app_for(other_store, twente, clock, lang)
    async with (
        one.run_test(size=SIZE, notifications=True) as chair,
        two.run_test(size=SIZE, notifications=True) as taker,
    ):
        await chair.press(*A2)
        await taker.press(*A2)
        await chair.pause()
        await taker.pause()
        await chair.press("S")
        await chair.pause()
        await taker.press("S")
        await taker.pause()
        assert a2(store, twente).status == ActionStatus.DONE
        assert first in said(one)
        assert second in said(two)
        assert not any("dropped" in s or "vervallen" in s for s in said(two))


async def test_p_in_both_windows_parks_the_card_once(
    store: Store, other_store: Store, twente: int, clock: FakeClock
) -> None:
    """P in both: parked in the same second, then not parked, and no word of either."""
    one = app_for(store, twente, clock)
    two = app_for(other_store, twente, clock)
    async with (
        one.run_test(size=SIZE, notifications=True) as chair,
        two.run_test(size=SIZE, notifications=True) as taker,
    ):
        await chair.press(*A2)
        await taker.press(*A2)
        await chair.press("P")
        await chair.pause()
        await taker.press("P")
        await taker.pause()
        assert a2(store, twente).parked
        assert "A2 is al geparkeerd als open punt; er is niets veranderd." in said(two)


async def test_l_in_both_windows_links_once(
    store: Store, other_store: Store, twente: int, clock: FakeClock
) -> None:
    """l B2 Enter on A2 in both: linked, then the link removed, while the chair's notice
    said «A2 pakt nu B2 aan.» and B2 showed «⚠ nog geen actie»."""
    b2 = [c for c in store.cards(twente) if c.column == Column.BARRIER][1]
    one = app_for(store, twente, clock)
    two = app_for(other_store, twente, clock)
    async with (
        one.run_test(size=SIZE, notifications=True) as chair,
        two.run_test(size=SIZE, notifications=True) as taker,
    ):
        await chair.press(*A2, "l")
        await taker.press(*A2, "l")
        await chair.pause()
        await taker.pause()
        await chair.press(*"flex", "enter")
        await chair.pause()
        await taker.press(*"flex", "enter")
        await taker.pause()
        assert a2(store, twente).links == [b2.id]
        assert "A2 pakt nu B2 aan." in said(one)
        assert "A2 pakt B2 al aan; er is niets veranderd." in said(two)
    assert "unlink" not in [op.label for op in store.operations(twente)]
