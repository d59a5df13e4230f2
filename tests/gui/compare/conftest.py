"""The compare window opened as a person opens it: two reports open, Ctrl+D, a pair chosen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.shell import dialogs
from tests.gui.compare.two_years import EARLIER, LATER
from tests.gui.helpers import CORPUS, copy_report, open_and_wait

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def weihai_2020(tmp_path: Path) -> Path:
    return copy_report("weihai-2020.txt", tmp_path / "reports")


@pytest.fixture
def compare_pair(qtbot, make_window, monkeypatch, weihai_2020, weihai_2022):
    """The main window with weihai 2020 and 2022 open, and their compare window opened by Ctrl+D."""
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2020, weihai_2022])
    entries = {entry.file.source.name: entry for entry in window.workspace.entries}
    offered: list[object] = []

    def choose(parent, all_entries, pairs):
        offered.append(pairs)
        return entries["weihai-2020.txt"], entries["weihai-2022.txt"]

    monkeypatch.setattr(dialogs, "choose_reports_to_compare", choose)
    with qtbot.waitSignal(window.compare.opened, timeout=30000) as blocker:
        qtbot.keyClick(window.view, Qt.Key.Key_D, CTRL)
        compare = window.compare.windows[0]
        assert compare.stack.currentWidget() is not compare.view  # aligning in the background
    assert blocker.args == [compare]
    assert offered == [[]]  # two years apart: not offered as a pair, chosen in the dialog
    qtbot.waitExposed(compare)
    return window, compare, entries


@pytest.fixture
def mouchi_pair(qtbot: QtBot, make_window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """The main window with two consecutive years of one place open; Ctrl+D there compares them."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "mouchi-2022.txt").write_text(EARLIER, encoding="utf-8")
    (folder / "mouchi-2023.txt").write_text(LATER, encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, [folder / "mouchi-2022.txt", folder / "mouchi-2023.txt"])
    entries = {entry.file.source.name: entry for entry in window.workspace.entries}
    offered: list[object] = []

    def choose(parent: object, all_entries: object, pairs: list[object]) -> object:
        offered.append(pairs)
        return entries["mouchi-2022.txt"], entries["mouchi-2023.txt"]

    monkeypatch.setattr(dialogs, "choose_reports_to_compare", choose)
    return window, entries, offered


@pytest.fixture
def scorecard_window(qtbot: QtBot, mouchi_pair):
    window, entries, offered = mouchi_pair
    with qtbot.waitSignal(window.compare.opened, timeout=30000):
        qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    compare = window.compare.windows[0]
    qtbot.waitExposed(compare)
    assert len(offered[0]) == 1  # consecutive years of one place: offered as a pair
    return window, compare, entries


@pytest.fixture
def national_pair(qtbot: QtBot, make_window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """The national reports of 2017 and 2018 (from the shared corpus) in a compare window, by Ctrl+D."""
    paths = []
    for year in (2017, 2018):
        source = CORPUS / "national" / f"{year}.txt"
        if not source.is_file():
            pytest.skip(f"{source} is absent: the shared corpus is not beside the project")
        paths.append(tmp_path / f"national-{year}.txt")
        shutil.copyfile(source, paths[-1])
    window = make_window()
    open_and_wait(qtbot, window, paths)
    entries = {entry.file.source.name: entry for entry in window.workspace.entries}
    monkeypatch.setattr(dialogs, "choose_reports_to_compare", lambda parent, all_entries, pairs: pairs[0])
    with qtbot.waitSignal(window.compare.opened, timeout=30000):
        qtbot.keyClick(window.view, Qt.Key.Key_D, CTRL)
    compare = window.compare.windows[0]
    qtbot.waitExposed(compare)
    return window, compare, entries
