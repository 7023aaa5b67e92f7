"""What ``facilitator export`` does, apart from the command line itself.

Render a session's minutes in a format and language and write them: to
``minutes/<slug>.<ext>`` under the current directory by default, to a file
given, or to standard output (``-`` ). An existing file is never silently
overwritten: without ``force`` the next free name is taken and the caller is
told so. A database is never written over, nor beside (see
:func:`~facilitator.export.write.refuse_database`).
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from facilitator.domain.model import Session
from facilitator.export.anonymity import FULL, AnonymityLike
from facilitator.export.jsonexport import render_json
from facilitator.export.markdown import render_markdown
from facilitator.export.record import SessionRecord, collect
from facilitator.export.write import Written, save, target
from facilitator.i18n import Catalog, TranslatedError, normalise_lang
from facilitator.i18n.oserrors import os_reason
from facilitator.store import Store

FORMATS = ("md", "json", "html", "docx")
SUFFIXES = {
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
DEFAULT_DIR = "minutes"
STDOUT = "-"

MESSAGES = Catalog(
    {
        "written": ("Notulen geschreven naar {path}.", "Minutes written to {path}."),
        "overwritten": (
            "Notulen geschreven naar {path} (het bestaande bestand is overschreven).",
            "Minutes written to {path} (the existing file was replaced).",
        ),
        "renamed": (
            "{wanted} bestaat al en is niet aangeraakt; de notulen staan in {path}. "
            "Gebruik --force om het bestaande bestand te vervangen.",
            "{wanted} already exists and was left alone; the minutes are in {path}. "
            "Use --force to replace the existing file.",
        ),
        "cannot_write": (
            "Kan de notulen niet schrijven naar {path}: {reason}.",
            "Cannot write the minutes to {path}: {reason}.",
        ),
        "bad_format": (
            "Onbekend formaat '{format}'; kies uit {formats}.",
            "Unknown format '{format}'; choose from {formats}.",
        ),
    }
)


class ExportError(TranslatedError):
    """An export that could not be done, with a message in Dutch and English."""

    MESSAGES = MESSAGES


def render(
    record: SessionRecord, fmt: str, lang: str, anonymous: AnonymityLike = False
) -> str | bytes:
    """The minutes of ``record`` in format ``fmt`` (``md``, ``json``, ``html``; ``docx``: bytes)."""
    if fmt == "md":
        return render_markdown(record, lang, anonymous)
    if fmt == "json":
        return render_json(record, lang, anonymous)
    if fmt == "html":
        from facilitator.export.html import render_html  # needs markdown-it-py

        return render_html(record, lang, anonymous)
    if fmt == "docx":
        from facilitator.export.docx import render_docx  # needs python-docx

        return render_docx(record, lang, anonymous)
    raise ExportError("bad_format", format=fmt, formats=", ".join(FORMATS))


def file_stem(session: Session) -> str:
    """A safe file name for the session: its slug, without path separators or dots in front."""
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", session.slug).strip("-")
    return stem or f"session-{session.id}"


def format_for(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the one the output file's suffix names, else Markdown."""
    if fmt:
        return fmt
    if output and output != STDOUT:
        return SUFFIXES.get(Path(output).suffix.lower(), "md")
    return "md"


def export_session(
    store: Store,
    session: Session,
    *,
    fmt: str | None = None,
    output: str | None = None,
    lang: str | None = None,
    anonymous: AnonymityLike = False,
    force: bool = False,
    cwd: Path | None = None,
    now: datetime | None = None,
) -> Written:
    """Render and write the minutes of ``session``; see the module docstring.

    ``lang`` defaults to the session's language; ``output`` to
    ``minutes/<slug>.<ext>`` under ``cwd`` (default: the current directory);
    an existing directory as ``output`` receives ``<slug>.<ext>``.
    """
    fmt = format_for(fmt, output)
    lang = normalise_lang(lang or session.language)
    record = collect(store, session.id, now, log=anonymous == FULL)
    text = render(record, fmt, lang, anonymous)
    if output == STDOUT:
        return Written(text, fmt)
    wanted = target(output, f"{file_stem(session)}.{fmt}", DEFAULT_DIR, cwd)
    try:
        path, replaced = save(wanted, text, force=force, database=store.path)
    except OSError as exc:
        reason = os_reason(exc)
        raise ExportError("cannot_write", path=wanted, reason=reason) from exc
    return Written(text, fmt, path, wanted, replaced=replaced)


def report(result: Written, lang: str) -> str:
    """The line telling where the minutes went."""
    return result.report(MESSAGES, lang)
