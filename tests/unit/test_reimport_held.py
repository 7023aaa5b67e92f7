"""A session file imported again into a session that has run but is not closed: who and
what left the file but was recorded stays, shown as no longer in the session file, the
same way by the console, ``list`` and the minutes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.export.jsonexport import render_json
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.service import SPEAKING
from facilitator.service.services import Services
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.widgets.speakers import who

FIRST = """slug = "proef"
title = "Proef"
region = "Twente"
date = "2020-10-06"
start = "15:00"
end = "15:15"
location = "Enschede"
language = "nl"

[[participants]]
name = "Ans de Vries"
organisation = "ROC"
sector = "onderwijs"

[[participants]]
name = "Bas Bakker"
organisation = "UWV"
sector = "uwv"

[[agenda]]
title = "Een"
minutes = 10
"""

CHANGED = (
    FIRST.replace('date = "2020-10-06"', 'date = "2020-10-07"')
    .replace(
        '[[participants]]\nname = "Ans de Vries"\norganisation = "ROC"\nsector = "onderwijs"\n\n',
        "",
    )
    .replace('"Bas Bakker"', '"Bas Bakker-Jansen"')
    .replace(
        "[[agenda]]",
        '[[participants]]\nname = "Cees Nieuw"\norganisation = "Gemeente"\n'
        'sector = "gemeente"\n\n[[agenda]]',
    )
    .replace('title = "Een"\nminutes = 10', 'title = "Twee"\nminutes = 15')
)


@pytest.fixture
def held(tmp_path: Path, store: Store, clock: FakeClock) -> Store:
    """The first file run (timer on 'Een', both had the floor, a barrier while Bas spoke),
    not closed; then the changed file imported again."""
    first, changed = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text(FIRST, encoding="utf-8")
    changed.write_text(CHANGED, encoding="utf-8")
    session = import_plan(store, load_session_file(first)).session
    services = Services.open(store, session.id, clock)
    services.agenda.toggle_timer()
    ans, bas = store.participants(session.id)
    clock.advance(minutes=2)
    services.floor.give_floor(ans.id)
    clock.advance(minutes=2)
    services.floor.give_floor(bas.id)
    clock.advance(minutes=1)
    services.notes.capture(Kind.BARRIER, "Te weinig stageplaatsen", participant_id=SPEAKING)
    services.floor.end_speech()
    clock.advance(minutes=1)
    result = import_plan(store, load_session_file(changed))
    assert (result.added, result.updated, result.removed, result.kept) == (3, 0, 0, 3)
    return store


def test_the_console_names_who_left_the_file_and_moves_off_the_item(
    held: Store, clock: FakeClock
) -> None:
    (session,) = held.sessions()
    state = Services.open(held, session.id, clock).reading.state()
    assert [p.name for p in state.participants] == ["Bas Bakker-Jansen", "Cees Nieuw"]
    assert [i.title for i in state.items] == ["Twee"]
    assert state.current_item is None  # not the item that left the file
    assert not any(i.running for i in held.items(session.id, include_removed=True))
    last = state.speeches[-1]
    assert who(state, state.participant(last.participant_id), last.participant_id).plain == (
        "Bas Bakker"  # no number: not at the table any more; it said '0 ?'
    )
    (card,) = state.cards
    speaker = state.participant(card.participant_id)
    assert speaker is not None and speaker.name == "Bas Bakker"


def test_list_and_the_minutes_give_one_account(held: Store, clock: FakeClock) -> None:
    (session,) = held.sessions()
    minutes = render_markdown(collect(held, session.id, clock.now()), lang="nl")
    assert "**In het kort:** 4 deelnemers" in minutes
    assert "Ans de Vries (ROC), niet meer in het sessiebestand" in minutes
    assert "Bas Bakker (UWV), niet meer in het sessiebestand" in minutes
    assert "| 1 | Een | — | 6 min | — | behandeld · niet meer in het sessiebestand |" in minutes
    assert "| 2 | Twee | 15 min | — | — | niet aan toegekomen |" in minutes
    assert "|  | **Totaal** | 15 min |" in minutes  # as planned: 15.00–15.15
    assert "in behandeling" not in minutes
    record = json.loads(render_json(collect(held, session.id, clock.now())))
    left = {p["name"]: p["present"] for p in record["participants"] if p["removed"]}
    assert left == {"Ans de Vries": False, "Bas Bakker": False}
    for lang, said in (
        ("nl", "4 deelnemers (2 niet meer in het sessiebestand) · 2 punten (1 niet meer in"),
        ("en", "4 participants (2 no longer in the session file) · 2 items (1 no longer in"),
    ):
        listing = CliRunner().invoke(main, ["--db", str(held.path), "--lang", lang, "list"])
        assert said in listing.output


def test_someone_back_in_the_file_is_back_at_the_table(
    held: Store, tmp_path: Path, clock: FakeClock
) -> None:
    (session,) = held.sessions()
    again = tmp_path / "c.toml"
    again.write_text(FIRST.replace('title = "Een"', 'title = "Een"\nkey = "een"'), "utf-8")
    import_plan(held, load_session_file(again))
    people = held.participants(session.id)
    assert {p.name: p.present for p in people}["Ans de Vries"] is True
