"""User text is data, never markup.

Names, titles, questions and contributions go to the screen only through these
helpers, which build :class:`~textual.content.Content` objects: ``[bold]``,
``[/]`` or ``[@click=app.quit]`` in user text show literally and never run;
control characters show as ``�`` (:func:`facilitator.text.printable`). The
plain-text helpers themselves live in :mod:`facilitator.text`; ``one_line`` is
also importable from here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from textual.content import Content

from facilitator.text import one_line, printable

if TYPE_CHECKING:
    from textual.notifications import Notification

__all__ = [
    "KeptTogether",
    "join",
    "join_parts",
    "notice_text",
    "one_line",
    "plain",
    "safe_notice",
    "wrap_path",
    "wrap_words",
]

KEEP = "\n\t"  # line breaks and tabs are laid out by Content itself


def plain(text: str, style: str = "") -> Content:
    """User text as content, optionally styled as a whole (never parsed)."""
    content = Content(printable(text, keep=KEEP))
    return content.stylize(style) if style else content


def notice_text(text: str) -> str:
    """What a notice of ``text`` shows: a control character as ``�``, line breaks and
    tabs as they are (the notice lays them out)."""
    return printable(text, keep=KEEP)


def safe_notice(notification: Notification) -> None:
    """``notification`` made to show as :func:`notice_text` says, its title too: an escape
    byte in a name went to the terminal as it was, and a notice naming it cleared the
    screen."""
    notification.message = notice_text(notification.message)
    notification.title = notice_text(notification.title)


def join(*parts: Content | str, sep: str = "") -> Content:
    """Join parts; plain ``str`` parts are taken literally too."""
    pieces = [p if isinstance(p, Content) else Content(printable(p, keep=KEEP)) for p in parts]
    return Content(sep).join(pieces)


def join_parts(parts: list[Content], width: int, sep: str = " · ") -> Content:
    """Parts joined by ``sep`` on lines of at most ``width`` cells, broken between the
    parts only: a part that does not fit on the line goes to the next one whole, without
    the separator («gepauzeerd · spatie gaat verder» over «3 min gepland», not «… · 3» over
    «min gepland»)."""
    lines: list[Content] = []
    for part in parts:
        if lines and lines[-1].cell_length + len(sep) + part.cell_length <= width:
            lines[-1] = join(lines[-1], sep, part)
        else:
            lines.append(part)
    return Content("\n").join(lines)


VOWELS = frozenset("aeiouyáéíóúàèìòùâêîôûäëïöüÿ")


def wrap_words(text: str, width: int) -> list[str]:
    """``text`` on lines of at most ``width`` cells, broken between words: a word that
    does not fit on the line goes to the next one whole. Only a word longer than a whole
    line is broken (:func:`break_word`), and nothing is added to it: the lines hold the
    text as typed."""
    return _wrap([(True, word) for word in text.split()], width)


def _wrap(tokens: list[tuple[bool, str]], width: int) -> list[str]:
    """The lines of at most ``width`` cells ``tokens`` make, each ``(spaced, token)``: a
    token after a blank (``spaced``) or stuck to the one before it (a path's next folder).
    A token that does not fit on the line goes to the next one whole; only one longer
    than a whole line is broken (:func:`break_word`)."""
    width = max(2, width)
    lines: list[str] = []
    line = ""
    for spaced, token in tokens:
        while token:
            joined = f"{line} {token}" if line and spaced else line + token
            if cell_len(joined) <= width:
                line, token = joined, ""
            elif line:
                lines.append(line)
                line = ""
            else:
                head, token = break_word(token, width)
                lines.append(head)
    if line or not lines:
        lines.append(line)
    return lines


def wrap_path(text: str, path: str, width: int) -> str:
    """``text`` on lines of at most ``width`` cells, broken between words as
    :func:`wrap_words` breaks them, and the ``path`` in it only after a ``/``: each folder
    and the file's name stay whole (``…/notulen/`` over ``minutes/twente-2020-10-2.md``,
    not ``…/twente-2020-10-2.m`` over ``d``), and the path reads as written, with no blank
    added. A folder or name longer than a whole line is broken where the line ends. The
    lines joined by line breaks, which a notice keeps; ``text`` as it is if ``path`` is not
    in it."""
    at = text.find(path) if path else -1
    if at < 0:
        return text
    before, after = text[:at], text[at + len(path) :]
    tokens = [(True, word) for word in before.split()]
    spaced = not before or before[-1].isspace()
    for n, part in enumerate(re.findall(r"[^/]*/|[^/]+$", path)):
        tokens.append((n == 0 and spaced, part))
    spaced = not after or after[0].isspace()  # «…/x.md:» keeps its colon
    for n, word in enumerate(after.split()):
        tokens.append((n > 0 or spaced, word))
    return "\n".join(_wrap(tokens, width))


def break_word(word: str, width: int) -> tuple[str, str]:
    """A word longer than ``width`` cells broken in two, the first part at most ``width``
    wide, as typed (no hyphen is added: one would read as part of the text, as in a web
    address): after a hyphen of its own (``mbo-studenten-`` / ``begeleiding``); else before
    a consonant between two vowels, where a syllable begins in Dutch and English alike
    (``loopbaanbege`` / ``leiding``, ``vervolgafspra`` / ``ken``), leaving at least two
    letters for the next line; else where the line ends."""
    fits = max(1, width)
    while fits > 1 and cell_len(word[:fits]) > width:
        fits -= 1
    own = word.rfind("-", 1, fits)
    if 0 < own < len(word) - 1:
        return word[: own + 1], word[own + 1 :]
    lower = word.lower()
    for at in range(min(fits, len(word) - 2), 1, -1):
        before, letter, after = lower[at - 1], lower[at], lower[at + 1]
        if before in VOWELS and letter.isalpha() and letter not in VOWELS and after in VOWELS:
            return word[:at], word[at:]
    return word[:fits], word[fits:]


HOLD = "\u2800"
"""Stands for a blank kept while a text is wrapped: a character of one cell that is no
blank (see :meth:`KeptTogether.held`); never drawn."""


class KeptTogether(Content):
    """Content with parts that are never broken over two rows: «punt 3» after who said
    it, where the row is full, goes to the next row whole («punt» / «3» before).

    Rich and Textual break a line at any blank, a no-break space too; here the blanks of
    those parts are held as another character of the same width while the line is
    wrapped, and drawn as blanks."""

    def __init__(self, content: Content, together: Sequence[tuple[int, int]] = ()) -> None:
        """``together``: the parts (start, end) of ``content``'s text to keep on one row."""
        super().__init__(content.plain, list(content.spans), strip_control_codes=False)
        self._together = tuple(together)

    def held(self) -> str:
        """The text, with the blanks of the parts kept together held."""
        text = self.plain
        for start, end in self._together:
            text = text[:start] + text[start:end].replace(" ", HOLD) + text[end:]
        return text

    def get_height(self, rules: Any, width: int) -> int:
        if not self._together:
            return super().get_height(rules, width)
        line_pad = rules.get("line_pad", 0) * 2
        return len(
            self._wrap_and_format(
                width - line_pad,
                overflow=rules.get("text_overflow", "fold"),
                no_wrap=rules.get("text_wrap", "wrap") == "nowrap",
            )
        )

    def _wrap_and_format(self, width: int, *args: Any, **kwargs: Any) -> list[Any]:
        """Wrapped as ``Content`` wraps, but never inside a part kept together."""
        if not self._together:
            return super()._wrap_and_format(width, *args, **kwargs)
        held = Content(self.held(), list(self.spans), strip_control_codes=False)
        lines = held._wrap_and_format(width, *args, **kwargs)
        for line in lines:
            shown = line.content
            line.content = Content(
                shown.plain.replace(HOLD, " "), list(shown.spans), strip_control_codes=False
            )
        return lines
