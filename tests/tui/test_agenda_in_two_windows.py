"""The agenda's keys pressed in two windows on one database at the same moment (the
facilitator's and the note-taker's in control, or two facilitators by mistake): each
window's key acts on the agenda as that window showed it. When the other window changed
it meanwhile, the key changes nothing and says what the agenda is now, instead of acting
on an item the window never showed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import ItemStatus
from facilitator.service import Services
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.screens.form import FormDialog
from facilitator.tui.screens.main import MainScreen

SIZE = (120, 40)


@pytest.fixture
def other_store(store: Store, clock: FakeClock) -> Iterator[Store]:
    """The second window's own connection to the same database file."""
    other = Store(store.path, clock=clock)
    yield other
    other.close()


def window(store: Store, session_id: int, clock: FakeClock, lang: str = "nl") -> FacilitatorApp:
    """A window that reads what the other one did only when told (``check_external``)."""
    return make_app(store, session_id, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0)


def said(app: FacilitatorApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def current_number(store: Store, session_id: int) -> int | None:
    session = store.session(session_id)
    assert session is not None
    ids = [i.id for i in store.items(session_id)]
    return ids.index(session.current_item_id) + 1 if session.current_item_id in ids else None


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", "Het agendapunt was intussen al verzet naar 3; er is niets veranderd."),
        ("en", "The agenda already moved to item 3; nothing was changed."),
    ],
)
async def test_g_in_two_windows_goes_where_the_first_went_and_the_second_says_so(
    store: Store, other_store: Store, session_id: int, clock: FakeClock, lang: str, words: str
) -> None:
    """Both windows show item 1, its timer running. The first goes to item 3 (g 3 Enter);
    the second, still showing item 1, to item 2 (g 2 Enter). The second changed the
    agenda it never saw: item 3 was left after no time and item 2 started instead.
    Now it changes nothing and says where the agenda went; g again goes on from there."""
    Services.open(store, session_id, clock).agenda.toggle_timer()
    one = window(store, session_id, clock, lang)
    two = window(other_store, session_id, clock, lang)
    async with (
        one.run_test(size=SIZE, notifications=True) as first,
        two.run_test(size=SIZE, notifications=True) as second,
    ):
        await first.press("g", "3", "enter")
        clock.advance(seconds=20)
        await second.press("g", "2", "enter")
        assert current_number(store, session_id) == 3
        third = store.items(session_id)[2]
        assert third.running and third.elapsed(clock.now()) == 20
        assert words in said(two)
        # once it shows where the agenda is, its g goes from there
        two.check_external()
        await second.pause()
        await second.press("g", "2", "enter")
        assert current_number(store, session_id) == 2
    operations = [op.label for op in store.operations(session_id)]
    assert operations.count("goto") == 2


async def test_g_to_the_current_item_in_the_second_window_does_not_go_back(
    store: Store, other_store: Store, session_id: int, clock: FakeClock
) -> None:
    """g Enter picks the item shown as current: the second window, still showing item 1
    after the first went to item 2, went back to item 1 (leaving item 2 after no time)."""
    Services.open(store, session_id, clock).agenda.toggle_timer()
    one = window(store, session_id, clock)
    two = window(other_store, session_id, clock)
    async with (
        one.run_test(size=SIZE, notifications=True) as first,
        two.run_test(size=SIZE, notifications=True) as second,
    ):
        await first.press("g", "2", "enter")
        await second.press("g", "enter")
        assert current_number(store, session_id) == 2
        assert store.items(session_id)[0].status != ItemStatus.CURRENT
        assert "Het agendapunt was intussen al verzet naar 2; er is niets veranderd." in said(two)


def statuses(store: Store, session_id: int) -> list[str]:
    return [str(i.status) for i in store.items(session_id)]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", "Punt 5 is intussen al uitgesteld; er is niets veranderd."),
        ("en", "Item 5 was already deferred meanwhile; nothing was changed."),
    ],
)
async def test_u_in_two_windows_defers_the_proposed_item_once(
    store: Store, other_store: Store, session_id: int, clock: FakeClock, lang: str, words: str
) -> None:
    """Item 1 runs 25 minutes over; both windows propose to defer item 5, the last before
    the closing, and both press u Enter. The second took the deferral back (item 5 was
    deferred already: its u took it back onto the agenda), with no word of it. Now the
    second changes nothing and says item 5 was deferred meanwhile."""
    Services.open(store, session_id, clock).agenda.toggle_timer()
    clock.advance(minutes=25)
    one = window(store, session_id, clock, lang)
    two = window(other_store, session_id, clock, lang)
    async with (
        one.run_test(size=SIZE, notifications=True) as first,
        two.run_test(size=SIZE, notifications=True) as second,
    ):
        await first.press("u", "enter")
        await second.press("u", "enter")
        assert statuses(store, session_id)[4] == ItemStatus.DEFERRED
        assert words in said(two)
        # once it shows the deferral, u Enter on item 5 takes it back, as asked
        two.check_external()
        await second.pause()
        await second.press("u", "5", "enter")
        assert statuses(store, session_id)[4] == ItemStatus.TODO


