"""``main.py import FILE... --reports SOURCE... [--annotator NAME]``: read doccano
JSONL or this program's JSONL export back into annotation files of the matching
reports.  Imported labels (with their source and note) replace existing ones on
the same sentences; the previous annotation file is kept as ``.bak``.  Nothing
but annotation files is written.  A label neither the annotation file nor
``--labels`` defines is an error naming it (nothing is imported then).
Errors go to stderr, exit 1."""

from __future__ import annotations

import argparse
import sys

from core.errors import AnnotationFileError, ExportError, LoadError, SaveError
from core.export.training_import import TrainingImportError, import_training, read_labels_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="doccano or exported JSONL files")
    parser.add_argument("--reports", nargs="+", required=True, metavar="SOURCE",
                        help="report files or folders the labels belong to")
    parser.add_argument("--annotator", help="save as this annotator (default: as named in the file, else 'import')")
    parser.add_argument("--labels", metavar="FILE",
                        help="labels file (ours, like the OUT.labels.json an export writes, or doccano's) defining "
                             "new labels; without it a label the annotation file does not know is an error")


def run(args: argparse.Namespace) -> int:
    try:
        labels = read_labels_file(args.labels) if args.labels else []
        result = import_training(args.files, args.reports, annotator=args.annotator, labels=labels)
    except (TrainingImportError, ExportError, LoadError, AnnotationFileError, SaveError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"{result.labelled} sentence(s) labelled, {result.changed} new or changed")
    for annotation_set in result.sets:
        print(f"saved {annotation_set.path}")
        merge = annotation_set.last_merge
        if merge is not None and merge.changed_anything:
            copy = annotation_set.last_conflict_copy
            kept = (f"; {len(merge.conflicts)} sentence(s) were labelled differently in both: the newer label is "
                    f"kept, the other is in {copy}") if merge.conflicts else ""
            print(f"warning: {annotation_set.path} was saved by another window or program meanwhile; its labels "
                  f"were merged in ({merge.taken} sentence(s) took their label from it){kept}", file=sys.stderr)
    return 0 if result.sets or not result.unmatched else 1
