"""Child processes for the tests that share one database between several programs.

Run as ``python -m tests.unit.processes open`` (opens each database path read
from stdin, answers ``ok`` or the error key) or ``... work PATH N COUNT`` (the
note-taker's and facilitator's commands at full speed, then a JSON summary).
Each child says ``ready`` first and starts on a line from the parent, so all
of them start at the same moment.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def spawn(*args: str) -> subprocess.Popen[str]:
    """A child running this module, talking line by line over stdin and stdout."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.unit.processes", *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def all_at_once(children: Sequence[subprocess.Popen[str]], line: str) -> list[str]:
    """Send ``line`` to every child, then collect one answer from each."""
    for child in children:
        assert child.stdin is not None
        child.stdin.write(line + "\n")
        child.stdin.flush()
    answers = []
    for child in children:
        assert child.stdout is not None
        answers.append(child.stdout.readline().strip())
    return answers


def finish(children: Sequence[subprocess.Popen[str]]) -> None:
    for child in children:
        if child.stdin is not None:
            child.stdin.close()
        child.wait(timeout=60)


def _open() -> None:
    from facilitator.store import Store, StoreError

    print("ready", flush=True)
    for line in sys.stdin:
        try:
            Store(line.strip()).close()
        except StoreError as exc:
            print(f"{exc.key}: {exc}", flush=True)
        else:
            print("ok", flush=True)


def _work(path: str, number: int, count: int) -> None:
    from facilitator.domain.errors import DomainError
    from facilitator.domain.model import Column, Kind
    from facilitator.service import Services
    from facilitator.store import Store, StoreError

    store = Store(path)
    session = store.sessions()[0]
    service = Services.open(store, session.id)
    taker = Services.open(store, session.id)
    people = [p.id for p in store.participants(session.id)]
    items = [i.id for i in store.items(session.id)]
    shared = next(c for c in store.cards(session.id) if c.column == Column.OPPORTUNITY)
    captures: list[str] = []
    tags: list[str] = []
    store_errors: list[str] = []
    refused: list[str] = []
    votes = 0
    print("ready", flush=True)
    sys.stdin.readline()
    for n in range(count):
        tag = f"w{number}-{n}"
        try:
            taker.notes.capture(Kind.BARRIER, f"bijdrage {tag}", tags=[tag])
            captures.append(tag)
            tags.append(tag)
            person = people[(n + number) % len(people)]
            step = n % 7
            if step == 0:
                service.agenda.move(+1)
            elif step == 1:
                service.agenda.move(-1)
            elif step == 2:
                taker.board.vote(shared.id)
                votes += 1
            elif step == 3:
                service.floor.enqueue(person)
                service.floor.enqueue(person, point_of_order=True)
            elif step == 4:
                service.floor.withdraw(person)
            elif step == 5:
                service.agenda.toggle_timer()
            else:
                service.agenda.goto(items[n % len(items)])
                service.floor.enqueue_number(1 + n % len(people))
        except StoreError as exc:
            store_errors.append(f"{exc.key}: {exc}")
        except DomainError as exc:
            refused.append(exc.key)
    store.close()
    done = {
        "captures": captures,
        "tags": tags,
        "votes": votes,
        "store_errors": store_errors,
        "refused": refused,
    }
    print(json.dumps(done), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "open":
        _open()
    else:
        _work(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
