"""Several windows on one database: each sees the others' changes, undoes only its own;
the wall only shows."""

from __future__ import annotations

from facilitator.domain.clock import FakeClock
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.wall import WallScreen
from facilitator.tui.widgets.bigclock import BigClock
from facilitator.tui.widgets.wall import Commitments, WallBoard, WallFloor
from tests.tui.conftest import burst


def window(store: Store, session_id: int, clock: FakeClock, role: Role) -> FacilitatorApp:
    return make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0, role=role)


def texts(app: FacilitatorApp) -> list[str]:
    assert app.state is not None
    return [c.text for c in app.state.latest]


async def test_two_windows_see_each_other_and_undo_only_their_own(
    store: Store, clock: FakeClock, session_id: int
) -> None:
    other_store = Store(store.path, clock=clock)  # the note-taker's window: its own connection
    console = window(store, session_id, clock, Role.FACILITATOR)
    notes = window(other_store, session_id, clock, Role.NOTETAKER)
    try:
        async with console.run_test(size=(120, 40)) as one, notes.run_test(size=(120, 40)) as two:
            await two.press("b", *"Te weinig stageplaatsen", "enter")
            await one.press("c", *"Koffie om drie uur", "enter")
            console.check_external()  # what the watcher does every 50 ms
            notes.check_external()
            await one.pause()
            await two.pause()
            both = ["Koffie om drie uur", "Te weinig stageplaatsen"]
            assert texts(console) == both and texts(notes) == both
            # ctrl+z in the console takes back the console's note, not the note-taker's.
            await one.press("ctrl+z")
            notes.check_external()
            await two.pause()
            assert texts(console) == ["Te weinig stageplaatsen"]
            assert texts(notes) == ["Te weinig stageplaatsen"]
            # and again: the console has nothing left to undo; the barrier stays.
            await one.press("ctrl+z")
            assert texts(console) == ["Te weinig stageplaatsen"]
        history = store.operations(session_id)
        roles = {op.origin.split(" ")[0] for op in history if op.origin}
        assert roles == {"facilitator", "notetaker"}
    finally:
        other_store.close()


# Every key a console or note-taker would press to change something.
CHANGING_KEYS = [
    "space", "right_square_bracket", "plus", "1", "2", "f", "x", "s", "r", "h", "p",
    "b", "o", "a", "d", "q", "c", "v", "enter", "delete", "ctrl+z", "ctrl+y", "f9", "f5",
    "f2", "tab", "u", "t", "g", "m",
]  # fmt: skip


async def test_the_wall_changes_nothing_whatever_is_pressed(
    store: Store, clock: FakeClock, session_id: int
) -> None:
    before = len(store.operations(session_id))
    wall = window(store, session_id, clock, Role.WALL)
    async with wall.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        assert isinstance(wall.screen, WallScreen)
        for key in CHANGING_KEYS:
            await pilot.press(key)
        assert isinstance(wall.screen, WallScreen)  # no dialog, no other screen opened
        # A command given some other way (the palette, say) is refused before it runs.
        wall.submit(wall.floor.enqueue_number, 1)
        await pilot.pause()
        assert wall.runner.pending == 0
    assert len(store.operations(session_id)) == before
    assert store.queue(session_id) == []


async def test_the_wall_follows_the_console_and_turns_to_the_commitments(
    store: Store, clock: FakeClock, session_id: int
) -> None:
    other_store = Store(store.path, clock=clock)
    console = window(other_store, session_id, clock, Role.FACILITATOR)
    wall = window(store, session_id, clock, Role.WALL)
    try:
        async with console.run_test(size=(120, 40)) as one, wall.run_test(size=(160, 45)) as two:
            await one.press("space", "3", "f")
            await one.press("a", *"Matchpunt opzetten @UWV", "enter")
            wall.check_external()
            await two.pause()
            floor = wall.screen.query_one(WallFloor)
            assert floor.view is not None and floor.view.floor is not None
            speaker = floor.view.floor.person.name
            assert console.state is not None
            assert speaker == console.state.participants[2].name
            assert wall.screen.query_one(BigClock).value.count(":") == 1
            assert not wall.screen.has_class("-commit")
            # The facilitator goes to the last item: the wall asks who takes the lead.
            assert console.state is not None
            last = console.state.items[-1]
            console.submit(console.agenda.goto, last.id)
            await one.pause()
            wall.check_external()
            await two.pause()
            assert wall.screen.has_class("-commit")
            commitments = wall.screen.query_one(Commitments).view
            assert commitments is not None
            assert [(c.title, c.leads) for c in commitments.commitments] == [
                ("Matchpunt opzetten", ("UWV",))
            ]
    finally:
        other_store.close()


async def test_the_wall_board_grows_with_what_the_note_taker_adds(
    store: Store, clock: FakeClock, session_id: int
) -> None:
    other_store = Store(store.path, clock=clock)
    notes = window(other_store, session_id, clock, Role.NOTETAKER)
    wall = window(store, session_id, clock, Role.WALL)
    try:
        async with notes.run_test(size=(80, 24)) as one, wall.run_test(size=(160, 45)) as two:
            long = "Bedrijven in de bouw haken af als leerbedrijf omdat de begeleiding " * 2
            for key, text in (("b", long), ("o", "Leerwerkakkoord"), ("a", "Matchpunt")):
                await burst(one, key, *[{" ": "space"}.get(c, c) for c in text.strip()], "enter")
            wall.check_external()
            await two.pause()
            await two.pause()
            board = wall.screen.query_one(WallBoard)
            lines = board.render().plain.splitlines()
            assert lines[-1] == "  · Matchpunt"  # the last column's card is there ...
            assert board.size.height >= len(lines)  # ... and not cut off
    finally:
        other_store.close()
