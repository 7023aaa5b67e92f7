"""A paste is one paste, however many escape bytes it holds (:mod:`facilitator.tui.paste`):
the terminal's bytes fed to the parser the drivers use, as a terminal sends them."""

from __future__ import annotations

import sys

import pytest
from textual import events
from textual.message import Message

from facilitator.store import Store
from facilitator.tui.paste import WholePasteParser, WholePastes, keep_pastes_whole
from tests.tui.conftest import AppFactory

ESC = "\x1b"
CONSOLE = f"uit terminal {ESC}[1mvet{ESC}[0m klaar"
LINE = f"ctl-{ESC}[31mROOD{ESC}[0m-end"


def pasted(text: str) -> str:
    return f"{ESC}[200~{text}{ESC}[201~"


def parsed(*pieces: str) -> list[Message]:
    """What the parser makes of the terminal's input read in these pieces, then its end."""
    parser = WholePasteParser()
    tokens: list[Message] = []
    for piece in (*pieces, ""):
        tokens += parser.feed(piece)
    return tokens


def seen(tokens: list[Message]) -> list[tuple[str, str]]:
    return [
        ("paste", t.text) if isinstance(t, events.Paste) else ("key", t.key)
        for t in tokens
        if isinstance(t, events.Paste | events.Key)
    ]


@pytest.mark.parametrize("text", [CONSOLE, LINE])
def test_a_paste_with_escape_sequences_is_one_paste_and_no_key(text: str) -> None:
    """Textual's parser ended the paste at the first ESC: ``[``, ``1`` and ``m`` came as
    keys, then the rest, and the paste's first part last."""
    assert seen(parsed(pasted(text))) == [("paste", text)]


@pytest.mark.parametrize("text", [CONSOLE, LINE])
def test_a_paste_read_in_pieces_is_one_paste_wherever_it_is_cut(text: str) -> None:
    data = pasted(text)
    for cut in range(1, len(data)):
        assert seen(parsed(data[:cut], data[cut:])) == [("paste", text)], cut
    assert seen(parsed(*data)) == [("paste", text)]


def test_keys_before_and_after_a_paste_are_keys() -> None:
    tokens = seen(parsed("b" + pasted(LINE) + "\r" + ESC))
    assert tokens == [("key", "b"), ("paste", LINE), ("key", "enter"), ("key", "escape")]


def test_what_a_paste_holds_comes_as_it_was() -> None:
    """Escape bytes at either end, one after another, a paste's start marker inside it,
    and the private-use character the filter marks with."""
    text = f"{ESC}{ESC}[200~a\ue000b\ue0001{ESC}0{ESC}[20{ESC}"
    assert seen(parsed(pasted(text))) == [("paste", text)]
    assert seen(parsed(*pasted(text))) == [("paste", text)]
    assert seen(parsed(pasted(""))) == [("paste", "")]


def test_a_start_marker_cut_off_counts_only_if_the_rest_comes_in_time() -> None:
    """The parser reads ESC, then ``[200~`` after its wait, as keys, not as a paste's start:
    so does the filter, and an Escape typed later stays an Escape."""
    clock = [0.0]
    whole = WholePastes(now=lambda: clock[0], delay=0.1)
    assert whole(f"x{ESC}[2") == f"x{ESC}[2"
    clock[0] = 0.05
    assert whole(f"00~a{ESC}b") == "00~a\ue0001b"  # in time: inside the paste
    assert whole(f"{ESC}[201~") == f"{ESC}[201~"
    assert whole(f"{ESC}[2") == f"{ESC}[2"
    clock[0] = 1.0
    assert whole(f"00~a{ESC}b") == f"00~a{ESC}b"  # too late: keys, no paste
    assert not whole.pasting


def test_the_drivers_read_the_terminal_with_the_parser_that_keeps_pastes_whole(
    app_factory: AppFactory, store: Store, small_session_id: int
) -> None:
    """Textual makes its parser in the driver's input thread from the name
    ``XTermParser`` in the driver's module. When this fails, Textual makes it another
    way: ``facilitator/tui/paste.py`` must follow."""
    from textual.drivers.linux_driver import LinuxDriver
    from textual.drivers.linux_inline_driver import LinuxInlineDriver
    from textual.drivers.web_driver import WebDriver

    keep_pastes_whole()
    for driver, reads in (
        (LinuxDriver, LinuxDriver.run_input_thread),
        (LinuxInlineDriver, LinuxInlineDriver.run_input_thread),
        (WebDriver, WebDriver.run_input_thread),
    ):
        assert "XTermParser" in reads.__code__.co_names, driver
        assert sys.modules[driver.__module__].XTermParser is WholePasteParser, driver
    app = app_factory(small_session_id)
    driver_class = app.get_driver_class()
    assert sys.modules[driver_class.__mro__[1].__module__].XTermParser is WholePasteParser


TYPED_ON = "een besluit van ruim dertig tekens lang"


@pytest.mark.parametrize("cut", [None, 1, 2])
def test_escape_and_a_long_burst_after_it_are_esc_and_the_keys_typed(cut: int | None) -> None:
    """Esc, a key and more than thirty more read at once (an app behind, a slow link):
    Textual's parser took them for one long unknown escape sequence and gave the Esc back
    as a ``^`` typed into the line, with the rest. A key after Esc that begins no escape
    sequence is now read as it is when a pause follows it: ``alt+d``, which the app takes
    apart into Esc and ``d`` (:meth:`KeyRouter._escape_apart`)."""
    data = "q" + ESC + "d" + TYPED_ON + "\r"
    pieces = (data,) if cut is None else (data[: cut + 1], data[cut + 1 :])
    keys = [key for kind, key in seen(parsed(*pieces)) if kind == "key"]
    assert "circumflex_accent" not in keys
    assert keys[:3] == ["q", "alt+d", "e"]
    assert len(keys) == 3 + len(TYPED_ON)


def test_escape_sequences_read_at_once_with_keys_are_still_keys() -> None:
    """An arrow, a function key and a word jump (``ESC b``) in the same read as keys."""
    data = "x" + ESC + "[A" + ESC + "OP" + ESC + "b" + ESC + ESC + "[B" + "y" * 40
    keys = [key for kind, key in seen(parsed(data)) if kind == "key"]
    assert keys[:6] == ["x", "up", "f1", "ctrl+left", "escape", "down"]
    assert keys[6:] == ["y"] * 40
