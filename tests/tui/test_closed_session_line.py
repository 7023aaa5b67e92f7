"""The capture line on a closed session, at 80×24: what its keys do there, and the notices of
lines kept until the session is open again."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import SessionStatus
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp, make_app
from tests.tui.notes_fixtures import app_for, import_twente, start_meeting
from tests.tui.test_due_and_owners import type_line
from tests.tui.test_faults import bar, preview, until

SMALL = (80, 24)


@pytest.fixture
def twente(store: Store) -> int:
    return import_twente(store)


@pytest.mark.parametrize(
    ("lang", "says", "not_said"),
    [
        (
            "nl",
            ["Enter bewaart niets", "Esc bewaart de regel", "Tab soort"],
            ["Enter opslaan", "annuleren"],
        ),
        (
            "en",
            ["Enter saves nothing", "Esc keeps the line", "Tab changes kind"],
            ["Enter saves ·", "cancels"],
        ),
    ],
)
async def test_the_keys_under_a_line_on_a_closed_session_say_what_they_do_there(
    store: Store,
    twente: int,
    clock: FakeClock,
    lang: str,
    says: list[str],
    not_said: list[str],
) -> None:
    """The hints after the warning said «Enter opslaan · Esc annuleren», the opposite of it."""
    start_meeting(store, twente, clock).closing.close()
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=SMALL) as pilot:
        for typed in ("", "Dicht een barriere"):
            await pilot.press("b")
            await type_line(pilot, typed)
            await pilot.pause()
            shown = preview(app)
            for words in says if typed else says[:2]:  # an empty line asks for the text
                assert words in shown, shown
            for words in not_said:
                assert words not in shown, shown
            await pilot.press("escape")
        # open again (asked first): the usual keys
        await pilot.press("f9", "f9")
        await until(pilot, lambda: app.reading.session().status != SessionStatus.CLOSED, "open")
        await app.settle()
        await pilot.pause()
        await pilot.press("b")
        await type_line(pilot, "Weer open")
        await pilot.pause()
        shown = preview(app)
        assert not_said[0] in shown and says[0] not in shown, shown


@pytest.mark.parametrize(
    ("lang", "kept", "keys", "open_keys"),
    [
        ("nl", "bewaard: opgeslagen zodra", "Tab soort", "Enter opslaan"),
        ("en", "kept: saved once the session", "Tab changes kind", "Enter saves ·"),
    ],
)
async def test_the_note_taker_s_hint_on_a_closed_session_names_only_the_keys_that_act(
    store: Store, twente: int, clock: FakeClock, lang: str, kept: str, keys: str, open_keys: str
) -> None:
    """After F9 s, a line typed and kept with Esc: the hint under the note-taker's line still
    said «Enter saves · Esc cancels · Tab changes kind», though Enter saves nothing there."""
    start_meeting(store, twente, clock)
    app = make_app(
        store, twente, clock=clock, tick_seconds=0, watch_seconds=0, role=Role.NOTETAKER, lang=lang
    )
    async with app.run_test(size=SMALL) as pilot:
        assert open_keys in preview(app)
        app.closing.close()
        app.reload()
        await until(pilot, lambda: bar(app).session_closed, "closed")
        await pilot.pause()
        shown = preview(app)
        assert keys in shown and open_keys not in shown, shown  # nothing kept yet
        await pilot.press("b")
        await type_line(pilot, "Dicht een barriere")
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert not bar(app).is_open and len(bar(app).unsaved) == 1
        shown = preview(app)
        assert kept in shown and keys in shown, shown
        assert open_keys not in shown and "Esc" not in shown, shown
        await pilot.press("f9", "f9")  # open again (asked first): the line is saved
        await until(pilot, lambda: len(store.contributions(twente)) == 1, "the line saved")
        await app.settle()
        await pilot.pause()
        shown = preview(app)
        assert open_keys in shown and kept not in shown, shown


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("en", "⚠ 1 line kept: saved once", "⚠ 2 lines kept: saved once"),
        ("nl", "⚠ 1 regel bewaard: opgeslagen zodra", "⚠ 2 regels bewaard: opgeslagen zodra"),
    ],
)
async def test_the_lines_kept_are_counted_in_words(
    store: Store, twente: int, clock: FakeClock, lang: str, one: str, two: str
) -> None:
    """The line said «1 line(s) kept»."""
    start_meeting(store, twente, clock).closing.close()
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=SMALL) as pilot:
        for kind, text, said in (("b", "Eerste dicht", one), ("o", "Tweede dicht", two)):
            await pilot.press(kind)
            await type_line(pilot, text)
            await pilot.press("escape")
            await pilot.pause()
            assert said in preview(app) and "(s)" not in preview(app), preview(app)


def kept_notices(app: FacilitatorApp) -> list[str]:
    return [str(n.message) for n in app._notifications if "blijft bewaard" in str(n.message)]


async def test_the_notice_of_lines_kept_goes_once_they_are_saved(
    store: Store,
    twente: int,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three lines kept with Esc on a closed session gave three notices that they would be
    saved once it was open again; after reopening they were saved and the notices stayed."""
    monkeypatch.chdir(tmp_path)  # the minutes written on closing
    start_meeting(store, twente, clock)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("f9", "s")
        await app.workers.wait_for_complete()
        await until(pilot, lambda: app.reading.session().status == SessionStatus.CLOSED, "closed")
        await app.settle()
        await pilot.pause()
        for kind, text in (("b", "Eerste dicht"), ("o", "Tweede dicht"), ("a", "Derde dicht")):
            await pilot.press(kind)
            await type_line(pilot, text)
            await pilot.press("escape")
        await pilot.pause()
        assert len(bar(app).unsaved) == 3
        assert len(kept_notices(app)) == 1  # one notice, not one per line
        await pilot.press("f9", "f9")  # reopened (asked first): the lines are saved
        await until(pilot, lambda: len(store.contributions(twente)) == 3, "the lines saved")
        await app.settle()
        await pilot.pause()
        assert not bar(app).unsaved
        assert kept_notices(app) == []
        assert any("Sessie heropend" in str(n.message) for n in app._notifications)
