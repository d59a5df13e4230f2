"""``main.py scorecard OLD NEW [--json] [--csv OUT]``: was each target of year Y met?

OLD is the report of year Y (its plan part sets the targets), NEW the report of
year Y+1 (its review part reports the results).  Each is a file, or
``FILE#rN`` for one report of a file holding several.  Given more than two
reports of one place (``scorecard R2016 R2017 R2018``), the consecutive
years are paired and one table of indicator × year is printed: target,
result and verdict per year.

``--json`` prints ``{"old", "new", "warnings", "rows"}`` for two reports and
``{"pairs": [...], "series": [...]}`` for more; ``--csv OUT`` writes the rows
as a table (UTF-8 with a BOM, so Excel shows Chinese).  Exit status 1 when a
file cannot be read.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import unicodedata
from pathlib import Path

from core.annotations.atomic_write import atomic_write
from core.cli import ReportNotFound, load_one
from core.compare.scorecard import Figure, Scorecard, build_scorecard, chain_scorecards
from core.errors import ExportError, LoadError, SaveError
from core.export.output_files import OutputExistsError, check_outputs
from core.reading.model import Report

CSV_COLUMNS = (
    "target_year", "result_year", "indicator", "horizon", "target", "target_value", "target_unit",
    "target_qualifier", "result", "result_value", "result_unit", "verdict", "reason",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("reports", nargs="+", metavar="REPORT",
                        help="two reports (year Y, then Y+1), or more of one place to chain: FILE or FILE#r2")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--csv", metavar="OUT", type=Path, help="also write the rows as a CSV table")
    parser.add_argument("--force", action="store_true", help="replace an existing CSV file")


def run(args: argparse.Namespace) -> int:
    if len(args.reports) < 2:
        print("error: a scorecard needs two reports: the year of the targets and the year after", file=sys.stderr)
        return 2
    try:
        reports = [load_one(spec) for spec in args.reports]
    except (LoadError, ReportNotFound) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    cards = [build_scorecard(reports[0], reports[1])] if len(reports) == 2 else chain_scorecards(reports)
    if len(reports) > 2 and not cards:
        print("error: no two of these reports are of one place in consecutive years", file=sys.stderr)
        return 1
    for card in cards:
        for warning in card.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    if args.csv is not None:
        try:
            # never over a report read, an annotation file, or an existing file without --force
            check_outputs([args.csv], [report.source for report in reports], overwrite=args.force)
            atomic_write(args.csv, csv_bytes(cards))
        except OutputExistsError as error:
            print(f"error: {error} Add --force to replace it.", file=sys.stderr)
            return 1
        except (OSError, SaveError, ExportError) as error:
            print(f"error: could not write {args.csv}: {error}", file=sys.stderr)
            return 1
    if args.json:
        document = cards[0].to_json() if len(reports) == 2 else {
            "pairs": [card.to_json() for card in cards], "series": series(cards)}
        json.dump(document, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif len(reports) == 2:
        print_card(cards[0])
    else:
        print_series(cards)
    return 0


def _year(report: Report) -> str:
    return str(report.year) if report.year is not None else "?"


def _target_year(card: Scorecard) -> str:
    """The year the targets are for: the earlier report's, or the next for a report given late in the year."""
    return str(card.target_year) if card.target_year is not None else _year(card.old)


def csv_bytes(cards: list[Scorecard]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for card in cards:
        for row in card.rows:
            target = row.target.to_json() if row.target else {}
            result = row.result.to_json() if row.result else {}
            writer.writerow([
                _target_year(card), _year(card.new), row.indicator, row.horizon,
                target.get("quote", ""), target.get("value", ""), target.get("unit", ""), target.get("qualifier", ""),
                result.get("quote", ""), result.get("value", ""), result.get("unit", ""), row.verdict, row.reason,
            ])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def series(cards: list[Scorecard]) -> list[dict[str, object]]:
    """One entry per indicator and horizon: target, result and verdict for every year it appears in."""
    table: dict[tuple[str, str], dict[str, object]] = {}
    for card in cards:
        for row in card.rows:
            entry = table.setdefault((row.indicator, row.horizon),
                                     {"indicator": row.indicator, "horizon": row.horizon, "years": {}})
            years = entry["years"]
            assert isinstance(years, dict)
            years[_target_year(card)] = {
                "target": row.target.quote if row.target else None,
                "result": row.result.quote if row.result else None,
                "verdict": row.verdict,
            }
    return list(table.values())


def print_card(card: Scorecard) -> None:
    print(f"{card.old.display_name()} targets -> {card.new.display_name()} results")
    for row in card.rows:
        target = row.target.quote if row.target else "(no target)"
        result = row.result.quote if row.result else "(no result)"
        print(f"{row.verdict:9} {row.horizon:11} {row.indicator[:16]:16}  {target[:34]:34}  {result[:34]:34}  "
              f"{row.reason}")


def print_series(cards: list[Scorecard]) -> None:
    """Indicator × year, each cell the target, the result and the verdict (``6.5-7% → 6.7% met``)."""
    years = [_target_year(card) for card in cards]
    cells: dict[tuple[str, str], dict[str, str]] = {}
    for card in cards:
        for row in card.rows:
            cells.setdefault((row.indicator, row.horizon), {})[_target_year(card)] = (
                f"{_figure_text(row.target)} → {_figure_text(row.result)} {row.verdict}")
    widths = [max([_width(year)] + [_width(by_year.get(year, "")) for by_year in cells.values()]) for year in years]
    name_width = min(max([_width("indicator")] + [_width(name) for name, _ in cells]), NAME_COLUMN)
    print(_pad("indicator", name_width) + "  " + "  ".join(_pad(year, width) for year, width in zip(years, widths)))
    for (name, _horizon), by_year in cells.items():
        line = _pad(_cut(name, name_width), name_width) + "  "
        line += "  ".join(_pad(by_year.get(year, ""), width) for year, width in zip(years, widths))
        print(line.rstrip())


NAME_COLUMN = 24  # display columns of the indicator names in the table of years


def _figure_text(figure: Figure | None) -> str:
    """A target or result in a cell: its figure (6.7%), 'words' for one in words, '—' for none."""
    if figure is None:
        return "—"
    if figure.indicator is not None and figure.indicator.value is not None:
        return figure.indicator.value_text()
    return "words"


def _width(text: str) -> int:
    """Display columns: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - _width(text), 0)


def _cut(text: str, width: int) -> str:
    while _width(text) > width:
        text = text[:-1]
    return text
