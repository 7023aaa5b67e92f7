"""The import contracts in pyproject.toml hold, and they would catch a layer crossed.

``lint-imports`` (import-linter) checks them in CI; here the same check runs on the
real package and on a small stand-in package that breaks every rule once.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

CONTRACTS = (
    "The domain and the capture parser are pure: no Textual, no SQL",
    "The synthesis grouping core is pure: no Textual, no SQL, no store or exporters",
    "The service layer knows nothing of Textual",
    "The TUI reaches the store only through the service",
    "The TUI reaches the exporters only through the service",
)


def lint_imports(cwd: Path, pythonpath: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` with this project's contracts, on the package found on ``pythonpath``."""
    tool = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.fail("lint-imports is missing: install the test extras (pip install -e '.[test]')")
    if cwd != ROOT:
        shutil.copy(ROOT / "pyproject.toml", cwd / "pyproject.toml")
    env = {**os.environ, "PYTHONPATH": str(pythonpath), "NO_COLOR": "1"}
    return subprocess.run(
        [tool, "--no-cache"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_package_keeps_every_contract() -> None:
    done = lint_imports(ROOT, ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    for name in CONTRACTS:
        assert f"{name} KEPT" in done.stdout


STAND_IN = {
    "__init__.py": "",
    "domain/__init__.py": "import sqlite3\n",
    "capture/__init__.py": "import textual\n",
    "store/__init__.py": "import sqlite_utils\n",
    "export/__init__.py": "from facilitator import store\n",
    "service/__init__.py": "import textual\nfrom facilitator import export, store\n",
    "synthesis/__init__.py": "",
    "synthesis/grouping/__init__.py": "from facilitator import store\n",
    "tui/__init__.py": "",
    "tui/fine.py": "from facilitator import service\n",  # store and export via the service
    "tui/direct_store.py": "import facilitator.store\n",
    "tui/direct_export.py": "from facilitator.export import x\n",
}


def test_the_contracts_catch_each_crossing(tmp_path: Path) -> None:
    for name, text in STAND_IN.items():
        path = tmp_path / "facilitator" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    done = lint_imports(tmp_path, tmp_path)
    out = done.stdout
    assert done.returncode == 1, out + done.stderr
    for name in CONTRACTS:
        assert f"{name} BROKEN" in out
    for crossing in (
        "facilitator.domain -> sqlite3",
        "facilitator.capture -> textual",
        "facilitator.synthesis.grouping -> facilitator.store",
        "facilitator.service -> textual",
        "facilitator.tui.direct_store -> facilitator.store",
        "facilitator.tui.direct_export -> facilitator.export",
    ):
        assert crossing in out
    assert "facilitator.tui.fine" not in out  # through the service is the way
