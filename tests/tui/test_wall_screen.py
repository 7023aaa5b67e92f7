"""The wall as the room sees it on the projector, at the sizes a terminal has."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widget import Widget

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.service import Services
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.widgets.bigclock import BigClock
from facilitator.tui.widgets.wall import WallBoard, WallFloor
from tests.tui.conftest import twente_plan

SnapCompare = Callable[..., bool]

SIZES = [(80, 24), (120, 40)]
SIZE_IDS = ["80x24", "120x40"]

CARDS = {
    Kind.BARRIER: [
        "Te weinig stageplaatsen in de bouw",
        "Begeleiding kost bedrijven te veel tijd",
        "Taalniveau van nieuwkomers",
        "Reistijd naar het stagebedrijf",
        "Onbekendheid met de bbl",
        "Administratieve lasten",
        "Wachtlijsten voor de entree",
    ],
    Kind.OPPORTUNITY: [
        "Leerwerkakkoord uitbreiden naar techniek",
        "Praktijkleren in de zorg",
        "Regionale stagebank",
        "Mentoren uit de sector",
        "Open dagen bij bedrijven",
    ],
    Kind.ACTION: [
        "Matchpunt stage/bbl opzetten",
        "Leerbedrijven in kaart brengen",
        "Proef met taalcoaching",
        "Afspraak met SBB maken",
    ],
}


def wall_app(
    store: Store, session_id: int, clock: FakeClock, lang: str | None = None
) -> FacilitatorApp:
    return make_app(
        store, session_id, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, role=Role.WALL
    )


def fill_board(store: Store, session_id: int, clock: FakeClock) -> None:
    """The first item running, and more cards in every column than a wall has room for."""
    taker = Services.open(store, session_id, clock)
    taker.agenda.toggle_timer()
    for kind, titles in CARDS.items():
        for title in titles:
            taker.notes.capture(kind, title)


def mid_meeting(store: Store, session_id: int, clock: FakeClock) -> None:
    """A full board, someone speaking, four waiting, and 9:52 to go on the first item."""
    fill_board(store, session_id, clock)
    floor = Services.open(store, session_id, clock).floor
    for number in (3, 5, 7, 2, 9):
        floor.enqueue_number(number)
    floor.give_floor()
    clock.advance(seconds=8)  # 09:52: each digit's dots reach both edges of its place


def shown(app: FacilitatorApp, widget: Widget) -> list[str]:
    """The rows of ``widget`` a person sees on the screen (what is cut off is not there)."""
    visible = app.screen.find_widget(widget).visible_region
    rows = app.screen._compositor.render_strips()
    return [
        rows[y].crop(visible.x, visible.right).text.rstrip()
        for y in range(visible.y, visible.bottom)
    ]


@pytest.mark.parametrize(
    ("lang", "heads", "more"),
    [
        ("nl", ("Barrières", "Kansen", "Acties"), r"\+(\d+) meer"),
        ("en", ("Barriers", "Opportunities", "Actions"), r"\+(\d+) more"),
    ],
)
@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_a_column_with_more_cards_than_fit_says_how_many_are_not_shown(
    store: Store,
    clock: FakeClock,
    session_id: int,
    size: tuple[int, int],
    lang: str,
    heads: tuple[str, ...],
    more: str,
) -> None:
    fill_board(store, session_id, clock)
    app = wall_app(store, session_id, clock, lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        rows = shown(app, app.screen.query_one(WallBoard))
    # Every column is on the wall, with its count of cards ...
    starts = []
    for head, titles in zip(heads, CARDS.values(), strict=True):
        [start] = [n for n, row in enumerate(rows) if row.startswith(f"{head} {len(titles)}")]
        starts.append(start)
    assert starts == sorted(starts), rows
    # ... and under it the latest cards that fit, and how many more there are (a column
    # whose cards all fit says nothing more).
    said = []
    for start, end, titles in zip(starts, [*starts[1:], len(rows)], CARDS.values(), strict=True):
        column = rows[start + 1 : end]
        cards = [row for row in column if row.startswith("  · ")]
        assert [row[4:] for row in cards] == titles[::-1][: len(cards)], rows
        hidden = [int(m.group(1)) for row in column if (m := re.search(more, row))]
        left = len(titles) - len(cards)
        assert hidden == ([left] if left else []), rows
        said += hidden
    assert said, rows


@pytest.mark.parametrize("role", [Role.WALL, Role.FACILITATOR, Role.NOTETAKER])
async def test_the_keymap_file_s_problems_are_for_the_keyboards_not_for_the_room(
    store: Store, clock: FakeClock, session_id: int, tmp_path: Path, role: Role
) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('"app.quit" = "ctrl+x"\n"meeting.timr" = "ctrl+t"\n', encoding="utf-8")
    app = make_app(
        store, session_id, clock=clock, tick_seconds=0, watch_seconds=0, role=role, keymap_file=path
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        notices = [str(n.message) for n in app._notifications]
        if role == Role.WALL:
            assert notices == []  # the room sees no notice about a file on this computer
            await pilot.press("ctrl+x")  # and quits with the key the file gives it
            assert app.return_code == 0
        else:
            assert notices == [
                f"Toetsenbestand {path}, regel 2: onbekende actie 'meeting.timr' (overgeslagen); "
                "bedoelt u 'meeting.timer'?"
            ]


@pytest.mark.parametrize(("size", "high"), [((80, 24), 7), ((120, 40), 14)], ids=SIZE_IDS)
async def test_the_countdown_is_large_and_in_the_middle_above_its_caption(
    store: Store, clock: FakeClock, session_id: int, size: tuple[int, int], high: int
) -> None:
    mid_meeting(store, session_id, clock)
    app = wall_app(store, session_id, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = [row.text.rstrip() for row in app.screen._compositor.render_strips()]
        area = app.screen.find_widget(app.screen.query_one(BigClock)).visible_region
    drawn = [n for n, row in enumerate(screen) if "█" in row]
    assert len(drawn) >= high, screen  # block letters, as high as the room allows
    assert drawn == list(range(drawn[0], drawn[-1] + 1))
    # in the middle of its place, left to right and top to bottom ...
    left = min(len(screen[n]) - len(screen[n].lstrip()) for n in drawn)
    right = size[0] - max(len(screen[n]) for n in drawn)
    assert abs(left - right) <= 1, screen
    above, below = drawn[0] - area.y, area.bottom - 1 - drawn[-1]
    assert abs(above - below) <= 1, screen
    # ... under the agenda item, over its caption, and the floor and the board under that
    assert screen.index("    Opening en kennismaking") < drawn[0]
    [caption] = [n for n, row in enumerate(screen) if row.strip() == "nog te gaan"]
    assert caption == area.bottom
    bottom = [n for n, row in enumerate(screen) if "Het woord" in row and "Op het bord" in row]
    assert bottom and bottom[0] > caption, screen
    assert any("Acties 4" in row for row in screen[caption:]), screen


MORE_CARDS = {
    kind: [f"{title} ({n})" for n in range(2, 4) for title in titles]
    for kind, titles in CARDS.items()
}
"""A second and third round of every card: more than the highest wall shows."""


@pytest.mark.parametrize(
    ("size", "high", "least"),
    [((80, 24), 7, 1), ((120, 40), 14, 2), ((160, 45), 21, 2), ((200, 60), 28, 4)],
    ids=[*SIZE_IDS, "160x45", "200x60"],
)
async def test_the_board_shows_as_many_cards_as_the_rows_the_countdown_leaves(
    store: Store,
    clock: FakeClock,
    session_id: int,
    size: tuple[int, int],
    high: int,
    least: int,
) -> None:
    """At 160×45 the board showed one card a column (``+6 meer``) under a countdown with
    five empty rows around its letters: the floor and the board had at most ten rows."""
    mid_meeting(store, session_id, clock)
    notes = Services.open(store, session_id, clock).notes
    for kind, titles in MORE_CARDS.items():
        for title in titles:
            notes.capture(kind, title)
    app = wall_app(store, session_id, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = [row.text.rstrip() for row in app.screen._compositor.render_strips()]
        area = app.screen.find_widget(app.screen.query_one(BigClock)).visible_region
        rows = shown(app, app.screen.query_one(WallBoard))
    # The countdown is as large as before, and its place no higher than its letters ...
    drawn = [n for n, row in enumerate(screen) if "█" in row]
    assert len(drawn) == high, screen
    assert drawn[0] - area.y <= 1 and drawn[-1] == area.bottom - 1, screen
    # ... and the board has the rest: each column its latest cards, as many as fit, and
    # how many more it has, down to the screen's last rows.
    heads = [n for n, row in enumerate(rows) if re.match(r"(Barrières|Kansen|Acties) \d+$", row)]
    assert len(heads) == 3, rows
    total = [len(CARDS[kind]) + len(MORE_CARDS[kind]) for kind in CARDS]
    for start, end, count in zip(heads, [*heads[1:], len(rows)], total, strict=True):
        column = rows[start + 1 : end]
        cards = [row for row in column if row.startswith("  · ")]
        hidden = [int(m.group(1)) for row in column if (m := re.search(r"\+(\d+) meer", row))]
        assert len(cards) >= least and hidden == [count - len(cards)], rows
    assert rows[-1].strip() and len(screen) - (area.bottom + 1 + len(rows)) <= 2, screen


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_snapshot(
    snap_compare: SnapCompare,
    store: Store,
    clock: FakeClock,
    session_id: int,
    size: tuple[int, int],
) -> None:
    mid_meeting(store, session_id, clock)
    assert snap_compare(wall_app(store, session_id, clock), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_the_floor_shows_the_speaker_s_time_and_says_how_many_more_wait(
    store: Store, clock: FakeClock, session_id: int, size: tuple[int, int]
) -> None:
    """At 80×24 a name and organisation wrapped over two rows, so the speaking time went
    to a second row and the third waiting person and how many more waited were cut off; the
    count reads as the board's and the facilitator's floor panel («+1 meer»)."""
    mid_meeting(store, session_id, clock)
    people = {p.id: p for p in store.participants(session_id)}
    waiting = [people[e.participant_id].name for e in store.queue(session_id)]
    app = wall_app(store, session_id, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        rows = shown(app, app.screen.query_one(WallFloor))
    [speaker] = [row for row in rows if row.startswith("▶ ")]
    assert speaker.endswith("00:08"), rows
    named = [row for row in rows if re.match(r"\d\. ", row)]
    assert named and [row[3:].split(" · ")[0] for row in named] == waiting[: len(named)], rows
    hidden = [int(m.group(1)) for row in rows if (m := re.fullmatch(r"\+(\d+) meer", row))]
    assert len(named) + sum(hidden) == len(waiting), rows


@pytest.mark.parametrize("waiting", [1, 2, 3, 4])
@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_the_floor_names_everyone_waiting_it_has_room_for(
    store: Store, clock: FakeClock, session_id: int, size: tuple[int, int], waiting: int
) -> None:
    """With two waiting the wall showed «Daarna / 1. Erik Nijhuis · ROC van Twente /
    +1 meer», and with three two names and «+1 meer», where the row of «+1 meer» could
    hold the name it stood for. The next three are named as far as the rows go, and
    «+N meer» counts only those not named."""
    fill_board(store, session_id, clock)
    floor = Services.open(store, session_id, clock).floor
    floor.enqueue_number(3)
    floor.give_floor()
    for number in (5, 7, 2, 9)[:waiting]:
        floor.enqueue_number(number)
    people = {p.id: p for p in store.participants(session_id)}
    queued = [people[e.participant_id].name for e in store.queue(session_id)]
    app = wall_app(store, session_id, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        rows = shown(app, app.screen.query_one(WallFloor))
    named = [row[3:].split(" · ")[0] for row in rows if re.match(r"\d\. ", row)]
    hidden = [int(m.group(1)) for row in rows if (m := re.fullmatch(r"\+(\d+) meer", row))]
    assert named == queued[: len(named)] and len(named) + sum(hidden) == waiting, rows
    # «+1 meer» stands in the place of one person only when a fourth waits behind three
    assert hidden != [1] or named == queued[:3], rows
    if size == (120, 40):  # room for the next three
        assert named == queued[:3], rows
        assert hidden == ([waiting - 3] if waiting > 3 else []), rows


LONG = "te weinig stageplaatsen in de zorg en de bouw voor leerlingen van mbo 2 en 3"
"""A card's title that wraps over two or three rows of a column."""


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_a_full_board_of_long_cards_shows_a_card_of_every_column_down_to_the_last_row(
    store: Store, clock: FakeClock, session_id: int, size: tuple[int, int]
) -> None:
    """With sixty long cards a column, at 80×24 the first barrier took the board's rows
    and the opportunities and actions showed none (``Kansen 60 +60 meer``); at 120×40 a
    card that did not fit whole left the last rows of the screen empty."""
    mid_meeting(store, session_id, clock)
    notes = Services.open(store, session_id, clock).notes
    for n in range(60):
        for kind in CARDS:
            notes.capture(kind, f"Kaart {n}{kind.value[0]}: {LONG}")
    app = wall_app(store, session_id, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = [row.text.rstrip() for row in app.screen._compositor.render_strips()]
        rows = shown(app, app.screen.query_one(WallBoard))
    heads = [n for n, row in enumerate(rows) if re.match(r"(Barrières|Kansen|Acties) \d+$", row)]
    assert len(heads) == 3, rows
    for start, end, kind in zip(heads, [*heads[1:], len(rows)], CARDS, strict=True):
        column = rows[start + 1 : end]
        starts = [row for row in column if row.startswith("  · ")]
        # the latest first, each a card of its own column (cut short where the rows end)
        assert starts and starts[0].startswith(f"  · Kaart 59{kind.value[0]}: te weinig"), rows
        assert all(f"{kind.value[0]}: " in row for row in starts), rows
        hidden = [int(m.group(1)) for row in column if (m := re.search(r"\+(\d+) meer", row))]
        assert hidden == [len(CARDS[kind]) + 60 - len(starts)], rows
        assert column[-1] == f"  +{hidden[0]} meer", rows
    # the board has every row down to the screen's last, none of them empty
    assert all(row.strip() for row in rows), rows
    assert screen[-1] == rows[-1] or screen[-1].endswith(rows[-1].strip()), screen


@pytest.mark.parametrize("size", [*SIZES, (160, 45)], ids=[*SIZE_IDS, "160x45"])
async def test_a_wall_left_open_shows_the_next_three_as_more_come_to_wait(
    store: Store, clock: FakeClock, session_id: int, size: tuple[int, int]
) -> None:
    """The console gave the floor (``space 3 f``) and four came to wait (``5 7 9 1``): a wall
    open since before showed «Daarna / 1. Bart ter Horst · … / +3 meer», its floor as low
    as when nobody waited, where a wall opened afterwards showed the next three."""
    console_store = Store(store.path, clock=clock)  # the console's window
    wall = wall_app(store, session_id, clock)
    try:
        async with wall.run_test(size=size) as pilot:
            await pilot.pause()
            console = Services.open(console_store, session_id, clock)
            console.agenda.toggle_timer()
            console.floor.enqueue_number(3)
            console.floor.give_floor()
            wall.check_external()
            await pilot.pause()
            for number in (5, 7, 9, 1):
                console.floor.enqueue_number(number)
                wall.check_external()
                await pilot.pause()
            rows = shown(wall, wall.screen.query_one(WallFloor))
    finally:
        console_store.close()
    people = {p.id: p for p in store.participants(session_id)}
    waiting = [people[e.participant_id].name for e in store.queue(session_id)]
    named = [row[3:].split(" · ")[0] for row in rows if re.match(r"\d\. ", row)]
    assert named == waiting[:3] and rows[-1] == "+1 meer", rows
    # as a wall opened now shows them
    fresh = wall_app(store, session_id, clock)
    async with fresh.run_test(size=size) as pilot:
        await pilot.pause()
        assert shown(fresh, fresh.screen.query_one(WallFloor)) == rows


@pytest.mark.parametrize("item", [1, 2, 3, 4, 5])
async def test_at_80x24_the_countdown_keeps_its_seven_rows_under_a_long_question(
    store: Store, clock: FakeClock, session_id: int, item: int
) -> None:
    """The question of item 3 goes over three rows at 80×24: the countdown shrank to four
    rows of half blocks there, where item 1's had seven rows of block letters."""
    mid_meeting(store, session_id, clock)
    services = Services.open(store, session_id, clock)
    services.agenda.goto(store.items(session_id)[item - 1].id)
    question = " ".join(store.items(session_id)[item - 1].question.split())
    app = wall_app(store, session_id, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = [row.text.rstrip() for row in app.screen._compositor.render_strips()]
        floor = shown(app, app.screen.query_one(WallFloor))
    drawn = [n for n, row in enumerate(screen) if "█" in row]
    assert len(drawn) == 7 and not any(set(row) & set("▀▄") for row in screen), screen
    # the question whole, above the countdown
    said = " ".join(" ".join(row.split()) for row in screen[: drawn[0]])
    assert said.endswith(question), screen
    # and under it who has the floor and who is next
    assert floor[1].startswith("▶ Jeroen Brinkhuis") and floor[1].endswith("00:08"), floor
    assert any(row.startswith("1. ") for row in floor) and "Daarna" in floor, floor


LONG_TITLE = (
    "Rondetafel mbo 2/3 en de arbeidsmarkt: stage, bbl en leven lang ontwikkelen `code` $var"
)


@pytest.mark.parametrize(("size", "cut"), [((80, 24), True), ((120, 40), False)])
async def test_a_long_title_is_cut_with_an_ellipsis_and_the_clock_stays(
    store: Store, clock: FakeClock, size: tuple[int, int], cut: bool
) -> None:
    """At 80×24 a long title leaves the clock its place and ends in «…»; at 120 it fits
    whole. Before, the title line was broken between words and its first row shown: the
    title cut off mid-sentence without «…», and the clock gone."""
    session = import_plan(store, replace(twente_plan(), title=LONG_TITLE)).session
    app = wall_app(store, session.id, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        [row] = shown(app, app.screen.query_one("#wall-title"))
    title, _, time = row.strip().partition("  ·  ")
    assert time == "14:00", row
    if cut:
        assert title.endswith("…") and LONG_TITLE.startswith(title[:-1]), row
    else:
        assert title == LONG_TITLE, row


async def test_the_wall_counts_down_the_seconds_begun_as_still_there(
    store: Store, clock: FakeClock, session_id: int
) -> None:
    """7.6 seconds into the item's 10 minutes: 09:53 left on the wall, as on the console
    (before, 09:52, while the time spoken beside it said 0:07)."""
    fill_board(store, session_id, clock)
    clock.advance(seconds=7.6)
    app = wall_app(store, session_id, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.screen.query_one(BigClock).value == "09:53"


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_the_wall_marks_a_speech_over_its_limit(
    store: Store, clock: FakeClock, session_id: int, size: tuple[int, int]
) -> None:
    """Three minutes a speech in Twente: at 2:59 the wall shows the time spoken as before;
    at 3:05 it shows it against the limit, 03:05 / 03:00, in the alarm colour, as the
    console does. Before, 03:05 stood there unmarked."""
    from facilitator.tui.widgets.timefmt import ALARM, OK

    floor = Services.open(store, session_id, clock).floor
    floor.enqueue_number(5)
    floor.give_floor()
    clock.advance(seconds=179)
    app = wall_app(store, session_id, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        panel = app.screen.query_one(WallFloor)
        [row] = [row for row in shown(app, panel) if "Bart ter Horst" in row]
        assert row.endswith(" 02:59")
        rendered = panel.render()
        assert [
            s.style for s in rendered.spans if rendered.plain[s.start : s.end].strip() == "02:59"
        ] == [OK]
        clock.advance(seconds=6)
        app.tick()
        await pilot.pause()
        [row] = [row for row in shown(app, panel) if "Bart ter Horst" in row]
        assert row.endswith(" 03:05 / 03:00")
        rendered = panel.render()
        marked = [
            str(s.style)
            for s in rendered.spans
            if rendered.plain[s.start : s.end].strip() == "03:05 / 03:00"
        ]
        assert marked and all(ALARM in style for style in marked)


def on_item(store: Store, session_id: int, clock: FakeClock, number: int) -> None:
    """The full board of ``fill_board``, and the timer moved on to item ``number``."""
    fill_board(store, session_id, clock)
    agenda = Services.open(store, session_id, clock).agenda
    for _ in range(number - 1):
        agenda.move(1)


def columns_shown(rows: list[str], heads: tuple[str, ...], more: str) -> list[tuple[int, int]]:
    """Each column's cards shown and the count it says of the rest («+6 meer»), whether
    under its cards or beside its count."""
    starts = [
        next(n for n, row in enumerate(rows) if re.match(rf"{head} \d+\b", row)) for head in heads
    ]
    said = []
    for start, end in zip(starts, [*starts[1:], len(rows)], strict=True):
        column = rows[start:end]
        cards = [row for row in column if row.startswith("  · ")]
        hidden = [int(m.group(1)) for row in column if (m := re.search(more, row))]
        said.append((len(cards), sum(hidden)))
    return said


@pytest.mark.parametrize(
    ("lang", "heads", "more"),
    [
        ("nl", ("Barrières", "Kansen", "Acties"), r"\+(\d+) meer"),
        ("en", ("Barriers", "Opportunities", "Actions"), r"\+(\d+) more"),
    ],
)
@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_under_a_long_question_every_column_shows_its_latest_card(
    store: Store,
    clock: FakeClock,
    session_id: int,
    size: tuple[int, int],
    lang: str,
    heads: tuple[str, ...],
    more: str,
) -> None:
    """Item 3 of Twente, whose question takes three rows at 80×24: the board has fewer rows,
    and still every column shows its latest card before it says how many more it has. Before,
    the barriers said «+7 meer» and showed none: the rows went to the other columns' cards."""
    on_item(store, session_id, clock, 3)
    app = wall_app(store, session_id, clock, lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        rows = shown(app, app.screen.query_one(WallBoard))
    said = columns_shown(rows, heads, more)
    totals = [len(titles) for titles in CARDS.values()]
    assert all(cards >= 1 for cards, _ in said), rows
    assert [cards + hidden for cards, hidden in said] == totals, rows


@pytest.mark.parametrize(
    ("lang", "heads", "more"),
    [
        ("nl", ("Barrières", "Kansen", "Acties"), r"\+(\d+) meer"),
        ("en", ("Barriers", "Opportunities", "Actions"), r"\+(\d+) more"),
    ],
)
async def test_under_a_longer_question_the_count_of_the_rest_stands_beside_the_column_s(
    store: Store, clock: FakeClock, lang: str, heads: tuple[str, ...], more: str
) -> None:
    """A question of four rows at 80×24 leaves the board eight: too few for every column's
    latest card and its «+N meer» under it, so that stands beside the count («Barrières 7
    +5 meer»), and every column still shows its latest cards."""
    plan = twente_plan()
    items = list(plan.agenda)
    longer = " En wat kunnen de provincie, de gemeenten en het UWV daarbij samen doen?"
    items[2] = replace(items[2], question=items[2].question + longer)
    session_id = import_plan(store, replace(plan, agenda=tuple(items))).session.id
    on_item(store, session_id, clock, 3)
    app = wall_app(store, session_id, clock, lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rows = shown(app, app.screen.query_one(WallBoard))
    said = columns_shown(rows, heads, more)
    assert all(cards >= 1 for cards, _ in said), rows
    assert [cards + hidden for cards, hidden in said] == [len(t) for t in CARDS.values()], rows
    assert re.fullmatch(rf"{heads[0]} 7  {more}", rows[0]), rows


@pytest.mark.parametrize(
    ("lang", "done", "dropped", "by"),
    [
        ("nl", "✓ gedaan", "✗ vervallen", "uiterlijk 11 december 2026"),
        ("en", "✓ done", "✗ dropped", "by 11 December 2026"),
    ],
    ids=["nl", "en"],
)
async def test_after_closing_the_wall_marks_an_action_done_or_dropped_and_lists_it_last(
    store: Store, clock: FakeClock, session_id: int, lang: str, done: str, dropped: str, by: str
) -> None:
    """Three actions with a lead and a date; on the board A1 set done and A3 dropped, then
    the session closed: «Wie neemt het voortouw?» lists A2, still open, with its date first,
    then A1 marked done and A3 marked dropped, in the words of the board and the minutes,
    without a date to keep. Before, A1 stood there as the open one did («… — Gemeente
    Enschede · uiterlijk 11 december 2026»)."""
    from datetime import date

    from facilitator.domain.model import ActionStatus, Owner
    from facilitator.tui.widgets.wall import Commitments

    meeting = Services.open(store, session_id, clock)
    meeting.agenda.toggle_timer()
    for title in ("Matchpunt stage/bbl opzetten", "Leerbedrijven in kaart", "Proef taalcoach"):
        card = meeting.notes.capture(Kind.ACTION, title).card_id
        assert card is not None
        meeting.board.set_owners(card, [Owner("Gemeente Enschede")])
        meeting.board.set_due(card, date(2026, 12, 11))
    first, second, third = [c.id for c in meeting.board.cards() if c.column.value == "action"]
    meeting.board.set_status(first, ActionStatus.DONE)
    meeting.board.set_status(third, ActionStatus.DROPPED)
    meeting.closing.close()
    app = wall_app(store, session_id, clock, lang)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        rows = [row.strip() for row in shown(app, app.screen.query_one(Commitments))]
        actions = [row for row in rows if re.match(r"A\d ", row)]
        assert [row.split()[0] for row in actions] == ["A2", "A1", "A3"]
        assert actions[0].endswith(f"Gemeente Enschede  ·  {by}"), actions
        assert actions[1].endswith(f"Gemeente Enschede  ·  {done}"), actions
        assert actions[2].endswith(f"Gemeente Enschede  ·  {dropped}"), actions
