"""Grouping statements that say the same thing in different words.

Each statement (a card's text and its tags) becomes a set of *features*:

- the dictionary form of each content word, and the parts of compound words
  (``stageplaatsen`` gives ``stageplaats``, ``stage`` and ``plaats``);
- the thesaurus concepts its words name (``bbl`` and ``leerbedrijf`` both
  name *stage- en leerwerkplekken*);
- the note-taker's ``#tags``, which count most: a person already judged them
  (only a tag that names a topic; see :func:`topic_tags`).

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

import heapq
import math
import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field
from functools import cache, cached_property

from facilitator.records import record
from facilitator.synthesis.grouping.subjects import (
    Profile,
    SubjectModel,
    profile_likeness,
    reading,
    top_subject,
)
from facilitator.synthesis.grouping.thesaurus import Thesaurus, build_thesaurus
from facilitator.synthesis.grouping.words import Vocabulary, lemma, root, terms, tokens

# The weights of each kind of evidence, and the threshold, as tuned on the
# tuning part of the labelled set (python -m facilitator.synthesis.evaluate).
WORD = 1.0
PART = 0.6
CONCEPT = 1.4
TAG = 2.0
THRESHOLD = 0.3
ATTACH = 0.12
ALONE = 0.5
GENERIC_WEIGHT = 0.3
SECONDARY = 0.5  # a concept named besides the one a statement is about
HINT = 0.5  # a concept named only by its hints
JOIN = 0.05  # groups about one concept become one theme if at least this alike on average
DIFFERENT = 0.5  # the likeness of two statements about different concepts counts for this much
SUBJECT = 0.6  # two statements that read as about the same subject are this much more alike…
SUBJECT_FLOOR = 0.7  # …times the cosine of their profiles, if it is at least this (subjects.py)
SUBJECT_WHY = 0.5  # a group reads as about the subject its statements give on average this much

# The features of the last few sets of statements grouped (see Grouper.vectors).
_VECTORS: dict[tuple[object, ...], tuple[list[dict[str, float]], list[Features]]] = {}
_KEEP_VECTORS = 4
_VECTORS_LOCK = threading.Lock()  # the review groups on a worker thread

# Words that come up at every table about mbo and work, whatever the topic: they
# say little about what a statement is about, so they count for little.
GENERIC = frozenset(
    """
    student leerling jongere jong werkgever werknemer werkende bedrijf werk werken mbo
    mens regio gemeente provincie tijd jaar groot nieuw goed niveau functie
    zorg techniek bouw metaal logistiek industrie maakindustrie sector branche
    kans probleem knelpunt aanpak pilot project initiatief programma platform campagne plan traject
    """.split()
)

# Tags that name the kind of card (the note-taker marks an opportunity ``#kans``), not
# what it is about: left out.
KIND_TAGS = frozenset(
    """
    kans kansen knelpunt knelpunten barrière barrières barriere drempel drempels probleem
    problemen actie acties vraag vragen besluit besluiten notitie notities idee ideeën
    punt aandachtspunt opportunity opportunities barrier barriers action actions question
    questions decision decisions note notes idea ideas issue issues todo
    """.split()
)
# Tags that name an organisation, a kind of organisation or a sector: they say who or
# where, not what about. They count as a word of the card, not as a tag.
WHO_TAGS = frozenset(
    """
    gemeente gemeenten provincie rijk overheid uwv sbb roc mbo hbo wo onderwijs school
    mkb werkgever werkgevers werknemer werknemers bedrijf bedrijven bedrijfsleven
    ondernemer ondernemers branche sector zorg welzijn techniek bouw metaal industrie
    maakindustrie logistiek transport horeca detailhandel retail landbouw agrarisch
    groen handel overheden vakbond vakbonden municipality province employer employers
    care construction technology
    """.split()
)
COMMON_TAG = 0.2  # a tag on more than this share of the cards (and on at least four)…
COMMON_TAG_CARDS = 4  # …is spread too wide to name a topic: it counts as a word


# Where a word stands in a text: in an aside or not, its place, the parts of its compound
# after it. The smallest is the most the subject.
Place = tuple[bool, int, int]


@record
class Statement:
    """Something to group: a key to find it back by, its text, and its tags."""

    key: str
    text: str
    tags: tuple[str, ...] = ()


@record
class Why:
    """What a group's statements share, strongest first: tags, concepts (and words), words."""

    tags: tuple[str, ...] = ()
    concepts: tuple[tuple[str, tuple[str, ...]], ...] = ()
    words: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.tags or self.concepts or self.words)


