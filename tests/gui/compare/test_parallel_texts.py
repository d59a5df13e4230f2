"""The two texts of the compare window, driven as a person would: a scorecard row shows both sentences,
the texts scroll together part by part, keys move between linked sentences, labels look as in the reading window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.compare.rows import NEW, OLD
from core.compare.side_by_side import LINK_PAIR
from gui.compare.keys import VIEW_ROWS, VIEW_SCORECARD, VIEW_TEXTS
from gui.compare.scorecard.table_model import COLUMN_INDICATOR
from gui.compare.text_marks import FIGURE_FILL, HOVER_FILL, NEW_WORDS_INK, OLD_WORDS_INK
from gui.reading.report_view import ReportView
from gui.shell import style

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _in_view(view: ReportView, index: int) -> bool:
    """The whole sentence is on screen."""
    top, bottom = view.sentence_span(index)
    return bottom > top and top >= view.scroll_y() and bottom <= view.scroll_y() + view.viewport().height()


def _index_of(entry, sentence_id: str) -> int:
    return next(number for number, sentence in enumerate(entry.report.sentences) if sentence.id == sentence_id)


def test_a_scorecard_row_shows_its_target_and_result_in_the_two_texts(qtbot: QtBot, scorecard_window) -> None:
    _window, compare, entries = scorecard_window
    earlier, later = entries["mouchi-2022.txt"], entries["mouchi-2023.txt"]
    table, model, texts = compare.scorecard.table, compare.scorecard.model, compare.texts
    compare.resize(1200, 700)
    rows = {model.row(row).indicator: row for row in range(model.rowCount())}
    row = rows["一般公共预算收入"]
    cell = model.index(row, COLUMN_INDICATOR)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(cell).center())
    score_row = model.row(row)
    target = _index_of(earlier, score_row.target.sentence.id)
    result = _index_of(later, score_row.result.sentence.id)
    assert texts.current == [target, result]  # both chosen (outlined), one on each side
    assert _in_view(texts.views[OLD], target) and _in_view(texts.views[NEW], result)
    marked = {selection.cursor.selectedText() for selection in texts.views[OLD].extraSelections()
              if selection.format.background().color() == FIGURE_FILL}
    assert score_row.target.indicator.text in marked  # the figure the verdict reads, marked in its sentence

    # the arrow keys go down the scorecard and Enter shows the row it is on
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    following = model.row(table.currentIndex().row())
    assert following is not score_row and following.target is not None
    assert texts.current[OLD] == _index_of(earlier, following.target.sentence.id)
    if following.result is not None:
        assert texts.current[NEW] == _index_of(later, following.result.sentence.id)


def test_views_switch_by_key_and_the_help_lists_them(qtbot: QtBot, scorecard_window) -> None:
    _window, compare, _entries = scorecard_window
    assert compare.view_name == VIEW_SCORECARD
    qtbot.keyClick(compare.scorecard.table, Qt.Key.Key_F6)
    assert compare.view_name == VIEW_TEXTS and compare.scorecard.isHidden() and compare.texts.isVisible()
    assert compare.texts.views[compare.texts.side].hasFocus()
    qtbot.keyClick(compare.texts.views[OLD], Qt.Key.Key_F6)
    assert compare.view_name == VIEW_SCORECARD and compare.scorecard.isVisible()
    qtbot.keyClick(compare.scorecard.table, Qt.Key.Key_3, CTRL)
    assert compare.view_name == VIEW_ROWS and compare.stack.currentWidget() is compare.view
    qtbot.keyClick(compare.view, Qt.Key.Key_2, CTRL)
    assert compare.view_name == VIEW_TEXTS
    qtbot.keyClick(compare.texts.views[OLD], Qt.Key.Key_F1)
    help_text = compare.help_overlay.label.text()
    assert compare.help_overlay.isVisible()
    for key in ("Ctrl+1", "Ctrl+2", "Ctrl+3", "F6", "Shift+N"):
        assert key in help_text


def test_the_texts_scroll_together_part_by_part(qtbot: QtBot, national_pair) -> None:
    _window, compare, _entries = national_pair
    compare.resize(1400, 800)
    texts = compare.texts
    qtbot.keyClick(compare.scorecard.table, Qt.Key.Key_2, CTRL)  # the texts alone
    layout = texts.layout_of
    old_view, new_view = texts.views
    # the part list: the plan for a year beside the review (both sides have parts in it)
    facing = next(number for number, band in enumerate(layout.bands) if band.old_parts and band.new_parts)
    position = texts.band_box.findData(facing)
    texts.band_box.setCurrentIndex(position)
    texts.band_box.activated.emit(position)
    band = layout.bands[facing]
    for side, view in ((OLD, old_view), (NEW, new_view)):
        top = view.offset_at_y(view.scroll_y() + 30)
        assert band.span(side)[0] <= top < band.span(side)[1]  # each text shows the start of its part
    assert any(part.kind == "plan" for part in band.old_parts)
    assert any(part.kind == "review" for part in band.new_parts)

    # scrolling the earlier text by keys takes the later one along
    before = new_view.scroll_y()
    old_view.setFocus()
    for _ in range(3):
        qtbot.keyClick(old_view, Qt.Key.Key_PageDown)
    assert old_view.scroll_y() > 0 and new_view.scroll_y() > before
    middle = [view.offset_at_y(view.scroll_y() + view.viewport().height() / 2) for view in texts.views]
    assert layout.band_of(OLD, middle[OLD]) == layout.band_of(NEW, middle[NEW])  # facing parts stay level
    # and the other way round
    before = old_view.scroll_y()
    qtbot.keyClick(new_view, Qt.Key.Key_PageUp)
    assert old_view.scroll_y() < before


def test_keys_move_between_linked_sentences(qtbot: QtBot, compare_pair) -> None:
    _window, compare, _entries = compare_pair
    texts = compare.texts
    qtbot.keyClick(compare.scorecard.table, Qt.Key.Key_2, CTRL)
    old_view = texts.views[OLD]
    texts.choose(OLD, 0)
    qtbot.keyClick(old_view, Qt.Key.Key_J)
    assert texts.current[OLD] == 1 and texts.side == OLD
    qtbot.keyClick(old_view, Qt.Key.Key_N)  # the next sentence with a partner in the later report
    linked = texts.current[OLD]
    assert linked is not None and linked > 1 and texts.layout_of.partners(OLD, linked)
    partner = texts.current[NEW]
    assert partner == texts.layout_of.partners(OLD, linked)[0]  # outlined on the other side
    qtbot.keyClick(old_view, Qt.Key.Key_Right)  # over to the partner
    assert texts.side == NEW and texts.current[NEW] == partner and texts.views[NEW].hasFocus()
    assert _in_view(texts.views[NEW], partner)
    qtbot.keyClick(texts.views[NEW], Qt.Key.Key_N, SHIFT)
    assert texts.current[NEW] is not None and texts.current[NEW] < partner


def _background_at(view: ReportView, start: int, end: int) -> QColor | None:
    """The label background an extra selection gives a sentence's range (document positions)."""
    for selection in view.extraSelections():
        if selection.cursor.selectionStart() == start and selection.cursor.selectionEnd() == end:
            brush = selection.format.background()
            if brush.style() != Qt.BrushStyle.NoBrush:
                return brush.color()
    return None


