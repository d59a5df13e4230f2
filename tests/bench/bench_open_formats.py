"""Benchmark: every corpus report as a web page and as a PDF gives the sentences of its text file.

Run:  python tests/bench/bench_open_formats.py [--libreoffice] [--only NAME]

Each report of ../shared/corpus (the city files and every national file) is
parsed from its .txt; its paragraphs (wraps joined, noise left out) are
written as a government-looking page (tests/html_builder.py, in the nested
<div> and in the table layout) and typeset as a PDF by reportlab
(tests/pdf_builder.py); with --libreoffice also saved as .txt and printed by
LibreOffice (slow: about 5 s a file).  Each file is opened with
core.reading.document.load_reports and its sentences (clean text) compared
with the text file's: the table shows the share of the text file's sentences
found in order (difflib matching blocks), and the PDF's reading time.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from core.reading.document import load_reports  # noqa: E402
from core.reading.model import PARA_NOISE, Report  # noqa: E402
from core.reading.wraps import clean_text  # noqa: E402
from tests.html_builder import write_report_page  # noqa: E402
from tests.pdf_builder import convert_with_libreoffice, write_report_pdf  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def _paragraphs(report: Report) -> str:
    return "\n".join(clean_text(report.text[p.start : p.end]) for p in report.paragraphs if p.role != PARA_NOISE)


def _share(expected: list[str], path: Path) -> tuple[float, float, str]:
    started = time.perf_counter()
    try:
        reports = load_reports(path)
    except Exception as error:  # noqa: BLE001 - a benchmark row, not a crash
        return 0.0, time.perf_counter() - started, type(error).__name__
    seconds = time.perf_counter() - started
    got = [sentence.clean_text for report in reports for sentence in report.sentences]
    matcher = difflib.SequenceMatcher(a=expected, b=got, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    first = next((f"{expected[a1:a2][:1]} -> {got[b1:b2][:1]}" for op, a1, a2, b1, b2 in matcher.get_opcodes()
                  if op != "equal"), "")
    return same / max(len(expected), 1), seconds, first


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--libreoffice", action="store_true", help="also print each report with LibreOffice")
    parser.add_argument("--only", help="only files whose name contains this")
    parser.add_argument("--show", action="store_true", help="show the first difference of each file")
    arguments = parser.parse_args()
    if not CORPUS.is_dir():
        print("../shared/corpus is not available beside the project")
        return 1
    files = sorted(CORPUS.glob("*.txt")) + sorted((CORPUS / "national").glob("*.txt"))
    files = [path for path in files if not arguments.only or arguments.only in path.name]
    columns = ["html div", "html table", "pdf reportlab", "pdf s"]
    columns += ["pdf LibreOffice"] if arguments.libreoffice else []
    print(f"{'file':<38} {'sentences':>9} " + " ".join(f"{column:>15}" for column in columns))
    totals: dict[str, list[float]] = {column: [] for column in columns}
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        for path in files:
            reports = load_reports(path)
            expected = [sentence.clean_text for report in reports for sentence in report.sentences]
            text = "\n\n".join(_paragraphs(report) for report in reports)
            row: dict[str, float] = {}
            notes: list[str] = []
            made = {
                "html div": write_report_page(text, folder / "page.html", charset="utf-8"),
                "html table": write_report_page(text, folder / "table.html", layout="table", charset="gb18030"),
                "pdf reportlab": write_report_pdf(text, folder / "report.pdf"),
            }
            for column, page in made.items():
                share, seconds, first = _share(expected, page)
                row[column] = share
                if column == "pdf reportlab":
                    row["pdf s"] = seconds
                if share < 1 and first:
                    notes.append(f"{column}: {first}")
            if arguments.libreoffice:
                plain = folder / "plain.txt"
                plain.write_text(text, encoding="utf-8")
                share, _seconds, first = _share(expected, convert_with_libreoffice(plain, folder))
                row["pdf LibreOffice"] = share
                if share < 1 and first:
                    notes.append(f"LibreOffice: {first}")
            for column in columns:
                totals[column].append(row[column])
            name = path.relative_to(CORPUS).as_posix()
            cells = " ".join(f"{row[c]:>15.2f}" if c == "pdf s" else f"{row[c]:>14.1%} " for c in columns)
            print(f"{name:<38} {len(expected):>9} {cells}")
            if arguments.show:
                for note in notes:
                    print(f"    {note[:300]}")
    means = " ".join(
        f"{sum(totals[c]) / len(totals[c]):>15.2f}" if c == "pdf s" else f"{sum(totals[c]) / len(totals[c]):>14.1%} "
        for c in columns
    )
    print(f"{'mean':<38} {'':>9} {means}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
