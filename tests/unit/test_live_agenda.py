"""The agenda changed in the room: add, rename, re-plan, reorder and drop items to come."""

from __future__ import annotations

import pytest

from facilitator.domain.agenda import active_items, places
from facilitator.domain.clock import FakeClock
from facilitator.domain.errors import DomainError
from facilitator.domain.model import LiveChange
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan


@pytest.fixture
def service(store: Store, clock: FakeClock) -> Services:
    session = import_plan(store, make_plan(participants=4, items=4)).session
    return Services.open(store, session.id, clock)


def titles(service: Services) -> list[str]:
    return [i.title for i in service.reading.state().items if not i.removed]


def test_an_added_item_comes_last_and_undo_takes_it_away(service: Services) -> None:
    added = service.agenda.add_item(" Rondvraag ", "Nog iets?", 10)
    assert titles(service)[-1] == "Rondvraag"
    assert (added.planned_seconds, added.question, added.live) == (600, "Nog iets?", "added")
    service.history.undo()
    assert "Rondvraag" not in titles(service)


def test_an_item_is_added_at_its_place_in_one_change(service: Services) -> None:
    service.agenda.add_item("Pauze", "", 10, 2)
    assert titles(service) == ["Punt 1", "Pauze", "Punt 2", "Punt 3", "Punt 4"]
    service.history.undo()  # one undo takes the item away and puts the others back
    assert titles(service) == ["Punt 1", "Punt 2", "Punt 3", "Punt 4"]
    with pytest.raises(DomainError, match="agenda.place"):
        service.agenda.add_item("Pauze", "", 10, 6)
    assert titles(service) == ["Punt 1", "Punt 2", "Punt 3", "Punt 4"]


def test_the_place_offered_for_a_new_item_is_before_the_last_while_it_is_to_come(
    service: Services, clock: FakeClock
) -> None:
    from facilitator.domain.agenda import place_for_new

    def offered() -> int:
        state = service.reading.state()
        return place_for_new(state.items, state.session.current_item_id)

    assert offered() == 4  # before "Punt 4", the last
    last = service.reading.state().items[-1]
    while service.reading.state().session.current_item_id != last.id:
        service.agenda.move(1)
    assert offered() == 5  # the last item is the current one: at the end


def test_an_item_is_renamed_re_planned_and_moved_and_remembers_the_plan(
    service: Services,
) -> None:
    items = service.reading.state().items
    edited = service.agenda.edit_item(items[3].id, "Punt vier, korter", "Vraag 4?", 5, 2)
    assert titles(service) == ["Punt 1", "Punt vier, korter", "Punt 2", "Punt 3"]
    assert edited.live == LiveChange.CHANGED
    assert edited.was == {"title": "Punt 4", "question": "Vraag 4?", "planned_seconds": 1200}
    service.history.undo()
    assert titles(service) == ["Punt 1", "Punt 2", "Punt 3", "Punt 4"]


def test_only_items_still_to_come_move_or_drop(service: Services, clock: FakeClock) -> None:
    items = service.reading.state().items
    service.agenda.toggle_timer()  # item 1 runs
    clock.advance(minutes=2)
    with pytest.raises(DomainError, match="agenda.place"):
        service.agenda.edit_item(items[2].id, "Punt 3", "Vraag 3?", 20, 1)
    with pytest.raises(DomainError, match="agenda.not_to_come_drop"):
        service.agenda.drop_item(items[0].id)
    with pytest.raises(DomainError, match="agenda.place"):
        service.agenda.edit_item(items[2].id, "Punt 3", "Vraag 3?", 20, 9)
    with pytest.raises(DomainError, match="agenda.no_title"):
        service.agenda.edit_item(items[2].id, " ", "", 20)
    # the running item itself can be renamed and re-planned
    service.agenda.edit_item(items[0].id, "Opening", "Vraag 1?", 15)
    service.agenda.drop_item(items[2].id)
    assert titles(service) == ["Opening", "Punt 2", "Punt 4"]


def test_a_new_import_of_the_session_file_keeps_the_changes_made_in_the_room(
    service: Services, store: Store
) -> None:
    items = service.reading.state().items
    service.agenda.edit_item(items[3].id, "Punt vier", "Vraag 4?", 20, 1)
    service.agenda.drop_item(items[1].id)
    service.agenda.add_item("Rondvraag", "", 5)
    import_plan(store, make_plan(participants=4, items=4))
    assert titles(service) == ["Punt vier", "Punt 1", "Punt 3", "Rondvraag"]