def test_a_label_shows_in_the_texts_as_in_the_reading_window(qtbot: QtBot, compare_pair) -> None:
    window, compare, entries = compare_pair
    texts = compare.texts
    qtbot.keyClick(compare.scorecard.table, Qt.Key.Key_2, CTRL)
    later = entries["weihai-2022.txt"]
    new_view = texts.views[NEW]
    index = 5
    new_view.ensure_sentence_visible(index)
    qtbot.mouseClick(new_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=new_view.sentence_rect(index).center().toPoint())
    assert texts.current_sentence() == (later, index)
    texts.choose(NEW, index)  # nothing else hovered or chosen over it
    qtbot.keyClick(new_view, Qt.Key.Key_2)  # the "achievement" key
    assert later.label_of(index) == "achievement"
    colour = QColor(later.file.label("achievement").colour)
    start, end = new_view.document_map.sentence_range(index)
    shown = _background_at(new_view, start, end)
    assert shown is not None and shown.rgb() != new_view.palette().base().color().rgb()
    # the reading window paints the same sentence the same way
    window.show_entry(later)
    reading_map = window.view.document_map
    assert _background_at(window.view, *reading_map.sentence_range(index)) == shown
    assert shown in (colour, style.shaded(colour))  # the label colour, in the reading window's two shades
    texts.choose(OLD, 0)
    qtbot.keyClick(texts.views[OLD], Qt.Key.Key_Z, CTRL)
    assert later.label_of(index) is None
    assert _background_at(new_view, start, end) == style.CURRENT_FILL  # no label colour: the chosen one's tint
    assert texts.current_sentence() == (later, index)  # the undone sentence is chosen again
    assert _in_view(new_view, index)


def test_hovering_a_sentence_tints_its_partner(qtbot: QtBot, compare_pair) -> None:
    _window, compare, _entries = compare_pair
    texts = compare.texts
    qtbot.keyClick(compare.scorecard.table, Qt.Key.Key_2, CTRL)
    old_view, new_view = texts.views
    linked = next(index for index in range(len(old_view.document_map.sentence_starts))
                  if texts.layout_of.partners(OLD, index))
    partner = texts.layout_of.partners(OLD, linked)[0]
    old_view.ensure_sentence_visible(linked)
    point = old_view.sentence_rect(linked).center()
    viewport = old_view.viewport()
    # a plain move with no button down (QTest's mouseMove does not reach an offscreen window's hover)
    QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseMove, point, viewport.mapToGlobal(point),
                                                 Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                                 Qt.KeyboardModifier.NoModifier))
    start, end = new_view.document_map.sentence_range(partner)
    tinted = [selection for selection in new_view.extraSelections()
              if (selection.cursor.selectionStart(), selection.cursor.selectionEnd()) == (start, end)
              and selection.format.background().color() == HOVER_FILL]
    assert tinted  # the partner on the other side is tinted while the mouse is over the sentence


def test_the_words_a_rewording_changed_are_marked_in_both_texts(qtbot: QtBot, compare_pair) -> None:
    _window, compare, _entries = compare_pair
    texts = compare.texts
    qtbot.keyClick(compare.scorecard.table, Qt.Key.Key_2, CTRL)
    diffs = compare.comparison.diffs
    reworded = next(link for link in texts.layout_of.links if link.kind == LINK_PAIR and link.changed
                    and texts.layout_of.partners(OLD, link.old) == [link.new]
                    and all(diffs.get((link.old, link.new), ([], []))))  # words changed on both sides
    old_view, new_view = texts.views
    old_view.ensure_sentence_visible(reworded.old)
    qtbot.mouseClick(old_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=old_view.sentence_rect(reworded.old).center().toPoint())
    assert texts.current[OLD] == reworded.old
    partner = texts.current[NEW]
    assert partner == reworded.new and _in_view(new_view, partner)
    for view, ink, index in ((old_view, OLD_WORDS_INK, reworded.old), (new_view, NEW_WORDS_INK, partner)):
        start, end = view.document_map.sentence_range(index)
        marked = [selection for selection in view.extraSelections()
                  if selection.format.foreground().color() == ink]
        assert marked and all(start <= selection.cursor.selectionStart() < end for selection in marked)
