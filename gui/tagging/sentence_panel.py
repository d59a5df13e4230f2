"""The panel about the current sentence: label, source, suggestion, note, section."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.annotations.record import SOURCE_ADJUDICATED, SOURCE_MANUAL, Annotation
from gui.language.label_names import label_text
from gui.shell import style
from gui.tagging.workspace import ReportEntry


class SentencePanel(QWidget):
    """Shows the current sentence and offers label buttons and a note field."""

    labelRequested = Signal(object)  # label name, or None to clear
    noteEdited = Signal(object, int, str)  # the entry, the index of the sentence the note was typed on, the note
    noteFinished = Signal()  # Enter or Esc in the note field: the keys go back to the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sentencePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setFont(style.ui_font())
        self.text_label.setContentsMargins(6, 6, 6, 6)
        self.follow_scheme()
        layout.addWidget(self.text_label)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: the field under its name
        self.label_value = QLabel(self)
        self.source_value = QLabel(self)
        self.suggestion_value = QLabel(self)
        self.suggestion_value.setObjectName("suggestionValue")
        self.suggestion_value.setWordWrap(True)
        # margins, not style sheet padding: a wrapped label's height is worked out with its margins only
        self.suggestion_value.setContentsMargins(6, 3, 6, 3)
        self.section_value = QLabel(self)
        self.section_value.setWordWrap(True)
        self.position_value = QLabel(self)
        self.note_field = QLineEdit(self)
        self.note_field.setObjectName("noteField")
        self.note_field.setPlaceholderText(self.tr("A note on this sentence"))
        self.note_field.setToolTip(self.tr("Enter keeps the note, Esc cancels the change"))
        self.note_field.editingFinished.connect(self.commit_note)
        self.note_field.installEventFilter(self)
        form.addRow(self.tr("Label:"), self.label_value)
        form.addRow(self.tr("Source:"), self.source_value)
        form.addRow(self.tr("Suggested:"), self.suggestion_value)
        form.addRow(self.tr("Note:"), self.note_field)
        form.addRow(self.tr("Section:"), self.section_value)
        form.addRow(self.tr("Sentence:"), self.position_value)
        layout.addLayout(form)
        self.buttons_row = QGridLayout()  # as many buttons in a row as the width takes
        self.buttons_row.setSpacing(4)
        self._columns = 0
        layout.addLayout(self.buttons_row)
        layout.addStretch(1)
        self._buttons: list[QPushButton] = []
        self._label_names: tuple[tuple[str, str, str], ...] = ()
        self._shown_note = ""
        self._note_for: tuple[ReportEntry, int] | None = None  # the sentence whose note the field shows
        self._pending_note: tuple[ReportEntry, int, str] | None = None  # typed there, not sent yet

    def _source_text(self, annotation: Annotation) -> str:
        """Where the label came from, in words (an adjudicated one names who chose it)."""
        if annotation.source == SOURCE_MANUAL:
            return self.tr("manual")
        if annotation.source == SOURCE_ADJUDICATED:
            chosen = ", ".join(annotation.chosen_by) or self.tr("the adjudicator")
            return self.tr("adjudicated (chosen by %1)").replace("%1", chosen)
        return self.tr("suggested")

    def follow_scheme(self) -> None:
        """The colours of the scheme in use (after it changed, the label buttons are made again)."""
        scheme = style.scheme
        self.text_label.setStyleSheet(f"QLabel {{ background: {scheme.panel_background.name()}; color: "
                                      f"{scheme.ink.name()}; border: 1px solid {scheme.panel_border.name()};"
                                      " }")
        self._label_names = ()

    def show_sentence(self, entry: ReportEntry | None, index: int | None, selected: int = 1) -> None:
        """Show one sentence of ``entry`` (None clears the panel).

        A note typed but not confirmed is first kept on the sentence it was typed on, when another sentence
        is shown (the next report, Find next, … while the note field has the keys).
        """
        shown = self._note_for
        if shown is not None and (entry is not shown[0] or index != shown[1]) and self._note_typed():
            # sent once the change that shows another sentence is done: it may be an undo, and no undo
            # step may be pushed in the middle of one
            self._pending_note = (shown[0], shown[1], self.note_field.text())
            QTimer.singleShot(0, self, self._send_pending_note)
        self._note_for = (entry, index) if entry is not None and index is not None else None
        self._set_buttons(entry)
        if entry is None or index is None or not entry.report.sentences:
            self.text_label.setText(self.tr("No sentence."))
            for widget in (self.label_value, self.source_value, self.section_value, self.position_value):
                widget.setText("")
            self._set_note("", enabled=False)
            return
        sentence = entry.report.sentences[index]
        annotation = entry.annotation(index)
        text = sentence.clean_text  # how it reads: a wrapped line joined
        if selected > 1:
            text = self.tr("%1 sentences selected; the current one:").replace("%1", str(selected)) + "\n" + text
        self.text_label.setText(text)
        if annotation is None:
            self.label_value.setText(self.tr("— none —"))
            self.label_value.setStyleSheet("")
            self.source_value.setText("")
        else:
            definition = entry.file.label(annotation.label)
            colour = style.label_colour(definition.colour if definition else "#dddddd")
            ink = style.text_colour_on(colour).name()
            self.label_value.setText(label_text(annotation.label))
            self.label_value.setStyleSheet(
                f"QLabel {{ background: {colour.name()}; color: {ink}; padding: 2px 8px; border-radius: 3px; }}")
            self.source_value.setText(self._source_text(annotation))
        path = entry.report.section_path(sentence.section)
        self.section_value.setText(
            " › ".join(section.title for section in path) or self.tr("(before the first section)")
        )
        self.position_value.setText(self.tr("%1 of %2").replace("%1", str(index + 1)).replace(
            "%2", str(len(entry.report.sentences))))
        note = (annotation.note or "") if annotation is not None else ""
        self._set_note(note, enabled=annotation is not None and not entry.read_only and selected == 1)

    def show_suggestion(self, text: str, colour: str | None = None) -> None:
        """Show the suggested label of the current sentence (``text`` says label, confidence, reason)."""
        self.suggestion_value.setText(text)
        sheet = ""
        if colour is not None:
            tint = style.faded(style.label_colour(colour), style.SUGGESTION_FADE).name()
            sheet = (
                f"QLabel {{ background: {tint}; border: 1px dashed {colour}; border-radius: 3px; }}"
            )
        if self.suggestion_value.styleSheet() != sheet:  # a new style sheet re-polishes the widget: only on change
            self.suggestion_value.setStyleSheet(sheet)

    def _set_note(self, note: str, enabled: bool) -> None:
        self._shown_note = note
        if self.note_field.text() != note:
            self.note_field.setText(note)
        self.note_field.setEnabled(enabled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter keeps the note, Esc puts the old one back; either way the note field lets go of the keys."""
        if watched is self.note_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commit_note()
                self.noteFinished.emit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.note_field.setText(self._shown_note)
                self.noteFinished.emit()
                return True
        return False

    def commit_note(self) -> None:
        """Send a note typed but not yet confirmed with Enter (before saving or closing)."""
        self._send_pending_note()
        if self._note_typed() and self._note_for is not None:
            self._shown_note = self.note_field.text()
            entry, index = self._note_for
            self.noteEdited.emit(entry, index, self.note_field.text())

    def _note_typed(self) -> bool:
        return self.note_field.isEnabled() and self.note_field.text() != self._shown_note

    def _send_pending_note(self) -> None:
        pending, self._pending_note = self._pending_note, None
        if pending is not None:
            self.noteEdited.emit(*pending)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._flow_buttons()

    def _flow_buttons(self) -> None:
        """Put the label buttons in as many columns as fit the panel's width."""
        if not self._buttons:
            return
        layout = self.layout()
        width = self.width() - (layout.contentsMargins().left() + layout.contentsMargins().right() if layout else 0)
        widest = max(button.sizeHint().width() for button in self._buttons) + self.buttons_row.spacing()
        columns = max(1, min(len(self._buttons), width // max(widest, 1)))
        if columns == self._columns:
            return
        self._columns = columns
        for button in self._buttons:
            self.buttons_row.removeWidget(button)
        for number, button in enumerate(self._buttons):
            self.buttons_row.addWidget(button, number // columns, number % columns)

    def _set_buttons(self, entry: ReportEntry | None) -> None:
        names = tuple((label.name, label.key, label.colour) for label in entry.file.labels) if entry else ()
        read_only = entry.read_only if entry else True
        if names != self._label_names:
            for button in self._buttons:
                self.buttons_row.removeWidget(button)
                button.deleteLater()
            self._buttons = []
            for name, key, colour in names:
                shown_name = label_text(name)
                button = QPushButton(f"{key}  {shown_name}" if key else shown_name, self)
                shown = style.label_colour(colour)
                ink = style.text_colour_on(shown).name()
                button.setStyleSheet(f"QPushButton {{ background: {shown.name()}; color: {ink}; padding: 4px 8px; }}"
                                     f" QPushButton:disabled {{ background: {style.faded(shown, 0.6).name()};"
                                     f" color: {style.DIM_INK.name()}; }}")
                button.setToolTip(self.tr("Label the selected sentences “%1”").replace("%1", shown_name))
                button.clicked.connect(lambda _checked=False, label=name: self.labelRequested.emit(label))
                self._buttons.append(button)
            clear = QPushButton(self.tr("0  clear"), self)
            clear.clicked.connect(lambda _checked=False: self.labelRequested.emit(None))
            self._buttons.append(clear)
            self._label_names = names
            self._columns = 0
            self._flow_buttons()
        for button in self._buttons:
            button.setEnabled(not read_only)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
