"""The Markdown minutes: golden files, anonymity, content, byte stability.

The golden files in ``tests/unit/golden/`` are the minutes of the scripted
session (``tests/scripted.py``) in Dutch and English, plain, anonymous and
anonymous by sector only,
and ``docs/examples/twente-notulen.md`` is the scripted meeting run on
``sample_sessions/twente.toml``. After an intended change to the minutes,
regenerate them all and review the diff:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/unit -k export
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.gaps import GapKind, gaps
from facilitator.domain.model import Card, Column, Contribution, Kind, Owner
from facilitator.export.formatting import (
    format_date,
    format_datetime,
    format_duration,
    format_minutes,
    format_signed_minutes,
    format_span,
    format_speaking,
    format_time,
)
from facilitator.export.jsonexport import to_data
from facilitator.export.markdown import render_markdown
from facilitator.export.record import Outcome, collect
from facilitator.service import Services
from facilitator.sessionfile import load_session_file
from facilitator.store import Store, StoreError
from facilitator.store.importer import import_plan
from tests.helpers import make_plan
from tests.scripted import build_scripted_session, scripted_plan

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent / "golden"
EXAMPLE = ROOT / "docs" / "examples" / "twente-notulen.md"
TWENTE = ROOT / "sample_sessions" / "twente.toml"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def check_golden(path: Path, text: str) -> None:
    """Compare ``text`` with the file at ``path`` (or rewrite it with UPDATE_GOLDEN=1)."""
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"missing golden file {path.name}; run with UPDATE_GOLDEN=1"
    expected = path.read_bytes().decode("utf-8")
    assert text == expected, f"{path.name} differs; if intended, run with UPDATE_GOLDEN=1"


@pytest.fixture
def scripted(store: Store, clock: FakeClock) -> int:
    return build_scripted_session(store, clock)


# -- golden files ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("anonymous", [False, True, "sector"], ids=["plain", "anonymous", "sector"])
def test_golden_minutes(store: Store, scripted: int, lang: str, anonymous: bool | str) -> None:
    text = render_markdown(collect(store, scripted), lang, anonymous)
    suffix = {False: "", True: "-anonymous", "sector": "-sector"}[anonymous]
    name = f"minutes-{lang}{suffix}.md"
    check_golden(GOLDEN / name, text)


def test_example_minutes_are_current(tmp_path: Path) -> None:
    """docs/examples/twente-notulen.md is what the code makes of the sample session."""
    clock = FakeClock()
    store = Store(tmp_path / "example.db", clock=clock)
    try:
        plan = load_session_file(TWENTE, lang="nl")
        sid = build_scripted_session(store, clock, plan, deferred="llo-loopbaan", not_reached="")
        text = render_markdown(collect(store, sid), "nl")
    finally:
        store.close()
    check_golden(EXAMPLE, text)


# -- byte stability --------------------------------------------------------------------


def test_same_session_same_bytes(store: Store, clock: FakeClock, scripted: int) -> None:
    first = render_markdown(collect(store, scripted), "nl")
    clock.advance(minutes=90)  # a closed session no longer depends on the time
    second = render_markdown(collect(store, scripted), "nl")
    assert first == second
    assert first.endswith("\n") and not first.endswith("\n\n")
    assert "\r" not in first


def test_two_stores_same_bytes(tmp_path: Path) -> None:
    texts = []
    for name in ("a", "b"):
        clock = FakeClock()
        store = Store(tmp_path / f"{name}.db", clock=clock)
        sid = build_scripted_session(store, clock)
        texts.append(render_markdown(collect(store, sid), "en", anonymous=True))
        store.close()
    assert texts[0] == texts[1]


# -- anonymity -------------------------------------------------------------------------


def names_in(store: Store, sid: int) -> list[str]:
    names = []
    for person in store.participants(sid, include_removed=True):
        names.append(person.name)
        names += [part for part in person.name.split() if len(part) > 3]
    return names


LEAD = re.compile(r" \((?:trekker|lead): [^)]*\)")


def without_leads(text: str) -> str:
    """The minutes without the named leads of actions: commitments, kept on purpose."""
    return LEAD.sub("", text)


def anonymous_leads(store: Store, sid: int) -> None:
    session = store.session(sid)
    assert session is not None
    with store.change(sid, "leads") as tx:
        tx.update(replace(session, anonymous_leads=True))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_anonymous_minutes_name_no_participant(store: Store, scripted: int, lang: str) -> None:
    text = render_markdown(collect(store, scripted), lang, anonymous=True)
    leads = LEAD.findall(text)
    lead = "trekker" if lang == "nl" else "lead"
    assert f" (UWV ({lead}: Bas Lammers)" not in text and f"UWV ({lead}: Bas Lammers)" in text
    assert {m.split(": ")[1].rstrip(")") for m in leads} == {"Bas Lammers", "Sanne Wolters"}
    for name in names_in(store, scripted):
        found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", without_leads(text), re.IGNORECASE)
        assert not found, name
    # organisations remain, and so do the organisers
    assert "Gemeente Enschede" in text
    assert "Ingrid Smit" in text and "Tom Bakker" in text
    # a name typed into a contribution is replaced
    assert ("[naam]" if lang == "nl" else "[name]") in text.replace("\\", "")


def test_plain_minutes_do_name_participants(store: Store, scripted: int) -> None:
    text = render_markdown(collect(store, scripted), "nl")
    for person in store.participants(scripted):
        assert person.name in text


def test_chatham_house_session_is_anonymous(store: Store, scripted: int) -> None:
    session = store.session(scripted)
    assert session is not None
    with store.change(scripted, "chatham") as tx:
        tx.update(replace(session, chatham_house=True))
    record = collect(store, scripted)
    for lang, line in (("nl", "Chatham House-regel"), ("en", "Chatham House Rule")):
        text = render_markdown(record, lang)
        assert line in text
        assert text == render_markdown(record, lang, anonymous=True)
        for name in names_in(store, scripted):
            assert name not in without_leads(text)


@pytest.mark.parametrize("strict", [False, True], ids=["organisation", "sector"])
def test_session_can_leave_out_named_leads_too(store: Store, scripted: int, strict: bool) -> None:
    anonymous_leads(store, scripted)
    text = render_markdown(collect(store, scripted), "nl", "sector" if strict else True)
    assert "| UWV | 1 maart 2021 | B3, K2 |" in text  # the organisation still leads
    assert "(trekker:" not in text and "toezegging" not in text
    for name in names_in(store, scripted):
        assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE), name


def test_strict_form_names_no_organisation_of_a_speaker(store: Store, scripted: int) -> None:
    """``--anonymous=sector``: contributions, cards and speaking time by sector only."""
    record = collect(store, scripted)
    text = render_markdown(record, "nl", "sector")
    assert "alleen op naam van een sector, niet van een persoon of organisatie" in text
    people = section(text, "## Deelnemers")
    assert "- **Onderwijs:** 1 deelnemer" in people
    assert "**Uitgenodigd maar afwezig:** Bedrijfsleven: 1" in people
    for org in ("ROC van Twente", "Installatiebedrijf Oosterveld", "Stichting Werkwijzer"):
        assert org not in people
    report = section(text, "## Verslag per agendapunt")
    assert "— Onderwijs" in report and "— Bedrijfsleven" in report
    assert "(ROC van Twente)" not in report and "— ROC van Twente" not in report
    barriers = section(text, "### Barrières")
    assert (
        "**B2** Geen openbaar vervoer naar bedrijventerreinen in de avond · ingebracht door "
        "Bedrijfsleven, Gemeente ·" in barriers
    )
    speaking = section(text, "## Deelname en spreektijd")
    assert "### Per organisatie" not in speaking and "### Per deelnemer" not in speaking
    assert "### Per sector" in speaking
    # who leads an action is a commitment: organisation and named lead stay
    assert "| UWV (trekker: Bas Lammers) | 1 maart 2021 |" in section(text, "### Acties")
    en = render_markdown(record, "en", "sector")
    assert "neither the identity nor the affiliation" not in en  # not a Chatham session
    assert "attributed to a sector only, not to a person or an organisation" in en


def table_of_two_organisations(store: Store, clock: FakeClock) -> int:
    """Two people of ROC van Twente and one of Deltion in education, one at the municipality;
    of two invited from a company, neither came."""
    plan = make_plan(participants=6)
    seats = [
        ("ROC van Twente", "onderwijs"),
        ("ROC van Twente", "onderwijs"),
        ("Deltion College", "onderwijs"),
        ("Gemeente Almelo", "gemeente"),
        ("Zorggroep Twentezicht", "bedrijfsleven"),
        ("Zorggroep Twentezicht", "bedrijfsleven"),
    ]
    people = tuple(
        replace(p, organisation=org, sector=sector)
        for p, (org, sector) in zip(plan.participants, seats, strict=True)
    )
    sid = import_plan(store, replace(plan, participants=people)).session.id
    service = Services.open(store, sid, clock)
    for person in store.participants(sid)[4:]:
        service.floor.set_present(person.id, False)
    return sid


def test_anonymous_minutes_count_the_people_of_each_organisation(
    store: Store, clock: FakeClock
) -> None:
    """docs/minutes.md: anonymous minutes list the organisations per sector with a count,
    as the strict form counts per sector. They listed the organisations alone."""
    record = collect(store, table_of_two_organisations(store, clock))
    nl = section(render_markdown(record, "nl", anonymous=True), "## Deelnemers")
    assert "- **Onderwijs:** 3 deelnemers – ROC van Twente (2); Deltion College\n" in nl
    assert "- **Gemeente:** 1 deelnemer – Gemeente Almelo\n" in nl
    assert "**Uitgenodigd maar afwezig:** Zorggroep Twentezicht (2) – Bedrijfsleven" in nl
    en = section(render_markdown(record, "en", anonymous=True), "## Participants")
    assert "- **Education:** 3 participants – ROC van Twente (2); Deltion College\n" in en
    # the strict form counts per sector, as it did
    strict = section(render_markdown(record, "nl", anonymous="sector"), "## Deelnemers")
    assert "- **Onderwijs:** 3 deelnemers\n" in strict
    assert "**Uitgenodigd maar afwezig:** Bedrijfsleven: 2" in strict
    # named minutes name each person instead
    assert "3 deelnemers" not in section(render_markdown(record, "nl"), "## Deelnemers")
    # the JSON counts them per group too
    groups = to_data(record, "nl", True)["groups"]
    assert [(g["organisation"], g["people"], g["attended"]) for g in groups] == [
        ("ROC van Twente", 2, 2),
        ("Deltion College", 1, 1),
        ("Gemeente Almelo", 1, 1),
        ("Zorggroep Twentezicht", 2, 0),
    ]


def test_organiser_who_also_sits_at_the_table_is_left_out(store: Store, scripted: int) -> None:
    session = store.session(scripted)
    assert session is not None
    with store.change(scripted, "organiser") as tx:
        tx.update(replace(session, facilitator="Sanne Wolters"))
    text = render_markdown(collect(store, scripted), "nl", anonymous=True)
    assert "Sanne Wolters" not in without_leads(text)
    assert "Gespreksleider" not in text
    assert "Tom Bakker" in text


# -- content ---------------------------------------------------------------------------


def headings(text: str, level: int) -> list[str]:
    prefix = "#" * level + " "
    return [line[len(prefix) :] for line in text.splitlines() if line.startswith(prefix)]


def test_sections_in_order(store: Store, scripted: int) -> None:
    record = collect(store, scripted)
    assert headings(render_markdown(record, "nl"), 2) == [
        "Deelnemers",
        "Agenda",
        "Verslag per agendapunt",
        "Barrières, kansen en acties",
        "Open vragen",
        "Deelname en spreektijd",
    ]
    en = render_markdown(record, "en")
    assert headings(en, 2) == [
        "Participants",
        "Agenda",
        "Report per agenda item",
        "Barriers, opportunities and actions",
        "Open questions",
        "Participation and speaking time",
    ]
    assert headings(en, 1) == [scripted_plan().title]


def section(text: str, heading: str) -> str:
    start = text.index(heading + "\n")
    level = heading.split(" ")[0]
    rest = text[start + len(heading) + 1 :]
    ends = [m.start() for m in re.finditer(rf"^#{{1,{len(level)}}} ", rest, re.MULTILINE)]
    return rest[: ends[0]] if ends else rest


def test_header(store: Store, scripted: int) -> None:
    text = render_markdown(collect(store, scripted), "nl")
    assert "dinsdag 6 oktober 2020, 14.04–15.39 uur (gepland: 14.00–16.00 uur)" in text
    assert "**Locatie:** ROC van Twente, Hengelo" in text
    assert "**Gespreksleider:** Ingrid Smit" in text
    assert "**Notulist:** Tom Bakker" in text
    assert (
        "**In het kort:** 6 deelnemers · 23 bijdragen · 5 barrières · 3 kansen · "
        "4 acties · 7 open punten" in text
    )
    assert "Concept" not in text  # closed
    en = render_markdown(collect(store, scripted), "en")
    assert "Tuesday 6 October 2020, 14:04–15:39 (planned: 14:00–16:00)" in en


def test_participants_by_sector_and_absent(store: Store, scripted: int) -> None:
    text = section(render_markdown(collect(store, scripted), "nl"), "## Deelnemers")
    assert (
        "- **Gemeente:** Sanne Wolters, beleidsadviseur werk en inkomen (Gemeente Enschede)" in text
    )
    assert "**Uitgenodigd maar afwezig:** Lotte Veenstra" in text
    assert text.index("**Onderwijs:**") < text.index("**Bedrijfsleven:**")


def test_agenda_table(store: Store, scripted: int) -> None:
    record = collect(store, scripted)
    outcomes = [record.outcome(i) for i in record.items]
    assert outcomes == [Outcome.COVERED] * 4 + [Outcome.DEFERRED, Outcome.NOT_REACHED]
    text = section(render_markdown(record, "nl"), "## Agenda")
    assert "| 3 | Kansen en oplossingen | 25 min | 31 min | +6 min | behandeld |" in text
    # the deferred item's plan in brackets, out of the planned total
    assert "| 5 | Samenwerking met werkgevers | (15 min) | — | — | uitgesteld |" in text
    assert "| 6 | Rondvraag en sluiting | 5 min | — | — | niet aan toegekomen |" in text
    assert "|  | **Totaal** | 1 u 30 min | 1 u 35 min | +5 min |  |" in text
    assert "Uitloop op de agendapunten: 11 min." in text


def test_items_decisions_first_and_attributed(store: Store, scripted: int) -> None:
    text = render_markdown(collect(store, scripted), "nl")
    item = section(text, "### 4. Afspraken en acties")
    assert item.index("**Besluiten**") < item.index("**Acties**")
    assert (
        "- De belemmeringen en kansen van deze tafel gaan als input naar het SER-advies. "
        "— Esra Demirci (Provincie Overijssel)" in item
    )
    other = section(text, "### Overig")
    assert "Na afloop: de presentatie van het ROC" in other
    assert "*Geen bijdragen vastgelegd.*" in section(text, "### 6. Rondvraag en sluiting")


def test_board(store: Store, scripted: int) -> None:
    text = render_markdown(collect(store, scripted), "nl")
    barriers = section(text, "### Barrières")
    # the merged card is shown once, on the card it merged into, with both who raised it
    assert "Busverbinding" not in barriers.split("Samengevoegd met:")[0]
    assert (
        "**B2** Geen openbaar vervoer naar bedrijventerreinen in de avond · ingebracht door "
        "Ruud Hendriks (Installatiebedrijf Oosterveld), Sanne Wolters (Gemeente Enschede) · "
        "#reiskosten · 3 stemmen" in barriers
    )
    # numbers are kept: B4 merged into B2, so the next barriers stay B5 and B6
    assert "Samengevoegd met: B4 Busverbinding" in barriers
    assert "**B5** Taal- en rekenniveau blijft achter" in barriers
    assert barriers.count("*nog geen actie*") == 1
    assert "**B6**" not in barriers  # parked: under the open points
    actions = section(text, "### Acties")
    assert "| Nr. | Actie | Wie neemt het voortouw | Uiterlijk | Pakt aan |" in actions
    assert "| A1 | Pilot skills-paspoort met tien werkgevers | UWV (Bas Lammers) |" in actions
    assert "| Provincie Overijssel | 15 januari 2021 | B3 |" in actions
    assert "| Gemeente Enschede (Sanne Wolters) | 1 februari 2021 | B1, B2, K3 |" in actions
    assert "A4" not in actions
    open_points = section(text, "### Open punten")
    assert "**B6** Regels rond bijverdienen" in open_points and "*geparkeerd*" in open_points
    assert "**A4** Bbl-plekken in de zorg" in open_points
    assert "*nog niemand neemt het voortouw*" in open_points


def test_each_barrier_says_what_tackles_it_and_who_leads(store: Store, scripted: int) -> None:
    barriers = section(render_markdown(collect(store, scripted), "nl"), "### Barrières")
    b2 = barriers[barriers.index("- **B2**") : barriers.index("- **B3**")]
    assert (
        "  - → **A3** Voorstel vervoersregeling voor stagiairs uitwerken — "
        "Gemeente Enschede (Sanne Wolters), uiterlijk 1 februari 2021\n" in b2
    )
    b3 = barriers[barriers.index("- **B3**") : barriers.index("- **B5**")]
    assert b3.count("→ **A") == 2  # A1 and A2 both address it
    b5 = barriers[barriers.index("- **B5**") :]  # B4 merged into B2: numbers are kept
    assert "→" not in b5 and "*nog geen actie*" in b5
    opportunities = section(render_markdown(collect(store, scripted), "en"), "### Opportunities")
    assert "→ **A4** Bbl-plekken in de zorg in kaart brengen — *nobody has taken the lead yet*" in (
        opportunities
    )


def test_open_points_are_the_check_before_closing(store: Store, scripted: int) -> None:
    """The summary, the open-points section and the check count the same things."""
    record = collect(store, scripted)
    text = render_markdown(record, "nl")
    points = section(text, "### Open punten")
    listed = [line for line in points.splitlines() if line.startswith("- ")]
    check = gaps(record.items, record.cards, record.contributions, record.today)
    assert len(listed) == len(check) == 7
    assert f"· {len(check)} open punten" in text
    assert [line.split(" · ")[0] for line in listed] == [
        "- **A4** Bbl-plekken in de zorg in kaart brengen",
        "- **B5** Taal- en rekenniveau blijft achter bij praktijkleerders",
        "- **B6** Regels rond bijverdienen naast een uitkering zijn ingewikkeld",
        "- *Open vraag:* Hoeveel bbl-studenten in Twente stoppen voortijdig, en waarom? — "
        "Ruud Hendriks (Installatiebedrijf Oosterveld)",
        "- *Open vraag:* Kan UWV meedoen in een regionale mobiliteitspool? — "
        "Sanne Wolters (Gemeente Enschede)",
        "- Agendapunt 5. Samenwerking met werkgevers",
        "- Agendapunt 6. Rondvraag en sluiting",
    ]
    assert "*nog niemand neemt het voortouw* · *nog geen datum*" in listed[0]
    assert listed[-2].endswith("*uitgesteld*") and listed[-1].endswith("*niet aan toegekomen*")


def test_check_before_closing_lists_what_the_minutes_list(
    store: Store, clock: FakeClock, scripted: int
) -> None:
    """The service's check (F9) and the minutes read the store apart and still agree."""
    closing = Services.open(store, scripted, clock).closing
    closing.reopen()
    record = collect(store, scripted, clock.now())
    assert closing.gaps() == record.open_points
    text = render_markdown(record, "en")
    assert f"· {len(closing.gaps())} open points" in text


