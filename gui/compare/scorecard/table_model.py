"""The rows of a scorecard as a table: verdict colours, a choice of which verdicts to show, sorting by column.

``ScorecardTableModel`` lists the rows of a core ``Scorecard`` (indicator,
verdict, target, result, reason).  A report of the 1950s sets a hundred
targets, most of them budget lines the next report never mentions, so the
reader can show only some verdicts (``SHOWS``: the targets with a result, the
ones missed, …) and sort by a column; sorting by no column (-1) gives back
the report's order.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from core.compare.scorecard import Figure, Scorecard, ScoreRow
from core.compare.scorecard.horizons import HORIZON_FIVE_YEAR, HORIZON_PLAN_PERIOD
from core.compare.scorecard.verdicts import MET, NO_RESULT, NO_TARGET, NOT_MET, PARTLY, STATED
from gui.language.core_messages import reason_text
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
VERDICT_ORDER = (NOT_MET, PARTLY, MET, STATED, NO_RESULT, NO_TARGET)  # sorted by verdict: the missed ones first
HORIZON_WORDS = {HORIZON_FIVE_YEAR: QT_TRANSLATE_NOOP("Scorecard", "five years"),
                 HORIZON_PLAN_PERIOD: QT_TRANSLATE_NOOP("Scorecard", "plan period")}

SHOW_ALL = "all"
SHOW_WITH_RESULT = "with-result"
SHOW_MISSED = "missed"
SHOW_MET = "met"
SHOW_STATED = "stated"
SHOW_NO_RESULT = "no-result"
SHOW_NO_TARGET = "no-target"
SHOWS: tuple[tuple[str, str, frozenset[str]], ...] = (  # (name, words, the verdicts shown)
    (SHOW_ALL, QT_TRANSLATE_NOOP("Scorecard", "All rows"), frozenset(VERDICT_WORDS)),
    (SHOW_WITH_RESULT, QT_TRANSLATE_NOOP("Scorecard", "Targets with a result"),
     frozenset({MET, NOT_MET, PARTLY, STATED})),
    (SHOW_MISSED, QT_TRANSLATE_NOOP("Scorecard", "Not met or partly met"), frozenset({NOT_MET, PARTLY})),
    (SHOW_MET, QT_TRANSLATE_NOOP("Scorecard", "Met"), frozenset({MET})),
    (SHOW_STATED, QT_TRANSLATE_NOOP("Scorecard", "Stated in words"), frozenset({STATED})),
    (SHOW_NO_RESULT, QT_TRANSLATE_NOOP("Scorecard", "Targets without a result"), frozenset({NO_RESULT})),
    (SHOW_NO_TARGET, QT_TRANSLATE_NOOP("Scorecard", "Results without a target"), frozenset({NO_TARGET})),
)
_SHOWN = {name: verdicts for name, _words, verdicts in SHOWS}

_tr = Translator("Scorecard")


def verdict_text(verdict: str) -> str:
    return _tr(VERDICT_WORDS.get(verdict, verdict))


def figure_text(figure: Figure | None, empty: str) -> str:
    """A side of a row as its cell shows it: the figure read, else the clause quoted, else ``empty``."""
    if figure is None:
        return empty
    if figure.indicator is not None:
        return figure.indicator.shown_value() if figure.indicator.value is not None else figure.shown_quote()
    return figure.shown_quote()


def _figure_key(figure: Figure | None) -> tuple[int, str, float, str]:
    """Figures sort by unit, then value; a clause in words after them, and no figure last."""
    if figure is None:
        return (2, "", 0.0, "")
    indicator = figure.indicator
    if indicator is None or indicator.value is None:
        return (1, "", 0.0, figure.quote)
    return (0, indicator.unit, indicator.value, "")


class ScorecardTableModel(QAbstractTableModel):
    """The rows of one scorecard, targets first in report order; ``show`` and ``sort`` choose and order them."""

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
        self.shown = SHOW_ALL
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.rows: list[ScoreRow] = []  # the rows shown, in the order shown

    def set_scorecard(self, scorecard: Scorecard | None) -> None:
        self.beginResetModel()
        self.scorecard = scorecard
        self._choose_rows()
        self.endResetModel()

    def show(self, shown: str) -> None:
        """Show only the rows whose verdict ``shown`` (one of ``SHOWS``) names."""
        self.beginResetModel()
        self.shown = shown if shown in _SHOWN else SHOW_ALL
        self._choose_rows()
        self.endResetModel()

    def count(self, shown: str) -> int:
        """How many rows of the whole scorecard ``shown`` would show."""
        verdicts = _SHOWN[shown]
        return sum(1 for row in self.scorecard.rows if row.verdict in verdicts) if self.scorecard else 0

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows shown; the row chosen stays chosen (and the sentences shown below it stay its own)."""
        self.layoutAboutToBeChanged.emit()
        before = self.rows
        self.sort_column, self.sort_order = column, order
        self._choose_rows()
        position = {id(row): number for number, row in enumerate(self.rows)}
        persistent = self.persistentIndexList()
        moved = [self.index(position[id(before[index.row()])], index.column()) if index.isValid() else QModelIndex()
                 for index in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _choose_rows(self) -> None:
        verdicts = _SHOWN[self.shown]
        rows = [row for row in self.scorecard.rows if row.verdict in verdicts] if self.scorecard else []
        keys = {
            COLUMN_INDICATOR: lambda row: row.indicator,
            COLUMN_VERDICT: lambda row: VERDICT_ORDER.index(row.verdict) if row.verdict in VERDICT_ORDER else 99,
            COLUMN_TARGET: lambda row: _figure_key(row.target),
            COLUMN_RESULT: lambda row: _figure_key(row.result),
            COLUMN_REASON: lambda row: reason_text(row, self.scorecard),  # as the cell shows it, in Chinese too
        }
        key = keys.get(self.sort_column)
        if key is not None:  # a stable sort: rows alike stay in the report's order
            rows.sort(key=key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self.rows = rows

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
                return figure_text(row.target, _tr("(no target)"))
            if column == COLUMN_RESULT:
                return figure_text(row.result, _tr("(no result)"))
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
