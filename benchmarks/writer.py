"""The other window of the cross-window row: one capture per line read, then its time.

``python benchmarks/writer.py DB``: for each line on stdin, saves one contribution in
the first session of DB (as a second window would) and prints the wall-clock time
(``time.time()``) just after it is committed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from facilitator.domain.model import Kind
from facilitator.service import Services, Store


def main(db: Path) -> None:
    store = Store(db)
    services = Services.open(store, store.sessions()[0].id)
    for line in sys.stdin:
        services.notes.capture(Kind.NOTE, f"Van het andere venster {line.strip()}")
        print(time.time(), flush=True)
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
