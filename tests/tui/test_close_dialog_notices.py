"""The notices said before the check before closing opens leave it readable.

Reopened (`F9 F9`), an action set done on the board (`S`), then `F9`: «Sessie heropend.»
and «A1 is nu: gedaan.» stood over the lower right of «Sessie sluiten», cutting its line
of keys to «p parkeren · Enter oplossen · s sl▌» at 80×24. They were read before the
dialog opened: they go when it opens.
"""

from __future__ import annotations

import pytest
from textual.containers import Vertical
from textual.widgets._toast import Toast

from facilitator.domain.clock import FakeClock
from facilitator.store import Store
from facilitator.tui.app import make_app
from facilitator.tui.screens.close import CloseScreen
from tests.scripted import build_scripted_session


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_notices_said_before_the_close_dialog_do_not_cover_it(
    store: Store, clock: FakeClock, size: tuple[int, int]
) -> None:
    session_id = build_scripted_session(store, clock)  # closed
    app = make_app(store, session_id, lang="nl", clock=clock, tick_seconds=0, watch_seconds=0)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("f9", "f9")  # reopened
        await pilot.press("f2", "right", "right", "S")  # the first action set done
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert "Sessie heropend." in said and any(m.endswith("is nu: gedaan.") for m in said)
        await pilot.press("f9")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CloseScreen)
        dialog = app.screen.query_one(Vertical).region
        for toast in app.screen.query(Toast):
            assert not toast.region.overlaps(dialog), toast.render()
        rows = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "s sluiten en verslag schrijven · Esc" in rows
        assert "Sessie heropend." not in rows and "gedaan." not in rows
        # back on the board, they are not said again
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CloseScreen)
        assert "Sessie heropend." not in [n.message for n in app._notifications]
