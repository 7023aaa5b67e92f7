"""A round table held but not closed: the synthesis of every closed session leaves it out,
and says so, with the command that counts it.

A laptop reopened Stedendriehoek's table to mark an action done and did not close it
again; merged, ``facilitator synthesis`` summed up Twente and Regio Zwolle alone («2
rondetafels»), with nothing on standard error, and ``wrap-up`` drafted without it. A
session that is only a plan (imported, never opened) is a table still to come: not named.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.domain.lifecycle import open_session
from facilitator.service import Services
from facilitator.service.review import ReviewService
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.synthesis.command import make_synthesis
from tests.helpers import make_plan

SLUGS = ["twente-2020-10", "regio-zwolle-2020-10", "stedendriehoek-2020-10"]
REOPENED = datetime(2020, 11, 20, 9, 30, tzinfo=UTC)  # 10:30 in the Netherlands


def reopen(store: Store, slug: str) -> None:
    """Reopened with F9 (to mark an action done), and not closed again."""
    session = store.session_by_slug(slug)
    assert session is not None
    clock = store.clock
    assert isinstance(clock, FakeClock)
    clock.set(REOPENED)
    Services.open(store, session.id, clock).closing.reopen()


def synthesis(store: Store, lang: str, *args: str) -> tuple[int, str, str]:
    out = CliRunner().invoke(main, ["--db", str(store.path), "--lang", lang, "synthesis", *args])
    return out.exit_code, out.stdout, out.stderr


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "stedendriehoek-2020-10 is weggelaten: gehouden maar niet gesloten (heropend op "
               "2020-11-20 10:30). Sluit de sessie (F9 in de app), of noem de sessies om die "
               "mee te tellen: facilitator synthesis twente-2020-10 regio-zwolle-2020-10 "
               "stedendriehoek-2020-10 -o - --as-of 2020-11-12 --db {db} --lang nl\n"),
        ("en", "Left out stedendriehoek-2020-10: held but not closed (reopened 2020-11-20 "
               "10:30). Close it (F9 in the app), or name the sessions to count it: facilitator "
               "synthesis twente-2020-10 regio-zwolle-2020-10 stedendriehoek-2020-10 -o - "
               "--as-of 2020-11-12 --db {db} --lang en\n"),
    ],
)  # fmt: skip
def test_the_synthesis_says_which_held_session_it_leaves_out_as_not_closed(
    regions: Store, lang: str, said: str
) -> None:
    reopen(regions, "stedendriehoek-2020-10")
    code, report, told = synthesis(regions, lang, "-o", "-", "--as-of", "2020-11-12")
    assert code == 0
    assert told == said.format(db=shlex.quote(str(regions.path)))
    assert "Stedendriehoek" not in report.splitlines()[0]
    # the command it gives counts the table
    code, counted, _told = synthesis(regions, lang, "-o", "-", "--as-of", "2020-11-12", *SLUGS)
    assert code == 0 and "Stedendriehoek" in counted.splitlines()[0]


def test_a_session_opened_and_never_closed_is_said_so(regions: Store) -> None:
    start = datetime(2021, 1, 12, 13, 0, tzinfo=UTC)
    plan = replace(make_plan("twente-2021-01"), starts_at=start, ends_at=None)
    session = import_plan(regions, plan).session
    with regions.change(session.id, "open") as tx:
        tx.update(open_session(session, datetime(2021, 1, 12, 13, 5, tzinfo=UTC)))
    _code, _report, told = synthesis(regions, "en", "-o", "-")
    assert told.startswith(
        "Left out twente-2021-01: held but not closed (opened 2021-01-12 13:05). Close it"
    )
    db = shlex.quote(str(regions.path))
    assert told.endswith(f"synthesis {' '.join(SLUGS)} twente-2021-01 -o - --db {db} --lang en\n")


def test_a_session_only_planned_is_not_named(regions: Store) -> None:
    """A table still to come (its file imported to prepare it) is no table left out."""
    import_plan(regions, make_plan("twente-2021-01"))
    code, _report, told = synthesis(regions, "en", "-o", "-")
    assert code == 0 and told == ""


def test_the_wrap_up_says_which_held_session_it_leaves_out_as_not_closed(
    regions: Store, tmp_path: Path
) -> None:
    reopen(regions, "stedendriehoek-2020-10")
    target = tmp_path / "w.toml"
    args = ["--db", str(regions.path), "--lang", "en", "wrap-up", str(target), "--date"]
    out = CliRunner().invoke(main, [*args, "2020-11-12"])
    assert out.exit_code == 0, out.output
    assert out.stderr.startswith("Left out stedendriehoek-2020-10: held but not closed")
    given = ["--date", "2020-11-12", "--force", "--db", str(regions.path), "--lang", "en"]
    command = shlex.join(["facilitator", "wrap-up", str(target), "--from", *SLUGS, *given])
    assert out.stderr.endswith(f"name the sessions to count it: {command}\n")


def test_a_wrap_up_under_way_is_said_as_a_wrap_up(regions: Store, tmp_path: Path) -> None:
    """The wrap-up reopened is left out as the wrap-up of the tables, as when closed:
    closing it would not count it."""
    from tests.unit.test_wrap_up import _held_wrap_up

    _held_wrap_up(regions, tmp_path)
    reopen(regions, "wrap-up-2020-11-12")
    _code, _report, told = synthesis(regions, "en", "-o", "-")
    assert told.startswith("Left out wrap-up-2020-11-12: the wrap-up of twente-2020-10")
    assert "not closed" not in told


async def test_the_review_says_which_held_session_it_leaves_out_as_not_closed(
    regions: Store,
) -> None:
    from textual.widgets import Static

    from facilitator.tui.review import ReviewApp

    reopen(regions, "stedendriehoek-2020-10")
    service = ReviewService(regions, lang="nl")
    assert [s.slug for s in service.synthesis().sessions] == SLUGS[:2]
    app = ReviewApp(service, "nl", watch_seconds=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        said = str(app.query_one("#review-left-out", Static).render())
    assert said == (
        "stedendriehoek-2020-10 blijft buiten deze thema's: gehouden maar niet gesloten "
        "(heropend op 2020-11-20 10:30). Sluit de sessie (F9 in de app), of noem de sessies om "
        "die mee te tellen: facilitator run --synthesis twente-2020-10 regio-zwolle-2020-10 "
        "stedendriehoek-2020-10"
    )


def test_make_synthesis_of_every_closed_session_is_as_before(regions: Store) -> None:
    before = make_synthesis(regions, lang="en")
    reopen(regions, "stedendriehoek-2020-10")
    after = make_synthesis(regions, lang="en")
    assert [s.slug for s in after.sessions] == SLUGS[:2]
    assert len(before.sessions) == 3


def _copied(store: Store, path: Path) -> Path:
    """The database of ``store`` as a file of its own at ``path``."""
    store.conn.execute("VACUUM INTO ?", (str(path),))
    return path


def _advice(told: str) -> list[str]:
    """The command line the message on standard error ends with, as a shell splits it,
    without the program's name."""
    line = told.strip().rsplit(": ", 1)[1]
    words = shlex.split(line)
    assert words[0] == "facilitator", told
    return words[1:]


