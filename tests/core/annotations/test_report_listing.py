"""Listing a folder's reports without opening them: place, year, size and saved label counts."""

from __future__ import annotations

import shutil
from pathlib import Path

from core.annotations.report_listing import list_reports
from core.reading.parse_cache import ParseCache
from resources import resource_path
from tests.core.labelled_reports import labelled_copy


def test_a_folder_lists_each_report_with_its_saved_progress_and_corrections(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    source, reports, annotations = labelled_copy(folder / "labelled", "weihai-2022.txt")
    annotations.set_metadata_correction(reports[0].id, "place", "威海")
    annotations.save()
    shutil.copy(resource_path("samples", "weihai-2020.txt"), folder / "weihai-2020.txt")
    (folder / "broken.docx").write_bytes(b"not a zip")
    cache = ParseCache(tmp_path / "cache")

    listing = list_reports([folder], "alice", cache)

    by_name = {report.source.name: report for report in listing.reports}
    assert set(by_name) == {"weihai-2020.txt", "weihai-2022.txt"}
    labelled = by_name["weihai-2022.txt"]
    assert labelled.place == "威海" and labelled.year == "2022"
    assert labelled.total == len(reports[0].sentences)
    assert labelled.labelled == len(annotations.all_annotations()) > 0
    assert by_name["weihai-2020.txt"].labelled == 0
    assert [path.name for path, _message in listing.failures] == ["broken.docx"]
    assert (listing.parsed, listing.from_cache) == (2, 0)
    assert list_reports([folder], "alice", cache).from_cache == 2
    assert source.is_file()


def test_a_compilation_lists_each_of_its_reports(tmp_path: Path) -> None:
    from tests.conftest import corpus_file

    compilation = shutil.copy(corpus_file("2023-city-reports-compilation.txt"), tmp_path)
    listing = list_reports([compilation], "alice")
    assert len(listing.reports) == 14
    assert listing.reports[0].place == "彬州市" and listing.reports[-1].place == "沁阳市"
