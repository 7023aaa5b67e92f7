"""The Word minutes: the same content as the Markdown, as real headings and tables."""

from __future__ import annotations

import io
import re
import time
import zipfile
from dataclasses import replace
from datetime import UTC
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from facilitator.cli import main
from facilitator.domain.clock import FakeClock
from facilitator.export.docx import _parser, render_docx
from facilitator.export.markdown import render_markdown
from facilitator.export.record import collect
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.helpers import make_plan
from tests.scripted import build_scripted_session, scripted_plan


def open_docx(data: bytes) -> object:
    return Document(io.BytesIO(data))


def all_text(document: object) -> str:
    parts = [p.text for p in document.paragraphs]  # type: ignore[attr-defined]
    for table in document.tables:  # type: ignore[attr-defined]
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_headings_and_tables_follow_the_markdown(store: Store, clock: FakeClock, lang: str) -> None:
    sid = build_scripted_session(store, clock)
    record = collect(store, sid)
    document = open_docx(render_docx(record, lang))
    markdown = render_markdown(record, lang)
    headings = [
        p.text
        for p in document.paragraphs  # type: ignore[attr-defined]
        if p.style.name.startswith(("Heading", "Title"))
    ]
    expected = [line.lstrip("#").strip() for line in markdown.splitlines() if line.startswith("#")]
    assert headings == [h.replace("\\", "") for h in expected]
    tables = document.tables  # type: ignore[attr-defined]
    # every Markdown table, and the chart as one more
    markdown_tables = [t for t in _parser().parse(markdown) if t.type == "table_open"]
    assert len(tables) == len(markdown_tables) + 1 == 5
    action_head = "Actie" if lang == "nl" else "Action"
    actions = [t for t in tables if t.rows[0].cells[1].text == action_head]
    assert len(actions) == 1, [[c.text for c in t.rows[0].cells] for t in tables]
    assert len(actions[0].rows) > 1
    # the header row repeats on every page
    assert actions[0].rows[0]._tr.trPr.xml.count("tblHeader") == 1
    assert "```" not in all_text(document) and "mermaid" not in all_text(document)


def test_anonymous_document_names_nobody(store: Store, clock: FakeClock) -> None:
    sid = build_scripted_session(store, clock)
    text = all_text(open_docx(render_docx(collect(store, sid), "nl", anonymous=True)))
    statements = re.sub(r" \(trekker: [^)]*\)", "", text)  # who leads: a commitment
    assert "UWV (trekker: Bas Lammers)" in text
    for person in store.participants(sid):
        assert person.name not in statements
    assert "Gemeente Enschede" in text
    # how many sat at the table per sector, and their organisations
    assert "Gemeente: 1 deelnemer – Gemeente Enschede" in text
    strict = all_text(open_docx(render_docx(collect(store, sid), "nl", anonymous="sector")))
    assert "Werkwijzer" not in strict and "Marloes Kuipers" not in strict
    assert "Stichting Werkwijzer Twente" in text


def test_the_documents_title_property_is_the_minutes_title(store: Store, clock: FakeClock) -> None:
    """The title in the file's properties (shown by Word, mail, file browsers) is the
    heading's: anonymous minutes name nobody there either."""
    plan = replace(scripted_plan(), title="Rondetafel met Bas Lammers [x] *y*")
    sid = build_scripted_session(store, clock, plan)
    document = open_docx(render_docx(collect(store, sid), "nl", anonymous=True))
    assert document.core_properties.title == "Rondetafel met [naam] [x] *y*"  # type: ignore[attr-defined]
    named = open_docx(render_docx(collect(store, sid), "nl"))
    assert named.core_properties.title == "Rondetafel met Bas Lammers [x] *y*"  # type: ignore[attr-defined]


def test_user_text_stays_literal(store: Store, clock: FakeClock) -> None:
    plan = make_plan("vreemd", participants=3, items=2)
    sid = import_plan(store, plan).session.id
    odd = "**niet vet** [bold] [/] | # <b>x</b> `code`"
    with store.change(sid, "contribution") as tx:
        from facilitator.domain.model import Contribution, Kind

        tx.insert(
            Contribution(
                id=0,
                session_id=sid,
                kind=Kind.DECISION,
                text=odd,
                created_at=clock.now(),
                participant_id=store.participants(sid)[0].id,
            )
        )
    text = all_text(open_docx(render_docx(collect(store, sid), "nl")))
    assert odd in text


