"""The board in the minutes: barriers, opportunities, the actions table, open points."""

from __future__ import annotations

from facilitator.domain.gaps import GapKind
from facilitator.domain.model import ActionStatus, Card, Column
from facilitator.export.escape import escape_cell, escape_inline, escape_line
from facilitator.export.formatting import format_date
from facilitator.export.markdown.writer import NO_VALUE, Table, Writer


class BoardSections(Writer):
    """Each card as a line, and the board's columns as lists and a table."""

    def due(self, card: Card) -> str:
        """An action's due date; ``⚠`` when it had passed on the day of the meeting."""
        if card.due is None:
            return ""
        shown = format_date(card.due, self.lang, weekday=False)
        if GapKind.ACTION_PAST_DUE in self.r.open_reasons.get(card.id, ()):
            shown += " ⚠"
        return shown

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
        reasons = self.r.open_reasons.get(card.id, ())
        if card.column == Column.ACTION:
            owners = self.owners(card, lead_said=True)
            if owners:  # labelled as a barrier's lead is: not read as one who raised it
                parts.append(self.w("takes_lead", who=owners))
            elif card.id in self.r.ownerless_ids:
                parts.append("*" + self.w("no_owner") + "*")
            if card.due is not None and open_point:
                parts.append(self.w("due", date=self.due(card)))
                if GapKind.ACTION_PAST_DUE in reasons:
                    parts.append("*" + self.w("past_due") + "*")
            if GapKind.ACTION_WITHOUT_DUE in reasons and open_point:
                parts.append("*" + self.w("no_due") + "*")
            addressed = [self.number(c) for c in self.r.addressed(card)]
            if addressed and open_point:
                parts.append(self.w("addresses", cards=", ".join(addressed)))
        else:
            if card.owners:  # who takes the lead on a barrier or an opportunity
                parts.append(self.w("takes_lead", who=self.owners(card, lead_said=True)))
            if card.due is not None:  # typed at the table: a date, never late (past_due)
                parts.append(self.w("due", date=self.due(card)))
        if card.id in self.r.unaddressed_ids:
            parts.append("*" + self.w("no_action") + "*")
        if card.parked:
            parts.append("*" + self.w("parked") + "*")
        if card.column == Column.ACTION and card.status != ActionStatus.OPEN:
            parts.append("*" + self.w(f"status.{card.status.value}") + "*")
        if card.carried:
            parts.append("*" + self.provenance(card) + "*")
        line = " · ".join(parts)
        merged = [self.merged_label(c) for c in self.r.merged_from(card)]
        merged = [m for m in merged if m]
        if merged:
            line += "\n  - " + self.w("merged", titles="; ".join(merged))
        if not open_point:
            for action in self.r.tackled_by(card):
                line += "\n  - " + self.tackled_line(action)
        return line

    def merged_label(self, card: Card) -> str:
        """A card merged into another: its own number (``B4``) and title."""
        title = escape_line(self.text(card.title))
        if not card.number:
            return title
        number = self.w(f"prefix.{card.column.value}") + str(card.number)
        return f"{number} {title}".strip()

    def tackled_line(self, action: Card) -> str:
        """``→ A3 Voorstel … — Gemeente Enschede, uiterlijk 1 februari 2021``."""
        line = f"→ **{self.number(action)}** {escape_line(self.text(action.title))}"
        lead = self.owners(action) or "*" + self.w("no_owner") + "*"
        if action.due is not None:
            lead += ", " + self.w("due", date=self.due(action))
        if action.status != ActionStatus.OPEN:  # done, or dropped: not what is being done
            lead += " · *" + self.w(f"status.{action.status.value}") + "*"
        return f"{line} — {lead}"

    def provenance(self, card: Card) -> str:
        """``from the previous table: Twente (twente-2020-10, A3)`` for a card taken over."""
        letter = self.w(f"prefix.{card.column.value}")
        label = f"{letter}{card.from_number}" if card.from_number else "?"
        key = "carried" if card.column == Column.ACTION else "seeded"
        return self.w(
            key,
            region=escape_inline(self.text(card.from_region)) or "?",
            session=escape_inline(card.from_session),
            label=label,
        )

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
        # Actions with an owner, those done or dropped (so the minutes report every status),
        # and every action carried forward (the table is where the next table reviews them
        # all; one still without an owner is an open point as well).
        actions = [
            c
            for c in self.r.kept(Column.ACTION)
            if not c.parked
            and (c.id not in self.r.ownerless_ids or c.status != ActionStatus.OPEN or c.carried)
        ]
        # The status column shows once an action is done or dropped, or was carried forward:
        # then the table is where the next table reviews who did what.
        with_status = any(c.status != ActionStatus.OPEN or c.carried for c in actions)
        if actions:
            rows = []
            for card in actions:
                addressed = ", ".join(self.number(c) for c in self.r.addressed(card))
                title = escape_cell(self.text(card.title))
                if card.carried:
                    title += " — *" + escape_cell(self.provenance(card)) + "*"
                row = [
                    self.number(card),
                    title,
                    self.owners(card) or NO_VALUE,
                    self.due(card) or NO_VALUE,
                    addressed or NO_VALUE,
                ]
                if with_status:
                    row.append(self.w(f"status.{card.status.value}"))
                rows.append(row)
            header = ["nr", "action", "owner", "due", "addresses"]
            if with_status:
                header.append("status")
            self.table(Table([self.w(f"col.{h}") for h in header], ["l"] * len(header), rows))
        else:
            self.para(self.w("no_actions"))
        self.open_points()

    def open_points(self) -> None:
        """The open points, one line each: the same list as the check before closing."""
        self.heading(3, self.w("h.open_points"))
        points = self.r.open_points
        if not points:
            self.para(self.w("none"))
            return
        self.para("*" + self.w("open_points_intro") + "*")
        lines: list[str] = []
        for point in points:
            card = self.r.card(point.card_id)
            question = self.r.contribution(point.contribution_id)
            item = self.r.item(point.item_id)
            if card is not None:
                lines.append(self.card_line(card, open_point=True))
            elif question is not None:
                lines.append(
                    f"*{self.w('open_question')}:* " + self.contribution(question, at_item=True)
                )
            elif item is not None:
                number = self.r.active_number(item)
                title = escape_line(self.text(item.title)) or NO_VALUE
                label = f"{number}. {title}" if number is not None else title
                reason = (
                    "outcome.deferred"
                    if point.kind == GapKind.ITEM_DEFERRED
                    else "outcome.not_reached"
                )
                lines.append(f"{self.w('agenda_item')} {label} · *{self.w(reason)}*")
        self.bullets(lines)
