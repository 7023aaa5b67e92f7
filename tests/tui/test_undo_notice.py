"""Undo and redo say what they took back, in the session's words, from the change names."""

from __future__ import annotations

from facilitator.domain.clock import FakeClock
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from tests.tui.conftest import AppFactory

SIZE = (120, 40)


def notices(app: FacilitatorApp) -> list[tuple[str, str]]:
    return [(str(n.message), n.severity) for n in app._notifications]


async def test_undo_and_redo_name_the_change(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+z")
        assert ("Niets om ongedaan te maken.", "warning") in notices(app)
        await pilot.press("2")
        await pilot.press("ctrl+z")
        assert ("Ongedaan gemaakt: hand opgestoken", "information") in notices(app)
        assert store.queue(session_id) == []
        await pilot.press("ctrl+y")
        assert ("Opnieuw gedaan: hand opgestoken", "information") in notices(app)
        await pilot.press("ctrl+y")
        assert ("Niets om opnieuw te doen.", "warning") in notices(app)
    assert [e.participant_id for e in store.queue(session_id)] == [
        store.participants(session_id)[1].id
    ]


async def test_undo_speaks_english_in_an_english_window(
    app_factory: AppFactory, session_id: int
) -> None:
    app = app_factory(session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "ctrl+z")
        assert ("Undone: timer started", "information") in notices(app)


async def test_undo_notices_replace_each_other_instead_of_piling_up(
    app_factory: AppFactory, session_id: int
) -> None:
    app = app_factory(session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "2", "3", "ctrl+z", "ctrl+z", "ctrl+z")
        await pilot.pause()
        history = [text for text, _ in notices(app) if text.startswith(("Undone", "Redone"))]
        assert history == ["Undone: hand raised"]
        await pilot.press("ctrl+y")
        await pilot.pause()
        history = [text for text, _ in notices(app) if text.startswith(("Undone", "Redone"))]
        assert history == ["Redone: hand raised"]


async def test_the_same_refusal_again_replaces_the_one_shown(
    app_factory: AppFactory, session_id: int
) -> None:
    app = app_factory(session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+z", "ctrl+z", "ctrl+z", "ctrl+y", "ctrl+y")
        await pilot.pause()
        assert notices(app) == [
            ("Nothing to undo.", "warning"),
            ("Nothing to redo.", "warning"),
        ]


async def test_the_floor_given_again_by_redo_shows_the_time_it_had_when_undone(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    """`1 f`, ten seconds, ctrl+z, twenty-six seconds, ctrl+y: the console shows the ten
    seconds spoken (00:10 / 03:00); before, it counted the seconds it was undone too
    (36 seconds spoken)."""
    from facilitator.tui.widgets.speakers import FloorPanel

    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "1", "f")
        await app.settle()
        clock.advance(seconds=10)
        await pilot.press("ctrl+z")
        await app.settle()
        clock.advance(seconds=26)
        await pilot.press("ctrl+y")
        await app.settle()
        await pilot.pause()
        shown = app.screen.query_one(FloorPanel).render().plain  # type: ignore[union-attr]
    name = store.participants(session_id)[0].name
    assert f"▶ 1 {name}" in shown and "00:10 / 03:00" in shown, shown  # ten seconds spoken


async def test_a_redo_another_window_got_in_the_way_of_says_it_was_not_redone(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    """The chair's + undone, the note-taker's + on the same item, the chair's ctrl+y: it
    said «… is niet ongedaan gemaakt: … ctrl+z neemt nu de wijziging daarvoor.»"""
    from facilitator.service import Services

    app = app_factory(session_id)
    other = Store(store.path, clock=clock)
    taker = Services.open(other, session_id, clock, origin="notetaker bas@laptop #2")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("space", "plus", "ctrl+z")
            taker.agenda.adjust_minutes(1)
            await pilot.press("ctrl+y")
            await pilot.pause()
            assert (
                "'minuten aangepast' is niet opnieuw gedaan: een ander venster heeft dat "
                "sindsdien veranderd. Het blijft ongedaan. Er is niets later om opnieuw te doen.",
                "warning",
            ) in notices(app)
    finally:
        other.close()
