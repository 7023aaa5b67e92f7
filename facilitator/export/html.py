"""The minutes as a standalone, printable HTML page.

The Markdown minutes rendered with markdown-it-py (CommonMark plus tables and
strikethrough) with raw HTML switched *off*, so nothing typed at the table can
become a tag; every user text was already escaped for Markdown on top of that.
The Mermaid pie chart becomes an inline SVG drawn here from the record (no
script, no network), and a small inline stylesheet makes the page print well.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape
from typing import Any

from markdown_it import MarkdownIt

from facilitator.domain.stats import apportion
from facilitator.export.anonymity import AnonymityLike
from facilitator.export.escape import clean_text
from facilitator.export.formatting import format_percent
from facilitator.export.markdown import WORDS, pie_slices, render_markdown
from facilitator.export.record import SessionRecord
from facilitator.i18n import normalise_lang

STYLE = """\
body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; line-height: 1.45;
  color: #1a1a1a; max-width: 52em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.7em; margin-bottom: 0.3em; }
h2 { font-size: 1.3em; margin-top: 1.8em; border-bottom: 1px solid #bbb; }
h3 { font-size: 1.1em; margin-top: 1.4em; }
table { border-collapse: collapse; margin: 0.8em 0; width: 100%; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; vertical-align: top; }
th { background: #eee; text-align: left; }
td[style*="right"], th[style*="right"] { white-space: nowrap; }
blockquote { margin: 1em 0; padding: 0.3em 1em; border-left: 4px solid #c90; background: #fff8e5; }
hr { border: none; border-top: 1px solid #bbb; margin-top: 2em; }
.chart { display: flex; align-items: center; gap: 1.5em; flex-wrap: wrap; margin: 1em 0; }
.chart ul { list-style: none; padding: 0; margin: 0; }
.chart li { margin: 0.15em 0; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.4em;
  vertical-align: -0.1em; border: 1px solid #666; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  h2, h3 { break-after: avoid; }
  tr, li, .chart { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""

# Colours that stay apart in print and for most colour-blind readers.
PALETTE = (
    "#4477aa",
    "#ee6677",
    "#228833",
    "#ccbb44",
    "#66ccee",
    "#aa3377",
    "#bbbbbb",
    "#000000",
)
RADIUS = 90


def _point(angle: float) -> str:
    """The point on the circle at ``angle`` (radians, clockwise from the top)."""
    x = RADIUS + RADIUS * math.sin(angle)
    y = RADIUS - RADIUS * math.cos(angle)
    return f"{x:.2f} {y:.2f}"


def pie_svg(
    slices: Sequence[tuple[str, float]], title: str, percents: Sequence[int] | None = None
) -> str:
    """An inline SVG pie chart with a legend; labels are escaped here.

    The legend gives each slice's share as ``percents`` (as the table beside the chart
    says), else in whole percents that add up to 100.
    """
    total = sum(value for _label, value in slices)
    if total <= 0:
        return ""
    if percents is None:
        whole = apportion({n: value / total * 100 for n, (_l, value) in enumerate(slices)}, 100)
        percents = [whole[n] for n in range(len(slices))]
    shapes = []
    legend = []
    angle = 0.0
    for n, ((label, value), percent) in enumerate(zip(slices, percents, strict=True)):
        colour = PALETTE[n % len(PALETTE)]
        share = value / total
        name = escape(clean_text(label))
        if share >= 0.9999:
            shapes.append(f'<circle cx="{RADIUS}" cy="{RADIUS}" r="{RADIUS}" fill="{colour}"/>')
        elif share > 0:
            end = angle + 2 * math.pi * share
            large = 1 if share > 0.5 else 0
            shapes.append(
                f'<path d="M {RADIUS} {RADIUS} L {_point(angle)} '
                f'A {RADIUS} {RADIUS} 0 {large} 1 {_point(end)} Z" fill="{colour}" '
                f'stroke="#fff" stroke-width="1"><title>{name}</title></path>'
            )
            angle = end
        legend.append(
            f'<li><span class="swatch" style="background:{colour}"></span>'
            f"{name} — {format_percent(percent / 100)}</li>"
        )
    size = 2 * RADIUS
    return (
        f'<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" width="{size}" '
        f'height="{size}" viewBox="0 0 {size} {size}" role="img" aria-label="{escape(title)}">'
        + "".join(shapes)
        + "</svg><ul>"
        + "".join(legend)
        + "</ul></figure>\n"
    )


def _renderer(record: SessionRecord, lang: str, anonymous: AnonymityLike) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    slices = pie_slices(record, lang, anonymous)
    chart = pie_svg(
        [(label, float(seconds)) for label, seconds, _percent in slices],
        WORDS(lang, "pie_title"),
        [percent for _label, _seconds, percent in slices],
    )

    def fence(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        if tokens[idx].info.strip() == "mermaid":
            return chart
        return str(self.fence(tokens, idx, options, env))

    md.add_render_rule("fence", fence)
    return md


def heading_text(tokens: Sequence[Any]) -> str:
    """The text of the first level-1 heading among parsed tokens."""
    for n, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h1" and n + 1 < len(tokens):
            children = tokens[n + 1].children or []
            return "".join(c.content for c in children if c.type in ("text", "code_inline"))
    return ""


def render_html(record: SessionRecord, lang: str, anonymous: AnonymityLike = False) -> str:
    """The minutes of ``record`` as a standalone HTML page (see :func:`render_markdown`)."""
    lang = normalise_lang(lang)
    md = _renderer(record, lang, anonymous)
    env: dict[str, Any] = {}
    tokens = md.parse(render_markdown(record, lang, anonymous), env)
    body = md.renderer.render(tokens, md.options, env)
    title = heading_text(tokens)
    heading = WORDS(lang, "minutes")
    page_title = f"{heading} – {title}" if title and title != heading else heading
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(page_title)}</title>\n"
        f"<style>\n{STYLE}</style>\n"
        "</head>\n"
        "<body>\n"
        "<main>\n"
        f"{body}"
        "</main>\n"
        "</body>\n"
        "</html>\n"
    )
