"""Pilot tests: a session held on another day than planned is said once, and `D` moves it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.widgets.header import SessionHeader
from tests.tui.conftest import AppFactory

SIZE = (120, 40)


def notices(app: FacilitatorApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def header(app: FacilitatorApp) -> str:
    return str(app.screen.query_one(SessionHeader).render())


def line_of(app: FacilitatorApp) -> str:
    """The header as one line of words."""
    return " ".join(header(app).split())


async def test_on_the_planned_day_nothing_is_said(
    app_factory: AppFactory, small_session_id: int
) -> None:
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE):
        assert not any("gepland op" in n for n in notices(app))


async def test_another_day_is_said_once_and_d_moves_the_date_and_undoes(
    app_factory: AppFactory, store: Store, small_session_id: int, clock: FakeClock
) -> None:
    clock.set(datetime(2020, 12, 2, 7, 12, tzinfo=UTC))
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        said = [n for n in notices(app) if "planned for" in n]
        assert said == [
            "This session was planned for Tue 6 Oct 2020; today is Wed 2 Dec 2020. "
            "D moves the planned date to today."
        ]
        assert "Tue 6 Oct" in header(app)
        await pilot.press("D")
        session = store.session(small_session_id)
        assert session is not None and session.starts_at.date().isoformat() == "2020-12-02"
        assert "6 Oct" not in header(app) and "starts 12:00" in header(app)
        # the notice no longer holds: it goes at once, and the one that says so stays
        assert not any("planned for" in n for n in notices(app))
        assert any("The planned date is now today" in n for n in notices(app))
        minutes = render_markdown(collect(store, small_session_id), "en")
        assert "2 December 2020" in minutes or "2 Dec 2020" in minutes
        await pilot.press("ctrl+z")
        session = store.session(small_session_id)
        assert session is not None and session.starts_at.date().isoformat() == "2020-10-06"
        assert "Tue 6 Oct" in header(app)


async def test_the_notice_goes_when_another_window_moves_the_date(
    app_factory: AppFactory, store: Store, small_session_id: int, clock: FakeClock
) -> None:
    clock.set(datetime(2020, 12, 2, 7, 12, tzinfo=UTC))
    app = app_factory(small_session_id, lang="en")
    other = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        assert any("planned for" in n for n in notices(app))
        other.services.agenda.move_to_today()
        app.reload()
        await app.settle()
        await pilot.pause()
        assert not any("planned for" in n for n in notices(app))


async def test_the_note_taker_is_told_to_take_control_before_d(
    store: Store, small_session_id: int, clock: FakeClock
) -> None:
    # D is the facilitator's key: on the note-taker's screen it does nothing until F4
    clock.set(datetime(2020, 12, 2, 7, 12, tzinfo=UTC))
    app = make_app(
        store,
        small_session_id,
        lang="en",
        clock=clock,
        tick_seconds=0,
        watch_seconds=0,
        role=Role.NOTETAKER,
    )
    async with app.run_test(size=SIZE) as pilot:
        said = [n for n in notices(app) if "planned for" in n]
        assert said == [
            "This session was planned for Tue 6 Oct 2020; today is Wed 2 Dec 2020. "
            "F4 (take control), then D, moves the planned date to today."
        ]
        await pilot.press("D")  # without control: nothing
        session = store.session(small_session_id)
        assert session is not None and session.starts_at.date().isoformat() == "2020-10-06"
        await pilot.press("f4", "D")
        session = store.session(small_session_id)
        assert session is not None and session.starts_at.date().isoformat() == "2020-12-02"
        assert not any("planned for" in n for n in notices(app))


async def test_a_meeting_begun_hours_before_its_planned_time_counts_from_when_it_began(
    app_factory: AppFactory, session_id: int, clock: FakeClock
) -> None:
    """The Twente table is planned from 14:00 to 16:00 (110 minutes of agenda); the date
    moved to today with D, it begins at 04:45: it is expected to end at 06:35, ten minutes
    within its two hours from 04:45, not 555 minutes ahead, and 16:00 is no hard end for it."""
    clock.set(datetime(2020, 12, 2, 3, 45, tzinfo=UTC))  # 04:45 in Twente
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("D", "space")
        line = line_of(app)
        assert line.endswith("verstreken 0:00 / 2:00 · verwacht einde 06:35 (-10 min)")
        assert "eindtijd" not in line
        # the opening (10 minutes) runs 25: five minutes past its two hours from 04:45
        clock.advance(minutes=25)
        app.tick()
        await pilot.pause()
        assert line_of(app).endswith("verwacht einde 06:50 (+5 min)")


async def test_a_session_not_begun_on_its_planned_day_says_when_it_was_planned(
    app_factory: AppFactory, session_id: int, clock: FakeClock
) -> None:
    clock.set(datetime(2020, 12, 2, 3, 45, tzinfo=UTC))
    app = app_factory(session_id)
    async with app.run_test(size=(80, 24)):
        # begun now it would end at 06:35, ten minutes within its two hours; it was planned
        # for 6 October, it does not begin then. At 80 columns the minutes before the end
        # give way to a quarter of the line for the title
        line = line_of(app)
        assert line.startswith("Rondetafel mbo 2/3 en arbeid")
        assert line.endswith("gepland di 6 okt 14:00 · einde 06:35")
    app = app_factory(session_id, lang="en")
    async with app.run_test(size=SIZE):
        assert line_of(app).endswith("planned Tue 6 Oct 14:00 · expected end 06:35 (-10 min)")


async def test_a_late_start_on_the_planned_day_still_counts_against_the_plan(
    app_factory: AppFactory, session_id: int, clock: FakeClock
) -> None:
    # 14:15 in Twente: 110 minutes of agenda from now end five minutes past the hard end
    clock.set(datetime(2020, 10, 6, 12, 15, tzinfo=UTC))
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        assert line_of(app).endswith(
            "gepland 14:00 · verwacht einde 16:05 (+5 min) · eindtijd 16:00"
        )
        await pilot.press("space")
        assert line_of(app).endswith("verwacht einde 16:05 (+5 min) · eindtijd 16:00")


@pytest.mark.parametrize(
    ("lang", "past", "coming"),
    [
        ("nl", "gepland 14:00 · verwacht einde 17:46", "begint 14:00 · verwacht einde 15:50"),
        ("en", "planned 14:00 · expected end 17:46", "starts 14:00 · expected end 15:50"),
    ],
    ids=["nl", "en"],
)
async def test_a_start_already_past_is_not_said_as_to_come(
    app_factory: AppFactory,
    session_id: int,
    clock: FakeClock,
    lang: str,
    past: str,
    coming: str,
) -> None:
    """The date moved to today at 15:56, the timer not started: the header says when the
    meeting was planned to begin, «gepland 14:00»; before, «begint 14:00», read as still to
    come. At 13:50 it does begin at 14:00."""
    clock.set(datetime(2020, 12, 2, 14, 56, tzinfo=UTC))  # 15:56 in Twente
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("D")
        assert past in line_of(app)
    clock.set(datetime(2020, 12, 2, 12, 50, tzinfo=UTC))  # 13:50
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=SIZE):
        assert coming in line_of(app)
