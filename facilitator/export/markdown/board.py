"""The board in the minutes: barriers, opportunities, the actions table, open points."""

from __future__ import annotations

from facilitator.domain.model import Card, Column
from facilitator.export.escape import escape_cell, escape_inline, escape_line
from facilitator.export.formatting import format_date
from facilitator.export.markdown.writer import NO_VALUE, Table, Writer


class BoardSections(Writer):
    """Each card as a line, and the board's columns as lists and a table."""

    def card_line(self, card: Card, *, open_point: bool = False) -> str:
        parts = [f"**{self.number(card)}** {escape_inline(self.text(card.title), indent='  ')}"]
        raised = self.people(self.r.raised_by(card))
        if raised:
            parts.append(self.w("raised_by", who=raised))
        tags = self.tags(card.tags)
        if tags:
            parts.append(tags)
        if card.votes:
            parts.append(self.n("n.vote", card.votes))
        if card.column == Column.ACTION:
            owners = self.owners(card)
            if owners:
                parts.append(owners)
            elif card.id in self.r.ownerless_ids:
                parts.append("*" + self.w("no_owner") + "*")
            if card.due is not None and open_point:
                parts.append(self.w("due", date=format_date(card.due, self.lang, weekday=False)))
            addressed = [self.number(c) for c in self.r.addressed(card)]
            if addressed and open_point:
                parts.append(self.w("addresses", cards=", ".join(addressed)))
        if card.id in self.r.unaddressed_ids:
            parts.append("*" + self.w("no_action") + "*")
        if card.parked:
            parts.append("*" + self.w("parked") + "*")
        line = " · ".join(parts)
        merged = [escape_line(self.text(c.title)) for c in self.r.merged_from(card)]
        merged = [m for m in merged if m]
        if merged:
            line += "\n  - " + self.w("merged", titles="; ".join(merged))
        return line

    def board(self) -> None:
        self.heading(2, self.w("h.board"))
        for column in (Column.BARRIER, Column.OPPORTUNITY):
            self.heading(3, self.w(f"kind.{column.value}"))
            cards = [c for c in self.r.kept(column) if not c.parked]
            if cards:
                self.bullets(self.card_line(c) for c in cards)
            else:
                self.para(self.w("none"))
        self.heading(3, self.w("kind.action"))
        actions = self.r.owned_actions
        if actions:
            rows = []
            for card in actions:
                addressed = ", ".join(self.number(c) for c in self.r.addressed(card))
                rows.append(
                    [
                        self.number(card),
                        escape_cell(self.text(card.title)),
                        self.owners(card) or NO_VALUE,
                        format_date(card.due, self.lang, weekday=False) if card.due else NO_VALUE,
                        addressed or NO_VALUE,
                    ]
                )
            header = ["nr", "action", "owner", "due", "addresses"]
            self.table(Table([self.w(f"col.{h}") for h in header], ["l"] * 5, rows))
        else:
            self.para(self.w("no_actions"))
        self.heading(3, self.w("h.open_points"))
        if self.r.open_points:
            self.para("*" + self.w("open_points_intro") + "*")
            self.bullets(self.card_line(c, open_point=True) for c in self.r.open_points)
        else:
            self.para(self.w("none"))
