"""The target scorecard of the compare window: was each target of the earlier year met?

``ScorecardTableModel`` lists the rows of a core ``Scorecard`` (indicator,
target, result, verdict, reason) with the verdict in colour.  ``ScorecardPanel``
adds the warnings above the table and, for the chosen row, both sentences in
full below it; choosing a row (a click, Enter, or the arrow keys) asks the
window to show both sentences in the two texts, and a click on a row also shows
its target sentence in the row list (a click on the result column, the result
sentence).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTextBrowser, QVBoxLayout, QWidget

from core.compare.rows import NEW, OLD
from core.compare.scorecard import Figure, Scorecard, ScoreRow
from core.compare.scorecard.horizons import HORIZON_FIVE_YEAR, HORIZON_PLAN_PERIOD
from core.compare.scorecard.verdicts import MET, NO_RESULT, NO_TARGET, NOT_MET, PARTLY, STATED
from gui.compare.indicator_table import row_table
from gui.language.core_messages import reason_text, scorecard_warnings
from gui.shell.translation import QT_TRANSLATE_NOOP, Translator

COLUMN_INDICATOR = 0
COLUMN_VERDICT = 1
COLUMN_TARGET = 2
COLUMN_RESULT = 3
COLUMN_REASON = 4
SCORE_ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ScoreRow of the row
VERDICT_ROLE = Qt.ItemDataRole.UserRole + 2  # its verdict, as stored (met, not_met, …)

VERDICT_BACKGROUNDS = {
    MET: QColor("#dcefd8"),
    NOT_MET: QColor("#f6d6d3"),
    PARTLY: QColor("#faecc8"),
    STATED: QColor("#e3e9f3"),
    NO_RESULT: QColor("#eeeeee"),
    NO_TARGET: QColor("#f4f1ea"),
}
VERDICT_WORDS = {
    MET: QT_TRANSLATE_NOOP("Scorecard", "met"),
    NOT_MET: QT_TRANSLATE_NOOP("Scorecard", "not met"),
    PARTLY: QT_TRANSLATE_NOOP("Scorecard", "partly met"),
    STATED: QT_TRANSLATE_NOOP("Scorecard", "stated in words"),
    NO_RESULT: QT_TRANSLATE_NOOP("Scorecard", "no result"),
    NO_TARGET: QT_TRANSLATE_NOOP("Scorecard", "no target"),
}
HORIZON_WORDS = {HORIZON_FIVE_YEAR: QT_TRANSLATE_NOOP("Scorecard", "five years"),
                 HORIZON_PLAN_PERIOD: QT_TRANSLATE_NOOP("Scorecard", "plan period")}

_tr = Translator("Scorecard")


def verdict_text(verdict: str) -> str:
    return _tr(VERDICT_WORDS.get(verdict, verdict))


def _figure_text(figure: Figure | None, empty: str) -> str:
    if figure is None:
        return empty
    if figure.indicator is not None:
        return figure.indicator.value_text() if figure.indicator.value is not None else figure.quote
    return figure.quote


class ScorecardTableModel(QAbstractTableModel):
    """The rows of one scorecard, targets first in report order."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Scorecard", "Indicator"),
        QT_TRANSLATE_NOOP("Scorecard", "Verdict"),
        QT_TRANSLATE_NOOP("Scorecard", "Target"),
        QT_TRANSLATE_NOOP("Scorecard", "Result"),
        QT_TRANSLATE_NOOP("Scorecard", "Why"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scorecard: Scorecard | None = None
        self.rows: list[ScoreRow] = []

    def set_scorecard(self, scorecard: Scorecard | None) -> None:
        self.beginResetModel()
        self.scorecard = scorecard
        self.rows = list(scorecard.rows) if scorecard is not None else []
        self.endResetModel()

    def row(self, position: int) -> ScoreRow:
        return self.rows[position]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_INDICATOR:
                horizon = HORIZON_WORDS.get(row.horizon)
                return f"{row.indicator} ({_tr(horizon)})" if horizon else row.indicator
            if column == COLUMN_TARGET:
                return _figure_text(row.target, _tr("(no target)"))
            if column == COLUMN_RESULT:
                return _figure_text(row.result, _tr("(no result)"))
            if column == COLUMN_VERDICT:
                return verdict_text(row.verdict)
            return reason_text(row, self.scorecard)
        if role == Qt.ItemDataRole.BackgroundRole and column == COLUMN_VERDICT:
            return VERDICT_BACKGROUNDS.get(row.verdict)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [figure.sentence.text for figure in (row.target, row.result) if figure is not None]
            return "\n\n".join(parts) or None
        if role == SCORE_ROW_ROLE:
            return row
        if role == VERDICT_ROLE:
            return row.verdict
        return None


class ScorecardPanel(QWidget):
    """Warnings, the scorecard table and the chosen row's two sentences; asks to show a sentence when clicked."""

    sentenceRequested = Signal(int, str)  # side (OLD or NEW), sentence id
    rowChosen = Signal(object, int)  # the ScoreRow, the side clicked (NEW on the result column, else OLD)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ScorecardTableModel(self)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("scorecardWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("background: #fff4d6; padding: 4px;")
        self.warning_label.hide()
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.table = row_table(self, self.model, "scorecardTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_INDICATOR, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COLUMN_TARGET, COLUMN_RESULT, COLUMN_VERDICT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_REASON, QHeaderView.ResizeMode.Stretch)
        header.setMaximumSectionSize(self.fontMetrics().horizontalAdvance("M") * 28)  # a long quote leaves room for why
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("scorecardDetail")
        self.detail.setMaximumHeight(self.fontMetrics().height() * 6)  # both sentences are in the texts below too
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def set_scorecard(self, scorecard: Scorecard | None) -> None:
        self.model.set_scorecard(scorecard)
        warnings = scorecard_warnings(scorecard) if scorecard is not None else []
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        rows = self.model.rows
        counts = {verdict: sum(1 for row in rows if row.verdict == verdict) for verdict in VERDICT_WORDS}
        self.summary_label.setText(
            _tr("%1 targets: %2 met, %3 not met, %4 stated in words, %5 without a result. Click one to see both "
                "sentences.").replace("%1", str(sum(1 for row in rows if row.target is not None)))
            .replace("%2", str(counts[MET])).replace("%3", str(counts[NOT_MET]))
            .replace("%4", str(counts[STATED])).replace("%5", str(counts[NO_RESULT])) if scorecard else "")
        self.detail.clear()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row = self.model.row(current.row())
            self.detail.setHtml(self._detail_html(row))
            self.rowChosen.emit(row, NEW if current.column() == COLUMN_RESULT else OLD)

    def _clicked(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        self.detail.setHtml(self._detail_html(row))
        self.rowChosen.emit(row, NEW if index.column() == COLUMN_RESULT else OLD)
        if index.column() == COLUMN_RESULT and row.result is not None:
            self.sentenceRequested.emit(NEW, row.result.sentence.id)
        elif row.target is not None:
            self.sentenceRequested.emit(OLD, row.target.sentence.id)
        elif row.result is not None:
            self.sentenceRequested.emit(NEW, row.result.sentence.id)

    def _detail_html(self, row: ScoreRow) -> str:
        def sentence(figure: Figure | None, title: str) -> str:
            if figure is None:
                return f"<p><b>{html.escape(title)}</b> —</p>"
            text = figure.sentence.text
            quote = figure.indicator.text if figure.indicator is not None else figure.quote
            escaped = html.escape(text)
            if quote and quote in text:
                escaped = escaped.replace(html.escape(quote), f"<span style='background:#fff0a8'>"
                                                             f"{html.escape(quote)}</span>", 1)
            return f"<p><b>{html.escape(title)}</b> {escaped}</p>"

        verdict = f"<span style='background:{VERDICT_BACKGROUNDS[row.verdict].name()}'>&nbsp;" \
                  f"{html.escape(verdict_text(row.verdict))}&nbsp;</span>"
        reason = reason_text(row, self.model.scorecard)
        return (f"<p>{verdict} {html.escape(reason)}</p>" + sentence(row.target, _tr("Target:"))
                + sentence(row.result, _tr("Result:")))
