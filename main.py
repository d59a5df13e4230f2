"""Entry point: ``python main.py [FILE...]`` opens the window; subcommands
(``parse``, …) run on the command line without Qt."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from core.cli import COMMANDS, run_command

    if argv and argv[0] in COMMANDS:
        return run_command(argv)
    from gui.shell.app import exit_at_once, run_app  # imported late: the command line needs no Qt

    exit_at_once(run_app(argv))


if __name__ == "__main__":
    sys.exit(main())
