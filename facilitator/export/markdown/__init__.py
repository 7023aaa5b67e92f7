"""The minutes of a session as Markdown, in Dutch or English.

What they contain, in order: the heading (title, region, date and times,
location, facilitator and note-taker, the Chatham House rule, a one-line
summary); who took part, by sector, and who was absent; the agenda with
planned and actual minutes; per agenda item its decisions and then its
contributions by kind; the board (barriers, opportunities, the actions table
and the open points); the open questions; and speaking time per participant
and per sector, as tables and a Mermaid pie chart.

Anonymous minutes (``anonymous=True`` or ``"organisation"``, and every session
under the Chatham House rule; ``"sector"`` for the strict form) attribute
contributions and cards to an organisation (or only a sector) and give speaking
time per organisation (or sector); the names of the people in the room are
taken out of every typed text (:mod:`facilitator.export.redact`). Who leads an
action stays named unless the session says ``anonymous_leads``. The
facilitator and note-taker are organisers and are kept, unless a participant
bears the same name. See :mod:`facilitator.export.anonymity`.

Every piece of user text goes through :mod:`facilitator.export.escape`; the
output is byte-stable (same session, same bytes) and ends with a newline.

The package: :mod:`.words` (the catalog), :mod:`.writer` (attribution and
output), and one module per part of the minutes: :mod:`.opening`,
:mod:`.agenda`, :mod:`.board` and :mod:`.participation`.
"""

from __future__ import annotations

from facilitator.export.anonymity import AnonymityLike
from facilitator.export.escape import escape_line
from facilitator.export.markdown.agenda import KIND_ORDER as KIND_ORDER
from facilitator.export.markdown.agenda import AgendaSections
from facilitator.export.markdown.board import BoardSections
from facilitator.export.markdown.opening import OpeningSections
from facilitator.export.markdown.participation import ParticipationSections
from facilitator.export.markdown.words import WORDS as WORDS
from facilitator.export.markdown.writer import NO_VALUE as NO_VALUE
from facilitator.export.markdown.writer import Table as Table
from facilitator.export.record import SessionRecord


class _Minutes(OpeningSections, AgendaSections, BoardSections, ParticipationSections):
    """The whole minutes, section after section."""

    # -- sections ------------------------------------------------------------------
    def render(self) -> str:
        self.header()
        self.participants()
        self.agenda()
        self.items()
        self.board()
        self.questions()
        self.participation()
        self.line("---")
        self.line()
        self.para("*" + self.w("footer", slug=escape_line(self.r.session.slug)) + "*")
        while self.out and self.out[-1] == "":
            self.out.pop()
        return "\n".join(self.out) + "\n"


def render_markdown(
    record: SessionRecord, lang: str, anonymous: AnonymityLike = False, *, charts: bool = True
) -> str:
    """The minutes of ``record`` in ``lang`` (``"nl"`` or ``"en"``) as Markdown.

    Anonymous if ``anonymous`` or the session is under the Chatham House rule.
    ``charts=False`` leaves out the Mermaid pie chart.
    """
    return _Minutes(record, lang, anonymous, charts).render()


def pie_slices(
    record: SessionRecord, lang: str, anonymous: AnonymityLike = False
) -> list[tuple[str, int, int]]:
    """The slices of the speaking-time pie chart as the minutes label them: (sector, whole
    seconds, whole percents), as the table per sector shows them."""
    return _Minutes(record, lang, anonymous, True).slices()
