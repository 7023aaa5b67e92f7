"""The minutes' agenda totals and overrun are those of the real times, as the console's.

Seven items of 1, 1, 2, 1, 3, 5 and 1 minutes (14 in all) took 84, 87, 139, 7, 45, 241
and 84 seconds: 11:27 in all, items 1, 2, 3 and 7 over by 24, 27, 19 and 24 seconds.
Summed item by item in whole minutes that was 10 minutes spent and no overrun at all,
while the console said `totaal 14 11`. The totals and the overrun are worked out from
the unrounded seconds and rounded once.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace

import pytest
from docx import Document

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.export.docx import render_docx
from facilitator.export.html import render_html
from facilitator.export.jsonexport import render_json
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan

PLANNED = [1, 1, 2, 1, 3, 5, 1]
TOOK = [84, 87, 139, 7, 45, 241, 84]

TOTALS = {
    "nl": (
        "|  | **Totaal** | 14 min | 11 min | −3 min |  |",
        "Besteed: 11 min van 14 min gepland. Uitloop op de agendapunten: 2 min.",
    ),
    "en": (
        "|  | **Total** | 14 min | 11 min | −3 min |  |",
        "Time spent: 11 min of 14 min planned. Overrun on the agenda items: 2 min.",
    ),
}


def held(store: Store, clock: FakeClock, took: list[int]) -> tuple[int, Services]:
    """The seven items, each given its seconds in ``took`` in turn, the timer running."""
    plan = make_plan(items=len(PLANNED))
    agenda = tuple(
        replace(item, minutes=minutes) for item, minutes in zip(plan.agenda, PLANNED, strict=True)
    )
    sid = import_plan(store, replace(plan, agenda=agenda)).session.id
    app = Services.open(store, sid, clock)
    app.agenda.toggle_timer()
    for n, seconds in enumerate(took):
        if n:
            app.agenda.move(+1)
        app.notes.capture(Kind.NOTE, f"Genoteerd bij punt {n + 1}")  # a short item counts too
        clock.advance(seconds=seconds)
    return sid, app


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_totals_and_the_overrun_are_those_of_the_real_times(
    store: Store, clock: FakeClock, lang: str
) -> None:
    sid, app = held(store, clock, TOOK)
    app.closing.close()
    record = collect(store, sid)
    total, spent = TOTALS[lang]
    text = render_markdown(record, lang)
    assert total in text and spent in text
    page = re.sub(r"<[^>]+>", "", render_html(record, lang))
    assert spent in page
    document = Document(io.BytesIO(render_docx(record, lang)))
    assert spent in [p.text for p in document.paragraphs]
    data = json.loads(render_json(record, lang))
    assert [a["actual_seconds"] for a in data["agenda"]] == TOOK
    assert [a["planned_seconds"] for a in data["agenda"]] == [m * 60 for m in PLANNED]


def test_a_draft_says_the_time_spent_so_far_as_the_console_does(
    store: Store, clock: FakeClock
) -> None:
    """Halfway, 352 seconds on five items (the fifth still running), the console says
    `totaal 14 6`; so does the draft, not the 5 minutes of the items rounded each on its
    own."""
    so_far = [*TOOK[:4], 35]
    assert sum(so_far) == 352
    sid, _app = held(store, clock, so_far)
    text = render_markdown(collect(store, sid), "nl")
    assert "|  | **Totaal** | 14 min | 6 min | −8 min |  |" in text
    assert "Besteed: 6 min van 14 min gepland. Uitloop op de agendapunten: 1 min." in text