def test_export_command_writes_docx(store: Store, clock: FakeClock, tmp_path: Path) -> None:
    sid = build_scripted_session(store, clock)
    session = store.session(sid)
    assert session is not None
    slug = session.slug
    store.close()
    runner = CliRunner()
    out = tmp_path / "notulen.docx"
    result = runner.invoke(main, ["--db", str(store.path), "export", slug, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:2] == b"PK"
    assert "Gemeente Enschede" in all_text(open_docx(out.read_bytes()))


def test_characters_word_cannot_hold_are_replaced_not_a_traceback(
    store: Store, clock: FakeClock
) -> None:
    """U+FFFE and U+FFFF are no XML characters: python-docx refused the whole document
    ("All strings must be XML compatible") for one of them in a pasted note, an imported
    record or a session file's title (TOML allows "\\uFFFE")."""
    from facilitator.domain.model import Contribution, Kind

    plan = replace(make_plan("vreemd", participants=3, items=2), title="Titel \ufffe")
    sid = import_plan(store, plan).session.id
    with store.change(sid, "contribution") as tx:
        tx.insert(
            Contribution(
                id=0,
                session_id=sid,
                kind=Kind.NOTE,
                text="geplakt \ufffe uit een pdf \uffff einde",
                created_at=clock.now(),
                participant_id=store.participants(sid)[0].id,
            )
        )
    record = collect(store, sid)
    text = all_text(open_docx(render_docx(record, "nl")))
    assert "geplakt \ufffd uit een pdf \ufffd einde" in text
    assert "\ufffe" not in render_markdown(record, "nl")


def docx_parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        }


@pytest.mark.parametrize(("lang", "tag"), [("nl", "nl-NL"), ("en", "en-GB")])
def test_the_word_file_speaks_the_language_of_the_minutes_and_dates_from_them(
    store: Store, clock: FakeClock, lang: str, tag: str
) -> None:
    """Word proofed every minutes as US English and said they were made in 2013 "by
    python-docx": the template's defaults."""
    sid = build_scripted_session(store, clock)
    record = collect(store, sid)
    parts = docx_parts(render_docx(record, lang))
    defaults = re.search(r"<w:docDefaults>.*</w:docDefaults>", parts["word/styles.xml"])
    assert defaults is not None
    assert f'<w:lang w:val="{tag}"' in defaults.group()
    every = "".join(parts.values())
    assert "en-US" not in every
    core = parts["docProps/core.xml"]
    closed = record.session.closed_at
    assert closed is not None
    moment = closed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert f'<dcterms:created xsi:type="dcterms:W3CDTF">{moment}</dcterms:created>' in core
    assert f'<dcterms:modified xsi:type="dcterms:W3CDTF">{moment}</dcterms:modified>' in core
    assert "2013" not in core
    assert "python-docx" not in every
    assert "Macintosh" not in parts["docProps/app.xml"]
    document = open_docx(render_docx(record, lang))
    title = document.core_properties.title  # type: ignore[attr-defined]
    assert title and title in document.core_properties.comments  # type: ignore[attr-defined]


def test_a_closed_session_gives_the_same_word_bytes_at_any_later_time(
    store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The zip entries of the Word file carried the moment of the export, so two exports
    of the same closed session differed."""
    sid = build_scripted_session(store, clock)
    record = collect(store, sid)
    monkeypatch.setattr(time, "time", lambda: 1_700_000_000.0)
    first = render_docx(record, "nl")
    clock.advance(minutes=3 * 24 * 60)
    monkeypatch.setattr(time, "time", lambda: 1_800_000_000.0)
    second = render_docx(collect(store, sid), "nl")
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        entries = archive.infolist()
    closed = record.session.closed_at
    assert closed is not None
    # dated from the closing, as the document's properties are
    moment = closed.astimezone(UTC).timetuple()[:6]
    assert {entry.date_time for entry in entries} == {moment}
