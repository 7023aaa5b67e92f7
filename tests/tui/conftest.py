"""Fixtures for the Pilot and snapshot tests: a store with a session and a frozen clock."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from textual.pilot import Pilot

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Contribution, Kind
from facilitator.domain.plan import AgendaItemPlan, ParticipantPlan, SessionPlan
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.app import FacilitatorApp, make_app
from tests.conftest import SAMPLES
from tests.helpers import make_plan

# The Twente sample starts at 14:00 Dutch summer time: 12:00 UTC.
START = datetime(2020, 10, 6, 12, 0, tzinfo=UTC)

AppFactory = Callable[..., FacilitatorApp]

HOSTILE = ("[bold]", "[/]", "[@click=app.quit]klik", "[red]rood[/red]", "50% [done]")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def twente_plan() -> SessionPlan:
    return load_session_file(SAMPLES / "twente.toml", lang="nl")


def hostile_plan() -> SessionPlan:
    """A plan whose every user text is markup that must show literally."""
    base = make_plan("hostile", participants=5, items=3)
    people = tuple(
        ParticipantPlan(f"h{n}", f"{text} Naam", f"{text} Org", p.sector)
        for n, (text, p) in enumerate(zip(HOSTILE, base.participants, strict=True))
    )
    agenda = tuple(
        AgendaItemPlan(f"i{n}", f"{text} Punt", 20, f"{text} vraag?")
        for n, text in enumerate(HOSTILE[:3])
    )
    return replace(
        base, title="[b]Titel[/b] [@click=app.quit]x", participants=people, agenda=agenda
    )


@pytest.fixture
def session_id(store: Store) -> int:
    return import_plan(store, twente_plan()).session.id


@pytest.fixture
def small_session_id(store: Store) -> int:
    return import_plan(store, make_plan("proef", participants=4, items=3)).session.id


@pytest.fixture
def app_factory(store: Store, clock: FakeClock) -> AppFactory:
    """``app_factory(session_id, lang=None)``: a deterministic app (no timers)."""

    def factory(session_id: int, lang: str | None = None) -> FacilitatorApp:
        return make_app(store, session_id, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0)

    return factory


def add_contribution(
    store: Store,
    session_id: int,
    clock: FakeClock,
    text: str,
    participant: int = 1,
    *,
    kind: Kind = Kind.BARRIER,
    tags: Sequence[str] = ("stage",),
) -> None:
    """Record a contribution as the note-taker would (straight into the store)."""
    people = store.participants(session_id)
    with store.change(session_id, "contribution") as tx:
        tx.insert(
            Contribution(
                id=0,
                session_id=session_id,
                kind=kind,
                text=text,
                created_at=clock.now(),
                participant_id=people[participant - 1].id,
                tags=list(tags),
            )
        )


@pytest.fixture(autouse=True)
def _all_colours(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app draws as on a terminal of all colours, whatever ``TERM`` the tests run under
    (with none, or ``xterm``, Rich finds 16 colours, where the warnings and the kinds take
    colours of the 16: ``facilitator/tui/colours.py``). The snapshots are of truecolor; a
    test of another terminal sets its own."""
    import textual.constants

    monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", "truecolor")


@pytest.fixture(autouse=True)
def _pilot_waits_for_saves(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Pilot key press or pause also waits until this window's commands are saved.

    Commands run on the app's own writer thread; a test that presses a key and
    then looks at the store or the screen must see the command's effect, as a
    person who waits a moment would. (Bursts without waiting are tested in
    ``test_burst_terminal.py``: the real program in a terminal, every key at once.)
    """
    from textual.pilot import Pilot

    press, pause = Pilot.press, Pilot.pause

    async def settle(pilot: Pilot[Any]) -> None:
        settle_app = getattr(pilot.app, "settle", None)
        if callable(settle_app):
            await settle_app()

    async def pressed(self: Pilot[object], *keys: str) -> None:
        await press(self, *keys)
        await settle(self)
        await pause(self)

    async def paused(self: Pilot[object], delay: float | None = None) -> None:
        await settle(self)
        await pause(self, delay)

    monkeypatch.setattr(Pilot, "press", pressed)
    monkeypatch.setattr(Pilot, "pause", paused)


async def burst(pilot: Pilot[Any], *keys: str) -> None:
    """Keys as a terminal delivers a burst: each sent to the app as the driver sends it,
    with no waiting in between (a Pilot press waits for the app to be idle after every
    key), then one wait until the app has caught up and saved. Each key is named as for
    :meth:`Pilot.press` (``"space"``, ``"enter"``, a character)."""
    import unicodedata

    from textual import events
    from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

    app = pilot.app
    driver = app._driver
    assert driver is not None
    for key in keys:
        if len(key) == 1 and not key.isalnum():
            key = _character_to_key(key)
        original = REPLACED_KEYS.get(key, key)
        try:
            char: str | None = unicodedata.lookup(_get_unicode_name_from_key(original))
        except KeyError:
            char = key if len(key) == 1 else None
        event = events.Key(key, char)
        event.set_sender(app)
        driver.send_message(event)
    await pilot.pause()


async def burst_text(pilot: Pilot[Any], text: str) -> None:
    """``text`` typed as one burst (a blank as ``space``)."""
    await burst(pilot, *[{" ": "space"}.get(ch, ch) for ch in text])
