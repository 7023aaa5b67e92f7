"""The door of the served app: an access token, a same-origin check and nothing else.

textual-serve itself lets anyone who can reach the port start the app and type into it,
and any web page open in the user's browser can reach ``127.0.0.1``. This middleware
stands in front of every route:

- a request must carry a token of this start: once as ``?token=…`` in the link, after
  which an HttpOnly, SameSite=Strict cookie carries it (the page's scripts, styles and
  websocket are then same-origin requests that send the cookie, never the token);
- there are two tokens, two keys: the main one opens every route, the wall's opens only
  the wall's page and websocket (which start the read-only wall) and the static files.
  Which key a request needs follows from the route it is matched to, never from a part
  of the request the browser could change; each key has its own cookie;
- a request that says where it comes from (``Origin``) must come from the page itself,
  the same scheme, host and port it is served from; a websocket must say it;
- served on a loopback address, the server answers only to a loopback name, so a
  foreign name made to point at ``127.0.0.1`` (DNS rebinding) is refused.
"""

from __future__ import annotations

import hashlib
import html
import ipaddress
import secrets
from collections.abc import Awaitable, Callable
from enum import StrEnum
from urllib.parse import urlencode, urlsplit

from aiohttp import hdrs, web

from facilitator.serve.words import WORDS

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

TOKEN_PARAMETER = "token"


def new_token() -> str:
    """A fresh access token: 128 random bits, safe in a URL."""
    return secrets.token_urlsafe(16)


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address) means this computer only."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _hostname(netloc: str) -> str:
    """The host of ``host[:port]`` (an IPv6 address without its brackets), lower case."""
    return (urlsplit(f"//{netloc}").hostname or "").lower()


class Route(StrEnum):
    """The names of the served routes: the guard decides by the route a request is for."""

    INDEX = "index"
    WEBSOCKET = "websocket"
    DOWNLOAD = "download"
    STATIC = "static"
    WALL = "wall"
    WALL_WEBSOCKET = "wall_websocket"


# The pages a link lands on, and the routes the wall's key opens (the main key opens all).
PAGES = frozenset({Route.INDEX, Route.WALL})
WALL_ROUTES = frozenset({Route.WALL, Route.WALL_WEBSOCKET, Route.STATIC})


class Key:
    """One access token and the name of the cookie that carries it."""

    def __init__(self, token: str) -> None:
        self.token = token
        self._token = token.encode("utf-8")
        digest = hashlib.sha256(self._token).hexdigest()[:12]
        # One name per token: two servers on one computer keep their own cookie (a
        # cookie is shared by every port of a host), the main link and the wall link in
        # one browser keep theirs, and an old one is simply ignored.
        self.cookie_name = f"facilitator_{digest}"

    def matches(self, given: str | None) -> bool:
        """Whether ``given`` is this token, compared in constant time."""
        return given is not None and secrets.compare_digest(given.encode("utf-8"), self._token)


class Guard:
    """Checks every request against the tokens of this start; see the module's docstring."""

    def __init__(self, token: str, *, wall_token: str, bound_host: str, lang: str) -> None:
        self.main = Key(token)
        self.wall = Key(wall_token)
        self.loopback_only = is_loopback(bound_host)
        self.lang = lang

    def keys_for(self, request: web.Request) -> tuple[Key, ...]:
        """The keys that open the route ``request`` is matched to (an unknown one: main)."""
        route = request.match_info.route.name
        return (self.main, self.wall) if route in WALL_ROUTES else (self.main,)

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        admitted = self.admit(request)
        if isinstance(admitted, web.Response):
            return admitted
        if TOKEN_PARAMETER in request.query and request.match_info.route.name in PAGES:
            return self.landing(request, admitted)
        response = await handler(request)
        self.harden(response)
        return response

    def admit(self, request: web.Request) -> Key | web.Response:
        """The key ``request`` comes in with, or the 403 or 401 response refusing it."""
        if self.loopback_only and not is_loopback(_hostname(request.host)):
            return self.refuse(403, "page.wrong_host")
        origin = request.headers.get(hdrs.ORIGIN)
        websocket = request.headers.get(hdrs.UPGRADE, "").lower() == "websocket"
        if origin is not None or websocket:
            if origin is None or not self.same_origin(origin, request):
                return self.refuse(403, "page.foreign")
        keys = self.keys_for(request)
        if TOKEN_PARAMETER in request.query:
            given = request.query[TOKEN_PARAMETER]
            admitted = [key for key in keys if key.matches(given)]
            wall_only = self.wall.matches(given)
        else:
            admitted = [key for key in keys if key.matches(request.cookies.get(key.cookie_name))]
            wall_only = self.wall.matches(request.cookies.get(self.wall.cookie_name))
        if admitted:
            return admitted[0]
        # The wall's key on a route it does not open: say where it does lead.
        return self.refuse(401, "page.wall_only" if wall_only else "page.no_token")

    @staticmethod
    def same_origin(origin: str, request: web.Request) -> bool:
        """Whether ``origin`` is the page this request is served for: scheme, host and port."""
        expected = f"{request.scheme}://{request.host}"
        return origin.strip().lower() == expected.lower()

    def refuse(self, status: int, key: str) -> web.Response:
        refusal = web.Response(status=status, text=WORDS(self.lang, key) + "\n")
        self.harden(refusal)
        return refusal

    def landing(self, request: web.Request, key: Key) -> web.Response:
        """The token is right: keep it in its cookie and go on to the page without it.

        The page opens itself again from here (a same-site navigation, so the Strict
        cookie goes along even when the link was clicked on another site), and the token
        leaves the address bar, the history and any referrer.
        """
        query = [(k, v) for k, v in request.query.items() if k != TOKEN_PARAMETER]
        # A page's path is exactly "/" or "/wall": the route matched it as it is.
        target = html.escape(request.path + (f"?{urlencode(query)}" if query else ""), quote=True)
        title = html.escape(WORDS(self.lang, "page.title"))
        opening = html.escape(WORDS(self.lang, "page.opening"))
        link = html.escape(WORDS(self.lang, "page.open"))
        body = (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            f'<meta http-equiv="refresh" content="0;url={target}">'
            f"<title>{title}</title></head>"
            f'<body><p>{opening} <a href="{target}">{link}</a></p></body></html>\n'
        )
        response = web.Response(text=body, content_type="text/html")
        response.set_cookie(
            key.cookie_name,
            key.token,
            path="/",
            httponly=True,
            samesite="Strict",
        )
        self.harden(response)
        return response

    @staticmethod
    def harden(response: web.StreamResponse) -> None:
        """No framing by other sites, no referrer, no caching of what the token opened."""
        if response.prepared:  # a websocket: its headers are already sent
            return
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("Cache-Control", "no-store")
