"""A team's progress and one report's agreement as tables (over ``core.team.status`` and ``core.team.agreement``)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from core.team.agreement import Agreement, Statistic
from core.team.status import TeamStatus
from gui.language.core_messages import kappa_reason_text, notice_text
from gui.language.label_names import label_text

Index = QModelIndex | QPersistentModelIndex


def percent_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} %"


def _padded(text: str, width: int, right: bool = False) -> str:
    """``text`` filled with spaces to ``width`` columns of a monospace font, where a Chinese character takes two."""
    columns = sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
    fill = " " * max(0, width - columns)
    return fill + text if right else text + fill


def kappa_text(statistic: Statistic) -> str:
    return f"{statistic.value:.3f}" if statistic.value is not None else "–"


class TeamStatusModel(QAbstractTableModel):
    """One row per report and annotator: labelled of all, last change, the report's agreement (first row)."""

    def __init__(self, status: TeamStatus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Report"), self.tr("Annotator"), self.tr("Labelled"), self.tr("Last change (UTC)"),
                        self.tr("Agreement"), self.tr("Fleiss' κ")]
        self.rows: list[tuple[str, ...]] = []
        for report in status.reports:
            agreement = report.agreement
            together = ("", "") if agreement is None else (
                self.tr("%1 of %2").replace("%1", percent_text(agreement.percent))
                .replace("%2", str(agreement.sentences)), kappa_text(agreement.fleiss))
            if not report.annotators:
                self.rows.append((report.name, "–", f"0/{report.total}", "", "", ""))
            for index, entry in enumerate(report.annotators):
                name = entry.annotator + (self.tr(" (adjudicated)") if entry.adjudicated else "")
                when = (entry.last_change or "")[:16].replace("T", " ")
                first = index == 0
                self.rows.append((report.name if first else "", name, f"{entry.labelled}/{entry.total}", when,
                                  *(together if first else ("", ""))))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class PairAgreementModel(QAbstractTableModel):
    """One row per pair of annotators: sentences both labelled, percent agreement, Cohen's κ (or why none)."""

    def __init__(self, agreement: Agreement, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Annotators"), self.tr("Sentences"), self.tr("Agreement"), self.tr("Cohen's κ")]
        self.rows = [(f"{pair.first} / {pair.second}", str(pair.sentences), percent_text(pair.percent),
                      kappa_text(pair.kappa), kappa_reason_text(pair.kappa.reason)) for pair in agreement.pairs]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and row[4]:
            return row[4]  # why there is no κ
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


def _table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    return view


class TeamStatusDialog(QDialog):
    """The team's progress over the open reports' folders, as a table."""

    def __init__(self, status: TeamStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamStatusDialog")
        self.setWindowTitle(self.tr("Team status"))
        self.model = TeamStatusModel(status, self)
        layout = QVBoxLayout(self)
        self.table = _table(self.model, self)
        self.table.setObjectName("teamStatusTable")
        layout.addWidget(self.table)
        if status.warnings:
            note = QLabel("\n".join(notice_text(warning) for warning in status.warnings), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.resize(900, 420)


class ReportAgreementDialog(QDialog):
    """One report's agreement: all annotators together, each pair, and each pair's confusion table."""

    def __init__(self, name: str, agreement: Agreement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportAgreementDialog")
        self.setWindowTitle(self.tr("Agreement: %1").replace("%1", name))
        layout = QVBoxLayout(self)
        fleiss = agreement.fleiss
        fleiss_shown = kappa_text(fleiss) if fleiss.value is not None else f"– ({kappa_reason_text(fleiss.reason)})"
        summary = (self.tr("Annotators: %1; %2 of %3 sentences labelled by all; %4 agreement; Fleiss' κ %5")
                   .replace("%1", ", ".join(agreement.annotators)).replace("%2", str(agreement.sentences))
                   .replace("%3", str(agreement.total)).replace("%4", percent_text(agreement.percent))
                   .replace("%5", fleiss_shown))
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("agreementSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = PairAgreementModel(agreement, self)
        self.table = _table(self.model, self)
        self.table.setObjectName("pairAgreementTable")
        layout.addWidget(self.table)
        for pair in agreement.pairs:
            labels = list(pair.confusion)
            corner = f"{pair.first} \\ {pair.second}"
            lines = [_padded(corner, 16) + "".join(_padded(label_text(label), 13, right=True) for label in labels)]
            lines += [_padded(label_text(label), 16) + "".join(str(pair.confusion[label][other]).rjust(13)
                                                               for other in labels)
                      for label in labels]
            table = QLabel("\n".join(lines), self)
            table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = table.font()
            font.setFamily("monospace")
            font.setStyleHint(font.StyleHint.Monospace)
            table.setFont(font)
            layout.addWidget(table)
        self.resize(720, 480)
