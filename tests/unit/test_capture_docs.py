"""The capture lines the README and docs/capture.md give as examples read as they say,
on whatever day they are typed where the example does not name one."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest

from facilitator.capture import Context, parse
from facilitator.domain.model import Owner, Participant
from facilitator.i18n.names import MONTHS
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CAPTURE = (ROOT / "docs" / "capture.md").read_text(encoding="utf-8")

# every day of a year with a 29 February in it, and of the years around it
DAYS = [date(2027, 1, 1) + timedelta(days=n) for n in range(365 * 3 + 1)]

ELS = Participant(
    id=1, session_id=1, key="els", name="Els Bos", organisation="UWV", sector="uwv", position=1
)


def quoted(text: str) -> list[str]:
    return re.findall(r"`([^`]+)`", text)


def readme_due_examples() -> list[str]:
    """The due dates of the README's sentence on the capture line (Keys)."""
    found = re.search(r"`#tag`, (.*?) due date,", README, re.S)
    assert found is not None, "the README's sentence on the capture line"
    return quoted(found.group(1))


@pytest.mark.parametrize("phrase", readme_due_examples())
def test_the_readme_s_due_dates_are_due_dates_on_any_day(phrase: str) -> None:
    """«tot vr 30 okt» was no due date on a day when the next 30 October was no Friday."""
    for today in DAYS:
        parsed = parse(f"Matchpunt opzetten {phrase}", Context(today=today))
        assert parsed.problems == () and parsed.due is not None, (phrase, today)
        assert parsed.due >= today and parsed.text == "Matchpunt opzetten", (phrase, today)


def test_the_capture_line_shown_in_docs_capture_reads_as_its_preview_says() -> None:
    block = CAPTURE.split("The capture line opens above the footer:", 1)[1]
    line, preview = block.split("```", 2)[1].strip().splitlines()
    typed = line.split("│", 1)[1].rstrip("▏").strip()
    for today in DAYS:
        parsed = parse(typed, Context(participants=[ELS], today=today))
        assert parsed.problems == (), (typed, today)
        assert parsed.text == "Matchpunt stage/bbl opzetten"
        assert parsed.owners == (Owner("UWV", 1),) and parsed.tags == ("stage",)
        assert parsed.due is not None and parsed.due >= today
    assert "UWV (Els Bos)" in preview and "#stage" in preview


WEDNESDAY = date(2026, 12, 2)  # the day docs/capture.md's table is typed on
_MONTH = {name: n for n, name in enumerate(MONTHS["en"], start=1)}


def _one_date(said: str) -> date | None:
    """The date a row of the table names, when it names one: «1 November 2027», or
    «4 December» (in the year of the meeting or the next); None for several."""
    if "/" in said or "…" in said:
        return None
    found = re.findall(rf"(\d{{1,2}}) ({'|'.join(_MONTH)})(?: (\d{{4}}))?", said)
    if len(found) != 1:
        return None
    day, month, year = found[0]
    if year:
        return date(int(year), _MONTH[month], int(day))
    named = date(WEDNESDAY.year, _MONTH[month], int(day))
    return named if named >= WEDNESDAY else named.replace(year=named.year + 1)


def due_table() -> list[tuple[str, str]]:
    start = CAPTURE.index("| you type | due (typed on Wednesday 2 December 2026) |")
    rows = CAPTURE[start:].split("\n\n", 1)[0].splitlines()[2:]
    found = []
    for row in rows:
        typed, said = row.strip("|").split("|", 1)
        found += [(phrase, said.strip()) for phrase in quoted(typed)]
    return found


def test_the_table_is_read() -> None:
    assert datetime(2026, 12, 2).strftime("%A") == "Wednesday"
    assert len(due_table()) > 40


@pytest.mark.parametrize(("phrase", "said"), due_table())
def test_every_due_date_of_docs_capture_reads_as_its_table_says(phrase: str, said: str) -> None:
    parsed = parse(f"Voorstel uitwerken {phrase}", Context(today=WEDNESDAY))
    assert parsed.problems == () and parsed.due is not None, phrase
    assert parsed.text == "Voorstel uitwerken"
    expected = _one_date(said)
    if expected is not None:
        assert parsed.due == expected, (phrase, said)


def help_due_examples() -> list[tuple[str, str]]:
    """The due dates the app's help (``?``) gives, in both languages."""
    from facilitator.tui.screens.help import WORDS

    found = []
    for lang, text in zip(("nl", "en"), WORDS.entries["explain.notes"], strict=True):
        line = re.search(r"(?:Deadline|Due date): (.*?)\.?(?: \(.*\))?\.\n", text)
        assert line is not None, lang
        found += [(lang, phrase.strip()) for phrase in line.group(1).split(" · ")]
    return found


@pytest.mark.parametrize(("lang", "phrase"), help_due_examples())
def test_the_help_s_due_dates_are_due_dates_on_any_day(lang: str, phrase: str) -> None:
    """«tot vr 30 okt» / «by Fri 30 Oct» were flagged, not read, on most days."""
    for today in DAYS:
        parsed = parse(f"Voorstel uitwerken {phrase}", Context(today=today))
        assert parsed.problems == () and parsed.due is not None, (phrase, today)
        assert parsed.text == "Voorstel uitwerken", (phrase, today)
