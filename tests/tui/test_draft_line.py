"""A line half typed in a window that ended comes back into the line at the next start."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets._toast import Toast

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.store.drafts import Draft, drafts, save_draft
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.confirm import ConfirmQuit
from facilitator.tui.widgets.capture import CaptureBar
from tests.tui.conftest import burst_text
from tests.tui.drawn import Drawn, laid_out
from tests.tui.notes_fixtures import import_twente, start_meeting

SIZE = (120, 40)
ME = os.getpid()
HOST = socket.gethostname() or "?"


def _app(
    store: Store,
    session_id: int,
    clock: FakeClock,
    *,
    role: Role,
    gone: bool = False,
    lang: str | None = None,
) -> FacilitatorApp:
    """A window; ``gone``: it takes the windows of this process before it as ended."""
    return make_app(
        store,
        session_id,
        clock=clock,
        tick_seconds=0,
        watch_seconds=0,
        role=role,
        alive=(lambda pid: pid != ME) if gone else None,
        draft_seconds=0,
        lang=lang,
    )


async def _drafts_written(pilot: Pilot[Any]) -> None:
    await pilot.pause()
    app = pilot.app
    assert isinstance(app, FacilitatorApp)
    assert app.runner.wait_asides(5)
    await pilot.pause()


def _notices(app: FacilitatorApp) -> str:
    return "\n".join(notice.message for notice in app._notifications)


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER])
async def test_a_line_half_typed_when_the_window_ended_is_back_in_the_line(
    store: Store, clock: FakeClock, role: Role
) -> None:
    session_id = import_twente(store)
    start_meeting(store, session_id, clock, speaker=2)
    first = _app(store, session_id, clock, role=role)
    async with first.run_test(size=SIZE) as pilot:
        await pilot.press("b")
        await burst_text(pilot, "Stageplekken [bold]zijn[/] scha")
        await _drafts_written(pilot)
        # the window ends here without Enter, as a killed process would
    (left,) = drafts(store, session_id)
    assert (left.kind, left.text) == (Kind.BARRIER, "Stageplekken [bold]zijn[/] scha")

    second = _app(store, session_id, clock, role=role, gone=True)
    async with second.run_test(size=SIZE) as pilot:
        await _drafts_written(pilot)
        bar = second.screen.query_one(CaptureBar)
        assert bar.is_open
        assert bar.input.value == "Stageplekken [bold]zijn[/] scha"
        assert bar.kind == Kind.BARRIER
        speaker = store.participants(session_id)[1]
        assert bar.speaker_id(bar.parsed()) == speaker.id
        said = _notices(second)
        assert "«Stageplekken [bold]zijn[/] scha»" in said
        assert "Teruggezet in de regel" in said
        await burst_text(pilot, "arser")
        await pilot.press("enter")
        await _drafts_written(pilot)
    notes = store.contributions(session_id)
    assert notes[-1].text == "Stageplekken [bold]zijn[/] schaarser"
    assert notes[-1].participant_id == speaker.id
    assert drafts(store, session_id) == []


async def test_escape_throws_the_draft_away(store: Store, clock: FakeClock) -> None:
    session_id = import_twente(store)
    app = _app(store, session_id, clock, role=Role.NOTETAKER)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await burst_text(pilot, "weg ermee")
        await _drafts_written(pilot)
        assert [d.text for d in drafts(store, session_id)] == ["weg ermee"]
        await pilot.press("escape")
        await _drafts_written(pilot)
        assert drafts(store, session_id) == []


async def test_a_window_still_running_keeps_its_draft(store: Store, clock: FakeClock) -> None:
    session_id = import_twente(store)
    typing = _app(store, session_id, clock, role=Role.NOTETAKER)
    async with typing.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await burst_text(pilot, "nog bezig")
        await _drafts_written(pilot)
    other = _app(store, session_id, clock, role=Role.FACILITATOR)  # this process runs
    async with other.run_test(size=SIZE) as pilot:
        await _drafts_written(pilot)
        bars = other.screen.query(CaptureBar)
        assert not bars or not bars.first().is_open
    assert [d.text for d in drafts(store, session_id)] == ["nog bezig"]


async def test_older_drafts_go_to_the_file_of_text_not_saved(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    session_id = import_twente(store)
    for text in ("eerste regel", "tweede regel"):
        window = _app(store, session_id, clock, role=Role.NOTETAKER)
        async with window.run_test(size=SIZE) as pilot:
            await pilot.press("c")
            await burst_text(pilot, text)
            await _drafts_written(pilot)
        clock.advance(60)
    app = _app(store, session_id, clock, role=Role.NOTETAKER, gone=True)
    async with app.run_test(size=SIZE) as pilot:
        await _drafts_written(pilot)
        assert app.screen.query_one(CaptureBar).input.value == "tweede regel"
        said = _notices(app)
        assert "Nog 1 niet afgemaakte regel staat in het bestand" in said
    (kept,) = list(tmp_path.glob("niet-opgeslagen-*.txt"))
    assert "eerste regel" in kept.read_text(encoding="utf-8")
    assert [d.text for d in drafts(store, session_id)] == ["tweede regel"]


LONG = "Stageplekken zijn schaars\r\nin de zorg " + "en de bouw " * 230  # pasted, 2,500 chars


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_a_long_draft_is_quoted_cut_short_and_its_explanation_stays_on_the_screen(
    store: Store, clock: FakeClock, size: tuple[int, int]
) -> None:
    session_id = import_twente(store)
    at = clock.now()
    window = "notetaker anne@laptop #weg"  # a window of this process, taken as ended
    assert save_draft(store, Draft(session_id, window, ME, HOST, Kind.NOTE, LONG, None, None, at))
    app = _app(store, session_id, clock, role=Role.NOTETAKER, gone=True)
    async with app.run_test(size=size, notifications=True) as pilot:
        await _drafts_written(pilot)
        await pilot.pause()
        assert app.screen.query_one(CaptureBar).input.value == LONG  # the line has it whole
        (notice,) = app._notifications
        assert "«Stageplekken zijn schaars in de zorg en de bouw" in notice.message
        assert "…»" in notice.message
        assert len(notice.message) < 300
        (toast,) = app.screen.query(Toast)
        box = toast.region
        rows = laid_out(app).splitlines()[box.y : box.bottom]
        shown = " ".join(" ".join(row[box.x : box.right] for row in rows).replace("▌", "").split())
        assert "Teruggezet in de regel" in shown
        assert "«Stageplekken zijn schaars" in shown
        assert "Enter slaat hem op, Esc legt hem weg in een bestand." in shown
        assert box.y >= 0


async def test_a_line_typed_on_a_closed_session_is_kept_and_back_in_the_line(
    store: Store, clock: FakeClock
) -> None:
    """Closed in another window while the note-taker typed on: what was typed after the
    close came back no more, and an older draft came back as if it were all."""
    session_id = import_twente(store)
    services = start_meeting(store, session_id, clock, speaker=2)
    first = _app(store, session_id, clock, role=Role.NOTETAKER)
    async with first.run_test(size=SIZE) as pilot:
        await pilot.press("b")
        await burst_text(pilot, "voor het sluiten")
        await _drafts_written(pilot)
    services.closing.close()
    typing = _app(store, session_id, clock, role=Role.NOTETAKER, gone=True)
    async with typing.run_test(size=SIZE) as pilot:
        await _drafts_written(pilot)
        bar = typing.screen.query_one(CaptureBar)
        assert bar.input.value == "voor het sluiten"
        await burst_text(pilot, " en na het sluiten")
        await _drafts_written(pilot)
        # killed here
    assert [d.text for d in drafts(store, session_id)] == ["voor het sluiten en na het sluiten"]
    again = _app(store, session_id, clock, role=Role.NOTETAKER, gone=True)
    async with again.run_test(size=SIZE) as pilot:
        await _drafts_written(pilot)
        bar = again.screen.query_one(CaptureBar)
        assert bar.input.value == "voor het sluiten en na het sluiten"
        assert "Teruggezet in de regel" in _notices(again)
        await pilot.press("enter")  # refused on a closed session: the text stays
        await _drafts_written(pilot)
        assert bar.input.value == "voor het sluiten en na het sluiten"
        assert "de sessie is gesloten" in " ".join(
            str(bar.query_one("#capture-preview").render()).split()
        )
    assert [d.text for d in drafts(store, session_id)] == ["voor het sluiten en na het sluiten"]
    assert store.contributions(session_id) == []


async def test_escape_on_a_line_put_back_keeps_it_in_the_file_and_says_where(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    """Esc is the reflex to dismiss a notice: it threw the line put back away for good."""
    session_id = import_twente(store)
    window = "notetaker anne@laptop #weg"  # a window of this process, taken as ended
    at = clock.now()
    text = "Stageplekken zijn schaars"
    save_draft(store, Draft(session_id, window, ME, HOST, Kind.BARRIER, text, None, None, at))
    app = _app(store, session_id, clock, role=Role.NOTETAKER, gone=True)
    async with app.run_test(size=SIZE) as pilot:
        await _drafts_written(pilot)
        assert "Esc legt hem weg in een bestand" in _notices(app)
        await pilot.press("escape")
        await _drafts_written(pilot)
        assert not app.screen.query_one(CaptureBar).is_open
        (kept,) = list(tmp_path.glob("niet-opgeslagen-*.txt"))
        said = _notices(app)
        assert "De teruggezette regel staat nu in het bestand" in said
        assert str(kept) in said
        assert "Teruggezet in de regel" not in said  # what it said of Esc holds no more
    assert kept.read_text(encoding="utf-8").splitlines()[-2:] == [
        "barrière · niemand · geen punt",
        text,
    ]
    assert drafts(store, session_id) == []
    assert store.contributions(session_id) == []


def _keys_said(app: FacilitatorApp) -> str:
    """What the line's hint under it says (its keys, while nothing else is said there)."""
    preview = app.screen.query_one(CaptureBar).query_one("#capture-preview")
    return " ".join(str(preview.render()).split())


