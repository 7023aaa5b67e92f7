"""Building the synthesis from the records of several round tables.

The sessions come in as :class:`~facilitator.export.record.SessionRecord`
(read by :mod:`facilitator.synthesis.reader`); this module groups their
barriers and opportunities into themes (:mod:`facilitator.synthesis.grouping`),
follows each action's links on the board to the themes it addresses, and
derives the gaps, the province's part and participation. Anonymous (asked for,
or any session under the Chatham House rule): nobody is named anywhere.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import field, replace
from datetime import date, datetime

from facilitator import records
from facilitator.domain import copies, stats
from facilitator.domain.model import ActionStatus, Card, Column, Participant
from facilitator.export.record import SessionRecord
from facilitator.export.redact import session_redactor
from facilitator.i18n import normalise_lang
from facilitator.synthesis import model as m
from facilitator.synthesis.grouping import Group, Grouper, Statement, Thesaurus, Why
from facilitator.synthesis.words import WORDS
from facilitator.text import clean_lines, fold, join_lines

PROVINCE_SECTOR = "provincie"
_PROVINCE = re.compile(r"\bprovin(?:ci|ce)", re.IGNORECASE)  # provincie, provinciaal, province
MAX_TITLE = 120
"""The longest title of a theme (characters): it heads the report's section and the
wrap-up's agenda item. A title drawn from a card is cut to it; the organiser's are kept to
it (:mod:`facilitator.service.review`)."""
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def is_province(organisation: str) -> bool:
    """Whether an organisation is a province (``Provincie Overijssel``, ``Province of…``)."""
    return bool(_PROVINCE.search(organisation))


class Builder:
    """Builds one :class:`~facilitator.synthesis.model.Synthesis`."""

    def __init__(
        self,
        records: Sequence[SessionRecord],
        *,
        lang: str,
        as_of: date,
        anonymous: bool = False,
        thesaurus: Thesaurus | None = None,
        review: m.Review | None = None,
        status_changed: Mapping[int, datetime] | None = None,
    ) -> None:
        self.review = review or m.Review()
        self.status_changed = status_changed or {}
        self.lang = normalise_lang(lang)
        self.records = sorted(
            (self._province_said(r) for r in records),
            key=lambda r: (r.session.starts_at, r.session.slug),
        )
        self.as_of = as_of
        self.chatham = any(r.session.chatham_house for r in self.records)
        self.anonymous = anonymous or self.chatham
        self.grouper = Grouper(thesaurus)
        # The people in the rooms, organisers included: their names are taken out of
        # every text as in the minutes (first names, surnames, initials, a genitive); the
        # organisations' names stay whole.
        self._redact = session_redactor(self.records, self.w("redacted"))
        # The regions in the order of their sessions: a theme names its regions so too.
        self._region_order = tuple(dict.fromkeys(self.text(r.session.region) for r in self.records))

    # -- text --------------------------------------------------------------------------
    def _province_said(self, record: SessionRecord) -> SessionRecord:
        """``record`` with the region of a wrap-up drafted in the other language (the
        built-in *Provincie* or *Province*) in the report's language."""
        region = fold(record.session.region)
        if region not in {fold(WORDS(lang, "province_region")) for lang in ("nl", "en")}:
            return record
        said = WORDS(self.lang, "province_region")
        return replace(record, session=replace(record.session, region=said))

    def w(self, key: str, /, **values: object) -> str:
        return WORDS(self.lang, key, **values)

    def text(self, value: str) -> str:
        """One line of user text; anonymous: participants' names replaced."""
        value = join_lines(clean_lines(value))
        return self._redact(value) if self.anonymous else value

    def tags(self, tags: Sequence[str]) -> tuple[str, ...]:
        """Tags as shown; anonymous: a tag that is a name is replaced, as in the minutes."""
        return tuple(dict.fromkeys(self.text(t) for t in tags))

    def shared_words(self, words: Sequence[str]) -> tuple[str, ...]:
        """The words a theme's cards share, less any that is (part of) a name when anonymous.

        The words are lower case, so a surname ("nijhuis") would pass the redactor,
        which asks a surname alone for a capital: each is asked as a name would be written.
        """
        if not self.anonymous:
            return tuple(words)
        return tuple(
            w for w in words if self._redact(w[:1].upper() + w[1:]) == w[:1].upper() + w[1:]
        )

    def organisation(self, record: SessionRecord, person: Participant) -> str:
        return self.text(person.organisation) or self.text(
            record.sector_label(person.sector, self.lang)
        )

    def who(self, record: SessionRecord, person: Participant) -> str:
        org = self.organisation(record, person)
        if self.anonymous:
            return org
        name = self.text(person.name)
        return f"{name} ({org})" if name and org else name or org

    # -- the whole -----------------------------------------------------------------------
    def build(self) -> m.Synthesis:
        same = self._seeded_from_here()
        cards = [
            (record, card)
            for record in self.records
            for column in (Column.BARRIER, Column.OPPORTUNITY)
            for card in record.kept(column)
            if (record.session.id, card.id) not in same
        ]
        statements = [
            Statement(str(n), self._card_text(record, card), tuple(card.tags))
            for n, (record, card) in enumerate(cards)
        ]
        groups, theme_keys = self._groups(cards, statements)
        themes_of_card: dict[tuple[int, int], int] = {}
        drafts = []
        for group, key in zip(groups, theme_keys, strict=True):
            members = [cards[int(k)] for k in group.keys]
            drafts.append((group, members, key))
        drafts.sort(key=lambda d: self._theme_order(d[1], d[0], self._priority(d[2])))
        for number, (_group, members, _key) in enumerate(drafts, start=1):
            for record, card in members:
                themes_of_card[(record.session.id, card.id)] = number
        for seeded, origin in same.items():  # an action on a seeded card: its origin's theme
            if origin in themes_of_card:
                themes_of_card[seeded] = themes_of_card[origin]
        actions = self._actions(themes_of_card)
        titles = self._titles([(g, members) for g, members, _key in drafts])
        for n, (_group, _members, key) in enumerate(drafts):
            chosen = self.review.themes.get(key, ("", False))[0] if key else ""
            if chosen.strip():
                titles[n] = self.text(chosen)
        themes = tuple(
            self._theme(number, group, members, titles[number - 1], actions, key)
            for number, (group, members, key) in enumerate(drafts, start=1)
        )
        return m.Synthesis(
            lang=self.lang,
            as_of=self.as_of,
            anonymous=self.anonymous,
            chatham_house=self.chatham,
            sessions=tuple(self._session(r) for r in self.records),
            themes=themes,
            actions=actions,
            owners=self._owners(actions),
            gaps=self._gaps(themes, actions),
            province=self._province(themes, actions),
            participation=self._participation(),
            regions=tuple(dict.fromkeys(r.session.region for r in self.records)),
        )

    def _seeded_from_here(self) -> dict[tuple[int, int], tuple[int, int]]:
        """The barriers and opportunities a table took over from another table of this
        synthesis (a wrap-up's seeded board), each with the card it came from (session id,
        card id): the same card, counted once, where it was raised."""
        by_slug = {r.session.slug: r for r in self.records}
        origins: dict[tuple[str, Column, int], tuple[int, int]] = {}
        for record in self.records:
            numbers = record.numbers
            for column in (Column.BARRIER, Column.OPPORTUNITY):
                for card in record.kept(column):
                    if card.id in numbers:
                        key = (record.session.slug, column, numbers[card.id])
                        origins[key] = (record.session.id, card.id)
        same: dict[tuple[int, int], tuple[int, int]] = {}
        for record in self.records:
            for column in (Column.BARRIER, Column.OPPORTUNITY):
                for card in record.kept(column):
                    if not card.carried or card.from_number is None:
                        continue
                    if card.from_session not in by_slug or card.from_session == record.session.slug:
                        continue
                    origin = origins.get((card.from_session, column, card.from_number))
                    if origin is not None:
                        same[(record.session.id, card.id)] = origin
        return same

    def _groups(
        self, cards: Sequence[tuple[SessionRecord, Card]], statements: Sequence[Statement]
    ) -> tuple[list[Group], list[str]]:
        """The groups and their review keys: the organiser's themes first (each card they
        placed), then the cards they have not seen (a table added later), grouped as proposed.

        A card not seen joins the organiser's theme that holds most of the cards the
        proposal groups it with (all cards grouped as if nothing were reviewed), so a later
        table's placement card goes into the reviewed placements theme; the cards not seen
        whose proposed group holds no card the organiser placed form themes of their own.
        """
        pinned: dict[str, list[int]] = {}
        rest: list[int] = []
        for n, (record, card) in enumerate(cards):
            theme = self.review.cards.get(card_key(record, card))
            if theme:
                pinned.setdefault(theme, []).append(n)
            else:
                rest.append(n)
        if not pinned:
            proposed = self.grouper.group(statements)
            return proposed, [""] * len(proposed)
        theme_of = {n: key for key, members in pinned.items() for n in members}
        unseen: list[list[int]] = []
        for group in self.grouper.group(statements) if rest else ():
            members = [int(k) for k in group.keys]
            new = [n for n in members if n not in theme_of]
            if not new:
                continue
            held = Counter(theme_of[n] for n in members if n in theme_of)
            if held:  # the theme holding most of them (the first such, on a tie)
                pinned[held.most_common(1)[0][0]].extend(new)
            else:
                unseen.append(new)
        hand = {n for n, rc in enumerate(cards) if self._by_hand(*rc)}
        groups = [self._reviewed(statements, sorted(m), hand) for m in pinned.values()]
        groups += self.grouper.explain(statements, unseen)
        keys = list(pinned)
        return groups, keys + [""] * len(unseen)

    def _reviewed(
        self, statements: Sequence[Statement], members: list[int], hand: set[int]
    ) -> Group:
        """An organiser's theme: its cards, those the grouping put there first, then those
        placed by hand; why its cards belong together and what it is about (its concept, for
        its title) from the first alone, so a card moved in changes neither (when every card
        was placed by hand, the concept is theirs and no why is given)."""
        core = [n for n in members if n not in hand]
        placed = [n for n in members if n in hand]
        keys = tuple(str(n) for n in core + placed)
        if not core:
            concept = self.grouper.explain(statements, [members])[0].concept
            return Group(keys, Why(), concept)
        found = self.grouper.explain(statements, [core])[0]
        return Group(keys, found.why, found.concept)

    def _by_hand(self, record: SessionRecord, card: Card) -> bool:
        """Whether the organiser placed the card in its theme by hand."""
        return card_key(record, card) in self.review.by_hand

    def _priority(self, key: str) -> bool:
        return bool(key) and self.review.themes.get(key, ("", False))[1]

    def _card_text(self, record: SessionRecord, card: Card) -> str:
        """What a card says for grouping: its title and those of the cards merged into it."""
        return " \n".join([card.title, *(c.title for c in record.merged_from(card))])

    def _theme_order(
        self, members: Sequence[tuple[SessionRecord, Card]], group: Group, priority: bool
    ) -> tuple[bool, bool, int, int, int, int]:
        """Where a theme comes, as the report shows them: the priority themes, the themes of
        more than one card, then the single points; each by regions, votes, cards, first seen.
        The themes are numbered in this order, on the review screen as in the report."""
        regions = {r.session.region for r, _c in members}
        votes = sum(c.votes for _r, c in members)
        first = min(int(k) for k in group.keys)
        single = not priority and len(members) < 2
        return (not priority, single, -len(regions), -votes, -len(members), first)

    # -- sessions ------------------------------------------------------------------------
    def _session(self, record: SessionRecord) -> m.SessionLine:
        s = record.session
        zone = s.starts_at.tzinfo
        day = s.starts_at.astimezone(zone).date() if zone is not None else s.starts_at.date()
        return m.SessionLine(
            slug=s.slug,
            title=self.text(s.title),
            region=self.text(s.region),
            day=day,
            status=s.status.value,
            chatham_house=s.chatham_house,
            participants=len(record.attended),
            organisations=len({self.organisation(record, p) for p in record.attended}),
            contributions=len(record.contributions),
            cards=sum(
                len(record.kept(c)) for c in (Column.BARRIER, Column.OPPORTUNITY, Column.ACTION)
            ),
        )

    # -- themes --------------------------------------------------------------------------
    def _titles(
        self, drafts: Sequence[tuple[Group, list[tuple[SessionRecord, Card]]]]
    ) -> list[str]:
        """A concept's label for the theme of two or more cards that is most about it (most
        cards, then most votes, then first); the words of its leading card for the others.

        A card split off on its own, or a second, smaller theme of the same concept, does
        not take the label from the theme it came from. Only the cards the grouping put in a
        theme count (all of them, when the organiser placed every one by hand): a card moved
        in by hand does not change its title.
        """
        own = [
            [rc for rc in members if not self._by_hand(*rc)] or members for _g, members in drafts
        ]
        labelled: dict[str, int] = {}
        for n, (group, _members) in enumerate(drafts):
            concept = group.concept
            if concept is None or len(own[n]) < 2:
                continue
            best = labelled.get(concept)
            if best is None or _weight(own[n]) > _weight(own[best]):
                labelled[concept] = n
        titles = []
        for n, (group, _members) in enumerate(drafts):
            concept = group.concept
            if concept is not None and labelled.get(concept) == n:
                titles.append(self.grouper.thesaurus.label(concept, self.lang))
                continue
            # the most voted barrier (first of them): the theme's problem, as the gaps name it;
            # its most voted opportunity when it has no barrier
            barriers = [rc for rc in own[n] if rc[1].column == Column.BARRIER]
            lead = max(barriers or own[n], key=lambda rc: rc[1].votes)
            titles.append(card_title(self.text(lead[1].title)))
        return titles

    def _theme(
        self,
        number: int,
        group: Group,
        members: Sequence[tuple[SessionRecord, Card]],
        title: str,
        actions: Sequence[m.Action],
        key: str = "",
    ) -> m.Theme:
        cards = tuple(
            m.ThemeCard(
                session=record.session.slug,
                region=self.text(record.session.region),
                column=card.column.value,
                text=self.text(card.title),
                raised_by=tuple(dict.fromkeys(self.who(record, p) for p in record.raised_by(card))),
                votes=card.votes,
                tags=self.tags(card.tags),
                number=record.numbers.get(card.id),
                key=card_key(record, card),
                by_hand=self._by_hand(record, card),
            )
            for record, card in members
        )
        why = m.WhyLine(
            tags=self.tags(group.why.tags),
            concepts=tuple(
                (self.grouper.thesaurus.label(key, self.lang), words)
                for key, words in group.why.concepts
            ),
            words=self.shared_words(group.why.words),
        )
        # its regions in the order of the sessions, as everywhere in the report, also when
        # the organiser placed a card of another region in it
        regions = {c.region for c in cards}
        return m.Theme(
            number=number,
            title=title,
            concept=group.concept,
            regions=tuple(r for r in self._region_order if r in regions),
            votes=sum(c.votes for c in cards),
            cards=cards,
            why=why,
            actions=tuple(a.number for a in actions if number in a.themes),
            key=key,
            priority=self._priority(key),
        )

    # -- actions -------------------------------------------------------------------------
    def _actions(self, themes_of_card: Mapping[tuple[int, int], int]) -> tuple[m.Action, ...]:
        """Every action of the tables, each once: an action one table carried over from
        another is the same action, so when both tables are included it is listed once,
        as the later table left it (its session, owners and due date), with the status set
        last on any of its copies (see :mod:`facilitator.domain.copies`) and the themes either
        table linked it to, under the region of the table it was agreed at (as a seeded
        card); when that table is not included, under the region it was carried to.
        """
        by_slug = {r.session.slug: r for r in self.records}
        latest: dict[tuple[str, int], tuple[SessionRecord, Card]] = {}
        linked: dict[tuple[str, int], set[int]] = {}
        marks: dict[tuple[str, int], list[copies.StatusMark]] = {}
        order: list[tuple[str, int]] = []
        for record in self.records:
            numbers = record.numbers
            for card in record.kept(Column.ACTION):
                if card.carried and card.from_number is not None:
                    origin = (card.from_session, card.from_number)
                else:
                    origin = (record.session.slug, numbers.get(card.id, card.id))
                themes = {
                    themes_of_card[(record.session.id, target.id)]
                    for target in record.addressed(card)
                    if (record.session.id, target.id) in themes_of_card
                }
                linked.setdefault(origin, set()).update(themes)
                changed = self.status_changed.get(card.id)
                mark = copies.status_mark(card, record.session.starts_at, changed)
                marks.setdefault(origin, []).append(mark)
                kept = latest.get(origin)
                if kept is None:
                    order.append(origin)
                    latest[origin] = (record, card)
                elif kept[0].session.starts_at <= record.session.starts_at:
                    latest[origin] = (record, card)
        found: list[m.Action] = []
        for origin in order:
            record, card = latest[origin]
            status = copies.latest_status(marks[origin]) or card.status
            home = by_slug.get(origin[0], record)
            found.append(
                m.Action(
                    number=len(found) + 1,
                    session=record.session.slug,
                    region=self.text(home.session.region),
                    text=self.text(card.title),
                    owners=self._owners_of(record, card),
                    due=card.due,
                    past_due=status == ActionStatus.OPEN
                    and card.due is not None
                    and card.due < self.as_of,
                    themes=tuple(sorted(linked[origin])),
                    status=status.value,
                )
            )
        return tuple(found)

    def _owners_of(self, record: SessionRecord, card: Card) -> tuple[m.Owner, ...]:
        owners: list[m.Owner] = []
        for owner in card.owners:
            person = record.participant(owner.participant_id)
            organisation = self.text(owner.organisation)
            lead = ""
            province = is_province(organisation)
            if person is not None:
                organisation = organisation or self.organisation(record, person)
                lead = "" if self.anonymous else self.text(person.name)
                province = province or person.sector == PROVINCE_SECTOR
                province = province or is_province(organisation)
            if organisation or lead:
                entry = m.Owner(organisation, lead, province)
                if entry not in owners:
                    owners.append(entry)
        return tuple(owners)

    def _owners(self, actions: Sequence[m.Action]) -> tuple[m.OwnerGroup, ...]:
        by_org: dict[str, tuple[str, list[int]]] = {}
        nobody: list[int] = []
        for action in actions:
            if not action.owners:
                nobody.append(action.number)
            for organisation in dict.fromkeys(o.organisation for o in action.owners):
                key = organisation.casefold()
                shown, numbers = by_org.setdefault(key, (organisation, []))
                if action.number not in numbers:
                    numbers.append(action.number)
        groups = [m.OwnerGroup(shown, tuple(numbers)) for shown, numbers in by_org.values()]
        groups.sort(key=lambda g: (-len(g.actions), g.organisation.casefold()))
        if nobody:
            groups.append(m.OwnerGroup("", tuple(nobody)))
        return tuple(groups)

    # -- gaps and the province -------------------------------------------------------------
    @staticmethod
    def _dealing(theme: m.Theme, actions: Sequence[m.Action]) -> list[m.Action]:
        """The actions that deal with a theme: open or done, not dropped (a dropped action
        is listed under the theme, but neither addresses its barriers nor makes its owner a
        lead there)."""
        return [a for n in theme.actions if not (a := actions[n - 1]).dropped]

    def _gaps(self, themes: Sequence[m.Theme], actions: Sequence[m.Action]) -> m.Gaps:
        return m.Gaps(
            barriers_without_action=tuple(
                t.number for t in themes if t.barriers and not self._dealing(t, actions)
            ),
            actions_without_owner=tuple(
                a.number for a in actions if not a.owners and a.status == ActionStatus.OPEN
            ),
            actions_past_due=tuple(a.number for a in actions if a.past_due),
        )

    def _province(self, themes: Sequence[m.Theme], actions: Sequence[m.Action]) -> m.Province:
        involved: list[m.ProvinceTheme] = []
        for theme in themes:
            addressing = self._dealing(theme, actions)
            reasons = []
            if any(o.province for a in addressing for o in a.owners):
                reasons.append("owner")
            texts = [c.text for c in theme.cards] + [a.text for a in addressing]
            tags = [t for c in theme.cards for t in c.tags]
            if any(_PROVINCE.search(t) for t in texts) or any(_PROVINCE.match(t) for t in tags):
                reasons.append("named")
            if reasons:
                involved.append(m.ProvinceTheme(theme.number, tuple(reasons)))
        without_lead = tuple(
            t.number
            for t in themes
            if len({c.region for c in t.cards if c.column == "barrier"}) > 1
            and not any(a.owners for a in self._dealing(t, actions))
        )
        return m.Province(tuple(involved), without_lead)

    # -- participation ---------------------------------------------------------------------
    def _participation(self) -> m.Participation:
        regions: dict[str, _Sum] = {}
        sectors: dict[str, _Sum] = {}
        for record in self.records:
            region = self.text(record.session.region)
            row = regions.setdefault(region, _Sum(region))
            row.sessions += 1
            row.people += len(record.attended)
            for person in record.attended:
                row.organisations.setdefault(self.organisation(record, person), None)
            tallies = record.by_participant
            row.turns += sum(t.turns for t in tallies.values())
            row.seconds += sum(t.seconds for t in tallies.values())
            # Whole seconds as the minutes of the session show them (cut per participant,
            # added up), so the synthesis and the minutes give the same figures.
            times = stats.whole_times(
                tallies,
                {p.id: p.sector for p in record.participants},
                {p.id: p.sector for p in record.participants},
            )
            row.whole += times.seconds
            by_sector = record.by_sector
            for key in dict.fromkeys([*record.sector_order, *by_sector]):
                people = sum(1 for p in record.attended if p.sector == key)
                tally = by_sector.get(key, stats.Tally())
                if people == 0 and tally.turns == 0:
                    continue
                label = self.text(record.sector_label(key, self.lang))
                entry = sectors.setdefault(key, _Sum(label))
                entry.people += people
                entry.turns += tally.turns
                entry.seconds += tally.seconds
                entry.whole += times.sectors.get(key, (0, 0.0))[0]
                entry.per_region[region] = entry.per_region.get(region, 0) + people
        total = sum(r.seconds for r in regions.values())

        def share(seconds: float) -> float:
            return seconds / total if total > 0 else 0.0

        # Whole seconds as in the minutes: the regions, and the sectors, add up to the total.
        return m.Participation(
            seconds=sum(r.whole for r in regions.values()),
            turns=sum(r.turns for r in regions.values()),
            regions=tuple(
                m.RegionShare(
                    region=name,
                    sessions=row.sessions,
                    people=row.people,
                    organisations=tuple(row.organisations),
                    turns=row.turns,
                    seconds=row.whole,
                    share=share(row.seconds),
                )
                for name, row in regions.items()
            ),
            sectors=tuple(
                m.SectorShare(
                    key=key,
                    label=entry.label[:1].upper() + entry.label[1:],
                    people=entry.people,
                    turns=entry.turns,
                    seconds=entry.whole,
                    share=share(entry.seconds),
                    per_region=tuple((name, entry.per_region.get(name, 0)) for name in regions),
                )
                for key, entry in sectors.items()
            ),
        )


