"""textual-serve behind the guard: the routes, the pages, starting and stopping.

Each browser tab that opens a page gets its own ``facilitator run`` process (started
when the tab's websocket connects), on the same database and session as every other
window. There are two pages: ``/`` runs the command of the role the server was started
with, ``/wall`` always the read-only wall's; each websocket path starts its own command,
so which app a tab gets follows from the path, not from anything the browser sends.
"""

from __future__ import annotations

import asyncio
import errno
import json
import logging
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeGuard

import aiohttp_jinja2
import jinja2
from aiohttp import WSMsgType, hdrs, web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from facilitator.i18n.oserrors import os_reason
from facilitator.serve.guard import Guard, Route, new_token
from facilitator.serve.words import WORDS, ServeError

# textual-serve's page, without its font from a third party and in the session's language.
TEMPLATES = Path(__file__).parent / "templates"
WILDCARD_HOSTS = frozenset({"", "0.0.0.0", "::"})
STOP_APPS_SECONDS = 10.0
WALL_PATH = "/wall"

# The role the wall link opens: ``facilitator run --role wall``, which changes nothing.
# (A name, not facilitator.service's Role: this package loads no store.)
WALL = "wall"
FACILITATOR = "facilitator"

log = logging.getLogger("textual-serve")


class SessionServer(Server):
    """textual-serve's server with every route behind a :class:`Guard`.

    ``command`` is what the main page's websocket runs (``facilitator run`` in ``role``),
    ``wall_command`` what the wall page's runs. ``token`` opens both pages, ``wall_token``
    only the wall's.
    ``make_app()`` gives the aiohttp application (tests drive it with aiohttp's test
    client); ``run(stop, announce)`` listens until ``stop`` is set.
    """

    def __init__(
        self,
        command: str,
        *,
        wall_command: str,
        role: str = FACILITATOR,
        host: str,
        port: int,
        title: str,
        lang: str,
        token: str | None = None,
        wall_token: str | None = None,
    ) -> None:
        super().__init__(command, host=host, port=port, title=title, templates_path=TEMPLATES)
        self.wall_command = wall_command
        self.role = role
        self.lang = lang
        self.token = token or new_token()
        self.wall_token = wall_token or new_token()
        if self.wall_token == self.token:
            raise ValueError("the wall's token must differ from the main token")
        self.guard = Guard(self.token, wall_token=self.wall_token, bound_host=host, lang=lang)
        self._app_tasks: set[asyncio.Task[Any]] = set()

    def make_app(self) -> web.Application:
        """The web application: the page, its websocket, downloads and static files."""
        app = web.Application(middlewares=[self.guard.middleware])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes(
            [
                web.get("/", self.handle_index, name=Route.INDEX),
                web.get("/ws", self.handle_websocket, name=Route.WEBSOCKET),
                web.get(WALL_PATH, self.handle_wall_index, name=Route.WALL),
                web.get(f"{WALL_PATH}/ws", self.handle_wall_websocket, name=Route.WALL_WEBSOCKET),
                web.get("/download/{key}", self.handle_download, name=Route.DOWNLOAD),
                web.static("/static", self.statics_path, show_index=False, name=Route.STATIC),
            ]
        )
        app.on_shutdown.append(self.stop_apps)
        return app

    async def _make_app(self) -> web.Application:
        # textual-serve's own serve() builds its application here: guarded there too.
        return self.make_app()

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        """The main page: its websocket runs ``command``."""
        return self.page(request, Route.WEBSOCKET, self.role)

    @aiohttp_jinja2.template("app_index.html")
    async def handle_wall_index(self, request: web.Request) -> dict[str, Any]:
        """The wall's page: its websocket runs ``wall_command``."""
        return self.page(request, Route.WALL_WEBSOCKET, WALL)

    def page(self, request: web.Request, websocket_route: Route, role: str) -> dict[str, Any]:
        """A page, with its websocket and static files on the address it was opened at,
        saying which screen (``role``'s) it starts.

        textual-serve would point them at the address it listens on; a page opened as
        ``localhost`` must talk to ``localhost`` too, or its cookie and origin differ.
        """
        websocket = "wss" if request.scheme == "https" else "ws"
        path = request.app.router[websocket_route].url_for()
        return {
            "font_size": min(max(to_int(request.query.get("fontsize", "16"), 16), 6), 64),
            "app_websocket_url": f"{websocket}://{request.host}{path}",
            "config": {"static": {"url": "/static/"}},
            "application": {"name": self.title},
            "lang": self.lang,
            "words": {
                "starting": WORDS(self.lang, f"page.starting.{role}"),
                **{key: WORDS(self.lang, f"page.{key}") for key in ("start", "ended", "restart")},
            },
        }

    async def _process_messages(
        self, websocket: web.WebSocketResponse, app_service: AppService
    ) -> None:
        """The page's messages, given to the tab's app: textual-serve's loop, but a message
        that is not as the page sends it (not JSON, no list, data of another type) is
        dropped, and typed text reaches the app as :class:`Keystrokes` mends it. Before, one
        such message ended the tab, with a traceback on the serving computer."""
        keystrokes = Keystrokes()
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            read = envelope(message.data)
            if read is None:
                log.debug("dropped a malformed message from the page")
                continue
            kind, data = read
            if kind == "stdin" and isinstance(data, str):
                text = keystrokes.text(data)
                if text:
                    await app_service.send_bytes(text.encode("utf-8"))
            elif kind == "resize" and (size := terminal_size(data)) is not None:
                await app_service.set_terminal_size(*size)
            elif kind == "ping":
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await app_service.blur()
            elif kind == "focus":
                await app_service.focus()

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """The main page's websocket: it runs ``command``."""
        return await self.run_app(request, self.command)

    async def handle_wall_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """The wall page's websocket: it runs ``wall_command``, whoever's key let it in."""
        return await self.run_app(request, self.wall_command)

    async def run_app(self, request: web.Request, command: str) -> web.WebSocketResponse:
        """textual-serve's websocket handler with the command as a parameter.

        textual-serve's own handler runs ``self.command``; each tab here runs the command
        of the path it connected to, and two tabs may connect at the same time, so the
        command is passed in rather than set on the server. The task is remembered, so
        that stopping the server can end it (and its app).

        A request that is no websocket handshake (the address opened in a browser's
        address bar, or by ``curl``) gets a short answer and starts nothing.
        """
        websocket = web.WebSocketResponse(heartbeat=15)
        if not websocket.can_prepare(request).ok:
            raise self.not_a_websocket(request)
        task = asyncio.current_task()
        if task is not None:
            self._app_tasks.add(task)
        width = to_int(request.query.get("width", "80"), 80)
        height = to_int(request.query.get("height", "24"), 24)
        app_service: AppService | None = None

        async def close() -> None:
            await websocket.close()

        try:
            await websocket.prepare(request)
            app_service = AppService(
                command,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=close,
                download_manager=self.download_manager,
                debug=self.debug,
            )
            await app_service.start(width, height)
            try:
                await self._process_messages(websocket, app_service)
            finally:
                await app_service.stop()
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:
            log.exception(error)
        finally:
            if app_service is not None:
                await app_service.stop()
            if task is not None:
                self._app_tasks.discard(task)
        return websocket

    def not_a_websocket(self, request: web.Request) -> web.HTTPException:
        """The answer to a request for a websocket path that opens no websocket.

        426 (Upgrade Required) to a plain request, 400 to a handshake that is not whole;
        either way a sentence that says what to open instead.
        """
        text = WORDS(self.lang, "page.not_websocket") + "\n"
        refusal: web.HTTPException
        if request.headers.get(hdrs.UPGRADE, "").strip().lower() == "websocket":
            refusal = web.HTTPBadRequest(text=text)
        else:
            upgrade = {hdrs.UPGRADE: "websocket", hdrs.CONNECTION: "Upgrade"}
            refusal = web.HTTPUpgradeRequired(text=text, headers=upgrade)
        self.guard.harden(refusal)
        return refusal

    async def stop_apps(self, _: web.Application) -> None:
        """On stopping: each open websocket ends, and textual-serve tells its app to quit."""
        tasks = list(self._app_tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=STOP_APPS_SECONDS)

    async def run(self, stop: asyncio.Event, announce: Callable[[str, str], None]) -> None:
        """Listen, call ``announce`` with the two links (tokens included), serve until ``stop``."""
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
            announce(self.link(port), self.wall_link(port))
            await stop.wait()
        finally:
            await runner.cleanup()

    def link(self, port: int) -> str:
        """The ready-to-open main link: the host people can reach, the port, the token."""
        return self._link(port, "/", self.token)

    def wall_link(self, port: int) -> str:
        """The ready-to-open link of the wall, with the wall's own token."""
        return self._link(port, WALL_PATH, self.wall_token)

    def _link(self, port: int, path: str, token: str) -> str:
        host = reachable_host(self.host)
        if ":" in host:  # an IPv6 address
            host = f"[{host}]"
        return f"http://{host}:{port}{path}?token={token}"