def test_past_due_actions_are_open_points(store: Store, clock: FakeClock) -> None:
    """A due date before the day of the meeting is marked ⚠ and counted (regression)."""
    sid = import_plan(store, make_plan()).session.id
    with store.change(sid, "test") as tx:
        for n, due in enumerate([date(2020, 10, 1), date(2020, 10, 5), date(2020, 12, 1)]):
            tx.insert(
                Card(
                    0,
                    sid,
                    Column.ACTION,
                    f"Actie {n}",
                    float(n),
                    clock.now(),
                    owners=[Owner("UWV")],
                    due=due,
                )
            )
    record = collect(store, sid)
    text = render_markdown(record, "nl")
    actions = section(text, "### Acties")
    assert "| A1 | Actie 0 | UWV | 1 oktober 2020 ⚠ |" in actions
    assert "| A3 | Actie 2 | UWV | 1 december 2020 |" in actions
    points = section(text, "### Open punten")
    past_due = "**A1** Actie 0 · voortouw: UWV · uiterlijk 1 oktober 2020 ⚠ · *datum verstreken*"
    assert past_due in points
    assert "**A2** Actie 1" in points and "**A3**" not in points
    past = [g for g in record.open_points if GapKind.ACTION_PAST_DUE in g.kinds]
    assert len(past) == 2