@records.record(frozen=False)
class _Sum:
    """Participation being added up, for a region or a sector."""

    label: str
    sessions: int = 0
    people: int = 0
    turns: int = 0
    seconds: float = 0.0
    whole: int = 0  # the whole seconds of the minutes, added up
    organisations: dict[str, None] = field(default_factory=dict)
    per_region: dict[str, int] = field(default_factory=dict)


# Words a title cut short should not end on: it would read as broken off mid-phrase
# ("… taal in de …"). Dutch and English articles, prepositions and conjunctions.
DANGLING = frozenset(
    """
    de het een en of in op van voor met aan bij naar om tot uit door over te als dan dat
    die dit deze zodat omdat want maar noch na onder tegen zonder via per
    the a an and or of to for in on with at by from as that than but into onto without
    """.split()
)


def card_title(text: str, limit: int = MAX_TITLE) -> str:
    """A theme's title drawn from a card's text (one line): the text whole when it fits in
    ``limit`` characters; else its first sentence, when that fits (without its full stop);
    else as many words as fit, with an ellipsis, not ending on a little word."""
    if len(text) <= limit:
        return text
    first = _SENTENCE_END.split(text, maxsplit=1)[0].rstrip(".;")
    if first and len(first) <= limit:
        return first
    words = len(text.split())
    while words > 1 and len(shorten(text, words)) > limit:
        words -= 1
    cut = shorten(text, words)
    return cut if len(cut) <= limit else text[: limit - 2].rstrip() + " …"  # one long word


