"""Markdown escaping of user text: what was typed at the table stays text.

Contributions, card titles, names and organisations may hold anything: ``|``,
``*``, ``_``, a ``#`` at the start of a line, ``<script>``, backticks,
``[x](y)``, backslashes, newlines. Every function here returns Markdown that a
CommonMark (+ GFM tables) reader turns back into exactly the text given, as
plain text: no emphasis, link, code, heading, list, quote or table can come
out of it, and a table cell can never gain or lose a column.

The text is first *cleaned* (:func:`clean_text`, that is
:func:`facilitator.text.clean_lines`): line endings normalised, control
characters made spaces, each line stripped, empty lines dropped. That cleaned
text is what a reader gets back; in one-line contexts (table cells, headings)
the lines are joined with `` / `` (:func:`fold`, that is
:func:`facilitator.text.join_lines`).
"""

from __future__ import annotations

import re

from facilitator.text import clean_lines as clean_text
from facilitator.text import join_lines as fold

__all__ = [
    "clean_text",
    "escape_cell",
    "escape_heading",
    "escape_inline",
    "escape_line",
    "fold",
    "mermaid_label",
]

# Escaped wherever they occur. ASCII punctuation only: CommonMark lets a
# backslash escape exactly those, so the reader drops the backslash again.
_ALWAYS = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~$"})
_ALWAYS_AND_HASH = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~$#"})
_SPECIAL = re.compile(r"[\\`*_\[\]<>|~$]")
_SPECIAL_OR_HASH = re.compile(r"[\\`*_\[\]<>|~$#]")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_START = set("#>-+=")
_ORDERED = re.compile(r"^(\d{1,9})([.)])")
_MERMAID_ENTITY = re.compile(r"#(?=#?[A-Za-z0-9]+;)")


def _escape_line(line: str, *, all_hashes: bool = False) -> str:
    """One cleaned line, escaped."""
    if (_SPECIAL_OR_HASH if all_hashes else _SPECIAL).search(line):
        escaped = line.translate(_ALWAYS_AND_HASH if all_hashes else _ALWAYS)
    else:
        escaped = line
    if "&" in escaped:
        escaped = _ENTITY.sub(r"\\&", escaped)
    if not escaped:
        return escaped
    if escaped[0] in _LINE_START:
        return "\\" + escaped
    if escaped[0].isdigit():
        return _ORDERED.sub(r"\1\\\2", escaped)
    return escaped


def escape_inline(text: str, indent: str = "") -> str:
    """Text for a paragraph or list item; its lines become hard line breaks.

    ``indent`` is written before every continuation line (e.g. two spaces in a
    ``- `` list item), so the text stays inside its container.
    """
    lines = clean_text(text).split("\n")
    return ("\\\n" + indent).join(_escape_line(line) for line in lines)


def escape_line(text: str) -> str:
    """Text on one line (folded with `` / ``), e.g. in a table cell or after a label."""
    return _escape_line(fold(text))


escape_cell = escape_line


def escape_heading(text: str) -> str:
    """Text for an ATX heading: one line, and no ``#`` can close the heading."""
    return _escape_line(fold(text), all_hashes=True)


def mermaid_label(text: str) -> str:
    """A label for a quoted Mermaid string (``"label" : 12``).

    One line; ``"`` becomes ``#quot;`` and a ``#`` that would start an entity
    ``#35;``: Mermaid's own entity syntax, which it draws as the character.
    """
    return _MERMAID_ENTITY.sub("#35;", fold(text)).replace('"', "#quot;")
