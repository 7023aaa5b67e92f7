"""Text typed and not saved, kept in a file of its own when the app stops.

When the database cannot take what was typed (a full disk, a read-only or
deleted file) and the user quits anyway, the text is printed in the terminal;
but a terminal is closed, scrolled away or cleared. :func:`rescue` also writes
it to a small text file, in the first folder that takes it: the database's
(often on the same full disk), the current folder, the home folder, the
temporary folder. It never replaces a file (``-2``, ``-3``… if the name is taken).

Whoever types the lines again needs more than the text: each is written exactly as
it was typed, under what it was (:class:`Kept`: the kind, who said it and the agenda
item, as the capture line showed them), after a line naming the session and the
time. The file's name and that line give the time as the app shows it (the session's
time zone: the caller passes ``now`` in it).

Lines that wait unsaved while the app runs (the database locked by another program,
deleted, read only) are in the file at once, not only when the app stops: a process
killed (``kill -9``, the battery dead) takes its memory with it, and the database cannot
keep them then. :func:`rescue` writes the file the first time, :func:`rewrite` keeps it
up to date in place (whole or not at all), :func:`let_go` removes it once every line is
saved.
"""

from __future__ import annotations

import contextlib
import re
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from facilitator.export.write import write_atomic, write_new
from facilitator.i18n import Catalog
from facilitator.i18n.formats import clock, short_date
from facilitator.records import record

WORDS = Catalog(
    {
        "name": ("niet-opgeslagen", "not-saved"),
        "heading": ("Niet opgeslagen in {session}, {when}.", "Not saved in {session}, {when}."),
        "how": (
            "Elke tekst staat hieronder precies zoals hij getypt is, met erboven wat het was: "
            "de soort, wie het zei en het agendapunt.",
            "Each text is below exactly as it was typed, with what it was above it: the kind, "
            "who said it and the agenda item.",
        ),
    }
)


@record
class Kept:
    """One text typed and not saved: ``text`` exactly as typed, and what it was in the
    window's language (``about``: 'barrière · Erik Nijhuis · punt 3: Stage- en
    bbl-plaatsen'; '' when nothing says)."""

    text: str
    about: str = ""
    short: str = ""
    """What it was in a few words, for one row of the question before quitting (the kind,
    who said it, the item's number: 'barrière · Erik Nijhuis · punt 3'); '' : ``about``."""

    @property
    def said(self) -> str:
        """What it was, as shortly as known."""
        return self.short or self.about


CONTINUED = "  "
"""What starts each line after a line break of a text (pasted, most often), so that it
reads as part of the same text, in the file and in the terminal alike."""

_BREAKS = re.compile(r"\r\n|\r|\n")


def text_rows(text: str) -> list[str]:
    """``text`` as rows: a line break of any kind (CR, CRLF, LF) starts a new row, each
    row after the first starting with :data:`CONTINUED`; a carriage return written as
    it is showed the text garbled (``cat``), or as ``^M``."""
    first, *rest = _BREAKS.split(text)
    return [first, *(CONTINUED + row for row in rest)]


def rescue_folders(db_path: Path) -> list[Path]:
    """Where to try, in order: beside the database, here, at home, the temporary folder."""
    # whole paths: a file named as «niet-opgeslagen-….txt» alone says not where it is
    folders = [db_path.absolute().parent, Path.cwd(), Path.home(), Path(tempfile.gettempdir())]
    unique: list[Path] = []
    for folder in folders:
        if folder not in unique:
            unique.append(folder)
    return unique


def rescued_text(
    lines: Sequence[Kept], slug: str, now: datetime, lang: str, title: str = ""
) -> str:
    """What the file says: the session and the time, then each text under what it was."""
    session = f"{title} ({slug})" if title and title != slug else slug
    when = f"{short_date(now, lang, year=True)} {clock(now)}"
    out = [WORDS(lang, "heading", session=session, when=when), WORDS(lang, "how")]
    for line in lines:
        out.append("")
        if line.about:
            out.append(line.about)
        out.extend(text_rows(line.text))
    return "\n".join(out) + "\n"


def rescue(
    lines: Sequence[Kept],
    slug: str,
    now: datetime,
    lang: str,
    folders: Sequence[Path],
    *,
    title: str = "",
) -> Path | None:
    """Write ``lines`` to ``<niet-opgeslagen|not-saved>-<slug>-<time>.txt`` (``now`` as
    the app shows it) in the first of ``folders`` that takes it whole; the path
    written, or None if none did."""
    name = f"{WORDS(lang, 'name')}-{slug}-{now:%Y%m%d-%H%M%S}.txt"
    text = rescued_text(lines, slug, now, lang, title)
    for folder in folders:
        try:
            return write_new(folder / name, text)
        except OSError:
            continue  # full, read-only, gone: the next one
    return None


def rewrite(
    path: Path,
    lines: Sequence[Kept],
    slug: str,
    now: datetime,
    lang: str,
    *,
    title: str = "",
) -> Path | None:
    """``path`` (written by :func:`rescue`) holding ``lines`` now, replaced whole in one
    step (a crash meanwhile leaves the old or the new text, never half); None if it
    cannot be written (its folder gone or full)."""
    try:
        return write_atomic(path, rescued_text(lines, slug, now, lang, title))
    except OSError:
        return None


def left_over(slug: str, folders: Sequence[Path]) -> list[Path]:
    """The files of text not saved of session ``slug`` in ``folders``, newest first (by
    the time in their names): what a window before left, killed with lines waiting or
    quit with them. In either language's name; another session's files (``twente-2``
    beside ``twente``) are not among them. A folder that cannot be read has none."""
    names = "|".join(re.escape(WORDS(lang, "name")) for lang in ("nl", "en"))
    pattern = re.compile(rf"(?:{names})-{re.escape(slug)}-(\d{{8}}-\d{{6}})(?:-(\d+))?\.txt")
    found: list[tuple[str, int, Path]] = []
    seen: set[Path] = set()
    for folder in folders:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            match = pattern.fullmatch(path.name)
            if match is None or path in seen or not path.is_file():
                continue
            seen.add(path)
            found.append((match[1], int(match[2] or 1), path))
    return [path for _, _, path in sorted(found, key=lambda f: (f[0], f[1]), reverse=True)]


def let_go(path: Path) -> None:
    """The file of lines that waited gone: they are all saved (nothing said if it went
    already)."""
    with contextlib.suppress(OSError):
        path.unlink()
