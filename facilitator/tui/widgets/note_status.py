"""The note-taker's top lines: which item, who speaks; the timer and the queue, to read only.

```
 punt 3 Stage- en bbl-plaatsen · ▶ Karim Aziz (Gemeente Enschede) 01:12
 timer 12:34 over · alleen kijken (F4) · rij: Els Bos, Piet de Wit +2
```
The first line is what every note is filed under (the agenda item) and attributed to
(whoever has the floor), so it is never cut for the second. Where it is too long for the
screen, the item's title gives way first (cut with «…», down to a few words), then the
speaker's organisation, then their name: who has the floor and for how long stays in
sight. The time spoken past the session's limit stands against it in the alarm colour
(``03:05 / 03:00``), as on the wall and the console. Before the facilitator starts an
item, notes are filed under none: the line says so, and which item comes next; once the
session runs with no item current (it left the session file), it says that no item is
running, and names none as next. The
second line shows the timer and the queue as the facilitator keeps them, and whether
this window has asked for control of them. Drawn from the session as last read and the
clock, as the wall is (:func:`~facilitator.tui.screens.wall.wall_view`).
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.reactive import reactive

from facilitator.domain.numbering import number_of
from facilitator.domain.wall import WallView
from facilitator.i18n import Catalog
from facilitator.i18n.formats import signed_mmss
from facilitator.service import SessionState
from facilitator.tui.keymap import key_names
from facilitator.tui.screens.wall import wall_view
from facilitator.tui.text import join, one_line, plain
from facilitator.tui.widgets.base import StatePanel
from facilitator.tui.widgets.timefmt import ALARM, MUTED, OK, STRONG, WARN
from facilitator.tui.widgets.wall import spoken

WORDS = Catalog(
    {
        "item": ("punt {n}", "item {n}"),
        "no_item": ("geen agendapunt", "no agenda item"),
        "none": ("geen agendapunt actief", "no agenda item running"),
        "next": ("(volgt: punt {n} {title})", "(next: item {n} {title})"),
        "nobody": ("niemand heeft het woord", "nobody has the floor"),
        "left": ("{time} over", "{time} left"),
        "over": ("{time} te lang", "{time} over time"),
        "paused": ("gepauzeerd", "paused"),
        "idle": ("staat stil", "stopped"),
        "closed": ("gesloten", "closed"),
        "timer": ("timer", "timer"),
        "queue": ("rij", "queue"),
        "queue.empty": ("rij leeg", "queue empty"),
        "more": ("+{n}", "+{n}"),
        "watching": ("alleen kijken ({keys})", "read-only ({keys})"),
        "in_control": (
            "u bedient timer en rij ({keys} laat los)",
            "you control timer and queue ({keys} lets go)",
        ),
    }
)

TIMER_STYLE = {"ok": OK, "warning": WARN, "overrun": ALARM}
TITLE_ROOM = 16
"""The cells an item's title keeps, «…» included, on a line too short for the whole of
the first line, before the speaker's organisation and then their name are cut short."""


