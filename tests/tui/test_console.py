"""Pilot tests of the facilitator's console: keys in, the store checked afterwards."""

from __future__ import annotations

import pytest
from textual.content import Content
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Digits, Static

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import ItemStatus, Priority
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.main import MainScreen
from facilitator.tui.screens.picker import Picker
from facilitator.tui.widgets.agenda import AgendaPanel
from facilitator.tui.widgets.countdown import CurrentItem
from facilitator.tui.widgets.header import SessionHeader
from facilitator.tui.widgets.latest import LatestList
from facilitator.tui.widgets.sectors import SectorBars
from facilitator.tui.widgets.speakers import FloorPanel
from facilitator.tui.widgets.table import ParticipantTable
from facilitator.tui.widgets.tabstrip import TabStrip
from tests.conftest import SAMPLES
from tests.tui.conftest import HOSTILE, AppFactory, add_contribution, hostile_plan
from tests.tui.test_help import help_rows

SIZE = (120, 40)
NOTE_TAKER_KEYS = set("bokadqc") | {"tab", "f1", "f2", "f3"}


def shown(widget: Widget) -> str:
    """What a widget shows, as plain text, wrapped lines joined by single spaces."""
    rendered = widget.render()
    text = rendered.plain if isinstance(rendered, Content) else str(rendered)
    return " ".join(text.split())


def queue_numbers(store: Store, session_id: int) -> list[int]:
    """The queue in speaking order, as participant numbers (1-based)."""
    from facilitator.domain.queue import ordered

    ids = [p.id for p in store.participants(session_id)]
    return [ids.index(e.participant_id) + 1 for e in ordered(store.queue(session_id))]


def speaker_number(store: Store, session_id: int) -> int | None:
    speech = store.current_speech(session_id)
    if speech is None:
        return None
    ids = [p.id for p in store.participants(session_id)]
    return ids.index(speech.participant_id) + 1


async def tick(app: FacilitatorApp, clock: FakeClock, seconds: float, pilot: Pilot[None]) -> None:
    """Let ``seconds`` pass and the clock tick once."""
    clock.advance(seconds=seconds)
    app.tick()
    await pilot.pause()


# -- agenda timer -------------------------------------------------------------------------


async def test_space_starts_and_pauses_the_timer(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        first = store.items(session_id)[0]
        assert first.running and first.status == ItemStatus.CURRENT
        await tick(app, clock, 90, pilot)
        assert app.screen.query_one("#countdown", Digits).value == "08:30"
        await pilot.press("space")
    first = store.items(session_id)[0]
    assert not first.running
    assert first.elapsed_seconds == 90
    assert store.session(session_id).current_item_id == first.id  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "state", "planned"),
    [
        ("nl", "gepauzeerd · spatie gaat verder", "10 min gepland"),
        ("en", "paused · space resumes", "10 min planned"),
        ("nl", "gepauzeerd · spatie gaat verder", "3 min gepland"),
    ],
    ids=["nl", "en", "nl-3-min"],
)
async def test_the_paused_caption_keeps_the_minutes_with_their_unit(
    app_factory: AppFactory, store: Store, session_id: int, lang: str, state: str, planned: str
) -> None:
    """The caption under a paused countdown breaks between its parts, not inside one:
    «gepauzeerd · spatie gaat verder» over «10 min gepland». Before, the number stayed on
    the first row and its unit went to the next («… gaat verder · 3» over «min gepland»)."""
    from tests.tui.drawn import laid_out

    minutes = int(planned.split()[0])
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", *["minus"] * (10 - minutes), "space")
        caption = app.screen.query_one("#current-caption")
        region = caption.content_region
        rows = laid_out(app).splitlines()[region.y : region.bottom]
        assert [row[region.x : region.right].strip() for row in rows] == [state, planned]


