"""Anonymous minutes: names typed into texts are taken out, in every format.

The :class:`Redactor` on its own (first, last and full names; case, accents,
particles, genitives, initials; common words left alone), then a session with
hostile names and texts exported as Markdown, HTML, Word and JSON, by
organisation and by sector.
"""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, date, datetime

import pytest
from docx import Document

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Card, Column, Contribution, Kind, Owner
from facilitator.domain.plan import AgendaItemPlan, ParticipantPlan, SessionPlan
from facilitator.export.command import render
from facilitator.export.record import collect
from facilitator.export.redact import Redactor
from facilitator.store import Store
from facilitator.store.importer import import_plan

PEOPLE = [
    "Samira El Amrani",
    "Ingrid Smit",
    "Ronald Wolters",
    "Jan Bakker",
    "Çelik Yıldız",
    "Anne-Marie van der Berg",
]


@pytest.fixture(scope="module")
def redact() -> Redactor:
    return Redactor(PEOPLE, "[naam]")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samira brengt de cijfers", "[naam] brengt de cijfers"),
        ("Ingrid: we gaan door", "[naam]: we gaan door"),
        ("samira belt morgen", "[naam] belt morgen"),  # a first name in any case
        ("Samira El Amrani en SAMIRA", "[naam] en [naam]"),
        ("El Amrani zegt", "[naam] zegt"),  # surname with its particle
        ("Amrani zegt", "[naam] zegt"),
        ("R. Wolters leidt het", "[naam] leidt het"),  # initials go with the name
        ("Volgens Wolters’ plan", "Volgens [naam]’ plan"),
        ("Ingrids voorstel", "[naam] voorstel"),  # Dutch genitive
        ("Samira's voorstel", "[naam]'s voorstel"),
        ("Celik Yildiz en çelik", "[naam] en [naam]"),  # accents ignored
        ("Anne-Marie en Van der Berg", "[naam] en [naam]"),
        ("Bakker zegt: de bakker op de hoek", "[naam] zegt: de bakker op de hoek"),
        ("smit en Smit", "smit en [naam]"),  # a surname alone only as a name is written
        ("van de gemeente, van der Valk", "van de gemeente, van der Valk"),  # particles alone
        ("Samirastraat, Ingridje, Bakkerij", "Samirastraat, Ingridje, Bakkerij"),  # whole words
        ("Jan_Bakker jan2 Jan-Bakker", "Jan_Bakker jan2 [naam]"),
        ("geen naam hier", "geen naam hier"),
        ("", ""),
    ],
)
def test_names_are_replaced_where_they_stand(redact: Redactor, text: str, expected: str) -> None:
    assert redact(text) == expected


def test_hostile_names_are_plain_words() -> None:
    redact = Redactor(["A.(B)* [x]", "Zoë |pipe|", "", "   ", "de", "van der"], "[name]")
    # a name with signs in it is replaced where it stands whole, and its letters are no
    # words of a name: "a b x" and "|Pipe|" stay (they were taken for the name)
    assert redact("A.(B)* [x] says") == "[name] says"
    assert redact("A.(B)* says") == "A.(B)* says"
    assert redact("a b x and A-B X") == "a b x and A-B X"
    assert redact("AB and Zoe and |Pipe|") == "AB and [name] and |Pipe|"
    assert redact("de van der") == "de van der"  # particles are never a name on their own
    assert not Redactor(["", "  ", "!!", "[/]"], "[name]")  # no letter: no name


def test_first_names_that_are_everyday_words_only_with_a_capital() -> None:
    redact = Redactor(["Ben de Vries", "Wil Jansen", "Mark Peters", "R. Wolters"], "[naam]")
    assert redact("ik ben er, wil je dat? mark the date") == "ik ben er, wil je dat? mark the date"
    assert redact("Ben zegt dat Wil en Mark komen") == "[naam] zegt dat [naam] en [naam] komen"
    assert redact("ben de vries belt") == "[naam] belt"  # the full name, in any case
    assert redact("R&D en r. wolters, R Wolters") == "R&D en [naam], [naam]"


