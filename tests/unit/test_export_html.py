"""The HTML minutes: a standalone printable page, safe from the text typed at the table."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from facilitator.domain.clock import FakeClock
from facilitator.export.html import pie_svg, render_html
from facilitator.export.record import collect
from facilitator.store import Store
from tests.scripted import build_scripted_session


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs


def parse(page: str) -> Tags:
    parser = Tags()
    parser.feed(page)
    return parser


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_standalone_page(store: Store, clock: FakeClock, lang: str) -> None:
    sid = build_scripted_session(store, clock)
    page = render_html(collect(store, sid), lang)
    assert page.startswith("<!DOCTYPE html>\n")
    assert f'<html lang="{lang}">' in page
    assert page.endswith("</html>\n")
    title = "Notulen" if lang == "nl" else "Minutes"
    assert f"<title>{title} – Rondetafel mbo-2/3 en de arbeidsmarkt – proefsessie</title>" in page
    assert "@media print" in page
    tags = parse(page)
    assert "script" not in tags.tags
    assert "link" not in tags.tags  # no external stylesheet
    assert tags.tags.count("table") == 4  # agenda, actions, per person, per sector
    assert "svg" in tags.tags  # the pie chart, drawn inline
    assert "```mermaid" not in page and "language-mermaid" not in page
    # no resource is fetched: the only URL is the SVG namespace
    urls = [v for k, v in tags.attrs if k in ("src", "href")]
    assert urls == []


def test_anonymous_page_names_nobody(store: Store, clock: FakeClock) -> None:
    sid = build_scripted_session(store, clock)
    page = render_html(collect(store, sid), "nl", anonymous=True)
    statements = re.sub(r" \(trekker: [^)]*\)", "", page)  # who leads: a commitment
    assert "UWV (trekker: Bas Lammers)" in page
    for person in store.participants(sid):
        assert person.name not in statements
    assert "Gemeente Enschede" in page
    # how many sat at the table per sector, and their organisations
    assert "<li><strong>Gemeente:</strong> 1 deelnemer – Gemeente Enschede</li>" in page
    strict = render_html(collect(store, sid), "nl", anonymous="sector")
    assert "Werkwijzer" not in strict and "Marloes Kuipers" not in strict
    assert "Stichting Werkwijzer Twente" in page


def test_byte_stable(store: Store, clock: FakeClock) -> None:
    sid = build_scripted_session(store, clock)
    first = render_html(collect(store, sid), "en")
    clock.advance(minutes=10)
    assert render_html(collect(store, sid), "en") == first
    assert "\r" not in first


def test_pie_svg_escapes_labels() -> None:
    svg = pie_svg([("<b>A&B</b>", 30.0), ('"quoted"', 10.0)], "t<i>")
    assert "<b>" not in svg and "&lt;b&gt;A&amp;B&lt;/b&gt;" in svg
    assert "&quot;quoted&quot;" in svg
    assert 'aria-label="t&lt;i&gt;"' in svg
    assert "75%" in svg and "25%" in svg
    assert pie_svg([("only", 5.0)], "t").count("<circle") == 1
    assert pie_svg([], "t") == ""
