"""``main.py agreement SOURCES... [--annotators A B ...] [--json]``: how far the
annotators of the reports agree, per report and overall, over the sentences
they both (all) labelled: the number of sentences, percent agreement, Cohen's κ
per pair, Fleiss' κ across all, and each pair's confusion table
(``core.team.agreement``).  A κ that is undefined is null with the reason.
Errors go to stderr with exit status 1."""

from __future__ import annotations

import argparse
import json
import sys

from core.errors import AnnotationFileError, ExportError, LoadError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="+", metavar="SOURCE",
                        help="report files, annotation files (*.annotations.json), or folders holding them")
    parser.add_argument("--annotators", nargs="+", metavar="NAME",
                        help="the annotators to compare (default: everyone with a file, gold files left out)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--labels-in", nargs="+", metavar="FOLDER",
                        help="folders holding other people's annotation files of the reports (found by file name)")


def run(args: argparse.Namespace) -> int:
    from core.team.agreement import team_agreement
    from core.team.team_reports import gather

    try:
        team = gather(args.sources, args.annotators, label_folders=args.labels_in or ())
    except (ExportError, LoadError, AnnotationFileError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    result = team_agreement(team)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
        return 0
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if len(result.annotators) < 2:
        print(f"error: agreement needs two or more annotators; found {', '.join(result.annotators) or 'none'}.",
              file=sys.stderr)
        return 1
    print(f"annotators: {', '.join(result.annotators)}")
    for name, agreement in [*result.reports, ("overall", result.overall)]:
        print()
        print(f"{name}: {agreement.sentences} of {agreement.total} sentences labelled by all, "
              f"{percent(agreement.percent)} agreement, Fleiss' κ {kappa(agreement.fleiss)}")
        for pair in agreement.pairs:
            print(f"  {pair.first} / {pair.second}: {pair.sentences} sentences, {percent(pair.percent)}, "
                  f"Cohen's κ {kappa(pair.kappa)}")
    print()
    for pair in result.overall.pairs:
        print(confusion_table(pair.first, pair.second, pair.confusion))
    return 0


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} %"


def kappa(statistic: object) -> str:
    value, reason = getattr(statistic, "value", None), getattr(statistic, "reason", None)
    return f"{value:.3f}" if value is not None else f"– ({reason})"


def confusion_table(first: str, second: str, confusion: dict[str, dict[str, int]]) -> str:
    """The pair's confusion table as text: rows ``first``'s labels, columns ``second``'s."""
    labels = list(confusion)
    corner = f"{first} \\ {second}"
    width = max([len(corner), *map(len, labels)])
    cells = max([5, *map(len, labels)])
    lines = [corner.ljust(width) + "".join(label.rjust(cells + 2) for label in labels)]
    for label in labels:
        lines.append(label.ljust(width) + "".join(str(confusion[label][other]).rjust(cells + 2) for other in labels))
    return "\n".join(lines) + "\n"
