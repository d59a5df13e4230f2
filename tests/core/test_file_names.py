"""Reports whose file name is not UTF-8 (GBK bytes from a Windows archive), without the window."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import docx
import pytest

from core.annotations.opening import open_annotations
from core.annotations.paths import DATA_DIR_ENV, annotation_path, fallback_path
from core.file_names import readable
from core.reading.document import load_reports
from core.summary.word_summary import Annotated, write_summary
from main import main
from resources import resource_path

GBK_NAME = b"\xcd\xfe\xba\xa3-2022.txt"  # 威海-2022.txt in GBK


@pytest.fixture
def gbk_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The 2022 sample under a GBK file name, labelled and saved; skip where the file system refuses the name."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "user-data"))
    folder = tmp_path / "reports"
    folder.mkdir()
    target = os.path.join(os.fsencode(folder), GBK_NAME)
    try:
        shutil.copyfile(os.fsencode(resource_path("samples") / "weihai-2022.txt"), target)
    except (OSError, UnicodeError) as error:
        pytest.skip(f"this file system does not take non-UTF-8 file names ({error})")
    if GBK_NAME not in os.listdir(os.fsencode(folder)):
        pytest.skip("this file system changed the non-UTF-8 file name")
    source = Path(os.fsdecode(target))
    reports = load_reports(source)
    annotations = open_annotations(source, "alice", reports)
    for sentence, label in zip(reports[0].sentences[:3], ["target", "achievement", "other"]):
        annotations.set(reports[0], sentence, label)
    annotations.save()
    return source


def test_readable_shows_undecodable_bytes_as_replacement_characters() -> None:
    assert readable(os.fsdecode(GBK_NAME)) == "\ufffd" * 4 + "-2022.txt"
    assert readable(Path("威海-2022.txt")) == "威海-2022.txt"


def test_annotation_file_keeps_the_real_name_and_source(gbk_report: Path) -> None:
    path, _fallback = annotation_path(gbk_report, "alice")
    assert os.fsencode(path.name) == GBK_NAME + b".alice.annotations.json"
    data = json.loads(path.read_bytes().decode("utf-8"))
    assert os.fsencode(data["source"]) == os.fsencode(gbk_report)
    assert [record["label"] for record in data["annotations"]] == ["target", "achievement", "other"]
    assert os.fsencode(fallback_path(gbk_report, "alice").name) == GBK_NAME + b".alice.annotations.json"


def test_doccano_export_keeps_the_name_and_csv_shows_it_readably(gbk_report: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(gbk_report), "--format", "doccano", "-o", str(tmp_path / "d.jsonl")]) == 0
    document = json.loads((tmp_path / "d.jsonl").read_text(encoding="utf-8"))
    assert os.fsencode(document["source_file"]) == GBK_NAME
    assert main(["export", str(gbk_report), "--format", "csv", "-o", str(tmp_path / "table.csv")]) == 0
    assert "\ufffd" * 4 + "-2022.txt#" in (tmp_path / "table.csv").read_text(encoding="utf-8-sig")
    assert "error" not in capsys.readouterr().err


def test_word_summary_names_the_file_readably(gbk_report: Path, tmp_path: Path) -> None:
    reports = load_reports(gbk_report)
    annotations = open_annotations(gbk_report, "alice", reports)
    out = write_summary(tmp_path / "summary.docx", Annotated(reports[0], annotations))
    lines = [paragraph.text for paragraph in docx.Document(str(out)).paragraphs]
    assert "来源：" + "\ufffd" * 4 + "-2022.txt；标注：alice" in lines
