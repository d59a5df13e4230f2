"""The held-out target tables (tests/data/targets, read by hand) hold together, and the bench can score them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bench.bench_targets import score_report, table_report
from tests.conftest import corpus_file

TABLES = sorted((Path(__file__).parents[2] / "data" / "targets").glob("*.json"))


@pytest.mark.parametrize("path", TABLES, ids=[path.stem for path in TABLES])
def test_every_target_quote_is_one_line_of_its_report(path: Path) -> None:
    table = json.loads(path.read_text(encoding="utf-8"))
    corpus_file(table["report"])  # skips the test when the shared corpus is not beside the project
    report = table_report(table)  # the report of the file the table names (by "report_id" in a file of several)
    lines = report.text.splitlines()
    for row in table["rows"]:
        quote = row["target"]["quote"]
        assert row["horizon"] in ("year", "plan-period"), row
        assert any(quote in line for line in lines), quote
    score, missed, extra = score_report(table, report)
    assert score.truth == len(table["rows"]) and len(missed) == score.truth - score.recalled
    assert score.found - score.real == len(extra)
