"""Every sample session, after a scripted meeting, gives minutes one could hand over."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from markdown_it import MarkdownIt

from facilitator.domain.clock import FakeClock
from facilitator.export import collect, render_json, render_markdown
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from tests.conftest import ROOT, SAMPLES
from tests.scripted import build_scripted_session

SCHEMA = json.loads((ROOT / "docs" / "minutes-schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.toml")))
def test_minutes_of_each_sample(sample: str, tmp_path: Path) -> None:
    plan = load_session_file(SAMPLES / sample)
    clock = FakeClock()
    store = Store(tmp_path / "s.db", clock=clock)
    session_id = build_scripted_session(store, clock, plan)
    record = collect(store, session_id)
    for lang, headings in (("nl", ("Deelnemers", "Agenda")), ("en", ("Participants", "Agenda"))):
        text = render_markdown(record, lang)
        tokens = MarkdownIt("commonmark").enable("table").parse(text)
        h1 = [
            t
            for i, t in enumerate(tokens)
            if i and tokens[i - 1].type == "heading_open" and tokens[i - 1].tag == "h1"
        ]
        assert [t.content for t in h1] == [plan.title]
        h2 = [
            tokens[i + 1].content
            for i, t in enumerate(tokens)
            if t.type == "heading_open" and t.tag == "h2"
        ]
        assert all(h in h2 for h in headings)
        assert any(t.type == "table_open" for t in tokens)
        if plan.chatham_house:
            statements = re.sub(r" \((?:trekker|lead): [^)]*\)", "", text)  # commitments
            for person in plan.participants:
                assert person.name not in statements
    jsonschema.validate(json.loads(render_json(record)), SCHEMA)
    data = json.loads(render_json(record, "nl", "sector"))
    jsonschema.validate(data, SCHEMA)
    assert data["participants"] == []
    store.close()
