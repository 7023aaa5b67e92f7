"""The minutes being written: the record, the words, attribution, and the output lines.

:class:`Writer` is the base of every section: it knows the language, whether
the minutes are anonymous (and so which names to redact), how a person,
organisation, card or tag is shown, and how paragraphs, headings, tables and
bullets are added to the output.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from facilitator.domain.model import AgendaItem, Card, Contribution, Participant
from facilitator.export.anonymity import Anonymity, AnonymityLike, anonymity
from facilitator.export.escape import clean_text, escape_inline, escape_line
from facilitator.export.formatting import format_count, plural
from facilitator.export.markdown.words import WORDS
from facilitator.export.record import SessionRecord
from facilitator.export.redact import session_redactor
from facilitator.i18n import normalise_lang
from facilitator.records import record

NO_VALUE = "—"


@record
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


class Writer:
    """Writes the minutes line by line; the sections are built on it."""

    def __init__(
        self, record: SessionRecord, lang: str, anonymous: AnonymityLike, charts: bool
    ) -> None:
        self.r = record
        self.lang = normalise_lang(lang)
        self.anonymity = anonymity(record.session, anonymous)
        self.anonymous = self.anonymity != Anonymity.NONE
        self.by_sector = self.anonymity == Anonymity.SECTOR
        self.charts = charts
        self.out: list[str] = []
        # Worked out once per participant, agenda item or tag, not once per contribution.
        self._who: dict[int, str] = {}
        self._by: dict[int | None, str] = {}
        self._at_item: dict[int | None, str] = {}
        self._tags: dict[str, str] = {}
        names = sorted(
            {clean_text(p.name) for p in record.participants if clean_text(p.name)},
            key=lambda n: (-len(n), n),
        )
        # Whether an organiser's name is that of a participant.
        self._names = (
            re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names), re.IGNORECASE)
            if names
            else None
        )
        self.redact = session_redactor([record], self.w("redacted"))

    # -- words ---------------------------------------------------------------------
    def w(self, key: str, /, **values: object) -> str:
        return WORDS(self.lang, key, **values)

    def n(self, key: str, count: int) -> str:
        one, many = self.w(key).split("|")
        return plural(count, one, many, self.lang)

    def count(self, count: int) -> str:
        """A count on its own (a table's cell): ``1.002`` / ``1,002``."""
        return format_count(count, self.lang)

    def text(self, value: str) -> str:
        """User text with, in anonymous minutes, the names of the people in the room replaced."""
        value = clean_text(value)
        return self.redact(value) if self.anonymous else value

    def sector(self, key: str) -> str:
        label = self.text(self.r.sector_label(key, self.lang))
        return label[:1].upper() + label[1:]

    def organisation(self, person: Participant) -> str:
        """The organisation of a person (or, lacking one, their sector)."""
        return self.text(person.organisation) or self.sector(person.sector)

    def group(self, person: Participant) -> str:
        """Whom anonymous minutes attribute a person's words to: organisation, or sector."""
        return self.sector(person.sector) if self.by_sector else self.organisation(person)

    def who(self, person: Participant | None) -> str:
        """How a contribution is attributed: ``Name (Organisation)``; anonymous: the
        organisation (or, by sector only, the sector)."""
        if person is None:
            return ""
        shown = self._who.get(person.id)
        if shown is None:
            shown = self._who[person.id] = self._attribute(person)
        return shown

    def _attribute(self, person: Participant) -> str:
        if self.anonymous:
            return self.group(person)
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
        shown: list[str] = []
        for tag in tags:
            label = self._tags.get(tag)
            if label is None:
                bare = self.text(tag).lstrip("#")
                label = self._tags[tag] = "#" + escape_line(bare) if bare else ""
            if label:
                shown.append(label)
        return " ".join(shown)

    @property
    def named_leads(self) -> bool:
        """Whether anonymous minutes name the person who leads an action (the default)."""
        return not self.r.session.anonymous_leads

    def owners(self, card: Card, *, lead_said: bool = False) -> str:
        """Who leads an action: the organisation, with the named person (see
        :mod:`facilitator.export.anonymity` for anonymous minutes). ``lead_said``: the
        line already says they lead (``voortouw: …``), so anonymous minutes do not say
        it again of the person (``lead: UWV (lead: …)``)."""
        labels: list[str] = []
        for owner in card.owners:
            person = self.r.participant(owner.participant_id)
            org = self.text(owner.organisation)
            if person is not None:
                org = org or self.organisation(person)
                name = clean_text(person.name)  # a lead is a commitment: never redacted
                if name and not self.anonymous:
                    label = f"{org} ({name})"
                elif name and self.named_leads:
                    label = f"{org} ({name if lead_said else self.w('lead', name=name)})"
                else:
                    label = org
            else:
                label = org
            if label and label not in labels:
                labels.append(label)
        return "; ".join(escape_line(label) for label in labels)

    def contribution(self, c: Contribution, *, at_item: bool = False) -> str:
        """A contribution on one line: text — who · tags · → card (· at item N)."""
        parts = [escape_inline(self.text(c.text), indent="  ") or NO_VALUE]
        by = self._by.get(c.participant_id)
        if by is None:
            who = self.who(self.r.participant(c.participant_id))
            by = self._by[c.participant_id] = f" — {escape_line(who)}" if who else ""
        parts[0] += by
        if c.tags:
            tags = self.tags(c.tags)
            if tags:
                parts.append(tags)
        card = self.r.card_for(c)
        if card is not None:
            parts.append(f"→ {self.number(card)}")
        if at_item:
            where = self._at_item.get(c.item_id)
            if where is None:
                item = self.r.item(c.item_id)
                where = ""
                if item is not None and self.r.active_number(item) is not None:
                    n, title = self.item_label(item)
                    where = "*" + self.w("at_item", n=n, title=escape_line(title)) + "*"
                self._at_item[c.item_id] = where
            if where:
                parts.append(where)
        return " · ".join(parts)

    def item_label(self, item: AgendaItem) -> tuple[int, str]:
        return self.r.active_number(item) or 0, self.text(item.title)

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