@pytest.mark.parametrize(
    ("lang", "aside", "cancel"),
    [
        ("nl", "Esc in een bestand", "Esc annuleren"),
        ("en", "Esc keeps it in a file", "Esc cancels"),
    ],
)
async def test_the_hint_says_esc_keeps_a_line_put_back_in_a_file(
    store: Store, clock: FakeClock, lang: str, aside: str, cancel: str
) -> None:
    """The hint said «Esc annuleren» on a line put back, where Esc keeps it in a file."""
    session_id = import_twente(store)
    window = "notetaker anne@laptop #weg"  # a window of this process, taken as ended
    at = clock.now()
    text = "Stageplekken zijn schaars"
    save_draft(store, Draft(session_id, window, ME, HOST, Kind.BARRIER, text, None, None, at))
    app = _app(store, session_id, clock, role=Role.NOTETAKER, gone=True, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await _drafts_written(pilot)
        assert app.screen.query_one(CaptureBar).is_open
        assert aside in _keys_said(app)
        await pilot.press("ctrl+u")  # emptied: Esc keeps nothing now
        await pilot.pause()
        assert aside not in _keys_said(app)
        await burst_text(pilot, "weer iets")
        await pilot.pause()
        assert aside in _keys_said(app)
        await pilot.press("escape")
        await _drafts_written(pilot)
        await pilot.press("c")  # a new line: Esc cancels it
        await burst_text(pilot, "nieuw")
        await pilot.pause()
        assert cancel in _keys_said(app)


async def test_escape_on_a_new_line_still_keeps_nothing(
    store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    app = _app(store, session_id := import_twente(store), clock, role=Role.NOTETAKER)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await burst_text(pilot, "weg ermee")
        await pilot.press("escape")
        await _drafts_written(pilot)
    assert list(tmp_path.glob("niet-opgeslagen-*.txt")) == []
    assert drafts(store, session_id) == []


async def test_the_notice_of_a_line_put_back_shows_once_under_the_question_before_quitting(
    store: Store, clock: FakeClock
) -> None:
    """The meeting screen's notice showed through the question, beside the question's own."""
    session_id = import_twente(store)
    window = "notetaker anne@laptop #weg"  # a window of this process, taken as ended
    text = "Stageplekken zijn schaars"
    save_draft(
        store, Draft(session_id, window, ME, HOST, Kind.BARRIER, text, None, None, clock.now())
    )
    app = _app(store, session_id, clock, role=Role.NOTETAKER, gone=True)
    drawn = Drawn(app, SIZE)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _drafts_written(pilot)
        assert drawn.count("Teruggezet in de regel") == 1
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmQuit)
        assert laid_out(app).count("Teruggezet in de regel") == 1
        assert drawn.count("Teruggezet in de regel") == 1
        await pilot.press("escape")
        await pilot.pause()
        assert laid_out(app).count("Teruggezet in de regel") == 1


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER])
async def test_a_file_of_text_not_saved_left_by_an_earlier_window_is_named_at_the_start(
    store: Store, clock: FakeClock, tmp_path: Path, role: Role
) -> None:
    """A window killed with lines waiting left them in a file; the next start said
    nothing of it, and the lines were taken for saved."""
    session_id = import_twente(store)
    session = store.session(session_id)
    assert session is not None
    slug = session.slug
    left = tmp_path / f"niet-opgeslagen-{slug}-20201006-115500.txt"
    left.write_text("Niet opgeslagen in Twente.\n\nbarrière\nStageplekken\n", encoding="utf-8")
    older = tmp_path / f"not-saved-{slug}-20201005-090000.txt"
    older.write_text("Not saved.\n", encoding="utf-8")
    (tmp_path / f"niet-opgeslagen-{slug}-2-20201007-090000.txt").write_text("x")  # another
    app = _app(store, session_id, clock, role=role)
    async with app.run_test(size=SIZE) as pilot:
        await _drafts_written(pilot)
        said = _notices(app)
        assert "nog in 2 bestanden" in said
        assert left.name in said.splitlines()  # the name whole, the path broken after a /
        whole = said.replace("/\n", "/")
        assert str(left) in whole and str(older) not in whole
    left.unlink()
    app = _app(store, session_id, clock, role=role, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await _drafts_written(pilot)
        said = _notices(app).replace("/\n", "/")
        assert f"is still in the file\n{older}\nType it in again" in said
    older.unlink()
    app = _app(store, session_id, clock, role=role)
    async with app.run_test(size=SIZE) as pilot:
        await _drafts_written(pilot)
        assert "opgeslagen staat nog" not in _notices(app)
