"""Reading a session file from disk or from text: the two doors of the package."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from facilitator.domain.plan import SessionPlan
from facilitator.i18n import normalise_lang
from facilitator.i18n.oserrors import os_reason
from facilitator.sessionfile.messages import MESSAGES
from facilitator.sessionfile.problems import Problem, SessionFileError
from facilitator.sessionfile.reader import Reader
from facilitator.sessionfile.text import show, slugify

MAX_FILE_BYTES = 2_000_000
"""Far more than the largest session (200 participants, 100 items); a file larger than
this is another file, and reading it whole would only take the memory."""


def load_session_file(path: str | Path, lang: str = "en") -> SessionPlan:
    """Read the session file at ``path``; raise :class:`SessionFileError` if anything is wrong.

    Only a regular file is opened: a named pipe (FIFO) blocked the command until something
    wrote to it, silently, and a device (``/dev/null``) was read as an empty file."""
    lang = normalise_lang(lang)
    source = str(path)
    try:
        file_path = Path(path)
        _regular(file_path, source, lang)  # before opening it: opening a FIFO waits
        # a FIFO put there meanwhile does not block either
        descriptor = os.open(file_path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as stream:  # no more than a session file can be
            _regular(file_path, source, lang, os.fstat(stream.fileno()).st_mode)
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise SessionFileError(
            [Problem(source, None, None, MESSAGES(lang, "file_not_found"))]
        ) from None
    except IsADirectoryError:
        raise SessionFileError(
            [Problem(source, None, None, MESSAGES(lang, "is_directory"))]
        ) from None
    except (OSError, ValueError, TypeError) as exc:
        detail = os_reason(exc).say(lang)
        raise SessionFileError(
            [Problem(source, None, None, MESSAGES(lang, "unreadable", detail=show(detail)))]
        ) from None
    if len(data) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // 1_000_000
        raise SessionFileError(
            [Problem(source, None, None, MESSAGES(lang, "too_big", limit=limit))]
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise SessionFileError(
            [Problem(source, line, None, MESSAGES(lang, "not_utf8", column=column))]
        ) from None
    return parse_session_text(text, source=source, lang=lang, default_slug=slugify(file_path.stem))


def _regular(path: Path, source: str, lang: str, mode: int | None = None) -> None:
    """Refuse ``path`` (its ``mode``, if known: else as it is now) if it is not a regular
    file: a named pipe, a device, a socket (a directory as :class:`IsADirectoryError`). A
    path that cannot be looked at is left to opening it, which says why."""
    if mode is None:
        try:
            mode = path.stat().st_mode
        except (OSError, ValueError):
            return
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(source)
    if stat.S_ISFIFO(mode):
        kind = "k_fifo"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "k_device"
    elif stat.S_ISSOCK(mode):
        kind = "k_socket"
    else:
        kind = "k_special"
    said = MESSAGES(lang, "not_regular", kind=MESSAGES(lang, kind))
    raise SessionFileError([Problem(source, None, None, said)])


def parse_session_text(
    text: str,
    source: str = "<text>",
    lang: str = "en",
    default_slug: str | None = None,
) -> SessionPlan:
    """Read a session file's text; raise :class:`SessionFileError` if anything is wrong."""
    lang = normalise_lang(lang)
    try:
        return Reader(text, source, lang).read(default_slug)
    except SessionFileError:
        raise
    except RecursionError:
        raise SessionFileError([Problem(source, None, None, MESSAGES(lang, "too_deep"))]) from None
    except Exception as exc:  # pragma: no cover - a bug; still keep the promise
        detail = show(f"{type(exc).__name__}: {exc}")
        raise SessionFileError(
            [Problem(source, None, None, MESSAGES(lang, "internal", detail=detail))]
        ) from exc
