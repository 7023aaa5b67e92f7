"""Walk-ins and stand-ins: people added at the table during the session."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from docx import Document

from facilitator.domain.clock import FakeClock
from facilitator.domain.errors import DomainError
from facilitator.export.docx import render_docx
from facilitator.export.html import render_html
from facilitator.export.jsonexport import to_data
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.service import Services
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.conftest import SAMPLES
from tests.helpers import make_plan

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "minutes-schema.json"


def html_text(page: str) -> str:
    """The page's text, its tags taken out."""
    return re.sub(r"<[^>]+>", "", page)


def docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs)


@pytest.fixture
def service(store: Store, clock: FakeClock) -> Services:
    session = import_plan(store, make_plan(participants=4)).session
    return Services.open(store, session.id, clock)


def test_a_walk_in_joins_after_the_list_and_undo_takes_them_away(service: Services) -> None:
    added = service.floor.add_participant("  Noor  de Wit ", "Techniek Twente", "Bedrijfsleven")
    people = service.reading.state().participants
    assert people[-1] == added
    assert (added.name, added.organisation, added.sector) == (
        "Noor de Wit",
        "Techniek Twente",
        "bedrijfsleven",
    )
    assert added.added and added.present and added.stands_in_for is None
    service.history.undo()
    assert added.id not in [p.id for p in service.reading.state().participants]


def test_a_sector_is_found_by_its_start_and_an_unknown_one_is_refused(service: Services) -> None:
    assert service.floor.add_participant("Iris Bos", "", "onderw").sector == "onderwijs"
    with pytest.raises(DomainError) as refused:
        service.floor.add_participant("Iris Bos", "", "ruimtevaart")
    assert "ruimtevaart" in refused.value.message("nl")
    assert "choose from: education, business" in refused.value.message("en")
    assert "kies uit: onderwijs, bedrijfsleven" in refused.value.message("nl")
    with pytest.raises(DomainError, match="people.no_name"):
        service.floor.add_participant("  ", "X", "onderwijs")


def test_a_stand_in_takes_the_seat_of_an_invitee(service: Services) -> None:
    invitee = service.reading.state().participants[1]
    sub = service.floor.stand_in(invitee.id, "Ravi Koster")
    state = service.reading.state()
    assert state.participant(invitee.id) is not None
    assert not state.participant(invitee.id).present  # type: ignore[union-attr]
    assert (sub.organisation, sub.sector, sub.stands_in_for) == (
        invitee.organisation,
        invitee.sector,
        invitee.id,
    )
    with pytest.raises(DomainError, match="people.taken"):
        service.floor.stand_in(invitee.id, "Nog Iemand")
    with pytest.raises(DomainError, match="people.not_invited"):
        service.floor.stand_in(sub.id, "Nog Iemand")
    service.history.undo()
    state = service.reading.state()
    assert state.participant(invitee.id).present  # type: ignore[union-attr]
    assert sub.id not in [p.id for p in state.participants]


def test_a_new_import_of_the_session_file_keeps_people_added_in_the_room(
    service: Services, store: Store
) -> None:
    added = service.floor.add_participant("Noor de Wit", "Techniek Twente", "onderwijs")
    import_plan(store, make_plan(participants=5))
    people = service.reading.state().participants
    assert added in people and len(people) == 6


def test_the_minutes_say_who_walked_in_and_who_stood_in_for_whom(
    service: Services, store: Store
) -> None:
    invitee = service.reading.state().participants[0]
    service.floor.add_participant("Noor de Wit", "Techniek Twente", "bedrijfsleven")
    service.floor.stand_in(invitee.id, "Ravi Koster")
    nl = render_markdown(collect(store, service.session_id), "nl")
    assert "Noor de Wit (Techniek Twente), ter plekke aangeschoven" in nl
    assert f"Ravi Koster ({invitee.organisation}), invaller voor {invitee.name}" in nl
    absent = next(line for line in nl.splitlines() if line.startswith("**Uitgenodigd"))
    assert f"{invitee.name} ({invitee.organisation}), vervangen door Ravi Koster" in absent
    en = render_markdown(collect(store, service.session_id), "en")
    assert "Noor de Wit (Techniek Twente), joined at the table" in en
    assert f"stood in for {invitee.name}" in en
    anonymous = render_markdown(collect(store, service.session_id), "nl", True)
    assert "Ravi" not in anonymous and "Noor" not in anonymous


