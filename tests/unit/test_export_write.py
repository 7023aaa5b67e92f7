"""Exported files are written atomically and never over an existing file by accident."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator.export import write
from facilitator.export.write import next_free_path, taken_before, write_atomic, write_new


def test_write_atomic_writes_utf8_with_unix_newlines(tmp_path: Path) -> None:
    path = tmp_path / "twente.md"
    assert write_atomic(path, "één\ntwee\n") == path
    assert path.read_bytes() == "één\ntwee\n".encode()
    assert os.listdir(tmp_path) == ["twente.md"]


def test_write_atomic_replaces(tmp_path: Path) -> None:
    path = tmp_path / "twente.md"
    path.write_text("old", encoding="utf-8")
    write_atomic(path, "new")
    assert path.read_text(encoding="utf-8") == "new"
    assert os.listdir(tmp_path) == ["twente.md"]


def test_failure_while_writing_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "twente.md"
    path.write_text("old minutes", encoding="utf-8")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(write.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        write_atomic(path, "new minutes " * 1000)
    assert path.read_text(encoding="utf-8") == "old minutes"
    assert os.listdir(tmp_path) == ["twente.md"]


def test_failure_while_renaming_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "twente.md"
    path.write_text("old minutes", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(write.os, "replace", broken_replace)
    with pytest.raises(PermissionError):
        write_atomic(path, "new minutes")
    assert path.read_text(encoding="utf-8") == "old minutes"
    assert os.listdir(tmp_path) == ["twente.md"]


def test_interrupted_write_leaves_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "twente.md"

    def interrupted(fd: int, data: bytes) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(write.os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, "text")
    assert os.listdir(tmp_path) == []


def test_the_file_taken_before_is_the_last_name_given_before_that_is_still_there(
    tmp_path: Path,
) -> None:
    """A name ending in digits of its own (``twente-2020-10``) is read as the name, not as
    the tenth file of ``twente-2020``."""
    wanted = tmp_path / "twente-2020-10.md"
    assert taken_before(wanted, wanted) is None
    assert taken_before(tmp_path / "twente-2020-10-2.md", wanted) is None  # nothing there
    wanted.write_text("1", encoding="utf-8")
    assert taken_before(tmp_path / "twente-2020-10-2.md", wanted) == wanted
    (tmp_path / "twente-2020-10-3.md").write_text("3", encoding="utf-8")
    assert (
        taken_before(tmp_path / "twente-2020-10-4.md", wanted) == tmp_path / "twente-2020-10-3.md"
    )
    assert taken_before(tmp_path / "twente-2020-10-3.md", wanted) == wanted  # no -2: the first
    assert taken_before(tmp_path / "twente-2020-11-2.md", wanted) is None  # another name
    assert taken_before(tmp_path / "other" / "twente-2020-10-2.md", wanted) is None


def test_next_free_path(tmp_path: Path) -> None:
    path = tmp_path / "twente.md"
    assert next_free_path(path) == path
    path.write_text("1", encoding="utf-8")
    assert next_free_path(path) == tmp_path / "twente-2.md"
    (tmp_path / "twente-2.md").write_text("2", encoding="utf-8")
    assert next_free_path(path) == tmp_path / "twente-3.md"


def test_write_new_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "twente.md"
    assert write_new(path, "one") == path
    assert write_new(path, "two") == tmp_path / "twente-2.md"
    assert write_new(path, "three") == tmp_path / "twente-3.md"
    assert path.read_text(encoding="utf-8") == "one"
    assert sorted(os.listdir(tmp_path)) == ["twente-2.md", "twente-3.md", "twente.md"]


def test_write_atomic_without_overwrite_refuses(tmp_path: Path) -> None:
    path = tmp_path / "twente.md"
    path.write_text("keep", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_atomic(path, "new", overwrite=False)
    assert path.read_text(encoding="utf-8") == "keep"
    assert os.listdir(tmp_path) == ["twente.md"]


def test_write_new_when_a_name_is_taken_in_between(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "twente.md"
    real = write.next_free_path
    calls: list[Path] = []

    def racing(wanted: Path) -> Path:
        found = real(wanted)
        if not calls:  # another program takes the name right after we chose it
            found.write_text("theirs", encoding="utf-8")
        calls.append(found)
        return found

    monkeypatch.setattr(write, "next_free_path", racing)
    assert write_new(path, "ours") == tmp_path / "twente-2.md"
    assert path.read_text(encoding="utf-8") == "theirs"
