"""The shared text helpers: matching, one line, printable, and the minutes' cleaning."""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.export.escape import escape_heading, escape_line
from facilitator.text import (
    clean_lines,
    cut,
    field_paste,
    fold,
    free_line,
    join_lines,
    name_line,
    one_line,
    printable,
    screen_block,
    screen_line,
    tag_key,
    typed_line,
)

EVERY_CHARACTER = "".join(chr(code) for code in range(sys.maxunicode + 1))


# -- fold: for matching ------------------------------------------------------------------------


def test_fold_ignores_case_accents_and_look_alike_letters() -> None:
    assert fold("Çelik-Yıldız") == "celik-yildiz"
    assert fold("ØSTERGÅRD") == fold("østergård") == "ostergard"
    assert fold("Łódź") == "lodz"
    assert fold("Đorđe") == fold("ĐORĐE") == "dorde"
    assert fold("İstanbul") == "istanbul"
    assert fold("Straße") == "strasse"
    assert fold("ﬁets") == "fiets"


def test_what_is_typed_without_accents_finds_the_name() -> None:
    assert fold("yildiz") in fold("Derya Yıldız")
    assert fold("Gunes") in fold("Güneş Bakker")


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_plain_ascii_folds_as_any_other_text(text: str) -> None:
    """Text of plain ASCII (most titles: the board's filter folds every card's at each
    letter typed) folds as it does with an accented letter after it."""
    assert fold(text) + "e" == fold(text + "é")


# -- tag_key: for comparing tags ---------------------------------------------------------------


def test_tags_compare_without_case_accents_or_separators() -> None:
    assert tag_key("Stage_plaats") == tag_key("stage-plaats") == tag_key("  Stage   plaats ")
    assert tag_key("Stage_plaats") == "stage-plaats"
    assert tag_key("bbl") != tag_key("bol")


# -- one_line and cut ----------------------------------------------------------------------


def test_one_line_collapses_every_kind_of_blank() -> None:
    assert one_line("  Stage-\n en\tbbl\r\nplaatsen \u2028 nu\u00a0 ") == (
        "Stage- en bbl plaatsen nu"
    )


def test_one_line_cuts_with_an_ellipsis_inside_the_limit() -> None:
    assert one_line("abcdef", 4) == "abc…"
    assert one_line("abcd", 4) == "abcd"
    assert one_line("a\n\nb", None) == "a b"


def test_cut_keeps_within_the_limit() -> None:
    assert cut("abcdef", 1) == "…"
    assert cut("abcdef", 6) == "abcdef"
    assert cut("abc", None) == "abc"


# -- printable: for a terminal ----------------------------------------------------------------


def test_printable_replaces_exactly_the_controls_separators_and_surrogates() -> None:
    replaced = {"Cc", "Cs", "Zl", "Zp"}
    shown = printable(EVERY_CHARACTER)
    assert len(shown) == len(EVERY_CHARACTER)
    for original, out in zip(EVERY_CHARACTER, shown, strict=True):
        if unicodedata.category(original) in replaced:
            assert out == "\ufffd", hex(ord(original))
        else:
            assert out == original, hex(ord(original))


def test_printable_keeps_emoji_joiners_and_right_to_left_marks() -> None:
    family = "👩\u200d👩\u200d👧"
    assert printable(family) == family
    assert printable("\u200fמימין\u200f") == "\u200fמימין\u200f"
    assert printable("\x1b[31mrood\x07") == "\ufffd[31mrood\ufffd"


def test_printable_keeps_what_it_is_told_to_keep() -> None:
    assert printable("a\nb\tc\x00", keep="\n") == "a\nb\ufffdc\ufffd"


def test_screen_line_is_one_printable_line() -> None:
    assert screen_line("[bold]x[/]\n\x1b y", 20) == "[bold]x[/] \ufffd y"
    assert screen_line("a" * 10, 5) == "aaaa…"


def test_screen_block_keeps_line_breaks_and_expands_tabs() -> None:
    assert screen_block("a\r\nb\rc\td\x07") == "a\nb\nc    d\ufffd"
    assert screen_block("x" * 10, 4) == "xxx…"


# -- the minutes: clean_lines and join_lines --------------------------------------------------


