"""Why the operating system refused a file (or an address), said in Dutch or English.

Python's ``OSError.strerror`` is English only ("No space left on device"), and
so a Dutch message that quotes it falls back into English halfway. An
:class:`OsReason` keeps the error number and says the reason in the language
the message is written in: :class:`~facilitator.i18n.Catalog` asks any value
with a ``say(lang)`` method for its words in that language.
"""

from __future__ import annotations

import errno
import socket
from pathlib import Path

from facilitator.records import record

REASONS: dict[int, tuple[str, str]] = {
    errno.ENOSPC: ("de schijf is vol", "the disk is full"),
    errno.EDQUOT: ("uw schijfruimte (quotum) is op", "your disk quota is used up"),
    errno.EFBIG: ("het bestand zou te groot worden", "the file would become too large"),
    errno.EACCES: ("geen toestemming", "permission denied"),
    errno.EPERM: ("niet toegestaan", "operation not permitted"),
    errno.EROFS: (
        "de schijf of map kan alleen gelezen worden",
        "the disk or folder can only be read",
    ),
    errno.ENOENT: ("het bestand of de map bestaat niet", "no such file or folder"),
    errno.ENOTDIR: ("een deel van het pad is geen map", "part of the path is not a folder"),
    errno.EISDIR: ("het is een map", "it is a folder"),
    errno.EEXIST: ("het bestaat al", "it already exists"),
    errno.EIO: ("de schijf gaf een lees- of schrijffout", "the disk gave a read or write error"),
    errno.ENAMETOOLONG: ("de naam is te lang", "the name is too long"),
    errno.ELOOP: ("te veel symbolische koppelingen", "too many symbolic links"),
    errno.EBUSY: ("het bestand is bezet", "the file is busy"),
    errno.ETXTBSY: ("het bestand is bezet", "the file is busy"),
    errno.EADDRNOTAVAIL: (
        "dit adres is op deze computer niet beschikbaar",
        "this address is not available on this computer",
    ),
}

# A host name that could not be looked up (socket.gaierror): numbers of their own, not errno's.
LOOKUP_REASONS: dict[int, tuple[str, str]] = {
    socket.EAI_NONAME: ("deze naam is niet bekend", "this name is not known"),
    socket.EAI_AGAIN: (
        "de naam kon nu niet worden opgezocht",
        "the name could not be looked up just now",
    ),
    socket.EAI_FAIL: ("het opzoeken van de naam mislukte", "looking up the name failed"),
}

NOT_UTF8 = ("het is geen UTF-8-tekst", "it is not UTF-8 text")


NOT_A_FOLDER = ("{name} is een bestand, geen map", "{name} is a file, not a folder")

NOT_A_FILE = -2
"""The reason number of a path that is no ordinary file (a device such as /dev/null, a pipe)."""
NOT_A_FILE_WORDS = (
    "het is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp)",
    "it is not an ordinary file (but, say, a device or a pipe)",
)

THE_DATABASE = -3
"""The reason number of a path that is the database the command reads, or a file SQLite
keeps beside it (``-wal``, ``-shm``, ``-journal``)."""
A_DATABASE = -4
"""The reason number of a path that is an SQLite database (another than the one read)."""
DATABASE_WORDS = {
    THE_DATABASE: (
        "het is de database die deze opdracht leest (of een bestand ervan); kies een ander bestand",
        "it is the database this command reads (or a file of it); choose another file",
    ),
    A_DATABASE: (
        "het is een SQLite-database, en die wordt nooit overschreven; kies een ander bestand",
        "it is an SQLite database, and those are never written over; choose another file",
    ),
}


@record
class OsReason:
    """The reason of an operating-system error, in either language (``str()``: English)."""

    number: int | None
    text: str
    name: str = ""
    """The file the reason is about, where it helps (a file where a folder should be)."""
    lookup: bool = False
    """A host name not looked up (``number`` one of :data:`LOOKUP_REASONS`, not an errno)."""

    def say(self, lang: str) -> str:
        """The reason in ``lang``; a reason without words of its own as the system gave it."""
        if self.lookup:
            found = LOOKUP_REASONS.get(self.number or 0)
            if found is None:
                return self.text
            return found[0] if lang == "nl" else found[1]
        if self.number == errno.ENOTDIR and self.name:
            said = NOT_A_FOLDER[0] if lang == "nl" else NOT_A_FOLDER[1]
            return said.format(name=self.name)
        if self.number == -1:
            words = NOT_UTF8
        elif self.number == NOT_A_FILE:
            words = NOT_A_FILE_WORDS
        elif self.number in DATABASE_WORDS:
            words = DATABASE_WORDS[self.number]
        elif self.number is not None and self.number in REASONS:
            words = REASONS[self.number]
        else:
            return self.text
        return words[0] if lang == "nl" else words[1]

    @property
    def worded(self) -> bool:
        """Whether the reason has words of its own in both languages (else :meth:`say`
        gives the system's text, in English)."""
        if self.lookup:
            return self.number in LOOKUP_REASONS
        return (
            self.number in (-1, NOT_A_FILE, *DATABASE_WORDS)
            or (self.number == errno.ENOTDIR and bool(self.name))
            or (self.number is not None and self.number in REASONS)
        )

    def __str__(self) -> str:
        return self.say("en")


def os_reason(exc: BaseException) -> OsReason:
    """Why ``exc`` (an :class:`OSError`, or a file that is not UTF-8) happened."""
    if isinstance(exc, UnicodeDecodeError):
        return OsReason(-1, str(exc))
    if isinstance(exc, socket.gaierror):
        return OsReason(exc.errno, exc.strerror or str(exc), lookup=True)
    if isinstance(exc, NotAFolderError):
        return OsReason(errno.ENOTDIR, exc.strerror or str(exc), str(exc.filename))
    if isinstance(exc, OSError):
        return OsReason(exc.errno, exc.strerror or str(exc))
    return OsReason(None, str(exc))


class NotAFolderError(NotADirectoryError):
    """A file stands where a folder of the path should be (``filename``: that file)."""


def make_folder(folder: Path) -> None:
    """Make ``folder`` and its parents (if missing). A file where a folder should be is
    said as such, where :meth:`Path.mkdir` says only "File exists"."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocker = next((p for p in (folder, *folder.parents) if p.is_file()), None)
        if blocker is None:
            raise
        raise NotAFolderError(errno.ENOTDIR, "Not a directory", str(blocker)) from None
