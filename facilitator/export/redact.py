"""Names taken out of text typed at the table, for anonymous minutes.

Under the Chatham House rule "Samira brengt de cijfers" or "Ingrid: we gaan
door" must not name anyone. A :class:`Redactor` is made from the names of the
people in the room (participants, and the facilitator and note-taker) and
replaces, wherever they stand as whole words:

* a **full name** ("Samira El Amrani"), in any case;
* a **first name** ("Samira", "samira"), in any case; but one that is also an
  everyday word (Ben, Wil, Roos, Mark, Will: :data:`COMMON_WORDS`) only when
  written with a capital, so "ik ben" and "wil je" stay;
* a **surname with its particles** ("El Amrani", "van der Berg"), in any case;
* a **surname on its own** ("Amrani", "Berg", "Wolters") only when it is written
  with a capital, as a name is. Many Dutch surnames are ordinary words too
  (Bakker, Visser, Smit, de Boer, Koning): "de bakker op de hoek" keeps its
  baker, "Bakker zegt" loses the name. At the start of a sentence the word is
  replaced: a word too many is the safe mistake, a name too many is not;
* initials just before a replaced name go with it ("R. Wolters"), and a Dutch
  genitive s after it ("Ingrids voorstel").

Particles on their own ("van", "de", and the English "the" of "… the Third") and
initials on their own are never replaced; a first name of two letters or one that is a
common little word ("Ik", "En", "Wat": :data:`LITTLE_WORDS`) is, like a surname, only
when written with a capital. Matching ignores case and accents ("Celik" is "Çelik"),
however an accent is written (one character, or a mark of its own after the letter), and a name's
words may be joined by spaces, full stops, hyphens or apostrophes. Everything
else in the text stays as typed.

A name is read as a person writes a name: its parts are what the blanks separate, and
only a part that is a word ("Anne-Marie", "O'Brien", "R.") counts on its own. A part
with brackets, digits or other signs in it (a walk-in typed as "Jan [bold]",
"[@click=app.quit]", "50% [done]") is no word of the name: "bold", "quit" and "50"
stay wherever they stand, and the whole name is replaced only where it stands whole
("Jan [bold]", case aside; "Jan" alone as a first name). A name without a letter
("[/]") takes nothing out.

The names of the organisations (at the table, leading an action, or named in the
session file) stay whole where they stand: "O'Brien & Sons Ltd" and "Bouwbedrijf
Nijhuis" are organisations, not the people of that name in the room, who are taken out
of the same text elsewhere ("Nijhuis belt Bouwbedrijf Nijhuis" → "[naam] belt
Bouwbedrijf Nijhuis"). An organisation whose name is no more than a person's ("Jan
Jansen", "Jansen") names that person: it is replaced as the name is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from facilitator.records import record
from facilitator.text import NAME_PARTICLES, fold

if TYPE_CHECKING:
    from facilitator.export.record import SessionRecord

# The marks that may be written after a letter as characters of their own (an accent as
# U+0301 after its "e", as text from a Mac or a PDF may have it): part of the word.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = re.compile(rf"\w[\w{_MARKS}]*")
_JOINER = re.compile(r"[\s.\-'’]+")  # what may stand between the words of one name
_INITIALS = re.compile(r"(?:(?<!\w)[^\W\d_]\.\s?)+$")

# Words that join a surname (tussenvoegsels and their kin); never a name on their own.
PARTICLES = NAME_PARTICLES


# First names that are also everyday words ("ik ben", "wil je", "mark the date"): like
# a surname on its own, replaced only when written with a capital.
COMMON_WORDS = frozenset(
    "ben wil bas roos lot job mag els iris an ad jet fleur hoop mees kaat "
    "will mark rob pat sue bill bob jack frank art ray rose grace joy hope faith may "
    "april june dawn sky rich max guy don dean ken nick penny chase drew gene lane miles".split()
)

# The little words of every sentence, Dutch and English: a name typed as one of them
# (a walk-in "Ik", "Wat Nu") must not take them out of every text. With a capital only.
LITTLE_WORDS = frozenset(
    "een en of maar dan dat die dit wat wie waar hoe ook nog niet wel geen meer zo al "
    "is zijn was waren wordt worden heeft hebben kan kunnen moet moeten zal zullen "
    "ik je jij u hij zij ze we wij het hem haar ons jullie hun men er hier daar nu "
    "met naar om voor bij uit over tot na door tegen zonder als "
    "a and or but if so the this that these those what who how why when where "
    "is are was were be been has have had can could will would shall should may must "
    "i me my you your he him his she her it its we us our they them their "
    "to of in on at by for with from as not no yes up out all any now here there".split()
)
_LETTER = re.compile(r"[^\W\d_]")
_NAME_PART = re.compile(r"['’]?[^\W\d_]+(?:[.\-'’]+[^\W\d_]+)*[.'’]?")
"""A part of a name that is a word: letters, joined by hyphens, apostrophes or full stops."""


def _key(word: str) -> str:
    """A word as names are compared: case and accents ignored."""
    return word.lower() if word.isascii() else fold(word)


@record
class _Pattern:
    words: tuple[str, ...]
    capital: bool  # the text's word must start with a capital letter


def _is_word(part: str) -> bool:
    """Whether a part of a name is a word of it (accents aside, a comma after it: "Bakker,
    Jan"), not a part with brackets, digits or other signs ("[bold]", "50%")."""
    return _NAME_PART.fullmatch(fold(part).removesuffix(",")) is not None


def _everyday(word: str) -> bool:
    """A word of a name that is also an everyday word: a name only with a capital."""
    return len(word) <= 2 or word in COMMON_WORDS or word in PARTICLES or word in LITTLE_WORDS


def _patterns(name: str) -> list[_Pattern]:
    """The ways the words of ``name`` may stand in a text.

    Only the parts of the name that are words count (:data:`_NAME_PART`). The surname
    starts at the first particle after the first word ("Anne-Marie van der Berg"),
    else it is the last word ("Jan Pieter Smit").
    """
    parts = [part for part in name.split() if _is_word(part)]
    words = [_key(w) for part in parts for w in _WORD.findall(part)]
    if not words:
        return []
    split = next((n for n, w in enumerate(words) if n > 0 and w in PARTICLES), len(words) - 1)
    given, surname = words[:split] or words[:1], words[split:] if split else []
    sequences = {tuple(words), tuple(given), tuple(surname)}  # the single words: below
    found = {
        _Pattern(seq, all(_everyday(w) for w in seq))  # "Wat Nu", not "wat nu"
        for seq in sequences
        if len(seq) > 1 and not all(w in PARTICLES for w in seq)
    }
    for word in given:
        if len(word) > 1:  # an initial is no name on its own
            found.add(_Pattern((word,), _everyday(word)))
    for word in surname:
        if len(word) > 1 and word not in PARTICLES:
            found.add(_Pattern((word,), True))
    return list(found)


def _whole(name: str) -> str | None:
    """A name with a part that is no word ("Jan [bold]"), as a pattern of it whole; None
    for a name of words only (its words find it) and for one without a letter."""
    parts = name.split()
    if all(_is_word(part) for part in parts) or not _LETTER.search(name):
        return None  # words only, or no letter at all ("[/]", "!!"): no name to find
    body = r"\s+".join(re.escape(part) for part in parts)
    before = r"(?<!\w)" if re.match(r"\w", parts[0]) else ""
    after = r"(?!\w)" if re.search(r"\w$", parts[-1]) else ""
    return before + body + after


class Redactor:
    """Replaces the names of the given people in texts (see the module docstring)."""

    def __init__(
        self, names: Iterable[str], replacement: str, organisations: Iterable[str] = ()
    ) -> None:
        self.replacement = replacement
        by_first: dict[str, set[_Pattern]] = {}
        wholes: set[str] = set()
        for name in names:
            for pattern in _patterns(name):
                by_first.setdefault(pattern.words[0], set()).add(pattern)
            whole = _whole(name)
            if whole is not None:
                wholes.add(whole)
        # Names with signs in them, whole: the longest first.
        self._wholes = (
            re.compile("|".join(sorted(wholes, key=lambda w: (-len(w), w))), re.IGNORECASE)
            if wholes
            else None
        )
        # Longest first; of two the same length, the one that asks no capital.
        self._by_first = {
            first: sorted(found, key=lambda p: (-len(p.words), p.capital, p.words))
            for first, found in by_first.items()
        }
        # "Ingrids voorstel": a Dutch genitive is the name with an s.
        self._genitives = {
            first + "s": [p for p in found if len(p.words) == 1]
            for first, found in self._by_first.items()
            if any(len(p.words) == 1 for p in found) and first + "s" not in self._by_first
        }
        self._firsts = frozenset(self._by_first) | frozenset(self._genitives)
        # Organisations kept whole, the longest first; not one that is only a name.
        self._kept: re.Pattern[str] | None = None
        kept = {
            _organisation(org)
            for org in organisations
            if _LETTER.search(org) and _LETTER.search(self(org).replace(replacement, ""))
        }
        kept.discard("")
        if kept:
            self._kept = re.compile(
                "|".join(sorted(kept, key=lambda k: (-len(k), k))), re.IGNORECASE
            )

    def __bool__(self) -> bool:
        return bool(self._firsts) or self._wholes is not None

    def __call__(self, text: str) -> str:
        """``text`` with every name replaced by the replacement."""
        wholes = list(self._wholes.finditer(text)) if self._wholes is not None else []
        if not self._firsts:
            return self._replace(text, [], [], wholes) if wholes else text
        if text.isascii():
            # Lower case keeps every ASCII word where it was: the words of the text.
            keys = _WORD.findall(text.lower())
            if self._firsts.isdisjoint(keys) and not wholes:
                return text  # the common case: no word of any name in it
            words = list(_WORD.finditer(text))
        else:
            if self._firsts.isdisjoint(_WORD.findall(fold(text))) and not wholes:
                return text
            words = list(_WORD.finditer(text))
            keys = [_key(w.group()) for w in words]
        return self._replace(text, words, keys, wholes)

    def _replace(
        self,
        text: str,
        words: list[re.Match[str]],
        keys: list[str],
        wholes: list[re.Match[str]],
    ) -> str:
        firsts = self._firsts
        out: list[str] = []
        done = 0  # how much of the text is in ``out``
        after = 0  # the first word not yet inside a replaced name
        kept = (
            [(m.start(), m.end()) for m in self._kept.finditer(text)]
            if self._kept is not None
            else []
        )
        # names with signs, whole; not inside an organisation's name
        taken = [
            (m.start(), m.end())
            for m in wholes
            if not any(s < m.end() and m.start() < e for s, e in kept)
        ]
        for i in [n for n, key in enumerate(keys) if key in firsts]:
            if i < after:
                continue
            length = self._match(text, words, keys, i)
            if not length:
                continue
            start, end = words[i].start(), words[i + length - 1].end()
            if any(s < end and start < e for s, e in taken):
                continue  # inside a name found whole
            if any(s < end and start < e for s, e in kept):
                continue  # inside an organisation's name
            if "." in text[max(done, start - 2) : start]:  # "R. Wolters", "R.Wolters"
                initials = _INITIALS.search(text, done, start)
                if initials is not None and initials.end() == start:
                    start = initials.start()
            taken.append((start, end))
            after = i + length
        for start, end in sorted(taken):
            if start < done:
                continue
            out.append(text[done:start])
            out.append(self.replacement)
            done = end
        out.append(text[done:])
        return "".join(out)

    def _match(self, text: str, words: list[re.Match[str]], keys: list[str], i: int) -> int:
        """How many words from ``i`` on form a name (0: none)."""
        for pattern in self._genitives.get(keys[i], ()):
            if not pattern.capital or words[i].group()[0].isupper():
                return 1
        for pattern in self._by_first.get(keys[i], ()):
            n = len(pattern.words)
            if tuple(keys[i : i + n]) != pattern.words:
                continue
            if pattern.capital and not words[i].group()[0].isupper():
                continue
            joined = all(
                _JOINER.fullmatch(text, words[j].end(), words[j + 1].start())
                for j in range(i, i + n - 1)
            )
            if joined:
                return n
        return 0


def _organisation(name: str) -> str:
    """A pattern of an organisation's name where it stands whole: case aside, its words
    joined by any blanks."""
    parts = name.split()
    if not parts:
        return ""
    body = r"\s+".join(re.escape(part) for part in parts)
    before = r"(?<!\w)" if re.match(r"\w", parts[0]) else ""
    after = r"(?!\w)" if re.search(r"\w$", parts[-1]) else ""
    return before + body + after


def session_redactor(records: Iterable[SessionRecord], replacement: str) -> Redactor:
    """The redactor of anonymous minutes (or a synthesis) of ``records``: the names of the
    people in the rooms, organisers included, out; the organisations' names kept whole."""
    names: list[str] = []
    organisations: list[str] = []
    for r in records:
        names += [p.name for p in r.participants]
        names += [r.session.facilitator, r.session.note_taker]
        organisations += [p.organisation for p in r.participants]
        organisations += r.session.organisations
        organisations += [o.organisation for card in r.cards for o in card.owners]
    return Redactor(names, replacement, dict.fromkeys(organisations))
