"""With the token, the page's websocket starts ``facilitator run`` and drives it.

The websocket speaks textual-serve's protocol as the page's script does: a ``resize``
first, then each key as ``["stdin", text]``; the app answers with its screen as binary
frames. The app is a real process on the database at a path with spaces and quotes.
"""

from __future__ import annotations

import asyncio
import contextlib
import shlex
import sys

from aiohttp import ClientWebSocketResponse, WSMsgType

from facilitator.domain.model import Kind
from facilitator.store import Store
from tests.serve.conftest import Served
from tests.serve.test_guard import log_in

SENTENCE = "Vervoer naar de stageplek is te duur"
# Generous: the app is a new Python process on a busy machine. Each wait ends as soon
# as what it waits for has happened.
PATIENCE = 60.0


class Screen:
    """Everything the app has sent over the websocket so far."""

    def __init__(self, websocket: ClientWebSocketResponse) -> None:
        self.websocket = websocket
        self.output = bytearray()
        self.changed = asyncio.Event()

    async def read(self) -> None:
        async for message in self.websocket:
            if message.type == WSMsgType.BINARY:
                self.output += message.data
                self.changed.set()

    async def shows(self, text: str) -> None:
        async with asyncio.timeout(PATIENCE):
            while text.encode("utf-8") not in self.output:
                self.changed.clear()
                await self.changed.wait()


async def captured(served: Served) -> list[tuple[Kind, str]]:
    """The contributions in the database, looked at until the sentence is there."""
    async with asyncio.timeout(PATIENCE):
        while True:
            store = Store(served.db, must_exist=True)
            try:
                (session,) = store.sessions()
                found = [(c.kind, c.text) for c in store.contributions(session.id)]
            finally:
                store.close()
            if found:
                return found
            await asyncio.sleep(0.05)  # another process writes it; look again


async def test_the_websocket_starts_the_app_and_a_capture_reaches_the_database(
    served: Served,
) -> None:
    await log_in(served)
    websocket = await served.client.ws_connect(
        served.ws_url("/ws?width=100&height=30"), origin=served.origin
    )
    screen = Screen(websocket)
    reading = asyncio.create_task(screen.read())
    try:
        await websocket.send_json(["resize", {"width": 100, "height": 30}])
        await screen.shows("Rondetafel mbo")  # the console's header: the app is up
        for key in ["b", *SENTENCE, "\r"]:
            await websocket.send_json(["stdin", key])
        assert await captured(served) == [(Kind.BARRIER, SENTENCE)]
        await screen.shows(SENTENCE)  # and the page shows it
    finally:
        await websocket.close()
        with contextlib.suppress(asyncio.CancelledError):
            await reading

    # One app, for this database and session, in this Python.
    (command,) = served.spawned
    argv = shlex.split(command)
    assert argv[:3] == ["exec", sys.executable, "-m"]
    assert argv[argv.index("--db") + 1] == str(served.db)
    assert argv[-4:] == ["run", served.slug, "--role", "facilitator"]
    # Closing the tab ends its app.
    (process,) = served.processes
    async with asyncio.timeout(PATIENCE):
        assert await process.wait() == 0
