"""A short summary per agenda item: captured as its own kind, first under the item."""

from __future__ import annotations

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.service import Services
from facilitator.service.changes import Change
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan


@pytest.fixture
def service(store: Store, clock: FakeClock) -> Services:
    session = import_plan(store, make_plan(participants=3, items=2)).session
    return Services.open(store, session.id, clock)


@pytest.mark.parametrize(
    ("lang", "heading", "note"),
    [("nl", "**Samenvatting**", "**Notities**"), ("en", "**Summary**", "**Notes**")],
)
def test_the_summary_stands_first_under_its_item(
    service: Services, lang: str, heading: str, note: str
) -> None:
    service.agenda.toggle_timer()
    service.notes.capture(Kind.NOTE, "Veel vragen over de regeling")
    service.notes.capture(Kind.SUMMARY, "De tafel wil één loket voor stages")
    service.agenda.move(1)
    minutes = render_markdown(collect(service.store, service.session_id), lang)
    first, second = minutes.split("### 1. Punt 1")[1].split("### 2. Punt 2")
    assert first.index(heading) < first.index("De tafel wil één loket") < first.index(note)
    assert heading not in second


def test_a_summary_is_undone_by_name(service: Services) -> None:
    service.notes.capture(Kind.SUMMARY, "Kort: iedereen eens")
    assert service.history.undo() == Change.CAPTURE_SUMMARY.value
    assert Change.CAPTURE_SUMMARY.words("nl") == "samenvatting vastgelegd"
