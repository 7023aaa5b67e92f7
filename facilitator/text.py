"""Text helpers for user text, shared by the domain, the capture line, the screens and the minutes.

Each function does one thing to a ``str`` and returns a ``str``; none of them
knows about Textual, Rich or Markdown. Which one to use:

* :func:`fold` — for *matching* what is typed against names, titles and tags:
  case, accents and a few look-alike letters ignored. Never shown.
* :func:`spelled_to` — where a :func:`fold`-ed name ends in a text that spells it, its
  letters composed (``é``) or written as a letter and a separate mark (``e`` + U+0301).
* :func:`same_name` — for telling whether two names are one: case and blanks aside, and
  an accent one character or a mark after its letter, but ``René`` is not ``Rene``.
* :func:`tag_key` — for comparing tags: folded, and ``Stage plaats``,
  ``stage_plaats`` and ``stage-plaats`` the same.
* :func:`one_line` — for one line of a screen: every run of blanks and line
  breaks becomes one space, optionally cut to a length with ``…``.
* :func:`printable` — for a terminal: control characters (and other
  characters that would move the cursor or break the line) become the visible
  replacement character ``�``.
* :func:`screen_line`, :func:`screen_block` — both at once, for one line or for a
  multi-line panel.
* :func:`clean_lines`, :func:`join_lines` — for the minutes: the text as a
  reader gets it back (line endings normalised, controls as spaces, lines
  stripped, empty lines dropped), and those lines joined on one line.
* :func:`name_line` — a person's name as stored: no control character in it, every run of
  blanks (a no-break space too) one space.
* :func:`free_line` — free text of one line as stored (an organisation, an agenda item's
  title): the same, but the spaces that keep words together stay as typed.
* :func:`typed_line` — a line typed at a question of the command line: the escape
  sequences of keys read as characters (an arrow) and the other control characters left
  out, blanks one space.
* :func:`surname` — the surname in a person's name, with its particles (``van der``).
* :func:`field_paste` — a paste into a text field of one line (a form, a picker, the
  board's filter): as typing it would have put it there, its lines joined with a blank,
  no control character in it.
"""

from __future__ import annotations

import re
import unicodedata

ELLIPSIS = "…"
REPLACEMENT = "\ufffd"
LINE_JOINER = " / "

# Words that join a surname (tussenvoegsels and their kin); never a name on their own.
NAME_PARTICLES = frozenset(
    "van de der den het t ter ten te in op aan la le les du da das di do dos del della "
    "von zu el al bin ben ibn abu y e mc mac o d the".split()
)

# Letters that do not decompose into a base letter and an accent, yet read as one.
_LOOKALIKE = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d"})

# Unicode categories Cc (C0 and C1 controls, DEL), Zl and Zp (line and paragraph
# separator) and Cs (lone surrogates). A fixed set: these categories never grow.
_CONTROL = "\x00-\x1f\x7f-\x9f"
_SEPARATOR = "\u2028\u2029"
_SURROGATE = "\ud800-\udfff"
_UNPRINTABLE = re.compile(f"[{_CONTROL}{_SEPARATOR}{_SURROGATE}]")  # every line on screen
# The patterns below are compiled on first use (re keeps them): the first frame needs
# none of them (compiling them was half the time this module took to load).
_TAG_SEPARATORS = r"[\s_\-]+"
_BREAKING_BLANKS = "[ \t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]+"  # not the spaces that join
_LINE_ENDINGS = r"\r\n?"
_AS_SPACE = f"[\x00-\x09\x0b-\x1f\x7f-\x9f{_SEPARATOR}]"  # \n stays
# U+FFFE and U+FFFF are no characters at all: XML (the Word minutes) refuses them
_NONCHARACTER = "\ufffe\uffff"
_AS_REPLACEMENT = f"[{_SURROGATE}{_NONCHARACTER}]"
_TO_CLEAN = f"[{_CONTROL}{_SEPARATOR}{_SURROGATE}{_NONCHARACTER}]"
# What a key sends as characters where no line editing reads it: a control sequence
# (ESC [ D for ←, ESC [ 1 ; 5 C for ctrl+→, ESC [ 3 ~ for Delete) or ESC O and a letter
# (F1, an arrow in application mode). An Esc alone is taken out, the letter after it kept.
_KEY_SEQUENCE = r"\x1b(?:\[[0-?]*[ -/]*[@-~]|O[A-Za-z])?"


