"""Grouping statements that say the same thing in different words.

Each statement (a card's text and its tags) becomes a set of *features*:

- the dictionary form of each content word, and the parts of compound words
  (``stageplaatsen`` gives ``stageplaats``, ``stage`` and ``plaats``);
- the thesaurus concepts its words name (``bbl`` and ``leerbedrijf`` both
  name *stage- en leerwerkplekken*);
- the note-taker's ``#tags``, which count most: a person already judged them.

Each feature weighs more the rarer it is among the statements being grouped
(a word on two cards of forty says more than one on twenty). Two statements
are alike by the cosine of their weighted features (0: nothing shared, 1: the
same), provided they share a tag, a concept or at least two words. Groups are
then formed bottom-up: the two most alike groups merge as long as the average
likeness of their members stays at or above a threshold.
What a group's members share — tags, concepts, words — is kept as *why*.

Pure Python with simplemma's word lists: no Textual, no SQL, nothing downloaded.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from facilitator.synthesis.grouping.thesaurus import Thesaurus, build_thesaurus
from facilitator.synthesis.grouping.words import Vocabulary, lemma, terms

# The weights of each kind of evidence, and the threshold, as tuned on the
# tuning part of the labelled set (python -m facilitator.synthesis.evaluate).
WORD = 1.0
PART = 0.6
CONCEPT = 1.4
TAG = 2.0
THRESHOLD = 0.22
ATTACH = 0.12
ALONE = 0.5
GENERIC_WEIGHT = 0.3

# Words that come up at every table about mbo and work, whatever the topic: they
# say little about what a statement is about, so they count for little.
GENERIC = frozenset(
    """
    student leerling jongere jong werkgever werknemer werkende bedrijf werk werken mbo
    mens regio gemeente provincie tijd jaar groot nieuw goed
    """.split()
)


@dataclass(frozen=True)
class Statement:
    """Something to group: a key to find it back by, its text, and its tags."""

    key: str
    text: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Why:
    """What a group's statements share, strongest first: tags, concepts (and words), words."""

    tags: tuple[str, ...] = ()
    concepts: tuple[tuple[str, tuple[str, ...]], ...] = ()
    words: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.tags or self.concepts or self.words)


@dataclass(frozen=True)
class Group:
    """Statements grouped together, in the order given, and why."""

    keys: tuple[str, ...]
    why: Why = field(default_factory=Why)
    concept: str | None = None  # the concept most of the members name, if any


@dataclass(frozen=True)
class Features:
    """One statement's weighted features: ``kind:value -> weight`` (before rarity)."""

    weights: Mapping[str, float]
    concept_words: Mapping[str, frozenset[str]]


class Grouper:
    """Groups statements with one thesaurus, weights and threshold."""

    def __init__(
        self,
        thesaurus: Thesaurus | None = None,
        *,
        threshold: float = THRESHOLD,
        word: float = WORD,
        part: float = PART,
        concept: float = CONCEPT,
        tag: float = TAG,
        generic: float = GENERIC_WEIGHT,
        attach: float = ATTACH,
    ) -> None:
        self.thesaurus = thesaurus or build_thesaurus()
        self.threshold = threshold
        self.attach = attach
        self.weight = {"w": word, "p": part, "c": concept, "t": tag, "g": generic}

    # -- features ------------------------------------------------------------------
    def features(self, statement: Statement, vocabulary: Vocabulary) -> Features:
        found: dict[str, float] = {}

        def add(name: str, kind: str) -> None:
            found[name] = max(found.get(name, 0.0), self.weight[kind])

        lemmas: set[str] = set()
        parts: dict[str, list[str]] = {}
        for term in terms(statement.text, vocabulary):
            kind = "g" if term.lemma in GENERIC else "p" if term.part else "w"
            add(f"w:{term.lemma}", kind)
            if term.part:
                parts.setdefault(term.of, []).append(term.lemma)
            else:
                lemmas.add(term.lemma)
        tags = [t.lower().lstrip("#") for t in statement.tags if t.strip("#")]
        for tag in tags:
            add(f"t:{tag}", "t")
            for term in terms(tag, vocabulary):
                if term.part:
                    parts.setdefault(term.of, []).append(term.lemma)
                else:
                    lemmas.add(term.lemma)
            lemmas.add(lemma(tag))
        concepts = self.thesaurus.concepts_of(lemmas, parts)
        for key in concepts:
            add(f"c:{key}", "c")
        return Features(found, {k: frozenset(v) for k, v in concepts.items()})

    def vectors(
        self, statements: Sequence[Statement]
    ) -> tuple[list[dict[str, float]], list[Features]]:
        vocabulary = Vocabulary([s.text for s in statements], self.thesaurus.words())
        feats = [self.features(s, vocabulary) for s in statements]
        n = len(statements)
        df: Counter[str] = Counter()
        for f in feats:
            df.update(f.weights.keys())
        vectors = []
        for f in feats:
            vector = {name: w * idf(n, df[name]) for name, w in f.weights.items()}
            norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
            vectors.append({name: v / norm for name, v in vector.items()})
        return vectors, feats

    # -- grouping ------------------------------------------------------------------
    def group(self, statements: Sequence[Statement]) -> list[Group]:
        """The statements in groups (each statement in exactly one), largest first."""
        if not statements:
            return []
        vectors, feats = self.vectors(statements)
        n = len(statements)
        sim = [[alike(vectors[i], vectors[j]) for j in range(n)] for i in range(n)]
        clusters = attach_alone(average_link(sim, self.threshold), sim, self.attach)
        groups = [self._group(members, statements, feats) for members in clusters]
        order = {id(g): min(m) for g, m in zip(groups, clusters, strict=True)}
        groups.sort(key=lambda g: (-len(g.keys), order[id(g)]))
        return groups

    def explain(
        self, statements: Sequence[Statement], clusters: Sequence[Sequence[int]]
    ) -> list[Group]:
        """Groups a person made (indices into ``statements``), each with why, in that order."""
        if not statements:
            return []
        _vectors, feats = self.vectors(statements)
        return [self._group(list(members), statements, feats) for members in clusters if members]

    def _group(
        self, members: list[int], statements: Sequence[Statement], feats: Sequence[Features]
    ) -> Group:
        keys = tuple(statements[i].key for i in members)
        if len(members) < 2:
            concept = next(iter(sorted(feats[members[0]].concept_words)), None)
            return Group(keys, Why(), concept)
        counts: Counter[str] = Counter()
        for i in members:
            counts.update(feats[i].weights.keys())
        shared = [name for name, count in counts.items() if count >= 2]
        shared.sort(key=lambda name: (-counts[name], name))
        tags = tuple(name[2:] for name in shared if name.startswith("t:"))
        concept_keys = [name[2:] for name in shared if name.startswith("c:")]
        concepts = tuple(
            (
                key,
                tuple(sorted({w for i in members for w in feats[i].concept_words.get(key, ())})),
            )
            for key in concept_keys
        )
        in_concepts = {w for _key, words in concepts for w in words}
        words = tuple(
            name[2:]
            for name in shared
            if name.startswith("w:") and name[2:] not in in_concepts and name[2:] not in tags
        )[:6]
        top = (
            concept_keys[0]
            if concept_keys and counts[f"c:{concept_keys[0]}"] * 2 >= len(members)
            else None
        )
        return Group(keys, Why(tags, concepts, words), top)


