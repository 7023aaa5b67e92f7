"""The board with the real keys (and the mouse): move, vote, link, merge, edit, filter, undo."""

from __future__ import annotations

import shlex
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from textual.content import Content
from textual.widgets import Input

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import ActionStatus, Card, Column, Contribution, Kind, Owner
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.widgets.board import BoardPane
from facilitator.tui.widgets.card_editor import LineEditor
from tests.helpers import make_plan
from tests.tui.drawn import Drawn, laid_out
from tests.tui.notes_fixtures import app_for, import_twente, seed_board

SIZE = (120, 40)


@pytest.fixture
def twente(store: Store, clock: FakeClock) -> int:
    sid = import_twente(store)
    seed_board(store, sid, clock)
    return sid


def board(app: FacilitatorApp) -> BoardPane:
    return app.screen.query_one(BoardPane)


def cards(store: Store, sid: int, column: Column) -> list[Card]:
    return [c for c in store.cards(sid) if c.column == column]


def titles(store: Store, sid: int, column: Column) -> list[str]:
    return [c.title for c in cards(store, sid, column)]


def prompts(app: FacilitatorApp, column: Column) -> list[str]:
    found = board(app).card_list(column)
    return [str(found.get_option_at_index(i).prompt) for i in range(found.option_count)]


def title_of(app: FacilitatorApp, column: Column) -> str:
    title = app.screen.query_one(f"#column-{column.value}").border_title
    return Content.from_markup(str(title)).plain


async def test_columns_counts_and_loose_ends(store: Store, twente: int, clock: FakeClock) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert title_of(app, Column.BARRIER) == "Barrières (2)"
        assert title_of(app, Column.OPPORTUNITY) == "Kansen (1)"
        assert title_of(app, Column.ACTION) == "Acties (2)"
        barriers, actions = prompts(app, Column.BARRIER), prompts(app, Column.ACTION)
        assert "✓ 1 actie" in barriers[0] and "+3" in barriers[0]
        assert "⚠ nog geen actie" in barriers[1]
        assert "pakt aan: B1" in actions[0] and "vr 30 okt" in actions[0]
        assert "⚠ nog geen trekker" in actions[1]
        assert board(app).selected_card_id == cards(store, twente, Column.BARRIER)[0].id


async def test_move_within_and_between_columns_and_undo(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    b1 = cards(store, twente, Column.BARRIER)[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "shift+down")
        await pilot.pause()
        assert titles(store, twente, Column.BARRIER)[1] == b1.title
        assert board(app).selected_card_id == b1.id  # the selection follows the card
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert titles(store, twente, Column.BARRIER)[0] == b1.title
        await pilot.press("shift+right")
        await pilot.pause()
        assert store.get(Card, b1.id).column == Column.OPPORTUNITY  # type: ignore[union-attr]
        said = [c for c in store.contributions(twente) if c.card_id == b1.id]
        assert [c.kind for c in said] == [Kind.OPPORTUNITY]
        assert board(app).active_column == Column.OPPORTUNITY
        assert board(app).selected_card_id == b1.id
        await pilot.press("ctrl+z")
        await pilot.pause()
    assert store.get(Card, b1.id).column == Column.BARRIER  # type: ignore[union-attr]


async def test_vote_sets_priority(store: Store, twente: int, clock: FakeClock) -> None:
    app = app_for(store, twente, clock)
    b2 = cards(store, twente, Column.BARRIER)[1]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "down", "v", "v", "v", "V")
        await pilot.pause()
        assert store.get(Card, b2.id).votes == 2  # type: ignore[union-attr]
        assert "+2" in prompts(app, Column.BARRIER)[1]
        await pilot.press("ctrl+z")
        await pilot.pause()
    assert store.get(Card, b2.id).votes == 3  # type: ignore[union-attr]


async def test_link_an_action_to_a_barrier(store: Store, twente: int, clock: FakeClock) -> None:
    app = app_for(store, twente, clock)
    b2 = cards(store, twente, Column.BARRIER)[1]
    a2 = cards(store, twente, Column.ACTION)[1]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "right", "right", "down", "l")
        await pilot.pause()
        await pilot.press(*"flex", "enter")
        await pilot.pause()
        assert store.get(Card, a2.id).links == [b2.id]  # type: ignore[union-attr]
        assert "✓ 1 actie" in prompts(app, Column.BARRIER)[1]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert store.get(Card, a2.id).links == []  # type: ignore[union-attr]
        assert "⚠ nog geen actie" in prompts(app, Column.BARRIER)[1]
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert store.get(Card, a2.id).links == [b2.id]  # type: ignore[union-attr]
        await pilot.press("l", *"flex", "enter")  # picking it again unlinks
        await pilot.pause()
    assert store.get(Card, a2.id).links == []  # type: ignore[union-attr]


async def test_merge_keeps_both_texts_and_undo_splits(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    b1, b2 = cards(store, twente, Column.BARRIER)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "M")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert title_of(app, Column.BARRIER) == "Barrières (1)"
        merged = store.get(Card, b2.id)
        assert merged is not None and merged.merged_into == b1.id
        said = [c.text for c in store.contributions(twente) if c.card_id == b1.id]
        assert said == [b1.title, b2.title]  # provenance of both kept
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert title_of(app, Column.BARRIER) == "Barrières (2)"
    assert store.get(Card, b2.id).merged_into is None  # type: ignore[union-attr]


