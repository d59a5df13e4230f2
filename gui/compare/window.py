"""The compare window: two reports side by side, the scorecard and the indicators beside them.

It shares the main window's workspace, undo stack and autosaver, so a label
given here is one more undo step of the session, shows in the reading window
at once, marks the title unsaved and is saved like any other.  The alignment
runs in the task runner; until it is done the window shows its progress and
keeps answering.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core.compare.rows import NEW, OLD, STATE_DROPPED, STATE_NEW, Comparison
from gui.compare.align_worker import alignment_work, stage_text
from gui.compare.diff_view import BACKGROUNDS, NEW_WORDS, OLD_WORDS, CompareView
from gui.compare.indicator_table import IndicatorPanel
from gui.compare.model import FILTER_ALL, FILTER_CHANGES, CompareFilterModel, CompareModel
from gui.compare.scorecard_panel import ScorecardPanel
from gui.compare.tagging import CompareTagging
from gui.language.label_names import label_text
from gui.shell import style
from gui.shell.settings import AppSettings
from gui.shell.task_runner import TaskRunner
from gui.shell.translation import QT_TRANSLATE_NOOP
from gui.tagging.autosave import Autosaver
from gui.tagging.workspace import OpenFile, ReportEntry, Workspace

KEYS_HINT = QT_TRANSLATE_NOOP(
    "CompareWindow",
    "J/K ↓/↑ sentence · ←/→ Tab side · N/F7 next change, Shift: previous · label keys · 0 clear · Enter: reading window"
)


@dataclass(frozen=True)
class CompareSession:
    """What a compare window shares with the reading window that opened it."""

    workspace: Workspace
    undo_stack: QUndoStack
    autosaver: Autosaver
    settings: AppSettings
    save_now: Callable[[], object]
    show_sentence: Callable[[ReportEntry, int], None]  # in the reading window, brought to the front
    auto_advance: Callable[[], bool]  # the reading window's "move on after labelling"
    point_size: Callable[[], float]  # of the reading window's text


class CompareWindow(QMainWindow):
    """Two reports of one place, usually consecutive years, level row by row."""

    ready = Signal()  # the rows are shown (or the alignment failed)

    def __init__(self, session: CompareSession, old_entry: ReportEntry, new_entry: ReportEntry,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.session = session
        self.entries = (old_entry, new_entry)
        self.workspace = session.workspace
        self.undo_stack = session.undo_stack
        self.autosaver = session.autosaver
        self.comparison: Comparison | None = None
        self.model = CompareModel(self.workspace, self)
        self.proxy = CompareFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.runner = TaskRunner(self)
        self._build_central()
        self.tagging = CompareTagging(self.workspace, self.undo_stack, self.view, self.model, self.proxy,
                                      session.auto_advance, self)
        self.scorecard = ScorecardPanel(self)
        self.scorecard_dock = QDockWidget(self.tr("Scorecard: were last year's targets met?"), self)
        self.scorecard_dock.setObjectName("scorecardDock")
        self.scorecard_dock.setWidget(self.scorecard)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.scorecard_dock)
        self.indicators = IndicatorPanel(self)
        self.indicator_dock = QDockWidget(self.tr("Indicators"), self)
        self.indicator_dock.setObjectName("indicatorDock")
        self.indicator_dock.setWidget(self.indicators)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.indicator_dock)
        self.tabifyDockWidget(self.scorecard_dock, self.indicator_dock)
        self._build_actions()
        self._build_toolbar()
        self.save_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.save_label)
        self._connect()
        self.resize(1500, 950)
        self.resizeDocks([self.scorecard_dock], [560], Qt.Orientation.Horizontal)
        self._restore_layout()
        self._update_title()
        self._update_save_state()
        self.runner.start(alignment_work(old_entry.report, new_entry.report))

    # building

    def _build_central(self) -> None:
        self.stack = QStackedWidget(self)
        waiting = QWidget(self.stack)
        layout = QVBoxLayout(waiting)
        layout.addStretch(1)
        self.progress_label = QLabel(self.tr("Aligning the two reports…"), waiting)
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_bar = QProgressBar(waiting)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setMaximumWidth(420)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.view = CompareView(self.stack)
        self.view.setModel(self.proxy)
        self.view.set_point_size(max(self.session.point_size() - 1, style.MIN_POINT_SIZE))
        self.stack.addWidget(waiting)
        self.stack.addWidget(self.view)
        self.setCentralWidget(self.stack)

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(
            [
                QKeySequence("Ctrl+Shift+Z"),
                *[
                    key
                    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                    if key != QKeySequence("Ctrl+Shift+Z")
                ],
            ]
        )
        self.addActions([self.undo_action, self.redo_action])
        self.save_action = self._action(
            self.tr("Save"), self.session.save_now, QKeySequence.StandardKey.Save, "compareSaveAction"
        )
        self.next_action = self._action(self.tr("Next change ▼"), lambda: self._step_change(1), None, "nextChange")
        self.previous_action = self._action(self.tr("Previous change ▲"), lambda: self._step_change(-1), None,
                                            "previousChange")
        self.next_action.setToolTip(self.tr("Next change (N, F7)"))
        self.previous_action.setToolTip(self.tr("Previous change (Shift+N, Shift+F7)"))
        self.close_action = self._action(self.tr("Close"), self.close, QKeySequence.StandardKey.Close)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Compare"), self)
        toolbar.setObjectName("compareToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        toolbar.addWidget(QLabel(self.tr(" Show: "), toolbar))
        self.filter_box = QComboBox(toolbar)
        self.filter_box.setObjectName("compareFilterBox")
        self.filter_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.filter_box.setMinimumContentsLength(16)
        toolbar.addWidget(self.filter_box)
        toolbar.addActions([self.previous_action, self.next_action])
        toolbar.addSeparator()
        for text, tip, slot, signal in (
            (
                self.tr("Undo"),
                self.tr("Undo the last change (Ctrl+Z)"),
                self.undo_stack.undo,
                self.undo_stack.canUndoChanged,
            ),
            (self.tr("Redo"), self.tr("Redo (Ctrl+Shift+Z)"), self.undo_stack.redo, self.undo_stack.canRedoChanged),
        ):
            button = QAction(text, toolbar)  # fixed text: the stack's actions name the command and jump about
            button.setToolTip(tip)
            button.triggered.connect(slot)
            button.setEnabled(self.undo_stack.canUndo() if slot == self.undo_stack.undo else self.undo_stack.canRedo())
            signal.connect(button.setEnabled)
            toolbar.addAction(button)
        toolbar.addAction(self.save_action)
        toolbar.addSeparator()
        self.legend = QLabel(toolbar)
        self.legend.setObjectName("compareLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        toolbar.addWidget(self.legend)
        self._fill_filter_box()

    def _connect(self) -> None:
        self.runner.progress.connect(self._progress)
        self.runner.succeeded.connect(self._aligned)
        self.runner.failed.connect(self._failed)
        self.filter_box.currentIndexChanged.connect(self._filter_chosen)
        self.tagging.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.tagging.currentChanged.connect(self._current_changed)
        self.tagging.showRequested.connect(self._show_in_reading_window)
        self.indicators.sentenceRequested.connect(self._indicator_chosen)
        self.scorecard.sentenceRequested.connect(self._indicator_chosen)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.undo_stack.indexChanged.connect(self._update_title)
        self.autosaver.saved.connect(self._update_save_state)
        self.autosaver.failed.connect(self._update_save_state)
        self.workspace.labelSetChanged.connect(self._label_set_changed)
        self.workspace.labelsChanged.connect(self._labels_changed)

    # the alignment

    def _progress(self, done: int, _total: int) -> None:
        self.progress_bar.setValue(done)
        self.progress_label.setText(stage_text(done))

    def _aligned(self, comparison: Comparison) -> None:
        self.comparison = comparison
        old_entry, new_entry = self.entries
        self.model.set_comparison(comparison, old_entry, new_entry)
        self.indicators.set_alignment(comparison.alignment)
        self.scorecard.set_scorecard(comparison.scorecard)
        self.scorecard_dock.raise_()  # the question people compare two years for
        self.stack.setCurrentWidget(self.view)
        self.view.update_row_heights()
        self.tagging.first()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_counts()
        self.ready.emit()

    def _failed(self, error: object) -> None:
        self.progress_bar.hide()
        self.progress_label.setText(self.tr("The two reports could not be aligned:\n%1").replace("%1", str(error)))
        self.ready.emit()

    def _show_counts(self) -> None:
        rows = self.model.rows
        pairs = sum(1 for row in rows if row.pair is not None)
        changed = sum(1 for row in rows if row.pair is not None and row.pair.changed)
        dropped = sum(1 for row in rows if row.state(OLD) == STATE_DROPPED)
        added = sum(1 for row in rows if row.state(NEW) == STATE_NEW)
        self.statusBar().showMessage(self.tr(
            "%1 sentence pairs (%2 reworded), %3 dropped, %4 new.  %5").replace("%1", str(pairs)).replace(
            "%2", str(changed)).replace("%3", str(dropped)).replace("%4", str(added)).replace("%5", self.tr(KEYS_HINT)))

    # filter and legend

    def _fill_filter_box(self) -> None:
        chosen = self.filter_box.currentData()
        names: list[str] = []
        for entry in self.entries:
            names += [label.name for label in entry.file.labels if label.name not in names]
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.addItem(self.tr("All rows"), FILTER_ALL)
        self.filter_box.addItem(self.tr("Only changes"), FILTER_CHANGES)
        for name in names:
            self.filter_box.addItem(self.tr("Only “%1”").replace("%1", label_text(name)), name)
        self.filter_box.setCurrentIndex(max(self.filter_box.findData(chosen), 0))
        self.filter_box.blockSignals(False)
        self._fill_legend()

    def _fill_legend(self) -> None:
        legend = (  # tr() outside the f-strings: lupdate does not look inside them
            (OLD_WORDS, self.tr("dropped words")),
            (NEW_WORDS, self.tr("new words")),
            (BACKGROUNDS[STATE_DROPPED], self.tr("dropped")),
            (BACKGROUNDS[STATE_NEW], self.tr("new")),
        )
        chips = [f"<span style='background:{colour.name()}'>&nbsp;{text}&nbsp;</span>" for colour, text in legend]
        chips.append("&nbsp;&nbsp;")
        seen: set[str] = set()
        for entry in self.entries:
            for label in entry.file.labels:
                if label.name in seen:
                    continue
                seen.add(label.name)
                colour = QColor(label.colour)
                ink = style.text_colour_on(colour).name()
                key = f"{label.key} " if label.key else ""
                name = label_text(label.name)
                chips.append(f"<span style='background:{colour.name()}; color:{ink}'>&nbsp;{key}{name}&nbsp;</span>")
        self.legend.setText("&nbsp;".join(chips))

    def set_filter(self, value: str) -> None:
        """All rows (FILTER_ALL), only changes (FILTER_CHANGES) or only one label's rows."""
        position = self.filter_box.findData(value)
        if position >= 0 and position != self.filter_box.currentIndex():
            self.filter_box.setCurrentIndex(position)  # calls _filter_chosen
        elif position >= 0:
            self._filter_chosen(position)

    def _filter_chosen(self, _position: int) -> None:
        value = self.filter_box.currentData()
        self.proxy.set_filter(value if isinstance(value, str) else FILTER_ALL)
        self.view.update_row_heights()
        if not self.view.currentIndex().isValid():
            self.tagging.first()
        else:
            self.view.scrollTo(self.view.currentIndex())
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _label_set_changed(self, open_file: OpenFile) -> None:
        if any(entry.file is open_file for entry in self.entries):
            self._fill_filter_box()

    def _labels_changed(self, entry: ReportEntry, _indexes: list[int]) -> None:
        if entry in self.entries and self.proxy.filter not in (FILTER_ALL, FILTER_CHANGES):
            self.proxy.refilter()
            self.view.update_row_heights()

    # moving and showing

    def _step_change(self, direction: int) -> None:
        self.tagging.step_change(direction)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _indicator_chosen(self, side: int, sentence_id: str) -> None:
        report = self.entries[side].report
        for index, sentence in enumerate(report.sentences):
            if sentence.id == sentence_id:
                self.tagging.go_to_sentence(side, index)
                break

    def _current_changed(self) -> None:
        current = self.tagging.current_sentence()
        if current is None:
            return
        entry, index = current
        label = entry.label_of(index)
        side = self.tr("earlier") if entry is self.entries[0] else self.tr("later")
        text = self.tr("%1 report, sentence %2 of %3").replace("%1", side).replace("%2", str(index + 1)).replace(
            "%3", str(len(entry.report.sentences)))
        if label:
            text += " · " + self.tr("label: %1").replace("%1", label)
        self.statusBar().showMessage(text)

    def _show_in_reading_window(self, entry: ReportEntry, index: int) -> None:
        self.session.show_sentence(entry, index)

    # title and saving

    def _shared_alive(self) -> bool:
        """False while the reading window is being torn down (its undo stack goes first and still signals)."""
        return isValid(self.undo_stack) and isValid(self.autosaver)

    def _update_title(self) -> None:
        if not self._shared_alive():
            return
        old, new = (entry.report.display_name() for entry in self.entries)
        self.setWindowTitle(self.tr("Compare %1 ↔ %2 — GWR Annotator").replace("%1", old).replace("%2", new) + " [*]")
        self.setWindowModified(not self.undo_stack.isClean())
        self._update_save_state()

    def _update_save_state(self, *_args: object) -> None:
        if not self._shared_alive():
            return
        if self.autosaver.failures:
            text, colour = self.tr("Save failed: changes kept, retrying"), "#b71c1c"
        elif self.undo_stack.isClean():
            text, colour = self.tr("All saved"), "#2e7d32"
        else:
            text, colour = self.tr("Unsaved changes"), "#8a6d00"
        self.save_label.setText(f"<span style='color:{colour}'>{text}</span>")

    def _restore_layout(self) -> None:
        geometry, state = self.session.settings.compare_layout()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.cancel()
        self.session.settings.save_compare_layout(self.saveGeometry(), self.saveState())
        if self._shared_alive() and not self.undo_stack.isClean():
            self.autosaver.save_all()
        event.accept()
