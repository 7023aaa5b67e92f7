"""The minutes as the screens need them: collected from the store, rendered, written.

The TUI reaches the exporters only through the service layer; these are the
export functions it uses (the preview and the close screen), under their own
names. See :mod:`facilitator.export` for what each does.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.export import collect, next_free_path, render_markdown, taken_before, write_new
from facilitator.store import Store

__all__ = ["collect", "next_free_path", "outdated_minutes", "render_markdown", "write_new"]


def outdated_minutes(store: Store, session_id: int, written: Path) -> Path | None:
    """The minutes a closing wrote before the session was reopened, out of date now that
    ``written`` has what came after: the file of the session's name (``<slug>.md``,
    ``<slug>-2.md``…) written last before ``written``, left as it is (it may have been
    edited by hand). None when the session was never reopened, or no such file is there.
    """
    session = store.session(session_id)
    if session is None or store.reopened_at(session_id) is None:
        return None
    return taken_before(written, written.with_name(f"{session.slug}{written.suffix}"))
