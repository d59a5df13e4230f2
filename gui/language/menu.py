"""View › Language: follow the system, 中文 or English; kept in the settings, applied at the next start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from gui.language.loading import LANGUAGE_CHINESE, LANGUAGE_ENGLISH
from gui.shell.settings import LANGUAGE_SYSTEM, AppSettings


class LanguageMenu(QMenu):
    """Three exclusive choices; choosing one stores it and says when it takes effect."""

    def __init__(self, settings: AppSettings, tell: Callable[[str, int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Language"))
        self.setObjectName("languageMenu")
        self.settings = settings
        self.tell = tell
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.choices: dict[str, QAction] = {}
        # Each language is named in its own language, as language menus do.
        for choice, text in ((LANGUAGE_SYSTEM, self.tr("Follow the system")),
                             (LANGUAGE_CHINESE, "中文"), (LANGUAGE_ENGLISH, "English")):
            action = self.addAction(text)
            action.setObjectName(f"language_{choice}")
            action.setCheckable(True)
            action.setChecked(choice == settings.language)
            action.triggered.connect(lambda _checked=False, chosen=choice: self.choose(chosen))
            self.group.addAction(action)
            self.choices[choice] = action
        self.addSeparator()
        note = self.addAction(self.tr("Takes effect when the app is restarted"))
        note.setEnabled(False)

    def choose(self, choice: str) -> None:
        self.choices[choice].setChecked(True)
        if choice == self.settings.language:
            return
        self.settings.language = choice
        self.tell(self.tr("The new language takes effect when the app is restarted."), 10000)
