"""Every modal dialog and pop-up of the app, each behind one small function.

The window calls these functions and nothing else that blocks, so a test can
replace any of them (``monkeypatch.setattr(dialogs, "show_warning", ...)``)
and never waits on a modal ``exec()``.
"""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from core.annotations.labels import LabelDef
from core.file_names import readable
from gui.shell.translation import Translator

if TYPE_CHECKING:
    from gui.export.dialogs import ExportOptions, SummaryOptions
    from gui.tagging.workspace import ReportEntry

# Answers of ``ask_after_failed_save``.
RETRY = "retry"
DISCARD = "discard"
CANCEL = "cancel"


_tr = Translator("Dialogs")


def default_annotator_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def ask_annotator(parent: QWidget | None, suggestion: str = "") -> str | None:
    """Ask for the annotator's name once; None when cancelled."""
    name, accepted = QInputDialog.getText(
        parent,
        _tr("Who is annotating?"),
        _tr("Your name as it should appear in the annotation files:"),
        QLineEdit.EchoMode.Normal,
        suggestion or default_annotator_name(),
    )
    name = name.strip()
    return name if accepted and name else None


def choose_files_to_open(parent: QWidget | None, folder: str = "") -> list[Path]:
    """Let the user pick report files (several at once)."""
    paths, _filter = QFileDialog.getOpenFileNames(
        parent,
        _tr("Open reports"),
        folder,
        _tr("Reports (*.txt *.docx *.html *.htm *.pdf);;All files (*)"),
    )
    return [Path(path) for path in paths]


def choose_folder_to_open(parent: QWidget | None, folder: str = "") -> Path | None:
    """Let the user pick a folder of reports; None when cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, _tr("Open a folder of reports"), folder)
    return Path(chosen) if chosen else None


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, readable(message))


def show_warning(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, readable(message))


def show_information(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, readable(message))


def ask_after_failed_save(parent: QWidget | None, message: str) -> str:
    """On closing with changes that could not be saved: RETRY, DISCARD or CANCEL."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Changes not saved"))
    box.setText(_tr("Some labels could not be saved."))
    box.setInformativeText(readable(message))
    retry = box.addButton(_tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    if clicked is retry:
        return RETRY
    if clicked is discard:
        return DISCARD
    return CANCEL


def ask_overwrite_external_change(parent: QWidget | None, message: str) -> bool:
    """The annotation file changed on disk: overwrite it (the other version is kept as a conflict copy)?"""
    answer = QMessageBox.question(
        parent,
        _tr("Annotation file changed"),
        message + "\n\n" + _tr("Overwrite it with the labels shown here?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def edit_labels(parent: QWidget | None, labels: Sequence[LabelDef],
                used: set[str]) -> tuple[list[LabelDef], dict[str, str]] | None:
    """The label-set editor; returns (labels, renames old -> new) or None when cancelled."""
    from gui.tagging.label_editor import LabelEditorDialog

    dialog = LabelEditorDialog(labels, used, parent)
    if dialog.exec() != LabelEditorDialog.DialogCode.Accepted:
        return None
    return dialog.result_labels(), dialog.renames()


def popup_menu(menu: QMenu, position: QPoint) -> QAction | None:
    """Show a context menu and return the chosen action (None when dismissed)."""
    return menu.exec(position)


# exports, imports and summaries (gui.export.actions)


def ask_export_options(parent: QWidget | None, open_files: int, suggested: ExportOptions) -> ExportOptions | None:
    """The training data export dialog; None when cancelled."""
    from gui.export.dialogs import ExportDialog, ExportOptions

    dialog = ExportDialog(open_files, suggested, parent)
    if dialog.exec() != ExportDialog.DialogCode.Accepted:
        return None
    options = dialog.accepted_options
    return options if isinstance(options, ExportOptions) else None


def ask_summary_options(parent: QWidget | None, report_name: str, choices: Sequence[str], chosen: int | None,
                        output: Path, later: Sequence[tuple[str, Path] | None] = ()) -> SummaryOptions | None:
    """The Word summary dialog (output file, report to compare with); None when cancelled.

    ``later``: for each choice of a later year, that report's name and its brief's file (see ``SummaryDialog``).
    """
    from gui.export.dialogs import SummaryDialog, SummaryOptions

    dialog = SummaryDialog(report_name, choices, chosen, output, parent, later=later)
    if dialog.exec() != SummaryDialog.DialogCode.Accepted:
        return None
    options = dialog.accepted_options
    return options if isinstance(options, SummaryOptions) else None


def choose_training_files(parent: QWidget | None, folder: str = "") -> list[Path]:
    """doccano or exported JSONL files to import labels from."""
    paths, _filter = QFileDialog.getOpenFileNames(
        parent,
        _tr("Import labels into the open reports from"),
        folder,
        _tr("JSON Lines files (*.jsonl *.json);;All files (*)"),
    )
    return [Path(path) for path in paths]


def choose_label_folder(parent: QWidget | None, folder: str = "") -> Path | None:
    """A folder holding other annotators' annotation files."""
    chosen = QFileDialog.getExistingDirectory(parent, _tr("A folder of other annotators' labels"), folder)
    return Path(chosen) if chosen else None


def offer_to_open(parent: QWidget | None, title: str, message: str, path: Path) -> None:
    """Say that ``path`` was written and offer to open it in its usual program."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(readable(message))
    open_button = box.addButton(_tr("Open it"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_button)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def choose_reports_to_compare(
    parent: QWidget | None, entries: Sequence[ReportEntry], pairs: Sequence[tuple[ReportEntry, ReportEntry]]
) -> tuple[ReportEntry, ReportEntry] | None:
    """Pick an earlier and a later open report (``pairs``: same place, consecutive years, offered first)."""
    from gui.compare.choice_dialog import CompareChoiceDialog

    dialog = CompareChoiceDialog(entries, pairs, parent)
    if dialog.exec() != CompareChoiceDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
