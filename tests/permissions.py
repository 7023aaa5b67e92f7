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
