"""Team menu: adjudication by keys ends in a gold file that reopens; the status and agreement tables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core.annotations.opening import open_annotations
from core.annotations.paths import beside_path
from core.annotations.record import SOURCE_ADJUDICATED
from core.reading.document import load_reports
from gui.team import actions as team_actions
from gui.team.adjudication_dialog import AdjudicationDialog
from gui.team.team_tables import ReportAgreementDialog, TeamStatusDialog
from tests.core.team_files import label_as, write_report

TARGET, ACHIEVEMENT, OTHER = "target", "achievement", "other"


@pytest.fixture
def team_report(tmp_path: Path) -> Path:
    """Six sentences labelled by three people: agreed on 1, 3, 5; two of three on 2 and 4; all apart on 6."""
    source = write_report(tmp_path / "reports")
    label_as(source, "alice", [ACHIEVEMENT, ACHIEVEMENT, TARGET, TARGET, OTHER, OTHER])
    label_as(source, "bob", [ACHIEVEMENT, OTHER, TARGET, TARGET, OTHER, ACHIEVEMENT])
    label_as(source, "carol", [ACHIEVEMENT, OTHER, TARGET, ACHIEVEMENT, OTHER, TARGET])
    return source


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The team views opened, without showing them."""
    views: list[object] = []
    monkeypatch.setattr(team_actions, "open_view", views.append)
    return views


def _open_view(qtbot: QtBot, window: object, action: str, shown: list[object]) -> object:
    with qtbot.waitSignal(window.team.runner.finished, timeout=20000):  # type: ignore[attr-defined]
        next(item for item in window.team.actions if item.objectName() == action).trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(shown))
    return shown[-1]


def test_adjudication_by_keys_ends_in_a_gold_file_that_reopens(
        qtbot: QtBot, make_window: Callable[..., object], team_report: Path, shown: list[object]) -> None:
    from tests.gui.helpers import open_and_wait

    window = make_window("alice")
    open_and_wait(qtbot, window, [team_report])
    view = _open_view(qtbot, window, "adjudicateAction", shown)
    assert isinstance(view, AdjudicationDialog)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    assert [item.case.sentence.text for item in view.items] == [
        "新增城镇就业3.2万人。", "城镇调查失业率控制在5.5%以内。", "我们要坚定信心，团结奋斗。"]
    assert "1 of 3" in view.progress_label.text()
    assert view.table.item(0, 1).text() == ACHIEVEMENT and view.table.item(1, 1).text() == OTHER

    qtbot.keyClick(view, Qt.Key.Key_3)  # other, as bob and carol said; on to the next undecided
    assert "2 of 3" in view.progress_label.text()
    qtbot.keyClick(view, Qt.Key.Key_1)  # target, as alice and bob said
    qtbot.keyClick(view, Qt.Key.Key_2)  # achievement for the last: bob's
    assert "3 decided" in view.progress_label.text()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the last
    assert "2 decided" in view.progress_label.text() and view.index == 2
    qtbot.keyClick(view, Qt.Key.Key_1)  # target for the last: carol's
    assert view.accept_button.isEnabled() and "3" in view.accept_button.text()
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)  # the three agreed sentences, one step
    assert not view.accept_button.isEnabled()
    view.close()  # saves

    gold_path = beside_path(team_report, "gold")
    reports = load_reports(team_report)
    gold = open_annotations(team_report, "gold", reports)
    labels = [record.label for record in gold.for_report(reports[0].id)]
    assert labels == [ACHIEVEMENT, OTHER, TARGET, TARGET, OTHER, TARGET]
    records = gold.for_report(reports[0].id)
    assert all(record.source == SOURCE_ADJUDICATED for record in records)
    assert records[1].chosen_by == ("bob", "carol") and records[5].chosen_by == ("carol",)
    assert gold.path == gold_path and not gold.read_only


def test_team_status_and_agreement_views(
        qtbot: QtBot, qtmodeltester: ModelTester, make_window: Callable[..., object], team_report: Path,
        shown: list[object]) -> None:
    from tests.gui.helpers import open_and_wait

    window = make_window("alice")
    open_and_wait(qtbot, window, [team_report])
    status = _open_view(qtbot, window, "teamStatusAction", shown)
    assert isinstance(status, TeamStatusDialog)
    qtbot.addWidget(status)
    model = status.model
    qtmodeltester.check(model)
    rows = [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]
    assert [row[1:3] for row in rows] == [["alice", "6/6"], ["bob", "6/6"], ["carol", "6/6"]]
    assert rows[0][4].startswith("50.0 %")

    agreement = _open_view(qtbot, window, "reportAgreementAction", shown)
    assert isinstance(agreement, ReportAgreementDialog)
    qtbot.addWidget(agreement)
    pairs = agreement.model
    qtmodeltester.check(pairs)
    assert pairs.rowCount() == 3 and pairs.index(0, 0).data() == "alice / bob"
    assert "Fleiss" in agreement.summary.text()


