"""``facilitator serve``: the live console in a browser, behind an access token.

textual-serve runs ``facilitator run`` for each browser tab that opens the page; this
package puts a guard in front of it (see :mod:`facilitator.serve.guard`), builds the
commands it runs, and tells the user the links: the main one, as text and as a QR code,
and the wall's, which opens only the read-only wall (``facilitator run --role wall``).
"""

from __future__ import annotations

import asyncio
import contextlib
import shlex
import signal
import sys
from collections.abc import Callable
from io import StringIO
from pathlib import Path

import segno

from facilitator.serve.guard import is_loopback
from facilitator.serve.server import FACILITATOR, WALL, SessionServer
from facilitator.serve.words import WORDS, ServeError

__all__ = [
    "WALL",
    "WORDS",
    "ServeError",
    "SessionServer",
    "announcement",
    "app_command",
    "serve",
]


def app_command(db: Path, slug: str, *, lang: str | None = None, role: str = FACILITATOR) -> str:
    """The shell command textual-serve runs for each browser tab: ``facilitator run``.

    The same Python (so a virtualenv works), the same database and session, the role
    given; every part quoted, since textual-serve hands the line to a shell. ``exec``
    lets the app take the shell's place, so stopping the app stops the process.
    """
    argv = [sys.executable, "-m", "facilitator", "--db", str(db.resolve())]
    if lang:
        argv += ["--lang", lang]
    argv += ["run", slug, "--role", role]
    return "exec " + shlex.join(argv)


def qr_code(link: str) -> str:
    """The link as a QR code of half-block characters, for a phone to scan off the screen."""
    out = StringIO()
    segno.make(link, error="m").terminal(out=out, compact=True, border=2)
    return out.getvalue()


def announcement(
    link: str, wall_link: str, *, role: str = FACILITATOR, title: str, host: str, lang: str
) -> tuple[str, str | None]:
    """What to print once the server listens; and the warning, if it listens beyond here.

    The main link (opening ``role``) with its QR code, then the wall's link for the
    projector's computer (a QR code is of no use there).
    """
    text = "\n".join(
        [
            WORDS(lang, "serving", title=title),
            "",
            f"    {link}",
            "",
            qr_code(link),
            WORDS(lang, "who_wall" if role == WALL else "who"),
            "",
            WORDS(lang, "wall"),
            "",
            f"    {wall_link}",
            "",
        ]
    )
    warning = None if is_loopback(host) else WORDS(lang, "open_network", host=host or "0.0.0.0")
    return text, warning


def serve(
    server: SessionServer,
    *,
    role: str = FACILITATOR,
    title: str,
    lang: str,
    echo: Callable[[str], None],
    warn: Callable[[str], None],
) -> None:
    """Run ``server`` until Ctrl+C or SIGTERM; raise :class:`ServeError` if it cannot listen."""

    def announce(link: str, wall_link: str) -> None:
        text, warning = announcement(
            link, wall_link, role=role, title=title, host=server.host, lang=lang
        )
        echo(text)
        if warning:
            warn(warning)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(signum, stop.set)
        await server.run(stop, announce)

    asyncio.run(main())
