"""Titles on narrow columns: broken between words, a word too long before a syllable, and
nothing added: the lines hold the text as typed."""

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


def test_a_word_longer_than_the_line_breaks_before_a_syllable_without_a_hyphen() -> None:
    assert wrap_words("Leven lang ontwikkelen en loopbaanbegeleiding", 15) == [
        "Leven lang",
        "ontwikkelen en",
        "loopbaanbegelei",
        "ding",
    ]
    assert wrap_words("Afsluiting en vervolgafspraken", 15) == [
        "Afsluiting en",
        "vervolgafspra",
        "ken",
    ]


def test_a_title_is_shown_as_typed_without_a_hyphen_added() -> None:
    """A narrow agenda column showed «[link=http://x-» / «]link[/link]»: a hyphen that is
    not in the title, read as part of the address."""
    assert wrap_words("[link=http://x]link[/link]", 15) == ["[link=http://x]", "link[/link]"]


def test_a_word_with_hyphens_of_its_own_breaks_after_one() -> None:
    assert wrap_words("mbo-studenten-begeleiding", 15) == ["mbo-studenten-", "begeleiding"]


def test_a_word_without_a_syllable_to_break_at_breaks_where_the_line_ends() -> None:
    assert wrap_words("x" * 20, 8) == ["xxxxxxxx", "xxxxxxxx", "xxxx"]


@given(st.text(alphabet="ab ié-/東", max_size=60), st.integers(min_value=4, max_value=30))
def test_every_line_fits_and_holds_the_text_as_typed(text: str, width: int) -> None:
    lines = wrap_words(text, width)
    assert all(cell_len(line) <= width for line in lines)
    assert all(line == line.strip() for line in lines)
    # what is shown is what was typed, nothing added: the same words, broken between lines
    assert "".join("".join(lines).split()) == "".join(text.split()), (lines, text)
