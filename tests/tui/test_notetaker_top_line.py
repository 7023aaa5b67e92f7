"""The note-taker's top line: the item a note is filed under, who has the floor and for
how long, as the note-taker reads it while typing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.plan import AgendaItemPlan, ParticipantPlan, SessionPlan
from facilitator.service import Services
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.widgets.note_status import NoteStatus
from facilitator.tui.widgets.timefmt import ALARM, OK
from tests.tui.conftest import twente_plan
from tests.tui.test_wall_screen import shown

LONG_ITEM = (
    "Stage- en bbl-plaatsen in de bouw, de techniek en de zorg: wat houdt leerbedrijven "
    "tegen, en wat helpt?"
)
LONG_NAME = "Anne-Marije van den Heuvel-Smit"
ORGANISATION = "Gemeente Enschede"


def notetaker(
    store: Store, session_id: int, clock: FakeClock, lang: str | None = None
) -> FacilitatorApp:
    return make_app(
        store,
        session_id,
        lang=lang,
        clock=clock,
        tick_seconds=0,
        watch_seconds=0,
        role=Role.NOTETAKER,
    )


def styles_of(content: object, text: str) -> list[str]:
    """The styles of the spans of ``content`` (a rendered panel) that hold ``text``."""
    plain = str(content)
    spans = getattr(content, "spans", [])
    return [str(s.style) for s in spans if plain[s.start : s.end].strip() == text]


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_a_speech_over_its_limit_is_marked_as_on_the_wall_and_the_console(
    store: Store, clock: FakeClock, lang: str
) -> None:
    """Three minutes a speech in Twente: at 2:59 the top line shows the time spoken as
    before; at 3:05 it shows it against the limit, 03:05 / 03:00, in the alarm colour, as
    the wall and the console mark it. Before, 03:05 stood there in the colour of a time
    within the limit."""
    session_id = import_plan(store, twente_plan()).session.id
    meeting = Services.open(store, session_id, clock)
    meeting.agenda.toggle_timer()
    meeting.floor.enqueue_number(5)
    meeting.floor.give_floor()
    clock.advance(seconds=179)
    app = notetaker(store, session_id, clock, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        panel = app.screen.query_one(NoteStatus)
        top = shown(app, panel)[0]
        assert "▶ Bart ter Horst" in top and top.endswith(" 02:59"), top
        assert styles_of(panel.render(), "02:59") == [OK]
        clock.advance(seconds=6)
        app.tick()
        await pilot.pause()
        top = shown(app, panel)[0]
        assert top.endswith(" 03:05 / 03:00"), top
        marked = styles_of(panel.render(), "03:05 / 03:00")
        assert marked and all(ALARM in style and "bold" in style for style in marked)


def long_plan() -> SessionPlan:
    """Twente with a first item of a hundred characters, and a speaker of thirty-one."""
    plan = twente_plan()
    first, *rest = plan.agenda
    someone, *others = plan.participants
    return replace(
        plan,
        agenda=(replace(first, title=LONG_ITEM), *rest),
        participants=(replace(someone, name=LONG_NAME, organisation=ORGANISATION), *others),
    )


@pytest.mark.parametrize(("lang", "item"), [("nl", "punt 1 "), ("en", "item 1 ")], ids=["nl", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_a_long_item_title_is_cut_first_and_the_speaker_stays(
    store: Store, clock: FakeClock, lang: str, item: str, size: tuple[int, int]
) -> None:
    """An item title of a hundred characters and a speaker of thirty-one: the title ends
    in «…» and the speaker, their organisation where it fits, and the time they have
    spoken stand whole on the line. Before, the line was cut at its end: at 80 columns
    the speaker and the time were gone."""
    assert len(LONG_ITEM) >= 100 and len(LONG_NAME) >= 30
    session_id = import_plan(store, long_plan()).session.id
    meeting = Services.open(store, session_id, clock)
    meeting.agenda.toggle_timer()
    meeting.floor.enqueue_number(1)
    meeting.floor.give_floor()
    clock.advance(seconds=72)
    app = notetaker(store, session_id, clock, lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        top = shown(app, app.screen.query_one(NoteStatus))[0].strip()
    assert len(top) <= size[0] - 2, top
    where, _, floor = top.partition(" · ▶ ")
    assert where.startswith(item), top
    title = where.removeprefix(item)
    assert title.endswith("…") and LONG_ITEM.startswith(title[:-1]), top
    assert len(title) >= 16, top  # still enough of the title to know it by
    assert floor.startswith(LONG_NAME + " (") and floor.endswith(") 01:12"), top
    if size[0] >= 120:
        assert floor == f"{LONG_NAME} ({ORGANISATION}) 01:12", top


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_before_the_start_a_long_next_title_is_cut_and_the_speaker_stays(
    store: Store, clock: FakeClock, lang: str
) -> None:
    """No item started yet, someone has the floor: «geen agendapunt (volgt: punt 1 …»
    is cut, not the speaker and their time."""
    session_id = import_plan(store, long_plan()).session.id
    meeting = Services.open(store, session_id, clock)
    meeting.floor.enqueue_number(1)
    meeting.floor.give_floor()
    clock.advance(seconds=5)
    app = notetaker(store, session_id, clock, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        top = shown(app, app.screen.query_one(NoteStatus))[0].strip()
    assert top.startswith("geen agendapunt (volgt" if lang == "nl" else "no agenda item (next"), top
    assert f" · ▶ {LONG_NAME}" in top and top.endswith(" 00:05"), top


async def test_a_long_item_title_fits_whole_where_there_is_room(
    store: Store, clock: FakeClock
) -> None:
    """A title of the usual length and a short name at 80 columns: nothing is cut."""
    plan = replace(twente_plan(), agenda=(AgendaItemPlan("a", "Stage- en bbl-plaatsen", 20),))
    plan = replace(plan, participants=(ParticipantPlan("p", "Els Bos", "UWV", "uwv"),))
    session_id = import_plan(store, plan).session.id
    meeting = Services.open(store, session_id, clock)
    meeting.agenda.toggle_timer()
    meeting.floor.enqueue_number(1)
    meeting.floor.give_floor()
    app = notetaker(store, session_id, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        top = shown(app, app.screen.query_one(NoteStatus))[0].strip()
    assert top == "punt 1 Stage- en bbl-plaatsen · ▶ Els Bos (UWV) 00:00", top
