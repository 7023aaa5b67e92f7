"""Anonymous minutes name someone without an organisation one way: by their sector.

Mo joined the table without an organisation (civil society) and raised a barrier. The
anonymous minutes attributed it to "Maatschappelijke organisatie" and listed Mo under
Deelnemers as "Maatschappelijke organisatie (ter plekke aangeschoven)", but the speaking
time per organisation called the same group "(onbekende organisatie)".
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from docx import Document

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.export.docx import render_docx
from facilitator.export.html import render_html
from facilitator.export.jsonexport import render_json
from facilitator.export.markdown import render_markdown
from facilitator.export.record import SessionRecord, collect
from facilitator.service import Services
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan

TWENTE = Path(__file__).resolve().parents[2] / "sample_sessions" / "twente.toml"

NAMES = {
    "nl": (
        "Maatschappelijke organisatie",
        "(onbekende organisatie)",
        "### Per organisatie",
        "ter plekke aangeschoven",
    ),
    "en": (
        "Civil society",
        "(unknown organisation)",
        "### Per organisation",
        "joined at the table",
    ),
}


@pytest.fixture
def record(store: Store, clock: FakeClock) -> SessionRecord:
    sid = import_plan(store, load_session_file(TWENTE, lang="nl")).session.id
    meeting = Services.open(store, sid, clock)
    meeting.agenda.toggle_timer()
    mo = meeting.floor.add_participant("Mo", "", "maatschappelijk")
    meeting.floor.enqueue(mo.id)
    meeting.floor.give_floor()
    clock.advance(seconds=50)
    meeting.notes.capture(Kind.BARRIER, "Te weinig stages", participant_id=mo.id)
    meeting.floor.end_speech()
    return collect(store, sid)


def organisation_rows(text: str, heading: str) -> list[str]:
    """The first cells of the table under ``heading``."""
    rest = text[text.index(heading + "\n") :].splitlines()[1:]
    rows = [line for line in rest if line.startswith("|")]
    return [row.strip("|").split("|")[0].strip() for row in rows[2:]]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_walk_in_without_an_organisation_is_named_by_the_sector_everywhere(
    record: SessionRecord, lang: str
) -> None:
    sector, unknown, heading, walked_in = NAMES[lang]
    text = render_markdown(record, lang, True)
    assert f"FNV; {sector} ({walked_in})" in text
    assert f"Te weinig stages — {sector}" in text
    assert organisation_rows(text, heading)[0] == sector
    assert unknown not in text
    page = render_html(record, lang, True)
    assert unknown not in page and re.search(rf"<td>{sector}</td>\s*<td>{sector}</td>", page)
    document = Document(io.BytesIO(render_docx(record, lang, True)))
    cells = [row.cells[0].text for table in document.tables for row in table.rows]
    assert sector in cells and unknown not in cells
    groups = json.loads(render_json(record, lang, True))["groups"]
    mine = [g for g in groups if g["walk_ins"]]
    assert [(g["organisation"], g["sector"]) for g in mine] == [("", "maatschappelijk")]
