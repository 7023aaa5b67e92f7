"""Running a program as file permissions bind it, to test read-only files for real.

Root may write any file whatever its mode (the capabilities ``CAP_DAC_OVERRIDE`` and
``CAP_FOWNER``), so a test running as root runs the program without them (``setpriv``);
anyone else runs it as is. Without ``setpriv`` the test is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT

CAPABILITIES = "-dac_override,-dac_read_search,-fowner"


def bound_by_permissions() -> list[str]:
    """The words before a command that make the file permissions count for it."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: a read-only file is writable here")
    return [setpriv, f"--inh-caps={CAPABILITIES}", f"--bounding-set={CAPABILITIES}"]


def run_python(args: list[str], cwd: Path, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """``python ARGS`` bound by the file permissions, its output as text."""
    env = {**os.environ, "FACILITATOR_LANG": lang, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [*bound_by_permissions(), sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


def facilitator(db: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """``facilitator --db DB ARGS``, the real program, bound by the file permissions."""
    return run_python(["-m", "facilitator", "--db", str(db), *args], db.parent, lang)


def _chattr(flag: str, paths: tuple[Path, ...]) -> bool:
    chattr = shutil.which("chattr")
    if chattr is None:
        return False
    done = subprocess.run([chattr, flag, *map(str, paths)], capture_output=True, check=False)
    return done.returncode == 0


@contextmanager
def protected(*paths: Path) -> Iterator[None]:
    """The files protected against changes (``chattr +i``: nobody may write them, root
    included) for the block, and free again after it, whatever happens in it. The test is
    skipped where the protection cannot be set (it needs root and ext2/3/4)."""
    if not _chattr("+i", paths):
        pytest.skip("chattr +i is not available here (needs root and ext2/3/4)")
    try:
        yield
    finally:
        assert _chattr("-i", paths), f"could not take the protection off {paths}"
