"""Menus, toolbar and shortcuts of the main window, declared as data.

``MENU_BAR`` lists every menu and what it holds, top to bottom: the window's
own commands (``Command``: name, text, key, and the name of the function it
runs), actions and sub-menus other controllers own (``Part``, found by object
name), separators, and the label actions of the shown report (``LABELS``).
The window's actions are created first and look their function up only when
triggered; the menus are assembled once every controller exists
(``WindowActions.build_menus``), so the order in which the window builds its
parts does not matter.

Standard actions use standard keys.  Tagging keys are handled by the tagging
controller on the report view; the Tagging menu lists them (the text after a
tab is shown as the key) and runs the same code when clicked.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QToolBar

from gui.language.label_names import label_text
from gui.reading.report_document import DocumentStyle
from gui.shell import dialogs, style
from gui.shell.help_overlay import HELP_TEXT_PROPERTY
from gui.shell.settings import AppSettings
from gui.shell.translation import QT_TRANSLATE_NOOP
from gui.tagging.controller import TaggingController
from gui.tagging.filters import FILTER_ALL, filter_choices
from gui.tagging.undo_commands import LabelSetCommand
from gui.tagging.workspace import ReportEntry

Shortcut = QKeySequence | QKeySequence.StandardKey | str
Handler = Callable[..., object]


@dataclass(frozen=True)
class Command:
    """One of the window's own actions."""

    name: str  # the action's object name
    text: str  # marked with QT_TRANSLATE_NOOP("WindowActions", …); translated when the action is made
    run: str  # the function it runs, by its name in the commands; a checkable one gets its new state
    shortcut: Shortcut | None = None
    checkable: bool = False
    keys: str = ""  # the tagging keys the menu shows after a tab


@dataclass(frozen=True)
class Part:
    """An action or menu made by another controller, by its object name."""

    name: str


@dataclass(frozen=True)
class Menu:
    title: str
    items: tuple[Item, ...]
    name: str = ""


SEPARATOR = "separator"
LABELS = "labels"  # one action per label of the shown report, then a separator
Item = Command | Part | Menu | str
StandardKey = QKeySequence.StandardKey

