"""Pilot tests of the header: the expected end against the hard end, at both widths."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from textual.content import Content
from textual.pilot import Pilot

from facilitator.domain.clock import FakeClock
from facilitator.domain.plan import AgendaItemPlan
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.widgets.header import SessionHeader
from tests.helpers import make_plan
from tests.tui.conftest import START, AppFactory

NARROW, WIDE = (80, 24), (120, 40)


def header(app: FacilitatorApp) -> str:
    """The header as the user reads it: its words, single spaces between them."""
    rendered = app.screen.query_one(SessionHeader).render()
    text = rendered.plain if isinstance(rendered, Content) else str(rendered)
    return " ".join(text.split())


async def later(app: FacilitatorApp, clock: FakeClock, pilot: Pilot[None], seconds: float) -> None:
    clock.advance(seconds=seconds)
    app.tick()
    await pilot.pause()


@pytest.fixture
def seven_minutes(store: Store) -> int:
    """12:00–12:07 (a hard end), five items of 1, 1, 2, 2 and 1 minutes."""
    plan = make_plan("krap", participants=3, items=0)
    agenda = tuple(
        AgendaItemPlan(f"i{n}", f"Punt {n}", m) for n, m in enumerate((1, 1, 2, 2, 1), start=1)
    )
    plan = replace(plan, ends_at=START + timedelta(minutes=7), agenda=agenda)
    return import_plan(store, plan).session.id


@pytest.mark.parametrize(
    ("size", "lang", "ahead", "past"),
    [
        (
            NARROW,
            "nl",
            "0:03/0:07 · einde 12:12 (5 min na eindtijd)",
            "0:08/0:07 · einde 12:13 (6 min na eindtijd)",
        ),
        (
            NARROW,
            "en",
            "0:03/0:07 · end 12:12 (5 min past hard end)",
            "0:08/0:07 · end 12:13 (6 min past hard end)",
        ),
        (
            WIDE,
            "nl",
            "verstreken 0:03 / 0:07 · verwacht einde 12:12 (+5 min) · eindtijd 12:07",
            "verstreken 0:08 / 0:07 · verwacht einde 12:13 (+6 min) · eindtijd 12:07",
        ),
        (
            WIDE,
            "en",
            "elapsed 0:03 / 0:07 · expected end 12:12 (+5 min) · hard end 12:07",
            "elapsed 0:08 / 0:07 · expected end 12:13 (+6 min) · hard end 12:07",
        ),
    ],
)
async def test_an_end_past_the_hard_end_says_by_how_much(
    app_factory: AppFactory,
    seven_minutes: int,
    clock: FakeClock,
    size: tuple[int, int],
    lang: str,
    ahead: str,
    past: str,
) -> None:
    """A five-minute item added to a seven-minute meeting, every item to plan: the header
    says the meeting ends five minutes past its hard end, and six once the hard end has
    passed with the last planned item a minute over. Before, it measured against the
    agenda's end (which grew with the item added): at 80 columns it said nothing of a
    delay and left the hard end out; with items passed quickly, it said minutes early."""
    app = app_factory(seven_minutes, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.press("space")
        app.agenda.add_item("Rondvraag", "", 5)
        app.reload()
        await later(app, clock, pilot, 60)  # item 1 done
        await pilot.press("right_square_bracket")
        await later(app, clock, pilot, 60)  # item 2 done
        await pilot.press("right_square_bracket")
        await later(app, clock, pilot, 60)  # a minute of item 3's two
        assert header(app).endswith(ahead)
        await later(app, clock, pilot, 60)  # item 3 done
        await pilot.press("right_square_bracket")
        await later(app, clock, pilot, 120)  # item 4 done
        await pilot.press("right_square_bracket")
        await later(app, clock, pilot, 120)  # item 5, one minute planned, a minute over
        assert header(app).endswith(past)


@pytest.mark.parametrize(
    ("size", "lang", "said"),
    [
        (NARROW, "nl", "0:07/0:07 · einde 12:07 (< 1 min na eindtijd)"),
        (NARROW, "en", "0:07/0:07 · end 12:07 (< 1 min past hard end)"),
        (WIDE, "nl", "verwacht einde 12:07 (+< 1 min) · eindtijd 12:07"),
    ],
)
async def test_under_a_minute_past_the_hard_end_is_said_too(
    app_factory: AppFactory,
    seven_minutes: int,
    clock: FakeClock,
    size: tuple[int, int],
    lang: str,
    said: str,
) -> None:
    """The last item twenty seconds over at 12:07:20: the meeting runs past its hard end,
    by less than a minute, and the header says so rather than nothing."""
    app = app_factory(seven_minutes, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.press("space")
        for minutes in (1, 1, 2, 2):
            await later(app, clock, pilot, 60 * minutes)
            await pilot.press("right_square_bracket")
        await later(app, clock, pilot, 80)
        assert header(app).endswith(said)


@pytest.mark.parametrize(
    ("size", "lang", "said"),
    [
        (NARROW, "nl", "0:25/1:00 · einde 13:05 (5 min later)"),
        (NARROW, "en", "0:25/1:00 · end 13:05 (5 min late)"),
        (WIDE, "nl", "verstreken 0:25 / 1:00 · verwacht einde 13:05 (+5 min)"),
    ],
)
async def test_without_a_hard_end_the_agendas_end_is_the_measure(
    app_factory: AppFactory,
    store: Store,
    clock: FakeClock,
    size: tuple[int, int],
    lang: str,
    said: str,
) -> None:
    """Three items of twenty minutes and no hard end: the first five minutes over, the
    meeting ends five minutes after its agenda's end, 13:00."""
    plan = replace(make_plan("open", participants=3, items=3), ends_at=None)
    app = app_factory(import_plan(store, plan).session.id, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.press("space")
        await later(app, clock, pilot, 25 * 60)
        assert header(app).endswith(said)


def days_long(store: Store, days: int) -> int:
    """22:00–23:00 on Tue 6 Oct, with ``days`` items of a whole day each."""
    plan = make_plan("lang", participants=3, items=0)
    agenda = tuple(AgendaItemPlan(f"i{n}", f"Dag {n}", 24 * 60) for n in range(1, days + 1))
    begins = START.replace(hour=22)
    plan = replace(plan, starts_at=begins, ends_at=begins + timedelta(hours=1), agenda=agenda)
    return import_plan(store, plan).session.id


@pytest.mark.parametrize(
    ("size", "lang", "before", "begun"),
    [
        (NARROW, "nl", "begint 22:00 · einde do 22:00", "0:00/1:00 · einde do 13:05"),
        (NARROW, "en", "starts 22:00 · end Thu 22:00", "0:00/1:00 · end Thu 13:05"),
        (WIDE, "nl", "begint 22:00 · verwacht einde do 22:00", "verwacht einde do 13:05"),
        (WIDE, "en", "starts 22:00 · expected end Thu 22:00", "expected end Thu 13:05"),
    ],
)
async def test_an_end_on_another_day_says_the_day(
    app_factory: AppFactory,
    store: Store,
    clock: FakeClock,
    size: tuple[int, int],
    lang: str,
    before: str,
    begun: str,
) -> None:
    """Two items of a day each, on Tuesday: the end comes on Thursday, and the header says
    so. Before, it said «einde 22:00» and, begun at 13:05, «einde 13:05»: read as today."""
    app = app_factory(days_long(store, 2), lang=lang)
    async with app.run_test(size=size) as pilot:
        assert before in header(app)
        await later(app, clock, pilot, 65 * 60)  # 13:05
        await pilot.press("space")
        assert begun in header(app)


async def test_an_end_a_week_or_more_away_says_the_date(
    app_factory: AppFactory, store: Store, clock: FakeClock
) -> None:
    """Eight days of agenda from Tuesday 22:00: a weekday alone would read as next
    Wednesday's, the date is said."""
    app = app_factory(days_long(store, 8), lang="nl")
    async with app.run_test(size=WIDE):
        assert "verwacht einde wo 14 okt 22:00" in header(app)


LONG_TITLE = "Rondetafel mbo 2/3 en de arbeidsmarkt van morgen"


def header_line(app: FacilitatorApp) -> str:
    """The header exactly as drawn, blanks and all."""
    rendered = app.screen.query_one(SessionHeader).render()
    return rendered.plain if isinstance(rendered, Content) else str(rendered)


def another_day(store: Store, title: str = LONG_TITLE) -> int:
    """Planned for Wednesday 10 February 2021, 14:00–16:00 (five items of 20 minutes, done
    at 15:40), on Tuesday 6 October 2020: not begun, another day."""
    plan = make_plan("later", participants=3, items=0)
    agenda = tuple(AgendaItemPlan(f"i{n}", f"Punt {n}", 20) for n in range(1, 6))
    begins = START.replace(year=2021, month=2, day=10, hour=13)
    plan = replace(
        plan,
        title=title,
        starts_at=begins,
        ends_at=begins + timedelta(hours=2),
        agenda=agenda,
        timezone="Europe/Amsterdam",
    )
    return import_plan(store, plan).session.id


@pytest.mark.parametrize(
    ("size", "lang", "right"),
    [
        (NARROW, "nl", "begint wo 10 feb 14:00 · einde 15:40"),
        (NARROW, "en", "starts Wed 10 Feb 14:00 · end 15:40"),
        (WIDE, "nl", "begint wo 10 feb 14:00 · verwacht einde 15:40 (-20 min) · eindtijd 16:00"),
        (WIDE, "en", "starts Wed 10 Feb 14:00 · expected end 15:40 (-20 min) · hard end 16:00"),
    ],
)
async def test_the_title_keeps_its_place_on_a_session_of_another_day(
    app_factory: AppFactory, store: Store, size: tuple[int, int], lang: str, right: str
) -> None:
    """A session planned for another day and not begun: the header keeps at least a quarter
    of the line for the title and shortens the right part instead: the end and the hard end
    on the start's day without that day again, today's date gone, at 80 columns the minutes
    before the hard end too. Before, at 80 columns the title was gone («· 14:00  begint wo
    10 feb 14:00 · einde wo 10 feb 15:40 (20 min voor eindtij…») and at 120 cut to
    «Ro…»."""
    app = app_factory(another_day(store), lang=lang)
    async with app.run_test(size=size):
        line = header_line(app)
        title, _, rest = line.partition(" · 14:00  ")
        assert LONG_TITLE.startswith(title.removesuffix("…"))
        assert len(title) >= (size[0] - 2) // 4  # a quarter of the line at least
        assert " ".join(rest.split()) == right
        assert len(line) <= size[0] - 2


@pytest.mark.parametrize(
    ("columns", "begins"),
    [(30, "12:01 0:01/2:00 · einde 13…"), (40, "12:01 0:01/2:00 · einde 13:00"), (49, "Proef")],
)
async def test_a_title_without_room_goes_with_its_separator(
    app_factory: AppFactory, small_session_id: int, clock: FakeClock, columns: int, begins: str
) -> None:
    """Below about 50 columns there is no room for the title beside the times: the line
    begins with the clock, or with what there is room for of the title. Before, the title
    went and its separator stayed: «· 12:01  0:01/2:00 …»."""
    app = app_factory(small_session_id, lang="nl")
    async with app.run_test(size=(columns, 24)) as pilot:
        await pilot.press("space")
        await later(app, clock, pilot, 61)
        assert header(app).startswith(begins)


@pytest.mark.parametrize("size", [NARROW, WIDE, (60, 24)])
async def test_a_cut_title_is_followed_by_a_blank_and_its_separator(
    app_factory: AppFactory, store: Store, size: tuple[int, int]
) -> None:
    """A title cut short ends in «…», then a blank before the separator: «‹scri… · 14:00»."""
    title = "‹script›alert(1)‹/script› " * 4
    app = app_factory(another_day(store, title=title), lang="nl")
    async with app.run_test(size=size):
        line = header_line(app).strip()
        assert line.startswith("‹script›")
        assert "… · " in line
        assert line.index("… · ") == line.index("…")


@pytest.mark.parametrize(
    ("size", "lang", "said"),
    [
        (NARROW, "nl", "0:01/0:07 · gehouden di 6 okt 2020"),
        (NARROW, "en", "0:01/0:07 · held Tue 6 Oct 2020"),
        (WIDE, "nl", "verstreken 0:01 / 0:07 · gehouden di 6 okt 2020"),
        (WIDE, "en", "elapsed 0:01 / 0:07 · held Tue 6 Oct 2020"),
    ],
)
async def test_a_session_reopened_after_its_day_says_when_it_was_held(
    app_factory: AppFactory,
    seven_minutes: int,
    clock: FakeClock,
    size: tuple[int, int],
    lang: str,
    said: str,
) -> None:
    """Held on 6 October, closed, and reopened two months later to mend something: no
    end is expected any more, the header says the day it was held. Before, it said
    «einde 12:06 (87839 min na eindtijd)», the end of the agenda's rest from now, against
    the hard end of October."""
    app = app_factory(seven_minutes, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.press("space")
        await later(app, clock, pilot, 60)
        app.closing.close()
        clock.set(START + timedelta(days=61))
        app.closing.reopen()
        app.reload()
        await later(app, clock, pilot, 1)
        line = header(app)
        assert line.endswith(said)
        assert "min" not in line.partition("·")[2] or "min" in said
        for word in ("einde", "end ", "eindtijd", "hard end"):
            assert word not in line
        # closed and reopened again that day: still the meeting of 6 October
        app.closing.close()
        app.closing.reopen()
        app.reload()
        await later(app, clock, pilot, 1)
        assert said in header(app)