def test_another_annotator_s_labels_beside_one_s_own(
        qtbot: QtBot, qtmodeltester: ModelTester, make_window: Callable[..., object], team_report: Path) -> None:
    from tests.gui.helpers import open_and_wait

    window = make_window("alice")
    open_and_wait(qtbot, window, [team_report])
    window.other_labels_dock.show()  # type: ignore[attr-defined]
    window.other_labels_dock.raise_()  # type: ignore[attr-defined]
    panel = window.other_labels  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.chooser.count() == 2)
    assert [panel.chooser.itemText(index) for index in range(2)] == ["bob", "carol"]
    model = panel.model
    qtmodeltester.check(model)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "bob"
    assert [model.index(row, 2).data() for row in range(6)] == [
        ACHIEVEMENT, OTHER, TARGET, TARGET, OTHER, ACHIEVEMENT]
    panel.chooser.setCurrentText("carol")
    panel.only_differences.setChecked(True)
    assert [model.rows, model.headerData(2, Qt.Orientation.Horizontal)] == [[1, 3, 5], "carol"]

    window.view.setFocus()  # type: ignore[attr-defined]
    window.tagging.go_to(1)  # type: ignore[attr-defined]
    assert [index.row() for index in panel.table.selectionModel().selectedRows()] == [0]  # the first differing
    qtbot.keyClick(window.view, Qt.Key.Key_3)  # alice now says other, as carol did
    assert model.rows == [3, 5]
    assert model.index(0, 1).data() == TARGET and model.index(0, 2).data() == ACHIEVEMENT


def test_closing_the_window_saves_the_gold_decisions(
        qtbot: QtBot, make_window: Callable[..., object], team_report: Path, shown: list[object]) -> None:
    from tests.gui.helpers import open_and_wait

    window = make_window("alice")
    open_and_wait(qtbot, window, [team_report])
    view = _open_view(qtbot, window, "adjudicateAction", shown)
    assert isinstance(view, AdjudicationDialog)
    view.decide(OTHER)
    window.close()  # type: ignore[attr-defined]
    gold = open_annotations(team_report, "gold", load_reports(team_report))
    assert [(record.label, record.chosen_by) for record in gold.all_annotations()] == [(OTHER, ("bob", "carol"))]


def test_reload_reads_another_annotator_s_new_labels(
        qtbot: QtBot, make_window: Callable[..., object], team_report: Path) -> None:
    from tests.gui.helpers import open_and_wait

    window = make_window("alice")
    open_and_wait(qtbot, window, [team_report])
    window.other_labels_dock.show()  # type: ignore[attr-defined]
    window.other_labels_dock.raise_()  # type: ignore[attr-defined]
    panel = window.other_labels  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.chooser.count() == 2)
    assert panel.model.index(0, 2).data() == ACHIEVEMENT
    label_as(team_report, "bob", [TARGET])  # bob changed his mind (a git pull brought it)
    label_as(team_report, "dave", [OTHER])
    qtbot.mouseClick(panel.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.chooser.count() == 3)
    assert panel.chooser.currentText() == "bob" and panel.model.index(0, 2).data() == TARGET


def test_a_folder_of_others_labels_added_in_the_team_menu_is_searched(
        qtbot: QtBot, make_window: Callable[..., object], team_report: Path, shown: list[object],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from gui.shell import dialogs
    from tests.gui.helpers import open_and_wait

    elsewhere = team_report.parent.parent / "from-carol"
    elsewhere.mkdir()
    carol = beside_path(team_report, "carol")
    carol.rename(elsewhere / carol.name)
    window = make_window("alice")
    open_and_wait(qtbot, window, [team_report])
    monkeypatch.setattr(dialogs, "choose_label_folder", lambda *args: elsewhere)
    next(item for item in window.team.actions if item.objectName() == "addLabelFolderAction").trigger()  # type: ignore[attr-defined]

    status = _open_view(qtbot, window, "teamStatusAction", shown)
    assert isinstance(status, TeamStatusDialog)
    qtbot.addWidget(status)
    names = [status.model.index(row, 1).data() for row in range(status.model.rowCount())]
    assert names == ["alice", "bob", "carol"]
    assert window.settings.label_folders() == [elsewhere]  # type: ignore[attr-defined]


def test_escape_saves_the_gold_decisions_as_closing_does(
        qtbot: QtBot, make_window: Callable[..., object], team_report: Path, shown: list[object]) -> None:
    from tests.gui.helpers import open_and_wait

    window = make_window("alice")
    open_and_wait(qtbot, window, [team_report])
    view = _open_view(qtbot, window, "adjudicateAction", shown)
    assert isinstance(view, AdjudicationDialog)
    team_actions.open_view(view)  # as the window shows it: deleted once closed
    qtbot.waitExposed(view)
    view.decide(OTHER)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())
    gold = open_annotations(team_report, "gold", load_reports(team_report))
    assert [(record.label, record.chosen_by) for record in gold.all_annotations()] == [(OTHER, ("bob", "carol"))]