MENU_BAR: tuple[Menu, ...] = (
    Menu(QT_TRANSLATE_NOOP("WindowActions", "&File"), (
        Command("openAction", QT_TRANSLATE_NOOP("WindowActions", "&Open…"), "open", StandardKey.Open),
        Command("openFolderAction", QT_TRANSLATE_NOOP("WindowActions", "Open &folder…"), "open_folder", "Ctrl+Shift+O"),
        Menu(QT_TRANSLATE_NOOP("WindowActions", "Open &recent"), (), name="recentMenu"),
        Command("openSamplesAction", QT_TRANSLATE_NOOP("WindowActions", "Open the &sample reports"), "open_samples"),
        SEPARATOR,
        Command("saveAction", QT_TRANSLATE_NOOP("WindowActions", "&Save now"), "save", StandardKey.Save),
        Command("annotatorAction", QT_TRANSLATE_NOOP("WindowActions", "Set the &annotator name…"), "set_annotator"),
        SEPARATOR,
        Part("exportTrainingAction"),
        Part("importLabelsAction"),
        Part("wordSummaryAction"),
        SEPARATOR,
        Command("quitAction", QT_TRANSLATE_NOOP("WindowActions", "&Quit"), "quit"),  # its keys: QUIT_KEYS
    ), name="fileMenu"),
    Menu(QT_TRANSLATE_NOOP("WindowActions", "&Edit"), (
        Part("undoAction"),
        Part("redoAction"),
        SEPARATOR,
        Command("copyAction", QT_TRANSLATE_NOOP("WindowActions", "&Copy the selected sentences"),
                "copy", StandardKey.Copy),
        SEPARATOR,
        Command("findAction", QT_TRANSLATE_NOOP("WindowActions", "&Find…"), "find", StandardKey.Find),
        Command("findNextAction", QT_TRANSLATE_NOOP("WindowActions", "Find &next"), "find_next", StandardKey.FindNext),
        Command("findPreviousAction", QT_TRANSLATE_NOOP("WindowActions", "Find &previous"),
                "find_previous", StandardKey.FindPrevious),
        SEPARATOR,
        Command("editLabelsAction", QT_TRANSLATE_NOOP("WindowActions", "Edit the &labels…"), "edit_labels"),
    ), name="editMenu"),
    Menu(QT_TRANSLATE_NOOP("WindowActions", "&View"), (
        Command("noiseAction", QT_TRANSLATE_NOOP("WindowActions", "Show &noise (web lines, footnote marks)"),
                "show_noise", checkable=True),
        Command("largerTextAction", QT_TRANSLATE_NOOP("WindowActions", "&Larger text"),
                "larger_text", StandardKey.ZoomIn),
        Command("smallerTextAction", QT_TRANSLATE_NOOP("WindowActions", "&Smaller text"),
                "smaller_text", StandardKey.ZoomOut),
        Command("normalTextAction", QT_TRANSLATE_NOOP("WindowActions", "&Normal text size"), "normal_text", "Ctrl+0"),
        SEPARATOR,
        Command("nextReportAction", QT_TRANSLATE_NOOP("WindowActions", "Ne&xt report"), "next_report", "Ctrl+PgDown"),
        Command("previousReportAction", QT_TRANSLATE_NOOP("WindowActions", "Pre&vious report"),
                "previous_report", "Ctrl+PgUp"),
        SEPARATOR,
        Part("reportsDockAction"),
        Part("sectionsDockAction"),
        Part("sentenceDockAction"),
        Part("guidelinesDockAction"),
        Part("metadataDockAction"),
        Part("otherLabelsDockAction"),
        SEPARATOR,
        Part("languageMenu"),
    ), name="viewMenu"),
    Menu(QT_TRANSLATE_NOOP("WindowActions", "&Tagging"), (
        LABELS,
        Command("nextSentenceAction", QT_TRANSLATE_NOOP("WindowActions", "Next sentence"),
                "next_sentence", keys="J, ↓"),
        Command("previousSentenceAction", QT_TRANSLATE_NOOP("WindowActions", "Previous sentence"),
                "previous_sentence", keys="K, ↑"),
        Command("nextUnlabelledAction", QT_TRANSLATE_NOOP("WindowActions", "Next unlabelled sentence"),
                "next_unlabelled", keys="N"),
        SEPARATOR,
        Command("autoAdvanceAction", QT_TRANSLATE_NOOP("WindowActions", "&Move on after labelling"),
                "auto_advance", checkable=True),
        SEPARATOR,
        Part("acceptSuggestionAction"),
        Part("acceptSectionAction"),
        Part("nextUncertainAction"),
        Part("showSuggestionsAction"),
        Part("suggestionModelMenu"),
    ), name="taggingMenu"),
    Menu(QT_TRANSLATE_NOOP("WindowActions", "&Compare"), (Part("compareAction"),), name="compareMenu"),
    Menu(QT_TRANSLATE_NOOP("WindowActions", "Tea&m"), (
        Part("adjudicateAction"),
        Part("teamStatusAction"),
        Part("reportAgreementAction"),
        SEPARATOR,
        Part("addLabelFolderAction"),
        Part("forgetLabelFoldersAction"),
    ), name="teamMenu"),
    Menu(QT_TRANSLATE_NOOP("WindowActions", "&Help"), (
        Command("helpAction", QT_TRANSLATE_NOOP("WindowActions", "&Keys"), "help", StandardKey.HelpContents),
        Command("guidelinesAction", QT_TRANSLATE_NOOP("WindowActions", "Label &guidelines"), "show_guidelines"),
    ), name="helpMenu"),
)

# The standard Quit key is empty on some desktops; Ctrl+Q comes first.
QUIT_KEY = "Ctrl+Q"
REDO_KEY = "Ctrl+Shift+Z"


def _commands_of(menus: Iterable[Menu]) -> Iterable[Command]:
    for menu in menus:
        for item in menu.items:
            if isinstance(item, Command):
                yield item
            elif isinstance(item, Menu):
                yield from _commands_of([item])


