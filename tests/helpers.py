"""Builders shared by the tests."""

from __future__ import annotations

import resource
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from facilitator.domain.plan import AgendaItemPlan, ParticipantPlan, SessionPlan
from facilitator.service.result import Refused, run_command


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


@contextmanager
def disk_full_after(size: int) -> Iterator[None]:
    """Writing past ``size`` bytes of any file fails, as on a full disk: the operating
    system's file-size limit (EFBIG instead of ENOSPC, the same path through the code)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)


def refusal_of(command: Callable[[], object]) -> Refused:
    """What ``command`` said when it was refused (it must be)."""
    result = run_command(command)
    assert isinstance(result, Refused), result
    return result