def test_the_minutes_show_what_was_added_changed_and_dropped(
    service: Services, store: Store
) -> None:
    items = service.reading.state().items
    service.agenda.edit_item(items[1].id, "Punt twee", "Vraag 2?", 10)
    service.agenda.drop_item(items[2].id)
    service.agenda.add_item("Rondvraag", "", 5)
    nl = render_markdown(collect(store, service.session_id), "nl")
    table = [line for line in nl.splitlines() if line.startswith("|")]
    assert any("Punt twee" in row and "gewijzigd (was: Punt 2, 20 min)" in row for row in table)
    assert any("Punt 3" in row and "geschrapt" in row for row in table)
    assert any("Rondvraag" in row and "toegevoegd" in row for row in table)
    total = next(row for row in table if "Totaal" in row)
    assert "55 min" in total  # 20 + 10 + 20 + 5: the dropped item not counted
    en = render_markdown(collect(store, service.session_id), "en")
    assert "changed (was: Punt 2, 20 min)" in en and "dropped" in en and "added" in en


@pytest.mark.parametrize("minutes", [24 * 60 + 1, 10**20])
def test_more_than_a_day_is_refused_in_words_not_a_database_overflow(
    service: Services, minutes: int
) -> None:
    """10**20 minutes typed in the form overflowed SQLite's integer: a crash report
    instead of a sentence. A day is the most, as the session file says."""
    with pytest.raises(DomainError) as refused:
        service.agenda.add_item("Rondvraag", "", minutes)
    assert refused.value.message("nl") == "Een agendapunt duurt hooguit 1440 minuten (een dag)."
    first = service.reading.state().items[0]
    with pytest.raises(DomainError, match="agenda.too_many_minutes"):
        service.agenda.edit_item(first.id, first.title, first.question, minutes)
    assert service.agenda.add_item("Rondvraag", "", 24 * 60).planned_seconds == 24 * 60 * 60


def agenda_rows(store: Store, service: Services, lang: str = "nl") -> dict[str, str]:
    """The minutes' agenda table: each item's title and its status cell."""
    text = render_markdown(collect(store, service.session_id), lang)
    rows = [line.strip("|").split("|") for line in text.splitlines() if line.startswith("| ")]
    return {cells[1].strip(): cells[5].strip() for cells in rows if len(cells) == 6}


def test_more_or_fewer_minutes_for_the_current_item_are_marked_as_a_change(
    service: Services, store: Store, clock: FakeClock
) -> None:
    """`+` and `-` change the plan as `e` does: the minutes said nothing of them."""
    service.agenda.toggle_timer()  # item 1 runs
    clock.advance(minutes=2)
    service.agenda.adjust_minutes(1)
    service.agenda.adjust_minutes(1)
    rows = agenda_rows(store, service)
    assert rows["Punt 1"] == "in behandeling · gewijzigd (was: 20 min)"
    assert rows["Punt 2"] == "niet aan toegekomen"
    assert "changed (was: 20 min)" in agenda_rows(store, service, "en")["Punt 1"]
    service.agenda.move(1)
    service.agenda.adjust_minutes(-1)
    assert agenda_rows(store, service)["Punt 2"] == "in behandeling · gewijzigd (was: 20 min)"
    # back to the plan: as planned, not changed (nor moved)
    service.agenda.adjust_minutes(1)
    assert agenda_rows(store, service)["Punt 2"] == "in behandeling"
    # and a minute too many taken back with ctrl+z is no change either
    service.agenda.adjust_minutes(1)
    service.history.undo()
    assert agenda_rows(store, service)["Punt 2"] == "in behandeling"


def test_time_taken_from_later_items_is_marked_on_each_item(
    service: Services, store: Store, clock: FakeClock
) -> None:
    """`t` lengthens the current item by its overrun and shortens the items to come."""
    service.agenda.toggle_timer()
    clock.advance(minutes=24)  # planned 20
    assert service.agenda.rebalance() == 4 * 60
    rows = agenda_rows(store, service)
    assert rows["Punt 1"] == "in behandeling · gewijzigd (was: 20 min)"
    shortened = [title for title in ("Punt 2", "Punt 3", "Punt 4") if "gewijzigd" in rows[title]]
    assert shortened == ["Punt 2", "Punt 3", "Punt 4"]
    assert all(rows[title].endswith("(was: 20 min)") for title in shortened)


def test_an_item_moved_and_then_given_a_minute_more_says_what_the_plan_was(
    service: Services, store: Store
) -> None:
    items = service.reading.state().items
    service.agenda.edit_item(items[3].id, "Punt 4", "Vraag 4?", 20, 2)
    assert agenda_rows(store, service)["Punt 4"] == "niet aan toegekomen · verplaatst"
    service.agenda.goto(items[3].id)
    service.agenda.adjust_minutes(1)
    assert agenda_rows(store, service)["Punt 4"].endswith("· gewijzigd (was: 20 min)")