@record
class Group:
    """Statements grouped together, in the order given, and why."""

    keys: tuple[str, ...]
    why: Why = field(default_factory=Why)
    concept: str | None = None  # the concept most of the members name, if any


@record
class Features:
    """One statement's weighted features: ``kind:value -> weight`` (before rarity).

    ``main`` is the concept the statement is about (see :meth:`Grouper.features`);
    ``generic``, the names of its words that come up at every table; ``hinted``,
    the names of the concepts it names by hints only.
    """

    weights: Mapping[str, float]
    concept_words: Mapping[str, frozenset[str]]
    main: str | None = None
    generic: frozenset[str] = frozenset()
    hinted: frozenset[str] = frozenset()
    reading: Mapping[str, float] = field(default_factory=dict)  # for its profile (subjects.py)


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
        secondary: float = SECONDARY,
        hint: float = HINT,
        different: float = DIFFERENT,
        join: float = JOIN,
        subject: float = SUBJECT,
        subject_floor: float = SUBJECT_FLOOR,
        model: SubjectModel | None = None,
    ) -> None:
        self.different = different
        self.subject = subject
        self.subject_floor = subject_floor
        self.model = model if model is not None else default_model()
        self.join = join
        self.thesaurus = thesaurus or build_thesaurus()
        self.threshold = threshold
        self.attach = attach
        self.weight = {
            "w": word,
            "p": part,
            "c": concept,
            "s": concept * secondary,
            "h": concept * hint,
            "t": tag,
            "g": generic,
        }

    # -- features ------------------------------------------------------------------
    def features(
        self, statement: Statement, vocabulary: Vocabulary, common: frozenset[str] = frozenset()
    ) -> Features:
        """``common``: the tags spread over too many cards to name a topic (:func:`topic_tags`)."""
        found: dict[str, float] = {}

        def add(name: str, kind: str) -> None:
            found[name] = max(found.get(name, 0.0), self.weight[kind])

        lemmas: set[str] = set()
        parts: dict[str, list[str]] = {}
        where: dict[str, Place] = {}  # each word's first place
        generic_names: set[str] = set()
        for term in terms(strip_kind(statement.text), vocabulary):
            word = root(term.lemma)
            generic = term.lemma in GENERIC or word in GENERIC
            kind = "g" if generic else "p" if term.part else "w"
            add(f"w:{word}", kind)
            if generic:
                generic_names.add(f"w:{word}")
            if term.part:
                parts.setdefault(term.of, []).append(term.lemma)
            else:
                lemmas.add(term.lemma)
            place = (term.aside, term.at, term.after)
            where[term.lemma] = min(where.get(term.lemma, place), place)
        tag_lemmas: set[str] = set()
        tag_parts: dict[str, list[str]] = {}
        tags, words_of_tags = topic_tags(statement.tags, common)
        for tag in words_of_tags:
            word = root(lemma(tag))
            generic = lemma(tag) in GENERIC or word in GENERIC
            add(f"w:{word}", "g" if generic else "w")
            if generic:
                generic_names.add(f"w:{word}")
        for tag in tags:
            add(f"t:{tag}", "t")
            for term in terms(tag, vocabulary):
                if term.part:
                    tag_parts.setdefault(term.of, []).append(term.lemma)
                else:
                    tag_lemmas.add(term.lemma)
            tag_lemmas.add(lemma(tag))
        for word, pieces in tag_parts.items():
            parts.setdefault(word, []).extend(pieces)
        concepts = self.thesaurus.concepts_of(lemmas | tag_lemmas, parts)
        tagged = set(self.thesaurus.concepts_of(tag_lemmas, tag_parts))
        main = self._main(concepts, tagged, where)
        hinted: set[str] = set()
        for key, words in concepts.items():
            if key in tagged or not self._hint_only(key, words):
                add(f"c:{key}", "c" if key == main else "s")
            else:
                add(f"c:{key}", "h")
                hinted.add(f"c:{key}")
        return Features(
            found,
            {k: frozenset(v) for k, v in concepts.items()},
            main,
            frozenset(generic_names),
            frozenset(hinted),
            reading(
                lemmas,
                [p for pieces in parts.values() for p in pieces],
                (*tags, *words_of_tags),
                concepts,
            ),
        )

    def _hint_only(self, key: str, words: Iterable[str]) -> bool:
        return all(self.thesaurus.is_hint(key, w) for w in words)

    def _main(
        self,
        concepts: Mapping[str, set[str]],
        tagged: set[str],
        where: Mapping[str, Place],
    ) -> str | None:
        """The concept a statement is about: the one its subject names.

        A note names its subject first (*"taalcoach op de werkvloer"*), and
        what it says of it after, sometimes naming a second concept in passing
        (*"begeleiding stopt zodra het diploma binnen is"*). So: a concept the
        note-taker tagged; else the concept named first, outside an aside of
        time or cause (*"sinds corona te weinig bbl-plekken"* is about
        placements). A concept named only by hints is the subject only when
        no other concept is named. When one word names two concepts, the
        narrower (fewer words) is the subject: a session's own concept of two
        words says more than a broad one of forty.
        """
        best: tuple[tuple[bool, bool, Place, int, str], str] | None = None
        for key, words in concepts.items():
            hinted = key not in tagged and self._hint_only(key, words)
            places = [place for w in words for place in self._places(w, where)]
            place = min(places, default=(False, 1 << 30, 0))
            rank = (key not in tagged, hinted, place, self.thesaurus.size(key), key)
            if best is None or rank < best[0]:
                best = (rank, key)
        return best[1] if best else None

    @staticmethod
    def _places(word: str, where: Mapping[str, Place]) -> list[Place]:
        """Where ``word`` (a dictionary form, a part, or a phrase) stands in the text."""
        if word in where:
            return [where[word]]
        found = [where[w] for w in (lemma(t) for t in tokens(word)) if w in where]
        if found:
            return found
        return [place for w, place in where.items() if w.startswith(word) or w.endswith(word)]

    def vectors(
        self, statements: Sequence[Statement]
    ) -> tuple[list[dict[str, float]], list[Features]]:
        """Each statement's weighted features (unit vectors), and the features themselves.

        Kept for the last few sets of statements: the review of the themes works out the
        same synthesis twice for each change (to check what was shown, and after saving).
        """
        key = (self._setting, tuple(statements))
        with _VECTORS_LOCK:
            found = _VECTORS.get(key)
        if found is None:
            found = self._vectors(statements)
            with _VECTORS_LOCK:
                _VECTORS[key] = found
                while len(_VECTORS) > _KEEP_VECTORS:
                    del _VECTORS[next(iter(_VECTORS))]
        vectors, feats = found
        return [dict(v) for v in vectors], list(feats)

    @cached_property
    def _setting(self) -> tuple[object, ...]:
        """What the features depend on besides the statements."""
        concepts = tuple(
            (c.key, c.words, c.hints) for c in sorted(self.thesaurus.concepts.values(), key=str)
        )
        return (concepts, tuple(sorted(self.weight.items())), id(self.model))

    def _vectors(
        self, statements: Sequence[Statement]
    ) -> tuple[list[dict[str, float]], list[Features]]:
        vocabulary = Vocabulary([s.text for s in statements], self.thesaurus.words())
        common = common_tags(statements)
        feats = [self.features(s, vocabulary, common) for s in statements]
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
        near = likeness(vectors, [f.generic | f.hinted for f in feats])
        profiles = self.profiles(feats)
        if self.subject:
            near = closer(near, profile_likeness(profiles, self.subject_floor), self.subject)
        near = apart(near, [f.main for f in feats], self.different)
        clusters = attach_alone(average_link(near, self.threshold), near, self.attach)
        clusters = join_by_concept(clusters, feats, near, self.join)
        groups = [self._group(members, statements, feats, profiles) for members in clusters]
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
        profiles = self.profiles(feats)
        return [
            self._group(list(members), statements, feats, profiles)
            for members in clusters
            if members
        ]

    def profiles(self, feats: Sequence[Features]) -> list[Profile]:
        """What each statement reads as being about (none when subjects are not weighed)."""
        if not self.subject:
            return [{} for _ in feats]
        return [self.model.profile(f.reading) for f in feats]

    def _group(
        self,
        members: list[int],
        statements: Sequence[Statement],
        feats: Sequence[Features],
        profiles: Sequence[Profile],
    ) -> Group:
        keys = tuple(statements[i].key for i in members)
        if len(members) < 2:
            return Group(keys, Why(), feats[members[0]].main)
        read = top_subject(profiles[i] for i in members)
        if read is not None and read[1] < SUBJECT_WHY:
            read = None
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
        if read is not None and read[0] not in concept_keys:
            evidence = {
                word for i in members for word in self.model.evidence(read[0], feats[i].reading, 2)
            }
            concepts += ((read[0], tuple(sorted(evidence))),)
        in_concepts = {
            root(lemma(part)) for _key, words in concepts for w in words for part in tokens(w)
        } | {root(w) for _key, words in concepts for w in words}
        words = tuple(
            name[2:]
            for name in shared
            if name.startswith("w:") and name[2:] not in in_concepts and name[2:] not in tags
        )[:6]
        concept = main_concept(members, feats) or (read[0] if read is not None else None)
        return Group(keys, Why(tags, concepts, words), concept)


