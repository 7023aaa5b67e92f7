"""Three scripted regional round tables for the synthesis: the same themes in other words.

Twente, Regio Zwolle and the Stedendriehoek, on the sample session files
(their invented participants, different at each table), each with a short
meeting written through the store's public operations (``Store.change`` with
records of the domain): speeches, barriers and opportunities raised by
someone of a sector, votes, tags, actions with owners, due dates and links,
and the session opened and closed with the domain's lifecycle rules.

The themes overlap across the regions in different wording: too few
placements (*stageplaatsen*, *leerbedrijf*, *bbl-plaatsen*), transport
(*reiskosten*, *openbaar vervoer*, *busverbinding*), flexible workers
(*flexwerkers*, *zzp'ers*, *uitzendkrachten*) and diploma requirements. Used
by the synthesis tests and by ``scripts/synthesis_example.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from facilitator.domain.clock import FakeClock
from facilitator.domain.lifecycle import close_session, open_session
from facilitator.domain.model import Card, Column, Contribution, Kind, Owner, Participant, Speech
from facilitator.domain.plan import SessionPlan
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan

SAMPLES = Path(__file__).resolve().parent.parent / "sample_sessions"
REGION_FILES = ("twente.toml", "regio-zwolle.toml", "stedendriehoek.toml")


@dataclass(frozen=True)
class Raised:
    """A barrier or opportunity, raised by the first free participant of ``sector``."""

    label: str
    column: Column
    text: str
    sector: str
    votes: int = 0
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Agreed:
    """An action: its owner (an organisation, or the participant of a sector), due, links."""

    text: str
    sector: str
    owner_organisation: str = ""
    owner_person: bool = False
    due: date | None = None
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    cards: tuple[Raised, ...]
    actions: tuple[Agreed, ...] = field(default=())


B, K = Column.BARRIER, Column.OPPORTUNITY  # barrier, kans

TABLES: dict[str, Table] = {
    "twente.toml": Table(
        (
            Raised(
                "stage",
                B,
                "Te weinig stageplaatsen in de techniek sinds corona",
                "onderwijs",
                4,
                ("stage",),
            ),
            Raised(
                "reis",
                B,
                "Reiskosten naar de stage zijn voor mbo-2-studenten te hoog",
                "maatschappelijk",
                2,
                ("reiskosten",),
            ),
            Raised(
                "flex",
                B,
                "Flexwerkers krijgen geen scholing van hun werkgever",
                "maatschappelijk",
                3,
                ("flex",),
            ),
            Raised(
                "diploma",
                B,
                "Werkgevers vragen een mbo-4-diploma voor werk dat mbo-2'ers aankunnen",
                "uwv",
                3,
            ),
            Raised("schulden", B, "Schulden houden jongeren weg van een opleiding", "gemeente", 1),
            Raised(
                "banen",
                K,
                "Leerwerkbanen in de techniek uitbreiden met steun van de provincie",
                "bedrijfsleven",
                4,
                ("bbl",),
            ),
            Raised(
                "paspoort",
                K,
                "Skills-paspoort: vaardigheden zichtbaar maken naast het diploma",
                "provincie",
                2,
                ("skills",),
            ),
        ),
        (
            Agreed(
                "Pilot skills-paspoort met tien werkgevers",
                "uwv",
                owner_person=True,
                due=date(2021, 3, 1),
                links=("paspoort", "diploma"),
            ),
            Agreed(
                "Inventarisatie stage- en bbl-plaatsen in de techniek",
                "provincie",
                owner_organisation="Provincie Overijssel",
                due=date(2020, 12, 15),
                links=("stage", "banen"),
            ),
            Agreed(
                "Onderzoeken of flexwerkers een opleidingsbudget kunnen krijgen",
                "maatschappelijk",
                links=("flex",),
            ),
        ),
    ),
    "regio-zwolle.toml": Table(
        (
            Raised(
                "leerbedrijf",
                B,
                "Bedrijven haken af als leerbedrijf door de extra begeleiding",
                "bedrijfsleven",
                3,
                ("bbl",),
            ),
            Raised(
                "ov", B, "Geen openbaar vervoer naar bedrijventerreinen in de avond", "gemeente", 2
            ),
            Raised(
                "zzp",
                B,
                "Zzp'ers vallen buiten alle ontwikkelregelingen",
                "maatschappelijk",
                2,
                ("zzp",),
            ),
            Raised(
                "loket",
                B,
                "Eén regionaal loket voor leren en werken ontbreekt",
                "onderwijs",
                2,
                ("loopbaan",),
            ),
            Raised(
                "leerwerkloket",
                K,
                "Leerwerkloket uitbreiden met loopbaanadvies voor werkenden",
                "uwv",
                3,
                ("loopbaan",),
            ),
        ),
        (
            Agreed(
                "Regionale campagne om nieuwe leerbedrijven te werven",
                "onderwijs",
                owner_person=True,
                due=date(2021, 2, 1),
                links=("leerbedrijf",),
            ),
            Agreed(
                "Het leerwerkloket opent een spreekuur voor werkenden",
                "uwv",
                owner_person=True,
                due=date(2021, 1, 15),
                links=("loket", "leerwerkloket"),
            ),
            Agreed(
                "De provincie vragen om een proef met avondbussen",
                "gemeente",
                owner_person=True,
                due=date(2020, 11, 30),
                links=("ov",),
            ),
        ),
    ),
    "stedendriehoek.toml": Table(
        (
            Raised(
                "bbl",
                B,
                "Tekort aan bbl-plaatsen in de metaal en de bouw",
                "bedrijfsleven",
                4,
                ("bbl",),
            ),
            Raised(
                "bus",
                B,
                "Busverbinding naar de bedrijventerreinen stopt om 18.00 uur; "
                "ploegendienst onhaalbaar",
                "gemeente",
                3,
            ),
            Raised(
                "uitzend",
                B,
                "Uitzendkrachten bouwen geen vaardigheden op voor vast werk",
                "maatschappelijk",
                2,
                ("flex",),
            ),
            Raised(
                "taal",
                B,
                "Statushouders lopen vast op de Nederlandse taal in de opleiding",
                "maatschappelijk",
                2,
            ),
            Raised("eisen", B, "Diploma-eisen in vacatures sluiten zij-instromers uit", "uwv", 2),
            Raised(
                "pool",
                K,
                "Regionale mobiliteitspool voor vervoer naar stage en werk",
                "gemeente",
                2,
                ("reiskosten",),
            ),
        ),
        (
            Agreed(
                "Afspraken over extra bbl-plekken in de metaal",
                "bedrijfsleven",
                owner_person=True,
                due=date(2021, 3, 31),
                links=("bbl",),
            ),
            Agreed(
                "Verkenning van een mobiliteitspool",
                "provincie",
                owner_person=True,
                due=date(2021, 1, 31),
                links=("bus", "pool"),
            ),
            Agreed(
                "Taalcoaches koppelen aan statushouders in de bbl",
                "maatschappelijk",
                links=("taal",),
            ),
        ),
    ),
}


def regional_plans(*, chatham_house: bool | None = None) -> list[SessionPlan]:
    """The three regional sample plans (``chatham_house`` set on all three, if given)."""
    plans = [load_session_file(SAMPLES / name) for name in REGION_FILES]
    if chatham_house is not None:
        plans = [replace(p, chatham_house=chatham_house) for p in plans]
    return plans


class _Meeting:
    def __init__(self, store: Store, clock: FakeClock, plan: SessionPlan) -> None:
        self.store = store
        self.clock = clock
        self.session = import_plan(store, plan).session
        self.sid = self.session.id
        self.people = store.participants(self.sid)
        self.items = store.items(self.sid)
        self.cast: dict[str, list[Participant]] = {}

    def person(self, sector: str) -> Participant:
        """The next participant of ``sector`` (round the sector's people in turn)."""
        of_sector = [p for p in self.people if p.sector == sector] or self.people
        used = self.cast.setdefault(sector, [])
        person = of_sector[len(used) % len(of_sector)]
        used.append(person)
        return person

    def speak(self, person: Participant, seconds: int, item_id: int | None) -> None:
        start = self.clock.now()
        self.clock.advance(seconds=seconds)
        with self.store.change(self.sid, "speech") as tx:
            tx.insert(
                Speech(0, self.sid, person.id, item_id, started_at=start, ended_at=self.clock.now())
            )

    def card(
        self,
        column: Column,
        title: str,
        person: Participant | None,
        item_id: int | None,
        **values: object,
    ) -> Card:
        # at the end of its column, with the next number there, as the app places a card
        position, given = self.store.column_end(self.sid, column)
        with self.store.change(self.sid, f"card {column.value}") as tx:
            card = tx.insert(
                Card(
                    0,
                    self.sid,
                    column,
                    title,
                    position + 1.0,
                    self.clock.now(),
                    participant_id=person.id if person else None,
                    item_id=item_id,
                    number=given + 1,
                    **values,  # type: ignore[arg-type]
                )
            )
            kind = {B: Kind.BARRIER, K: Kind.OPPORTUNITY}.get(column, Kind.ACTION)
            tx.insert(
                Contribution(
                    0,
                    self.sid,
                    kind,
                    title,
                    self.clock.now(),
                    participant_id=person.id if person else None,
                    item_id=item_id,
                    tags=list(card.tags),
                    card_id=card.id,
                )
            )
        return card

    def run(self, table: Table, seed: int) -> int:
        self.clock.set(self.session.starts_at + timedelta(minutes=3))
        with self.store.change(self.sid, "open") as tx:
            tx.update(open_session(self.session, self.clock.now()))
        middle = self.items[len(self.items) // 2].id
        last = self.items[-1].id
        cards: dict[str, Card] = {}
        for n, raised in enumerate(table.cards):
            person = self.person(raised.sector)
            self.speak(person, 60 + (seed * 37 + n * 53) % 150, middle)
            cards[raised.label] = self.card(
                raised.column,
                raised.text,
                person,
                middle,
                votes=raised.votes,
                tags=list(raised.tags),
            )
            self.clock.advance(seconds=20)
        for n, agreed in enumerate(table.actions):
            person = self.person(agreed.sector)
            self.speak(person, 45 + (seed * 29 + n * 41) % 90, last)
            owner = Owner(agreed.owner_organisation, person.id if agreed.owner_person else None)
            owned = agreed.owner_organisation or agreed.owner_person
            self.card(
                Column.ACTION,
                agreed.text,
                person,
                last,
                owners=[owner] if owned else [],
                due=agreed.due,
                links=[cards[label].id for label in agreed.links],
            )
        self.clock.advance(minutes=5)
        session = self.store.session(self.sid)
        assert session is not None
        with self.store.change(self.sid, "close") as tx:
            tx.update(close_session(session, self.clock.now()))
        return self.sid


def build_regional_sessions(
    store: Store,
    clock: FakeClock,
    plans: list[SessionPlan] | None = None,
    only: tuple[int, ...] = (0, 1, 2),
) -> list[int]:
    """Run the scripted meetings of the regions ``only`` (by index) on ``store``; their ids."""
    plans = plans or regional_plans()
    ids = []
    for index in only:
        plan = plans[index]
        ids.append(_Meeting(store, clock, plan).run(TABLES[REGION_FILES[index]], index + 1))
    return ids
