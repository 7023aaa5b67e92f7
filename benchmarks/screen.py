"""The rows of the benchmark table that run the app: start-up, keys, the tick, two windows.

Every row measures A and B in turns (A B, B A, …) so that a busy machine hits both
alike, and judges the median (or the worst, where the target says worst case) of the
runs. Sessions come from :func:`minutes.build` (the sample session filled to any size).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from minutes import Row, alternated, build, ratio_row
from textual.pilot import Pilot

from facilitator.service import Store
from facilitator.tui.app import FacilitatorApp, make_app

HERE = Path(__file__).resolve().parent
FIRST_FRAME = HERE / "first_frame.py"
WRITER = HERE / "writer.py"
SIZE = (120, 40)
SERVERS = itertools.count()


def clean_env() -> dict[str, str]:
    """This environment without what would distort a child: no bytecode writing switched
    off (every start would compile the package again), no FACILITATOR_* settings."""
    return {
        k: v
        for k, v in os.environ.items()
        if k != "PYTHONDONTWRITEBYTECODE" and not k.startswith("FACILITATOR_")
    }


def size(db: Path) -> str:
    """The size of a session made by :func:`minutes.build`, from its file's name."""
    _, contributions, cards = db.stem.split("-")
    return f"{int(contributions):,} contributions, {int(cards):,} cards"


# -- start-up ------------------------------------------------------------------------------
def headless_start(args: Sequence[str]) -> tuple[float, float]:
    """Wall-clock seconds to the first full screen, and the peak memory in MiB."""
    begun = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(FIRST_FRAME), *args, "--headless"],
        check=True,
        env=clean_env(),
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - begun
    return seconds, int(done.stdout.split()[-1]) / 1024


def terminal_start(command: Sequence[str], marker: str, timeout: float = 30.0) -> float:
    """Seconds from starting ``command`` in a new tmux 120×40 until ``marker`` shows."""
    server = f"bench-{os.getpid()}-{next(SERVERS)}"  # a server of its own each time
    tmux = ["tmux", "-L", server, "-f", "/dev/null"]
    env = clean_env()
    begun = time.perf_counter()
    subprocess.run(
        [*tmux, "new-session", "-d", "-x", "120", "-y", "40", "-s", "b", *command],
        check=True,
        env=env,
    )
    try:
        while time.perf_counter() - begun < timeout:
            shown = subprocess.run(
                [*tmux, "capture-pane", "-p", "-t", "b"], capture_output=True, text=True, env=env
            ).stdout
            if marker in shown:
                return time.perf_counter() - begun
            time.sleep(0.005)
        raise RuntimeError(f"{marker!r} did not show within {timeout} s")
    finally:
        subprocess.run([*tmux, "kill-server"], env=env, capture_output=True)
        Path(f"/tmp/tmux-{os.getuid()}/{server}").unlink(missing_ok=True)


