"""Chinese body text is set left-aligned: no line is stretched at its spaces, quotes and numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.helpers import open_and_wait


def test_body_paragraphs_are_not_justified(qtbot, make_window, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    document = window.view.document()
    report = window.current_entry.report
    quoted = next(sentence for sentence in report.sentences if "“" in sentence.text and any(c.isdigit()
                                                                                        for c in sentence.text))
    start, _end = window.view.document_map.sentence_range(report.sentences.index(quoted))
    alignment = document.findBlock(start).blockFormat().alignment()
    assert not alignment & Qt.AlignmentFlag.AlignJustify
    assert alignment & Qt.AlignmentFlag.AlignLeft
