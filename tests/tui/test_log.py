"""The contribution log: badges, edit, re-kind, re-attribute, re-file, delete, undo, paging."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import DataTable

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Column, Contribution, Kind
from facilitator.service.notes import PAGE
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp
from facilitator.tui.screens.picker import Picker
from facilitator.tui.widgets.card_editor import LineEditor
from facilitator.tui.widgets.log import MORE, NEWER, ContributionLog
from tests.tui.notes_fixtures import app_for, import_twente, seed_board

SIZE = (120, 40)


@pytest.fixture
def twente(store: Store, clock: FakeClock) -> int:
    sid = import_twente(store)
    seed_board(store, sid, clock)
    return sid


def log(app: FacilitatorApp) -> ContributionLog:
    return app.screen.query_one(ContributionLog)


def table(app: FacilitatorApp) -> DataTable[Any]:
    return app.screen.query_one("#log-table", DataTable)


def row_text(app: FacilitatorApp, index: int) -> list[str]:
    return [str(cell) for cell in table(app).get_row_at(index)]


def bulk_notes(store: Store, sid: int, clock: FakeClock, n: int) -> None:
    with store.change(sid, "bulk") as tx:
        for i in range(n):
            tx.insert(
                Contribution(0, sid, Kind.NOTE, f"notitie {i}", clock.now(), participant_id=None)
            )


async def test_rows_newest_first_with_badge_speaker_and_item(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    people = store.participants(twente)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert table(app).row_count == 5 and table(app).has_focus
        newest, *_, oldest = [row_text(app, i) for i in range(5)]
        assert newest[1].strip() == "ACTIE" and newest[2] == people[0].name
        assert newest[4].startswith("Loopbaanloket")
        assert oldest[1].strip() == "BARRIÈRE" and oldest[3] == "1"
        assert "#stage" in oldest[4]
        detail = str(app.screen.query_one("#log-detail").content)  # type: ignore[attr-defined]
        assert "Loopbaanloket voor flexwerkers" in detail


async def test_edit_text_tags_and_speaker(store: Store, twente: int, clock: FakeClock) -> None:
    app = app_for(store, twente, clock)
    newest = store.contributions(twente, limit=1, newest_first=True)[0]
    p2 = store.participants(twente)[1]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "enter")
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        await pilot.press("space", "number_sign", *"flex", "space", "tilde", "2", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, LineEditor)
        assert "#flex" in row_text(app, 0)[4] and row_text(app, 0)[2] == p2.name
    edited = store.get(Contribution, newest.id)
    assert edited is not None
    assert (edited.text, edited.tags, edited.participant_id) == (newest.text, ["flex"], p2.id)


async def test_tilde_key_reattributes(store: Store, twente: int, clock: FakeClock) -> None:
    app = app_for(store, twente, clock)
    newest = store.contributions(twente, limit=1, newest_first=True)[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "tilde", "-", "enter")
        await pilot.pause()
    assert store.get(Contribution, newest.id).participant_id is None  # type: ignore[union-attr]


async def test_rekind_with_the_picker_and_undo(store: Store, twente: int, clock: FakeClock) -> None:
    app = app_for(store, twente, clock)
    newest = store.contributions(twente, limit=1, newest_first=True)[0]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "K")
        await pilot.pause()
        assert isinstance(app.screen, Picker)
        assert app.screen._hint == "typ een soort of nummer"  # not "a name"
        await pilot.press(*"besluit", "enter")
        await pilot.pause()
        said = store.get(Contribution, newest.id)
        assert said is not None and said.kind == Kind.DECISION and said.card_id is None
        assert row_text(app, 0)[1].strip() == "BESLUIT"
        await pilot.press("K", *"kans", "enter")
        await pilot.pause()
        said = store.get(Contribution, newest.id)
        assert said is not None and said.kind == Kind.OPPORTUNITY
        assert [c.column for c in store.cards(twente) if c.id == said.card_id] == [
            Column.OPPORTUNITY
        ]
        await pilot.press("ctrl+z", "ctrl+z")
        await pilot.pause()
        assert row_text(app, 0)[1].strip() == "ACTIE"
    said = store.get(Contribution, newest.id)
    assert said is not None and said.kind == Kind.ACTION and said.card_id == newest.card_id


async def test_refile_under_another_item(store: Store, twente: int, clock: FakeClock) -> None:
    app = app_for(store, twente, clock)
    newest = store.contributions(twente, limit=1, newest_first=True)[0]
    item3 = store.items(twente)[2]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "i", "3", "enter")
        await pilot.pause()
        assert row_text(app, 0)[3] == "3"
    assert store.get(Contribution, newest.id).item_id == item3.id  # type: ignore[union-attr]


async def test_delete_and_undo(store: Store, twente: int, clock: FakeClock) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "down", "delete")
        await pilot.pause()
        assert table(app).row_count == 4
        assert len(store.contributions(twente)) == 4 and len(store.cards(twente)) == 4
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert table(app).row_count == 5
    assert len(store.contributions(twente)) == 5 and len(store.cards(twente)) == 5


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "nl",
            "Notitie «[b]Foute[/b] notitie over stageplaatsen…» verwijderd; ctrl+z zet het terug.",
        ),
        ("en", "Note “[b]Foute[/b] notitie over stageplaatsen…” deleted; ctrl+z brings it back."),
    ],
)
async def test_delete_says_which_contribution_went(
    store: Store, twente: int, clock: FakeClock, lang: str, words: str
) -> None:
    """«Verwijderd; ctrl+z zet het terug.» said nothing of what went: after a burst, or
    with another window saving at the same moment, the one deleted could be another than
    meant. The notice names its kind and its first 40 characters, as typed (never markup)."""
    app = app_for(store, twente, clock, lang=lang)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press(
            "f3", "c", *"[b]Foute[/b]   notitie over stageplaatsen in de bouw en de zorg"
        )
        await pilot.press("enter")
        await pilot.press("delete")
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
    assert words in said, said


async def test_a_capture_appears_at_the_top_and_the_cursor_stays(
    store: Store, twente: int, clock: FakeClock
) -> None:
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "down")
        selected = log(app).selected_id
        await pilot.press("c", *"nieuw", "enter")
        await pilot.pause()
        assert row_text(app, 0)[4] == "nieuw"
        assert log(app).selected_id == selected


async def test_the_log_pages_through_a_long_session(
    store: Store, twente: int, clock: FakeClock
) -> None:
    bulk_notes(store, twente, clock, 2 * PAGE)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert table(app).row_count == PAGE + 1  # a page and the "older" row
        assert "205" in row_text(app, PAGE)[4] or "older" in row_text(app, PAGE)[4]
        await pilot.press("ctrl+end")  # the cursor reaches the "older" row: the next page loads
        await pilot.pause()
        assert table(app).row_count == 2 * PAGE + 1
        await pilot.press("ctrl+end")
        await pilot.pause()
        assert table(app).row_count == 2 * PAGE + 5 and MORE not in table(app).rows


async def test_ten_thousand_contributions_are_read_a_page_at_a_time(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """Editing in a long session reads one page, never all; its speed is in benchmarks/."""
    bulk_notes(store, twente, clock, 10_000)
    app = app_for(store, twente, clock)
    reads: list[tuple[int, int]] = []
    original = app.notes.contributions

    def spy(offset: int = 0, limit: int = PAGE, *, up_to: int | None = None) -> list[Contribution]:
        reads.append((offset, limit))
        return original(offset, limit, up_to=up_to)

    app.notes.contributions = spy  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("c", "x", "enter")
        await pilot.pause()
        assert row_text(app, 0)[4] == "x"
        assert table(app).row_count == PAGE + 1
    assert store.contribution_count(twente) == 10_006
    assert all(limit <= PAGE for _, limit in reads)  # never the whole session


async def test_detail_shows_a_long_contribution_whole(
    store: Store, twente: int, clock: FakeClock
) -> None:
    words = [f"woord{n}" for n in range(60)]  # seven rows at 80 columns
    with store.change(twente, "long") as tx:
        tx.insert(Contribution(0, twente, Kind.NOTE, " ".join(words), clock.now()))
    app = app_for(store, twente, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        detail = app.screen.query_one("#log-detail")
        text = " ".join(str(detail.content).split())  # type: ignore[attr-defined]
        assert " ".join(words) in text
        width = detail.content_size.width
        needed = detail.get_content_height(app.screen.size, app.size, width)
        assert needed >= 8  # the heading and seven rows of text
        assert detail.content_size.height == needed  # all shown, not cut off after three


async def test_an_edit_over_another_window_s_change_is_said_first(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """The other window gives the newest contribution a tag while this one edits it: the
    save is refused and said, the line comes back, and Enter again saves it knowingly."""
    from facilitator.service import Services

    app = app_for(store, twente, clock)
    newest = store.contributions(twente, limit=1, newest_first=True)[0]
    other = Services.open(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "enter")
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        other.notes.edit_contribution(newest.id, newest.text, tags=[*newest.tags, "stage"])
        await pilot.press("end", *" erbij", "enter")
        await app.settle()
        await pilot.pause()
        kept = store.get(Contribution, newest.id)
        assert kept is not None and kept.text == newest.text and "stage" in kept.tags
        assert isinstance(app.screen, LineEditor)
        said = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "in een ander venster gewijzigd" in said
        await pilot.press("enter")
        await app.settle()
        await pilot.pause()
        assert not isinstance(app.screen, LineEditor)
    edited = store.get(Contribution, newest.id)
    assert edited is not None and edited.text.endswith(" erbij")


@pytest.mark.parametrize(
    ("lang", "words", "twice"),
    [
        ("nl", "⚠ Niet bewaard: dit is intussen in een ander venster gewijzigd.", "opgeslagen"),
        ("en", "⚠ Not saved: this was changed in another window meanwhile.", "not saved: Not"),
    ],
)
async def test_an_edit_over_another_window_s_change_says_not_saved_once(
    store: Store, twente: int, clock: FakeClock, lang: str, words: str, twice: str
) -> None:
    """The line back in the editor said «⚠ niet opgeslagen: Niet bewaard: dit is intussen in
    een ander venster gewijzigd…»: not saved, twice over. It says it once."""
    from facilitator.service import Services

    app = app_for(store, twente, clock, lang=lang)
    newest = store.contributions(twente, limit=1, newest_first=True)[0]
    other = Services.open(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "enter")
        await pilot.pause()
        other.notes.edit_contribution(newest.id, newest.text, tags=[*newest.tags, "stage"])
        await pilot.press("end", *" erbij", "enter")
        await app.settle()
        await pilot.pause()
        assert isinstance(app.screen, LineEditor)
        preview = str(app.screen.query_one("#editor-preview").render())
        assert preview.startswith(words), preview
        assert twice not in preview, preview


async def test_a_kind_the_board_does_not_hold_says_what_its_card_took_along(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """The action with an owner, a due date and a link becomes a note: its card goes from
    the board with them, and that is said (with the way back), not done without a word."""
    app = app_for(store, twente, clock)
    action = next(
        c for c in store.contributions(twente) if c.text == "Matchpunt stage/bbl opzetten"
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "down", "K", *"notitie", "enter")
        await pilot.pause()
        await app.settle()
        await pilot.pause()
        said = store.get(Contribution, action.id)
        assert said is not None and said.kind == Kind.NOTE and said.card_id is None
        shown = [str(n.message) for n in app._notifications]
        assert any(
            "van het bord gegaan" in n and "de trekker, de deadline, de koppelingen" in n
            for n in shown
        ), shown


def spy_reads(app: FacilitatorApp) -> list[tuple[str, int]]:
    """Every read of contributions the log makes: (which, how many at most)."""
    reads: list[tuple[str, int]] = []
    notes = app.notes
    newest, oldest, newer = (
        notes.contributions,
        notes.oldest_contributions,
        notes.newer_contributions,
    )

    def contributions(
        offset: int = 0, limit: int = PAGE, *, up_to: int | None = None
    ) -> list[Contribution]:
        reads.append(("contributions", offset + limit))
        return newest(offset, limit, up_to=up_to)

    def oldest_contributions(limit: int = PAGE) -> list[Contribution]:
        reads.append(("oldest", limit))
        return oldest(limit)

    def newer_contributions(than: int, limit: int = PAGE) -> list[Contribution]:
        reads.append(("newer", limit))
        return newer(than, limit)

    notes.contributions = contributions  # type: ignore[method-assign]
    notes.oldest_contributions = oldest_contributions  # type: ignore[method-assign]
    notes.newer_contributions = newer_contributions  # type: ignore[method-assign]
    return reads


async def test_home_and_end_go_to_the_newest_and_the_oldest_contribution(
    store: Store, twente: int, clock: FakeClock
) -> None:
    """End shows the oldest page under a row saying how many newer ones there are; Home
    goes back to the newest. Neither reads or draws more than a page."""
    bulk_notes(store, twente, clock, 3 * PAGE)
    oldest = store.contributions(twente, limit=1)[0]
    newest = store.contributions(twente, limit=1, newest_first=True)[0]
    app = app_for(store, twente, clock)
    reads = spy_reads(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "down", "down")
        await pilot.pause()
        await pilot.press("end")
        await pilot.pause()
        assert log(app).selected_id == oldest.id
        assert table(app).cursor_row == table(app).row_count - 1
        assert table(app).row_count == PAGE + 1  # the oldest page and the "newer" row above
        top = row_text(app, 0)[4]
        assert "nog 405 nieuwere bijdragen" in top and "Home naar de nieuwste" in top
        assert MORE not in table(app).rows
        await pilot.press("home")
        await pilot.pause()
        assert log(app).selected_id == newest.id and table(app).cursor_row == 0
        assert table(app).row_count == PAGE + 1 and NEWER not in table(app).rows
        assert MORE in table(app).rows
    assert reads and all(limit <= PAGE for _, limit in reads)


async def test_end_and_home_put_the_other_page_in_place_at_once(
    store: Store, twente: int, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End and Home, and Home back from older pages loaded one after the other, take the
    rows of the page they leave away in one go: not row by row, each moving the cursor
    and drawing the detail line below the log again (half a second a page). Taken away
    row by row, the cursor also passed the «older» row, which loaded the next older page:
    Home from the fourth page loaded every page of the session instead of the newest."""
    bulk_notes(store, twente, clock, 5 * PAGE)
    oldest = store.contributions(twente, limit=1)[0]
    newest = store.contributions(twente, limit=1, newest_first=True)[0]
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        pane = log(app)
        removed: list[object] = []
        details: list[int | None] = []
        remove_row, show_detail = table(app).remove_row, pane._show_detail

        def removing(key: Any) -> None:
            removed.append(key)
            remove_row(key)

        def detail() -> None:
            details.append(pane.selected_id)
            show_detail()

        monkeypatch.setattr(table(app), "remove_row", removing)
        monkeypatch.setattr(pane, "_show_detail", detail)
        await pilot.press("end")
        await pilot.pause()
        assert pane.selected_id == oldest.id and table(app).row_count == PAGE + 1
        await pilot.press("home")
        await pilot.pause()
        assert pane.selected_id == newest.id and table(app).row_count == PAGE + 1
        await pilot.press("ctrl+end", "ctrl+end", "ctrl+end")  # three older pages loaded
        await pilot.pause()
        assert table(app).row_count == 4 * PAGE + 1
        await pilot.press("home")
        await pilot.pause()
        assert pane.selected_id == newest.id and table(app).row_count == PAGE + 1
    assert removed == []
    assert len(details) < 20, details


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_first_f3_draws_each_row_once(
    store: Store,
    twente: int,
    clock: FakeClock,
    size: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The log built by the first F3 of a long session draws its page of rows once, in the
    width it gets: not first in a guessed width and again when it is laid out."""
    bulk_notes(store, twente, clock, 2 * PAGE)
    app = app_for(store, twente, clock)
    drawn: list[int] = []
    cells = ContributionLog._cells

    def counted(pane: ContributionLog, said: Contribution, *args: Any) -> Any:
        drawn.append(said.id)
        return cells(pane, said, *args)

    monkeypatch.setattr(ContributionLog, "_cells", counted)
    async with app.run_test(size=size) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert table(app).row_count == PAGE + 1
        text_column = table(app).columns[table(app).ordered_columns[4].key]
        assert text_column.width == log(app)._text_width
    assert len(drawn) == PAGE == len(set(drawn))


async def test_new_contributions_come_in_at_the_top_only_on_the_newest_page(
    store: Store, twente: int, clock: FakeClock
) -> None:
    bulk_notes(store, twente, clock, 2 * PAGE)
    oldest = store.contributions(twente, limit=1)[0]
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "end")
        await pilot.pause()
        await pilot.press("c", *"nieuw", "enter")
        await app.settle()
        await pilot.pause()
        assert log(app).selected_id == oldest.id  # the reader stays where they were
        assert "nieuw" not in [row_text(app, i)[4] for i in range(table(app).row_count)]
        assert "nog 206 nieuwere bijdragen" in row_text(app, 0)[4]
        await pilot.press("home")
        await pilot.pause()
        assert row_text(app, 0)[4] == "nieuw" and table(app).cursor_row == 0
        await pilot.press("c", *"nog een", "enter")
        await app.settle()
        await pilot.pause()
        assert row_text(app, 0)[4] == "nog een" and table(app).cursor_row == 0  # followed


async def test_up_from_the_oldest_page_loads_the_newer_page_above(
    store: Store, twente: int, clock: FakeClock
) -> None:
    bulk_notes(store, twente, clock, 2 * PAGE)
    app = app_for(store, twente, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "end")
        await pilot.pause()
        table(app).move_cursor(row=1)  # the newest of the oldest page
        await pilot.pause()
        came_from = log(app).selected_id
        assert came_from is not None
        await pilot.press("up")  # onto the "newer" row: the next page loads above
        await pilot.pause()
        assert log(app).selected_id == came_from + 1
        assert table(app).row_count == 2 * PAGE + 1
        assert "nog 5 nieuwere bijdragen" in row_text(app, 0)[4]
        await pilot.press("ctrl+home")
        await pilot.pause()
        assert NEWER not in table(app).rows and table(app).row_count == 2 * PAGE + 5
        assert row_text(app, 0)[4] == f"notitie {2 * PAGE - 1}"  # the newest


async def test_end_in_a_short_session_selects_its_first_contribution(
    store: Store, twente: int, clock: FakeClock
) -> None:
    oldest = store.contributions(twente, limit=1)[0]
    app = app_for(store, twente, clock, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3", "end")
        await pilot.pause()
        assert log(app).selected_id == oldest.id and table(app).row_count == 5
        await pilot.press("home")
        await pilot.pause()
        assert table(app).cursor_row == 0


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_walking_up_to_the_first_row_shows_the_newer_row_before_loading_it(
    store: Store, twente: int, clock: FakeClock, size: tuple[int, int]
) -> None:
    """Walking up with ↑ on the oldest page, the table kept the cursor at its top edge, so
    the row saying how many newer contributions there are was never seen before the next
    ↑ loaded them; and it said ▲ twice (its marker and its words)."""
    bulk_notes(store, twente, clock, 2 * PAGE)
    app = app_for(store, twente, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("f3", "end")
        await pilot.pause()
        table(app).move_cursor(row=3)
        table(app).scroll_to(y=3, animate=False, immediate=True)  # walked up, row 3 on top
        await pilot.pause()
        await pilot.press("up", "up")  # onto the first contribution under the "newer" row
        await pilot.pause()
        assert table(app).cursor_row == 1 and NEWER in table(app).rows
        assert table(app).scroll_y == 0  # the "newer" row is in view
        marker, *_, words = row_text(app, 0)
        assert marker == "▲" and "▲" not in words and "nieuwere bijdragen" in words
        assert table(app).row_count == PAGE + 1  # not loaded yet: the next ↑ does that
