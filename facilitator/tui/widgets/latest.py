"""The latest contributions, newest first: what was just recorded."""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content

from facilitator.domain.model import Contribution
from facilitator.i18n import Catalog
from facilitator.i18n.formats import clock, format_count, local
from facilitator.service import SessionState
from facilitator.tui.text import join, one_line, plain
from facilitator.tui.widgets.base import StatePanel
from facilitator.tui.widgets.kind_badge import badge, badge_width, kind_colours
from facilitator.tui.widgets.timefmt import MUTED

WORDS = Catalog(
    {
        "title": ("Laatste bijdragen ({count})", "Latest contributions ({count})"),
        "empty": ("Nog geen bijdragen.", "No contributions yet."),
    }
)

NAME_WIDTH = 16
SHOWN = 3  # before the panel is laid out


class LatestList(StatePanel):
    """The last contributions, as many as the panel has rows: time, kind, who, text, tags."""

    WORDS = WORDS

    def moves_with_now(self, state: SessionState) -> bool:
        return False  # what was said, and when: no clock

    def render(self) -> RenderResult:
        state = self.state
        if state is None:
            return Content("")
        title = self.t("title", count=format_count(state.contribution_count, self.lang))
        if title != self.border_title:  # setting it repaints, even to the same title
            self.border_title = title
        if not state.latest:
            return plain(self.t("empty"), MUTED)
        shown = self.content_size.height or SHOWN
        lines = [self._line(state, c) for c in state.latest[:shown]]
        return Content("\n").join(lines)

    def _line(self, state: SessionState, contribution: Contribution) -> Content:
        width = self.line_width
        at = clock(local(contribution.created_at, state.session.zone))
        kind = badge(contribution.kind, self.lang, kind_colours(self.app), badge_width(self.lang))
        person = state.participant(contribution.participant_id)
        name_width = NAME_WIDTH if width >= 90 else 10
        name = plain(one_line(person.name) if person else "")
        tags = plain(" ".join(f"#{t}" for t in contribution.tags), "$text-accent")
        head = join(
            plain(at, MUTED),
            " ",
            kind,
            " ",
            name.truncate(name_width, ellipsis=True, pad=True),
            " ",
        )
        room = max(0, width - head.cell_length - (tags.cell_length + 1 if tags.plain else 0))
        text = plain(one_line(contribution.text)).truncate(room, ellipsis=True, pad=True)
        line = join(head, text, " ", tags) if tags.plain else join(head, text)
        return line.truncate(width, ellipsis=True)
