"""A paste is one paste, however many escape bytes it holds.

A terminal sends a paste between ``ESC [ 200 ~`` and ``ESC [ 201 ~`` (bracketed paste).
Textual's parser of the terminal's input ends the paste at the first ``ESC`` inside it,
whatever follows: the rest was sent on as keys, before the paste itself. Text copied
from a terminal holds its colours as escape sequences (``ESC [ 1 m``), so pasting
``uit terminal ESC[1mvet ESC[0m klaar`` on the console pressed ``[`` (the previous
agenda item), ``1`` (queue participant 1) and ``m`` (a picker), and a paste into a
capture line was stored with its first part moved to the end.

:class:`WholePastes` stands between the terminal and the parser: inside a paste it
hands the parser every ``ESC`` but the end marker's as two characters of no meaning to
it, and :class:`WholePasteParser` turns them back into ``ESC`` in the pasted text. So
the paste comes as one ``Paste`` event, with its text exactly as pasted (the screens
show an escape byte, as any control character, as ``�``; the minutes as a space), and
no key is pressed.

Textual makes its parser inside the driver's input thread, from the name
``XTermParser`` in the driver's module; nothing public lets an app give it another.
:func:`keep_pastes_whole` puts :class:`WholePasteParser` under that name in Textual's
driver modules. This module is the only place that knows it;
``tests/tui/test_paste.py`` fails when Textual makes its parser another way.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable

from textual import constants, events
from textual._parser import ParseTimeout
from textual._xterm_parser import XTermParser
from textual.message import Message

ESC = "\x1b"
PASTE_START = f"{ESC}[200~"
PASTE_END = f"{ESC}[201~"
_MARK = "\ue000"
"""With a digit after it, a character inside a paste the parser would take for more
than text: ``_MARK 1`` an escape byte, ``_MARK 0`` the mark itself."""
_HIDDEN = {ESC: _MARK + "1", _MARK: _MARK + "0"}
_SHOWN = {"1": ESC, "0": _MARK}


def _hide(text: str) -> str:
    """Text inside a paste, with no escape byte left in it (the mark itself marked)."""
    if _MARK in text:
        text = text.replace(_MARK, _HIDDEN[_MARK])
    return text.replace(ESC, _HIDDEN[ESC])


def unhide(text: str) -> str:
    """A pasted text as the terminal sent it: what :func:`_hide` marked, back as it was."""
    if _MARK not in text:
        return text
    parts = text.split(_MARK)
    return parts[0] + "".join(
        _SHOWN.get(part[:1], _MARK + part[:1]) + part[1:] for part in parts[1:]
    )


def _begun(text: str, marker: str) -> str:
    """The longest end of ``text`` that is the beginning of ``marker`` ('' if none)."""
    for size in range(min(len(marker) - 1, len(text)), 0, -1):
        if text.endswith(marker[:size]):
            return marker[:size]
    return ""


class WholePastes:
    """The terminal's input as the parser is to see it: every escape byte inside a paste
    but its end marker's hidden, so that the paste ends where the terminal ended it.

    The input comes in pieces as the terminal's reads return it, and a marker may be cut
    between two. Outside a paste everything is passed on at once (an Escape pressed is no
    later for it); a start marker begun at the end of one piece counts on in the next
    only if that one comes within the time Textual waits for the rest of an escape
    sequence (``ESCDELAY``), as the parser then reads them as one. Inside a paste, an
    escape byte at the end of a piece that may begin the end marker waits for the next.
    """

    def __init__(
        self, now: Callable[[], float] = time.monotonic, delay: float = constants.ESCAPE_DELAY
    ) -> None:
        self.now = now
        self.delay = delay
        self.pasting = False
        self._begun = ""
        """Outside a paste: the start marker's beginning the last piece ended with."""
        self._begun_at = 0.0
        self._held = ""
        """Inside a paste: the end of the last piece that may be the end marker's start."""

    def __call__(self, data: str) -> str:
        out: list[str] = []
        now = self.now()
        if self._begun and now - self._begun_at > self.delay:
            self._begun = ""  # the parser has taken what came before as keys
        data, self._held = self._held + data, ""
        pos = 0
        while pos < len(data):
            if not self.pasting:
                window = self._begun + data[pos:]
                at = window.find(PASTE_START)
                if at < 0:
                    out.append(data[pos:])
                    self._begun, self._begun_at = _begun(window, PASTE_START), now
                    break
                end = pos + at + len(PASTE_START) - len(self._begun)
                out.append(data[pos:end])
                self._begun, self.pasting, pos = "", True, end
                continue
            at = data.find(ESC, pos)
            if at < 0:
                out.append(_hide(data[pos:]))
                break
            out.append(_hide(data[pos:at]))
            rest = data[at : at + len(PASTE_END)]
            if rest == PASTE_END:
                out.append(PASTE_END)
                self.pasting, pos = False, at + len(PASTE_END)
            elif PASTE_END.startswith(rest):
                self._held = rest  # the end marker, cut off: the next piece says
                break
            else:
                out.append(_hide(ESC))
                pos = at + 1
        return "".join(out)


_SEQUENCE_STARTS = frozenset("[O]P_\\" + ESC)
"""What may follow ``ESC`` in an escape sequence a terminal sends (CSI, SS3, OSC, DCS,
APC, ST) or a second Esc; any other character after it makes a key of two characters
(``ESC f``, a word jump) or an ``alt+`` key."""


class WholePasteParser(XTermParser):
    """Textual's parser of the terminal's input, given it through :class:`WholePastes`.

    It also reads Esc and a key after it as the parser reads them when a pause follows
    the key: Textual's parser, having no escape sequence begin with ``ESC d``, went on
    reading whatever came in the same read as a sequence, and past thirty-two characters
    gave the Esc back as ``^``, typed into the line with the rest (Esc, a kind key and a
    sentence read at once, by an app behind or over a slow link). A key after Esc that
    begins no sequence now ends the sequence at once: ``alt+d``, then the keys after it.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.whole_pastes = WholePastes()
        self._after_escape = False
        """The last character handed to the parser was an Esc outside a paste."""
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def feed(self, data: str) -> Iterable[Message]:
        if data:
            data = self.whole_pastes(data)
            if not data:
                return  # all of it waits for the next piece (an end marker cut off)
        for token in self._feed(data):
            if isinstance(token, events.Paste):
                token = events.Paste(unhide(token.text))
            yield token

    def _feed(self, data: str) -> Iterable[Message]:
        """The parser's tokens of ``data``, the sequence ended after Esc and a key that
        begins none (as the parser ends it when no more comes in time)."""
        start = 0
        for at, character in enumerate(data):
            if not self._after_escape:
                self._after_escape = character == ESC
                continue
            self._after_escape = character == ESC
            if character in _SEQUENCE_STARTS:
                continue
            yield from super().feed(data[start : at + 1])
            start = at + 1
            if self._awaiting.timeout is not None:  # still reading a sequence: ESC and it
                self._timeout_time = None
                self._awaiting = self._gen.throw(ParseTimeout())
                while self._tokens:
                    yield self._tokens.popleft()
        if start < len(data) or not data:
            yield from super().feed(data[start:])


def keep_pastes_whole() -> None:
    """Have Textual's drivers loaded so far read the terminal with :class:`WholePasteParser`."""
    for name, module in list(sys.modules.items()):
        if name.startswith("textual.drivers.") and getattr(module, "XTermParser", None) in (
            XTermParser,
            WholePasteParser,
        ):
            module.XTermParser = WholePasteParser  # type: ignore[attr-defined]
