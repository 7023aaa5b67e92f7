"""Text typed and not saved, kept in a file of its own when the app stops.

When the database cannot take what was typed (a full disk, a read-only or
deleted file) and the user quits anyway, the text is printed in the terminal;
but a terminal is closed, scrolled away or cleared. :func:`rescue` also writes
it to a small text file, in the first folder that takes it: the database's
(often on the same full disk), the current folder, the home folder, the
temporary folder. It never replaces a file (``-2``, ``-3``… if the name is taken).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from facilitator.export.write import write_new
from facilitator.i18n import Catalog

WORDS = Catalog({"name": ("niet-opgeslagen", "not-saved")})


def rescue_folders(db_path: Path) -> list[Path]:
    """Where to try, in order: beside the database, here, at home, the temporary folder."""
    folders = [db_path.parent, Path.cwd(), Path.home(), Path(tempfile.gettempdir())]
    unique: list[Path] = []
    for folder in folders:
        if folder not in unique:
            unique.append(folder)
    return unique


def rescue(text: str, slug: str, now: datetime, lang: str, folders: Sequence[Path]) -> Path | None:
    """Write ``text`` to ``<niet-opgeslagen|not-saved>-<slug>-<time>.txt`` in the first of
    ``folders`` that takes it whole; the path written, or None if none did."""
    name = f"{WORDS(lang, 'name')}-{slug}-{now:%Y%m%d-%H%M%S}.txt"
    for folder in folders:
        try:
            return write_new(folder / name, text.rstrip("\n") + "\n")
        except OSError:
            continue  # full, read-only, gone: the next one
    return None
