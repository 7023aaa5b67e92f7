"""The grouping core: Dutch words, the thesaurus, and grouping statements by likeness.

Pure: no Textual, no SQL, no store (an import-linter contract checks this).
"""

from facilitator.synthesis.grouping.cluster import (
    Group,
    Grouper,
    Statement,
    Why,
    group_texts,
)
from facilitator.synthesis.grouping.thesaurus import Concept, Thesaurus, build_thesaurus

__all__ = [
    "Concept",
    "Group",
    "Grouper",
    "Statement",
    "Thesaurus",
    "Why",
    "build_thesaurus",
    "group_texts",
]
