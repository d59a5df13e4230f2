"""Keyboard-first tagging: moving between sentences and labelling them.

Default keys: Down/J next sentence, Up/K previous (with Shift: extend the
selection), N next unlabelled (Shift+N previous unlabelled), the label keys of
the label set (1 target, 2 achievement, 3 other), 0/Backspace/Delete clear,
Home/End first/last sentence (of those the filter shows), Escape collapses the selection.  A label applies
to the whole selection as one undo step; with auto-advance on, the next
sentence becomes current.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QUndoStack
from PySide6.QtWidgets import QMenu

from gui.language.label_names import label_text
from gui.reading.report_view import ReportView
from gui.shell import dialogs
from gui.shell.translation import Translator
from gui.tagging.filters import FILTER_ALL, Suggested, sentence_filter
from gui.tagging.keys import CLEAR_KEYS, NEXT_KEYS, NEXT_UNLABELLED_KEY, PREVIOUS_KEYS, label_for_key
from gui.tagging.undo_commands import LabelCommand, MetadataCommand, NoteCommand
from gui.tagging.workspace import ReportEntry, Workspace

_tr = Translator("Tagging")



def key_help() -> list[tuple[str, str]]:
    """(keys, what they do) of the keys the report view handles itself, for the help overlay.

    Keys of actions (Ctrl+O, Ctrl+Z, F1 …) are listed from the actions themselves.
    """
    return [
        ("↓  J", _tr("Next sentence")),
        ("↑  K", _tr("Previous sentence")),
        ("Shift+↓/↑  Shift+J/K", _tr("Extend the selection")),
        ("N", _tr("Next unlabelled sentence")),
        ("Shift+N", _tr("Previous unlabelled sentence")),
        ("0  Backspace  Delete", _tr("Clear the label")),
        ("Enter  Space", _tr("Accept the suggested label and move on")),
        ("Ctrl+Enter  A", _tr("Accept the confident suggestions of the section")),
        ("U", _tr("Next uncertain: the least confident suggestion")),
        ("Home  End", _tr("First / last sentence")),
        ("Esc", _tr("Collapse the selection, close the search")),
    ]


class TaggingController(QObject):
    """Keeps the current sentence and selection of the shown report; applies labels."""

    currentChanged = Signal()  # the current sentence or the selection changed
    filterChanged = Signal()  # another filter was chosen: the sentences shown change
    message = Signal(str)  # something to tell the user in the status bar
    escaped = Signal()  # Esc with nothing to collapse: close whatever is open over the text

    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, view: ReportView,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.view = view
        self.entry: ReportEntry | None = None
        self.auto_advance = True
        self.filter = FILTER_ALL
        self._test: Callable[[int], bool] | None = None  # the filter's test on the shown report
        self.suggested: Suggested = lambda entry, index: None  # set by the suggestions
        view.installEventFilter(self)
        view.sentenceClicked.connect(self.click)
        view.sentenceDragged.connect(self.drag_to)
        view.contextMenuRequested.connect(self.show_context_menu)

    # state

    def set_entry(self, entry: ReportEntry | None) -> None:
        self.entry = entry
        had_test = self._test is not None
        self._test = sentence_filter(entry, self.filter, self.suggested) if entry is not None else None
        if had_test or self._test is not None:  # (the view has just drawn a new report with no filter)
            self.view.set_filter(self._test)
        self._to_a_match()
        self._show(scroll=True)

    def set_filter(self, value: str) -> None:
        """Show only the sentences that pass the filter ``value`` (the window hides the others)."""
        self.filter = value
        self._test = sentence_filter(self.entry, value, self.suggested) if self.entry is not None else None
        self.view.set_filter(self._test)
        self.filterChanged.emit()
        self._to_a_match()
        self._show(scroll=True)

    def shown_sentences(self) -> Callable[[int], bool] | None:
        """The filter's test of the shown report (None: all sentences are shown)."""
        return self._test

    def matches(self, index: int) -> bool:
        """Whether a sentence passes the filter."""
        return self._test is None or self._test(index)

    def _to_a_match(self) -> None:
        """Make a sentence that passes the filter current (the next one, else the one before)."""
        entry = self.entry
        if entry is None or not entry.report.sentences or self.matches(entry.current):
            return
        entry.anchor = None
        found = self._find(entry.current, 1, self.matches)
        found = found if found is not None else self._find(entry.current, -1, self.matches)
        if found is None:
            self.message.emit(self.tr("No sentence of this report passes the filter."))
        else:
            entry.current = found

    def select(self, indexes: list[int]) -> None:
        """Make a run of sentences the selection (after undo, redo or a search)."""
        if self.entry is None or not indexes:
            return
        self.entry.anchor = min(indexes) if len(indexes) > 1 else None
        self.entry.current = max(indexes) if len(indexes) > 1 else indexes[0]
        self._show(scroll=True)

    def go_to(self, index: int, extend: bool = False, scroll: bool = True) -> None:
        entry = self.entry
        if entry is None or not entry.report.sentences:
            return
        index = max(0, min(index, len(entry.report.sentences) - 1))
        if extend:
            if entry.anchor is None:
                entry.anchor = entry.current
        else:
            entry.anchor = None
        entry.current = index
        self._show(scroll=scroll)

    def step(self, direction: int, extend: bool = False) -> None:
        """Move to the next (1) or previous (-1) sentence that passes the filter."""
        if self.entry is None:
            return
        found = self._find(self.entry.current, direction, self.matches)
        if found is not None:
            self.go_to(found, extend)
        elif not extend and self.entry.anchor is not None:
            self.go_to(self.entry.current)

    def step_unlabelled(self, direction: int) -> None:
        entry = self.entry
        if entry is None:
            return
        found = self._find(entry.current, direction, lambda index: entry.label_of(index) is None)
        if found is None:
            self.message.emit(self.tr("No unlabelled sentence further on.") if direction > 0
                              else self.tr("No unlabelled sentence before this one."))
            return
        self.go_to(found)

    def _find(self, start: int, direction: int, wanted: Callable[[int], bool]) -> int | None:
        assert self.entry is not None
        index = start + direction
        count = len(self.entry.report.sentences)
        while 0 <= index < count:
            if wanted(index):
                return index
            index += direction
        return None

    # labelling

    def editable_entry(self) -> ReportEntry | None:
        """The shown report when its labels can change; otherwise None (and says why when read-only)."""
        entry = self.entry
        if entry is None or not entry.report.sentences:
            return None
        if entry.read_only:
            self.message.emit(self.tr("This report is read-only: its annotation file could not be read. "
                                      "Labels cannot be changed."))
            return None
        return entry

    def apply_label(self, label: str | None) -> bool:
        """Label the selection (None clears it) as one undo step."""
        entry = self.editable_entry()
        if entry is None:
            return False
        # A range stretched over sentences the filter hides labels only those in view.
        selected = [index for index in entry.selected_range() if index == entry.current or self.matches(index)]
        command = LabelCommand(self.workspace, entry, selected, label)
        self.undo_stack.push(command)
        if self.auto_advance:
            entry.anchor = None
            entry.current = selected[-1]
            nxt = self._find(selected[-1], 1, self.matches)
            if nxt is not None:
                entry.current = nxt
        else:
            entry.anchor = None if len(selected) == 1 else entry.anchor
        self._show(scroll=True)
        return True

    def set_note(self, entry: ReportEntry, index: int, note: str) -> None:
        """The note of the label of ``entry``'s sentence ``index`` (an empty note removes it), as one undo step."""
        if entry.read_only or not 0 <= index < len(entry.report.sentences) or entry.annotation(index) is None:
            return
        self.undo_stack.push(NoteCommand(self.workspace, entry, index, note or None))

    def correct_metadata(self, changes: dict[str, str | None]) -> None:
        """Corrections of the shown report's metadata (None drops one), as one undo step."""
        entry = self.entry
        if entry is None or entry.read_only or not changes:
            return
        self.undo_stack.beginMacro(self.tr("Correct the report's metadata"))
        for name, value in changes.items():
            self.undo_stack.push(MetadataCommand(self.workspace, entry, name, value))
        self.undo_stack.endMacro()

    def label_for_key(self, text: str) -> str | None:
        return label_for_key(self.entry.file.labels, text) if self.entry is not None else None

    # input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            return self.handle_key(event)  # type: ignore[arg-type]
        return False

    def handle_key(self, event: QKeyEvent) -> bool:
        """React to a tagging key; False lets the view handle it (page scrolling, shortcuts)."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = modifiers == Qt.KeyboardModifier.ShiftModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        key = event.key()
        if not shift:
            label = self.label_for_key(event.text())
            if label is not None:
                self.apply_label(label)
                return True
        if key in NEXT_KEYS:
            self.step(1, extend=shift)
        elif key in PREVIOUS_KEYS:
            self.step(-1, extend=shift)
        elif key == NEXT_UNLABELLED_KEY:
            self.step_unlabelled(-1 if shift else 1)
        elif key in CLEAR_KEYS and not shift:
            self.apply_label(None)
        elif key == Qt.Key.Key_Home and not shift and self.entry is not None:
            self.go_to(next((index for index in range(len(self.entry.report.sentences)) if self.matches(index)), 0))
        elif key == Qt.Key.Key_End and not shift and self.entry is not None:
            last = len(self.entry.report.sentences) - 1
            self.go_to(next((index for index in range(last, -1, -1) if self.matches(index)), last))
        elif key == Qt.Key.Key_Escape and self.entry is not None and self.entry.anchor is not None:
            self.go_to(self.entry.current)
        elif key == Qt.Key.Key_Escape:
            self.escaped.emit()
        else:
            return False
        return True

    def click(self, index: int, shift: bool) -> None:
        # The clicked sentence is in view: scrolling now would put another one under the
        # mouse and turn the release into a range.
        self.go_to(index, extend=shift, scroll=False)

    def drag_to(self, index: int) -> None:
        if self.entry is not None and index != self.entry.current:
            self.go_to(index, extend=True, scroll=False)

    def show_context_menu(self, index: int, position: QPoint) -> None:
        entry = self.entry
        if entry is None:
            return
        if index >= 0 and index not in entry.selected_range():
            self.go_to(index)
        menu = QMenu(self.view)
        count = len(entry.selected_range())
        for label in entry.file.labels:
            text = self.tr("Label “%1”").replace("%1", label_text(label.name))
            action = menu.addAction(f"{text}\t{label.key}" if label.key else text)
            action.setData(label.name)
            action.setEnabled(not entry.read_only)
        clear = menu.addAction(self.tr("Clear the label") + "\t0")
        clear.setData(None)
        clear.setEnabled(not entry.read_only)
        menu.addSeparator()
        copy = menu.addAction(self.tr("Copy %n sentence(s)", "", count))
        chosen = dialogs.popup_menu(menu, position)
        if chosen is copy:
            self.copy_selection()
        elif chosen is not None:
            self.apply_label(chosen.data())
        menu.deleteLater()

    def copy_selection(self) -> None:
        if self.entry is None:
            return
        text = "".join(self.entry.report.sentences[index].text for index in self.entry.selected_range())
        QGuiApplication.clipboard().setText(text)

    # showing

    def _show(self, scroll: bool) -> None:
        entry = self.entry
        if entry is None or not entry.report.sentences:
            self.view.set_current(None)
            self.currentChanged.emit()
            return
        entry.current = max(0, min(entry.current, len(entry.report.sentences) - 1))
        self.view.set_current(entry.current, entry.selected_range())
        if scroll:
            self.view.ensure_sentence_visible(entry.current)
        self.currentChanged.emit()
