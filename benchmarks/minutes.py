"""The minutes benchmark: a generated session of any size, exported in and out of process.

``build(folder, contributions, cards)`` makes a database with the sample session
filled with ``contributions`` contributions, ``cards`` cards (a third of each
column, numbered in it from 1 as the app numbers them, one in ten merged into
another, actions linked to barriers and owned),
and speeches; one contribution in ten names a participant (the sample session
is under the Chatham House rule, so the minutes take those names out).
``in_process`` renders the minutes from a collected record; ``whole_process``
runs ``facilitator export`` as a subprocess, as a user would.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Card, Column, Contribution, Kind, Owner, Speech
from facilitator.export.command import render
from facilitator.export.record import collect
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_sessions" / "twente.toml"
COLUMNS = (Column.BARRIER, Column.OPPORTUNITY, Column.ACTION)


def build(folder: Path, contributions: int, cards: int) -> tuple[Path, str]:
    """A database holding one generated session; returns its path and the session's slug."""
    path = folder / f"minutes-{contributions}-{cards}.db"
    clock = FakeClock(datetime(2020, 10, 6, 12, 0, tzinfo=UTC))
    store = Store(path, clock=clock)
    try:
        session = import_plan(store, load_session_file(SAMPLE)).session
        people = store.participants(session.id)
        items = store.items(session.id)
        start = clock.now()
        with store.change(session.id, "fill") as tx:
            made: list[Card] = []
            given = dict.fromkeys(COLUMNS, 0)  # each column numbers its cards from 1, as the app
            for n in range(cards):
                column = COLUMNS[n % 3]
                given[column] += 1
                barriers = [c for c in made[-30:] if c.column == Column.BARRIER]
                owners = [Owner("UWV Twente", people[n % len(people)].id)] if n % 6 == 2 else []
                card = Card(
                    id=0,
                    session_id=session.id,
                    column=column,
                    title=f"Kaart {n}: te weinig stageplaatsen in de zorg en de bouw",
                    position=float(n),
                    number=given[column],
                    created_at=start,
                    participant_id=people[n % len(people)].id,
                    item_id=items[n % len(items)].id,
                    owners=owners,
                    due=date(2020, 11, 1) + timedelta(days=n % 40) if n % 4 == 2 else None,
                    tags=["bbl"] if n % 5 == 0 else [],
                    votes=n % 4,
                    links=[barriers[-1].id] if column == Column.ACTION and barriers else [],
                    parked=n % 50 == 7,
                )
                made.append(tx.insert(card))
            for n, card in enumerate(made):
                if n % 10 == 9 and n >= 3:  # one in ten merged into a card of its column
                    card.merged_into = made[n - 3].id
                    tx.update(card)
            for n in range(contributions):
                kind = list(Kind)[n % 6]
                on_card = made[n % len(made)].id if made and n % 3 == 0 else None
                tx.insert(
                    Contribution(
                        id=0,
                        session_id=session.id,
                        kind=kind,
                        text=f"Bijdrage {n} over stageplaatsen en bbl in de zorg"
                        + (
                            f", zegt {people[n % len(people)].name.split()[0]}"
                            if n % 10 == 0
                            else ""
                        ),
                        created_at=start + timedelta(seconds=n),
                        participant_id=people[n % len(people)].id,
                        item_id=items[n % len(items)].id,
                        tags=["stage"] if n % 7 == 0 else [],
                        card_id=on_card,
                    )
                )
            for n in range(min(contributions // 10, 2_000)):
                begun = start + timedelta(seconds=30 * n)
                tx.insert(
                    Speech(
                        id=0,
                        session_id=session.id,
                        participant_id=people[n % len(people)].id,
                        item_id=items[n % len(items)].id,
                        started_at=begun,
                        ended_at=begun + timedelta(seconds=25),
                    )
                )
        return path, session.slug
    finally:
        store.close()


def in_process(path: Path, fmt: str = "md") -> float:
    """Seconds to collect the record and render the minutes in this process."""
    store = Store(path)
    try:
        session = store.sessions()[0]
        begun = time.perf_counter()
        render(collect(store, session.id), fmt, "nl")
        return time.perf_counter() - begun
    finally:
        store.close()


def _run(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one child process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    begun = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, cwd=cwd)
    wall = time.perf_counter() - begun
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def whole_process(path: Path, slug: str, fmt: str = "md") -> tuple[float, float]:
    """Wall and CPU seconds for ``facilitator export --format FMT -o -`` as a new process."""
    command = [sys.executable, "-m", "facilitator", "--db", str(path), "export", slug]
    return _run(command + ["--format", fmt, "-o", "-"], path.parent)


def bare_process(path: Path) -> tuple[float, float]:
    """``facilitator --help``: the start-up a whole-process export pays anyway."""
    return _run([sys.executable, "-m", "facilitator", "--help"], path.parent)


@dataclass(frozen=True)
class Row:
    """One line of the table: ``kind`` "ratio" (B/A) or "seconds" (B alone) against ``target``."""

    name: str
    base: float  # median seconds of A
    measured: float  # median seconds of B
    median: float  # the figure judged: median ratio, or median seconds
    worst: float
    target: float
    kind: str = "ratio"

    @property
    def ok(self) -> bool:
        return self.median <= self.target


def alternated(
    a: Callable[[], float], b: Callable[[], float], runs: int
) -> tuple[list[float], list[float]]:
    """Timings of A and B taken in turns (A B, B A, A B, …) so that load hits both alike."""
    times_a: list[float] = []
    times_b: list[float] = []
    for n in range(runs):
        if n % 2:
            times_b.append(b())
            times_a.append(a())
        else:
            times_a.append(a())
            times_b.append(b())
    return times_a, times_b


def _keep(found: list[tuple[float, float]], measured: tuple[float, float]) -> float:
    found.append(measured)
    return measured[0]


def ratio_row(
    name: str, a: Callable[[], float], b: Callable[[], float], runs: int, target: float
) -> Row:
    times_a, times_b = alternated(a, b, runs)
    ratios = [tb / ta for ta, tb in zip(times_a, times_b, strict=True) if ta > 0]
    return Row(
        name,
        statistics.median(times_a),
        statistics.median(times_b),
        statistics.median(ratios),
        max(ratios),
        target,
    )


def rows(
    folder: Path, contributions: int, cards: int, runs: int, *, docx: bool = True
) -> list[Row]:
    """The minutes rows of the benchmark table, on sessions generated in ``folder``."""
    compile_package()
    small = max(1, contributions // 10)
    few_cards = max(1, cards // 10)
    large_path, slug = build(folder, contributions, cards)
    small_path, _ = build(folder, small, cards)
    few_path, _ = build(folder, small, few_cards)
    size = f"{contributions:,} contributions, {cards:,} cards"
    found: list[Row] = []
    helps: list[tuple[float, float]] = []
    exports: list[tuple[float, float]] = []
    alternated(
        lambda: _keep(helps, bare_process(large_path)),
        lambda: _keep(exports, whole_process(large_path, slug)),
        runs,
    )
    # Wall-clock is what a user waits; on a machine shared with other work it also
    # measures the wait for a free core, so the CPU time is shown beside it.
    for n, what in ((0, "wall"), (1, "CPU")):
        found.append(
            Row(
                f"minutes md, whole process, {what} ({size}); A: facilitator --help",
                statistics.median(h[n] for h in helps),
                statistics.median(e[n] for e in exports),
                statistics.median(e[n] for e in exports),
                max(e[n] for e in exports),
                0.5,
                "seconds",
            )
        )
    formats = ["md", "html", "json"] + (["docx"] if docx else [])
    for fmt in formats:
        found.append(
            ratio_row(
                f"minutes {fmt}: {contributions:,} vs {small:,} contributions",
                partial(in_process, small_path, fmt),
                partial(in_process, large_path, fmt),
                runs,
                10.0,
            )
        )
    found.append(
        ratio_row(
            f"minutes md: {cards:,} vs {few_cards:,} cards",
            partial(in_process, few_path, "md"),
            partial(in_process, small_path, "md"),
            runs,
            10.0,
        )
    )
    return found


def table(found: list[Row]) -> str:
    """The rows as printed: A and B (median), the figure, its worst run, target and verdict."""
    lines = [f"{'minutes':<76} {'A':>8} {'B':>8} {'median':>8} {'worst':>8} {'target':>8}"]
    for row in found:
        unit = "×" if row.kind == "ratio" else "s"
        lines.append(
            f"{row.name:<76} {row.base:>7.3f}s {row.measured:>7.3f}s {row.median:>7.2f}{unit} "
            f"{row.worst:>7.2f}{unit} {row.target:>7.2f}{unit} {'ok' if row.ok else 'MISSED'}"
        )
    return "\n".join(lines)


def compile_package() -> None:
    """Compile the package's bytecode once, so no run pays for compiling it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "compileall", "-q", str(ROOT / "facilitator")]
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