async def test_edit_a_card_inline_owner_and_tag(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    a2 = cards(store, twente, Column.ACTION)[1]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "right", "right", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        await pilot.press("space", "commercial_at", *"UWV", "space", "number_sign", *"flex")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, LineEditor)
        assert "⚠" not in prompts(app, Column.ACTION)[1]
    card = store.get(Card, a2.id)
    assert card is not None and card.owners == [Owner("UWV")] and card.tags == ["flex"]
    assert card.title == a2.title


async def test_who_takes_the_lead_on_a_barrier_shows_on_its_card(
    store: Store, twente: int, clock: FakeClock
) -> None:
    # "b … @UWV": the barrier's owner was kept and in the minutes, but not on the board
    app = app_for(store, twente, clock)
    b2 = cards(store, twente, Column.BARRIER)[1]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        await pilot.press("end", "space", "@", *"UWV", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, LineEditor)
        assert "→ UWV" in prompts(app, Column.BARRIER)[1]
        assert "→" not in prompts(app, Column.BARRIER)[0]
    card = store.get(Card, b2.id)
    assert card is not None and card.owners == [Owner("UWV")]


async def test_tag_key_starts_a_tag(store: Store, twente: int, clock: FakeClock) -> None:
    app = app_for(store, twente, clock)
    b2 = cards(store, twente, Column.BARRIER)[1]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "down", "number_sign", *"flex", "enter")
        await pilot.pause()
    assert store.get(Card, b2.id).tags == ["flex"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("typed", "then", "line"),
    [("@", "UWV", "@UWV"), ("#", "flex", "#flex"), ("!", "30-10", "tot 30-10"), ("/", "st", "st")],
)
async def test_the_board_keys_are_the_characters_a_terminal_sends(
    store: Store, twente: int, clock: FakeClock, typed: str, then: str, line: str
) -> None:
    """``@ # ! /`` pressed as typed (as a terminal names them, not by a name of our own)."""
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "right", "right", "down", typed, *then)
        await pilot.pause()
        if typed == "/":
            assert app.screen.query_one("#board-filter", Input).value == line
            return
        assert isinstance(app.screen, LineEditor)
        typed_there = app.screen.unsaved_text()  # "!" opens a line for the date alone
        assert typed_there == line or typed_there.endswith(f" {line}"), typed_there


async def test_filter_by_tag_and_item(store: Store, twente: int, clock: FakeClock) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "slash", "number_sign", *"stage", "enter")
        await pilot.pause()
        assert title_of(app, Column.BARRIER) == "Barrières (1/2)"
        assert title_of(app, Column.ACTION) == "Acties (1/2)"
        await pilot.press("escape")
        await pilot.pause()
        assert title_of(app, Column.BARRIER) == "Barrières (2)"
        await pilot.press("slash", "2", "enter")  # agenda item 2
        await pilot.pause()
        assert title_of(app, Column.OPPORTUNITY) == "Kansen (1/1)"
        assert title_of(app, Column.BARRIER) == "Barrières (0/2)"
        assert not app.screen.query_one("#board-filter", Input).display


async def test_delete_park_and_undo(store: Store, twente: int, clock: FakeClock) -> None:
    app = app_for(store, twente, clock)
    b2 = cards(store, twente, Column.BARRIER)[1]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "down", "P")
        await pilot.pause()
        assert store.get(Card, b2.id).parked  # type: ignore[union-attr]
        await pilot.press("delete")
        await pilot.pause()
        assert store.get(Card, b2.id) is None
        assert all(c.card_id != b2.id for c in store.contributions(twente))
        await pilot.press("ctrl+z")
        await pilot.pause()
    assert store.get(Card, b2.id) is not None
    assert any(c.card_id == b2.id for c in store.contributions(twente))


