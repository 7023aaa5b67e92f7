"""User text is data: whatever is typed or pasted is stored as is and shown literally.

Rich markup, Markdown, control characters, emoji, right-to-left text and 5,000
character pastes go through capture -> store -> log and board unchanged and
never crash a widget.
"""

from __future__ import annotations

import asyncio
import io
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from textual import events
from textual.content import Content
from textual.widgets import DataTable, Static

from facilitator.capture import Context, parse
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Column, Kind, Owner
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.widgets.board import BoardPane
from facilitator.tui.widgets.board_card import build_view, card_prompt
from facilitator.tui.widgets.capture_input import CaptureInput
from facilitator.tui.widgets.kind_badge import flat, kind_colours, paragraph, rich_plain
from facilitator.tui.widgets.log import TEXT_LIMIT
from facilitator.tui.widgets.shown_input import shown
from tests.helpers import make_plan
from tests.tui.drawn import laid_out
from tests.tui.notes_fixtures import START, app_for

HOSTILE = [
    "[bold]vet[/bold] en [/] los",
    "[@click=app.quit]klik mij[/]",
    "[link=https://example.org]link[/link] [red]rood[/red] 50% [done]",
    "**Markdown** _schuin_ `code` > citaat",
    "# Kop\n- lijst\n1. nummer",
    "\x1b[31mrood via ANSI\x1b[0m \x07 bel \x00 nul \x7f",
    "emoji 👩‍👩‍👧 🇳🇱 ✊🏽 🧑🏿‍🔧",
    "עברית ‏מימין לשמאל‏ و العربية أيضا",
    "C:\\pad\\[x] \\[escaped] $name ${var} {braces} %s",
    "tab\there and\r\nwindows line",
    "lang " * 1000,  # a 5,000 character paste
]

PARSE_CONTEXT = Context(today=date(2020, 10, 6))


def stored_as(text: str) -> str:
    """What the capture line stores for ``text`` typed as a barrier."""
    return parse(text, PARSE_CONTEXT).text


def test_the_corpus_has_no_capture_syntax() -> None:
    for text in HOSTILE:
        assert stored_as(text) == text


# -- the display helpers, for any text -------------------------------------------------------


def _render(renderable: Any) -> str:
    console = Console(file=io.StringIO(), width=60, color_system="truecolor", legacy_windows=False)
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


@given(st.text(max_size=600))
@settings(max_examples=300)
def test_display_helpers_are_literal_and_never_fail(text: str) -> None:
    cell = rich_plain(text, limit=TEXT_LIMIT)
    assert cell.plain == flat(text, TEXT_LIMIT)
    assert not any(ch in cell.plain for ch in "\n\r\x1b\x00\x07")
    _render(cell)
    assert len(shown(text)) == len(text)  # the input draws one cell-width symbol per char
    assert "\x1b" not in shown(text) and "\n" not in shown(text)


@given(title=st.text(min_size=1, max_size=400), tag=st.text(max_size=20))
@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_card_shows_its_title_literally(title: str, tag: str) -> None:
    from facilitator.domain.model import Card, Participant, Session
    from facilitator.service.state import SessionState

    session = Session(1, "s", "S", "R", datetime(2020, 10, 6, tzinfo=UTC), tags=[tag])
    person = Participant(1, 1, 1, "p", title[:30], title[:20], "x")
    card = Card(
        1,
        1,
        Column.ACTION,
        title,
        1.0,
        datetime(2020, 10, 6, tzinfo=UTC),
        participant_id=1,
        owners=[Owner(title[:15], 1), Owner(title[-15:])],
        tags=[tag] if tag else [],
    )
    state = SessionState(session, [], [person], [], [], [], 0, [card])
    context = Context([person], [tag], date(2020, 10, 6))
    prompt = card_prompt(
        card,
        build_view(state, "nl"),
        state,
        lang="nl",
        colours=kind_colours(None),
        today=context.today,
        context=context,
    )
    assert flat(title, 160) in prompt.plain
    prompt.render_segments()
    # the rows the card takes in a column, at any width, are those its lines are drawn in
    for rules in ({}, {"text_overflow": "ellipsis"}, {"line_pad": 1}):
        for width in (3, 4, 7, 20, 36, 38, 80):
            drawn = Content(prompt.plain, prompt.spans).get_height(rules, width)  # type: ignore[arg-type]
            assert prompt.get_height(rules, width) == drawn  # type: ignore[arg-type]


