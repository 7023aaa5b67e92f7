"""The synthesis across three scripted regional round tables (tests/regional.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.domain.model import (
    ActionStatus,
    Card,
    Column,
    Contribution,
    Kind,
    Session,
    SessionStatus,
)
from facilitator.store import Store
from facilitator.store.importer import import_plan
from facilitator.synthesis.command import make_synthesis, render
from facilitator.synthesis.model import Synthesis, Theme
from tests.conftest import ROOT
from tests.regional import build_regional_sessions, regional_plans

SCHEMA = json.loads((ROOT / "docs" / "synthesis-schema.json").read_text(encoding="utf-8"))
AS_OF = date(2021, 1, 20)


@pytest.fixture
def open_regions(tmp_path: Path) -> Iterator[Store]:
    """The same three tables, none under the Chatham House rule."""
    clock = FakeClock()
    store = Store(tmp_path / "open.db", clock=clock)
    build_regional_sessions(store, clock, regional_plans(chatham_house=False))
    yield store
    store.close()


def synth(store: Store, **options: object) -> Synthesis:
    return make_synthesis(store, as_of=AS_OF, **options)  # type: ignore[arg-type]


def theme_with(s: Synthesis, text: str) -> Theme:
    return next(t for t in s.themes if any(text in c.text for c in t.cards))


def test_the_same_theme_in_other_words_is_one_recurring_theme(regions: Store) -> None:
    s = synth(regions)
    stage = theme_with(s, "stageplaatsen")
    assert {c.text for c in stage.cards} >= {
        "Te weinig stageplaatsen in de techniek sinds corona",
        "Bedrijven haken af als leerbedrijf door de extra begeleiding",
        "Tekort aan bbl-plaatsen in de metaal en de bouw",
    }
    assert stage.regions == ("Twente", "Regio Zwolle", "Stedendriehoek")
    assert stage.title == "Stage- en leerwerkplekken"
    assert stage.why.concepts[0][0] == "Stage- en leerwerkplekken"
    assert {"bbl", "leerbedrijf", "stageplaats"} <= set(stage.why.concepts[0][1])
    transport = theme_with(s, "Busverbinding")
    assert {c.region for c in transport.cards} == {"Twente", "Regio Zwolle", "Stedendriehoek"}
    assert any("Reiskosten" in c.text for c in transport.cards)
    assert any("openbaar vervoer" in c.text for c in transport.cards)
    flex = theme_with(s, "Uitzendkrachten")
    assert len(flex.cards) == 3 and flex.recurring
    # recurring themes first; a theme's votes are its cards' votes
    recurring = [t.recurring for t in s.themes]
    assert recurring == sorted(recurring, reverse=True)
    assert stage.votes == sum(c.votes for c in stage.cards)
    # a point alone stays alone
    debts = theme_with(s, "Schulden")
    assert len(debts.cards) == 1 and not debts.recurring


def test_actions_by_owner_with_region_lead_and_due(open_regions: Store) -> None:
    s = synth(open_regions)
    owners = {g.organisation: g.actions for g in s.owners}
    province = [s.action(n) for n in owners["Provincie Overijssel"]]
    assert [(a.region, a.text) for a in province] == [
        ("Twente", "Inventarisatie stage- en bbl-plaatsen in de techniek"),
        ("Stedendriehoek", "Verkenning van een mobiliteitspool"),
    ]
    # an owner that is a participant gives both the organisation and the lead
    mobility = province[1]
    assert mobility.owners[0].lead == "Maarten Oosterhof"
    assert mobility.due == date(2021, 1, 31) and not mobility.past_due
    assert s.owners[-1].organisation == ""  # without an owner comes last
    text = render(s, "md")
    assert "### Provincie Overijssel (2)" in text
    assert (
        "| A8 | Verkenning van een mobiliteitspool | Stedendriehoek | Maarten Oosterhof |" in text
    )


def test_gaps(regions: Store) -> None:
    s = synth(regions)
    unaddressed = [s.theme(n) for n in s.gaps.barriers_without_action]
    assert any(c.text.startswith("Schulden") for t in unaddressed for c in t.cards)
    assert all(not t.actions for t in unaddressed)
    assert [s.action(n).text for n in s.gaps.actions_without_owner] == [
        "Onderzoeken of flexwerkers een opleidingsbudget kunnen krijgen",
        "Taalcoaches koppelen aan statushouders in de bbl",
    ]
    assert [s.action(n).due for n in s.gaps.actions_past_due] == [
        date(2020, 12, 15),
        date(2021, 1, 15),
        date(2020, 11, 30),
    ]
    later = make_synthesis(regions, as_of=date(2020, 11, 1))
    assert later.gaps.actions_past_due == ()


def test_where_the_province_can_add_value(regions: Store) -> None:
    s = synth(regions)
    involved = {s.theme(t.theme).title: t.reasons for t in s.province.themes}
    assert involved["Stage- en leerwerkplekken"] == ("owner", "named")
    assert involved["Reiskosten en vervoer"] == ("owner", "named")
    without_lead = [s.theme(n).title for n in s.province.recurring_without_lead]
    assert "Flexwerkers en zzp'ers" in without_lead  # an action, but nobody leads it
    assert "Stage- en leerwerkplekken" not in without_lead
    text = render(s, "md")
    assert "## Waar de provincie waarde kan toevoegen" in text


def test_participation_per_region_and_sector_with_a_chart(regions: Store) -> None:
    s = synth(regions)
    p = s.participation
    assert [r.region for r in p.regions] == ["Twente", "Regio Zwolle", "Stedendriehoek"]
    # the regions and the sectors each add up to the total, in seconds and in percents
    assert sum(r.seconds for r in p.regions) == p.seconds
    assert sum(x.seconds for x in p.sectors) == p.seconds
    assert sum(r.share for r in p.regions) == pytest.approx(1.0)
    province = next(x for x in p.sectors if x.key == "provincie")
    assert province.per_region == (("Twente", 1), ("Regio Zwolle", 1), ("Stedendriehoek", 1))
    text = render(s, "md")
    assert "```mermaid\npie title Spreektijd per sector, alle regio's\n" in text
    for heading in ("### Per regio", "### Per sector"):
        table = text[text.index(heading) :].split("\n\n")[1]
        shares = re.findall(r"\| (\d+)% \|$", table, re.MULTILINE)
        assert len(shares) == len(p.regions if "regio" in heading else p.sectors)
        assert sum(int(n) for n in shares) == 100, heading
    legend = re.findall(r" — (\d+)%</li>", render(s, "html"))
    assert sum(int(n) for n in legend) == 100


def test_chatham_house_in_any_session_names_nobody_in_any_format(regions: Store) -> None:
    s = synth(regions)
    assert s.anonymous and s.chatham_house
    names = [p.name for plan in regional_plans() for p in plan.participants]
    for fmt in ("md", "json", "html"):
        text = render(s, fmt)
        for name in names:
            assert name not in text, (fmt, name)
    data = json.loads(render(s, "json"))
    assert all(o["lead"] == "" for a in data["actions"] for o in a["owners"])
    assert "Provincie Overijssel" in {
        o["organisation"] for a in data["actions"] for o in a["owners"]
    }


def test_names_typed_into_cards_are_taken_out_as_in_the_minutes(regions: Store) -> None:
    """A first name, a surname, the organisers' names and a tag: the same rule as the
    minutes (docs/minutes.md), not only a full name typed whole."""
    twente = next(s for s in regions.sessions() if s.region == "Twente")
    people = {p.name: p for p in regions.participants(twente.id)}
    erik = people["Erik Nijhuis"]
    for title in (
        "Erik zoekt met Samira's team naar stageplaatsen; Nijhuis belt Wouter",
        "Lotte Hendriks noteert: te weinig stageplaatsen volgens Erik",
    ):
        with regions.change(twente.id, "card barrier") as tx:
            card = tx.insert(
                Card(
                    0,
                    twente.id,
                    Column.BARRIER,
                    title,
                    99.0,
                    twente.starts_at,
                    participant_id=erik.id,
                    tags=["samira"],
                )
            )
            tx.insert(
                Contribution(
                    0,
                    twente.id,
                    Kind.BARRIER,
                    title,
                    twente.starts_at,
                    participant_id=erik.id,
                    tags=["samira"],
                    card_id=card.id,
                )
            )
    s = synth(regions)
    assert s.anonymous
    for fmt in ("md", "json", "html"):
        text = render(s, fmt)
        for word in ("Erik", "Samira", "Nijhuis", "Wouter", "Lotte", "Hendriks"):
            assert not re.search(rf"\b{word}\b", text, re.IGNORECASE), (fmt, word)
    cards = [c for t in s.themes for c in t.cards if "stageplaatsen;" in c.text]
    assert [c.text for c in cards] == [
        "[naam] zoekt met [naam]'s team naar stageplaatsen; [naam] belt [naam]"
    ]


def test_open_tables_name_people_unless_anonymous(open_regions: Store) -> None:
    named = render(synth(open_regions), "md")
    assert "Erik Nijhuis (ROC van Twente)" in named
    assert "Chatham" not in named
    anonymous = synth(open_regions, anonymous=True)
    for fmt in ("md", "json", "html"):
        assert "Erik Nijhuis" not in render(anonymous, fmt)
    assert "geanonimiseerd" in render(anonymous, "md")


def test_json_follows_its_schema_and_is_byte_stable(regions: Store, tmp_path: Path) -> None:
    text = render(synth(regions), "json")
    data = json.loads(text)
    jsonschema.validate(data, SCHEMA)
    assert {"sessions", "themes", "actions", "gaps", "participation"} <= set(data)
    card = data["themes"][0]["cards"][0]
    assert {"session", "region", "column", "text"} <= set(card)
    assert render(synth(regions), "json") == text
    # the same tables in another database give the same bytes
    clock = FakeClock()
    other = Store(tmp_path / "other.db", clock=clock)
    build_regional_sessions(other, clock)
    assert render(synth(other), "json") == text
    assert render(synth(other), "md") == render(synth(regions), "md")
    other.close()


def test_english_and_html(regions: Store) -> None:
    s = synth(regions, lang="en")
    text = render(s, "md")
    assert text.startswith(
        "# Synthesis of the round tables — Twente, Regio Zwolle, Stedendriehoek\n"
    )
    assert "## Where the province can add value" in text
    assert "### 1\\. Work placements and apprenticeships" in text
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    assert any(t.type == "table_open" for t in tokens)
    page = render(s, "html")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "```" not in page


def test_only_closed_sessions_by_default(regions: Store) -> None:
    planned = import_plan(
        regions,
        regional_plans()[0].__class__(**{**regional_plans()[0].__dict__, "slug": "twente-2021-03"}),
    ).session
    assert planned.status == SessionStatus.PLANNED
    s = synth(regions)
    assert [line.slug for line in s.sessions] == [
        "twente-2020-10",
        "regio-zwolle-2020-10",
        "stedendriehoek-2020-10",
    ]
    only = make_synthesis(regions, [regions.session_by_slug("twente-2020-10")], as_of=AS_OF)  # type: ignore[list-item]
    assert only.regions == ("Twente",)


def test_cli_writes_without_overwriting(
    regions: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    args = ["--db", str(regions.path), "synthesis", "--as-of", "2021-01-20"]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert first.output == "Synthesis written to minutes/synthese.md.\n"
    written = Path("minutes/synthese.md").read_text(encoding="utf-8")
    assert written.startswith("# Synthese van de rondetafels")  # the sessions' language
    again = runner.invoke(main, args)
    assert "left alone" in again.output and Path("minutes/synthese-2.md").exists()
    assert Path("minutes/synthese.md").read_text(encoding="utf-8") == written
    forced = runner.invoke(main, [*args, "--force", "--lang", "en", "-o", "minutes/synthese.md"])
    assert forced.exit_code == 0, forced.output
    assert "replaced" in forced.output
    assert Path("minutes/synthese.md").read_text(encoding="utf-8").startswith("# Synthesis")
    out = runner.invoke(main, [*args, "--format", "json", "-o", "-", "twente-2020-10"])
    assert json.loads(out.output)["sessions"][0]["slug"] == "twente-2020-10"
    bad = runner.invoke(main, [*args, "--as-of", "soon"])
    assert bad.exit_code == 2 and "--as-of" in bad.output
    missing = runner.invoke(main, [*args, "nowhere"])
    assert missing.exit_code == 1 and "nowhere" in missing.output


def test_cli_says_when_there_is_nothing_to_sum_up(tmp_path: Path) -> None:
    db = tmp_path / "planned.db"
    store = Store(db)
    import_plan(store, regional_plans()[0])
    store.close()
    result = CliRunner().invoke(main, ["--db", str(db), "--lang", "en", "synthesis", "-o", "-"])
    assert result.exit_code == 1
    assert "There is no closed session" in result.output


def test_a_session_file_extends_the_thesaurus(
    regions: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACILITATOR_LANG", "en")
    text = (ROOT / "sample_sessions" / "twente.toml").read_text(encoding="utf-8")
    extended = tmp_path / "twente.toml"
    extended.write_text(
        text + '\n[thesaurus]\ndrempels = ["schulden", "statushouders"]\n', encoding="utf-8"
    )
    args = ["--db", str(regions.path), "synthesis", "--as-of", "2021-01-20", "--format", "json"]
    args += ["-o", "-", "regio-zwolle-2020-10", "stedendriehoek-2020-10"]
    plain = json.loads(CliRunner().invoke(main, [*args, "twente-2020-10"]).output)
    joined = json.loads(CliRunner().invoke(main, [*args, str(extended)]).output)

    def together(data: dict[str, object]) -> bool:
        themes = data["themes"]
        assert isinstance(themes, list)
        return any(
            {"Twente", "Stedendriehoek"} <= set(t["regions"])
            and any(c["text"].startswith("Schulden") for c in t["cards"])
            for t in themes
        )

    assert not together(plain)
    assert together(joined)
    theme = next(t for t in joined["themes"] if t["concept"] == "drempels")
    assert theme["why"]["concepts"][0] == {
        "label": "drempels",
        "words": ["schuld", "statushouder"],
    }


def test_the_session_file_thesaurus_is_checked(tmp_path: Path) -> None:
    from facilitator.sessionfile import SessionFileError, load_session_file

    text = (ROOT / "sample_sessions" / "twente.toml").read_text(encoding="utf-8")
    good = tmp_path / "good.toml"
    good.write_text(text + '\n[thesaurus]\nstage = ["Snuffelstage", "snuffelstage"]\n', "utf-8")
    assert load_session_file(good).thesaurus == (("stage", ("snuffelstage",)),)
    bad = tmp_path / "bad.toml"
    bad.write_text(text + '\n[thesaurus]\nstage = "snuffelstage"\n', "utf-8")
    with pytest.raises(SessionFileError) as caught:
        load_session_file(bad)
    assert "thesaurus.stage" in str(caught.value.problems[0])


def test_the_committed_example_is_current() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "synthesis_example", ROOT / "scripts" / "synthesis_example.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, text in module.make().items():
        committed = (ROOT / "docs" / "examples" / name).read_text(encoding="utf-8")
        assert committed == text, f"docs/examples/{name}: run python scripts/synthesis_example.py"


def test_text_typed_at_a_table_stays_text(tmp_path: Path) -> None:
    """Markup in cards, regions and organisations comes out as the text typed, in every format."""
    from dataclasses import replace as _replace

    from facilitator.domain.model import Card, Column

    clock = FakeClock()
    store = Store(tmp_path / "hostile.db", clock=clock)
    plans = regional_plans(chatham_house=False)
    plans[0] = _replace(plans[0], region="Twente | <b>Oost</b>")
    (sid,) = build_regional_sessions(store, clock, plans, only=(0,))
    hostile = "Stage | [klik](http://x) <script>alert(1)</script> *vet* \\ `code`\n# kop"
    with store.change(sid, "card") as tx:
        tx.insert(Card(0, sid, Column.BARRIER, hostile, 99.0, clock.now(), tags=["stage"]))
    s = synth(store)
    card = next(c for t in s.themes for c in t.cards if "klik" in c.text)
    assert card.text == hostile.replace("\n", " / ")
    md = render(s, "md")
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
    assert "link_open" not in kinds and "code_inline" not in kinds
    emphasised = [
        children[n + 1].content
        for t in tokens
        for children in [t.children or []]
        for n, c in enumerate(children)
        if c.type == "em_open"
    ]
    assert "vet" not in emphasised  # only our own emphasis (a concept, the footer)
    cells = ["".join(c.content for c in t.children or [] if c.type == "text") for t in tokens]
    assert hostile.replace("\n", " / ") in cells
    assert "html_inline" not in kinds and "html_block" not in kinds
    page = render(s, "html")
    assert "<script>" not in page and "<b>Oost</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert json.loads(render(s, "json"))["sessions"][0]["region"] == "Twente | <b>Oost</b>"
    store.close()


def test_done_or_dropped_actions_are_no_gaps(regions: Store) -> None:
    s = synth(regions)
    ownerless = s.gaps.actions_without_owner[0]
    late = s.gaps.actions_past_due[0]
    texts = {s.action(ownerless).text: ActionStatus.DROPPED, s.action(late).text: ActionStatus.DONE}
    for session in regions.sessions():
        with regions.change(session.id, "test") as tx:
            for card in regions.cards(session.id):
                if card.column == Column.ACTION and card.title in texts:
                    tx.update(replace(card, status=texts[card.title]))
    after = synth(regions)
    assert ownerless not in after.gaps.actions_without_owner
    assert late not in after.gaps.actions_past_due
    assert after.action(ownerless).status == "dropped" and after.action(late).status == "done"
    text = render(after, "md")
    assert f"{s.action(late).text} *(gedaan)*" in text
    assert f"{s.action(ownerless).text} *(vervallen)*" in text


def test_who_raised_a_single_point_is_text_aligned_as_text(regions: Store) -> None:
    text = render(make_synthesis(regions, as_of=date(2021, 1, 20)), "md")
    header = next(line for line in text.splitlines() if line.startswith("| Nr. | Soort"))
    rule = text.splitlines()[text.splitlines().index(header) + 1]
    cells = dict(zip(header.strip("|").split("|"), rule.strip("|").split("|"), strict=True))
    assert cells[" Ingebracht door "] == " --- "  # a name or organisation: to the left
    assert cells[" Stemmen "] == " ---: " and cells[" Nr. "] == " ---: "


def test_a_subject_named_without_words_in_why_reads_without_empty_brackets(
    regions: Store,
) -> None:
    from dataclasses import replace as _replace

    from facilitator.synthesis.markdown import MarkdownWriter
    from facilitator.synthesis.model import WhyLine

    s = synth(regions)
    theme = _replace(s.themes[0], why=WhyLine(concepts=(("Imago van het mbo", ()),)))
    said = MarkdownWriter(s).why(theme)
    assert "*Imago van het mbo*" in said and "()" not in said
    theme = _replace(s.themes[0], why=WhyLine(concepts=(("Imago van het mbo", ("rolmodel",)),)))
    assert "*Imago van het mbo* (rolmodel)" in MarkdownWriter(s).why(theme)


def test_counts_and_labels_read_as_written_by_hand(regions: Store) -> None:
    from facilitator.synthesis.markdown import render_markdown

    english = render_markdown(synth(regions, lang="en"))
    # one region: "Region:", several: "Regions:"
    assert "**Region:** Regio Zwolle ·" in english
    assert "**Regions:** Twente, Regio Zwolle, Stedendriehoek ·" in english
    # the actions past their due date are listed under that heading, without saying so
    # again on every line
    past_due = english.split("### Actions past their due date")[1].split("\n## ")[0]
    assert past_due.count("\n- ") == 3 and "(past due)" not in past_due
    one = make_synthesis(
        regions, [s for s in regions.sessions() if s.region == "Twente"], as_of=AS_OF, lang="en"
    )
    assert "none of them in more than one region" in render_markdown(one)
    dutch = render_markdown(synth(regions))
    assert "**Regio:** " in dutch and "**Regio's:** Twente, Regio Zwolle" in dutch


def test_a_title_cut_short_does_not_end_mid_phrase() -> None:
    from facilitator.synthesis.build import shorten

    cut = "Statushouders lopen vast op de Nederlandse taal in de zorg en de techniek"
    assert shorten(cut, 9) == "Statushouders lopen vast op de Nederlandse taal …"
    assert shorten("Schulden houden jongeren weg van school, werk en de stage", 8) == (
        "Schulden houden jongeren weg van school, werk …"
    )
    assert shorten("Young people drop out of the course because of the costs", 6) == (
        "Young people drop out …"
    )
    assert shorten("Kort genoeg in de", 9) == "Kort genoeg in de"  # not cut: as written
    assert shorten("de de de de", 2) == "de …"  # never nothing


def _report_numbers(text: str) -> list[int]:
    """The theme numbers as the report shows them, top to bottom: the headings of the themes,
    then the rows of the single points."""
    themes = text.split("\n## ")[2]
    numbers = [int(n) for n in re.findall(r"^### (\d+)\\\.", themes, flags=re.MULTILINE)]
    return numbers + [int(n) for n in re.findall(r"^\| (\d+) \|", themes, flags=re.MULTILINE)]


def test_themes_are_numbered_in_the_order_the_report_shows_them(regions: Store) -> None:
    from facilitator.service.review import ReviewService

    # a single point with more votes than a theme of one region
    single = next(
        c for s in regions.sessions() for c in regions.cards(s.id) if c.title.startswith("Schulden")
    )
    with regions.change(single.session_id, "vote") as tx:
        tx.update(replace(single, votes=9))
    s = synth(regions)
    assert [t.number for t in s.themes] == list(range(1, len(s.themes) + 1))
    numbers = _report_numbers(render(s, "md"))
    assert numbers == list(range(1, len(s.themes) + 1)), numbers
    assert all(len(t.cards) == 1 for t in s.themes[numbers.index(max(numbers)) :])
    # a theme of one card marked a priority comes first, and is shown as a theme
    review = ReviewService(regions, lang="nl", as_of=AS_OF)
    alone = theme_with(s, "Statushouders")
    marked = review.priority(review.synthesis(), alone.number)
    assert marked.theme(1).cards == alone.cards and marked.theme(1).priority
    text = render(marked, "md")
    assert _report_numbers(text) == list(range(1, len(s.themes) + 1))
    assert "### 1\\. Statushouders" in text


def test_a_theme_named_after_a_card_is_named_after_its_barrier_whole(tmp_path: Path) -> None:
    from tests.regional import B, K, Raised, Table, _Meeting

    clock = FakeClock()
    store = Store(tmp_path / "own.db", clock=clock)
    table = Table(
        (
            Raised("a", B, "Sportclubs vinden geen vrijwilligers voor de kantine van hun "
                   "jeugdafdeling", "onderwijs", 1, ("vrijwilligers",)),
            Raised("b", K, "Zin twee: sportclubs en vrijwilligers delen de kantine",
                   "bedrijfsleven", 4, ("vrijwilligers",)),
        )
    )  # fmt: skip
    _Meeting(store, clock, regional_plans()[0]).run(table, 1)
    s = synth(store)
    (theme,) = s.themes
    assert theme.concept is None and len(theme.cards) == 2
    # the barrier names it, though the opportunity has more votes, and whole
    title = "Sportclubs vinden geen vrijwilligers voor de kantine van hun jeugdafdeling"
    assert theme.title == title
    text = render(s, "md")
    assert f"### 1\\. {title}\n" in text
    assert f"- thema 1: {title} (Twente)" in text.split("### Barrières zonder actie")[1]
    assert json.loads(render(s, "json"))["themes"][0]["title"] == title
    store.close()


def test_merging_two_single_points_keeps_the_title_whole(regions: Store) -> None:
    from facilitator.service.review import ReviewService

    review = ReviewService(regions, lang="nl", as_of=AS_OF)
    s = review.synthesis()
    taal = theme_with(s, "Statushouders")
    schulden = theme_with(s, "Schulden")
    merged = review.merge(s, schulden.number, taal.number)
    theme = theme_with(merged, "Statushouders")
    assert theme.title == "Statushouders lopen vast op de Nederlandse taal in de opleiding"
    assert "…" not in render(merged, "md") and "…" not in render(merged, "json")
    assert f"### {theme.number}\\. {theme.title}\n" in render(merged, "md")


def test_a_title_from_a_long_card_is_its_first_sentence_or_cut_at_a_word() -> None:
    from facilitator.synthesis.build import MAX_TITLE, card_title

    assert card_title("Kort en krachtig") == "Kort en krachtig"
    first = "Busverbinding naar de bedrijventerreinen stopt om 18.00 uur."
    long = first + " " + "De ploegendienst begint om zes uur en eindigt laat, " * 3
    assert card_title(long) == first.rstrip(".")
    endless = "Werkgevers " + "en scholen " * 40 + "praten langs elkaar heen"
    cut = card_title(endless)
    assert cut.endswith(" scholen …") and len(cut) <= MAX_TITLE


FLEX_BUDGET = "Onderzoeken of flexwerkers een opleidingsbudget kunnen krijgen"  # Twente A3
STAGE_COUNT = "Inventarisatie stage- en bbl-plaatsen in de techniek"  # Twente A2, the province's
PASSPORT = "Pilot skills-paspoort met tien werkgevers"  # Twente A1, led by the UWV


def _set_status(store: Store, statuses: dict[str, ActionStatus]) -> None:
    """Set the actions of these titles, wherever they are, to these statuses."""
    for session in store.sessions():
        with store.change(session.id, "test") as tx:
            for card in store.cards(session.id):
                if card.column == Column.ACTION and card.title in statuses:
                    tx.update(replace(card, status=statuses[card.title]))


def test_a_dropped_action_does_not_deal_with_a_barrier(regions: Store) -> None:
    """A barrier whose only action was dropped is still without one; the dropped action is
    still listed under its theme, marked so. A done action did deal with it."""
    before = synth(regions)
    flex = theme_with(before, "Flexwerkers krijgen")
    diploma = theme_with(before, "mbo-4-diploma")
    assert flex.number not in before.gaps.barriers_without_action
    assert diploma.number not in before.province.recurring_without_lead
    _set_status(regions, {FLEX_BUDGET: ActionStatus.DROPPED, PASSPORT: ActionStatus.DROPPED})
    s = synth(regions)
    assert theme_with(s, "Flexwerkers krijgen").number == flex.number
    dropped = next(a for a in s.actions if a.text == FLEX_BUDGET)
    assert s.theme(flex.number).actions == (dropped.number,)  # still listed: it is history
    assert flex.number in s.gaps.barriers_without_action
    assert diploma.number in s.gaps.barriers_without_action
    # nobody leads anything on the diploma theme any more, raised in two regions
    assert diploma.number in s.province.recurring_without_lead
    for lang, heading, status in (
        ("nl", "Barrières zonder actie", "vervallen"),
        ("en", "Barriers with no action", "dropped"),
    ):
        said = synth(regions, lang=lang)
        text = render(said, "md")
        gaps = text.split(f"### {heading}")[1].split("\n### ")[0]
        for number in (flex.number, diploma.number):
            assert f"{number}: {said.theme(number).title} (" in gaps
        assert f"A{dropped.number} *({status})*" in text  # the theme's actions say so
        assert f"A{dropped.number} <em>({status})</em>" in render(said, "html")
    data = json.loads(render(s, "json"))
    jsonschema.validate(data, SCHEMA)
    assert flex.number in data["gaps"]["barriers_without_action"]
    assert diploma.number in data["province"]["recurring_without_lead"]
    # done: the barrier was dealt with, and its owner took the lead
    _set_status(regions, {FLEX_BUDGET: ActionStatus.DONE, PASSPORT: ActionStatus.DONE})
    done = synth(regions)
    assert flex.number not in done.gaps.barriers_without_action
    assert diploma.number not in done.gaps.barriers_without_action
    assert diploma.number not in done.province.recurring_without_lead


def test_a_dropped_action_does_not_make_its_owner_the_lead(open_regions: Store) -> None:
    """The province led the placements theme through Twente's A2 alone: once A2 is dropped
    the province is only named there (a card asks for its support), no longer a lead."""
    before = {t.theme: t.reasons for t in synth(open_regions).province.themes}
    stage = theme_with(synth(open_regions), "stageplaatsen")
    assert before[stage.number] == ("owner", "named")
    _set_status(open_regions, {STAGE_COUNT: ActionStatus.DROPPED})
    s = synth(open_regions)
    involved = {t.theme: t.reasons for t in s.province.themes}
    assert involved[stage.number] == ("named",)
    for lang, role in (("nl", "trekker van een actie"), ("en", "owner of an action")):
        text = render(synth(open_regions, lang=lang), "md")
        province = text.split("\n## ")[5]
        row = next(line for line in province.splitlines() if line.startswith(f"| {stage.number} |"))
        assert role not in row
    assert json.loads(render(s, "json"))["province"]["themes"][0]["reasons"] == ["named"]
    _set_status(open_regions, {STAGE_COUNT: ActionStatus.DONE})
    assert {t.theme: t.reasons for t in synth(open_regions).province.themes}[stage.number] == (
        "owner",
        "named",
    )


def _headline(s: Synthesis) -> str:
    return render(s, "md").splitlines()[2]


def test_the_headline_counts_the_themes_the_report_lists(regions: Store) -> None:
    """Five themes are listed, four of them raised in more than one region, then two single
    points: the headline says so, and does not count the single points as themes."""
    s = synth(regions)
    assert [len(t.cards) for t in s.themes] == [4, 4, 3, 3, 2, 1, 1]
    assert "5 thema's, waarvan 4 in meer dan één regio, en daarnaast 2 losse punten; 9 acties." in (
        _headline(s)
    )
    english = _headline(synth(regions, lang="en"))
    assert "5 themes, 4 of them in more than one region, plus 2 single points; 9 actions." in (
        english
    )
    assert "en daarnaast 2 losse punten" in render(s, "html")


@pytest.mark.parametrize(
    ("lang", "said"),
    [("nl", "1 thema, in meer dan één regio; "), ("en", "1 theme, in more than one region; ")],
)
def test_one_theme_is_counted_as_one(regions: Store, lang: str, said: str) -> None:
    """«1 theme, none of them in more than one region» read oddly: one theme, one region
    or more, said of it alone."""
    from facilitator.synthesis.markdown import MarkdownWriter

    full = synth(regions, lang=lang)
    one = replace(full, themes=full.themes[:1])
    assert one.themes[0].recurring
    assert f"{MarkdownWriter(one).counted_themes()}; " == said


def test_a_synthesis_of_single_points_says_it_has_no_themes(regions: Store) -> None:
    zwolle = [s for s in regions.sessions() if s.region == "Regio Zwolle"]
    one = make_synthesis(regions, zwolle, as_of=AS_OF)
    assert [len(t.cards) for t in one.themes] == [2, 1, 1, 1]
    assert "1 thema, in één regio, en daarnaast 3 losse punten;" in _headline(one)
    english = make_synthesis(regions, zwolle, as_of=AS_OF, lang="en")
    assert "1 theme, in one region, plus 3 single points;" in _headline(english)
    # the single points alone: no themes at all
    twente = next(s for s in regions.sessions() if s.region == "Twente")
    with regions.change(twente.id, "test") as tx:
        for card in regions.cards(twente.id):
            if card.title.startswith(("Leerwerkbanen", "Skills", "Reiskosten")):
                tx.delete(card)  # what the others of their themes were grouped with
    alone = [s for s in regions.sessions() if s.region == "Twente"]
    for lang, said in (
        ("nl", "1 rondetafel uit Twente: geen thema's, alleen 4 losse punten; 3 acties."),
        ("en", "1 round table from Twente: no themes, only 4 single points; 3 actions."),
    ):
        single = make_synthesis(regions, alone, as_of=AS_OF, lang=lang)
        assert all(len(t.cards) == 1 for t in single.themes)
        assert said in _headline(single)


@pytest.mark.parametrize(
    ("lang", "heading", "recurring"),
    [("nl", "## Thema's", "## Terugkerende thema's"), ("en", "## Themes", "## Recurring themes")],
    ids=["nl", "en"],
)
def test_a_synthesis_of_one_region_heads_its_themes_as_themes(
    regions: Store, lang: str, heading: str, recurring: str
) -> None:
    twente = [s for s in regions.sessions() if s.region == "Twente"]
    text = render(make_synthesis(regions, twente, lang=lang), "md")
    assert heading + "\n" in text and recurring not in text
    # nor does the intro put first what came up in more than one region: by votes
    assert "thema's die in meer dan één regio" not in text
    assert "Themes raised in more than one region" not in text
    said = " ".join(text.split())
    assert (
        "Eerst de thema's met de meeste stemmen;" in said
        if lang == "nl"
        else "Themes with the most votes come first;" in said
    )
    # of several regions the themes recur: the heading says so, as before
    assert recurring + "\n" in render(make_synthesis(regions, lang=lang), "md")


def _single_points_only(store: Store) -> list[Session]:
    """Twente alone, the cards its themes were grouped with taken off: 4 single points."""
    twente = next(s for s in store.sessions() if s.region == "Twente")
    with store.change(twente.id, "test") as tx:
        for card in store.cards(twente.id):
            if card.title.startswith(("Leerwerkbanen", "Skills", "Reiskosten")):
                tx.delete(card)
    return [twente]


@pytest.mark.parametrize(
    ("lang", "said", "wrong"),
    [
        ("nl", "Geen ervan leek op een ander: ze staan hieronder als losse punten.",
               "Eerst de thema's met de meeste stemmen"),
        ("en", "None resembled another: they are listed below as single points.",
               "Themes with the most votes come first"),
    ],
)  # fmt: skip
def test_a_synthesis_of_single_points_only_says_no_order_of_themes(
    regions: Store, lang: str, said: str, wrong: str
) -> None:
    """Before: «Eerst de thema's met de meeste stemmen; bij elk thema staat waarom …» over
    a list of single points, which are not themes."""
    alone = make_synthesis(regions, _single_points_only(regions), as_of=AS_OF, lang=lang)
    assert all(t.single for t in alone.themes)
    text = " ".join(render(alone, "md").split())
    assert said in text
    assert wrong not in text
    assert "why" not in text and "waarom" not in text


@pytest.mark.parametrize(
    ("lang", "ref", "column"),
    [("nl", "- los punt {n}: {title} (Regio Zwolle)", "| Nr. | Soort |"),
     ("en", "- single point {n}: {title} (Regio Zwolle)", "| No. | Kind |")],
)  # fmt: skip
def test_a_single_point_is_named_as_the_report_numbers_single_points(
    regions: Store, lang: str, ref: str, column: str
) -> None:
    """Before: «thema 3: …» under the barriers without action, though the report says
    single points are not themes, and their table headed the numbers «Thema»."""
    zwolle = [s for s in regions.sessions() if s.region == "Regio Zwolle"]
    s = make_synthesis(regions, zwolle, as_of=AS_OF, lang=lang)
    singles = [n for n in s.gaps.barriers_without_action if s.theme(n).single]
    assert singles
    text = render(s, "md")
    gaps = text.split("## " + ("Wat nog openstaat" if lang == "nl" else "What is still open"))[1]
    for n in singles:
        assert ref.format(n=n, title=s.theme(n).title) in gaps, gaps
    assert column in text.split("### " + ("Losse" if lang == "nl" else "Single"))[1]
    themes = [n for n in s.gaps.barriers_without_action if not s.theme(n).single]
    for n in themes:
        assert ("thema" if lang == "nl" else "theme") + f" {n}: " in text


@pytest.mark.parametrize(
    ("lang", "heading", "row", "column"),
    [
        ("nl", "### Thema's en losse punten waar de provincie trekker of genoemde partij is",
         "| los punt 3 | Geen openbaar vervoer naar bedrijventerreinen in de avond | Regio Zwolle "
         "| genoemd | A3 |", "| Nr. | Thema of los punt | Regio's |"),
        ("en", "### Themes and single points where the province leads or is named",
         "| single point 3 | Geen openbaar vervoer naar bedrijventerreinen in de avond "
         "| Regio Zwolle | named | A3 |", "| No. | Theme or single point | Regions |"),
    ],
)  # fmt: skip
def test_a_single_point_of_the_province_is_named_as_one(
    regions: Store, lang: str, heading: str, row: str, column: str
) -> None:
    """Regio Zwolle alone: point 3 is a single point, under «Losse barrières en kansen»,
    and the province is named on it. Its section named it as the other sections do. Before,
    it stood in «Thema's waar de provincie …» as «| 3 | …», read as theme 3."""
    session = regions.session_by_slug("regio-zwolle-2020-10")
    assert session is not None
    s = make_synthesis(regions, [session], lang=lang, as_of=date(2020, 11, 20))
    assert s.theme(3).single
    text = render(s, "md")
    province = text[text.index(heading) :]
    province = province[: province.index("\n## ")]
    assert row + "\n" in province
    assert column in province
    page = render(s, "html")
    said = "los punt 3" if lang == "nl" else "single point 3"
    assert f'<td style="text-align:right">{said}</td>' in page
