"""Suggested labels in the window, driven by keys: accept, accept a section, undo, next uncertain, learning."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from core.reading.document import load_reports
from core.reading.model import LEVEL_LEAD
from core.suggest.model import MANIFEST, train
from core.suggest.rules import suggest_by_rules
from core.suggest.training import TRAINING_FOLDERS_FILE, model_folder
from gui.reading.section_tree_model import SECTION_ID_ROLE
from gui.suggestions import dialogs as suggestion_dialogs
from tests.gui.helpers import ANNOTATOR, annotation_file, copy_report, open_and_wait, saved_annotations

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def suggestion_dialog_log(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The suggestion dialogs answer from this dict and never block."""
    answers: dict[str, object] = {"threshold": None, "folder": None, "reset": True, "calls": []}

    def fake(name: str):
        def answer(*_args: object) -> object:
            answers["calls"].append(name)
            return answers[name]
        return answer

    monkeypatch.setattr(suggestion_dialogs, "ask_accept_threshold", fake("threshold"))
    monkeypatch.setattr(suggestion_dialogs, "choose_training_folder", fake("folder"))
    monkeypatch.setattr(suggestion_dialogs, "confirm_reset_model", fake("reset"))
    return answers


def _click_section(qtbot, window, parent_row: int, row: int) -> list[int]:
    """Click a section in the tree; returns the indexes of its sentences."""
    tree = window.section_tree
    parent = tree.model().index(parent_row, 0)
    tree.expand(parent)
    index = tree.model().index(row, 0, parent)
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    section_id = index.data(SECTION_ID_ROLE)
    report = window.current_entry.report
    return [number for number, sentence in enumerate(report.sentences)
            if section_id in [section.id for section in report.section_path(sentence.section)]]


def _records_by_id(source: Path) -> dict[str, dict[str, object]]:
    return {str(record["sentence_id"]): record for record in saved_annotations(source)}


def _selection_format(window, index: int) -> QTextCharFormat | None:
    """The label colouring of a sentence as the report view draws it."""
    start, end = window.view.document_map.sentence_range(index)
    selections = window.view.extraSelections()
    for selection in selections:
        if selection.cursor.selectionStart() == start and selection.cursor.selectionEnd() == end:
            return QTextCharFormat(selection.format)  # a copy: the selections are temporaries
    return None


def test_enter_and_space_accept_a_number_key_overrides_and_undo(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    entry = window.current_entry
    rules = suggest_by_rules(entry.report)
    members = _click_section(qtbot, window, parent_row=2, row=1)  # a plan section: targets
    first = members[0]
    sentences = entry.report.sentences
    assert entry.current == first and entry.label_of(first) is None
    suggested_format = _selection_format(window, first)
    assert suggested_format is not None
    assert suggested_format.underlineStyle() in (QTextCharFormat.UnderlineStyle.DashUnderline,
                                                 QTextCharFormat.UnderlineStyle.WaveUnderline)  # sure, unsure
    panel_text = window.sentence_panel.suggestion_value.text()
    assert panel_text.startswith(f"{rules[sentences[first].id].label} (0.")

    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert entry.current == first + 1
    confirmed_format = _selection_format(window, first)
    assert (
        confirmed_format is not None and confirmed_format.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
    )
    assert confirmed_format.background() != suggested_format.background()  # full colour, not the pale tint
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    qtbot.keyClick(window.view, Qt.Key.Key_2)  # a label key overrides the suggestion (target) by hand
    qtbot.keyClick(window.view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert entry.current == first + 4 and window.undo_stack.count() == 4
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)  # undo the last acceptance
    assert entry.label_of(first + 3) is None
    qtbot.keyClick(window.view, Qt.Key.Key_Up)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)  # Enter on a confirmed label keeps it and moves on
    assert entry.label_of(first + 2) == "achievement" and entry.current == first + 3
    window.close()

    records = _records_by_id(weihai_2022)
    ids = [sentences[index].id for index in (first, first + 1, first + 2)]
    assert set(records) == set(ids)
    assert [(records[i]["label"], records[i]["source"]) for i in ids] == [
        (rules[ids[0]].label, "suggested"), (rules[ids[1]].label, "suggested"), ("achievement", "manual")]


