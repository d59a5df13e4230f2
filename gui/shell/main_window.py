"""The reading and tagging window: report list, section tree, report view, panels.

The window wires the parts together; the parts do the work: ``FileLoader``
opens files off the GUI thread, ``TaggingController`` handles keys and mouse,
``Autosaver`` saves, ``Workspace`` applies changes through core.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QTextDocument, QUndoStack
from PySide6.QtWidgets import QDockWidget, QHeaderView, QMainWindow, QTreeView, QVBoxLayout, QWidget

from gui.compare.actions import CompareLauncher
from gui.compare.window import CompareSession
from gui.export.actions import ExportActions
from gui.language.menu import LanguageMenu
from gui.reading.folder_lister import FolderLister
from gui.reading.folder_opening import FolderOpener
from gui.reading.guidelines_panel import GuidelinesPanel
from gui.reading.loader_worker import FileLoader
from gui.reading.metadata_form import MetadataForm
from gui.reading.report_document import DocumentMap, DocumentStyle, build_document
from gui.reading.report_list import ReportListModel, ReportListView
from gui.reading.report_view import ReportView
from gui.reading.search_bar import SearchBar, SearchController
from gui.reading.section_tree_model import SECTION_ID_ROLE, SectionTreeModel
from gui.shell import dialogs
from gui.shell.banner import KIND_WARNING, BannerArea
from gui.shell.help_overlay import HelpOverlay
from gui.shell.menus import WindowActions
from gui.shell.report_messages import ReportMessages
from gui.shell.settings import AppSettings
from gui.shell.status import SAVE_FAILED, SAVE_PENDING, SAVE_SAVED, StatusPanel
from gui.shell.translation import QT_TRANSLATE_NOOP
from gui.suggestions.actions import SuggestionActions
from gui.suggestions.controller import SuggestionController
from gui.tagging.autosave import Autosaver, SaveFailure
from gui.tagging.controller import TaggingController
from gui.tagging.sentence_panel import SentencePanel
from gui.tagging.workspace import OpenFile, ReportEntry, Workspace
from gui.team.actions import TeamActions
from gui.team.other_labels import OtherLabelsPanel

APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "GWR Annotator")
BANNER_SAVE = "save"


class MainWindow(QMainWindow):
    """One window over any number of open report files."""

    def __init__(self, annotator: str, settings: AppSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.annotator = annotator
        self.settings = settings if settings is not None else AppSettings()
        self.workspace = Workspace(self)
        self.undo_stack = QUndoStack(self)
        self.loader = FileLoader(annotator, self)
        self.autosaver = Autosaver(self.workspace, self.undo_stack, self)
        self.document_style = DocumentStyle(self.settings.point_size, self.settings.show_noise)
        self.current_entry: ReportEntry | None = None
        self._documents: dict[int, tuple[QTextDocument, DocumentMap]] = {}
        self._syncing_tree = False
        self._recent_on_open = True
        self._build_central()
        self._build_docks()
        self.tagging = TaggingController(self.workspace, self.undo_stack, self.view, self)
        self.tagging.auto_advance = self.settings.auto_advance
        self.search = SearchController(self.search_bar, self.view, self.tagging, self)
        self.status = StatusPanel(self.statusBar())
        self.folders = FolderOpener(self, self.report_model, self.report_list, self.loader,
                                    FolderLister(annotator, parent=self), self.settings, self.status,
                                    self.show_entry, self.statusBar().showMessage)
        self.status.show_save_state(SAVE_SAVED)
        self.messages = ReportMessages(self, self.banners, self.status, self.autosaver, self.statusBar().showMessage)
        self.menu_actions = WindowActions(self, self.undo_stack, self.tagging, self.settings, self.document_style,
                                          annotator, self._commands())
        self.exports = ExportActions(self, self.workspace, self.undo_stack, self.autosaver, self.settings, annotator,
                                     lambda: self.current_entry, self.statusBar().showMessage)
        self.suggestions = SuggestionController(self.workspace, self.undo_stack, self.tagging, self.view,
                                                self.sentence_panel, self.settings, annotator, self.statusBar(), self)
        self.suggestion_actions = SuggestionActions(self.suggestions, self.view, self.settings, self)
        self._connect()
        self.compare = CompareLauncher(CompareSession(
            self.workspace, self.undo_stack, self.autosaver, self.settings, self.save_now, self.show_sentence,
            lambda: self.tagging.auto_advance, lambda: self.document_style.point_size), self)
        self.language_menu = LanguageMenu(self.settings, self.statusBar().showMessage, self)
        self.team = TeamActions(self, self.workspace, self.settings, self.save_now, lambda: self.current_entry,
                                self.statusBar().showMessage)
        self.menu_actions.build_menus([*self.exports.actions, *self.suggestion_actions.menu_parts, self.compare.action,
                                       *self.team.actions, *(dock.toggleViewAction() for dock in self.docks),
                                       self.language_menu])
        self.setAcceptDrops(True)
        self.resize(1400, 900)
        self._restore_layout()
        self._update_title()

    # building

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banners = BannerArea(central)
        self.search_bar = SearchBar(central)
        self.view = ReportView(central)
        self.view.setPlaceholderText(self.tr(
            "Open a report with File › Open (Ctrl+O) or a folder of reports with File › Open folder…, "
            "or drop report files or folders here."))
        self.help_overlay = HelpOverlay(self.view)
        layout.addWidget(self.banners)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.toggleViewAction().setObjectName(f"{name}Action")
        self.docks.append(dock)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.docks: list[QDockWidget] = []
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.report_model = ReportListModel(self.workspace, self)
        self.report_list = ReportListView(self)
        self.report_list.setModel(self.report_model)
        self.reports_dock = self._dock(self.tr("Reports"), "reportsDock", self.report_list, left)
        self.section_model = SectionTreeModel(self)
        self.section_tree = QTreeView(self)
        self.section_tree.setObjectName("sectionTree")
        self.section_tree.setModel(self.section_model)
        self.section_tree.setUniformRowHeights(True)
        self.section_tree.setAlternatingRowColors(False)
        header = self.section_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)  # resizing to contents re-reads every row
        header.resizeSection(1, self.section_tree.fontMetrics().horizontalAdvance("000/000") + 18)
        self.sections_dock = self._dock(self.tr("Sections"), "sectionsDock", self.section_tree, left)
        self.sentence_panel = SentencePanel(self)
        self.sentence_dock = self._dock(self.tr("Sentence"), "sentenceDock", self.sentence_panel, right)
        self.guidelines_panel = GuidelinesPanel(self)
        self.guidelines_dock = self._dock(self.tr("Label guidelines"), "guidelinesDock", self.guidelines_panel, right)
        self.metadata_form = MetadataForm(self)
        self.metadata_dock = self._dock(self.tr("Report metadata"), "metadataDock", self.metadata_form, right)
        self.other_labels = OtherLabelsPanel(self.workspace, self.annotator, self.show_sentence,
                                             self.settings.label_folders, self)
        self.other_labels_dock = self._dock(self.tr("Other annotator"), "otherLabelsDock", self.other_labels, right)
        self.tabifyDockWidget(self.guidelines_dock, self.metadata_dock)
        self.tabifyDockWidget(self.guidelines_dock, self.other_labels_dock)
        self.guidelines_dock.raise_()
        self.resizeDocks([self.reports_dock, self.sentence_dock], [300, 340], Qt.Orientation.Horizontal)
        self.resizeDocks([self.reports_dock, self.sections_dock], [420, 400], Qt.Orientation.Vertical)

    def _commands(self) -> dict[str, Callable[..., object]]:
        """What the menus run, by the names ``gui.shell.menus.MENU_BAR`` gives them; looked up when triggered."""
        return {
            "open": self.choose_and_open,
            "open_files": self.open_files,
            "open_folder": lambda: self.folders.choose_and_open(),
            "save": self.save_now,
            "quit": self.close,
            "copy": lambda: self.tagging.copy_selection(),
            "find": lambda: self.search_bar.open_bar(),
            "find_next": lambda: self.search.step(1),
            "find_previous": lambda: self.search.step(-1),
            "rebuild_documents": self.rebuild_documents,
            "help": lambda: self.help_overlay.toggle(),
            "show_guidelines": self._show_guidelines,
        }

    def _connect(self) -> None:
        self.loader.fileOpened.connect(self._file_opened)
        self.loader.fileFailed.connect(self._file_failed)
        self.loader.progress.connect(self.status.show_busy)
        self.workspace.labelsChanged.connect(self._labels_changed)
        self.workspace.revealRequested.connect(self._reveal)
        self.workspace.labelSetChanged.connect(self._label_set_changed)
        self.workspace.metadataChanged.connect(self._metadata_changed)
        self.report_list.selectionModel().currentChanged.connect(self._report_chosen)
        # A click (or Enter) on a report hands the keys to the report; arrows keep moving in the list.
        self.report_list.clicked.connect(lambda _index: self.view.setFocus(Qt.FocusReason.MouseFocusReason))
        self.report_list.activated.connect(lambda _index: self.view.setFocus(Qt.FocusReason.OtherFocusReason))
        self.section_tree.clicked.connect(self._section_chosen)
        self.section_tree.activated.connect(self._section_chosen)
        self.view.topOffsetChanged.connect(self._view_scrolled)
        self.tagging.currentChanged.connect(self._current_changed)
        self.tagging.currentChanged.connect(self.other_labels.follow)
        self.tagging.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.tagging.escaped.connect(self.help_overlay.hide)
        self.sentence_panel.labelRequested.connect(self._panel_label)
        self.sentence_panel.noteEdited.connect(self.tagging.set_note)
        self.metadata_form.correctionsRequested.connect(self.tagging.correct_metadata)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.undo_stack.indexChanged.connect(self._update_title)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.autosaver.conflict_kept.connect(lambda path: self.statusBar().showMessage(
            self.tr("The other version of the annotation file is kept as %1").replace("%1", path), 15000))
        self.autosaver.merged.connect(self.messages.merged_on_save)

    # opening files

    def open_files(self, paths: Sequence[Path | str], remember: bool = True) -> None:
        """Open report files in the background; already open ones are just shown; folders are listed."""
        fresh: list[Path] = []
        for path in paths:
            path = Path(path)
            if path.is_dir():
                self.open_folder(path, remember)
                continue
            open_file = self.workspace.find_file(path)
            if open_file is not None:
                if open_file.entries:
                    self.show_entry(open_file.entries[0])
            elif path not in fresh:
                fresh.append(path)
        if remember and fresh:
            self.settings.add_recent_files(fresh)
            self.settings.last_folder = str(fresh[-1].parent)
        self.loader.open(fresh)

    def choose_and_open(self) -> None:
        paths = dialogs.choose_files_to_open(self, self.settings.last_folder)
        if paths:
            self.open_files(paths)

    def open_folder(self, folder: Path | str, remember: bool = True) -> None:
        """List every report of ``folder`` (and its sub-folders); a report is opened when it is shown."""
        self.folders.open_folder(folder, remember)

    def _file_opened(self, open_file: OpenFile) -> None:
        if self.workspace.find_file(open_file.source) is not None:
            return  # opened twice in a row; the first one stays
        self.workspace.add_file(open_file)
        if (not self.folders.take_opened(open_file) and self.current_entry is None and self.folders.wanted is None
                and open_file.entries):
            self.show_entry(open_file.entries[0])
        self.messages.file_opened(open_file)  # after showing it: a message box runs a nested event loop

    def _file_failed(self, path: str, message: str) -> None:
        self.folders.forget_failed(Path(path))
        self.settings.remove_recent_file(Path(path))
        dialogs.show_error(self, self.tr("Could not open a report"), message)

    # showing a report

    def show_entry(self, entry: ReportEntry | None) -> None:
        """Show a report (saving the previous one first)."""
        if entry is self.current_entry:
            return
        if self.current_entry is not None and self.undo_stack.count() and not self.undo_stack.isClean():
            self.autosaver.save_all()
        self.current_entry = entry
        if entry is None:
            self.view.clear_document()
        else:
            document, document_map = self._document_for(entry)
            self.view.set_label_set(entry.file.labels, refresh=False)
            self.suggestions.show_entry(entry)
            self.view.show_document(document, document_map, entry.label_of)
        self.section_model.set_entry(entry)
        self.section_tree.expandToDepth(0)
        self.tagging.set_entry(entry)
        if self.search_bar.isVisible():
            self.search.search()
        index = self.report_model.index_of_entry(entry) if entry is not None else QModelIndex()
        if index.isValid() and self.report_list.currentIndex() != index:
            self.report_list.setCurrentIndex(index)
        self._entry_panels()
        self._update_title()

    def show_sentence(self, entry: ReportEntry, index: int) -> None:
        """Show a sentence of a report and bring the window to the front (asked by a compare window)."""
        self.show_entry(entry)
        self.tagging.go_to(index)
        self.raise_()
        self.activateWindow()

    def _show_guidelines(self) -> None:
        self.guidelines_dock.show()
        self.guidelines_dock.raise_()

    def _document_for(self, entry: ReportEntry) -> tuple[QTextDocument, DocumentMap]:
        cached = self._documents.get(id(entry))
        if cached is None:
            document, document_map = build_document(entry.report, self.document_style)
            document.setParent(self)
            cached = self._documents[id(entry)] = (document, document_map)
        return cached

    def rebuild_documents(self) -> None:
        """After a change of text size or noise display: build the documents again."""
        entry, current, anchor = self.current_entry, None, None
        if entry is not None:
            current, anchor = entry.current, entry.anchor
        for document, _map in self._documents.values():
            document.deleteLater()
        self._documents.clear()
        self.current_entry = None
        self.show_entry(entry)
        if entry is not None and current is not None:
            entry.anchor = anchor
            self.tagging.go_to(current, extend=False)

    def _entry_panels(self) -> None:
        entry = self.current_entry
        labels = entry.file.labels if entry is not None else []
        self.guidelines_panel.show_labels(labels)
        self.help_overlay.set_labels(list(labels))
        self.metadata_form.show_entry(entry)
        self.other_labels.set_entry(entry)
        self.menu_actions.update_labels(entry)
        self.messages.entry_banners(self.current_entry, self.undo_stack.isClean())

    def _report_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.report_model.row_at(current)
        if row is not None:
            self.folders.show_row(row)

    # sections and scrolling

    def _section_chosen(self, index: QModelIndex) -> None:
        entry = self.current_entry
        section = entry.report.section_by_id(index.data(SECTION_ID_ROLE)) if entry is not None else None
        if entry is None or section is None:
            return
        self._syncing_tree = True
        self.view.scroll_to_offset(section.start)
        first = bisect_left(entry.report.sentences, section.start, key=lambda sentence: sentence.start)
        if first < len(entry.report.sentences):
            self.tagging.go_to(first, scroll=False)
        self._syncing_tree = False
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _highlight_section(self, section_id: str | None) -> None:
        index = self.section_model.index_of_section(section_id)
        if not index.isValid() or self.section_tree.currentIndex() == index:
            return
        self._syncing_tree = True
        self.section_tree.setCurrentIndex(index)
        self.section_tree.scrollTo(index)
        self._syncing_tree = False

    def _view_scrolled(self, offset: int) -> None:
        entry = self.current_entry
        if entry is None or self._syncing_tree:
            return
        current_rect = self.view.sentence_rect(entry.current) if entry.report.sentences else None
        if current_rect is not None and 0 <= current_rect.top() < self.view.viewport().height():
            self._highlight_section(entry.report.sentences[entry.current].section)
        else:
            self._highlight_section(self.section_model.section_at(offset))

    def _current_changed(self) -> None:
        entry = self.current_entry
        if entry is None or not entry.report.sentences:
            self.sentence_panel.show_sentence(entry, None)
            self.status.show_progress(entry, None)
            return
        section_id = entry.report.sentences[entry.current].section
        if not self._syncing_tree:
            self._highlight_section(section_id)
        self.sentence_panel.show_sentence(entry, entry.current, len(entry.selected_range()))
        self.status.show_progress(entry, section_id)

    # changes

    def _labels_changed(self, entry: ReportEntry, indexes: list[int]) -> None:
        if entry is not self.current_entry:
            return
        self.view.refresh_sentences(indexes)
        self.section_model.sentences_changed(indexes)
        self._current_changed()

    def _reveal(self, entry: ReportEntry, indexes: list[int]) -> None:
        if entry is not self.current_entry:
            self.show_entry(entry)
        self.tagging.select(indexes)

    def _label_set_changed(self, open_file: OpenFile) -> None:
        entry = self.current_entry
        if entry is None or entry.file is not open_file:
            return
        self.view.set_label_set(open_file.labels)
        self.section_model.refresh()
        self._entry_panels()
        self._current_changed()

    def _metadata_changed(self, entry: ReportEntry) -> None:
        if entry is self.current_entry:
            self.metadata_form.reload()
            self._update_title()

    def _panel_label(self, label: str | None) -> None:
        self.tagging.apply_label(label)
        self.view.setFocus()

    # saving

    def save_now(self) -> bool:
        self.sentence_panel.commit_note()
        return not self.autosaver.save_all()

    def _saved(self) -> None:
        self.banners.remove(BANNER_SAVE)
        if self.current_entry is None or not self.current_entry.read_only:
            self.status.show_save_state(SAVE_SAVED)

    def _save_failed(self, failures: list[SaveFailure]) -> None:
        self.status.show_save_state(SAVE_FAILED)
        message = "\n".join(failure.message for failure in failures)
        conflicts = {id(failure.open_file) for failure in failures if failure.conflict}
        if conflicts:
            action = (self.tr("Overwrite"), lambda: self.autosaver.save_all(overwrite=conflicts))
        else:
            action = (self.tr("Try again"), lambda: self.autosaver.save_all())
        self.banners.show_message(BANNER_SAVE, KIND_WARNING, self.tr(
            "Labels could not be saved; they are kept here and saving is retried.\n%1").replace("%1", message),
            action=action, closable=False)
        self.statusBar().showMessage(self.tr("Save failed: %1").replace("%1", message), 10000)

    def _update_title(self) -> None:
        entry = self.current_entry
        name = f"{entry.report.display_name()}[*] — " if entry is not None else "[*]"
        self.setWindowTitle(f"{name}{self.tr(APP_TITLE)}")  # ends in the app's name: Qt adds it no second time
        clean = self.undo_stack.isClean()
        self.setWindowModified(not clean)
        if not clean and self.status.save_state == SAVE_SAVED:
            self.status.show_save_state(SAVE_PENDING)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.team.close_views() or not self._can_close():
            event.ignore()
            return
        self.autosaver.stop()
        self.suggestions.stop()
        self.loader.cancel_pending()
        self.folders.cancel()
        self.settings.save_layout(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.loader.wait()
        self.folders.wait()
        event.accept()

    def _can_close(self) -> bool:
        """Save everything; ask only when something could not be saved."""
        self.sentence_panel.commit_note()
        overwrite: set[int] = set()
        while True:
            failures = self.autosaver.save_all(overwrite=overwrite)
            if not failures:
                return True
            conflicts = [failure for failure in failures if failure.conflict and id(failure.open_file) not in overwrite]
            if conflicts and dialogs.ask_overwrite_external_change(self, conflicts[0].message):
                overwrite.update(id(failure.open_file) for failure in conflicts)
                continue
            answer = dialogs.ask_after_failed_save(self, "\n".join(failure.message for failure in failures))
            if answer == dialogs.DISCARD:
                return True
            if answer == dialogs.CANCEL:
                return False

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    # drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_files(paths)


def file_urls(paths: Sequence[Path]) -> list[QUrl]:
    """URLs for dropping files (used by tests and by drag sources)."""
    return [QUrl.fromLocalFile(str(path)) for path in paths]
