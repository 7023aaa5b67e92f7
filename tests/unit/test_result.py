"""run_command: a command's outcome as Done, Refused or Failed, with Dutch and English words."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.errors import DomainError
from facilitator.service import Services
from facilitator.service.result import Done, Failed, Refused, run_command
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan


@pytest.fixture
def service(store: Store, clock: FakeClock) -> Services:
    session = import_plan(store, make_plan()).session
    return Services.open(store, session.id, clock)


def test_a_command_that_runs_is_done_with_its_value(service: Services) -> None:
    result = run_command(service.agenda.toggle_timer)
    assert result == Done(True)
    assert service.reading.state().current_item is not None


def test_keyword_arguments_reach_the_command(service: Services) -> None:
    person = service.reading.state().participants[0].id
    assert run_command(service.floor.enqueue, person, point_of_order=True) == Done(True)
    assert [e.participant_id for e in service.reading.state().queue] == [person]


def test_a_rule_that_says_no_is_refused_with_a_reason_in_both_languages(
    service: Services,
) -> None:
    service.agenda.toggle_timer()
    service.closing.close()
    result = run_command(service.agenda.toggle_timer)
    assert isinstance(result, Refused)
    assert result.key == "session.closed"
    assert "gesloten" in result.message("nl")
    assert "closed" in result.message("en")


def test_a_database_that_cannot_save_fails_with_its_message(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "weg.db"
    store = Store(path, clock=clock)
    service = Services.open(store, import_plan(store, make_plan()).session.id, clock)
    path.unlink()
    result = run_command(service.agenda.toggle_timer)
    assert isinstance(result, Failed)
    assert result.key == "gone"
    assert str(path) in result.message("en")
    assert "verwijderd" in result.message("nl")
    assert "deleted" in result.message("en")
    store.close()


def test_anything_else_is_a_bug_and_is_not_hidden() -> None:
    def broken() -> None:
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        run_command(broken)


def test_refused_keeps_the_key_and_values_of_the_rule() -> None:
    refused = Refused.of(DomainError("session.closed", where="console"))
    assert (refused.key, dict(refused.values)) == ("session.closed", {"where": "console"})
    assert refused.message("en") == "This session is closed; reopen it (F9) to continue."