def test_accept_all_in_a_section_is_one_undo_step(qtbot, make_window, weihai_2022,
                                                  suggestion_dialog_log) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    entry = window.current_entry
    rules = suggest_by_rules(entry.report)
    sentences = entry.report.sentences
    # （十）社会大局和谐稳定 ends the review with problems, whose calibrated confidence is below 0.9.
    members = _click_section(qtbot, window, parent_row=0, row=9)
    confident = [index for index in members if rules[sentences[index].id].confidence >= 0.9]
    assert 0 < len(confident) < len(members)

    qtbot.keyClick(window.view, Qt.Key.Key_Return, CTRL)
    assert [index for index in members if entry.label_of(index) is not None] == confident
    assert window.undo_stack.count() == 1
    assert entry.current == next(index for index in members if index not in confident)  # the first one left
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert all(entry.label_of(index) is None for index in members)
    assert entry.anchor is None  # undo shows one sentence, not a range the next key would act on
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [index for index in members if entry.label_of(index) is not None] == confident

    uncertain = next(index for index in members if index not in confident)
    wavy = QTextCharFormat.UnderlineStyle.WaveUnderline
    assert _selection_format(window, uncertain).underlineStyle() == wavy
    suggestion_dialog_log["threshold"] = 0.5  # Tagging › Suggestion model › Confidence…
    window.suggestion_actions.threshold_action.trigger()
    assert "0.50" in window.suggestion_actions.accept_section_action.text()
    assert _selection_format(window, uncertain).underlineStyle() != wavy
    qtbot.keyClick(window.view, Qt.Key.Key_A)
    assert all(entry.label_of(index) == rules[sentences[index].id].label for index in members)
    assert window.undo_stack.count() == 2
    window.close()

    records = _records_by_id(weihai_2022)
    assert set(records) == {sentences[index].id for index in members}
    assert {record["source"] for record in records.values()} == {"suggested"}


