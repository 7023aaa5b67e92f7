"""The wall link: its own token opens only the read-only wall, at /wall and /wall/ws.

The main token opens the wall too; the wall's token opens neither the console's page nor
its websocket. Which app a websocket starts follows from its path: /wall/ws always runs
``facilitator run --role wall``. Every spawned app process is counted.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import shlex
import sqlite3
from pathlib import Path

import pytest
from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestServer

from facilitator.serve import WALL, SessionServer, app_command
from facilitator.serve.guard import Key
from tests.serve.conftest import TOKEN, WALL_TOKEN, Served
from tests.serve.test_browser_session import PATIENCE, SENTENCE, Screen
from tests.serve.test_guard import foreign_origins, log_in, status, ws_refusal


async def wall_log_in(served: Served) -> None:
    """Open the wall link, as the projector's computer would."""
    async with served.client.get(served.url(f"/wall?token={WALL_TOKEN}")) as response:
        assert response.status == 200


def dump(db: Path) -> list[str]:
    """Every table and row of the database, as SQL."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return list(conn.iterdump())


def role_of(command: str) -> str:
    argv = shlex.split(command)
    return argv[argv.index("--role") + 1]


async def test_the_wall_link_sets_the_wall_cookie_and_opens_the_wall_page(
    served: Served,
) -> None:
    async with served.client.get(served.url(f"/wall?token={WALL_TOKEN}")) as response:
        body = await response.text()
        assert response.status == 200
        cookie = response.headers["Set-Cookie"]
    assert cookie.startswith(f"{Key(WALL_TOKEN).cookie_name}={WALL_TOKEN};")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert 'content="0;url=/wall"' in body and WALL_TOKEN not in body
    async with served.client.get(served.url("/wall")) as response:
        page = await response.text()
        assert response.status == 200
        assert response.headers["X-Frame-Options"] == "DENY"
    assert f'data-session-websocket-url="ws://127.0.0.1:{served.server.port}/wall/ws"' in page
    # The page's files open with the wall's key too.
    assert await status(served, "/static/js/textual.js") == 200
    assert await status(served, "/static/fonts/RobotoMono-VariableFont_wght.ttf") == 200
    assert served.spawned == []


async def test_the_wall_websocket_starts_one_wall_that_changes_nothing(served: Served) -> None:
    await wall_log_in(served)
    before = dump(served.db)
    websocket = await served.client.ws_connect(
        served.ws_url("/wall/ws?width=160&height=45"), origin=served.origin
    )
    screen = Screen(websocket)
    reading = asyncio.create_task(screen.read())
    try:
        await websocket.send_json(["resize", {"width": 160, "height": 45}])
        await screen.shows("The floor")  # the wall is up
        for key in ["b", *SENTENCE, "\r"]:
            await websocket.send_json(["stdin", key])
    finally:
        # Closing asks the app to quit, after the keys it was sent.
        await websocket.close()
        with contextlib.suppress(asyncio.CancelledError):
            await reading
    (command,) = served.spawned
    assert role_of(command) == "wall"
    assert shlex.split(command)[-4:] == ["run", served.slug, "--role", "wall"]
    (process,) = served.processes
    async with asyncio.timeout(PATIENCE):
        assert await process.wait() == 0
    assert dump(served.db) == before  # the keys it was sent recorded nothing


@pytest.mark.parametrize("path", [f"/?token={WALL_TOKEN}", f"/ws?token={WALL_TOKEN}"])
async def test_the_wall_token_does_not_open_the_console(served: Served, path: str) -> None:
    async with served.client.get(served.url(path)) as response:
        assert response.status == 401
        assert "opens only the screen for the room, at /wall" in await response.text()
    assert served.spawned == []


async def test_the_wall_cookie_does_not_open_the_console(served: Served) -> None:
    await wall_log_in(served)
    assert await status(served, "/") == 401
    assert await ws_refusal(served, "/ws", Origin=served.origin) == 401
    assert await ws_refusal(served, "/ws?width=80&height=24", Origin=served.origin) == 401
    assert await status(served, "/download/anything") == 401
    assert served.spawned == []
    # And the console's websocket with the wall token in its address: refused as well.
    assert await ws_refusal(served, f"/ws?token={WALL_TOKEN}", Origin=served.origin) == 401
    assert served.spawned == []


async def test_the_main_token_opens_the_wall_too(served: Served) -> None:
    async with served.client.get(served.url(f"/wall?token={TOKEN}")) as response:
        body = await response.text()
        assert response.status == 200
        assert response.headers["Set-Cookie"].startswith(f"{Key(TOKEN).cookie_name}={TOKEN};")
    assert 'content="0;url=/wall"' in body
    assert await status(served, "/wall") == 200
    assert await status(served, "/") == 200  # the same cookie opens the console
    websocket = await served.client.ws_connect(
        served.ws_url("/wall/ws?width=160&height=45"), origin=served.origin
    )
    screen = Screen(websocket)
    reading = asyncio.create_task(screen.read())
    try:
        await websocket.send_json(["resize", {"width": 160, "height": 45}])
        await screen.shows("The floor")
    finally:
        await websocket.close()
        with contextlib.suppress(asyncio.CancelledError):
            await reading
    # The path decides the app: the main key on /wall/ws still gets the wall.
    assert [role_of(command) for command in served.spawned] == ["wall"]
    (process,) = served.processes
    async with asyncio.timeout(PATIENCE):
        assert await process.wait() == 0


@pytest.mark.parametrize("path", ["/wall", "/wall?token=wrong", "/wall/ws", "/wall/"])
async def test_the_wall_without_a_token_is_refused(served: Served, path: str) -> None:
    assert await status(served, path) == 401
    assert served.spawned == []


async def test_the_wall_websocket_from_a_foreign_origin_is_refused(served: Served) -> None:
    await wall_log_in(served)
    for origin in foreign_origins(served.server.port or 0):
        assert await ws_refusal(served, "/wall/ws", Origin=origin) == 403, origin
    assert await ws_refusal(served, "/wall/ws") == 403  # no Origin at all
    await log_in(served)  # with the main key as well
    for origin in foreign_origins(served.server.port or 0):
        assert await ws_refusal(served, "/wall/ws", Origin=origin) == 403, origin
    assert served.spawned == []


@pytest.mark.parametrize(
    ("lang", "role", "main", "wall"),
    [
        ("nl", "facilitator", "De console start…", "Het scherm voor de zaal start…"),
        ("en", "facilitator", "Starting the console…", "Starting the wall…"),
        ("nl", "wall", "Het scherm voor de zaal start…", "Het scherm voor de zaal start…"),
        ("en", "wall", "Starting the wall…", "Starting the wall…"),
        ("nl", "notetaker", "Het scherm van de notulist start…", "Het scherm voor de zaal start…"),
        ("en", "notetaker", "Starting the note-taker's screen…", "Starting the wall…"),
    ],
)
async def test_each_page_says_which_screen_is_starting(
    db: tuple[Path, str], lang: str, role: str, main: str, wall: str
) -> None:
    """The wall link's page said «De console start…» while the wall came up, word for word
    the console's page."""
    path, slug = db
    server = SessionServer(
        app_command(path, slug, role=role),
        wall_command=app_command(path, slug, role=WALL),
        role=role,
        host="127.0.0.1",
        port=0,
        title="Rondetafel",
        lang=lang,
        token=TOKEN,
        wall_token=WALL_TOKEN,
    )
    test_server = TestServer(server.make_app(), host="127.0.0.1")
    await test_server.start_server()
    client = ClientSession(cookie_jar=CookieJar(unsafe=True))
    origin = f"http://127.0.0.1:{test_server.port}"
    pages = {}
    try:
        for page in ("/", "/wall"):
            async with client.get(f"{origin}{page}?token={TOKEN}") as response:
                assert response.status == 200
            async with client.get(f"{origin}{page}") as response:
                assert response.status == 200
                pages[page] = html.unescape(await response.text())
    finally:
        await client.close()
        await test_server.close()
    assert main in pages["/"] and wall in pages["/wall"]
    for page, said in pages.items():
        starting = [line.strip() for line in said.splitlines() if "start" in line.lower()]
        assert [s for s in starting if s.endswith("…</div>")] == [
            f"<div>{main if page == '/' else wall}</div>"
        ], starting
