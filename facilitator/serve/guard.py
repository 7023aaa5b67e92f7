"""The door of the served app: an access token, a same-origin check and nothing else.

textual-serve itself lets anyone who can reach the port start the app and type into it,
and any web page open in the user's browser can reach ``127.0.0.1``. This middleware
stands in front of every route:

- a request must carry the token of this start: once as ``?token=…`` in the link, after
  which an HttpOnly, SameSite=Strict cookie carries it (the page's scripts, styles and
  websocket are then same-origin requests that send the cookie, never the token);
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


class Guard:
    """Checks every request against the token of this start; see the module's docstring."""

    def __init__(self, token: str, *, bound_host: str, lang: str) -> None:
        self._token = token.encode("utf-8")
        self.loopback_only = is_loopback(bound_host)
        self.lang = lang
        digest = hashlib.sha256(self._token).hexdigest()[:12]
        # One name per start: two servers on one computer keep their own cookie (a
        # cookie is shared by every port of a host), and an old one is simply ignored.
        self.cookie_name = f"facilitator_{digest}"

    def token_matches(self, given: str | None) -> bool:
        """Whether ``given`` is this start's token, compared in constant time."""
        return given is not None and secrets.compare_digest(given.encode("utf-8"), self._token)

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        refusal = self.refusal(request)
        if refusal is not None:
            return refusal
        if TOKEN_PARAMETER in request.query and request.path == "/":
            return self.landing(request)
        response = await handler(request)
        self.harden(response)
        return response

    def refusal(self, request: web.Request) -> web.Response | None:
        """Why ``request`` may not pass (a 403 or 401 response), or ``None``."""
        if self.loopback_only and not is_loopback(_hostname(request.host)):
            return self.refuse(403, "page.wrong_host")
        origin = request.headers.get(hdrs.ORIGIN)
        websocket = request.headers.get(hdrs.UPGRADE, "").lower() == "websocket"
        if origin is not None or websocket:
            if origin is None or not self.same_origin(origin, request):
                return self.refuse(403, "page.foreign")
        if TOKEN_PARAMETER in request.query:
            allowed = self.token_matches(request.query[TOKEN_PARAMETER])
        else:
            allowed = self.token_matches(request.cookies.get(self.cookie_name))
        if not allowed:
            return self.refuse(401, "page.no_token")
        return None

    @staticmethod
    def same_origin(origin: str, request: web.Request) -> bool:
        """Whether ``origin`` is the page this request is served for: scheme, host and port."""
        expected = f"{request.scheme}://{request.host}"
        return origin.strip().lower() == expected.lower()

    def refuse(self, status: int, key: str) -> web.Response:
        refusal = web.Response(status=status, text=WORDS(self.lang, key) + "\n")
        self.harden(refusal)
        return refusal

    def landing(self, request: web.Request) -> web.Response:
        """The token is right: keep it in a cookie and go on to the page without it.

        The page opens itself again from here (a same-site navigation, so the Strict
        cookie goes along even when the link was clicked on another site), and the token
        leaves the address bar, the history and any referrer.
        """
        query = [(k, v) for k, v in request.query.items() if k != TOKEN_PARAMETER]
        target = html.escape("/" + (f"?{urlencode(query)}" if query else ""), quote=True)
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
            self.cookie_name,
            self._token.decode("utf-8"),
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