def idf(n: int, df: int) -> float:
    """How rare a feature is among ``n`` statements, ``df`` of which have it.

    A feature of one statement only cannot link it to another; it counts
    (at ``ALONE``) only so that a statement that says much besides is a little
    less like one that says only the shared thing.
    """
    if df <= 1:
        return ALONE * math.log(1.0 + n / 2)
    return math.log(1.0 + n / df)


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The cosine of two unit vectors (as dictionaries)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[k] for k, v in a.items() if k in b)


def alike(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """How alike two statements are: the cosine, if they share enough to be compared.

    One ordinary word in common (``opleiding``) is not enough on its own: two
    short statements that share only that would look very alike. A tag or a
    concept in common, or two words, is.
    """
    shared = a.keys() & b.keys()
    if len(shared) < 2 and not any(not name.startswith("w:") for name in shared):
        return 0.0
    return cosine(a, b)


def average_link(sim: Sequence[Sequence[float]], threshold: float) -> list[list[int]]:
    """Bottom-up grouping: merge the two groups of highest average likeness while ≥ ``threshold``.

    Deterministic: ties go to the pair with the lowest member indices. Each
    group's members are in index order; the groups in order of their first member.
    """
    clusters: list[list[int]] = [[i] for i in range(len(sim))]
    total: dict[tuple[int, int], float] = {}
    for a in range(len(clusters)):
        for b in range(a + 1, len(clusters)):
            total[(a, b)] = sim[a][b]
    alive = list(range(len(clusters)))
    while len(alive) > 1:
        best: tuple[float, int, int] | None = None
        for x, a in enumerate(alive):
            for b in alive[x + 1 :]:
                mean = total[(a, b)] / (len(clusters[a]) * len(clusters[b]))
                if best is None or mean > best[0] + 1e-12:
                    best = (mean, a, b)
        assert best is not None
        mean, a, b = best
        if mean < threshold:
            break
        for c in alive:
            if c in (a, b):
                continue
            key_a = (min(a, c), max(a, c))
            key_b = (min(b, c), max(b, c))
            total[key_a] = total[key_a] + total[key_b]
        clusters[a] = sorted(clusters[a] + clusters[b])
        alive.remove(b)
    return [clusters[a] for a in sorted(alive, key=lambda a: clusters[a][0])]


def attach_alone(
    clusters: list[list[int]], sim: Sequence[Sequence[float]], threshold: float
) -> list[list[int]]:
    """Each statement left on its own joins the group it is on average most like, if ≥ ``threshold``.

    Bottom-up grouping needs a statement to be alike enough to a whole group;
    the last statement of a theme, worded most differently, often is not,
    while it is clearly nearer that group than any other. Groups are taken as
    they were before any statement joined (one joining cannot pull in the next).
    """
    groups = [c for c in clusters if len(c) > 1]
    joining: dict[int, list[int]] = {}
    for cluster in clusters:
        if len(cluster) != 1:
            continue
        (i,) = cluster
        best: tuple[float, int] | None = None
        for n, group in enumerate(groups):
            mean = sum(sim[i][j] for j in group) / len(group)
            if mean >= threshold and (best is None or mean > best[0] + 1e-12):
                best = (mean, n)
        if best is not None:
            joining.setdefault(best[1], []).append(i)
    joined = {i for members in joining.values() for i in members}
    result = [sorted(g + joining.get(n, [])) for n, g in enumerate(groups)]
    result += [c for c in clusters if len(c) == 1 and c[0] not in joined]
    return sorted(result, key=lambda c: c[0])


def group_texts(statements: Iterable[Statement], thesaurus: Thesaurus | None = None) -> list[Group]:
    """:meth:`Grouper.group` with the default weights and threshold."""
    return Grouper(thesaurus).group(list(statements))
