"""The served page and its websocket open only with this start's token and from its own page.

A refused request starts no app: the spawn of every app process is counted.
"""

from __future__ import annotations

import pytest
from aiohttp import WSServerHandshakeError

from facilitator.serve.guard import Guard, Key, is_loopback
from tests.serve.conftest import TOKEN, WALL_TOKEN, Served


async def status(served: Served, path: str, **headers: str) -> int:
    async with served.client.get(served.url(path), headers=headers) as response:
        await response.read()
        return response.status


async def ws_refusal(served: Served, path: str = "/ws", **headers: str) -> int:
    """The status the websocket handshake is refused with (the test fails if it opens)."""
    with pytest.raises(WSServerHandshakeError) as refused:
        async with served.client.ws_connect(served.ws_url(path), headers=headers):
            pass
    return refused.value.status


async def log_in(served: Served) -> None:
    """Open the link with the token, as a person would; the cookie stays in the client."""
    async with served.client.get(served.url(f"/?token={TOKEN}")) as response:
        assert response.status == 200


async def test_the_link_sets_a_strict_cookie_and_leaves_the_token_behind(served: Served) -> None:
    async with served.client.get(served.url(f"/?token={TOKEN}&fontsize=20")) as response:
        body = await response.text()
        assert response.status == 200
        cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and TOKEN in cookie
    # The page opens itself again without the token (out of the address bar and history).
    assert 'content="0;url=/?fontsize=20"' in body
    assert TOKEN not in body
    assert served.spawned == []


async def test_with_the_cookie_the_page_and_its_files_load(served: Served) -> None:
    await log_in(served)
    async with served.client.get(served.url("/")) as response:
        page = await response.text()
        assert response.status == 200
        assert response.headers["X-Frame-Options"] == "DENY"
    # The websocket and the files are asked of the address the page was opened at.
    assert f'data-session-websocket-url="ws://127.0.0.1:{served.server.port}/ws"' in page
    assert 'src="/static/js/textual.js"' in page
    assert "Rondetafel &lt;Twente&gt;" in page  # the title is text, not markup
    assert await status(served, "/static/js/textual.js") == 200
    assert await status(served, "/static/css/xterm.css") == 200
    # Its font comes from here: opening the page asks nothing of another site.
    assert "https://" not in page and "http://" not in page
    assert await status(served, "/static/fonts/RobotoMono-VariableFont_wght.ttf") == 200
    assert "The connection is closed" in page
    assert served.spawned == []  # only the websocket starts an app


@pytest.mark.parametrize(
    "path",
    ["/", "/?token=wrong", "/?token=", f"/?token={TOKEN[:-1]}", "/static/js/textual.js"],
)
async def test_the_page_without_the_right_token_is_refused(served: Served, path: str) -> None:
    assert await status(served, path) == 401
    async with served.client.get(served.url(path)) as response:
        assert "access token" in await response.text()
    assert served.spawned == []


async def test_a_wrong_token_in_the_link_is_refused_even_with_the_cookie(served: Served) -> None:
    await log_in(served)
    assert await status(served, "/?token=wrong") == 401


async def test_a_cookie_with_another_value_is_refused(served: Served) -> None:
    name = Key(TOKEN).cookie_name
    served.client.cookie_jar.update_cookies({name: "guessed"}, served.server.make_url("/"))
    assert await status(served, "/") == 401
    assert await ws_refusal(served, Origin=served.origin) == 401
    assert served.spawned == []


@pytest.mark.parametrize("path", ["/ws", "/ws?token=wrong", "/ws?width=80&height=24"])
async def test_the_websocket_without_the_token_is_refused(served: Served, path: str) -> None:
    assert await ws_refusal(served, path, Origin=served.origin) == 401
    assert served.spawned == []


def foreign_origins(port: int) -> list[str]:
    return [
        "https://evil.example",
        f"http://evil.example:{port}",
        f"http://127.0.0.1:{port + 1}",  # another program on this computer
        f"http://localhost:{port}",  # another origin, though the same computer
        f"https://127.0.0.1:{port}",
        "null",  # a sandboxed frame or a file
    ]


