"""What ``facilitator synthesis`` does, apart from the command line itself.

Read the sessions, build the synthesis, render it as Markdown, JSON or HTML
and write it: to ``minutes/synthese.<ext>`` (``synthesis.<ext>`` in English)
under the current directory by default, to a file given, or to standard
output (``-``). Written atomically; an existing file is never overwritten
without ``force`` — the next free name is taken and the caller told so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path

from facilitator.domain.model import Column, Session, join_thesauri
from facilitator.export.command import SUFFIXES
from facilitator.export.write import Written, save, target
from facilitator.i18n import Catalog, TranslatedError, normalise_lang
from facilitator.i18n.oserrors import os_reason
from facilitator.store import Store
from facilitator.synthesis.build import build_synthesis
from facilitator.synthesis.grouping import build_thesaurus
from facilitator.synthesis.jsonout import render_json
from facilitator.synthesis.markdown import render_markdown
from facilitator.synthesis.model import Review, Synthesis
from facilitator.synthesis.reader import default_sessions, read_records

FORMATS = ("md", "json", "html")
DEFAULT_DIR = "minutes"
STDOUT = "-"

MESSAGES = Catalog(
    {
        "written": ("Synthese geschreven naar {path}.", "Synthesis written to {path}."),
        "overwritten": (
            "Synthese geschreven naar {path} (het bestaande bestand is overschreven).",
            "Synthesis written to {path} (the existing file was replaced).",
        ),
        "renamed": (
            "{wanted} bestaat al en is niet aangeraakt; de synthese staat in {path}. "
            "Gebruik --force om het bestaande bestand te vervangen.",
            "{wanted} already exists and was left alone; the synthesis is in {path}. "
            "Use --force to replace the existing file.",
        ),
        "cannot_write": (
            "Kan de synthese niet schrijven naar {path}: {reason}.",
            "Cannot write the synthesis to {path}: {reason}.",
        ),
        "bad_format": (
            "De synthese kent het formaat '{format}' niet; kies uit {formats}.",
            "The synthesis has no format '{format}'; choose from {formats}.",
        ),
        "no_sessions": (
            "Er is geen gesloten sessie in {db} om samen te vatten. Sluit een sessie "
            "({key[app.close]} in de app) of noem de sessies: facilitator synthesis SESSIE...",
            "There is no closed session in {db} to sum up. Close a session ({key[app.close]} in "
            "the app) or name the sessions: facilitator synthesis SESSION...",
        ),
    }
)
FILE_NAMES = {"nl": "synthese", "en": "synthesis"}


class SynthesisError(TranslatedError):
    """A synthesis that could not be made or written, in Dutch and English."""

    MESSAGES = MESSAGES
    KEYS = {"app.close": "F9"}


def render(synthesis: Synthesis, fmt: str) -> str:
    if fmt == "md":
        return render_markdown(synthesis)
    if fmt == "json":
        return render_json(synthesis)
    if fmt == "html":
        from facilitator.synthesis.html import render_html  # needs markdown-it-py

        return render_html(synthesis)
    raise SynthesisError("bad_format", format=fmt, formats=", ".join(FORMATS))


def format_for(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the one the output file's suffix names, else Markdown."""
    if fmt:
        return fmt
    if output and output != STDOUT:
        found = SUFFIXES.get(Path(output).suffix.lower(), "md")
        return found if found in FORMATS else "md"
    return "md"


def make_synthesis(
    store: Store,
    sessions: Sequence[Session] = (),
    *,
    lang: str | None = None,
    anonymous: bool = False,
    as_of: date | None = None,
    thesaurus: Mapping[str, Iterable[str]] | None = None,
    now: datetime | None = None,
) -> Synthesis:
    """The synthesis of ``sessions`` (none: every closed session in the database, each
    round table once, no wrap-up of the others: see
    :func:`~facilitator.synthesis.reader.default_sessions`).

    ``lang`` defaults to the language of the first session; ``as_of`` (the day
    that decides which actions are past due) to today by the store's clock,
    in the time zone of the last session. The grouping's thesaurus has the
    words the sessions' files added (kept with each session when its file was
    imported), and those of ``thesaurus`` (concept -> words).
    """
    chosen = list(sessions) or default_sessions(store).sessions
    if not chosen:
        raise SynthesisError("no_sessions", db=store.path)
    records = read_records(store, chosen, now)
    moment = records[-1].now
    if as_of is None:
        zone = records[-1].session.starts_at.tzinfo
        as_of = (moment.astimezone(zone) if zone is not None else moment).date()
    cards, themes = store.review()
    return build_synthesis(
        records,
        lang=normalise_lang(lang or records[0].session.language),
        as_of=as_of,
        anonymous=anonymous,
        thesaurus=build_thesaurus(
            join_thesauri(
                *(record.session.thesaurus.items() for record in records),
                (thesaurus or {}).items(),
            )
        ),
        review=Review(cards, themes, frozenset(store.review_by_hand())),
        status_changed=store.status_changed_at(
            card.id for record in records for card in record.kept(Column.ACTION)
        ),
    )


def write_synthesis(
    synthesis: Synthesis,
    *,
    fmt: str | None = None,
    output: str | None = None,
    force: bool = False,
    cwd: Path | None = None,
    database: Path | None = None,
) -> Written:
    """Render and write ``synthesis``; see the module docstring. Never over ``database``
    (the one read), nor any SQLite database."""
    fmt = format_for(fmt, output)
    text = render(synthesis, fmt)
    if output == STDOUT:
        return Written(text, fmt)
    wanted = target(output, f"{FILE_NAMES[synthesis.lang]}.{fmt}", DEFAULT_DIR, cwd)
    try:
        path, replaced = save(wanted, text, force=force, database=database)
    except OSError as exc:
        raise SynthesisError("cannot_write", path=wanted, reason=os_reason(exc)) from exc
    return Written(text, fmt, path, wanted, replaced=replaced)


def report(result: Written, lang: str) -> str:
    """The line telling where the synthesis went."""
    return result.report(MESSAGES, lang)
