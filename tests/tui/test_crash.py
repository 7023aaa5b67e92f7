"""An unforeseen error: a crash report beside the database, a plain message, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.store import Store
from facilitator.tui.app import make_app
from facilitator.tui.crash import crash_message


async def test_unexpected_error_writes_a_report_and_a_human_message(
    store: Store, clock: FakeClock, session_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)

    def boom() -> None:
        raise RuntimeError("onvoorzien")

    with pytest.raises(RuntimeError):
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("3")  # something recorded before the crash
            await pilot.pause()
            app.call_later(boom)
            await pilot.pause()
    reports = list((store.path.parent / "crash-reports").glob("crash-*.txt"))
    assert len(reports) == 1
    assert "RuntimeError: onvoorzien" in reports[0].read_text(encoding="utf-8")
    printed = capsys.readouterr().err
    assert "Er is niets verloren" in printed  # the sample session speaks Dutch
    assert str(reports[0]) in printed.replace("\n", "")
    assert "Traceback" not in printed
    assert len(store.queue(session_id)) == 1  # what was done before the crash is stored


async def test_a_crash_keeps_the_text_typed_and_not_yet_saved(
    store: Store, clock: FakeClock, session_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Nothing is lost" holds for the sentence half typed in the capture line too."""
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)

    def boom() -> None:
        raise RuntimeError("onvoorzien")

    with pytest.raises(RuntimeError):
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("b", *"Geen", "space", *"bus")
            await pilot.pause()
            app.call_later(boom)
            await pilot.pause()
    kept = list(store.path.parent.glob("niet-opgeslagen-*.txt"))
    assert len(kept) == 1
    assert kept[0].read_text(encoding="utf-8").splitlines()[-2:] == [
        "barrière · niemand · geen punt",
        "Geen bus",
    ]
    printed = capsys.readouterr().err
    assert "Er is niets verloren" in printed and "Geen bus" in printed
    assert str(kept[0]) in printed.replace("\n", "")


@pytest.mark.parametrize(
    ("lang", "details"),
    [("nl", "Details voor de ontwikkelaars:"), ("en", "Details for the developers:")],
)
def test_the_crash_message_puts_the_details_on_a_line_of_their_own(
    tmp_path: Path, lang: str, details: str
) -> None:
    """The message read «… run regio-zwolle-2020-10\\nDetails for the developers: …», with a
    backslash and an n where a new line was meant."""
    report = tmp_path / "crash-reports" / "crash-1.txt"
    text = crash_message(lang, tmp_path / "test.db", "regio-zwolle-2020-10", report).plain
    assert "\\n" not in text
    first, second = text.split("\n")
    assert first.endswith("run regio-zwolle-2020-10")
    assert second == f"{details} {report}"
