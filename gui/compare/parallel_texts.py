"""The reading view of the compare window: the two reports' texts side by side, part by part.

Each side is the reading window's own ``ReportView`` over a document built by
``gui.reading.report_document``, so labels look exactly as they do there.  The
parts face each other as ``core.compare.side_by_side`` lays them out (the plan
for year Y beside the review of year Y, or like beside like); scrolling one
side scrolls the other so facing parts and linked sentences stay level; the
strip between them (``link_gutter``) draws the links.  The chosen sentence and
its partner are outlined on both sides, the words that changed between them
tinted; hovering a sentence tints its partner.

Keys (on either text): J/↓ and K/↑ next and previous sentence, ←/→ or Tab the
other side (the partner when there is one), N and Shift+N next and previous
linked sentence, the label keys label, 0/Backspace/Delete clear, Enter shows the
sentence in the reading window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QUndoStack
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from core.compare.rows import NEW, OLD, Comparison
from core.compare.side_by_side import FACING_KIND, FACING_YEAR, LINK_PAIR, Link, SideBySide, map_position, side_by_side
from core.compare.word_diff import word_diff
from gui.compare.link_gutter import LinkGutter
from gui.compare.tagging import push_label
from gui.compare.text_marks import (
    FIGURE_FILL,
    FIGURE_INK,
    HOVER_FILL,
    NEW_WORDS_INK,
    OLD_WORDS_INK,
    Mark,
    fill,
    ink,
    sentence_marks,
    span_marks,
)
from gui.reading.report_document import DocumentStyle, build_document
from gui.reading.report_view import ReportView
from gui.shell.translation import Translator
from gui.tagging.keys import CLEAR_KEYS, NEXT_KEYS, PREVIOUS_KEYS, label_for_key
from gui.tagging.workspace import OpenFile, ReportEntry, Workspace

NEXT_LINK_KEY = Qt.Key.Key_N

_tr = Translator("CompareTexts")


class ParallelTexts(QWidget):
    """Two report texts side by side, scroll-synced, linked sentences joined."""

    currentChanged = Signal()  # the chosen sentence changed
    message = Signal(str)  # for the status bar
    showRequested = Signal(object, int)  # ReportEntry, sentence index: show it in the reading window

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, auto_advance: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareTexts")
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.auto_advance = auto_advance
        self.comparison: Comparison | None = None
        self.entries: tuple[ReportEntry, ReportEntry] | None = None
        self.layout_of: SideBySide | None = None
        self.side = OLD
        self.current: list[int | None] = [None, None]  # the chosen sentence of each side
        self.point_size = 12.0
        self._syncing = False
        self._anchor_heights: list[tuple[float, float]] | None = None
        self._hover_marks: tuple[int, list[int]] = (OLD, [])
        self._quotes = ("", "")  # the figures of a scorecard row, marked in its two sentences
        self.views = (ReportView(self), ReportView(self))
        self.views[OLD].setObjectName("compareOldText")
        self.views[NEW].setObjectName("compareNewText")
        self.gutter = LinkGutter(self.views, self)
        self.gutter.chosen = self._is_chosen
        self.headers = (QLabel(self), QLabel(self))
        self.band_box = QComboBox(self)
        self.band_box.setObjectName("compareBandBox")
        self.band_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.band_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.band_box.setMinimumContentsLength(24)
        self.facing_box = QComboBox(self)
        self.facing_box.setObjectName("compareFacingBox")
        self.facing_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.facing_box.addItem(self.tr("The plan for a year beside the review of that year"), FACING_YEAR)
        self.facing_box.addItem(self.tr("Review beside review, plan beside plan"), FACING_KIND)
        self._build_layout()
        for side, view in enumerate(self.views):
            view.viewport().setMouseTracking(True)
            view.installEventFilter(self)
            view.sentenceClicked.connect(lambda index, _shift, side=side: self.choose(side, index))
            view.sentenceHovered.connect(lambda index, side=side: self._hovered(side, index))
            view.verticalScrollBar().valueChanged.connect(lambda _value, side=side: self._scrolled(side))
            view.verticalScrollBar().rangeChanged.connect(lambda *_args: self._forget_heights())
        self.band_box.activated.connect(self._band_chosen)
        self.facing_box.currentIndexChanged.connect(lambda _position: self._lay_out())
        workspace.labelsChanged.connect(self._labels_changed)
        workspace.labelSetChanged.connect(self._label_set_changed)
        workspace.revealRequested.connect(self._reveal_requested)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addWidget(QLabel(self.tr("Part:"), self))
        bar.addWidget(self.band_box, 3)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Set beside each other:"), self))
        bar.addWidget(self.facing_box, 2)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addLayout(bar, 0, 0, 1, 3)
        for column, header in ((0, self.headers[OLD]), (2, self.headers[NEW])):
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setStyleSheet("font-weight: bold; padding: 3px; background: #e9eef5;")
            grid.addWidget(header, 1, column)
        grid.addWidget(self.views[OLD], 2, 0)
        grid.addWidget(self.gutter, 2, 1)
        grid.addWidget(self.views[NEW], 2, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(2, 1)

    # what is shown

    def set_comparison(self, comparison: Comparison, entries: tuple[ReportEntry, ReportEntry],
                       point_size: float) -> None:
        self.comparison = comparison
        self.entries = entries
        self.point_size = point_size
        for side, entry in enumerate(entries):
            document, document_map = build_document(entry.report, DocumentStyle(point_size))
            document.setParent(self.views[side])
            self.views[side].set_label_set(entry.file.labels, refresh=False)
            self.views[side].show_document(document, document_map, entry.label_of)
        self.headers[OLD].setText(self.tr("Earlier: %1").replace("%1", entries[OLD].report.display_name()))
        self.headers[NEW].setText(self.tr("Later: %1").replace("%1", entries[NEW].report.display_name()))
        self.current = [None, None]
        self._lay_out()

    def _lay_out(self) -> None:
        """Bands and links for the chosen way of facing; the texts go back to their start."""
        if self.comparison is None:
            return
        facing = self.facing_box.currentData()
        self.layout_of = side_by_side(self.comparison, facing if isinstance(facing, str) else FACING_YEAR)
        self.gutter.set_layout(self.layout_of)
        self._forget_heights()
        self.band_box.clear()
        for number, band in enumerate(self.layout_of.bands):
            if number == 0:
                self.band_box.addItem(self.tr("The title"), number)
                continue
            names = [" · ".join(part.title for part in band.parts(side)) or "—" for side in (OLD, NEW)]
            self.band_box.addItem(f"{names[0]}   ⟷   {names[1]}", number)
        self._sync_from(self.side)
        self._update_marks()

    def go_to_band(self, number: int) -> None:
        """Scroll both texts to the start of a band (a row of the part list)."""
        if self.layout_of is None or not 0 <= number < len(self.layout_of.bands):
            return
        band = self.layout_of.bands[number]
        self._syncing = True
        for side in (OLD, NEW):
            self.views[side].scroll_to_offset(band.span(side)[0])
        self._syncing = False
        self._show_band()
        self.gutter.update()

    def _band_chosen(self, position: int) -> None:
        number = self.band_box.itemData(position)
        if isinstance(number, int):
            self.go_to_band(number)
        self.views[self.side].setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_band(self) -> None:
        """The part list names the band at the top of the text that was scrolled."""
        if self.layout_of is None:
            return
        view = self.views[self.side]
        number = self.layout_of.band_of(self.side, view.offset_at_y(view.scroll_y() + view.viewport().height() / 3))
        position = self.band_box.findData(number)
        if position >= 0 and position != self.band_box.currentIndex():
            self.band_box.setCurrentIndex(position)

    # scrolling together

    def _forget_heights(self) -> None:
        self._anchor_heights = None
        self.gutter.forget_positions()

    def _heights(self) -> list[tuple[float, float]]:
        if self._anchor_heights is None:
            anchors = self.layout_of.anchors if self.layout_of is not None else []
            heights: list[tuple[float, float]] = []
            for old_offset, new_offset in anchors:
                point = (self.views[OLD].offset_y(old_offset), self.views[NEW].offset_y(new_offset))
                if not heights or (point[0] >= heights[-1][0] and point[1] >= heights[-1][1]):
                    heights.append(point)
            self._anchor_heights = heights
        return self._anchor_heights

    def _scrolled(self, side: int) -> None:
        if not self._syncing:
            self._sync_from(side)
            self._show_band()
        self.gutter.update()

    def _sync_from(self, side: int) -> None:
        """Scroll the other text so that what faces the middle of this one is in its middle."""
        if self.layout_of is None:
            return
        view, other = self.views[side], self.views[1 - side]
        middle = view.scroll_y() + view.viewport().height() / 2
        target = map_position(self._heights(), middle, side) - other.viewport().height() / 2
        self._syncing = True
        other.verticalScrollBar().setValue(round(target))
        self._syncing = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._forget_heights()

    # choosing sentences

    def entry(self, side: int) -> ReportEntry | None:
        return self.entries[side] if self.entries is not None else None

    def current_sentence(self) -> tuple[ReportEntry, int] | None:
        """The entry and index of the chosen sentence on the side that has the keys."""
        entry, index = self.entry(self.side), self.current[self.side]
        return (entry, index) if entry is not None and index is not None else None

    def choose(self, side: int, index: int, reveal: bool = True) -> None:
        """Choose a sentence of one side; its first partner is chosen on the other side and both come into view."""
        if self.layout_of is None:
            return
        self.side = side
        self.current[side] = index
        self._quotes = ("", "")
        partners = self.layout_of.partners(side, index)
        self.current[1 - side] = partners[0] if partners else None
        self._update_marks()
        if reveal:
            self._reveal(side)
        self.views[side].setFocus(Qt.FocusReason.OtherFocusReason)
        self.currentChanged.emit()

    def show_pair(self, old_index: int | None, new_index: int | None, side: int = OLD,
                  quotes: tuple[str, str] = ("", "")) -> None:
        """Choose two sentences (a scorecard row's target and result), mark their figures, bring both into view."""
        self.current = [old_index, new_index]
        self._quotes = quotes
        self.side = side if self.current[side] is not None else 1 - side
        self._update_marks()
        self._reveal(self.side, both=True)
        self.currentChanged.emit()

    def _reveal(self, side: int, both: bool = False) -> None:
        """The chosen sentence into view; its partner too when both, else the other text follows the scroll."""
        self._syncing = True
        index = self.current[side]
        if index is not None:
            self.views[side].ensure_sentence_visible(index)
        self._syncing = False
        partner = self.current[1 - side]
        self._sync_from(side)
        if partner is not None and (both or not self._visible(1 - side, partner)):
            self._syncing = True
            self.views[1 - side].ensure_sentence_visible(partner)
            self._syncing = False
        self._show_band()
        self.gutter.update()

    def _visible(self, side: int, index: int) -> bool:
        view = self.views[side]
        top, bottom = view.sentence_span(index)
        return top >= view.scroll_y() and bottom <= view.scroll_y() + view.viewport().height()

    def _is_chosen(self, link: Link) -> bool:
        return link.old == self.current[OLD] and link.new == self.current[NEW]

    def _hovered(self, side: int, index: int) -> None:
        partners = self.layout_of.partners(side, index) if self.layout_of is not None and index >= 0 else []
        if (1 - side, partners) != self._hover_marks:
            self._hover_marks = (1 - side, partners)
            self._update_marks(outline=False)

    def _update_marks(self, outline: bool = True) -> None:
        """Outline the chosen sentences, tint hovered partners and the changed words of the chosen pair."""
        marks: tuple[list[Mark], list[Mark]] = ([], [])
        for side in (OLD, NEW):
            if outline:
                self.views[side].set_current(self.current[side])  # outlined on both sides
        hover_side, hovered = self._hover_marks
        hover_map = self.views[hover_side].document_map
        if hover_map is not None:
            marks[hover_side].extend(sentence_marks(hover_map, hovered, fill(HOVER_FILL)))
        self._word_marks(marks)
        self._quote_marks(marks)
        for side in (OLD, NEW):
            self.views[side].set_marks(marks[side])
        self.gutter.update()

    def _word_marks(self, marks: tuple[list[Mark], list[Mark]]) -> None:
        old_index, new_index = self.current
        if self.comparison is None or self.layout_of is None or old_index is None or new_index is None:
            return
        link = next((link for link in self.layout_of.links_of(OLD, old_index) if link.new == new_index), None)
        if link is None or link.kind != LINK_PAIR or not link.changed:
            return
        spans = self.comparison.diffs.get((old_index, new_index))
        if spans is None:
            difference = word_diff(self.comparison.old.sentences[old_index].text,
                                   self.comparison.new.sentences[new_index].text)
            spans = (difference.old, difference.new)
        for side, report, index, colour in ((OLD, self.comparison.old, old_index, OLD_WORDS_INK),
                                            (NEW, self.comparison.new, new_index, NEW_WORDS_INK)):
            document_map = self.views[side].document_map
            if document_map is not None:
                marks[side].extend(span_marks(document_map, report.sentences[index].start, spans[side], ink(colour)))

    def _quote_marks(self, marks: tuple[list[Mark], list[Mark]]) -> None:
        for side in (OLD, NEW):
            entry, index, quote = self.entry(side), self.current[side], self._quotes[side]
            document_map = self.views[side].document_map
            if not quote or entry is None or index is None or document_map is None:
                continue
            sentence = entry.report.sentences[index]
            found = sentence.text.find(quote)
            if found >= 0:
                marks[side].extend(span_marks(document_map, sentence.start, [(found, found + len(quote))],
                                              fill(FIGURE_FILL, FIGURE_INK)))

    # keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.views:
            side = OLD if watched is self.views[OLD] else NEW
            if side != self.side:
                self.side = side
            return self.handle_key(event)  # type: ignore[arg-type]
        if event.type() == QEvent.Type.Resize and watched in self.views:
            self._forget_heights()
        return False

    def handle_key(self, event: QKeyEvent) -> bool:
        """A compare key on a text; False lets the text handle it (page keys, shortcuts)."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = modifiers == Qt.KeyboardModifier.ShiftModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        key = event.key()
        entry = self.entry(self.side)
        if not shift and entry is not None:
            label = label_for_key(entry.file.labels, event.text())
            if label is not None:
                self.apply_label(label)
                return True
        if key == NEXT_LINK_KEY:
            self.step_linked(-1 if shift else 1)
        elif key == Qt.Key.Key_Backtab or (not shift and key == Qt.Key.Key_Tab):
            self.switch_side(1 - self.side)
        elif shift:
            return False
        elif key in NEXT_KEYS:
            self.step(1)
        elif key in PREVIOUS_KEYS:
            self.step(-1)
        elif key == Qt.Key.Key_Left:
            self.switch_side(OLD)
        elif key == Qt.Key.Key_Right:
            self.switch_side(NEW)
        elif key in CLEAR_KEYS:
            self.apply_label(None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.current_sentence()
            if current is not None:
                self.showRequested.emit(*current)
        else:
            return False
        return True

    def _count(self, side: int) -> int:
        entry = self.entry(side)
        return len(entry.report.sentences) if entry is not None else 0

    def _start_index(self, side: int) -> int:
        """The chosen sentence of a side, or the one in the middle of its text."""
        index = self.current[side]
        if index is not None:
            return index
        view = self.views[side]
        document_map = view.document_map
        if document_map is None:
            return -1
        middle = view.cursorForPosition(view.viewport().rect().center()).position()
        found = document_map.sentence_at(middle, nearest=True)
        return found - 1 if found is not None else -1

    def step(self, direction: int) -> None:
        """The next (1) or previous (-1) sentence on the side that has the keys."""
        index = self._start_index(self.side) + direction
        if 0 <= index < self._count(self.side):
            self.choose(self.side, index)

    def step_linked(self, direction: int) -> None:
        """The next or previous sentence of this side that has a partner on the other."""
        if self.layout_of is None:
            return
        index = self._start_index(self.side) + direction
        while 0 <= index < self._count(self.side):
            if self.layout_of.partners(self.side, index):
                self.choose(self.side, index)
                return
            index += direction
        self.message.emit(self.tr("No linked sentence further on.") if direction > 0
                          else self.tr("No linked sentence before this one."))

    def switch_side(self, side: int) -> None:
        """The keys go to the other text: to the partner of the chosen sentence, else to what faces it."""
        if side == self.side:
            return
        partner = self.current[side]
        self.side = side
        if partner is None:
            view = self.views[side]
            document_map = view.document_map
            if document_map is not None:
                middle = view.cursorForPosition(view.viewport().rect().center()).position()
                partner = document_map.sentence_at(middle, nearest=True)
        if partner is not None:
            self.choose(side, partner)
        else:
            self.views[side].setFocus(Qt.FocusReason.OtherFocusReason)

    # labelling

    def apply_label(self, label: str | None) -> bool:
        """Label the chosen sentence (None clears it): one undo step on the shared stack."""
        current = self.current_sentence()
        if current is None:
            self.message.emit(self.tr("Choose a sentence first (click it, or J and K)."))
            return False
        if not push_label(self.workspace, self.undo_stack, *current, label, self.message.emit):
            return False
        if self.auto_advance():
            self.step(1)
        else:
            self.currentChanged.emit()
        return True

    def _labels_changed(self, entry: ReportEntry, indexes: list[int]) -> None:
        for side in (OLD, NEW):
            if self.entry(side) is entry:
                self.views[side].refresh_sentences(indexes)

    def _reveal_requested(self, entry: ReportEntry, indexes: list[int]) -> None:
        """An undo or redo changed a label: show that sentence when the texts are on screen."""
        for side in (OLD, NEW):
            if self.entry(side) is entry and indexes and self.isVisible():
                self.choose(side, indexes[0])
                return

    def _label_set_changed(self, open_file: OpenFile) -> None:
        for side in (OLD, NEW):
            entry = self.entry(side)
            if entry is not None and entry.file is open_file:
                self.views[side].set_label_set(entry.file.labels)
