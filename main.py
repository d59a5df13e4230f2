"""Entry point: ``python main.py [FILE...]`` opens the window; subcommands
(``parse``, …) run on the command line without Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from core.cli import COMMANDS, run_command

    if argv and argv[0] in COMMANDS:
        try:
            return run_command(argv)
        except BrokenPipeError:  # the output was piped into head, which has read enough
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    first = argv[0] if argv else ""
    a_word = bool(first) and not first.startswith("-") and not Path(first).suffix and os.sep not in first
    if a_word and not Path(first).exists():  # "sugest": a mistyped command, not a file to open
        print(f"error: {first!r} is neither a command ({', '.join(COMMANDS)}) nor a report file or folder",
              file=sys.stderr)
        return 2
    from gui.shell.app import exit_at_once, run_app  # imported late: the command line needs no Qt

    exit_at_once(run_app(argv))


if __name__ == "__main__":
    sys.exit(main())
