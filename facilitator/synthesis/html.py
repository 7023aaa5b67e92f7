"""The synthesis as a standalone, printable HTML page.

The Markdown synthesis rendered as the minutes are (markdown-it-py, raw HTML
off, so nothing typed at a table can become a tag), with the Mermaid pie
chart drawn as an inline SVG and the minutes' print stylesheet.
"""

from __future__ import annotations

from html import escape
from typing import Any

from markdown_it import MarkdownIt

from facilitator.export.html import STYLE, pie_svg
from facilitator.synthesis.markdown import MarkdownWriter
from facilitator.synthesis.model import Synthesis
from facilitator.synthesis.words import WORDS


def render_html(synthesis: Synthesis) -> str:
    """The synthesis as an HTML page (see :mod:`facilitator.synthesis.markdown`)."""
    lang = synthesis.lang
    writer = MarkdownWriter(synthesis)
    text = writer.render()
    slices = writer.slices()
    chart = pie_svg(
        [(label, float(seconds)) for label, seconds, _percent in slices],
        WORDS(lang, "pie_title"),
        [percent for _label, _seconds, percent in slices],
    )
    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])

    def fence(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        if tokens[idx].info.strip() == "mermaid":
            return chart
        return str(self.fence(tokens, idx, options, env))

    md.add_render_rule("fence", fence)
    body = md.render(text)
    title = WORDS(lang, "title")
    if synthesis.regions:
        title += " — " + ", ".join(synthesis.regions)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>\n{STYLE}</style>\n"
        "</head>\n"
        "<body>\n"
        "<main>\n"
        f"{body}"
        "</main>\n"
        "</body>\n"
        "</html>\n"
    )
