"""The footer's keys, drawn in one widget: each is clickable, and dimmed when it does nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.style import Style
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding

from facilitator.store import Store
from facilitator.tui.widgets import footer
from facilitator.tui.widgets.footer import Key, KeyFooter, KeyRow
from tests.tui.conftest import AppFactory

SIZE = (120, 40)


def column_of(row: KeyRow, action_key: str) -> int:
    """A column inside the key ``action_key`` as the footer draws it."""
    row.render()
    begin, _end, _key = next(span for span in row._spans if span[2].key == action_key)
    return begin + 1


async def test_a_click_on_a_footer_key_presses_it(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        row = app.screen.query_one(KeyRow)
        assert [k.key for k in row.keys][:2] == ["space", "right_square_bracket"]
        await pilot.click(KeyRow, offset=(column_of(row, "space"), 0))
        await app.settle()
        assert store.items(session_id)[0].running


class Row(App[None]):
    """The key row on its own: one key that applies and one that does not."""

    CSS_PATH = str(Path(footer.__file__).parent.parent / "app.tcss")

    def __init__(self) -> None:
        super().__init__()
        self.pressed: list[str] = []

    def compose(self) -> ComposeResult:
        yield KeyRow([Key("x", "x", "done", True), Key("y", "y", "never", False)])

    def on_key(self, event: events.Key) -> None:
        self.pressed.append(event.key)


async def test_a_key_that_does_nothing_now_is_dimmed_and_its_click_does_nothing() -> None:
    app = Row()
    async with app.run_test(size=(40, 3)) as pilot:
        row = app.query_one(KeyRow)
        drawn = row.render()
        spans = drawn.spans
        dimmed = [drawn.plain[s.start : s.end] for s in spans if Style.parse(str(s.style)).dim]
        assert "".join(dimmed).split() == ["y", "never"]
        await pilot.click(KeyRow, offset=(column_of(row, "y"), 0))
        await pilot.click(KeyRow, offset=(column_of(row, "x"), 0))
        await pilot.pause()
        assert app.pressed == ["x"]


async def test_the_key_under_the_mouse_is_highlighted(
    app_factory: AppFactory, session_id: int
) -> None:
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        row = app.screen.query_one(KeyRow)
        before = row.render()
        await pilot.hover(KeyRow, offset=(column_of(row, "space"), 0))
        assert row._hover == 0
        assert row.render().spans != before.spans


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_every_key_in_the_footer_is_whole_and_help_is_always_there(
    app_factory: AppFactory, session_id: int, size: tuple[int, int], lang: str
) -> None:
    # More keys than room: the footer shows those that fit, each whole (never "a acti" or
    # "] volgen" at the edge), and the help key, where every other key is, in any case.
    app = app_factory(session_id, lang=lang)
    async with app.run_test(size=size) as pilot:
        for tab in ("f1", "f2", "f3"):
            await pilot.press(tab)
            row = app.screen.query_one(KeyRow)
            drawn = row.render().plain
            assert len(drawn) <= row.content_size.width + 1  # at most a last blank over
            shown = [key for _first, _after, key in row._spans]
            assert len(shown) < len(row.keys)  # not everything fits: some are left out
            for key in shown:
                assert f"{key.shown} {key.words}" in drawn
            assert shown[-1].key == "question_mark" and shown[-1].keep
            # the keys shown are the first ones, in their order, then help
            assert shown[:-1] == [k for k in row.keys if not k.keep][: len(shown) - 1]


async def test_with_the_capture_line_open_the_footer_shows_only_keys_that_act(
    app_factory: AppFactory, store: Store, session_id: int
) -> None:
    """Every other key belongs to the text: undo, F5 and F9 shown there did nothing."""
    app = app_factory(session_id)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        before = {k.key for k in app.screen.query_one(KeyRow).keys}
        assert {"ctrl+z", "f5", "f9"} <= before
        await pilot.press("b")
        await pilot.pause()
        shown = {k.key for k in app.screen.query_one(KeyRow).keys}
        assert not shown & {"ctrl+z", "f5", "f9", "space", "b"}
        await pilot.press("escape")
        await pilot.pause()
        assert {k.key for k in app.screen.query_one(KeyRow).keys} == before


class Moment(App[None]):
    """A footer with one key that applies only while ``on`` is True."""

    CSS_PATH = str(Path(footer.__file__).parent.parent / "app.tcss")
    BINDINGS = [Binding("x", "end", "done")]

    def __init__(self) -> None:
        super().__init__()
        self.on = False

    def compose(self) -> ComposeResult:
        yield KeyFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.on if action == "end" else True


async def test_a_footer_drawn_later_than_asked_is_drawn_again_when_asked_again() -> None:
    """The footer is asked to take x away, x applies again before it is drawn, so it is
    drawn with x; asked again once x no longer applies, it takes x away. It compared with
    what it was asked to draw, not with what it drew, and kept x."""
    app = Moment()
    app.on = True
    async with app.run_test(size=(40, 3)) as pilot:
        await pilot.pause()
        keys = app.query_one(KeyFooter)
        assert [k.key for k in app.query_one(KeyRow).keys] == ["x"]
        app.on = False
        keys.bindings_changed(app.screen)  # asked: x does not apply ...
        app.on = True  # ... and applies before the footer is drawn
        await pilot.pause()
        assert [k.key for k in app.query_one(KeyRow).keys] == ["x"]
        app.on = False
        app.screen.refresh_bindings()
        await pilot.pause()
        assert [k.key for k in app.query_one(KeyRow).keys] == []
