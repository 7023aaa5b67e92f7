"""``python -m facilitator`` and the ``facilitator`` command."""

from __future__ import annotations


def main() -> None:
    """The command line, its modules loaded with the garbage collector held off
    (:mod:`facilitator.collector`); every command runs with the collector on."""
    from facilitator.collector import held

    with held():
        from facilitator.cli import main as command_line
    command_line()


if __name__ == "__main__":
    main()
