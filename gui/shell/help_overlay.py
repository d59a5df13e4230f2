"""The keyboard help shown over the report (F1)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from core.annotations.labels import LabelDef
from gui.language.label_names import label_text
from gui.tagging.controller import key_help


class HelpOverlay(QFrame):
    """A translucent panel listing the keys; it follows its parent's size."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setStyleSheet(
            "QFrame#helpOverlay { background: rgba(30, 34, 40, 228); border-radius: 8px; }"
            " QLabel { color: #f2f2f2; background: transparent; }"
        )
        layout = self.box = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.label)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        parent.installEventFilter(self)
        self.hide()

    def set_labels(self, labels: list[LabelDef], keys: list[tuple[str, str]] | None = None) -> None:
        """The label keys, then ``keys`` (keys, what they do); the reading window's keys by default."""
        rows = [(label.key, self.tr("Label “%1”").replace("%1", label_text(label.name)))
                for label in labels if label.key]
        rows.extend(key_help() if keys is None else keys)
        body = "".join(
            f"<tr><td style='padding-right:14px'><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>"
            for keys, what in rows
        )
        title = html.escape(self.tr("Keys"))
        self.label.setText(f"<h3 style='margin:0 0 6px 0'>{title}</h3><table cellspacing='2'>{body}</table>")
        self._place()

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())
        if self.isVisible():
            self._place()
            self.raise_()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self._fit(max(parent.width() - 16, 240))
            self.move(max(parent.width() - self.width() - 24, 8), 16)

    def _fit(self, available: int) -> None:
        """As wide as the keys need, or the width available with the descriptions wrapped (never cut off)."""
        margins = self.box.contentsMargins()
        sides = margins.left() + margins.right()
        self.label.setWordWrap(False)
        if self.label.sizeHint().width() + sides <= available:
            self.adjustSize()
            return
        self.label.setWordWrap(True)
        self.resize(available, self.label.heightForWidth(available - sides) + margins.top() + margins.bottom())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False
