"""The status bar: progress of report and section, label counts, save state, loading."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from gui.language.label_names import label_text
from gui.shell import style
from gui.tagging.workspace import ReportEntry

SAVE_SAVED = "saved"
SAVE_PENDING = "pending"
SAVE_FAILED = "failed"
SAVE_READ_ONLY = "read-only"


class StatusPanel(QObject):
    """Permanent widgets of the window's status bar."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.progress_label = QLabel(bar)
        self.progress_label.setObjectName("progressLabel")
        self.counts_label = QLabel(bar)
        self.counts_label.setObjectName("countsLabel")
        self.save_label = QLabel(bar)
        self.save_label.setObjectName("saveLabel")
        self.busy = QProgressBar(bar)
        self.busy.setObjectName("busyBar")
        self.busy.setMaximumWidth(160)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = QLabel(bar)
        self.busy_label.hide()
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.progress_label)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.save_label)
        self.save_state = SAVE_SAVED

    def show_progress(self, entry: ReportEntry | None, section_id: str | None) -> None:
        if entry is None:
            self.progress_label.setText("")
            self.counts_label.setText("")
            return
        progress = entry.progress
        text = self.tr("Report %1/%2").replace("%1", str(progress.labelled)).replace("%2", str(progress.total))
        if section_id is not None:
            labelled, total = progress.section_counts(section_id)
            text += "  ·  " + self.tr("Section %1/%2").replace("%1", str(labelled)).replace("%2", str(total))
        self.progress_label.setText(text)
        chips = []
        for label in entry.file.labels:
            colour = style.label_colour(label.colour)
            ink = style.text_colour_on(colour).name()
            count = progress.label_counts.get(label.name, 0)
            name = html.escape(label_text(label.name))
            chips.append(f"<span style='background:{colour.name()}; color:{ink};'>&nbsp;{name}&nbsp;{count}"
                         "&nbsp;</span>")
        self.counts_label.setText("&nbsp;".join(chips))

    def show_save_state(self, state: str) -> None:
        self.save_state = state
        texts = {
            SAVE_SAVED: (self.tr("All saved"), "#2e7d32"),
            SAVE_PENDING: (self.tr("Unsaved changes"), "#8a6d00"),
            SAVE_FAILED: (self.tr("Save failed: changes kept, retrying"), "#b71c1c"),
            SAVE_READ_ONLY: (self.tr("Read-only"), "#b71c1c"),
        }
        text, colour = texts[state]
        self.save_label.setText(f"<span style='color:{colour}'>{html.escape(text)}</span>")

    def show_busy(self, done: int, total: int, name: str) -> None:
        self.busy.setRange(0, 0)  # a file's parsing has no steps to count: show activity
        self.busy.show()
        label = self.tr("Opening %1 (%2 of %3)…").replace("%1", name).replace("%2", str(done + 1)).replace(
            "%3", str(total)) if name else self.tr("Opening…")
        self.busy_label.setText(label)
        self.busy_label.show()

    def show_listing(self, done: int, total: int) -> None:
        """Progress of listing a folder's reports: files read of files found."""
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(min(done, total))
        self.busy.show()
        self.busy_label.setText(self.tr("Listing reports: %1 of %2 files").replace("%1", str(done)).replace(
            "%2", str(total)))
        self.busy_label.show()

    def hide_busy(self) -> None:
        self.busy.hide()
        self.busy_label.hide()
