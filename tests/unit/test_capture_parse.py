"""The capture line's syntax: owners, tags, due dates and the speaker, parsed inline."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.capture import Context, complete, format_due, owner_label, parse, unparse
from facilitator.domain.model import Owner, Participant

TODAY = date(2020, 10, 6)  # a Tuesday

PEOPLE = [
    Participant(10 + n, 1, n, f"p{n}", name, org, "x")
    for n, (name, org) in enumerate(
        [
            ("Anne de Vries", "ROC van Twente"),
            ("Els Bos", "UWV"),
            ("Karim Aziz", "Gemeente Enschede"),
            ("Joop Mulder", "Bouwend Nederland"),
            ("Fatma Yıldız", "Saxion"),
            ("Gerrit Kamphuis", "Gemeente Hengelo"),
        ],
        start=1,
    )
]
CTX = Context(PEOPLE, ["stage", "bbl", "leven lang"], TODAY)
ELS, KARIM, FATMA = PEOPLE[1], PEOPLE[2], PEOPLE[4]


def owners(line: str) -> list[str]:
    return [owner_label(o, CTX) for o in parse(line, CTX).owners]


# -- the design's example ---------------------------------------------------------------------


def test_the_capture_line_of_the_design() -> None:
    p = parse("Matchpunt stage/bbl opzetten @UWV/Els Bos #stage tot vr 30 okt", CTX)
    assert p.text == "Matchpunt stage/bbl opzetten"
    assert p.owners == (Owner("UWV", ELS.id),)
    assert p.tags == ("stage",) and p.new_tags == ()
    assert p.due == date(2020, 10, 30)
    assert not p.speaker_set and p.problems == ()


# -- owners -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("x @UWV", ["UWV"]),
        ("x @Els", ["UWV (Els Bos)"]),  # a participant implies their organisation
        ("x @els bos", ["UWV (Els Bos)"]),  # case does not matter
        ("x @UWV/Els", ["UWV (Els Bos)"]),
        ("x @UWV @UWV/Els", ["UWV (Els Bos)"]),  # the named lead subsumes the organisation
        ("x @Gemeente Enschede @Gemeente Hengelo", ["Gemeente Enschede", "Gemeente Hengelo"]),
        ("x @Fatma Yildiz", ["Saxion (Fatma Yıldız)"]),  # accents do not matter
        ("x @Rijksoverheid, ok", ["Rijksoverheid"]),  # not at the table: still an owner
        ('x @"Ministerie van OCW"', ["Ministerie van OCW"]),
        ("x @UWV/Piet", ["UWV/Piet"]),  # an unknown lead stays readable
    ],
)
def test_owners(line: str, expected: list[str]) -> None:
    assert owners(line) == expected


def test_owner_text_is_cut_with_its_blank() -> None:
    assert parse("@UWV regelt het", CTX).text == "regelt het"
    assert parse("Loket @Els voor flex", CTX).text == "Loket voor flex"
    assert parse("x @Rijksoverheid, ok", CTX).text == "x, ok"


def test_an_at_inside_a_word_or_markup_is_text() -> None:
    for line in ("mail jan@uwv.nl", "[@click=app.quit]klik", "x @ y"):
        assert parse(line, CTX).text == line
        assert parse(line, CTX).owners == ()


@pytest.mark.parametrize(
    ("line", "expected", "text"),
    [
        # after an opening bracket: the marker and its brackets leave the text
        ("Matchpunt opzetten (@UWV)", ["UWV"], "Matchpunt opzetten"),
        ("a(@UWV)", ["UWV"], "a"),
        ("(@UWV)", ["UWV"], ""),
        ("Plan [@UWV] maken", ["UWV"], "Plan maken"),
        ("Plan {@Els}.", ["UWV (Els Bos)"], "Plan."),
        ('Plan "@UWV" of «@Saxion»', ["UWV", "Saxion"], "Plan of"),
        ("Plan (@Rijksoverheid), snel", ["Rijksoverheid"], "Plan, snel"),
        ("Plan (@UWV/Els)", ["UWV (Els Bos)"], "Plan"),
        ("Plan (@UWV, @Saxion tot vrijdag) nu", ["UWV", "Saxion"], "Plan nu"),
        # brackets that hold more than markers stay, with the words
        ("Plan (@UWV voor bbl)", ["UWV"], "Plan (voor bbl)"),
        # after a separator, and a separator after it
        ("Plan @UWV,", ["UWV"], "Plan,"),
        ("Plan @UWV, @Saxion", ["UWV", "Saxion"], "Plan"),
        ("Plan @UWV,@Saxion;@Els", ["Saxion", "UWV (Els Bos)"], "Plan"),
        ("Trekker:@UWV", ["UWV"], "Trekker:"),
    ],
)
def test_an_owner_in_brackets_or_after_punctuation(
    line: str, expected: list[str], text: str
) -> None:
    """``(@UWV)`` and ``a(@UWV)`` stayed text (an ``@`` counted only after a blank)."""
    p = parse(line, CTX)
    assert [owner_label(o, CTX) for o in p.owners] == expected
    assert p.text == text


@pytest.mark.parametrize(
    ("line", "tags", "speaker", "text"),
    [
        ("Te weinig plekken (#stage)", ("stage",), None, "Te weinig plekken"),
        ("Te weinig plekken [#stage, #bbl]", ("stage", "bbl"), None, "Te weinig plekken"),
        ("Goed punt (~3)", (), KARIM.id, "Goed punt"),
        ("Goed punt [~Karim].", (), KARIM.id, "Goed punt."),
        ("Goed punt ~3.", (), KARIM.id, "Goed punt."),
        ("Goed punt,~3", (), KARIM.id, "Goed punt,"),
    ],
)
def test_a_tag_or_speaker_in_brackets_or_after_punctuation(
    line: str, tags: tuple[str, ...], speaker: int | None, text: str
) -> None:
    p = parse(line, CTX)
    assert p.tags == tags and p.text == text
    assert p.speaker_set == (speaker is not None) and p.speaker == speaker


@pytest.mark.parametrize(
    "line",
    [
        "mail jan@uwv.nl",
        "mail (jan@uwv.nl)",
        "mail <jan.de.vries@uwv.nl>, of [els@uwv.nl]",
        "[@click=app.quit]klik",  # markup: the bracket does not end a word
        "[#ff0000]rood[/]",
        "C# en (C#)",
        "punt (#1)",
        "x @ y (@ )",
        "ca. (~)",
    ],
)
def test_an_address_markup_or_a_lone_marker_in_brackets_stays_text(line: str) -> None:
    p = parse(line, CTX)
    assert p.text == line
    assert p.owners == () and p.tags == () and not p.speaker_set


def test_completion_after_an_opening_bracket() -> None:
    found = complete("Plan (@Gem", CTX)
    assert found is not None and found.suggestion == "Plan (@Gemeente Enschede"
    assert complete("Plan (#st", CTX).suggestion == "Plan (#stage"  # type: ignore[union-attr]
    assert complete("mail (jan@uw", CTX) is None


# -- tags -------------------------------------------------------------------------------------


def test_tags_known_and_new() -> None:
    p = parse("Te weinig #Stage plekken #nieuw #Nieuw #leven-lang", CTX)
    assert p.text == "Te weinig plekken"
    assert p.tags == ("stage", "nieuw", "leven lang")
    assert p.new_tags == ("nieuw",)


@pytest.mark.parametrize("line", ["# Kop", "## Kop", "punt #1", "C#", "a#b"])
def test_markdown_and_numbers_are_not_tags(line: str) -> None:
    assert parse(line, CTX).tags == ()
    assert parse(line, CTX).text == line


@pytest.mark.parametrize(
    ("line", "tags", "text"),
    [
        # a "#" word that runs on into other characters is text, as typed
        ("the #bbl's problem", (), "the #bbl's problem"),
        ("price #bbl€5 now", (), "price #bbl€5 now"),
        ("TAGTEST #tag|pipe #ünïcode #a*b", ("ünïcode",), "TAGTEST #tag|pipe #a*b"),
        ("taal #C++ en #bbl- of #stage/ nu", (), "taal #C++ en #bbl- of #stage/ nu"),
        ("de #bbl’s en (#bbl's) #stage.nl", (), "de #bbl’s en (#bbl's) #stage.nl"),
        # a tag ends at a blank, a separator, a closing bracket or quote, or a full stop
        ("Plekken #stage. Verder", ("stage",), "Plekken. Verder"),
        ("Plekken #stage, #bbl! en #leven-lang?", ("stage", "bbl", "leven lang"), "Plekken! en?"),
        ('Plekken "#stage/bbl" nu', ("stage/bbl",), "Plekken nu"),
    ],
)
def test_a_tag_ends_where_its_word_ends(line: str, tags: tuple[str, ...], text: str) -> None:
    """``the #bbl's problem`` was saved as «the's problem»: the tag stopped at the ``'``
    and went out of the text with the blank before it, gluing the words around it."""
    p = parse(line, CTX)
    assert (p.tags, p.text) == (tags, text)


@pytest.mark.parametrize(
    ("line", "expected", "text"),
    [
        # an @ word runs to the blank: the owner takes all of it, the words stay apart
        ("the @UWV's plan", ["UWV's"], "the plan"),
        ("price @UWV€5 now", ["UWV€5"], "price now"),
        # a quoted name or a bracket with text right after it: the blank stays
        ('the @"Ministerie van OCW"\'s plan', ["Ministerie van OCW"], "the 's plan"),
        ("the (@UWV)'s plan", ["UWV"], "the 's plan"),
    ],
)
def test_an_owner_taken_out_never_joins_the_words_around_it(
    line: str, expected: list[str], text: str
) -> None:
    p = parse(line, CTX)
    assert [owner_label(o, CTX) for o in p.owners] == expected
    assert p.text == text


@pytest.mark.parametrize(
    "line", ["plan tot vrijdag's nu", "plan !1nov€5 nu", "plan tot 1 nov's nu", "plan ~Els's nu"]
)
def test_a_date_or_speaker_running_on_into_a_word_stays_text(line: str) -> None:
    p = parse(line, CTX)
    assert (p.text, p.due, p.speaker_set) == (line, None, False)


# -- due dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "due"),
    [
        ("tot 1 nov", date(2020, 11, 1)),
        ("by 2020-11-01", date(2020, 11, 1)),
        ("by Nov 1", date(2020, 11, 1)),
        ("by November 1st, 2021", date(2021, 11, 1)),
        ("tot vrijdag", date(2020, 10, 9)),
        ("by next Friday", date(2020, 10, 9)),
        ("tot dinsdag", date(2020, 10, 13)),  # today is Tuesday: the next one
        ("!1-11", date(2020, 11, 1)),
        ("!1nov", date(2020, 11, 1)),
        ("t/m 1-11", date(2020, 11, 1)),
        ("tot en met 1-11-2021", date(2021, 11, 1)),
        ("uiterlijk 15/12/20", date(2020, 12, 15)),
        ("tot vr 30 okt", date(2020, 10, 30)),
        ("tot 1 sep", date(2021, 9, 1)),  # already past this year: next year
        ("tot eind november", date(2020, 11, 30)),
        ("by end of February", date(2021, 2, 28)),
        ("tot morgen", date(2020, 10, 7)),
        ("by tomorrow", date(2020, 10, 7)),
        ("binnen 2 weken", date(2020, 10, 20)),
        ("within 3 months", date(2021, 1, 6)),
        ("deadline 1 maart", date(2021, 3, 1)),
    ],
)
def test_due_dates(words: str, due: date) -> None:
    p = parse(f"Matchpunt {words}", CTX)
    assert (p.due, p.text) == (due, "Matchpunt")


@pytest.mark.parametrize(
    "line",
    [
        "tot zo",  # "see you soon", not Sunday
        "we zagen dat in 2 weken",
        "open tot 10.30 uur",  # a time, not 10 March
        "voor 2 jongeren",
        "tot 2 jaar",
        "by the way",
    ],
)
def test_ordinary_words_are_not_dates(line: str) -> None:
    p = parse(line, CTX)
    assert (p.due, p.text, p.problems) == (None, line, ())


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("x tot 31 nov", "bad_date"),
        ("x tot vr 31 okt", "weekday_mismatch"),  # 31 October 2020 is a Saturday
        ("x tot 1 nov tot 2 nov", "second_date"),
    ],
)
def test_a_doubtful_date_is_reported_and_stays_text(line: str, problem: str) -> None:
    p = parse(line, CTX)
    assert problem in [key for key, _ in p.problems]
    assert "tot" in p.text


def test_decisions_notes_and_questions_keep_owners_and_dates_as_text() -> None:
    p = parse("Afgesproken @UWV tot vrijdag #stage", CTX, board=False)
    assert p.text == "Afgesproken @UWV tot vrijdag"
    assert (p.owners, p.due, p.tags) == ((), None, ("stage",))


def test_format_due() -> None:
    assert format_due(date(2020, 10, 30), "nl", TODAY) == "vr 30 okt"
    assert format_due(date(2021, 10, 29), "en", TODAY) == "Fri 29 Oct 2021"


# -- speaker ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "speaker"),
    [("x ~3", KARIM.id), ("x ~Karim", KARIM.id), ("~Fatma Yıldız x", FATMA.id), ("x ~-", None)],
)
def test_speaker(line: str, speaker: int | None) -> None:
    p = parse(line, CTX)
    assert p.speaker_set and p.speaker == speaker and p.text == "x"


def test_a_speaker_that_does_not_exist_stays_text() -> None:
    p = parse("ca. ~30 mensen", CTX)
    assert not p.speaker_set and p.text == "ca. ~30 mensen"
    assert p.problems == (("unknown_speaker", "~30"),)


COMPOSED, DECOMPOSED = "Renée Decomp", "Rene\u0301e Decomp"  # é one character, or e + accent


@pytest.mark.parametrize("stored", [COMPOSED, DECOMPOSED])
@pytest.mark.parametrize(
    "typed", ["Renée", "Rene\u0301e", "renee", "Renée Decomp", "Rene\u0301e decomp"]
)
def test_a_name_is_found_whichever_way_its_accents_are_written(stored: str, typed: str) -> None:
    """A walk-in whose name came with its accent as a separate mark (from a Mac or a PDF) is
    found by the name typed with an ordinary «é», and the other way round; what is taken out
    of the line is exactly the name as typed. Before, «~Renée» was no participant and
    «@Renée» an organisation not at the table."""
    rene = Participant(20, 1, 7, "added-1", stored, "Gemeente Almelo", "gemeente")
    table = Context([*PEOPLE, rene], ["stage"], TODAY)
    p = parse(f"Doe iets @{typed} ~{typed}: #stage", table)
    assert p.problems == ()
    assert p.owners == (Owner("Gemeente Almelo", rene.id),)
    assert p.speaker == rene.id
    assert p.text == "Doe iets:"
    said = parse(f"~{typed}, zegt ja", table)
    assert (said.speaker, said.text) == (rene.id, ", zegt ja")


@pytest.mark.parametrize("stored", [COMPOSED, DECOMPOSED])
@pytest.mark.parametrize("typed", ["René", "Rene\u0301", "Rene", "Ren"])
def test_a_name_completes_with_each_accent_once(stored: str, typed: str) -> None:
    """Tab after «~René» gives her whole name with one accent on each «e» typed with one,
    whichever way the name and the line were composed; before, «René» and a name stored
    with a separate accent gave «René́e Decomp», two accents on one letter."""
    rene = Participant(20, 1, 7, "added-1", stored, "Gemeente Almelo", "gemeente")
    found = complete(f"x ~{typed}", Context([*PEOPLE, rene], [], TODAY))
    assert found is not None and found.suggestion is not None
    assert found.suggestion.startswith(f"x ~{typed}")
    shown = unicodedata.normalize("NFC", found.suggestion)
    assert not any(unicodedata.combining(ch) for ch in shown)  # no letter with two accents
    if typed != "Rene":  # an «e» typed without its accent stays as typed
        assert shown == "x ~Renée Decomp"
    assert parse(found.suggestion, Context([*PEOPLE, rene], [], TODAY)).speaker == rene.id


# -- completion -------------------------------------------------------------------------------


def test_completion() -> None:
    found = complete("x @Gem", CTX)
    assert found is not None
    assert found.candidates == ("Gemeente Enschede", "Gemeente Hengelo")
    assert found.suggestion == "x @Gemeente Enschede"
    assert complete("x @UWV/", CTX).suggestion == "x @UWV/Els Bos"  # type: ignore[union-attr]
    assert complete("x #st", CTX).suggestion == "x #stage"  # type: ignore[union-attr]
    assert complete("x #lev", CTX).suggestion == "x #leven-lang"  # type: ignore[union-attr]
    assert complete("x ~Kar", CTX).suggestion == "x ~Karim Aziz"  # type: ignore[union-attr]
    assert complete("x #stage ", CTX) is None
    assert complete("x #stage", CTX) is None  # already complete
    assert complete("x ~", CTX).candidates[0] == "1 Anne de Vries"  # type: ignore[union-attr]
    assert complete("jan@uw", CTX) is None


# -- properties -------------------------------------------------------------------------------

TRIGGER_FREE = st.text(
    alphabet=st.characters(blacklist_characters="@#~!", blacklist_categories=["Cs"]),
    max_size=300,
)


@given(st.text(max_size=400))
@settings(max_examples=300)
def test_any_text_parses_without_error(line: str) -> None:
    p = parse(line, CTX)
    assert len(p.text) <= len(line)
    if not p.spans:
        assert p.text == line  # nothing recognised: the text is exactly what was typed


@given(TRIGGER_FREE)
@settings(max_examples=300)
def test_text_without_triggers_or_date_words_is_kept_exactly(line: str) -> None:
    p = parse(line, CTX)
    if p.due is None:
        assert p.text == line


@given(
    title=st.text(
        alphabet=st.characters(blacklist_characters="@#~!", blacklist_categories=("Cs", "Z", "C")),
        min_size=1,
        max_size=40,
    ),
    who=st.lists(st.sampled_from(PEOPLE), max_size=3, unique_by=lambda p: p.id),
    orgs=st.lists(st.sampled_from(["UWV", "Rijksoverheid", "Ministerie van OCW"]), max_size=2),
    tags=st.lists(
        st.sampled_from(["stage", "bbl", "leven lang", "nieuw"]), max_size=3, unique=True
    ),
    due=st.one_of(st.none(), st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1))),
)
def test_unparse_parses_back(
    title: str, who: list[Participant], orgs: list[str], tags: list[str], due: date | None
) -> None:
    wanted = [Owner(p.organisation, p.id) for p in who] + [Owner(o) for o in orgs]
    line = unparse(title, CTX, owners=wanted, tags=tags, due=due, lang="nl")
    p = parse(line, CTX)
    assert (p.text, p.tags, p.due) == (title, tuple(tags), due)
    led = {o.organisation for o in wanted if o.participant_id is not None}
    expected = [o for o in wanted if o.participant_id is not None or o.organisation not in led]
    assert sorted(map(repr, p.owners)) == sorted(set(map(repr, expected)))


@given(st.text(max_size=60))
def test_a_suggestion_always_extends_what_was_typed(line: str) -> None:
    found = complete(line, CTX)
    if found is not None and found.suggestion is not None:
        assert found.suggestion.startswith(line)


def test_today_is_passed_in_not_read_from_the_clock() -> None:
    later = Context(PEOPLE, [], datetime(2021, 12, 31, tzinfo=UTC).date())
    assert parse("x tot 1 jan", later).due == date(2022, 1, 1)