def test_open_questions(store: Store, scripted: int) -> None:
    text = section(render_markdown(collect(store, scripted), "en"), "## Open questions")
    assert text.count("\n- ") == 2
    assert "*at item 2: Belemmeringen voor mbo-2/3'ers op de arbeidsmarkt*" in text


def test_participation(store: Store, scripted: int) -> None:
    record = collect(store, scripted)
    text = render_markdown(record, "nl")
    part = section(text, "## Deelname en spreektijd")
    assert "| Deelnemer | Organisatie | Sector | Beurten | Spreektijd | Aandeel |" in part
    assert "```mermaid\npie title Spreektijd per sector (seconden)\n" in part
    total = sum(t.seconds for t in record.by_sector.values())
    pie = re.findall(r'^    "([^"]*)" : (\d+)$', part, re.MULTILINE)
    assert sum(int(seconds) for _label, seconds in pie) == pytest.approx(total, abs=len(pie))
    anonymous = section(render_markdown(record, "nl", anonymous=True), "## Deelname en spreektijd")
    assert "| Organisatie | Sector | Deelnemers |" in anonymous
    assert "Deelnemer |" not in anonymous


def test_one_sector_at_the_table_is_said_as_one(store: Store, clock: FakeClock) -> None:
    """Before: «Bij een gelijke verdeling over de 1 sectoren aan tafel had elke sector 100%
    van de spreektijd gehad.»"""
    sid = import_plan(store, make_plan(participants=1)).session.id
    service = Services.open(store, sid, clock)
    service.agenda.toggle_timer()
    service.floor.enqueue(store.participants(sid)[0].id)
    service.floor.give_floor()
    clock.advance(minutes=2)
    service.floor.end_speech()
    record = collect(store, sid)
    nl = section(render_markdown(record, "nl"), "## Deelname en spreektijd")
    en = section(render_markdown(record, "en"), "## Participation and speaking time")
    assert "Er zat één sector aan tafel." in nl and "1 sectoren" not in nl
    assert "One sector was at the table." in en and "1 sectors" not in en
    assert "gelijke verdeling" not in nl and "Shared equally" not in en


