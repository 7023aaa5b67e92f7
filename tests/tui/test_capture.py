"""The capture line with the real keys: every kind, inline owner/tags/due, attribution, undo."""

from __future__ import annotations

import re
import threading
from datetime import date
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Static
from textual.widgets._toast import Toast

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Card, Column, Kind, Owner, SessionStatus
from facilitator.service.origin import Role
from facilitator.store import Store, StoreError
from facilitator.tui.actions import words_of
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.widgets.capture import CaptureBar
from facilitator.tui.widgets.capture_input import CaptureInput
from facilitator.tui.widgets.kind_badge import kind_word
from tests.tui.conftest import burst_text
from tests.tui.drawn import laid_out
from tests.tui.notes_fixtures import app_for, import_twente, start_meeting

SIZE = (120, 40)


@pytest.fixture
def twente(store: Store) -> int:
    return import_twente(store)


def bar(app: FacilitatorApp) -> CaptureBar:
    return app.screen.query_one(CaptureBar)


def field(app: FacilitatorApp) -> CaptureInput:
    return app.screen.query_one("#capture-input", CaptureInput)


def preview(app: FacilitatorApp) -> str:
    return str(app.screen.query_one("#capture-preview", Static).content)


async def type_line(pilot: Pilot[Any], text: str) -> None:
    """``text`` typed as a note-taker types: in one burst."""
    await burst_text(pilot, text)


def _key(ch: str) -> str:
    return {" ": "space"}.get(ch, ch)


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("b", Kind.BARRIER),
        ("o", Kind.OPPORTUNITY),
        ("k", Kind.OPPORTUNITY),
        ("a", Kind.ACTION),
        ("d", Kind.DECISION),
        ("q", Kind.QUESTION),
        ("c", Kind.NOTE),
        ("z", Kind.SUMMARY),
    ],
)
async def test_every_kind_key_captures_to_the_database(
    store: Store,
    twente: int,
    clock: FakeClock,
    key: str,
    kind: Kind,
) -> None:
    start_meeting(store, twente, clock, speaker=3)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        assert bar(app).is_open and bar(app).kind == kind and field(app).has_focus
        await type_line(pilot, "Te weinig #stage")
        await pilot.press("enter")
        await pilot.pause()
        assert not bar(app).is_open
    [said] = store.contributions(twente)
    speaker = store.participants(twente)[2]
    assert (said.kind, said.text, said.tags) == (kind, "Te weinig", ["stage"])
    if kind == Kind.SUMMARY:  # the note-taker's summary: nobody at the table said it
        assert said.participant_id is None
    else:
        assert said.participant_id == speaker.id  # whoever has the floor
    assert said.item_id == store.session(twente).current_item_id  # type: ignore[union-attr]
    cards = store.cards(twente)
    if kind in (Kind.BARRIER, Kind.OPPORTUNITY, Kind.ACTION):
        assert [c.id for c in cards] == [said.card_id] and cards[0].title == said.text
    else:
        assert cards == [] and said.card_id is None


async def test_owner_tags_and_due_inline_are_shown_before_enter_and_stored(
    store: Store,
    twente: int,
    clock: FakeClock,
) -> None:
    start_meeting(store, twente, clock)
    app = app_for(store, twente, clock)
    uwv = next(p for p in store.participants(twente) if p.organisation == "UWV")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_line(pilot, f"Matchpunt @UWV/{uwv.name} @Gemeente Hengelo #stage #mp tot 30 okt")
        await pilot.pause()
        shown = preview(app)
        assert f"UWV ({uwv.name})" in shown and "Gemeente Hengelo" in shown
        assert "vr 30 okt" in shown and "#mp" in shown and "nieuw" in shown
        await pilot.press("enter")
        await pilot.pause()
    [card] = store.cards(twente)
    assert card.title == "Matchpunt"
    assert card.owners == [Owner("UWV", uwv.id), Owner("Gemeente Hengelo", None)]
    assert card.tags == ["stage", "mp"] and card.due == date(2020, 10, 30)
    assert "mp" in store.session(twente).tags  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        (
            "nl",
            "Vraag de roosters op tot eind voorjaar",
            "⚠ geen datum gelezen uit «tot eind voorjaar»",
        ),
        ("en", "Ask for the rosters by next month", "⚠ no date read from “by next month”"),
    ],
)
async def test_a_due_date_that_is_not_read_is_said_before_enter_and_not_saved(
    store: Store, twente: int, clock: FakeClock, lang: str, typed: str, said: str
) -> None:
    """«tot eind voorjaar» stayed in the text with no sign that no date was read from it."""
    start_meeting(store, twente, clock)
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_line(pilot, typed)
        await pilot.pause()
        assert said in preview(app)
        await pilot.press("enter")
        await pilot.pause()
    [card] = store.cards(twente)
    assert (card.title, card.due) == (typed, None)


