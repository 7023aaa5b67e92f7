"""The minutes as a Word document (``.docx``), the format the province works in.

The Markdown minutes are parsed with markdown-it-py (CommonMark plus tables and
strikethrough, raw HTML off) and each block becomes its Word counterpart:
headings, paragraphs, bulleted and numbered lists, real tables with a header
row that repeats on every page, quotes. So the document says exactly what the
Markdown says (anonymity included) and cannot drift from it. The Mermaid chart
becomes a table of speaking time and share. Built with python-docx on its own
template; A4, margins that print well.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from markdown_it import MarkdownIt

from facilitator.export.anonymity import AnonymityLike
from facilitator.export.formatting import format_percent, format_speaking
from facilitator.export.html import heading_text
from facilitator.export.markdown import WORDS, pie_slices, render_markdown
from facilitator.export.record import SessionRecord
from facilitator.i18n import Catalog, normalise_lang

DOCX_WORDS = Catalog(
    {
        "group": ("Groep", "Group"),
        "time": ("Spreektijd", "Speaking time"),
        "share": ("Aandeel", "Share"),
        "description": ("Verslag: {title}", "Minutes: {title}"),
    }
)

LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}
"""The language a Word file of the minutes is proofed in."""

APPLICATION = "facilitator"

Token = Any  # markdown_it.token.Token
Paragraph = Any  # docx.text.paragraph.Paragraph


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def _inline(paragraph: Paragraph, token: Token) -> None:
    """Add the runs of one inline token: text with bold, italic, code and struck-through."""
    bold = italic = code = struck = False
    for child in token.children or []:
        kind = child.type
        if kind == "strong_open":
            bold = True
        elif kind == "strong_close":
            bold = False
        elif kind == "em_open":
            italic = True
        elif kind == "em_close":
            italic = False
        elif kind == "s_open":
            struck = True
        elif kind == "s_close":
            struck = False
        elif kind in ("softbreak",):
            paragraph.add_run(" ")
        elif kind == "hardbreak":
            paragraph.add_run().add_break()
        elif kind in ("text", "code_inline"):
            run = paragraph.add_run(child.content)
            # Only what is on: setting a property to None still adds an empty <w:rPr>.
            if bold:
                run.bold = True
            if italic:
                run.italic = True
            if struck:
                run.font.strike = True
            if kind == "code_inline" or code:
                run.font.name = "Consolas"
        # links keep their text (it arrives as text children); images are never emitted


def _repeat_header(row: Any) -> None:
    """Mark a table row as the header that Word repeats on every page."""
    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


class _Builder:
    """Walks the Markdown tokens and writes the document."""

    def __init__(self, document: Any, chart: Sequence[tuple[str, int, int]], lang: str) -> None:
        self.doc = document
        self.chart = chart
        self.lang = lang
        self.lists: list[str] = []  # "bullet" / "ordered", innermost last
        self.quote = 0
        self.style_ids: dict[str, str] = {}
        self.section_properties = document.element.body.sectPr

    def build(self, tokens: Sequence[Token]) -> None:
        i = 0
        while i < len(tokens):
            i = self.block(tokens, i)

    def block(self, tokens: Sequence[Token], i: int) -> int:
        token = tokens[i]
        kind = token.type
        if kind == "heading_open":
            level = int(token.tag[1])
            heading = self.paragraph(f"Heading {min(level - 1, 4)}" if level > 1 else "Title")
            _inline(heading, tokens[i + 1])
            return i + 3
        if kind == "paragraph_open":
            paragraph = self.paragraph(self.paragraph_style())
            _inline(paragraph, tokens[i + 1])
            return i + 3
        if kind in ("bullet_list_open", "ordered_list_open"):
            self.lists.append("bullet" if kind == "bullet_list_open" else "ordered")
            return i + 1
        if kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
            return i + 1
        if kind == "blockquote_open":
            self.quote += 1
            return i + 1
        if kind == "blockquote_close":
            self.quote -= 1
            return i + 1
        if kind == "table_open":
            return self.table(tokens, i)
        if kind == "fence" and token.info.strip() == "mermaid":
            self.pie()
            return i + 1
        if kind in ("fence", "code_block"):
            paragraph = self.paragraph(self.paragraph_style())
            run = paragraph.add_run(token.content.rstrip("\n"))
            run.font.name = "Consolas"
            return i + 1
        # list items, hr and closing tags carry no text of their own
        return i + 1

    def paragraph(self, style: str | None = None) -> Paragraph:
        """A new paragraph at the end, in the named style.

        Faster than ``Document.add_paragraph``, which searches the whole body for
        the section properties and all the template's styles for the style, for
        every paragraph; here the style's id is looked up once per name.
        """
        element = OxmlElement("w:p")
        if self.section_properties is not None:
            self.section_properties.addprevious(element)  # they stay the body's last element
        else:
            self.doc.element.body.append(element)
        paragraph = DocxParagraph(element, self.doc._body)
        if style is not None:
            if style not in self.style_ids:
                self.style_ids[style] = self.doc.styles[style].style_id
            paragraph._p.style = self.style_ids[style]
        return paragraph

    def paragraph_style(self) -> str | None:
        if self.lists:
            depth = min(len(self.lists), 3)
            base = "List Bullet" if self.lists[-1] == "bullet" else "List Number"
            return base if depth == 1 else f"{base} {depth}"
        if self.quote:
            return "Intense Quote"
        return None

    def table(self, tokens: Sequence[Token], i: int) -> int:
        rows: list[list[Token]] = []
        aligns: list[str | None] = []
        header_rows = 0
        in_head = False
        while tokens[i].type != "table_close":
            kind = tokens[i].type
            if kind == "thead_open":
                in_head = True
            elif kind == "thead_close":
                in_head = False
            elif kind == "tr_open":
                rows.append([])
                if in_head:
                    header_rows += 1
            elif kind in ("th_open", "td_open"):
                style = str(tokens[i].attrs.get("style", "") or "")
                if len(rows) == 1:
                    aligns.append("right" if "right" in style else None)
                rows[-1].append(tokens[i + 1])
            i += 1
        width = max((len(r) for r in rows), default=0)
        if width:
            table = self.doc.add_table(rows=len(rows), cols=width)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.LEFT
            # Row by row: python-docx's table.cell(r, c) walks the whole table on every call.
            for r, (row, docx_row) in enumerate(zip(rows, table.rows, strict=True)):
                cells = docx_row.cells
                for c, cell_token in enumerate(row):
                    paragraph = cells[c].paragraphs[0]
                    _inline(paragraph, cell_token)
                    if c < len(aligns) and aligns[c] == "right":
                        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if r < header_rows:
                        for run in paragraph.runs:
                            run.bold = True
            for docx_row in list(table.rows)[:header_rows]:
                _repeat_header(docx_row)
            self.paragraph()
        return i + 1

    def pie(self) -> None:
        """The speaking-time chart as a table: group, minutes, share."""
        if not self.chart:
            return
        self.paragraph("Caption").add_run(WORDS(self.lang, "pie_title"))
        table = self.doc.add_table(rows=len(self.chart) + 1, cols=3)
        table.style = "Table Grid"
        heads = (
            DOCX_WORDS(self.lang, "group"),
            DOCX_WORDS(self.lang, "time"),
            DOCX_WORDS(self.lang, "share"),
        )
        docx_rows = list(table.rows)
        for c, head in enumerate(heads):
            docx_rows[0].cells[c].paragraphs[0].add_run(head).bold = True
        _repeat_header(docx_rows[0])
        for docx_row, (label, seconds, percent) in zip(docx_rows[1:], self.chart, strict=True):
            cells = docx_row.cells
            cells[0].paragraphs[0].add_run(label)
            minutes = cells[1].paragraphs[0]
            minutes.add_run(format_speaking(seconds, self.lang))
            minutes.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            share = cells[2].paragraphs[0]
            share.add_run(format_percent(percent / 100))
            share.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.paragraph()


def render_docx(record: SessionRecord, lang: str, anonymous: AnonymityLike = False) -> bytes:
    """The minutes of ``record`` as the bytes of a ``.docx`` file."""
    lang = normalise_lang(lang)
    markdown = render_markdown(record, lang, anonymous)
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(1.8)
    section.left_margin = section.right_margin = Cm(1.6)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    tokens = _parser().parse(markdown)
    tag = LANGUAGE_TAGS[lang]
    _language(document, tag)
    properties = document.core_properties
    # The heading's title, as the minutes print it: anonymous, the names taken out.
    properties.title = heading_text(tokens)
    properties.comments = DOCX_WORDS(lang, "description", title=properties.title)
    properties.language = tag
    properties.author = properties.last_modified_by = ""
    properties.revision = 1
    # Made when the minutes were: at the closing, or as read while the session is open.
    moment = _utc(record.session.closed_at if record.closed else None, record.now)
    properties.created = properties.modified = moment
    chart = pie_slices(record, lang, anonymous)
    _Builder(document, chart, lang).build(tokens)
    out = io.BytesIO()
    document.save(out)
    return _stable_zip(out.getvalue(), moment)


ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
"""The first moment a zip entry can be dated."""


def _stable_zip(data: bytes, moment: datetime) -> bytes:
    """The same package with every entry dated ``moment``, in the order written, each
    deflated the same way: python-docx dates the entries at the time of saving, so two
    exports of one closed session gave different bytes."""
    stamp = max(moment.timetuple()[:6], ZIP_EPOCH)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry.filename), compresslevel=6)
    return out.getvalue()


def _utc(closed: datetime | None, now: datetime) -> datetime:
    """The moment of the minutes in UTC without a zone, as Word's properties keep it."""
    moment = closed if closed is not None else now
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None, microsecond=0)


def _language(document: Any, tag: str) -> None:
    """Proof the document in ``tag``: the styles' default language (the template's is
    US English), the theme fonts' language, and the template's own traces of where it
    came from (its application, the US English of its older copy of the styles)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.append(language)
    language.set(qn("w:val"), tag)
    language.set(qn("w:eastAsia"), tag)
    theme = document.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), tag)
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        if name == "/word/stylesWithEffects.xml":
            part._blob = part.blob.replace(b'"en-US"', f'"{tag}"'.encode())
        elif name == "/docProps/app.xml":
            part._blob = re.sub(
                rb"<Application>[^<]*</Application>",
                f"<Application>{APPLICATION}</Application>".encode(),
                part.blob,
            )
