"""Speaking time per sector, organisation and participant adds up to the total shown.

Two people of one organisation speak 10.4 s each, two others 5.6 s. Each sector rounded
on its own made 21 s + 6 s + 6 s = 33 s and 65% + 18% + 18% = 101% beside a total of
32 s. Each person's seconds are cut to the whole second, as the console's clock shows
them (10, 10, 5 and 5), and the organisations, sectors and total are their sums:
20 s + 5 s + 5 s = 30 s. The shares are worked out from the unrounded times, and what
rounding leaves over goes to the largest fractions: 65% + 18% + 17%.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace

import pytest
from docx import Document

from facilitator.domain.clock import FakeClock
from facilitator.export.docx import render_docx
from facilitator.export.html import render_html
from facilitator.export.jsonexport import render_json
from facilitator.export.markdown import render_markdown
from facilitator.export.record import SessionRecord, collect
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan

SEATS = [
    ("ROC van Twente", "onderwijs", 10.4),
    ("ROC van Twente", "onderwijs", 10.4),
    ("Gemeente Almelo", "gemeente", 5.6),
    ("UWV", "uwv", 5.6),
]


@pytest.fixture
def record(store: Store, clock: FakeClock) -> SessionRecord:
    plan = make_plan(participants=len(SEATS))
    people = tuple(
        replace(p, organisation=org, sector=sector)
        for p, (org, sector, _seconds) in zip(plan.participants, SEATS, strict=True)
    )
    sid = import_plan(store, replace(plan, participants=people)).session.id
    service = Services.open(store, sid, clock)
    service.agenda.toggle_timer()
    for person, (_org, _sector, seconds) in zip(store.participants(sid), SEATS, strict=True):
        service.floor.enqueue(person.id)
        service.floor.give_floor()
        clock.advance(seconds=seconds)
        service.floor.end_speech()
    return collect(store, sid)


def seconds(shown: str) -> int:
    """``1 min 02 s`` or ``45 s`` as seconds."""
    minutes = re.search(r"(\d+) min", shown)
    secs = re.search(r"(\d+) s", shown)
    return (int(minutes[1]) * 60 if minutes else 0) + (int(secs[1]) if secs else 0)


def table(text: str, heading: str) -> list[list[str]]:
    """The rows (cells) of the first table after ``heading``."""
    rest = text[text.index(heading + "\n") :]
    rows = []
    for line in rest.splitlines()[1:]:
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
        elif rows:
            break
    return rows[2:]  # without the header and the alignment row


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_sectors_add_up_to_the_total_in_the_minutes(record: SessionRecord, lang: str) -> None:
    text = render_markdown(record, lang)
    total = re.search(r"(?:Totale spreektijd|Total speaking time): ([^\n]*?) in ", text)
    assert total is not None and seconds(total[1]) == 30
    heading = "### Per sector"
    rows = table(text, heading)
    assert [(r[0], seconds(r[3]), r[4]) for r in rows] == [
        ("Onderwijs" if lang == "nl" else "Education", 20, "65%"),
        ("Gemeente" if lang == "nl" else "Municipality", 5, "18%"),
        ("UWV", 5, "17%"),
    ]
    pie = [int(n) for n in re.findall(r'^    "[^"]*" : (\d+)$', text, re.MULTILINE)]
    assert pie == [20, 5, 5]
    people = table(text, "### Per deelnemer" if lang == "nl" else "### Per participant")
    assert sum(seconds(r[4]) for r in people) == 30
    assert sum(int(r[5].rstrip("%")) for r in people) == 100
    data = json.loads(render_json(record, lang))
    assert sum(p["speaking_seconds"] for p in data["participants"]) == 30


@pytest.mark.parametrize("strict", [False, True], ids=["organisation", "sector"])
def test_the_groups_of_anonymous_minutes_add_up_to_the_total(
    record: SessionRecord, strict: bool
) -> None:
    text = render_markdown(record, "nl", "sector" if strict else True)
    for heading in ["### Per sector"] if strict else ["### Per organisatie", "### Per sector"]:
        rows = table(text, heading)
        assert sum(seconds(r[-2]) for r in rows) == 30, heading
        assert sum(int(r[-1].rstrip("%")) for r in rows) == 100, heading
    data = json.loads(render_json(record, "nl", "sector" if strict else True))
    assert [g["speaking_seconds"] for g in data["groups"]] == [20, 5, 5]


def test_the_word_and_html_charts_agree_with_the_table(record: SessionRecord) -> None:
    document = Document(io.BytesIO(render_docx(record, "nl")))
    chart = document.tables[-1]
    cells = [[c.text for c in row.cells] for row in chart.rows[1:]]
    assert [(seconds(time), share) for _label, time, share in cells] == [
        (20, "65%"),
        (5, "18%"),
        (5, "17%"),
    ]
    page = render_html(record, "nl")
    legend = re.findall(r"</span>([^<]*) — (\d+)%</li>", page)
    assert legend == [("Onderwijs", "65"), ("Gemeente", "18"), ("UWV", "17")]