# -- sessions in other states ------------------------------------------------------------


def test_planned_session(store: Store) -> None:
    sid = import_plan(store, make_plan()).session.id
    for lang in ("nl", "en"):
        text = render_markdown(collect(store, sid), lang)
        assert ("gepland" if lang == "nl" else "planned") in text
        assert ("Concept" if lang == "nl" else "Draft") in text
        assert "mermaid" not in text
    nl = render_markdown(collect(store, sid), "nl")
    assert "dinsdag 6 oktober 2020, 12.00–14.00 uur (gepland; de sessie is nog niet begonnen)" in nl
    assert "niet aan toegekomen" in nl


def test_running_session_counts_up_to_now(store: Store, clock: FakeClock) -> None:
    sid = import_plan(store, make_plan()).session.id
    service = Services.open(store, sid, clock)
    service.agenda.toggle_timer()
    people = store.participants(sid)
    service.floor.enqueue(people[0].id)
    service.floor.give_floor()
    clock.advance(minutes=5)
    record = collect(store, sid)
    assert record.outcome(record.items[0]) == Outcome.CURRENT
    text = render_markdown(record, "en")
    assert "| 1 | Punt 1 | 20 min | 5 min | −15 min | in progress |" in text
    assert "12:00–12:05" in text
    assert "Draft" in text
    assert "| Deelnemer 1 | Organisatie 1 |" in text and "5 min 00 s" in text


