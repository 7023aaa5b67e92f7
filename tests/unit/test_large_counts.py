"""Counts of a thousand and more in the minutes and the synthesis, grouped per language:
Dutch writes 10.000, English 10,000; years, card numbers and slugs stay as they are."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.lifecycle import close_session, open_session
from facilitator.domain.model import Card, Column, Contribution, Kind, Speech
from facilitator.export import collect, render_markdown
from facilitator.export.command import render
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.synthesis.command import make_synthesis
from facilitator.synthesis.command import render as render_synthesis
from tests.helpers import make_plan

CONTRIBUTIONS, TURNS, VOTES = 1234, 1002, 1500


@pytest.fixture(scope="module")
def busy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed round table with 1,234 contributions, one participant's 1,002 turns and a
    barrier with 1,500 votes."""
    path = tmp_path_factory.mktemp("counts") / "busy.db"
    clock = FakeClock()
    store = Store(path, clock=clock)
    session = import_plan(store, make_plan("drukke-tafel", participants=3, items=2)).session
    sid = session.id
    people, items = store.participants(sid), store.items(sid)
    clock.set(session.starts_at)
    with store.change(sid, "open") as tx:
        tx.update(open_session(session, clock.now()))
    start = clock.now()
    with store.change(sid, "fill") as tx:
        card = tx.insert(
            Card(
                0,
                sid,
                Column.BARRIER,
                "Te weinig stageplaatsen",
                1.0,
                start,
                participant_id=people[0].id,
                item_id=items[0].id,
                votes=VOTES,
                number=1,
            )
        )
        for n in range(CONTRIBUTIONS):
            tx.insert(
                Contribution(
                    0,
                    sid,
                    Kind.NOTE if n else Kind.BARRIER,
                    f"Voorstel {n + 5000}",
                    start + timedelta(seconds=n),
                    participant_id=people[n % 3].id,
                    item_id=items[0].id,
                    card_id=None if n else card.id,
                )
            )
        for n in range(TURNS):
            begun = start + timedelta(seconds=5 * n)
            tx.insert(
                Speech(0, sid, people[0].id, items[0].id, begun, begun + timedelta(seconds=4))
            )
    clock.set(start + timedelta(hours=2))
    closing = store.session(sid)
    assert closing is not None
    with store.change(sid, "close") as tx:
        tx.update(close_session(closing, clock.now()))
    store.close()
    return path


GROUPED = {
    "nl": ("1.234 bijdragen", "1.500 stemmen", "in 1.002 beurten", "| 1.002 |"),
    "en": ("1,234 contributions", "1,500 votes", "in 1,002 turns", "| 1,002 |"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_minutes_group_the_thousands_of_their_counts(busy: Path, lang: str) -> None:
    store = Store(busy)
    record = collect(store, store.sessions()[0].id)
    store.close()
    minutes = render_markdown(record, lang)
    for said in GROUPED[lang]:
        assert said in minutes, said
    assert "1234" not in minutes and "1002" not in minutes and "1500" not in minutes
    # what is not a count stays as it is: the year, the card's number, the slug, the text
    assert "2020" in minutes and "B1" in minutes and "drukke-tafel" in minutes
    assert "Voorstel 6233" in minutes
    # the page and the Word document say what the Markdown says
    page = str(render(record, "html", lang))
    assert all(said.strip("| ") in page for said in GROUPED[lang])
    from docx import Document

    document = Document(io.BytesIO(bytes(render(record, "docx", lang))))  # type: ignore[arg-type]
    text = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert GROUPED[lang][0] in text and GROUPED[lang][3].strip("| ") in text


SYNTHESIS = {
    "nl": ("| 1.234 |", "| 1.500 |", "in 1.002 beurten", "| 1.002 |"),
    "en": ("| 1,234 |", "| 1,500 |", "in 1,002 turns", "| 1,002 |"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_synthesis_groups_the_thousands_of_its_counts(busy: Path, lang: str) -> None:
    store = Store(busy)
    synthesis = make_synthesis(store, lang=lang)
    store.close()
    text = str(render_synthesis(synthesis, "md"))
    for said in SYNTHESIS[lang]:
        assert said in text, said
    assert "1234" not in text and "1500" not in text and "1002" not in text
    page = str(render_synthesis(synthesis, "html"))
    assert all(said.strip("| ") in page for said in SYNTHESIS[lang])


@pytest.mark.parametrize(
    ("lang", "count"), [("nl", "1.234 bijdragen"), ("en", "1,234 contributions")]
)
def test_the_list_of_sessions_groups_the_thousands_of_its_counts(
    busy: Path, lang: str, count: str
) -> None:
    """``facilitator list`` said "1234 bijdragen" where the minutes of the same session
    say "1.234"."""
    from click.testing import CliRunner

    from facilitator.cli import main

    done = CliRunner().invoke(main, ["--db", str(busy), "--lang", lang, "list"])
    assert done.exit_code == 0, done.output
    assert count in done.output


@pytest.mark.parametrize(("lang", "count"), [("nl", "(1.234)"), ("en", "(1,234)")])
async def test_the_console_groups_the_thousands_of_its_counts(
    busy: Path, lang: str, count: str
) -> None:
    """The console's latest contributions were headed «Laatste bijdragen (1234)» while the
    minutes and ``list`` say 1.234."""
    from facilitator.tui.app import make_app
    from facilitator.tui.widgets.latest import LatestList

    store = Store(busy, clock=FakeClock())
    try:
        (session,) = store.sessions()
        app = make_app(store, session.id, lang=lang, tick_seconds=0, watch_seconds=0)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            title = str(app.screen.query_one(LatestList).border_title)
        assert title.endswith(count), title
    finally:
        store.close()


@pytest.mark.parametrize(("lang", "count"), [("nl", "(1.000/1.234)"), ("en", "(1,000/1,234)")])
def test_a_board_column_groups_the_thousands_of_its_count(lang: str, count: str) -> None:
    """A column of 1,234 cards, 1,000 of them shown by a filter, said «(1000/1234)»."""
    from facilitator.domain.model import Column
    from facilitator.tui.widgets.board_card import column_title

    class Counted:
        def counts(self, column: Column) -> tuple[int, int]:
            return 1000, 1234

    assert column_title(Column.BARRIER, Counted(), lang, True)[1] == count  # type: ignore[arg-type]
