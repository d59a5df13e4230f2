"""File › Export training data…, Import labels… and Word summary…, driven through the menu actions.

The dialogs are replaced (``gui.shell.dialogs``); the work runs in the thread pool
as in the app, and the tests wait for ``taskFinished``.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import time
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from core.annotations.annotation_set import AnnotationSet
from core.errors import SaveError
from core.export import training_export
from core.export.training_export import RECORD_KEYS
from core.reading.document import load_reports
from core.summary.word_summary import report_title
from gui.export import dialogs as export_dialogs
from gui.export.dialogs import ExportDialog, ExportOptions, SummaryDialog, SummaryOptions
from gui.shell import dialogs
from tests.gui.helpers import annotation_file, copy_report, open_and_wait, saved_annotations

TASK_TIMEOUT_MS = 30000


class Answers:
    """Stand-ins for the dialogs of this feature: set answers, recorded calls."""

    def __init__(self) -> None:
        self.export_options: ExportOptions | Callable[..., ExportOptions | None] | None = None
        self.summary_options: SummaryOptions | None = None
        self.summary_calls: list[tuple[str, list[str], int | None, Path]] = []
        self.summary_later: list[list[tuple[str, Path] | None]] = []
        self.training_files: list[Path] = []
        self.opened_offers: list[Path] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    log = Answers()

    def ask_export_options(parent: object, open_files: int, suggested: ExportOptions) -> ExportOptions | None:
        if callable(log.export_options):
            return log.export_options(parent, open_files, suggested)
        return log.export_options

    def ask_summary_options(parent: object, report_name: str, choices: list[str], chosen: int | None,
                            output: Path, later: list[tuple[str, Path] | None]) -> SummaryOptions | None:
        log.summary_calls.append((report_name, list(choices), chosen, output))
        log.summary_later.append(list(later))
        return log.summary_options

    monkeypatch.setattr(dialogs, "ask_export_options", ask_export_options)
    monkeypatch.setattr(dialogs, "ask_summary_options", ask_summary_options)
    monkeypatch.setattr(dialogs, "choose_training_files", lambda *args, **kwargs: list(log.training_files))
    monkeypatch.setattr(dialogs, "offer_to_open", lambda parent, title, message, path: log.opened_offers.append(path))
    monkeypatch.setattr(export_dialogs, "choose_save_file", lambda *args, **kwargs: None)
    monkeypatch.setattr(export_dialogs, "choose_folder", lambda *args, **kwargs: None)
    return log


def _run(qtbot, window, action_name: str) -> None:
    """Trigger a File menu action and wait until its background work is over and reported."""
    exports = window.exports
    action = getattr(exports, action_name)
    assert action in window.menuBar().actions()[0].menu().actions()
    with qtbot.waitSignal(exports.taskFinished, timeout=TASK_TIMEOUT_MS):
        action.trigger()


def _label_by_keys(qtbot, window, keys: list[Qt.Key]) -> None:
    for key in keys:
        qtbot.keyClick(window.view, key)


def _messages(dialog_log, name: str) -> list[str]:
    return [str(args[2]) for call, args in dialog_log.calls if call == name]


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# export


def test_export_from_the_menu_includes_labels_not_yet_saved(qtbot, make_window, answers, dialog_log,
                                                             weihai_2022, tmp_path) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    _label_by_keys(qtbot, window, [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3])
    entry = window.current_entry
    labelled = {entry.report.sentences[index].id: entry.label_of(index) for index in range(3)}
    assert list(labelled.values()) == ["target", "achievement", "other"]
    assert not annotation_file(weihai_2022).exists()  # the autosave has not run yet
    out = tmp_path / "out" / "data.jsonl"
    out.parent.mkdir()
    answers.export_options = ExportOptions(output=out)

    _run(qtbot, window, "export_action")

    records = _read_jsonl(out)
    assert {tuple(record) for record in records} == {RECORD_KEYS}
    assert {record["sentence_id"]: record["label"] for record in records} == labelled
    assert all(record["annotator"] == "tester" for record in records)
    assert (tmp_path / "out" / "data.labels.json").is_file()
    assert [r["label"] for r in saved_annotations(weihai_2022)] == ["target", "achievement", "other"]
    assert not window.isWindowModified()  # saved first
    info = _messages(dialog_log, "show_information")
    assert len(info) == 1 and "Wrote 3 sentence(s), 3 of them labelled, from 1 report(s)." in info[0]
    assert str(out) in info[0]


def test_export_dialog_choices_give_a_split_csv_of_every_sentence(qtbot, make_window, answers,
                                                                  weihai_2022, compilation, tmp_path) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022, compilation])
    _label_by_keys(qtbot, window, [Qt.Key.Key_1])
    window.show_entry(window.workspace.entries[3])
    _label_by_keys(qtbot, window, [Qt.Key.Key_2])
    out = tmp_path / "data.jsonl"
    seen: dict[str, object] = {}

    def fill_in(parent, open_files: int, suggested: ExportOptions) -> ExportOptions:
        dialog = ExportDialog(open_files, suggested, parent)
        qtbot.addWidget(dialog)
        seen["open"] = dialog.open_button.isChecked() and open_files == 2
        dialog.output_edit.setText("/")  # on the way to typing a path
        dialog.accept()
        seen["folder"] = dialog.error_label.text()
        dialog.output_edit.setText(str(out))
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
        seen["renamed"] = dialog.output_edit.text()
        dialog.unlabelled_box.setChecked(True)
        dialog.split_box.setChecked(True)
        dialog.split_edit.setText("2/1")
        dialog.accept()
        seen["error"] = dialog.error_label.text()
        dialog.split_edit.setText("80/10/10")
        dialog.seed_box.setValue(7)
        seen["files"] = dialog.files_label.text()
        return dialog.options()

    answers.export_options = fill_in
    _run(qtbot, window, "export_action")

    assert seen["open"] is True
    assert "not a folder" in str(seen["folder"])
    assert seen["renamed"] == str(tmp_path / "data.csv")
    assert "80/10/10" in str(seen["error"])
    assert "data.train.csv, data.dev.csv, data.test.csv, data.labels.json" in str(seen["files"])
    parts = [tmp_path / f"data.{name}.csv" for name in ("train", "dev", "test")]
    assert all(part.is_file() for part in parts)
    rows = [row for part in parts for row in list(csv.reader(io.StringIO(part.read_text(encoding="utf-8-sig"))))[1:]]
    total = sum(len(entry.report.sentences) for entry in window.workspace.entries)
    assert len(rows) == total  # every sentence of both files, labelled or not


def test_export_to_a_missing_folder_says_so_and_changes_nothing(qtbot, make_window, answers, dialog_log,
                                                               weihai_2022, tmp_path) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    _label_by_keys(qtbot, window, [Qt.Key.Key_1, Qt.Key.Key_2])
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = annotation_file(weihai_2022).read_bytes()
    answers.export_options = ExportOptions(output=tmp_path / "no such folder" / "data.jsonl")

    _run(qtbot, window, "export_action")

    errors = _messages(dialog_log, "show_error")
    assert len(errors) == 1 and "does not exist" in errors[0] and "Nothing was exported" in errors[0]
    assert annotation_file(weihai_2022).read_bytes() == saved
    assert [window.current_entry.label_of(index) for index in range(3)] == ["target", "achievement", None]
    assert not (tmp_path / "no such folder").exists()
    assert window.exports.export_action.isEnabled()


def test_export_of_nothing_labelled_writes_nothing(qtbot, make_window, answers, dialog_log,
                                                   weihai_2022, tmp_path) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    out = tmp_path / "data.jsonl"
    out.write_text("an earlier export\n", encoding="utf-8")
    answers.export_options = ExportOptions(output=out)

    window.exports.export_action.trigger()  # the open reports: nothing to start

    info = _messages(dialog_log, "show_information")
    assert len(info) == 1 and "nothing to export" in info[0] and "you have not labelled it yet" in info[0]

    answers.export_options = ExportOptions(output=out, folder=weihai_2022.parent, overwrite=True)  # "replace"
    _run(qtbot, window, "export_action")  # a folder: found out in the background

    errors = _messages(dialog_log, "show_error")
    assert len(errors) == 1 and "No labelled sentence was found" in errors[0]
    assert "No annotation file was found" in errors[0]
    assert out.read_text(encoding="utf-8") == "an earlier export\n"
    assert not (tmp_path / "data.labels.json").exists()


def test_a_full_disk_during_the_export_is_reported(qtbot, make_window, answers, dialog_log, monkeypatch,
                                                  weihai_2022, tmp_path) -> None:
    import core.export.training_export

    def full_disk(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(core.export.training_export, "atomic_write", full_disk)
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    _label_by_keys(qtbot, window, [Qt.Key.Key_1])
    answers.export_options = ExportOptions(output=tmp_path / "data.jsonl")

    _run(qtbot, window, "export_action")

    errors = _messages(dialog_log, "show_error")
    assert len(errors) == 1 and "disk is full" in errors[0]
    assert [r["label"] for r in saved_annotations(weihai_2022)] == ["target"]


def test_export_stops_when_the_latest_labels_cannot_be_saved(qtbot, make_window, answers, dialog_log,
                                                            monkeypatch, weihai_2022, tmp_path) -> None:
    def failing_save(self: AnnotationSet, **kwargs: object) -> None:
        raise SaveError(self.path, f"Could not save {self.path}: the disk is full.")

    monkeypatch.setattr(AnnotationSet, "save", failing_save)
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    _label_by_keys(qtbot, window, [Qt.Key.Key_1])
    answers.export_options = ExportOptions(output=tmp_path / "data.jsonl")

    window.exports.export_action.trigger()

    errors = _messages(dialog_log, "show_error")
    assert len(errors) == 1 and "could not be saved" in errors[0] and "disk is full" in errors[0]
    assert not (tmp_path / "data.jsonl").exists()
    assert window.current_entry.label_of(0) == "target"
    assert window.isWindowModified()
    assert not window.exports.busy
    monkeypatch.undo()  # let the window save when it closes


def test_cancelling_the_progress_dialog_stops_the_export(qtbot, make_window, answers, monkeypatch,
                                                        weihai_2022, tmp_path) -> None:
    real_collect = training_export.collect

    def slow_collect(sources: object, progress: Callable[[int, int], None], **options: object) -> object:
        for step in range(500):
            progress(step, 500)
            time.sleep(0.01)
        return real_collect(sources, progress, **options)

    monkeypatch.setattr(training_export, "collect", slow_collect)
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    _label_by_keys(qtbot, window, [Qt.Key.Key_1])
    out = tmp_path / "data.jsonl"
    answers.export_options = ExportOptions(output=out)
    exports = window.exports
    with qtbot.waitSignal(exports.runner.progress, timeout=TASK_TIMEOUT_MS):
        exports.export_action.trigger()
    assert not exports.export_action.isEnabled()  # one task at a time
    progress_dialog = window.findChild(QProgressDialog)
    assert progress_dialog is not None
    with qtbot.waitSignal(exports.taskFinished, timeout=TASK_TIMEOUT_MS):
        progress_dialog.findChild(QPushButton).click()
    assert not out.exists()
    assert "cancelled" in window.statusBar().currentMessage()
    assert exports.export_action.isEnabled()


# import


def _doccano_line(report, spans: list[tuple[int, str]]) -> str:
    sentences = report.sentences
    return json.dumps({"text": report.text, "label": [[sentences[index].start, sentences[index].end, label]
                                                      for index, label in spans]}, ensure_ascii=False)


def test_import_from_the_menu_keeps_unsaved_labels_and_is_one_undo_step(qtbot, make_window, answers,
                                                                       dialog_log, weihai_2022, tmp_path) -> None:
    report = load_reports(weihai_2022)[0]
    training = tmp_path / "doccano.jsonl"
    training.write_text(_doccano_line(report, [(5, "achievement"), (6, "achievement"), (7, "measure")]) + "\n",
                        encoding="utf-8")
    (tmp_path / "doccano.labels.json").write_text(  # defines the new label, as an export's labels file does
        json.dumps([{"name": "measure", "key": "", "colour": "#aabbcc", "description": ""}]), encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _label_by_keys(qtbot, window, [Qt.Key.Key_1, Qt.Key.Key_2])  # sentences 0 and 1, not saved yet
    window.tagging.go_to(6)
    _label_by_keys(qtbot, window, [Qt.Key.Key_3])  # sentence 6: the import will say otherwise
    assert window.isWindowModified()
    answers.training_files = [training]
    steps_before = window.undo_stack.index()

    _run(qtbot, window, "import_action")

    entry = window.current_entry
    expected = {0: "target", 1: "achievement", 5: "achievement", 6: "achievement", 7: "measure"}
    assert {index: entry.label_of(index) for index in range(9) if entry.label_of(index)} == expected
    assert "measure" in [label.name for label in entry.file.labels]
    saved = {(r["sentence_id"], r["label"]) for r in saved_annotations(weihai_2022)}
    assert saved == {(report.sentences[index].id, label) for index, label in expected.items()}
    assert not window.isWindowModified()
    info = _messages(dialog_log, "show_information")
    assert len(info) == 1 and "3 sentence(s) in 威海市 2022 got a new or different label" in info[0]
    assert "measure" in info[0] and "Undo" in info[0]
    assert window.undo_stack.index() == steps_before + 1

    window.undo_stack.undo()
    assert {index: entry.label_of(index) for index in range(9) if entry.label_of(index)} == {
        0: "target", 1: "achievement", 6: "other"}
    assert "measure" not in [label.name for label in entry.file.labels]
    window.undo_stack.redo()
    assert entry.label_of(6) == "achievement" and entry.label_of(7) == "measure"
    window.close()
    saved = {(r["sentence_id"], r["label"]) for r in saved_annotations(weihai_2022)}
    assert saved == {(report.sentences[index].id, label) for index, label in expected.items()}


def test_export_then_import_brings_cleared_labels_back(qtbot, make_window, answers, dialog_log,
                                                      compilation, tmp_path) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [compilation])
    _label_by_keys(qtbot, window, [Qt.Key.Key_1, Qt.Key.Key_2])
    window.show_entry(window.workspace.entries[4])
    _label_by_keys(qtbot, window, [Qt.Key.Key_3])
    out = tmp_path / "mine.jsonl"
    answers.export_options = ExportOptions(output=out)
    _run(qtbot, window, "export_action")
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    window.save_now()
    assert saved_annotations(compilation) == []
    answers.training_files = [out]

    _run(qtbot, window, "import_action")

    first, fifth = window.workspace.entries[0], window.workspace.entries[4]
    assert [first.label_of(0), first.label_of(1), fifth.label_of(0)] == ["target", "achievement", "other"]
    assert sorted(r["label"] for r in saved_annotations(compilation)) == ["achievement", "other", "target"]
    assert not _messages(dialog_log, "show_warning")


def test_import_of_an_unreadable_file_says_so_and_changes_nothing(qtbot, make_window, answers,
                                                                  dialog_log, weihai_2022, tmp_path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    _label_by_keys(qtbot, window, [Qt.Key.Key_1])
    answers.training_files = [broken]

    _run(qtbot, window, "import_action")

    errors = _messages(dialog_log, "show_error")
    assert len(errors) == 1 and "not valid JSON" in errors[0] and "Nothing was imported" in errors[0]
    assert [r["label"] for r in saved_annotations(weihai_2022)] == ["target"]
    assert window.current_entry.label_of(0) == "target"


# Word summary


def test_word_summary_from_the_menu_with_a_comparison(qtbot, make_window, answers, dialog_log,
                                                      weihai_2022, compilation, tmp_path) -> None:
    docx = pytest.importorskip("docx")
    weihai_2020 = copy_report("weihai-2020.txt", tmp_path / "reports")
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022, compilation, weihai_2020])
    _label_by_keys(qtbot, window, [Qt.Key.Key_1, Qt.Key.Key_2])  # in memory only: the summary shows them
    out = tmp_path / "summary.docx"
    answers.summary_options = SummaryOptions(output=out, compare=0, full=True)

    _run(qtbot, window, "summary_action")

    _report_name, choices, _chosen, suggested = answers.summary_calls[0]
    assert len(choices) == 15 and "weihai-2020.txt" in choices[0]  # the same place first
    assert suggested.suffix == ".docx"
    assert answers.opened_offers == [out]
    document = docx.Document(str(out))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert report_title(window.current_entry.report) in texts
    assert any("目标完成情况" in text for text in texts)  # the 2020 report's targets against 2022's results
    assert "附录一　指标全表" in texts  # the complete tables asked for
    assert not _messages(dialog_log, "show_error")
    assert str(out) in window.statusBar().currentMessage()


def _weihai_2021_and_2022(tmp_path: Path) -> tuple[Path, Path]:
    """Two consecutive years of one place: the 2022 report, and a copy of it given as 2021's."""
    reports = tmp_path / "reports"
    older = reports / "weihai-2021.txt"
    newer = copy_report("weihai-2022.txt", reports)
    older.write_text(newer.read_text(encoding="utf-8").replace("2022", "2021"), encoding="utf-8")
    return older, newer


