"""The Show filter hides the sentences that do not pass it; the keys walk only through those shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.helpers import open_and_wait


def _choose(window, text: str) -> None:
    box = window.menu_actions.filter_box
    position = box.findText(text)
    assert position >= 0, text
    box.setCurrentIndex(position)


def _shown_text(window) -> str:
    return window.view.document().toPlainText()


def test_only_one_label_hides_the_others(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    entry = window.current_entry
    sentences = entry.report.sentences
    view = window.view
    view.setFocus()
    for _ in range(20):
        qtbot.keyClick(view, Qt.Key.Key_J)
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_1):  # 20 target, 21 other, 22 target
        qtbot.keyClick(view, key)
    _choose(window, "Only “target”")
    shown = _shown_text(window)
    assert sentences[20].text in shown and sentences[22].text in shown
    assert sentences[21].text not in shown and sentences[5].text not in shown
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert entry.current == 20
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert entry.current == 22
    rect = view.sentence_rect(22)
    assert not rect.isNull() and 0 <= rect.top() < view.viewport().height()
    _choose(window, "All sentences")
    assert sentences[21].text in _shown_text(window) and sentences[5].text in _shown_text(window)
    assert entry.current == 22


def test_suggested_not_confirmed_and_uncertain(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    entry = window.current_entry
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # accept the suggestion of sentence 0
    qtbot.keyClick(view, Qt.Key.Key_1)  # sentence 1 by hand
    _choose(window, "Suggested, not confirmed")
    assert entry.current == 0
    shown = _shown_text(window)
    assert entry.report.sentences[0].text in shown and entry.report.sentences[1].text not in shown

    _choose(window, "Uncertain suggestion")
    threshold = window.suggestions.accept_threshold
    uncertain = [index for index in range(len(entry.report.sentences))
                 if entry.label_of(index) is None
                 and (found := window.suggestions.suggestion(entry, index)) is not None
                 and found.confidence < threshold]
    assert uncertain
    assert entry.current == uncertain[0]
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert entry.current == (uncertain[1] if len(uncertain) > 1 else uncertain[0])
    confident = next(index for index in range(len(entry.report.sentences)) if index not in uncertain
                     and entry.report.sentences[index].text not in {entry.report.sentences[i].text for i in uncertain})
    assert entry.report.sentences[confident].text not in _shown_text(window)


def test_where_labels_were_orphaned(qtbot, make_window, weihai_2022: Path) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    view = window.view
    view.setFocus()
    for _ in range(30):
        qtbot.keyClick(view, Qt.Key.Key_J)
    sentence = window.current_entry.report.sentences[30]
    qtbot.keyClick(view, Qt.Key.Key_1)
    window.close()
    text = weihai_2022.read_text(encoding="utf-8")
    replacement = "这句话已经完全改写，和原来的内容没有任何关系。"
    weihai_2022.write_text(text.replace(sentence.text, replacement, 1), encoding="utf-8")

    again = make_window()
    open_and_wait(qtbot, again, [weihai_2022])
    assert "orphans" in again.banners.keys()  # noqa: SIM118 - a widget, not a dict
    _choose(again, "Where labels were orphaned")
    entry = again.current_entry
    again.view.setFocus()
    qtbot.keyClick(again.view, Qt.Key.Key_Home)
    assert replacement in entry.report.sentences[entry.current].text
    assert replacement in _shown_text(again)
    assert entry.report.sentences[0].text not in _shown_text(again)
