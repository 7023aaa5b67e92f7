"""The wall as the room sees it on the projector, at the sizes a terminal has."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widget import Widget

from facilitator.domain.clock import FakeClock
from facilitator.domain.model import Kind
from facilitator.service import Services
from facilitator.service.origin import Role
from facilitator.store import Store
from facilitator.tui.app import FacilitatorApp, make_app
from facilitator.tui.widgets.wall import WallBoard

SIZES = [(80, 24), (120, 40)]
SIZE_IDS = ["80x24", "120x40"]

CARDS = {
    Kind.BARRIER: [
        "Te weinig stageplaatsen in de bouw",
        "Begeleiding kost bedrijven te veel tijd",
        "Taalniveau van nieuwkomers",
        "Reistijd naar het stagebedrijf",
        "Onbekendheid met de bbl",
        "Administratieve lasten",
        "Wachtlijsten voor de entree",
    ],
    Kind.OPPORTUNITY: [
        "Leerwerkakkoord uitbreiden naar techniek",
        "Praktijkleren in de zorg",
        "Regionale stagebank",
        "Mentoren uit de sector",
        "Open dagen bij bedrijven",
    ],
    Kind.ACTION: [
        "Matchpunt stage/bbl opzetten",
        "Leerbedrijven in kaart brengen",
        "Proef met taalcoaching",
        "Afspraak met SBB maken",
    ],
}


def wall_app(
    store: Store, session_id: int, clock: FakeClock, lang: str | None = None
) -> FacilitatorApp:
    return make_app(
        store, session_id, lang=lang, clock=clock, tick_seconds=0, watch_seconds=0, role=Role.WALL
    )


def fill_board(store: Store, session_id: int, clock: FakeClock) -> None:
    """The first item running, and more cards in every column than a wall has room for."""
    taker = Services.open(store, session_id, clock)
    taker.agenda.toggle_timer()
    for kind, titles in CARDS.items():
        for title in titles:
            taker.notes.capture(kind, title)


def shown(app: FacilitatorApp, widget: Widget) -> list[str]:
    """The rows of ``widget`` a person sees on the screen (what is cut off is not there)."""
    visible = app.screen.find_widget(widget).visible_region
    rows = app.screen._compositor.render_strips()
    return [
        rows[y].crop(visible.x, visible.right).text.rstrip()
        for y in range(visible.y, visible.bottom)
    ]


@pytest.mark.parametrize(
    ("lang", "heads", "more"),
    [
        ("nl", ("Barrières", "Kansen", "Acties"), r"\+(\d+) meer"),
        ("en", ("Barriers", "Opportunities", "Actions"), r"\+(\d+) more"),
    ],
)
@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
async def test_a_column_with_more_cards_than_fit_says_how_many_are_not_shown(
    store: Store,
    clock: FakeClock,
    session_id: int,
    size: tuple[int, int],
    lang: str,
    heads: tuple[str, ...],
    more: str,
) -> None:
    fill_board(store, session_id, clock)
    app = wall_app(store, session_id, clock, lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        rows = shown(app, app.screen.query_one(WallBoard))
    # Every column is on the wall, with its count of cards ...
    starts = []
    for head, titles in zip(heads, CARDS.values(), strict=True):
        [start] = [n for n, row in enumerate(rows) if row.startswith(f"{head} {len(titles)}")]
        starts.append(start)
    assert starts == sorted(starts), rows
    # ... and under it the latest cards that fit, and how many more there are.
    for start, end, titles in zip(starts, [*starts[1:], len(rows)], CARDS.values(), strict=True):
        column = rows[start + 1 : end]
        cards = [row for row in column if row.startswith("  · ")]
        assert [row[4:] for row in cards] == titles[::-1][: len(cards)], rows
        hidden = [int(m.group(1)) for row in column if (m := re.search(more, row))]
        assert hidden == [len(titles) - len(cards)], rows


@pytest.mark.parametrize("role", [Role.WALL, Role.FACILITATOR, Role.NOTETAKER])
async def test_the_keymap_file_s_problems_are_for_the_keyboards_not_for_the_room(
    store: Store, clock: FakeClock, session_id: int, tmp_path: Path, role: Role
) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('"app.quit" = "ctrl+x"\n"meeting.timr" = "ctrl+t"\n', encoding="utf-8")
    app = make_app(
        store, session_id, clock=clock, tick_seconds=0, watch_seconds=0, role=role, keymap_file=path
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        notices = [str(n.message) for n in app._notifications]
        if role == Role.WALL:
            assert notices == []  # the room sees no notice about a file on this computer
            await pilot.press("ctrl+x")  # and quits with the key the file gives it
            assert app.return_code == 0
        else:
            assert notices == [
                f"Toetsenbestand {path}, regel 2: onbekende actie 'meeting.timr' (overgeslagen)."
            ]