async def test_u_on_the_current_item_in_two_windows_defers_it_once(
    store: Store, other_store: Store, session_id: int, clock: FakeClock
) -> None:
    """Both windows show item 2 current and both defer it (u 2 Enter): the first puts it
    off and the meeting goes on with item 3. The second took item 2 back onto the agenda,
    as if nobody had deferred it. Now it stays deferred, and the second says so."""
    service = Services.open(store, session_id, clock)
    service.agenda.toggle_timer()
    clock.advance(minutes=10)
    service.agenda.move(+1)
    one = window(store, session_id, clock)
    two = window(other_store, session_id, clock)
    async with (
        one.run_test(size=SIZE, notifications=True) as first,
        two.run_test(size=SIZE, notifications=True) as second,
    ):
        await first.press("u", "2", "enter")
        await second.press("u", "2", "enter")
        assert statuses(store, session_id)[1] == ItemStatus.DEFERRED
        assert current_number(store, session_id) == 3
        assert "Punt 2 is intussen al uitgesteld; er is niets veranderd." in said(two)


async def test_u_on_the_item_another_window_just_went_to_does_not_skip_it(
    store: Store, other_store: Store, session_id: int, clock: FakeClock
) -> None:
    """The first window goes on to item 2 (]); the second, still showing item 1 current,
    defers item 2, still to come there (u 2 Enter). It deferred the item the meeting had
    just gone to, and the meeting went on with item 3, which neither window had chosen.
    Now it changes nothing and says the agenda moved to item 2."""
    Services.open(store, session_id, clock).agenda.toggle_timer()
    clock.advance(minutes=5)
    one = window(store, session_id, clock)
    two = window(other_store, session_id, clock)
    async with (
        one.run_test(size=SIZE, notifications=True) as first,
        two.run_test(size=SIZE, notifications=True) as second,
    ):
        await first.press("right_square_bracket")
        await second.press("u", "2", "enter")
        assert current_number(store, session_id) == 2
        assert ItemStatus.DEFERRED not in statuses(store, session_id)
        assert "Het agendapunt was intussen al verzet naar 2; er is niets veranderd." in said(two)


def planned_minutes(store: Store, session_id: int) -> list[int]:
    return [i.planned_seconds // 60 for i in store.items(session_id)]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", "De geplande tijd van punt 1 is intussen al veranderd, naar 11 min; er is niets "
         "veranderd."),
        ("en", "Item 1's planned time was already changed meanwhile, to 11 min; nothing was "
         "changed."),
    ],
)  # fmt: skip
async def test_plus_in_two_windows_gives_the_item_its_minute_once(
    store: Store, other_store: Store, session_id: int, clock: FakeClock, lang: str, words: str
) -> None:
    """Item 1 (10 minutes) runs over, and both windows give it a minute more (+) for that
    overrun: it got two. Now the second finds the planned time no longer as it showed it,
    changes nothing and says what it is now; + again, once it shows 11, gives the next."""
    Services.open(store, session_id, clock).agenda.toggle_timer()
    clock.advance(minutes=11)
    one = window(store, session_id, clock, lang)
    two = window(other_store, session_id, clock, lang)
    async with (
        one.run_test(size=SIZE, notifications=True) as first,
        two.run_test(size=SIZE, notifications=True) as second,
    ):
        await first.press("plus")
        await second.press("plus")
        assert planned_minutes(store, session_id)[0] == 11
        assert words in said(two)
        two.check_external()
        await second.pause()
        await second.press("plus")
        assert planned_minutes(store, session_id)[0] == 12


async def test_minus_in_the_second_window_leaves_the_item_it_never_showed(
    store: Store, other_store: Store, session_id: int, clock: FakeClock
) -> None:
    """The first window goes on to item 2 (]); the second, still showing item 1, takes a
    minute off it (-): the minute came off item 2, which the second window never showed
    current. Now nothing changes, and the second says where the agenda is."""
    Services.open(store, session_id, clock).agenda.toggle_timer()
    clock.advance(minutes=5)
    one = window(store, session_id, clock)
    two = window(other_store, session_id, clock)
    async with (
        one.run_test(size=SIZE, notifications=True) as first,
        two.run_test(size=SIZE, notifications=True) as second,
    ):
        await first.press("right_square_bracket")
        await second.press("minus")
        assert planned_minutes(store, session_id)[:2] == [10, 20]
        assert "Het agendapunt was intussen al verzet naar 2; er is niets veranderd." in said(two)