async def test_a_surname_alone_names_the_participant_at_the_table(
    store: Store,
    twente: int,
    clock: FakeClock,
) -> None:
    """«@Yildiz» was an organisation «Yildiz», not at the table, leading the action."""
    start_meeting(store, twente, clock)
    app = app_for(store, twente, clock)
    people = {p.name: p for p in store.participants(twente)}
    fatma, bart = people["Fatma Yıldız"], people["Bart ter Horst"]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_line(pilot, "Stageplekken tellen @Yildiz @ter Horst")
        await pilot.pause()
        shown = preview(app)
        assert "Saxion (Fatma Yıldız)" in shown and "Bouwend Nederland (Bart ter Horst)" in shown
        assert "niet aan tafel" not in shown
        await pilot.press("enter")
        await pilot.pause()
    [card] = store.cards(twente)
    assert card.title == "Stageplekken tellen"
    assert card.owners == [Owner("Saxion", fatma.id), Owner("Bouwend Nederland", bart.id)]


async def test_tilde_attributes_to_someone_else(
    store: Store,
    twente: int,
    clock: FakeClock,
) -> None:
    start_meeting(store, twente, clock, speaker=3)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await type_line(pilot, "Wie betaalt dat? ~2")
        await pilot.pause()
        assert store.participants(twente)[1].name in str(
            app.screen.query_one("#capture-badge", Static).content
        )
        await pilot.press("enter")
        await pilot.pause()
    [said] = store.contributions(twente)
    assert said.participant_id == store.participants(twente)[1].id
    assert said.text == "Wie betaalt dat?"


async def keys_at_once(app: FacilitatorApp, keys: str) -> None:
    """Keys as a terminal delivers them, routed one after the other with no waiting."""
    for ch in keys:
        key = {" ": "space", "\r": "enter"}.get(ch, ch)
        await app.keys.arrived(events.Key(key, ch))


async def test_a_capture_goes_to_whom_a_floor_change_just_before_it_gave_the_floor(
    store: Store,
    twente: int,
    clock: FakeClock,
) -> None:
    """`f` then a capture, while the window's saves are behind: the badge still shows the
    old speaker, but the capture is attributed in its own transaction, after the floor
    change, to the same speaker as its item; an explicit ~N still wins."""
    service = start_meeting(store, twente, clock, speaker=1)
    people = store.participants(twente)
    service.floor.enqueue(people[4].id)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        gate = threading.Event()
        app.submit(gate.wait, 10)  # the writer is busy: what follows waits in its queue
        await keys_at_once(app, "fcNa de wissel\r")
        await keys_at_once(app, "qEn jij? ~3\r")
        assert app.runner.pending == 4  # the gate, the floor change and both captures
        gate.set()
        await pilot.pause()
    first, second = store.contributions(twente)
    assert (first.text, first.participant_id) == ("Na de wissel", people[4].id)
    assert (second.text, second.participant_id) == ("En jij?", people[2].id)
    speech = store.current_speech(twente)
    assert speech is not None and speech.participant_id == people[4].id
    assert first.item_id == second.item_id == store.session(twente).current_item_id  # type: ignore[union-attr]


async def test_tab_cycles_the_kind_and_escape_cancels(
    store: Store,
    twente: int,
    clock: FakeClock,
) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b")
        await pilot.press("tab")
        assert bar(app).kind == Kind.OPPORTUNITY
        await pilot.press("tab", "tab")
        assert bar(app).kind == Kind.DECISION
        await pilot.press("shift+tab")
        assert bar(app).kind == Kind.ACTION
        await type_line(pilot, "niet bewaren")
        await pilot.press("escape")
        await pilot.pause()
        assert not bar(app).is_open and field(app).value == ""
        assert app.screen.focused is None or not isinstance(app.screen.focused, CaptureInput)
        await pilot.press("c", "enter")  # an empty line saves nothing
        await pilot.pause()
        assert bar(app).is_open
    assert store.contributions(twente) == []