def test_a_new_import_keeps_the_minutes_given_in_the_room(service: Services, store: Store) -> None:
    """A minute more with `+`, then the app started again from the session file: the
    minute was gone, the plan's 20 minutes back."""
    service.agenda.toggle_timer()
    service.agenda.adjust_minutes(5)
    import_plan(store, make_plan(participants=4, items=4))
    assert service.reading.state().items[0].planned_seconds == 25 * 60


@pytest.mark.parametrize(
    ("lang", "new", "moved", "stays"),
    [
        (
            "nl",
            "Kies een plaats van 2 tot 5: alleen tussen de punten die nog komen.",
            "Kies een plaats van 2 tot 4: alleen tussen de punten die nog komen.",
            "Alleen een punt dat nog komt kan verschuiven: punt 1 blijft op plaats 1.",
        ),
        (
            "en",
            "Choose a place from 2 to 5: only among the items still to come.",
            "Choose a place from 2 to 4: only among the items still to come.",
            "Only an item still to come can move: item 1 stays at place 1.",
        ),
    ],
)
def test_a_place_out_of_reach_is_refused_with_the_places_there_are(
    service: Services, clock: FakeClock, lang: str, new: str, moved: str, stays: str
) -> None:
    items = service.reading.state().items
    service.agenda.toggle_timer()  # item 1 runs
    for number in (0, 1, 6, 99):
        with pytest.raises(DomainError) as refused:
            service.agenda.add_item("Pauze", "", 10, number)
        assert refused.value.message(lang) == new
    for number in (0, 1, 5):
        with pytest.raises(DomainError) as refused:
            service.agenda.edit_item(items[3].id, "Punt 4", "Vraag 4?", 20, number)
        assert refused.value.message(lang) == moved
    with pytest.raises(DomainError) as refused:
        service.agenda.edit_item(items[0].id, "Punt 1", "Vraag 1?", 20, 3)
    assert refused.value.message(lang) == stays
    assert titles(service) == ["Punt 1", "Punt 2", "Punt 3", "Punt 4"]
    service.agenda.add_item("Pauze", "", 10, 5)  # the end is a place for a new item
    assert titles(service)[-1] == "Pauze"


def test_an_item_changed_in_another_window_since_its_form_opened_is_not_saved_over(
    service: Services, store: Store, clock: FakeClock
) -> None:
    """Two windows on one database open the form of item 3; the other renames it and
    saves first. This window's Enter saved its values over that change without a word:
    the other window's title was gone. Now it is refused, naming the item, and the
    other window's title stays."""
    from facilitator.service.agenda import ItemSeen

    state = service.reading.state()
    item = active_items(state.items)[2]
    seen = ItemSeen.of(state.items, item)  # the form as it opened: "Punt 3", 20 min, place 3
    other_store = Store(store.path, clock=clock)
    try:
        other = Services.open(other_store, service.agenda.session_id, clock)
        other.agenda.edit_item(item.id, "Stageplaatsen in de zorg", item.question, 20)
    finally:
        other_store.close()
    with pytest.raises(DomainError) as refused:
        service.agenda.edit_item(item.id, "Stages", item.question, 20, 3, seen=seen)
    assert refused.value.message("nl").startswith(
        "Agendapunt 3 «Punt 3» is intussen in een ander venster gewijzigd"
    )
    assert refused.value.message("en").startswith(
        "Agenda item 3 “Punt 3” was changed in another window meanwhile"
    )
    assert titles(service)[2] == "Stageplaatsen in de zorg"
    # what this window typed is what is stored now: nothing to do, nothing refused
    service.agenda.edit_item(item.id, "Stageplaatsen in de zorg", item.question, 20, 3, seen=seen)
    # given again knowingly (nothing seen): saved over the other window's change
    service.agenda.edit_item(item.id, "Stages", item.question, 20, 3)
    assert titles(service)[2] == "Stages"


def test_an_item_to_come_before_one_held_may_stay_or_go_after_it(
    store: Store, clock: FakeClock
) -> None:
    """Items 1, 2 and 5 held, item 3 current: item 4, still to come, stands at 4. Its
    places were said to be 6 to 6 («blijft op 6») while it stands at 4; now they are 4 to
    6: it keeps its place, or goes after item 5."""
    session = import_plan(store, make_plan(participants=4, items=6)).session
    service = Services.open(store, session.id, clock)
    items = service.reading.state().items
    service.agenda.toggle_timer()
    for number in (2, 5, 3):
        clock.advance(seconds=60)
        service.agenda.goto(items[number - 1].id)
    state = service.reading.state()
    assert [i.status.value for i in state.items][:5] == ["done", "done", "current", "todo", "done"]
    assert places(state.items, items[3].id, state.session.current_item_id) == (4, 6)
    service.agenda.edit_item(items[3].id, "Punt 4", "Vraag 4?", 20, 5)
    assert titles(service) == ["Punt 1", "Punt 2", "Punt 3", "Punt 5", "Punt 4", "Punt 6"]
