"""GUI test set-up: Qt offscreen, settings and data in tmp_path, dialogs that never block."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported anywhere

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.gui.helpers import ANNOTATOR, copy_report

# The offscreen platform says this once per top-level window; it is not our warning.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> Iterator[None]:
    """QSettings and the per-user data folder go to tmp_path; nothing touches the home folder."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("gwr-annotator-tests")
    QCoreApplication.setApplicationName("gwr-annotator-tests")
    monkeypatch.setenv("GWR_ANNOTATOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GWR_ANNOTATOR_CACHE_DIR", str(tmp_path / "cache"))
    return


class DialogLog:
    """Stands in for every modal dialog: records the calls and gives set answers."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []
        self.annotator: str | None = "tester"
        self.files_to_open: list[Path] = []
        self.folder_to_open: Path | None = None
        self.after_failed_save = "discard"
        self.overwrite = False
        self.label_result: object = None
        self.menu_choice: Callable[[object], object] | None = None

    def names(self) -> list[str]:
        return [name for name, _args in self.calls]


@pytest.fixture(autouse=True)
def dialog_log(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    from gui.shell import dialogs

    log = DialogLog()

    def record(name: str, answer: Callable[..., object]) -> Callable[..., object]:
        def fake(*args: object, **kwargs: object) -> object:
            log.calls.append((name, args))
            return answer(*args, **kwargs)

        return fake

    monkeypatch.setattr(dialogs, "ask_annotator", record("ask_annotator", lambda *a, **k: log.annotator))
    monkeypatch.setattr(dialogs, "choose_files_to_open",
                        record("choose_files_to_open", lambda *a, **k: list(log.files_to_open)))
    monkeypatch.setattr(dialogs, "choose_folder_to_open",
                        record("choose_folder_to_open", lambda *a, **k: log.folder_to_open))
    monkeypatch.setattr(dialogs, "show_error", record("show_error", lambda *a, **k: None))
    monkeypatch.setattr(dialogs, "show_warning", record("show_warning", lambda *a, **k: None))
    monkeypatch.setattr(dialogs, "show_information", record("show_information", lambda *a, **k: None))
    monkeypatch.setattr(dialogs, "ask_after_failed_save",
                        record("ask_after_failed_save", lambda *a, **k: log.after_failed_save))
    monkeypatch.setattr(dialogs, "ask_overwrite_external_change",
                        record("ask_overwrite_external_change", lambda *a, **k: log.overwrite))
    monkeypatch.setattr(dialogs, "edit_labels", record("edit_labels", lambda *a, **k: log.label_result))
    monkeypatch.setattr(dialogs, "popup_menu", record(
        "popup_menu", lambda menu, position: log.menu_choice(menu) if log.menu_choice else None))
    return log


@pytest.fixture
def weihai_2022(tmp_path: Path) -> Path:
    return copy_report("weihai-2022.txt", tmp_path / "reports")


@pytest.fixture
def compilation(tmp_path: Path) -> Path:
    return copy_report("2023-city-reports-compilation.txt", tmp_path / "reports")


@pytest.fixture
def make_window(qtbot: object) -> Iterator[Callable[..., object]]:
    """Build main windows that are closed (and so saved) at the end of the test."""
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import AppSettings

    windows: list[MainWindow] = []

    def make(annotator: str = ANNOTATOR) -> MainWindow:
        window = MainWindow(annotator, AppSettings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.loader.wait()