@pytest.mark.parametrize("role", [Role.FACILITATOR, Role.NOTETAKER])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("lang", ["en", "nl"])
async def test_the_badge_shows_every_kind_s_whole_word(
    store: Store, twente: int, clock: FakeClock, role: Role, size: tuple[int, int], lang: str
) -> None:
    """The badge said «OPPORTUN» for an opportunity, in English at 80×24 and 120×40."""
    start_meeting(store, twente, clock, speaker=3)
    app = make_app(
        store, twente, clock=clock, tick_seconds=0, watch_seconds=0, role=role, lang=lang
    )
    async with app.run_test(size=size) as pilot:
        await pilot.press("b")
        for kind in list(Kind):
            while bar(app).kind != kind:
                await pilot.press("tab")
            await pilot.pause()
            word = re.escape(kind_word(kind, lang).upper())
            assert re.search(rf" {word} +▸ ", laid_out(app)), kind
        await pilot.press("escape")


async def test_a_failed_save_keeps_the_text(
    store: Store,
    twente: int,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = app_for(store, twente, clock)

    def locked(*args: object, **kwargs: object) -> None:
        raise StoreError("locked", path=store.path)

    async with app.run_test(size=SIZE) as pilot:
        monkeypatch.setattr(app.notes, "capture", locked)
        await pilot.press("b")
        await type_line(pilot, "Niet bewaard")
        await pilot.press("enter")
        await app.settle()
        await pilot.pause()
        # the line waits with its text and its kind; the capture line is free
        assert [(u.kind, u.line) for u in bar(app).unsaved] == [(Kind.BARRIER, "Niet bewaard")]
        assert not bar(app).is_open
        assert "niet opgeslagen" in preview(app)
    assert store.contributions(twente) == []


async def test_a_kind_key_on_a_closed_session_opens_the_line_and_enter_refuses(
    store: Store,
    twente: int,
    clock: FakeClock,
) -> None:
    """The sentence typed after the kind key goes into the line, not to the screen's keys
    (its N opened the stand-in picker); Enter saves nothing and keeps the text."""
    service = start_meeting(store, twente, clock)
    service.closing.close()
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        await pilot.press("b")
        await type_line(pilot, "Nieuwe plekken bij de Nijverheid")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen  # no picker opened by a letter of the sentence
        assert bar(app).is_open and field(app).value == "Nieuwe plekken bij de Nijverheid"
        assert "gesloten" in preview(app)
        assert any("gesloten" in str(n.message) for n in app._notifications)
    assert store.contributions(twente) == []


async def test_a_line_kept_on_a_closed_session_is_saved_on_reopening(
    store: Store,
    twente: int,
    clock: FakeClock,
) -> None:
    service = start_meeting(store, twente, clock)
    service.closing.close()
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await type_line(pilot, "Wie betaalt de reiskosten")
        await pilot.press("escape")
        await pilot.pause()
        assert not bar(app).is_open
        assert any("bewaard" in str(n.message) for n in app._notifications)
        await pilot.press("f9", "f9")  # reopened (asked first)
        await app.settle()
        await pilot.pause()
        assert app.reading.session().status != SessionStatus.CLOSED
        await app.settle()  # the kept line is saved, as a question
        await pilot.pause()
        assert bar(app).unsaved == []
        assert "gesloten" not in preview(app) and "niet opgeslagen" not in preview(app)
        await pilot.press("c")  # a kind key opens a new, empty line
        assert bar(app).kind == Kind.NOTE and field(app).value == ""
    [said] = store.contributions(twente)
    assert said.text == "Wie betaalt de reiskosten" and said.kind == Kind.QUESTION


async def test_a_save_refused_as_another_window_closed_the_session_is_saved_on_reopening(
    store: Store,
    twente: int,
    clock: FakeClock,
) -> None:
    service = start_meeting(store, twente, clock)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b")
        await type_line(pilot, "Te weinig stageplekken")
        service.closing.close()  # another window, before Enter
        await pilot.press("enter")
        await app.settle()
        await pilot.pause()
        assert [u.line for u in bar(app).unsaved] == ["Te weinig stageplekken"]
        assert not bar(app).is_open and "sessie weer open is" in preview(app)
        service.closing.reopen()  # and open again
        app.reload()
        await app.settle()
        await pilot.pause()
        await app.settle()
        await pilot.pause()
        assert bar(app).unsaved == []
        assert "gesloten" not in preview(app) and "niet opgeslagen" not in preview(app)
    [said] = store.contributions(twente)
    assert said.text == "Te weinig stageplekken"


async def test_completion_accepts_with_the_right_arrow(
    store: Store,
    twente: int,
    clock: FakeClock,
) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_line(pilot, "Loket @Gemeente En")
        await pilot.pause()
        assert "Gemeente Enschede" in preview(app)
        await pilot.press("right")
        assert field(app).value == "Loket @Gemeente Enschede"
        await type_line(pilot, " #sam")
        await pilot.pause()
        await pilot.press("right", "enter")
        await pilot.pause()
    [card] = store.cards(twente)
    assert card.owners == [Owner("Gemeente Enschede")] and card.tags == ["samenwerking"]


async def test_undo_and_redo_of_a_capture(
    store: Store,
    twente: int,
    clock: FakeClock,
) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        await type_line(pilot, "Leerwerkakkoord #nieuwtje")
        await pilot.press("enter", "ctrl+z")
        await pilot.pause()
        assert store.contributions(twente) == [] and store.cards(twente) == []
        assert "nieuwtje" not in store.session(twente).tags  # type: ignore[union-attr]
        await pilot.press("ctrl+y")
        await pilot.pause()
    [card] = store.cards(twente)
    assert card.column == Column.OPPORTUNITY and card.title == "Leerwerkakkoord"


async def test_a_pasted_text_is_stored_whole(
    store: Store,
    twente: int,
    clock: FakeClock,
) -> None:
    text = "Eerste regel\nTweede regel\twith a tab " + "x" * 5000
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        field(app).post_message(events.Paste(text))
        await pilot.pause()
        assert field(app).value == text
        await pilot.press("enter")
        await pilot.pause()
    [said] = store.contributions(twente)
    assert said.text == text


async def test_capture_keys_work_from_the_board_and_the_log(
    store: Store,
    twente: int,
    clock: FakeClock,
) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        for tab, key in (("f2", "b"), ("f3", "a")):
            await pilot.press(tab, key)
            await type_line(pilot, f"vanaf {tab}")
            await pilot.press("enter")
            await pilot.pause()
    assert sorted(c.text for c in store.contributions(twente)) == ["vanaf f2", "vanaf f3"]
    assert store.get(Card, store.contributions(twente)[0].card_id or 0) is not None


async def test_help_and_palette_list_the_note_keys(
    store: Store, twente: int, clock: FakeClock
) -> None:
    from facilitator.tui.commands import FacilitatorCommands
    from facilitator.tui.screens.help import HelpScreen
    from tests.tui.test_help import help_rows

    def described() -> set[str]:
        """The words of every key that applies now (the footer's, the palette's)."""
        lang = app.lang
        return {
            words_of(binding.id, lang)
            for _node, binding, _on, _tip in app.screen.active_bindings.values()
        }

    def palette() -> set[tuple[str, str]]:
        entries = FacilitatorCommands(app.screen)._entries()
        return {(words, action) for words, action, _key, _node, _also in entries}

    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        assert {"barrière", "kans", "actie", "besluit", "vraag", "notitie"} <= described()
        assert ("kolom sorteren op stemmen", "sort") not in palette()  # not on the console
        await pilot.press("f2")
        assert {"kaart omhoog", "samenvoegen", "koppelen", "parkeren"} <= described()
        assert ("kolom sorteren op stemmen", "sort") in palette()
        await pilot.press("f3")
        assert "andere soort" not in described()  # no contribution yet to act on
        await pilot.press("c", *"notitie", "enter")
        assert "andere soort" in described()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        does = [row[-1] for row in help_rows(app)]
        assert "barrière" in does and "samenvoegen" in does and "andere spreker" in does
        texts = " ".join(str(s.content) for s in app.screen.query(Static))
        assert "tot vrijdag" in texts and "@UWV/Els" in texts


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_a_notice_does_not_cover_the_open_capture_line(
    store: Store, twente: int, clock: FakeClock, size: tuple[int, int]
) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("c", *"een zin die de gespreksleider typt")
        app.notify("Een melding die een paar regels beslaat. " * 4, markup=False)
        await pilot.pause()
        [toast] = app.screen.query(Toast)
        assert not toast.region.overlaps(bar(app).region), (toast.region, bar(app).region)
        await pilot.press("escape")  # the line closed: the notice may stand lower again
        await pilot.pause()
        [toast] = app.screen.query(Toast)
        assert toast.region.bottom == size[1] - 1


async def test_the_invisible_characters_text_needs_are_typed_as_they_are(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """A family emoji is three people joined by zero-width joiners; Persian needs the
    zero-width non-joiner; direction marks and a soft hyphen are part of the text too.
    Typed (not pasted), they were dropped: Textual counts them as not printable."""
    text = "👩\u200d👩\u200d👧 ZWNJ[\u200c] RLM[\u200f] LRM[\u200e] SHY[\u00ad] WJ[\u2060]"
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await keys_at_once(app, "c" + text + "\r")
        await pilot.pause()
        await app.settle()
    [said] = store.contributions(twente)
    assert said.text == text


async def test_the_spaces_that_keep_words_together_are_typed_as_they_are(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """A no-break space (10 km on one line), a thin space and a narrow no-break space (the
    French « guillemets », 1 000 000) are text: typed, they were dropped and the words
    joined («10km»)."""
    from textual.keys import _character_to_key

    text = "10\u00a0km, 1\u2009000\u202f000 en \u00ab\u202foui\u202f\u00bb"
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        for ch in "c" + text:  # as the terminal names them: no_break_space, thin_space…
            await app.keys.arrived(events.Key(_character_to_key(ch), ch))
        await pilot.press("enter")
        await pilot.pause()
        await app.settle()
    [said] = store.contributions(twente)
    assert said.text == text


async def test_a_paste_whose_line_breaks_are_carriage_returns_shows_them_as_line_breaks(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """tmux sends a paste's line breaks as carriage returns: the line showed a replacement
    character for each; it shows the line-break sign, and stores the text as pasted."""
    from facilitator.tui.widgets.shown_input import SHOWN_NEWLINE, shown

    pasted = "regel een\rregel twee\r\nregel drie"
    assert (
        shown(pasted)
        == f"regel een{SHOWN_NEWLINE}regel twee{SHOWN_NEWLINE}{SHOWN_NEWLINE}regel drie"
    )
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        field(app).post_message(events.Paste(pasted))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await app.settle()
    [said] = store.contributions(twente)
    assert said.text == pasted


async def test_a_paste_with_no_line_open_opens_a_note_with_it(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """It was dropped without a word. Now a note line opens with the text (Tab changes the
    kind), and keys typed right after it go on in that line."""
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not bar(app).is_open
        await app.keys.arrived(events.Paste("Uit de chat: bus 12 rijdt niet"))
        await keys_at_once(app, " meer\r")
        await pilot.pause()
        await app.settle()
        shown = [str(n.message) for n in app._notifications]
        assert any("Geplakt in een nieuwe notitie" in n for n in shown), shown
    [said] = store.contributions(twente)
    assert (said.kind, said.text) == (Kind.NOTE, "Uit de chat: bus 12 rijdt niet meer")


async def test_an_item_s_summary_names_no_speaker_unless_asked(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """The minutes credited the note-taker's summary to whoever had the floor (under
    Chatham House, to their organisation)."""
    start_meeting(store, twente, clock, speaker=1)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await keys_at_once(app, "zIedereen noemt een verwachting\r")
        await keys_at_once(app, "zMet naam ~2\r")
        await keys_at_once(app, "cGewone notitie\r")
        await pilot.pause()
        await app.settle()
    people = store.participants(twente)
    said = {c.text: (c.kind, c.participant_id) for c in store.contributions(twente)}
    assert said["Iedereen noemt een verwachting"] == (Kind.SUMMARY, None)
    assert said["Met naam"] == (Kind.SUMMARY, people[1].id)
    assert said["Gewone notitie"] == (Kind.NOTE, people[0].id)