def test_removed_participant_who_spoke_still_counts(store: Store, clock: FakeClock) -> None:
    plan = make_plan(participants=4)
    sid = import_plan(store, plan).session.id
    service = Services.open(store, sid, clock)
    service.agenda.toggle_timer()
    gone = store.participants(sid)[-1]
    service.floor.enqueue(gone.id)
    service.floor.give_floor()
    clock.advance(seconds=40)
    service.floor.end_speech()
    import_plan(store, replace(plan, participants=plan.participants[:-1]))
    text = render_markdown(collect(store, sid), "nl")
    assert gone.name in section(text, "## Deelnemers")
    assert "40 s" in text


def test_contribution_without_participant_or_known_item(store: Store, clock: FakeClock) -> None:
    sid = import_plan(store, make_plan()).session.id
    with store.change(sid, "note") as tx:
        tx.insert(Contribution(0, sid, Kind.QUESTION, "Wie betaalt?", clock.now(), item_id=None))
        tx.insert(
            Card(
                0,
                sid,
                Column.ACTION,
                "Iets regelen",
                1.0,
                clock.now(),
                owners=[Owner("", None)],
                due=date(2020, 12, 31),
            )
        )
    text = render_markdown(collect(store, sid), "en")
    assert "- Wie betaalt?\n" in section(text, "## Open questions")
    assert "- Wie betaalt?\n" in section(text, "### Other")
    assert "**A1** Iets regelen · *nobody has taken the lead yet* · due 31 December 2020" in text