def fold(text: str) -> str:
    """``text`` for matching, never for showing: ``Çelik-Yıldız`` -> ``celik-yildiz``.

    Case-folded (``ß`` -> ``ss``), accents and other combining marks dropped
    after Unicode NFKD decomposition (``ﬁ`` -> ``fi``), and the look-alike
    letters ``ı ø ł đ`` read as ``i o l d``. Two texts a person would call the
    same spelling fold to the same string.
    """
    if text.isascii():  # nothing to decompose, drop or read as another letter
        return text.lower()
    lowered = text.casefold().translate(_LOOKALIKE)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def spelled_to(text: str, pos: int, key: str, *, marks: bool = True) -> int:
    """Where ``text`` ends the spelling of ``key`` (a :func:`fold`-ed name) that starts at
    ``pos``, or -1 if it does not spell it there.

    The text is read a letter at a time, each with the marks written after it
    (``e`` + U+0301), so ``Renée`` spells ``renee`` in five characters or in six,
    whichever way the text or the name was composed. With ``marks``, the marks after
    the last letter are part of the spelling (what ends there is a whole letter);
    without, the end comes right after the letter itself.
    """
    end, done, size = pos, 0, len(text)
    while done < len(key):
        if end >= size:
            return -1
        after = end + 1
        while after < size and unicodedata.combining(text[after]):
            after += 1
        piece = fold(text[end:after])
        if not key.startswith(piece, done):
            return -1
        if not marks and done + len(piece) == len(key):
            return end + 1
        done, end = done + len(piece), after
    return end


def same_name(text: str) -> str:
    """``text`` as two names are the same name: every run of blanks one space, case folded,
    and its accents in one form, whether each came as one character (``é``) or as a mark
    after its letter (``e`` + U+0301); the accents themselves count (``René`` is not
    ``Rene``). Never shown."""
    words = " ".join(text.split())
    if words.isascii():
        return words.casefold()
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", words).casefold())


def surname(name: str) -> str:
    """The surname in ``name``, with its particles: from the first particle after the
    first word (``Anne-Marie van der Berg`` -> ``van der Berg``), else the last word
    (``Jan Pieter Smit`` -> ``Smit``); ``""`` for a name of one word."""
    words = name.split()
    if len(words) < 2:
        return ""
    start = next(
        (n for n, word in enumerate(words) if n > 0 and fold(word) in NAME_PARTICLES),
        len(words) - 1,
    )
    return " ".join(words[start:])


def tag_key(tag: str) -> str:
    """A tag for comparison: folded, blanks at the ends dropped, and every run of
    blanks, underscores and hyphens one hyphen (``Stage_plaats`` -> ``stage-plaats``)."""
    return re.sub(_TAG_SEPARATORS, "-", fold(tag).strip())


def cut(text: str, limit: int | None) -> str:
    """``text`` cut to at most ``limit`` characters, the last of them ``…`` if cut.

    ``None`` means no limit.
    """
    if limit is None or len(text) <= limit:
        return text
    return text[: max(0, limit - 1)] + ELLIPSIS


def one_line(text: str, limit: int | None = None) -> str:
    """``text`` on one line: each run of whitespace (blanks, tabs, line breaks, and the
    other Unicode spaces and separators) one space, none at the ends; cut to ``limit``
    characters with ``…`` (see :func:`cut`). Control characters other than
    whitespace are left alone (see :func:`printable`)."""
    return cut(" ".join(text.split()), limit)


def printable(text: str, *, keep: str = "") -> str:
    """``text`` safe for a terminal, one character for one character.

    Control characters (Unicode category Cc: the C0 and C1 controls and DEL),
    the line and paragraph separators U+2028 and U+2029, and lone surrogates
    become U+FFFD ``�``: they could move the cursor, ring the bell or break a
    line. Every other character stays, format characters too (right-to-left
    marks, the zero-width joiner inside an emoji). Characters in ``keep`` (e.g.
    ``"\\n"``) stay as they are.
    """
    if keep:
        return _UNPRINTABLE.sub(lambda m: m[0] if m[0] in keep else REPLACEMENT, text)
    return _UNPRINTABLE.sub(REPLACEMENT, text)


