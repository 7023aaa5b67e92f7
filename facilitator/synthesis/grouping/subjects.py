"""What a card reads as being about, judged by example cards written for each subject.

The thesaurus names a subject when a card uses one of its words. Many cards do
not: *"een jonge lasser met een eigen huis zegt meer dan een folder"* is about the
image of mbo without a word of it. For such cards the grouping also asks which
subject's example cards use the card's words most (``scripts/thesaurus_examples.tsv``:
about ninety cards per subject, worded as different speakers would). The answer is
a **profile**: for each subject, how likely the card is about it (naive Bayes over
the card's words, the parts of its compounds, its tags and the thesaurus's subjects
it names). Two cards with alike profiles are a little more alike: they read as being
about the same thing, even when they share no word.

Pure Python; the counts are computed once, by ``scripts/learn_thesaurus.py``, into
:mod:`facilitator.synthesis.grouping.learned`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property

from facilitator.records import record

PART = 0.5  # a part of a compound counts for half a word
ALPHA = 0.5  # smoothing: a word never seen with a subject still counts a little
KEEP = 0.05  # a subject less likely than this is left out of a profile
MIN_FEATURES = 1  # a card with fewer known words than this has no profile

Profile = Mapping[str, float]


def reading(
    lemmas: Iterable[str],
    parts: Iterable[str],
    tags: Iterable[str],
    concepts: Iterable[str],
) -> dict[str, float]:
    """The features a profile is judged on: ``w:`` words, ``p:`` parts, ``c:`` subjects named."""
    found: dict[str, float] = {}
    for part in parts:
        if len(part) >= 3:
            found[f"p:{part}"] = PART
    for word in (*lemmas, *(t.strip().lower().lstrip("#") for t in tags)):
        if len(word) >= 3:
            found[f"w:{word}"] = 1.0
    for key in concepts:
        found[f"c:{key}"] = 1.0
    return found


@record
class SubjectModel:
    """For each subject, how often its example cards have each feature (``reading``)."""

    counts: Mapping[str, Mapping[str, float]]

    @cached_property
    def _keys(self) -> tuple[str, ...]:
        return tuple(sorted(self.counts))

    @cached_property
    def _features(self) -> frozenset[str]:
        return frozenset(f for features in self.counts.values() for f in features)

    @cached_property
    def _denominators(self) -> tuple[float, ...]:
        size = len(self._features)
        return tuple(sum(self.counts[k].values()) + ALPHA * size for k in self._keys)

    @cached_property
    def _rows(self) -> dict[str, tuple[float, ...]]:
        return {}

    def _row(self, feature: str) -> tuple[float, ...]:
        """The log-likelihood of ``feature`` under each subject (worked out once)."""
        row = self._rows.get(feature)
        if row is None:
            row = self._rows[feature] = tuple(
                math.log((self.counts[k].get(feature, 0.0) + ALPHA) / d)
                for k, d in zip(self._keys, self._denominators, strict=True)
            )
        return row

    def known(self, features: Mapping[str, float]) -> dict[str, float]:
        """The features some example card has (the others say nothing here)."""
        return {f: v for f, v in features.items() if f in self._features}

    def profile(self, features: Mapping[str, float]) -> dict[str, float]:
        """How likely the text of ``features`` is about each subject (the likeliest few)."""
        known = self.known(features)
        if len(known) < MIN_FEATURES or not self.counts:
            return {}
        scores = [0.0] * len(self._keys)
        for feature, value in known.items():
            row = self._row(feature)
            scores = [s + value * r for s, r in zip(scores, row, strict=True)]
        top = max(scores)
        weights = [math.exp(s - top) for s in scores]
        total = sum(weights)
        return {
            key: w / total for key, w in zip(self._keys, weights, strict=True) if w / total >= KEEP
        }

    def evidence(self, key: str, features: Mapping[str, float], most: int = 3) -> list[str]:
        """The words of ``features`` that speak most for subject ``key`` over the others:
        whole words that at least two of its examples use, more often than any other
        subject's examples do."""
        if key not in self.counts:
            return []
        at = self._keys.index(key)
        ranked = []
        for feature in self.known(features):
            # whole words only (a part of a compound, "val" of "uitval", says little shown
            # alone), seen on at least two of the subject's examples
            if not feature.startswith("w:") or self.counts[key].get(feature, 0.0) < 2:
                continue
            row = self._row(feature)
            others = max(r for n, r in enumerate(row) if n != at)
            if row[at] > others:
                ranked.append((others - row[at], feature[2:]))
        return [word for _gap, word in sorted(ranked)[:most]]


def profile_likeness(profiles: Sequence[Profile], floor: float) -> dict[tuple[int, int], float]:
    """The cosine of every two profiles that is at least ``floor`` (pairs ``i < j``).

    Only profiles that share a subject are compared, found by subject: fast for
    hundreds of cards.
    """
    norms = [math.sqrt(sum(p * p for p in profile.values())) for profile in profiles]
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, profile in enumerate(profiles):
        for key, p in profile.items():
            postings.setdefault(key, []).append((i, p))
    dot: dict[tuple[int, int], float] = {}
    for posting in postings.values():
        for x, (i, pi) in enumerate(posting):
            for j, pj in posting[x + 1 :]:
                dot[(i, j)] = dot.get((i, j), 0.0) + pi * pj
    found = {}
    for (i, j), value in dot.items():
        cosine = value / (norms[i] * norms[j])
        if cosine >= floor:
            found[(i, j)] = cosine
    return found


def top_subject(profiles: Iterable[Profile]) -> tuple[str, float] | None:
    """The subject the profiles agree on most (their mean), and that mean."""
    total: dict[str, float] = {}
    count = 0
    for profile in profiles:
        count += 1
        for key, p in profile.items():
            total[key] = total.get(key, 0.0) + p
    if not total or not count:
        return None
    key = max(sorted(total), key=lambda k: total[k])
    return key, total[key] / count
