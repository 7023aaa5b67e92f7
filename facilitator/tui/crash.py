"""What happens when the app meets an error nobody foresaw.

The person at the keyboard gets a short message in their language: nothing is
lost, and how to continue. The traceback goes to a crash report file beside the
database, for whoever fixes it.
"""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from rich.text import Text

from facilitator.i18n import Catalog

WORDS = Catalog(
    {
        "crashed": (
            "facilitator is gestopt door een onverwachte fout. Er is niets verloren: alles "
            "wat u deed, staat in {db}. Ga verder met: facilitator --db {db} run {session}\n"
            "Details voor de ontwikkelaars: {report}",
            "facilitator stopped because of an unexpected error. Nothing is lost: everything "
            "you did is in {db}. Continue with: facilitator --db {db} run {session}\n"
            "Details for the developers: {report}",
        ),
        "no_report": ("(kon niet worden opgeslagen)", "(could not be saved)"),
        "command_crashed": (
            "Een opdracht liep vast op een onverwachte fout en is niet uitgevoerd; er is "
            "niets verloren en u kunt verder. Details voor de ontwikkelaars: {report}",
            "A command hit an unexpected error and was not carried out; nothing is lost "
            "and you can carry on. Details for the developers: {report}",
        ),
    }
)


def write_crash_report(error: BaseException | None, db_path: Path) -> Path | None:
    """Write the traceback to ``crash-reports/`` beside the database; None if impossible."""
    folder = db_path.parent / "crash-reports"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}.txt"
    lines = traceback.format_exception(error) if error is not None else traceback.format_stack()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(lines), encoding="utf-8")
    except OSError:
        return None
    return path


def crash_message(lang: str, db_path: Path, slug: str, report: Path | None) -> Text:
    where = str(report) if report is not None else WORDS(lang, "no_report")
    text = WORDS(lang, "crashed", db=db_path, session=slug, report=where)
    return Text(text, style="bold")


def command_crash_message(lang: str, report: Path | None) -> str:
    """One command failed on a bug; the meeting goes on."""
    where = str(report) if report is not None else WORDS(lang, "no_report")
    return WORDS(lang, "command_crashed", report=where)
