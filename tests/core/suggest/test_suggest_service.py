"""The suggestion service the window runs in a child process, called here in-process."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

from core.annotations.opening import open_annotations
from core.reading.document import load_reports
from core.reading.model import LEVEL_LEAD, Report, Sentence
from core.suggest.model import MANIFEST, MIN_EXAMPLES
from core.suggest.rules import suggest_by_rules
from core.suggest.service import ReportKey, SuggestionService, run
from core.suggest.training import TRAINING_FOLDERS_FILE, model_folder
from resources import resource_path


def opens_lead(report: Report, sentence: Sentence) -> bool:
    section = report.section_by_id(sentence.section)
    return section is not None and section.level == LEVEL_LEAD and section.heading_start == sentence.start


def copy(name: str, folder: Path) -> tuple[Path, Report]:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(resource_path("samples", name), folder / name)
    return folder / name, load_reports(folder / name)[0]


def lead_labels(report: Report) -> list[tuple[ReportKey, str, str]]:
    """Every sentence confirmed as the rules say, except run-in leads, called ``other``."""
    rules = suggest_by_rules(report)
    key = ReportKey.of(report)
    return [(key, sentence.id, "other" if opens_lead(report, sentence) else rules[sentence.id].label)
            for sentence in report.sentences]


def test_open_train_predict_reset(tmp_path: Path) -> None:
    source, report = copy("weihai-2020.txt", tmp_path / "reports")
    _, other = copy("weihai-2022.txt", tmp_path / "reports")
    annotation_file = tmp_path / "reports" / "weihai-2020.txt.alice.annotations.json"
    folder = model_folder(annotation_file, "alice", False)
    service = SuggestionService()
    labels = lead_labels(report)
    opened = service.open(folder, annotation_file, "alice", False, labels, [str(source)])
    assert not opened.ready and opened.stale  # labels enough to learn from, and no model yet
    state = service.train(labels, [str(source)])
    assert state.ready and state.trained and state.example_count == len(report.sentences)
    assert (folder / MANIFEST).is_file() and state.folder == str(folder)
    key = ReportKey.of(other)
    predicted = service.predict([key])[key]
    leads = [index for index, sentence in enumerate(other.sentences) if opens_lead(other, sentence)]
    assert leads and all(predicted[index].label == "other" for index in leads)
    assert pickle.loads(pickle.dumps(state)) == state  # what crosses between the processes

    again = SuggestionService()  # a new process finds the saved model
    reopened = again.open(folder, annotation_file, "alice", False, labels, [str(source)])
    assert reopened.ready and not reopened.stale
    assert again.predict([key])[key] == predicted
    assert not again.reset().ready and not folder.exists()
    assert again.predict([key])[key] == [suggest_by_rules(other)[sentence.id] for sentence in other.sentences]


def test_too_few_labels_train_nothing(tmp_path: Path) -> None:
    source, report = copy("weihai-2020.txt", tmp_path / "reports")
    folder = tmp_path / "model"
    service = SuggestionService()
    few = lead_labels(report)[: MIN_EXAMPLES - 1]
    assert not service.open(folder, tmp_path / "a.json", "alice", False, few, [str(source)]).stale
    state = service.train(few, [str(source)])
    assert not state.trained and not state.ready and not folder.exists()


def test_a_changed_report_file_is_not_used(tmp_path: Path) -> None:
    source, report = copy("weihai-2020.txt", tmp_path / "reports")
    key = ReportKey.of(report)
    service = SuggestionService()
    assert key in service.predict([key])
    source.write_text(report.text.replace("威海", "烟台"), encoding="utf-8")
    assert service.predict([key]) == {}  # the window's report is not the file's any more
    assert service.examples(lead_labels(report), []) == []
    assert run("predict", [ReportKey(str(tmp_path / "gone.txt"), "r1", "x")]) == {}


def test_learning_from_a_folder_is_remembered(tmp_path: Path) -> None:
    gold_source, gold_report = copy("weihai-2020.txt", tmp_path / "gold")
    annotations = open_annotations(gold_source, "gold", [gold_report])
    for _key, sentence_id, label in lead_labels(gold_report):
        annotations.set(gold_report, next(s for s in gold_report.sentences if s.id == sentence_id), label)
    annotations.save()
    source, _report = copy("weihai-2022.txt", tmp_path / "reports")
    annotation_file = tmp_path / "reports" / "weihai-2022.txt.alice.annotations.json"
    folder = model_folder(annotation_file, "alice", False)
    service = SuggestionService()
    service.open(folder, annotation_file, "alice", False, [], [str(source)])
    state = service.add_folder(tmp_path / "gold", [], [str(source)])
    assert state.ready and state.folder_labels == len(gold_report.sentences) and state.folder_files == 1
    assert (folder / TRAINING_FOLDERS_FILE).is_file()
    later = SuggestionService()  # the next session reads the folder again
    reopened = later.open(folder, annotation_file, "alice", False, [], [str(source)])
    assert reopened.ready and not reopened.stale and reopened.example_count == len(gold_report.sentences)
