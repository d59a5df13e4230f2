"""``-o`` of export and summary: never over an input, an annotation file or a non-regular file; --force to replace."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.annotations.paths import backup_path
from core.export.output_files import OutputExistsError, UnsafeOutputError, check_outputs
from main import main
from tests.core.labelled_reports import labelled_copy


@pytest.fixture
def labelled(tmp_path: Path) -> tuple[Path, Path]:
    """A labelled report (saved twice, so it has a backup): (report file, annotation file)."""
    source, _reports, annotations = labelled_copy(tmp_path / "reports", "weihai-2020.txt")
    annotations.set_note(annotations.all_annotations()[0].report, annotations.all_annotations()[0].sentence_id,
                         "checked")
    annotations.save()
    assert backup_path(annotations.path).is_file()
    return source, annotations.path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


@pytest.mark.parametrize("command", ["export", "summary"])
@pytest.mark.parametrize("which", ["report", "annotations", "backup"])
def test_an_output_that_is_an_input_or_an_annotation_file_is_refused(
        labelled: tuple[Path, Path], command: str, which: str, capsys: pytest.CaptureFixture[str]) -> None:
    source, annotation_file = labelled
    target = {"report": source, "annotations": annotation_file, "backup": backup_path(annotation_file)}[which]
    before = _snapshot(source.parent)

    assert main([command, str(source), "-o", str(target), "--force"]) == 1

    error = capsys.readouterr().err
    assert error.startswith("error: ") and str(target) in error and "Traceback" not in error
    assert _snapshot(source.parent) == before  # the report, the annotations and the backup are untouched


def test_export_refuses_an_input_reached_through_a_link_or_a_folder(labelled: tuple[Path, Path],
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    source, _annotation_file = labelled
    link = source.parent.parent / "link.txt"
    link.symlink_to(source)
    hard = source.parent.parent / "hard.txt"
    os.link(source, hard)
    before = source.read_bytes()
    assert main(["export", str(source), "-o", str(link), "--force"]) == 1
    assert main(["export", str(source.parent), "-o", str(hard), "--force"]) == 1
    assert "error: " in capsys.readouterr().err
    assert source.read_bytes() == before and link.is_symlink()


def test_an_output_that_is_not_a_regular_file_stays_what_it_was(labelled: tuple[Path, Path], tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    source, _annotation_file = labelled
    pipe = tmp_path / "pipe.jsonl"
    os.mkfifo(pipe)
    assert main(["export", str(source), "-o", str(pipe), "--force"]) == 1
    assert "pipe" in capsys.readouterr().err
    assert pipe.is_fifo()
    folder = tmp_path / "summary.docx"
    folder.mkdir()
    assert main(["summary", str(source), "-o", str(folder), "--force"]) == 1
    assert "folder" in capsys.readouterr().err and folder.is_dir()


def test_existing_outputs_and_side_files_are_replaced_only_with_force(labelled: tuple[Path, Path], tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    source, _annotation_file = labelled
    out = tmp_path / "data.jsonl"
    labels_file = tmp_path / "data.labels.json"
    labels_file.write_text("my own notes", encoding="utf-8")  # a side file the export would write

    assert main(["export", str(source), "-o", str(out)]) == 1
    error = capsys.readouterr().err
    assert str(labels_file) in error and "--force" in error
    assert labels_file.read_text(encoding="utf-8") == "my own notes" and not out.exists()

    assert main(["export", str(source), "-o", str(out), "--force"]) == 0
    assert out.is_file() and labels_file.read_text(encoding="utf-8").startswith("[")

    summary = tmp_path / "summary.docx"
    summary.write_bytes(b"an earlier summary")
    assert main(["summary", str(source), "-o", str(summary)]) == 1
    assert "--force" in capsys.readouterr().err and summary.read_bytes() == b"an earlier summary"
    assert main(["summary", str(source), "-o", str(summary), "--force"]) == 0
    assert summary.read_bytes().startswith(b"PK")  # a Word file now


def test_check_outputs_names_what_exists(tmp_path: Path) -> None:
    present, absent = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    present.write_text("x", encoding="utf-8")
    assert check_outputs([present, absent], overwrite=True) == [present]
    with pytest.raises(OutputExistsError) as raised:
        check_outputs([absent, present])
    assert raised.value.paths == [present]
    with pytest.raises(UnsafeOutputError):
        check_outputs([tmp_path / "r.txt.bob.annotations.json.conflict-20240101.json"], overwrite=True)
