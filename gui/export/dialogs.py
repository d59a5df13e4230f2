"""The dialogs of File › Export training data… and File › Word summary….

Each dialog only gathers choices (``ExportOptions``, ``SummaryOptions``); the
window's export controller (``gui.export.actions``) does the work.  The
file and folder choosers inside them are the two functions below, so tests can
replace them (``monkeypatch.setattr(export_dialogs, "choose_folder", ...)``).
Before closing, a dialog checks its output files with
``core.export.output_files.check_outputs`` (never an annotation file or
something that is not a regular file) and asks before replacing any that
exist, side files included; the options then say ``overwrite``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.export.output_files import UnsafeOutputError, check_outputs
from core.export.training_export import FORMAT_CSV, FORMAT_DOCCANO, FORMAT_JSONL, output_files, parse_split
from gui.language.core_messages import error_text
from gui.shell.translation import Translator

_tr = Translator("Dialogs")

DEFAULT_SPLIT = "80/10/10"
SUFFIXES = {FORMAT_JSONL: ".jsonl", FORMAT_CSV: ".csv", FORMAT_DOCCANO: ".jsonl"}
# each format its own name, so that one export does not replace another
DEFAULT_NAMES = {FORMAT_JSONL: "training.jsonl", FORMAT_CSV: "training.csv", FORMAT_DOCCANO: "training-doccano.jsonl"}
ERROR_STYLE = "QLabel { color: #b71c1c; }"
HINT_STYLE = "QLabel { color: #555; }"


@dataclass
class ExportOptions:
    """What to export, how, and where to."""

    output: Path
    format: str = FORMAT_JSONL
    include_unlabelled: bool = False
    split: tuple[int, int, int] | None = None
    seed: int = 0
    folder: Path | None = None  # None: the reports open in the window
    overwrite: bool = False  # the user agreed to replace the output files that exist


@dataclass
class SummaryOptions:
    """Where to write the Word summary, and which report (an index into the offered ones) to compare with."""

    output: Path
    compare: int | None = None
    overwrite: bool = False  # the user agreed to replace the existing file
    full: bool = False  # append the complete indicator tables
    folder: Path | None = None  # one brief for every open report, written into this folder


def choose_save_file(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Where to write a file; None when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(path) if path else None


def choose_folder(parent: QWidget | None, title: str, folder: str = "") -> Path | None:
    """An existing folder; None when cancelled."""
    path = QFileDialog.getExistingDirectory(parent, title, folder)
    return Path(path) if path else None


def ask_replace_files(parent: QWidget | None, title: str, paths: Sequence[Path]) -> bool:
    """Files an export or summary would write exist already: replace them? Names every one of them."""
    listing = "\n".join(f"• {path}" for path in paths)
    answer = QMessageBox.question(
        parent,
        title,
        _tr("These files exist already and would be replaced:") + "\n\n" + listing + "\n\n" + _tr("Replace them?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _output_path(dialog: QWidget, text: str, suffix: str = "") -> Path:
    """The file named in an output field; ValueError with a message when it cannot be written there."""
    text = text.strip()
    output = Path(text).expanduser()
    if not text or not output.name or text.endswith(("/", "\\")) or output.is_dir():
        raise ValueError(_tr("Choose the file to write, not a folder."))
    if suffix and output.suffix.lower() != suffix:
        output = output.with_name(output.name + suffix)
    if not output.parent.is_dir():
        raise ValueError(_tr("The folder %1 does not exist.").replace("%1", str(output.parent)))
    return output


def _file_row(parent: QWidget, edit: QLineEdit, on_choose: Callable[[], None]) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    button = QPushButton(_tr("Choose…"), parent)
    button.clicked.connect(on_choose)
    row.addWidget(button)
    return row


class _CheckedDialog(QDialog):
    """A dialog whose OK first checks ``options()`` and its output files, and asks before replacing files.

    A problem shows in ``error_label`` instead of closing; the options the
    dialog closed with are ``accepted_options``.
    """

    error_label: QLabel
    accepted_options: ExportOptions | SummaryOptions | None = None

    def options(self) -> ExportOptions | SummaryOptions:
        raise NotImplementedError

    def output_files(self, options: ExportOptions | SummaryOptions) -> list[Path]:
        return [options.output]

    def accept(self) -> None:
        try:
            options = self.options()
            existing = check_outputs(self.output_files(options), overwrite=True)
        except (ValueError, UnsafeOutputError) as error:
            self.error_label.setText(error_text(error))
            return
        if existing:
            if not ask_replace_files(self, self.windowTitle(), existing):
                return
            options.overwrite = True
        self.accepted_options = options
        super().accept()


class ExportDialog(_CheckedDialog):
    """Sources, format, unlabelled sentences, split and output file of a training data export."""

    def __init__(self, open_files: int, suggested: ExportOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export training data"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)

        self.open_button = QRadioButton(self.tr("The %n open report file(s), with your labels", "", open_files), self)
        self.folder_button = QRadioButton(self.tr("Every report in a folder, with every annotator's labels:"), self)
        group = QButtonGroup(self)
        group.addButton(self.open_button)
        group.addButton(self.folder_button)
        self.folder_edit = QLineEdit(str(suggested.folder or ""), self)
        self.folder_edit.setPlaceholderText(self.tr("a folder of reports and annotation files"))
        sources = QVBoxLayout()
        sources.addWidget(self.open_button)
        sources.addWidget(self.folder_button)
        folder_row = _file_row(self, self.folder_edit, self._choose_folder)
        folder_row.setContentsMargins(22, 0, 0, 0)
        sources.addLayout(folder_row)
        form.addRow(self.tr("Reports:"), sources)
        self.open_button.setEnabled(open_files > 0)
        (self.folder_button if suggested.folder is not None or open_files == 0 else self.open_button).setChecked(True)
        self.open_button.toggled.connect(self._update)

        self.format_box = QComboBox(self)
        self.format_box.addItem(self.tr("JSONL — one sentence a line"), FORMAT_JSONL)
        self.format_box.addItem(self.tr("CSV — one sentence a row, opens in Excel"), FORMAT_CSV)
        self.format_box.addItem(self.tr("doccano — one report a line, labels as spans"), FORMAT_DOCCANO)
        self.format_box.setCurrentIndex(max(self.format_box.findData(suggested.format), 0))
        self.format_box.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("Format:"), self.format_box)

        self.unlabelled_box = QCheckBox(self.tr("Include sentences without a label"), self)
        self.unlabelled_box.setChecked(suggested.include_unlabelled)
        form.addRow("", self.unlabelled_box)

        self.split_box = QCheckBox(self.tr("Split by report into train / dev / test:"), self)
        self.split_box.setChecked(suggested.split is not None)
        self.split_edit = QLineEdit("/".join(map(str, suggested.split)) if suggested.split else DEFAULT_SPLIT, self)
        self.split_edit.setMaximumWidth(90)
        self.seed_box = QSpinBox(self)
        self.seed_box.setRange(0, 2**31 - 1)
        self.seed_box.setValue(suggested.seed)
        split_row = QHBoxLayout()
        split_row.addWidget(self.split_box)
        split_row.addWidget(self.split_edit)
        split_row.addWidget(QLabel(self.tr("seed"), self))
        split_row.addWidget(self.seed_box)
        split_row.addStretch(1)
        form.addRow("", split_row)
        self.split_box.toggled.connect(self._update)

        self.output_edit = QLineEdit(str(suggested.output), self)
        form.addRow(self.tr("Save as:"), _file_row(self, self.output_edit, self._choose_output))
        self.output_edit.textChanged.connect(self._update)
        self.split_edit.textChanged.connect(self._update)

        self.files_label = QLabel(self)
        self.files_label.setWordWrap(True)
        self.files_label.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.files_label)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    # reading the choices

    def chosen_format(self) -> str:
        value = self.format_box.currentData()
        return value if isinstance(value, str) else FORMAT_JSONL

    def options(self) -> ExportOptions:
        """The choices; ValueError with a message for the user when they do not make sense."""
        output = _output_path(self, self.output_edit.text())
        split = None
        if self.split_box.isChecked():
            try:
                split = parse_split(self.split_edit.text())
            except ValueError as error:
                raise ValueError(str(error)) from error
        folder = None
        if self.folder_button.isChecked():
            folder_text = self.folder_edit.text().strip()
            if not folder_text or not Path(folder_text).expanduser().is_dir():
                raise ValueError(self.tr("Choose an existing folder of reports."))
            folder = Path(folder_text).expanduser()
        return ExportOptions(output=output, format=self.chosen_format(),
                             include_unlabelled=self.unlabelled_box.isChecked(), split=split,
                             seed=self.seed_box.value(), folder=folder)

    def output_files(self, options: ExportOptions | SummaryOptions) -> list[Path]:
        assert isinstance(options, ExportOptions)
        return output_files(options.output, options.format, options.split)


    # keeping the form consistent

    def _update(self) -> None:
        self.folder_edit.setEnabled(self.folder_button.isChecked())
        split = self.split_box.isChecked()
        self.split_edit.setEnabled(split)
        self.seed_box.setEnabled(split)
        self.error_label.clear()
        text = self.output_edit.text().strip()
        output = Path(text)
        if not text or not output.name or text.endswith(("/", "\\")):
            self.files_label.setText("")
            return
        names = [path.name for path in output_files(output, self.chosen_format(), (1, 1, 1) if split else None)]
        self.files_label.setText(self.tr("Writes %1 in %2").replace("%1", ", ".join(names)).replace(
            "%2", str(output.parent)))

    def _format_changed(self) -> None:
        text = self.output_edit.text().strip()
        if text:
            path = Path(text)
            wanted = SUFFIXES[self.chosen_format()]
            if path.name in DEFAULT_NAMES.values():
                self.output_edit.setText(str(path.with_name(DEFAULT_NAMES[self.chosen_format()])))
            elif path.suffix.lower() in (".jsonl", ".csv") and path.suffix.lower() != wanted:
                self.output_edit.setText(str(path.with_suffix(wanted)))
        self._update()

    def _choose_output(self) -> None:
        suffix = SUFFIXES[self.chosen_format()]
        file_filter = self.tr("CSV files (*.csv)") if suffix == ".csv" else self.tr("JSON Lines files (*.jsonl)")
        path = choose_save_file(self, self.tr("Export training data to"),
                                Path(self.output_edit.text().strip() or DEFAULT_NAMES[self.chosen_format()]),
                                file_filter)
        if path is not None:
            self.output_edit.setText(str(path))

    def _choose_folder(self) -> None:
        folder = choose_folder(self, self.tr("Export the reports of"), self.folder_edit.text().strip())
        if folder is not None:
            self.folder_edit.setText(str(folder))
            self.folder_button.setChecked(True)


class SummaryDialog(_CheckedDialog):
    """The output file of a Word summary and, optionally, a report to compare with."""

    def __init__(self, report_name: str, choices: Sequence[str], chosen: int | None, output: Path,
                 parent: QWidget | None = None, *, later: Sequence[tuple[str, Path] | None] = ()) -> None:
        """``later[i]``, for a choice of a later year: that report's name and the file its brief is suggested
        under (the later report's brief is the one written, judging this report's targets by its results)."""
        super().__init__(parent)
        self.setObjectName("summaryDialog")
        self._report_name = report_name
        self._later = list(later)
        self._suggested = self._suggested_for_this = output
        self.setWindowTitle(self.tr("Word summary"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)
        self.one_radio = QRadioButton(self.tr("This report: %1").replace("%1", report_name), self)
        self.one_radio.setChecked(True)
        self.all_radio = QRadioButton(self.tr("Every open report, one brief each, paired with the year before:"),
                                      self)
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.one_radio)
        self.scope_group.addButton(self.all_radio)
        form.addRow(self.tr("Reports:"), self.one_radio)
        form.addRow("", self.all_radio)
        self.folder_edit = QLineEdit(str(output.parent), self)
        self.folder_edit.setObjectName("briefFolderEdit")
        self.folder_row = _file_row(self, self.folder_edit, self._choose_folder)
        form.addRow(self.tr("Into the folder:"), self.folder_row)
        self.compare_box = QComboBox(self)
        self.compare_box.addItem(self.tr("No comparison"), None)
        for index, text in enumerate(choices):
            self.compare_box.addItem(text, index)
        if chosen is not None:
            self.compare_box.setCurrentIndex(chosen + 1)
        form.addRow(self.tr("Compare with:"), self.compare_box)
        self.later_label = QLabel(self)
        self.later_label.setObjectName("briefOfLaterReport")
        self.later_label.setWordWrap(True)
        # a field grows with the dialog only when it asks to (ExpandingFieldsGrow), else it wraps into a narrow column
        self.later_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow("", self.later_label)
        self._form = form
        hint = QLabel(self.tr("A brief of at most four pages. Compared with the report of the year before, it "
                              "judges that year's targets by this year's results and lists the policy topics "
                              "that are new or dropped."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow("", hint)
        self.full_box = QCheckBox(self.tr("Append the complete indicator tables"), self)
        form.addRow("", self.full_box)
        self.output_edit = QLineEdit(str(output), self)
        form.addRow(self.tr("Save as:"), _file_row(self, self.output_edit, self._choose_output))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write the summary"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.all_radio.toggled.connect(self._scope_chosen)
        self.compare_box.currentIndexChanged.connect(self._compare_chosen)
        self._scope_chosen(False)

    def _compare_chosen(self) -> None:
        """Say whose brief is written, and suggest its file, when the report compared with is the later one."""
        index = self.compare_box.currentData()
        later = self._later[index] if isinstance(index, int) and index < len(self._later) else None
        suggested = later[1] if later is not None else self._suggested_for_this
        shown = later is not None and not self.all_radio.isChecked()
        self._form.setRowVisible(self.later_label, shown)  # no empty row when hidden
        if later is not None:
            self.later_label.setText(self.tr("%1 is the later report: the brief is of %1, and judges the targets "
                                             "of %2 by its results.").replace("%1", later[0])
                                     .replace("%2", self._report_name))
        if Path(self.output_edit.text().strip()) == self._suggested:  # not changed by hand: follow the choice
            self.output_edit.setText(str(suggested))
        self._suggested = suggested
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))  # room for the line, if shown

    def _scope_chosen(self, every_report: bool) -> None:
        self.folder_edit.setEnabled(every_report)
        self.compare_box.setEnabled(not every_report)  # every brief is paired with its year before
        self.output_edit.setEnabled(not every_report)
        self._compare_chosen()  # the note on the report compared with holds for this report's brief only

    def options(self) -> SummaryOptions:
        """The choices; ValueError with a message for the user when the file cannot be written there."""
        full = self.full_box.isChecked()
        if self.all_radio.isChecked():
            text = self.folder_edit.text().strip()
            if not text:
                raise ValueError(self.tr("Name the folder the briefs go into."))
            folder = Path(text).expanduser()
            if folder.exists() and not folder.is_dir():
                raise ValueError(self.tr("%1 is a file, not a folder.").replace("%1", str(folder)))
            return SummaryOptions(output=folder, full=full, folder=folder)
        output = _output_path(self, self.output_edit.text(), ".docx")
        compare = self.compare_box.currentData()
        return SummaryOptions(output=output, compare=compare if isinstance(compare, int) else None, full=full)

    def output_files(self, options: ExportOptions | SummaryOptions) -> list[Path]:
        if isinstance(options, SummaryOptions) and options.folder is not None:
            return []  # the names depend on the reports; the window checks them before writing
        return [options.output]

    def _choose_folder(self) -> None:
        path = choose_folder(self, self.tr("Write the briefs into"), self.folder_edit.text().strip())
        if path is not None:
            self.folder_edit.setText(str(path))


    def _choose_output(self) -> None:
        path = choose_save_file(self, self.tr("Write the Word summary to"),
                                Path(self.output_edit.text().strip() or "summary.docx"),
                                self.tr("Word documents (*.docx)"))
        if path is not None:
            self.output_edit.setText(str(path))