HOSTILE_NAMES = ["Jan [bold]", "[/]", "Piet [@click=app.quit]", "50% [done]", "Zoë |pipe|"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the letters of a name's signs are no name: they stay wherever they stand
        ("Bold plan, bold idee, [bold] en [/] tekst", "Bold plan, bold idee, [bold] en [/] tekst"),
        ("Quit nu, klik op App of Click", "Quit nu, klik op App of Click"),
        ("50 mensen, 50% klaar, Done", "50 mensen, 50% klaar, Done"),
        ("Pipe en |pipe|", "Pipe en |pipe|"),
        # the name whole, in any case, and its words that are words
        ("Jan [bold] zegt: JAN [Bold] ook", "[naam] zegt: [naam] ook"),
        ("Jan zegt, Piet ook, en Zoe", "[naam] zegt, [naam] ook, en [naam]"),
        ("Piet [@click=app.quit] belt", "[naam] belt"),
        ("Volgens 50% [done]: klaar", "Volgens [naam]: klaar"),
        ("Zoë |pipe| belt", "[naam] belt"),
    ],
)
def test_a_name_with_markup_or_signs_takes_out_only_itself(text: str, expected: str) -> None:
    """A walk-in typed as "Jan [bold]" made "bold" a surname, "[bold]" alone a first name:
    the word went out of every text of the minutes."""
    assert Redactor(HOSTILE_NAMES, "[naam]")(text) == expected


def test_a_name_of_words_counts_word_by_word_however_it_is_written() -> None:
    redact = Redactor(["Jose\u0301 Garcia", "Bakker, Jan", "Sean O’Brien", "J.P. Smit"], "[n]")
    assert redact("José zegt, Garcia ook") == "[n] zegt, [n] ook"  # accents as combined
    assert redact("Bakker zegt") == "[n] zegt"  # a comma after the surname
    assert redact("O’Brien en sean") == "[n] en [n]"
    assert redact("Smit belt") == "[n] belt"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Rene\u0301e Decomp", "Renée zegt: vraag het Renée Decomp"),  # é one character
        ("Renée Decomp", "Rene\u0301e zegt: vraag het Rene\u0301e Decomp"),  # e + accent
        ("Noe\u0308lle Çelik", "Noëlle zegt: vraag het Noe\u0308lle C\u0327elik"),
    ],
)
def test_a_name_with_an_accent_inside_is_found_however_the_accent_is_written(
    name: str, text: str
) -> None:
    """A walk-in whose name came with its accent as a separate mark (from a Mac or a PDF) is
    taken out of the anonymous minutes where her first name was typed with an ordinary «é»,
    and the other way round. Before, the mark split «Rene\u0301e» into the words «Rene» and
    «e»: «Renée zegt» stayed, naming her."""
    assert Redactor([name], "[n]")(text) == "[n] zegt: vraag het [n]"


def test_short_and_little_words_as_names_are_names_only_with_a_capital() -> None:
    redact = Redactor(["Ik", "Wat Nu", "Bo de Vries", "En Of"], "[naam]")
    everyday = "ik ben er en wat nu? bo of niet, en of"
    assert redact(everyday) == everyday
    assert redact("Ik ben er. Wat Nu zegt, Bo belt") == "[naam] ben er. [naam] zegt, [naam] belt"
    assert redact("bo de vries belt") == "[naam] belt"  # the whole name, in any case


def test_organisers_are_names_too() -> None:
    redact = Redactor(["Ingrid Smit", "Tom Bakker"], "[name]")
    assert redact("Tom: next item") == "[name]: next item"


# -- every format ------------------------------------------------------------------------

NOW = datetime(2020, 10, 6, 12, 0, tzinfo=UTC)
TEXTS = [
    "Samira brengt de cijfers rond",
    "Ingrid: we gaan door",
    "Volgens wolters is het te duur",  # a surname in lower case stays: it could be a word
    "Afspraak met R. Wolters en Çelik",
    "Anne-Marie van der Berg | *Jan* Bakker <script>",
]


@pytest.fixture
def hostile(store: Store, clock: FakeClock) -> int:
    plan = SessionPlan(
        slug="hostile",
        title="Rondetafel met Samira",
        region="Twente",
        starts_at=NOW,
        facilitator="Ingrid Smit",
        note_taker="Tom Bakker",
        participants=(
            ParticipantPlan("samira", "Samira El Amrani", "Gemeente Enschede", "gemeente"),
            ParticipantPlan("ronald", "Ronald Wolters", "UWV", "uwv"),
            ParticipantPlan("celik", "Çelik Yıldız", "ROC van Twente", "onderwijs"),
            ParticipantPlan("anne", "Anne-Marie van der Berg", "ROC van Twente", "onderwijs"),
            ParticipantPlan("jan", "Jan Bakker", "Bakkerij Bakker", "bedrijfsleven"),
        ),
        agenda=(AgendaItemPlan("a", "Wat Samira vroeg", 20, "Hoe ziet Ronald het?"),),
    )
    sid = import_plan(store, plan).session.id
    people = store.participants(sid)
    item = store.items(sid)[0]
    with store.change(sid, "hostile") as tx:
        for n, text in enumerate(TEXTS):
            tx.insert(
                Contribution(
                    0, sid, Kind.NOTE, text, NOW, people[n % len(people)].id, item.id, ["samira"]
                )
            )
        tx.insert(
            Card(
                0,
                sid,
                Column.ACTION,
                "Ronald zoekt stageplaatsen",
                1.0,
                NOW,
                people[0].id,
                owners=[Owner("UWV", people[1].id)],
                due=date(2020, 12, 1),
            )
        )
    return sid