async def test_the_mouse_selects_moves_and_opens(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    k1 = cards(store, twente, Column.OPPORTUNITY)[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.click("#cards-opportunity", offset=(4, 0))
        await pilot.pause()
        assert board(app).selected_card_id == k1.id
        await pilot.click("#tool-left")
        await pilot.pause()
        assert store.get(Card, k1.id).column == Column.BARRIER  # type: ignore[union-attr]
        await pilot.click("#tool-vote")
        await pilot.pause()
        assert store.get(Card, k1.id).votes == 1  # type: ignore[union-attr]


async def test_board_keys_do_not_fire_on_the_console(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    before = [(c.id, c.votes, c.position, c.column) for c in store.cards(twente)]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v", "M", "shift+right", "delete")
        await pilot.pause()
    assert [(c.id, c.votes, c.position, c.column) for c in store.cards(twente)] == before
    assert all(isinstance(c, Contribution) for c in store.contributions(twente))


async def test_status_key_marks_an_action_done_then_dropped(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    a2 = cards(store, twente, Column.ACTION)[1]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "S")  # on a barrier: only actions have a status
        await pilot.pause()
        assert any(
            "Alleen een actie heeft een status" in str(n.message) for n in app._notifications
        )
        await pilot.press("right", "right", "down", "S")
        await pilot.pause()
        assert store.get(Card, a2.id).status == ActionStatus.DONE  # type: ignore[union-attr]
        shown = prompts(app, Column.ACTION)[1]
        assert "✓ " in shown and "gedaan" in shown
        assert "⚠ nog geen trekker" not in shown  # a done action has no loose ends
        await pilot.press("S")
        await pilot.pause()
        assert store.get(Card, a2.id).status == ActionStatus.DROPPED  # type: ignore[union-attr]
        assert "vervallen" in prompts(app, Column.ACTION)[1]
        await pilot.press("ctrl+z")
        await pilot.pause()
    assert store.get(Card, a2.id).status == ActionStatus.DONE  # type: ignore[union-attr]


async def test_a_refusal_said_again_while_it_shows_stands_once(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """S twice on a barrier says once that only an action has a status, and w twice with
    nobody waiting that nobody waits: the second replaces the first, still shown."""
    app = app_for(store, twente, clock)
    drawn = Drawn(app, SIZE)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        for keys, words in (
            (["f2", "S", "S"], "Alleen een actie heeft een status"),
            (["w", "w"], "Niemand wacht."),
        ):
            await pilot.press(*keys)
            await pilot.pause()
            assert len([n for n in app._notifications if words in n.message]) == 1
            assert drawn.count(words) == 1
            assert drawn.text == laid_out(app)


async def test_a_carried_action_shows_where_it_came_from(
    store: Store, twente: int, clock: FakeClock
) -> None:
    a1 = cards(store, twente, Column.ACTION)[0]
    with store.change(twente, "test") as tx:
        tx.update(replace(a1, from_session="twente-2020-06", from_region="Twente", from_number=4))
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert (
            "↩ van de vorige tafel: Twente (twente-2020-06, A4)" in prompts(app, Column.ACTION)[0]
        )


async def test_the_palette_takes_over_the_open_actions_of_the_region(
    store: Store, twente: int, clock: FakeClock
) -> None:
    earlier = import_plan(
        store,
        replace(
            make_plan("twente-2020-06"),
            starts_at=datetime(2020, 6, 2, 12, 0, tzinfo=UTC),
            ends_at=None,
        ),
    ).session.id
    with store.change(earlier, "test") as tx:
        tx.insert(
            Card(0, earlier, Column.ACTION, "Matchdag organiseren", 1.0, clock.now(),
                 owners=[Owner("ROC van Twente")])
        )  # fmt: skip
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "ctrl+p", *"overnemen")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        first = cards(store, twente, Column.ACTION)[0]
        assert (first.title, first.from_session, first.from_number) == (
            "Matchdag organiseren",
            "twente-2020-06",
            1,
        )
        notes = [str(n.message) for n in app._notifications]
        assert "1 open actie overgenomen van: twente-2020-06." in " ".join(notes)
        assert (
            "↩ van de vorige tafel: Twente (twente-2020-06, A1)" in prompts(app, Column.ACTION)[0]
        )


async def test_the_palette_names_where_the_actions_came_from_and_why_none_did(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """June's action was taken over in August and done there; August agreed one of its own.
    Only August gave an action; the second time nothing came, and the notice says why."""
    june, august = (
        import_plan(
            store,
            replace(
                make_plan(slug),
                starts_at=datetime(2020, month, 2, 12, 0, tzinfo=UTC),
                ends_at=None,
            ),
        ).session.id
        for slug, month in (("twente-2020-06", 6), ("twente-2020-08", 8))
    )
    with store.change(june, "test") as tx:
        tx.insert(Card(0, june, Column.ACTION, "Matchdag organiseren", 1.0, clock.now()))
    clock.advance(minutes=5)
    services = Services.open(store, august, clock)
    copy = services.carry.carry_forward(["twente-2020-06"]).cards[0]
    clock.advance(minutes=5)
    services.board.set_status(copy.id, ActionStatus.DONE)
    with store.change(august, "test") as tx:
        tx.insert(Card(0, august, Column.ACTION, "Stagebank opzetten", 2.0, clock.now(), number=2))
    clock.advance(minutes=5)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(2):
            await pilot.press("f2", "ctrl+p", *"overnemen")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            await pilot.pause()
        assert cards(store, twente, Column.ACTION)[0].title == "Stagebank opzetten"
        notes = [str(n.message) for n in app._notifications]
        assert "1 open actie overgenomen van: twente-2020-08. Ze staat bovenaan de acties." in notes
        assert (
            "Geen nieuwe open acties van eerdere tafels in deze regio: 1 open actie is al eerder "
            "overgenomen; 1 open actie is daarna in twente-2020-08 op gedaan of vervallen gezet."
        ) in notes


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "Er is geen eerdere sessie in de regio Twente; noem de sessies om acties van over "
            "te nemen: facilitator carry-forward twente-2020-10 salland-2020-09 (of all: alle "
            "eerdere sessies).",
        ),
        (
            "en",
            "There is no earlier session in the region Twente; name the sessions to take "
            "actions over from: facilitator carry-forward twente-2020-10 salland-2020-09 (or "
            "all: every earlier session).",
        ),
    ],
)
async def test_the_palette_with_no_earlier_table_in_the_region_says_what_the_command_does(
    store: Store, twente: int, clock: FakeClock, lang: str, said: str
) -> None:
    """An earlier table in another region only: the notice names the region and how to
    take over from the others, as ``facilitator carry-forward`` says it."""
    plan = replace(
        make_plan("salland-2020-09"),
        region="Salland",
        starts_at=datetime(2020, 9, 2, 12, 0, tzinfo=UTC),
        ends_at=None,
    )
    salland = import_plan(store, plan).session.id
    with store.change(salland, "test") as tx:
        tx.insert(Card(0, salland, Column.ACTION, "Matchdag organiseren", 1.0, clock.now()))
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        word = "overnemen" if lang == "nl" else "take over"
        await pilot.press("f2", "ctrl+p", *word)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        command = "salland-2020-09"
        said = said.replace(command, f"{command} --db {shlex.quote(str(store.path))}")
        assert [str(n.message) for n in app._notifications] == [said]
    assert cards(store, twente, Column.ACTION)[0].title != "Matchdag organiseren"


@pytest.mark.parametrize(
    ("lang", "titles", "said"),
    [
        ("en", 1, "1 open action taken over from: twente-2020-06. It is at the top of the "
         "actions."),
        ("en", 2, "2 open actions taken over from: twente-2020-06. They are at the top of the "
         "actions."),
        ("nl", 2, "2 open acties overgenomen van: twente-2020-06. Ze staan bovenaan de acties."),
    ],
)  # fmt: skip
async def test_the_palette_says_where_the_actions_taken_over_are(
    store: Store, twente: int, clock: FakeClock, lang: str, titles: int, said: str
) -> None:
    plan = replace(
        make_plan("twente-2020-06"),
        starts_at=datetime(2020, 6, 2, 12, 0, tzinfo=UTC),
        ends_at=None,
    )
    june = import_plan(store, plan).session.id
    with store.change(june, "test") as tx:
        for n, title in enumerate(("Matchdag organiseren", "Stagebank opzetten")[:titles], 1):
            tx.insert(Card(0, june, Column.ACTION, title, float(n), clock.now(), number=n))
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "ctrl+p", *("overnemen" if lang == "nl" else "take over"))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert [str(n.message) for n in app._notifications] == [said]