def _tag(tag: str) -> str:
    return tag.strip().lower().lstrip("#")


def topic_tags(
    tags: Iterable[str], common: frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """The tags of a card that name a topic, and the tags that count as its words.

    A person who tags two cards alike judged them about the same thing, so a
    tag counts most, but only a tag that names a topic. A tag that names the
    kind of card (``kans``, ``knelpunt``) is left out; one that names an
    organisation or a sector (``gemeente``, ``mkb``, ``zorg``), or one spread
    over many cards (``common``), counts as a word of the card.
    """
    topics: list[str] = []
    words: list[str] = []
    for tag in (_tag(t) for t in tags):
        if not tag or tag in KIND_TAGS:
            continue
        if tag in WHO_TAGS or tag in common:
            words.append(tag)
        else:
            topics.append(tag)
    return topics, words


def common_tags(statements: Sequence[Statement]) -> frozenset[str]:
    """Tags on more than ``COMMON_TAG`` of the statements (and at least ``COMMON_TAG_CARDS``)."""
    counts: Counter[str] = Counter(
        tag for s in statements for tag in {_tag(t) for t in s.tags} if tag
    )
    return frozenset(
        tag
        for tag, count in counts.items()
        if count >= COMMON_TAG_CARDS and count > COMMON_TAG * len(statements)
    )


def strip_kind(text: str) -> str:
    """``text`` without a leading label of the card's kind (*"Kans: ..."*, *"Knelpunt: ..."*)."""
    head, colon, rest = text.partition(":")
    if colon and head.strip().lower() in KIND_TAGS:
        return rest
    return text


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


Near = list[dict[int, float]]  # for each statement: the others it is alike to, and how much


def likeness(vectors: Sequence[Mapping[str, float]], weak: Sequence[frozenset[str]] = ()) -> Near:
    """:func:`alike` for every pair that shares a feature (the others are 0), found by feature.

    ``weak`` gives for each statement the names of its weak features: a word
    that comes up at every table does not count towards the two words two
    statements must share, and a concept one of them names by hints only
    does not count at all (the words that named it count for themselves).

    The same figures as comparing every pair, without comparing the many
    pairs that share nothing: fast for hundreds of statements.
    """
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, vector in enumerate(vectors):
        for name, weight in vector.items():
            postings.setdefault(name, []).append((i, weight))
    none: frozenset[str] = frozenset()
    dot: dict[tuple[int, int], float] = {}
    words: Counter[tuple[int, int]] = Counter()
    strong: set[tuple[int, int]] = set()
    for name, posting in postings.items():
        word = name.startswith("w:")
        for x, (i, wi) in enumerate(posting):
            weak_i = name in (weak[i] if i < len(weak) else none)
            for j, wj in posting[x + 1 :]:
                dot[(i, j)] = dot.get((i, j), 0.0) + wi * wj
                weak_ij = weak_i or name in (weak[j] if j < len(weak) else none)
                if word:
                    words[(i, j)] += not weak_ij
                elif not weak_ij:
                    strong.add((i, j))
    near: Near = [{} for _ in vectors]
    for (i, j), value in sorted(dot.items()):
        if value > 0 and ((i, j) in strong or words[(i, j)] >= 2):
            near[i][j] = near[j][i] = value
    return near


def closer(near: Near, alike: Mapping[tuple[int, int], float], weight: float) -> Near:
    """``near`` with ``weight`` times ``alike`` (pairs ``i < j``) added."""
    result: Near = [dict(others) for others in near]
    for (i, j), value in alike.items():
        result[i][j] = result[j][i] = result[i].get(j, 0.0) + weight * value
    return result


def apart(near: Near, mains: Sequence[str | None], factor: float) -> Near:
    """``near`` with two statements about different concepts ``factor`` times as alike.

    Two notes that share a word or a concept in passing (*detailhandel* in a
    note on placements and one on bankruptcies) while each is about something
    else are less alike than their words suggest.
    """
    result: Near = []
    for i, others in enumerate(near):
        result.append(
            {
                j: value * factor
                if mains[i] is not None and mains[j] is not None and mains[i] != mains[j]
                else value
                for j, value in others.items()
            }
        )
    return result


def average_link(near: Near, threshold: float) -> list[list[int]]:
    """Bottom-up grouping: merge the two groups of highest average likeness while ≥ ``threshold``.

    Deterministic: ties go to the pair with the lowest member indices. Each
    group's members are in index order; the groups in order of their first member.
    A group is known by its first member; only groups alike at all are
    compared, best first (a heap), so hundreds of statements take little time.
    """
    members: dict[int, list[int]] = {i: [i] for i in range(len(near))}
    total: dict[int, dict[int, float]] = {i: dict(others) for i, others in enumerate(near)}
    heap = [
        (-value, a, b)
        for a, others in enumerate(near)
        for b, value in others.items()
        if a < b and value >= threshold
    ]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        mean = total[a].get(b, 0.0) / (len(members[a]) * len(members[b]))
        if abs(mean + negative) > 1e-12:
            continue  # one of the two has grown since: its new figure is on the heap
        del total[a][b]
        for c, value in total.pop(b).items():
            if c == a:
                continue
            total[a][c] = total[a].get(c, 0.0) + value
            total[c][a] = total[a][c]
            del total[c][b]
        members[a] = sorted(members[a] + members.pop(b))
        for c, value in total[a].items():
            mean = value / (len(members[a]) * len(members[c]))
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(a, c), max(a, c)))
    return [members[a] for a in sorted(members)]


