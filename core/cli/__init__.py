"""Command-line subcommands.  Each module in this package defines
``add_arguments(parser)`` and ``run(args) -> int``; list it in ``COMMANDS``."""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.reading.model import Report

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("core.cli.parse", "parse report files and print their structure"),
    "diff": ("core.cli.diff", "align two reports of consecutive years"),
    "suggest": ("core.cli.suggest", "propose labels for sentences"),
    "export": ("core.cli.export", "write training data (JSONL, CSV, doccano) from annotations"),
    "import": ("core.cli.import_labels", "read doccano or exported JSONL back into annotation files"),
    "summary": ("core.cli.summary", "write a Word summary of an annotated report"),
    "scorecard": ("core.cli.scorecard",
                  "was each target of year Y met? one report's targets against the next year's results"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Government work report annotator: command line")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name, (module_name, help_text) in COMMANDS.items():
        module = importlib.import_module(module_name)
        subparser = subparsers.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(subparser)
        subparser.set_defaults(run=module.run)
    return parser


def run_command(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run(args))


def load_each(names: list[str]) -> tuple[list[tuple[str, list[Report]]], bool]:
    """Load every file named; a bad one is reported on stderr and skipped.

    Returns the loaded files with their reports, and whether any failed.
    """
    from core.errors import LoadError
    from core.reading.document import load_reports

    loaded: list[tuple[str, list[Report]]] = []
    failed = False
    for name in names:
        try:
            loaded.append((name, load_reports(name)))
        except LoadError as error:
            print(f"error: {error}", file=sys.stderr)
            failed = True
    return loaded, failed