def test_unknown_session(store: Store) -> None:
    with pytest.raises(StoreError):
        collect(store, 999)


# -- formatting --------------------------------------------------------------------------


def test_dates_and_times_do_not_depend_on_the_locale() -> None:
    moment = datetime(2020, 10, 6, 14, 0, tzinfo=UTC)
    assert format_datetime(moment, "nl") == "dinsdag 6 oktober 2020, 14.00 uur"
    assert format_datetime(moment, "en") == "Tuesday 6 October 2020, 14:00"
    assert format_time(moment, "nl") == "14.00 uur"
    assert format_date(date(2021, 3, 1), "nl", weekday=False) == "1 maart 2021"
    assert format_date(date(2021, 5, 2), "en") == "Sunday 2 May 2021"
    late = datetime(2020, 10, 7, 0, 30, tzinfo=UTC)
    assert format_span(moment, late, "nl") == (
        "dinsdag 6 oktober 2020, 14.00 uur – woensdag 7 oktober 2020, 00.30 uur"
    )


@pytest.mark.parametrize(
    ("seconds", "nl", "en"),
    [
        (0, "0 min", "0 min"),
        (29, "< 1 min", "< 1 min"),
        (30, "1 min", "1 min"),
        (12 * 60, "12 min", "12 min"),
        (65 * 60, "1 u 05 min", "1 h 05 min"),
        (120 * 60, "2 u", "2 h"),
    ],
)
def test_durations(seconds: int, nl: str, en: str) -> None:
    assert format_duration(seconds, "nl") == nl
    assert format_duration(seconds, "en") == en


