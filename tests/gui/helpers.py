"""Helpers for the GUI tests: corpus files, saved annotation files, opening and waiting."""

from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
SAMPLES = REPO / "resources" / "samples"
ANNOTATOR = "tester"


def copy_report(name: str, folder: Path) -> Path:
    """Copy a corpus file (or the bundled sample of that name) into ``folder``; skip when absent."""
    for source in (CORPUS / name, SAMPLES / name):
        if source.is_file():
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / name
            shutil.copyfile(source, target)
            return target
    pytest.skip(f"{name} is in neither {CORPUS} nor {SAMPLES}")


def annotation_file(source: Path, annotator: str = ANNOTATOR) -> Path:
    from core.annotations.paths import annotation_path

    return annotation_path(source, annotator)[0]


def saved_annotations(source: Path, annotator: str = ANNOTATOR) -> list[dict[str, object]]:
    path = annotation_file(source, annotator)
    return json.loads(path.read_text(encoding="utf-8"))["annotations"]


def open_and_wait(qtbot: object, window: object, paths: list[Path]) -> None:
    """Open files in ``window`` and wait until the background loading is done."""
    with qtbot.waitSignal(window.loader.finished, timeout=20000):
        window.open_files(paths)


def drop_on_window(window: object, paths: list[Path]) -> bool:
    """Drag ``paths`` onto ``window`` and drop them, as a file manager does; whether the window took the drag."""
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from gui.shell.main_window import file_urls

    mime = QMimeData()
    mime.setUrls(file_urls(paths))
    centre = window.rect().center()
    with warnings.catch_warnings():  # PySide6 6.12 flags the only constructor Qt 6 has as deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return True
