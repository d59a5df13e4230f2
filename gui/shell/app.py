"""Start the window: ``run_app(argv)`` parses ``FILE...`` and ``--annotator NAME``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from gui.language.loading import apply_language_setting
from gui.shell import dialogs
from gui.shell import settings as settings_module
from gui.shell.settings import AppSettings
from gui.shell.style import ui_font


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Read and label government work reports. Without files, the reports open at the last close "
        "open again (the bundled samples on the first start).",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", type=Path,
                        help="report files to open (.txt, .docx, .html, .htm, .pdf)")
    parser.add_argument("--annotator", metavar="NAME", help="the annotator's name for this run "
                        "(otherwise asked once and remembered)")
    return parser.parse_args(list(argv))


def configure_application(app: QCoreApplication) -> None:
    """Names for QSettings and the title bar."""
    app.setOrganizationName(settings_module.ORGANIZATION)
    app.setApplicationName(settings_module.APPLICATION)
    if isinstance(app, QApplication):
        app.setApplicationDisplayName("GWR Annotator")


def resolve_annotator(given: str | None, settings: AppSettings) -> str:
    """The name from the command line, else the remembered one, else asked (and remembered)."""
    if given and given.strip():
        return given.strip()
    if settings.annotator:
        return settings.annotator
    # Asked once: a cancelled question keeps the proposed name (File › Annotator changes it).
    name = (
        dialogs.ask_annotator(None, dialogs.default_annotator_name()) or dialogs.default_annotator_name() or "annotator"
    )
    settings.annotator = name
    return name


def run_app(argv: Sequence[str]) -> int:
    """Open the main window on the given files (or those open at the last close, or the samples); run until closed."""
    args = parse_arguments(argv)
    existing = QApplication.instance()
    app = (
        existing if isinstance(existing, QApplication) else QApplication([sys.argv[0] if sys.argv else "gwr-annotator"])
    )
    configure_application(app)
    settings = AppSettings()
    apply_language_setting(app, settings)
    app.setFont(ui_font())
    annotator = resolve_annotator(args.annotator, settings)
    from gui.shell.main_window import MainWindow  # after the application exists

    window = MainWindow(annotator, settings)
    window.show()
    if args.files:
        window.open_files(args.files)
    elif not window.restore_session():
        from resources import sample_reports

        window.open_files(sample_reports(), remember=False)
    return app.exec()


def exit_at_once(code: int) -> NoReturn:
    """End the process as soon as the window has closed.

    Closing the window saved every label and setting and stopped the
    background work; tearing down the interpreter and every Qt object would
    only add half a second or more before the process is gone.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    util = sys.modules.get("multiprocessing.util")
    if util is not None:
        # the part of multiprocessing's own exit that unlinks the semaphores shared with the suggestion child;
        # skipped, they are left to the resource tracker, which warns of "leaked semaphore objects"
        util._run_finalizers(0)
    os._exit(code)