def test_the_synthesis_advises_a_command_that_runs_as_printed(
    regions: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --db, the command that counts the table left out names that database too (and
    the other options given), quoted for the shell. Before: «facilitator synthesis
    twente-2020-10 …» alone, which run as printed read the default database."""
    reopen(regions, "stedendriehoek-2020-10")
    _copied(regions, tmp_path / "de provincie.db")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACILITATOR_DB", str(tmp_path / "elders.db"))
    given = ["synthesis", "--lang", "nl", "--as-of", "2020-11-12", "-o", "-"]
    out = CliRunner().invoke(main, ["--db", "de provincie.db", *given])
    assert out.exit_code == 0, out.output
    assert out.stderr.endswith(
        "facilitator synthesis twente-2020-10 regio-zwolle-2020-10 stedendriehoek-2020-10 "
        "-o - --as-of 2020-11-12 --db 'de provincie.db' --lang nl\n"
    ), out.stderr
    again = CliRunner().invoke(main, _advice(out.stderr))
    assert again.exit_code == 0, again.output
    assert again.stderr == ""
    assert "Stedendriehoek" in again.stdout.splitlines()[0]
    assert "rondetafels" in again.stdout.splitlines()[0]


def test_the_wrap_up_advises_a_command_that_runs_as_printed(
    regions: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command that counts the table left out drafts the same file again, dated as the
    draft just written, over it. Before: «facilitator wrap-up w.toml --from …», refused as
    the file exists, and without --db nor --date."""
    reopen(regions, "stedendriehoek-2020-10")
    _copied(regions, tmp_path / "de provincie.db")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACILITATOR_DB", str(tmp_path / "elders.db"))
    out = CliRunner().invoke(main, ["--db", "de provincie.db", "wrap-up", "w.toml", "--lang", "en"])
    assert out.exit_code == 0, out.output
    drafted = (tmp_path / "w.toml").read_text(encoding="utf-8")
    (day,) = re.findall(r'^date = "(.*)"$', drafted, re.MULTILINE)
    assert out.stderr.endswith(
        "facilitator wrap-up w.toml --from twente-2020-10 regio-zwolle-2020-10 "
        f"stedendriehoek-2020-10 --date {day} --force --db 'de provincie.db' --lang en\n"
    ), out.stderr
    assert "Stedendriehoek" not in drafted
    again = CliRunner().invoke(main, _advice(out.stderr))
    assert again.exit_code == 0, again.output
    redrafted = (tmp_path / "w.toml").read_text(encoding="utf-8")
    assert re.findall(r'^date = "(.*)"$', redrafted, re.MULTILINE) == [day]
    assert "Stedendriehoek" in redrafted


def _held_twice_and_wrapped_up(tmp_path: Path) -> Store:
    """Twente's table held on two laptops (merged: ``twente-2020-10`` and
    ``twente-2020-10-2``), the wrap-up drafted from ``twente-2020-10`` and the other two
    tables, held and closed; then ``twente-2020-10`` reopened and left open."""
    from facilitator.store.merge import merge_database
    from tests.unit.test_import_db import twice_held
    from tests.unit.test_wrap_up import _held_wrap_up

    here = Store(tmp_path / "province.db", clock=FakeClock())
    for path in twice_held(tmp_path):
        merge_database(here, path)
    _held_wrap_up(here, tmp_path)
    reopen(here, "twente-2020-10")
    return here


def _said(told: str, slug: str) -> str:
    (line,) = [line for line in told.splitlines() if line.startswith(f"Left out {slug}:")]
    return line


def test_a_wrap_up_of_a_table_held_twice_and_reopened_is_said_with_every_table_it_took_in(
    tmp_path: Path,
) -> None:
    """The wrap-up's board was seeded from twente-2020-10, reopened since, while the other
    holding of that table, twente-2020-10-2, is counted. Before, the note named the wrap-up
    as that of Regio Zwolle and Stedendriehoek alone, and its command counted
    twente-2020-10-2 with it: the wrap-up's copies of Twente's cards and actions counted
    again, under Province (13 actions instead of 10)."""
    here = _held_twice_and_wrapped_up(tmp_path)
    tables = ["twente-2020-10", "regio-zwolle-2020-10", "stedendriehoek-2020-10"]
    own = ["--as-of", "2020-11-12", "--format", "json", "-o", "-"]
    code, report, told = synthesis(here, "en", *own)
    assert code == 0, told
    assert [s["slug"] for s in json.loads(report)["sessions"]] == [
        "twente-2020-10-2",
        "regio-zwolle-2020-10",
        "stedendriehoek-2020-10",
    ]
    # each session left out is named, the wrap-up with every table it was seeded from
    wrap_up = _said(told, "wrap-up-2020-11-12")
    assert wrap_up.startswith(f"Left out wrap-up-2020-11-12: the wrap-up of {', '.join(tables)} ")
    assert _said(told, "twente-2020-10").startswith(
        "Left out twente-2020-10: the same round table as twente-2020-10-2"
    )
    # its command, run as printed, counts each table once and the wrap-up's copies once
    advice = _advice(wrap_up.removesuffix(" (each card taken over from them then counts once, "
                                          "under its own region)"))  # fmt: skip
    assert advice[: advice.index("--format")] == ["synthesis", *tables, "wrap-up-2020-11-12"]
    again = CliRunner().invoke(main, advice)
    assert again.exit_code == 0, again.output
    counted = json.loads(again.stdout)
    _code, tables_alone, _told = synthesis(here, "en", *own, *tables)
    actions = json.loads(tables_alone)["actions"]
    assert len(actions) == 9
    # the tables' actions once each, and the wrap-up's own new one
    assert sorted(a["text"] for a in counted["actions"]) == sorted(
        [*(a["text"] for a in actions), "Provinciaal loket voor leerbedrijven"]
    )
    assert [a["region"] for a in counted["actions"]].count("Province") == 1
    here.close()
