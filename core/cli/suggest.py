"""``main.py suggest FILE|FOLDER... [--json] [--model DIR]``: propose a label for
every sentence, with a confidence and the reason.  A bad file is reported on
stderr and the others are still processed; the exit status is 1 when any file
failed (2 when the model cannot be loaded)."""

from __future__ import annotations

import argparse
import sys

from core.cli import load_each
from core.reading.model import Report
from core.suggest.rules import Suggestion


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help=".txt (any common Chinese encoding), .docx, .html/.htm or .pdf, or a folder of them "
                             "(searched recursively)")
    parser.add_argument("--json", action="store_true", help="print JSON (one document for all files)")
    parser.add_argument("--model", metavar="DIR", help="folder of a trained suggestion model to use with the rules")


def report_json(report: Report, suggestions: dict[str, Suggestion]) -> dict[str, object]:
    """A report's sentences with their suggested labels, as printed by ``--json``."""
    sentences = [
        {
            "id": sentence.id,
            "start": sentence.start,
            "end": sentence.end,
            "text": sentence.text,
            **suggestions[sentence.id].to_json(),
        }
        for sentence in report.sentences
    ]
    return {
        "id": report.id,
        "place": report.place,
        "year": report.metadata.year.value,
        "sentences": sentences,
    }


def run(args: argparse.Namespace) -> int:
    import json

    from core.suggest.model import ModelError, SuggestionModel, load
    from core.suggest.suggestions import suggest

    model: SuggestionModel | None = None
    if args.model:
        try:
            model = load(args.model)
        except ModelError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    loaded, failed = load_each(args.files)
    documents: list[dict[str, object]] = []
    for name, reports in loaded:
        entries = []
        for report in reports:
            suggestions = suggest(report, model)
            entries.append(report_json(report, suggestions))
            if not args.json:
                print(f"== {name} [{report.id}] {report.display_name()}")
                for sentence in report.sentences:
                    suggestion = suggestions[sentence.id]
                    print(f"{suggestion.label:<12} {suggestion.confidence:.2f}  {sentence.text}  [{suggestion.reason}]")
        documents.append({"file": name, "reports": entries})
    if args.json:
        json.dump({"files": documents}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 1 if failed else 0
