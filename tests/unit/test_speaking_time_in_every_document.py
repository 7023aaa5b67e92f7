"""The minutes, their JSON and the synthesis give one closed session the same speaking times.

A single speech of 153.8 s read "2 min 33 s" in the minutes (each participant's time cut
to the second, as the console's clock shows it) and "2 min 34 s" in the synthesis and in
the JSON's speech (rounded); the sector's total was a second apart too. Speaking time is
cut to the whole second everywhere, one rule for all of them.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from facilitator.domain.clock import FakeClock
from facilitator.export.jsonexport import render_json
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.synthesis.command import make_synthesis
from facilitator.synthesis.command import render as render_synthesis
from tests.helpers import make_plan

SEATS = [("ROC van Twente", "onderwijs", 153.8), ("Saxion", "onderwijs", 20.6)]


def test_minutes_json_and_synthesis_give_the_same_speaking_time(
    store: Store, clock: FakeClock
) -> None:
    plan = make_plan(participants=len(SEATS))
    people = tuple(
        replace(p, organisation=org, sector=sector)
        for p, (org, sector, _seconds) in zip(plan.participants, SEATS, strict=True)
    )
    sid = import_plan(store, replace(plan, participants=people, language="en")).session.id
    service = Services.open(store, sid, clock)
    service.agenda.toggle_timer()
    for person, (_org, _sector, seconds) in zip(store.participants(sid), SEATS, strict=True):
        service.floor.enqueue(person.id)
        service.floor.give_floor()
        clock.advance(seconds=seconds)
        service.floor.end_speech()
    service.closing.close()

    minutes = render_markdown(collect(store, sid), "en")
    assert "2 min 33 s" in minutes and "20 s" in minutes
    assert "2 min 53 s" in minutes  # the sector: 153 s + 20 s

    data = json.loads(render_json(collect(store, sid), "en"))
    assert [s["seconds"] for s in data["speeches"]] == [153, 20]
    assert [p["speaking_seconds"] for p in data["participants"]] == [153, 20]

    session = next(s for s in store.sessions() if s.id == sid)
    synthesis = make_synthesis(store, [session], lang="en", as_of=date(2021, 1, 1))
    assert synthesis.participation.seconds == 173
    assert [s.seconds for s in synthesis.participation.sectors] == [173]
    assert [r.seconds for r in synthesis.participation.regions] == [173]
    text = render_synthesis(synthesis, "md")
    assert "2 min 53 s" in text and "2 min 54 s" not in text
