"""What is not on the screen does nothing on a tick, and shows the right time once it shows.

While the timer runs, the clock's second changes only what is shown: not the console's
panels under the board or the contributions, not the countdown's other form on the console
(the large digits at 80×24, the one-line countdown at 120×40), not the wall's commitments
during the meeting nor its countdown once it shows them. A widget not shown that asked to be
drawn had Textual make its map of the screen anew, after which what went away meanwhile
could stay drawn; and it cost the work of drawing it every second.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual._compositor import CompositorUpdate
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Digits

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Column, Kind
from facilitator.i18n.formats import signed_mmss
from facilitator.service import Services
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.widgets.bigclock import BigClock
from facilitator.tui.widgets.wall import Commitments, WallBoard
from tests.tui.drawn import Drawn, laid_out
from tests.tui.notes_fixtures import app_for, import_twente, seed_board, start_meeting
from tests.tui.test_wall_screen import mid_meeting, wall_app

SIZES = [(120, 40), (80, 24)]
SIZE_IDS = ["120x40", "80x24"]


def on_screen(widget: Widget) -> bool:
    """Whether ``widget`` is shown: neither it nor anything it is in is hidden."""
    node: object = widget
    while isinstance(node, Widget):
        if not node.display:
            return False
        node = node.parent
    return True


@pytest.fixture
def drawn_unseen(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The widgets not shown that ask to be drawn (or laid out), by name, in order."""
    asked: list[str] = []
    refresh = Widget.refresh

    def spy(self: Widget, *regions: object, **kwargs: bool) -> Widget:
        if self.is_mounted and not on_screen(self):
            asked.append(f"{type(self).__name__}#{self.id}")
        return refresh(self, *regions, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Widget, "refresh", spy)
    yield asked


async def seconds_pass(pilot: Pilot[None], app: FacilitatorApp, clock: FakeClock, n: int) -> None:
    """``n`` seconds of the app's clock, a tick each second, as the running app has them."""
    for _ in range(n):
        clock.advance(seconds=1)
        app.tick()
        await pilot.pause()


def running(store: Store, clock: FakeClock) -> int:
    """The Twente session: the first item's timer running, someone speaking, two waiting,
    and a board."""
    session = import_twente(store)
    seed_board(store, session, clock)
    service = start_meeting(store, session, clock)
    for number in (3, 5):
        service.floor.enqueue_number(number)
    return session


