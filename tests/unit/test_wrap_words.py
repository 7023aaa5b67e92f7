"""Titles on narrow columns: broken between words, a word too long with a hyphen."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from facilitator.tui.text import wrap_words


def test_words_that_fit_go_to_the_next_line_whole() -> None:
    assert wrap_words("Stage- en bbl-plaatsen provinciebreed", 15) == [
        "Stage- en",
        "bbl-plaatsen",
        "provinciebreed",
    ]


def test_a_word_longer_than_the_line_breaks_before_a_syllable_with_a_hyphen() -> None:
    assert wrap_words("Leven lang ontwikkelen en loopbaanbegeleiding", 15) == [
        "Leven lang",
        "ontwikkelen en",
        "loopbaanbege-",
        "leiding",
    ]
    assert wrap_words("Afsluiting en vervolgafspraken", 15) == [
        "Afsluiting en",
        "vervolgafspra-",
        "ken",
    ]


def test_a_word_with_hyphens_of_its_own_breaks_after_one() -> None:
    assert wrap_words("mbo-studenten-begeleiding", 15) == ["mbo-studenten-", "begeleiding"]


def test_a_word_without_a_syllable_to_break_at_breaks_where_the_line_ends() -> None:
    assert wrap_words("x" * 20, 8) == ["xxxxxxx-", "xxxxxxx-", "xxxxxx"]


@given(st.text(alphabet="ab ié-", max_size=60), st.integers(min_value=4, max_value=30))
def test_every_line_fits_and_only_hyphens_are_added(text: str, width: int) -> None:
    lines = wrap_words(text, width)
    assert all(cell_len(line) <= width for line in lines)
    assert all(line == line.strip() for line in lines)
    # what is shown is what was typed, with a hyphen put in here and there
    typed, shown = "".join(text.split()), "".join("".join(lines).split())
    at = 0
    for char in shown:
        if at < len(typed) and char == typed[at]:
            at += 1
        else:
            assert char == "-", (lines, text)
    assert at == len(typed)
