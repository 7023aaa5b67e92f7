"""Dates on the command line: ``synthesis --as-of`` and ``wrap-up --date``.

Both read a date as a session file's ``date`` may be written (2020-11-30, "30 nov
2020", "maandag 30 november 2020"), the year as written; a year outside the years a
session may have is refused with a message, in the language of the command line, where
``wrap-up --date 0001-01-01`` used to end in "something went wrong inside", and so is
what is no date, saying why.
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


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("day", ["30 nov 2020", "maandag 30 november 2020", "November 30, 2020"])
def test_as_of_reads_a_date_as_session_files_write_it(regions: Store, lang: str, day: str) -> None:
    """Before: only 2020-11-30; «30 nov 2020» was refused, though the capture line and the
    session files read it."""
    args = ["--db", str(regions.path), "--lang", lang, "synthesis", "-o", "-", "--format", "json"]
    written = CliRunner().invoke(main, [*args, "--as-of", day])
    assert written.exit_code == 0, written.output
    iso = CliRunner().invoke(main, [*args, "--as-of", "2020-11-30"])
    assert written.stdout == iso.stdout
    assert '"as_of": "2020-11-30"' in written.stdout


@pytest.mark.parametrize(
    ("lang", "day", "said"),
    [
        ("nl", "binnenkort", "Kan 'binnenkort' niet lezen als datum bij --as-of; geef "
                             "bijvoorbeeld 2021-01-20 of \"20 januari 2021\".\n"),
        ("en", "soon", "Cannot read 'soon' as a date for --as-of; give e.g. 2021-01-20 or "
                       "\"20 January 2021\".\n"),
        ("nl", "30 feb 2021", "--as-of 30 feb 2021: 30 februari bestaat niet: februari heeft "
                              "28 dagen in 2021\n"),
        ("en", "30 nov", "--as-of 30 nov: '30 nov' has no year; expected a full date, like "
                         "\"6 October 2020\"\n"),
        ("en", "1 jan 0001", "--as-of 1 jan 0001: the year 0001 is outside 1900–2199; give "
                             "e.g. 2021-01-20.\n"),
        ("nl", "dinsdag 30 november 2020", "--as-of dinsdag 30 november 2020: 'dinsdag 30 "
                                           "november 2020': 2020-11-30 is een maandag, geen "
                                           "dinsdag\n"),
    ],
)  # fmt: skip
def test_as_of_refuses_what_is_no_date_saying_why(
    regions: Store, lang: str, day: str, said: str
) -> None:
    args = ["--db", str(regions.path), "--lang", lang, "synthesis", "-o", "-", "--as-of", day]
    refused = CliRunner().invoke(main, args)
    assert refused.exit_code == 2
    assert refused.output == said


def test_wrap_up_date_reads_a_date_as_session_files_write_it(
    regions: Store, tmp_path: Path
) -> None:
    from facilitator.sessionfile import load_session_file

    target = tmp_path / "w.toml"
    args = ["--db", str(regions.path), "wrap-up", str(target), "--date", "12 november 2020"]
    out = CliRunner().invoke(main, args)
    assert out.exit_code == 0, out.output
    assert load_session_file(target).starts_at.date().isoformat() == "2020-11-12"
    refused = CliRunner().invoke(main, [*args[:-1], "30 feb 2021", "--force", "--lang", "en"])
    assert refused.exit_code == 2
    assert refused.output == (
        "--date 30 feb 2021: 30 February does not exist: February has 28 days in 2021\n"
    )