def _clean_by_category(text: str) -> str:
    """The reference: the character-by-character definition of :func:`clean_lines`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch == "\n":
            out.append(ch)
        elif category in ("Cc", "Zl", "Zp"):
            out.append(" ")
        elif category == "Cs" or ch in "\ufffe\uffff":  # no XML characters (Word)
            out.append("\ufffd")
        else:
            out.append(ch)
    lines = (line.strip() for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


def test_clean_lines_treats_every_character_as_its_category_says() -> None:
    assert clean_lines(EVERY_CHARACTER) == _clean_by_category(EVERY_CHARACTER)


@given(st.text(max_size=300))
@settings(max_examples=300)
def test_clean_lines_matches_the_definition(text: str) -> None:
    assert clean_lines(text) == _clean_by_category(text)


def test_clean_lines_normalises_breaks_and_drops_empty_lines() -> None:
    assert clean_lines("  eerste\r\n\r\n\x00 tweede\u2028derde \r") == "eerste\ntweede derde"


def test_join_lines_puts_the_lines_on_one_line() -> None:
    assert join_lines("eerste\n\n tweede \r\nderde") == "eerste / tweede / derde"
    assert join_lines("a\nb", " | ") == "a | b"


# -- names, free text and pastes into a field of one line ----------------------------------------


def test_a_name_keeps_no_control_character_and_no_other_space() -> None:
    assert name_line(" Kees \x1b[1mKleur\x1b[0m\x07\n de\xa0Vries ") == "Kees [1mKleur[0m de Vries"


def test_free_text_keeps_the_spaces_that_join_words() -> None:
    assert free_line(" Org\t 10\xa0km\n1\u202f000 \x1b[1m\u3000x\xa0") == (
        "Org 10\xa0km 1\u202f000 [1m\u3000x"
    )


@given(st.text(max_size=80))
@settings(max_examples=300)
def test_names_free_text_and_pastes_have_no_control_character(text: str) -> None:
    for cleaned in (name_line(text), free_line(text), field_paste(text)):
        assert printable(cleaned) == cleaned
        assert "\n" not in cleaned
    assert name_line(free_line(text)) == name_line(text)


def test_a_paste_into_a_field_of_one_line_joins_its_lines() -> None:
    assert field_paste("Jan de Vries\r\n\r\n van Dam \n") == "Jan de Vries van Dam"
    assert field_paste(" één regel\n") == " één regel"
    assert field_paste("a\tb \x1b[1mvet\x1b[0m\u2028c") == "a b [1mvet[0m c"


def test_a_line_typed_at_a_question_keeps_no_key_sent_as_characters() -> None:
    """Without line editing an arrow key reaches the answer as ESC [ D: before, it was kept
    (``Titel^[[DX``) and wrote a raw escape byte into the session file."""
    assert typed_line("Titel\x1b[DX") == "TitelX"
    assert typed_line("Twen\x1b[D\x1b[DX\x1b[A") == "TwenX"
    assert typed_line(" Tafel\x07 \x1bOP\x1b[1;5C twee\x1b[3~\t drie\x7f ") == "Tafel twee drie"
    assert typed_line("\x1bnu") == "nu"  # Esc, then a letter typed: the letter stays
    assert typed_line("Zwolle\ud83c 10\xa0km") == "Zwolle 10 km"


@given(st.text(max_size=80))
@settings(max_examples=300)
def test_a_line_typed_has_no_control_character(text: str) -> None:
    typed = typed_line(text)
    assert printable(typed) == typed
    assert typed == " ".join(typed.split())


def _escape_line_by_character(line: str, all_hashes: bool = False) -> str:
    """The reference: one cleaned line escaped for Markdown, character by character."""
    out = "".join(
        "\\" + ch if ch in "\\`*_[]<>|~$" or (all_hashes and ch == "#") else ch for ch in line
    )
    out = re.sub(r"&(?=#?[A-Za-z0-9]+;)", r"\\&", out)
    if out and out[0] in "#>-+=":
        return "\\" + out
    return re.sub(r"^(\d{1,9})([.)])", r"\1\\\2", out)


@given(st.text(alphabet="ab #*_[]<>|~$`\\&;1.)-+=x\n", max_size=60))
@settings(max_examples=300)
def test_markdown_escaping_escapes_each_punctuation_mark(text: str) -> None:
    line = join_lines(text)
    assert escape_line(text) == _escape_line_by_character(line)
    assert escape_heading(text) == _escape_line_by_character(line, all_hashes=True)


def test_markdown_escaping_of_a_line() -> None:
    assert escape_line("*vet* | 1. #kop &amp;") == "\\*vet\\* \\| 1. #kop \\&amp;"
    assert escape_heading("# kop #2") == "\\# kop \\#2"
