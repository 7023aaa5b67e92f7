"""Every operation the user can undo has a name in Dutch and English."""

from __future__ import annotations

import re
from pathlib import Path

from facilitator.domain.model import Kind
from facilitator.tui.words import WORDS

SERVICE = Path(__file__).resolve().parents[2] / "facilitator" / "service"


def test_every_undoable_operation_is_named_in_both_languages() -> None:
    labels: set[str] = set()
    for source in SERVICE.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        labels |= set(re.findall(r'change\(self\.session_id, "([^"]+)"\)', text))
        labels |= set(re.findall(r'change\(self\.session_id, label="([^"]+)"\)', text))
        labels |= set(re.findall(r'self\._change\("([^"]+)"', text))
        if 'f"capture {kind.value}"' in text:
            labels |= {f"capture {kind.value}" for kind in Kind}
    assert len(labels) > 20
    missing = sorted(label for label in labels if f"op.{label}" not in WORDS)
    assert missing == []
    for label in labels:
        nl, en = WORDS.entries[f"op.{label}"]
        assert nl and en
