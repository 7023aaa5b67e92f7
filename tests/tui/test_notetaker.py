"""The note-taker's screen (``--role notetaker``): typing, the board and the log, and
the facilitator's keys that do nothing until the note-taker asks for control."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import DataTable, Static
from textual.widgets._toast import Toast

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.help import HelpScreen
from facilitator.tui.screens.notes import NoteScreen
from facilitator.tui.widgets.board import BoardPane
from facilitator.tui.widgets.footer import KeyRow, shown_keys
from facilitator.tui.widgets.log import ContributionLog
from facilitator.tui.widgets.note_capture import NoteCaptureBar
from facilitator.tui.widgets.note_status import NoteStatus
from facilitator.tui.widgets.wrap_input import WrappingCaptureInput, row_of, wrap_starts
from tests.tui.conftest import HOSTILE, burst, burst_text, hostile_plan
from tests.tui.drawn import Drawn
from tests.tui.notes_fixtures import import_twente, seed_board, start_meeting
from tests.tui.test_help import help_rows
from tests.tui.test_hostile_text import HOSTILE as TYPED

SIZES = [(80, 24), (100, 30)]
SIZE_IDS = ["80x24", "100x30"]
LONG = (
    "Bedrijven in de bouw haken af als leerbedrijf omdat de begeleiding van bbl'ers "
    "te veel tijd kost en de vergoeding daarvoor niet opweegt tegen het verlies aan "
    "productie op de bouwplaats"
)
SnapCompare = Callable[..., bool]


@pytest.fixture
def twente(store: Store) -> int:
    return import_twente(store)


def notetaker(store: Store, session_id: int, clock: FakeClock) -> FacilitatorApp:
    return make_app(
        store, session_id, clock=clock, tick_seconds=0, watch_seconds=0, role=Role.NOTETAKER
    )


async def type_line(pilot: Pilot[None], text: str) -> None:
    await burst_text(pilot, text)


def shown_rows(app: FacilitatorApp) -> list[str]:
    """The rows the capture line draws now, as a person sees them."""
    field = app.screen.query_one(WrappingCaptureInput)
    return [field.render_line(y).text.rstrip() for y in range(field.size.height)]


# -- the wrapping -----------------------------------------------------------------------------
def test_a_line_wraps_at_spaces_and_cuts_a_word_longer_than_a_row() -> None:
    text = "Te weinig stageplaatsen in de bouw"
    starts = wrap_starts(text, 12)
    rows = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    # the last row is full: the cursor after it starts a row of its own
    assert rows == ["Te weinig ", "stageplaatse", "n in de bouw", ""]
    assert all(len(row.rstrip()) <= 12 for row in rows)
    assert wrap_starts("", 10) == [0] and wrap_starts("abc", 10) == [0]
    # the cursor after a full last row gets a row of its own
    assert wrap_starts("abcde", 5) == [0, 5]
    assert row_of(wrap_starts(text, 12), len(text)) == 3


# -- the screen -------------------------------------------------------------------------------
@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_a_long_sentence_is_visible_whole_and_saved_by_enter(
    store: Store, twente: int, clock: FakeClock, size: tuple[int, int]
) -> None:
    start_meeting(store, twente, clock, speaker=3)
    app = notetaker(store, twente, clock)
    async with app.run_test(size=size) as pilot:
        assert isinstance(app.screen, NoteScreen)
        await pilot.press("b")
        bar = app.screen.query_one(NoteCaptureBar)
        assert bar.is_open and bar.input.has_focus
        await burst_text(pilot, LONG + " #stage")
        rows = shown_rows(app)
        assert len([r for r in rows if r]) >= 2  # it wrapped rather than scrolled
        assert " ".join(r.strip() for r in rows if r) == LONG + " #stage"
        await pilot.press("enter")
        assert bar.input.value == ""  # taken and cleared by the key's own event
        await pilot.press("c")  # the next kind key opens a fresh line
        assert bar.is_open and bar.kind == Kind.NOTE and bar.input.value == ""
        await pilot.press("escape")
    [said] = store.contributions(twente)
    assert (said.kind, said.text, said.tags) == (Kind.BARRIER, LONG, ["stage"])
    assert said.participant_id == store.participants(twente)[2].id


async def test_the_top_lines_say_item_and_speaker_and_every_kind_key_captures(
    store: Store, twente: int, clock: FakeClock
) -> None:
    start_meeting(store, twente, clock, speaker=3)
    app = notetaker(store, twente, clock)
    speaker = store.participants(twente)[2]
    item = store.items(twente)[0]
    async with app.run_test(size=(80, 24)) as pilot:
        top = app.screen.query_one(NoteStatus).render()
        assert speaker.name in str(top) and item.title in str(top)
        for key in "boadqc":
            await pilot.press(key)
            await type_line(pilot, f"regel {key}")
            await pilot.press("enter")
        # closed again: the line says which keys open it, not a stale preview
        bar = app.screen.query_one(NoteCaptureBar)
        assert not bar.is_open
        hint = str(bar.query_one("#capture-closed", Static).render())
        assert "b barrière" in hint and "c notitie" in hint
        assert "Enter opslaan" in str(bar.query_one("#capture-preview", Static).render())
    assert sorted(c.text for c in store.contributions(twente)) == [
        f"regel {key}" for key in sorted("boadqc")
    ]


async def test_before_the_start_the_top_line_says_notes_go_under_no_item_as_they_do(
    store: Store, twente: int, clock: FakeClock
) -> None:
    # Nothing started yet: the capture files a note under no item, so the top line may not
    # name the first item as if it were current; it names it as the one that comes next.
    app = notetaker(store, twente, clock)
    first = store.items(twente)[0]
    async with app.run_test(size=(100, 30)) as pilot:
        top = str(app.screen.query_one(NoteStatus).render()).splitlines()[0]
        assert top.startswith("geen agendapunt (volgt: punt 1 " + first.title)
        await pilot.press("b")
        await type_line(pilot, "voor de start")
        await pilot.press("enter")
        await pilot.pause()
    (said,) = store.contributions(twente)
    assert said.text == "voor de start" and said.item_id is None

    start_meeting(store, twente, clock, speaker=3)
    app = notetaker(store, twente, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        top = str(app.screen.query_one(NoteStatus).render()).splitlines()[0]
        assert top.startswith("punt 1 " + first.title) and "volgt" not in top
        await pilot.press("b")
        await type_line(pilot, "na de start")
        await pilot.press("enter")
        await pilot.pause()
    after = next(c for c in store.contributions(twente) if c.text == "na de start")
    assert after.item_id == first.id


async def test_a_paste_is_kept_whole(store: Store, twente: int, clock: FakeClock) -> None:
    app = notetaker(store, twente, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        app.post_message(events.Paste("eerste regel\ntweede regel"))
        await pilot.pause()
        await pilot.press("enter")
    [said] = store.contributions(twente)
    assert said.text == "eerste regel\ntweede regel"


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_board_and_log_keys_work(
    store: Store, twente: int, clock: FakeClock, size: tuple[int, int]
) -> None:
    seed_board(store, twente, clock)
    app = notetaker(store, twente, clock)
    before = len(store.contributions(twente))
    votes = sum(card.votes for card in store.cards(twente))
    async with app.run_test(size=size) as pilot:
        await pilot.press("f2")
        board = app.screen.query_one(BoardPane)
        assert board.display and app.screen.focused in board.walk_children()
        await pilot.press("v")
        assert sum(card.votes for card in store.cards(twente)) == votes + 1
        await pilot.press("f3")
        log = app.screen.query_one(ContributionLog)
        assert log.display and app.screen.focused is log.table
        await pilot.press("delete")
    assert len(store.contributions(twente)) == before - 1


MEETING_KEYS = [
    "space", "right_square_bracket", "left_square_bracket", "plus", "minus", "1", "2", "0",
    "h", "f", "x", "s", "t", "p", "r", "w", "m", "u", "g",
]  # fmt: skip


async def test_agenda_and_queue_keys_do_nothing_until_control_is_asked(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = notetaker(store, twente, clock)
    before = len(store.operations(twente))
    async with app.run_test(size=(80, 24)) as pilot:
        for key in MEETING_KEYS:
            await pilot.press(key)
            assert isinstance(app.screen, NoteScreen), key  # no picker opened either
        assert len(store.operations(twente)) == before
        assert store.queue(twente) == []
        assert not any(item.running for item in store.items(twente))
        # F4: the note-taker takes control; now the facilitator's keys act.
        await pilot.press("f4")
        assert app.screen.query_one(NoteStatus).control
        await pilot.press("space", "1", "2")
        assert [e.participant_id for e in store.queue(twente)] == [
            p.id for p in store.participants(twente)[:2]
        ]
        assert any(item.running for item in store.items(twente))
        await pilot.press("f")
        assert len(store.queue(twente)) == 1
        # F4 again: read-only again.
        await pilot.press("f4")
        count = len(store.operations(twente))
        await pilot.press("3", "x", "space")
        assert len(store.operations(twente)) == count


async def test_footer_and_help_name_the_control_key(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = notetaker(store, twente, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        footer = {words for _key, _action, words, _on, _tip in shown_keys(app.screen)}
        assert "timer en rij bedienen" in footer
        assert "timer" not in footer and "hand" not in footer  # the facilitator's keys: hidden
        await pilot.press("f4")
        footer = {words for _key, _action, words, _on, _tip in shown_keys(app.screen)}
        assert {"timer", "hand", "timer en rij bedienen"} <= footer
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        cells = [cell for row in help_rows(app) for cell in row]
        assert "F4" in cells and "timer en rij bedienen" in cells


@pytest.mark.parametrize(
    ("lang", "console", "select", "floor"),
    [
        ("en", "Console", "select next in queue", "give selected the floor"),
        ("nl", "Console", "volgende in de rij kiezen", "gekozene het woord geven"),
    ],
)
async def test_the_help_lists_only_the_keys_that_act_on_the_note_taker_s_screen(
    store: Store, twente: int, clock: FakeClock, lang: str, console: str, select: str, floor: str
) -> None:
    """The help listed «F1 Console», and the console's keys of the queue, which do nothing
    on the note-taker's screen (it has no console); F2, F3 and F4 act there."""
    app = make_app(
        store, twente, clock=clock, tick_seconds=0, watch_seconds=0, role=Role.NOTETAKER, lang=lang
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = help_rows(app)
        keys = [row[0] for row in rows if len(row) == 2]
        words = [row[1] for row in rows if len(row) == 2]
        assert "F1" not in keys and console not in words
        assert select not in words and floor not in words
        assert {"F2", "F3", "F4"} <= set(keys)
        said = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "someone in the queue" not in said and "iemand in de rij" not in said
        await pilot.press("escape")
        await pilot.press("f1")  # indeed nothing
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)


