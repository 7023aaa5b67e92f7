"""Dates on the command line: ``synthesis --as-of`` and ``wrap-up --date``.

Both read an ISO date exactly as written; a year outside the years a session
may have is refused with a message, in the language of the command line, where
``wrap-up --date 0001-01-01`` used to end in "something went wrong inside".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.store import Store


@pytest.mark.parametrize(
    ("day", "year"), [("0001-01-01", "0001"), ("1899-12-31", "1899"), ("9999-12-31", "9999")]
)
def test_as_of_refuses_a_year_out_of_range(regions: Store, day: str, year: str) -> None:
    args = ["--db", str(regions.path), "synthesis", "-o", "-", "--as-of", day]
    english = CliRunner().invoke(main, ["--lang", "en", *args])
    assert english.exit_code == 2
    assert english.output == (
        f"--as-of {day}: the year {year} is outside 1900–2199; give e.g. 2021-01-20.\n"
    )
    dutch = CliRunner().invoke(main, ["--lang", "nl", *args])
    assert dutch.exit_code == 2
    assert dutch.output == (
        f"--as-of {day}: het jaar {year} ligt buiten 1900–2199; geef bijvoorbeeld 2021-01-20.\n"
    )


@pytest.mark.parametrize(
    ("day", "year"), [("0001-01-01", "0001"), ("1899-12-31", "1899"), ("9999-12-31", "9999")]
)
def test_wrap_up_refuses_a_year_out_of_range(
    regions: Store, tmp_path: Path, day: str, year: str
) -> None:
    target = tmp_path / "w.toml"
    args = ["--db", str(regions.path), "wrap-up", str(target), "--date", day]
    english = CliRunner().invoke(main, ["--lang", "en", *args])
    assert english.exit_code == 2
    assert english.output == (
        f"--date {day}: the year {year} is outside 1900–2199; expected a date like 2020-11-12.\n"
    )
    dutch = CliRunner().invoke(main, ["--lang", "nl", *args])
    assert dutch.exit_code == 2
    assert dutch.output == (
        f"--date {day}: het jaar {year} ligt buiten 1900–2199; verwacht een datum als 2020-11-12.\n"
    )
    assert not target.exists()
    assert not (tmp_path / "crash-reports").exists()