def test_next_uncertain_goes_to_the_least_confident_sentence(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    entry = window.current_entry
    rules = suggest_by_rules(entry.report)
    ranked = sorted((rules[sentence.id].confidence, index) for index, sentence in enumerate(entry.report.sentences))
    qtbot.keyClick(window.view, Qt.Key.Key_U)
    assert entry.current == ranked[0][1]
    assert rules[entry.report.sentences[entry.current].id].confidence == min(confidence for confidence, _ in ranked)
    qtbot.keyClick(window.view, Qt.Key.Key_U)  # the next hardest, not the same one again
    assert entry.current == ranked[1][1]
    qtbot.keyClick(window.view, Qt.Key.Key_3)  # decided: it leaves the uncertain ones
    qtbot.keyClick(window.view, Qt.Key.Key_U)
    assert entry.current == ranked[2][1]
    assert entry.label_of(ranked[1][1]) == "other"


def test_suggestions_can_be_hidden(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    entry = window.current_entry
    assert _selection_format(window, 10) is not None
    window.suggestion_actions.show_action.trigger()  # Tagging › Show suggested labels: off
    assert _selection_format(window, 10) is None
    entry_before = entry.current
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.undo_stack.count() == 0 and entry.current == entry_before
    assert "hidden" in window.statusBar().currentMessage()
    window.suggestion_actions.show_action.trigger()
    assert _selection_format(window, 10) is not None


def _opens_lead(report, sentence) -> bool:
    section = report.section_by_id(sentence.section)
    return section is not None and section.level == LEVEL_LEAD and section.heading_start == sentence.start


def test_the_model_learns_in_the_background_and_is_saved_beside_the_labels(
        qtbot, make_window, tmp_path) -> None:
    first = copy_report("weihai-2020.txt", tmp_path / "reports")
    second = copy_report("weihai-2022.txt", tmp_path / "reports")
    window = make_window()
    open_and_wait(qtbot, window, [first, second])
    controller = window.suggestions
    qtbot.waitUntil(lambda: not controller.learner.worker.busy, timeout=30000)  # the (empty) model folder was looked at
    entry = window.current_entry
    assert entry.report.source == first and controller.learner.state is None
    report = entry.report
    last = len(report.sentences) - 1
    window.tagging.go_to(0)
    window.tagging.go_to(last, extend=True)  # select the whole report, as a Shift+click would
    qtbot.keyClick(window.view, Qt.Key.Key_Return)  # accept every suggestion: one step
    leads = [index for index, sentence in enumerate(report.sentences) if _opens_lead(report, sentence)]
    assert len(leads) >= 20
    for index in leads:  # the annotator decides that run-in leads are "other"
        window.tagging.go_to(index)
        qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert controller.learner.worker.busy  # retraining started after the label changes...
    started = time.perf_counter()
    qtbot.keyClick(window.view, Qt.Key.Key_J)  # ...and the window still answers at once
    assert time.perf_counter() - started < 0.2

    other = next(candidate for candidate in window.workspace.entries if candidate.report.source == second)
    other_leads = [index for index, sentence in enumerate(other.report.sentences)
                   if _opens_lead(other.report, sentence)]

    def learned() -> bool:
        found = [controller.suggestion(other, index) for index in other_leads]
        return all(item is not None and item.label == "other" and item.reason.startswith("model") for item in found)

    qtbot.waitUntil(learned, timeout=60000)
    assert "model" in controller.learner.status_label.text()
    folder = model_folder(annotation_file(first), ANNOTATOR, False)
    assert folder == tmp_path / "reports" / f"gwr-model.{ANNOTATOR}"
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["class_counts"]["other"] >= len(leads)
    window.show_entry(other)  # the other report shows the learned suggestions
    assert _selection_format(window, other_leads[0]) is not None
    window.close()


def test_a_saved_model_is_loaded_and_can_be_reset(qtbot, make_window, tmp_path,
                                                  suggestion_dialog_log) -> None:
    source = copy_report("weihai-2022.txt", tmp_path / "reports")
    report = load_reports(source)[0]
    rules = suggest_by_rules(report)
    examples = [(report, sentence, "other" if _opens_lead(report, sentence) else rules[sentence.id].label)
                for sentence in report.sentences]
    folder = model_folder(annotation_file(source), ANNOTATOR, False)
    train(examples).save(folder)
    window = make_window()
    controller = window.suggestions
    with qtbot.waitSignal(controller.suggestionsChanged, timeout=60000):
        open_and_wait(qtbot, window, [source])
    entry = window.current_entry
    lead = next(index for index, sentence in enumerate(entry.report.sentences) if _opens_lead(entry.report, sentence))
    assert controller.suggestion(entry, lead).label == "other"
    assert "model" in controller.learner.status_label.text()

    suggestion_dialog_log["reset"] = False
    window.suggestion_actions.reset_action.trigger()  # asked, and cancelled: nothing happens
    assert (folder / MANIFEST).exists()
    suggestion_dialog_log["reset"] = True
    with qtbot.waitSignal(controller.modelChanged, timeout=30000):
        window.suggestion_actions.reset_action.trigger()
    assert suggestion_dialog_log["calls"] == ["reset", "reset"]
    assert not folder.exists() and controller.learner.state is not None and not controller.learner.state.ready
    assert controller.suggestion(entry, lead).label == rules[entry.report.sentences[lead].id].label
    assert "model" not in controller.learner.status_label.text()


def test_train_from_a_folder_of_annotation_files(qtbot, make_window, tmp_path,
                                                 suggestion_dialog_log) -> None:
    from core.annotations.opening import open_annotations

    gold = tmp_path / "gold"
    labelled = copy_report("weihai-2020.txt", gold)
    report = load_reports(labelled)[0]
    rules = suggest_by_rules(report)
    annotations = open_annotations(labelled, "gold", [report])
    for sentence in report.sentences:
        annotations.set(report, sentence, "other" if _opens_lead(report, sentence) else rules[sentence.id].label)
    annotations.save()
    source = copy_report("weihai-2022.txt", tmp_path / "reports")
    window = make_window()
    open_and_wait(qtbot, window, [source])
    controller = window.suggestions
    qtbot.waitUntil(lambda: not controller.learner.worker.busy, timeout=30000)
    suggestion_dialog_log["folder"] = gold
    with qtbot.waitSignal(controller.learner.worker.finished, timeout=60000,
                          check_params_cb=lambda kind, _result, _tag: kind == "folder"):
        window.suggestion_actions.folder_action.trigger()
    assert controller.learner.state is not None and controller.learner.state.ready
    assert controller.learner.state.example_count == len(report.sentences)
    folder = model_folder(annotation_file(source), ANNOTATOR, False)
    assert json.loads((folder / TRAINING_FOLDERS_FILE).read_text(encoding="utf-8"))["folders"] == [str(gold)]
    assert "Learned from" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: controller.suggestion(window.current_entry, 0) is not None
                    and controller.learner.worker.busy is False, timeout=30000)
    window.close()
    assert not annotation_file(source).exists()  # training writes no labels


def test_a_damaged_saved_model_is_reported_and_the_rules_suggest(qtbot, make_window, tmp_path) -> None:
    source = copy_report("weihai-2022.txt", tmp_path / "reports")
    folder = model_folder(annotation_file(source), ANNOTATOR, False)
    folder.mkdir(parents=True)
    (folder / MANIFEST).write_text("{not json", encoding="utf-8")
    window = make_window()
    learner = window.suggestions.learner
    with qtbot.waitSignal(learner.worker.finished, timeout=30000):
        open_and_wait(qtbot, window, [source])
    assert "cannot be read" in window.statusBar().currentMessage()
    assert learner.state is not None and not learner.state.ready
    assert (folder / MANIFEST).read_text(encoding="utf-8") == "{not json"  # left as it was
    entry = window.current_entry
    rules = suggest_by_rules(entry.report)
    assert window.suggestions.suggestion(entry, 5) == rules[entry.report.sentences[5].id]


def test_the_worker_runs_one_job_at_a_time_and_keeps_only_the_newest_waiting(qtbot) -> None:
    from gui.suggestions.worker import SuggestionWorker

    worker = SuggestionWorker(in_process=True)
    results: list[tuple[str, object, object]] = []
    failures: list[tuple[str, object]] = []
    worker.finished.connect(lambda kind, result, tag: results.append((kind, result, tag)))
    worker.failed.connect(lambda kind, error: failures.append((kind, error)))
    gone = str(Path("/nonexistent/report.txt"))
    from core.suggest.service import ReportKey

    with qtbot.waitSignal(worker.busyChanged, timeout=10000, check_params_cb=lambda busy: not busy):
        worker.submit("predict", "predict", [ReportKey(gone, "r1", "x")], tag=1)  # starts at once
        worker.submit("predict", "predict", [ReportKey(gone, "r2", "y")], tag=2)  # waits...
        worker.submit("predict", "predict", [], tag=3)  # ...and is replaced by this one
        worker.submit("broken", "no_such_method")
    assert [(kind, tag) for kind, _result, tag in results] == [("predict", 1), ("predict", 3)]
    assert [kind for kind, _error in failures] == ["broken"] and isinstance(failures[0][1], AttributeError)
    worker.shutdown()


def test_after_closing_no_job_starts_a_new_child_process(qtbot) -> None:
    # a job started as the window closes spawned a child that the ending process left half started: it printed
    # a traceback ("Ran out of input") in the terminal the program was started from
    from gui.suggestions.worker import SuggestionWorker

    worker = SuggestionWorker()
    with qtbot.waitSignal(worker.finished, timeout=60000):
        worker.submit("predict", "predict", [], tag=1)
    executor = worker._executor
    assert executor is not None
    (child,) = executor._processes.values()
    worker.shutdown()
    # the executor's own thread reaps the ended child too: a single is_alive() may run between its waitpid and its
    # keeping of the exit code, and answer True for a process that is gone, so ask until the answer settles
    qtbot.waitUntil(lambda: not child.is_alive(), timeout=10000)
    worker.submit("predict", "predict", [], tag=2)
    assert not worker.busy and worker._executor is None  # nothing waits, nothing was started
    worker.wait()