def test_word_summary_offers_the_year_before_and_checks_the_folder(qtbot, make_window, answers,
                                                                   tmp_path) -> None:
    older, newer = _weihai_2021_and_2022(tmp_path)
    window = make_window()
    open_and_wait(qtbot, window, [newer, older])
    window.show_entry(window.workspace.entries[0])
    answers.summary_options = None  # cancelled

    window.exports.summary_action.trigger()

    _name, choices, chosen, _output = answers.summary_calls[0]
    assert chosen == 0 and "weihai-2021.txt" in choices[0]
    dialog = SummaryDialog("威海", choices, chosen, tmp_path / "missing" / "out.docx")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "does not exist" in dialog.error_label.text()
    dialog.output_edit.setText(str(tmp_path / "out"))
    assert dialog.options() == SummaryOptions(output=tmp_path / "out.docx", compare=0)
    qtbot.mouseClick(dialog.full_box, Qt.MouseButton.LeftButton)
    assert dialog.options() == SummaryOptions(output=tmp_path / "out.docx", compare=0, full=True)


def test_word_summary_of_the_earlier_report_compared_with_a_later_one_is_named_after_the_later(
        qtbot, make_window, answers, tmp_path) -> None:
    """With 2021 shown and 2022 chosen, the brief written is 2022's (judging 2021's targets): so is its file."""
    docx = pytest.importorskip("docx")
    older, newer = _weihai_2021_and_2022(tmp_path)
    window = make_window()
    open_and_wait(qtbot, window, [newer, older])
    shown = next(entry for entry in window.workspace.entries if entry.report.year == 2021)
    window.show_entry(shown)
    answers.summary_options = None
    window.exports.summary_action.trigger()

    name, choices, chosen, suggested = answers.summary_calls[0]
    later = answers.summary_later[0]
    assert "2021" in name and chosen == 0 and "weihai-2022.txt" in choices[0]
    assert "2021" in suggested.name  # no comparison: the brief of the report shown
    assert later[0] is not None and "2022" in later[0][0] and "2022" in later[0][1].name
    dialog = SummaryDialog(name, choices, None, tmp_path / suggested.name, later=later)
    qtbot.addWidget(dialog)
    assert dialog.later_label.isHidden()
    dialog.compare_box.setCurrentIndex(1)  # 2022, the later report
    assert not dialog.later_label.isHidden() and "2022" in dialog.later_label.text()
    options = dialog.options()
    assert options.compare == 0 and "2022" in options.output.name and "2021" not in options.output.name
    dialog.all_radio.setChecked(True)  # every open report, each with its year before: the note does not hold
    assert dialog.later_label.isHidden()
    dialog.one_radio.setChecked(True)
    assert not dialog.later_label.isHidden()
    dialog.compare_box.setCurrentIndex(0)  # no comparison again: the report shown's own brief
    assert "2021" in dialog.options().output.name
    dialog.output_edit.setText(str(tmp_path / "mine.docx"))  # a name typed by hand is kept
    dialog.compare_box.setCurrentIndex(1)
    assert dialog.options().output == tmp_path / "mine.docx"

    answers.summary_options = SummaryOptions(output=options.output, compare=0)
    _run(qtbot, window, "summary_action")
    texts = [paragraph.text for paragraph in docx.Document(str(options.output)).paragraphs]
    assert any("2022" in text for text in texts[:3]) and not any("2021年政府工作报告" in text for text in texts[:3])


