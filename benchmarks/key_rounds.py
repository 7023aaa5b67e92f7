"""A process that opens the app on a session, shows the board and presses keys in rounds.

``python benchmarks/key_rounds.py DB ROUNDS KEY,KEY,…``: the facilitator on the first
session of DB, ``F2``, then the keys once to warm up and ROUNDS times more, each key
until its outcome is saved and drawn (as the key rows of ``bench.py`` press them). Run
under callgrind by ``instructions.py --board-keys``: the instructions of ROUNDS rounds
are the count with ROUNDS less the count with none.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screen import SIZE, open_app, settle  # noqa: E402


async def press(db: Path, rounds: int, keys: list[str]) -> None:
    store, app = open_app(db, tick_seconds=0, watch_seconds=0)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("f2")
            await settle(app, pilot)
            for _ in range(rounds + 1):
                for key in keys:
                    await pilot.press(key)
                    await settle(app, pilot)
    finally:
        store.close()


if __name__ == "__main__":
    asyncio.run(press(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3].split(",")))
