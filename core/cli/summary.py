"""``main.py summary REPORT [--annotations FILE] [--compare OTHER] -o OUT.docx``:
a Word summary of an annotated report (metadata, label counts, targets and
achievements per section, indicators), with ``--compare`` a comparison with
another year.  An existing OUT is replaced only with ``--force``; OUT is never
the report, the other report or an annotation file.  Errors go to stderr with
exit status 1."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.errors import AnnotationFileError, ExportError, LoadError, SaveError
from core.export.output_files import OutputExistsError
from core.reading.document import load_reports
from core.summary.word_summary import (
    Annotated,
    SummaryError,
    choose_report,
    find_annotations,
    matching_report,
    write_summary,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", metavar="REPORT", help="the report file (.txt or .docx)")
    parser.add_argument("--annotations", metavar="FILE", help="annotation file (default: the one beside the report)")
    parser.add_argument("--annotator", help="whose annotations, when several annotators labelled the report")
    parser.add_argument(
        "--report", dest="report_id", metavar="ID", help="which report of a file holding several (r1, r2, ...)"
    )
    parser.add_argument("--compare", metavar="OTHER", help="a report of another year to compare with")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.docx",
                        help="the Word file to write; never a report or an annotation file")
    parser.add_argument("--force", action="store_true",
                        help="replace OUT when it exists already (a previous summary); without it that is an "
                             "error and nothing is written")


def run(args: argparse.Namespace) -> int:
    try:
        source = Path(args.report)
        reports = load_reports(source)
        report = choose_report(reports, args.report_id, source)
        annotations = find_annotations(source, reports, Path(args.annotations) if args.annotations else None,
                                       args.annotator)
        if annotations is None:
            print(f"warning: no annotation file was found for {source}; the summary has no labels.", file=sys.stderr)
        else:
            annotations.apply_corrections(report)
        compare = None
        if args.compare:
            others = load_reports(args.compare)
            other = matching_report(others, report)
            if other is None:
                other = choose_report(others, None, Path(args.compare))
            compare = Annotated(other, None)
        path = write_summary(args.output, Annotated(report, annotations), compare, overwrite=args.force)
    except OutputExistsError as error:
        print(f"error: {error} Add --force to replace it.", file=sys.stderr)
        return 1
    except (SummaryError, LoadError, AnnotationFileError, SaveError, ExportError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0
