"""The agenda in the minutes: planned against actual time, then a report per item.

Per agenda item come its decisions first and then its other contributions by
kind (:data:`KIND_ORDER`); the open questions are listed again at the end.
"""

from __future__ import annotations

from facilitator.domain.model import AgendaItem, Contribution, Kind, LiveChange
from facilitator.export.escape import (
    clean_text,
    escape_cell,
    escape_heading,
    escape_line,
)
from facilitator.export.formatting import (
    format_duration,
    format_minutes,
    format_signed_minutes,
    whole_minutes,
)
from facilitator.export.markdown.writer import NO_VALUE, Table, Writer
from facilitator.export.record import Outcome

# The order in which an agenda item's contributions are reported: its summary, then the
# decisions.
KIND_ORDER: tuple[Kind, ...] = (
    Kind.SUMMARY,
    Kind.DECISION,
    Kind.BARRIER,
    Kind.OPPORTUNITY,
    Kind.ACTION,
    Kind.QUESTION,
    Kind.NOTE,
)


class AgendaSections(Writer):
    """The agenda table, the report per agenda item, and the open questions."""

    def agenda(self) -> None:
        self.heading(2, self.w("h.agenda"))
        items = self.r.active_items
        if not items:
            self.para(self.w("no_items"))
            return
        rows = []
        # The totals and the overrun from the unrounded seconds, rounded once, as the
        # console's total: the items' minutes rounded each on their own add up to a few
        # minutes more or less, and an item a few seconds over never counted as over.
        # A deferred item's plan is out of the planned total, as on the console: the
        # meeting no longer means to spend it today. The time it took is spent time.
        planned_seconds = actual_seconds = overrun_seconds = 0.0
        deferred = False
        for n, item in enumerate(items, start=1):
            seconds = self.r.planned_seconds(item)
            planned = whole_minutes(seconds) if seconds is not None else None
            spent = self.r.item_seconds(item)
            actual = whole_minutes(spent)
            outcome = self.r.outcome(item)
            if outcome != Outcome.DEFERRED:
                planned_seconds += seconds or 0
            actual_seconds += spent
            overrun_seconds += max(0.0, spent - seconds) if seconds is not None else 0.0
            ran = actual > 0 or outcome in (Outcome.COVERED, Outcome.CURRENT)
            plan = format_minutes(planned, self.lang) if planned is not None else NO_VALUE
            if planned is not None and outcome == Outcome.DEFERRED:
                plan, deferred = f"({plan})", True
            rows.append(
                [
                    str(n),
                    escape_cell(self.text(item.title)),
                    plan,
                    format_duration(spent, self.lang) if ran else NO_VALUE,
                    format_signed_minutes(actual - planned, self.lang)
                    if ran and planned is not None
                    else NO_VALUE,
                    self.w(f"outcome.{outcome.value}") + self.live(item),
                ]
            )
        listed = {i.id for i in items}
        for item in self.r.items:
            if item.live == LiveChange.DROPPED and item.id not in listed:
                rows.append(
                    [
                        "",
                        f"~~{escape_cell(self.text(item.title))}~~",
                        format_minutes(whole_minutes(item.planned_seconds), self.lang),
                        NO_VALUE,
                        NO_VALUE,
                        self.w("live.dropped"),
                    ]
                )
        planned_total = whole_minutes(planned_seconds)
        actual_total = whole_minutes(actual_seconds)
        rows.append(
            [
                "",
                f"**{self.w('total')}**",
                format_minutes(planned_total, self.lang),
                format_duration(actual_seconds, self.lang),
                format_signed_minutes(actual_total - planned_total, self.lang),
                "",
            ]
        )
        header = ["nr", "item", "planned", "actual", "difference", "status"]
        self.table(
            Table([self.w(f"col.{h}") for h in header], ["r", "l", "r", "r", "r", "l"], rows)
        )
        self.para(
            self.w(
                "overrun",
                actual=format_duration(actual_seconds, self.lang),
                planned=format_minutes(planned_total, self.lang),
                overrun=format_duration(overrun_seconds, self.lang),
            )
        )
        if deferred:
            self.para(self.w("deferred_total"))

    def live(self, item: AgendaItem) -> str:
        """How the item was changed in the room, for its status cell ('' if as planned), or
        that it left the session file."""
        if self.r.left_file(item):
            return " · " + self.w("left_file")
        if item.live == LiveChange.ADDED:
            return " · " + self.w("live.added")
        if item.live != LiveChange.CHANGED:
            return ""
        was = []
        title = item.was.get("title")
        if isinstance(title, str) and title != item.title:
            was.append(escape_cell(self.text(title)))
        planned = item.was.get("planned_seconds")
        if isinstance(planned, int) and planned != item.planned_seconds:
            was.append(format_minutes(whole_minutes(planned), self.lang))
        question = item.was.get("question")
        if isinstance(question, str) and question != item.question and not was:
            was.append(self.w("live.question"))
        if not was:
            return " · " + self.w("live.moved")
        return " · " + self.w("live.changed", was=", ".join(was))

    def contributions(self, found: list[Contribution]) -> None:
        if not found:
            self.para("*" + self.w("no_contributions") + "*")
            return
        for kind in KIND_ORDER:
            of_kind = [c for c in found if c.kind == kind]
            if of_kind:
                self.para(f"**{self.w(f'kind.{kind.value}')}**")
                self.bullets(self.contribution(c) for c in of_kind)

    def items(self) -> None:
        self.heading(2, self.w("h.items"))
        listed = {i.id for i in self.r.active_items}
        for n, item in enumerate(self.r.active_items, start=1):
            self.heading(3, f"{n}. {escape_heading(self.text(item.title))}")
            facts = []
            if clean_text(item.question):
                facts.append(f"*{self.w('question')}:* {escape_line(self.text(item.question))}")
            outcome = self.r.outcome(item)
            actual = format_duration(self.r.item_seconds(item), self.lang)
            if self.r.left_file(item):
                spent = f"{actual} · {self.w(f'outcome.{outcome.value}')} · {self.w('left_file')}"
            else:
                planned = format_duration(item.planned_seconds, self.lang)
                spent = self.w("time_value", actual=actual, planned=planned)
                spent += f" · {self.w(f'outcome.{outcome.value}')}"
            facts.append(f"*{self.w('time')}:* {spent}")
            self.para("\\\n".join(facts))
            self.contributions(self.r.contributions_at(item.id))
        other = [c for c in self.r.contributions if c.item_id not in listed]
        if other:
            self.heading(3, self.w("h.other"))
            self.para("*" + self.w("other_intro") + "*")
            self.contributions(other)

    def questions(self) -> None:
        self.heading(2, self.w("h.questions"))
        found = [c for c in self.r.contributions if c.kind == Kind.QUESTION]
        if found:
            self.bullets(self.contribution(c, at_item=True) for c in found)
        else:
            self.para(self.w("no_questions"))