def test_other_durations() -> None:
    assert format_minutes(-5, "nl") == "0 min"
    assert format_signed_minutes(3, "nl") == "+3 min"
    assert format_signed_minutes(-2, "en") == "−2 min"
    assert format_signed_minutes(0, "en") == "0 min"
    assert format_speaking(44.6, "nl") == "45 s"
    assert format_speaking(245, "nl") == "4 min 05 s"
    assert format_speaking(3725, "nl") == "1 u 02 min"


def test_who_takes_the_lead_on_a_barrier_or_an_opportunity_is_in_the_minutes(
    store: Store, clock: FakeClock
) -> None:
    # The round table asks who takes the lead on each barrier; the board showed it, the
    # minutes did not. Under the Chatham House rule the organisation stands there alone.
    sid = import_plan(store, make_plan()).session.id
    lead = store.participants(sid)[0]
    with store.change(sid, "test") as tx:
        tx.insert(
            Card(0, sid, Column.BARRIER, "Te weinig stageplaatsen", 1.0, clock.now(),
                 owners=[Owner("UWV")])
        )  # fmt: skip
        tx.insert(
            Card(0, sid, Column.OPPORTUNITY, "Leerwerkbanen uitbreiden", 1.0, clock.now(),
                 owners=[Owner("", lead.id)])
        )  # fmt: skip
    record = collect(store, sid)
    nl = section(render_markdown(record, "nl"), "### Barrières")
    assert "**B1** Te weinig stageplaatsen · voortouw: UWV · *nog geen actie*" in nl
    en = render_markdown(record, "en")
    assert "**O1** Leerwerkbanen uitbreiden · lead: " in en
    org = lead.organisation
    assert f"lead: {org} ({lead.name})" in en
    anonymous = render_markdown(record, "en", True)
    assert f"lead: {org}" in anonymous


