"""Training the suggestion model from annotation files: where it goes, what it learns from, resetting it."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.annotations.paths import annotation_path
from core.suggest.model import MANIFEST, MIN_EXAMPLES, load
from core.suggest.training import (
    TRAINING_FOLDERS_FILE,
    StoredExamples,
    annotator_files,
    confirmed_examples,
    examples_from_files,
    model_folder,
    read_training_folders,
    reset_model,
    suggestions_in_order,
    train_and_save,
    write_training_folders,
)
from tests.core.labelled_reports import labelled_copy


def test_the_model_lives_beside_the_annotation_file_or_in_the_data_folder(tmp_path: Path, data_dir: Path) -> None:
    annotation_file = tmp_path / "reports" / "weihai-2020.txt.alice.annotations.json"
    assert model_folder(annotation_file, "Alice Wang", False) == tmp_path / "reports" / "gwr-model.alice-wang"
    assert model_folder(annotation_file, "Alice Wang", True) == data_dir / "models" / "alice-wang"


def test_confirmed_examples_are_the_saved_labels_manual_and_accepted(tmp_path: Path) -> None:
    _source, reports, annotations = labelled_copy(tmp_path / "reports", "weihai-2020.txt")
    report = reports[0]
    examples = confirmed_examples(report, annotations)
    assert len(examples) == len(annotations.for_report(report.id))
    assert {annotation.source for annotation in annotations.for_report(report.id)} == {"manual", "suggested"}
    assert all(annotations.get(report.id, sentence.id).label == label
               for _, sentence, label in examples)


def test_examples_from_files_by_annotator_skipping_open_reports(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    first, reports, alice = labelled_copy(folder, "weihai-2020.txt")
    _second, _, _ = labelled_copy(folder, "weihai-2022.txt")
    labelled_copy(folder, "weihai-2022.txt", annotator="bob")
    everybody = examples_from_files([folder])
    only_alice = examples_from_files([folder], annotator="alice")
    assert only_alice.files == 2 and everybody.files == 3
    assert len(everybody.examples) > len(only_alice.examples)
    without_open = examples_from_files([folder], annotator="alice", skip_reports=[first])
    assert len(without_open.examples) == len(only_alice.examples) - len(alice.for_report(reports[0].id))
    assert {report.source.name for report, _, _ in without_open.examples} == {"weihai-2022.txt"}
    files = annotator_files(annotation_path(first, "alice")[0], "alice", False)
    assert [path.name for path in files] == ["weihai-2020.txt.alice.annotations.json",
                                            "weihai-2022.txt.alice.annotations.json"]


def test_a_damaged_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    labelled_copy(folder, "weihai-2020.txt")
    _, _, broken = labelled_copy(folder, "weihai-2022.txt")
    broken.path.write_text("{not json", encoding="utf-8")
    collected = examples_from_files([folder], annotator="alice")
    assert collected.files == 1 and collected.examples
    assert len(collected.warnings) == 1 and "weihai-2022.txt" in collected.warnings[0]
    assert examples_from_files([tmp_path / "missing"]).warnings


def test_train_save_load_and_reset_with_the_training_folder_list(tmp_path: Path) -> None:
    _source, reports, annotations = labelled_copy(tmp_path / "reports", "weihai-2020.txt")
    examples = confirmed_examples(reports[0], annotations)
    assert len(examples) >= MIN_EXAMPLES
    folder = model_folder(annotations.path, "alice", annotations.is_fallback)
    outcome = train_and_save(examples, folder)
    model = outcome.model
    assert model.is_ready and (folder / MANIFEST).is_file()
    assert outcome.saved_to == folder and outcome.error is None
    assert load(folder).class_counts == model.class_counts
    write_training_folders(folder, [tmp_path / "gold", tmp_path / "gold"])
    assert read_training_folders(folder) == [tmp_path / "gold"]
    suggestions = suggestions_in_order(reports[0], model)
    assert len(suggestions) == len(reports[0].sentences)
    reset_model(folder)
    assert not folder.exists()
    assert read_training_folders(folder) == []
    (folder / "mine.txt").parent.mkdir(parents=True)
    (folder / "mine.txt").write_text("not ours", encoding="utf-8")
    write_training_folders(folder, [tmp_path])
    reset_model(folder)
    assert (folder / "mine.txt").exists() and not (folder / TRAINING_FOLDERS_FILE).exists()


def test_too_few_labels_train_nothing_and_save_nothing(tmp_path: Path) -> None:
    _source, reports, annotations = labelled_copy(tmp_path / "reports", "weihai-2020.txt")
    few = confirmed_examples(reports[0], annotations)[:3]
    folder = tmp_path / "model"
    outcome = train_and_save([example for example in few if example[2] == few[0][2]], folder)
    assert not outcome.model.is_ready and not folder.exists() and outcome.saved_to is None


def test_a_model_that_cannot_be_saved_is_still_returned(tmp_path: Path) -> None:
    _source, reports, annotations = labelled_copy(tmp_path / "reports", "weihai-2020.txt")
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the model folder should be", encoding="utf-8")
    outcome = train_and_save(confirmed_examples(reports[0], annotations), blocker / "model")
    assert outcome.model.is_ready and outcome.saved_to is None
    assert outcome.error is not None and "could not be saved" in outcome.error


def test_stored_examples_keep_folder_labels_and_leave_out_open_reports(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    first, reports, alice = labelled_copy(folder, "weihai-2020.txt")
    labelled_copy(folder, "weihai-2022.txt")
    gold = tmp_path / "gold"
    labelled_copy(gold, "weihai-2025-plan-section.txt", annotator="gold")
    stored = StoredExamples()
    files = annotator_files(alice.path, "alice", False)
    assert stored.load(files, [gold], "alice") == []
    sources = {report.source.name for report, _, _ in stored.examples}
    assert sources == {"weihai-2020.txt", "weihai-2022.txt", "weihai-2025-plan-section.txt"}
    everything = len(stored.without([]))
    assert len(stored.without([first])) == everything - len(alice.for_report(reports[0].id))
    stored.add_folder(gold)  # read again: not counted twice
    stored.add_folder(folder)  # the model's own folder as a training folder: still once
    assert len(stored.without([])) == everything


@pytest.mark.parametrize("content", ["{not json", '{"folders": "nope"}', "[]"])
def test_a_bad_training_folder_list_reads_as_empty(tmp_path: Path, content: str) -> None:
    (tmp_path / TRAINING_FOLDERS_FILE).write_text(content, encoding="utf-8")
    assert read_training_folders(tmp_path) == []