async def test_the_websocket_from_a_foreign_origin_is_refused(served: Served) -> None:
    await log_in(served)
    for origin in foreign_origins(served.server.port or 0):
        assert await ws_refusal(served, Origin=origin) == 403, origin
    assert await ws_refusal(served) == 403  # a browser always says where a websocket comes from
    assert served.spawned == []


async def test_the_page_from_a_foreign_origin_is_refused(served: Served) -> None:
    await log_in(served)
    for origin in foreign_origins(served.server.port or 0):
        assert await status(served, "/", Origin=origin) == 403, origin
    assert await status(served, "/", Origin=served.origin) == 200
    assert served.spawned == []


async def test_a_foreign_name_for_this_computer_is_refused(served: Served) -> None:
    # DNS rebinding: a site's own name made to point at 127.0.0.1.
    host = f"evil.example:{served.server.port}"
    assert await status(served, f"/?token={TOKEN}", Host=host) == 403
    assert await ws_refusal(served, Host=host, Origin=f"http://{host}") == 403
    assert served.spawned == []


async def test_the_page_opened_as_localhost_talks_to_localhost(served: Served) -> None:
    port = served.server.port
    await log_in(served)
    host = f"localhost:{port}"
    # The cookie is per host name; a page opened as localhost logs in as localhost.
    async with served.client.get(served.url(f"/?token={TOKEN}"), headers={"Host": host}) as r:
        assert r.status == 200
    async with served.client.get(
        served.url("/"), headers={"Host": host, "Cookie": r.headers["Set-Cookie"].split(";")[0]}
    ) as response:
        page = await response.text()
    assert f'data-session-websocket-url="ws://localhost:{port}/ws"' in page


@pytest.mark.parametrize("path", ["/static/", "/static/js/", "/static/css", "/static/fonts/"])
async def test_static_folders_are_not_listed(served: Served, path: str) -> None:
    assert await status(served, path) == 401  # not even asked without the token
    await log_in(served)
    async with served.client.get(served.url(path)) as response:
        body = await response.text()
        assert response.status in (403, 404)
    assert "textual.js" not in body and "Index of" not in body


def test_tokens_compare_whole() -> None:
    guard = Guard(TOKEN, wall_token=WALL_TOKEN, bound_host="127.0.0.1", lang="nl")
    assert guard.main.matches(TOKEN) and guard.wall.matches(WALL_TOKEN)
    for wrong in (None, "", TOKEN[:-1], TOKEN + "x", TOKEN.upper(), "é" + TOKEN, WALL_TOKEN):
        assert not guard.main.matches(wrong)
    assert not guard.wall.matches(TOKEN)
    # Each key its own cookie.
    assert guard.main.cookie_name != guard.wall.cookie_name


def test_loopback_addresses() -> None:
    for host in ("127.0.0.1", "localhost", "::1", "[::1]", "127.0.1.1", "LOCALHOST"):
        assert is_loopback(host), host
    for host in ("0.0.0.0", "::", "", "192.168.1.20", "laptop.local", "10.0.0.1"):
        assert not is_loopback(host), host


@pytest.mark.parametrize(
    ("path", "link"),
    [("/ws", f"/ws?token={TOKEN}"), ("/wall/ws", f"/wall/ws?token={WALL_TOKEN}")],
)
async def test_a_plain_request_for_the_websocket_gets_a_short_answer(
    served: Served, caplog: pytest.LogCaptureFixture, path: str, link: str
) -> None:
    # As `curl` or a browser's address bar would ask it: no upgrade to a websocket.
    await log_in(served)
    for asked in (path, link):
        async with served.client.get(served.url(asked)) as response:
            text = await response.text()
            assert response.status == 426, asked
            assert response.headers["Upgrade"] == "websocket"
            assert response.headers["X-Frame-Options"] == "DENY"
        assert "websocket" in text and "Open the link" in text
    # A handshake that asks for a websocket but leaves out its key.
    headers = {"Origin": served.origin, "Upgrade": "websocket", "Connection": "Upgrade"}
    async with served.client.get(served.url(path), headers=headers) as response:
        assert response.status == 400
        assert "Open the link" in await response.text()
    assert [record.getMessage() for record in caplog.records if record.exc_info] == []
    assert served.spawned == []