def shorten(text: str, words: int) -> str:
    """The first ``words`` words of ``text``, with an ellipsis if there were more; a cut
    does not end on an article, a preposition or a conjunction, nor on a comma."""
    parts = text.split()
    if len(parts) <= words:
        return text
    kept = parts[:words]
    while len(kept) > 1 and kept[-1].lower().strip(",;:–—-") in DANGLING | {""}:
        kept.pop()
    kept[-1] = kept[-1].rstrip(",;:–—-") or kept[-1]
    return " ".join(kept) + " …"


def card_key(record: SessionRecord, card: Card) -> str:
    """What the organiser's review remembers a card by: ``slug#card-id``."""
    return f"{record.session.slug}#{card.id}"


def build_synthesis(
    records: Sequence[SessionRecord],
    *,
    lang: str,
    as_of: date,
    anonymous: bool = False,
    thesaurus: Thesaurus | None = None,
    review: m.Review | None = None,
    status_changed: Mapping[int, datetime] | None = None,
) -> m.Synthesis:
    """The synthesis of ``records`` in ``lang``; ``as_of`` is the day that decides what is late.

    ``review``: the organiser's themes, titles and priorities (see :class:`~.model.Review`).
    ``status_changed``: when each action's status was last changed (card id -> time, from
    the change log), to tell which copy of an action carried forward was set last.
    """
    return Builder(
        records,
        lang=lang,
        as_of=as_of,
        anonymous=anonymous,
        thesaurus=thesaurus,
        review=review,
        status_changed=status_changed,
    ).build()


def _weight(members: Sequence[tuple[SessionRecord, Card]]) -> tuple[int, int]:
    """How much a theme is of its concept: its cards, then its votes."""
    return (len(members), sum(card.votes for _record, card in members))