class WindowActions(QObject):
    """Creates the window's actions, menus and toolbar, and keeps them current.

    ``commands`` maps the ``run`` names of ``MENU_BAR`` that this class does
    not handle itself to the window's functions; they are looked up when an
    action is triggered.
    """

    def __init__(self, host: QMainWindow, undo_stack: QUndoStack, tagging: TaggingController,
                 settings: AppSettings, document_style: DocumentStyle, annotator: str,
                 commands: dict[str, Handler]) -> None:
        super().__init__(host)
        self.host = host
        self.undo_stack = undo_stack
        self.tagging = tagging
        self.settings = settings
        self.document_style = document_style
        self.annotator = annotator
        own: dict[str, Handler] = {
            "open_samples": self._open_samples,
            "set_annotator": self._set_annotator,
            "edit_labels": self.edit_labels,
            "show_noise": self._toggle_noise,
            "larger_text": lambda: self._zoom(1),
            "smaller_text": lambda: self._zoom(-1),
            "normal_text": lambda: self._zoom(0),
            "next_sentence": lambda: tagging.step(1),
            "previous_sentence": lambda: tagging.step(-1),
            "next_unlabelled": lambda: tagging.step_unlabelled(1),
            "auto_advance": self._toggle_auto_advance,
        }
        self.commands: ChainMap[str, Handler] = ChainMap(own, commands)
        self.menus: dict[str, QMenu] = {}
        self._label_actions: list[QAction] = []
        self._label_signature: tuple[tuple[str, str], ...] | None = None
        self._after_labels: QAction | None = None
        self.actions: dict[str, QAction] = {}
        for command in _commands_of(MENU_BAR):
            self.actions[command.name] = self._make(command)
        self._make_undo_actions()
        self._set_up_special_keys()
        self._build_toolbar()

    # actions

    def _make(self, command: Command) -> QAction:
        text = self.tr(command.text)
        action = QAction(f"{text}\t{command.keys}" if command.keys else text, self.host)
        action.setObjectName(command.name)
        if command.shortcut is not None:
            action.setShortcut(QKeySequence(command.shortcut))
        action.setCheckable(command.checkable)
        run = command.run
        if command.checkable:
            action.toggled.connect(lambda checked: self.commands[run](checked))
        else:
            action.triggered.connect(lambda _checked=False: self.commands[run]())
        self.host.addAction(action)
        return action

    def _make_undo_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self.host, self.tr("&Undo"))
        undo.setObjectName("undoAction")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self.host, self.tr("&Redo"))
        redo.setObjectName("redoAction")
        redo_keys = [QKeySequence(REDO_KEY)]
        redo_keys += [key for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if key not in redo_keys]
        redo.setShortcuts(redo_keys)
        undo.setProperty(HELP_TEXT_PROPERTY, self.tr("Undo"))
        redo.setProperty(HELP_TEXT_PROPERTY, self.tr("Redo"))
        self.host.addAction(undo)
        self.host.addAction(redo)
        self.actions[undo.objectName()] = self.undo_action = undo
        self.actions[redo.objectName()] = self.redo_action = redo

    def _set_up_special_keys(self) -> None:
        quit_keys = [QKeySequence(QUIT_KEY)]
        quit_keys += [key for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) if key not in quit_keys]
        self.quit_action.setShortcuts(quit_keys)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tagging.view.addAction(self.copy_action)
        for action, checked in ((self.noise_action, self.settings.show_noise),
                                (self.auto_advance_action, self.tagging.auto_advance)):
            action.blockSignals(True)  # the state as it is; nothing to run
            action.setChecked(checked)
            action.blockSignals(False)

    # the actions tests and the toolbar name

    @property
    def open_action(self) -> QAction:
        return self.actions["openAction"]

    @property
    def save_action(self) -> QAction:
        return self.actions["saveAction"]

    @property
    def quit_action(self) -> QAction:
        return self.actions["quitAction"]

    @property
    def copy_action(self) -> QAction:
        return self.actions["copyAction"]

    @property
    def edit_labels_action(self) -> QAction:
        return self.actions["editLabelsAction"]

    @property
    def noise_action(self) -> QAction:
        return self.actions["noiseAction"]

    @property
    def auto_advance_action(self) -> QAction:
        return self.actions["autoAdvanceAction"]

    @property
    def help_action(self) -> QAction:
        return self.actions["helpAction"]

    @property
    def recent_menu(self) -> QMenu:
        return self.menus["recentMenu"]

    @property
    def tagging_menu(self) -> QMenu:
        return self.menus["taggingMenu"]

    # menus

    def build_menus(self, parts: Iterable[QAction | QMenu]) -> None:
        """Assemble the menu bar from ``MENU_BAR``, once the other controllers' actions and menus exist."""
        found: dict[str, QAction | QMenu] = {**self.actions, **{part.objectName(): part for part in parts}}
        bar = self.host.menuBar()
        for spec in MENU_BAR:
            bar.addMenu(self._fill(QMenu(self.tr(spec.title), bar), spec, found))
        self.menus["recentMenu"].aboutToShow.connect(self._fill_recent_menu)
        self.tagging_menu.aboutToShow.connect(lambda: self.update_labels(self.tagging.entry))
        if self._label_actions and self._after_labels is not None:  # labels shown before the menus existed
            self.tagging_menu.insertActions(self._after_labels, self._label_actions)

    def _fill(self, menu: QMenu, spec: Menu, found: Mapping[str, QAction | QMenu]) -> QMenu:
        if spec.name:
            menu.setObjectName(spec.name)
            self.menus[spec.name] = menu
        for item in spec.items:
            if item == SEPARATOR:
                menu.addSeparator()
            elif item == LABELS:
                self._after_labels = menu.addSeparator()
            elif isinstance(item, Menu):
                menu.addMenu(self._fill(QMenu(self.tr(item.title), menu), item, found))
            elif isinstance(item, (Command, Part)):
                part = found[item.name]
                if isinstance(part, QMenu):
                    menu.addMenu(part)
                else:
                    menu.addAction(part)
        return menu

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main"), self.host)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.host.addToolBar(toolbar)
        toolbar.addActions([self.open_action, self.save_action])
        toolbar.addSeparator()
        undo = QAction(self.tr("Undo"), toolbar)
        undo.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        undo.triggered.connect(self.undo_stack.undo)
        undo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        redo = QAction(self.tr("Redo"), toolbar)
        redo.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        redo.triggered.connect(self.undo_stack.redo)
        redo.setEnabled(False)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        toolbar.addActions([undo, redo])
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr(" Show: "), toolbar))
        self.filter_box = QComboBox(toolbar)
        self.filter_box.setObjectName("filterBox")
        self.filter_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.filter_box.setMinimumContentsLength(18)
        self.filter_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
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
        menu = self.menus.get("taggingMenu")
        for action in self._label_actions:
            if menu is not None:
                menu.removeAction(action)
            action.deleteLater()
        self._label_actions = []
        tagging = self.tagging
        for label in labels:
            text = self.tr("Label “%1”").replace("%1", label_text(label.name))
            action = QAction(f"{text}\t{label.key}" if label.key else text, self.host)
            action.triggered.connect(lambda _checked=False, name=label.name: tagging.apply_label(name))
            self._label_actions.append(action)
        clear = QAction(self.tr("Clear the label") + "\t0, ⌫", self.host)
        clear.triggered.connect(lambda _checked=False: tagging.apply_label(None))
        self._label_actions.append(clear)
        for action in self._label_actions:
            action.setEnabled(not read_only)
        if menu is not None and self._after_labels is not None:
            menu.insertActions(self._after_labels, self._label_actions)
        chosen = self.filter_box.currentData()
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        for text, value in filter_choices(labels):
            self.filter_box.addItem(text, value)
        position = self.filter_box.findData(chosen)
        self.filter_box.setCurrentIndex(max(position, 0))
        self.filter_box.blockSignals(False)
        if position < 0 and chosen not in (None, FILTER_ALL):
            tagging.set_filter(FILTER_ALL)

    # slots

    def _filter_chosen(self, _index: int) -> None:
        value = self.filter_box.currentData()
        self.tagging.set_filter(value if isinstance(value, str) else FILTER_ALL)
        self.tagging.view.setFocus()

    def _toggle_auto_advance(self, checked: bool) -> None:
        self.tagging.auto_advance = checked
        self.settings.auto_advance = checked

    def _toggle_noise(self, checked: bool) -> None:
        self.settings.show_noise = checked
        self.document_style.show_noise = checked
        self.commands["rebuild_documents"]()

    def _zoom(self, step: int) -> None:
        size = style.DEFAULT_POINT_SIZE if step == 0 else self.document_style.point_size + step
        size = min(max(size, style.MIN_POINT_SIZE), style.MAX_POINT_SIZE)
        if size != self.document_style.point_size:
            self.document_style.point_size = size
            self.settings.point_size = size
            self.commands["rebuild_documents"]()

    def _fill_recent_menu(self) -> None:
        recent_menu = self.recent_menu
        recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, chosen=path: self._open([chosen]))
        if not recent:
            empty = recent_menu.addAction(self.tr("(none yet)"))
            empty.setEnabled(False)
        else:
            recent_menu.addSeparator()
            recent_menu.addAction(self.tr("Clear the list"), self.settings.clear_recent_files)

    def _open(self, paths: list[Path], remember: bool = True) -> None:
        self.commands["open_files"](paths, remember=remember)

    def _open_samples(self) -> None:
        from resources import sample_reports

        self._open(sample_reports(), remember=False)

    def _set_annotator(self) -> None:
        name = dialogs.ask_annotator(self.host, self.annotator)
        if name and name != self.annotator:
            self.settings.annotator = name
            self.host.statusBar().showMessage(self.tr(
                "From the next start, labels are saved under the name “%1”; this session keeps “%2”.").replace(
                "%1", name).replace("%2", self.annotator), 10000)

    def edit_labels(self) -> None:
        entry = self.tagging.entry
        if entry is None or entry.read_only:
            return
        used = {annotation.label for annotation in entry.annotations.all_annotations()}
        result = dialogs.edit_labels(self.host, entry.file.labels, used)
        if result is None:
            return
        labels, renames = result
        if labels == list(entry.file.labels) and not renames:
            return
        self.undo_stack.push(LabelSetCommand(self.tagging.workspace, entry.file, labels, renames))
