"""Every test file has a name of its own across the test folders.

The folders are not packages, so pytest imports each file under its bare name: a second
file of the same name in another folder stops the whole run with an "import file
mismatch" before a single test runs.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent


def test_no_two_test_files_share_a_name() -> None:
    names = Counter(path.name for path in TESTS.rglob("test_*.py"))
    assert [name for name, count in names.items() if count > 1] == []
