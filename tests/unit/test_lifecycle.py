"""Session lifecycle: planned -> running -> closed -> reopened."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.errors import DomainError
from facilitator.domain.lifecycle import close_session, open_session, reopen
from facilitator.domain.model import Session, SessionStatus

T0 = datetime(2020, 10, 6, 14, 0, tzinfo=UTC)


def session(**kw: Any) -> Session:
    return Session(id=1, slug="rt", title="Round table", region="Noord", starts_at=T0, **kw)


def test_open_sets_running_and_opened_at() -> None:
    planned = session()
    opened = open_session(planned, T0)
    assert opened.status == SessionStatus.RUNNING and opened.opened_at == T0
    assert planned.status == SessionStatus.PLANNED and planned.opened_at is None


def test_close_then_reopen_keeps_first_opening() -> None:
    clock = FakeClock(T0)
    s = open_session(session(), clock.now())
    s = close_session(s, clock.advance(minutes=90))
    assert s.status == SessionStatus.CLOSED and s.closed_at == T0 + timedelta(minutes=90)
    s = reopen(s, clock.advance(minutes=5))
    assert s.status == SessionStatus.RUNNING and s.closed_at is None and s.opened_at == T0
    s = open_session(close_session(s, clock.advance(minutes=1)), clock.advance(minutes=1))
    assert s.status == SessionStatus.RUNNING and s.closed_at is None and s.opened_at == T0


@pytest.mark.parametrize(
    ("status", "transition", "key"),
    [
        (SessionStatus.RUNNING, open_session, "session.already_running"),
        (SessionStatus.PLANNED, close_session, "session.not_started"),
        (SessionStatus.CLOSED, close_session, "session.already_closed"),
        (SessionStatus.PLANNED, reopen, "session.not_closed"),
        (SessionStatus.RUNNING, reopen, "session.reopened_meanwhile"),
    ],
)
def test_invalid_transitions_raise_with_a_key(
    status: SessionStatus, transition: Callable[[Session, datetime], Session], key: str
) -> None:
    with pytest.raises(DomainError) as caught:
        transition(session(status=status), T0)
    assert caught.value.key == key
    assert caught.value.message("nl") and caught.value.message("en")
    assert caught.value.message("nl") != caught.value.message("en")


def test_every_domain_error_key_has_both_languages() -> None:
    from facilitator.domain.errors import MESSAGES

    for key, (nl, en) in MESSAGES.entries.items():
        assert nl and en and nl != en, key
    assert DomainError("session.closed").message("en").startswith("This session is closed")
    assert DomainError("no.such.key").message("nl") == "no.such.key"
