"""Participation in the minutes: speaking time per participant (or organisation) and sector.

Anonymous minutes give speaking time per organisation instead of per
participant. A Mermaid pie chart of the sectors' shares closes the section
unless charts are left out. The seconds and shares in each table add up to the
total shown and to 100% (:func:`facilitator.domain.stats.whole_times`): each
participant's seconds as the console shows them, cut to the whole second, the
rest their sums; the shares from the unrounded times.
"""

from __future__ import annotations

from functools import cached_property

from facilitator.domain import stats
from facilitator.domain.model import Participant
from facilitator.export.escape import escape_cell, mermaid_label
from facilitator.export.formatting import format_percent, format_speaking
from facilitator.export.markdown.writer import Table, Writer


class ParticipationSections(Writer):
    """Speaking time as tables and a pie chart."""

    def participation(self) -> None:
        self.heading(2, self.w("h.participation"))
        turns = sum(t.turns for t in self.r.by_participant.values())
        if turns == 0:
            self.para(self.w("nobody_spoke"))
            return
        self.para(
            self.w(
                "speaking_total",
                time=format_speaking(self.whole.seconds, self.lang),
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

    @cached_property
    def whole(self) -> stats.WholeTimes[tuple[str, str]]:
        """The seconds and shares the tables show: per participant, per organisation (within
        its sector) and per sector, each adding up to the one above and to the total."""
        people = self.r.participants
        return stats.whole_times(
            self.r.by_participant,
            {p.id: p.sector for p in people},
            {p.id: (self.text(p.organisation), p.sector) for p in people},
        )

    def per_participant(self) -> None:
        self.heading(3, self.w("h.by_participant"))
        tallies = self.r.by_participant
        people = [p for p in self.r.participants if p.id in self.r.attended_ids or p.id in tallies]
        people.sort(key=lambda p: (-tallies.get(p.id, stats.Tally()).seconds, p.position, p.id))
        rows = []
        for person in people:
            tally = tallies.get(person.id, stats.Tally())
            seconds, percent = self.whole.people.get(person.id, (0, 0))
            rows.append(
                [
                    escape_cell(self.text(person.name)),
                    escape_cell(self.text(person.organisation)),
                    escape_cell(self.sector(person.sector)),
                    self.count(tally.turns),
                    format_speaking(seconds, self.lang),
                    format_percent(percent / 100),
                ]
            )
        header = ["participant", "organisation", "sector", "turns", "speaking", "share"]
        self.table(
            Table([self.w(f"col.{h}") for h in header], ["l", "l", "l", "r", "r", "r"], rows)
        )

    def per_organisation(self) -> None:
        self.heading(3, self.w("h.by_organisation"))
        tallies = self.r.by_participant
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
            turns = sums[key][0]
            seconds, percent = self.whole.groups.get(key, (0, 0))
            rows.append(
                [
                    # someone without an organisation by their sector, as everywhere
                    escape_cell(org or self.sector(sector)),
                    escape_cell(self.sector(sector)),
                    self.count(len(groups[key])),
                    self.count(turns),
                    format_speaking(seconds, self.lang),
                    format_percent(percent / 100),
                ]
            )
        header = ["organisation", "sector", "people", "turns", "speaking", "share"]
        self.table(
            Table([self.w(f"col.{h}") for h in header], ["l", "l", "r", "r", "r", "r"], rows)
        )

    def per_sector(self) -> None:
        self.heading(3, self.w("h.by_sector"))
        tallies = self.r.by_sector
        rows = []
        for key, tally in tallies.items():
            members = [p for p in self.r.attended if p.sector == key]
            seconds, percent = self.whole.sectors.get(key, (0, 0))
            rows.append(
                [
                    escape_cell(self.sector(key)),
                    self.count(len(members)),
                    self.count(tally.turns),
                    format_speaking(seconds, self.lang),
                    format_percent(percent / 100),
                ]
            )
        header = ["sector", "people", "turns", "speaking", "share"]
        self.table(Table([self.w(f"col.{h}") for h in header], ["l", "r", "r", "r", "r"], rows))
        at_table = [k for k in tallies if any(p.sector == k for p in self.r.attended)]
        if len(at_table) == 1:  # no share to compare with
            self.para(self.w("one_sector"))
        elif at_table:
            self.para(
                self.w(
                    "equal_share",
                    sectors=self.n("n.sector", len(at_table)),
                    share=format_percent(stats.equal_share(len(at_table))),
                )
            )
        if self.charts:
            self.pie()

    def slices(self) -> list[tuple[str, int, int]]:
        """The pie chart: (sector label, whole seconds, whole percents) of the sectors that
        spoke, as the table per sector shows them."""
        shown = [(key, *self.whole.sectors.get(key, (0, 0))) for key in self.r.by_sector]
        return [(self.sector(key), seconds, percent) for key, seconds, percent in shown if seconds]

    def pie(self) -> None:
        slices = self.slices()
        if not slices:
            return
        self.line("```mermaid")
        self.line(f"pie title {self.w('pie_title')}")
        for label, seconds, _percent in slices:
            self.line(f'    "{mermaid_label(label)}" : {seconds}')
        self.line("```")
        self.line()
