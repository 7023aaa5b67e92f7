"""Anonymous minutes keep organisation names whole and ordinary words in their place.

A round table held in English, under the Chatham House rule, with Sean O'Brien of
"O'Brien & Sons Ltd" at the table and a participant whose name ends in "the Third".
The anonymous minutes read "[name] & Sons Ltd" for the family firm, "[name] Very Long
Name Foundation" for the foundation, and "[name] province should pay": a surname
inside an organisation's name and the English "The" were taken for names.
"""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, date, datetime

import pytest
from docx import Document

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind, Owner
from facilitator.domain.plan import AgendaItemPlan, ParticipantPlan, SessionPlan
from facilitator.export.command import render
from facilitator.export.record import collect
from facilitator.export.redact import Redactor
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan

NOW = datetime(2020, 10, 6, 12, 0, tzinfo=UTC)
LONG = "Maximilian Alexander Christopher Montgomery-Fitzwilliam-Worthington the Third"
FOUNDATION = "The Very Long Name Foundation for International Cross-Border Cooperation and Skills"
FIRM = "O'Brien & Sons Ltd"
PEOPLE = ["Sean O'Brien", "Ayşe Ünal", "Jan Jansen", LONG, "Mary O'Brien", "Tom Smith"]


def plan(*, chatham_house: bool = False) -> SessionPlan:
    return SessionPlan(
        slug="round-table",
        title="Round table on skills",
        region="Twente",
        starts_at=NOW,
        language="en",
        chatham_house=chatham_house,
        facilitator="Mary O'Brien",
        note_taker="Tom Smith",
        participants=(
            ParticipantPlan("sean", "Sean O'Brien", FIRM, "bedrijfsleven"),
            ParticipantPlan("ayse", "Ayşe Ünal", "ROC van Twente", "onderwijs"),
            ParticipantPlan("jan", "Jan Jansen", "Gemeente Enschede", "gemeente"),
            ParticipantPlan("max", LONG, FOUNDATION, "maatschappelijk"),
        ),
        agenda=(AgendaItemPlan("a", "Who pays?", 20),),
    )


@pytest.fixture(params=[False, True], ids=["anonymous", "chatham-house"])
def session(request: pytest.FixtureRequest, store: Store, clock: FakeClock) -> int:
    sid = import_plan(store, plan(chatham_house=request.param)).session.id
    meeting = Services.open(store, sid, clock)
    people = {p.name: p for p in store.participants(sid)}
    meeting.agenda.toggle_timer()
    meeting.notes.capture(
        Kind.NOTE,
        "The province should pay. Sean agrees with Mary and Tom Smith.",
        participant_id=people["Sean O'Brien"].id,
    )
    meeting.notes.capture(
        Kind.NOTE,
        f"{FIRM} and the province train apprentices; Ünal and Jansen disagree.",
        participant_id=people["Ayşe Ünal"].id,
    )
    meeting.notes.capture(
        Kind.ACTION,
        "Ask Jan to write",
        participant_id=people[LONG].id,
        owners=[Owner(FOUNDATION, people[LONG].id)],
        due=date(2020, 12, 1),
    )
    return sid


def as_text(data: str | bytes) -> str:
    """The words of an export: the document text of a .docx, else the text itself."""
    if isinstance(data, str):
        return data.replace("\\", "")  # Markdown escapes brackets and ampersands
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def without_leads(text: str, fmt: str) -> str:
    """The export less the lead named beside an action's organisation (a commitment)."""
    if fmt == "json":
        data = json.loads(text)
        for card in data["cards"]:
            for owner in card["owners"]:
                owner["lead"] = None
        return json.dumps(data, ensure_ascii=False)
    return re.sub(r"\(lead: [^)]*\)", "", text)


FORMATS = ["md", "html", "docx", "json"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_organisation_names_stay_whole_in_anonymous_minutes(
    store: Store, session: int, fmt: str
) -> None:
    text = as_text(render(collect(store, session), fmt, "en", "organisation"))
    if fmt == "html":
        text = text.replace("&amp;", "&").replace("&#x27;", "'").replace("&#39;", "'")
    assert FIRM in text, fmt
    assert FOUNDATION in text, fmt
    assert "[name] & Sons" not in text and "[name] Very Long" not in text, fmt


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_is_a_word_and_names_in_free_text_still_go(
    store: Store, session: int, fmt: str
) -> None:
    text = as_text(render(collect(store, session), fmt, "en", "organisation"))
    if fmt == "html":
        text = text.replace("&amp;", "&").replace("&#x27;", "'").replace("&#39;", "'")
    assert "The province should pay. [name] agrees with [name] and [name]." in text, fmt
    assert f"{FIRM} and the province train apprentices" in text, fmt
    assert "[name] and [name] disagree" in text, fmt
    assert "Ask [name] to write" in text, fmt
    statements = without_leads(text, fmt)
    # the organisations, and the organisers named in the heading, are no statements
    for named in (FIRM, FOUNDATION, "Mary O'Brien", "Tom Smith"):
        statements = statements.replace(named, "")
    for name in PEOPLE:
        for word in [name, *re.findall(r"[^\W\d_]{4,}", name)]:
            assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", statements), (word, fmt)


def test_the_redactor_keeps_organisations_and_the_particle_the() -> None:
    redact = Redactor(PEOPLE, "[name]", organisations=[FIRM, FOUNDATION, "Bouwbedrijf Nijhuis"])
    assert redact("The province should pay") == "The province should pay"
    assert "Maximilian" not in redact("Ask Maximilian the Third")
    assert "Third" not in redact("Ask Maximilian the Third")
    assert redact(f"{FIRM} pays; Sean O'Brien agrees") == f"{FIRM} pays; [name] agrees"
    assert redact(f"Talk to {FOUNDATION.lower()}") == f"Talk to {FOUNDATION.lower()}"
    nijhuis = Redactor(["Erik Nijhuis"], "[naam]", organisations=["Bouwbedrijf Nijhuis"])
    assert nijhuis("Nijhuis belt Bouwbedrijf Nijhuis") == "[naam] belt Bouwbedrijf Nijhuis"


def test_an_organisation_that_is_only_a_name_is_a_name() -> None:
    """A one-person business called after its owner names the owner: still taken out."""
    redact = Redactor(["Jan Jansen"], "[name]", organisations=["Jan Jansen", "Jansen"])
    assert redact("Jan Jansen and Jansen") == "[name] and [name]"


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_the_anonymous_synthesis_keeps_organisations_and_words_too(
    store: Store, clock: FakeClock, fmt: str
) -> None:
    from facilitator.synthesis.command import make_synthesis
    from facilitator.synthesis.command import render as render_synthesis

    sid = import_plan(store, plan()).session.id
    meeting = Services.open(store, sid, clock)
    sean = next(p for p in store.participants(sid) if p.name == "Sean O'Brien")
    meeting.agenda.toggle_timer()
    meeting.notes.capture(
        Kind.BARRIER,
        f"The province should pay {FIRM}, says Sean O'Brien",
        participant_id=sean.id,
    )
    session = next(s for s in store.sessions() if s.id == sid)
    synthesis = make_synthesis(store, [session], lang="en", anonymous=True, as_of=date(2021, 1, 1))
    text = render_synthesis(synthesis, fmt)
    text = text.replace("\\", "").replace("&amp;", "&").replace("&#x27;", "'")
    assert f"The province should pay {FIRM}, says [name]" in text, fmt
    assert "Sean" not in text
