"""Due dates on the capture line, read relative to the day of the meeting, in both languages.

Each phrase is taken out of the text whole (``tot volgende week vrijdag`` used
to leave "vrijdag" behind and give Wednesday 9 December), and a date before
the meeting day is marked in the preview, on the board and in the check
before closing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.capture import Context, parse
from facilitator.capture.parsing import read_due
from facilitator.domain.board import past_due, past_due_cards
from facilitator.domain.gaps import GapKind, gaps
from facilitator.domain.model import Card, Column
from facilitator.i18n.names import MONTHS

WEDNESDAY = date(2026, 12, 2)  # the meeting of the report
SUNDAY = date(2026, 12, 6)
_MOMENT = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)


def due(line: str, today: date) -> tuple[date | None, str]:
    parsed = parse(line, Context(today=today))
    assert parsed.problems == (), parsed.problems
    return parsed.due, parsed.text


DUTCH = [
    # a weekday of a week: this one (0), the next (1), or in two weeks
    ("tot volgende week vrijdag", WEDNESDAY, date(2026, 12, 11)),
    ("tot volgende week vrijdag", SUNDAY, date(2026, 12, 11)),
    ("tot vrijdag volgende week", WEDNESDAY, date(2026, 12, 11)),
    ("tot komende week op dinsdag", WEDNESDAY, date(2026, 12, 8)),
    ("tot vrijdag van volgende week", SUNDAY, date(2026, 12, 11)),
    ("tot vrijdag over twee weken", WEDNESDAY, date(2026, 12, 18)),
    ("uiterlijk over 2 weken vrijdag", SUNDAY, date(2026, 12, 18)),
    ("tot deze week vrijdag", WEDNESDAY, date(2026, 12, 4)),
    ("tot volgende week vr", WEDNESDAY, date(2026, 12, 11)),
    # a weekday alone: the first after today
    ("tot vrijdag", WEDNESDAY, date(2026, 12, 4)),
    ("tot volgende vrijdag", WEDNESDAY, date(2026, 12, 4)),
    ("tot vrijdag", SUNDAY, date(2026, 12, 11)),
    # a part of a month: the 10th, the 15th, the last day; the next such month to come
    ("tot eind november", date(2026, 11, 2), date(2026, 11, 30)),
    ("tot eind november", WEDNESDAY, date(2027, 11, 30)),
    ("tot einde december", WEDNESDAY, date(2026, 12, 31)),
    ("tot begin januari", WEDNESDAY, date(2027, 1, 10)),
    ("tot half januari", WEDNESDAY, date(2027, 1, 15)),
    ("tot medio maart 2027", WEDNESDAY, date(2027, 3, 15)),
    ("uiterlijk eind februari 2028", WEDNESDAY, date(2028, 2, 29)),
    # a part of this or the next week, month or year
    ("tot eind volgende week", WEDNESDAY, date(2026, 12, 11)),
    ("tot begin volgende week", SUNDAY, date(2026, 12, 7)),
    ("tot eind deze maand", WEDNESDAY, date(2026, 12, 31)),
    ("tot het eind van de maand", WEDNESDAY, date(2026, 12, 31)),
    ("deadline begin volgende maand", WEDNESDAY, date(2027, 1, 10)),
    ("tot eind dit jaar", WEDNESDAY, date(2026, 12, 31)),
    ("tot eind volgend jaar", WEDNESDAY, date(2027, 12, 31)),
    # quarters: the last day, the next to come
    ("tot Q1", WEDNESDAY, date(2027, 3, 31)),
    ("tot eind Q4", WEDNESDAY, date(2026, 12, 31)),
    ("tot Q3 2027", WEDNESDAY, date(2027, 9, 30)),
    ("tot het eerste kwartaal", WEDNESDAY, date(2027, 3, 31)),
    ("uiterlijk eind tweede kwartaal 2027", WEDNESDAY, date(2027, 6, 30)),
    # counts
    ("uiterlijk over een maand", WEDNESDAY, date(2027, 1, 2)),
    ("tot over 2 weken", WEDNESDAY, date(2026, 12, 16)),
    ("tot over twee weken", WEDNESDAY, date(2026, 12, 16)),
    ("binnen drie dagen", WEDNESDAY, date(2026, 12, 5)),
    ("binnen één week", WEDNESDAY, date(2026, 12, 9)),
    ("tot over een jaar", WEDNESDAY, date(2027, 12, 2)),
    ("tot over een maand", date(2027, 1, 31), date(2027, 2, 28)),  # relativedelta
    # and what there was
    ("tot morgen", WEDNESDAY, date(2026, 12, 3)),
    ("tot volgende week", WEDNESDAY, date(2026, 12, 9)),
    ("tot vr 11 dec", WEDNESDAY, date(2026, 12, 11)),
    ("vóór 1 jan", WEDNESDAY, date(2027, 1, 1)),
    ("tot en met 2027-01-15", WEDNESDAY, date(2027, 1, 15)),
]

ENGLISH = [
    ("by Friday next week", WEDNESDAY, date(2026, 12, 11)),
    ("by Friday next week", SUNDAY, date(2026, 12, 11)),
    ("by Friday of next week", WEDNESDAY, date(2026, 12, 11)),
    ("by next week Friday", WEDNESDAY, date(2026, 12, 11)),
    ("by Friday in two weeks", WEDNESDAY, date(2026, 12, 18)),
    ("by Friday this week", WEDNESDAY, date(2026, 12, 4)),
    ("by next Friday", WEDNESDAY, date(2026, 12, 4)),
    ("due on Friday", SUNDAY, date(2026, 12, 11)),
    ("by end of March", WEDNESDAY, date(2027, 3, 31)),
    ("by the end of March", WEDNESDAY, date(2027, 3, 31)),
    ("by early January", WEDNESDAY, date(2027, 1, 10)),
    ("by mid-January", WEDNESDAY, date(2027, 1, 15)),
    ("by the middle of January 2028", WEDNESDAY, date(2028, 1, 15)),
    ("by the end of next week", WEDNESDAY, date(2026, 12, 11)),
    ("by end of the month", WEDNESDAY, date(2026, 12, 31)),
    ("by the beginning of next month", WEDNESDAY, date(2027, 1, 10)),
    ("by the end of the year", WEDNESDAY, date(2026, 12, 31)),
    ("by Q1", WEDNESDAY, date(2027, 3, 31)),
    ("by end of Q2 2027", WEDNESDAY, date(2027, 6, 30)),
    ("by the third quarter", WEDNESDAY, date(2027, 9, 30)),
    ("due in two weeks", WEDNESDAY, date(2026, 12, 16)),
    ("due in a month", WEDNESDAY, date(2027, 1, 2)),
    ("within 10 days", WEDNESDAY, date(2026, 12, 12)),
    ("within a year", WEDNESDAY, date(2027, 12, 2)),
    ("by tomorrow", WEDNESDAY, date(2026, 12, 3)),
    ("by Fri Dec 11", WEDNESDAY, date(2026, 12, 11)),
]


@pytest.mark.parametrize(("phrase", "today", "expected"), DUTCH + ENGLISH)
def test_a_due_phrase_names_its_date_and_leaves_the_text_whole(
    phrase: str, today: date, expected: date
) -> None:
    found, text = due(f"Voorstel uitwerken {phrase}, graag", today)
    assert found == expected
    assert text == "Voorstel uitwerken, graag"
    found, text = due(f"{phrase} Voorstel uitwerken", today)
    assert (found, text) == (expected, "Voorstel uitwerken")
    found, text = due(f"Voorstel uitwerken {phrase}.", today)  # the end of a sentence
    assert (found, text) == (expected, "Voorstel uitwerken.")


@pytest.mark.parametrize(
    "line",
    [
        "Praten over 2 weken stage",  # no due word: a count is text
        "In 3 maanden tijd 40 vacatures",
        "Q1 cijfers bespreken",
        "Subsidie stopt eind november",
        "tot zo",
        "Deze week vrijdag overleg",
    ],
)
def test_without_a_due_word_a_date_phrase_stays_text(line: str) -> None:
    assert due(line, WEDNESDAY) == (None, line)


def test_a_vague_phrase_is_flagged_not_guessed() -> None:
    parsed = parse("Plan tot begin volgend jaar", Context(today=WEDNESDAY))
    assert parsed.due is None
    assert parsed.text == "Plan tot begin volgend jaar"
    assert parsed.problems == (("bad_date", "tot begin volgend jaar"),)


# -- past due dates --------------------------------------------------------------------------


def _card(card_id: int, due_on: date | None, column: Column = Column.ACTION) -> Card:
    return Card(
        card_id, 1, column, f"kaart {card_id}", float(card_id), _MOMENT, due=due_on, owners=[]
    )


def test_a_due_date_before_the_meeting_day_is_past() -> None:
    assert past_due(_card(1, date(2026, 12, 5)), SUNDAY)
    assert not past_due(_card(2, SUNDAY), SUNDAY)  # due today is not late yet
    assert not past_due(_card(3, None), SUNDAY)
    cards = [_card(1, date(2026, 12, 5)), _card(2, SUNDAY), _card(3, date(2026, 11, 1))]
    assert [c.id for c in past_due_cards(cards, SUNDAY)] == [1, 3]


def test_check_before_close_lists_past_due_dates() -> None:
    cards = [_card(1, date(2026, 12, 4)), _card(2, date(2026, 12, 11))]
    found = {g.card_id: g.kinds for g in gaps([], cards, today=SUNDAY)}
    assert GapKind.ACTION_PAST_DUE in found[1]
    assert GapKind.ACTION_PAST_DUE not in found.get(2, ())
    # a parked card stays an open point, listed once with all its reasons
    parked = [_card(1, date(2026, 12, 4))]
    parked[0].parked = True
    [only] = gaps([], parked, today=SUNDAY)
    assert GapKind.ACTION_PAST_DUE in only.kinds and GapKind.PARKED in only.kinds


# -- years as written --------------------------------------------------------------------------
# "tot 1-1-0001" was due on 1 January 2001 and "tot 1 jan 0000" on 1 January 2000: a year
# is read as it is written, and one outside the years of the app stays text, flagged.


def problem_of(line: str, today: date = WEDNESDAY) -> tuple[str, str]:
    parsed = parse(f"Plan {line}", Context(today=today))
    assert parsed.due is None, parsed.due
    assert parsed.text == f"Plan {line}"  # nothing was taken out
    [problem] = parsed.problems
    return problem


@pytest.mark.parametrize(
    "phrase",
    [
        "tot 1-1-0001",
        "tot 01/01/0001",
        "tot 1-1-0000",
        "tot 1-1-99999",
        "tot 31-12-9999",
        "tot 1-1-1899",
        "tot 1 jan 0001",
        "tot 1 januari 0000",
        "tot vr 1 jan 0001",
        "tot 1 jan 99999",
        "by Jan 1, 0001",
        "by 0001-01-01",
        "by 0000-01-01",
        "by 99999-01-01",
        "by 9999-12-31",
        "tot eind maart 0001",
        "tot medio maart 9999",
        "tot Q1 0001",
        "by Q4 2200",
        "binnen 200 jaar",
    ],
)
def test_a_year_outside_the_years_of_the_app_stays_text_and_is_flagged(phrase: str) -> None:
    assert problem_of(phrase) == ("year_range", phrase)


@pytest.mark.parametrize("phrase", ["tot 1-1-1", "tot 1-1-001", "t/m 1.2.3", "!6-10-202"])
def test_a_numeric_year_of_one_or_three_digits_is_flagged(phrase: str) -> None:
    assert problem_of(phrase) == ("short_year", phrase)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("tot 1-1-27", date(2027, 1, 1)),
        ("t/m 15/12/26", date(2026, 12, 15)),
        ("tot 1.1.00", date(2000, 1, 1)),  # past, and said so under the line
        ("tot 1-1-1900", date(1900, 1, 1)),
        ("tot 31-12-2199", date(2199, 12, 31)),
        ("tot 1 jan 2199", date(2199, 1, 1)),
    ],
)
def test_two_digits_are_this_century_and_four_are_the_year(phrase: str, expected: date) -> None:
    assert due(f"Plan {phrase}", WEDNESDAY) == (expected, "Plan")


def test_two_digits_after_a_month_name_are_text() -> None:
    # "tot 1 nov 15 mensen bellen": fifteen people, not the year 2015
    assert due("Plan tot 1 nov 15 mensen bellen", WEDNESDAY) == (
        date(2027, 11, 1),
        "Plan 15 mensen bellen",
    )


DUE_FORMS = [
    lambda d: f"tot {d.day}-{d.month}-{d.year:04d}",
    lambda d: f"t/m {d.day:02d}/{d.month:02d}/{d.year:04d}",
    lambda d: f"by {d.year:04d}-{d.month:02d}-{d.day:02d}",
    lambda d: f"tot {d.day} {MONTHS['nl'][d.month - 1]} {d.year:04d}",
    lambda d: f"by {MONTHS['en'][d.month - 1]} {d.day}, {d.year:04d}",
]


@given(
    st.integers(min_value=1, max_value=9999),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(DUE_FORMS),
)
def test_any_due_date_written_in_full_is_that_date_or_flagged(
    year: int, month: int, day: int, form: object
) -> None:
    written = date(year, month, day)
    phrase = form(written)  # type: ignore[operator]
    if 1900 <= year <= 2199:
        assert due(f"Plan {phrase}", WEDNESDAY) == (written, "Plan")
    else:
        assert problem_of(phrase) == ("year_range", phrase)


def test_the_29th_of_february_by_name_is_the_next_one_as_by_numbers() -> None:
    # "tot 29 feb" was "not a date" in a year without one, while "tot 29-2" was 2028
    assert due("Plan tot 29 feb", WEDNESDAY) == (date(2028, 2, 29), "Plan")
    assert due("Plan by Feb 29", WEDNESDAY) == (date(2028, 2, 29), "Plan")
    assert due("Plan tot 29-2", WEDNESDAY) == (date(2028, 2, 29), "Plan")
    assert problem_of("tot 29 feb 2027") == ("bad_date", "tot 29 feb 2027")


# -- impossible dates of numbers -----------------------------------------------------------------
# "tot 31-02" gave no due date and no word under the line, while "tot 31 feb" said it is not
# a date: the date was lost without notice.


@pytest.mark.parametrize(
    "phrase",
    [
        "tot 31-02",
        "tot 31-11",
        "tot 31/02",
        "!31-02",
        "tot 31.02",
        "tot 29-02-2027",
        "tot 30-02-2027",
        "t/m 31/04/27",
        "tot 0-5",
        "tot 1-13",
        "!12-25",
        "by 2027-02-30",
    ],
)
def test_an_impossible_date_of_numbers_stays_text_and_is_flagged(phrase: str) -> None:
    assert problem_of(phrase) == ("bad_date", phrase)


@pytest.mark.parametrize("line", ["open tot 10.30 uur", "tot 17.00 bereikbaar", "tot 9.45"])
def test_a_time_of_day_after_tot_is_left_alone(line: str) -> None:
    parsed = parse(line, Context(today=WEDNESDAY))
    assert (parsed.due, parsed.text, parsed.problems) == (None, line, ())


def test_a_barrier_s_passed_date_is_a_date_not_a_late_commitment() -> None:
    """The board warned '⚠ due date passed' under a barrier, while the check before closing
    and the minutes said nothing of it: only an action can be late."""
    for column in (Column.BARRIER, Column.OPPORTUNITY):
        card = _card(1, date(2026, 12, 1), column)
        assert not past_due(card, SUNDAY)
        assert all(GapKind.ACTION_PAST_DUE not in g.kinds for g in gaps([], [card], today=SUNDAY))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("tot volgende week vrijdag", date(2026, 12, 11)),
        ("volgende week", date(2026, 12, 9)),  # without the due word
        ("  by  Friday next week ", date(2026, 12, 11)),
        ("!11-12", date(2026, 12, 11)),
        ("tot 1 nov.", date(2027, 11, 1)),
    ],
)
def test_a_date_typed_on_its_own_is_read_with_or_without_its_due_word(
    typed: str, expected: date
) -> None:
    read = read_due(typed, WEDNESDAY)
    assert (read.due, read.clear, read.keeps, read.problems) == (expected, False, False, ())


@pytest.mark.parametrize("typed", ["", "  ", "tot", "tot ", "by ", "!", "uiterlijk"])
def test_nothing_typed_after_the_due_word_keeps_the_date(typed: str) -> None:
    read = read_due(typed, WEDNESDAY)
    assert read.keeps and read.due is None and not read.clear


@pytest.mark.parametrize("typed", ["geen", "tot geen", "None", "by none"])
def test_the_word_for_none_takes_the_date_away(typed: str) -> None:
    read = read_due(typed, WEDNESDAY)
    assert read.clear and read.due is None and not read.keeps


@pytest.mark.parametrize(
    ("typed", "problems"),
    [
        ("tot 31 nov", (("bad_date", "tot 31 nov"),)),
        ("tot eind voorjaar", ()),
        ("tot 1 nov en verder", ()),
        ("tot 1 jan 0001", (("year_range", "tot 1 jan 0001"),)),
        ("tot 10.30", ()),
    ],
)
def test_words_that_are_no_date_are_read_as_none(
    typed: str, problems: tuple[tuple[str, str], ...]
) -> None:
    read = read_due(typed, WEDNESDAY)
    assert read.due is None and not read.clear and not read.keeps
    assert (read.typed, read.problems) == (typed, problems)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("by 1st November", date(2027, 11, 1)),  # read as «by November 1st» was
        ("by November 1st", date(2027, 11, 1)),
        ("by the 1st of November", date(2027, 11, 1)),
        ("by 3rd December", date(2026, 12, 3)),
        ("tot 1e november", date(2027, 11, 1)),
        ("tot 2de januari", date(2027, 1, 2)),
        ("by tomorrow", date(2026, 12, 3)),
        ("tot morgen", date(2026, 12, 3)),
        # "voor" without the accent of "vóór", when a date follows it
        ("voor eind januari", date(2027, 1, 31)),
        ("voor 1 nov", date(2027, 11, 1)),
        ("voor morgen", date(2026, 12, 3)),
        ("voor vrijdag", date(2026, 12, 4)),
        ("Voor volgende week vrijdag", date(2026, 12, 11)),
    ],
)
def test_ordinal_days_and_voor_before_a_date_are_read(phrase: str, expected: date) -> None:
    found, text = due(f"Voorstel uitwerken {phrase}, graag", WEDNESDAY)
    assert (found, text) == (expected, "Voorstel uitwerken, graag")


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("Ask X by next month", "by next month"),
        ("Ask X before Christmas", "before Christmas"),
        ("Ask X by the 31st, please", "by the 31st"),
        ("Ask X by 3rd", "by 3rd"),
        ("Ask X due end of term", "due end of term"),
        ("Vraag X tot eind voorjaar", "tot eind voorjaar"),
        ("Vraag X tot juni", "tot juni"),
        ("Vraag X tot volgende maand @UWV", "tot volgende maand"),
        ("Vraag X vóór de zomervakantie", "vóór de zomervakantie"),
        ("Vraag X voor eind van het schooljaar", "voor eind van het schooljaar"),
        ("Vraag X uiterlijk Kerst", "uiterlijk Kerst"),
    ],
)
def test_a_due_word_before_a_date_that_is_not_read_is_flagged(line: str, words: str) -> None:
    """«tot eind voorjaar» and «by next month» stayed in the text with no sign that no
    date was read from them."""
    parsed = parse(line, Context(today=WEDNESDAY))
    assert parsed.due is None
    assert parsed.text == line.removesuffix(" @UWV")
    assert parsed.problems == (("unread_date", words),)


@pytest.mark.parametrize(
    "line",
    [
        "Vraag X voor de jongeren",
        "Meer stages voor de jongeren in mei",
        "Ask X by the province",
        "Ask X by phone",
        "Plekken voor 1-2 studenten",  # "voor": for, not before
        "Dat was het voor vandaag",
        "Vakantiewerk voor de zomer",
        "Leidt tot meer banen",
        "Tot slot de begroting",
        "Bellen voor half twee",  # a time of day
        "Ask X by Jan",  # a person
    ],
)
def test_ordinary_words_after_a_due_word_are_no_date_and_not_flagged(line: str) -> None:
    assert due(line, WEDNESDAY) == (None, line)


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("Loopt door tot het eind van de regel", ""),
        ("Bus vertrekt voor het eind van de dienst", ""),
        ("Ask X by the end of term", "by the end of term"),
    ],
)
def test_the_end_of_something_is_a_date_only_when_a_period_is_named(line: str, words: str) -> None:
    parsed = parse(line, Context(today=WEDNESDAY))
    assert (parsed.due, parsed.text) == (None, line)
    assert parsed.problems == ((("unread_date", words),) if words else ())
