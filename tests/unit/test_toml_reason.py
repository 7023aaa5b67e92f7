"""The TOML reader's own words, in Dutch too: in a session file's problems and a keymap's."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from facilitator.i18n.toml import _DUTCH, toml_reason
from facilitator.sessionfile import SessionFileError, parse_session_text
from facilitator.tui.keymap import load_keymap

BROKEN = {
    'title = "Ronde\n': "een tekst loopt door tot het eind van de regel",
    "title = Rondetafel\n": "ongeldige waarde (tekst hoort tussen aanhalingstekens)",
    'tags = ["stage", "bbl"\n': "lijst niet gesloten",
    'title = "a"\ntitle = "b"\n': "deze waarde staat er al",
    "[agenda\n": "']' verwacht aan het eind van een [kop]",
    "[a.b]\n[a.b]\n": "a.b staat er twee keer",
}


def reason_of(text: str) -> str:
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return re.sub(r"\s*\((at line \d+, column \d+|at end of document)\)\s*$", "", str(exc))
    raise AssertionError("valid TOML")


@pytest.mark.parametrize(("text", "dutch"), list(BROKEN.items()))
def test_the_reader_s_errors_in_dutch_and_left_as_they_are_in_english(
    text: str, dutch: str
) -> None:
    reason = reason_of(text)
    assert toml_reason(reason, "nl").startswith(dutch)
    assert toml_reason(reason, "en") == reason


def test_every_dutch_wording_takes_what_its_pattern_finds() -> None:
    for pattern, dutch in _DUTCH:
        assert dutch.format(**{name: "x" for name in pattern.groupindex})


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
    assert "Illegal character" in str(info.value.problems[0])


def test_a_keymap_s_problem_is_dutch_too(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('"board.vote" = "v\n', encoding="utf-8")
    (problem,) = load_keymap(path).problems
    assert "een tekst loopt door tot het eind van de regel" in problem.message("nl")
    assert "Illegal character" in problem.message("en")


def test_an_error_at_the_end_of_a_keymap_file_is_dutch_too(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('"board.vote" = ["v"', encoding="utf-8")
    (problem,) = load_keymap(path).problems
    assert "lijst niet gesloten" in problem.message("nl")
    assert "end of document" not in problem.message("nl")
