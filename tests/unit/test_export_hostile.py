"""Hostile user text never breaks the minutes: checked by reading them back.

Every text goes through markdown-it-py (CommonMark + tables, as the HTML page
uses it): the document must keep the structure written (headings, lists,
tables of the same rows × columns, one Mermaid block) and every user text must
read back as plain text equal to what was typed (cleaned: line endings and
control characters normalised, lines stripped; in one-line places such as table
cells and headings, lines joined with " / ").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from facilitator.domain.clock import FakeClock
from facilitator.export.escape import (
    clean_text,
    escape_cell,
    escape_heading,
    escape_inline,
    fold,
    mermaid_label,
)
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.export.redact import Redactor
from facilitator.store import Store
from tests.scripted import build_scripted_session

MD = MarkdownIt("commonmark", {"html": False}).enable("table")

HOSTILE = [
    "pipe | in | text",
    "*bold* and **strong** and _em_ and __em__",
    "# heading at the start",
    "## another\n### third",
    "<script>alert('x')</script>",
    "<b>bold</b> & <img src=x onerror=alert(1)>",
    "`code` and ``double`` and ```fence```",
    "```\nfenced\n```",
    "~~~\nfence\n~~~",
    "[link](http://example.com) and ![img](x.png) and [ref]\n\n[ref]: http://evil.example",
    "line one\nline two\r\nline three\rline four",
    "back\\slash and a trailing backslash\\",
    "\\| escaped pipe \\\\| and \\\\\\|",
    "- list item\n+ plus item\n* star item\n1. ordered\n2) paren",
    "> quote\n>> nested",
    "---\n***\n___\n===",
    "Title\n===",
    "Title\n---",
    "    indented code",
    "\tTabbed\ttext",
    "&amp; &lt; &#60; &#x3C; &copy; &nbsp; & plain",
    "http://example.com <http://example.com> www.example.com",
    "a | b\n--|--\nc | d",
    "| a | b |\n|---|---|\n| c | d |",
    "$math$ and $$display$$",
    "~~strike~~ and ~single~",
    "emoji 😀, ünïcödé and RTL \u202eevil",
    "zero\u200bwidth and nbsp\u00a0here",
    "\u2028line separator\u2029paragraph separator\x85next line",
    "ctrl \x00 nul \x07 bell \x1b[31m ansi \x7f del",
    "",
    "   ",
    "\n\n\n",
    "[^1] footnote\n\n[^1]: the note",
    "<!-- comment -->",
    "trailing spaces  \nhard break",
    "\\",
    "*",
    "_",
    "#",
    "1.",
    "2020. Een jaar",
    "123456789) paren",
    "+",
    "-",
    "=",
    "<",
    ">",
    "|",
    "`",
    "a_b_c snake_case __init__",
    "**unclosed",
    "[unclosed link",
    "<https://autolink.example>",
    "foo@example.com",
    "#### Heading with closing ####",
    "text ending in #",
    "javascript:alert(1)",
    "[x](javascript:alert(1))",
    "\"quotes\" and 'single' and “curly”",
    "%% mermaid comment %%",
    "#quot; and #35; entities",
    "\ud800 lone surrogate",
    "a\n\n\nb",
    "  leading and trailing  ",
    "\u3000ideographic space # not a heading",
]

TEXTLIKE = {"text", "softbreak", "hardbreak"}


def read_inline(token: Token) -> str:
    """The plain text of an inline token; anything but text and line breaks is flagged."""
    out = []
    for child in token.children or []:
        if child.type == "text":
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        else:
            out.append(f"<<{child.type}>>")
    return "".join(out)


def blocks(tokens: list[Token]) -> list[tuple[str, str]]:
    return [(t.type, t.tag) for t in tokens if t.type != "inline"]


def table_shapes(tokens: list[Token]) -> list[tuple[int, int]]:
    """(rows, columns) of every table, header row included, as the reader sees it."""
    shapes = []
    rows = cols = 0
    for token in tokens:
        if token.type == "table_open":
            rows = cols = 0
        elif token.type == "tr_open":
            rows += 1
            cols = 0
        elif token.type in ("th_open", "td_open"):
            cols += 1
        elif token.type == "table_close":
            shapes.append((rows, cols))
    return shapes


def written_shapes(text: str) -> list[tuple[int, int]]:
    """(rows, columns) of every table as written: rows are lines, columns from the header."""
    shapes = []
    lines = text.split("\n")
    n = 0
    while n < len(lines):
        if lines[n].startswith("| ") and n + 1 < len(lines) and lines[n + 1].startswith("| ---"):
            columns = lines[n + 1].count("|") - 1
            start = n
            while n < len(lines) and lines[n].startswith("|"):
                n += 1
            shapes.append((n - start - 1, columns))  # minus the delimiter row
        n += 1
    return shapes


# -- the escape functions, one text at a time ----------------------------------------


def check_inline(text: str) -> None:
    source = "- " + escape_inline(text, indent="  ") + "\n\nafter\n"
    tokens = MD.parse(source)
    expected = clean_text(text)
    if expected:
        assert blocks(tokens)[:3] == [
            ("bullet_list_open", "ul"),
            ("list_item_open", "li"),
            ("paragraph_open", "p"),
        ]
        assert read_inline(tokens[3]) == expected
        assert blocks(tokens)[3:] == [
            ("paragraph_close", "p"),
            ("list_item_close", "li"),
            ("bullet_list_close", "ul"),
            ("paragraph_open", "p"),
            ("paragraph_close", "p"),
        ]
    # as a plain paragraph too
    tokens = MD.parse(escape_inline(text) + "\n")
    if expected:
        assert blocks(tokens) == [("paragraph_open", "p"), ("paragraph_close", "p")]
        assert read_inline(tokens[1]) == expected
    else:
        assert tokens == []


def check_cell(text: str) -> None:
    cell = escape_cell(text)
    assert "\n" not in cell
    source = f"| a | b | c |\n| --- | --- | ---: |\n| {cell} | x | {cell} |\n"
    tokens = MD.parse(source)
    assert table_shapes(tokens) == [(2, 3)]
    cells = [read_inline(t) for t in tokens if t.type == "inline"]
    assert cells == ["a", "b", "c", fold(text), "x", fold(text)]


def check_heading(text: str) -> None:
    tokens = MD.parse("## " + escape_heading(text) + "\n")
    assert blocks(tokens) == [("heading_open", "h2"), ("heading_close", "h2")]
    assert read_inline(tokens[1]) == fold(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_inline_reads_back(text: str) -> None:
    check_inline(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_cell_reads_back(text: str) -> None:
    check_cell(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_heading_reads_back(text: str) -> None:
    check_heading(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_mermaid_label_stays_in_its_quotes(text: str) -> None:
    label = mermaid_label(text)
    assert '"' not in label and "\n" not in label and "\r" not in label


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_reads_back(text: str) -> None:
    check_inline(text)
    check_cell(text)
    check_heading(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("\\|*_`[]()<>#!&;-+=.~$ \n\tax1")), max_size=40))
def test_markdown_punctuation_reads_back(text: str) -> None:
    check_inline(text)
    check_cell(text)
    check_heading(text)


# -- whole minutes with hostile text everywhere -----------------------------------------


def poison(store: Store, sid: int) -> dict[str, list[str]]:
    """Put hostile text in every user-text field of the session; returns what was put where."""
    storable = [t for t in HOSTILE if "\ud800" not in t]  # SQLite takes UTF-8 only
    texts = iter(storable * 20)
    solid = iter([t for t in storable if clean_text(t)] * 20)  # for fields that must show
    placed: dict[str, list[str]] = {"one_line": [], "inline": [], "label": []}

    def take(kind: str, *, must_show: bool = False, suffix: str = "") -> str:
        value = next(solid if must_show else texts) + suffix
        placed[kind].append(value)
        return value

    session = store.session(sid)
    assert session is not None
    with store.change(sid, "poison") as tx:
        tx.update(
            replace(
                session,
                title=take("one_line", must_show=True),
                region=take("one_line", must_show=True),
                location=take("one_line", must_show=True),
                sectors=[
                    (
                        key,
                        take("label", must_show=True, suffix=f" nl{n}"),
                        take("label", must_show=True, suffix=f" en{n}"),
                    )
                    for n, (key, _nl, _en) in enumerate(session.sectors)
                ],
            )
        )
        for n, person in enumerate(store.participants(sid, include_removed=True)):
            tx.update(
                replace(
                    person,
                    name=take("one_line", must_show=True, suffix=f" p{n}"),
                    organisation=take("one_line", must_show=True, suffix=f" o{n}"),
                    role=take("one_line", must_show=True, suffix=f" r{n}"),
                )
            )
        for item in store.items(sid, include_removed=True):
            tx.update(
                replace(
                    item,
                    title=take("one_line", must_show=True),
                    question=take("one_line", must_show=True) if item.question else "",
                )
            )
        for c in store.contributions(sid):
            tx.update(replace(c, text=take("inline"), tags=[take("label"), "ok"]))
        for card in store.cards(sid, include_merged=True):
            owners = [
                replace(o, organisation=take("one_line", must_show=True)) for o in card.owners
            ]
            tx.update(replace(card, title=take("inline"), owners=owners, tags=[take("label")]))
    return placed


def structure(text: str) -> tuple[Any, ...]:
    tokens = MD.parse(text)
    inline_kinds: Counter[str] = Counter()
    for token in tokens:
        if token.type == "inline":
            inline_kinds.update(c.type for c in token.children or [] if c.type not in TEXTLIKE)
    fences = [(t.info, len(t.content.splitlines())) for t in tokens if t.type == "fence"]
    return blocks(tokens), table_shapes(tokens), inline_kinds, fences


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("anonymous", [False, True], ids=["plain", "anonymous"])
def test_hostile_session_keeps_its_shape(
    store: Store, clock: FakeClock, lang: str, anonymous: bool
) -> None:
    sid = build_scripted_session(store, clock)
    before = render_markdown(collect(store, sid), lang, anonymous)
    placed = poison(store, sid)
    after = render_markdown(collect(store, sid), lang, anonymous)
    # the same blocks, the same tables, the same emphasis: only the words changed
    assert structure(after) == structure(before)
    assert written_shapes(after) == table_shapes(MD.parse(after))
    # every contribution and card text reads back in full
    tokens = MD.parse(after)
    read = "\n".join(read_inline(t) for t in tokens if t.type == "inline")
    for marker in ("strong_open", "strong_close", "em_open", "em_close"):
        read = read.replace(f"<<{marker}>>", "")
    assert "<<" not in read  # no link, image, code or html came out of the text
    # anonymous: with the words of the (hostile) names taken out, exactly as the Redactor does
    record = collect(store, sid)
    session = record.session
    redact = Redactor(
        [*(p.name for p in record.participants), session.facilitator, session.note_taker],
        "[naam]" if lang == "nl" else "[name]",
    )
    for text in placed["inline"]:
        assert (redact(clean_text(text)) if anonymous else clean_text(text)) in read
    if not anonymous:
        for text in placed["one_line"]:
            assert fold(text) in read
    # the Mermaid block holds one quoted label per line
    fence = next(t for t in tokens if t.type == "fence")
    for line in fence.content.splitlines()[1:]:
        assert line.startswith('    "') and line.count('"') == 2


def test_hostile_html_never_reaches_the_page(store: Store, clock: FakeClock) -> None:
    from facilitator.export.html import render_html

    sid = build_scripted_session(store, clock)
    poison(store, sid)
    page = render_html(collect(store, sid), "nl")
    body = page.split("<main>", 1)[1]
    for tag in ("<script", "<img", "<b>", "<!--", "<a "):
        assert tag not in body
    assert "&lt;script&gt;" in body
