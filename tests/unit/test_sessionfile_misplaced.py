"""Session-file messages that say what is wrong: a thesaurus concept that is not a list of
words or is an empty one, and a top-level key written after a ``[[…]]`` block."""

from __future__ import annotations

import pytest

from facilitator.sessionfile import SessionFileError, parse_session_text

VALID = """\
title = "Rondetafel"
region = "Twente"
date = "dinsdag 6 oktober 2020"
start = "14:00"

[[agenda]]
title = "Opening"
minutes = 10
"""


def said(text: str, lang: str) -> str:
    with pytest.raises(SessionFileError) as info:
        parse_session_text(text, source="test.toml", lang=lang)
    return "\n".join(str(p) for p in info.value.problems)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", 'thesaurus.stage: expected a list of words, like stage = ["snuffelstage"'),
        ("nl", 'thesaurus.stage: verwacht een lijst van woorden, zoals stage = ["snuffelstage"'),
    ],
)
def test_a_concept_given_one_word_asks_for_a_list_of_words_not_a_table(
    lang: str, expected: str
) -> None:
    """Before: «expected a table of word lists, like stage = [...]»."""
    text = said(VALID + '\n[thesaurus]\nstage = "proefplaats"\n', lang)
    assert expected in text and "table" not in text and "tabel" not in text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "thesaurus.leeg: is empty; expected a list of words"),
        ("nl", "thesaurus.leeg: is leeg; verwacht een lijst van woorden"),
    ],
)
def test_an_empty_list_of_words_is_said_to_be_empty(lang: str, expected: str) -> None:
    """Before: «expected a table of word lists …, got an array», of a list."""
    text = said(VALID + "\n[thesaurus]\nleeg = []\n", lang)
    assert expected in text and "array" not in text and "lijst)" not in text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "agenda[1].facilitator: 'facilitator' belongs at the top of the file, before "),
        ("nl", "agenda[1].facilitator: 'facilitator' hoort bovenaan het bestand, vóór het eerste"),
    ],
)
def test_a_top_level_key_after_a_block_is_said_to_belong_at_the_top(
    lang: str, expected: str
) -> None:
    """Before: «agenda[1].facilitator: unknown key 'facilitator'; expected one of: title…»."""
    text = said(VALID + 'facilitator = "Eva Jansen"\n', lang)
    assert expected in text, text
    assert "unknown key" not in text and "onbekende sleutel" not in text
