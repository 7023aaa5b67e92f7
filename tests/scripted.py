"""A scripted round table: a deterministic session with a bit of everything.

``build_scripted_session(store, clock)`` imports a plan and runs a meeting on
it through the services (:class:`Services`), as the app's keys do, moving the
:class:`FakeClock` along: the timer started a few minutes late, items that run
over and under, speeches from the queue (a point of order, the floor given
directly, a re-added speaker), contributions of every kind (with tags, one
with no agenda item, one with several lines), cards with votes, tags, owners
(an organisation, a person, both, nobody), due dates and links, a merged card,
a parked card, an absent participant, a deferred item and an item never
reached. Then the session is closed.

Used by the exporter tests (golden minutes) and the TUI tests. The same store
and clock always give the same session, to the microsecond. With another plan
(e.g. a sample session file) the same script runs on its participants and
items by position; it needs at least four participants and three items.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import (
    AgendaItem,
    Card,
    Column,
    Contribution,
    Kind,
    Owner,
    Participant,
)
from facilitator.domain.plan import AgendaItemPlan, ParticipantPlan, SessionPlan
from facilitator.service import Services
from facilitator.service.cards import KIND_OF_COLUMN
from facilitator.store import Store
from facilitator.store.importer import import_plan

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
LATE_START_MINUTES = 4


def scripted_plan() -> SessionPlan:
    """The default plan: a round table in Twente with invented people."""
    return SessionPlan(
        slug="proeftafel-twente",
        title="Rondetafel mbo-2/3 en de arbeidsmarkt – proefsessie",
        region="Twente",
        starts_at=datetime(2020, 10, 6, 14, 0, tzinfo=AMSTERDAM),
        ends_at=datetime(2020, 10, 6, 16, 0, tzinfo=AMSTERDAM),
        location="ROC van Twente, Hengelo",
        language="nl",
        facilitator="Ingrid Smit",
        note_taker="Tom Bakker",
        max_speech_minutes=3,
        participants=(
            ParticipantPlan(
                "kuipers", "Marloes Kuipers", "ROC van Twente", "onderwijs", "teamleider techniek"
            ),
            ParticipantPlan(
                "hendriks",
                "Ruud Hendriks",
                "Installatiebedrijf Oosterveld",
                "bedrijfsleven",
                "directeur",
            ),
            ParticipantPlan(
                "wolters",
                "Sanne Wolters",
                "Gemeente Enschede",
                "gemeente",
                "beleidsadviseur werk en inkomen",
            ),
            ParticipantPlan(
                "lammers", "Bas Lammers", "UWV", "uwv", "adviseur werkgeversdienstverlening"
            ),
            ParticipantPlan(
                "demirci",
                "Esra Demirci",
                "Provincie Overijssel",
                "provincie",
                "programmamanager arbeidsmarkt",
            ),
            ParticipantPlan(
                "brink",
                "Koen Brink",
                "Stichting Werkwijzer Twente",
                "maatschappelijk",
                "coördinator jongerenwerk",
            ),
            ParticipantPlan(
                "veenstra",
                "Lotte Veenstra",
                "Zorggroep Twentezicht",
                "bedrijfsleven",
                "hr-adviseur",
            ),
        ),
        agenda=(
            AgendaItemPlan(
                "opening", "Opening en kennismaking", 10, "Wat verwacht u van deze tafel?"
            ),
            AgendaItemPlan(
                "belemmeringen",
                "Belemmeringen voor mbo-2/3'ers op de arbeidsmarkt",
                30,
                "Wat houdt mbo-2/3'ers tegen bij het vinden en houden van werk?",
            ),
            AgendaItemPlan(
                "kansen",
                "Kansen en oplossingen",
                25,
                "Waar liggen kansen in Twente, en wie kan ze oppakken?",
            ),
            AgendaItemPlan(
                "acties",
                "Afspraken en acties",
                20,
                "Wat gaan we doen, wie neemt het voortouw en wanneer?",
            ),
            AgendaItemPlan(
                "werkgevers",
                "Samenwerking met werkgevers",
                15,
                "Hoe betrekken we meer werkgevers bij leerwerkplekken?",
            ),
            AgendaItemPlan("rondvraag", "Rondvraag en sluiting", 5),
        ),
        tags=("stage", "bbl", "reiskosten", "diploma-eisen", "skills"),
    )


class _Script:
    """The moves of the meeting, with small helpers for notes and cards.

    Every move goes through the services, as the app's keys do.
    """

    def __init__(self, store: Store, clock: FakeClock, session_id: int) -> None:
        self.store = store
        self.clock = clock
        self.sid = session_id
        self.service = Services.open(store, session_id, clock)

    # -- the floor -------------------------------------------------------------------
    def speak(self, person: Participant, seconds: float) -> None:
        """``person`` asks for the floor, gets it, speaks ``seconds``, and stops."""
        self.service.floor.enqueue(person.id)
        self.service.floor.give_floor()
        self.clock.advance(seconds=seconds)
        self.service.floor.end_speech()

    def pause(self, seconds: float) -> None:
        self.clock.advance(seconds=seconds)

    def finish_item(self, item: AgendaItem, pace: float) -> None:
        """Let the item's timer reach ``pace`` times its planned time."""
        current = self.store.get(AgendaItem, item.id)
        assert current is not None
        target = item.planned_seconds * pace
        left = target - current.elapsed(self.clock.now())
        if left > 0:
            self.clock.advance(seconds=left)

    # -- notes and cards ---------------------------------------------------------------
    def note(
        self,
        kind: Kind,
        text: str,
        who: Participant | None,
        item: AgendaItem | None,
        tags: tuple[str, ...] = (),
    ) -> Contribution:
        """A contribution captured under ``item`` (barriers, opportunities, actions: a card)."""
        return self.service.notes.capture(
            kind,
            text,
            participant_id=who.id if who else None,
            item_id=item.id if item else None,
            tags=tags,
        )

    def card(
        self,
        column: Column,
        title: str,
        who: Participant | None,
        item: AgendaItem | None,
        *,
        votes: int = 0,
        tags: tuple[str, ...] = (),
        owners: tuple[Owner, ...] = (),
        due: date | None = None,
        links: tuple[Card, ...] = (),
        parked: bool = False,
    ) -> Card:
        """A card on the board, captured as a contribution, then voted, linked and parked."""
        said = self.service.notes.capture(
            KIND_OF_COLUMN[column],
            title,
            participant_id=who.id if who else None,
            item_id=item.id if item else None,
            owners=owners,
            tags=tags,
            due=due,
        )
        assert said.card_id is not None
        board = self.service.board
        if votes:
            board.vote(said.card_id, votes)
        for target in links:
            board.link(said.card_id, target.id)
        if parked:
            board.park(said.card_id, True)
        return board.card(said.card_id)

    def vote(self, card: Card, delta: int) -> Card:
        self.service.board.vote(card.id, delta)
        return self.service.board.card(card.id)

    def merge(self, keep: Card, gone: Card) -> Card:
        """Merge ``gone`` into ``keep`` (links to ``gone`` are pointed at ``keep``)."""
        self.service.board.merge(keep.id, gone.id)
        return self.service.board.card(keep.id)


