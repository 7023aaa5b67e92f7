"""The capture line's preview says when a named lead is with another organisation."""

from __future__ import annotations

from datetime import date

import pytest
from textual.color import Color

from facilitator.capture import Context, parse
from facilitator.domain.model import Kind, Participant
from facilitator.tui.widgets.capture_input import preview

PEOPLE = [
    Participant(11, 1, 1, "p1", "Anne de Vries", "Provincie Overijssel", "x"),
    Participant(12, 1, 2, "p2", "Els Bos", "UWV", "x"),
]
CTX = Context(PEOPLE, [], date(2026, 12, 6))
COLOURS = {kind: Color.parse("#808080") for kind in Kind}


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "⚠ trekker «Els Bos: UWV», niet van die organisatie"),
        ("en", "⚠ lead “Els Bos: UWV”, not of that organisation"),
    ],
)
def test_the_preview_says_so_in_both_languages(lang: str, said: str) -> None:
    shown = preview(parse("Plan @Provincie/Els", CTX), None, CTX, lang=lang, colours=COLOURS)
    assert said in shown.plain
    quiet = preview(parse("Plan @UWV/Els", CTX), None, CTX, lang=lang, colours=COLOURS)
    assert "⚠" not in quiet.plain
