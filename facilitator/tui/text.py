"""User text is data, never markup.

Names, titles, questions and contributions go to the screen only through these
helpers, which build :class:`~textual.content.Content` objects: ``[bold]``,
``[/]`` or ``[@click=app.quit]`` in user text show literally and never run;
control characters show as ``�`` (:func:`facilitator.text.printable`). The
plain-text helpers themselves live in :mod:`facilitator.text`; ``one_line`` is
also importable from here.
"""

from __future__ import annotations

from textual.content import Content

from facilitator.text import one_line, printable

__all__ = ["join", "one_line", "plain"]

KEEP = "\n\t"  # line breaks and tabs are laid out by Content itself


def plain(text: str, style: str = "") -> Content:
    """User text as content, optionally styled as a whole (never parsed)."""
    content = Content(printable(text, keep=KEEP))
    return content.stylize(style) if style else content


def join(*parts: Content | str, sep: str = "") -> Content:
    """Join parts; plain ``str`` parts are taken literally too."""
    pieces = [p if isinstance(p, Content) else Content(printable(p, keep=KEEP)) for p in parts]
    return Content(sep).join(pieces)
