"""The minutes of a session as Markdown, in Dutch or English.

What they contain, in order: the heading (title, region, date and times,
location, facilitator and note-taker, the Chatham House rule, a one-line
summary); who took part, by sector, and who was absent; the agenda with
planned and actual minutes; per agenda item its decisions and then its
contributions by kind; the board (barriers, opportunities, the actions table
and the open points); the open questions; and speaking time per participant
and per sector, as tables and a Mermaid pie chart.

Anonymous minutes (``anonymous=True`` or a session under the Chatham House
rule) name no participant anywhere: contributions, cards and owners are
attributed to an organisation (or a sector), speaking time is given per
organisation, and a participant's full name typed into a text is replaced by
``[naam]`` / ``[name]``. The facilitator and note-taker are organisers and are
kept, unless a participant bears the same name.

Every piece of user text goes through :mod:`facilitator.export.escape`; the
output is byte-stable (same session, same bytes) and ends with a newline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from facilitator.domain import stats
from facilitator.domain.model import AgendaItem, Card, Column, Contribution, Kind, Participant
from facilitator.export.escape import (
    clean_text,
    escape_cell,
    escape_heading,
    escape_inline,
    escape_line,
    mermaid_label,
)
from facilitator.export.formatting import (
    format_date,
    format_duration,
    format_minutes,
    format_percent,
    format_signed_minutes,
    format_span,
    format_speaking,
    format_times,
    local,
    plural,
    whole_minutes,
)
from facilitator.export.record import Outcome, SessionRecord
from facilitator.i18n import Catalog, normalise_lang

WORDS = Catalog(
    {
        "minutes": ("Notulen", "Minutes"),
        "region": ("Regio", "Region"),
        "when": ("Datum en tijd", "Date and time"),
        "planned_when": ("gepland: {span}", "planned: {span}"),
        "not_run": (
            "gepland; de sessie is nog niet begonnen",
            "planned; the session has not started",
        ),
        "location": ("Locatie", "Location"),
        "facilitator": ("Gespreksleider", "Facilitator"),
        "note_taker": ("Notulist", "Note-taker"),
        "chatham": (
            "Voor deze bijeenkomst gold de Chatham House-regel: wat gezegd is, mag worden "
            "gebruikt, maar niet worden toegeschreven aan wie het zei. Bijdragen staan daarom "
            "alleen op naam van een organisatie of sector.",
            "This meeting was held under the Chatham House Rule: what was said may be used, "
            "but not attributed to whoever said it. Contributions are therefore attributed to "
            "an organisation or sector only.",
        ),
        "anonymous": (
            "Deze notulen zijn geanonimiseerd: bijdragen staan alleen op naam van een "
            "organisatie of sector.",
            "These minutes are anonymised: contributions are attributed to an organisation or "
            "sector only.",
        ),
        "draft": (
            "**Concept:** de sessie is nog niet gesloten; deze notulen geven de stand van nu.",
            "**Draft:** the session has not been closed yet; these minutes show it so far.",
        ),
        "summary": ("In het kort", "In brief"),
        "n.participant": ("deelnemer|deelnemers", "participant|participants"),
        "n.contribution": ("bijdrage|bijdragen", "contribution|contributions"),
        "n.barrier": ("barrière|barrières", "barrier|barriers"),
        "n.opportunity": ("kans|kansen", "opportunity|opportunities"),
        "n.action": ("actie|acties", "action|actions"),
        "n.open_point": ("open punt|open punten", "open point|open points"),
        "n.vote": ("stem|stemmen", "vote|votes"),
        "n.turn": ("beurt|beurten", "turn|turns"),
        # -- who took part
        "h.participants": ("Deelnemers", "Participants"),
        "absent": ("Uitgenodigd maar afwezig", "Invited but absent"),
        "nobody": ("Geen deelnemers vastgelegd.", "No participants recorded."),
        # -- agenda
        "h.agenda": ("Agenda", "Agenda"),
        "col.nr": ("Nr.", "No."),
        "col.item": ("Agendapunt", "Agenda item"),
        "col.planned": ("Gepland", "Planned"),
        "col.actual": ("Besteed", "Actual"),
        "col.difference": ("Verschil", "Difference"),
        "col.status": ("Status", "Status"),
        "total": ("Totaal", "Total"),
        "outcome.covered": ("behandeld", "covered"),
        "outcome.current": ("in behandeling", "in progress"),
        "outcome.deferred": ("uitgesteld", "deferred"),
        "outcome.not_reached": ("niet aan toegekomen", "not reached"),
        "overrun": (
            "Besteed: {actual} van {planned} gepland. Uitloop op de agendapunten: {overrun}.",
            "Time spent: {actual} of {planned} planned. Overrun on the agenda items: {overrun}.",
        ),
        "no_items": ("Geen agendapunten.", "No agenda items."),
        # -- per item
        "h.items": ("Verslag per agendapunt", "Report per agenda item"),
        "question": ("Vraag", "Question"),
        "time": ("Tijd", "Time"),
        "time_value": ("{actual} (gepland {planned})", "{actual} (planned {planned})"),
        "h.other": ("Overig", "Other"),
        "other_intro": (
            "Bijdragen die bij geen agendapunt zijn vastgelegd.",
            "Contributions not recorded under an agenda item.",
        ),
        "no_contributions": ("Geen bijdragen vastgelegd.", "No contributions recorded."),
        "kind.decision": ("Besluiten", "Decisions"),
        "kind.barrier": ("Barrières", "Barriers"),
        "kind.opportunity": ("Kansen", "Opportunities"),
        "kind.action": ("Acties", "Actions"),
        "kind.question": ("Vragen", "Questions"),
        "kind.note": ("Notities", "Notes"),
        # -- board
        "h.board": ("Barrières, kansen en acties", "Barriers, opportunities and actions"),
        "prefix.barrier": ("B", "B"),
        "prefix.opportunity": ("K", "O"),
        "prefix.action": ("A", "A"),
        "raised_by": ("ingebracht door {who}", "raised by {who}"),
        "no_action": ("nog geen actie", "no action yet"),
        "merged": ("Samengevoegd met: {titles}", "Merged with: {titles}"),
        "none": ("Geen.", "None."),
        "col.action": ("Actie", "Action"),
        "col.owner": ("Wie neemt het voortouw", "Who takes the lead"),
        "col.due": ("Gereed", "Due"),
        "col.addresses": ("Pakt aan", "Addresses"),
        "no_actions": (
            "Nog geen acties waarvoor iemand het voortouw neemt.",
            "No actions with someone taking the lead yet.",
        ),
        "h.open_points": ("Open punten", "Open points"),
        "open_points_intro": (
            "Acties waarvoor nog niemand het voortouw neemt, en geparkeerde punten.",
            "Actions nobody has taken the lead on yet, and parked points.",
        ),
        "no_owner": ("nog niemand neemt het voortouw", "nobody has taken the lead yet"),
        "parked": ("geparkeerd", "parked"),
        "due": ("gereed {date}", "due {date}"),
        "addresses": ("pakt aan: {cards}", "addresses: {cards}"),
        # -- questions
        "h.questions": ("Open vragen", "Open questions"),
        "no_questions": ("Geen open vragen.", "No open questions."),
        "at_item": ("bij punt {n}: {title}", "at item {n}: {title}"),
        # -- participation
        "h.participation": ("Deelname en spreektijd", "Participation and speaking time"),
        "h.by_participant": ("Per deelnemer", "Per participant"),
        "h.by_organisation": ("Per organisatie", "Per organisation"),
        "h.by_sector": ("Per sector", "Per sector"),
        "col.participant": ("Deelnemer", "Participant"),
        "col.organisation": ("Organisatie", "Organisation"),
        "col.sector": ("Sector", "Sector"),
        "col.people": ("Deelnemers", "Participants"),
        "col.turns": ("Beurten", "Turns"),
        "col.speaking": ("Spreektijd", "Speaking time"),
        "col.share": ("Aandeel", "Share"),
        "speaking_total": (
            "Totale spreektijd: {time} in {turns}.",
            "Total speaking time: {time} in {turns}.",
        ),
        "equal_share": (
            "Bij een gelijke verdeling over de {n} sectoren aan tafel had elke sector {share} "
            "van de spreektijd gehad.",
            "Shared equally among the {n} sectors at the table, each sector would have had "
            "{share} of the speaking time.",
        ),
        "nobody_spoke": ("Er is geen spreektijd vastgelegd.", "No speaking time was recorded."),
        "pie_title": ("Spreektijd per sector (seconden)", "Speaking time per sector (seconds)"),
        "unknown_org": ("(onbekende organisatie)", "(unknown organisation)"),
        "redacted": ("[naam]", "[name]"),
        "footer": (
            "Opgesteld met facilitator uit de vastgelegde sessie ‘{slug}’.",
            "Drawn up with facilitator from the recorded session ‘{slug}’.",
        ),
    }
)

# The order in which an agenda item's contributions are reported: decisions first.
KIND_ORDER: tuple[Kind, ...] = (
    Kind.DECISION,
    Kind.BARRIER,
    Kind.OPPORTUNITY,
    Kind.ACTION,
    Kind.QUESTION,
    Kind.NOTE,
)

NO_VALUE = "—"


@dataclass(frozen=True)
class Table:
    """A Markdown table as written: cells already escaped."""

    header: list[str]
    align: list[str]  # "l" or "r" per column
    rows: list[list[str]]

    def lines(self) -> list[str]:
        out = ["| " + " | ".join(self.header) + " |"]
        out.append("| " + " | ".join("---:" if a == "r" else "---" for a in self.align) + " |")
        for row in self.rows:
            out.append("| " + " | ".join(row) + " |")
        return out


class _Minutes:
    """Writes the minutes line by line."""

    def __init__(self, record: SessionRecord, lang: str, anonymous: bool, charts: bool) -> None:
        self.r = record
        self.lang = normalise_lang(lang)
        self.anonymous = anonymous or record.session.chatham_house
        self.charts = charts
        self.out: list[str] = []
        names = sorted(
            {clean_text(p.name) for p in record.participants if clean_text(p.name)},
            key=lambda n: (-len(n), n),
        )
        self._names = (
            re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names), re.IGNORECASE)
            if names
            else None
        )

    # -- words ---------------------------------------------------------------------
    def w(self, key: str, /, **values: object) -> str:
        return WORDS(self.lang, key, **values)

    def n(self, key: str, count: int) -> str:
        one, many = self.w(key).split("|")
        return plural(count, one, many)

    def text(self, value: str) -> str:
        """User text with, in anonymous minutes, participants' names replaced."""
        value = clean_text(value)
        if self.anonymous and self._names is not None:
            value = self._names.sub(self.w("redacted"), value)
        return value

    def sector(self, key: str) -> str:
        label = self.text(self.r.sector_label(key, self.lang))
        return label[:1].upper() + label[1:]

    def organisation(self, person: Participant) -> str:
        """The organisation of a person (or, lacking one, their sector)."""
        return self.text(person.organisation) or self.sector(person.sector)

    def who(self, person: Participant | None) -> str:
        """How a contribution is attributed: ``Name (Organisation)``; anonymous: organisation."""
        if person is None:
            return ""
        if self.anonymous:
            return self.organisation(person)
        name = self.text(person.name)
        org = self.text(person.organisation)
        if name and org:
            return f"{name} ({org})"
        return name or org or self.sector(person.sector)

    def people(self, persons: Iterable[Participant]) -> str:
        names: list[str] = []
        for person in persons:
            label = self.who(person)
            if label and label not in names:
                names.append(label)
        return ", ".join(escape_line(n) for n in names)

    def number(self, card: Card) -> str:
        num = self.r.numbers.get(self.r.resolve(card.id))
        prefix = self.w(f"prefix.{card.column.value}")
        return f"{prefix}{num}" if num is not None else prefix + "?"

    def tags(self, tags: Iterable[str]) -> str:
        shown = [self.text(t).lstrip("#") for t in tags]
        return " ".join("#" + escape_line(t) for t in shown if t)

    def owners(self, card: Card) -> str:
        labels: list[str] = []
        for owner in card.owners:
            person = self.r.participant(owner.participant_id)
            org = self.text(owner.organisation)
            if person is not None:
                org = org or self.organisation(person)
                if not self.anonymous and self.text(person.name):
                    label = f"{org} ({self.text(person.name)})"
                else:
                    label = org
            else:
                label = org
            if label and label not in labels:
                labels.append(label)
        return "; ".join(escape_line(label) for label in labels)

    def item_label(self, item: AgendaItem) -> tuple[int, str]:
        position = self.r.active_items.index(item) + 1 if item in self.r.active_items else 0
        return position, self.text(item.title)

    # -- output --------------------------------------------------------------------
    def line(self, text: str = "") -> None:
        self.out.append(text)

    def para(self, text: str) -> None:
        self.out.append(text)
        self.out.append("")

    def heading(self, level: int, text: str) -> None:
        """A heading; ``text`` must already be Markdown (escaped)."""
        self.para("#" * level + " " + text)

    def table(self, table: Table) -> None:
        self.out.extend(table.lines())
        self.out.append("")

    def bullets(self, items: Iterable[str]) -> None:
        lines = [f"- {item}" for item in items]
        if lines:
            self.out.extend(lines)
            self.out.append("")

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
        if clean_text(s.location):
            facts.append(f"**{self.w('location')}:** {escape_line(self.text(s.location))}")
        for key, value in (("facilitator", s.facilitator), ("note_taker", s.note_taker)):
            shown = self.organiser(value)
            if shown:
                facts.append(f"**{self.w(key)}:** {escape_line(shown)}")
        self.bullets(facts)
        if s.chatham_house:
            self.para(self.w("chatham"))
        elif self.anonymous:
            self.para(self.w("anonymous"))
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
                lines.append(f"**{escape_line(self.sector(key))}:** " + self.members(members))
        self.bullets(lines)
        if self.r.absent:
            self.para(f"**{self.w('absent')}:** " + self.members(self.r.absent, sectors=True))

    def members(self, members: list[Participant], *, sectors: bool = False) -> str:
        labels: list[str] = []
        for person in members:
            if self.anonymous:
                label = self.organisation(person)
                same = [p for p in members if self.organisation(p) == label]
                if len(same) > 1:
                    label = f"{label} ({len(same)})"
            else:
                name = self.text(person.name)
                role = self.text(person.role)
                label = f"{name}, {role}" if name and role else name or role
                org = self.text(person.organisation)
                label = f"{label} ({org})" if label and org else label or org
            if sectors:
                label = f"{label} – {self.sector(person.sector)}" if label else label
            if label and label not in labels:
                labels.append(label)
        return "; ".join(escape_line(label) for label in labels)

    def agenda(self) -> None:
        self.heading(2, self.w("h.agenda"))
        items = self.r.active_items
        if not items:
            self.para(self.w("no_items"))
            return
        rows = []
        planned_total = actual_total = overrun_total = 0
        for n, item in enumerate(items, start=1):
            planned = whole_minutes(item.planned_seconds)
            actual = whole_minutes(self.r.item_seconds(item))
            outcome = self.r.outcome(item)
            planned_total += planned
            actual_total += actual
            overrun_total += max(0, actual - planned)
            ran = actual > 0 or outcome in (Outcome.COVERED, Outcome.CURRENT)
            rows.append(
                [
                    str(n),
                    escape_cell(self.text(item.title)),
                    format_minutes(planned, self.lang),
                    format_minutes(actual, self.lang) if ran else NO_VALUE,
                    format_signed_minutes(actual - planned, self.lang) if ran else NO_VALUE,
                    self.w(f"outcome.{outcome.value}"),
                ]
            )
        rows.append(
            [
                "",
                f"**{self.w('total')}**",
                format_minutes(planned_total, self.lang),
                format_minutes(actual_total, self.lang),
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
                actual=format_minutes(actual_total, self.lang),
                planned=format_minutes(planned_total, self.lang),
                overrun=format_minutes(overrun_total, self.lang),
            )
        )

    def contribution(self, c: Contribution, *, at_item: bool = False) -> str:
        text = escape_inline(self.text(c.text), indent="  ") or NO_VALUE
        who = self.who(self.r.participant(c.participant_id))
        if who:
            text += f" — {escape_line(who)}"
        extras = []
        tags = self.tags(c.tags)
        if tags:
            extras.append(tags)
        card = self.r.card_for(c)
        if card is not None:
            extras.append(f"→ {self.number(card)}")
        if at_item:
            item = self.r.item(c.item_id)
            if item is not None and item in self.r.active_items:
                n, title = self.item_label(item)
                extras.append("*" + self.w("at_item", n=n, title=escape_line(title)) + "*")
        return " · ".join([text, *extras])

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
            spent = self.w(
                "time_value",
                actual=format_duration(self.r.item_seconds(item), self.lang),
                planned=format_duration(item.planned_seconds, self.lang),
            )
            facts.append(f"*{self.w('time')}:* {spent} · {self.w(f'outcome.{outcome.value}')}")
            self.para("\\\n".join(facts))
            self.contributions([c for c in self.r.contributions if c.item_id == item.id])
        other = [c for c in self.r.contributions if c.item_id not in listed]
        if other:
            self.heading(3, self.w("h.other"))
            self.para("*" + self.w("other_intro") + "*")
            self.contributions(other)

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

    def questions(self) -> None:
        self.heading(2, self.w("h.questions"))
        found = [c for c in self.r.contributions if c.kind == Kind.QUESTION]
        if found:
            self.bullets(self.contribution(c, at_item=True) for c in found)
        else:
            self.para(self.w("no_questions"))

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
        if self.anonymous:
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
        people = [p for p in self.r.participants if p in self.r.attended or p.id in tallies]
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
            if person in self.r.attended or person.id in tallies:
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


def render_markdown(
    record: SessionRecord, lang: str, anonymous: bool = False, *, charts: bool = True
) -> str:
    """The minutes of ``record`` in ``lang`` (``"nl"`` or ``"en"``) as Markdown.

    Anonymous if ``anonymous`` or the session is under the Chatham House rule.
    ``charts=False`` leaves out the Mermaid pie chart.
    """
    return _Minutes(record, lang, anonymous, charts).render()


def pie_slices(record: SessionRecord, lang: str, anonymous: bool = False) -> list[tuple[str, int]]:
    """The slices of the speaking-time pie chart as the minutes label them."""
    return _Minutes(record, lang, anonymous, True).slices()
