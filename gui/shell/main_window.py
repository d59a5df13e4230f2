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
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QTextDocument, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QMainWindow,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

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
from gui.shell import style
from gui.shell.banner import BannerArea
from gui.shell.file_opening import FileOpening
from gui.shell.help_overlay import HelpOverlay
from gui.shell.menus import WindowActions
from gui.shell.report_messages import ReportMessages
from gui.shell.session import ReadingPlaces
from gui.shell.settings import AppSettings
from gui.shell.status import SAVE_PENDING, SAVE_SAVED, StatusPanel
from gui.shell.window_layout import (
    USUAL_SIZE,
    actions_in_menu_order,
    fitting_size,
    make_dock,
    min_text_width,
    size_docks,
    window_title,
)
from gui.suggestions.actions import SuggestionActions
from gui.suggestions.controller import SuggestionController
from gui.tagging.autosave import Autosaver
from gui.tagging.controller import TaggingController
from gui.tagging.filters import sentence_filter
from gui.tagging.save_problems import SaveProblems
from gui.tagging.sentence_panel import SentencePanel
from gui.tagging.workspace import OpenFile, ReportEntry, Workspace
from gui.team.actions import TeamActions
from gui.team.other_labels import OtherLabelsPanel


class MainWindow(QMainWindow):
    """One window over any number of open report files."""

    def __init__(self, annotator: str, settings: AppSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):  # the system's colour scheme, and its changes
            style.use_scheme(style.system_scheme(application))
            application.styleHints().colorSchemeChanged.connect(lambda _scheme: self.follow_scheme())
        self.annotator = annotator
        self.settings = settings if settings is not None else AppSettings()
        self.workspace = Workspace(self)
        self.places = ReadingPlaces(self.workspace, self.settings, lambda: self.folders.opened)
        self.undo_stack = QUndoStack(self)
        self.loader = FileLoader(annotator, self)
        self.autosaver = Autosaver(self.workspace, self.undo_stack, self)
        self.document_style = DocumentStyle(self.settings.point_size, self.settings.show_noise)
        self.current_entry: ReportEntry | None = None
        self._documents: dict[int, tuple[QTextDocument, DocumentMap]] = {}
        self._filtered: tuple[QTextDocument, DocumentMap] | None = None  # the shown report's, under a filter
        self._syncing_tree = False
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
        self.save_problems = SaveProblems(self.workspace, self.undo_stack, self.autosaver, self.banners, self.status,
                                          self.statusBar().showMessage, self)
        self.messages = ReportMessages(self, self.banners, self.status, self.autosaver, self.statusBar().showMessage)
        self.opening = FileOpening(self.workspace, self.loader, self.folders, self.settings, self.places,
                                   self.messages, self.show_entry, lambda: self.current_entry, self)
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
            lambda: self.tagging.auto_advance, lambda: self.document_style.point_size, lambda: self.current_entry),
            self)
        self.language_menu = LanguageMenu(self.settings, self.statusBar().showMessage, self)
        self.team = TeamActions(self, self.workspace, self.settings, self.save_now, lambda: self.current_entry,
                                self.statusBar().showMessage)
        self.menu_actions.build_menus([*self.exports.actions, *self.suggestion_actions.menu_parts, self.compare.action,
                                       *self.team.actions, *(dock.toggleViewAction() for dock in self.docks),
                                       self.language_menu])
        self.setAcceptDrops(True)
        self._fit_to_screen()
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
        # however the panels are dragged, the text keeps room for a readable line
        self.view.setMinimumWidth(min_text_width(self.view))
        self.view.setPlaceholderText(self.tr(
            "Open a report with File › Open (Ctrl+O) or a folder of reports with File › Open folder…, "
            "or drop report files or folders here."))
        self.help_overlay = HelpOverlay(self, lambda: actions_in_menu_order(self))
        layout.addWidget(self.banners)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea,
              scroll: bool = False) -> QDockWidget:
        dock = make_dock(self, title, name, widget, area, scroll)
        self.docks.append(dock)
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
        self.sentence_dock = self._dock(self.tr("Sentence"), "sentenceDock", self.sentence_panel, right, scroll=True)
        self.guidelines_panel = GuidelinesPanel(self)
        self.guidelines_dock = self._dock(self.tr("Label guidelines"), "guidelinesDock", self.guidelines_panel, right)
        self.metadata_form = MetadataForm(self)
        self.metadata_dock = self._dock(self.tr("Report metadata"), "metadataDock", self.metadata_form, right,
                                        scroll=True)
        self.other_labels = OtherLabelsPanel(self.workspace, self.annotator, self.show_sentence,
                                             self.settings.label_folders, self)
        self.other_labels_dock = self._dock(self.tr("Other annotator"), "otherLabelsDock", self.other_labels, right)
        self.tabifyDockWidget(self.guidelines_dock, self.metadata_dock)
        self.tabifyDockWidget(self.guidelines_dock, self.other_labels_dock)
        self.guidelines_dock.raise_()
        self._size_docks(*USUAL_SIZE)

    def _size_docks(self, width: int, height: int) -> None:
        size_docks(self, (self.reports_dock, self.sections_dock), (self.sentence_dock, self.guidelines_dock),
                   width, height)

    def _commands(self) -> dict[str, Callable[..., object]]:
        """What the menus run, by the names ``gui.shell.menus.MENU_BAR`` gives them; looked up when triggered."""
        return {
            "open": lambda: self.opening.choose_and_open(),
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
            "next_report": lambda: self.step_report(1),
            "previous_report": lambda: self.step_report(-1),
            "show_guidelines": self._show_guidelines,
        }

    def _connect(self) -> None:
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
        self.tagging.filterChanged.connect(self._filter_changed)
        self.tagging.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.tagging.escaped.connect(self.help_overlay.hide)
        self.sentence_panel.labelRequested.connect(self._panel_label)
        self.sentence_panel.noteEdited.connect(self.tagging.set_note)
        self.sentence_panel.noteFinished.connect(lambda: self.view.setFocus(Qt.FocusReason.OtherFocusReason))
        self.metadata_form.correctionsRequested.connect(self.tagging.correct_metadata)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.undo_stack.indexChanged.connect(self._update_title)
        self.autosaver.conflict_kept.connect(lambda path: self.statusBar().showMessage(
            self.tr("The other version of the annotation file is kept as %1").replace("%1", path), 15000))
        self.autosaver.merged.connect(self.messages.merged_on_save)

    # opening files

    def open_files(self, paths: Sequence[Path | str], remember: bool = True) -> None:
        """Open report files in the background and show the first of them; already open ones are just shown;
        folders are listed."""
        self.opening.open_files(paths, remember)

    def open_folder(self, folder: Path | str, remember: bool = True) -> None:
        """List every report of ``folder`` (and its sub-folders); a report is opened when it is shown."""
        self.folders.open_folder(folder, remember)

    def restore_session(self) -> bool:
        """Open the files open when the app was last closed (False: none left); see ``FileOpening``."""
        return self.opening.restore_session()

    # showing a report

    def show_entry(self, entry: ReportEntry | None) -> None:
        """Show a report (saving the previous one first)."""
        if entry is self.current_entry:
            return
        if self.current_entry is not None and self.undo_stack.count() and not self.undo_stack.isClean():
            self.autosaver.save_all()
        if self.current_entry is not None:
            self.places.remember(self.current_entry)
        self.current_entry = entry
        if entry is None:
            self.view.clear_document()
        else:
            self.suggestions.show_entry(entry)  # first: a filter may ask for suggestions
            document, document_map = self._document_for(entry)
            self.view.set_label_set(entry.file.labels, refresh=False)
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

    def step_report(self, step: int) -> None:
        """Show the next (1) or previous (-1) report of the list."""
        rows = list(self.report_model.rows())
        if not rows:
            return
        wanted = self.folders.wanted
        at = next((number for number, row in enumerate(rows)
                   if row is wanted or (wanted is None and row.entry is not None and row.entry is self.current_entry)),
                  -1)
        row = rows[min(max(at + step, 0), len(rows) - 1)]
        self.folders.show_row(row)  # a listed report not open yet opens first
        self.statusBar().showMessage(row.entry.report.display_name() if row.entry is not None else row.file_name,
                                     3000)

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
        """The report's whole document (built once), or one of only the sentences that pass the filter."""
        if self._filtered is not None:
            self._filtered[0].deleteLater()
            self._filtered = None
        shown = sentence_filter(entry, self.tagging.filter, self.tagging.suggested)
        if shown is not None:
            document, document_map = build_document(entry.report, self.document_style, shown)
            document.setParent(self)
            self._filtered = (document, document_map)
            return self._filtered
        cached = self._documents.get(id(entry))
        if cached is None:
            document, document_map = build_document(entry.report, self.document_style)
            document.setParent(self)
            cached = self._documents[id(entry)] = (document, document_map)
        return cached

    def _filter_changed(self) -> None:
        """Show the report again with only the sentences that pass the filter (or all of them)."""
        entry = self.current_entry
        if entry is not None:
            self.current_entry = None
            self.show_entry(entry)

    def follow_scheme(self) -> None:
        """The system's colour scheme changed: draw everything in the new one."""
        application = QGuiApplication.instance()
        if not isinstance(application, QGuiApplication):
            return
        style.use_scheme(style.system_scheme(application))
        labels = self.current_entry.file.labels if self.current_entry is not None else []
        self.sentence_panel.follow_scheme()
        self.view.follow_scheme(labels)
        self.guidelines_panel.show_labels(labels, again=True)
        self.rebuild_documents()

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

    def _update_title(self) -> None:
        entry = self.current_entry
        self.setWindowTitle(window_title(entry.report.display_name() if entry is not None else None))
        clean = self.undo_stack.isClean()
        self.setWindowModified(not clean)
        if not clean and self.status.save_state == SAVE_SAVED:
            self.status.show_save_state(SAVE_PENDING)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sentence_panel.commit_note()
        if not self.team.close_views() or not self.save_problems.save_before_closing(self):
            event.ignore()
            return
        # Everything is saved now; nothing in the background is waited for: the file being opened is only
        # read, and the suggestion process computes nothing that is kept.  An export being written is finished.
        self.autosaver.stop()
        self.suggestions.stop()
        self.loader.cancel_pending()
        self.folders.cancel()
        self.exports.finish()
        self.places.remember(self.current_entry)
        self.settings.save_layout(self.saveGeometry(), self.saveState())
        self.settings.sync()
        event.accept()

    def _fit_to_screen(self) -> None:
        """The usual size, or what the screen has room for; the panels share the width accordingly."""
        width, height = fitting_size(self)
        self.resize(width, height)
        self._size_docks(width, height)

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
