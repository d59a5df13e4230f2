"""JSON nested deeper than the reader goes ("[" x 100,000) is a clear error and leaves the file alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.annotations.opening import load_annotation_file, open_annotations
from core.annotations.paths import DATA_DIR_ENV, annotation_path
from core.errors import AnnotationFileError
from core.export.training_import import TrainingImportError, read_labels_file, read_training_file
from core.reading.document import load_reports
from core.suggest.model import MANIFEST, ModelError, load
from core.suggest.training import TRAINING_FOLDERS_FILE, read_training_folders
from main import main
from resources import resource_path

DEEP = [b"[" * 100_000, b'{"a": ' * 100_000]


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "user-data"))
    target = tmp_path / "weihai-2022.txt"
    shutil.copyfile(resource_path("samples") / "weihai-2022.txt", target)
    return target


@pytest.mark.parametrize("deep", DEEP, ids=["arrays", "objects"])
def test_deep_annotation_file_opens_read_only_and_stays(source: Path, deep: bytes) -> None:
    path, _ = annotation_path(source, "alice")
    path.write_bytes(deep)
    reports = load_reports(source)
    with pytest.raises(AnnotationFileError) as caught:
        load_annotation_file(path, reports)
    assert caught.value.reason == "corrupt" and "nested too deeply" in str(caught.value)
    annotations = open_annotations(source, "alice", reports, on_error="read-only")
    assert annotations.read_only and annotations.load_error is not None
    assert annotations.load_error.reason == "corrupt"
    assert path.read_bytes() == deep


@pytest.mark.parametrize("deep", DEEP, ids=["arrays", "objects"])
def test_export_of_a_deep_annotation_file_is_an_error_message(source: Path, deep: bytes, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = annotation_path(source, "alice")
    path.write_bytes(deep)
    assert main(["export", str(path), "-o", str(tmp_path / "out.jsonl")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "nested too deeply" in err and "Traceback" not in err
    assert path.read_bytes() == deep
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("deep", DEEP, ids=["arrays", "objects"])
def test_import_of_a_deep_training_file_is_an_error_message(source: Path, deep: bytes, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    training = tmp_path / "train.jsonl"
    training.write_bytes(deep)
    with pytest.raises(TrainingImportError, match="nested too deeply"):
        read_training_file(training)
    assert main(["import", str(training), "--reports", str(source)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err
    assert not annotation_path(source, "import")[0].exists()


@pytest.mark.parametrize("deep", DEEP, ids=["arrays", "objects"])
def test_deep_labels_file_model_manifest_and_folder_list(tmp_path: Path, deep: bytes) -> None:
    labels = tmp_path / "labels.json"
    labels.write_bytes(deep)
    with pytest.raises(TrainingImportError, match="nested too deeply"):
        read_labels_file(labels)
    (tmp_path / MANIFEST).write_bytes(deep)
    with pytest.raises(ModelError, match="nested too deeply"):
        load(tmp_path)
    (tmp_path / TRAINING_FOLDERS_FILE).write_bytes(deep)
    assert read_training_folders(tmp_path) == []
