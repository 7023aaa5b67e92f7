"""Writing exported files safely: atomically, and never over a file by accident.

:func:`write_atomic` writes to a temporary file in the target's directory,
flushes it to disk and renames it over the target in one step, so a crash or
a full disk leaves either the old file or the new one, never half of one, and
no temporary file behind. :func:`write_new` never replaces an existing file:
it takes the next free name (``twente.md``, ``twente-2.md``, ``twente-3.md``…).
:func:`refuse_database` keeps every file a command writes off a database: the one it
reads (and the files SQLite keeps beside it), and any other SQLite database.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.i18n.oserrors import A_DATABASE, THE_DATABASE, make_folder
from facilitator.records import record

if TYPE_CHECKING:
    from facilitator.i18n import Catalog

MAX_TRIES = 10_000

SQLITE_HEADER = b"SQLite format 3\x00"
"""The first 16 bytes of every SQLite database."""
BESIDE_DATABASE = ("", "-wal", "-shm", "-journal")
"""The database's own name, and the ends of the files SQLite keeps beside it."""


class DatabaseInTheWay(OSError):
    """A file to write is a database: the one the command reads (``errno``
    :data:`~facilitator.i18n.oserrors.THE_DATABASE`) or another
    (:data:`~facilitator.i18n.oserrors.A_DATABASE`); its reason says so in either
    language (:func:`~facilitator.i18n.oserrors.os_reason`)."""


def _same_file(path: Path, other: Path) -> bool:
    """Whether ``path`` and ``other`` name one file: the same path once resolved (whether
    it is there or not), or the same file on disk (a link, a hard link)."""
    try:
        if path.resolve() == other.resolve():
            return True
        return os.path.samefile(path, other)
    except (OSError, RuntimeError):  # not there; a loop of links
        return False