def test_snapshot_80x24(snap_compare: SnapCompare, store: Store, clock: FakeClock) -> None:
    session_id = import_twente(store)
    start_meeting(store, session_id, clock, speaker=3)
    seed_board(store, session_id, clock)
    app = notetaker(store, session_id, clock)

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.press("b")
        app.screen.query_one(WrappingCaptureInput).cursor_blink = False  # the same every run
        await type_line(pilot, LONG[:120] + " #stage")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


async def test_hostile_names_and_text_show_literally_and_wrap(
    store: Store, clock: FakeClock
) -> None:
    session_id = import_plan(store, hostile_plan()).session.id
    start_meeting(store, session_id, clock, speaker=2)
    app = notetaker(store, session_id, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        top = str(app.screen.query_one(NoteStatus).render())
        assert f"{HOSTILE[1]} Naam" in top and f"{HOSTILE[0]} Punt" in top
        for text in TYPED:
            await pilot.press("c")
            app.post_message(events.Paste(text))
            await pilot.pause()
            rows = shown_rows(app)  # every row draws, the last shows the cursor's end
            assert len(rows) == 3 and any(rows)
            await pilot.press("enter")
    saved = [c.text for c in store.contributions(session_id)]
    assert len(saved) == len(TYPED)


# -- the log follows the newest ---------------------------------------------------------------


def log_rows_in_view(app: FacilitatorApp) -> list[str]:
    """The contribution texts the log's table shows now, top to bottom."""
    table = app.screen.query_one("#log-table", DataTable)
    first = round(table.scroll_y)
    last = min(table.row_count, first + table.scrollable_content_region.height - 1)
    return [str(table.get_row_at(i)[4]) for i in range(first, last)]


@pytest.mark.parametrize(
    "size", [(80, 24), (100, 30), (120, 40), (140, 40), (200, 50)], ids=lambda s: f"{s[0]}x{s[1]}"
)
@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_the_log_cuts_long_texts_with_an_ellipsis_at_every_width(
    store: Store, twente: int, clock: FakeClock, size: tuple[int, int], lang: str
) -> None:
    """At 120×40 the log beside the board was given a text column wider than its room: the
    texts were cut mid-word at its edge with no `…` («Fac tussendoor F0» for «…F07») and a
    horizontal scroll bar stood under the table. At every width the table fits: each text
    too long for its column ends with `…`, and nothing scrolls sideways."""
    taker = start_meeting(store, twente, clock)
    for n in range(1, 8):
        taker.notes.capture(
            Kind.NOTE, f"Fac tussendoor F0{n} over de stageplaatsen in de zorg en in de bouw " * 3
        )
    app = make_app(
        store,
        twente,
        lang=lang,
        clock=clock,
        tick_seconds=0,
        watch_seconds=0,
        role=Role.NOTETAKER,
    )
    drawn = Drawn(app, size)
    async with app.run_test(size=size) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        log = app.screen.query_one(ContributionLog)
        table = log.table
        assert not table.show_horizontal_scrollbar
        assert table.virtual_size.width <= table.scrollable_content_region.width
        left, right = log.region.x, log.region.right
        rows = [row[left:right].rstrip(" ▕") for row in drawn.text.splitlines()]  # its edge
        shown = [row for row in rows if row.lstrip().startswith("14:00")]  # the log's rows
        assert len(shown) == 7, drawn.text
        assert all("Fac t" in row for row in shown), drawn.text
        assert all(row.endswith("…") for row in shown), "\n".join(shown)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_the_newest_note_stays_in_view_as_notes_are_added(
    store: Store, twente: int, clock: FakeClock, size: tuple[int, int]
) -> None:
    app = notetaker(store, twente, clock)
    async with app.run_test(size=size) as pilot:
        for n in range(1, 26):  # a burst, as fast as the keys come
            await burst(pilot, "b", *f"punt{n}", "enter")
        await pilot.pause()
        shown = log_rows_in_view(app)
        assert shown[0] == "punt25", shown
        selected = app.screen.query_one(ContributionLog).selected
        assert selected is not None and selected.text == "punt25"


async def test_reading_older_notes_keeps_the_place_and_says_how_many_are_new(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = notetaker(store, twente, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        for n in range(1, 21):
            await burst(pilot, "b", *f"punt{n}", "enter")
        await pilot.pause()
        await pilot.press("f3", *["down"] * 12)  # deliberately down to older notes
        await pilot.pause()
        log = app.screen.query_one(ContributionLog)
        before = log_rows_in_view(app)
        reading = log.selected
        assert reading is not None and reading.text == "punt8"
        for n in range(21, 24):
            await burst(pilot, "c", *f"nieuw{n}", "enter")
        await pilot.pause()
        assert log.selected == reading  # the row being read stays selected ...
        # ... in view where it was, give or take the row the news takes below the table
        now = log_rows_in_view(app)
        assert "punt8" in now and now[0] in before[:2] and now[1] in before[1:3]
        news = app.screen.query_one("#log-news", Static)
        assert news.display and "3 nieuwe erboven" in str(news.render())
        await pilot.press("ctrl+home")  # back to the newest: following again
        await pilot.pause()
        assert log_rows_in_view(app)[0] == "nieuw23" and not news.display
        await pilot.press("c", *"laatste", "enter")
        await pilot.pause()
        assert log_rows_in_view(app)[0] == "laatste"
        assert log.selected is not None and log.selected.text == "laatste"


# -- the closed capture line names its keys ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", ["b barrière", "o kans", "a actie", "d besluit", "q vraag", "c notitie"]),
        ("en", ["b barrier", "o opportunity", "a action", "d decision", "q question", "c note"]),
    ],
)
async def test_the_closed_line_shows_every_kind_key_whole_at_80_columns(
    store: Store, twente: int, clock: FakeClock, lang: str, words: list[str]
) -> None:
    app = make_app(
        store, twente, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, role=Role.NOTETAKER
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        closed = app.screen.query_one("#capture-closed", Static)
        for _ in range(2):  # on opening, and again after a note was taken
            shown = " ".join(closed.render_line(y).text for y in range(closed.size.height))
            for word in words:
                assert word in shown, shown
            assert "…" not in shown
            await pilot.press("c", *"notitie", "enter")
            await pilot.pause()


async def test_the_closed_line_names_the_keys_of_the_keymap(
    store: Store, twente: int, clock: FakeClock, tmp_path: Path
) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('"capture.barrier" = "B"\n"capture.note" = "n"\n', encoding="utf-8")
    app = make_app(
        store,
        twente,
        clock=clock,
        tick_seconds=0,
        watch_seconds=0,
        role=Role.NOTETAKER,
        keymap_file=path,
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        closed = app.screen.query_one("#capture-closed", Static)
        shown = closed.render_line(0).text
        assert "B barrière" in shown and "n notitie" in shown and "b barrière" not in shown
        empty = str(app.screen.query_one("#log-detail", Static).render())
        assert "Nog geen bijdragen. B o a d q n leggen er een vast." in empty, empty
        await pilot.press("B", *"via de eigen toets", "enter")
        await pilot.pause()
    assert [c.kind for c in store.contributions(twente)] == [Kind.BARRIER]


async def test_escape_and_a_kind_key_typed_at_once_cancel_and_open_that_kind(
    store: Store, twente: int, clock: FakeClock
) -> None:
    # A terminal sends Esc and a key typed within a tenth of a second after it as one
    # alt+key: the Esc must still cancel, and the key still open its kind.
    app = notetaker(store, twente, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q", *"weg")
        await app.keys.arrived(events.Key("alt+c", "c"))
        await pilot.press(*"notitie", "enter", "b", *"fout")
        await app.keys.arrived(events.Key("alt+o", "o"))
        await pilot.press(*"kans", "enter")
        await pilot.pause()
    assert [(c.kind, c.text) for c in store.contributions(twente)] == [
        (Kind.NOTE, "notitie"),
        (Kind.OPPORTUNITY, "kans"),
    ]


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_a_notice_does_not_cover_the_line_being_typed(
    store: Store, twente: int, clock: FakeClock, size: tuple[int, int]
) -> None:
    app = notetaker(store, twente, clock)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("c", *"begin van een zin")
        app.notify("Een melding die een paar regels beslaat. " * 4, markup=False)
        await pilot.pause()
        bar = app.screen.query_one(NoteCaptureBar)
        [toast] = app.screen.query(Toast)
        assert not toast.region.overlaps(bar.region), (toast.region, bar.region)
        assert toast.region.y >= 0


async def test_on_a_closed_session_the_typed_sentence_stays_in_the_line(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """The kind key opens the line, so the letters after it are text, not the screen's
    keys; Enter saves nothing and says why, and the text stays."""
    service = start_meeting(store, twente, clock)
    service.closing.close()
    app = notetaker(store, twente, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await pilot.press("a")
        await type_line(pilot, "Nazorg regelen voor de Nijverheid")
        await pilot.press("enter")
        await pilot.pause()
        bar = app.screen.query_one(NoteCaptureBar)
        assert app.screen is screen and bar.is_open
        assert bar.input.value == "Nazorg regelen voor de Nijverheid"
        assert "gesloten" in str(bar.query_one("#capture-preview", Static).render())
    assert store.contributions(twente) == []


@pytest.mark.parametrize("tab", ["f2", "f3"])
async def test_a_paste_with_no_line_open_opens_a_note_with_it(
    store: Store, twente: int, clock: FakeClock, tab: str
) -> None:
    """On the note-taker's screen a paste with the line closed was dropped without a word,
    on the board and on the log; the facilitator's screen already opened a note with it."""
    app = notetaker(store, twente, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(tab)
        await pilot.pause()
        bar = app.screen.query_one(NoteCaptureBar)
        assert not bar.is_open
        await app.keys.arrived(events.Paste("Uit de chat: bus 12 rijdt niet"))
        await pilot.pause()
        assert bar.is_open and bar.kind == Kind.NOTE
        assert bar.input.value == "Uit de chat: bus 12 rijdt niet"
        shown = [str(n.message) for n in app._notifications]
        assert any("Geplakt in een nieuwe notitie" in n for n in shown), shown
        await pilot.press("enter")
        await app.settle()
    [said] = store.contributions(twente)
    assert (said.kind, said.text) == (Kind.NOTE, "Uit de chat: bus 12 rijdt niet")


ON_A_CONTRIBUTION = {"andere soort", "andere spreker", "verwijderen"}
"""The footer's words of K, ~ and Delete: keys on the selected contribution."""


def offered(app: FacilitatorApp) -> set[str]:
    """The words of the keys the footer offers, as drawn (a dimmed key is not offered)."""
    return {key.words for key in app.screen.query_one(KeyRow).keys if key.enabled}


async def test_keys_on_a_contribution_are_offered_only_while_there_is_one(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """Before the first contribution the footer offered `K andere soort`, `~ andere
    spreker` and `del verwijderen`, with nothing to act on."""
    app = notetaker(store, twente, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not ON_A_CONTRIBUTION & offered(app)
        await pilot.press("c")
        await type_line(pilot, "Eerste notitie")
        await pilot.press("enter")
        assert ON_A_CONTRIBUTION <= offered(app)
        await pilot.press("delete")  # the only one: none left
        assert not store.contributions(twente)
        assert not ON_A_CONTRIBUTION & offered(app)
