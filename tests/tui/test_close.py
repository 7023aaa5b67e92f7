"""Closing a session from the TUI: the check, parking, closing, the minutes file, preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from facilitator.domain.board_view import build_view
from facilitator.domain.clock import FakeClock
from facilitator.domain.gaps import GapKind
from facilitator.domain.model import Kind, SessionStatus
from facilitator.service import Services
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.app import make_app
from facilitator.tui.screens.close import CloseScreen
from facilitator.tui.screens.confirm import ConfirmReopen
from facilitator.tui.screens.help import HelpScreen
from facilitator.tui.screens.preview import PreviewScreen
from facilitator.tui.widgets.markdown_lines import MarkdownLines
from tests.conftest import SAMPLES
from tests.scripted import build_scripted_session
from tests.tui.conftest import add_contribution
from tests.tui.test_preview import drafted


@pytest.fixture
def scripted(store: Store, clock: FakeClock) -> int:
    """The scripted meeting, reopened so that it can be closed from the app."""
    session_id = build_scripted_session(store, clock)
    service = Services.open(store, session_id, clock)
    if service.reading.session().status == SessionStatus.CLOSED:
        service.closing.reopen()
    return session_id


async def test_close_checks_parks_and_writes_minutes(
    store: Store,
    clock: FakeClock,
    scripted: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(store, scripted, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, CloseScreen)
        table = app.screen.query_one(DataTable)
        gaps = app.closing.gaps()
        assert table.row_count == len(gaps) > 0
        first = gaps[0]
        assert first.card_id is not None
        assert GapKind.PARKED not in first.kinds
        await pilot.press("p")  # park the first card: it stays an open point, now parked
        await pilot.pause()
        left = app.closing.gaps()
        assert [g for g in gaps if g.card_id != first.card_id] == [
            g for g in left if g.card_id != first.card_id
        ]
        parked = [g for g in left if g.card_id == first.card_id]
        assert [g.kinds for g in parked] == [(*first.kinds, GapKind.PARKED)]
        assert table.row_count == len(left) == len(gaps)
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, CloseScreen)
    closed = store.session(scripted)
    assert closed is not None and closed.status == SessionStatus.CLOSED
    minutes = list((tmp_path / "minutes").glob("*.md"))
    assert [m.name for m in minutes] == [f"{closed.slug}.md"]
    assert closed.title.split()[0] in minutes[0].read_text(encoding="utf-8")


async def test_second_close_never_overwrites(
    store: Store,
    clock: FakeClock,
    scripted: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    slug = store.session(scripted).slug  # type: ignore[union-attr]
    (tmp_path / "minutes").mkdir()
    (tmp_path / "minutes" / f"{slug}.md").write_text("eerder verslag", encoding="utf-8")
    app = make_app(store, scripted, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        # closed: f9 asks, f9 again reopens
        await pilot.press("f9", "f9")
        await pilot.pause()
        assert app.reading.session().status == SessionStatus.RUNNING
    assert (tmp_path / "minutes" / f"{slug}.md").read_text(encoding="utf-8") == "eerder verslag"
    assert (tmp_path / "minutes" / f"{slug}-2.md").exists()


async def test_preview_shows_the_minutes_without_closing(
    store: Store, clock: FakeClock, scripted: int
) -> None:
    app = make_app(store, scripted, clock=clock, tick_seconds=0, watch_seconds=0)
    status = app.reading.session().status
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        await drafted(app, pilot)
        body = app.screen.query_one("#preview-scroll", MarkdownLines)
        assert app.reading.session().title in body.text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, PreviewScreen)
    assert app.reading.session().status == status


async def test_the_close_dialog_says_its_keys(
    store: Store, clock: FakeClock, scripted: int
) -> None:
    app = make_app(store, scripted, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, CloseScreen)
        shown = str(app.screen.query_one("#close-keys", Static).render())
        for words in ("p parkeren", "Enter oplossen", "s sluiten", "Esc annuleren"):
            assert words in shown, shown


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)])
async def test_with_many_open_points_the_buttons_and_keys_still_show(
    store: Store, clock: FakeClock, size: tuple[int, int]
) -> None:
    """Six items not dealt with and twelve open questions: the list scrolls, the rest shows."""
    session_id = import_plan(store, load_session_file(SAMPLES / "twente.toml")).session.id
    for n in range(12):
        text = f"Open vraag {n + 1}?"
        add_contribution(store, session_id, clock, text, n + 1, kind=Kind.QUESTION, tags=())
    first = store.participants(session_id)[0]
    Services.open(store, session_id, clock).floor.give_floor(first.id)  # the meeting starts
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=size) as pilot:
        await pilot.press("f9")  # a meeting under way: one not started has nothing to close
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CloseScreen)
        assert screen.query_one(DataTable).row_count == 18
        box = screen.query_one(Vertical).content_region
        for name in ("#close-confirm", "#close-cancel", "#close-keys"):
            widget = screen.query_one(name)
            assert widget.region.height > 0
            assert widget.region.bottom <= box.bottom, (name, widget.region, box)


async def test_the_preview_scrolls_with_the_keys(
    store: Store, clock: FakeClock, scripted: int
) -> None:
    """On a small terminal the minutes are longer than the dialog: ↓, PageDown and End read on."""
    app = make_app(store, scripted, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await drafted(app, pilot)
        scroll = app.screen.query_one("#preview-scroll")
        assert scroll.max_scroll_y > 0
        await pilot.press("down")
        assert scroll.scroll_y == 1
        await pilot.press("pagedown")
        assert scroll.scroll_y > 1
        await pilot.press("end")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y
        await pilot.press("home")
        await pilot.pause()
        assert scroll.scroll_y == 0


async def test_reopening_takes_away_the_notice_that_the_session_closed(
    store: Store,
    clock: FakeClock,
    scripted: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """F9 twice: «reopened» shows, «closed, minutes written» no longer does; and back."""
    monkeypatch.chdir(tmp_path)
    app = make_app(store, scripted, clock=clock, tick_seconds=0, watch_seconds=0)

    def shown() -> list[str]:
        return [str(n.message).split(".")[0] for n in app._notifications]

    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f9", "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert shown() == ["Sessie gesloten"]
        await pilot.press("f9", "enter")  # asked first
        await pilot.pause()
        assert app.reading.session().status != SessionStatus.CLOSED
        assert shown() == ["Sessie heropend"]
        await pilot.press("f9", "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert shown() == ["Sessie gesloten"]


async def test_an_undone_reopening_writes_the_minutes_again(
    store: Store,
    clock: FakeClock,
    scripted: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Close, reopen, add a note, undo it and the reopening: the session is closed again, and
    its newest minutes are written then (the first file stays as it was)."""
    monkeypatch.chdir(tmp_path)
    slug = store.session(scripted).slug  # type: ignore[union-attr]
    app = make_app(store, scripted, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f9", "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("f9", "f9")  # reopened (asked first)
        await pilot.pause()
        assert app.reading.session().status != SessionStatus.CLOSED
        await pilot.press("ctrl+z")  # the reopening taken back: closed again
        await app.settle()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.reading.session().status == SessionStatus.CLOSED
        await pilot.press("ctrl+y")  # reopened again: nothing written
        await app.settle()
        await pilot.press("ctrl+y")  # nothing left to redo
        await app.settle()
        await app.workers.wait_for_complete()
    names = sorted(m.name for m in (tmp_path / "minutes").glob("*.md"))
    assert names == [f"{slug}-2.md", f"{slug}.md"]


async def test_a_redone_closing_writes_the_minutes_again(
    store: Store,
    clock: FakeClock,
    scripted: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    slug = store.session(scripted).slug  # type: ignore[union-attr]
    app = make_app(store, scripted, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f9", "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+z")  # the closing taken back
        await app.settle()
        assert app.reading.session().status != SessionStatus.CLOSED
        await pilot.press("ctrl+y")  # and closed again
        await app.settle()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.reading.session().status == SessionStatus.CLOSED
    names = sorted(m.name for m in (tmp_path / "minutes").glob("*.md"))
    assert names == [f"{slug}-2.md", f"{slug}.md"]


async def test_a_closed_session_s_queue_stands_still(
    store: Store, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closed with two people waiting: their waits stop at the close, no suggestion is
    offered, and the floor keys are dimmed (they are refused anyway)."""
    from facilitator.tui.widgets.speakers import FloorPanel

    monkeypatch.chdir(tmp_path)
    sid = import_plan(store, load_session_file(SAMPLES / "twente.toml")).session.id
    service = Services.open(store, sid, clock)
    service.agenda.toggle_timer()
    people = store.participants(sid)
    service.floor.enqueue(people[0].id)
    service.floor.enqueue(people[1].id)
    clock.advance(seconds=30)
    service.closing.close()
    clock.advance(minutes=5)
    app = make_app(store, sid, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        shown = app.screen.query_one(FloorPanel).render().plain  # type: ignore[union-attr]
        assert "wacht 0:30" in shown and "5:30" not in shown
        assert "suggestie" not in shown
        assert not app.screen.meeting.enabled("give_floor")  # type: ignore[attr-defined]
        assert not app.screen.meeting.enabled("accept_suggestion")  # type: ignore[attr-defined]


async def test_waits_stand_still_while_closed_and_count_on_from_there_once_reopened(
    store: Store, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«wacht 0:30» at the close stays 0:30 while the session is closed, and after F9
    reopens it 21 seconds later it reads 0:30 again and counts on: the time the session
    was closed is no time spent waiting, as it is none on the agenda's timer."""
    from facilitator.tui.widgets.speakers import FloorPanel

    monkeypatch.chdir(tmp_path)
    sid = import_plan(store, load_session_file(SAMPLES / "twente.toml")).session.id
    service = Services.open(store, sid, clock)
    service.agenda.toggle_timer()
    service.floor.enqueue(store.participants(sid)[0].id)
    app = make_app(store, sid, clock=clock, tick_seconds=0, watch_seconds=0)

    def waits() -> str:
        shown = app.screen.query_one(FloorPanel).render().plain  # type: ignore[union-attr]
        return " ".join(shown.split())

    async with app.run_test(size=(120, 40)) as pilot:
        clock.advance(seconds=30)
        app.tick()
        await pilot.pause()
        assert "wacht 0:30" in waits()
        await pilot.press("f9", "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(21):
            clock.advance(seconds=1)
            app.tick()
            await pilot.pause()
            assert "wacht 0:30" in waits()
        await pilot.press("f9", "f9")  # reopened (asked first)
        await pilot.pause()
        assert app.reading.session().status == SessionStatus.RUNNING
        assert "wacht 0:30" in waits()
        clock.advance(seconds=5)
        app.tick()
        await pilot.pause()
        assert "wacht 0:35" in waits()


def _close_rows(app: object) -> list[str]:
    """The rows of the close check's table as drawn on the screen."""
    screen = app.screen  # type: ignore[attr-defined]
    table = screen.query_one(DataTable)
    return [table.render_line(y).text.rstrip() for y in range(table.size.height)]


async def test_at_80_columns_each_open_card_shows_its_number_and_a_cut_title(
    store: Store, clock: FakeClock, scripted: int
) -> None:
    """The card column was cut without an ellipsis or a number ('Barrier numbe'), and
    shrank to five characters once a row was parked."""
    app = make_app(store, scripted, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, CloseScreen)
        state = app.state
        assert state is not None
        cards = {c.id: c for c in state.cards}
        labels = build_view(state.cards, state.items, "nl").labels
        first = app.closing.gaps()[0]
        assert first.card_id is not None

        def check() -> None:
            rows = _close_rows(app)
            shown = [g for g in app.closing.gaps() if g.card_id is not None][:3]
            for gap in shown:
                assert gap.card_id is not None
                label, title = labels[gap.card_id], cards[gap.card_id].title
                [row] = [r for r in rows if r.startswith(f" {label} ")]
                start = row.index(title[:12])  # the title, after the number and the reasons
                if title not in row:  # cut: at least twenty characters of it, then "…"
                    assert row.endswith("…") and len(row) - start >= 20, (title, row)

        check()
        await pilot.press("p")  # park the first card: the table keeps its columns
        await pilot.pause()
        assert GapKind.PARKED in app.closing.gaps()[0].kinds
        assert any("geparkeerd" in row for row in _close_rows(app)), _close_rows(app)
        check()


@pytest.mark.parametrize(("lang", "words"), [("nl", "niet aan toegekomen"), ("en", "not reached")])
async def test_the_check_names_an_item_not_reached_as_the_minutes_do(
    store: Store, clock: FakeClock, lang: str, words: str
) -> None:
    """The check said «agendapunt niet behandeld» where the minutes say «niet aan
    toegekomen» of the same item."""
    from facilitator.export.markdown import render_markdown
    from facilitator.export.record import collect
    from tests.helpers import make_plan

    session_id = import_plan(store, make_plan("proef", participants=4, items=3)).session.id
    app = make_app(store, session_id, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("space")  # the meeting starts at item 1
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, CloseScreen)
        rows = [row for row in _close_rows(app) if "Punt 3" in row]
        assert rows and words in rows[0], _close_rows(app)
        assert "behandeld" not in " ".join(_close_rows(app))
    minutes = render_markdown(collect(store, session_id), lang)
    assert any("Punt 3" in line and words in line for line in minutes.splitlines())


@pytest.mark.parametrize(
    ("lang", "asked", "keys"),
    [
        (
            "nl",
            "Sessie heropenen?",
            "F9/Enter: heropenen · Esc of een andere toets: gesloten laten",
        ),
        ("en", "Reopen the session?", "F9/Enter: reopen · Esc or any other key: keep it closed"),
    ],
)
async def test_f9_on_a_closed_session_asks_before_reopening_it(
    store: Store,
    clock: FakeClock,
    scripted: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    asked: str,
    keys: str,
) -> None:
    """F9 on a closed session reopened it at once: one stray F9 while looking back at the
    minutes, and the session was open again, and left out of the synthesis until closed
    again. Now it asks, as closing does: F9 again (or Enter) reopens; Esc keeps it closed,
    and so does any other key, which then goes on as typed."""
    monkeypatch.chdir(tmp_path)
    app = make_app(store, scripted, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f9", "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.reading.session().status == SessionStatus.CLOSED
        await pilot.press("f9")
        assert isinstance(app.screen, ConfirmReopen)
        shown = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert asked in shown and keys in shown, shown
        await pilot.press("escape")
        await app.settle()
        assert not isinstance(app.screen, ConfirmReopen)
        assert app.reading.session().status == SessionStatus.CLOSED
        await pilot.press("f9", "question_mark")  # another key: closed, and the help opens
        await app.settle()
        assert isinstance(app.screen, HelpScreen)
        assert app.reading.session().status == SessionStatus.CLOSED
        await pilot.press("escape", "f9", "enter")
        await app.settle()
        await pilot.pause()
        assert app.reading.session().status != SessionStatus.CLOSED
        assert not isinstance(app.screen, ConfirmReopen)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", "Deze sessie is intussen al heropend, in een ander venster; er is niets veranderd."),
        (
            "en",
            "This session was already reopened meanwhile, in another window; nothing was changed.",
        ),
    ],
)
async def test_reopen_in_two_windows_reopens_once_and_the_second_says_it_was_reopened_meanwhile(
    store: Store, clock: FakeClock, scripted: int, lang: str, words: str
) -> None:
    """Two windows show the session closed; each presses F9 and confirms. The second said
    «Alleen een gesloten sessie kan worden heropend.», though it had just shown the session
    closed and asked. Now it says that the session was reopened meanwhile, in another
    window, and that nothing changed, as every key pressed in two windows says."""
    Services.open(store, scripted, clock).closing.close()
    reopened = [op.label for op in store.operations(scripted)].count("reopen")
    other = Store(store.path, clock=clock)
    one = make_app(store, scripted, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0)
    two = make_app(other, scripted, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0)
    try:
        async with (
            one.run_test(size=(120, 40), notifications=True) as first,
            two.run_test(size=(120, 40), notifications=True) as second,
        ):
            await second.press("f9")
            assert isinstance(two.screen, ConfirmReopen)
            await first.press("f9", "f9")
            await one.settle()
            assert store.session(scripted).status == SessionStatus.RUNNING  # type: ignore[union-attr]
            await second.press("enter")
            await two.settle()
            await second.pause()
            said = [str(n.message) for n in two._notifications]
            assert words in said, said
            assert not any("gesloten sessie" in s or "closed session" in s for s in said), said
        assert [op.label for op in store.operations(scripted)].count("reopen") == reopened + 1
    finally:
        other.close()


@pytest.mark.parametrize(
    "folder", ["vergaderingen", "rondetafels-van-het-mbo-in-twente-en-de-regio-2020"]
)
async def test_the_close_notice_breaks_a_long_path_at_a_slash_and_keeps_the_file_name_whole(
    store: Store,
    clock: FakeClock,
    scripted: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    folder: str,
) -> None:
    """At 80×24 the notice «Sessie gesloten. Verslag geschreven naar …» broke the path of
    the minutes wherever its line was full, inside the file's name (``…/twente-2020-10-2.m``
    over ``d``). Now a path too long for the line breaks after a ``/``: the file name and
    every folder that fits on a line stay whole, and the path reads as written (a folder
    longer than a line is broken where the line ends)."""
    from textual.widgets._toast import Toast

    here = tmp_path / folder / "notulen"
    here.mkdir(parents=True)
    monkeypatch.chdir(here)
    app = make_app(store, scripted, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("f9", "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        [written] = (here / "minutes").iterdir()
        [toast] = [t for t in app.screen.query(Toast) if "Sessie gesloten" in str(t.render())]
        region = toast.region
        drawn = app.screen._compositor.render_strips()
        rows = [
            drawn[y].text[region.x + 2 : region.right].strip()
            for y in range(region.y, region.bottom)
        ]
        text = " ".join(row for row in rows if row)
        assert text.endswith(written.name), rows
        path = [row for row in rows if row][1:]  # the rows after «… geschreven»
        path[0] = path[0].removeprefix("naar ")
        assert "".join(path) == str(written), rows
        width = region.width - 3
        for row in path[:-1]:
            assert row.endswith("/") or len(row) == width, (row, rows)
        assert path[-1] == written.name, rows
        if len(folder) + 1 <= width:
            assert any(f"/{folder}/" in f"/{row}" for row in path), rows


@pytest.mark.parametrize(
    ("lang", "closed", "earlier"),
    [
        (
            "nl",
            "Sessie gesloten. Verslag geschreven naar",
            "Het eerdere verslag {name} is geschreven vóór het heropenen en is nu verouderd.",
        ),
        (
            "en",
            "Session closed. Minutes written to",
            "The earlier minutes {name} were written before the reopening and are out of date now.",
        ),
    ],
    ids=["nl", "en"],
)
async def test_closing_again_after_reopening_names_the_earlier_minutes_as_out_of_date(
    store: Store,
    clock: FakeClock,
    scripted: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    closed: str,
    earlier: str,
) -> None:
    """F9 s, F9 F9 (reopened), someone speaks, F9 s: the second minutes go to
    ``<slug>-2.md`` and the first file is left as it was (it may have been edited by hand),
    but the notice says, whole at 80×24, that the first was written before the reopening and
    is out of date now. Before, it named the new file only, and the first stood there with
    the figures of before as if it were the minutes."""
    from textual.widgets._toast import Toast

    monkeypatch.chdir(tmp_path)
    slug = store.session(scripted).slug  # type: ignore[union-attr]
    first = tmp_path / "minutes" / f"{slug}.md"
    app = make_app(store, scripted, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("f9", "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert first.exists()
        first.write_text(first.read_text(encoding="utf-8") + "\nBijgewerkt.\n", encoding="utf-8")
        kept = first.read_text(encoding="utf-8")
        said = [str(n.message) for n in app._notifications]
        assert not any(earlier.format(name=first.name)[:18] in s for s in said), said
        await pilot.press("f9", "f9")  # reopened (asked first)
        await pilot.pause()
        assert app.reading.session().status == SessionStatus.RUNNING
        await pilot.press("1", "f")
        clock.advance(seconds=40)
        await pilot.press("x")
        await app.settle()
        await pilot.press("f9", "s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        second = tmp_path / "minutes" / f"{slug}-2.md"
        assert second.exists()
        [toast] = [t for t in app.screen.query(Toast) if closed.split()[0] in str(t.render())]
        region = toast.region
        assert 0 <= region.y and region.bottom <= 24
        drawn = app.screen._compositor.render_strips()
        rows = [
            drawn[y].text[region.x + 2 : region.right].strip()
            for y in range(region.y, region.bottom)
        ]
        text = " ".join(row for row in rows if row)
        assert text.startswith(closed), rows
        assert second.name in "".join(rows), rows
        assert text.endswith(earlier.format(name=first.name)), rows
    assert first.read_text(encoding="utf-8") == kept


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "Deze sessie is nog niet begonnen: er is niets af te sluiten. Start haar eerst."),
        ("en", "This session has not started yet: there is nothing to close. Start it first."),
    ],
)
async def test_f9_on_a_session_not_started_says_so_at_once(
    store: Store, clock: FakeClock, lang: str, said: str
) -> None:
    """Before: the whole check opened («Sessie sluiten … 9 open punten»), and only its s said
    there was nothing to close, in a notice that went quickly."""
    from tests.helpers import make_plan

    session_id = import_plan(store, make_plan("proef", participants=4, items=3)).session.id
    app = make_app(store, session_id, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f9")
        await pilot.pause()
        assert not isinstance(app.screen, CloseScreen)
        assert [str(n.message) for n in app._notifications] == [said]
        assert app.reading.session().status == SessionStatus.PLANNED
        assert app.reading.session().checking_since is None  # the wall shows no check
        await pilot.press("space")  # the meeting starts: the notice no longer holds
        await app.settle()
        await pilot.pause()
        assert [str(n.message) for n in app._notifications] == []
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, CloseScreen)