class NoteStatus(StatePanel):
    """Two lines on top of the note-taker's screen (from a :class:`WallView`)."""

    WORDS = WORDS
    DEFAULT_CSS = """
    NoteStatus { height: 2; padding: 0 1; background: $panel; }
    """

    control: reactive[bool] = reactive(False)
    """Whether this window has asked for control of the timer and the queue."""

    def render(self) -> RenderResult:
        state, now = self.state, self.now
        if state is None or now is None:
            return Content("")
        view = wall_view(state, now, self.lang)
        width = self.line_width
        lines = (self._where(view, state), self._clock(view))
        return Content("\n").join(line.truncate(width, ellipsis=True) for line in lines)

    def _where(self, view: WallView, state: SessionState) -> Content:
        head, title = self._item(view, state)
        between = plain(" · ", MUTED)
        if view.floor is None:
            floor = plain(self.t("nobody"), MUTED)
            room = self.line_width - head.cell_length - between.cell_length - floor.cell_length
            return join(head, _shortened(title, room), between, floor)
        person = view.floor.person
        name = plain("▶ " + one_line(person.name), "bold")
        org = one_line(person.organisation)
        time = spoken(view.floor, lead=" ")
        # the room of the title and the organisation; where it is short, the title gives way
        # first (to TITLE_ROOM), then the organisation, the rest of the title, the name
        room = self.line_width - head.cell_length - between.cell_length - time.cell_length
        room -= name.cell_length
        title = _shortened(title, max(room - _organisation(org).cell_length, TITLE_ROOM))
        shown = _organisation(org, room - title.cell_length)
        room -= title.cell_length + shown.cell_length
        if room < 0:
            shorter = _shortened(title, title.cell_length + room)
            room += title.cell_length - shorter.cell_length
            title = shorter
        if room < 0:
            name = _shortened(name, max(len("▶ x…"), name.cell_length + room))
        return join(head, title, between, name, shown, time)

    def _item(self, view: WallView, state: SessionState) -> tuple[Content, Content]:
        """The item a note is filed under, as its number and its title (the part that is
        shortened first): the current one, as the capture line says (the wall's item is the
        one its countdown shows, which is the next before a start)."""
        current = state.current_item
        number = number_of(state.items, current.id) if current is not None else None
        if current is not None and number is not None:
            return plain(self.t("item", n=number) + " ", STRONG), plain(
                one_line(current.title), "bold"
            )
        if view.status == "none":  # the current item left the session file
            return plain(self.t("none"), f"bold {WARN}"), Content("")
        head = plain(self.t("no_item"), MUTED)
        if view.item_number is None:
            return head, Content("")
        coming = self.t("next", n=view.item_number, title=one_line(view.item_title))
        return head, plain(" " + coming, MUTED)

    def _clock(self, view: WallView) -> Content:
        parts: list[Content | str] = [plain(self.t("timer") + " ", MUTED)]
        if view.remaining_seconds is None or view.status == "closed":
            parts.append(plain(self.t("closed" if view.status == "closed" else "idle"), MUTED))
        else:
            left = view.remaining_seconds
            key = "left" if left >= 0 else "over"
            parts.append(
                plain(
                    self.t(key, time=signed_mmss(left).lstrip("+")),
                    TIMER_STYLE.get(view.status, ""),
                )
            )
            if view.status in ("paused", "idle"):
                parts.append(plain(f" ({self.t(view.status)})", MUTED))
        parts.append(plain(" · ", MUTED))
        key = key_names(self.app)["notes.control"]
        if self.control:
            parts.append(plain(self.t("in_control", keys=key), f"bold {WARN}"))
        else:
            parts.append(plain(self.t("watching", keys=key), MUTED))
        parts.append(plain(" · ", MUTED))
        if not view.next_up:
            parts.append(plain(self.t("queue.empty"), MUTED))
        else:
            names = ", ".join(one_line(p.name) for p in view.next_up)
            parts.append(plain(f"{self.t('queue')}: ", MUTED))
            parts.append(plain(names))
            if view.waiting > len(view.next_up):
                parts.append(plain(" " + self.t("more", n=view.waiting - len(view.next_up)), MUTED))
        return join(*parts)


def _shortened(text: Content, room: int) -> Content:
    """``text`` in ``room`` cells (at least one): whole if it fits, else cut with «…»."""
    if text.cell_length <= room:
        return text
    return join(text.truncate(max(room, 1) - 1).rstrip(), "…")


def _organisation(org: str, room: int | None = None) -> Content:
    """`` (Gemeente Enschede)`` in ``room`` cells (None: whole): cut with «…» inside the
    brackets, or left out where not even `` (Geme…)`` fits (fewer letters say nothing)."""
    if not org:
        return Content("")
    whole = plain(f" ({org})", MUTED)
    if room is None or whole.cell_length <= room:
        return whole
    if room < len(" (Geme…)"):
        return Content("")
    return join(plain(" (", MUTED), _shortened(plain(org, MUTED), room - 3), plain(")", MUTED))
