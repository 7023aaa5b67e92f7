"""An agenda item the meeting only stepped through is not reported as discussed.

`] ] ]` from item 3 to item 6 with the timer running gives items 3 to 5 a fraction of a
second each: the minutes, the check before closing (F9) and the agenda read them as not
reached, as the items never entered. An item discussed without its timer, with notes
recorded under it, was discussed.
"""

from __future__ import annotations

from facilitator.domain.clock import FakeClock
from facilitator.domain.gaps import GapKind
from facilitator.domain.model import ItemStatus, Kind
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.service import Services
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan


def agenda_rows(text: str) -> dict[str, str]:
    """The minutes' agenda table: item title -> its row."""
    rows = [line for line in text.splitlines() if line.startswith("| ") and "Punt " in line]
    return {row.split(" | ")[1]: row for row in rows}


def stepped_through(store: Store, clock: FakeClock) -> tuple[int, Services]:
    """Items 1 and 2 discussed with the timer running, then `] ] ]` in under a second
    from item 3 to item 6, which is discussed for five minutes."""
    sid = import_plan(store, make_plan(items=6)).session.id
    app = Services.open(store, sid, clock)
    app.agenda.toggle_timer()
    clock.advance(minutes=18)
    app.agenda.move(+1)
    clock.advance(minutes=21)
    app.agenda.move(+1)  # item 3
    for _ in range(3):
        clock.advance(seconds=0.3)
        app.agenda.move(+1)
    clock.advance(minutes=5)
    return sid, app


def test_items_stepped_through_are_not_reached_in_the_minutes(
    store: Store, clock: FakeClock
) -> None:
    sid, app = stepped_through(store, clock)
    app.closing.close()
    record = collect(store, sid)
    nl = agenda_rows(render_markdown(record, "nl"))
    en = agenda_rows(render_markdown(record, "en"))
    for n in (3, 4, 5):
        assert nl[f"Punt {n}"].endswith("| 20 min | — | — | niet aan toegekomen |")
        assert en[f"Punt {n}"].endswith("| 20 min | — | — | not reached |")
    assert nl["Punt 1"].endswith("| 20 min | 18 min | −2 min | behandeld |")
    assert nl["Punt 2"].endswith("| 20 min | 21 min | +1 min | behandeld |")
    assert nl["Punt 6"].endswith("| 20 min | 5 min | −15 min | behandeld |")


def test_items_stepped_through_are_open_points_in_the_check_and_the_minutes(
    store: Store, clock: FakeClock
) -> None:
    sid, app = stepped_through(store, clock)
    check = [(g.title, g.kinds) for g in app.closing.gaps() if g.item_id is not None]
    not_reached = (GapKind.ITEM_NOT_REACHED,)
    assert check == [("Punt 3", not_reached), ("Punt 4", not_reached), ("Punt 5", not_reached)]
    app.closing.close()
    text = render_markdown(collect(store, sid), "nl")
    points = text.split("### Open punten", 1)[1]
    for n in (3, 4, 5):
        assert f"- Agendapunt {n}. Punt {n} · *niet aan toegekomen*" in points
    assert "Agendapunt 6." not in points


def test_items_stepped_through_are_still_to_come_on_the_agenda(
    store: Store, clock: FakeClock
) -> None:
    """Not ticked off: they can still be dropped, or moved among the items to come."""
    sid, app = stepped_through(store, clock)
    items = store.items(sid)
    assert [i.status for i in items] == [ItemStatus.DONE] * 2 + [ItemStatus.TODO] * 3 + [
        ItemStatus.CURRENT
    ]
    app.agenda.drop_item(items[3].id)
    assert [i.title for i in store.items(sid)] == ["Punt 1", "Punt 2", "Punt 3", "Punt 5", "Punt 6"]


def test_an_item_discussed_without_its_timer_but_with_notes_was_discussed(
    store: Store, clock: FakeClock
) -> None:
    """The timer paused from item 2 on: item 2 got a note and item 3 nothing before `]`;
    item 4, the last one the meeting got to, a decision and the session closed there."""
    sid = import_plan(store, make_plan(items=5)).session.id
    app = Services.open(store, sid, clock)
    app.agenda.toggle_timer()
    clock.advance(minutes=20)
    app.agenda.toggle_timer()
    app.agenda.move(+1)  # item 2, the timer paused
    clock.advance(minutes=10)
    app.notes.capture(Kind.NOTE, "Iedereen is het eens over de stageplaatsen")
    app.agenda.move(+1)  # item 3
    clock.advance(minutes=1)
    app.agenda.move(+1)  # item 4
    clock.advance(minutes=8)
    app.notes.capture(Kind.DECISION, "We schrijven de provincie samen aan")
    assert [g.title for g in app.closing.gaps()] == ["Punt 3", "Punt 5"]
    app.closing.close()
    record = collect(store, sid)
    nl = render_markdown(record, "nl")
    rows = agenda_rows(nl)
    assert rows["Punt 2"].endswith("| 20 min | 0 min | −20 min | behandeld |")
    assert rows["Punt 3"].endswith("| niet aan toegekomen |")
    assert rows["Punt 4"].endswith("| 20 min | 0 min | −20 min | behandeld |")
    assert rows["Punt 5"].endswith("| niet aan toegekomen |")
    points = nl.split("### Open punten", 1)[1]
    assert "Agendapunt 2." not in points and "Agendapunt 4." not in points
    assert "- Agendapunt 3. Punt 3 · *niet aan toegekomen*" in points
    assert [g.title for g in record.open_points] == ["Punt 3", "Punt 5"]
    en = agenda_rows(render_markdown(record, "en"))
    assert en["Punt 2"].endswith("| covered |") and en["Punt 3"].endswith("| not reached |")


def test_an_item_covered_in_under_half_a_minute_took_under_a_minute_not_nothing(
    store: Store, clock: FakeClock
) -> None:
    """20 seconds on item 2 is covered (10 s or more), and the minutes say it took under a
    minute, in the agenda table and under the item, not "0 min"."""
    sid = import_plan(store, make_plan(items=3)).session.id
    app = Services.open(store, sid, clock)
    app.agenda.toggle_timer()
    clock.advance(minutes=20)
    app.agenda.move(+1)
    clock.advance(seconds=20)
    app.agenda.move(+1)
    clock.advance(minutes=20)
    app.closing.close()
    record = collect(store, sid)
    for lang, covered, spent in (
        ("nl", "behandeld", "*Tijd:* < 1 min (gepland 20 min)"),
        ("en", "covered", "*Time:* < 1 min (planned 20 min)"),
    ):
        text = render_markdown(record, lang)
        assert agenda_rows(text)["Punt 2"].endswith(f"| 20 min | < 1 min | −20 min | {covered} |")
        assert spent in text.split("Punt 2", 2)[2]
