"""The strip between the two texts that draws which sentences are linked.

For every link whose two sentences are both on screen it fills a band from the
sentence on the left to its partner on the right (a target and its result in
the scorecard's colour, a sentence pair in grey-blue, the chosen pair
stronger); a link whose partner is scrolled away shows as a small wedge
pointing up or down on its own side.  It reads the positions from the two
``ReportView``s and keeps nothing but a cache of sentence heights.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QWidget

from core.compare.rows import NEW, OLD
from core.compare.side_by_side import LINK_ANSWER, LINK_SCORE, Link, SideBySide
from gui.reading.report_view import ReportView

GUTTER_WIDTH = 34
PAIR_FILL = QColor(90, 120, 180, 55)
SCORE_FILL = QColor(214, 140, 30, 90)
ANSWER_FILL = QColor(60, 150, 90, 70)  # a plan sentence and the review sentence that reports on it
FILLS = {LINK_SCORE: SCORE_FILL, LINK_ANSWER: ANSWER_FILL}
CHOSEN_FILL = QColor(194, 24, 91, 110)  # the current pair: the current sentence's outline colour
WEDGE = 7  # size of the wedge of a link whose partner is off screen


class LinkGutter(QWidget):
    """Paints the links between the sentences of two report views."""

    def __init__(self, views: tuple[ReportView, ReportView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareLinkGutter")
        self.views = views
        self.layout_of: SideBySide | None = None
        self.chosen: Callable[[Link], bool] = lambda link: False
        self._spans: tuple[dict[int, tuple[float, float]], dict[int, tuple[float, float]]] = ({}, {})
        self.setFixedWidth(GUTTER_WIDTH)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(GUTTER_WIDTH, 100)

    def set_layout(self, layout_of: SideBySide | None) -> None:
        self.layout_of = layout_of
        self.forget_positions()

    def forget_positions(self) -> None:
        """After the texts were laid out again (a resize, a new document)."""
        self._spans = ({}, {})
        self.update()

    def _span(self, side: int, index: int) -> tuple[float, float]:
        """A sentence's top and bottom on screen, relative to this strip."""
        cache = self._spans[side]
        span = cache.get(index)
        if span is None:
            span = cache[index] = self.views[side].sentence_span(index)
        view = self.views[side]
        shift = view.viewport().mapToGlobal(QPoint(0, 0)).y() - self.mapToGlobal(QPoint(0, 0)).y() - view.scroll_y()
        return span[0] + shift, span[1] + shift

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        layout_of = self.layout_of
        if layout_of is None or any(view.document_map is None for view in self.views):
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        height = self.height()
        visible = [self._visible_range(side) for side in (OLD, NEW)]
        width = float(self.width())
        for link in layout_of.links:
            starts = (self._start(OLD, link.old), self._start(NEW, link.new))
            shown = [visible[side][0] <= starts[side] <= visible[side][1] for side in (OLD, NEW)]
            if not any(shown):
                continue
            fill = CHOSEN_FILL if self.chosen(link) else FILLS.get(link.kind, PAIR_FILL)
            painter.setBrush(fill)
            old_span, new_span = self._span(OLD, link.old), self._span(NEW, link.new)
            on_screen = [span[1] > 0 and span[0] < height for span in (old_span, new_span)]
            if all(on_screen):
                painter.drawPolygon(QPolygonF([QPointF(0, old_span[0]), QPointF(width, new_span[0]),
                                               QPointF(width, new_span[1]), QPointF(0, old_span[1])]))
                continue
            for side, span, x in ((OLD, old_span, 0.0), (NEW, new_span, width - WEDGE)):
                if not on_screen[side]:
                    continue
                other = new_span if side == OLD else old_span
                middle = (span[0] + span[1]) / 2
                tip = middle - WEDGE if other[0] < 0 else middle + WEDGE
                base = x if side == OLD else x + WEDGE
                point = x + WEDGE if side == OLD else x
                painter.drawPolygon(QPolygonF([QPointF(base, span[0]), QPointF(point, tip),
                                               QPointF(base, span[1])]))
        painter.end()

    def _start(self, side: int, index: int) -> int:
        report = self.views[side].document_map
        return report.report.sentences[index].start if report is not None else 0

    def _visible_range(self, side: int) -> tuple[int, int]:
        """Report offsets at the top and bottom of a view, a little widened."""
        view = self.views[side]
        top = view.scroll_y()
        return view.offset_at_y(max(top - 200, 0)), view.offset_at_y(top + view.viewport().height() + 200)
