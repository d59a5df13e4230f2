"""``main.py parse FILE|FOLDER... [--json]``: print each report's text, metadata,
sections, sentences and noise.  A bad file is reported on stderr and the
others are still parsed; the exit status is 1 when any file failed."""

from __future__ import annotations

import argparse
import json
import sys

from core.cli import load_each


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help=".txt (any common Chinese encoding), .docx, .html/.htm or .pdf, or a folder of them "
                             "(searched recursively)")
    parser.add_argument("--json", action="store_true", help="print JSON (one document for all files)")


def run(args: argparse.Namespace) -> int:
    loaded, failed = load_each(args.files)
    documents: list[dict[str, object]] = []
    for name, reports in loaded:
        documents.append({"file": name, "reports": [report.to_json() for report in reports]})
        if not args.json:
            for report in reports:
                meta = report.metadata
                print(
                    f"{name} [{report.id}] {meta.place.value or '?'} {meta.year.value or '?'}: "
                    f"{len(report.sections)} sections, {len(report.sentences)} sentences, "
                    f"{len(report.noise)} noise spans ({report.encoding})"
                )
    if args.json:
        json.dump({"files": documents}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 1 if failed else 0
