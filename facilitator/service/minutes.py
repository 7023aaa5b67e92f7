"""The minutes as the screens need them: collected from the store, rendered, written.

The TUI reaches the exporters only through the service layer; these are the
export functions it uses (the preview and the close screen), under their own
names. See :mod:`facilitator.export` for what each does.
"""

from __future__ import annotations

from facilitator.export import collect, next_free_path, render_markdown, write_new

__all__ = ["collect", "next_free_path", "render_markdown", "write_new"]
