"""The console's speaking time per sector counts what was said by those who have since left
the session file, as the minutes do."""

from __future__ import annotations

from pathlib import Path

from facilitator.domain.clock import FakeClock
from facilitator.export.record import collect
from facilitator.service.services import Services
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.widgets.sectors import sector_shares

PLAN = """slug = "balans"
title = "Balans"
region = "Twente"
date = "2020-10-06"
start = "15:00"
language = "nl"

[[participants]]
name = "Ans de Vries"
organisation = "Gemeente Hengelo"
sector = "gemeente"

[[participants]]
name = "Bas Bakker"
organisation = "Provincie Overijssel"
sector = "provincie"

[[agenda]]
title = "Een"
minutes = 10
"""


def test_the_console_counts_the_sector_of_who_left_the_file(
    tmp_path: Path, store: Store, clock: FakeClock
) -> None:
    path = tmp_path / "balans.toml"
    path.write_text(PLAN, encoding="utf-8")
    session = import_plan(store, load_session_file(path)).session
    services = Services.open(store, session.id, clock)
    services.agenda.toggle_timer()
    ans, bas = store.participants(session.id)
    services.floor.give_floor(ans.id)
    clock.advance(minutes=3)
    services.floor.give_floor(bas.id)
    clock.advance(minutes=1)
    services.floor.end_speech()
    # Ans renamed in the file without a key: the old name leaves it, the new one is new
    path.write_text(PLAN.replace("Ans de Vries", "Ans de Vries-Smit"), encoding="utf-8")
    import_plan(store, load_session_file(path))
    state = Services.open(store, session.id, clock).reading.state()
    console = sector_shares(state, clock.now())
    assert round(console.session["gemeente"], 2) == 0.75  # it said 0: gemeente — 0%
    assert round(console.session["provincie"], 2) == 0.25
    record = collect(store, session.id, clock.now())
    minutes = {key: tally.seconds for key, tally in record.by_sector.items()}
    assert minutes == {"gemeente": 180.0, "provincie": 60.0}
