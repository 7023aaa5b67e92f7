"""Pilot tests: a walk-in and a stand-in join the table through the real keys."""

from __future__ import annotations

from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.store import Store
from facilitator.tui.screens.form import FormDialog
from facilitator.tui.screens.main import MainScreen
from facilitator.tui.screens.picker import Picker
from tests.tui.conftest import AppFactory

SIZE = (120, 40)


def keys(text: str) -> list[str]:
    """The keys that type ``text``."""
    return ["space" if ch == " " else ch for ch in text]


async def test_n_adds_a_walk_in_who_is_in_the_minutes_and_undo_takes_them_away(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    before = store.participants(small_session_id)
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert isinstance(app.screen, FormDialog)
        await pilot.press(*keys("Noor de Wit"), "enter")
        await pilot.press(*keys("Techniek Twente"), "enter")
        await pilot.press(*keys("bedrijf"), "enter")
        assert isinstance(app.screen, MainScreen)
        people = store.participants(small_session_id)
        assert len(people) == len(before) + 1
        walk_in = people[-1]
        assert (walk_in.name, walk_in.organisation, walk_in.sector) == (
            "Noor de Wit",
            "Techniek Twente",
            "bedrijfsleven",
        )
        # the new participant has the next number: that key queues them
        minutes = render_markdown(collect(store, small_session_id), "nl")
        assert "Noor de Wit (Techniek Twente), ter plekke aangeschoven" in minutes
        await pilot.press("ctrl+z")
        assert len(store.participants(small_session_id)) == len(before)


async def test_a_walk_in_with_an_unknown_sector_keeps_what_was_typed(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    before = len(store.participants(small_session_id))
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *keys("Noor de Wit"), "enter", "enter", *keys("ruimtevaart"))
        await pilot.press("enter")
        assert isinstance(app.screen, FormDialog)
        assert app.screen.values() == ["Noor de Wit", "", "ruimtevaart"]
        assert "ruimtevaart" in app.screen.problem
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
    assert len(store.participants(small_session_id)) == before


async def test_shift_n_seats_a_stand_in_for_an_invitee(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    invitee = store.participants(small_session_id)[2]
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("N")
        assert isinstance(app.screen, Picker)
        assert app.screen._hint == "type the invitee's name"
        await pilot.press("escape", "N")
        # typed ahead: the keys after Enter wait for the form
        await pilot.press(*keys(invitee.name.split()[-1]), "enter", *keys("Ravi Koster"), "enter")
        assert isinstance(app.screen, MainScreen)
        people = store.participants(small_session_id)
        stand_in = people[-1]
        assert stand_in.name == "Ravi Koster" and stand_in.stands_in_for == invitee.id
        assert stand_in.organisation == invitee.organisation
        assert not next(p for p in people if p.id == invitee.id).present
        minutes = render_markdown(collect(store, small_session_id), "en")
        assert f"Ravi Koster ({invitee.organisation}), stood in for {invitee.name}" in minutes
        assert "stood in for by Ravi Koster" in minutes
        await pilot.press("ctrl+z")
        people = store.participants(small_session_id)
        assert stand_in.id not in [p.id for p in people]
        assert next(p for p in people if p.id == invitee.id).present


async def test_an_english_window_names_the_sectors_in_english(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h")
        assert isinstance(app.screen, Picker)
        labels = [choice.label.plain for choice in app.screen.choices]
        assert any("business" in label for label in labels)
        assert not any("bedrijfsleven" in label for label in labels)
        await pilot.press("escape", "n")
        assert isinstance(app.screen, FormDialog)
        assert "choose from: education, business" in app.screen.fields[2].hint
        # a walk-in's sector is found by its English name too
        await pilot.press(*keys("Noor de Wit"), "enter", "enter", *keys("civil"), "enter")
    assert store.participants(small_session_id)[-1].sector == "maatschappelijk"


async def test_a_walk_in_typed_in_one_burst_keeps_every_character(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    # A fast typist: the form, the name, Enter, the organisation, Enter, the sector, all
    # before the app has caught up. Moving to the next field must not select what is
    # typed there meanwhile (Textual's select-on-focus comes later, with the focus event,
    # and the next letter would replace the selection: '[red' was lost from '[red]Org|#').
    import asyncio

    from textual import events
    from textual.keys import _character_to_key

    async def burst(text: str) -> None:
        arrivals = [
            asyncio.create_task(
                app.keys.arrived(
                    events.Key("enter", "\r")
                    if ch == "\r"
                    else events.Key(_character_to_key(ch), ch)
                )
            )
            for ch in text
        ]
        await asyncio.gather(*arrivals)

    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await burst("nNoor de Wit\r[red")
        await pilot.pause()  # the app catches up between two keys (the focus event comes)
        await burst("]Org|#\rbedrijf\r")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    walk_in = store.participants(small_session_id)[-1]
    assert (walk_in.name, walk_in.organisation, walk_in.sector) == (
        "Noor de Wit",
        "[red]Org|#",
        "bedrijfsleven",
    )


async def test_a_refused_form_opens_again_on_the_field_to_put_right(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """The sector was wrong: the cursor is in the sector, so Backspace and the right
    sector mend it (they went into the name, which became "Noor de gemeente")."""
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *keys("Noor de Wit"), "enter", "enter", *keys("horeca"), "enter")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        await pilot.press(*["backspace"] * 6, *keys("bedrijf"), "enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    walk_in = store.participants(small_session_id)[-1]
    assert (walk_in.name, walk_in.sector) == ("Noor de Wit", "bedrijfsleven")


async def test_an_item_with_minutes_refused_opens_on_the_minutes(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        await pilot.press(*keys("Extra punt"), "enter", *keys("Vraag?"), "enter")
        await pilot.press("backspace", "backspace", "0", "enter", "enter")  # 0 min: refused
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        await pilot.press("backspace", "5", "enter", "enter")  # the place as offered
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        await app.settle()
    added = next(i for i in store.items(small_session_id) if i.title == "Extra punt")
    assert (added.title, added.planned_seconds) == ("Extra punt", 5 * 60)


async def test_letters_typed_to_find_someone_are_no_unsaved_text(
    app_factory: AppFactory, small_session_id: int
) -> None:
    """ctrl+q with the participant picker open quits without asking about its filter."""
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h", *"xyz")
        await pilot.pause()
        assert isinstance(app.screen, Picker)
        assert app.keys.open_text() == ""
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0  # ending, not asking


async def test_a_walk_in_saved_after_a_refusal_takes_the_refusal_s_notice_away(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """The notice of the unknown sector stayed on screen after the form was saved right."""
    app = app_factory(small_session_id, lang="en")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("n", *keys("Noor de Wit"), "enter", "enter", *keys("ruimtevaart"))
        await pilot.press("enter")
        assert isinstance(app.screen, FormDialog)
        refusal = app.screen.problem
        assert refusal in [n.message for n in app._notifications]
        await pilot.press("ctrl+u", *keys("business"), "enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert store.participants(small_session_id)[-1].name == "Noor de Wit"
        assert refusal not in [n.message for n in app._notifications]


async def test_a_walk_in_without_an_organisation_is_listed_without_an_empty_one(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """The pickers read «Kees Bouma · maatschappelijke organisatie», not «Kees Bouma ·  · …»."""
    app = app_factory(small_session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *keys("Kees Bouma"), "enter", "enter", *keys("maatschappelijk"))
        await pilot.press("enter")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("h")  # a walk-in's hand: the picker of everyone
        await pilot.pause()
        assert isinstance(app.screen, Picker)
        shown = [str(choice.label) for choice in app.screen.choices]
        kees = next(line for line in shown if "Kees Bouma" in line)
        assert "·  ·" not in kees and kees.rstrip().endswith("· maatschappelijke organisatie")
