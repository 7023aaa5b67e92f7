"""The driver's output outlives the terminal (:mod:`facilitator.tui.driver`)."""

from __future__ import annotations

import errno
import io
import threading

from textual.drivers._writer_thread import MAX_QUEUED_WRITES, WriterThread
from textual.drivers.headless_driver import HeadlessDriver

from facilitator.tui.driver import TerminalOutput, outliving


class HungUp(io.StringIO):
    """A terminal that took ``room`` writes and then hung up."""

    def __init__(self, room: int) -> None:
        super().__init__()
        self.room = room

    def write(self, text: str) -> int:
        if self.room <= 0:
            raise OSError(errno.EIO, "Input/output error")
        self.room -= 1
        return super().write(text)


def test_the_writer_goes_on_after_the_terminal_hung_up() -> None:
    """Far more writes than the writer's queue holds, after the terminal hung up, and the
    writer still stops when asked (without the wrapper, the writes block forever)."""
    terminal = HungUp(room=3)
    output = TerminalOutput(terminal)
    writer = WriterThread(output)  # type: ignore[arg-type]
    writer.start()
    finished = threading.Event()

    def draw_and_stop() -> None:
        for n in range(MAX_QUEUED_WRITES * 4):
            writer.write(f"frame {n}\n")
        writer.stop()
        finished.set()

    drawing = threading.Thread(target=draw_and_stop, daemon=True)
    drawing.start()
    assert finished.wait(20), "the writer blocked once the terminal was gone"
    assert output.gone
    assert terminal.getvalue() == "frame 0\nframe 1\nframe 2\n"
    assert writer.is_alive() is False


def test_a_flush_after_the_hang_up_is_dropped_too() -> None:
    class FailingFlush(io.StringIO):
        def flush(self) -> None:
            raise OSError(errno.EIO, "Input/output error")

    output = TerminalOutput(FailingFlush())
    output.flush()
    assert output.gone
    assert output.write("later") == len("later")
    assert not output.isatty()


def test_the_driver_class_keeps_textuals_and_wraps_its_output() -> None:
    from textual.drivers.linux_driver import LinuxDriver

    driver_class = outliving(LinuxDriver)
    assert issubclass(driver_class, LinuxDriver)
    assert driver_class.__name__ == "LinuxDriver"
    assert outliving(HeadlessDriver).__mro__[1] is HeadlessDriver
