"""A guiding question longer than the console has rows for at 80×24 ends in «…» where it
is cut, as a cut text does elsewhere. Before, a question of three rows showed two, the
second ending mid-sentence («… stage- en bbl-plaatsen, en») as if that were all."""

from __future__ import annotations

from facilitator.domain.clock import FakeClock
from facilitator.service import Services
from facilitator.store import Store
from tests.tui.drawn import laid_out
from tests.tui.notes_fixtures import app_for, import_twente

LONG = (
    "Hoe voorkomen we dat studenten in de techniek, de bouw en de zorg hun opleiding niet "
    "kunnen afmaken door een tekort aan stage- en bbl-plaatsen, en wat kunnen werkgevers, "
    "scholen en de provincie daar samen dit jaar nog aan doen?"
)
SHORT = "Welke groepen raken het hardst hun werk kwijt?"


async def test_a_long_question_is_cut_with_an_ellipsis(store: Store, clock: FakeClock) -> None:
    session = import_twente(store)
    service = Services.open(store, session, clock)
    third = store.items(session)[2]
    service.agenda.edit_item(third.id, third.title, LONG, 20)
    service.agenda.goto(third.id)
    app = app_for(store, session, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rows = [row.strip() for row in laid_out(app).splitlines()]
    at = next(n for n, row in enumerate(rows) if row.startswith("Hoe voorkomen we"))
    shown = rows[at : at + 2]
    assert shown[1].endswith("…"), shown
    assert "samen dit jaar nog aan doen?" not in " ".join(rows)
    assert all(len(row) <= 78 for row in shown), shown


async def test_a_question_that_fits_is_shown_whole_without_an_ellipsis(
    store: Store, clock: FakeClock
) -> None:
    session = import_twente(store)
    service = Services.open(store, session, clock)
    third = store.items(session)[2]
    service.agenda.edit_item(third.id, third.title, SHORT, 20)
    service.agenda.goto(third.id)
    app = app_for(store, session, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = laid_out(app)
    assert SHORT in text and SHORT + "…" not in text
