"""Exporters: a session's minutes as Markdown, JSON, a printable HTML page or a Word file.

They read the store (through :func:`collect`) and never import Textual. The
HTML page (:mod:`.html`) and the Word file (:mod:`.docx`) are imported where
they are used, so their libraries load only when needed.
"""

from __future__ import annotations

from facilitator.export.jsonexport import render_json
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.export.write import next_free_path, taken_before, write_new

__all__ = [
    "collect",
    "next_free_path",
    "render_json",
    "render_markdown",
    "taken_before",
    "write_new",
]