def numbered(app: FacilitatorApp) -> list[tuple[str, str]]:
    """The barriers as shown: (number, title); a card shows its title, then its number."""
    shown = []
    for prompt in prompts(app, Column.BARRIER):
        title, meta = prompt.split("\n")[:2]
        shown.append((meta.split()[0], title.lstrip("▌").strip()))
    return shown


async def test_card_numbers_stay_when_cards_move_and_mark_merged_ones(
    store: Store, clock: FakeClock
) -> None:
    sid = import_twente(store)
    app = app_for(store, sid, clock)
    async with app.run_test(size=SIZE) as pilot:
        for text in ("Vervoer", "Taal", "Reistijd"):
            await pilot.press("b", *text, "enter")
        await pilot.press("f2")
        await pilot.pause()
        assert numbered(app) == [("B1", "Vervoer"), ("B2", "Taal"), ("B3", "Reistijd")]
        await pilot.press("down", "down", "shift+up", "shift+up")
        await pilot.pause()
        assert titles(store, sid, Column.BARRIER) == ["Reistijd", "Vervoer", "Taal"]
        assert numbered(app) == [("B3", "Reistijd"), ("B1", "Vervoer"), ("B2", "Taal")]
        # merge B1 into B3: the minutes name the merged card by its own number
        await pilot.press("M", "1", "enter")
        await pilot.pause()
        assert [number for number, _title in numbered(app)] == ["B3", "B2"]
    minutes = render_markdown(collect(store, sid), "nl", False)
    assert "Samengevoegd met: B1 Vervoer" in minutes


async def test_a_hidden_board_waits_and_shows_what_changed_when_it_comes(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """On the console the board draws nothing on a reload, only marks itself stale; F2
    shows the card captured meanwhile at once, and the next key already finds it."""
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "f1")  # the board is built the first time it shows
        await pilot.pause()
        await pilot.press("a", *"Nieuwe actie", "enter")
        await app.settle()
        await pilot.pause()
        pane = board(app)
        assert pane._stale
        assert not any("Nieuwe actie" in p for p in prompts(app, Column.ACTION))
        await pilot.press("f2", "right", "right", "end", "v")
        await app.settle()
        await pilot.pause()
        assert not pane._stale
        assert any("Nieuwe actie" in p for p in prompts(app, Column.ACTION))
        assert title_of(app, Column.ACTION) == "Acties (3)"
    [new] = [c for c in cards(store, twente, Column.ACTION) if c.title == "Nieuwe actie"]
    assert new.votes == 1


async def test_a_vote_redraws_only_its_card(store: Store, twente: int, clock: FakeClock) -> None:
    """The other cards keep their options (what they show is not built again) and the
    selection stays."""
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        barriers = board(app).card_list(Column.BARRIER)
        actions = board(app).card_list(Column.ACTION)
        options = list(barriers.options)
        before = [o.prompt for o in options], [o.prompt for o in actions.options]
        await pilot.press("down", "v")
        await app.settle()
        await pilot.pause()
        after = [o.prompt for o in barriers.options], [o.prompt for o in actions.options]
        assert list(barriers.options) == options  # the same options, in the same order
        assert after[0][0] is before[0][0]  # the first barrier: not drawn again
        assert after[0][1] is not before[0][1]  # the one voted for: drawn
        assert "+1" in str(after[0][1]) and "+1" not in str(before[0][1])
        assert all(a is b for a, b in zip(after[1], before[1], strict=True))
        assert barriers.highlighted == 1


