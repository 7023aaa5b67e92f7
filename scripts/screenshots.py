"""Regenerate the README's screenshots of the console, the wall and the note-taker's screen.

Run: ``python scripts/screenshots.py``. The Twente sample session gets a short
scripted meeting in a temporary database (a frozen clock: the timer on the
second item, someone with the floor, three waiting, a few notes of each
kind); then the console at 120×40, the wall at 160×45 and the note-taker's
screen at 80×24 (with a long sentence being typed) are saved with Textual's
``save_screenshot`` as SVG in ``docs/screenshots/``, and as PNG too: with
headless Chromium when it is installed (it lays out the SVG's runs of spaces
as a terminal does), else with ``rsvg-convert`` (Debian's ``librsvg2-bin``),
which folds leading spaces away and so shifts the rows of the wall's
block-letter clock.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator.domain.clock import FakeClock  # noqa: E402
from facilitator.domain.model import Kind, Owner  # noqa: E402
from facilitator.service import Services  # noqa: E402
from facilitator.service.origin import Role  # noqa: E402
from facilitator.sessionfile import load_session_file  # noqa: E402
from facilitator.store import Store  # noqa: E402
from facilitator.store.importer import import_plan  # noqa: E402
from facilitator.tui.app import make_app  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
START = datetime(2020, 10, 6, 12, 0, tzinfo=UTC)  # 14:00 in Enschede
TYPED = (
    "Bedrijven in de bouw haken af als leerbedrijf omdat de begeleiding van bbl'ers "
    "te veel tijd kost #stage"
)


def meeting(store: Store, clock: FakeClock) -> int:
    """The Twente session some twenty minutes in."""
    session_id = import_plan(
        store, load_session_file(ROOT / "sample_sessions/twente.toml")
    ).session.id
    run = Services.open(store, session_id, clock)
    people = store.participants(session_id)
    run.agenda.toggle_timer()
    clock.advance(minutes=9)
    run.agenda.move(1)
    for n in (3, 1, 6, 9):
        run.floor.enqueue(people[n - 1].id)
    run.floor.give_floor()
    clock.advance(minutes=2)
    notes = [
        (Kind.BARRIER, "Te weinig stageplaatsen in de bouw", ["stage"], (), None),
        (
            Kind.BARRIER,
            "Begeleiding van bbl'ers kost leerbedrijven te veel tijd",
            ["bbl"],
            (),
            None,
        ),
        (Kind.OPPORTUNITY, "Leerwerkakkoord uitbreiden naar de techniek", [], (), None),
        (Kind.ACTION, "Matchpunt stage/bbl opzetten", ["stage"], ("UWV",), date(2020, 10, 30)),
        (Kind.QUESTION, "Wie betaalt de praktijkopleider?", [], (), None),
    ]
    for kind, text, tags, owners, due in notes:
        run.notes.capture(
            kind, text, participant_id=people[2].id, tags=tags, due=due,
            owners=[Owner(name, None) for name in owners],
        )  # fmt: skip
        clock.advance(minutes=1)
    run.floor.give_floor()
    clock.advance(seconds=75)
    return session_id


async def shoot(store: Store, session_id: int, clock: FakeClock) -> list[Path]:
    saved = []
    console = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with console.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        saved.append(Path(console.save_screenshot("console.svg", str(OUT))))
    wall = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0, role=Role.WALL)
    async with wall.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        saved.append(Path(wall.save_screenshot("wall.svg", str(OUT))))
    notes = make_app(
        store, session_id, clock=clock, tick_seconds=0, watch_seconds=0, role=Role.NOTETAKER
    )
    async with notes.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        notes.screen.focused.cursor_blink = False  # type: ignore[union-attr]
        await pilot.press(*[{" ": "space"}.get(c, c) for c in TYPED])
        await pilot.pause()
        saved.append(Path(notes.save_screenshot("notetaker.svg", str(OUT))))
    return saved


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock(START)
        store = Store(Path(tmp) / "screens.db", clock=clock)
        try:
            saved = asyncio.run(shoot(store, meeting(store, clock), clock))
        finally:
            store.close()
    for svg in saved:
        print(svg.relative_to(ROOT))
        png = svg.with_suffix(".png")
        if to_png(svg, png):
            print(png.relative_to(ROOT))
    return 0


def to_png(svg: Path, png: Path) -> bool:
    """``svg`` as a PNG at its own size; False if no converter is installed."""
    chromium = shutil.which("chromium")
    if chromium:
        width, height = svg_size(svg)
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                f"--screenshot={png}",
                f"--window-size={width},{height}",
                svg.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
        )
        return True
    converter = shutil.which("rsvg-convert")
    if converter:
        subprocess.run([converter, str(svg), "-o", str(png)], check=True)
        return True
    return False


def svg_size(svg: Path) -> tuple[int, int]:
    """The width and height of the SVG's view box, in whole pixels."""
    match = re.search(r'viewBox="0 0 ([0-9.]+) ([0-9.]+)"', svg.read_text(encoding="utf-8"))
    if match is None:
        return 1970, 1148
    return round(float(match.group(1))), round(float(match.group(2)))


if __name__ == "__main__":
    raise SystemExit(main())
