"""Errors a user meets: several files that cannot be opened, and an annotation file changed by another program."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from core.annotations.opening import open_annotations
from core.reading.document import load_reports
from tests.gui.helpers import ANNOTATOR, annotation_file, open_and_wait


def test_several_bad_files_give_one_message(qtbot, make_window, dialog_log, tmp_path: Path) -> None:
    bad = []
    for name in ("broken-one.docx", "broken-two.docx"):
        path = tmp_path / name
        path.write_bytes(b"this is no Word document")
        bad.append(path)
    window = make_window()
    dialog_log.files_to_open = bad
    with qtbot.waitSignal(window.loader.finished, timeout=20000):
        window.menu_actions.open_action.trigger()
    errors = [args for name, args in dialog_log.calls if name == "show_error"]
    assert len(errors) == 1
    _parent, _title, message = errors[0]
    assert "broken-one.docx" in message and "broken-two.docx" in message


def test_reload_takes_the_other_version_and_keeps_the_labels_shown(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    control = Qt.KeyboardModifier.ControlModifier
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_1)  # sentence 0: target, saved
    qtbot.keyClick(window.view, Qt.Key.Key_S, control)
    path = annotation_file(weihai_2022)
    first_save = path.read_bytes()
    path.write_bytes(first_save[: len(first_save) // 2])  # another program, halfway through writing
    qtbot.keyClick(window.view, Qt.Key.Key_2)  # sentence 1: achievement, cannot be saved
    qtbot.keyClick(window.view, Qt.Key.Key_S, control)
    banner = window.banners._banners["save"]
    assert [button.text() for button in banner.buttons] == ["Overwrite", "Reload"]

    path.write_bytes(first_save)  # the other program finishes: its version labels sentence 5 "other"
    reports = load_reports(weihai_2022)
    theirs = open_annotations(weihai_2022, ANNOTATOR, reports)
    theirs.set(reports[0], reports[0].sentences[5], "other")
    theirs.save()
    their_bytes = path.read_bytes()

    qtbot.mouseClick(banner.buttons[1], Qt.MouseButton.LeftButton)
    entry = window.current_entry
    assert [entry.label_of(index) for index in (0, 1, 5)] == ["target", None, "other"]
    assert "save" not in window.banners.keys()  # noqa: SIM118 - a widget, not a dict
    assert not window.isWindowModified()
    copies = list(path.parent.glob(path.name + ".conflict-*.json"))
    assert len(copies) == 1
    kept = json.loads(copies[0].read_text(encoding="utf-8"))["annotations"]
    assert sorted(record["label"] for record in kept) == ["achievement", "target"]
    qtbot.keyClick(window.view, Qt.Key.Key_J)
    window.close()
    assert path.read_bytes() == their_bytes
