"""``main.py status SOURCES... [--json]``: how far a team is: per report and
annotator, sentences labelled of all, the last change, and agreement (percent,
Fleiss' κ) where two or more labelled the report (``core.team.status``).
Errors go to stderr with exit status 1."""

from __future__ import annotations

import argparse
import json
import sys

from core.errors import AnnotationFileError, ExportError, LoadError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="+", metavar="FOLDER",
                        help="folders of reports and annotation files (or single files)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--labels-in", nargs="+", metavar="FOLDER",
                        help="folders holding other people's annotation files of the reports (found by file name)")


def run(args: argparse.Namespace) -> int:
    from core.cli.agreement import kappa, percent
    from core.team.status import team_status

    try:
        status = team_status(args.sources, label_folders=args.labels_in or ())
    except (ExportError, LoadError, AnnotationFileError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if not status.reports:
        from core.reading.formats.file_types import SUPPORTED_SUFFIXES

        verb = "holds" if len(args.sources) == 1 else "hold"
        print(f"error: {', '.join(args.sources)} {verb} no report files ({', '.join(SUPPORTED_SUFFIXES)}).",
              file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(status.to_json(), ensure_ascii=False, indent=1))
        return 0
    for warning in status.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    rows = [("report", "annotator", "labelled", "last change (UTC)", "agreement")]
    for report in status.reports:
        agreement = report.agreement
        together = ("" if agreement is None else
                    f"{percent(agreement.percent)} of {agreement.sentences}, Fleiss' κ {kappa(agreement.fleiss)}")
        if not report.annotators:
            rows.append((report.name, "–", f"0/{report.total}", "", ""))
        for index, entry in enumerate(report.annotators):
            name = entry.annotator + (" (adjudicated)" if entry.adjudicated else "")
            when = (entry.last_change or "")[:16].replace("T", " ")
            rows.append((report.name if index == 0 else "", name, f"{entry.labelled}/{entry.total}", when,
                         together if index == 0 else ""))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    return 0
