"""Web pages and PDFs open in the window through File › Open and by dropping them; a scan gets a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from core.reading.formats.file_types import SUPPORTED_SUFFIXES
from gui.shell.dialogs import choose_files_to_open as real_choose_files_to_open  # before the tests replace it
from tests.conftest import corpus_file
from tests.gui.helpers import drop_on_window, open_and_wait
from tests.html_builder import write_report_page
from tests.pdf_builder import write_report_pdf, write_scanned_pdf


@pytest.fixture
def original() -> str:
    return corpus_file("weihai-2022.txt").read_text(encoding="utf-8")


def test_open_dialog_offers_every_type_the_reader_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[str] = []

    def get_open_file_names(parent: object, caption: str, folder: str, filters: str) -> tuple[list[str], str]:
        offered.append(filters)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(get_open_file_names))
    assert real_choose_files_to_open(None) == []
    first_filter = offered[0].split(";;")[0]
    assert all(f"*{suffix}" in first_filter for suffix in SUPPORTED_SUFFIXES)
    assert {".html", ".htm", ".pdf"} <= set(SUPPORTED_SUFFIXES)


def test_file_open_reads_a_web_page(qtbot, make_window, dialog_log, tmp_path: Path, original: str) -> None:
    page = write_report_page(original, tmp_path / "weihai-2022.html")
    dialog_log.files_to_open = [page]
    window = make_window()
    with qtbot.waitSignal(window.loader.finished, timeout=20000):
        window.findChild(QAction, "openAction").trigger()  # File › Open…
    assert "choose_files_to_open" in dialog_log.names() and "show_error" not in dialog_log.names()
    entry = window.current_entry
    assert entry is not None and entry.file.source == page
    assert entry.report.metadata.place.value == "威海市"
    assert "打印本页" not in window.view.toPlainText() and "当前位置" not in window.view.toPlainText()
    assert "一、2021年工作回顾" in window.view.toPlainText()


def test_dropped_pdf_opens(qtbot, make_window, dialog_log, tmp_path: Path, original: str) -> None:
    pdf = write_report_pdf(original, tmp_path / "weihai-2022.pdf")
    window = make_window()
    with qtbot.waitSignal(window.loader.finished, timeout=30000):
        assert drop_on_window(window, [pdf])
    assert "show_error" not in dialog_log.names()
    entry = window.current_entry
    assert entry is not None and entry.file.source == pdf
    assert entry.report.metadata.year.value == "2022"
    assert "— 2 —" not in window.view.toPlainText()
    assert "2021年是中国共产党成立100周年" in window.view.toPlainText().replace("\u200b", "")


def test_scanned_pdf_says_it_needs_text_recognition(qtbot, make_window, dialog_log, tmp_path: Path) -> None:
    scan = write_scanned_pdf(tmp_path / "scan.pdf")
    window = make_window()
    open_and_wait(qtbot, window, [scan])
    assert dialog_log.names() == ["show_error"]
    message = " ".join(str(argument) for argument in dialog_log.calls[0][1])
    assert "scan.pdf" in message and "OCR" in message
    assert window.current_entry is None