def test_word_summary_without_a_report_asks_to_open_one(qtbot, make_window, answers, dialog_log) -> None:
    window = make_window()
    window.exports.summary_action.trigger()
    assert answers.summary_calls == []
    assert "Open a report first" in _messages(dialog_log, "show_information")[0]


def test_every_open_report_gets_a_brief_paired_with_its_year_before(qtbot, make_window, answers,
                                                                   tmp_path) -> None:
    from tests.gui.compare.two_years import EARLIER, LATER

    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "mouchi-2022.txt").write_text(EARLIER, encoding="utf-8")
    (reports / "mouchi-2023.txt").write_text(LATER, encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, [reports / "mouchi-2022.txt", reports / "mouchi-2023.txt"])
    briefs = tmp_path / "briefs"
    answers.summary_options = SummaryOptions(output=briefs, folder=briefs)

    _run(qtbot, window, "summary_action")

    written = sorted(path.name for path in briefs.glob("*.docx"))
    assert len(written) == 2 and all(name.endswith("-简报.docx") for name in written)
    assert answers.opened_offers == [briefs]
    later = docx.Document(str(next(path for path in briefs.glob("*2023*.docx"))))
    text = "\n".join(paragraph.text for paragraph in later.paragraphs)
    cells = [cell.text for table in later.tables for row in table.rows for cell in row.cells]
    assert "2022年目标完成情况" in text  # the scorecard of the year before
    assert "未完成" in cells and "完成" in cells  # 一般公共预算收入 3.1% < 5%; 地区生产总值 5.8% ≈ 6%左右
    earlier = docx.Document(str(next(path for path in briefs.glob("*2022*.docx"))))
    assert "目标完成情况" not in "\n".join(paragraph.text for paragraph in earlier.paragraphs)  # no year before it


def test_summary_dialog_offers_one_brief_per_open_report(qtbot, tmp_path) -> None:
    dialog = SummaryDialog("某某市 2023", ["某某市 2022 — mouchi-2022.txt"], 0, tmp_path / "brief.docx")
    qtbot.addWidget(dialog)
    assert dialog.compare_box.isEnabled() and not dialog.folder_edit.isEnabled()
    qtbot.mouseClick(dialog.all_radio, Qt.MouseButton.LeftButton)
    assert not dialog.compare_box.isEnabled() and dialog.folder_edit.isEnabled()
    dialog.folder_edit.setText(str(tmp_path / "briefs"))
    options = dialog.options()
    assert options.folder == tmp_path / "briefs" and options.compare is None
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    dialog.folder_edit.setText(str(tmp_path / "a-file"))
    with pytest.raises(ValueError, match="not a folder"):
        dialog.options()