def as_text(data: str | bytes) -> str:
    """The words of an export: the document text of a .docx, else the text itself."""
    if isinstance(data, str):
        return data
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def without_leads(text: str, fmt: str) -> str:
    if fmt == "json":
        data = json.loads(text)
        for card in data["cards"]:
            for owner in card["owners"]:
                owner["lead"] = None
        return json.dumps(data, ensure_ascii=False)
    return re.sub(r"\((?:trekker|lead): [^)]*\)", "", text)


def names(store: Store, sid: int) -> list[str]:
    found: list[str] = []
    for person in store.participants(sid, include_removed=True):
        found.append(person.name)
        found += [w for w in re.findall(r"\w+", person.name) if len(w) > 3 and w[0].isupper()]
    return found


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "json"])
@pytest.mark.parametrize("mode", ["organisation", "sector"])
def test_no_name_in_any_format(store: Store, hostile: int, fmt: str, mode: str) -> None:
    record = collect(store, hostile)
    text = as_text(render(record, fmt, "nl", mode))
    # the organisers, named in the heading, are no statements either
    statements = without_leads(text, fmt).replace("Ingrid Smit", "").replace("Tom Bakker", "")
    # an organisation's name stays whole, the surname of the family firm too
    statements = statements.replace("Bakkerij Bakker", "")
    for name in names(store, hostile):
        assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", statements), (name, fmt)
    assert "[naam]" in statements.replace("\\", "")  # Markdown escapes the brackets
    assert "wolters is het te duur" in statements  # lower case: could be a word, kept
    assert "Ronald Wolters" in text  # the lead of the action: a commitment
    assert "Ingrid Smit" in text and "Tom Bakker" in text  # the organisers, in the heading
    if mode == "sector":
        for org in ("ROC van Twente", "Gemeente Enschede"):
            assert org not in statements, (org, fmt)
        assert "UWV" in statements  # the organisation that leads an action stays
    else:
        assert "ROC van Twente" in statements


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_a_walk_in_named_with_markup_takes_no_word_out_of_the_minutes(
    store: Store, clock: FakeClock, fmt: str
) -> None:
    """Under the Chatham House rule a walk-in "Jan [bold]" took "bold" out of every text."""
    from facilitator.service import Services

    plan = SessionPlan(
        slug="walk-in",
        title="Rondetafel",
        region="Twente",
        starts_at=NOW,
        facilitator="Ingrid Smit",
        note_taker="Tom Bakker",
        participants=(ParticipantPlan("els", "Els Bos", "UWV", "uwv"),),
        agenda=(AgendaItemPlan("a", "Stage", 20, "Hoe?"),),
        chatham_house=True,
    )
    sid = import_plan(store, plan).session.id
    floor = Services.open(store, sid, clock).floor
    walk_in = floor.add_participant("Jan [bold]", "Gemeente Enschede", "gemeente")
    floor.add_participant("Piet [@click=app.quit]", "UWV", "uwv")
    item = store.items(sid)[0]
    said = "Een bold plan, Bold begint; quit de app. Jan [bold] en Piet zeggen het"
    with store.change(sid, "note") as tx:
        tx.insert(Contribution(0, sid, Kind.NOTE, said, NOW, walk_in.id, item.id, []))
    text = as_text(render(collect(store, sid), fmt, "nl", "organisation")).replace("\\", "")
    assert "Een bold plan, Bold begint; quit de app. [naam] en [naam] zeggen het" in text
    assert "Jan [bold]" not in text and "Piet" not in text


def test_the_plain_minutes_still_name_everyone(store: Store, hostile: int) -> None:
    text = render(collect(store, hostile), "md", "nl")
    assert isinstance(text, str)
    assert "Samira brengt de cijfers rond" in text
    assert "Çelik Yıldız" in text
