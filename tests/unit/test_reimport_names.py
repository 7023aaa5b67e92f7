"""Importing a session file again names what it added, removed and kept, and says when a
title changed without a ``key`` split an item held in two, with the key that keeps it one."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.service import SPEAKING
from facilitator.service.services import Services
from facilitator.store import Store

FILE = """slug = "proef"
title = "Proef"
region = "Twente"
date = "2020-10-06"
start = "15:00"
end = "15:30"
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
title = "Openign"
minutes = 10

[[agenda]]
title = "Kansen"
minutes = 15
"""

SPLIT = {
    "nl": 'zet dan key = "openign" in het [[agenda]]-blok van «Opening»',
    "en": 'put key = "openign" in the [[agenda]] block of «Opening»',
}


def invoke(db: Path, lang: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", str(db), "--lang", lang, *args])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def held(tmp_path: Path, clock: FakeClock) -> tuple[Path, Path]:
    """The file imported, item 1 running with a barrier noted while Ans spoke."""
    db, file = tmp_path / "f.db", tmp_path / "proef.toml"
    file.write_text(FILE, encoding="utf-8")
    invoke(db, "nl", "import", str(file))
    store = Store(db, clock=clock)
    try:
        (session,) = store.sessions()
        meeting = Services.open(store, session.id, clock)
        meeting.agenda.toggle_timer()
        meeting.floor.give_floor(store.participants(session.id)[0].id)
        clock.advance(minutes=2)
        meeting.notes.capture(Kind.BARRIER, "Te weinig stageplaatsen", participant_id=SPEAKING)
    finally:
        store.close()
    return db, file


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_title_fixed_without_a_key_is_said_by_name_with_the_key_that_keeps_it_one(
    tmp_path: Path, clock: FakeClock, lang: str
) -> None:
    """Before, only «1 added, 0 changed, 0 removed, 1 kept …»: the item held was split in
    two without a word of which, or why."""
    db, file = held(tmp_path, clock)
    file.write_text(FILE.replace('"Openign"', '"Opening"'), encoding="utf-8")
    said = invoke(db, lang, "import", str(file))
    if lang == "nl":
        assert "Agendapunten toegevoegd: «Opening»." in said
        assert "bewaard omdat er al iets over is vastgelegd: «Openign»." in said
        assert "agendapunt «Openign» staat niet meer in het bestand en «Opening»" in said
    else:
        assert "Agenda items added: «Opening»." in said
        assert "kept because something was already recorded on them: «Openign»." in said
        assert "agenda item «Openign» is no longer in the file and «Opening» is new" in said
    assert SPLIT[lang] in said
    # the key as advised: one item again, what was recorded on it with it
    file.write_text(FILE.replace('title = "Openign"', 'title = "Opening"\nkey = "openign"'))
    said = invoke(db, lang, "import", str(file))
    assert {"nl": "Agendapunten verwijderd: «Opening».", "en": "Agenda items removed: «Opening»."}[
        lang
    ] in said
    store = Store(db, clock=clock)
    try:
        (session,) = store.sessions()
        assert [i.title for i in store.items(session.id, include_removed=True)] == [
            "Opening",
            "Kansen",
        ]
    finally:
        store.close()


def test_participants_added_and_removed_are_named(tmp_path: Path, clock: FakeClock) -> None:
    db, file = held(tmp_path, clock)
    changed = FILE.replace('"Bas Bakker"', '"Cees Nieuw"')
    file.write_text(changed, encoding="utf-8")
    said = invoke(db, "en", "import", str(file))
    assert "Participants added: «Cees Nieuw»." in said
    assert "Participants removed: «Bas Bakker»." in said
    assert "«Ans de Vries»" not in said  # as she was: not named
