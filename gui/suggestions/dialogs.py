"""The dialogs of suggested labels, each behind one small function (as ``gui.shell.dialogs``).

A test replaces any of them (``monkeypatch.setattr(suggestion_dialogs,
"confirm_reset_model", ...)``) and never waits on a modal ``exec()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from gui.shell.translation import Translator

_tr = Translator("SuggestionDialogs")


def ask_accept_threshold(parent: QWidget | None, current: float) -> float | None:
    """The confidence a suggestion needs to be accepted with the section; None when cancelled."""
    value, accepted = QInputDialog.getDouble(
        parent,
        _tr("Accepting a section"),
        _tr("Accept the suggestions of a section whose confidence is at least:"),
        current, 0.0, 1.0, 2,
    )
    return float(value) if accepted else None


def choose_training_folder(parent: QWidget | None, folder: str = "") -> Path | None:
    """A folder of annotation files (and their reports) to learn from; None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, _tr("Train suggestions from the labels in a folder"), folder)
    return Path(chosen) if chosen else None


def confirm_reset_model(parent: QWidget | None, folder: Path) -> bool:
    """Whether to delete the learned model (the labels stay)."""
    answer = QMessageBox.question(
        parent,
        _tr("Reset the suggestion model"),
        _tr("Forget what the suggestions learned from your labels and use the rules alone?\n\n"
            "The model in %1 is deleted; your labels are kept, and the model learns again "
            "as you label.").replace("%1", str(folder)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
