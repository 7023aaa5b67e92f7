"""What the operating system refused, said in the message's language: a database that
cannot be made in a folder nobody may write to, output that finds the disk full."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES
from tests.permissions import facilitator

SLUG = "proeftafel-twente"
TWENTE = str(SAMPLES / "twente.toml")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Cannot create the database {db}: the folder {folder} cannot be written to"),
        ("nl", "Kan de database {db} niet maken: in de map {folder} kan niet worden geschreven"),
    ],
)
def test_a_new_database_in_a_folder_nobody_may_write_to_says_so(
    tmp_path: Path, lang: str, said: str
) -> None:
    """Before: «Kan de database rom/new.db niet openen: unable to open database file.»"""
    folder = tmp_path / "rom"
    folder.mkdir()
    db = folder / "new.db"
    folder.chmod(0o555)
    try:
        done = facilitator(db, "import", TWENTE, lang=lang)
    finally:
        folder.chmod(0o755)
    assert done.returncode == 1, done.stderr
    assert said.format(db=db, folder=folder) in done.stderr
    assert "unable to open" not in done.stderr and "Traceback" not in done.stderr
    assert list(folder.iterdir()) == []


def _to_full_disk(db: Path, lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``facilitator --db DB ARGS`` with its standard output on a full disk."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    env = {**os.environ, "FACILITATOR_LANG": lang, "PYTHONPATH": str(ROOT)}
    with open("/dev/full", "w", encoding="utf-8") as full:
        return subprocess.run(
            [sys.executable, "-m", "facilitator", "--db", str(db), *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=db.parent,
            timeout=60,
            check=False,
        )


@pytest.mark.parametrize(
    "args",
    [["list"], ["export", SLUG, "-o", "-"], ["history", SLUG]],
    ids=["list", "export", "history"],
)
@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Cannot write the output: the disk is full."),
        ("nl", "Kan de uitvoer niet schrijven: de schijf is vol."),
    ],
)
def test_output_on_a_full_disk_says_the_disk_is_full(
    db: Path, args: list[str], lang: str, said: str
) -> None:
    """Before: «Onverwachte fout: [Errno 28] No space left on device»."""
    done = _to_full_disk(db, lang, *args)
    assert done.returncode == 1
    assert done.stderr == said + "\n"
    assert not (db.parent / "crash-reports").exists()
