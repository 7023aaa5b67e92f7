"""Exporters: a session's minutes as Markdown, JSON or a printable HTML page.

They read the store (through :func:`collect`) and never import Textual.
``render_html`` needs markdown-it-py and is imported on first use.
"""

from __future__ import annotations

from typing import Any

from facilitator.export.jsonexport import SCHEMA_VERSION, render_json
from facilitator.export.markdown import render_markdown
from facilitator.export.record import SessionRecord, collect
from facilitator.export.write import next_free_path, write_atomic, write_new

__all__ = [
    "SCHEMA_VERSION",
    "SessionRecord",
    "collect",
    "next_free_path",
    "render_html",
    "render_json",
    "render_markdown",
    "write_atomic",
    "write_new",
]


def __getattr__(name: str) -> Any:
    if name == "render_html":
        from facilitator.export.html import render_html

        return render_html
    raise AttributeError(name)
