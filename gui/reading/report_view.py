"""The report text: paragraphs, label colours, the current sentence.

The document is built once per report (``gui.reading.report_document``).  Label
colours, suggested labels (on sentences without a label: a pale tint of the
label colour, underlined dashed, or wavy when the suggestion is uncertain), the
selection and search hits are
extra selections; a label change replaces only the extra selections of the
sentences it touched, so a key press repaints a few lines and never relays out
the document.  The current sentence is framed by an outline painted over the
text.

The view keeps no tagging state of its own: it shows what the tagging
controller tells it and reports clicks, drags and context-menu requests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLine,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from core.annotations.labels import LabelDef
from gui.reading.report_document import DocumentMap
from gui.shell import style

ExtraSelection = QTextEdit.ExtraSelection
_LINE_PAD = 3.0  # the outline's distance above and below a line of text
_TOP_GAP = 16  # pixels kept above a line scrolled to the top


def _x_of(line: QTextLine, position: int) -> float:
    """The x of a cursor position in a line (PySide returns it with the position)."""
    result = line.cursorToX(position)
    return float(result[0] if isinstance(result, tuple) else result)  # type: ignore[arg-type]


class ReportView(QTextEdit):
    """Read-only view of one report with sentence-level marking."""

    sentenceClicked = Signal(int, bool)  # sentence index, shift held
    sentenceDragged = Signal(int)  # sentence index under the mouse while dragging
    contextMenuRequested = Signal(int, QPoint)  # sentence index (-1: none), global position
    topOffsetChanged = Signal(int)  # report offset at the top of the viewport, after scrolling
    sentenceHovered = Signal(int)  # sentence index under the mouse (-1: none), when it changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(False)  # dropped files go to the window
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.document_map: DocumentMap | None = None
        # per label: (even sentences, odd sentences, filtered out); neighbours differ in shade
        self._label_formats: dict[str, tuple[QTextCharFormat, QTextCharFormat, QTextCharFormat]] = {}
        self._label_selections: list[ExtraSelection | None] = []
        self._labels: Callable[[int], str | None] = lambda index: None
        self._suggested: Callable[[int], tuple[str, bool] | None] = lambda index: None
        # per label: (even sentences, odd sentences, uncertain)
        self._suggestion_formats: dict[str, tuple[QTextCharFormat, QTextCharFormat, QTextCharFormat]] = {}
        self._matches: Callable[[int], bool] | None = None
        self._current: int | None = None
        self._selected = range(0)
        self._search_hit: tuple[int, int] | None = None  # document positions
        self._marks: list[tuple[int, int, QTextCharFormat]] = []  # more highlights, document positions
        self._hovered = -1
        self._dragging = False
        self._dim_format = QTextCharFormat()
        self._current_fill = QTextCharFormat()
        self._selection_fill = QTextCharFormat()
        self._hit_fill = QTextCharFormat()
        self._scheme_colours()
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(40)
        self._scroll_timer.timeout.connect(self._emit_top_offset)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._scroll_timer.start())
        # Where the current sentence must stay: a sentence to reveal once the layout reaches it, and the
        # current sentence's height in the viewport before a resize (restored once the text is laid out again).
        self._reveal_pending: int | None = None
        self._resize_anchor: tuple[int, float] | None = None
        self._anchor_timer = QTimer(self)
        self._anchor_timer.setSingleShot(True)
        self._anchor_timer.setInterval(0)
        self._anchor_timer.timeout.connect(self._restore_anchor)
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)

    def _scheme_colours(self) -> None:
        """The paper, ink and marks of the colour scheme in use (``gui.shell.style``)."""
        palette = self.palette()
        palette.setColor(palette.ColorRole.Base, style.PAPER)
        palette.setColor(palette.ColorRole.Text, style.INK)
        self.setPalette(palette)
        self._dim_format.setForeground(style.DIM_INK)
        # Qt skips some text-only selections that touch each other; with a background each is drawn
        self._dim_format.setBackground(style.PAPER)
        self._current_fill.setBackground(style.CURRENT_FILL)
        self._current_fill.setForeground(style.INK)
        self._selection_fill.setBackground(style.SELECTION_FILL)
        self._hit_fill.setBackground(style.SEARCH_HIT_FILL)
        self._hit_fill.setForeground(style.text_colour_on(style.SEARCH_HIT_FILL))

    def follow_scheme(self, labels: Sequence[LabelDef]) -> None:
        """After the colour scheme changed: new paper, ink and label colours."""
        self._scheme_colours()
        self.set_label_set(labels)

    # what is shown

    def show_document(self, document: QTextDocument, document_map: DocumentMap,
                      labels: Callable[[int], str | None]) -> None:
        """Show a report's document; ``labels(index)`` gives each sentence's label."""
        self.setDocument(document)
        self.document_map = document_map
        self._labels = labels
        self._current = None
        self._reveal_pending = None
        self._resize_anchor = None
        self._selected = range(0)
        self._search_hit = None
        self._label_selections = [
            self._make_label_selection(index) for index in range(len(document_map.sentence_starts))
        ]
        self._apply()

    def clear_document(self) -> None:
        self.setDocument(QTextDocument(self))
        self.document_map = None
        self._label_selections = []
        self._current = None
        self._apply()

    def set_label_set(self, labels: Sequence[LabelDef], refresh: bool = True) -> None:
        """Colours for each label: normal and (for filtered-out sentences) faded."""
        self._label_formats = {}
        self._suggestion_formats = {}
        for label in labels:
            colour = style.label_colour(label.colour)
            normal = QTextCharFormat()
            normal.setBackground(colour)
            normal.setForeground(style.text_colour_on(colour))
            shaded = QTextCharFormat(normal)
            shaded.setBackground(style.shaded(colour))
            dim = QTextCharFormat()
            dim.setBackground(style.faded(colour, 0.7))
            dim.setForeground(style.DIM_INK)
            self._label_formats[label.name] = (normal, shaded, dim)
            suggested = QTextCharFormat()
            suggested.setBackground(style.faded(colour, style.SUGGESTION_FADE))
            suggested.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            suggested.setUnderlineColor(colour.lighter(150) if style.scheme.dark else colour.darker(150))
            suggested_shaded = QTextCharFormat(suggested)
            suggested_shaded.setBackground(style.faded(style.shaded(colour), style.SUGGESTION_FADE))
            uncertain = QTextCharFormat(suggested)
            uncertain.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            self._suggestion_formats[label.name] = (suggested, suggested_shaded, uncertain)
        if refresh:
            self.refresh_all()

    def set_suggestions(self, suggested: Callable[[int], tuple[str, bool] | None] | None,
                        refresh: bool = True) -> None:
        """Show ``suggested(index)``, (label name, confident) or None, on sentences without a label.

        None shows no suggestions.
        """
        self._suggested = suggested if suggested is not None else (lambda index: None)
        if refresh:
            self.refresh_all()

    def set_filter(self, matches: Callable[[int], bool] | None) -> None:
        """Dim the sentences for which ``matches(index)`` is false (None: dim nothing)."""
        self._matches = matches
        self.refresh_all()

    def refresh_all(self) -> None:
        if self.document_map is None:
            return
        self._label_selections = [self._make_label_selection(index) for index in range(len(self._label_selections))]
        self._apply()

    def refresh_sentences(self, indexes: Sequence[int]) -> None:
        """Show new labels of some sentences (the cheap path of a key press)."""
        for index in indexes:
            if 0 <= index < len(self._label_selections):
                self._label_selections[index] = self._make_label_selection(index)
        self._apply()

    def set_current(self, current: int | None, selected: range | None = None) -> None:
        """Mark the current sentence and the selected range (defaults to the current one)."""
        old_rect = self._current_rect()
        self._current = current
        self._selected = (
            selected if selected is not None else (range(current, current + 1) if current is not None else range(0))
        )
        self._apply()
        self.viewport().update(old_rect)
        self.viewport().update(self._current_rect())

    def set_search_hit(self, start: int | None, end: int | None = None) -> None:
        """Highlight one search hit (document positions); None clears it."""
        self._search_hit = None if start is None or end is None else (start, end)
        self._apply()

    def set_marks(self, marks: Sequence[tuple[int, int, QTextCharFormat]]) -> None:
        """More highlights over the labels, (start, end, format) in document positions; [] clears them."""
        self._marks = list(marks)
        self._apply()

    # scrolling

    def ensure_sentence_visible(self, index: int) -> None:
        """Scroll so the sentence is in view, centring it when it was out of view."""
        if self.document_map is None or not 0 <= index < len(self.document_map.sentence_starts):
            return
        rect = self._range_rect(*self.document_map.sentence_range(index))
        if rect.isNull():
            return
        viewport_height = self.viewport().height()
        margin = min(80, viewport_height // 6)
        top = rect.top() - self._scroll_y()
        bottom = rect.bottom() - self._scroll_y()
        self._reveal_pending = None
        if top >= margin and bottom <= viewport_height - margin:
            return
        bar = self.verticalScrollBar()
        if rect.height() > viewport_height - 2 * margin:  # taller than the view: its beginning at the top
            wanted = round(rect.top() - margin)
        else:
            wanted = round(rect.center().y() - viewport_height / 2)
        if wanted > bar.maximum():  # the text below is not laid out yet: go on when it is
            self._reveal_pending = index
        bar.setValue(wanted)

    def _range_changed(self, _minimum: int, _maximum: int) -> None:
        if self._reveal_pending is not None:
            self.ensure_sentence_visible(self._reveal_pending)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the current sentence where it was in the view while the text flows to the new width."""
        if self._resize_anchor is None and self._current is not None and self.document_map is not None:
            rect = self.sentence_rect(self._current)
            if not rect.isNull() and -rect.height() < rect.top() < self.viewport().height():
                self._resize_anchor = (self._current, rect.top() / max(self.viewport().height(), 1))
        super().resizeEvent(event)
        if self._resize_anchor is not None:
            self._anchor_timer.start()

    def _restore_anchor(self) -> None:
        anchor, self._resize_anchor = self._resize_anchor, None
        if anchor is None or self.document_map is None or anchor[0] != self._current:
            return
        index, fraction = anchor
        rect = self.sentence_rect(index)
        if rect.isNull():
            return
        height = self.viewport().height()
        wanted_top = min(max(fraction * height, 8.0), max(height - rect.height() - 8.0, 8.0))
        bar = self.verticalScrollBar()
        bar.setValue(round(bar.value() + rect.top() - wanted_top))
        self.ensure_sentence_visible(index)

    def scroll_to_offset(self, offset: int) -> None:
        """Put the line holding a report offset near the top of the view."""
        if self.document_map is None:
            return
        position = self.document_map.to_document(offset)
        rects = self._line_rects(position, position + 1)
        if rects:
            top = rects[0].top()
        else:
            top = self.document().documentLayout().blockBoundingRect(self.document().findBlock(position)).top()
        self.verticalScrollBar().setValue(round(top) - _TOP_GAP)

    def top_offset(self) -> int:
        """Report offset of the text at the top of the viewport."""
        if self.document_map is None:
            return 0
        # a little below the gap kept by scroll_to_offset: inside the first line, not above it
        position = self.cursorForPosition(QPoint(self.viewport().width() // 2, _TOP_GAP + 20)).position()
        return self.document_map.to_report(position)

    def sentence_rect(self, index: int) -> QRectF:
        """Where a sentence is drawn, in viewport coordinates (its first line)."""
        if self.document_map is None:
            return QRectF()
        start, end = self.document_map.sentence_range(index)
        rects = self._line_rects(start, end)
        if not rects:
            return QRectF()
        return rects[0].translated(-self._scroll_x(), -self._scroll_y())

    def offset_y(self, offset: int) -> float:
        """The top of the line holding a report offset, in document coordinates."""
        if self.document_map is None:
            return 0.0
        position = self.document_map.to_document(offset)
        rects = self._line_rects(position, position + 1)
        if rects:
            return rects[0].top() + _LINE_PAD
        return self.document().documentLayout().blockBoundingRect(self.document().findBlock(position)).top()

    def offset_at_y(self, y: float) -> int:
        """The report offset at a height in document coordinates (the nearest text)."""
        if self.document_map is None:
            return 0
        position = self.document().documentLayout().hitTest(QPointF(self.viewport().width() / 2, y),
                                                            Qt.HitTestAccuracy.FuzzyHit)
        return self.document_map.to_report(max(position, 0))

    def sentence_span(self, index: int) -> tuple[float, float]:
        """Top and bottom of a sentence in document coordinates ((0, 0) when there is none)."""
        if self.document_map is None or not 0 <= index < len(self.document_map.sentence_starts):
            return 0.0, 0.0
        rect = self._range_rect(*self.document_map.sentence_range(index))
        return (rect.top(), rect.bottom()) if not rect.isNull() else (0.0, 0.0)

    def scroll_y(self) -> int:
        """How far the document is scrolled down, in pixels."""
        return self._scroll_y()

    def _emit_top_offset(self) -> None:
        self.topOffsetChanged.emit(self.top_offset())

    def _scroll_x(self) -> int:
        return self.horizontalScrollBar().value()

    def _scroll_y(self) -> int:
        return self.verticalScrollBar().value()

    # extra selections

    def _make_label_selection(self, index: int) -> ExtraSelection | None:
        assert self.document_map is not None
        label = self._labels(index)
        dimmed = self._matches is not None and not self._matches(index)
        if label is None or label not in self._label_formats:
            suggested = self._suggested(index) if label is None and not dimmed else None
            if suggested is not None and suggested[0] in self._suggestion_formats:
                char_format = self._suggestion_formats[suggested[0]][index % 2 if suggested[1] else 2]
            elif not dimmed:
                return None
            else:
                char_format = self._dim_format
        else:
            char_format = self._label_formats[label][2 if dimmed else index % 2]
        return self._selection(*self.document_map.sentence_range(index), char_format)

    def _selection(self, start: int, end: int, char_format: QTextCharFormat) -> ExtraSelection:
        selection = ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = char_format
        return selection

    def _apply(self) -> None:
        selections = [selection for selection in self._label_selections if selection is not None]
        document_map = self.document_map
        if document_map is not None:
            if len(self._selected) > 1:
                start = document_map.sentence_starts[self._selected.start]
                end = document_map.sentence_ends[self._selected[-1]]
                selections.append(self._selection(start, end, self._selection_fill))
            elif (self._current is not None and 0 <= self._current < len(document_map.sentence_starts)
                  and self._labels(self._current) is None and self._suggested(self._current) is None):
                selections.append(self._selection(*document_map.sentence_range(self._current), self._current_fill))
            for start, end, char_format in self._marks:
                selections.append(self._selection(start, end, char_format))
            if self._search_hit is not None:
                selections.append(self._selection(*self._search_hit, self._hit_fill))
        self.setExtraSelections(selections)

    # the outline of the current sentence

    def _line_rects(self, start: int, end: int) -> list[QRectF]:
        """Rectangles (document coordinates) of the line pieces covering [start, end)."""
        document = self.document()
        layout = document.documentLayout()
        rects: list[QRectF] = []
        block = document.findBlock(start)
        while block.isValid() and block.position() < end:
            text_layout = block.layout()
            block_position = block.position()
            origin = layout.blockBoundingRect(block).topLeft()
            count = text_layout.lineCount()
            for number in range(count):
                line = text_layout.lineAt(number)
                line_start = block_position + line.textStart()
                line_end = line_start + line.textLength()
                if line_end <= start or line_start >= end:
                    continue
                left = _x_of(line, max(start, line_start) - block_position)
                right = _x_of(line, min(end, line_end) - block_position)
                top = line.y() - _LINE_PAD
                bottom = line.y() + line.height() + _LINE_PAD
                if line_end < end and number + 1 < count:  # the sentence goes on: reach the next line
                    bottom = text_layout.lineAt(number + 1).y() - _LINE_PAD
                rects.append(QRectF(left, top, right - left, bottom - top).translated(origin))
            block = block.next()
        return rects

    def _range_rect(self, start: int, end: int) -> QRectF:
        rect = QRectF()
        for piece in self._line_rects(start, end):
            rect = rect.united(piece)
        return rect

    def _current_rect(self) -> QRect:
        if self.document_map is None or self._current is None:
            return QRect()
        if not 0 <= self._current < len(self.document_map.sentence_starts):
            return QRect()
        rect = self._range_rect(*self.document_map.sentence_range(self._current))
        return rect.translated(-self._scroll_x(), -self._scroll_y()).adjusted(-6, -6, 6, 6).toAlignedRect()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.document_map is None or self._current is None:
            return
        if not 0 <= self._current < len(self.document_map.sentence_starts):
            return
        rects = self._line_rects(*self.document_map.sentence_range(self._current))
        if not rects:
            return
        path = QPainterPath()
        offset = QPointF(-self._scroll_x(), -self._scroll_y())
        for rect in rects:
            piece = QPainterPath()
            piece.addRect(rect.translated(offset).adjusted(-3, 0, 3, 0))
            path = path.united(piece)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(style.CURRENT_OUTLINE, 2)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path.simplified())
        painter.end()

    # the mouse

    def sentence_at_point(self, point: QPoint) -> int | None:
        if self.document_map is None:
            return None
        return self.document_map.sentence_at(self.cursorForPosition(point).position())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        index = self.sentence_at_point(event.position().toPoint())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._dragging = index is not None
        if index is not None:
            self.sentenceClicked.emit(index, shift)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            index = self.sentence_at_point(event.position().toPoint())
            if index is not None:
                self.sentenceDragged.emit(index)
            event.accept()
            return
        if self.hasMouseTracking() or self.viewport().hasMouseTracking():
            index = self.sentence_at_point(event.position().toPoint())
            hovered = -1 if index is None else index
            if hovered != self._hovered:
                self._hovered = hovered
                self.sentenceHovered.emit(hovered)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered != -1:
            self._hovered = -1
            self.sentenceHovered.emit(-1)
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._dragging:
            self._dragging = False
            index = self.sentence_at_point(event.position().toPoint())
            if index is not None:
                self.sentenceDragged.emit(index)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()  # no word selection: a double click is two clicks on a sentence

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.sentence_at_point(event.pos())
        self.contextMenuRequested.emit(-1 if index is None else index, event.globalPos())
        event.accept()