def memory_row(big: Path, runs: int, bare: list[float] | None = None) -> Row:
    """Peak memory, headless, of the app on the big session once it has shown the
    contributions and their oldest page and the board and its last card (``F3``, ``End``,
    ``F2``, ``End``), against the bare app (``bare``: its peaks measured already)."""
    bares = list(bare or [])
    tabs: list[float] = []

    def run(args: Sequence[str], into: list[float]) -> float:
        seconds, mib = headless_start(args)
        into.append(mib)
        return seconds

    if bares:
        for _ in range(max(2, runs // 2)):
            run(["app", str(big), "--tabs"], tabs)
    else:
        alternated(
            lambda: run(["bare"], bares),
            lambda: run(["app", str(big), "--tabs"], tabs),
            max(2, runs // 2),
        )
    ours, base = statistics.median(tabs), statistics.median(bares)
    return Row(
        f"peak memory, headless, {size(big)}, after F3 End F2 End (target 1.5 × bare + 40 MiB)",
        base,
        ours,
        ours,
        max(tabs),
        1.5 * base + 40,
        "MiB",
    )


def startup_rows(small: Path, big: Path, runs: int) -> list[Row]:
    found: list[Row] = []
    memory: dict[str, list[float]] = {"bare": [], "big": []}

    def run(args: Sequence[str], key: str | None = None) -> float:
        seconds, mib = headless_start(args)
        if key:
            memory[key].append(mib)
        return seconds

    found.append(
        ratio_row(
            "start-up to the first full screen, headless: app vs bare Textual app",
            lambda: run(["bare"]),
            lambda: run(["app", str(small)]),
            runs,
            1.3,
        )
    )
    if shutil.which("tmux"):
        from first_frame import BARE_TITLE

        found.append(
            ratio_row(
                "start-up in tmux 120×40 until the title shows: app vs bare Textual app",
                lambda: terminal_start([sys.executable, str(FIRST_FRAME), "bare"], BARE_TITLE),
                lambda: terminal_start(
                    [sys.executable, "-m", "facilitator", "--db", str(small), "run"],
                    "Rondetafel mbo",
                ),
                max(3, runs),
                1.3,
            )
        )
    else:
        print("tmux is not installed: the real-terminal start-up is left out", file=sys.stderr)
    alternated(
        lambda: run(["bare"], "bare"), lambda: run(["app", str(big)], "big"), max(2, runs // 2)
    )
    bare, ours = statistics.median(memory["bare"]), statistics.median(memory["big"])
    found.append(
        Row(
            f"peak memory, headless, {size(big)}: app (target 1.5 × bare + 40 MiB)",
            bare,
            ours,
            ours,
            max(memory["big"]),
            1.5 * bare + 40,
            "MiB",
        )
    )
    found.append(memory_row(big, runs, memory["bare"]))
    return found


# -- keys ----------------------------------------------------------------------------------
def open_app(db: Path, **kwargs: float) -> tuple[Store, FacilitatorApp]:
    store = Store(db)
    return store, make_app(store, store.sessions()[0].id, **kwargs)  # type: ignore[arg-type]


async def settle(app: FacilitatorApp, pilot: Pilot[None]) -> None:
    """Until every command given is saved and the screen shows the outcome."""
    while app.behind:
        await asyncio.sleep(0.0005)
    await pilot.pause()


async def _keys(db: Path, setup: Sequence[str], keys: Sequence[str], rounds: int) -> float:
    """Median CPU seconds (this process, all its threads) of one round of ``keys``, each
    until its outcome is saved and shown. CPU, not wall-clock: the test pilot's own waits
    are the same for any session and would hide the difference."""
    store, app = open_app(db, tick_seconds=0, watch_seconds=0)
    try:
        async with app.run_test(size=SIZE) as pilot:
            for key in setup:
                await pilot.press(key)
                await settle(app, pilot)
            times: list[float] = []
            for _ in range(rounds + 1):
                begun = time.process_time()
                for key in keys:
                    await pilot.press(key)
                    await settle(app, pilot)
                times.append(time.process_time() - begun)
            return statistics.median(times[1:])  # the first round warms up
    finally:
        store.close()


def keys(db: Path, setup: Sequence[str], pressed: Sequence[str], rounds: int) -> float:
    return asyncio.run(_keys(db, setup, pressed, rounds))


CAPTURE = ["b", *"bbl", "enter"]
FILTER = ["slash", "number_sign", *"bbl", "enter", "escape"]  # a fifth of the cards: #bbl
EDIT = ["enter", "x", "enter"]  # the selected card's line with an x after it, saved


def key_rows(few: Path, full: Path, many: Path, cards: int, runs: int, rounds: int) -> list[Row]:
    """The key rows. The filter and the edit are taken against a tenth of the cards
    (``full``), not 10: a column of 10 cards is nearly empty and one of a hundred full,
    and drawing full columns is not the board growing (see ``README.md``)."""
    name = f"{cards:,} vs 10 cards"
    tenth = f"{cards:,} vs {max(10, cards // 10):,} cards"
    return [
        ratio_row(
            f"Enter in the capture line (b, text, Enter), CPU, {name}",
            lambda: keys(few, [], CAPTURE, rounds),
            lambda: keys(many, [], CAPTURE, rounds),
            runs,
            1.25,
        ),
        ratio_row(
            f"board keys (v, →, ←, ↓ each until shown), CPU, {name}",
            lambda: keys(few, ["f2"], ["v", "right", "left", "down"], rounds),
            lambda: keys(many, ["f2"], ["v", "right", "left", "down"], rounds),
            runs,
            1.25,
        ),
        ratio_row(
            f"board filter (/ #bbl Enter, then Esc, each until shown), CPU, {tenth}",
            lambda: keys(full, ["f2"], FILTER, rounds),
            lambda: keys(many, ["f2"], FILTER, rounds),
            runs,
            1.25,
        ),
        ratio_row(
            f"a card edited (Enter, x, Enter until saved and shown), CPU, {tenth}",
            lambda: keys(full, ["f2"], EDIT, rounds),
            lambda: keys(many, ["f2"], EDIT, rounds),
            runs,
            1.25,
        ),
    ]


# -- the tick ------------------------------------------------------------------------------
async def _tick(db: Path, running: bool, ticks: int) -> float:
    """CPU seconds of one tick of the clock (and its redraw) on the console."""
    store, app = open_app(db, tick_seconds=0, watch_seconds=0)
    try:
        async with app.run_test(size=SIZE) as pilot:
            state = app.state
            assert state is not None
            item = state.current_item
            if item is not None and running != item.running:
                await pilot.press("space")
                await settle(app, pilot)
            for _ in range(3):
                app.tick()
                await pilot.pause()
            begun = time.process_time()
            for _ in range(ticks):
                app.tick()
                await pilot.pause()
            used = time.process_time() - begun
            # What pilot.pause() costs on its own, with nothing to redraw.
            begun = time.process_time()
            for _ in range(ticks):
                await pilot.pause()
            idle = time.process_time() - begun
            return max(0.0, used - idle) / ticks
    finally:
        store.close()


def tick(db: Path, running: bool, ticks: int) -> float:
    return asyncio.run(_tick(db, running, ticks))


def tick_rows(small: Path, big: Path, runs: int, ticks: int) -> list[Row]:
    found: list[Row] = []
    for running, what, target in ((True, "running", 0.010), (False, "paused", 0.002)):
        smalls, bigs = alternated(
            lambda r=running: tick(small, r, ticks), lambda r=running: tick(big, r, ticks), runs
        )
        found.append(
            Row(
                f"the 1-second tick, timer {what}, CPU per tick, {size(big)}",
                statistics.median(smalls),
                statistics.median(bigs),
                statistics.median(bigs),
                max(bigs),
                target,
                "seconds",
            )
        )
    return found


# -- two windows ---------------------------------------------------------------------------
async def _cross(db: Path, samples: int) -> list[float]:
    """Seconds from a commit in another process until this window's state shows it."""
    store, app = open_app(db, tick_seconds=0)  # the default watch, as in use
    writer = await asyncio.create_subprocess_exec(
        sys.executable,
        str(WRITER),
        str(db),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        env=clean_env(),
    )
    assert writer.stdin is not None and writer.stdout is not None
    lags: list[float] = []
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            for n in range(samples):
                state = app.state
                assert state is not None
                seen = state.contribution_count
                writer.stdin.write(f"{n}\n".encode())
                await writer.stdin.drain()
                committed = float((await writer.stdout.readline()).decode())
                while app.state is None or app.state.contribution_count == seen:
                    await asyncio.sleep(0.001)
                lags.append(time.time() - committed)
                await asyncio.sleep(0.05)
    finally:
        writer.stdin.close()
        await writer.wait()
        store.close()
    return lags


def cross_row(db: Path, samples: int) -> Row:
    lags = asyncio.run(_cross(db, samples))
    return Row(
        f"a capture in another process until this window shows it, worst of {samples}",
        0.0,
        statistics.median(lags),
        max(lags),
        max(lags),
        0.5,
        "seconds",
    )


def all_rows(folder: Path, contributions: int, cards: int, runs: int, quick: bool) -> list[Row]:
    """Every row of this module, on sessions built in ``folder``."""
    small = build(folder, 10, 10)[0]
    few = build(folder, 100, 10)[0]
    full = build(folder, 100, cards // 10)[0] if cards // 10 > 10 else few
    many = build(folder, 100, cards)[0]
    big = build(folder, contributions, cards)[0]
    found: list[Row] = []
    found += startup_rows(small, big, runs)
    found += key_rows(few, full, many, cards, runs, 2 if quick else 5)
    found += tick_rows(small, big, max(2, runs // 2), 5 if quick else 20)
    found.append(cross_row(big, 5 if quick else 20))
    return found


def some_rows(
    folder: Path, contributions: int, cards: int, runs: int, quick: bool, *, keys: bool, tick: bool
) -> list[Row]:
    """Only the key rows (``keys``) and/or the tick rows (``tick``) of :func:`all_rows`."""
    found: list[Row] = []
    if keys:
        few = build(folder, 100, 10)[0]
        full = build(folder, 100, cards // 10)[0] if cards // 10 > 10 else few
        many = build(folder, 100, cards)[0]
        found += key_rows(few, full, many, cards, runs, 2 if quick else 5)
    if tick:
        small = build(folder, 10, 10)[0]
        big = build(folder, contributions, cards)[0]
        found += tick_rows(small, big, max(2, runs // 2), 5 if quick else 20)
    return found


def memory_only(folder: Path, contributions: int, cards: int, runs: int) -> list[Row]:
    """The peak memory with the log and the board shown, alone."""
    return [memory_row(build(folder, contributions, cards)[0], runs)]


def startup_only(folder: Path, contributions: int, cards: int, runs: int) -> list[Row]:
    """The start-up rows alone (and the peak memory, which is measured with them)."""
    small = build(folder, 10, 10)[0]
    big = build(folder, contributions, cards)[0]
    return startup_rows(small, big, runs)
