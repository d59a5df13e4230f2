"""Menus, toolbar and shortcuts of the main window.

Standard actions use standard keys.  Tagging keys are handled by the tagging
controller on the report view; the Tagging menu lists them (the text after a
tab is shown as the key) and runs the same code when clicked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar

from gui.export.actions import ExportActions
from gui.shell import dialogs, style
from gui.tagging.controller import FILTER_ALL, FILTER_UNLABELLED
from gui.tagging.undo_commands import LabelSetCommand
from gui.tagging.workspace import ReportEntry

if TYPE_CHECKING:
    from gui.shell.main_window import MainWindow


class WindowActions(QObject):
    """Creates the window's actions, menus and toolbar, and keeps them current."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._label_actions: list[QAction] = []
        self._label_signature: tuple[tuple[str, str], ...] | None = None
        self._build_file_menu()
        self._build_edit_menu()
        self._build_view_menu()
        self._build_tagging_menu()
        self._build_help_menu()
        self._build_toolbar()

    def _action(self, text: str, slot: object = None,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                checkable: bool = False, name: str = "") -> QAction:
        action = QAction(text, self.window)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if slot is not None:
            (action.toggled if checkable else action.triggered).connect(slot)  # type: ignore[arg-type]
        self.window.addAction(action)
        return action

    # menus

    def _build_file_menu(self) -> None:
        window = self.window
        menu = window.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(self.tr("&Open…"), window.choose_and_open, QKeySequence.StandardKey.Open,
                                        name="openAction")
        menu.addAction(self.open_action)
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addAction(self._action(self.tr("Open the &sample reports"), self._open_samples))
        menu.addSeparator()
        self.save_action = self._action(self.tr("&Save now"), window.save_now, QKeySequence.StandardKey.Save,
                                        name="saveAction")
        menu.addAction(self.save_action)
        menu.addAction(self._action(self.tr("Set the &annotator name…"), self._set_annotator))
        menu.addSeparator()
        self.exports = ExportActions(window)
        menu.addActions(self.exports.actions)
        menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), window.close, name="quitAction")
        quit_keys = [QKeySequence("Ctrl+Q")]  # the standard Quit key is empty on some desktops
        quit_keys += [key for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) if key not in quit_keys]
        self.quit_action.setShortcuts(quit_keys)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        menu.addAction(self.quit_action)

    def _build_edit_menu(self) -> None:
        window = self.window
        menu = window.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = window.undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = window.undo_stack.createRedoAction(window, self.tr("&Redo"))
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [key for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if key not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        window.addAction(self.undo_action)
        window.addAction(self.redo_action)
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        self.copy_action = self._action(self.tr("&Copy the selected sentences"), window.tagging.copy_selection,
                                        QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.view.addAction(self.copy_action)
        menu.addAction(self.copy_action)
        menu.addSeparator()
        self.find_action = self._action(self.tr("&Find…"), window.search_bar.open_bar, QKeySequence.StandardKey.Find)
        self.find_next_action = self._action(self.tr("Find &next"), lambda: window.search.step(1),
                                             QKeySequence.StandardKey.FindNext)
        self.find_previous_action = self._action(self.tr("Find &previous"), lambda: window.search.step(-1),
                                                 QKeySequence.StandardKey.FindPrevious)
        menu.addActions([self.find_action, self.find_next_action, self.find_previous_action])
        menu.addSeparator()
        self.edit_labels_action = self._action(self.tr("Edit the &labels…"), self.edit_labels)
        menu.addAction(self.edit_labels_action)

    def _build_view_menu(self) -> None:
        window = self.window
        menu = window.menuBar().addMenu(self.tr("&View"))
        self.noise_action = self._action(self.tr("Show &noise (web lines, footnote marks)"), self._toggle_noise,
                                         checkable=True)
        self.noise_action.setChecked(window.settings.show_noise)
        menu.addAction(self.noise_action)
        menu.addAction(self._action(self.tr("&Larger text"), lambda: self._zoom(1), QKeySequence.StandardKey.ZoomIn))
        menu.addAction(self._action(self.tr("&Smaller text"), lambda: self._zoom(-1), QKeySequence.StandardKey.ZoomOut))
        menu.addAction(self._action(self.tr("&Normal text size"), lambda: self._zoom(0), "Ctrl+0"))
        menu.addSeparator()
        for dock in (window.reports_dock, window.sections_dock, window.sentence_dock, window.guidelines_dock,
                     window.metadata_dock):
            menu.addAction(dock.toggleViewAction())

    def _build_tagging_menu(self) -> None:
        window = self.window
        self.tagging_menu = window.menuBar().addMenu(self.tr("&Tagging"))
        self.tagging_menu.aboutToShow.connect(lambda: self.update_labels(window.current_entry))
        self._after_labels = self.tagging_menu.addSeparator()
        tagging = window.tagging
        self.tagging_menu.addAction(self._action(self.tr("Next sentence") + "\tJ, ↓", lambda: tagging.step(1)))
        self.tagging_menu.addAction(self._action(self.tr("Previous sentence") + "\tK, ↑", lambda: tagging.step(-1)))
        self.tagging_menu.addAction(self._action(self.tr("Next unlabelled sentence") + "\tN",
                                                 lambda: tagging.step_unlabelled(1)))
        self.tagging_menu.addSeparator()
        self.auto_advance_action = self._action(self.tr("&Move on after labelling"), self._toggle_auto_advance,
                                                checkable=True, name="autoAdvanceAction")
        self.auto_advance_action.setChecked(tagging.auto_advance)
        self.tagging_menu.addAction(self.auto_advance_action)

    def _build_help_menu(self) -> None:
        window = self.window
        menu = window.menuBar().addMenu(self.tr("&Help"))
        self.help_action = self._action(
            self.tr("&Keys"), window.help_overlay.toggle, QKeySequence.StandardKey.HelpContents
        )
        menu.addAction(self.help_action)
        menu.addAction(self._action(self.tr("Label &guidelines"), self._show_guidelines))

    def _build_toolbar(self) -> None:
        window = self.window
        toolbar = QToolBar(self.tr("Main"), window)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.addToolBar(toolbar)
        toolbar.addActions([self.open_action, self.save_action])
        toolbar.addSeparator()
        undo = QAction(self.tr("Undo"), toolbar)
        undo.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        undo.triggered.connect(self.window.undo_stack.undo)
        undo.setEnabled(False)
        self.window.undo_stack.canUndoChanged.connect(undo.setEnabled)
        redo = QAction(self.tr("Redo"), toolbar)
        redo.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        redo.triggered.connect(self.window.undo_stack.redo)
        redo.setEnabled(False)
        self.window.undo_stack.canRedoChanged.connect(redo.setEnabled)
        toolbar.addActions([undo, redo])
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr(" Show: "), toolbar))
        self.filter_box = QComboBox(toolbar)
        self.filter_box.setObjectName("filterBox")
        self.filter_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.filter_box.setMinimumContentsLength(14)
        self.filter_box.currentIndexChanged.connect(self._filter_chosen)
        toolbar.addWidget(self.filter_box)
        toolbar.addSeparator()
        toolbar.addAction(self.auto_advance_action)
        toolbar.addAction(self.edit_labels_action)
        toolbar.addAction(self.help_action)

    # keeping up with the shown report

    def update_labels(self, entry: ReportEntry | None) -> None:
        """Label actions in the Tagging menu and the filter choices for the shown report's labels."""
        labels = entry.file.labels if entry is not None else []
        signature = tuple((label.name, label.key) for label in labels)
        read_only = entry is None or entry.read_only
        for action in self._label_actions:
            action.setEnabled(not read_only)
        self.edit_labels_action.setEnabled(not read_only)
        if signature == self._label_signature:
            return
        self._label_signature = signature
        for action in self._label_actions:
            self.tagging_menu.removeAction(action)
            action.deleteLater()
        self._label_actions = []
        tagging = self.window.tagging
        for label in labels:
            text = self.tr("Label “%1”").replace("%1", label.name)
            action = QAction(f"{text}\t{label.key}" if label.key else text, self.window)
            action.triggered.connect(lambda _checked=False, name=label.name: tagging.apply_label(name))
            self._label_actions.append(action)
        clear = QAction(self.tr("Clear the label") + "\t0, ⌫", self.window)
        clear.triggered.connect(lambda _checked=False: tagging.apply_label(None))
        self._label_actions.append(clear)
        for action in self._label_actions:
            action.setEnabled(not read_only)
        self.tagging_menu.insertActions(self._after_labels, self._label_actions)
        chosen = self.filter_box.currentData()
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.addItem(self.tr("All sentences"), FILTER_ALL)
        self.filter_box.addItem(self.tr("Unlabelled only"), FILTER_UNLABELLED)
        for label in labels:
            self.filter_box.addItem(self.tr("Only “%1”").replace("%1", label.name), label.name)
        position = self.filter_box.findData(chosen)
        self.filter_box.setCurrentIndex(max(position, 0))
        self.filter_box.blockSignals(False)
        if position < 0 and chosen not in (None, FILTER_ALL):
            tagging.set_filter(FILTER_ALL)

    # slots

    def _show_guidelines(self) -> None:
        self.window.guidelines_dock.show()
        self.window.guidelines_dock.raise_()

    def _filter_chosen(self, _index: int) -> None:
        value = self.filter_box.currentData()
        self.window.tagging.set_filter(value if isinstance(value, str) else FILTER_ALL)
        self.window.view.setFocus()

    def _toggle_auto_advance(self, checked: bool) -> None:
        self.window.tagging.auto_advance = checked
        self.window.settings.auto_advance = checked

    def _toggle_noise(self, checked: bool) -> None:
        self.window.settings.show_noise = checked
        self.window.document_style.show_noise = checked
        self.window.rebuild_documents()

    def _zoom(self, step: int) -> None:
        window = self.window
        size = style.DEFAULT_POINT_SIZE if step == 0 else window.document_style.point_size + step
        size = min(max(size, style.MIN_POINT_SIZE), style.MAX_POINT_SIZE)
        if size != window.document_style.point_size:
            window.document_style.point_size = size
            window.settings.point_size = size
            window.rebuild_documents()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.window.settings.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, chosen=path: self.window.open_files([chosen]))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(none yet)"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), self.window.settings.clear_recent_files)

    def _open_samples(self) -> None:
        from resources import sample_reports

        self.window.open_files(sample_reports(), remember=False)

    def _set_annotator(self) -> None:
        name = dialogs.ask_annotator(self.window, self.window.annotator)
        if name and name != self.window.annotator:
            self.window.settings.annotator = name
            self.window.statusBar().showMessage(self.tr(
                "From the next start, labels are saved under the name “%1”; this session keeps “%2”.").replace(
                "%1", name).replace("%2", self.window.annotator), 10000)

    def edit_labels(self) -> None:
        window = self.window
        entry = window.current_entry
        if entry is None or entry.read_only:
            return
        used = {annotation.label for annotation in entry.annotations.all_annotations()}
        result = dialogs.edit_labels(window, entry.file.labels, used)
        if result is None:
            return
        labels, renames = result
        if labels == list(entry.file.labels) and not renames:
            return
        window.undo_stack.push(LabelSetCommand(window.workspace, entry.file, labels, renames))

