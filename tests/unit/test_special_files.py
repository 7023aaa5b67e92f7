"""A named pipe or a device given where a record or a database to merge belongs is refused
at once: reading a pipe waited, without a word, for a writer that never came."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator.export.jsonimport import RecordError, read_record
from facilitator.store import Store, StoreError
from facilitator.store.merge import merge_database

WAIT = 10.0  # a deadline, never reached when things work


def _refused(fifo: Path, read: Callable[[], object]) -> BaseException:
    """What ``read`` raised, in a thread that must not block on ``fifo``."""
    found: list[BaseException] = []

    def run() -> None:
        try:
            read()
        except BaseException as exc:
            found.append(exc)

    reader = threading.Thread(target=run, daemon=True)
    reader.start()
    reader.join(timeout=WAIT)
    if reader.is_alive():  # let the blocked open go, then fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=WAIT)
        pytest.fail("reading a named pipe blocked")
    (error,) = found
    return error


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "it is not an ordinary file (but, say, a device or a pipe)"),
        ("nl", "het is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp)"),
    ],
)
def test_a_named_pipe_given_as_a_record_is_refused_before_it_is_opened(
    tmp_path: Path, lang: str, said: str
) -> None:
    fifo = tmp_path / "verslag.json"
    os.mkfifo(fifo)
    error = _refused(fifo, lambda: read_record(fifo))
    assert isinstance(error, RecordError)
    assert str(fifo) in error.message(lang) and said in error.message(lang)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "it is not an ordinary file (but, say, a device or a pipe)"),
        ("nl", "het is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp)"),
    ],
)
def test_a_named_pipe_given_as_a_database_to_merge_is_refused_not_called_missing(
    tmp_path: Path, store: Store, lang: str, said: str
) -> None:
    """It said «There is no database other.db to merge.», though the file was there."""
    fifo = tmp_path / "ander.db"
    os.mkfifo(fifo)
    error = _refused(fifo, lambda: merge_database(store, fifo))
    assert isinstance(error, StoreError)
    assert error.key == "other_unreadable"
    assert str(fifo) in error.message(lang) and said in error.message(lang)
