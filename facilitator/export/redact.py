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

Particles on their own ("van", "de") and initials on their own are never
replaced. Matching ignores case and accents ("Celik" is "Çelik"), and a name's
words may be joined by spaces, full stops, hyphens or apostrophes. Everything
else in the text stays as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from facilitator.text import fold

_WORD = re.compile(r"\w+")
_JOINER = re.compile(r"[\s.\-'’]+")  # what may stand between the words of one name
_INITIALS = re.compile(r"(?:(?<!\w)[^\W\d_]\.\s?)+$")

# Words that join a surname (tussenvoegsels and their kin); never a name on their own.
PARTICLES = frozenset(
    "van de der den het t ter ten te in op aan la le les du da das di do dos del della "
    "von zu el al bin ben ibn abu y e mc mac o d".split()
)


# First names that are also everyday words ("ik ben", "wil je", "mark the date"): like
# a surname on its own, replaced only when written with a capital.
COMMON_WORDS = frozenset(
    "ben wil bas roos lot job mag els iris an ad jet fleur hoop mees kaat "
    "will mark rob pat sue bill bob jack frank art ray rose grace joy hope faith may "
    "april june dawn sky rich max guy don dean ken nick penny chase drew gene lane miles".split()
)


def _key(word: str) -> str:
    """A word as names are compared: case and accents ignored."""
    return word.lower() if word.isascii() else fold(word)


@dataclass(frozen=True)
class _Pattern:
    words: tuple[str, ...]
    capital: bool  # the text's word must start with a capital letter


def _patterns(name: str) -> list[_Pattern]:
    """The ways ``name`` may stand in a text.

    The surname starts at the first particle after the first word ("Anne-Marie
    van der Berg"), else it is the last word ("Jan Pieter Smit").
    """
    words = [_key(w) for w in _WORD.findall(name)]
    if not words:
        return []
    split = next((n for n, w in enumerate(words) if n > 0 and w in PARTICLES), len(words) - 1)
    given, surname = words[:split] or words[:1], words[split:] if split else []
    sequences = {tuple(words), tuple(given), tuple(surname)}  # the single words: below
    found = {
        _Pattern(seq, False)
        for seq in sequences
        if len(seq) > 1 and not all(w in PARTICLES for w in seq)
    }
    for word in given:
        if len(word) > 1:  # an initial is no name on its own
            found.add(_Pattern((word,), word in COMMON_WORDS or word in PARTICLES))
    for word in surname:
        if len(word) > 1 and word not in PARTICLES:
            found.add(_Pattern((word,), True))
    return list(found)


class Redactor:
    """Replaces the names of the given people in texts (see the module docstring)."""

    def __init__(self, names: Iterable[str], replacement: str) -> None:
        self.replacement = replacement
        by_first: dict[str, set[_Pattern]] = {}
        for name in names:
            for pattern in _patterns(name):
                by_first.setdefault(pattern.words[0], set()).add(pattern)
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

    def __bool__(self) -> bool:
        return bool(self._firsts)

    def __call__(self, text: str) -> str:
        """``text`` with every name replaced by the replacement."""
        if not self._firsts:
            return text
        if text.isascii():
            # Lower case keeps every ASCII word where it was: the words of the text.
            keys = _WORD.findall(text.lower())
            if self._firsts.isdisjoint(keys):
                return text  # the common case: no word of any name in it
            words = list(_WORD.finditer(text))
        else:
            if self._firsts.isdisjoint(_WORD.findall(fold(text))):
                return text
            words = list(_WORD.finditer(text))
            keys = [_key(w.group()) for w in words]
        return self._replace(text, words, keys)

    def _replace(self, text: str, words: list[re.Match[str]], keys: list[str]) -> str:
        firsts = self._firsts
        out: list[str] = []
        done = 0  # how much of the text is in ``out``
        after = 0  # the first word not yet inside a replaced name
        for i in [n for n, key in enumerate(keys) if key in firsts]:
            if i < after:
                continue
            length = self._match(text, words, keys, i)
            if not length:
                continue
            start, end = words[i].start(), words[i + length - 1].end()
            if "." in text[max(done, start - 2) : start]:  # "R. Wolters", "R.Wolters"
                initials = _INITIALS.search(text, done, start)
                if initials is not None and initials.end() == start:
                    start = initials.start()
            out.append(text[done:start])
            out.append(self.replacement)
            done = end
            after = i + length
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
