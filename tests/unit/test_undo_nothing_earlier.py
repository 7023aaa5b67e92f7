"""An undo (a redo) refused because another window changed the same thing since says what
the next ``ctrl+z`` (``ctrl+y``) takes only when there is one to take: with every change of
the window held, it says there is nothing earlier to undo (nothing later to redo). Before,
ctrl+z said «… ctrl+z neemt nu de wijziging daarvoor» again and again, with nothing
earlier left."""

from __future__ import annotations

import pytest

from facilitator.domain.model import Kind
from facilitator.service import Services
from tests.helpers import refusal_of

NOT_UNDONE = {
    "nl": "'minuten aangepast' is niet ongedaan gemaakt: een ander venster heeft dat "
    "sindsdien veranderd. Het blijft staan",
    "en": "'minutes changed' was not undone: another window has changed it since. It stays "
    "as it is",
}
NOTHING_EARLIER = {
    "nl": "Het blijft staan. Er is niets eerder om ongedaan te maken.",
    "en": "It stays as it is. There is nothing earlier to undo.",
}
TAKES_THE_ONE_BEFORE = {
    "nl": "Het blijft staan; ctrl+z neemt nu de wijziging daarvoor.",
    "en": "It stays as it is; ctrl+z now takes the change before it.",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_with_every_change_held_ctrl_z_says_there_is_nothing_earlier(
    windows: tuple[Services, Services], lang: str
) -> None:
    chair, taker = windows
    taker.agenda.toggle_timer()
    chair.agenda.adjust_minutes(1)
    taker.agenda.adjust_minutes(1)
    for _ in range(2):  # refused, then again: still nothing earlier
        said = refusal_of(chair.history.undo).message(lang)
        assert said.startswith(NOT_UNDONE[lang]), said
        assert said.endswith(NOTHING_EARLIER[lang]), said
        assert "ctrl+z" not in said


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_with_an_earlier_change_ctrl_z_says_it_takes_that_one(
    windows: tuple[Services, Services], lang: str
) -> None:
    chair, taker = windows
    taker.agenda.toggle_timer()
    chair.notes.capture(Kind.NOTE, "Iedereen is er")
    chair.agenda.adjust_minutes(1)
    taker.agenda.adjust_minutes(1)
    said = refusal_of(chair.history.undo).message(lang)
    assert said.endswith(TAKES_THE_ONE_BEFORE[lang]), said
    assert chair.history.undo() == "capture note"  # and so it does


def test_a_redo_with_nothing_later_says_so(windows: tuple[Services, Services]) -> None:
    chair, taker = windows
    taker.agenda.toggle_timer()
    chair.agenda.adjust_minutes(1)
    chair.history.undo()
    taker.agenda.adjust_minutes(1)
    said = refusal_of(chair.history.redo).message("nl")
    assert said.endswith("Het blijft ongedaan. Er is niets later om opnieuw te doen."), said
