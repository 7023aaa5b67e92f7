"""Count, from example cards, which words each subject's cards use (for the grouping).

Run: ``python scripts/learn_thesaurus.py`` (writes
``facilitator/synthesis/grouping/learned.py``) or ``python scripts/learn_thesaurus.py
--check`` (exit code 1 if the committed module differs from what the examples give now).
``--show TEXT`` prints how a text reads: its likeliest subjects, and the words that
speak for the first.

The examples are ``scripts/thesaurus_examples.tsv``: one card per line, the key of
its subject, a tab, the card as a note-taker would type it. They were written for
this purpose, about ninety per subject, in the words different speakers use (an
employer, a teacher, a work coach…), many without the usual name of the subject.
``scripts/thesaurus_subjects.tsv`` names the subjects the examples add to the
thesaurus's (key, Dutch name, English name).

For each subject the module holds how many of its example cards have each
feature the grouping reads (``facilitator.synthesis.grouping.subjects.reading``:
the words in their dictionary form, the parts of compounds, the thesaurus's
subjects named), read exactly as the grouping reads a card.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator.synthesis.grouping.cluster import Grouper, Statement  # noqa: E402
from facilitator.synthesis.grouping.subjects import SubjectModel  # noqa: E402
from facilitator.synthesis.grouping.thesaurus import DEFAULT_CONCEPTS  # noqa: E402
from facilitator.synthesis.grouping.words import Vocabulary  # noqa: E402

EXAMPLES = ROOT / "scripts" / "thesaurus_examples.tsv"
SUBJECTS = ROOT / "scripts" / "thesaurus_subjects.tsv"
OUTPUT = ROOT / "facilitator" / "synthesis" / "grouping" / "learned.py"


def read_examples(path: Path = EXAMPLES) -> list[tuple[str, str]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        key, sep, text = line.partition("\t")
        if not sep or not text.strip() or "\t" in text:
            raise SystemExit(f"{path.name}, line {n}: expected 'key<TAB>text'")
        rows.append((key.strip(), text.strip()))
    return rows


def read_subjects(path: Path = SUBJECTS) -> list[tuple[str, str, str]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != 3:
            raise SystemExit(f"{path.name}, line {n}: expected 'key<TAB>Dutch<TAB>English'")
        rows.append((cells[0], cells[1], cells[2]))
    return rows


def count(rows: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """For each subject, each feature's count over its example cards."""
    grouper = Grouper(subject=0.0, model=SubjectModel({}))
    vocabulary = Vocabulary([text for _key, text in rows], grouper.thesaurus.words())
    counts: dict[str, dict[str, float]] = defaultdict(dict)
    for key, text in rows:
        features = grouper.features(Statement(key, text), vocabulary).reading
        mine = counts[key]
        for name, value in features.items():
            mine[name] = mine.get(name, 0.0) + value
    return {key: dict(sorted(features.items())) for key, features in sorted(counts.items())}


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def render(counts: dict[str, dict[str, float]], subjects: list[tuple[str, str, str]]) -> str:
    lines = [
        '"""How often the example cards of each subject use each word (generated: do not edit).',
        "",
        "Made by ``python scripts/learn_thesaurus.py`` from ``scripts/thesaurus_examples.tsv``;",
        "read by :mod:`facilitator.synthesis.grouping.subjects`. A feature is ``w:`` a word in",
        "its dictionary form, ``p:`` the part of a compound (counting half), ``c:`` a subject",
        "of the thesaurus that the card names.",
        '"""',
        "",
        "# fmt: off",
        "# The subjects the examples add to the thesaurus's: key, Dutch name, English name.",
        "SUBJECTS: tuple[tuple[str, str, str], ...] = (",
        *(f"    ({key!r}, {nl!r}, {en!r})," for key, nl, en in subjects),
        ")",
        "",
        "COUNTS: dict[str, dict[str, float]] = {",
    ]
    for key, features in counts.items():
        lines.append(f"    {key!r}: {{")
        line = "       "
        for name, value in features.items():
            item = f" {name!r}: {_number(value)},"
            if len(line) + len(item) > 99:
                lines.append(line)
                line = "       "
            line += item
        lines.append(line)
        lines.append("    },")
    lines.append("}")
    lines.append("# fmt: on")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed module")
    parser.add_argument("--show", metavar="TEXT", help="how a text reads: its likeliest subjects")
    args = parser.parse_args(argv)
    if args.show:
        grouper = Grouper()
        vocabulary = Vocabulary([args.show], grouper.thesaurus.words())
        features = grouper.features(Statement("0", args.show), vocabulary).reading
        profile = grouper.model.profile(features)
        for key, p in sorted(profile.items(), key=lambda kv: -kv[1]):
            words = ", ".join(grouper.model.evidence(key, features))
            print(f"{p:5.2f}  {grouper.thesaurus.label(key, 'nl')}  ({words})")
        return 0
    rows = read_examples()
    subjects = read_subjects()
    keys = {c.key for c in DEFAULT_CONCEPTS} | {key for key, _nl, _en in subjects}
    unknown = sorted({key for key, _text in rows} - keys)
    if unknown:
        raise SystemExit(f"{EXAMPLES.name}: subjects not known: {', '.join(unknown)}")
    text = render(count(rows), subjects)
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != text:
            name = OUTPUT.relative_to(ROOT)
            print(f"{name} is out of date: run python scripts/learn_thesaurus.py")
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{len(rows)} example cards of {len(set(k for k, _t in rows))} subjects")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