async def test_a_filter_and_esc_show_the_cards_they_hid_without_drawing_them_again(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """The cards a filter hides keep their lines: the filter typed letter by letter, Enter
    and Esc show them again as they were drawn (on a board of a thousand cards, drawing
    them all again took a second), and they show what they showed before."""
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        pane = board(app)
        before = {c: [o.prompt for o in pane.card_list(c).options] for c in Column}
        await pilot.press("slash", "number_sign", *"stage", "enter")
        await pilot.pause()
        assert title_of(app, Column.BARRIER) == "Barrières (1/2)"
        await pilot.press("escape")
        await pilot.pause()
        assert title_of(app, Column.BARRIER) == "Barrières (2)"
        after = {c: [o.prompt for o in pane.card_list(c).options] for c in Column}
    assert [[str(p) for p in after[c]] for c in Column] == [
        [str(p) for p in before[c]] for c in Column
    ]
    for column in Column:
        assert all(a is b for a, b in zip(after[column], before[column], strict=True))


async def test_a_column_lays_out_each_card_once_for_each_width(
    store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A column too long for the screen gets a scroll bar, one that a filter leaving a few
    cards takes away and Esc brings back: the cards' rows at either width are worked out
    once, not again at each change (on a board of a thousand cards, about a second)."""
    from facilitator.tui.widgets import board_card

    sid = import_twente(store)
    notes = Services.open(store, sid, clock).notes
    for n in range(40):
        tags = ["stage"] if n % 10 == 0 else []
        notes.capture(Kind.BARRIER, f"Barrière {n}: te weinig stageplaatsen", tags=tags)
    app = app_for(store, sid, clock)
    laid_out: list[str] = []

    def counted(measure):  # type: ignore[no-untyped-def]
        def measured(text, *args, **kwargs):  # type: ignore[no-untyped-def]
            if str(text).startswith("▌"):
                laid_out.append(str(text).split("\n")[0])
            return measure(text, *args, **kwargs)

        return measured

    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("slash", "number_sign", *"stage", "enter")  # four cards: no scroll bar
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        monkeypatch.setattr(Content, "get_height", counted(Content.get_height))
        monkeypatch.setattr(board_card, "rows_of", counted(board_card.rows_of))
        for _ in range(2):
            await pilot.press("slash", "number_sign", *"stage", "enter")
            await pilot.pause()
            assert title_of(app, Column.BARRIER) == "Barrières (4/40)"
            await pilot.press("escape")
            await pilot.pause()
            assert title_of(app, Column.BARRIER) == "Barrières (40)"
    assert laid_out == []


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)])
async def test_a_card_said_by_many_still_shows_the_editors_line_of_keys(
    store: Store, clock: FakeClock, size: tuple[int, int]
) -> None:
    """Eight contributions merged into one card: who said what is cut short, not the keys."""
    sid = import_twente(store)
    service = Services.open(store, sid, clock)
    people = store.participants(sid)
    first: int | None = None
    for n, person in enumerate(people[:8], start=1):
        said = service.notes.capture(
            Kind.BARRIER,
            f"Bijdrage {n}: te weinig begeleiders voor stagiairs bij kleine bedrijven",
            participant_id=person.id,
        )
        assert said.card_id is not None
        if first is None:
            first = said.card_id
        else:
            service.board.merge(first, said.card_id)
    app = app_for(store, sid, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("f2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        box = app.screen.query_one("#editor").content_region
        for name in ("#editor-input", "#editor-keys"):
            widget = app.screen.query_one(name)
            assert widget.region.height > 0 and widget.region.bottom <= box.bottom, name


async def test_an_edit_over_another_window_s_change_asks_before_it_undoes_it(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """Both windows open the same card; the other adds a tag and saves first. Saving this
    window's line as it stood would drop that tag without a word: it is refused, the line
    comes back in the editor, and Enter again saves it knowingly."""
    app = app_for(store, twente, clock)
    b1 = cards(store, twente, Column.BARRIER)[0]
    other = Services.open(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        other.board.edit_card(b1.id, tags=[*b1.tags, "bouw"])  # the other window, first
        await pilot.press("home", *"B: ", "enter")
        await app.settle()
        await pilot.pause()
        card = store.get(Card, b1.id)
        assert card is not None and card.title == b1.title and "bouw" in card.tags
        assert isinstance(app.screen, LineEditor)  # the line is back, with why
        said = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "in een ander venster gewijzigd" in said
        preview = str(app.screen.query_one("#editor-preview").render())
        assert preview.startswith("⚠ Niet bewaard: dit is intussen"), preview  # said once
        assert "niet opgeslagen" not in preview, preview
        assert app.screen.query_one(Input).value.startswith("B: ")
        await pilot.press("enter")  # knowingly: over the other window's change
        await app.settle()
        await pilot.pause()
        assert not isinstance(app.screen, LineEditor)
    card = store.get(Card, b1.id)
    assert card is not None and card.title == f"B: {b1.title}"


async def test_up_and_down_stop_at_the_ends_of_a_column(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """Ten ↑ to be sure of the top stay on the top card (the list went round)."""
    app = app_for(store, twente, clock)
    first, second = cards(store, twente, Column.BARRIER)[:2]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "down", *["up"] * 10)
        await pilot.pause()
        assert board(app).selected_card_id == first.id
        await pilot.press(*["down"] * 10)
        await pilot.pause()
        assert board(app).selected_card_id == second.id  # the last of two barriers


async def test_the_editor_of_a_card_deleted_meanwhile_keeps_its_label(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    b1 = cards(store, twente, Column.BARRIER)[0]
    other = Services.open(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        other.board.delete_card(b1.id)  # the other window, meanwhile
        await pilot.press("end", *" erbij", "enter")
        await app.settle()
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)  # not saved: the line is kept
        title = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "Kaart B1 bewerken" in title and "Kaart  bewerken" not in title
        preview = str(app.screen.query_one("#editor-preview").render())
        assert preview.startswith("⚠ niet opgeslagen: "), preview  # a reason that does not say it


async def test_a_card_that_grows_in_the_editor_shows_all_its_lines_at_once(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """After an edit that made the last card of a full column longer, its last lines
    were cut off until the selection moved: the list kept the card's old height."""
    taker = Services.open(store, twente, clock)
    for n in range(4):
        taker.notes.capture(Kind.BARRIER, f"Extra barrière nummer {n} met wat tekst")
    app = app_for(store, twente, clock)
    longer = " en verder ook de reistijd naar het leerbedrijf in de regio Twente als slotwoord"
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2", *["down"] * 5)  # the last barrier, at the bottom
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        await pilot.press("end", *longer, "enter")
        await pilot.pause()
        assert not isinstance(app.screen, LineEditor)
        column = app.screen.query_one(f"#column-{Column.BARRIER.value}")
        screen = [row.text for row in app.screen._compositor.render_strips()]
        region = column.region
        shown = " ".join(line[region.x : region.right] for line in screen[region.y : region.bottom])
        for words in ("slotwoord", "B6", "nog geen actie"):  # the whole card, to its end
            assert words in shown.split("Extra barrière nummer 3")[-1], shown


def editor_preview(app: FacilitatorApp) -> str:
    return str(app.screen.query_one("#editor-preview").render())


@pytest.mark.parametrize(
    ("lang", "typed", "was", "shown"),
    [
        ("nl", "volgende week vrijdag", "(was vr 30 okt)", "vr 16 okt"),
        ("en", "Friday next week", "(was Fri 30 Oct)", "Fri 16 Oct"),
    ],
)
async def test_the_due_key_gives_a_card_a_new_due_date_in_place_of_its_old_one(
    store: Store, twente: int, clock: FakeClock, lang: str, typed: str, was: str, shown: str
) -> None:
    """The chair moves A1's date: ``!`` opens a line for the date alone (the old one named
    in the title, over the card's text), and the date typed replaces it. Before, the line
    kept ``tot 2020-10-30`` and the new date went into the card's text as ``tot tot
    volgende week vrijdag``."""
    app = app_for(store, twente, clock, lang=lang)
    a1 = cards(store, twente, Column.ACTION)[0]
    word = "tot" if lang == "nl" else "by"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "right", "right", "!")
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        line = app.screen.query_one(Input).value
        assert line == f"{word} "
        title = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert was in title and a1.title in title
        await pilot.press(*typed)
        await pilot.pause()
        assert shown in editor_preview(app) and "⚠" not in editor_preview(app)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, LineEditor)
    card = store.get(Card, a1.id)
    assert card is not None and card.due == datetime(2020, 10, 16).date()
    assert (card.title, card.tags, card.owners) == (a1.title, a1.tags, a1.owners)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("key", ["!", "#", "@"])
