"""Command-line subcommands.  Each module in this package defines
``add_arguments(parser)`` and ``run(args) -> int``; list it in ``COMMANDS``."""

from __future__ import annotations

import argparse
import importlib

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("core.commands.parse", "parse report files and print their structure"),
    "diff": ("core.commands.diff", "align two reports of consecutive years"),
    "suggest": ("core.commands.suggest", "propose labels for sentences"),
    "export": ("core.commands.export", "write training data (JSONL, CSV, doccano) from annotations"),
    "import": ("core.commands.import_labels", "read doccano or exported JSONL back into annotation files"),
    "summary": ("core.commands.summary", "write a Word summary of an annotated report"),
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
