"""Opening a folder: the report list by place and year with file names, lazy opening, the parse cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.annotations.report_listing import ReportListing
from gui.reading.report_list import FILE_NAME_ROLE, PROGRESS_ROLE, YEAR_ROLE
from resources import resource_path
from tests.core.labelled_reports import labelled_copy
from tests.gui.helpers import drop_on_window, saved_annotations

HANGZHOU = ("2021年杭州市政府工作报告\n各位代表：\n一、2020年工作回顾\n经济增长5%。\n"
            "二、2021年工作安排\n目标增长6%左右。\n")
NO_PLACE = "政府工作报告\n各位代表：\n一、2018年工作回顾\n经济增长5%。\n二、2019年工作安排\n目标增长6%左右。\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three Weihai reports (one in a sub-folder, one without a title), one of Hangzhou, one without a place."""
    root = tmp_path / "reports"
    (root / "older").mkdir(parents=True)
    shutil.copy(resource_path("samples", "weihai-2022.txt"), root / "weihai-2022.txt")
    shutil.copy(resource_path("samples", "weihai-2025-plan-section.txt"), root / "weihai-2025-plan-section.txt")
    shutil.copy(resource_path("samples", "weihai-2020.txt"), root / "older" / "weihai-2020.txt")
    (root / "hangzhou-2021.txt").write_text(HANGZHOU, encoding="utf-8")
    (root / "report-2019.txt").write_text(NO_PLACE, encoding="gb18030")
    (root / "notes.md").write_text("not a report", encoding="utf-8")
    return root


def _open_folder(qtbot, window, folder: Path) -> ReportListing:
    with qtbot.waitSignal(window.folders.lister.finished, timeout=30000) as listed:
        window.open_folder(folder)
    qtbot.waitUntil(lambda: window.current_entry is not None and not window.loader.busy, timeout=20000)
    return listed.args[0]


def _place(model, name: str):
    return next(model.index(row, 0) for row in range(model.rowCount()) if model.index(row, 0).data() == name)


def _tree(model) -> dict[str, list[tuple[str, str]]]:
    """{place row text: [(year, file name), ...]} as shown."""
    shown: dict[str, list[tuple[str, str]]] = {}
    for place_row in range(model.rowCount()):
        place = model.index(place_row, 0)
        shown[place.data()] = [(model.index(row, 0, place).data(YEAR_ROLE), model.index(row, 0, place).data(
            FILE_NAME_ROLE)) for row in range(model.rowCount(place))]
    return shown


def test_file_open_folder_groups_reports_by_place_sorted_by_year(
        qtbot, make_window, dialog_log, folder: Path, qtmodeltester) -> None:
    window = make_window()
    dialog_log.folder_to_open = folder
    with qtbot.waitSignal(window.folders.lister.finished, timeout=30000):
        window.menu_actions.actions["openFolderAction"].trigger()
    qtbot.waitUntil(lambda: window.current_entry is not None, timeout=20000)

    shown = _tree(window.report_model)
    assert shown == {
        "威海市": [("2020", "weihai-2020.txt"), ("2022", "weihai-2022.txt")],
        "杭州市": [("2021", "hangzhou-2021.txt")],
        "Place not found": [("2019", "report-2019.txt"), ("2025", "weihai-2025-plan-section.txt")],  # no title
    }
    assert list(shown) == ["杭州市", "威海市", "Place not found"]  # pinyin order: Hangzhou, Weihai
    first = window.report_model.index(0, 0, window.report_model.index(0, 0))
    assert first.data() == "2021  hangzhou-2021.txt"
    assert window.current_entry.report.source.name == "hangzhou-2021.txt"  # the first report is shown
    assert window.report_list.currentIndex() == first
    assert "show_error" not in dialog_log.names()
    qtmodeltester.check(window.report_model)


def test_only_the_shown_report_is_opened_and_a_chosen_one_opens(qtbot, make_window, folder: Path) -> None:
    window = make_window()
    _open_folder(qtbot, window, folder)
    assert [open_file.source.name for open_file in window.workspace.files] == ["hangzhou-2021.txt"]

    model = window.report_model
    weihai = _place(model, "威海市")
    second = model.index(1, 0, weihai)
    assert model.entry_at(second) is None  # listed, not open
    window.report_list.scrollTo(second)
    qtbot.mouseClick(window.report_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.report_list.visualRect(second).center())
    qtbot.waitUntil(lambda: window.current_entry is not None
                    and window.current_entry.report.source.name == "weihai-2022.txt", timeout=20000)
    assert model.entry_at(second) is window.current_entry
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert second.data(PROGRESS_ROLE) == (1, len(window.current_entry.report.sentences))
    window.close()
    assert [record["label"] for record in saved_annotations(folder / "weihai-2022.txt")] == ["target"]


def test_a_listed_report_shows_its_saved_progress(qtbot, make_window, folder: Path) -> None:
    _source, reports, annotations = labelled_copy(folder, "weihai-2022.txt", annotator="tester")
    window = make_window()
    _open_folder(qtbot, window, folder)
    model = window.report_model
    row = model.index(1, 0, _place(model, "威海市"))
    assert row.data(FILE_NAME_ROLE) == "weihai-2022.txt" and model.entry_at(row) is None
    assert row.data(PROGRESS_ROLE) == (len(annotations.all_annotations()), len(reports[0].sentences))