def attach_alone(clusters: list[list[int]], near: Near, threshold: float) -> list[list[int]]:
    """Each statement left alone joins the group it is on average most like, if ≥ ``threshold``.

    Bottom-up grouping needs a statement to be alike enough to a whole group;
    the last statement of a theme, worded most differently, often is not,
    while it is clearly nearer that group than any other. Groups are taken as
    they were before any statement joined (one joining cannot pull in the next).
    """
    groups = [c for c in clusters if len(c) > 1]
    group_of = {i: n for n, group in enumerate(groups) for i in group}
    joining: dict[int, list[int]] = {}
    for cluster in clusters:
        if len(cluster) != 1:
            continue
        (i,) = cluster
        sums: dict[int, float] = {}
        for j, value in near[i].items():
            if j in group_of:
                sums[group_of[j]] = sums.get(group_of[j], 0.0) + value
        best: tuple[float, int] | None = None
        for n in sorted(sums):
            mean = sums[n] / len(groups[n])
            if mean >= threshold and (best is None or mean > best[0] + 1e-12):
                best = (mean, n)
        if best is not None:
            joining.setdefault(best[1], []).append(i)
    joined = {i for members in joining.values() for i in members}
    result = [sorted(g + joining.get(n, [])) for n, g in enumerate(groups)]
    result += [c for c in clusters if len(c) == 1 and c[0] not in joined]
    return sorted(result, key=lambda c: c[0])


