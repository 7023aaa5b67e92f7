"""Pilot tests: the agenda changed in the room through the real keys, and the minutes."""

from __future__ import annotations

import pytest
from textual.containers import Vertical

from facilitator.domain.agenda import active_items
from facilitator.domain.clock import FakeClock
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.screens.form import FormDialog
from facilitator.tui.screens.main import MainScreen
from facilitator.tui.screens.picker import Picker
from tests.helpers import make_plan
from tests.tui.conftest import AppFactory

SIZE = (120, 40)


def keys(text: str) -> list[str]:
    """The keys that type ``text``."""
    return ["space" if ch == " " else ch for ch in text]


def titles(store: Store, session_id: int) -> list[str]:
    return [i.title for i in active_items(store.items(session_id))]


def agenda_rows(store: Store, session_id: int, lang: str = "nl") -> list[str]:
    minutes = render_markdown(collect(store, session_id), lang)
    return [line for line in minutes.splitlines() if line.startswith("|")]


async def test_shift_e_adds_an_item_and_undo_takes_it_away(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E")
        assert isinstance(app.screen, FormDialog)
        await pilot.press(*keys("Rondvraag"), "enter", *keys("Nog iets?"), "enter")
        await pilot.press("backspace", "backspace", "5", "enter")
        # the place offered: before the last item (the closing), which is still to come
        assert isinstance(app.screen, FormDialog)
        assert app.screen.values()[3] == "3"
        await pilot.press("enter")
        assert isinstance(app.screen, MainScreen)
        assert titles(store, small_session_id) == ["Punt 1", "Punt 2", "Rondvraag", "Punt 3"]
        assert active_items(store.items(small_session_id))[2].planned_seconds == 300
        assert any(
            "Rondvraag" in r and "toegevoegd" in r for r in agenda_rows(store, small_session_id)
        )
        await pilot.press("ctrl+z")
        assert "Rondvraag" not in titles(store, small_session_id)


async def test_an_item_added_with_its_place_left_empty_comes_last(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """An added item always came after the last item, the closing too."""
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("E", *keys("Rondvraag"), "enter", "enter", "enter", "ctrl+u", "enter")
        assert isinstance(app.screen, MainScreen)
        assert titles(store, small_session_id) == ["Punt 1", "Punt 2", "Punt 3", "Rondvraag"]
        assert "Agenda item 4 added." in [n.message for n in app._notifications]
        await pilot.press("E", *keys("Pauze"), "enter", "enter", "enter", "ctrl+u", "1", "enter")
        assert isinstance(app.screen, MainScreen)
        assert titles(store, small_session_id) == [
            "Pauze",
            "Punt 1",
            "Punt 2",
            "Punt 3",
            "Rondvraag",
        ]
        assert "Agenda item 1 added." in [n.message for n in app._notifications]


async def test_an_added_item_is_not_placed_before_one_that_has_run(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")  # item 1 runs
        await pilot.press("E", *keys("Pauze"), "enter", "enter", "enter", "ctrl+u", "1", "enter")
        assert isinstance(app.screen, FormDialog)
        assert app.screen.problem == (
            "Choose a place from 2 to 4: only among the items still to come."
        )
        assert app.screen.values()[3] == "1"
        await pilot.press("ctrl+u", "2", "enter")
        assert isinstance(app.screen, MainScreen)
        assert titles(store, small_session_id) == ["Punt 1", "Pauze", "Punt 2", "Punt 3"]


async def test_e_renames_re_plans_and_moves_an_item_to_come(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, Picker)
        assert app.screen._hint == "type a title or number"
        # item 3, typed ahead through the form: title, question as it is, 5 minutes, place 2
        await pilot.press("3", "enter", "ctrl+u", *keys("Stageplaatsen"), "enter", "enter")
        await pilot.press("ctrl+u", "5", "enter", "ctrl+u", "2", "enter")
        assert isinstance(app.screen, MainScreen)
        assert titles(store, small_session_id) == ["Punt 1", "Stageplaatsen", "Punt 2"]
        rows = agenda_rows(store, small_session_id, "en")
        assert any("Stageplaatsen" in r and "changed (was: Punt 3, 20 min)" in r for r in rows)
        await pilot.press("ctrl+z")
        assert titles(store, small_session_id) == ["Punt 1", "Punt 2", "Punt 3"]


async def test_a_bad_number_in_the_item_form_keeps_what_was_typed(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E", *keys("Rondvraag"), "enter", "enter", "ctrl+u", "x", "enter")
        await pilot.press("enter")
        assert isinstance(app.screen, FormDialog)
        assert app.screen.values() == ["Rondvraag", "", "x", "3"]
        assert app.screen.problem == "Planned minutes: 'x' is not a whole number."
        await pilot.press("escape")
    assert "Rondvraag" not in titles(store, small_session_id)


async def test_shift_x_drops_an_item_to_come_shown_as_dropped_in_the_minutes(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")  # item 1 runs: it is not offered
        await pilot.press("X")
        assert isinstance(app.screen, Picker)
        assert [c.number for c in app.screen.choices] == [2, 3]
        await pilot.press("2", "enter")
        assert titles(store, small_session_id) == ["Punt 1", "Punt 3"]
        rows = agenda_rows(store, small_session_id)
        assert any("~~Punt 2~~" in r and "geschrapt" in r for r in rows)
        await pilot.press("ctrl+z")
        assert titles(store, small_session_id) == ["Punt 1", "Punt 2", "Punt 3"]


async def test_each_picker_says_what_to_type(
    app_factory: AppFactory, small_session_id: int
) -> None:
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        hints = {}
        for key in ("g", "u", "h", "N"):
            await pilot.press(key)
            assert isinstance(app.screen, Picker)
            hints[key] = app.screen._hint
            await pilot.press("escape")
    assert hints == {
        "g": "type a title or number",
        "u": "type a title or number",
        "h": "type a name or number",
        "N": "type the invitee's name",
    }


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)])
@pytest.mark.parametrize("problem", [False, True])
async def test_the_whole_item_form_shows_even_on_a_small_terminal(
    app_factory: AppFactory, small_session_id: int, size: tuple[int, int], problem: bool
) -> None:
    """Four fields, the line of keys and a problem: none is cut off below the dialog."""
    app = app_factory(small_session_id)
    async with app.run_test(size=size) as pilot:
        await pilot.press("e", "3", "enter")
        if problem:
            await pilot.press("enter", "enter", "ctrl+u", "x", "enter", "enter")
        form = app.screen
        assert isinstance(form, FormDialog)
        assert bool(form.problem) == problem
        await pilot.pause()
        box = form.query_one(Vertical).content_region
        for widget in [*form.inputs(), form.query_one("#form-keys")]:
            assert widget.region.bottom <= box.bottom, (widget, widget.region, box)


async def test_negative_minutes_ask_for_at_least_one_and_a_later_save_takes_the_notice_away(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """'-5' planned minutes said "'-5' is not a whole number" (0 said "at least 1"), and the
    notice of the refusal stayed on screen after the form was saved right. The refusal is
    said in the form, and no notice repeats it over the form's last lines."""
    from textual.widgets._toast import Toast

    at_least_one = "Give the planned time in whole minutes, at least 1."
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("E", *keys("Rondvraag"), "enter", "enter", "ctrl+u", "-", "5", "enter")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert app.screen.values() == ["Rondvraag", "", "-5", "3"]
        assert app.screen.problem == at_least_one
        assert at_least_one not in [n.message for n in app._notifications]  # said in the form
        await pilot.press("ctrl+u", "5", "enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert titles(store, small_session_id)[2] == "Rondvraag"
        assert at_least_one not in [n.message for n in app._notifications]

        def shown() -> str:
            return " ".join(str(t.render()) for t in app.screen.query(Toast))

        # A toast that goes is removed from the screen by a message of its own, which a
        # busy machine may not have handled by the first pause.
        for _ in range(20):
            if "at least 1" not in shown():
                break
            await pilot.pause()
        assert "at least 1" not in shown() and "added" in shown()


PLACES = {
    ("nl", "E"): (
        "Kies een plaats van 2 tot 4: alleen tussen de punten die nog komen.",
        "van 2 tot 4: tussen de punten die nog komen; leeg: achteraan",
    ),
    ("en", "E"): (
        "Choose a place from 2 to 4: only among the items still to come.",
        "2 to 4: among the items still to come; empty: at the end",
    ),
    ("nl", "e"): (
        "Kies een plaats van 2 tot 3: alleen tussen de punten die nog komen.",
        "van 2 tot 3: alleen tussen de punten die nog komen",
    ),
    ("en", "e"): (
        "Choose a place from 2 to 3: only among the items still to come.",
        "2 to 3: only among the items still to come",
    ),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("key", ["E", "e"])
@pytest.mark.parametrize("place", ["99", "0", "1"])
async def test_a_place_out_of_reach_is_refused_with_the_places_there_are(
    app_factory: AppFactory,
    store: Store,
    small_session_id: int,
    lang: str,
    key: str,
    place: str,
) -> None:
    """Item 1 runs, items 2 and 3 are still to come. A place out of reach, too far or before
    item 2, gets one refusal that gives the places there are (a new item's go one further,
    to the end), and the field's hint gives them before. Before, 99 or 0 said "There is no
    agenda item 99; choose 1 to 3." and 1 said "Only items still to come can move, and not
    before item 2." (of a new item too; in Dutch "niet voor punt 2", ambiguous), and the
    refusal's notice covered the form's last lines at 80×24."""
    from textual.widgets._toast import Toast

    refusal, hint = PLACES[(lang, key)]
    app = app_factory(small_session_id, lang=lang)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("space")  # item 1 runs
        if key == "E":
            await pilot.press("E", *keys("Pauze"), "enter", "enter", "enter")
        else:
            await pilot.press("e", "3", "enter", "enter", "enter", "enter")
        form = app.screen
        assert isinstance(form, FormDialog)
        hints = [str(h.render()) for h in form.query(".form-hint")]
        assert hint in hints, hints
        await pilot.press("ctrl+u", *place, "enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormDialog)
        assert form.problem == refusal
        toasts = list(app.screen.query(Toast))
        box = form.query_one(Vertical).region
        assert not [t for t in toasts if t.region.overlaps(box)], [t.region for t in toasts]
        await pilot.press("escape")
    assert titles(store, small_session_id) == ["Punt 1", "Punt 2", "Punt 3"]


FORM_SIZES = [(80, 24), (100, 30), (120, 31), (120, 32), (120, 33), (120, 34), (120, 40)]


@pytest.mark.parametrize("size", FORM_SIZES, ids=[f"{w}x{h}" for w, h in FORM_SIZES])
@pytest.mark.parametrize("refused", [False, True], ids=["typed", "refused"])
async def test_the_new_item_form_shows_whole_with_a_refusal_of_two_rows(
    app_factory: AppFactory, session_id: int, size: tuple[int, int], refused: bool
) -> None:
    """At 120×31 a place out of reach («⚠ not saved: Choose a place from 1 to 7: only among
    the items / still to come.», two rows) cut the form's last line («… undoes it later»)
    off below the dialog: its height was held to 90% of the screen, and the short layout
    came only at 30 rows and below."""
    from tests.tui.drawn import laid_out

    app = app_factory(session_id, lang="en")
    async with app.run_test(size=size) as pilot:
        await pilot.press("E", *keys("Pauze"), "tab", *keys("Wie koffie?"), "tab", "5", "tab")
        await pilot.press(*("99" if refused else "3"))
        if refused:
            await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormDialog)
        assert form.problem.startswith("Choose a place") == refused
        shown = laid_out(app)
        assert "undoes it later" in shown, shown
        for line in ("Pauze", "Wie koffie?", "Place"):
            assert line in shown, shown
        box = form.query_one(Vertical).content_region
        for widget in [*form.inputs(), form.query_one("#form-keys")]:
            assert widget.region.bottom <= box.bottom, (widget, widget.region, box)


@pytest.mark.parametrize(
    ("lang", "hint"),
    [
        ("nl", "van 4 tot 6: alleen tussen de punten die nog komen"),
        ("en", "4 to 6: only among the items still to come"),
    ],
)
async def test_the_place_of_an_item_before_one_held_agrees_with_its_field(
    app_factory: AppFactory, store: Store, clock: FakeClock, lang: str, hint: str
) -> None:
    """Items 1, 2 and 5 held, item 3 current; e 4: the field holds 4 and its hint said
    «blijft op 6: alleen punten die nog komen verschuiven». Now it gives 4 to 6."""
    session = import_plan(store, make_plan(slug="zes", items=6)).session
    service = Services.open(store, session.id, clock)
    items = store.items(session.id)
    service.agenda.toggle_timer()
    for number in (2, 5, 3):
        clock.advance(seconds=60)
        service.agenda.goto(items[number - 1].id)
    app = app_factory(session.id, lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e", "4", "enter")
        form = app.screen
        assert isinstance(form, FormDialog)
        assert form.values()[3] == "4"
        hints = [str(h.render()) for h in form.query(".form-hint")]
        assert hint in hints, hints