async def test_plus_typed_twice_at_once_in_one_window_gives_two_minutes(
    store: Store, session_id: int, clock: FakeClock
) -> None:
    """+ + in one burst: the window's own first + is not yet shown when the second is
    typed, so the second gives its minute on top of it."""
    from tests.tui.conftest import burst

    Services.open(store, session_id, clock).agenda.toggle_timer()
    one = window(store, session_id, clock)
    async with one.run_test(size=SIZE, notifications=True) as first:
        await burst(first, "plus", "plus")
        assert planned_minutes(store, session_id)[0] == 12
        assert not said(one)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", "Het agendapunt was intussen al verzet naar 2; er is niets veranderd."),
        ("en", "The agenda already moved to item 2; nothing was changed."),
    ],
)
async def test_space_meant_for_an_item_the_other_window_left_does_not_time_the_next(
    store: Store, other_store: Store, session_id: int, clock: FakeClock, lang: str, words: str
) -> None:
    """Item 1's timer is paused; the first window goes on to item 2 (]), and the second,
    still showing item 1 paused, presses space to resume item 1: item 2's timer started,
    with no word of it. The same with the timer running: the space meant to pause item 1
    paused item 2. Now neither changes anything, and the second says where the agenda is."""
    service = Services.open(store, session_id, clock)
    service.agenda.toggle_timer()
    clock.advance(minutes=5)
    service.agenda.toggle_timer()
    one = window(store, session_id, clock, lang)
    two = window(other_store, session_id, clock, lang)
    async with (
        one.run_test(size=SIZE, notifications=True) as first,
        two.run_test(size=SIZE, notifications=True) as second,
    ):
        await first.press("right_square_bracket")
        await second.press("space")
        second_item = store.items(session_id)[1]
        assert current_number(store, session_id) == 2 and not second_item.running
        assert said(two).count(words) == 1
        # item 2's timer running, shown in both; the first goes on to item 3 (the timer
        # moves along) and the second's space, meant to pause item 2, leaves item 3 running
        await first.press("space")
        two.check_external()
        await second.pause()
        await first.press("right_square_bracket")
        clock.advance(seconds=30)
        await second.press("space")
        third = store.items(session_id)[2]
        assert current_number(store, session_id) == 3 and third.running
        assert third.elapsed(clock.now()) == 30
        assert said(two).count(words.replace("2", "3")) == 1


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", "Agendapunt 3 «{title}» is intussen in een ander venster gewijzigd"),
        ("en", "Agenda item 3 “{title}” was changed in another window meanwhile"),
    ],
)
async def test_an_item_form_saved_after_another_window_changed_the_item_asks_first(
    store: Store, other_store: Store, session_id: int, clock: FakeClock, lang: str, words: str
) -> None:
    """The first window opens the form of item 3 (e 3 Enter); the second renames item 3
    and saves. The first's Enter wrote its form over it: the second's title was gone,
    and nobody was told. Now the form comes back with what was typed and says item 3 was
    changed in another window; one Enter, in whichever field the cursor is, saves it
    knowingly, as the message says."""
    title = store.items(session_id)[2].title
    one = window(store, session_id, clock, lang)
    two = window(other_store, session_id, clock, lang)
    async with (
        one.run_test(size=SIZE, notifications=True) as first,
        two.run_test(size=SIZE, notifications=True) as second,
    ):
        await first.press("e", "3", "enter")
        assert isinstance(one.screen, FormDialog)
        await second.press("e", "3", "enter", "ctrl+u", *"Stages", "enter", "enter")
        await second.press("enter", "enter")
        await second.pause()
        assert isinstance(two.screen, MainScreen)
        assert store.items(session_id)[2].title == "Stages"
        await first.press("ctrl+u", *"Zorg", "enter", "enter", "enter", "enter")
        await one.settle()
        await first.pause()
        assert store.items(session_id)[2].title == "Stages"  # the other window's, kept
        assert isinstance(one.screen, FormDialog)  # back, with what was typed, and why
        assert one.screen.values()[0] == "Zorg"
        assert words.format(title=title) in one.screen.problem
        assert one.screen.focused is one.screen.inputs()[0]  # the cursor in the title
        await first.press("enter")  # knowingly, over it
        await one.settle()
        await first.pause()
        assert isinstance(one.screen, MainScreen)
    assert store.items(session_id)[2].title == "Zorg"