def test_a_name_already_at_the_table_is_refused_as_in_the_session_file(
    service: Services,
) -> None:
    """The session file refuses a participant listed twice; a walk-in or stand-in with the
    name of someone on the list (case and spaces aside) made a second one in the room."""
    first = service.reading.state().participants[0]
    shouted = "  " + first.name.upper().replace(" ", "   ") + " "
    with pytest.raises(DomainError) as refused:
        service.floor.add_participant(shouted, "X", "onderwijs")
    assert refused.value.message("nl").startswith(f"{first.name} staat al op de lijst (nummer 1)")
    assert f"{first.name} is already on the list (number 1)" in refused.value.message("en")
    invitee = service.reading.state().participants[1]
    with pytest.raises(DomainError, match="people.same_name"):
        service.floor.stand_in(invitee.id, first.name.lower())
    state = service.reading.state()
    assert len(state.participants) == 4 and state.participant(invitee.id).present  # type: ignore[union-attr]


def test_a_walk_in_s_name_and_organisation_keep_no_control_character(service: Services) -> None:
    """A name pasted from a terminal with its colours, «Kees ESC[1mKleur ESC[0m», was stored
    with the escape bytes, which went to the terminal wherever the name was shown. No key
    types one, and the session file's reader leaves them out: so does a walk-in or a
    stand-in; the blanks among them (a line break, a tab) are one space."""
    added = service.floor.add_participant(
        "Kees \x1b[1mKleur\x1b[0m\x07", "Org\x00 Twente\n", "onderwijs"
    )
    assert (added.name, added.organisation) == ("Kees [1mKleur[0m", "Org Twente")
    invitee = service.reading.state().participants[0]
    stand_in = service.floor.stand_in(invitee.id, "Ans\t\x1b[2JWis")
    assert stand_in.name == "Ans [2JWis"


def test_a_walk_in_whose_accent_is_written_otherwise_is_the_same_name(service: Services) -> None:
    """A walk-in «René de Vries» whose é is one character, then «René de Vries» with an e and
    a separate mark (pasted from a Mac or a PDF): the second is refused as on the list, as
    the session file refuses a name listed twice. Before, there were two of him, and «~René»
    named only the first. «Rene de Vries», without an accent, is another name."""
    service.floor.add_participant("René de Vries", "X", "onderwijs")
    with pytest.raises(DomainError) as refused:
        service.floor.add_participant("Rene\u0301 de Vries", "Y", "onderwijs")
    assert "René de Vries is already on the list (number 5)" in refused.value.message("en")
    service.floor.add_participant("Rene de Vries", "Z", "onderwijs")
    assert len(service.reading.state().participants) == 6


def test_a_stand_in_does_not_take_the_invitee_s_function(store: Store, clock: FakeClock) -> None:
    """The minutes named the stand-in with the invitee's function ("wethouder economie"):
    the seat, the organisation and the sector are theirs, the title is not."""
    plan = make_plan(participants=2)
    first = replace(plan.participants[0], role="wethouder economie")
    plan = replace(plan, participants=(first, *plan.participants[1:]))
    session = import_plan(store, plan).session
    service = Services.open(store, session.id, clock)
    invitee = service.reading.state().participants[0]
    assert invitee.role == "wethouder economie"
    sub = service.floor.stand_in(invitee.id, "Ravi Koster")
    assert sub.role == ""
    minutes = render_markdown(collect(store, session.id), "nl")
    assert "Ravi Koster, wethouder" not in minutes
    assert "Ravi Koster (Organisatie 1)" in minutes
    assert "Deelnemer 1, wethouder economie (Organisatie 1)" in minutes


@pytest.fixture
def twente(store: Store, clock: FakeClock) -> Services:
    """The Twente sample (Chatham House): a stand-in for the UWV invitee, and someone of
    ROC van Twente who joins at the table."""
    session = import_plan(store, load_session_file(SAMPLES / "twente.toml")).session
    service = Services.open(store, session.id, clock)
    uwv = next(p for p in service.reading.state().participants if p.organisation == "UWV")
    service.floor.stand_in(uwv.id, "Ravi Koster")
    service.floor.add_participant("Noor de Wit", "ROC van Twente", "onderwijs")
    return service


def _line(minutes: str, start: str) -> str:
    return next((line for line in minutes.splitlines() if line.startswith(start)), "")