def _is_sqlite(path: Path) -> bool:
    """Whether ``path`` is an ordinary file that starts as an SQLite database does."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False  # a pipe, a terminal: nothing to read ahead of the writing
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False  # not there, or not to be read: no database to keep


def refuse_database(path: Path, database: Path | None = None) -> None:
    """Raise :class:`DatabaseInTheWay` if ``path`` is ``database`` (the one the command
    reads) or a file SQLite keeps beside it (``-wal``, ``-shm``, ``-journal``), or an
    SQLite database of any name: no command writes over one, nor beside it under the next
    free name, with ``--force`` or without."""
    if database is not None:
        for end in BESIDE_DATABASE:
            if _same_file(path, database.with_name(database.name + end)):
                raise DatabaseInTheWay(THE_DATABASE, "it is the database read", str(path))
    if _is_sqlite(path):
        raise DatabaseInTheWay(A_DATABASE, "it is an SQLite database", str(path))


def next_free_path(path: Path) -> Path:
    """``path`` if nothing is there, else the first free ``<stem>-N<suffix>`` (N ≥ 2)."""
    if not os.path.lexists(path):
        return path
    for n in range(2, MAX_TRIES):
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not os.path.lexists(candidate):
            return candidate
    raise FileExistsError(f"no free name next to {path}")


def taken_before(path: Path, wanted: Path) -> Path | None:
    """The file :func:`next_free_path` gave for ``wanted`` last before ``path``, if it is
    still there: for ``x-3.md``, ``x-2.md``, else ``x.md``. None for ``wanted`` itself, for a
    name it does not give, or when none of those before is there."""
    if path.parent != wanted.parent or path.suffix != wanted.suffix:
        return None
    number = path.stem.removeprefix(f"{wanted.stem}-")
    if path.stem == wanted.stem or number == path.stem or not number.isdigit():
        return None
    for n in range(int(number) - 1, 1, -1):
        candidate = path.with_name(f"{wanted.stem}-{n}{wanted.suffix}")
        if os.path.lexists(candidate):
            return candidate
    return wanted if os.path.lexists(wanted) else None


def _fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (best effort: not every OS allows it)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temp_file(directory: Path, name: str) -> tuple[int, Path]:
    """A new, empty temporary file next to the target (created with the usual umask)."""
    import secrets  # loaded when a file is written, not with the window

    for _ in range(100):
        temp = directory / f".{name}.{secrets.token_hex(6)}.tmp"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        return fd, temp
    raise FileExistsError(f"cannot create a temporary file in {directory}")


def write_atomic(path: str | Path, text: str | bytes, *, overwrite: bool = True) -> Path:
    """Write ``text`` (UTF-8, as given: no newline translation; or bytes) to ``path`` atomically.

    With ``overwrite=False`` an existing ``path`` is left alone and
    :class:`FileExistsError` is raised (checked atomically, where the file
    system supports hard links). On any failure the target is unchanged and
    the temporary file removed. Returns the path written.
    """
    path = Path(path)
    directory = path.parent
    data = text.encode("utf-8") if isinstance(text, str) else text
    fd, temp = _temp_file(directory, path.name)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if overwrite:
            os.replace(temp, path)
        else:
            try:
                os.link(temp, path)  # fails if path exists: no race with another writer
            except FileExistsError:
                raise
            except OSError:
                if os.path.lexists(path):
                    raise FileExistsError(str(path)) from None
                os.replace(temp, path)
            else:
                os.unlink(temp)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_dir(directory)
    return path


def write_new(path: str | Path, text: str | bytes) -> Path:
    """Write ``text`` to ``path`` or, if that exists, the next free name; returns the path used."""
    wanted = Path(path)
    for _ in range(MAX_TRIES):
        target = next_free_path(wanted)
        try:
            return write_atomic(target, text, overwrite=False)
        except FileExistsError:
            continue  # someone took that name in the meantime: try the next one
    raise FileExistsError(f"no free name next to {wanted}")


def target(output: str | None, name: str, default_dir: str, cwd: Path | None = None) -> Path:
    """Where a report goes: ``output`` (an existing directory receives ``name``), else
    ``default_dir/name``; both under ``cwd`` (default: the current directory)."""
    base = cwd if cwd is not None else Path()
    if output:
        wanted = base / output  # an absolute output stays as it is
        return wanted / name if wanted.is_dir() else wanted
    return base / default_dir / name


def is_stream(path: Path) -> bool:
    """Whether ``path`` is a stream to write into as it is — ``/dev/stdout``, a named
    pipe, a terminal, a shell's ``>(…)`` — rather than a file to replace or write beside."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False  # nothing there (yet): a file to make
    if str(path).startswith("/dev/"):
        return True  # /dev/stdout of a command whose output goes to a file is that file
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def save(
    wanted: Path, text: str | bytes, *, force: bool, database: Path | None = None
) -> tuple[Path, bool]:
    """Write ``text`` to ``wanted``: over it with ``force``, else to the next free name;
    into it, as it is, when it is a stream (:func:`is_stream`). Never over a database,
    nor beside one (:func:`refuse_database`; ``database``: the one the command reads).

    Returns the path written and whether a file was replaced; an :class:`OSError`
    is left to the caller to name in its own words.
    """
    refuse_database(wanted, database)
    if is_stream(wanted):
        with wanted.open("wb") as stream:
            stream.write(text.encode("utf-8") if isinstance(text, str) else text)
        return wanted, False
    make_folder(wanted.parent)
    if force:
        existed = wanted.exists()
        return write_atomic(wanted, text), existed
    return write_new(wanted, text), False


@record
class Written:
    """Where a rendered report (minutes, a synthesis) went: ``path`` None means standard
    output (see ``text``); ``wanted`` is the path asked for, ``replaced`` whether a file
    was written over."""

    text: str | bytes
    format: str
    path: Path | None = None
    wanted: Path | None = None
    replaced: bool = False

    @property
    def renamed(self) -> bool:
        """Written next to the path asked for, which was taken."""
        return self.path is not None and self.wanted is not None and self.path != self.wanted

    def report(self, messages: Catalog, lang: str) -> str:
        """The line telling where it went, in the words of ``messages`` (its ``renamed``,
        ``overwritten`` and ``written``)."""
        if self.renamed:
            return messages(lang, "renamed", wanted=self.wanted, path=self.path)
        if self.replaced:
            return messages(lang, "overwritten", path=self.path)
        return messages(lang, "written", path=self.path)
