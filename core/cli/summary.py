"""``main.py summary REPORT [--compare PREVIOUS] -o OUT.docx [--full]``: a Word brief of a report
(facts, main targets, with ``--compare`` last year's targets against this year's results and the
topics new and dropped, target and achievement sentences per part), at most four A4 pages;
``--full`` appends the complete indicator tables.

``main.py summary FOLDER|REPORT... -o DIR/`` writes one brief per report into DIR, pairing
consecutive years of a place.  An existing output is replaced only with ``--force``; an output is
never a report or an annotation file.  Errors go to stderr with exit status 1."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.errors import AnnotationFileError, ExportError, LoadError, SaveError
from core.export.output_files import OutputExistsError, check_outputs
from core.reading.document import load_reports
from core.summary.batch import BatchError, plan_briefs
from core.summary.word_summary import (
    Annotated,
    SummaryError,
    choose_report,
    find_annotations,
    matching_report,
    write_summary,
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", nargs="+", metavar="REPORT",
                        help="the report file (.txt, .docx, .html/.htm or .pdf); a folder or several files: "
                             "one brief per report")
    parser.add_argument("--annotations", metavar="FILE", help="annotation file (default: the one beside the report)")
    parser.add_argument("--annotator", help="whose annotations, when several annotators labelled the report")
    parser.add_argument(
        "--report", dest="report_id", metavar="ID", help="which report of a file holding several (r1, r2, ...)"
    )
    parser.add_argument("--compare", metavar="PREVIOUS",
                        help="the report of the year before: its targets against this year's results")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.docx",
                        help="the Word file to write (a folder, DIR/, for a folder or several reports); "
                             "never a report or an annotation file")
    parser.add_argument("--full", action="store_true", help="append the complete indicator tables")
    parser.add_argument("--force", action="store_true",
                        help="replace outputs that exist already (previous briefs); without it that is an "
                             "error and nothing is written")


def run(args: argparse.Namespace) -> int:
    try:
        sources = [Path(name) for name in args.report]
        if len(sources) > 1 or sources[0].is_dir() or args.output.endswith(("/", "\\")):
            return _run_batch(args, sources)
        source = sources[0]
        reports = load_reports(source)
        report = choose_report(reports, args.report_id, source)
        annotations = find_annotations(source, reports, Path(args.annotations) if args.annotations else None,
                                       args.annotator)
        if annotations is None:
            print(f"warning: no annotation file was found for {source}; the brief counts suggested labels.",
                  file=sys.stderr)
        else:
            annotations.apply_corrections(report)
        compare = None
        if args.compare:
            others = load_reports(args.compare)
            other = matching_report(others, report)
            if other is None:
                other = choose_report(others, None, Path(args.compare))
            compare = Annotated(other, None)
        path = write_summary(args.output, Annotated(report, annotations), compare, overwrite=args.force,
                             full=args.full)
    except OutputExistsError as error:
        print(f"error: {error} Add --force to replace it.", file=sys.stderr)
        return 1
    except (SummaryError, BatchError, LoadError, AnnotationFileError, SaveError, ExportError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0


def _run_batch(args: argparse.Namespace, sources: list[Path]) -> int:
    if args.compare or args.annotations or args.report_id:
        raise SummaryError("--compare, --annotations and --report name one report; with a folder or several "
                           "reports the year before is found among them.")
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise SummaryError(f"{folder} is not a folder; with a folder or several reports, -o names a folder.")
    planned = plan_briefs(sources, folder, args.annotator)
    inputs: list[Path] = []
    for brief in planned:
        for shown in (brief.main, brief.previous):
            if shown is not None:
                inputs.append(shown.report.source)
                if shown.annotations is not None:
                    inputs.append(shown.annotations.path)
    check_outputs([brief.output for brief in planned], inputs, overwrite=args.force)
    folder.mkdir(parents=True, exist_ok=True)
    for brief in planned:
        write_summary(brief.output, brief.main, brief.previous, overwrite=args.force, full=args.full)
        paired = f" (against {brief.previous.report.year})" if brief.previous is not None else ""
        print(f"wrote {brief.output}{paired}")
    return 0
