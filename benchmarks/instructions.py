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


def count(args: list[str]) -> int:
    """Instructions executed by ``first_frame.py ARGS --headless`` under callgrind."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONHASHSEED"] = "0"  # the same dict and set orders every run
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            str(FIRST_FRAME),
            *args,
            "--headless",
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a facilitator database (default: generated)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing counted", file=sys.stderr)
        return 0
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(HERE.parent / "facilitator")],
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        check=True,
    )
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
