"""Participation in the minutes: speaking time per participant (or organisation) and sector.

Anonymous minutes give speaking time per organisation instead of per
participant. A Mermaid pie chart of the sectors' shares closes the section
unless charts are left out.
"""

from __future__ import annotations

from facilitator.domain import stats
from facilitator.domain.model import Participant
from facilitator.export.escape import escape_cell, mermaid_label
from facilitator.export.formatting import format_percent, format_speaking
from facilitator.export.markdown.writer import Table, Writer


class ParticipationSections(Writer):
    """Speaking time as tables and a pie chart."""

    def participation(self) -> None:
        self.heading(2, self.w("h.participation"))
        tallies = self.r.by_participant
        total = sum(t.seconds for t in tallies.values())
        turns = sum(t.turns for t in tallies.values())
        if turns == 0:
            self.para(self.w("nobody_spoke"))
            return
        self.para(
            self.w(
                "speaking_total",
                time=format_speaking(total, self.lang),
                turns=self.n("n.turn", turns),
            )
        )
        if self.by_sector:
            pass  # the table per sector below is all there is
        elif self.anonymous:
            self.per_organisation()
        else:
            self.per_participant()
        self.per_sector()

    def share(self, seconds: float, total: float) -> str:
        return format_percent(seconds / total if total > 0 else 0.0)

    def per_participant(self) -> None:
        self.heading(3, self.w("h.by_participant"))
        tallies = self.r.by_participant
        total = sum(t.seconds for t in tallies.values())
        people = [p for p in self.r.participants if p.id in self.r.attended_ids or p.id in tallies]
        people.sort(key=lambda p: (-tallies.get(p.id, stats.Tally()).seconds, p.position, p.id))
        rows = []
        for person in people:
            tally = tallies.get(person.id, stats.Tally())
            rows.append(
                [
                    escape_cell(self.text(person.name)),
                    escape_cell(self.text(person.organisation)),
                    escape_cell(self.sector(person.sector)),
                    str(tally.turns),
                    format_speaking(tally.seconds, self.lang),
                    self.share(tally.seconds, total),
                ]
            )
        header = ["participant", "organisation", "sector", "turns", "speaking", "share"]
        self.table(
            Table([self.w(f"col.{h}") for h in header], ["l", "l", "l", "r", "r", "r"], rows)
        )

    def per_organisation(self) -> None:
        self.heading(3, self.w("h.by_organisation"))
        tallies = self.r.by_participant
        total = sum(t.seconds for t in tallies.values())
        groups: dict[tuple[str, str], list[Participant]] = {}
        for person in self.r.participants:
            if person.id in self.r.attended_ids or person.id in tallies:
                key = (self.text(person.organisation), person.sector)
                groups.setdefault(key, []).append(person)
        sums = {
            key: (
                sum(tallies.get(p.id, stats.Tally()).turns for p in members),
                sum(tallies.get(p.id, stats.Tally()).seconds for p in members),
            )
            for key, members in groups.items()
        }
        order = list(groups)
        order.sort(key=lambda key: -sums[key][1])  # stable: ties keep table order
        rows = []
        for key in order:
            org, sector = key
            turns, seconds = sums[key]
            rows.append(
                [
                    escape_cell(org or self.w("unknown_org")),
                    escape_cell(self.sector(sector)),
                    str(len(groups[key])),
                    str(turns),
                    format_speaking(seconds, self.lang),
                    self.share(seconds, total),
                ]
            )
        header = ["organisation", "sector", "people", "turns", "speaking", "share"]
        self.table(
            Table([self.w(f"col.{h}") for h in header], ["l", "l", "r", "r", "r", "r"], rows)
        )

    def per_sector(self) -> None:
        self.heading(3, self.w("h.by_sector"))
        tallies = self.r.by_sector
        shares = stats.shares(tallies)
        rows = []
        for key, tally in tallies.items():
            members = [p for p in self.r.attended if p.sector == key]
            rows.append(
                [
                    escape_cell(self.sector(key)),
                    str(len(members)),
                    str(tally.turns),
                    format_speaking(tally.seconds, self.lang),
                    format_percent(shares[key]),
                ]
            )
        header = ["sector", "people", "turns", "speaking", "share"]
        self.table(Table([self.w(f"col.{h}") for h in header], ["l", "r", "r", "r", "r"], rows))
        at_table = [k for k in tallies if any(p.sector == k for p in self.r.attended)]
        if at_table:
            self.para(
                self.w(
                    "equal_share",
                    n=len(at_table),
                    share=format_percent(stats.equal_share(len(at_table))),
                )
            )
        if self.charts:
            self.pie()

    def slices(self) -> list[tuple[str, int]]:
        """The pie chart: (sector label, whole seconds) of the sectors that spoke."""
        return [
            (self.sector(key), int(tally.seconds + 0.5))
            for key, tally in self.r.by_sector.items()
            if int(tally.seconds + 0.5) > 0
        ]

    def pie(self) -> None:
        slices = self.slices()
        if not slices:
            return
        self.line("```mermaid")
        self.line(f"pie title {self.w('pie_title')}")
        for label, seconds in slices:
            self.line(f'    "{mermaid_label(label)}" : {seconds}')
        self.line("```")
        self.line()
