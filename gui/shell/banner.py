"""Messages shown above the report: read-only files, failed saves, where files go."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from core.file_names import readable

KIND_ERROR = "error"
KIND_WARNING = "warning"
KIND_INFO = "info"

_COLOURS = {
    KIND_ERROR: ("#fdecea", "#b71c1c", "#611a15"),
    KIND_WARNING: ("#fff4e5", "#e65100", "#663c00"),
    KIND_INFO: ("#e8f1fb", "#1565c0", "#0d3c61"),
}


class Banner(QFrame):
    """One message with an optional button and a close button."""

    def __init__(self, kind: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        background, border, ink = _COLOURS.get(kind, _COLOURS[KIND_INFO])
        self.setObjectName(f"banner-{kind}")
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {background}; border: 1px solid {border};"
            f" border-left: 5px solid {border}; border-radius: 3px; }}"
            f" QLabel {{ color: {ink}; background: transparent; border: none; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.button: QPushButton | None = None
        self.buttons: list[QPushButton] = []
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def set_action(self, text: str, callback: Callable[[], object]) -> None:
        """Add a button (after those already there); ``button`` is the first."""
        button = QPushButton(text, self)
        button.clicked.connect(callback)
        self.buttons.append(button)
        if self.button is None:
            self.button = button
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(len(self.buttons), button, 0, Qt.AlignmentFlag.AlignVCenter)


class BannerArea(QWidget):
    """A stack of banners, each under a key so it can be replaced or removed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bannerArea")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 0)
        self._layout.setSpacing(4)
        self._banners: dict[str, Banner] = {}
        self.setVisible(False)

    def show_message(self, key: str, kind: str, text: str, action: tuple[str, Callable[[], object]] | None = None,
                     closable: bool = True, actions: Sequence[tuple[str, Callable[[], object]]] = ()) -> Banner:
        """Show a banner under ``key`` with a button for ``action`` and for each of ``actions``."""
        self.remove(key)
        banner = Banner(kind, readable(text), self)  # a file name that is not UTF-8 shows as U+FFFD
        for text_and_callback in ([action] if action is not None else []) + list(actions):
            banner.set_action(*text_and_callback)
        banner.close_button.setVisible(closable)
        banner.close_button.clicked.connect(lambda: self.remove(key))
        self._banners[key] = banner
        self._layout.addWidget(banner)
        self.setVisible(True)
        return banner

    def remove(self, key: str) -> None:
        banner = self._banners.pop(key, None)
        if banner is not None:
            banner.hide()
            banner.deleteLater()
        self.setVisible(bool(self._banners))

    def text(self, key: str) -> str | None:
        banner = self._banners.get(key)
        return banner.label.text() if banner is not None else None

    def keys(self) -> list[str]:
        return list(self._banners)
