"""``main.py export SOURCES... --format jsonl|csv|doccano -o OUT``: training data
from annotation files, report files or folders of them.  ``--include-unlabelled``
adds sentences without a label; ``--include-suggestions`` gives every
sentence without a label its suggested label, in reports nobody labelled too
(source "suggested-unconfirmed", with its confidence; ``--model DIR`` adds a trained model to the rules);
``--split 80/10/10 --seed N`` writes train/dev/test parts split by report
(only reports with labels are split; train always gets one) and prints what
each part got.  Every annotator's labels are written (one record per annotator
and sentence, the annotator named) unless ``--annotators`` names whose.  An
output that exists already is replaced only with ``--force``; one that is an
input, an annotation file (or its backup) or not a regular file is never
written.  Errors go to stderr with exit status 1;
nothing is written then."""

from __future__ import annotations

import argparse
import sys

from core.errors import AnnotationFileError, ExportError, LoadError, SaveError
from core.export.output_files import OutputExistsError
from core.export.training_export import FORMATS, export_training, parse_split


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="+", metavar="SOURCE",
                        help="annotation files (*.annotations.json), report files, or folders holding them")
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default jsonl)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="the file to write; a labels file OUT-stem.labels.json is written beside it "
                             "(and OUT-stem.doccano-labels.json for doccano). Never an input, an annotation "
                             "file or its backup")
    parser.add_argument("--force", action="store_true",
                        help="replace output files that exist already (a previous export); without it an "
                             "existing output is an error and nothing is written")
    parser.add_argument("--include-unlabelled", action="store_true", help="also write sentences without a label")
    parser.add_argument("--include-suggestions", action="store_true",
                        help="label sentences without a label by their suggestion "
                             "(source \"suggested-unconfirmed\", with a confidence)")
    parser.add_argument("--model", metavar="DIR", help="with --include-suggestions: a trained suggestion model "
                                                       "to use with the rules")
    parser.add_argument("--split", metavar="TRAIN/DEV/TEST",
                        help="split by report into OUT's stem + .train/.dev/.test, e.g. 80/10/10")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the split (default 0)")
    parser.add_argument("--annotators", nargs="+", metavar="NAME",
                        help="write only these annotators' labels, e.g. --annotators gold (default: everyone's, "
                             "one record per annotator and sentence)")


def run(args: argparse.Namespace) -> int:
    from core.suggest.model import ModelError, SuggestionModel, load

    try:
        split = parse_split(args.split) if args.split else None
        if args.model and not args.include_suggestions:
            raise ValueError("--model is used only with --include-suggestions.")
        model: SuggestionModel | None = load(args.model) if args.model else None
        result = export_training(args.sources, args.output, format=args.format,
                                 include_unlabelled=args.include_unlabelled, split=split, seed=args.seed,
                                 include_suggestions=args.include_suggestions, model=model, overwrite=args.force,
                                 annotators=args.annotators)
    except OutputExistsError as error:
        print(f"error: {error} Add --force to replace {'it' if len(error.paths) == 1 else 'them'}.",
              file=sys.stderr)
        return 1
    except (ValueError, ExportError, LoadError, AnnotationFileError, SaveError, ModelError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    what = "documents" if args.format == "doccano" else "sentences"
    suggested = f", {result.suggested} unconfirmed suggestions" if args.include_suggestions else ""
    print(f"{result.records} {what} ({result.labelled} labels{suggested}) from {result.reports} report(s)")
    for name, part in result.parts.items():
        print(f"{name}: {part.reports} report(s), {part.sentences} {what} ({part.labelled} labelled)"
              if args.format != "doccano" else
              f"{name}: {part.reports} report(s), {part.labelled} labelled sentence(s)")
    for path in result.files:
        print(f"wrote {path}")
    return 0
