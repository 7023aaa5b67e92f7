"""The domain core stays pure: importing it loads neither Textual nor SQL."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import facilitator.domain

FORBIDDEN = ("textual", "sqlite3", "sqlite_utils")


def test_domain_modules_exist() -> None:
    names = {m.name for m in pkgutil.iter_modules(facilitator.domain.__path__)}
    assert {"agenda", "queue", "stats", "lifecycle", "board", "errors", "model"} <= names


def test_importing_the_domain_loads_no_ui_or_sql() -> None:
    code = f"""
import importlib, json, pkgutil, sys
import facilitator.domain as domain
for module in pkgutil.walk_packages(domain.__path__, "facilitator.domain."):
    importlib.import_module(module.name)
loaded = sorted(
    name for name in sys.modules
    if name.split(".")[0] in {FORBIDDEN!r}
)
print(json.dumps(loaded))
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