def test_more_than_six_reports_are_visible(qtbot, make_window, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for year in range(2001, 2013):
        (folder / f"hangzhou-{year}.txt").write_text(HANGZHOU.replace("2021", str(year)), encoding="utf-8")
    window = make_window()
    _open_folder(qtbot, window, folder)
    view, model = window.report_list, window.report_model
    place = model.index(0, 0)
    assert model.rowCount(place) == 12
    visible = [row for row in range(12) if view.viewport().rect().contains(view.visualRect(model.index(row, 0, place)))]
    assert len(visible) > 6


def test_the_second_opening_reads_the_cache_and_parses_only_what_changed(
        qtbot, make_window, folder: Path, tmp_path: Path) -> None:
    first = _open_folder(qtbot, make_window(), folder)
    assert (first.parsed, first.from_cache) == (5, 0)
    entries = sorted((tmp_path / "cache").glob("reports/*/*.json"))
    assert len(entries) == 5  # one per file, in the cache folder of the tests (GWR_ANNOTATOR_CACHE_DIR)

    hangzhou = folder / "hangzhou-2021.txt"
    hangzhou.write_text(HANGZHOU.replace("2021", "2023").replace("2020", "2022"), encoding="utf-8")
    damaged = next(entry for entry in entries if '"year": "2022"' in entry.read_text(encoding="utf-8"))
    damaged.write_text('{"format": 1, "reports": [', encoding="utf-8")  # weihai-2022.txt's, torn

    window = make_window()
    second = _open_folder(qtbot, window, folder)
    assert (second.parsed, second.from_cache) == (2, 3)  # the changed file and the damaged entry
    shown = _tree(window.report_model)
    assert shown["杭州市"] == [("2023", "hangzhou-2021.txt")]
    assert ("2022", "weihai-2022.txt") in shown["威海市"]
    third = _open_folder(qtbot, make_window(), folder)
    assert (third.parsed, third.from_cache) == (0, 5)  # both written again


def test_a_folder_dropped_on_the_window_opens_its_reports(qtbot, make_window, folder: Path) -> None:
    window = make_window()
    with qtbot.waitSignal(window.folders.lister.finished, timeout=30000):
        assert drop_on_window(window, [folder])
    qtbot.waitUntil(lambda: window.current_entry is not None, timeout=20000)
    assert sum(window.report_model.rowCount(window.report_model.index(row, 0))
               for row in range(window.report_model.rowCount())) == 5


def test_a_bad_file_in_a_folder_is_named_once_and_the_others_are_listed(
        qtbot, make_window, dialog_log, folder: Path) -> None:
    (folder / "broken.docx").write_bytes(b"not a zip file")
    (folder / "empty.txt").write_bytes(b"")
    window = make_window()
    listing = _open_folder(qtbot, window, folder)
    assert sorted(path.name for path, _message in listing.failures) == ["broken.docx", "empty.txt"]
    errors = [args for name, args in dialog_log.calls if name == "show_error"]
    assert len(errors) == 1 and "broken.docx" in errors[0][2] and "empty.txt" in errors[0][2]
    assert len(list(window.report_model.rows())) == 5


def test_arrow_keys_in_the_list_show_the_report_they_stop_on(qtbot, make_window, folder: Path) -> None:
    window = make_window()
    _open_folder(qtbot, window, folder)
    window.report_list.setFocus()
    for _step in range(3):  # 杭州 2021 → 威海市 (its place row) → 2020 → 2022
        qtbot.keyClick(window.report_list, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=20000)
    qtbot.waitUntil(lambda: window.current_entry is not None
                    and window.current_entry.report.source.name == "weihai-2022.txt", timeout=20000)
    assert window.report_model.entry_at(window.report_list.currentIndex()) is window.current_entry
    assert window.report_list.hasFocus()  # arrows keep moving in the list


def test_a_folder_without_reports_says_so(qtbot, make_window, dialog_log, tmp_path: Path) -> None:
    empty = tmp_path / "nothing"
    (empty / "deeper").mkdir(parents=True)
    (empty / "deeper" / "readme.md").write_text("no report here", encoding="utf-8")
    window = make_window()
    with qtbot.waitSignal(window.folders.lister.finished, timeout=30000):
        window.open_folder(empty)
    warnings = [args for name, args in dialog_log.calls if name == "show_warning"]
    assert len(warnings) == 1 and str(empty) in warnings[0][2] and ".txt" in warnings[0][2]
    assert window.report_model.rowCount() == 0 and window.current_entry is None


def test_a_start_lists_the_folder_again_and_shows_the_report_on_its_sentence(
        qtbot, make_window, folder: Path) -> None:
    window = make_window()
    _open_folder(qtbot, window, folder)
    window.step_report(1)  # a listed report not open until now
    qtbot.waitUntil(lambda: window.current_entry is not None
                    and window.current_entry.report.source.name != "hangzhou-2021.txt", timeout=20000)
    shown = window.current_entry.report.source.name
    window.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_J)
    listed = len(list(window.report_model.rows()))
    window.close()

    again = make_window()
    with qtbot.waitSignal(again.folders.lister.finished, timeout=30000):
        assert again.restore_session()  # what a start without files does
    qtbot.waitUntil(lambda: not again.loader.busy and again.current_entry is not None, timeout=20000)
    assert len(list(again.report_model.rows())) == listed  # the reports not opened are listed again
    assert again.current_entry.report.source.name == shown
    assert again.current_entry.current == 3
