"""What the page sends over the websocket, as the app gets it: a malformed message, or
typed text with a lone surrogate in it, is dropped or mended, and the tab goes on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from aiohttp import WSMessage, WSMsgType

from facilitator.serve import WALL, SessionServer, app_command

ROCKET = "\U0001f680"


class Page:
    """A websocket of a tab: the text frames its page sends, and what the server sends it."""

    def __init__(self, *frames: str) -> None:
        self.frames = [WSMessage(WSMsgType.TEXT, frame, None) for frame in frames]
        self.sent: list[Any] = []

    def __aiter__(self) -> Page:
        return self

    async def __anext__(self) -> WSMessage:
        if not self.frames:
            raise StopAsyncIteration
        return self.frames.pop(0)

    async def send_json(self, data: Any) -> None:
        self.sent.append(data)


class App:
    """The app's side of textual-serve: the bytes typed and the sizes given."""

    def __init__(self) -> None:
        self.typed = b""
        self.sizes: list[tuple[int, int]] = []

    async def send_bytes(self, data: bytes) -> None:
        self.typed += data

    async def set_terminal_size(self, width: int, height: int) -> None:
        self.sizes.append((width, height))

    async def blur(self) -> None:
        pass

    async def focus(self) -> None:
        pass


def server(tmp_path: Path) -> SessionServer:
    db = tmp_path / "f.db"
    return SessionServer(
        app_command(db, "twente-2020-10", lang="nl"),
        wall_command=app_command(db, "twente-2020-10", lang="nl", role=WALL),
        host="127.0.0.1",
        port=0,
        title="Rondetafel",
        lang="nl",
        token="t",
        wall_token="w",
    )


def stdin(text: str) -> str:
    """A key as the page's script sends it: JSON.stringify escapes a lone surrogate."""
    return json.dumps(["stdin", text])


async def test_an_emoji_sent_as_two_halves_reaches_the_app_whole(tmp_path: Path) -> None:
    """Selenium's send_keys sends an emoji one UTF-16 half at a time: before, the first
    half alone ended the tab with a UnicodeEncodeError and its traceback on the serving
    computer."""
    page = Page(stdin("a"), stdin("\ud83d"), stdin("\ude80"), stdin("b"))
    app = App()
    await server(tmp_path)._process_messages(page, app)  # type: ignore[arg-type]
    assert app.typed.decode("utf-8") == f"a{ROCKET}b"


async def test_a_lone_surrogate_is_typed_as_the_replacement_character(tmp_path: Path) -> None:
    page = Page(stdin("x\ud83dy"), stdin("\ude80"), stdin("\ud83d"), stdin("z"))
    app = App()
    await server(tmp_path)._process_messages(page, app)  # type: ignore[arg-type]
    assert app.typed.decode("utf-8") == "x\ufffdy\ufffd\ufffdz"


async def test_a_malformed_message_is_dropped_and_the_next_ones_are_read(tmp_path: Path) -> None:
    frames = [
        "not json",
        "{}",
        "[]",
        "[1, 2]",
        '["stdin"]',
        '["stdin", 5]',
        '["resize", "wide"]',
        '["resize", {"width": "a", "height": 3}]',
        '["resize", {"width": -1, "height": 3}]',
        '["ping"]',
        '["what", 1]',
        '["resize", {"width": 100, "height": 30}]',
        stdin("ok"),
        '["ping", "p1"]',
    ]
    page, app = Page(*frames), App()
    await server(tmp_path)._process_messages(page, app)  # type: ignore[arg-type]
    assert app.typed == b"ok"
    assert app.sizes == [(100, 30)]
    assert page.sent == [["pong", None], ["pong", "p1"]]
