"""Keys and Tagging-menu commands of suggested labels.

Keys on the report view (label keys of the label set still win, and label
keys may not be ``a`` or ``u``, see ``gui.tagging.keys.RESERVED_LABEL_KEYS``):

- Enter, Return or Space: accept the suggestion of the current sentence (or
  of every selected one without a label) and move on;
- Ctrl+Enter or A: accept every suggestion of the current section whose
  confidence reaches the threshold (a setting, 0.90 by default), one undo step;
- U: go to the sentence without a label whose suggestion is least confident.

The menu lists them (the text after a tab is shown as the key, as the other
tagging commands) and adds the model commands: show or hide suggestions,
the threshold, retrain now, train from a folder, reset.  The window's menu
list (``gui.shell.menus.MENU_BAR``) places them by their object names.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QMenu, QWidget

from gui.shell.settings import AppSettings
from gui.suggestions import dialogs as suggestion_dialogs
from gui.suggestions.controller import SuggestionController

ACCEPT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ACCEPT_SECTION_KEY = Qt.Key.Key_A
NEXT_UNCERTAIN_KEY = Qt.Key.Key_U


class SuggestionActions(QObject):
    """The suggestion commands in the Tagging menu and their keys on the report view."""

    def __init__(self, controller: SuggestionController, view: QWidget, settings: AppSettings,
                 parent: QWidget) -> None:
        """Keys are read on ``view``; ``parent`` owns the actions and the threshold dialog."""
        super().__init__(parent)
        self.host = parent
        self.controller = controller
        self.view = view
        self.accept_action = self._action(self.tr("Accept the suggestion") + "\tEnter, Space",
                                          controller.accept_current, "acceptSuggestionAction")
        self.accept_section_action = self._action("", controller.accept_section, "acceptSectionAction")
        self.next_uncertain_action = self._action(self.tr("Next uncertain sentence") + "\tU",
                                                  controller.next_uncertain, "nextUncertainAction")
        self.show_action = self._action(self.tr("Show suggested labels"), self._toggle_show, "showSuggestionsAction")
        self.show_action.setCheckable(True)
        self.show_action.setChecked(controller.show_suggestions)
        self.model_menu = QMenu(self.tr("Suggestion &model"), parent)
        self.model_menu.setObjectName("suggestionModelMenu")
        self.threshold_action = self._action(self.tr("Confidence for accepting a section…"), self.ask_threshold)
        learner = controller.learner
        self.retrain_action = self._action(self.tr("Retrain now"), learner.retrain)
        self.folder_action = self._action(self.tr("Train from a folder…"),
                                          lambda: learner.train_from_folder(start=settings.last_folder))
        self.reset_action = self._action(self.tr("Reset the model…"), learner.reset_model)
        self.model_menu.addActions([self.threshold_action, self.retrain_action, self.folder_action, self.reset_action])
        self._update_texts()
        view.installEventFilter(self)  # installed after the tagging controller's: sees keys first

    @property
    def menu_parts(self) -> list[QAction | QMenu]:
        """What the Tagging menu shows of the suggestions."""
        return [self.accept_action, self.accept_section_action, self.next_uncertain_action, self.show_action,
                self.model_menu]

    def _action(self, text: str, slot: Callable[[], object], name: str = "") -> QAction:
        action = QAction(text, self.host)
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _update_texts(self) -> None:
        self.accept_section_action.setText(self.tr("Accept the section's suggestions ≥ %1").replace(
            "%1", f"{self.controller.accept_threshold:.2f}") + "\tCtrl+Enter, A")

    def _toggle_show(self) -> None:
        self.controller.show_suggestions = self.show_action.isChecked()

    def ask_threshold(self) -> None:
        value = suggestion_dialogs.ask_accept_threshold(self.host, self.controller.accept_threshold)
        if value is not None:
            self.controller.accept_threshold = value
            self._update_texts()

    # keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            return self.handle_key(event)  # type: ignore[arg-type]
        return False

    def handle_key(self, event: QKeyEvent) -> bool:
        """React to a suggestion key; False leaves the key to the tagging controller and the view."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if key in ACCEPT_KEYS and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.controller.accept_section()
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if self.controller.tagging.label_for_key(event.text()) is not None:
            return False  # a label key of this file's label set
        if key in ACCEPT_KEYS or key == Qt.Key.Key_Space:
            self.controller.accept_current()
        elif key == ACCEPT_SECTION_KEY:
            self.controller.accept_section()
        elif key == NEXT_UNCERTAIN_KEY:
            self.controller.next_uncertain()
        else:
            return False
        return True