async def test_a_board_key_and_enter_with_nothing_typed_leave_the_card_as_it_was(
    store: Store, twente: int, clock: FakeClock, key: str, lang: str
) -> None:
    """``!``, ``#`` or ``@`` pressed, then Enter at once: the card keeps its text, date,
    tags and owners. Before, the lone ``tot``, ``#`` or ``@`` went into the card's text
    (and ``!`` on a card with a date also doubled ``tot``)."""
    app = app_for(store, twente, clock, lang=lang)
    a1 = cards(store, twente, Column.ACTION)[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "right", "right", key)
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, LineEditor)
        assert prompts(app, Column.ACTION)[0].splitlines()[0].endswith(a1.title)
    card = store.get(Card, a1.id)
    assert card is not None
    assert (card.title, card.due, card.tags, card.owners) == (a1.title, a1.due, a1.tags, a1.owners)


@pytest.mark.parametrize("typed", ["stage", "Stage"])
async def test_a_tag_the_card_has_is_not_added_twice(
    store: Store, twente: int, clock: FakeClock, typed: str
) -> None:
    app = app_for(store, twente, clock)
    a1 = cards(store, twente, Column.ACTION)[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "right", "right", "#", *typed, "enter")
        await pilot.pause()
        assert not isinstance(app.screen, LineEditor)
    card = store.get(Card, a1.id)
    assert card is not None and (card.title, card.tags) == (a1.title, ["stage"])


def editor_title(app: FacilitatorApp) -> str:
    return str(app.screen.query_one("#editor-title").render())


