"""The parse cache: a file parsed once is listed from the cache; changed, damaged or old entries are rebuilt."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from core.reading.parse_cache import ParseCache, look_up, summarize
from resources import resource_path


@pytest.fixture
def report(tmp_path: Path) -> Path:
    target = tmp_path / "reports" / "weihai-2022.txt"
    target.parent.mkdir()
    shutil.copy(resource_path("samples", "weihai-2022.txt"), target)
    return target


def _entries(cache: ParseCache) -> list[Path]:
    return sorted(cache.folder.glob("*/*.json"))


def test_a_file_is_parsed_once_then_read_from_the_cache(tmp_path: Path, report: Path) -> None:
    cache = ParseCache(tmp_path / "cache")
    first = summarize(report, cache)
    assert not first.from_cache and len(_entries(cache)) == 1
    second = summarize(report, cache)
    assert second.from_cache
    assert second.reports == first.reports
    (only,) = second.reports
    assert (only.place, only.year, only.sentences) == ("威海市", "2022", only.sentences)
    assert only.sentences > 100


def test_a_changed_file_is_parsed_again(tmp_path: Path, report: Path) -> None:
    cache = ParseCache(tmp_path / "cache")
    summarize(report, cache)
    report.write_text(report.read_text(encoding="utf-8").replace("2022", "2023"), encoding="utf-8")
    changed = summarize(report, cache)
    assert not changed.from_cache
    assert changed.reports[0].year == "2023"
    assert len(_entries(cache)) == 2


@pytest.mark.parametrize("damage", [b"", b"{not json", b"\xff\xfe\x00", b"[]", b'{"format": 1}',
                                    b'{"format": 1, "parser": "x", "key": "k", "reports": [{"id": 5}]}'])
def test_a_damaged_entry_is_ignored_and_written_again(tmp_path: Path, report: Path, damage: bytes) -> None:
    cache = ParseCache(tmp_path / "cache")
    good = summarize(report, cache)
    (entry,) = _entries(cache)
    entry.write_bytes(damage)
    again = summarize(report, cache)
    assert not again.from_cache and again.reports == good.reports
    assert summarize(report, cache).from_cache  # rebuilt


def test_an_entry_of_another_parser_version_is_rebuilt(tmp_path: Path, report: Path) -> None:
    cache = ParseCache(tmp_path / "cache")
    summarize(report, cache)
    (entry,) = _entries(cache)
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["parser"] = "an older parser"
    data["reports"][0]["place"] = "旧的地名"
    entry.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert summarize(report, cache).reports[0].place == "威海市"


def test_a_cache_that_cannot_be_written_only_costs_speed(tmp_path: Path, report: Path) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    cache = ParseCache(blocked)
    assert summarize(report, cache).reports[0].place == "威海市"
    assert not summarize(report, cache).from_cache


DAMAGED_INDEXES = [b"", b"{", b'{"format": 1, "files": {"x": [1, 2, 3]}}', b'{"format": 1, "files": 7}']


@pytest.mark.parametrize("damage", DAMAGED_INDEXES)
def test_a_damaged_file_index_only_means_reading_the_files_again(tmp_path: Path, report: Path, damage: bytes) -> None:
    cache = ParseCache(tmp_path / "cache")
    summarize(report, cache)
    cache.save_index()
    index = tmp_path / "cache" / "files.json"
    assert str(report) in index.read_text(encoding="utf-8")
    index.write_bytes(damage)
    _key, again = look_up(report, ParseCache(tmp_path / "cache"))
    assert again is not None and again.reports[0].place == "威海市"
