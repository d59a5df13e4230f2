"""Item models of the compare window: the level rows and their filter.

``CompareModel`` is a table over a ``Comparison``: column 0 the earlier
report's sentence, column 2 the later one's, column 1 a narrow gutter saying
how the two relate.  Labels are read live from the two reports' entries, so a
label given anywhere shows here at once.  ``CompareFilterModel`` keeps all
rows, only changes, or only sentences with one label, with the headings of
what it keeps.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from core.compare.rows import (
    NEW,
    OLD,
    ROW_HEADING,
    STATE_CHANGED,
    STATE_DROPPED,
    STATE_EMPTY,
    STATE_MOVED,
    STATE_NEW,
    STATE_SAME,
    CompareRow,
    Comparison,
)
from gui.shell.translation import QT_TRANSLATE_NOOP, Translator
from gui.tagging.workspace import OpenFile, ReportEntry, Workspace

COLUMN_OLD = 0
COLUMN_GUTTER = 1
COLUMN_NEW = 2
SIDE_OF_COLUMN = {COLUMN_OLD: OLD, COLUMN_NEW: NEW}
COLUMN_OF_SIDE = {OLD: COLUMN_OLD, NEW: COLUMN_NEW}

ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # ROW_SENTENCES or ROW_HEADING
CELL_STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # STATE_* of the cell's side
DIFF_SPANS_ROLE = Qt.ItemDataRole.UserRole + 3  # [(start, end)] of differing words, code points
LABEL_ROLE = Qt.ItemDataRole.UserRole + 4  # label name or None
LABEL_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 5  # QColor or None
SENTENCE_INDEX_ROLE = Qt.ItemDataRole.UserRole + 6  # sentence index in its report or None
IS_CHANGE_ROLE = Qt.ItemDataRole.UserRole + 7  # bool: the row is a change
SECTION_LEVEL_ROLE = Qt.ItemDataRole.UserRole + 8  # heading cells: the section level
SOURCE_ROW_ROLE = Qt.ItemDataRole.UserRole + 9  # the row in CompareModel

FILTER_ALL = ""
FILTER_CHANGES = "\x00changes"  # a value no label name can take

_STATE_WORDS = {
    STATE_SAME: QT_TRANSLATE_NOOP("CompareModel", "same sentence"),
    STATE_CHANGED: QT_TRANSLATE_NOOP("CompareModel", "reworded"),
    STATE_MOVED: QT_TRANSLATE_NOOP("CompareModel", "moved from a section that was not paired"),
    STATE_DROPPED: QT_TRANSLATE_NOOP("CompareModel", "dropped: no partner in the later report"),
    STATE_NEW: QT_TRANSLATE_NOOP("CompareModel", "new: no partner in the earlier report"),
}



_tr = Translator("CompareModel")


class CompareModel(QAbstractTableModel):
    """The level rows of two reports, with live labels."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.comparison: Comparison | None = None
        self.entries: tuple[ReportEntry, ReportEntry] | None = None
        self.rows: list[CompareRow] = []
        self._row_of: tuple[dict[int, int], dict[int, int]] = ({}, {})
        workspace.labelsChanged.connect(self._labels_changed)
        workspace.labelSetChanged.connect(self._label_set_changed)

    def set_comparison(self, comparison: Comparison, old_entry: ReportEntry, new_entry: ReportEntry) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.entries = (old_entry, new_entry)
        self.rows = list(comparison.rows)
        self._row_of = ({}, {})
        for number, row in enumerate(self.rows):
            for side in (OLD, NEW):
                index = row.sentence(side)
                if index is not None:
                    self._row_of[side][index] = number
        self.endResetModel()

    # lookups

    def entry(self, side: int) -> ReportEntry | None:
        return self.entries[side] if self.entries is not None else None

    def row_of(self, side: int, sentence_index: int) -> int:
        """The row holding a sentence of one side, or -1."""
        return self._row_of[side].get(sentence_index, -1)

    def row(self, number: int) -> CompareRow:
        return self.rows[number]

    def label_of(self, number: int, side: int) -> str | None:
        entry = self.entry(side)
        index = self.rows[number].sentence(side)
        if entry is None or index is None:
            return None
        return entry.label_of(index)

    # the model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        side = SIDE_OF_COLUMN.get(index.column())
        if side is not None and self.rows[index.row()].sentence(side) is not None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if self.comparison is None or section == COLUMN_GUTTER:
            return ""
        if section == COLUMN_OLD:
            return _tr("Earlier: %1").replace("%1", self.comparison.old.display_name())
        if section == COLUMN_NEW:
            return _tr("Later: %1").replace("%1", self.comparison.new.display_name())
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.comparison is None:
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ROW_KIND_ROLE:
            return row.kind
        if role == IS_CHANGE_ROLE:
            return row.is_change
        if role == SOURCE_ROW_ROLE:
            return index.row()
        if column == COLUMN_GUTTER:
            if role == Qt.ItemDataRole.DisplayRole:
                return _gutter_text(row)
            if role == Qt.ItemDataRole.ToolTipRole:
                return _gutter_tip(row)
            return None
        side = SIDE_OF_COLUMN[column]
        if role == CELL_STATE_ROLE:
            return row.state(side)
        if row.kind == ROW_HEADING:
            return self._heading_data(row, side, role)
        sentence_index = row.sentence(side)
        if sentence_index is None:
            return None
        report = self.comparison.old if side == OLD else self.comparison.new
        if role == Qt.ItemDataRole.DisplayRole:
            return report.sentences[sentence_index].text
        if role == SENTENCE_INDEX_ROLE:
            return sentence_index
        if role == LABEL_ROLE:
            return self.label_of(index.row(), side)
        if role == LABEL_COLOUR_ROLE:
            return self._label_colour(index.row(), side)
        if role == DIFF_SPANS_ROLE:
            if row.old is None or row.new is None:
                return []
            spans = self.comparison.diffs.get((row.old, row.new))
            return list(spans[side]) if spans else []
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._sentence_tip(index.row(), side, sentence_index)
        return None

    def _heading_data(self, row: CompareRow, side: int, role: int) -> object:
        section = row.section(side)
        if section is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return section.title
        if role == SECTION_LEVEL_ROLE:
            return section.level
        if role == Qt.ItemDataRole.ToolTipRole:
            return _gutter_tip(row) or section.title
        return None

    def _label_colour(self, number: int, side: int) -> QColor | None:
        entry = self.entry(side)
        label = self.label_of(number, side)
        definition = entry.file.label(label) if entry is not None and label is not None else None
        return QColor(definition.colour) if definition is not None else None

    def _sentence_tip(self, number: int, side: int, sentence_index: int) -> str:
        assert self.comparison is not None
        row = self.rows[number]
        report = self.comparison.old if side == OLD else self.comparison.new
        sentence = report.sentences[sentence_index]
        path = " › ".join(section.title for section in report.section_path(sentence.section)[:2])
        state = _tr(_STATE_WORDS.get(row.state(side), ""))
        if row.pair is not None and row.pair.changed:
            state += "  " + _tr("(similarity %1)").replace("%1", f"{row.pair.score:.2f}")
        label = self.label_of(number, side)
        lines = [part for part in (path, state, _tr("Label: %1").replace("%1", label) if label else "") if part]
        return "\n".join(lines)

    # keeping up with label changes

    def _labels_changed(self, entry: ReportEntry, indexes: Sequence[int]) -> None:
        if self.entries is None:
            return
        for side in (OLD, NEW):
            if entry is not self.entries[side]:
                continue
            column = COLUMN_OF_SIDE[side]
            for sentence_index in indexes:
                number = self.row_of(side, sentence_index)
                if number >= 0:
                    cell = self.index(number, column)
                    self.dataChanged.emit(cell, cell, [LABEL_ROLE, LABEL_COLOUR_ROLE, Qt.ItemDataRole.ToolTipRole])

    def _label_set_changed(self, open_file: OpenFile) -> None:
        if self.entries is None or not self.rows:
            return
        if any(entry.file is open_file for entry in self.entries):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 2))


