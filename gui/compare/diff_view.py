"""The year diff: one scrolling table whose rows keep the two reports level.

Column 0 is the earlier report, column 2 the later one, column 1 a narrow
gutter.  ``DiffDelegate`` paints each cell: the differing words of a pair
tinted, dropped sentences red-ish with the other side empty, new ones
green-ish, a label as a coloured stripe, the current cell framed.  Row heights
are computed once per text width (cached) and set on the vertical header, so
scrolling and labelling never relayout the table.

The view keeps no state of its own beyond Qt's current index; the compare
controller decides where the current cell goes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from core.compare.rows import (
    ROW_HEADING,
    STATE_CHANGED,
    STATE_DROPPED,
    STATE_EMPTY,
    STATE_HEADING,
    STATE_MOVED,
    STATE_NEW,
)
from core.reading.model import LEVEL_PART
from gui.compare.model import (
    CELL_STATE_ROLE,
    COLUMN_GUTTER,
    COLUMN_NEW,
    COLUMN_OLD,
    DIFF_SPANS_ROLE,
    LABEL_COLOUR_ROLE,
    ROW_KIND_ROLE,
    SECTION_LEVEL_ROLE,
    SOURCE_ROW_ROLE,
)
from gui.reading.report_document import utf16_length
from gui.shell import style

PADDING_X = 10
PADDING_Y = 7
STRIPE_WIDTH = 8  # the label stripe at a cell's left edge
STRIPE_SPACE = STRIPE_WIDTH + 4
LEADING = 4  # extra pixels between wrapped lines
GUTTER_WIDTH = 62

BACKGROUNDS = {
    STATE_DROPPED: QColor("#fbeaea"),
    STATE_NEW: QColor("#e8f5e6"),
    STATE_EMPTY: QColor("#efede8"),
    STATE_HEADING: QColor("#e9eef5"),
}
OLD_WORDS = QColor("#f4b6b6")  # differing words of the earlier sentence
NEW_WORDS = QColor("#a9dca6")  # differing words of the later sentence
GUTTER_BACKGROUND = QColor("#f4f3ef")
GUTTER_INK = QColor("#6b6b6b")
RULE = QColor("#dcd8cf")  # line between rows
MOVED_INK = QColor("#8e5a00")


def _layout(text: str, font: QFont, width: float,
            formats: Sequence[QTextLayout.FormatRange] = ()) -> tuple[QTextLayout, float]:
    """``text`` laid out in lines of ``width``; returns the layout and its height.

    Formats are set before the layout: setting them later drops the lines.
    """
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    if formats:
        layout.setFormats(list(formats))
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 10.0))
        line.setPosition(QPointF(0, y))
        y += line.height() + LEADING
    layout.endLayout()
    return layout, max(y - LEADING, 0.0)


def _utf16_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Code-point spans as UTF-16 (start, length), what QTextLayout counts."""
    if text.isascii() or utf16_length(text) == len(text):
        return [(start, end - start) for start, end in spans]
    return [(utf16_length(text[:start]), utf16_length(text[start:end])) for start, end in spans]


