"""Owners on the capture line: a known organisation by (the start of) its name, the outside
organisations the session lists, and an ``@`` that could be several is not guessed."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.capture import Context, complete, owner_label, parse, unparse
from facilitator.domain.model import Owner, Participant

PEOPLE = [
    Participant(10 + n, 1, n, f"p{n}", name, org, "x")
    for n, (name, org) in enumerate(
        [
            ("Anne de Vries", "Provincie Overijssel"),
            ("Karim Aziz", "Gemeente Enschede"),
            ("Gerrit Kamphuis", "Gemeente Hengelo"),
            ("Els Bos", "UWV"),
        ],
        start=1,
    )
]
OUTSIDE = ("SER Overijssel", "Rijksoverheid", "Ministerie van OCW")
CTX = Context(PEOPLE, [], date(2026, 12, 6), outside=OUTSIDE)
ANNE = PEOPLE[0]


@pytest.mark.parametrize(
    ("line", "owners", "text"),
    [
        # the start of one organisation at the table is that organisation
        ("Plan @Provincie maken", ["Provincie Overijssel"], "Plan maken"),
        ("Plan @provincie, snel", ["Provincie Overijssel"], "Plan, snel"),
        ("Plan @Prov.", ["Provincie Overijssel"], "Plan."),
        ("Plan @Provincie/Anne", ["Provincie Overijssel (Anne de Vries)"], "Plan"),
        ("Plan @Provincie Overijssel", ["Provincie Overijssel"], "Plan"),
        # listed outside organisations: whole names, without quotes, greedy
        ("Advies @SER Overijssel vragen", ["SER Overijssel"], "Advies vragen"),
        ("Advies @SER vragen", ["SER Overijssel"], "Advies vragen"),
        ("Wet @Ministerie van OCW", ["Ministerie van OCW"], "Wet"),
        ("Wet @Ministerie regelt", ["Ministerie van OCW"], "Wet regelt"),
        ("Geld @Rijksoverheid @SER Overijssel", ["Rijksoverheid", "SER Overijssel"], "Geld"),
        # an organisation nobody knows is still an owner, as before
        ("Geld @Waterschap", ["Waterschap"], "Geld"),
        ('Geld @"Provincie"', ["Provincie"], "Geld"),  # quotes: exactly this name
        ("Geld @P", ["P"], "Geld"),  # one letter is too short to stand for a name
        ("Geld @ Provincie", [], "Geld @ Provincie"),  # a lone "@" is text
    ],
)
def test_owners(line: str, owners: list[str], text: str) -> None:
    parsed = parse(line, CTX)
    assert [owner_label(o, CTX) for o in parsed.owners] == owners
    assert parsed.text == text
    assert parsed.problems == ()


def test_the_reported_cases() -> None:
    table = Context(PEOPLE, [], date(2026, 12, 6))
    provincie = parse("Regeling @Provincie", table)
    assert provincie.owners == (Owner("Provincie Overijssel", None),)
    ser = parse(
        "Advies @SER Overijssel", Context(PEOPLE, [], date(2026, 12, 6), ("SER Overijssel",))
    )
    assert ser.owners == (Owner("SER Overijssel", None),) and ser.text == "Advies"


@pytest.mark.parametrize(
    ("line", "words", "candidates"),
    [
        ("Plan @Gemeente doet het", "@Gemeente", ("Gemeente Enschede", "Gemeente Hengelo")),
        ("Plan @gem", "@gem", ("Gemeente Enschede", "Gemeente Hengelo")),
    ],
)
def test_an_at_that_starts_several_names_is_not_guessed(
    line: str, words: str, candidates: tuple[str, ...]
) -> None:
    parsed = parse(line, CTX)
    assert parsed.owners == ()
    assert parsed.text == line  # Enter keeps the words in the text
    assert parsed.problems == (("ambiguous_owner", words),)
    assert parsed.ambiguous == ((words, candidates),)


def test_an_ambiguous_at_does_not_stop_the_other_owners() -> None:
    parsed = parse("Plan @Gemeente @UWV tot vrijdag", CTX)
    assert parsed.owners == (Owner("UWV", None),)
    assert parsed.text == "Plan @Gemeente"
    assert parsed.due == date(2026, 12, 11)


def test_outside_organisations_complete_and_write_back_without_quotes() -> None:
    found = complete("Advies @SE", CTX)
    assert found is not None and found.suggestion == "Advies @SER Overijssel"
    found = complete("Plan @Gemeente", CTX)
    assert found is not None and found.candidates == ("Gemeente Enschede", "Gemeente Hengelo")
    line = unparse("Advies", CTX, owners=[Owner("SER Overijssel", None)])
    assert line == "Advies @SER Overijssel"
    assert parse(line, CTX).owners == (Owner("SER Overijssel", None),)
    unknown = unparse("Advies", CTX, owners=[Owner("Raad van State", None)])
    assert unknown == 'Advies @"Raad van State"'


def test_a_person_still_wins_over_an_organisation_prefix() -> None:
    parsed = parse("Plan @Anne", CTX)
    assert parsed.owners == (Owner("Provincie Overijssel", ANNE.id),)


def test_a_lead_of_another_organisation_is_kept_and_said() -> None:
    # Els is with UWV: "@Provincie/Els" keeps what was typed, and the preview says it
    parsed = parse("Plan @Provincie/Els", CTX)
    assert parsed.owners == (Owner("Provincie Overijssel", PEOPLE[3].id),)
    assert parsed.problems == (("lead_elsewhere", "Els Bos: UWV"),)
    # her own organisation, or the organisation alone: nothing to say
    assert parse("Plan @UWV/Els", CTX).problems == ()
    assert parse("Plan @Provincie/Anne", CTX).problems == ()


SURNAMES = [
    Participant(20 + n, 1, n, f"s{n}", name, org, "x")
    for n, (name, org) in enumerate(
        [
            ("Jan Jansen", "UWV"),
            ("Ayşe Ünal", "Gemeente Enschede"),
            ("Anne-Marie van der Berg", "ROC van Twente"),
            ("Karim de Boer", "Provincie Overijssel"),
            ("Pieter Smit", "Techniek Nederland"),
            ("Sanne Smit", "Werkgeversservicepunt"),
        ],
        start=1,
    )
]
AT_TABLE = Context(SURNAMES, [], date(2026, 12, 6))


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Ask X @Jansen", "Jan Jansen"),
        ("Ask X @jansen", "Jan Jansen"),
        ("Ask X @Ünal", "Ayşe Ünal"),
        ("Ask X @Unal", "Ayşe Ünal"),  # typed without its accent
        ("Ask X @van der Berg", "Anne-Marie van der Berg"),  # with its particles
        ("Ask X @Van der Berg", "Anne-Marie van der Berg"),
        ("Ask X @Berg", "Anne-Marie van der Berg"),  # without them
        ("Ask X @de Boer", "Karim de Boer"),
        ("Ask X @Boer", "Karim de Boer"),
        ("Ask X @Jan", "Jan Jansen"),  # the first name, as before
    ],
)
def test_a_surname_alone_finds_the_one_participant_at_the_table_of_that_name(
    line: str, who: str
) -> None:
    """«@Jansen» and «@Ünal» were organisations not at the table, leading the action."""
    parsed = parse(line, AT_TABLE)
    person = next(p for p in SURNAMES if p.name == who)
    assert parsed.owners == (Owner(person.organisation, person.id),)
    assert parsed.text == "Ask X" and parsed.problems == ()
    assert owner_label(parsed.owners[0], AT_TABLE) == f"{person.organisation} ({who})"


def test_a_surname_two_at_the_table_share_is_taken_as_an_ambiguous_first_name_is() -> None:
    """Two Smits at the table: «@Smit» names neither, as «@Jan» with two Jans would not."""
    smit = parse("Ask X @Smit", AT_TABLE)
    assert all(owner.participant_id is None for owner in smit.owners)
    twice = Context([*SURNAMES, Participant(40, 1, 7, "s7", "Jan Visser", "MKB", "x")])
    jan = parse("Ask X @Jan", twice)
    assert (smit.owners, smit.text) == ((Owner("Smit", None),), "Ask X")
    assert (jan.owners, jan.text) == ((Owner("Jan", None),), "Ask X")


def test_the_speaker_is_found_by_surname_too() -> None:
    parsed = parse("Goed punt ~Ünal", AT_TABLE)
    assert parsed.speaker == SURNAMES[1].id and parsed.text == "Goed punt"
