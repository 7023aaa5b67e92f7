"""Exporters: a session's minutes as Markdown, JSON, a printable HTML page or a Word file.

They read the store (through :func:`collect`) and never import Textual. The
HTML page (:mod:`.html`) and the Word file (:mod:`.docx`) are imported where
they are used, so their libraries load only when needed; the names below load their
module on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from facilitator.export.jsonexport import render_json
    from facilitator.export.markdown import render_markdown
    from facilitator.export.record import collect
    from facilitator.export.write import next_free_path, taken_before, write_new

# Where each name lives: loaded on first use, so that a module needing only one part (the
# file writing of :mod:`.write`, read at the start of a window) does not load the exporters.
_HOME = {
    "collect": "record",
    "next_free_path": "write",
    "render_json": "jsonexport",
    "render_markdown": "markdown",
    "taken_before": "write",
    "write_new": "write",
}

__all__ = [
    "collect",
    "next_free_path",
    "render_json",
    "render_markdown",
    "taken_before",
    "write_new",
]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
