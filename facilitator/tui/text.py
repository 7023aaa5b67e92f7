"""User text is data, never markup.

Names, titles, questions and contributions go to the screen only through these
helpers, which build :class:`~textual.content.Content` objects: ``[bold]``,
``[/]`` or ``[@click=app.quit]`` in user text show literally and never run.
"""

from __future__ import annotations

from textual.content import Content


def plain(text: str, style: str = "") -> Content:
    """User text as content, optionally styled as a whole (never parsed)."""
    content = Content(_printable(text))
    return content.stylize(style) if style else content


def join(*parts: Content | str, sep: str = "") -> Content:
    """Join parts; plain ``str`` parts are taken literally too."""
    pieces = [p if isinstance(p, Content) else Content(_printable(p)) for p in parts]
    return Content(sep).join(pieces)


def one_line(text: str, limit: int | None = None) -> str:
    """Fold a possibly multi-line text into one line, optionally cut to ``limit`` cells."""
    flat = " ".join(text.split())
    if limit is not None and len(flat) > limit:
        return flat[: max(0, limit - 1)] + "…"
    return flat


def _printable(text: str) -> str:
    # Control characters would move the cursor or ring the bell in a real terminal.
    return "".join(ch if ch.isprintable() or ch in "\n\t" else "\ufffd" for ch in text)
