"""The opening of the minutes: the heading with its facts, and who took part."""

from __future__ import annotations

from collections import Counter

from facilitator.domain.model import Column, Participant
from facilitator.export.escape import clean_text, escape_heading, escape_line
from facilitator.export.formatting import format_date, format_span, format_times, local
from facilitator.export.markdown.writer import Writer


class OpeningSections(Writer):
    """The heading (title, date and times, organisers, summary) and the participants."""

    def header(self) -> None:
        s = self.r.session
        zone = self.r.zone
        self.heading(1, escape_heading(self.text(s.title)) or self.w("minutes"))
        facts: list[str] = []
        if clean_text(s.region):
            facts.append(f"**{self.w('region')}:** {escape_line(self.text(s.region))}")
        planned_start = local(s.starts_at, zone)
        planned_end = local(self.r.planned_end, zone)
        planned = format_span(planned_start, planned_end, self.lang)
        if self.r.actual_start is not None:
            start = local(self.r.actual_start, zone)
            end = local(self.r.actual_end or self.r.actual_start, zone)
            actual = format_span(start, end, self.lang)
            if planned_start.date() == start.date() == planned_end.date():
                planned = format_times(planned_start, planned_end, self.lang)
            when = f"{actual} ({self.w('planned_when', span=planned)})"
        else:
            when = f"{planned} ({self.w('not_run')})"
        facts.append(f"**{self.w('when')}:** {when}")
        if self.r.reopened_after is not None:
            facts.append(f"**{self.w('after_meeting')}:** {self.reopened()}")
        if clean_text(s.location):
            facts.append(f"**{self.w('location')}:** {escape_line(self.text(s.location))}")
        for key, value in (("facilitator", s.facilitator), ("note_taker", s.note_taker)):
            shown = self.organiser(value)
            if shown:
                facts.append(f"**{self.w(key)}:** {escape_line(shown)}")
        self.bullets(facts)
        if self.anonymous:
            rule = "chatham" if s.chatham_house else "anonymous"
            note = self.w(f"{rule}_sector" if self.by_sector else rule)
            if self.named_leads and any(
                o.participant_id is not None for c in self.r.cards for o in c.owners
            ):
                note += " " + self.w("leads_named")
            self.para(note)
        if not self.r.closed:
            self.para("> " + self.w("draft"))
        counts = [
            self.n("n.participant", len(self.r.attended)),
            self.n("n.contribution", len(self.r.contributions)),
            self.n("n.barrier", len(self.r.kept(Column.BARRIER))),
            self.n("n.opportunity", len(self.r.kept(Column.OPPORTUNITY))),
            self.n("n.action", len(self.r.kept(Column.ACTION))),
            self.n("n.open_point", len(self.r.open_points)),
        ]
        self.para(f"**{self.w('summary')}:** " + " · ".join(counts))

    def reopened(self) -> str:
        """When the session was reopened after the meeting's day, and closed again."""
        later = self.r.reopened_after
        assert later is not None
        zone = self.r.zone
        day = format_date(local(later.reopened_at, zone).date(), self.lang)
        closed_at = self.r.session.closed_at
        if not self.r.closed or closed_at is None:
            return self.w("reopened_open", day=day)
        closed = format_date(local(closed_at, zone).date(), self.lang)
        if closed == day:
            return self.w("reopened_closed", day=day)
        return self.w("reopened_closed_later", day=day, closed=closed)

    def organiser(self, name: str) -> str:
        """The facilitator or note-taker; left out of anonymous minutes if also a participant."""
        shown = clean_text(name)
        if self.anonymous and self._names is not None and self._names.search(shown):
            return ""
        return shown

    def participants(self) -> None:
        self.heading(2, self.w("h.participants"))
        attended = self.r.attended
        if not attended:
            self.para(self.w("nobody"))
        lines = []
        for key in self.r.sector_order:
            members = [p for p in attended if p.sector == key]
            if members:
                if self.by_sector:  # how many, and how many of them came in the room
                    came = self.came(members, counted=True)
                    shown = self.n("n.people", len(members))
                    shown += f" ({', '.join(came)})" if came else ""
                elif self.anonymous:  # how many, then their organisations
                    shown = f"{self.n('n.people', len(members))} – {self.members(members)}"
                else:
                    shown = self.members(members)
                lines.append(f"**{escape_line(self.sector(key))}:** " + shown)
        self.bullets(lines)
        # anonymous: an invitee a stand-in stood in for counts as there, as "UWV (invaller)"
        absent = self.r.absent_seats if self.anonymous else self.r.absent
        if absent and self.by_sector:
            counts = Counter(p.sector for p in absent)
            listed = "; ".join(
                f"{escape_line(self.sector(key))}: {self.count(counts[key])}"
                for key in self.r.sector_order
                if counts[key]
            )
            self.para(f"**{self.w('absent')}:** " + listed)
        elif absent:
            self.para(f"**{self.w('absent')}:** " + self.members(absent, sectors=True))

    def came(self, people: list[Participant], *, counted: bool) -> list[str]:
        """How many of ``people`` (at the table) came in the room, unnamed: stand-ins and
        walk-ins ('1 invaller', '2 ter plekke aangeschoven'; not ``counted``: 'invaller',
        'ter plekke aangeschoven', for one person)."""
        said = []
        stand_ins = sum(1 for p in people if p.stands_in_for is not None)
        walk_ins = sum(1 for p in people if p.added and p.stands_in_for is None)
        if stand_ins:
            said.append(self.n("n.stand_in", stand_ins) if counted else self.w("stand_in"))
        if walk_ins:
            walked_in = self.w("walked_in")
            said.append(f"{self.count(walk_ins)} {walked_in}" if counted else walked_in)
        return said

    def seat(self, person: Participant) -> str:
        """How someone came to (or left) the table: a walk-in, a stand-in and for whom, or
        the invitee someone stood in for; '' for an invitee in their own seat."""
        by_id = {p.id: p for p in self.r.participants}
        if person.stands_in_for is not None:
            invitee = by_id.get(person.stands_in_for)
            if invitee is not None and self.text(invitee.name):
                return ", " + self.w("stood_in_for", who=self.text(invitee.name))
        if person.added:
            return ", " + self.w("walked_in")
        stand_in = next((p for p in self.r.participants if p.stands_in_for == person.id), None)
        if stand_in is not None and self.text(stand_in.name):
            return ", " + self.w("stood_in_by", who=self.text(stand_in.name))
        return ""

    def members(self, members: list[Participant], *, sectors: bool = False) -> str:
        labels: list[str] = []
        seen: set[str] = set()
        orgs = [self.organisation(p) for p in members] if self.anonymous else []
        counts = Counter(orgs)
        for n, person in enumerate(members):
            if self.anonymous:
                label = orgs[n]
                many = counts[label] > 1
                said = [self.count(counts[label])] if many else []
                if not sectors:  # at the table: who of them came in the room, unnamed
                    same = [p for p, org in zip(members, orgs, strict=True) if org == label]
                    said += self.came(same, counted=many)
                if said:
                    label = f"{label} ({', '.join(said)})"
            else:
                name = self.text(person.name)
                role = self.text(person.role)
                label = f"{name}, {role}" if name and role else name or role
                org = self.text(person.organisation)
                label = f"{label} ({org})" if label and org else label or org
                label += self.seat(person)
                if self.r.left_file(person):
                    label += ", " + self.w("left_file")
            if sectors:
                label = f"{label} – {self.sector(person.sector)}" if label else label
            if label and label not in seen:
                seen.add(label)
                labels.append(label)
        return "; ".join(escape_line(label) for label in labels)
