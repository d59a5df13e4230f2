"""``main.py diff OLD NEW [--json]``: align two reports, usually of one place in
consecutive years, and print paired sections, sentences and indicators.

OLD and NEW are files; a file holding several reports gives its first, or the
one named after ``#``: ``2023-city-reports-compilation.txt#r3``.  Exit status
1 when a file cannot be read or names no such report."""

from __future__ import annotations

import argparse
import json
import sys

from core.cli import ReportNotFound, load_one
from core.compare.align import INDICATOR_VIEWS, Alignment, align_reports
from core.errors import LoadError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="OLD", help="the earlier report: FILE or FILE#r2")
    parser.add_argument("new", metavar="NEW", help="the later report: FILE or FILE#r2")
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    try:
        old, new = load_one(args.old), load_one(args.new)
    except (LoadError, ReportNotFound) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    alignment = align_reports(old, new)
    if args.json:
        json.dump(alignment.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print_summary(alignment)
    return 0


def print_summary(alignment: Alignment) -> None:
    old, new = alignment.old, alignment.new
    print(f"{old.display_name()} -> {new.display_name()}")
    print("\nsections")
    for pair in alignment.section_pairs:
        first, second = old.section_by_id(pair.old), new.section_by_id(pair.new)
        indent = "  " * (pair.level - 1)
        left = first.title[:28] if first else "(none)"
        right = second.title[:28] if second else "(none)"
        print(f"{indent}{pair.score:5.2f} {pair.kind:6} {left}  |  {right}")
    pairs = alignment.sentence_pairs
    paired = sum(1 for pair in pairs if pair.old and pair.new)
    same = sum(1 for pair in pairs if pair.old and pair.new and not pair.changed)
    moved = sum(1 for pair in pairs if pair.moved)
    dropped = sum(1 for pair in pairs if pair.old and not pair.new)
    added = sum(1 for pair in pairs if pair.new and not pair.old)
    print(f"\nsentences: {paired} paired ({same} unchanged, {moved} moved), {dropped} dropped, {added} new")
    for view in INDICATOR_VIEWS:
        rows = [row for row in alignment.indicators(view) if row.old and row.new]
        if not rows:
            continue
        print(f"\nindicators, {view}")
        for row in rows:
            assert row.old and row.new
            print(f"  {row.name:16} {row.old.value_text():>14} -> {row.new.value_text()}")