def test_an_action_done_or_dropped_says_so_where_it_tackles_a_barrier(
    store: Store, clock: FakeClock, scripted: int
) -> None:
    """The barrier showed its action's lead and date though the action was dropped, and
    left the open points. Now a done action says so; a dropped one leaves its barrier
    without action, an open point."""
    from facilitator.domain.model import ActionStatus

    service = Services.open(store, scripted, clock)
    service.closing.reopen()  # the scripted table is closed: reopened to change it
    actions = {c.number: c for c in store.cards(scripted) if c.column == Column.ACTION}
    service.board.set_status(actions[3].id, ActionStatus.DONE)  # A3 tackles B2
    service.board.set_status(actions[1].id, ActionStatus.DROPPED)  # A1 and A2 tackle B3
    service.board.set_status(actions[2].id, ActionStatus.DROPPED)
    minutes = render_markdown(collect(store, scripted), "nl")
    barriers = section(minutes, "### Barrières")
    b2 = barriers[barriers.index("- **B2**") : barriers.index("- **B3**")]
    assert "uiterlijk 1 februari 2021 · *gedaan*\n" in b2
    b3 = barriers[barriers.index("- **B3**") : barriers.index("- **B5**")]
    assert "*nog geen actie*" in b3
    open_points = section(minutes, "## Open punten")
    b3_title = next(
        c.title for c in store.cards(scripted) if c.column == Column.BARRIER and c.number == 3
    )
    assert b3_title in open_points


def test_a_barrier_s_lead_is_said_once_and_its_due_date_is_in_the_minutes(
    store: Store, clock: FakeClock
) -> None:
    """'lead: UWV (lead: Ronald Wolters)': the lead was said twice for a barrier led by an
    organisation and a person; and a barrier's due date, typed at the table, was nowhere
    in the minutes. It is shown as the board shows it: a date, not a commitment that can
    be late (only an action's passed date is an open point)."""
    sid = import_plan(store, make_plan()).session.id
    lead = store.participants(sid)[0]
    with store.change(sid, "test") as tx:
        tx.insert(
            Card(0, sid, Column.BARRIER, "Te weinig stageplaatsen", 1.0, clock.now(),
                 owners=[Owner("UWV", lead.id)], due=date(2020, 10, 1))
        )  # fmt: skip
    record = collect(store, sid)
    title = "**B1** Te weinig stageplaatsen"
    for lang, anonymous, line in [
        ("en", True, f"{title} · lead: UWV ({lead.name}) · due 1 October 2020"),
        ("nl", True, f"{title} · voortouw: UWV ({lead.name}) · uiterlijk 1 oktober 2020"),
        ("en", False, f"{title} · lead: UWV ({lead.name}) · due 1 October 2020"),
    ]:
        text = render_markdown(record, lang, anonymous)
        barriers = section(text, "### Barrières" if lang == "nl" else "### Barriers")
        assert line in barriers, barriers
        assert "⚠" not in barriers and "trekker:" not in barriers
    assert not [g for g in record.open_points if GapKind.ACTION_PAST_DUE in g.kinds]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "**A1** Evaluatie plannen · voortouw: Gemeente Hengelo · *nog geen datum*"),
        ("en", "**A1** Evaluatie plannen · lead: Gemeente Hengelo · *no due date yet*"),
    ],
)
def test_an_open_point_labels_who_leads_the_action(
    store: Store, clock: FakeClock, lang: str, said: str
) -> None:
    """«**A8** Evaluatie plannen · ingebracht door Provincie Overijssel · Gemeente Hengelo ·
    *nog geen datum*» read as if Gemeente Hengelo had raised it too; a barrier's lead is
    labelled «voortouw: …» there already. In the HTML and Word minutes alike."""
    from docx import Document

    from facilitator.export.docx import render_docx
    from facilitator.export.html import render_html

    sid = import_plan(store, make_plan()).session.id
    with store.change(sid, "test") as tx:
        tx.insert(
            Card(0, sid, Column.ACTION, "Evaluatie plannen", 1.0, clock.now(),
                 owners=[Owner("Gemeente Hengelo")])
        )  # fmt: skip
    record = collect(store, sid)
    points = section(
        render_markdown(record, lang), "### Open punten" if lang == "nl" else "### Open points"
    )
    assert said in points
    plain = said.replace("**", "").replace("*", "")
    assert plain.split(" · ", 1)[1] in render_html(record, lang).replace("<em>", "").replace(
        "</em>", ""
    )
    document = Document(io.BytesIO(render_docx(record, lang)))
    assert any(plain in p.text for p in document.paragraphs)