def _gutter_text(row: CompareRow) -> str:
    if row.kind == ROW_HEADING:
        return f"{row.section_score:.2f}" if row.section_score is not None else ""
    old, new = row.state(OLD), row.state(NEW)
    if row.pair is not None:
        if old == STATE_SAME:
            return "="
        return ("↕ " if old == STATE_MOVED else "") + f"{row.pair.score:.2f}"
    if old == STATE_DROPPED and new == STATE_NEW:
        return "− +"
    if old == STATE_DROPPED:
        return "−"
    if new == STATE_NEW:
        return "+"
    return ""


def _gutter_tip(row: CompareRow) -> str:
    if row.kind == ROW_HEADING:
        if row.section_score is None:
            return ""
        text = _tr("Sections paired by topic (score %1)").replace("%1", f"{row.section_score:.2f}")
        if row.shared_words:
            text += "\n" + _tr("Shared topic words: %1").replace("%1", "、".join(row.shared_words))
        return text
    old, new = row.state(OLD), row.state(NEW)
    if row.pair is not None:
        return _tr("A pair: %1, similarity %2").replace("%1", _tr(_STATE_WORDS[old])).replace(
            "%2", f"{row.pair.score:.2f}")
    parts = [_tr(_STATE_WORDS[state]) for state in (old, new) if state != STATE_EMPTY]
    return "\n".join(parts)


class CompareFilterModel(QSortFilterProxyModel):
    """All rows, only changes, or only rows with one label; headings stay above what they head."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self.filter = FILTER_ALL
        self._accepted: list[bool] | None = None

    def set_filter(self, value: str) -> None:
        self.filter = value
        self.refilter()

    def refilter(self) -> None:
        """Decide again which rows pass (after a filter or label change)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._accepted = None
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._accepted = None
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self.filter == FILTER_ALL:
            return True
        if self._accepted is None:
            self._accepted = self._decide()
        return 0 <= source_row < len(self._accepted) and self._accepted[source_row]

    def _decide(self) -> list[bool]:
        model = self.sourceModel()
        if not isinstance(model, CompareModel):
            return []
        accepted = [self._wanted(model, number) for number in range(len(model.rows))]
        # a run of headings passes when a sentence row under it (before the next heading) passes
        number = len(model.rows) - 1
        below = False
        while number >= 0:
            if model.rows[number].kind == ROW_HEADING:
                accepted[number] = below
                if number == 0 or model.rows[number - 1].kind != ROW_HEADING:
                    below = False
            else:
                below = below or accepted[number]
            number -= 1
        return accepted

    def _wanted(self, model: CompareModel, number: int) -> bool:
        row = model.rows[number]
        if row.kind == ROW_HEADING:
            return False
        if self.filter == FILTER_CHANGES:
            return row.is_change
        return self.filter in (model.label_of(number, OLD), model.label_of(number, NEW))
