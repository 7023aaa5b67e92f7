"""The garbage collector held off while the program loads.

Loading the program makes tens of thousands of objects that live as long as it does
(modules, classes, functions, the action table). Python's cyclic garbage collector, at
its default thresholds, runs every 700 new objects and scans the young ones again and
again while they are made; none of them is garbage. Holding it off while the modules load
saves that work at every start (about 15–20 ms of ``facilitator run`` on a 2-core
machine, see docs/performance.md). Once loaded, ``facilitator run`` freezes what was made
(:meth:`facilitator.tui.app.FacilitatorApp.run`), so no later collection scans it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def held() -> Iterator[None]:
    """No collection while the block runs; the collector as it was afterwards (nested
    blocks and a collector already off are left as they are)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
