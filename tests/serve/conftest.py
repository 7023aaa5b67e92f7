"""A served session on a free local port, and a count of the app processes it starts."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestServer

from facilitator.serve import WALL, SessionServer, app_command
from facilitator.sessionfile import load_session_file
from facilitator.store import Store
from facilitator.store.importer import import_plan
from tests.conftest import SAMPLES

TOKEN = "right-token-for-this-start"
WALL_TOKEN = "the-wall-token-of-this-start"


@dataclass
class Served:
    """A guarded server listening on 127.0.0.1, a browser-like client, the spawned apps.

    The main link opens the facilitator's console; the wall link the read-only wall.
    """

    server: TestServer
    client: ClientSession
    db: Path
    slug: str
    spawned: list[str] = field(default_factory=list)
    processes: list[asyncio.subprocess.Process] = field(default_factory=list)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    def url(self, path: str) -> str:
        return self.origin + path

    def ws_url(self, path: str = "/ws") -> str:
        return f"ws://127.0.0.1:{self.server.port}{path}"


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, str]:
    """A database with the Twente sample, at a path a shell would split and stumble on."""
    folder = tmp_path / "round tables" / "it's here"
    folder.mkdir(parents=True)
    path = folder / "raad $HOME.db"
    store = Store(path)
    try:
        session = import_plan(store, load_session_file(SAMPLES / "twente.toml")).session
    finally:
        store.close()
    return path, session.slug


@pytest.fixture
async def served(db: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Served]:
    path, slug = db
    spawn = asyncio.create_subprocess_shell
    spawned: list[str] = []
    processes: list[asyncio.subprocess.Process] = []

    async def counting_spawn(command: str, *args: Any, **kwargs: Any) -> Any:
        spawned.append(command)
        process = await spawn(command, *args, **kwargs)
        processes.append(process)
        return process

    # textual-serve starts each app with asyncio.create_subprocess_shell.
    monkeypatch.setattr(asyncio, "create_subprocess_shell", counting_spawn)
    session_server = SessionServer(
        app_command(path, slug, lang="en"),
        wall_command=app_command(path, slug, lang="en", role=WALL),
        host="127.0.0.1",
        port=0,
        title="Rondetafel <Twente>",
        lang="en",
        token=TOKEN,
        wall_token=WALL_TOKEN,
    )
    server = TestServer(session_server.make_app(), host="127.0.0.1")
    await server.start_server()
    # Like a browser: keep the cookie of 127.0.0.1 (aiohttp's jar skips IP hosts by default).
    client = ClientSession(cookie_jar=CookieJar(unsafe=True))
    try:
        yield Served(server, client, path, slug, spawned, processes)
    finally:
        await client.close()
        await server.close()
