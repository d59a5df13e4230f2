"""The target scorecard of the compare window: was each target of the earlier year met?

``ScorecardPanel`` shows the rows of ``table_model.ScorecardTableModel``
with the warnings and a count above them, a choice of which verdicts to show
(Alt+S; a 1950s plan sets a hundred targets, most without a result) and, for
the chosen row, both sentences in full below; a click on a column header sorts
by it, a third click gives back the report's order.  Choosing a row (a click,
Enter, or the arrow keys) asks the window to show both sentences in the two
texts, and a click on a row also shows its target sentence in the row list (a
click on the result column, the result sentence).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTextBrowser, QVBoxLayout, QWidget

from core.compare.rows import NEW, OLD
from core.compare.scorecard import Figure, Scorecard, ScoreRow
from core.compare.scorecard.horizons import HORIZON_YEAR
from core.compare.scorecard.results.said_met import said_met_beside_unreported
from core.compare.scorecard.verdicts import MET, NO_RESULT, NOT_MET, STATED
from gui.compare.indicator_table import row_table
from gui.compare.scorecard.table_model import (
    COLUMN_INDICATOR,
    COLUMN_REASON,
    COLUMN_RESULT,
    COLUMN_TARGET,
    COLUMN_VERDICT,
    SHOW_ALL,
    SHOWS,
    VERDICT_BACKGROUNDS,
    VERDICT_WORDS,
    ScorecardTableModel,
    verdict_text,
)
from gui.language.core_messages import reason_text, scorecard_warnings
from gui.shell.translation import Translator

_tr = Translator("Scorecard")


class ScorecardPanel(QWidget):
    """Warnings, the scorecard table and the chosen row's two sentences; asks to show a sentence when clicked."""

    sentenceRequested = Signal(int, str)  # side (OLD or NEW), sentence id
    rowChosen = Signal(object, int)  # the ScoreRow, the side clicked (NEW on the result column, else OLD)
    shownChanged = Signal(str)  # the rows the reader chose to show (a name of table_model.SHOWS)

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
        self.show_box = QComboBox(self)
        self.show_box.setObjectName("scorecardShowBox")
        for name, words, _verdicts in SHOWS:
            self.show_box.addItem(_tr(words), name)
        show_label = QLabel(_tr("&Show:"), self)
        show_label.setBuddy(self.show_box)
        self.table = row_table(self, self.model, "scorecardTable")
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the report's order until a header is clicked
        header.setSortIndicatorClearable(True)  # a third click on a header gives the report's order back
        self.table.setSortingEnabled(True)
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
        choice = QHBoxLayout()
        choice.addWidget(show_label)
        choice.addWidget(self.show_box)
        choice.addStretch(1)
        layout.addLayout(choice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.show_box.currentIndexChanged.connect(self._show_chosen)

    def set_scorecard(self, scorecard: Scorecard | None) -> None:
        self.model.set_scorecard(scorecard)
        warnings = scorecard_warnings(scorecard) if scorecard is not None else []
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        self.summary_label.setText(summary_text(scorecard) if scorecard is not None else "")
        for position, (name, words, _verdicts) in enumerate(SHOWS):  # each choice says how many rows it shows
            self.show_box.setItemText(position, f"{_tr(words)} ({self.model.count(name)})")
        self.detail.clear()
        self._hint_when_none_shown()

    def show_rows(self, shown: str) -> None:
        """Show only the rows ``shown`` names (one of ``table_model.SHOWS``), as the Show box does."""
        self.show_box.setCurrentIndex(max(self.show_box.findData(shown), 0))

    def _show_chosen(self, _position: int) -> None:
        self.model.show(str(self.show_box.currentData() or SHOW_ALL))
        self.shownChanged.emit(self.model.shown)
        self.detail.clear()
        if self.model.rowCount():
            self.table.selectRow(0)  # the first row shown, in both texts
        self._hint_when_none_shown()

    def _hint_when_none_shown(self) -> None:
        """Say why the table is empty when the rows chosen (kept from the last compare window) are none here."""
        every = self.model.count(SHOW_ALL)
        if self.model.rowCount() or not every:
            return
        words = {name: text for name, text, _verdicts in SHOWS}
        self.detail.setPlainText(_tr("No row is among “%1” here; the scorecard has %2 rows in all. Press Alt+S and "
                                     "choose “%3” to see them.").replace("%1", _tr(words.get(self.model.shown, "")))
                                 .replace("%2", str(every)).replace("%3", _tr(words[SHOW_ALL])))

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


def summary_text(scorecard: Scorecard) -> str:
    """The counts above the table: the year's targets by verdict, and the goals of a plan period apart (a goal not
    yet due, without a result, is no target the later report failed to report)."""
    year_rows = [row for row in scorecard.rows if row.target is not None and row.horizon == HORIZON_YEAR]
    longer = sum(1 for row in scorecard.rows if row.target is not None and row.horizon != HORIZON_YEAR)
    counts = {verdict: sum(1 for row in year_rows if row.verdict == verdict) for verdict in VERDICT_WORDS}
    text = (_tr("%1 targets of the year: %2 met, %3 not met, %4 stated in words, %5 without a result.")
            .replace("%1", str(len(year_rows))).replace("%2", str(counts[MET])).replace("%3", str(counts[NOT_MET]))
            .replace("%4", str(counts[STATED])).replace("%5", str(counts[NO_RESULT])))
    if longer:
        text += " " + _tr("%1 more are goals of a plan period or of five years.").replace("%1", str(longer))
    if claim := said_met_beside_unreported(scorecard):
        # 2013 says of 2012 全面实现年初确定的主要目标: 未报告 is no silence on a year the report calls a success
        text += " " + _tr("The later report says “%1”, without a result for each of them.").replace("%1", claim)
    return text + " " + _tr("Click one to see both sentences.")
