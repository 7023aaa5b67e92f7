"""Speed benchmarks with targets as ratios measured in one run.

Run: ``python benchmarks/bench.py [--quick]``. Exit code 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import minutes  # noqa: E402  (benchmarks/minutes.py, next to this file)
from textual.app import App, ComposeResult  # noqa: E402
from textual.widgets import Static  # noqa: E402

from facilitator.domain.clock import FakeClock  # noqa: E402
from facilitator.domain.model import Contribution, Kind  # noqa: E402
from facilitator.service import Services  # noqa: E402
from facilitator.sessionfile import load_session_file  # noqa: E402
from facilitator.store import Store  # noqa: E402
from facilitator.store.importer import import_plan  # noqa: E402
from facilitator.tui.app import make_app  # noqa: E402

SAMPLE = ROOT / "sample_sessions" / "twente.toml"


def median_seconds(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fill(store: Store, session_id: int, count: int, clock: FakeClock) -> None:
    people = store.participants(session_id)
    with store.change(session_id, "fill") as tx:
        for n in range(count):
            tx.insert(
                Contribution(
                    id=0,
                    session_id=session_id,
                    kind=list(Kind)[n % 6],
                    text=f"Bijdrage {n} over stageplaatsen en bbl",
                    created_at=clock.now(),
                    participant_id=people[n % len(people)].id,
                )
            )


def capture_once(services: Services) -> None:
    """What one Enter in the capture line costs: save (with its card), then re-read the state."""
    services.notes.capture(Kind.BARRIER, "Te weinig bbl-plaatsen in de bouw", tags=["bbl"])
    services.reading.state()


def store_with(count: int, folder: Path) -> Services:
    clock = FakeClock(datetime(2020, 10, 6, 12, 0, tzinfo=UTC))
    store = Store(folder / f"bench-{count}.db", clock=clock)
    session = import_plan(store, load_session_file(SAMPLE)).session
    fill(store, session.id, count, clock)
    return Services.open(store, session.id, clock)


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("bare")


async def _start(app: App[None]) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()


def startup(factory: Callable[[], App[None]], repeat: int) -> float:
    return median_seconds(lambda: asyncio.run(_start(factory())), repeat)


async def _capture_in_log(service: Services, repeat: int) -> float:
    """Median time of one capture typed on the contributions tab (F3), until the log shows it."""
    app = make_app(
        service.store, service.session_id, clock=service.clock, tick_seconds=0, watch_seconds=0
    )
    times: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        for _ in range(repeat):
            start = time.perf_counter()
            await pilot.press("c", "x", "enter")
            await pilot.pause()
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def capture_in_log(service: Services, repeat: int) -> float:
    return asyncio.run(_capture_in_log(service, repeat))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument(
        "--contributions", type=int, default=10_000, help="contributions in the minutes session"
    )
    parser.add_argument("--cards", type=int, default=1_000, help="cards in the minutes session")
    parser.add_argument("--minutes-only", action="store_true", help="only the minutes rows")
    args = parser.parse_args()
    repeat = 5 if args.quick else 15
    results: list[tuple[str, float, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # A smoke run (--quick) exports a session a tenth the size, twice.
        scale = 10 if args.quick else 1
        minute_rows = minutes.rows(
            folder,
            max(10, args.contributions // scale),
            max(10, args.cards // scale),
            2 if args.quick else 7,
            docx=not args.quick,
        )
        print(minutes.table(minute_rows), flush=True)
        if args.minutes_only:
            return 0 if all(r.ok for r in minute_rows) else 1
        small, large = store_with(10, folder), store_with(10_000, folder)
        for name, func in (
            ("capture", capture_once),
            ("state", lambda s: s.state()),
        ):
            a = median_seconds(partial(func, small), repeat * 4)
            b = median_seconds(partial(func, large), repeat * 4)
            results.append((f"{name}: 10,000 vs 10 contributions", a, b, 1.5))

        a = capture_in_log(small, repeat)
        b = capture_in_log(large, repeat)
        results.append(("capture on the F3 tab: 10,000 vs 10", a, b, 1.5))

        def ours() -> App[None]:
            return make_app(small.store, small.session_id, clock=small.clock)

        bare = startup(Bare, repeat)
        app = startup(ours, repeat)
        results.append(("start-up: app vs bare Textual", bare, app, 1.3))
        small.store.close()
        large.store.close()
    failed = not all(r.ok for r in minute_rows)
    print(f"{'benchmark':<42} {'base':>10} {'measured':>10} {'ratio':>7} {'target':>7}")
    for name, base, measured, target in results:
        ratio = measured / base if base else float("inf")
        ok = ratio <= target
        failed |= not ok
        print(
            f"{name:<42} {base * 1000:>8.2f}ms {measured * 1000:>8.2f}ms "
            f"{ratio:>6.2f}× {target:>6.2f}× {'ok' if ok else 'MISSED'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