async def test_countdown_warns_in_the_last_fifth_and_shows_the_overrun(
    app_factory: AppFactory, session_id: int, clock: FakeClock
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        current = app.screen.query_one(CurrentItem)
        await tick(app, clock, 7 * 60, pilot)
        assert not current.has_class("-warning")
        await tick(app, clock, 60 + 30, pilot)  # 8:30 of 10:00
        assert current.has_class("-warning")
        await tick(app, clock, 13 * 60 + 12 - 8 * 60 - 30, pilot)  # 13:12 of 10:00
        assert current.has_class("-overrun")
        assert app.screen.query_one("#countdown", Digits).value == "+03:12"


@pytest.mark.parametrize("size", [SIZE, (80, 24)], ids=["120x40", "80x24"])
@pytest.mark.parametrize(
    ("lang", "words"),
    [("nl", "Punt 1 loopt {time} uit"), ("en", "Item 1 is {time} over")],
    ids=["nl", "en"],
)
async def test_the_overrun_warning_reads_the_same_second_as_the_countdown(
    app_factory: AppFactory,
    session_id: int,
    clock: FakeClock,
    lang: str,
    words: str,
    size: tuple[int, int],
) -> None:
    """The agenda's warning and the countdown beside it show one overrun, whatever part of
    a second the clock is into: 5.4 seconds over is +00:06 in both."""
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.press("space")
        await tick(app, clock, 10 * 60 + 5.4, pilot)  # 10 minutes planned
        for seconds, second in ((0, "00:06"), (0.5, "00:06"), (0.5, "00:07"), (0.7, "00:08")):
            await tick(app, clock, seconds, pilot)
            if size == SIZE:  # the large digits; at 80×24 the one line
                countdown = app.screen.query_one("#countdown", Digits).value
            else:
                countdown = shown(app.screen.query_one("#current-line", Static))
            agenda = shown(app.screen.query_one(AgendaPanel))
            assert f"+{second}" in countdown
            assert words.format(time=second) in agenda


@pytest.mark.parametrize(
    ("lang", "less", "whole"),
    [
        ("nl", "de rest schuift minder dan een minuut op", "de rest schuift 1 min op"),
        ("en", "the rest moves under a minute", "the rest moves 1 min"),
    ],
    ids=["nl", "en"],
)
async def test_an_overrun_under_half_a_minute_does_not_move_the_rest_0_min(
    app_factory: AppFactory,
    session_id: int,
    clock: FakeClock,
    lang: str,
    less: str,
    whole: str,
) -> None:
    """20 seconds over moves the rest of the agenda, but not by "0 min"."""
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        await tick(app, clock, 10 * 60 + 20, pilot)  # 10 minutes planned
        agenda = shown(app.screen.query_one(AgendaPanel))
        assert less in agenda and " 0 min" not in agenda
        await tick(app, clock, 40, pilot)  # a minute over
        assert whole in shown(app.screen.query_one(AgendaPanel))


async def test_next_and_previous_item_take_the_running_timer_along(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        await tick(app, clock, 60, pilot)
        await pilot.press("right_square_bracket")
        await tick(app, clock, 30, pilot)
        items = store.items(session_id)
        assert items[0].status == ItemStatus.DONE and not items[0].running
        assert items[1].running
        assert store.session(session_id).current_item_id == items[1].id  # type: ignore[union-attr]
        await pilot.press("left_square_bracket")
    items = store.items(session_id)
    assert store.session(session_id).current_item_id == items[0].id  # type: ignore[union-attr]
    assert items[0].running and items[1].elapsed_seconds == 30


async def test_plus_and_minus_change_the_current_items_minutes(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "plus", "plus", "minus")
    assert store.items(session_id)[0].planned_seconds == 11 * 60


async def test_overrun_shows_its_cost_and_t_takes_minutes_from_later_items(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        assert not app.screen.check_action("rebalance", ())
        await pilot.press("space")
        await tick(app, clock, 25 * 60, pilot)  # 15 minutes over: the end runs past 16:00
        agenda = shown(app.screen.query_one(AgendaPanel))
        assert "Punt 1 loopt 15:00 uit" in agenda
        assert "6 Afspraken en vervolg loopt door na 16:00" in agenda
        header = shown(app.screen.query_one(SessionHeader))
        # five minutes past the hard end (fifteen past the agenda's end, 15:50)
        assert "verwacht einde 16:05 (+5 min) · eindtijd 16:00" in header
        assert app.screen.check_action("rebalance", ())
        before = sum(i.planned_seconds for i in store.items(session_id)[1:])
        await pilot.press("t")
    items = store.items(session_id)
    assert items[0].planned_seconds == 25 * 60
    assert before - sum(i.planned_seconds for i in items[1:]) == 15 * 60


@pytest.mark.parametrize(
    ("lang", "minutes", "said"),
    [
        ("nl", 25, "einde 16:05 (5 min na eindtijd)"),
        ("nl", 5, "einde 15:45 (15 min voor eindtijd)"),
        ("en", 25, "end 16:05 (5 min past hard end)"),
        ("en", 5, "end 15:45 (15 min before hard end)"),
    ],
)
async def test_a_small_header_says_in_words_how_far_behind_or_ahead_the_end_is(
    app_factory: AppFactory, session_id: int, clock: FakeClock, lang: str, minutes: int, said: str
) -> None:
    """At 80 columns the header said `einde 16:05 +15`: a number without its unit, read
    as anything. It says how many minutes after or before the hard end (16:00) the end
    comes."""
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")  # the opening, ten minutes planned, takes ``minutes``
        await tick(app, clock, minutes * 60, pilot)
        await pilot.press("right_square_bracket")
        await tick(app, clock, 0, pilot)
        assert shown(app.screen.query_one(SessionHeader)).endswith(said)


async def test_u_defers_the_proposed_item(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        await tick(app, clock, 25 * 60, pilot)
        await pilot.press("u")
        assert isinstance(app.screen, Picker)
        await pilot.press("enter")
    # the item before the closing (6 Afspraken en vervolg), which runs past the end
    items = store.items(session_id)
    assert items[-2].status == ItemStatus.DEFERRED
    assert items[-1].status == ItemStatus.TODO


@pytest.mark.parametrize("size", [SIZE, (80, 24)], ids=["120x40", "80x24"])
async def test_u_on_the_current_item_with_nothing_past_the_end_defers_that_item(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock, size: tuple[int, int]
) -> None:
    """At item 3, nothing running over: `u` opens the list with item 3 selected, in sight at
    80×24 too, and Enter defers it and goes on with item 4, as the key table says («the
    current one: go on with the next»). Before, item 5 was selected, the last before the
    closing, and `u Enter` deferred it."""
    from textual.widgets import OptionList

    from tests.tui.drawn import laid_out

    app = app_factory(session_id)
    async with app.run_test(size=size) as pilot:
        await pilot.press("space")
        for _ in range(2):  # items 1 and 2 dealt with, well within their time
            await tick(app, clock, 5 * 60, pilot)
            await pilot.press("right_square_bracket")
        await tick(app, clock, 60, pilot)
        await pilot.press("u")
        assert isinstance(app.screen, Picker)
        options = app.screen.query_one(OptionList)
        third = store.items(session_id)[2]
        assert options.highlighted is not None
        assert options.get_option_at_index(options.highlighted).id == str(third.id)
        row = options.region.y + options.highlighted - int(options.scroll_offset.y)
        assert options.region.y <= row < options.region.bottom  # the selection is in sight
        assert "▶  3  Stage- en bbl-plaatsen" in laid_out(app).splitlines()[row]
        await pilot.press("enter")
    items = store.items(session_id)
    assert [i.status for i in items[2:5]] == [
        ItemStatus.DEFERRED,
        ItemStatus.CURRENT,
        ItemStatus.TODO,
    ]
    assert store.session(session_id).current_item_id == items[3].id  # type: ignore[union-attr]


async def test_clicking_an_agenda_item_goes_there(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        # Border, the column heads, items 1 and 2 (their titles on two rows each), item 3
        # on rows 6 and 7: a click on its title's second row goes there too.
        await pilot.click(AgendaPanel, offset=(6, 7))
    third = store.items(session_id)[2]
    assert store.session(session_id).current_item_id == third.id  # type: ignore[union-attr]


# -- speaker queue ---------------------------------------------------------------------------


async def test_number_keys_queue_participants_in_order(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "4", "2", "4")
    assert queue_numbers(store, session_id) == [1, 4, 2]


async def test_h_opens_a_picker_that_filters_as_you_type(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h")
        assert isinstance(app.screen, Picker)
        await pilot.press(*"yildiz")  # Fatma Yıldız, typed without the dotless i
        await pilot.press("enter")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("0")
        await pilot.press("1", "2", "enter")  # number 12 in the picker
        await pilot.press("h", "escape")
    assert queue_numbers(store, session_id) == [2, 12]


async def test_f_gives_the_floor_and_x_ends_the_speech(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "1", "2", "f")
        assert speaker_number(store, session_id) == 1
        assert queue_numbers(store, session_id) == [2]
        await tick(app, clock, 60, pilot)
        floor = shown(app.screen.query_one(FloorPanel))
        assert "1 Erik Nijhuis" in floor
        assert "01:00 / 03:00" in floor  # spoken, against the maximum speaking time
        await tick(app, clock, 150, pilot)
        assert "03:30 / 03:00" in shown(app.screen.query_one(FloorPanel))
        await pilot.press("x")
        assert speaker_number(store, session_id) is None
        await pilot.press("f")
    assert speaker_number(store, session_id) == 2
    assert queue_numbers(store, session_id) == []
    first = store.speeches(session_id)[0]
    assert first.ended_at is not None and first.duration(clock.now()) == 210


async def test_a_speech_across_an_item_change_keeps_its_time_and_counts_on_this_item(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    """The chair moves on while participant 1 still talks: the floor panel counts their
    turn on from when they got the floor, and on the new item ("dit punt") their sector
    has spoken and they are not marked as not heard; the table counts one turn."""
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "1", "f")
        await tick(app, clock, 60, pilot)
        await pilot.press("right_square_bracket")
        await tick(app, clock, 60, pilot)
        floor = shown(app.screen.query_one(FloorPanel))
        await pilot.press("x")
        table = app.screen.query_one(ParticipantTable).render()
    assert "02:00 / 03:00" in floor  # two of the three minutes spoken
    assert isinstance(table, Content)
    lines = table.plain.splitlines()
    assert lines[1].split() == ["onderwijs", "███████", "100%", "███████", "100%"]
    assert lines[2].split() == ["1", "Erik", "Nijhuis", "ROC", "van", "…", "1×", "2:00"]
    assert lines[3].split()[:2] == ["2", "○"]  # Fatma did not speak on this item


async def test_a_point_of_order_jumps_the_queue(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "2", "p", "5", "enter")
        assert queue_numbers(store, session_id) == [5, 1, 2]
        assert "punt van orde" in shown(app.screen.query_one(FloorPanel))
        await pilot.press("f")
    assert speaker_number(store, session_id) == 5
    assert queue_numbers(store, session_id) == [1, 2]
    assert all(e.priority == Priority.NORMAL for e in store.queue(session_id))


async def test_suggestion_is_shown_and_followed_only_when_asked(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "1", "f")  # 1 (onderwijs) has spoken on this item
        await tick(app, clock, 60, pilot)
        await pilot.press("x", "1", "2", "3")  # 2 shares 1's sector; 3 is first-time, other sector
        await tick(app, clock, 10, pilot)
        floor = shown(app.screen.query_one(FloorPanel))
        # 2 and 3 are new on this item; of them, 3's sector has been heard least.
        assert "suggestie: 3 Jeroen Brinkhuis bedrijfsleven het minst gehoord" in floor
        assert "daarna: 2 Fatma Yıldız, 1 Erik" in floor
        await pilot.press("2")
        assert queue_numbers(store, session_id) == [1, 2, 3]  # never reordered by the app
        await pilot.press("s")
    assert speaker_number(store, session_id) == 3
    assert queue_numbers(store, session_id) == [1, 2]


async def test_reorder_withdraw_and_give_the_floor_to_the_selected(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "2", "3", "4")
        await pilot.press("down", "down", "shift+up")  # select 2, move it up
        assert queue_numbers(store, session_id) == [2, 1, 3, 4]
        await pilot.press("w")  # withdraws the selected (2); 1 ... selection moves on
        assert queue_numbers(store, session_id) == [1, 3, 4]
        await pilot.press("down", "enter")
    assert speaker_number(store, session_id) == 3
    assert queue_numbers(store, session_id) == [1, 4]


def bound(app: FacilitatorApp, key: str) -> tuple[str, str]:
    """Which node's binding a key runs now (its class name) and the action."""
    node, binding, _enabled, _tip = app.screen.active_bindings[key]
    return type(node).__name__, binding.action


async def test_queue_arrows_are_left_to_the_board_on_its_tab(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "2", "down", "down")
        assert bound(app, "shift+up") == ("ConsolePane", "reorder(-1)")
        await pilot.press("f2")
        assert bound(app, "shift+up") == ("BoardPane", "move(-1)")
        assert bound(app, "down")[0] != "ConsolePane"
        await pilot.press("shift+up", "down")  # the board's keys: the queue stays as it is
        assert queue_numbers(store, session_id) == [1, 2]
        await pilot.press("f1")
        assert bound(app, "shift+up") == ("ConsolePane", "reorder(-1)")
        await pilot.press("shift+up")
    assert queue_numbers(store, session_id) == [2, 1]


async def test_console_keys_work_from_the_start(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    """Before any tab key: the console pane has the focus and its keys apply."""
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        assert type(app.screen.focused).__name__ == "ConsolePane"
        await pilot.press("1", "2", "3", "down", "down", "shift+up", "enter")
        assert speaker_number(store, session_id) == 2
        assert queue_numbers(store, session_id) == [1, 3]
        await pilot.press("h", *"brink", "enter")  # after a picker the pane has the keys again
        await pilot.press("up", "enter")
    assert speaker_number(store, session_id) == 3
    assert queue_numbers(store, session_id) == [1]


async def test_a_tab_clicked_with_the_mouse_gives_its_pane_the_keys(
    app_factory: AppFactory, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        strip = app.screen.query_one(TabStrip)
        await pilot.click(TabStrip, offset=(strip.label_span("board")[0], 0))
        await pilot.pause()
        assert bound(app, "shift+up") == ("BoardPane", "move(-1)")
        await pilot.click(TabStrip, offset=(strip.label_span("console")[0], 0))
        await pilot.pause()
        assert bound(app, "shift+up") == ("ConsolePane", "reorder(-1)")


async def test_last_speaker_back_on_top(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "2", "f", "x", "r")
    assert queue_numbers(store, session_id) == [1, 2]


async def test_m_marks_absent_and_present(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m", "3", "enter")
        assert not store.participants(session_id)[2].present
        assert "afwezig" in shown(app.screen.query_one(ParticipantTable))
        await pilot.press("m", "3", "enter")
    assert store.participants(session_id)[2].present


async def test_whoever_gets_the_floor_is_at_the_table_again(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    """Someone marked absent can be put back in the queue (the console warns) and given the
    floor: by f, Enter on the selected entry or the picker, each marks them present again and
    says so, and the table and the minutes then agree that they were at the table."""
    from facilitator.export.record import collect

    def notices() -> list[str]:
        return [str(n.message) for n in app._notifications]

    def table() -> str:
        return shown(app.screen.query_one(ParticipantTable))

    def present(number: int) -> bool:
        return store.participants(session_id)[number - 1].present

    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "1", "f")
        await pilot.press("m", "1", "enter")  # leaves while speaking: the speech ends
        assert speaker_number(store, session_id) is None and not present(1)
        assert "afwezig" in table()
        await pilot.press("r")
        assert queue_numbers(store, session_id) == [1]
        assert "1 Erik Nijhuis staat in de rij, maar is afwezig gemeld." in notices()
        await pilot.press("f")
        assert speaker_number(store, session_id) == 1 and present(1)
        assert "1 Erik Nijhuis heeft het woord en is weer aanwezig gemeld." in notices()
        assert "afwezig" not in table()
        # a number key, then Enter on the selected entry of the queue
        await pilot.press("m", "2", "enter", "2")
        assert "2 Fatma Yıldız staat in de rij, maar is afwezig gemeld." in notices()
        await pilot.press("down", "enter")
        assert speaker_number(store, session_id) == 2 and present(2)
        assert "2 Fatma Yıldız heeft het woord en is weer aanwezig gemeld." in notices()
        # the floor given to someone picked by name, who never waited
        await pilot.press("m", "3", "enter")
        app.screen.action_floor_to()  # type: ignore[attr-defined]
        await pilot.pause()
        await pilot.press("3", "enter")
        assert speaker_number(store, session_id) == 3 and present(3)
        assert "3 Jeroen Brinkhuis heeft het woord en is weer aanwezig gemeld." in notices()
        assert "afwezig" not in table()
    # what the minutes read: the three at the table, none of them absent
    record = collect(store, session_id)
    assert [p.present for p in record.participants[:3]] == [True, True, True]
    assert not {p.id for p in record.participants[:3]} & {p.id for p in record.absent}


async def test_clicking_a_participant_queues_them(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        # Column heads, "onderwijs", participant 1, participant 2.
        await pilot.click(ParticipantTable, offset=(6, 3))
    assert queue_numbers(store, session_id) == [2]


async def test_ctrl_z_undoes_the_last_step(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "2", "f")
        await pilot.press("ctrl+z")
        assert speaker_number(store, session_id) is None
        await pilot.press("ctrl+z")
    assert queue_numbers(store, session_id) == [1]


async def test_a_second_app_resumes_where_the_first_stopped(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "right_square_bracket", "3", "5", "1", "f")
        await tick(app, clock, 75, pilot)
        await pilot.press("ctrl+q")
    clock.advance(seconds=45)
    again = Store(store.path, clock=clock)
    try:
        second = make_app(again, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
        async with second.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = second.screen
            assert "2 · Mbo 2/3 na de coronacrisis" in str(
                screen.query_one(CurrentItem).border_title
            )
            assert screen.query_one("#countdown", Digits).value == "18:00"  # 120 s of 20 min
            floor = shown(screen.query_one(FloorPanel))
            assert "▶ 3 Jeroen Brinkhuis 02:00 / 03:00" in floor  # 2 of 3 minutes spoken
            assert "1. 5 Bart ter Horst wacht 2:00 2. 1 Erik Nijhuis wacht 2:00" in floor
    finally:
        again.close()


# -- what the screen shows ----------------------------------------------------------------------


async def test_hostile_text_shows_literally_and_clicks_safely(
    store: Store, clock: FakeClock
) -> None:
    session_id = import_plan(store, hostile_plan()).session.id
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("space", "1", "2", "3", "f")
        add_contribution(store, session_id, clock, "[/] kapot? [@click=app.quit]x", 3)
        app.reload()
        await pilot.pause()
        screen = app.screen
        floor = shown(screen.query_one(FloorPanel))
        for text in HOSTILE[:3]:
            assert f"{text} Naam" in floor
        assert "[b]Titel[/b] [@click=app.quit]x" in shown(screen.query_one(SessionHeader))
        assert "1 [bold] Punt" in shown(screen.query_one(AgendaPanel))
        assert "5 ○ 50% [done] Naam" in shown(screen.query_one(ParticipantTable))
        assert "[/] kapot? [@click=app.quit]x" in shown(screen.query_one(LatestList))
        assert "[bold] vraag?" in shown(screen.query_one("#current-question", Static))
        for row in range(12):  # clicking names that look like links only queues people
            await pilot.click(ParticipantTable, offset=(6, row))
            await pilot.click(FloorPanel, offset=(6, row))
        await pilot.press("h", *"click", "enter")  # already waiting: a notification
        await pilot.pause()
        svg = app.export_screenshot().replace("&#160;", " ")
        assert app.is_running
    assert "1 · [bold] Punt" in svg  # the current item's title, in its border
    assert "[@click=app.quit]klik Naam" in svg
    # everyone but the speaker, whom a click does not queue
    assert len(queue_numbers(store, session_id)) == 4


async def test_english_on_request(app_factory: AppFactory, session_id: int) -> None:
    app = app_factory(session_id, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1")
        assert "waits 0:00" in shown(app.screen.query_one(FloorPanel))
        assert "space starts the timer" in shown(app.screen.query_one("#current-caption", Static))


async def test_small_terminal_condenses(app_factory: AppFactory, session_id: int) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "1", "2", "3", "4", "f")
        screen = app.screen
        assert screen.has_class("-compact")
        assert not screen.query_one("#countdown").display
        assert screen.query_one("#current-line").display
        # Everything essential is inside the screen: nothing needs scrolling.
        for selector in ("#agenda", "#current-line", "#floor", "#sectors", "#latest"):
            region = screen.query_one(selector).region
            assert region.height > 0 and region.bottom <= 23, selector
    async with app_factory(session_id).run_test(size=SIZE) as pilot:
        assert not pilot.app.screen.has_class("-compact")


@pytest.mark.parametrize(
    ("lang", "width", "line"),
    [
        ("nl", 80, "⚠ Punt 1 loopt 00:03 uit t −1 min latere punten u punt 1 uitstellen…"),
        ("en", 80, "⚠ Item 1 is 00:03 over t take 1 min from later items u defer item 1…"),
        ("nl", 70, "⚠ Punt 1 +00:03 t −1 min latere punten u punt 1 uitstellen…"),
        ("en", 70, "⚠ Item 1 is 00:03 over t −1 min later items u defer item 1…"),
    ],
    ids=["nl-80", "en-80", "nl-70", "en-70"],
)
async def test_a_small_console_names_both_ways_out_of_an_overrun_whole(
    app_factory: AppFactory, session_id: int, clock: FakeClock, lang: str, width: int, line: str
) -> None:
    """On one line under the agenda's strip: the overrun, then each key with what it does,
    in shorter words where the whole sentence does not fit, never cut off. Nothing falls
    past the end: `u` offers the item that runs over (before, item 5, the last before the
    closing)."""
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.press("space")
        await tick(app, clock, 10 * 60 + 3, pilot)
        agenda = app.screen.query_one(AgendaPanel)
        rendered = agenda.render()
        assert isinstance(rendered, Content)
        shown_line = " ".join(rendered.plain.splitlines()[1].split())
        assert shown_line == line


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nl", "punten 5 en 6 vallen buiten de eindtijd u punt 5 uitstellen…"),
        ("en", "items 5 and 6 fall past the hard end u defer item 5…"),
    ],
    ids=["nl", "en"],
)
async def test_a_small_console_offers_to_defer_the_item_its_warning_names(
    app_factory: AppFactory, session_id: int, clock: FakeClock, lang: str, line: str
) -> None:
    """Begun at 14:55 with the end at 16:00: item 4 runs past it, 5 and the closing (6)
    would not even start; the line names 5 and 6 and offers to put off 5."""
    clock.advance(seconds=55 * 60)
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        rendered = app.screen.query_one(AgendaPanel).render()
        assert isinstance(rendered, Content)
        assert " ".join(rendered.plain.splitlines()[1].split()) == line


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "nl",
            [
                "punten 2–6 vallen buiten de eindtijd",
                "1 Opening en kennismaking loopt door na 16:00",
                "u punt 2 uitstellen…",
            ],
        ),
        (
            "en",
            [
                "items 2–6 fall past the hard end",
                "1 Opening en kennismaking runs past 16:00",
                "u defer item 2…",
            ],
        ),
    ],
    ids=["nl", "en"],
)
async def test_the_agenda_box_keeps_its_warnings_to_its_room_and_its_offer_in_sight(
    app_factory: AppFactory, session_id: int, clock: FakeClock, lang: str, expected: list[str]
) -> None:
    """Begun at 15:56 with the end at 16:00: items 2 to 6 would not even start, item 1 runs
    past 16:00. At 120×40 one line says which fall past the end, the time item 1 runs past
    is read whole, and `u` shows inside the box. Before, one warning per item ran out of
    the box: it ended «1 Opening en / kennismaking loopt door na» and the offer was not
    shown."""
    from tests.tui.drawn import laid_out

    clock.advance(seconds=116 * 60)
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        panel = app.screen.query_one(AgendaPanel)
        region = panel.content_region
        rows = laid_out(app).splitlines()[region.y : region.bottom]
        box = [row[region.x : region.right] for row in rows]
        notes = " ".join(" ".join(box).split()).split(" totaal ")[-1]
        notes = notes.split(" total ")[-1]
        at = [notes.find(words) for words in expected]
        assert -1 not in at and at == sorted(at), notes


async def test_a_long_agenda_leaves_out_warnings_before_the_ways_out(
    app_factory: AppFactory, store: Store, clock: FakeClock
) -> None:
    """Sixteen items under the agenda leave three rows: the overrun and both ways out, in
    fewer words, and no warning that would push them out of the box."""
    from facilitator.store.importer import import_plan
    from tests.helpers import make_plan
    from tests.tui.drawn import laid_out

    session_id = import_plan(store, make_plan(items=16)).session.id
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        await tick(app, clock, 25 * 60, pilot)
        region = app.screen.query_one(AgendaPanel).content_region
        rows = laid_out(app).splitlines()[region.y : region.bottom]
        box = [" ".join(row[region.x : region.right].split()) for row in rows]
        assert box[-3:] == [
            "⚠ Punt 1 loopt 05:00 uit",
            "t −5 min latere punten",
            "u punt 7 uitstellen…",
        ]


async def test_the_defer_offer_is_the_first_item_past_the_end_not_the_closing(
    app_factory: AppFactory, session_id: int, clock: FakeClock
) -> None:
    clock.advance(seconds=55 * 60)
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        agenda = shown(app.screen.query_one(AgendaPanel))
        assert "5 Toegevoegde waarde van … valt buiten de eindtijd" in agenda
        assert "6 Afspraken en vervolg valt buiten de eindtijd" in agenda
        assert "4 Leven lang ontwikkelen … loopt door na 16:00" in agenda
        assert agenda.endswith("u punt 5 uitstellen…")


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nl", "punten 2–6 vallen buiten de eindtijd u punt 2 uitstellen…"),
        ("en", "items 2–6 fall past the hard end u defer item 2…"),
    ],
    ids=["nl", "en"],
)
async def test_a_small_console_says_how_many_items_fall_past_the_end(
    app_factory: AppFactory, session_id: int, clock: FakeClock, lang: str, line: str
) -> None:
    """Begun at 15:56 with the end at 16:00: items 2 to 6 would not even start. At 80×24
    the one line names them all; before, it named item 2 alone («2 Mbo 2/3 na de
    coronacri… valt buiten de eindtijd»)."""
    clock.advance(seconds=116 * 60)
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        rendered = app.screen.query_one(AgendaPanel).render()
        assert isinstance(rendered, Content)
        assert " ".join(rendered.plain.splitlines()[1].split()) == line


async def test_ticking_reads_nothing_from_the_database(
    app_factory: AppFactory, session_id: int, clock: FakeClock
) -> None:
    class NoDatabase:
        def __getattr__(self, name: str) -> object:
            raise AssertionError(f"the tick read the database: {name}")

    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "1", "f")
        app.reading.store = NoDatabase()  # type: ignore[assignment]
        for _ in range(3):
            await tick(app, clock, 1, pilot)
        assert app.screen.query_one("#countdown", Digits).value == "09:57"


async def test_keys_are_in_help_and_palette_and_clear_of_the_note_takers(
    app_factory: AppFactory, session_id: int
) -> None:
    from facilitator.tui.actions import ACTIONS, BY_ID, Scope
    from facilitator.tui.screens.meeting import DYNAMIC

    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        active = screen.active_bindings
        mine = [
            binding
            for _node, binding, _on, _tip in active.values()
            if binding.action.split("(")[0] in CONSOLE_ACTIONS
        ]
        assert not {b.key for b in mine} & NOTE_TAKER_KEYS
        described = {
            a.action.split("(")[0]
            for a in ACTIONS
            if a.scope in (Scope.SCREEN, Scope.CONSOLE) and a.keys and a.en
        }
        assert CONSOLE_ACTIONS <= described
        assert CONSOLE_ACTIONS - set(DYNAMIC) <= {b.action.split("(")[0] for b in mine}
        assert BY_ID["meeting.floor_to"].words("nl") == "het woord geven aan…"
        assert not BY_ID["meeting.floor_to"].keys  # in the palette only
        await pilot.press("question_mark")
        rows = [" ".join(row) for row in help_rows(app)]
        assert "p punt van orde" in rows
        assert "1…9 deelnemer N in de rij" in rows
        await pilot.press("escape")
        await pilot.press("ctrl+p", *"woord geven aan", "enter")
        await pilot.pause()
        assert isinstance(app.screen, Picker)


CONSOLE_ACTIONS = {
    "toggle_timer",
    "move",
    "minutes",
    "queue_number",
    "pick_number",
    "pick_hand",
    "give_floor",
    "end_speech",
    "accept_suggestion",
    "rebalance",
    "point_of_order",
    "readd_last",
    "withdraw",
    "select",
    "reorder",
    "floor_selected",
    "presence",
    "defer",
    "goto",
}


# -- the room on the screen ------------------------------------------------------------------
async def test_small_console_says_who_has_not_spoken_by_name(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    """At 80×24 the table is folded into one line: the numbers come with who they are."""
    app = app_factory(session_id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "1", "f")  # participant 1 has the floor
        await pilot.pause()
        bars = shown(pilot.app.screen.query_one(SectorBars))
    assert "2 Fatma Y.," in bars and "4 Ingrid B.," in bars
    assert "1 Erik" not in bars


async def test_wide_console_shows_more_than_three_contributions_and_whole_titles(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    """At 120×40 the rows the top panels do not need go to the latest contributions,
    and an agenda title too long for its column goes on over the next row."""
    texts = [f"Bijdrage nummer {n}" for n in range(1, 8)]
    for text in texts:
        add_contribution(store, session_id, clock, text)
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        latest = shown(pilot.app.screen.query_one(LatestList))
        agenda = shown(pilot.app.screen.query_one(AgendaPanel))
    assert all(text in latest for text in texts)
    assert "5 Toegevoegde 25 waarde van de provincie" in agenda  # the minutes on its first row
    assert "…" not in agenda


async def test_a_paused_tick_draws_only_what_the_time_alone_moves(
    app_factory: AppFactory, session_id: int, clock: FakeClock
) -> None:
    """Timer paused, nobody speaking or waiting: a tick draws none of the panels the time
    cannot change (nothing counts), yet the header's clock still moves at the minute; once
    someone speaks, the floor panel counts every second again."""
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "space")  # started, then paused
        await tick(app, clock, 1, pilot)
        drawn: dict[str, int] = {}
        for panel in (
            LatestList,
            ParticipantTable,
            FloorPanel,
            SectorBars,
            CurrentItem,
            AgendaPanel,
        ):
            widget = app.screen.query_one(panel)
            original = widget.render

            def counted(name: str = panel.__name__, render=original):  # type: ignore[no-untyped-def]
                drawn[name] = drawn.get(name, 0) + 1
                return render()

            widget.render = counted  # type: ignore[method-assign]
        header = app.screen.query_one(SessionHeader)
        countdown = app.screen.query_one("#countdown", Digits).value
        before = header._ticked
        for _ in range(61):
            await tick(app, clock, 1, pilot)
        assert drawn == {}
        assert app.screen.query_one("#countdown", Digits).value == countdown
        assert header._ticked is not None and header._ticked != before  # the minute moved
        assert header._ticked[0] == header.render()
        await pilot.press("1", "f")
        await tick(app, clock, 5, pilot)
        await tick(app, clock, 1, pilot)
        assert "00:06 / 03:00" in shown(app.screen.query_one(FloorPanel))
        assert drawn.get("FloorPanel", 0) >= 2  # drawn on each tick again


async def test_a_paused_agenda_still_shows_the_hard_end_coming_closer(
    app_factory: AppFactory, session_id: int, clock: FakeClock
) -> None:
    """Paused, the projected end moves with the wall clock: once it passes the hard end,
    the agenda panel says which item runs past it, without a key pressed."""
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "space")  # started, then paused at once
        await tick(app, clock, 1, pilot)
        await tick(app, clock, 1, pilot)
        agenda = app.screen.query_one(AgendaPanel)
        assert agenda._ticked is not None
        assert "loopt door na 16:00" not in agenda._ticked[0].plain  # type: ignore[attr-defined]
        await tick(app, clock, 11 * 60, pilot)
        assert "6 Afspraken en vervolg loopt door na 16:00" in " ".join(
            agenda._ticked[0].plain.split()  # type: ignore[attr-defined]
        )


async def test_a_queue_longer_than_the_panel_says_how_many_are_out_of_sight(
    app_factory: AppFactory, store: Store
) -> None:
    """Twelve people waiting in a panel with room for fewer: the hidden ones are counted
    ("+3 meer", "+2 erboven"), and the one the arrow keys select is always in sight, so
    Enter never gives the floor to someone the chair cannot see."""
    import re

    from facilitator.store.importer import import_plan
    from tests.tui.conftest import make_plan

    sid = import_plan(store, make_plan("lang", participants=12, items=3)).session.id
    app = app_factory(sid)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press(*"123456789")
        for name in ("Deelnemer 10", "Deelnemer 11", "Deelnemer 12"):
            await pilot.press("h", *name, "enter")
        await pilot.pause()
        assert len(queue_numbers(store, sid)) == 12
        floor = app.query_one(FloorPanel)
        assert not floor.compact

        def seen() -> tuple[list[int], int, int, list[str]]:
            rendered = floor.render()
            assert isinstance(rendered, Content)
            lines = rendered.plain.splitlines()
            assert len(lines) <= floor.content_size.height  # nothing cut off below
            rows = [line for line in lines if re.match(r"^[▸ ] +\d+\. ", line)]
            numbers = [int(re.match(r"^[▸ ] +(\d+)\. ", line)[1]) for line in rows]  # type: ignore[index]
            below = sum(int(n) for n in re.findall(r"\+(\d+) meer", "\n".join(rows)))
            above = sum(int(n) for n in re.findall(r"\+(\d+) erboven", "\n".join(rows)))
            return numbers, above, below, [line for line in rows if line.startswith("▸")]

        numbers, above, below, picked = seen()
        assert numbers == list(range(1, len(numbers) + 1)) and above == 0
        assert len(numbers) < 12 and len(numbers) + below == 12  # the rest counted
        # up from nobody selected: the last waiting, then each one above it in turn
        for k in range(12, 0, -1):
            await pilot.press("up")
            await pilot.pause()
            numbers, above, below, picked = seen()
            assert len(picked) == 1 and f" {k}. " in picked[0], (k, picked)
            assert above + len(numbers) + below == 12
        await pilot.press("down", "down", "down", "down", "down", "down", "down", "down")
        await pilot.pause()
        numbers, above, below, picked = seen()
        assert len(picked) == 1 and " 9. " in picked[0] and above > 0
        await pilot.press("enter")
        await pilot.pause()
    assert speaker_number(store, sid) == 9


async def test_a_hand_for_someone_marked_absent_meanwhile_is_said_to_be_absent(
    app_factory: AppFactory, store: Store, session_id: int, clock: FakeClock
) -> None:
    """The warning came from what the screen showed when the key was typed: marked absent
    in the other window (or by `m` typed just before), the hand went in without a word."""
    from facilitator.service import Services

    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        other = Services.open(store, session_id, clock, origin="andere")
        other.floor.set_present(store.participants(session_id)[0].id, False)
        await pilot.press("1")  # this window has not read the change yet
        await app.settle()
        await pilot.pause()
        notices = [str(n.message) for n in app._notifications]
    assert "1 Erik Nijhuis staat in de rij, maar is afwezig gemeld." in notices


@pytest.mark.parametrize(
    ("sample", "rows"),
    [
        (
            "overijssel-wrap-up.toml",
            ["4 Leven lang 20", "ontwikkelen en", "loopbaanbegelei", "ding"],
        ),
        ("regio-zwolle.toml", ["7 Afsluiting en 10", "vervolgafspra", "ken"]),
    ],
)
async def test_an_agenda_title_wraps_between_words_and_breaks_a_word_too_long_as_typed(
    store: Store, clock: FakeClock, sample: str, rows: list[str]
) -> None:
    """At 120×40 the agenda's titles went on over more rows broken anywhere in a word
    (`vervolgafsprake` / `n`). A word that fits on a row goes to the next row whole; only
    a word longer than the column is broken, before a syllable, and nothing is added to
    it: a hyphen put in (`vervolgafspra-`) was read as part of the title, as in
    `[link=http://x-`."""
    plan = load_session_file(SAMPLES / sample, lang="nl")
    session_id = import_plan(store, plan).session.id
    app = make_app(store, session_id, clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        panel = app.screen.query_one(AgendaPanel)
        rendered = panel.render()
        assert isinstance(rendered, Content)
        lines = [" ".join(line.split()) for line in rendered.plain.splitlines()]
    at = lines.index(rows[0]) if rows[0] in lines else -1
    assert lines[at : at + len(rows)] == rows, "\n".join(lines)


@pytest.mark.parametrize(
    ("lang", "silent", "heard", "item_words"),
    [
        (
            "nl",
            "○ nog niet gesproken in deze sessie: 2 Deelnemer",
            "iedereen sprak in deze sessie",
            ("○ nog niet op dit punt: 1 Deelnemer", "iedereen sprak op dit punt"),
        ),
        (
            "en",
            "○ not yet spoken in this session: 2 Deelnemer",
            "everyone spoke in this session",
            ("○ not yet on this item: 1 Deelnemer", "everyone spoke on this item"),
        ),
    ],
    ids=["nl", "en"],
)
async def test_with_no_current_item_the_small_console_says_who_spoke_in_the_session(
    app_factory: AppFactory,
    small_session_id: int,
    clock: FakeClock,
    lang: str,
    silent: str,
    heard: str,
    item_words: tuple[str, str],
) -> None:
    """Before an item is started the figures are the session's, and so are the words:
    not «iedereen sprak op dit punt» with no item current."""
    app = app_factory(small_session_id, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:

        async def speak(*numbers: str) -> None:
            for number in numbers:
                await pilot.press(number, "f")
                await tick(app, clock, 30, pilot)
                await pilot.press("x")

        await speak("1")
        bars = shown(app.screen.query_one(SectorBars))
        assert silent in bars and "3 Deelnemer" in bars and "1 Deelnemer" not in bars
        await speak("2", "3", "4")
        bars = shown(app.screen.query_one(SectorBars))
        assert heard in bars and "dit punt" not in bars and "this item" not in bars
        await pilot.press("space")  # the first item is current: its words come back
        bars = shown(app.screen.query_one(SectorBars))
        assert item_words[0] in bars
        await speak("1", "2", "3", "4")
        assert item_words[1] in shown(app.screen.query_one(SectorBars))


@pytest.mark.parametrize(
    ("lang", "column", "legend", "item_column"),
    [
        ("nl", "geen punt", "○ niet in sessie", "dit punt"),
        ("en", "no item", "○ not in session", "this item"),
    ],
    ids=["nl", "en"],
)
async def test_with_no_current_item_the_table_shows_no_figures_for_an_item(
    app_factory: AppFactory,
    small_session_id: int,
    clock: FakeClock,
    lang: str,
    column: str,
    legend: str,
    item_column: str,
) -> None:
    """At 120×40 with no item current the table showed 0% per sector under «dit punt»:
    now the item's column says there is none and shows no figures, and ○ marks those not
    yet heard in the session, as its legend says."""
    app = app_factory(small_session_id, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "f")
        await tick(app, clock, 30, pilot)
        await pilot.press("x")
        table = app.screen.query_one(ParticipantTable).render()
        assert isinstance(table, Content)
        lines = table.plain.splitlines()
        assert column in lines[0] and item_column not in lines[0]
        sector = lines[1].split()  # the first sector: 100% of the session, no item's figures
        assert sector[1] == "—" and sector[-1] == "100%"
        assert "0%" not in lines[1].replace("100%", "")
        assert legend in table.plain
        people = [line.split() for line in lines if line.split()[:1] in (["1"], ["2"])]
        assert people[0][1] != "○" and people[1][1] == "○"  # 1 spoke in the session, 2 not
        await pilot.press("space")  # an item is current: its column and marks come back
        table = app.screen.query_one(ParticipantTable).render()
        assert isinstance(table, Content)
        assert item_column in table.plain.splitlines()[0]
        assert column not in table.plain and legend not in table.plain
