"""Speed benchmarks: every figure of the performance table, each with its target.

Run: ``python benchmarks/bench.py [--contributions N] [--cards N] [--quick]``.
Prints one table (A and B as medians, the figure judged, its worst run, the target and a
verdict) and exits 1 if a target is missed. ``--quick`` is a smoke run on a session a
tenth the size with two runs per row: it prints verdicts but exits 0 unless something
crashed (a busy machine must not fail a build on a timing). See ``README.md`` here.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import minutes  # noqa: E402  (benchmarks/minutes.py, next to this file)
import screen  # noqa: E402  (benchmarks/screen.py)
from minutes import Row  # noqa: E402

UNITS = {"ratio": "×", "seconds": "s", "MiB": " MiB"}


def value(row: Row, amount: float) -> str:
    if row.kind == "MiB":
        return f"{amount:.0f} MiB"
    if amount < 0.01:
        return f"{amount * 1000:.1f} ms"
    return f"{amount * 1000:.0f} ms" if amount < 1 else f"{amount:.2f} s"


def figure(row: Row, amount: float) -> str:
    if row.kind == "ratio":
        return f"{amount:.2f}×"
    return value(row, amount)


def table(rows: list[Row]) -> str:
    width = max(len(r.name) for r in rows)
    head = ("A", "B", "figure", "worst", "target", "")
    lines = [f"{'benchmark':<{width}} " + " ".join(f"{h:>9}" for h in head)]
    for row in rows:
        cells = (
            value(row, row.base) if row.base else "—",
            value(row, row.measured),
            figure(row, row.median),
            figure(row, row.worst),
            ("≤ " + figure(row, row.target)),
            "ok" if row.ok else "MISSED",
        )
        lines.append(f"{row.name:<{width}} " + " ".join(f"{c:>9}" for c in cells))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a short smoke run; exits 0")
    parser.add_argument(
        "--contributions", type=int, default=10_000, help="contributions of the big session"
    )
    parser.add_argument("--cards", type=int, default=1_000, help="cards of the big session")
    parser.add_argument("--runs", type=int, default=0, help="runs per row (default 7, quick 1)")
    parser.add_argument("--minutes-only", action="store_true", help="only the minutes rows")
    parser.add_argument("--screen-only", action="store_true", help="only the rows of the app")
    parser.add_argument(
        "--keys-only",
        action="store_true",
        help="only the key rows (capture Enter, board keys, filter, card edit)",
    )
    parser.add_argument("--tick-only", action="store_true", help="only the tick rows")
    parser.add_argument(
        "--startup-only", action="store_true", help="only the start-up rows (and memory)"
    )
    parser.add_argument(
        "--memory-only",
        action="store_true",
        help="only the peak memory with the log and the board shown (F3 End F2 End)",
    )
    args = parser.parse_args()
    runs = args.runs or (1 if args.quick else 7)
    scale = 10 if args.quick else 1
    contributions = max(10, args.contributions // scale)
    cards = max(10, args.cards // scale)
    minutes.compile_package()
    found: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.startup_only:
            found += screen.startup_only(folder, contributions, cards, runs)
        elif args.memory_only:
            found += screen.memory_only(folder, contributions, cards, runs)
        elif args.keys_only or args.tick_only:
            found += screen.some_rows(
                folder,
                contributions,
                cards,
                runs,
                args.quick,
                keys=args.keys_only,
                tick=args.tick_only,
            )
        elif not args.minutes_only:
            found += screen.all_rows(folder, contributions, cards, runs, args.quick)
        some = (args.screen_only, args.keys_only, args.tick_only, args.startup_only)
        if not any(some) and not args.memory_only:
            found += minutes.rows(folder, contributions, cards, runs, docx=not args.quick)
    print(table(found), flush=True)
    missed = [r.name for r in found if not r.ok]
    if args.quick:
        print("smoke run (--quick): timings are not judged; the exit code says only that it ran")
        return 0
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