@pytest.mark.parametrize(
    ("lang", "typed", "refused", "escape"),
    [
        (
            "nl",
            "31 nov",
            "⚠ niet opgeslagen: «tot 31 nov» is geen datum",
            "Esc houdt de datum vr 30 okt",
        ),
        (
            "nl",
            "eind voorjaar",
            "geen datum gelezen uit «tot eind voorjaar»",
            "Esc houdt de datum vr 30 okt",
        ),
        (
            "en",
            "Nov 31",
            "⚠ not saved: “by Nov 31” is not a date",
            "Esc keeps the due date Fri 30 Oct",
        ),
        (
            "en",
            "end of spring",
            "no date read from “by end of spring”",
            "Esc keeps the due date Fri 30 Oct",
        ),
    ],
)
async def test_a_new_due_date_that_is_not_read_as_a_date_is_not_saved(
    store: Store,
    twente: int,
    clock: FakeClock,
    lang: str,
    typed: str,
    refused: str,
    escape: str,
) -> None:
    """``!`` and words that are no date: Enter keeps the editor open, saying once that they
    were not saved and why (no date read from them, or what is wrong with the date) and that
    Esc keeps the old date; the card keeps its date and its text.
    Before, Enter saved the words in the card's text (``… tot 31 nov``) and the card lost
    its date, with no warning at all for ``eind voorjaar``."""
    app = app_for(store, twente, clock, lang=lang)
    a1 = cards(store, twente, Column.ACTION)[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "right", "right", "!", *typed)
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        assert "⚠" in editor_preview(app)  # said before Enter
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)  # still open: nothing was saved
        said = editor_preview(app)
        assert refused in said and escape in said, said
        assert said.count(typed) == 1, said  # said once: not «no date read» and «not a date»
        await app.settle()
        card = store.get(Card, a1.id)
        assert card is not None and (card.title, card.due) == (a1.title, a1.due)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, LineEditor)
        assert prompts(app, Column.ACTION)[0].splitlines()[0].endswith(a1.title)
    card = store.get(Card, a1.id)
    assert card is not None
    assert (card.title, card.due, card.tags, card.owners) == (a1.title, a1.due, a1.tags, a1.owners)


async def test_the_due_key_changes_only_the_date_even_without_the_due_word(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """``tot`` taken away and ``volgende week`` typed: a week from today, the card's text as it
    was. Before, the card read ``… volgende week`` and had no date."""
    app = app_for(store, twente, clock)
    a1 = cards(store, twente, Column.ACTION)[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "right", "right", "!")
        await pilot.pause()
        assert a1.title in editor_title(app)  # the card's text is shown, not edited
        await pilot.press(*["backspace"] * 4, *"volgende week")
        await pilot.pause()
        assert "Enter: nieuwe datum di 13 okt" in editor_preview(app)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, LineEditor)
    card = store.get(Card, a1.id)
    assert card is not None and card.due == datetime(2020, 10, 13).date()
    assert (card.title, card.tags, card.owners) == (a1.title, a1.tags, a1.owners)


@pytest.mark.parametrize(
    ("lang", "word", "hint", "preview"),
    [
        ("nl", "geen", "«geen» haalt hem weg", "Enter: de datum gaat weg (was vr 30 okt)"),
        ("en", "none", "“none” removes it", "Enter: the due date goes (was Fri 30 Oct)"),
    ],
)
async def test_the_due_key_takes_a_date_away_with_the_word_for_none(
    store: Store, twente: int, clock: FakeClock, lang: str, word: str, hint: str, preview: str
) -> None:
    app = app_for(store, twente, clock, lang=lang)
    a1 = cards(store, twente, Column.ACTION)[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "right", "right", "!")
        await pilot.pause()
        assert hint in str(app.screen.query_one("#editor-keys").render())
        await pilot.press(*word)
        await pilot.pause()
        assert preview in editor_preview(app)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, LineEditor)
    card = store.get(Card, a1.id)
    assert card is not None and card.due is None and card.title == a1.title


@pytest.mark.parametrize(
    ("lang", "kept"),
    [("nl", "Enter: de datum blijft vr 30 okt"), ("en", "Enter: the due date stays Fri 30 Oct")],
)
async def test_the_due_editor_says_what_enter_will_do(
    store: Store, twente: int, clock: FakeClock, lang: str, kept: str
) -> None:
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "right", "right", "!")
        await pilot.pause()
        assert kept in editor_preview(app)


@pytest.mark.parametrize(("lang", "said"), [("nl", "Gezegd"), ("en", "Said")])
@pytest.mark.parametrize("key", ["enter", "!"])
async def test_what_was_said_on_a_card_is_quoted_as_its_language_quotes(
    store: Store, twente: int, clock: FakeClock, key: str, lang: str, said: str
) -> None:
    """The card's editor and its ``!`` quoted what was said «…» in English too, while the
    hint under the line quoted “…”."""
    app = app_for(store, twente, clock, lang=lang)
    a1 = cards(store, twente, Column.ACTION)[0]
    first = next(c for c in store.contributions(twente) if c.card_id == a1.id)
    opening, closing = ("«", "»") if lang == "nl" else ("“", "”")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "right", "right", key)
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        about = str(app.screen.query_one("#editor-about").render())
        assert about.startswith(said), about
        assert f": {opening}{first.text}{closing}" in about, about
        other = "“" if lang == "nl" else "«"
        assert other not in about, about


def long_column(store: Store, sid: int, clock: FakeClock, count: int) -> None:
    taker = Services.open(store, sid, clock)
    for n in range(count):
        taker.notes.capture(Kind.BARRIER, f"Drempel nummer {n:02d}")


