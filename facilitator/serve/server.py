"""textual-serve behind the guard: the routes, the page, starting and stopping.

Each browser tab that opens the page gets its own ``facilitator run`` process (started
by textual-serve when the tab's websocket connects), on the same database and session
as every other window.
"""

from __future__ import annotations

import asyncio
import errno
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.server import Server, to_int

from facilitator.serve.guard import Guard, new_token
from facilitator.serve.words import WORDS, ServeError

# textual-serve's page, without its font from a third party and in the session's language.
TEMPLATES = Path(__file__).parent / "templates"
WILDCARD_HOSTS = frozenset({"", "0.0.0.0", "::"})
STOP_APPS_SECONDS = 10.0


class SessionServer(Server):
    """textual-serve's server with every route behind a :class:`Guard`.

    ``make_app()`` gives the aiohttp application (tests drive it with aiohttp's test
    client); ``run(stop, announce)`` listens until ``stop`` is set.
    """

    def __init__(
        self,
        command: str,
        *,
        host: str,
        port: int,
        title: str,
        lang: str,
        token: str | None = None,
    ) -> None:
        super().__init__(command, host=host, port=port, title=title, templates_path=TEMPLATES)
        self.lang = lang
        self.token = token or new_token()
        self.guard = Guard(self.token, bound_host=host, lang=lang)
        self._app_tasks: set[asyncio.Task[Any]] = set()

    def make_app(self) -> web.Application:
        """The web application: the page, its websocket, downloads and static files."""
        app = web.Application(middlewares=[self.guard.middleware])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes(
            [
                web.get("/", self.handle_index, name="index"),
                web.get("/ws", self.handle_websocket, name="websocket"),
                web.get("/download/{key}", self.handle_download, name="download"),
                web.static("/static", self.statics_path, show_index=False, name="static"),
            ]
        )
        app.on_shutdown.append(self.stop_apps)
        return app

    async def _make_app(self) -> web.Application:
        # textual-serve's own serve() builds its application here: guarded there too.
        return self.make_app()

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        """The page, with its websocket and static files on the address it was opened at.

        textual-serve would point them at the address it listens on; a page opened as
        ``localhost`` must talk to ``localhost`` too, or its cookie and origin differ.
        """
        websocket = "wss" if request.scheme == "https" else "ws"
        path = request.app.router["websocket"].url_for()
        return {
            "font_size": min(max(to_int(request.query.get("fontsize", "16"), 16), 6), 64),
            "app_websocket_url": f"{websocket}://{request.host}{path}",
            "config": {"static": {"url": "/static/"}},
            "application": {"name": self.title},
            "lang": self.lang,
            "words": {
                key: WORDS(self.lang, f"page.{key}")
                for key in ("starting", "start", "ended", "restart")
            },
        }

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """textual-serve's websocket (it starts the app), remembered so stopping can end it."""
        task = asyncio.current_task()
        if task is not None:
            self._app_tasks.add(task)
        try:
            return await super().handle_websocket(request)
        finally:
            if task is not None:
                self._app_tasks.discard(task)

    async def stop_apps(self, _: web.Application) -> None:
        """On stopping: each open websocket ends, and textual-serve tells its app to quit."""
        tasks = list(self._app_tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=STOP_APPS_SECONDS)

    async def run(self, stop: asyncio.Event, announce: Callable[[str], None]) -> None:
        """Listen, call ``announce`` with the link (token included), serve until ``stop``."""
        runner = web.AppRunner(
            self.make_app(), handle_signals=False, access_log=None, shutdown_timeout=5.0
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host or None, self.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            raise listen_error(exc, self.host, self.port) from None
        try:
            port = int(runner.addresses[0][1])
            announce(self.link(port))
            await stop.wait()
        finally:
            await runner.cleanup()

    def link(self, port: int) -> str:
        """The ready-to-open link: the host people can reach, the port, the token."""
        host = reachable_host(self.host)
        if ":" in host:  # an IPv6 address
            host = f"[{host}]"
        return f"http://{host}:{port}/?token={self.token}"


def reachable_host(host: str) -> str:
    """The host for the link: itself, or for "every interface" this computer's address."""
    if host not in WILDCARD_HOSTS:
        return host
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        # Connecting a UDP socket sends nothing; it only picks the outgoing interface.
        probe.connect(("192.0.2.1", 9))
        return str(probe.getsockname()[0])
    except OSError:
        return socket.gethostname()
    finally:
        probe.close()


def listen_error(exc: OSError, host: str, port: int) -> ServeError:
    """What went wrong when listening on ``host:port``, in words."""
    where = host or "0.0.0.0"
    if exc.errno == errno.EADDRINUSE:
        return ServeError("port_in_use", host=where, port=port)
    if exc.errno == errno.EACCES:
        return ServeError("port_denied", host=where, port=port)
    return ServeError("no_such_host", host=where, reason=exc.strerror or exc)
