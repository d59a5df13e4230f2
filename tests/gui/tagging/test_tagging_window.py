"""The tagging window driven as a person would: keys, clicks, closing and reopening."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from gui.reading.section_tree_model import SECTION_ID_ROLE
from tests.gui.helpers import annotation_file, open_and_wait, saved_annotations


def _open_with_file_menu(qtbot, window, dialog_log, path: Path) -> None:
    dialog_log.files_to_open = [path]
    with qtbot.waitSignal(window.loader.finished, timeout=20000):
        window.menu_actions.open_action.trigger()
    assert window.current_entry is not None


def _click_section(qtbot, window, parent_row: int, row: int) -> str:
    """Click a section in the tree, as a person would; returns its id."""
    tree = window.section_tree
    model = tree.model()
    parent = model.index(parent_row, 0)
    tree.expand(parent)
    index = model.index(row, 0, parent)
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    return index.data(SECTION_ID_ROLE)


def _sentence_point(qtbot, window, index: int) -> QPoint:
    """Where to click on sentence ``index`` (scrolled into view first, as a reader would)."""
    view = window.view
    view.ensure_sentence_visible(index)
    qtbot.wait(10)
    rect = view.sentence_rect(index)
    assert not rect.isNull()
    return rect.center().toPoint()


def _section_sentences(window, section_id: str) -> list:
    report = window.current_entry.report
    return [sentence for sentence in report.sentences
            if sentence.section == section_id or section_id in [s.id for s in report.section_path(sentence.section)]]


def test_label_three_by_keys_undo_one_and_reopen(qtbot, make_window, dialog_log, weihai_2022) -> None:
    window = make_window()
    _open_with_file_menu(qtbot, window, dialog_log, weihai_2022)
    section_id = _click_section(qtbot, window, parent_row=0, row=1)  # （二）创新动力显著增强
    sentences = _section_sentences(window, section_id)
    assert len(sentences) >= 3

    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(window.view, key)
    assert window.isWindowModified()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the third
    assert window.undo_stack.index() == 2
    assert window.current_entry.label_of(window.current_entry.report.sentences.index(sentences[2])) is None
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_Z, ctrl_shift)  # redo, and undo again
    assert window.undo_stack.index() == 3
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.index() == 2
    window.close()

    records = saved_annotations(weihai_2022)
    assert [(r["sentence_id"], r["label"]) for r in records] == [
        (sentences[0].id, "target"), (sentences[1].id, "achievement")]
    assert all(r["text"] == s.text for r, s in zip(records, sentences))

    reopened = make_window()
    open_and_wait(qtbot, reopened, [weihai_2022])
    entry = reopened.current_entry
    assert entry.progress.labelled == 2
    labelled = {s.id: entry.annotations.get(entry.report.id, s.id) for s in entry.report.sentences}
    assert {sid: a.label for sid, a in labelled.items() if a is not None} == {
        sentences[0].id: "target", sentences[1].id: "achievement"}
    assert reopened.section_model.index_of_section(section_id).siblingAtColumn(1).data() == f"2/{len(sentences)}"
    assert not reopened.isWindowModified()


def test_mouse_range_is_one_step(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    view = window.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_sentence_point(qtbot, window, 10))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     pos=_sentence_point(qtbot, window, 12))
    qtbot.keyClick(view, Qt.Key.Key_2)
    entry = window.current_entry
    assert [entry.label_of(i) for i in range(9, 14)] == [None, "achievement", "achievement", "achievement", None]
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert [entry.label_of(i) for i in range(9, 14)] == [None] * 5
    window.undo_stack.redo()
    assert [entry.label_of(i) for i in range(10, 13)] == ["achievement"] * 3

    # a drag from sentence 20 to 23, labelled with the context menu
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=_sentence_point(qtbot, window, 20))
    qtbot.mouseMove(view.viewport(), pos=_sentence_point(qtbot, window, 23))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=_sentence_point(qtbot, window, 23))
    assert list(entry.selected_range()) == [20, 21, 22, 23]
    window.tagging.show_context_menu(22, view.mapToGlobal(QPoint(5, 5)))  # the menu a right click opens
    window.close()

    records = saved_annotations(weihai_2022)
    ids = [entry.report.sentences[i].id for i in (10, 11, 12)]
    assert [(r["sentence_id"], r["label"]) for r in records] == [(i, "achievement") for i in ids]


def test_click_on_a_half_visible_sentence_selects_it_alone(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    view = window.view
    height = view.viewport().height()
    cut = next(index for index in range(len(window.current_entry.report.sentences))
               if view.sentence_rect(index).top() < height - 8 < height < view.sentence_rect(index).bottom())
    scrolled = view.verticalScrollBar().value()
    point = QPoint(int(view.sentence_rect(cut).left()) + 4, height - 4)
    if view.sentence_at_point(point) != cut:  # the sentence's first line ends left of that point
        point = QPoint(int(view.sentence_rect(cut).right()) - 4, height - 4)
    assert view.sentence_at_point(point) == cut
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert list(window.current_entry.selected_range()) == [cut]
    assert view.verticalScrollBar().value() == scrolled


def test_context_menu_labels_the_dragged_range(qtbot, make_window, dialog_log, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    view = window.view
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=_sentence_point(qtbot, window, 30))
    qtbot.mouseMove(view.viewport(), pos=_sentence_point(qtbot, window, 32))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=_sentence_point(qtbot, window, 32))
    dialog_log.menu_choice = lambda menu: next(a for a in menu.actions() if a.data() == "target")
    window.tagging.show_context_menu(31, view.mapToGlobal(_sentence_point(qtbot, window, 31)))
    assert window.undo_stack.count() == 1
    window.close()
    entry = window.current_entry
    records = saved_annotations(weihai_2022)
    assert [r["sentence_id"] for r in records] == [entry.report.sentences[i].id for i in (30, 31, 32)]
    assert {r["label"] for r in records} == {"target"}


def test_corrupt_annotation_file_stays_byte_for_byte(qtbot, make_window, dialog_log, weihai_2022) -> None:
    path = annotation_file(weihai_2022)
    damaged = b'{"schema": "gwr-annotations", "schema_version": 1, "annotations": [\n  {"report": "r1", trunc'
    path.write_bytes(damaged)
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    assert "show_warning" in dialog_log.names()
    assert window.current_entry.read_only
    assert "read-only" in window.banners.keys()  # noqa: SIM118 - a widget, not a dict
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.keyClick(window.view, Qt.Key.Key_J)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=_sentence_point(qtbot, window, 5))
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert window.undo_stack.count() == 0
    assert window.current_entry.progress.labelled == 0
    window.menu_actions.save_action.trigger()
    window.close()
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [path.name]


def test_autosave_soon_after_a_change(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    path = annotation_file(weihai_2022)
    qtbot.waitUntil(lambda: path.exists(), timeout=3000)
    assert len(saved_annotations(weihai_2022)) == 1
    assert not window.isWindowModified()


def test_quit_saves_without_asking(qtbot, make_window, dialog_log, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    qtbot.keyClick(window.view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert len(saved_annotations(weihai_2022)) == 1
    assert not [name for name in dialog_log.names() if name.startswith("ask")]


def test_next_unlabelled_and_filter(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    entry = window.current_entry
    view = window.view
    window.settings.auto_advance = False
    window.menu_actions.auto_advance_action.setChecked(False)
    qtbot.keyClick(view, Qt.Key.Key_1)  # sentence 0, stays there
    assert entry.current == 0
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_1)  # sentence 1
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert entry.current == 2
    box = window.menu_actions.filter_box
    box.setCurrentIndex(box.findText("Only “target”"))
    assert entry.current == 1  # sentence 2 is hidden: the nearest one shown becomes current
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert entry.current == 0
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert entry.label_of(0) is None


def test_range_under_a_filter_leaves_hidden_sentences_alone(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    entry = window.current_entry
    view = window.view
    window.menu_actions.auto_advance_action.setChecked(False)
    for index in (1, 2, 3):
        window.tagging.go_to(index)
        qtbot.keyClick(view, Qt.Key.Key_1)
    box = window.menu_actions.filter_box
    box.setCurrentIndex(box.findText("Unlabelled only"))
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert entry.current == 0
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert entry.current == 4  # the range reaches over the three hidden targets
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert [entry.label_of(index) for index in range(5)] == [
        "achievement", "target", "target", "target", "achievement"]


def test_search_moves_to_hits(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.isVisible()
    window.search_bar.field.insert("海洋")  # what an input method commits (QTest types Latin-1 only)
    entry = window.current_entry
    first = entry.current
    assert "海洋" in entry.report.sentences[first].text
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Return)
    second = entry.current
    assert second >= first and "海洋" in entry.report.sentences[second].text
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert entry.current == first
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_F3)
    assert entry.current == second
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Escape)
    assert not window.search_bar.isVisible()
    assert QApplication.focusWidget() is window.view


def test_scrolling_keeps_the_tree_on_the_section(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    report = window.current_entry.report
    target = next(section for section in report.sections if section.level == 1 and section.start > 5000)
    window.view.scroll_to_offset(target.start + 1)
    qtbot.waitUntil(lambda: window.section_tree.currentIndex().data(SECTION_ID_ROLE) == target.id, timeout=2000)


def test_recent_files_menu_reopens(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    window.close()
    second = make_window()
    menu = second.menu_actions.recent_menu
    menu.aboutToShow.emit()
    action = next(a for a in menu.actions() if a.text() == str(weihai_2022.resolve()))
    with qtbot.waitSignal(second.loader.finished, timeout=20000):
        action.trigger()
    assert second.current_entry.file.source == weihai_2022.resolve()