@given(st.text(min_size=1, max_size=2000).filter(lambda t: t.strip() != ""))
@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_store_keeps_any_text_exactly(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    path = Path(tmp_path_factory.mktemp("hostile")) / "t.db"
    store = Store(path, clock=FakeClock(START))
    try:
        sid = import_plan(store, make_plan()).session.id
        said = Services.open(store, sid, FakeClock(START)).notes.capture(Kind.BARRIER, text)
        assert store.contributions(sid)[0].text == text == said.text
        assert store.cards(sid)[0].title == text
    finally:
        store.close()


# -- through the real screens -----------------------------------------------------------------


async def _capture_and_check(app: FacilitatorApp, pilot: Any, texts: list[str]) -> None:
    """Paste each text into the capture line, save, and find it literally on board and log."""
    for text in texts:
        await pilot.press("b")
        field = app.screen.query_one("#capture-input", CaptureInput)
        field.post_message(events.Paste(text))
        await pilot.pause()
        assert field.value == text
        await pilot.press("enter")
        await pilot.pause()
        assert not app.screen.query_one("#capture-input", CaptureInput).value
    await pilot.press("f3")
    await pilot.pause()
    table = app.screen.query_one("#log-table", DataTable)
    shown_rows = [str(table.get_row_at(i)[4]) for i in range(len(texts))]
    assert shown_rows == [flat(t, TEXT_LIMIT) for t in reversed(texts)]
    detail = str(app.screen.query_one("#log-detail", Static).content)
    assert paragraph(texts[-1])[:200] in detail
    await pilot.press("f2")
    await pilot.pause()
    board = app.screen.query_one(BoardPane)
    cards = board.card_list(board.active_column)
    prompts = [str(cards.get_option_at_index(i).prompt) for i in range(cards.option_count)]
    for text in texts:
        assert any(flat(text, 160) in p for p in prompts)
    await pilot.press("enter")  # the editor shows a hostile title without trouble
    await pilot.pause()
    await pilot.press("escape")
    await pilot.pause()


async def test_hostile_texts_survive_capture_store_and_display(
    store: Store, clock: FakeClock
) -> None:
    sid = import_plan(store, make_plan()).session.id
    app = app_for(store, sid, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await _capture_and_check(app, pilot, HOSTILE)
        assert app.is_running
    assert [c.text for c in store.contributions(sid)] == HOSTILE


async def test_hostile_names_and_owners_show_literally(store: Store, clock: FakeClock) -> None:
    plan = make_plan()
    people = tuple(
        replace(p, name=f"{text[:25]} {n}", organisation=f"[b]Org[/b] {n}")
        for n, (text, p) in enumerate(zip(HOSTILE, plan.participants, strict=False))
    )
    sid = import_plan(store, replace(plan, participants=people)).session.id
    service = Services.open(store, sid, clock)
    service.agenda.toggle_timer()
    first = store.participants(sid)[0]
    service.floor.give_floor(first.id)
    taker = Services.open(store, sid, clock)
    taker.notes.capture(
        Kind.ACTION, "Actie", participant_id=first.id, owners=[Owner(first.organisation, first.id)]
    )
    app = app_for(store, sid, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        board = app.screen.query_one(BoardPane)
        assert board.active_column == Column.ACTION  # the first column with cards
        prompt = str(board.card_list(Column.ACTION).get_option_at_index(0).prompt)
        assert "→ [b]Org[/b] 0 ([bold]vet[/bold] en [/]" in prompt  # literally, cut to fit
        await pilot.press("f3", "a")
        await pilot.pause()
        badge = str(app.screen.query_one("#capture-badge", Static).content)
        assert flat(first.name, 22)[:14] in badge  # literally
        # cut to fit at 80×24, so the agenda item after it shows too
        [row] = [row for row in laid_out(app).splitlines() if "▸" in row]
        assert " ACTIE  ▸ [bold]vet[/bold] e… · punt 1 │" in row
        await pilot.press("escape")
        assert app.is_running


@given(
    st.lists(
        st.text(min_size=1, max_size=300).filter(lambda t: t.strip() != ""), min_size=1, max_size=3
    )
)
@settings(
    max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_pasted_text_survives_the_screens(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    path = Path(tmp_path_factory.mktemp("pilot")) / "t.db"
    clock = FakeClock(START)
    store = Store(path, clock=clock)
    try:
        sid = import_plan(store, make_plan()).session.id
        context = Context(store.participants(sid), store.session(sid).tags, date(2020, 10, 6))  # type: ignore[union-attr]
        plain = [t for t in texts if not parse(t, context).spans and t.strip()]
        if not plain:
            return

        async def run() -> None:
            app = app_for(store, sid, clock)
            async with app.run_test(size=(100, 30)) as pilot:
                await _capture_and_check(app, pilot, plain)

        asyncio.run(run())
        assert [c.text for c in store.contributions(sid)] == plain
    finally:
        store.close()
