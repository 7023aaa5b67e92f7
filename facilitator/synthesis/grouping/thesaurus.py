"""A small thesaurus of this field: words that name the same thing at different tables.

At one table it is a *stageplaats*, at the next a *bbl-plek* or a
*leerbedrijf*; one table speaks of *reiskosten*, another of the *ov*. Each
:class:`Concept` gathers such words under one key and a label in Dutch and
English. A session file may add words to a concept, or new concepts, in its
``[thesaurus]`` table (see ``docs/session-file.md``).

Words are compared in their dictionary form, so ``stageplaatsen`` meets
``stageplaats``; a compound also meets a concept through its parts
(``stagevergoeding`` through ``stage``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from facilitator.synthesis.grouping.words import lemma, tokens


@dataclass(frozen=True)
class Concept:
    """Words for one thing: ``key``, a label per language, and the words."""

    key: str
    nl: str
    en: str
    words: tuple[str, ...]

    def label(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


DEFAULT_CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "stage",
        "Stage- en leerwerkplekken",
        "Work placements and apprenticeships",
        (
            "stage",
            "stageplaats",
            "stageplek",
            "stagiair",
            "stagiaire",
            "bbl",
            "bbl'er",
            "leerbedrijf",
            "leerwerkplek",
            "leerwerkbaan",
            "leerbaan",
            "praktijkplaats",
        ),
    ),
    Concept(
        "reiskosten",
        "Reiskosten en vervoer",
        "Travel costs and transport",
        (
            "reiskosten",
            "ov",
            "vervoer",
            "openbaar vervoer",
            "bus",
            "busverbinding",
            "reizen",
            "reistijd",
            "mobiliteit",
            "stagevervoer",
        ),
    ),
    Concept(
        "flexwerk",
        "Flexwerkers en zzp'ers",
        "Flexible workers and the self-employed",
        (
            "flexwerker",
            "flex",
            "flexcontract",
            "zzp",
            "zzp'er",
            "zelfstandige",
            "uitzendkracht",
            "uitzendbureau",
            "tijdelijk contract",
        ),
    ),
    Concept(
        "loket",
        "Loket en loopbaanadvies",
        "Advice desk and career guidance",
        (
            "loket",
            "leerwerkloket",
            "loopbaanadvies",
            "loopbaanbegeleiding",
            "loopbaangesprek",
            "loopbaanadviseur",
        ),
    ),
    Concept(
        "skills",
        "Diploma-eisen en vaardigheden",
        "Diploma requirements and skills",
        (
            "diploma-eis",
            "diploma-eisen",
            "diploma",
            "skills",
            "skill",
            "vaardigheid",
            "skillspaspoort",
        ),
    ),
)


# Concepts added while tuning, from the tuning part of the labelled set only.
TUNED_CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "taal",
        "Taal en rekenen",
        "Language and numeracy",
        ("taal", "taalniveau", "rekenen", "rekenniveau", "taalondersteuning", "laaggeletterdheid"),
    ),
    Concept(
        "begeleiding",
        "Begeleiding op de werkvloer",
        "Guidance at the workplace",
        ("begeleiding", "begeleiden", "begeleider", "werkbegeleider", "praktijkopleider"),
    ),
    Concept(
        "regelingen",
        "Regelingen en subsidies",
        "Schemes and subsidies",
        ("regeling", "subsidie", "subsidieregeling", "ontwikkelregeling", "opleidingsbudget"),
    ),
    Concept(
        "crisis",
        "Banenverlies door de crisis",
        "Jobs lost in the crisis",
        ("corona", "coronacrisis", "crisis", "lockdown"),
    ),
)


class Thesaurus:
    """The concepts, looked up by a word's dictionary form (or, for a phrase, all of its words)."""

    def __init__(self, concepts: Iterable[Concept]) -> None:
        self.concepts: dict[str, Concept] = {}
        for concept in concepts:
            known = self.concepts.get(concept.key)
            if known is not None:
                words = tuple(dict.fromkeys((*known.words, *concept.words)))
                concept = Concept(known.key, known.nl, known.en, words)
            self.concepts[concept.key] = concept
        self._single: dict[str, list[str]] = {}
        self._phrases: list[tuple[frozenset[str], str]] = []
        for concept in self.concepts.values():
            for word in concept.words:
                parts = [lemma(w) for w in tokens(word)]
                joined = lemma("".join(tokens(word)))
                if len(parts) == 1 or "-" in word or "'" in word:
                    for key in {joined, *([parts[0]] if len(parts) == 1 else [])}:
                        self._single.setdefault(key, []).append(concept.key)
                if len(parts) > 1:
                    self._phrases.append((frozenset(parts), concept.key))

    def words(self) -> list[str]:
        """Every word of every concept (they may be parts of compounds)."""
        return [w for c in self.concepts.values() for w in c.words]

    def concepts_of(self, lemmas: Iterable[str]) -> dict[str, set[str]]:
        """The concepts that ``lemmas`` (of one text) name, each with the words that named it."""
        found: dict[str, set[str]] = {}
        present = set(lemmas)
        for word in sorted(present):
            for key in self._single.get(word, ()):
                found.setdefault(key, set()).add(word)
        for words, key in self._phrases:
            if words <= present:
                found.setdefault(key, set()).update(words)
        return found

    def label(self, key: str, lang: str) -> str:
        concept = self.concepts.get(key)
        return concept.label(lang) if concept is not None else key


def build_thesaurus(extra: Mapping[str, Iterable[str]] | None = None) -> Thesaurus:
    """The default concepts, with the words of ``extra`` (``key -> words``) added.

    A key that names a default concept adds words to it; another key is a new
    concept, labelled by its key in both languages.
    """
    concepts = [*DEFAULT_CONCEPTS, *TUNED_CONCEPTS]
    for key, words in sorted((extra or {}).items()):
        concepts.append(Concept(key, key, key, tuple(words)))
    return Thesaurus(concepts)
