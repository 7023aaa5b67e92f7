"""Instructions to the first frame, counted: a start-up figure a busy machine cannot move.

``python benchmarks/instructions.py [--db DB]`` runs ``first_frame.py`` headless under
valgrind's callgrind, once for the bare Textual app and once for the facilitator (as
``facilitator run`` loads it, on a small generated session or DB), and prints the
instructions each executed from the interpreter's start to the first full screen and
their ratio. Timings scatter with the load of the machine; instruction counts do not
(a few tenths of a percent), so this shows whether a start-up change saves work even
when the timed rows cannot. It is not a target: an instruction that waits on memory
costs more than one that does not, so the timed rows stay the judge. Needs valgrind;
takes about a minute.

``python benchmarks/instructions.py --board-keys`` counts the board keys row the same
way: the instructions of one round of ``v`` ``→`` ``←`` ``↓`` (each until saved and
drawn, ``key_rounds.py``) on the board of 10 cards and of 1,000, and their ratio (the
target of the timed row is 1.25×). Each count is the difference of a run with rounds and
one without, on a fresh copy of the session; takes some minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST_FRAME = HERE / "first_frame.py"
KEY_ROUNDS = HERE / "key_rounds.py"
BOARD_KEYS = "v,right,left,down"
ROUNDS = 4


def count(args: list[str], script: Path = FIRST_FRAME) -> int:
    """Instructions executed by ``first_frame.py ARGS --headless`` (or ``script ARGS``)
    under callgrind."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONHASHSEED"] = "0"  # the same dict and set orders every run
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            str(script),
            *args,
            *(["--headless"] if script == FIRST_FRAME else []),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind gave no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def per_round(db: Path, folder: Path) -> float:
    """Instructions of one round of the board keys on ``db`` (a fresh copy each run)."""
    runs = []
    for rounds in (0, ROUNDS):
        copy = folder / f"keys-{rounds}.db"
        shutil.copyfile(db, copy)
        runs.append(count([str(copy), str(rounds), BOARD_KEYS], KEY_ROUNDS))
    return (runs[1] - runs[0]) / ROUNDS


def board_keys(folder: Path) -> None:
    sys.path.insert(0, str(HERE))
    from minutes import build

    few = per_round(build(folder, 100, 10)[0], folder)
    many = per_round(build(folder, 100, 1000)[0], folder)
    print(f"board keys, 10 cards      {few / 1e6:8.0f} M instructions a round")
    ratio = many / few
    print(f"board keys, 1,000 cards   {many / 1e6:8.0f} M instructions a round   {ratio:.2f} ×")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a facilitator database (default: generated)")
    parser.add_argument(
        "--board-keys", action="store_true", help="count the board keys row instead"
    )
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing counted", file=sys.stderr)
        return 0
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(HERE.parent / "facilitator")],
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        check=True,
    )
    if args.board_keys:
        with tempfile.TemporaryDirectory() as folder:
            board_keys(Path(folder))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:
            sys.path.insert(0, str(HERE))
            from minutes import build

            db, _ = build(Path(folder), 10, 10)
        bare = count(["bare"])
        ours = count(["app", str(db)])
    print(f"bare Textual app   {bare / 1e6:8.0f} M instructions")
    print(f"facilitator run    {ours / 1e6:8.0f} M instructions   {ours / bare:.2f} × bare")
    return 0


if __name__ == "__main__":
    sys.exit(main())