def screen_line(text: str, limit: int | None = None) -> str:
    """User text for one line of the screen: :func:`one_line`, then :func:`printable`."""
    return printable(one_line(text, limit))


def screen_block(text: str, limit: int = 2000) -> str:
    """User text for a multi-line panel.

    Line endings (``\\r\\n``, ``\\r``) become ``\\n`` and stay; a tab becomes four
    spaces; cut to ``limit`` characters with ``…``; then :func:`printable`.
    """
    text = re.sub(_LINE_ENDINGS, "\n", text).replace("\t", "    ")
    return printable(cut(text, limit), keep="\n")


def clean_lines(text: str) -> str:
    """The text as the minutes give it back.

    ``\\r\\n`` and ``\\r`` become ``\\n``; control characters (Cc) and the Unicode
    line and paragraph separators become spaces, lone surrogates and the
    non-characters U+FFFE and U+FFFF U+FFFD; every line is stripped and empty
    lines are dropped.
    """
    if not re.search(_TO_CLEAN, text):  # the common case: one line, nothing to replace
        return text.strip()
    text = re.sub(_LINE_ENDINGS, "\n", text)
    text = re.sub(_AS_REPLACEMENT, REPLACEMENT, re.sub(_AS_SPACE, " ", text))
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _without_controls(text: str) -> str:
    """``text`` without its control characters other than blanks (no key types one)."""
    if text.isprintable():
        return text
    return "".join(ch for ch in text if ch.isspace() or not _UNPRINTABLE.match(ch))


def name_line(text: str) -> str:
    """A person's name as stored, as the session file's reader reads one: the control
    characters other than blanks left out (no key types them: an escape byte pasted with a
    name copied from a terminal), every run of blanks one space, none at the ends. A
    no-break space is a space here: a name is matched and told apart by its words
    (``~Ann Lee``; :func:`same_name`)."""
    return " ".join(_without_controls(text).split())


def free_line(text: str) -> str:
    """Free text of one line as stored (an organisation, an agenda item's title or
    question): as :func:`name_line`, but the spaces that keep words together (the no-break
    space of ``10 km``, the thin and the narrow no-break space of ``1 000``, the ideographic
    space) stay as typed, as the capture line keeps them; only a run of the blanks that
    break a line or a word (spaces, tabs, line breaks) is one space."""
    text = re.sub(_BREAKING_BLANKS, " ", _without_controls(text))
    return text.strip()


def typed_line(text: str) -> str:
    """A line typed at a question of the command line, as a text field would have kept it.

    Where no line editing reads the keys (no readline), an arrow key reaches the line as
    the characters it sends (``ESC [ D``): those sequences are left out whole, and so is
    every other control character (a bell, a lone surrogate), which no key types into a
    field; every run of blanks is one space, none at the ends.
    """
    if text.isprintable():
        return " ".join(text.split())
    return " ".join(_without_controls(re.sub(_KEY_SEQUENCE, "", text)).split())


def field_paste(text: str) -> str:
    """A paste into a text field of one line, as typing it would have put it there.

    Its lines (``\\n``, ``\\r\\n``, ``\\r`` and the other line breaks) joined with a blank,
    each stripped and the empty ones left out (a name pasted from the two lines of an
    address block); a tab a blank; the other control characters, which no key types (the
    escape bytes of text copied from a terminal with its colours), left out. Every other
    character stays as pasted, and a paste of one line keeps its blanks at its ends.
    """
    lines = text.splitlines()
    if len(lines) > 1:
        lines = [line.strip() for line in lines if line.strip()]
    return _UNPRINTABLE.sub("", " ".join(lines).replace("\t", " "))


def join_lines(text: str, separator: str = LINE_JOINER) -> str:
    """The :func:`clean_lines` of ``text`` on one line, joined with `` / ``."""
    return clean_lines(text).replace("\n", separator)
