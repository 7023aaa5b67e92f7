"""The TOML reader's own words explained, in Dutch and English: in a session file's problems
and a keymap's."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from facilitator.i18n.toml import _WORDS, toml_reason
from facilitator.sessionfile import SessionFileError, parse_session_text
from facilitator.tui.keymap import load_keymap

BROKEN = {
    'title = "Ronde\n': (
        "een tekst loopt door tot het eind van de regel",
        "a text runs on to the end of the line (a quote is missing)",
    ),
    "title = Rondetafel\n": (
        "ongeldige waarde (tekst hoort tussen aanhalingstekens)",
        "invalid value (text goes between quotes)",
    ),
    'tags = ["stage", "bbl"\n': ("lijst niet gesloten", "list not closed"),
    'title = "a"\ntitle = "b"\n': ("deze waarde staat er al", "a key given twice"),
    "[agenda\n": (
        "']' verwacht aan het eind van een [kop]",
        "']' expected at the end of a [heading]",
    ),
    "[a.b]\n[a.b]\n": ("a.b staat er twee keer", "a.b is given twice"),
}


def reason_of(text: str) -> str:
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return re.sub(r"\s*\((at line \d+, column \d+|at end of document)\)\s*$", "", str(exc))
    raise AssertionError("valid TOML")


@pytest.mark.parametrize(("text", "words"), list(BROKEN.items()))
def test_the_reader_s_errors_explained_in_dutch_and_english(
    text: str, words: tuple[str, str]
) -> None:
    """English was left in the reader's words («Illegal character '\\n'», «Cannot
    overwrite a value»), which say nothing of a quote missing or a key given twice."""
    dutch, english = words
    reason = reason_of(text)
    assert toml_reason(reason, "nl").startswith(dutch)
    assert english in toml_reason(reason, "en")
    assert toml_reason(reason, "en") != reason


def test_every_wording_takes_what_its_pattern_finds() -> None:
    for pattern, dutch, english in _WORDS:
        names = {name: "x" for name in pattern.groupindex}
        assert dutch.format(**names) and english.format(**names)


def test_an_unknown_message_stays_as_it_is() -> None:
    assert toml_reason("Something new went wrong", "nl") == "Something new went wrong"


def test_a_session_file_s_problem_is_dutch_through_and_through() -> None:
    with pytest.raises(SessionFileError) as info:
        parse_session_text('title = "Rondetafel\nregion = "Twente"\n', "t.toml", lang="nl")
    message = str(info.value.problems[0])
    assert "geen geldige TOML in kolom" in message
    assert "een tekst loopt door tot het eind van de regel" in message
    assert "Illegal" not in message
    with pytest.raises(SessionFileError) as info:
        parse_session_text('title = "Rondetafel\n', "t.toml", lang="en")
    message = str(info.value.problems[0])
    assert "not valid TOML at column" in message
    assert "a text runs on to the end of the line (a quote is missing)" in message
    assert "Illegal" not in message


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "t.toml:3: date: 31 februari bestaat niet: februari heeft 28 dagen in 2026"),
        ("en", "t.toml:3: date: 31 February does not exist: February has 28 days in 2026"),
    ],
)
@pytest.mark.parametrize("date", ["2026-02-31", "2026-02-31T14:00", "2026-02-31 14:00:00"])
def test_an_impossible_date_without_quotes_is_said_as_in_quotes(
    lang: str, said: str, date: str
) -> None:
    """In quotes, «31 February does not exist»; without them, the reader's «Invalid date
    or datetime»."""
    text = f'title = "Rondetafel"\nregion = "Twente"\ndate = {date}\n'
    with pytest.raises(SessionFileError) as info:
        parse_session_text(text, "t.toml", lang=lang)
    assert [str(p) for p in info.value.problems] == [said]


def test_a_leap_day_without_quotes_in_a_year_without_one() -> None:
    text = 'title = "Rondetafel"\nregion = "Twente"\nagenda = [{ date = 2021-02-29 }]\n'
    with pytest.raises(SessionFileError) as info:
        parse_session_text(text, "t.toml", lang="en")
    (problem,) = info.value.problems
    assert problem.line == 3
    assert problem.message == "29 February does not exist in 2021: 2021 is not a leap year"


def test_a_keymap_s_problem_is_dutch_too(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('"board.vote" = "v\n', encoding="utf-8")
    (problem,) = load_keymap(path).problems
    assert "een tekst loopt door tot het eind van de regel" in problem.message("nl")
    assert "a text runs on to the end of the line (a quote is missing)" in problem.message("en")
    assert "Illegal character" not in problem.message("en")


def test_an_error_at_the_end_of_a_keymap_file_is_dutch_too(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('"board.vote" = ["v"', encoding="utf-8")
    (problem,) = load_keymap(path).problems
    assert "lijst niet gesloten" in problem.message("nl")
    assert "end of document" not in problem.message("nl")
