"""Pilot tests: `]` on the last agenda item and `[` on the first say why nothing moves."""

from __future__ import annotations

import pytest

from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from tests.tui.conftest import AppFactory

WORDS = {
    "nl": (
        "Punt 1 is het eerste agendapunt: er is geen vorig punt.",
        "Punt 6 is het laatste agendapunt: er is geen volgend punt.",
        "Na punt 5 komen alleen uitgestelde punten: g gaat naar een ervan.",
    ),
    "en": (
        "Item 1 is the first agenda item: there is no previous one.",
        "Item 6 is the last agenda item: there is no next one.",
        "Only deferred items come after item 5: g goes to one of them.",
    ),
}


def notices(app: FacilitatorApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def current(store: Store, session_id: int) -> int | None:
    session = store.session(session_id)
    assert session is not None
    return session.current_item_id


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_the_ends_of_the_agenda_say_why_nothing_moves(
    app_factory: AppFactory, store: Store, session_id: int, lang: str, size: tuple[int, int]
) -> None:
    """Before, `[` on the first item and `]` on the last did nothing, without a word."""
    first, last, deferred = WORDS[lang]
    items = store.items(session_id)
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.press("space", "left_square_bracket")
        assert current(store, session_id) == items[0].id
        assert notices(app) == [first]
        await pilot.press(*["right_square_bracket"] * 5)
        assert current(store, session_id) == items[-1].id
        assert last not in notices(app)
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert current(store, session_id) == items[-1].id
        assert notices(app).count(last) == 1  # said once, however often pressed
        await pilot.press("left_square_bracket")
        app.agenda.defer(items[-1].id)
        app.reload()
        await pilot.press("right_square_bracket")
        assert current(store, session_id) == items[-2].id
        assert deferred in notices(app)
