"""The session file imported again while the meeting runs, and the current item left it:
no item is current, and every window says so instead of showing the next as current."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.content import Content

from facilitator.domain.clock import FakeClock
from facilitator.service import Services
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.widgets.note_status import NoteStatus
from facilitator.tui.widgets.wall import WallItem
from tests.helpers import make_plan

NONE = {
    "nl": "geen agendapunt actief — ] of g kiest het volgende",
    "en": "no agenda item running — ] or g picks the next",
}
NOTICE = {
    "nl": "Het sessiebestand is opnieuw ingelezen en het lopende agendapunt «Punt 2»",
    "en": "The session file was imported again and the running agenda item «Punt 2»",
}


def window(
    store: Store, session_id: int, clock: FakeClock, lang: str, role: Role
) -> FacilitatorApp:
    return make_app(
        store, session_id, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, role=role
    )


def text(content: object) -> str:
    plain = content.plain if isinstance(content, Content) else str(content)
    return " ".join(plain.split())


def item_two_running(store: Store, clock: FakeClock) -> int:
    """Item 2 of three running, item 1 behind it."""
    session_id = import_plan(store, make_plan()).session.id
    chair = Services.open(store, session_id, clock)
    chair.agenda.toggle_timer()
    clock.advance(120)
    chair.agenda.move(1)
    clock.advance(60)
    return session_id


def without_item_two(store: Store) -> None:
    """The session file, item 2 taken out, imported again (by the command line)."""
    plan = make_plan()
    import_plan(store, replace(plan, agenda=(plan.agenda[0], plan.agenda[2])))


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
async def test_the_console_shows_no_item_current_and_says_the_import_took_it(
    store: Store, clock: FakeClock, lang: str, size: tuple[int, int]
) -> None:
    """Before, the console was headed «3 · Punt 3» with «spatie start de timer · 20 min
    gepland» (at 80×24 «‖ 3 · Punt 3 20:00») while a note went under no item."""
    session_id = item_two_running(store, clock)
    other = Store(store.path, clock=clock)  # the command line's connection
    app = window(store, session_id, clock, lang, Role.FACILITATOR)
    try:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            without_item_two(other)
            app.check_external()
            await pilot.pause()
            panel = app.screen.query_one("#current")
            shown = " ".join(
                text(app.screen.query_one(f"#current-{part}").render())
                for part in ("line", "caption")
            )
            assert NONE[lang] in shown
            assert "Punt 3" not in shown and not panel.border_title
            notices = [str(n.message) for n in app._notifications]
            assert any(n.startswith(NOTICE[lang]) for n in notices), notices
    finally:
        other.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_the_note_takers_line_and_the_wall_show_no_item_current(
    store: Store, clock: FakeClock, lang: str
) -> None:
    """Before, the wall showed «Agendapunt 2 / Punt 3» and its countdown."""
    session_id = item_two_running(store, clock)
    without_item_two(store)
    notes = window(store, session_id, clock, lang, Role.NOTETAKER)
    async with notes.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        line = text(notes.screen.query_one(NoteStatus).render()).split(" · ")[0]
        assert line == {"nl": "geen agendapunt actief", "en": "no agenda item running"}[lang]
    wall = window(store, session_id, clock, lang, Role.WALL)
    async with wall.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        item = text(wall.screen.query_one(WallItem).render())
        assert item == {"nl": "Geen agendapunt actief", "en": "No agenda item running"}[lang]


async def test_before_the_start_the_first_item_to_come_is_shown_as_before(
    store: Store, clock: FakeClock
) -> None:
    session_id = import_plan(store, make_plan()).session.id
    app = window(store, session_id, clock, "nl", Role.FACILITATOR)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert text(app.screen.query_one("#current").border_title) == "1 · Punt 1"
