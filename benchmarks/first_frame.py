"""A process that starts an app and stops at its first full screen (the start-up rows).

``python benchmarks/first_frame.py bare [--headless]``: a bare Textual app (Header, Label,
Footer). ``python benchmarks/first_frame.py app DB [--headless]``: the facilitator on the
first session of DB, as ``facilitator run`` starts it. Headless, the app stops once its
first screen is processed and prints its peak memory (KiB); in a terminal it runs until
it is stopped (the benchmark waits for the title to show and then ends the terminal).
With ``--tabs`` (headless, the facilitator) it first shows the contributions and their
oldest page (``F3``, ``End``) and the board and its last card (``F2``, ``End``), each
until drawn, and then stops: the peak memory of a session's log and board shown.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path
from typing import Any

BARE_TITLE = "Bare Textual app"


def bare() -> Any:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Label

    class Bare(App[None]):
        TITLE = BARE_TITLE
        BINDINGS = [("q", "quit", "Quit")]

        def compose(self) -> ComposeResult:
            yield Header()
            yield Label("bare")
            yield Footer()

    return Bare()


def ours(db: Path) -> Any:
    """The app as ``facilitator run`` makes it: its modules loaded, and its first reads
    made, with the garbage collector held off (:mod:`facilitator.collector`)."""
    from facilitator.collector import held

    with held():
        import facilitator.cli  # noqa: F401  (the command line is loaded first)
    with held():
        from facilitator.service import Store
        from facilitator.tui.app import make_app

        store = Store(db)
        return make_app(store, store.sessions()[0].id)


TABS = ("f3", "end", "f2", "end")
"""The keys ``--tabs`` presses: the contributions and their oldest page, the board and the
last card of its first column."""


async def first_frame(pilot: Any) -> None:
    await pilot.pause()
    pilot.app.exit()


async def tabs_shown(pilot: Any) -> None:
    await pilot.pause()
    for key in TABS:
        await pilot.press(key)
        await pilot.pause()
    pilot.app.exit()


def main(argv: list[str]) -> None:
    headless = "--headless" in argv
    tabs = "--tabs" in argv
    args = [a for a in argv if a not in ("--headless", "--tabs")]
    app = bare() if args[0] == "bare" else ours(Path(args[1]))
    if headless:
        app.run(headless=True, size=(120, 40), auto_pilot=tabs_shown if tabs else first_frame)
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    else:
        app.run()


if __name__ == "__main__":
    main(sys.argv[1:])