@pytest.mark.parametrize(
    ("lang", "uwv", "education", "absent"),
    [
        (
            "nl",
            ("UWV", "2 deelnemers – Werkgeversservicepunt Twente; UWV (invaller)"),
            ("Onderwijs", "3 deelnemers – ROC van Twente (2, 1 ter plekke aangeschoven); Saxion"),
            "Uitgenodigd maar afwezig",
        ),
        (
            "en",
            ("UWV", "2 participants – Werkgeversservicepunt Twente; UWV (stand-in)"),
            ("Education", "3 participants – ROC van Twente (2, 1 joined at the table); Saxion"),
            "Invited but absent",
        ),
    ],
)
def test_anonymous_minutes_say_who_stood_in_and_who_joined_without_a_name(
    twente: Services,
    store: Store,
    lang: str,
    uwv: tuple[str, str],
    education: tuple[str, str],
    absent: str,
) -> None:
    """Under the Chatham House rule the minutes listed UWV as absent and said nothing of the
    stand-in or the walk-in: UWV counts as at the table, by a stand-in, and the walk-in is
    counted with their organisation; no names. Markdown, HTML and Word alike."""
    record = collect(store, twente.session_id)
    markdown = render_markdown(record, lang)
    for sector, shown in (uwv, education):
        assert _line(markdown, f"- **{sector}:**") == f"- **{sector}:** {shown}"
    html = html_text(render_html(record, lang))
    document = docx_text(render_docx(record, lang))
    for minutes in (markdown, html, document):
        for sector, shown in (uwv, education):
            assert f"{sector}:** {shown}" in minutes or f"{sector}: {shown}" in minutes
        assert absent not in minutes  # UWV was at the table
        assert "Ravi" not in minutes and "Noor" not in minutes


@pytest.mark.parametrize(
    ("lang", "uwv", "education"),
    [
        (
            "nl",
            "- **UWV:** 2 deelnemers (1 invaller)",
            "- **Onderwijs:** 3 deelnemers (1 ter plekke aangeschoven)",
        ),
        (
            "en",
            "- **UWV:** 2 participants (1 stand-in)",
            "- **Education:** 3 participants (1 joined at the table)",
        ),
    ],
)
def test_minutes_by_sector_count_the_stand_ins_and_walk_ins(
    twente: Services, store: Store, lang: str, uwv: str, education: str
) -> None:
    markdown = render_markdown(collect(store, twente.session_id), lang, "sector")
    assert _line(markdown, "- **UWV:**") == uwv
    assert _line(markdown, education[:16]) == education
    assert "**Uitgenodigd" not in markdown and "**Invited" not in markdown


@pytest.mark.parametrize("anonymous", [True, "sector"])
def test_the_anonymous_json_counts_the_stand_ins_and_walk_ins_per_group(
    twente: Services, store: Store, anonymous: bool | str
) -> None:
    data = to_data(collect(store, twente.session_id), "nl", anonymous)
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["participants"] == []
    groups = {g["organisation"] or g["sector"]: g for g in data["groups"]}
    if anonymous == "sector":
        assert (groups["uwv"]["attended"], groups["uwv"]["stand_ins"]) == (2, 1)
        assert (groups["onderwijs"]["attended"], groups["onderwijs"]["walk_ins"]) == (3, 1)
    else:
        assert (groups["UWV"]["attended"], groups["UWV"]["stand_ins"]) == (1, 1)
        assert groups["UWV"]["walk_ins"] == 0
        assert (groups["ROC van Twente"]["attended"], groups["ROC van Twente"]["walk_ins"]) == (
            2,
            1,
        )
        assert groups["Saxion"]["stand_ins"] == groups["Saxion"]["walk_ins"] == 0
    assert "Ravi" not in json.dumps(data) and "Noor" not in json.dumps(data)


def test_a_walk_in_who_left_without_a_word_is_not_listed_as_invited_but_absent(
    service: Services, store: Store
) -> None:
    added = service.floor.add_participant("Noor de Wit", "Techniek Twente", "bedrijfsleven")
    service.floor.set_present(added.id, False)
    session_id = service.reading.state().session.id
    minutes = render_markdown(collect(store, session_id), "nl")
    absent = [line for line in minutes.splitlines() if "Uitgenodigd maar afwezig" in line]
    assert not any("Noor de Wit" in line or "Techniek Twente" in line for line in absent)
