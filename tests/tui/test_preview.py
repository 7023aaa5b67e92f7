"""The preview of the minutes (F5) on a big session: it never holds up the app.

The minutes are laid out off the UI thread and only the lines in sight are drawn, so the
clock, the keys and Esc go on working while a long record is on its way and once it shows.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from textual.pilot import Pilot

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Contribution, Kind
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.preview import PreviewScreen
from facilitator.tui.widgets import markdown_lines
from facilitator.tui.widgets.markdown_lines import Line, MarkdownLines
from tests.tui.conftest import add_contribution, twente_plan
from tests.tui.drawn import laid_out

LAST_LINE = "Opgesteld met facilitator uit de vastgelegde sessie"


def big_session(store: Store, clock: FakeClock, contributions: int) -> int:
    """The Twente sample with ``contributions`` contributions, spread over its items."""
    session_id = import_plan(store, twente_plan()).session.id
    people = store.participants(session_id)
    items = store.items(session_id)
    kinds = list(Kind)
    start = clock.now()
    with store.change(session_id, "fill") as tx:
        for n in range(contributions):
            tx.insert(
                Contribution(
                    id=0,
                    session_id=session_id,
                    kind=kinds[n % len(kinds)],
                    text=f"Bijdrage {n} over stageplaatsen en bbl in de zorg en de bouw",
                    created_at=start + timedelta(seconds=n),
                    participant_id=people[n % len(people)].id,
                    item_id=items[n % len(items)].id,
                )
            )
    return session_id


def minutes_view(app: FacilitatorApp) -> MarkdownLines:
    return app.screen.query_one("#preview-scroll", MarkdownLines)


async def drafted(app: FacilitatorApp, pilot: Pilot[None]) -> None:
    """Until the minutes are drafted and shown (the draft's worker, then the layout's,
    then the pieces it handed over)."""
    for _ in range(100):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(worker.is_running for worker in app.workers):
            return
    raise AssertionError("the minutes were not drafted")


async def test_a_big_preview_shows_whole_and_leaves_the_keys_and_the_clock_working(
    store: Store, clock: FakeClock
) -> None:
    """3,000 contributions: the minutes are one view, not a widget per paragraph (which
    held the app for minutes); End shows their last line, the header's clock moves on and
    Esc closes the preview."""
    session_id = big_session(store, clock, 3000)
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await drafted(app, pilot)
        assert len(list(app.screen.walk_children())) < 10
        await pilot.press("end")
        assert LAST_LINE in laid_out(app)
        await pilot.press("home")
        assert "Rondetafel mbo 2/3 en arbeidsmarkt" in laid_out(app)
        clock.advance(minutes=1)
        app.tick()
        await pilot.pause()
        assert "14:01" in laid_out(app).splitlines()[0]
        await pilot.press("escape")
        assert not isinstance(app.screen, PreviewScreen)


@pytest.fixture
def held_after_the_first_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[threading.Event, threading.Event]]:
    """The layout stops after handing over its first piece until ``release`` is set;
    ``given`` is set once that piece is handed over."""
    given, release = threading.Event(), threading.Event()
    lay_out = markdown_lines.lay_out

    def held(markdown: str, width: int, theme: object = None) -> Iterator[list[Line]]:
        pieces = lay_out(markdown, width, theme)  # type: ignore[arg-type]
        yield next(pieces)
        given.set()
        release.wait(timeout=60)
        yield from pieces

    monkeypatch.setattr(markdown_lines, "lay_out", held)
    yield given, release
    release.set()


async def test_the_keys_and_the_clock_work_while_the_minutes_are_laid_out(
    store: Store, clock: FakeClock, held_after_the_first_piece: tuple[threading.Event, ...]
) -> None:
    """While the rest of the minutes is still being laid out, their first lines show, ↓
    scrolls, the clock moves on and Esc closes the preview; then F3 shows the log."""
    given, release = held_after_the_first_piece
    session_id = big_session(store, clock, 3000)
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        assert await asyncio.to_thread(given.wait, 60)
        await pilot.pause()
        view = minutes_view(app)
        assert not view.laid_out
        assert "Rondetafel mbo 2/3 en arbeidsmarkt" in laid_out(app)
        await pilot.press("down")
        assert view.scroll_y == 1
        clock.advance(minutes=1)
        app.tick()
        await pilot.pause()
        assert "14:01" in laid_out(app).splitlines()[0]
        await pilot.press("escape")
        assert not isinstance(app.screen, PreviewScreen)
        release.set()
        await app.workers.wait_for_complete()
        await pilot.press("f3")
        assert "Bijdrage 2999" in laid_out(app)


async def test_end_pressed_while_the_minutes_come_in_shows_their_last_line(
    store: Store, clock: FakeClock, held_after_the_first_piece: tuple[threading.Event, ...]
) -> None:
    """End before the minutes are all there goes to the end of what is there, and stays at
    the end as the rest comes in: once it is there, their last line shows."""
    given, release = held_after_the_first_piece
    session_id = big_session(store, clock, 3000)
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        assert await asyncio.to_thread(given.wait, 60)
        await pilot.pause()
        await pilot.press("end")
        assert LAST_LINE not in laid_out(app)
        release.set()
        await drafted(app, pilot)
        assert LAST_LINE in laid_out(app)


async def test_a_wider_window_lays_the_minutes_out_again(store: Store, clock: FakeClock) -> None:
    """From 80 to 120 columns: the minutes fill the wider preview (words that went on the
    next line at 80 columns share a line at 120)."""
    session_id = big_session(store, clock, 30)
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    said = "wat gezegd is, mag worden gebruikt, maar niet worden"
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await drafted(app, pilot)
        assert "Chatham House-regel" in laid_out(app)
        assert said not in laid_out(app)
        await pilot.resize_terminal(120, 40)
        await drafted(app, pilot)
        assert said in laid_out(app)


async def test_what_was_typed_shows_literally_in_the_preview(
    store: Store, clock: FakeClock
) -> None:
    """Markup and Markdown typed in a contribution show as typed, not as styles or links."""
    typed = [
        "[bold]vet[/bold] en [/] los",
        "[@click=app.quit]klik mij[/]",
        "**Markdown** _schuin_ `code`",
    ]
    session_id = big_session(store, clock, 0)
    for text in typed:
        add_contribution(store, session_id, clock, text)
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f5")
        await drafted(app, pilot)
        shown = minutes_view(app).text
        for text in typed:
            assert text in shown
        assert app.is_running


async def test_the_minutes_can_be_selected_with_the_mouse(store: Store, clock: FakeClock) -> None:
    """A drag over the first lines of the preview selects them, to copy."""
    session_id = big_session(store, clock, 0)
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f5")
        await drafted(app, pilot)
        view = minutes_view(app)
        await pilot.mouse_down(view, offset=(1, 0))
        await pilot.hover(view, offset=(30, 2))
        await pilot.mouse_up(view, offset=(30, 2))
        await pilot.pause()
        selected = app.screen.get_selected_text() or ""
        assert "Rondetafel mbo 2/3 en arbeidsmarkt" in selected
        assert "Regio: Twente" in selected
