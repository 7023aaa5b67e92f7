"""A table reopened on a later day than it was held, to mark an action done, and closed again.

The minutes ran their date line over years («donderdag 8 oktober 2020, 13.33 uur – maandag
7 december 2026, 22.20 uur»), the end being the last close, and judged the due dates by the
day of that close, so that actions due in 2021 were past due. A reopening on a later day is
a change after the fact: the minutes keep the meeting's own date and times, judge the due
dates by its day, and say in one line when it was reopened and closed again. Closed by
mistake and reopened the same day, the last close is the end, as before.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from docx import Document

from facilitator.domain.clock import FakeClock
from facilitator.domain.gaps import GapKind
from facilitator.domain.model import ActionStatus, Column
from facilitator.export.docx import render_docx
from facilitator.export.html import render_html
from facilitator.export.jsonexport import render_json
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.service import Services
from facilitator.store import Store

SLUG = "regio-zwolle-2020-10"
LATER = datetime(2026, 12, 7, 21, 0, tzinfo=UTC)  # 22:00 in the Netherlands


def services(store: Store) -> Services:
    session = store.session_by_slug(SLUG)
    assert session is not None
    clock = store.clock
    assert isinstance(clock, FakeClock)
    return Services.open(store, session.id, clock)


def mend_later(store: Store) -> Services:
    """F9 F9 on 7 December 2026, A1 set done, and F9 s twenty minutes later."""
    service = services(store)
    clock = store.clock
    assert isinstance(clock, FakeClock)
    clock.set(LATER)
    service.closing.reopen()
    a1 = next(
        c for c in store.cards(service.session_id) if c.column == Column.ACTION and c.number == 1
    )
    service.board.set_status(a1.id, ActionStatus.DONE)
    clock.set(LATER + timedelta(minutes=20))
    service.closing.close()
    return service


def when_line(minutes: str) -> str:
    return next(line for line in minutes.splitlines() if line.startswith("- **Dat"))


@pytest.mark.parametrize(
    ("lang", "held", "said"),
    [
        ("nl", "- **Datum en tijd:** donderdag 8 oktober 2020, 13.33–",
         "- **Na de vergadering:** heropend en opnieuw gesloten op maandag 7 december 2026"),
        ("en", "- **Date and time:** Thursday 8 October 2020, 13:33–",
         "- **After the meeting:** reopened and closed again on Monday 7 December 2026"),
    ],
)  # fmt: skip
def test_the_minutes_keep_the_meeting_s_date_and_say_it_was_reopened_later(
    regions: Store, lang: str, held: str, said: str
) -> None:
    service = mend_later(regions)
    minutes = render_markdown(collect(regions, service.session_id), lang)
    line = when_line(minutes)
    assert line.startswith(held)
    assert "2026" not in line and "22." not in line and "22:" not in line
    assert said + "\n" in minutes
    # the meeting's own end: the close on its day
    session = regions.session(service.session_id)
    assert session is not None and session.closed_at == LATER + timedelta(minutes=20)


def test_due_dates_are_judged_by_the_meeting_s_day_in_the_minutes_and_the_check(
    regions: Store,
) -> None:
    service = mend_later(regions)
    record = collect(regions, service.session_id)
    past_due = [g for g in record.open_points if GapKind.ACTION_PAST_DUE in g.kinds]
    assert past_due == []
    assert "⚠" not in render_markdown(record, "nl")
    # reopened again, the check before closing (F9) lists what the minutes would
    clock = regions.clock
    assert isinstance(clock, FakeClock)
    clock.set(LATER + timedelta(days=1))
    service.closing.reopen()
    gaps = service.closing.gaps()
    assert not [g for g in gaps if GapKind.ACTION_PAST_DUE in g.kinds]
    assert gaps == collect(regions, service.session_id).open_points


def test_reopened_later_and_not_closed_again_keeps_the_meeting_s_date(regions: Store) -> None:
    service = services(regions)
    clock = regions.clock
    assert isinstance(clock, FakeClock)
    clock.set(LATER)
    service.closing.reopen()
    clock.set(LATER + timedelta(minutes=5))
    minutes = render_markdown(collect(regions, service.session_id), "en")
    assert when_line(minutes).startswith("- **Date and time:** Thursday 8 October 2020, 13:33–")
    assert (
        "- **After the meeting:** reopened on Monday 7 December 2026, not closed again yet\n"
        in minutes
    )


def test_reopened_on_the_meeting_s_day_the_last_close_is_the_end(regions: Store) -> None:
    """Closed by mistake and reopened at once: the meeting went on, and ends at the last
    close; nothing is said of the reopening."""
    service = services(regions)
    session = regions.session(service.session_id)
    assert session is not None and session.closed_at is not None
    clock = regions.clock
    assert isinstance(clock, FakeClock)
    clock.set(session.closed_at + timedelta(minutes=1))
    service.closing.reopen()
    clock.set(session.closed_at + timedelta(minutes=30))
    service.closing.close()
    minutes = render_markdown(collect(regions, service.session_id), "en")
    end = (session.closed_at + timedelta(minutes=30)).astimezone(session.zone)
    assert f"–{end:%H:%M} (planned" in when_line(minutes)
    assert "After the meeting" not in minutes


def test_every_format_keeps_the_meeting_s_date(regions: Store) -> None:
    service = mend_later(regions)
    record = collect(regions, service.session_id)
    page = render_html(record, "nl")
    assert "opnieuw gesloten op maandag 7 december 2026" in page
    assert "7 december 2026, 22.20" not in page
    document = Document(io.BytesIO(render_docx(record, "en")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "reopened and closed again on Monday 7 December 2026" in text
    assert "7 December 2026, 22:20" not in text
    data = json.loads(render_json(record, "en"))["session"]
    # actual_end is the meeting's end, closed_at the last close (after the fact)
    assert datetime.fromisoformat(data["closed_at"]) == LATER + timedelta(minutes=20)
    assert datetime.fromisoformat(data["actual_end"]).date() == date(2020, 10, 8)