def remaining(app: FacilitatorApp) -> str:
    """The countdown of the current item as the clock has it now."""
    state = app.state
    assert state is not None and state.current_item is not None
    return signed_mmss(state.current_item.remaining(app.clock.now()))


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("tab", ["f1", "f2", "f3"], ids=["console", "board", "log"])
async def test_what_a_tab_does_not_show_is_not_drawn_on_a_tick(
    store: Store, clock: FakeClock, drawn_unseen: list[str], tab: str, size: tuple[int, int]
) -> None:
    app = app_for(store, running(store, clock), clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press(tab)
        await seconds_pass(pilot, app, clock, 2)
        drawn_unseen.clear()
        await seconds_pass(pilot, app, clock, 5)
        assert drawn_unseen == []


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_the_console_shows_the_time_at_once_when_it_comes_back(
    store: Store, clock: FakeClock, size: tuple[int, int]
) -> None:
    app = app_for(store, running(store, clock), clock)
    drawn = Drawn(app, size)
    frames: list[str] = []
    write = drawn._write

    def written(update: CompositorUpdate) -> None:
        write(update)
        frames.append(drawn.text)

    drawn._write = written  # type: ignore[method-assign]
    async with app.run_test(size=size) as pilot:
        await seconds_pass(pilot, app, clock, 1)
        await pilot.press("f2")
        await seconds_pass(pilot, app, clock, 75)  # the countdown and the speaker's time
        frames.clear()
        await pilot.press("f1")
        # the first frame that shows the console has the time as it is now: the speaker's
        # time spoken (of 3 min), how long the two in the queue have waited, the countdown
        first = next(frame for frame in frames if "Het woord" in frame)
        assert "01:16 / 03:00" in first
        assert first.count("wacht 1:16") == 2
        if size == (80, 24):
            assert remaining(app) in first  # the one-line countdown
        else:
            assert app.screen.query_one("#countdown", Digits).value == remaining(app)
        assert drawn.text == laid_out(app)
        await seconds_pass(pilot, app, clock, 1)
        assert drawn.text == laid_out(app)


async def test_a_card_deleted_on_the_board_while_the_timer_runs_goes_from_the_screen(
    store: Store, clock: FakeClock
) -> None:
    session = running(store, clock)
    titles = [c.title for c in store.cards(session) if c.column == Column.BARRIER]
    app = app_for(store, session, clock)
    drawn = Drawn(app, (120, 40))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("f2")
        await seconds_pass(pilot, app, clock, 3)
        assert drawn.count(titles[0]) == 2  # the card, and under the columns its whole title
        await pilot.press("delete")  # the first barrier, and its notice naming it
        await app.settle()
        await seconds_pass(pilot, app, clock, 3)
        said = [str(n.message) for n in app._notifications]
        assert any(titles[0] in text for text in said)
        assert drawn.count(titles[0]) == 1  # in the notice alone, no longer on the board
        assert drawn.text == laid_out(app)
        await pilot.press("delete", "S")  # the last barrier; a refusal stacks on the notice
        await app.settle()
        await seconds_pass(pilot, app, clock, 3)
        assert drawn.count(titles[1]) == 0  # its notice names it cut short, with «…»
        assert drawn.text == laid_out(app)
        app.clear_notifications()  # the notices' time is over
        await seconds_pass(pilot, app, clock, 3)
        assert drawn.count(titles[0]) == drawn.count(titles[1]) == 0
        assert drawn.text == laid_out(app)


@pytest.fixture
def wall_session(store: Store, clock: FakeClock) -> int:
    """A full board, someone speaking, four waiting, the first item's timer running."""
    session = import_twente(store)
    mid_meeting(store, session, clock)
    return session


@pytest.fixture
def facilitator(store: Store, clock: FakeClock, wall_session: int) -> Iterator[Services]:
    """The facilitator's window, beside the wall: its own connection to the database."""
    other = Store(store.path, clock=clock)
    yield Services.open(other, wall_session, clock)
    other.close()


async def changed_elsewhere(pilot: Pilot[None], app: FacilitatorApp) -> None:
    """What the wall's watcher does when another window has saved a change."""
    app.check_external()
    await app.settle()
    await pilot.pause()


async def test_the_wall_draws_only_the_view_it_shows_on_a_tick(
    store: Store,
    clock: FakeClock,
    wall_session: int,
    facilitator: Services,
    drawn_unseen: list[str],
) -> None:
    app = wall_app(store, wall_session, clock)
    size = (120, 40)
    drawn = Drawn(app, size)
    async with app.run_test(size=size) as pilot:
        await seconds_pass(pilot, app, clock, 2)
        drawn_unseen.clear()
        await seconds_pass(pilot, app, clock, 5)
        assert drawn_unseen == []  # the commitments, during the meeting
        # the last item: the wall turns to the commitments, its countdown running on hidden
        for _ in store.items(wall_session)[1:]:
            facilitator.agenda.move(1)
        await changed_elsewhere(pilot, app)
        assert app.screen.query_one(Commitments).display
        assert drawn.count("Wie neemt het voortouw?") == 1
        assert drawn.text == laid_out(app)
        drawn_unseen.clear()
        await seconds_pass(pilot, app, clock, 5)
        assert drawn_unseen == []
        # back to the item before: the countdown shows its time at once
        facilitator.agenda.move(-1)
        await changed_elsewhere(pilot, app)
        assert app.screen.query_one(BigClock).value == remaining(app)
        assert app.screen.query_one(WallBoard).display
        assert drawn.text == laid_out(app)


async def test_the_wall_s_commitments_show_what_changed_while_they_were_hidden(
    store: Store, clock: FakeClock, wall_session: int, facilitator: Services
) -> None:
    app = wall_app(store, wall_session, clock)
    drawn = Drawn(app, (120, 40))
    async with app.run_test(size=(120, 40)) as pilot:
        await seconds_pass(pilot, app, clock, 2)
        facilitator.notes.capture(Kind.ACTION, "Werkbezoek plannen")
        await changed_elsewhere(pilot, app)
        await seconds_pass(pilot, app, clock, 2)
        for _ in store.items(wall_session)[1:]:
            facilitator.agenda.move(1)
        await changed_elsewhere(pilot, app)
        assert drawn.count("Werkbezoek plannen") == 1
        assert drawn.text == laid_out(app)
