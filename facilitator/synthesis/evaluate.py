"""How well the grouping agrees with a person: pair precision and recall on the labelled set.

Run ``python -m facilitator.synthesis.evaluate``. Each part of the labelled
set (:mod:`facilitator.synthesis.labelled`) is grouped on its own. A *pair*
is two statements in one group. Precision: of the pairs the grouping makes,
the share a person made too. Recall: of the pairs a person made, the share
the grouping found. The baseline groups two statements when they share a
word (as typed, apart from function words) or a tag.
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Iterable, Sequence

from facilitator.records import record
from facilitator.synthesis.grouping import Grouper, Statement
from facilitator.synthesis.grouping.thesaurus import DEFAULT_CONCEPTS, Concept, Thesaurus
from facilitator.synthesis.grouping.words import STOPWORDS, lemma, tokens
from facilitator.synthesis.labelled import (
    EXTRA,
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH5,
    FRESH6,
    PARTS,
    ROWS,
    SHARED,
    TUNE,
    Labelled,
)

Pair = tuple[int, int]


@record
class Score:
    """Pair precision and recall of one grouping of one part of the set."""

    predicted: int
    expected: int
    agreed: int

    @property
    def precision(self) -> float:
        return self.agreed / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.agreed / self.expected if self.expected else 1.0


def pairs_of(groups: Iterable[Sequence[int]]) -> set[Pair]:
    return {(a, b) for g in groups for a, b in itertools.combinations(sorted(g), 2)}


def gold_pairs(rows: Sequence[Labelled]) -> set[Pair]:
    return {
        (a, b)
        for a, b in itertools.combinations(range(len(rows)), 2)
        if rows[a].group != "-" and rows[a].group == rows[b].group
    }


def grouped_pairs(rows: Sequence[Labelled], grouper: Grouper | None = None) -> set[Pair]:
    statements = [Statement(str(n), r.text, r.tags) for n, r in enumerate(rows)]
    groups = (grouper or Grouper()).group(statements)
    return pairs_of([int(k) for k in g.keys] for g in groups)


def baseline_pairs(rows: Sequence[Labelled]) -> set[Pair]:
    """Two statements share a word as typed (not a function word) or a tag."""
    words = [
        {w for w in tokens(r.text) if w not in STOPWORDS and len(w) > 1} | {f"#{t}" for t in r.tags}
        for r in rows
    ]
    return {(a, b) for a, b in itertools.combinations(range(len(rows)), 2) if words[a] & words[b]}


def score(predicted: set[Pair], expected: set[Pair]) -> Score:
    return Score(len(predicted), len(expected), len(predicted & expected))


ALL = "all"  # the parts given that name their groups alike, grouped as one set


def part(name: str, parts: Sequence[str] = PARTS) -> list[Labelled]:
    """The rows of one part; ``all``: the rows of the parts in ``parts`` that share their
    group names (not ``fresh``), as one set."""
    return [
        r for r in ROWS if r.part == name or (name == ALL and r.part in parts and r.part in SHARED)
    ]


def evaluate(
    grouper: Grouper | None = None, parts: Sequence[str] = PARTS, together: bool = False
) -> dict[tuple[str, str], Score]:
    """``(part, method) -> Score`` for the grouping and the baseline on each part.

    ``together``: also those parts as one set (``all``), where statements
    of one topic in different parts belong together: themes of six to
    thirteen cards, as a province-wide synthesis has them. ``fresh`` is left out
    of it: its writer named and drew the themes independently.
    """
    results: dict[tuple[str, str], Score] = {}
    for name in [*parts, *([ALL] if together else [])]:
        rows = part(name, parts)
        gold = gold_pairs(rows)
        results[(name, "grouping")] = score(grouped_pairs(rows, grouper), gold)
        results[(name, "baseline")] = score(baseline_pairs(rows), gold)
    return results


def _words_of(rows: Iterable[Labelled]) -> set[str]:
    """The words of ``rows`` (texts and tags), as written and in their dictionary form."""
    found: set[str] = set()
    for row in rows:
        for word in tokens(" ".join((row.text, *row.tags))):
            found.update((word, lemma(word)))
    return found


def _in(entry: str, words: set[str]) -> bool:
    """Whether the thesaurus entry ``entry`` (a word or a phrase) is used among ``words``."""
    parts = [w for w in tokens(entry) if w not in STOPWORDS]
    return bool(parts) and all(w in words or lemma(w) in words for w in parts)


def unseen_thesaurus(name: str, parts: Sequence[str] = PARTS) -> Thesaurus:
    """The thesaurus without the entries used in part ``name`` and in no other of ``parts``.

    A new table brings words no list had. Grouping a part with the thesaurus
    less the words only that part uses shows how the method does on wording
    its lists were not written for: the part as an unseen set would meet it.
    """
    here = _words_of(r for r in ROWS if r.part == name)
    elsewhere = _words_of(r for r in ROWS if r.part != name and r.part in parts)

    def kept(entry: str) -> bool:
        return not _in(entry, here) or _in(entry, elsewhere)

    return Thesaurus(
        Concept(
            c.key,
            c.nl,
            c.en,
            tuple(w for w in c.words if kept(w)),
            tuple(w for w in c.hints if kept(w)),
        )
        for c in DEFAULT_CONCEPTS
    )


def evaluate_unseen(parts: Sequence[str] = PARTS) -> dict[tuple[str, str], Score]:
    """``(part, "unseen") -> Score``: each part grouped with :func:`unseen_thesaurus`."""
    results: dict[tuple[str, str], Score] = {}
    for name in parts:
        rows = part(name, parts)
        grouper = Grouper(unseen_thesaurus(name, parts))
        results[(name, "unseen")] = score(grouped_pairs(rows, grouper), gold_pairs(rows))
    return results


TUNING_PARTS = (TUNE, EXTRA, FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6)


def tune() -> list[str]:
    """A grid search, on the tuning parts, of the weights of what cards read as being about
    (``grouping/subjects.py``) and the thresholds; the best ten, by mean F1.

    The weights of words, parts, concepts and tags were chosen by an earlier search
    over them (``docs/synthesis.md``); they stay as they are here.
    """
    data = [(rows, gold_pairs(rows)) for rows in (part(name) for name in TUNING_PARTS)]
    found: list[tuple[float, str]] = []
    for subject, floor, threshold, attach in itertools.product(
        (0.0, 0.4, 0.6, 0.8),
        (0.5, 0.7, 0.8),
        (0.22, 0.3, 0.35),
        (0.12, 0.2),
    ):
        grouper = Grouper(subject=subject, subject_floor=floor, threshold=threshold, attach=attach)
        scores = [score(grouped_pairs(rows, grouper), gold) for rows, gold in data]
        f1 = sum(2 * s.precision * s.recall / (s.precision + s.recall or 1) for s in scores)
        f1 /= len(scores)
        shown = " ".join(f"P {s.precision:.2f} R {s.recall:.2f}" for s in scores)
        found.append(
            (
                f1,
                f"F1 {f1:.3f} {shown}: subject={subject} floor={floor} "
                f"threshold={threshold} attach={attach}",
            )
        )
    found.sort(key=lambda x: -x[0])
    return [line for _f1, line in found[:10]]


def table(results: dict[tuple[str, str], Score], parts: Sequence[str] = PARTS) -> str:
    lines = [
        "| part | statements | method | pairs made | pairs by hand | precision | recall |",
        "|---|---:|---|---:|---:|---:|---:|",
    ]
    for (name, method), s in results.items():
        lines.append(
            f"| {name} | {len(part(name, parts))} | {method} | {s.predicted} | {s.expected} "
            f"| {s.precision:.2f} | {s.recall:.2f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", action="store_true", help="show the groups made")
    parser.add_argument(
        "--tune",
        action="store_true",
        help=(
            "search the weights of what cards read as being about, and the thresholds, on "
            "the tuning parts (tune, extra, fresh to fresh6; never fresh7 or fresh8)"
        ),
    )
    parser.add_argument(
        "--unseen",
        action="store_true",
        help="also group each part with the thesaurus less the words only that part uses",
    )
    parser.add_argument(
        "--part",
        action="append",
        choices=PARTS,
        help="only this part of the set (may be given more than once); default: every part",
    )
    args = parser.parse_args(argv)
    if args.tune:
        for line in tune():
            print(line)
        return
    parts = args.part or PARTS
    results = evaluate(parts=parts, together=args.part is None)
    if args.unseen:
        results.update(evaluate_unseen(parts))
    print(table(results, parts))
    if args.groups:
        for name in parts:
            rows = part(name)
            statements = [Statement(str(n), r.text, r.tags) for n, r in enumerate(rows)]
            print(f"\n{name}:")
            for g in Grouper().group(statements):
                print(
                    "  -", " | ".join(f"[{rows[int(k)].group}] {rows[int(k)].text}" for k in g.keys)
                )


if __name__ == "__main__":
    main()
