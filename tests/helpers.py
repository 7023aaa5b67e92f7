"""Builders shared by the tests."""

from __future__ import annotations

from datetime import UTC, datetime

from facilitator.domain.plan import AgendaItemPlan, ParticipantPlan, SessionPlan


def make_plan(slug: str = "proef", participants: int = 4, items: int = 3) -> SessionPlan:
    sectors = ["onderwijs", "bedrijfsleven", "gemeente", "uwv", "provincie", "maatschappelijk"]
    return SessionPlan(
        slug=slug,
        title="Proefsessie",
        region="Twente",
        starts_at=datetime(2020, 10, 6, 12, 0, tzinfo=UTC),
        ends_at=datetime(2020, 10, 6, 14, 0, tzinfo=UTC),
        participants=tuple(
            ParticipantPlan(
                f"p{i}", f"Deelnemer {i}", f"Organisatie {i}", sectors[i % len(sectors)]
            )
            for i in range(1, participants + 1)
        ),
        agenda=tuple(
            AgendaItemPlan(f"item-{i}", f"Punt {i}", 20, f"Vraag {i}?") for i in range(1, items + 1)
        ),
        tags=("stage", "bbl"),
    )