async def test_a_vote_in_a_long_column_shows_at_once_and_leaves_the_other_cards_drawn(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """A vote redraws the card voted on; the other cards in sight keep the lines drawn
    for them, and the terminal shows the vote on the card's own row."""
    long_column(store, twente, clock, 12)
    app = app_for(store, twente, clock)
    drawn = Drawn(app, SIZE)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "down")
        await pilot.pause()
        column = board(app).card_list(Column.BARRIER)
        voted = column.get_option_at_index(1)
        cache = column._option_render_cache
        others = {key: cache.get(key) for key in cache.keys() if key[0] is not voted}
        assert len(others) >= 5
        await pilot.press("v")
        while app.behind:
            await pilot.pause()
        await pilot.pause()
        assert "+1" in prompts(app, Column.BARRIER)[1]
        # the lines drawn for the other cards are the very ones drawn before the vote
        assert all(cache.get(key) is lines for key, lines in others.items())
        rows = drawn.text.splitlines()
        second = next(n for n, row in enumerate(rows) if "Flexwerkers vallen" in row)
        assert any("+1" in row for row in rows[second : second + 3])
        assert any("Drempel nummer 03" in row for row in rows)


async def test_a_card_whose_title_grows_shows_whole_and_the_cards_below_move_down(
    store: Store, twente: int, clock: FakeClock
) -> None:
    long_column(store, twente, clock, 4)
    app = app_for(store, twente, clock)
    drawn = Drawn(app, SIZE)
    words = " en ook nog een heel lange zin die over meerdere regels doorloopt tot het eind"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        await pilot.press("end", *words, "enter")
        while app.behind:
            await pilot.pause()
        await pilot.pause()
        rows = drawn.text.splitlines()
        first = next(n for n, row in enumerate(rows) if "Flexwerkers vallen" in row)
        end = next(n for n, row in enumerate(rows) if "tot het eind" in row)
        below = next(n for n, row in enumerate(rows) if "Drempel nummer 00" in row)
        assert first < end < below


async def test_a_vote_saved_redraws_what_changed_not_the_whole_screen(
    store: Store, twente: int, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The count of saves under way is the app's and the screen's: a change of it drew
    the whole screen again, twice for every key that saved something."""
    from textual._compositor import Compositor

    whole: list[int] = []
    draw_whole = Compositor.render_full_update

    def counted(self: Compositor, *args: object, **kwargs: object) -> object:
        whole.append(1)
        return draw_whole(self, *args, **kwargs)  # type: ignore[arg-type]

    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "down")
        await pilot.pause()
        monkeypatch.setattr(Compositor, "render_full_update", counted)
        await pilot.press("v")
        while app.behind:
            await pilot.pause()
        await pilot.pause()
        assert "+1" in prompts(app, Column.BARRIER)[1]
    assert whole == []


async def test_a_column_that_gets_its_scroll_bar_back_lays_its_cards_out_in_the_narrower_width(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """A filter that leaves a column one card takes its scroll bar away; cleared, the
    column is long again and the bar takes two cells. The cards' lines were still
    measured in the wider width: a card that wraps in the narrower one was drawn a row
    short, without its separator, and every card below it a row too high."""
    taker = Services.open(store, twente, clock)
    for n in range(30):
        taker.notes.capture(Kind.BARRIER, "Drempel " + "x" * (24 + n % 16) + f" {n:02d}")
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2", "slash", *"B1", "enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        column = board(app).card_list(Column.BARRIER)
        assert column.show_vertical_scrollbar
        shown = list(column._lines)
        column._clear_caches()  # as a resize would: measured anew in the width it has
        assert list(column._lines) == shown


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "nl",
            "Kaart B1 «[b]Te weinig[/b] stageplaatsen in de zo…» verwijderd; ctrl+z zet haar "
            "terug.",
        ),
        (
            "en",
            "Card B1 “[b]Te weinig[/b] stageplaatsen in de zo…” deleted; ctrl+z brings it back.",
        ),
    ],
)
async def test_delete_on_the_board_says_which_card_went(
    store: Store, twente: int, clock: FakeClock, lang: str, words: str
) -> None:
    """«Verwijderd; ctrl+z zet het terug.» said nothing of which card went, where the log's
    Delete names its contribution. It names the card: its label and the start of its text,
    as typed (never markup)."""
    b1 = cards(store, twente, Column.BARRIER)[0]
    title = "[b]Te weinig[/b] stageplaatsen in de zorg en de bouw"
    Services.open(store, twente, clock).board.edit_card(b1.id, title=title)
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert board(app).selected_card_id == b1.id
        await pilot.press("delete")
        await app.settle()
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
    assert store.get(Card, b1.id) is None
    assert words in said, said


@pytest.mark.parametrize(
    ("lang", "parked", "unparked"),
    [
        ("nl", "A2 geparkeerd als open punt; P haalt het terug.", "A2 niet meer geparkeerd."),
        ("en", "A2 parked as an open point; P takes it back.", "A2 no longer parked."),
    ],
)
async def test_park_says_so_both_ways(
    store: Store, twente: int, clock: FakeClock, lang: str, parked: str, unparked: str
) -> None:
    """P parked the card without a word, and P again took the parking back unsaid, where
    S, l, M and Delete each say what they did."""
    app = app_for(store, twente, clock, lang)
    a2 = cards(store, twente, Column.ACTION)[1]
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("f2", "right", "right", "down", "P")
        await pilot.pause()
        assert store.get(Card, a2.id).parked  # type: ignore[union-attr]
        assert [str(n.message) for n in app._notifications] == [parked]
        await pilot.press("P")
        await pilot.pause()
        assert not store.get(Card, a2.id).parked  # type: ignore[union-attr]
        assert unparked in [str(n.message) for n in app._notifications]
