"""The garbage collector held off while the program loads (facilitator.collector)."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from facilitator.collector import held


@pytest.fixture(autouse=True)
def collector_on() -> None:
    gc.enable()


def test_the_collector_is_off_inside_and_on_again_after() -> None:
    with held():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_turns_it_on_again() -> None:
    with pytest.raises(KeyError), held():
        raise KeyError("x")
    assert gc.isenabled()


def test_a_nested_hold_leaves_it_off_until_the_outer_one_ends() -> None:
    with held():
        with held():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with held():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_commands_run_with_the_collector_on() -> None:
    """``python -m facilitator`` loads with the collector off, then runs the command with
    it on again (a long export must not grow without collection)."""
    code = (
        "import gc, sys; import facilitator.cli as cli\n"
        "state = cli.click.Command('gc-state', callback=lambda: print(gc.isenabled()))\n"
        "cli.main.add_command(state)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code + "from facilitator.__main__ import main; main()", "gc-state"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.strip() == "True", done.stderr
