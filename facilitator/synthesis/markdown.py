"""The synthesis as Markdown, in Dutch or English.

In order: the heading (regions, the day it holds for, a one-line summary,
the anonymity note); the round tables included; the recurring themes, each
with its regions, votes, why its cards belong together, its cards and the
actions that address it, then the single points; the actions by owner; what
is still open; where the province can add value; participation by region and
by sector with a Mermaid pie chart. All user text is escaped
(:mod:`facilitator.export.escape`); the same synthesis gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from facilitator.domain.stats import apportion
from facilitator.export.escape import escape_cell, escape_heading, escape_line, mermaid_label
from facilitator.export.formatting import (
    format_count,
    format_date,
    format_percent,
    format_speaking,
    plural,
)
from facilitator.export.markdown.writer import Table
from facilitator.synthesis.model import Action, Synthesis, Theme
from facilitator.synthesis.words import WORDS

NO_VALUE = "—"


class MarkdownWriter:
    """Writes one synthesis, section after section."""

    def __init__(self, synthesis: Synthesis, *, charts: bool = True) -> None:
        self.s = synthesis
        self.lang = synthesis.lang
        self.charts = charts
        self.out: list[str] = []

    # -- helpers ---------------------------------------------------------------------
    def w(self, key: str, /, **values: object) -> str:
        return WORDS(self.lang, key, **values)

    def n(self, key: str, count: int) -> str:
        one, many = self.w(key).split("|")
        return plural(count, one, many, self.lang)

    def count(self, count: int) -> str:
        """A count on its own (a table's cell): ``1.002`` / ``1,002``."""
        return format_count(count, self.lang)

    def para(self, text: str) -> None:
        self.out += [text, ""]

    def heading(self, level: int, text: str) -> None:
        self.para("#" * level + " " + text)

    def table(self, header: list[str], align: str, rows: list[list[str]]) -> None:
        self.out += Table(header, list(align), rows).lines()
        self.out.append("")

    def bullets(self, items: Iterable[str]) -> None:
        lines = [f"- {item}" for item in items]
        if lines:
            self.out += [*lines, ""]

    def listing(self, values: Iterable[str]) -> str:
        values = list(values)
        if len(values) <= 1:
            return "".join(values)
        return ", ".join(values[:-1]) + f" {self.w('and')} " + values[-1]

    def day(self, value: object) -> str:
        from datetime import date

        assert isinstance(value, date)
        return format_date(value, self.lang, weekday=False)

    def action_ref(self, number: int) -> str:
        return f"{self.w('prefix.action')}{number}"

    def theme_actions(self, theme: Theme) -> str:
        """The actions that address a theme, each marked *(done)* / *(dropped)* once it is:
        a dropped one is listed as history, though it deals with nothing (see the gaps)."""
        refs = []
        for number in theme.actions:
            status = self.s.action(number).status
            mark = "" if status == "open" else " *(" + self.w(f"status.{status}") + ")*"
            refs.append(self.action_ref(number) + mark)
        return ", ".join(refs)

    # -- the whole -------------------------------------------------------------------
    def render(self) -> str:
        self.header()
        if self.s.sessions:
            self.sessions()
            self.themes()
            self.actions()
            self.gaps()
            self.province()
            self.participation()
        self.out.append("---")
        self.out.append("")
        self.para("*" + self.w("footer") + "*")
        while self.out and self.out[-1] == "":
            self.out.pop()
        return "\n".join(self.out) + "\n"

    def header(self) -> None:
        regions = [escape_heading(r) for r in self.s.regions]
        title = self.w("title") + (" — " + ", ".join(regions) if regions else "")
        self.heading(1, title)
        if not self.s.sessions:
            self.para(self.w("nothing"))
            return
        self.para(
            "**"
            + self.w("as_of", day=format_date(self.s.as_of, self.lang))
            + ".** "
            + self.w(
                "summary",
                sessions=self.n("n.session", len(self.s.sessions)),
                regions=self.listing(escape_line(r) for r in self.s.regions),
                themes=self.counted_themes(),
                actions=self.n("n.action", len(self.s.actions)),
            )
        )
        if self.s.chatham_house:
            self.para("> " + self.w("chatham"))
        elif self.s.anonymous:
            self.para("> " + self.w("anonymous"))

    def counted_themes(self) -> str:
        """The themes as the report lists them, how many of them in more than one region,
        and the single points apart (not themes: they resemble nothing else)."""
        themes = [t for t in self.s.themes if not t.single]
        singles = len(self.s.themes) - len(themes)
        if not themes:
            if not singles:
                return self.w("summary.no_themes")
            return self.w("summary.only_singles", singles=self.n("n.single", singles))
        recurring = sum(t.recurring for t in themes)
        counted = self.n("n.theme", len(themes))
        if len(themes) == 1:  # not «1 theme, none of them in more than one region»
            said = self.w(
                "summary.theme.recurring" if recurring else "summary.theme", themes=counted
            )
        else:
            said = self.w(
                "summary.themes",
                themes=counted,
                recurring=self.count(recurring) if recurring else self.w("recurring.none"),
            )
        if singles:
            said = self.w("summary.singles", themes=said, singles=self.n("n.single", singles))
        return said

    # -- sessions --------------------------------------------------------------------
    def sessions(self) -> None:
        self.heading(2, self.w("h.sessions"))
        rows = []
        for line in self.s.sessions:
            title = escape_cell(line.title)
            if line.status != "closed":
                title += " " + self.w("draft")
            rows.append(
                [
                    escape_cell(line.region),
                    self.day(line.day),
                    title,
                    self.count(line.participants),
                    self.count(line.organisations),
                    self.count(line.contributions),
                    self.count(line.cards),
                ]
            )
        keys = ["region", "date", "session", "participants", "organisations", "contributions"]
        self.table([self.w(f"col.{k}") for k in [*keys, "cards"]], "lllrrrr", rows)

    # -- themes ----------------------------------------------------------------------
    def themes(self) -> None:
        one_region = len(self.s.regions) < 2  # its themes recur in no other region
        self.heading(2, self.w("h.themes.one_region" if one_region else "h.themes"))
        if not self.s.themes:
            self.para(self.w("no_themes"))
            return
        if all(is_single(t) for t in self.s.themes):  # no theme to put in an order
            self.para(self.w("themes_intro.singles"))
        else:  # the order, as the themes are sorted (see SynthesisBuilder._theme_order)
            priority = "priority." if any(t.priority for t in self.s.themes) else ""
            order = self.w(f"order.{priority}{'votes' if one_region else 'regions'}")
            self.para(self.w("themes_intro", order=order))
        single = [t for t in self.s.themes if is_single(t)]
        for theme in self.s.themes:
            if not is_single(theme):
                self.theme(theme)
        if single:
            self.heading(3, self.w("h.single"))
            self.para(self.w("single_intro"))
            rows = []
            for theme in single:
                card = theme.cards[0]
                rows.append(
                    [
                        str(theme.number),
                        self.w(f"column.{card.column}"),
                        escape_cell(card.region),
                        escape_cell(card.text),
                        escape_cell(", ".join(card.raised_by)) or NO_VALUE,
                        self.count(card.votes),
                        self.theme_actions(theme) or NO_VALUE,
                    ]
                )
            header = ["nr", "kind", "region", "card", "raised_by", "votes"]  # no theme: a number
            self.table([*(self.w(f"col.{k}") for k in header), self.w("actions")], "rllllrl", rows)

    def theme(self, theme: Theme) -> None:
        star = " ★ " + self.w("priority") if theme.priority else ""
        self.heading(3, escape_heading(f"{theme.number}. {theme.title}") + star)
        counts = []
        if theme.barriers:
            counts.append(self.n("n.barrier", theme.barriers))
        if theme.opportunities:
            counts.append(self.n("n.opportunity", theme.opportunities))
        self.out.append(
            f"**{self.w('regions' if len(theme.regions) > 1 else 'region')}:** "
            + ", ".join(escape_line(r) for r in theme.regions)
            + f" · **{self.w('votes')}:** {self.count(theme.votes)} · "
            + ", ".join(counts)
            + "  "
        )
        if len(theme.cards) > 1:  # a priority theme of one card: nothing to say why
            self.out.append(f"**{self.w('why')}:** {self.why(theme)}  ")
        actions = self.theme_actions(theme)
        self.para(f"**{self.w('actions')}:** " + (actions or self.w("no_action")))
        rows = [
            [
                self.w(f"column.{card.column}"),
                escape_cell(card.region),
                escape_cell(card.text),
                escape_cell(", ".join(card.raised_by)) or NO_VALUE,
                self.count(card.votes),
            ]
            for card in theme.cards
        ]
        header = ["kind", "region", "card", "raised_by", "votes"]
        self.table([self.w(f"col.{k}") for k in header], "llllr", rows)

    def why(self, theme: Theme) -> str:
        parts = []
        if theme.why.tags:
            tags = " ".join("#" + escape_line(t) for t in theme.why.tags)
            key = "why.tag" if len(theme.why.tags) == 1 else "why.tags"
            parts.append(self.w(key, tags=tags))
        for label, words in theme.why.concepts:
            shown = ", ".join(escape_line(w) for w in words)
            key = "why.concept" if shown else "why.concept_only"
            parts.append(self.w(key, label=escape_line(label), words=shown))
        if theme.why.words:
            parts.append(
                self.w("why.words", words=", ".join(escape_line(w) for w in theme.why.words))
            )
        placed = [
            self.w("why.card", text=escape_line(c.text), region=escape_line(c.region))
            for c in theme.cards
            if c.by_hand
        ]
        if placed:  # the organiser's, not the grouping's: they need share none of the above
            parts.append(self.w("why.by_hand", cards=", ".join(placed)))
        return "; ".join(parts) or NO_VALUE

    # -- actions -----------------------------------------------------------------------
    def actions(self) -> None:
        self.heading(2, self.w("h.actions"))
        if not self.s.actions:
            self.para(self.w("no_actions"))
            return
        self.para(self.w("actions_intro"))
        for group in self.s.owners:
            name = escape_heading(group.organisation) if group.organisation else self.w("no_owner")
            self.heading(3, f"{name} ({self.count(len(group.actions))})")
            rows = []
            for number in group.actions:
                action = self.s.action(number)
                leads = [
                    o.lead
                    for o in action.owners
                    if o.organisation.casefold() == group.organisation.casefold() and o.lead
                ]
                text = escape_cell(action.text)
                if action.status != "open":
                    text += " *(" + self.w(f"status.{action.status}") + ")*"
                row = [self.action_ref(number), text, escape_cell(action.region)]
                if not self.s.anonymous:
                    row.append(escape_cell(", ".join(leads)) or NO_VALUE)
                row += [self.due(action), ", ".join(str(t) for t in action.themes) or NO_VALUE]
                rows.append(row)
            header = ["nr", "action", "region", "lead", "due", "themes"]
            if self.s.anonymous:
                header.remove("lead")  # nobody is named: no column of dashes
            self.table([self.w(f"col.{k}") for k in header], "l" * len(header), rows)

    def due(self, action: Action) -> str:
        if action.due is None:
            return NO_VALUE
        day = self.day(action.due)
        return self.w("past_due", day=day) if action.past_due else day

    # -- gaps --------------------------------------------------------------------------
    def theme_ref(self, number: int) -> str:
        theme = self.s.theme(number)
        return self.w(
            "single_ref" if is_single(theme) else "theme_ref",
            number=number,
            title=escape_line(theme.title),
            regions=", ".join(escape_line(r) for r in theme.regions),
        )

    def action_line(self, number: int, *, mark_past_due: bool = True) -> str:
        """One action in a list; ``mark_past_due=False`` under the heading that says so."""
        action = self.s.action(number)
        line = self.w(
            "action_ref",
            number=self.action_ref(number),
            text=escape_line(action.text),
            region=escape_line(action.region),
        )
        if action.due is not None:
            line += " — " + (self.due(action) if mark_past_due else self.day(action.due))
        return line

    def gaps(self) -> None:
        gaps = self.s.gaps
        self.heading(2, self.w("h.gaps"))
        self.heading(3, self.w("h.gaps.barriers"))
        if gaps.barriers_without_action:
            self.bullets(self.theme_ref(n) for n in gaps.barriers_without_action)
        else:
            self.para(self.w("none"))
        self.heading(3, self.w("h.gaps.owner"))
        if gaps.actions_without_owner:
            self.bullets(self.action_line(n) for n in gaps.actions_without_owner)
        else:
            self.para(self.w("none"))
        self.heading(3, self.w("h.gaps.due") + f" ({self.day(self.s.as_of)})")
        if gaps.actions_past_due:
            self.bullets(self.action_line(n, mark_past_due=False) for n in gaps.actions_past_due)
        else:
            self.para(self.w("none"))

    # -- the province --------------------------------------------------------------------
    def province(self) -> None:
        province = self.s.province
        self.heading(2, self.w("h.province"))
        self.para(self.w("province_intro"))
        themes = [self.s.theme(entry.theme) for entry in province.themes]
        singles = any(is_single(theme) for theme in themes)  # named as such, not as themes
        self.heading(3, self.w("h.province.involved" + (".singles" if singles else "")))
        if province.themes:
            rows = []
            for entry, theme in zip(province.themes, themes, strict=True):
                number = str(theme.number)
                rows.append(
                    [
                        self.w("single_nr", number=number) if is_single(theme) else number,
                        escape_cell(theme.title),
                        escape_cell(", ".join(theme.regions)),
                        ", ".join(self.w(f"reason.{r}") for r in entry.reasons),
                        self.theme_actions(theme) or NO_VALUE,
                    ]
                )
            named = self.w("col.theme_or_single" if singles else "col.theme")
            header = [self.w("col.nr"), named, self.w("regions"), self.w("col.role")]
            self.table([*header, self.w("actions")], "rllll", rows)
        else:
            self.para(self.w("none"))
        self.heading(3, self.w("h.province.no_lead"))
        if province.recurring_without_lead:
            self.bullets(self.theme_ref(n) for n in province.recurring_without_lead)
        else:
            self.para(self.w("none"))

    # -- participation -------------------------------------------------------------------
    def participation(self) -> None:
        p = self.s.participation
        self.heading(2, self.w("h.participation"))
        if p.turns == 0:
            self.para(self.w("nobody_spoke"))
        else:
            self.para(
                self.w(
                    "participation_total",
                    time=format_speaking(p.seconds, self.lang),
                    turns=self.n("n.turn", p.turns),
                )
            )
        self.heading(3, self.w("h.by_region"))
        rows = [
            [
                escape_cell(r.region),
                self.count(r.sessions),
                self.count(r.people),
                self.count(len(r.organisations)),
                self.count(r.turns),
                format_speaking(r.seconds, self.lang),
                format_percent(percent / 100),
            ]
            for r, percent in zip(
                p.regions, whole_percents([r.share for r in p.regions]), strict=True
            )
        ]
        keys = ["region", "sessions", "people", "organisations", "turns", "speaking", "share"]
        self.table([self.w(f"col.{k}") for k in keys], "lrrrrrr", rows)
        self.heading(3, self.w("h.by_sector"))
        regions = [r.region for r in p.regions]
        rows = [
            [
                escape_cell(sector.label),
                *(self.count(people) for _region, people in sector.per_region),
                self.count(sector.turns),
                format_speaking(sector.seconds, self.lang),
                format_percent(percent / 100),
            ]
            for sector, percent in zip(
                p.sectors, whole_percents([x.share for x in p.sectors]), strict=True
            )
        ]
        header = [
            self.w("col.sector"),
            *(escape_cell(r) for r in regions),
            *(self.w(f"col.{k}") for k in ("turns", "speaking", "share")),
        ]
        self.table(header, "l" + "r" * (len(regions) + 3), rows)
        self.para(self.w("sector_people"))
        if self.charts:
            self.pie()
        self.heading(3, self.w("h.at_table"))
        rows = [
            [escape_cell(r.region), escape_cell(", ".join(r.organisations)) or NO_VALUE]
            for r in p.regions
        ]
        self.table([self.w("col.region"), self.w("col.organisations")], "ll", rows)

    def slices(self) -> list[tuple[str, int, int]]:
        """The pie chart: (sector, seconds, whole percents) as the table per sector shows."""
        sectors = self.s.participation.sectors
        percents = whole_percents([x.share for x in sectors])
        return [
            (x.label, x.seconds, percent)
            for x, percent in zip(sectors, percents, strict=True)
            if x.seconds > 0
        ]

    def pie(self) -> None:
        slices = self.slices()
        if not slices:
            return
        self.out.append("```mermaid")
        self.out.append(f"pie title {self.w('pie_title')}")
        for label, seconds, _percent in slices:
            self.out.append(f'    "{mermaid_label(label)}" : {seconds}')
        self.out += ["```", ""]


def is_single(theme: Theme) -> bool:
    """A single point (:attr:`Theme.single`). The singles are numbered last, so the numbers
    run in the order the report shows them."""
    return theme.single


def whole_percents(shares: Sequence[float]) -> list[int]:
    """Shares (fractions of one total) in whole percents that add up to 100 (all 0 if none):
    rounded each on its own they could make 99% or 101%."""
    whole = apportion(dict(enumerate(s * 100 for s in shares)), 100 if any(shares) else 0)
    return [whole[n] for n in range(len(shares))]


def render_markdown(synthesis: Synthesis, *, charts: bool = True) -> str:
    """The synthesis as Markdown (in its own language)."""
    return MarkdownWriter(synthesis, charts=charts).render()