class DiffDelegate(QStyledItemDelegate):
    """Paints the cells of the compare table and measures their heights."""

    def __init__(self, view: CompareView) -> None:
        super().__init__(view)
        self.view = view
        self._heights: dict[tuple[int, int, int], int] = {}
        self.set_point_size(style.DEFAULT_POINT_SIZE)

    def set_point_size(self, size: float) -> None:
        self.text_font = style.report_font(size)
        self.heading_font = style.report_font(size * 1.05)
        self.heading_font.setBold(True)
        self.part_font = style.report_font(size * 1.2)
        self.part_font.setBold(True)
        self.gutter_font = style.ui_font(max(size * 0.7, 8))
        self._heights.clear()

    def font_for(self, index: QModelIndex | QPersistentModelIndex) -> QFont:
        if index.data(ROW_KIND_ROLE) == ROW_HEADING:
            level = index.data(SECTION_LEVEL_ROLE)
            return self.part_font if level is not None and level <= LEVEL_PART else self.heading_font
        return self.text_font

    # sizes

    def text_width(self, column_width: int) -> float:
        return float(column_width - 2 * PADDING_X - STRIPE_SPACE)

    def cell_height(self, index: QModelIndex | QPersistentModelIndex, column_width: int) -> int:
        """Height of one cell's text at a column width (cached per source row, column and width)."""
        key = (index.data(SOURCE_ROW_ROLE), index.column(), column_width)
        height = self._heights.get(key)
        if height is None:
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not text or index.column() == COLUMN_GUTTER:
                height = round(QFontMetricsF(self.text_font).height())
            else:
                height = round(_layout(text, self.font_for(index), self.text_width(column_width))[1])
            self._heights[key] = height
        return height

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.view.columnWidth(index.column())
        return QSize(width, self.cell_height(index, width) + 2 * PADDING_Y)

    # painting

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        rect: QRect = option.rect
        painter.save()
        column = index.column()
        if column == COLUMN_GUTTER:
            self._paint_gutter(painter, rect, index)
        else:
            self._paint_cell(painter, rect, index)
        painter.setPen(QPen(RULE, 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def _paint_gutter(self, painter: QPainter, rect: QRect, index: QModelIndex | QPersistentModelIndex) -> None:
        painter.fillRect(rect, GUTTER_BACKGROUND)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not text:
            return
        painter.setFont(self.gutter_font)
        painter.setPen(MOVED_INK if text.startswith("↕") else GUTTER_INK)
        painter.drawText(
            rect.adjusted(2, PADDING_Y, -2, 0), int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), text
        )

    def _paint_cell(self, painter: QPainter, rect: QRect, index: QModelIndex | QPersistentModelIndex) -> None:
        state = index.data(CELL_STATE_ROLE)
        background = BACKGROUNDS.get(state, style.PAPER)
        painter.fillRect(rect, background)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        colour = index.data(LABEL_COLOUR_ROLE)
        if isinstance(colour, QColor):
            painter.fillRect(QRect(rect.left() + 2, rect.top() + 3, STRIPE_WIDTH, rect.height() - 6), colour)
        if text:
            ranges = []
            if state in (STATE_CHANGED, STATE_MOVED):
                word_format = QTextCharFormat()
                word_format.setBackground(OLD_WORDS if index.column() == COLUMN_OLD else NEW_WORDS)
                for start, length in _utf16_spans(text, index.data(DIFF_SPANS_ROLE) or []):
                    piece = QTextLayout.FormatRange()
                    piece.start, piece.length, piece.format = start, length, word_format
                    ranges.append(piece)
            layout, _height = _layout(text, self.font_for(index), self.text_width(rect.width()), ranges)
            painter.setPen(style.HEADING_INK if state == STATE_HEADING else style.INK)
            layout.draw(painter, QPointF(rect.left() + PADDING_X + STRIPE_SPACE, rect.top() + PADDING_Y))
        self._paint_current(painter, rect, index)

    def _paint_current(self, painter: QPainter, rect: QRect, index: QModelIndex | QPersistentModelIndex) -> None:
        current = self.view.currentIndex()
        if not current.isValid() or current.row() != index.row():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if current.column() == index.column():
            colour = style.CURRENT_OUTLINE if self.view.hasFocus() else style.faded(style.CURRENT_OUTLINE, 0.45)
            painter.setPen(QPen(colour, 2.5))
            painter.drawRoundedRect(QRectF(rect.adjusted(2, 2, -2, -2)), 4, 4)
        elif index.data(CELL_STATE_ROLE) not in (STATE_EMPTY, None):
            pen = QPen(style.faded(style.CURRENT_OUTLINE, 0.55), 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(QRectF(rect.adjusted(2, 2, -2, -2)), 4, 4)


class CompareView(QTableView):
    """The compare table: level rows, fixed heights per width, clicks reported to the controller."""

    cellClicked = Signal(QModelIndex)  # a sentence cell (of the view's model)
    cellActivated = Signal(QModelIndex)  # double click: show it in the reading window
    contextMenuRequested = Signal(QModelIndex, QPoint)  # cell (may be invalid), global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.delegate = DiffDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMinimumSectionSize(8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._height_timer = QTimer(self)
        self._height_timer.setSingleShot(True)
        self._height_timer.setInterval(30)
        self._height_timer.timeout.connect(self.update_row_heights)
        header.sectionResized.connect(lambda *_args: self._height_timer.start())

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is None:
            return
        header = self.horizontalHeader()
        header.setSectionResizeMode(COLUMN_OLD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_GUTTER, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COLUMN_NEW, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COLUMN_GUTTER, GUTTER_WIDTH)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update_row_heights)

    def set_point_size(self, size: float) -> None:
        self.delegate.set_point_size(size)
        self.update_row_heights()

    def update_row_heights(self) -> None:
        """Give every row the height of its taller side at the current column widths."""
        self._height_timer.stop()
        model: QAbstractItemModel | None = self.model()
        if model is None:
            return
        header = self.verticalHeader()
        widths = (self.columnWidth(COLUMN_OLD), self.columnWidth(COLUMN_NEW))
        delegate = self.delegate
        for row in range(model.rowCount()):
            height = max(delegate.cell_height(model.index(row, COLUMN_OLD), widths[0]),
                         delegate.cell_height(model.index(row, COLUMN_NEW), widths[1]))
            size = height + 2 * PADDING_Y
            if header.sectionSize(row) != size:
                header.resizeSection(row, size)

    # the mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self.cellClicked.emit(index)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        event.accept()  # no rubber-band selection

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self.cellActivated.emit(index)
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.contextMenuRequested.emit(self.indexAt(event.pos()), event.globalPos())
        event.accept()

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:  # type: ignore[override]
        super().currentChanged(current, previous)
        for index in (previous, current):  # repaint both rows: the frame and the partner's dashes
            if index.isValid():
                for column in (COLUMN_OLD, COLUMN_NEW):
                    self.update(index.siblingAtColumn(column))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._update_current()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._update_current()

    def _update_current(self) -> None:
        current = self.currentIndex()
        if current.isValid():
            self.update(current)