def envelope(message: str) -> tuple[str, Any] | None:
    """A message of the page, ``["stdin", "a"]``, as its kind and its data (None if it has
    none); None for one that is not JSON or not a list that starts with its kind."""
    try:
        value = json.loads(message)
    except ValueError:
        return None
    if not isinstance(value, list) or not value or not isinstance(value[0], str):
        return None
    return value[0], value[1] if len(value) > 1 else None


def terminal_size(data: object) -> tuple[int, int] | None:
    """The width and height of a ``resize`` message, or None if it gives no two sizes."""
    if not isinstance(data, dict):
        return None
    width, height = data.get("width"), data.get("height")
    if not (_size(width) and _size(height)):
        return None
    return width, height


def _size(value: object) -> TypeGuard[int]:
    """Whether ``value`` is a size in cells: a whole number above 0 (JSON's true is none)."""
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


class Keystrokes:
    """The text a tab's page types, as the app can take it (UTF-8).

    A browser, or a test driving one (Selenium's ``send_keys``), may send a character
    beyond the first 65,536 (an emoji) in two messages, one UTF-16 half each: a half that
    ends a message is held and joined to the other half at the start of the next. A half
    that stays alone, which no encoding can carry, is typed as ``\ufffd``.
    """

    def __init__(self) -> None:
        self._high = ""  # the first half of a character, waiting for its second

    def text(self, data: str) -> str:
        data, self._high = self._high + data, ""
        if data and "\ud800" <= data[-1] <= "\udbff":
            data, self._high = data[:-1], data[-1]
        if data.isascii():
            return data
        return data.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


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
    # the reason in the message's language (the system's is English, and asyncio's long:
    # «error while attempting to bind on address ('10.1.2.3', 0): cannot assign …»)
    return ServeError("no_such_host", host=where, reason=os_reason(exc))
