"""The session file's ``organisations``: outside organisations that may take the lead."""

from __future__ import annotations

import pytest

from facilitator.sessionfile import SessionFileError, load_session_file, parse_session_text
from tests.conftest import SAMPLES

BASE = """
title = "Rondetafel"
region = "Overijssel"
date = "6 oktober 2026"
start = "14:00"
{extra}

[[participants]]
name = "Anne de Vries"
organisation = "Provincie Overijssel"
sector = "provincie"

[[agenda]]
title = "Opening"
minutes = 10
"""


def test_organisations_are_read_each_once_in_order() -> None:
    extra = 'organisations = ["SER Overijssel", " Rijksoverheid ", "ser overijssel"]'
    plan = parse_session_text(BASE.format(extra=extra))
    assert plan.organisations == ("SER Overijssel", "Rijksoverheid")
    assert parse_session_text(BASE.format(extra="")).organisations == ()


def test_the_sample_lists_its_outside_organisations() -> None:
    plan = load_session_file(SAMPLES / "twente.toml")
    assert plan.organisations == ("SER Overijssel", "Rijksoverheid")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('organisations = "SER Overijssel"', "expected a list of names"),
        ("organisations = [3]", "expected a list of names"),
        ('organisations = [""]', "is empty"),
        ('organisations = ["SER/Overijssel"]', "cannot be in an organisation's name"),
        (f'organisations = ["{"x" * 61}"]', "at most 60 characters"),
        ('organisaties = ["SER"]', "did you mean 'organisations'"),
    ],
)
def test_bad_organisations_are_reported_where_they_are(extra: str, message: str) -> None:
    with pytest.raises(SessionFileError) as caught:
        parse_session_text(BASE.format(extra=extra), source="ronde.toml", lang="en")
    [problem] = caught.value.problems
    assert message in str(problem)
    assert str(problem).startswith("ronde.toml:6:")