def _pick(people: list[Participant], taken: list[Participant], sector: str) -> Participant:
    """The first participant of ``sector`` not yet cast, else the first one not yet cast."""
    free = [p for p in people if p not in taken] or people
    found = next((p for p in free if p.sector == sector), free[0])
    taken.append(found)
    return found


def build_scripted_session(
    store: Store,
    clock: FakeClock,
    plan: SessionPlan | None = None,
    *,
    deferred: str | None = None,
    not_reached: str | None = None,
) -> int:
    """Import ``plan`` (default: :func:`scripted_plan`), run the scripted meeting, close it.

    The clock is first set to the plan's start plus a few minutes (a late
    start) and then only moves forward. Participants are cast by sector
    (education, business, municipality, UWV, province, civil society; by
    position where a sector is missing); with six or more, the last one whose
    sector has someone else at the table stays away. ``deferred`` and
    ``not_reached`` are agenda item keys (default: the second-to-last and the
    last item; ``""`` for none). The other items are covered in order; the
    last of them gets the decisions and actions. Returns the session id.
    """
    plan = plan or scripted_plan()
    session = import_plan(store, plan).session
    sid = session.id
    people = store.participants(sid)
    items = store.items(sid)
    if len(people) < 4 or len(items) < 3:
        raise ValueError("the scripted meeting needs at least 4 participants and 3 agenda items")

    clock.set(plan.starts_at + timedelta(minutes=LATE_START_MINUTES))
    s = _Script(store, clock, sid)
    service = s.service

    absent = None
    if len(people) >= 6:
        shared = [p for p in people if sum(q.sector == p.sector for q in people) > 1]
        absent = (shared or people)[-1]
        service.floor.set_present(absent.id, False)
    present = [p for p in people if p is not absent]
    cast: list[Participant] = []
    edu = _pick(present, cast, "onderwijs")
    biz = _pick(present, cast, "bedrijfsleven")
    muni = _pick(present, cast, "gemeente")
    uwv = _pick(present, cast, "uwv")
    prov = _pick(present, cast, "provincie") if len(present) > 4 else edu
    civil = _pick(present, cast, "maatschappelijk") if len(present) > 5 else biz

    def by_key(key: str | None, default: AgendaItem | None) -> AgendaItem | None:
        if key is None:
            return default
        return next((i for i in items if i.key == key), None)

    skipped = by_key(not_reached, items[-1])
    put_off = by_key(deferred, items[-2] if len(items) >= 4 else None)
    covered = [i for i in items if i is not skipped and i is not put_off]
    last_phase = max(3, len(covered) - 1)

    def on(k: int) -> AgendaItem:
        return covered[min(k, len(covered) - 1)]

    def next_item(k: int, pace: float) -> None:
        s.finish_item(on(k), pace)
        if k + 1 < len(covered):
            service.agenda.goto(covered[k + 1].id)

    # -- 1. opening ------------------------------------------------------------------
    service.agenda.toggle_timer()
    if put_off is not None:
        service.agenda.defer(put_off.id)
    s.pause(60)
    s.note(
        Kind.NOTE,
        "Rondje kennismaking; iedereen noemt één verwachting voor vandaag.",
        None,
        on(0),
    )
    s.speak(edu, 95)
    s.speak(prov, 140)
    s.note(
        Kind.NOTE,
        "De provincie wil concrete afspraken die in het SER-advies terugkomen.",
        prov,
        on(0),
        ("skills",),
    )
    s.speak(biz, 70)
    next_item(0, 1.2)

    # -- 2. barriers -----------------------------------------------------------------
    s.pause(45)
    s.speak(edu, 170)
    travel = s.card(
        Column.BARRIER,
        "Reiskosten naar stage- en werkplek zijn voor veel mbo-2-studenten te hoog",
        edu,
        on(1),
        votes=2,
        tags=("reiskosten", "stage"),
    )
    s.speak(biz, 150)
    bus = s.card(
        Column.BARRIER,
        "Geen openbaar vervoer naar bedrijventerreinen in de avond",
        biz,
        on(1),
        votes=1,
        tags=("reiskosten",),
    )
    s.speak(uwv, 120)
    diploma = s.card(
        Column.BARRIER,
        "Werkgevers vragen een mbo-4-diploma voor werk dat mbo-2/3'ers aankunnen",
        uwv,
        on(1),
        votes=3,
        tags=("diploma-eisen",),
    )
    service.floor.enqueue(muni.id)
    service.floor.enqueue(civil.id, point_of_order=True)
    service.floor.give_floor()  # the point of order goes first
    s.pause(30)
    service.floor.give_floor()  # then the one waiting
    s.pause(110)
    service.floor.end_speech()
    shifts = s.card(
        Column.BARRIER,
        "Busverbinding naar het bedrijventerrein stopt om 18.00 uur; ploegendienst onhaalbaar",
        muni,
        on(1),
        votes=2,
    )
    bus = s.merge(bus, shifts)
    # a list of points, noted as it was said (a barrier would get a card of its own)
    s.note(
        Kind.NOTE,
        "Drie knelpunten uit de praktijk:\n- reiskosten\n- taal en rekenen (2F/1F)\n"
        "- *onzekere* contracten",
        civil,
        on(1),
        ("stage",),
    )
    language = s.card(
        Column.BARRIER,
        "Taal- en rekenniveau blijft achter bij praktijkleerders",
        civil,
        on(1),
    )
    s.card(
        Column.BARRIER,
        "Regels rond bijverdienen naast een uitkering zijn ingewikkeld",
        uwv,
        on(1),
        parked=True,
    )
    s.note(
        Kind.QUESTION,
        "Hoeveel bbl-studenten in Twente stoppen voortijdig, en waarom?",
        biz,
        on(1),
        ("bbl",),
    )
    service.floor.readd_last()
    service.floor.give_floor()
    s.pause(60)
    service.floor.end_speech()
    s.vote(travel, +1)
    next_item(1, 1.1)

    # -- 3. opportunities ------------------------------------------------------------
    s.pause(30)
    s.speak(biz, 200)
    bbl = s.card(
        Column.OPPORTUNITY,
        "Leerwerkbanen (bbl) uitbreiden in de techniek en de zorg",
        biz,
        on(2),
        votes=4,
        tags=("bbl",),
    )
    s.speak(prov, 160)
    passport = s.card(
        Column.OPPORTUNITY,
        "Skills-paspoort: vaardigheden zichtbaar maken naast het diploma",
        prov,
        on(2),
        votes=3,
        tags=("skills", "diploma-eisen"),
    )
    service.floor.give_floor(muni.id)  # given the floor directly
    s.pause(130)
    service.floor.end_speech()
    pool = s.card(
        Column.OPPORTUNITY,
        "Regionale mobiliteitspool voor stagevervoer",
        muni,
        on(2),
        votes=1,
        tags=("reiskosten",),
    )
    s.note(
        Kind.NOTE,
        f"{biz.name} biedt twee extra leerwerkplekken aan vanaf januari.",
        biz,
        on(2),
        ("bbl",),
    )
    s.note(
        Kind.QUESTION,
        "Kan UWV meedoen in een regionale mobiliteitspool?",
        muni,
        on(2),
    )
    s.speak(uwv, 90)
    s.note(
        Kind.NOTE,
        "UWV ziet ruimte binnen bestaande regelingen; wil eerst de aantallen weten.",
        uwv,
        on(2),
    )
    s.speak(edu, 75)
    next_item(2, 1.24)

    # -- items between the opportunities and the actions -----------------------------
    for k in range(3, last_phase):
        s.speak(present[k % len(present)], 100)
        s.speak(present[(k + 2) % len(present)], 80)
        s.note(
            Kind.NOTE,
            "Rondje langs de tafel: iedereen noemt één punt voor het vervolg.",
            None,
            on(k),
        )
        next_item(k, 1.0)

    # -- 4. agreements and actions ---------------------------------------------------
    s.speak(prov, 120)
    s.note(
        Kind.DECISION,
        "De belemmeringen en kansen van deze tafel gaan als input naar het SER-advies.",
        prov,
        on(last_phase),
    )
    s.card(
        Column.ACTION,
        "Pilot skills-paspoort met tien werkgevers",
        uwv,
        on(last_phase),
        owners=(Owner(uwv.organisation, uwv.id),),
        due=date(2021, 3, 1),
        links=(passport, diploma),
        tags=("skills",),
    )
    s.speak(uwv, 80)
    s.card(
        Column.ACTION,
        "Overzicht vacatures die met mbo-2/3 te vervullen zijn (techniek, zorg & logistiek)",
        prov,
        on(last_phase),
        owners=(Owner(prov.organisation),),
        due=date(2021, 1, 15),
        links=(diploma,),
    )
    s.card(
        Column.ACTION,
        "Voorstel vervoersregeling voor stagiairs uitwerken",
        muni,
        on(last_phase),
        owners=(Owner("", muni.id),),
        due=date(2021, 2, 1),
        links=(shifts, travel, pool),  # the merged card counts for the one it merged into
    )
    s.speak(edu, 100)
    s.card(
        Column.ACTION,
        "Bbl-plekken in de zorg in kaart brengen",
        edu,
        on(last_phase),
        links=(bbl,),
    )
    s.note(
        Kind.DECISION,
        "In het voorjaar van 2021 volgt een tweede tafel over de voortgang.",
        None,
        on(last_phase),
    )
    s.speak(civil, 60)
    del language  # no action addresses it: "no action yet" in the minutes
    next_item(last_phase, 0.9)

    # -- after the last item -----------------------------------------------------------
    s.note(
        Kind.NOTE,
        "Na afloop: de presentatie van het ROC wordt met de notulen meegestuurd.",
        edu,
        None,
    )
    s.pause(60)
    service.closing.close()
    return sid


__all__ = ["build_scripted_session", "scripted_plan"]
