"""``main.py adjudicate SOURCES... --annotators A B [C] [--into gold] [--accept agreed|majority]``:
fill the gold annotation file of each report with what the rule decides
(``agreed``: everyone compared gave one label; ``majority``: more than half
did), as adjudicated labels naming who chose them, and say how many sentences
are left to decide by hand (in the window's adjudication view).  Labels the
gold file has already are kept.  The gold name may not be an annotator
compared nor someone's own file.  Errors go to stderr with exit status 1;
nothing is written then."""

from __future__ import annotations

import argparse
import sys

from core.errors import AnnotationFileError, ExportError, LoadError, SaveError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from core.team.adjudication import ACCEPT_AGREED, ACCEPT_RULES, DEFAULT_GOLD

    parser.add_argument("sources", nargs="+", metavar="SOURCE",
                        help="report files, annotation files (*.annotations.json), or folders holding them")
    parser.add_argument("--annotators", nargs="+", metavar="NAME",
                        help="the annotators to settle between (default: everyone with a file, gold files left out)")
    parser.add_argument("--into", default=DEFAULT_GOLD, metavar="NAME",
                        help=f"the annotator name of the gold file (default {DEFAULT_GOLD})")
    parser.add_argument("--accept", choices=ACCEPT_RULES, default=ACCEPT_AGREED,
                        help="what is filled in: sentences all labelled alike (agreed, the default) or the label "
                             "more than half gave (majority)")
    parser.add_argument("--labels-in", nargs="+", metavar="FOLDER",
                        help="folders holding other people's annotation files of the reports (found by file name)")


def run(args: argparse.Namespace) -> int:
    from core.team.adjudication import fill
    from core.team.team_reports import gather

    try:
        team = gather(args.sources, args.annotators, label_folders=args.labels_in or ())
        for warning in team.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        result = fill(team, args.into, args.accept)
    except (ExportError, LoadError, AnnotationFileError, SaveError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"annotators: {', '.join(team.annotators)}; rule: {args.accept}")
    print(f"{result.decided} sentence(s) decided now, {result.kept} already in the gold file, "
          f"{result.left} left to decide by hand")
    for path in result.saved:
        print(f"saved {path}")
    return 0
