"""Command-line subcommands.  Each module in this package defines
``add_arguments(parser)`` and ``run(args) -> int``; list it in ``COMMANDS``."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
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
    "agreement": ("core.cli.agreement", "how far annotators agree: percent, Cohen's and Fleiss' kappa, confusion"),
    "adjudicate": ("core.cli.adjudicate", "fill a gold annotation file with what the annotators agree on"),
    "status": ("core.cli.status", "a team's progress: labelled sentences per report and annotator, agreement"),
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every subcommand, or of ``only`` (so that a command imports just what it needs)."""
    parser = argparse.ArgumentParser(prog="main.py", description="Government work report annotator: command line")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name, (module_name, help_text) in COMMANDS.items():
        if only is not None and name != only:
            subparsers.add_parser(name, help=help_text, description=help_text)
            continue
        module = importlib.import_module(module_name)
        subparser = subparsers.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(subparser)
        subparser.set_defaults(run=module.run)
    return parser


def run_command(argv: list[str]) -> int:
    chosen = argv[0] if argv and argv[0] in COMMANDS else None
    args = build_parser(chosen).parse_args(argv)
    return int(args.run(args))


def load_each(names: list[str]) -> tuple[list[tuple[str, list[Report]]], bool]:
    """Load every file named, and the report files of every folder named (recursively).

    A bad file, or a folder without reports, is reported on stderr and
    skipped.  Returns the loaded files with their reports, and whether any failed.
    """
    from core.errors import LoadError
    from core.reading.document import load_reports
    from core.reading.folders import report_files_in
    from core.reading.formats.file_types import SUPPORTED_SUFFIXES

    loaded: list[tuple[str, list[Report]]] = []
    failed = False
    files: list[str] = []
    for name in names:
        if Path(name).is_dir():
            found = report_files_in(name)
            if not found:
                print(f"error: {name} holds no report files ({', '.join(SUPPORTED_SUFFIXES)}).", file=sys.stderr)
                failed = True
            files.extend(str(path) for path in found)
        else:
            files.append(name)
    for name in files:
        try:
            loaded.append((name, load_reports(name)))
        except LoadError as error:
            print(f"error: {error}", file=sys.stderr)
            failed = True
    return loaded, failed


class ReportNotFound(Exception):
    pass


def load_one(spec: str) -> Report:
    """The report named by ``FILE`` or ``FILE#rN`` (a file holding several reports: the first, or the one named)."""
    from core.reading.document import load_reports

    path, wanted = spec, ""
    if "#" in spec and not Path(spec).exists():
        path, wanted = spec.rsplit("#", 1)
    reports = load_reports(path)
    if not wanted:
        return reports[0]
    for report in reports:
        if report.id == wanted:
            return report
    names = ", ".join(report.id for report in reports)
    raise ReportNotFound(f"{path} has no report {wanted!r} (it has {names})")
