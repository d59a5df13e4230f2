"""Opening, switching, saving failures, drops, the start-up path and the side panels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.annotations.annotation_set import AnnotationSet
from core.errors import SaveError
from gui.shell import app as app_module
from gui.shell.settings import AppSettings
from gui.tagging import autosave
from gui.tagging.label_editor import LabelEditorDialog
from tests.gui.helpers import annotation_file, drop_on_window, open_and_wait, saved_annotations


def test_compilation_lists_every_report_and_shares_one_file(qtbot, make_window, compilation) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [compilation])
    model = window.report_list.model()
    assert model.rowCount() == 14  # one place each
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    fifth = model.index_of_entry(window.workspace.entries[4])
    window.report_list.scrollTo(fifth)
    qtbot.mouseClick(window.report_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.report_list.visualRect(fifth).center())
    assert window.current_entry is window.workspace.entries[4]
    assert not window.isWindowModified()  # switching report saved the first label
    assert window.view.hasFocus()  # the next key labels, it does not move in the list
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    window.close()
    records = saved_annotations(compilation)
    assert [(r["report"], r["label"]) for r in records] == [("r1", "target"), ("r5", "achievement")]


def test_undo_goes_back_to_the_report_of_the_change(qtbot, make_window, compilation) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [compilation])
    qtbot.keyClick(window.view, Qt.Key.Key_J)
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    first = window.current_entry
    window.show_entry(window.workspace.entries[2])
    window.undo_stack.undo()
    assert window.current_entry is first
    assert first.current == 1 and first.label_of(1) is None


def test_failed_save_keeps_changes_and_retries(qtbot, make_window, monkeypatch, weihai_2022) -> None:
    monkeypatch.setattr(autosave, "RETRY_DELAY_MS", 200)
    real_save = AnnotationSet.save
    failing = {"on": True}

    def save(self: AnnotationSet, **kwargs: object) -> None:
        if failing["on"]:
            raise SaveError(
                self.path, f"Could not save {self.path}: the disk is full. The previously saved file is unchanged."
            )
        real_save(self, **kwargs)

    monkeypatch.setattr(AnnotationSet, "save", save)
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "save" in window.banners.keys()  # noqa: SIM118 - a widget, not a dict
    assert "disk is full" in window.banners.text("save")
    assert window.isWindowModified()
    assert window.current_entry.label_of(0) == "target"
    assert not annotation_file(weihai_2022).exists()
    failing["on"] = False
    qtbot.waitUntil(lambda: annotation_file(weihai_2022).exists(), timeout=3000)
    assert "save" not in window.banners.keys()  # noqa: SIM118 - a widget, not a dict
    assert not window.isWindowModified()
    assert [r["label"] for r in saved_annotations(weihai_2022)] == ["target"]


def test_close_after_failed_save_asks(qtbot, make_window, dialog_log, monkeypatch, weihai_2022) -> None:
    def save(self: AnnotationSet, **kwargs: object) -> None:
        raise SaveError(self.path, "Could not save: permission denied.")

    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    monkeypatch.setattr(AnnotationSet, "save", save)
    dialog_log.after_failed_save = "cancel"
    window.close()
    assert window.isVisible()
    assert dialog_log.names().count("ask_after_failed_save") == 1
    dialog_log.after_failed_save = "discard"
    window.close()
    assert not window.isVisible()


def test_drop_files_opens_them(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    with qtbot.waitSignal(window.loader.finished, timeout=20000):
        assert drop_on_window(window, [weihai_2022])
    assert window.current_entry is not None and window.current_entry.file.source == weihai_2022
    assert window.settings.recent_files() == [weihai_2022.resolve()]


def test_unreadable_report_is_an_error_message(qtbot, make_window, dialog_log, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window = make_window()
    open_and_wait(qtbot, window, [empty])
    assert dialog_log.names() == ["show_error"]
    assert window.current_entry is None
    assert empty.resolve() not in window.settings.recent_files()  # no dead entry in File › Recent


def test_fallback_location_is_shown(qtbot, make_window, monkeypatch, weihai_2022) -> None:
    import core.annotations.paths as paths

    monkeypatch.setattr(paths, "folder_is_writable", lambda folder: Path(folder) != weihai_2022.parent)
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    assert window.current_entry.annotations.is_fallback
    assert "fallback" in window.banners.keys()  # noqa: SIM118 - a widget, not a dict
    assert str(window.current_entry.annotations.path) in window.banners.text("fallback")


def test_label_editor_dialog_and_label_set_change(qtbot, make_window, dialog_log, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    dialog = LabelEditorDialog(window.current_entry.file.labels, {"other"}, window)
    qtbot.addWidget(dialog)
    dialog.table.item(2, 0).setText("neither")
    row = dialog.add_label()
    dialog.table.item(row, 0).setText("problem")
    dialog.set_colour(row, "#e377c2")
    assert dialog.problem() is None
    dialog.table.item(row, 1).setText("j")
    assert "j" in dialog.problem()
    dialog.table.item(row, 1).setText("4")
    dialog.table.setCurrentCell(2, 0)
    dialog.remove_selected()  # refused: "other" (now "neither") is in use
    assert dialog.table.rowCount() == 4
    dialog_log.label_result = (dialog.result_labels(), dialog.renames())
    window.menu_actions.edit_labels_action.trigger()
    assert [label.name for label in window.current_entry.file.labels] == ["target", "achievement", "neither", "problem"]
    assert window.current_entry.label_of(0) == "neither"
    qtbot.keyClick(window.view, Qt.Key.Key_4)
    assert window.current_entry.label_of(1) == "problem"
    window.close()
    data = json.loads(annotation_file(weihai_2022).read_text(encoding="utf-8"))
    assert data["labels"][3] == {"name": "problem", "key": "4", "colour": "#e377c2", "description": ""}
    assert [r["label"] for r in data["annotations"]] == ["neither", "problem"]


def test_metadata_form_corrects_and_undoes(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    form = window.metadata_form
    form.fields["place"].setText("山东省威海市")
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    assert window.current_entry.report.display_name() == "山东省威海市 2022"
    assert window.report_list.model().index(0, 0).data() == "山东省威海市"  # the place row
    assert "山东省威海市" in window.windowTitle()
    window.undo_stack.undo()
    assert window.current_entry.report.place == "威海市"
    assert form.fields["place"].text() == "威海市"
    window.undo_stack.redo()
    window.close()
    data = json.loads(annotation_file(weihai_2022).read_text(encoding="utf-8"))
    assert data["metadata_corrections"] == {"r1": {"place": "山东省威海市"}}

    reopened = make_window()
    open_and_wait(qtbot, reopened, [weihai_2022])
    assert reopened.current_entry.report.place == "山东省威海市"
    assert reopened.metadata_form.fields["place"].text() == "山东省威海市"


def test_metadata_form_can_empty_a_wrong_value_and_checks_years(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    form = window.metadata_form
    report = window.current_entry.report
    form.fields["year"].setText("二〇二二")
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    assert report.metadata.year.value == "2022" and "not a year" in form.note.text()
    form.fields["year"].setText("2022")
    form.fields["speaker"].setText("")
    qtbot.mouseClick(form.apply_button, Qt.MouseButton.LeftButton)
    assert report.metadata.speaker.value == "" and report.metadata.speaker.source == "user"
    window.save_now()
    data = json.loads(annotation_file(weihai_2022).read_text(encoding="utf-8"))
    assert data["metadata_corrections"] == {"r1": {"speaker": ""}}
    qtbot.mouseClick(form.found_button, Qt.MouseButton.LeftButton)
    assert report.metadata.speaker.value == "闫剑波"
    assert form.fields["speaker"].text() == "闫剑波"


def test_note_in_the_sentence_panel(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.keyClick(window.view, Qt.Key.Key_K)
    field = window.sentence_panel.note_field
    assert field.isEnabled()
    field.setFocus()
    qtbot.keyClicks(field, "check the year")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    window.close()
    assert saved_annotations(weihai_2022)[0]["note"] == "check the year"


def test_note_typed_without_enter_is_saved_by_ctrl_s_and_on_close(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.keyClick(window.view, Qt.Key.Key_K)
    field = window.sentence_panel.note_field
    field.setFocus()
    qtbot.keyClicks(field, "ask the team")
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved_annotations(weihai_2022)[0]["note"] == "ask the team"
    qtbot.keyClicks(field, " again")
    window.close()
    assert saved_annotations(weihai_2022)[0]["note"] == "ask the team again"


def test_view_options_keep_the_place(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    for _ in range(5):
        qtbot.keyClick(window.view, Qt.Key.Key_J)
    window.menu_actions.noise_action.setChecked(False)
    assert window.current_entry.current == 5
    size = window.document_style.point_size
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.document_style.point_size == size + 1
    assert window.current_entry.current == 5
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    assert window.help_overlay.isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.help_overlay.isVisible()


def test_annotator_is_asked_once_and_remembered(dialog_log) -> None:
    settings = AppSettings()
    dialog_log.annotator = "王芳"
    assert app_module.resolve_annotator(None, settings) == "王芳"
    assert app_module.resolve_annotator(None, AppSettings()) == "王芳"
    assert dialog_log.names() == ["ask_annotator"]
    assert app_module.resolve_annotator("alice", settings) == "alice"
    assert AppSettings().annotator == "王芳"


def test_cancelled_annotator_question_is_not_asked_again(dialog_log, monkeypatch) -> None:
    monkeypatch.setattr(app_module.dialogs, "default_annotator_name", lambda: "user1")
    dialog_log.annotator = None  # the user closes the question
    assert app_module.resolve_annotator(None, AppSettings()) == "user1"
    assert app_module.resolve_annotator(None, AppSettings()) == "user1"
    assert dialog_log.names() == ["ask_annotator"]


def test_command_line(qtbot, monkeypatch, weihai_2022) -> None:
    args = app_module.parse_arguments([str(weihai_2022), "--annotator", "bob"])
    assert args.files == [weihai_2022] and args.annotator == "bob"
    assert app_module.parse_arguments([]).files == []
    shown: list[object] = []

    def fake_exec() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible())
        qtbot.waitUntil(lambda: window.current_entry is not None, timeout=20000)
        shown.append((window.annotator, window.current_entry.file.source))
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_app([str(weihai_2022), "--annotator", "bob"]) == 0
    assert shown == [("bob", weihai_2022)]


@pytest.mark.parametrize("name", ["weihai-2020.txt", "weihai-2025-plan-section.txt"])
def test_no_arguments_opens_the_samples(qtbot, monkeypatch, name: str) -> None:
    opened: list[Path] = []

    def fake_exec() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible())
        qtbot.waitUntil(lambda: not window.loader.busy, timeout=20000)
        opened.extend(open_file.source.name for open_file in window.workspace.files)
        window.undo_stack.clear()
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_app(["--annotator", "sampler"]) == 0
    assert name in opened


def test_labels_of_changed_sentences_are_kept_as_orphans(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    window.tagging.go_to(10)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    old_text = window.current_entry.report.sentences[10].text
    window.close()
    text = weihai_2022.read_text(encoding="utf-8")
    weihai_2022.write_text(text.replace(old_text, "这一句已经完全改写，和原来没有关系。"), encoding="utf-8")

    reopened = make_window()
    open_and_wait(qtbot, reopened, [weihai_2022])
    assert "orphans" in reopened.banners.keys()  # noqa: SIM118 - a widget, not a dict
    assert reopened.current_entry.progress.labelled == 0
    reopened.close()
    records = saved_annotations(weihai_2022)
    assert [(r["text"], r.get("orphaned")) for r in records] == [(old_text, True)]


def test_the_title_names_the_app_once(qtbot, make_window, weihai_2022) -> None:
    """The title ends in the app's name, so the title bar does not add it a second time; * marks changes."""
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    app_name = window.tr("GWR Annotator")
    assert window.windowTitle() == f"威海市 2022[*] — {app_name}"
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert window.isWindowModified() and window.windowTitle().count(app_name) == 1
