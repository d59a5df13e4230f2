"""The export and summary dialogs ask before replacing files; each format has its own default name;
the export-done message says what each part of a split got; a misspelt label on import is an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.reading.document import load_reports
from gui.export import dialogs as export_dialogs
from gui.export.dialogs import ExportDialog, ExportOptions, SummaryDialog
from gui.shell import dialogs
from tests.gui.helpers import annotation_file, open_and_wait, saved_annotations

TASK_TIMEOUT_MS = 30000


class Questions:
    """Stands in for ``gui.export.dialogs.ask_replace_files``: records the files named, gives a set answer."""

    def __init__(self) -> None:
        self.asked: list[list[Path]] = []
        self.answer = False

    def __call__(self, parent: object, title: str, paths: list[Path]) -> bool:
        self.asked.append(list(paths))
        return self.answer


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    stand_in = Questions()
    monkeypatch.setattr(export_dialogs, "ask_replace_files", stand_in)
    monkeypatch.setattr(dialogs, "offer_to_open", lambda *args, **kwargs: None)
    return stand_in


def _messages(dialog_log, name: str) -> list[str]:
    return [str(args[2]) for call, args in dialog_log.calls if call == name]


def _run(qtbot, window, action_name: str) -> None:
    exports = window.exports
    with qtbot.waitSignal(exports.taskFinished, timeout=TASK_TIMEOUT_MS):
        getattr(exports, action_name).trigger()


def test_export_dialog_names_every_file_it_would_replace_and_replaces_only_after_yes(
        qtbot, make_window, questions, dialog_log, monkeypatch, weihai_2022, tmp_path) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    out = tmp_path / "data.jsonl"
    labels_file = tmp_path / "data.labels.json"
    out.write_text("an earlier export\n", encoding="utf-8")
    labels_file.write_text("earlier labels", encoding="utf-8")
    dialog = ExportDialog(1, ExportOptions(output=out))
    qtbot.addWidget(dialog)

    dialog.accept()  # the user says no
    assert questions.asked == [[out, labels_file]]
    assert dialog.accepted_options is None and dialog.result() != ExportDialog.DialogCode.Accepted

    dialog.output_edit.setText(str(annotation_file(weihai_2022)))  # never offered: an annotation file
    dialog.accept()
    assert "annotation file" in dialog.error_label.text() and len(questions.asked) == 1

    dialog.output_edit.setText(str(out))
    questions.answer = True
    dialog.accept()
    assert len(questions.asked) == 2 and dialog.accepted_options is not None
    monkeypatch.setattr(dialogs, "ask_export_options", lambda *args: dialog.accepted_options)
    _run(qtbot, window, "export_action")

    assert not _messages(dialog_log, "show_error")
    assert [json.loads(line)["label"] for line in out.read_text(encoding="utf-8").splitlines()] == ["target"]
    assert labels_file.read_text(encoding="utf-8").startswith("[")


def test_without_a_yes_an_existing_export_is_not_replaced(qtbot, make_window, questions, dialog_log, monkeypatch,
                                                          weihai_2022, tmp_path) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    out = tmp_path / "data.csv"
    out.write_text("an earlier export\n", encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_export_options", lambda *args: ExportOptions(output=out, format="csv"))

    _run(qtbot, window, "export_action")

    errors = _messages(dialog_log, "show_error")
    assert len(errors) == 1 and str(out) in errors[0] and "already exists" in errors[0]
    assert out.read_text(encoding="utf-8") == "an earlier export\n"


def test_each_format_has_its_own_default_name(qtbot, tmp_path) -> None:
    dialog = ExportDialog(1, ExportOptions(output=tmp_path / "training.jsonl"))
    qtbot.addWidget(dialog)
    names = {}
    for format in ("doccano", "csv", "jsonl", "doccano"):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(format))
        names[format] = Path(dialog.output_edit.text()).name
    assert names == {"doccano": "training-doccano.jsonl", "csv": "training.csv", "jsonl": "training.jsonl"}
    assert "training-doccano.labels.json" in dialog.files_label.text()


def test_summary_dialog_asks_before_replacing_a_file(qtbot, questions, tmp_path) -> None:
    out = tmp_path / "summary.docx"
    out.write_bytes(b"an earlier summary")
    dialog = SummaryDialog("威海", [], None, out)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert questions.asked == [[out]] and dialog.accepted_options is None
    questions.answer = True
    dialog.accept()
    assert dialog.accepted_options is not None and dialog.accepted_options.overwrite
    assert out.read_bytes() == b"an earlier summary"  # the dialog itself writes nothing


def test_export_done_message_says_what_each_part_got(qtbot, make_window, questions, dialog_log, monkeypatch,
                                                     weihai_2022, compilation, tmp_path) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022, compilation])
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(window.view, key)
    out = tmp_path / "data.jsonl"
    monkeypatch.setattr(dialogs, "ask_export_options",
                        lambda *args: ExportOptions(output=out, split=(80, 10, 10), seed=3))

    _run(qtbot, window, "export_action")

    (message,) = _messages(dialog_log, "show_warning")  # dev and test got nothing: a warning says so
    assert "train: 1 report(s), 3 sentence(s)" in message
    assert "dev: 0 report(s), 0 sentence(s)" in message and "test: 0 report(s), 0 sentence(s)" in message
    assert len((tmp_path / "data.train.jsonl").read_text(encoding="utf-8").splitlines()) == 3


def test_import_of_a_misspelt_label_says_so_and_changes_nothing(qtbot, make_window, dialog_log, monkeypatch,
                                                                weihai_2022, tmp_path) -> None:
    report = load_reports(weihai_2022)[0]
    first, second = report.sentences[4], report.sentences[5]
    training = tmp_path / "doccano.jsonl"
    training.write_text(json.dumps({"text": report.text, "label": [[first.start, first.end, "target"],
                                                                   [second.start, second.end, "targte"]]},
                                   ensure_ascii=False) + "\n", encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    monkeypatch.setattr(dialogs, "choose_training_files", lambda *args, **kwargs: [training])

    _run(qtbot, window, "import_action")

    (error,) = _messages(dialog_log, "show_error")
    assert "'targte'" in error and "doccano.jsonl line 1" in error and "Nothing was imported" in error
    assert [r["label"] for r in saved_annotations(weihai_2022)] == ["achievement"]
    entry = window.current_entry
    assert [entry.label_of(index) for index in (0, 4, 5)] == ["achievement", None, None]
    assert "targte" not in [label.name for label in entry.file.labels]