def main_concept(members: Sequence[int], feats: Sequence[Features]) -> str | None:
    """The one concept at least half of ``members`` are about, more than any other; else None."""
    counts = Counter(feats[i].main for i in members if feats[i].main is not None)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] * 2 < len(members):
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def join_by_concept(
    clusters: list[list[int]], feats: Sequence[Features], near: Near, threshold: float
) -> list[list[int]]:
    """Groups (and statements left alone) about the same main concept become one group,
    if they are on average at least ``threshold`` alike.

    With many statements on one theme, bottom-up grouping tends to make two or
    three groups of it (the placements in the care sector, the placements in
    technology…): each is alike within, less so to the others on average. When
    the thesaurus says they are about one thing, they are one theme — provided
    they share more than that one concept's name in passing.
    """
    joined: dict[str, list[list[int]]] = {}
    result: list[list[int]] = []
    for cluster in clusters:
        key = main_concept(cluster, feats)
        if key is None:
            result.append(list(cluster))
            continue
        for group in joined.get(key, []):
            total = sum(near[i].get(j, 0.0) for i in cluster for j in group)
            if total / (len(cluster) * len(group)) >= threshold:
                group.extend(cluster)
                break
        else:
            joined.setdefault(key, []).append(list(cluster))
            result.append(joined[key][-1])
    return sorted((sorted(c) for c in result), key=lambda c: c[0])


@cache
def default_model() -> SubjectModel:
    """The subjects' example counts (:mod:`facilitator.synthesis.grouping.learned`), read
    once: what it works out from them is kept with it."""
    from facilitator.synthesis.grouping.learned import COUNTS

    return SubjectModel(COUNTS)


def group_texts(statements: Iterable[Statement], thesaurus: Thesaurus | None = None) -> list[Group]:
    """:meth:`Grouper.group` with the default weights and threshold."""
    return Grouper(thesaurus).group(list(statements))
