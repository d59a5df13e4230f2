"""The compare window: the scorecard, the two texts side by side, the row list, the indicators.

Three views share the central area: the scorecard above the two texts (it
opens first: were last year's targets met?), the two texts alone (the reading
view, ``parallel_texts``), and the row list of every sentence pair
(``diff_view``).  Ctrl+1, Ctrl+2 and Ctrl+3 choose one, F6 goes between the
scorecard and the texts; choosing a scorecard row shows its target and its
result in the two texts.

It shares the main window's workspace, undo stack and autosaver, so a label
given here is one more undo step of the session, shows in the reading window
at once, marks the title unsaved and is saved like any other.  The alignment
runs in the task runner; until it is done the window shows its progress and
keeps answering: shortcuts work, and keys that move (↓, Page Down…) are kept
and replayed once the scorecard shows (``typeahead``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core.annotations.labels import LabelDef
from core.compare.rows import NEW, OLD, STATE_DROPPED, STATE_NEW, Comparison
from core.compare.scorecard import ScoreRow
from core.reading.model import Sentence
from gui.compare.align_worker import alignment_work, stage_text
from gui.compare.diff_view import CompareView
from gui.compare.indicator_table import IndicatorPanel
from gui.compare.keys import (
    KEYS_HINT,
    SCORECARD_HINT,
    TEXTS_HINT,
    VIEW_ROWS,
    VIEW_SCORECARD,
    VIEW_TEXTS,
    compare_key_help,
)
from gui.compare.legend import legend_html
from gui.compare.model import FILTER_ALL, FILTER_CHANGES, CompareFilterModel, CompareModel
from gui.compare.parallel_texts import ParallelTexts
from gui.compare.scorecard.panel import ScorecardPanel
from gui.compare.tagging import CompareTagging
from gui.compare.typeahead import TypeAhead
from gui.language.label_names import label_text
from gui.shell import style
from gui.shell.help_overlay import HelpOverlay
from gui.shell.settings import AppSettings
from gui.shell.task_runner import TaskRunner
from gui.shell.window_layout import fitting_size, window_title
from gui.tagging.autosave import Autosaver
from gui.tagging.workspace import OpenFile, ReportEntry, Workspace


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
    shown_entry: Callable[[], ReportEntry | None] = lambda: None  # the report the reading window shows


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
        self.scorecard = ScorecardPanel(self)
        self.scorecard.show_rows(session.settings.scorecard_shown)  # as the reader chose in the last compare window
        self.scorecard.shownChanged.connect(self._scorecard_shown)
        self.texts = ParallelTexts(self.workspace, self.undo_stack, session.auto_advance, self)
        self._build_central()
        self.tagging = CompareTagging(self.workspace, self.undo_stack, self.view, self.model, self.proxy,
                                      session.auto_advance, self)
        self.indicators = IndicatorPanel(self)
        self.indicator_dock = QDockWidget(self.tr("Indicators"), self)
        self.indicator_dock.setObjectName("indicatorDock")
        self.indicator_dock.setWidget(self.indicators)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.indicator_dock)
        self.indicator_dock.hide()
        self.help_overlay = HelpOverlay(self.stack)
        self._build_actions()
        self._build_toolbar()
        self.save_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.save_label)
        self._connect()
        self.resize(*fitting_size(self, (1500, 950)))
        self._restore_layout()
        self.indicator_dock.hide()  # a layout saved before may show it; the scorecard comes first
        self._update_title()
        self._update_save_state()
        self.typeahead = TypeAhead(self)  # ↓ ↓ pressed before the scorecard shows still moves down it
        self.typeahead.start()
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
        self.splitter = QSplitter(Qt.Orientation.Vertical, self.stack)
        self.splitter.setObjectName("compareSplitter")
        self.splitter.addWidget(self.scorecard)
        self.splitter.addWidget(self.texts)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.stack.addWidget(waiting)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.view)
        self.setCentralWidget(self.stack)
        self.view_name = VIEW_SCORECARD

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
        self.view_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for name, text, key, tip in (
            (VIEW_SCORECARD, self.tr("Scorecard"), "Ctrl+1", self.tr("The scorecard above the two texts (Ctrl+1)")),
            (VIEW_TEXTS, self.tr("Texts"), "Ctrl+2", self.tr("The two texts side by side, part by part (Ctrl+2)")),
            (VIEW_ROWS, self.tr("Row list"), "Ctrl+3", self.tr("Every sentence pair in one list (Ctrl+3)")),
        ):
            action = self._action(text, partial(self.show_view, name), key, f"{name}ViewAction")
            action.setCheckable(True)
            action.setToolTip(tip)
            group.addAction(action)
            self.view_actions[name] = action
        self.view_actions[VIEW_SCORECARD].setChecked(True)
        self.toggle_view_action = self._action(self.tr("Scorecard or texts"), self._toggle_scorecard, "F6",
                                               "toggleScorecardAction")
        self.help_action = self._action(self.tr("Keys"), self._toggle_help, "F1", "compareHelpAction")
        self.help_action.setToolTip(self.tr("Show or hide the keys (F1)"))

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Compare"), self)
        toolbar.setObjectName("compareToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        toolbar.addActions(list(self.view_actions.values()))
        toolbar.addSeparator()
        self.filter_label = QLabel(self.tr(" Show: "), toolbar)
        self.filter_label_action = toolbar.addWidget(self.filter_label)
        self.filter_box = QComboBox(toolbar)
        self.filter_box.setObjectName("compareFilterBox")
        self.filter_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.filter_box.setMinimumContentsLength(16)
        self.filter_box_action = toolbar.addWidget(self.filter_box)
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
        toolbar.addAction(self.indicator_dock.toggleViewAction())
        toolbar.addAction(self.help_action)
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
        self.scorecard.rowChosen.connect(self._score_row_chosen)
        self.texts.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.texts.currentChanged.connect(self._current_changed)
        self.texts.showRequested.connect(self._show_in_reading_window)
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
        self.texts.set_comparison(comparison, self.entries, max(self.session.point_size() - 1, style.MIN_POINT_SIZE))
        self.view.update_row_heights()
        self.tagging.first()
        self.show_view(self.view_name)  # the scorecard: the question people compare two years for
        if self.model.rows and self.scorecard.model.rowCount():
            self.scorecard.table.selectRow(0)  # its first target, shown in both texts
        self._show_counts()
        if self.typeahead.release():
            self.statusBar().showMessage(self.tr(
                "Of the keys pressed while the reports were being aligned, only those that move were applied: "
                "no label was given. Choose the sentence and type the label again."), 10000)
        self.ready.emit()

    def _failed(self, error: object) -> None:
        self.typeahead.release()
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
            "%2", str(changed)).replace("%3", str(dropped)).replace("%4", str(added)).replace("%5", self._hint()))

    def _hint(self) -> str:
        return self.tr({VIEW_SCORECARD: SCORECARD_HINT, VIEW_TEXTS: TEXTS_HINT}.get(self.view_name, KEYS_HINT))

    # the three views

    def show_view(self, name: str) -> None:
        """The scorecard above the texts (VIEW_SCORECARD), the texts alone (VIEW_TEXTS) or the row list."""
        self.view_name = name
        self.view_actions[name].setChecked(True)
        rows = name == VIEW_ROWS
        for widget_action in (self.filter_label_action, self.filter_box_action, self.previous_action,
                              self.next_action):
            widget_action.setEnabled(rows)
        if self.comparison is None:
            return
        if rows:
            self.stack.setCurrentWidget(self.view)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.stack.setCurrentWidget(self.splitter)
            self.scorecard.setVisible(name == VIEW_SCORECARD)
            if name == VIEW_SCORECARD:
                self.scorecard.table.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.texts.views[self.texts.side].setFocus(Qt.FocusReason.OtherFocusReason)
        self._fill_legend()
        self.statusBar().showMessage(self._hint())

    def _toggle_scorecard(self) -> None:
        self.show_view(VIEW_TEXTS if self.view_name == VIEW_SCORECARD else VIEW_SCORECARD)

    def _toggle_help(self) -> None:
        labels: list[LabelDef] = []
        for entry in self.entries:
            labels += [label for label in entry.file.labels if label.name not in {known.name for known in labels}]
        self.help_overlay.set_labels(labels, compare_key_help())
        self.help_overlay.toggle()

    def _scorecard_shown(self, shown: str) -> None:
        self.session.settings.scorecard_shown = shown

    def _score_row_chosen(self, row: ScoreRow, side: int) -> None:
        """Both sentences of a scorecard row, chosen and brought into view in the two texts."""
        indexes: list[int | None] = [None, None]
        quotes = ["", ""]
        for figure_side, figure in ((OLD, row.target), (NEW, row.result)):
            if figure is not None:
                indexes[figure_side] = self._figure_sentence_index(figure_side, figure.sentence)
                quotes[figure_side] = figure.indicator.text if figure.indicator is not None else figure.quote
        if indexes[OLD] is not None or indexes[NEW] is not None:
            self.texts.show_pair(indexes[OLD], indexes[NEW], side, (quotes[OLD], quotes[NEW]))

    def _figure_sentence_index(self, side: int, sentence: Sentence) -> int | None:
        """The index of a scorecard figure's sentence; for an item of a list that the reading took for a heading
        (no sentence of the report), the first sentence after it, so that the text shows where it stands."""
        index = self._sentence_index(side, sentence.id)
        if index is not None:
            return index
        sentences = self.entries[side].report.sentences
        return next((number for number, other in enumerate(sentences) if other.start >= sentence.start), None)

    def _sentence_index(self, side: int, sentence_id: str) -> int | None:
        for index, sentence in enumerate(self.entries[side].report.sentences):
            if sentence.id == sentence_id:
                return index
        return None

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
        self.legend.setText(legend_html(self.view_name == VIEW_ROWS, [entry.file.labels for entry in self.entries]))

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
        index = self._sentence_index(side, sentence_id)
        if index is None:
            return
        self.tagging.go_to_sentence(side, index)
        if self.view_name != VIEW_ROWS and self.sender() is self.indicators:
            self.texts.choose(side, index)

    def _current_changed(self) -> None:
        current = self.tagging.current_sentence() if self.view_name == VIEW_ROWS else self.texts.current_sentence()
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
        self.setWindowTitle(window_title(self.tr("Compare %1 ↔ %2").replace("%1", old).replace("%2", new)))
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
        self.typeahead.release(replay=False)
        self.session.settings.save_compare_layout(self.saveGeometry(), self.saveState())
        if self._shared_alive() and not self.undo_stack.isClean():
            self.autosaver.save_all()
        event.accept()
