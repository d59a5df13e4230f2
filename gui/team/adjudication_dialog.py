"""The adjudication view: walk through the sentences where annotators disagree and settle each into gold.

Over ``core.team.adjudication``: the gold files (``GoldFile``) and the cases
the annotators did not label alike (``disagreements``).  For the sentence
shown, each annotator's label; the label keys give the gold label (one of
theirs or another), 0 clears it; J/K (or Down/Up) walk, N goes to the next
undecided case.  Every decision is one undo step on the view's own undo stack;
"Accept agreed" settles in one step every sentence all annotators labelled
alike.  The gold files are saved (``AnnotationSet.save``: atomic, locked,
merged) with Ctrl+S and on closing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.annotations.labels import LabelDef
from core.annotations.record import Annotation
from core.errors import SaveError
from core.team.adjudication import GoldFile, Item, agreed_undecided, disagreements, settle
from gui.language.core_messages import error_text
from gui.language.label_names import label_text
from gui.shell import style
from gui.shell.translation import Translator

_tr = Translator("AdjudicationDialog")


class SettleCommand(QUndoCommand):
    """Give one sentence its gold label (None clears it); undo puts back what the gold file had."""

    def __init__(self, item: Item, label: str | None, changed: Callable[[Item], None],
                 parent: QUndoCommand | None = None) -> None:
        text = _tr("Gold label: %1").replace("%1", label_text(label)) if label else _tr("Clear the gold label")
        super().__init__(text, parent)
        self.item = item
        self.label = label
        self.changed = changed
        self.previous: Annotation | None = None

    def redo(self) -> None:
        self.previous = settle(self.item.gold_file.gold, self.item.case, self.label)
        self.changed(self.item)

    def undo(self) -> None:
        case = self.item.case
        self.item.gold_file.gold.put(self.previous, case.report.id, case.sentence.id)
        self.changed(self.item)


class AdjudicationDialog(QDialog):
    """One sentence at a time: the annotators' labels, the gold label, keys to decide, undo, progress."""

    def __init__(self, files: Sequence[GoldFile], annotators: Sequence[str],
                 show_error: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjudicationDialog")
        self.setWindowTitle(self.tr("Adjudication"))
        self.files = list(files)
        self.annotators = list(annotators)
        self.show_error = show_error
        self.items = disagreements(self.files)
        self.labels: list[LabelDef] = list(self.files[0].gold.labels) if self.files else []
        self.undo_stack = QUndoStack(self)
        self.index = 0
        self._build()
        self._keys()
        self.undo_stack.indexChanged.connect(lambda _index: self.refresh())
        self.go(self.next_undecided(0) if self.items else 0)

    # building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("adjudicationProgress")
        self.report_label = QLabel(self)
        self.sentence_label = QLabel(self)
        self.sentence_label.setObjectName("adjudicationSentence")
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.sentence_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.sentence_label.setFont(font)
        self.table = QTableWidget(len(self.annotators) + 1, 2, self)
        self.table.setObjectName("adjudicationTable")
        self.table.setHorizontalHeaderLabels([self.tr("Annotator"), self.tr("Label")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QHBoxLayout()
        self.label_buttons: list[QPushButton] = []
        for label in self.labels:
            shown = label_text(label.name)
            button = QPushButton(f"{label.key}  {shown}" if label.key else shown, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, name=label.name: self.decide(name))
            buttons.addWidget(button)
            self.label_buttons.append(button)
        clear = QPushButton(self.tr("0  Clear"), self)
        clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        clear.clicked.connect(lambda: self.decide(None))
        buttons.addWidget(clear)
        walk = QHBoxLayout()
        for text, slot in ((self.tr("K  Previous"), lambda: self.step(-1)), (self.tr("J  Next"), lambda: self.step(1)),
                           (self.tr("N  Next undecided"), self.go_undecided)):
            button = QPushButton(text, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            walk.addWidget(button)
        walk.addStretch(1)
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("acceptAgreedButton")
        self.accept_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.accept_button.clicked.connect(self.accept_agreed)
        walk.addWidget(self.accept_button)
        save = QPushButton(self.tr("Save and close"), self)
        save.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        save.clicked.connect(self.close)
        walk.addWidget(save)
        self.help_label = QLabel(self.tr("Label keys give the gold label, 0 clears it; J/K walk, N goes to the next "
                                         "undecided sentence; Ctrl+Z undoes, Ctrl+S saves."), self)
        self.help_label.setWordWrap(True)
        for widget in (self.progress_label, self.report_label, self.sentence_label, self.table):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addLayout(walk)
        layout.addWidget(self.help_label)
        self.resize(760, 420)

    def _keys(self) -> None:
        bindings: list[tuple[QKeySequence | QKeySequence.StandardKey | str, Callable[[], object]]] = [
            (label.key, self._decider(label.name)) for label in self.labels if label.key]
        bindings += [("0", lambda: self.decide(None)), ("Backspace", lambda: self.decide(None)),
                     ("J", lambda: self.step(1)), ("Down", lambda: self.step(1)),
                     ("K", lambda: self.step(-1)), ("Up", lambda: self.step(-1)), ("N", self.go_undecided),
                     (QKeySequence.StandardKey.Undo, self.undo_stack.undo), ("Ctrl+Shift+Z", self.undo_stack.redo),
                     (QKeySequence.StandardKey.Save, self.save)]
        for key, slot in bindings:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)

    def _decider(self, name: str) -> Callable[[], None]:
        return lambda: self.decide(name)

    # walking

    @property
    def current(self) -> Item | None:
        return self.items[self.index] if self.items else None

    def go(self, index: int) -> None:
        if self.items:
            self.index = max(0, min(index, len(self.items) - 1))
        self.refresh()

    def step(self, delta: int) -> None:
        self.go(self.index + delta)

    def next_undecided(self, start: int) -> int:
        """The first undecided case from ``start`` on (wrapping), or ``start`` when all are decided."""
        count = len(self.items)
        for offset in range(count):
            index = (start + offset) % count
            if self.items[index].decided is None:
                return index
        return start

    def go_undecided(self) -> None:
        if self.items:
            self.go(self.next_undecided(self.index + 1))

    # deciding

    def decide(self, label: str | None) -> None:
        """Give the sentence shown ``label`` (None clears it), one undo step; then on to the next undecided."""
        item = self.current
        if item is None:
            return
        decided = item.decided
        if (decided.label if decided is not None else None) == label:
            return
        self.undo_stack.push(SettleCommand(item, label, self._changed))
        if label is not None:
            self.go(self.next_undecided(self.index))

    def accept_agreed(self) -> None:
        """Give every sentence all annotators labelled alike that label, as one undo step."""
        agreed = agreed_undecided(self.files)
        if not agreed:
            return
        self.undo_stack.beginMacro(self.tr("Accept %n agreed sentence(s)", "", len(agreed)))
        for item in agreed:
            self.undo_stack.push(SettleCommand(item, item.case.agreed, self._changed))
        self.undo_stack.endMacro()

    def _changed(self, item: Item) -> None:
        for index, shown in enumerate(self.items):  # show the sentence an undo or redo changed
            if shown is item:
                self.index = index

    # showing

    def refresh(self) -> None:
        decided = sum(item.decided is not None for item in self.items)
        agreed = len(agreed_undecided(self.files))
        self.accept_button.setText(self.tr("Accept %n agreed sentence(s)", "", agreed))
        self.accept_button.setEnabled(agreed > 0)
        item = self.current
        if item is None:
            self.progress_label.setText(self.tr("The annotators agree on every sentence they labelled."))
            self.report_label.clear()
            self.sentence_label.clear()
            self.table.clearContents()
            return
        self.progress_label.setText(
            self.tr("Disagreement %1 of %2 · %3 decided · %4 left")
            .replace("%1", str(self.index + 1)).replace("%2", str(len(self.items)))
            .replace("%3", str(decided)).replace("%4", str(len(self.items) - decided)))
        report = item.case.report
        self.report_label.setText(f"{item.gold_file.source.name} · {report.metadata.title.value or report.id}")
        self.sentence_label.setText(item.case.sentence.clean_text)
        for row, name in enumerate(self.annotators):
            given = item.case.labels.get(name)
            self._set_row(row, name, label_text(given) if given is not None else self.tr("(not labelled)"), given)
        gold = item.decided
        text = self.tr("(undecided)") if gold is None else label_text(gold.label)
        if gold is not None and gold.chosen_by:
            text += "  ← " + ", ".join(gold.chosen_by)
        self._set_row(len(self.annotators), item.gold_file.gold.annotator, text,
                      gold.label if gold is not None else None, bold=True)

    def _set_row(self, row: int, name: str, text: str, label: str | None, bold: bool = False) -> None:
        colours = {definition.name: definition.colour for definition in self.labels}
        for column, value in enumerate((name, text)):
            cell = QTableWidgetItem(value)
            if bold:
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
            if column == 1 and label in colours:
                cell.setBackground(QColor(colours[label]))
                cell.setForeground(QColor(style.text_colour_on(QColor(colours[label]))))
            self.table.setItem(row, column, cell)

    # saving

    def save(self) -> bool:
        """Save every changed gold file; False (after saying why) when one could not be saved."""
        for gold_file in self.files:
            if not gold_file.gold.dirty:
                continue
            try:
                gold_file.gold.save()
            except SaveError as error:
                self.show_error(self.tr("Adjudication"), error_text(error))
                return False
        self.undo_stack.setClean()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.save():
            event.accept()
        else:
            event.ignore()

    def reject(self) -> None:
        """Escape closes the view as its close button does: the gold files saved first."""
        if self.save():
            super().reject()
