"""The window in Simplified Chinese: the .ts file is complete, the .qm is current, and the window speaks Chinese."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from core.annotations.labels import DEFAULT_LABELS
from core.errors import (
    ANNOTATION_FILE_MESSAGES,
    EXPORT_MESSAGES,
    IMPORT_MESSAGES,
    LOAD_MESSAGES,
    OS_REASONS,
    SAVE_MESSAGES,
    WARNINGS,
    LoadError,
)
from core.reading.loader import read_source
from gui.language import core_messages, label_names
from gui.language.loading import (
    LANGUAGE_CHINESE,
    LANGUAGE_ENGLISH,
    install_translations,
    remove_translations,
    resolved_language,
)
from gui.language.sources import all_messages, non_self_tr_calls
from gui.language.update import qm_path, ts_path
from gui.shell.settings import LANGUAGE_SYSTEM, AppSettings
from tests.gui.helpers import open_and_wait

PLACEHOLDER = re.compile(r"%[0-9n]|\{[a-z_]+\}")
CJK = re.compile(r"[\u4e00-\u9fff]")


def ts_messages(language: str = "zh_CN") -> dict[tuple[str, str], ElementTree.Element]:
    """(context, source) → the <message> element of the language's .ts file."""
    root = ElementTree.parse(ts_path(language)).getroot()
    found: dict[tuple[str, str], ElementTree.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translation_of(message: ElementTree.Element) -> str:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return "".join(form.text or "" for form in translation.iter("numerusform"))
    return translation.text or ""


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The window's Chinese translations installed for one test."""
    assert install_translations(qapp, LANGUAGE_CHINESE) == LANGUAGE_CHINESE
    yield
    remove_translations(qapp)


# the translation files


def test_every_entry_of_the_ts_file_is_translated() -> None:
    messages = ts_messages()
    assert len(messages) > 300
    unfinished = [key for key, message in messages.items()
                  if message.find("translation").get("type") is not None  # type: ignore[union-attr]
                  or not translation_of(message).strip()]
    assert unfinished == []


def test_every_translatable_string_of_the_window_is_in_the_ts_file() -> None:
    """A new tr() string fails here until ``python -m gui.language.update`` and a translation add it."""
    in_ts = set(ts_messages())
    missing = sorted({(message.context, message.source) for message in all_messages()} - in_ts)
    assert missing == [], "run python -m gui.language.update and translate: " + repr(missing[:10])


def test_english_has_a_singular_and_a_plural_for_every_count() -> None:
    plurals = {(message.context, message.source) for message in all_messages() if message.plural}
    english = ts_messages("en")
    assert plurals and plurals <= set(english)
    for key in plurals:
        forms = [form.text or "" for form in english[key].iter("numerusform")]
        assert len(forms) == 2 and all(forms) and forms[0] != forms[1], key


def test_english_counts_read_as_english(qapp: QApplication) -> None:
    try:
        install_translations(qapp, LANGUAGE_ENGLISH)
        assert QCoreApplication.translate("TaggingController", "Copy %n sentence(s)", None, 1) == "Copy 1 sentence"
        assert QCoreApplication.translate("TaggingController", "Copy %n sentence(s)", None, 3) == "Copy 3 sentences"
    finally:
        remove_translations(qapp)


def test_no_tr_call_depends_on_the_class_of_another_object() -> None:
    """``dialog.tr(…)`` takes its context from the object's class at run time, which the .ts cannot know."""
    assert list(non_self_tr_calls()) == []


def test_translations_keep_the_placeholders_and_the_menu_accelerators() -> None:
    for (context, source), message in ts_messages().items():
        translated = translation_of(message)
        assert sorted(set(PLACEHOLDER.findall(translated))) == sorted(set(PLACEHOLDER.findall(source))), (
            context, source, translated)
        if re.search(r"&\w", source):
            assert re.search(r"\(&[A-Z]\)", translated), (context, source, translated)


def test_the_compiled_qm_file_holds_every_translation_of_the_ts_file() -> None:
    translator = QTranslator()
    assert translator.load(str(qm_path("zh_CN")))
    english = QTranslator()
    assert english.load(str(qm_path("en")))
    # the plural form; QCoreApplication.translate fills in %n
    assert english.translate("UndoCommands", "import %n label(s)", None, 2) == "import %n labels"
    stale = [(context, source) for (context, source), message in ts_messages().items()
             if translator.translate(context, source, None, 1).replace("1", "%n")
             != translation_of(message).replace("1", "%n")]
    assert stale == [], "run python -m gui.language.update"


def test_the_window_shows_core_messages_and_default_labels_from_the_same_english_texts() -> None:
    assert core_messages.LOAD_TEMPLATES == LOAD_MESSAGES
    assert core_messages.ANNOTATION_FILE_TEMPLATES == ANNOTATION_FILE_MESSAGES
    assert core_messages.SAVE_TEMPLATES == SAVE_MESSAGES
    assert core_messages.EXPORT_TEMPLATES == EXPORT_MESSAGES
    assert core_messages.IMPORT_TEMPLATES == IMPORT_MESSAGES
    assert core_messages.WARNING_TEMPLATES == WARNINGS
    assert core_messages.OS_REASON_TEMPLATES == OS_REASONS
    for label in DEFAULT_LABELS:
        assert label_names.label_description(label) == label.description  # English: as core writes it
        assert label_names.label_text(label.name) == label.name


# choosing the language


def test_the_language_follows_the_system_unless_the_settings_choose_one() -> None:
    assert resolved_language(LANGUAGE_SYSTEM, QLocale("zh_CN")) == LANGUAGE_CHINESE
    assert resolved_language(LANGUAGE_SYSTEM, QLocale("zh_TW")) == LANGUAGE_CHINESE
    assert resolved_language(LANGUAGE_SYSTEM, QLocale("de_DE")) == LANGUAGE_ENGLISH
    assert resolved_language(LANGUAGE_ENGLISH, QLocale("zh_CN")) == LANGUAGE_ENGLISH
    assert resolved_language(LANGUAGE_CHINESE, QLocale("en_GB")) == LANGUAGE_CHINESE


def test_installing_a_language_translates_the_window_and_qt_own_buttons(qapp: QApplication) -> None:
    try:
        install_translations(qapp, LANGUAGE_SYSTEM, QLocale("zh_CN"))
        assert QCoreApplication.translate("WindowActions", "&File") == "文件(&F)"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's qtbase_zh_CN
        install_translations(qapp, LANGUAGE_ENGLISH, QLocale("zh_CN"))
        assert QCoreApplication.translate("WindowActions", "&File") == "&File"
    finally:
        remove_translations(qapp)


def test_the_app_starts_in_the_language_of_the_settings(qapp: QApplication) -> None:
    from gui.language.loading import apply_language_setting

    settings = AppSettings()
    try:
        settings.language = LANGUAGE_CHINESE
        assert apply_language_setting(qapp, settings) == LANGUAGE_CHINESE
        assert qapp.applicationDisplayName() == "政府工作报告标注工具"
        assert QCoreApplication.translate("WindowActions", "&Open…") == "打开(&O)…"
        settings.language = LANGUAGE_ENGLISH
        assert apply_language_setting(qapp, settings) == LANGUAGE_ENGLISH
        assert qapp.applicationDisplayName() == "GWR Annotator"
        assert QCoreApplication.translate("WindowActions", "&Open…") == "&Open…"
    finally:
        remove_translations(qapp)


def test_view_language_stores_the_choice_and_says_it_applies_on_restart(qtbot, make_window) -> None:
    window = make_window()
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None and menu in [action.menu() for action in window.menu_actions.menus["viewMenu"].actions()]
    assert menu.choices[LANGUAGE_SYSTEM].isChecked()
    menu.choices[LANGUAGE_CHINESE].trigger()
    assert AppSettings().language == LANGUAGE_CHINESE
    assert menu.choices[LANGUAGE_CHINESE].isChecked() and not menu.choices[LANGUAGE_SYSTEM].isChecked()
    assert "restart" in window.statusBar().currentMessage()


# the window in Chinese


def test_the_main_window_speaks_chinese(qtbot, make_window, chinese) -> None:
    window = make_window()
    titles = {menu.objectName(): menu.title() for menu in window.menu_actions.menus.values()}
    assert titles["fileMenu"] == "文件(&F)"
    assert window.menu_actions.open_action.text() == "打开(&O)…"
    assert window.menu_actions.undo_action.text().startswith("撤销")
    english: list[str] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None and action.menu().objectName() != "recentMenu":
                walk(action.menu())
            elif action.text() and action.text() != "English" and not CJK.search(action.text()):
                english.append(action.text())

    for action in window.menuBar().actions():
        assert CJK.search(action.text()), action.text()
        walk(action.menu())
    assert english == []
    assert window.reports_dock.windowTitle() == "报告"


def test_the_label_names_are_shown_in_chinese(qtbot, make_window, chinese, weihai_2022) -> None:
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    window.menu_actions.tagging_menu.aboutToShow.emit()
    texts = [action.text() for action in window.menu_actions.tagging_menu.actions()]
    assert any(text.startswith("标注为“目标”") for text in texts)
    assert "目标" in window.guidelines_panel.browser.toPlainText()
    assert "成绩" in window.status.counts_label.text()


def test_a_load_error_is_shown_in_chinese_and_the_command_line_keeps_english(
        qtbot, make_window, chinese, dialog_log, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window = make_window()
    open_and_wait(qtbot, window, [empty])
    name, (_parent, title, message) = dialog_log.calls[-1]
    assert name == "show_error"
    assert title == "无法打开报告"
    assert message == "“empty.txt” 是空文件：其中没有文字。"
    with pytest.raises(LoadError) as caught:
        read_source(empty)
    assert str(caught.value) == "“empty.txt” is empty: it contains no text."  # core stays English


def test_an_unreadable_annotation_file_is_explained_in_chinese(
        qtbot, make_window, chinese, dialog_log, weihai_2022: Path) -> None:
    from tests.gui.helpers import annotation_file

    annotation_file(weihai_2022).write_text("{ not json", encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    name, (_parent, title, message) = dialog_log.calls[-1]
    assert (name, title) == ("show_warning", "标注文件无法读取")
    assert "已损坏，无法打开" in message and "该文件未被改动" in message


def _scorecard_panel(qtbot: QtBot, tmp_path: Path, earlier: str, later: str) -> tuple[object, object]:
    """The scorecard of two report texts and a panel that shows it: (card, panel)."""
    from core.compare.scorecard import build_scorecard
    from core.reading.document import load_reports
    from gui.compare.scorecard.panel import ScorecardPanel

    (tmp_path / "earlier.txt").write_text(earlier, encoding="utf-8")
    (tmp_path / "later.txt").write_text(later, encoding="utf-8")
    card = build_scorecard(load_reports(tmp_path / "earlier.txt")[0], load_reports(tmp_path / "later.txt")[0])
    panel = ScorecardPanel()
    qtbot.addWidget(panel)
    panel.set_scorecard(card)
    return card, panel


def test_the_scorecard_speaks_chinese_and_its_cli_text_stays_english(qtbot, chinese, tmp_path: Path) -> None:
    from core.compare.scorecard import PAIR_WARNINGS
    from gui.compare.scorecard.table_model import COLUMN_REASON, COLUMN_VERDICT
    from tests.gui.compare.two_years import EARLIER, LATER

    assert core_messages.SCORECARD_WARNING_TEMPLATES == PAIR_WARNINGS
    card, panel = _scorecard_panel(qtbot, tmp_path, EARLIER, LATER.replace("2023年某某市", "2024年某某市"))
    assert any("not consecutive years" in warning for warning in card.warnings)  # the commands' English
    assert "并非相邻年份" in panel.warning_label.text()
    model = panel.model
    verdicts = [model.index(row, COLUMN_VERDICT).data() for row in range(model.rowCount())]
    reasons = [model.index(row, COLUMN_REASON).data() for row in range(model.rowCount())]
    # two years apart, no target is judged by the later review: every row reads "未报告", in Chinese
    assert verdicts and all(CJK.search(verdict) for verdict in verdicts), verdicts
    assert all(CJK.search(reason) for reason in reasons), reasons
    assert model.headerData(COLUMN_REASON, Qt.Orientation.Horizontal) == "依据"
    shows = [panel.show_box.itemText(position) for position in range(panel.show_box.count())]
    assert shows[0] == f"全部 ({model.rowCount()})" and all(CJK.search(text) for text in shows), shows
    from gui.compare.scorecard.table_model import SHOW_MET

    panel.show_rows(SHOW_MET)  # none met two years apart: the pane says why the table is empty
    assert model.rowCount() == 0 and "选择“全部”即可查看" in panel.detail.toPlainText()  # the Show box's own words


def test_the_reasons_of_suggested_labels_read_in_chinese(qapp: QApplication, chinese) -> None:
    from core.reading.document import load_reports
    from core.suggest.rules import Suggestion, rule_suggestions
    from core.suggest.suggestions import combine
    from gui.language.suggestion_reasons import reason_text
    from resources import sample_reports

    reasons = {suggestion.reason for path in sample_reports() for report in load_reports(path)
               for suggestion in rule_suggestions(report)}
    assert len(reasons) > 10
    english_words = re.compile(r"[A-Za-z]{3,}")
    assert [reason for reason in reasons if english_words.search(reason_text(reason))] == []
    learned = combine(Suggestion("target", 0.9, "plan part"), Suggestion("achievement", 0.95, "model"))
    assert reason_text(learned.reason) == "模型（规则判为“目标”：计划部分）"
    assert reason_text("a reason not known yet") == "a reason not known yet"


def test_the_reasons_given_on_old_national_reports_read_in_chinese(qapp: QApplication, chinese) -> None:
    from core.reading.document import load_reports
    from core.suggest.rules import rule_suggestions
    from gui.language.suggestion_reasons import reason_text
    from tests.conftest import corpus_file

    reports = [report for year in ("1956", "1958", "1960", "1964", "1979", "1985", "1994", "1999", "2004")
               for report in load_reports(corpus_file(f"national/{year}.txt"))]
    reasons = {suggestion.reason for report in reports for suggestion in rule_suggestions(report)}
    english_words = re.compile(r"[A-Za-z]{3,}")
    assert sorted(reason for reason in reasons if english_words.search(reason_text(reason))) == []


def test_save_failures_and_conflicts_are_explained_in_chinese(
        qtbot, make_window, chinese, monkeypatch: pytest.MonkeyPatch, weihai_2022: Path) -> None:
    import errno

    from PySide6.QtCore import Qt as Keys

    from core.annotations.annotation_set import AnnotationSet
    from core.annotations.atomic_write import save_error
    from tests.gui.helpers import annotation_file

    window = make_window()
    open_and_wait(qtbot, window, [weihai_2022])
    qtbot.keyClick(window.view, Keys.Key.Key_1)
    qtbot.keyClick(window.view, Keys.Key.Key_S, Keys.KeyboardModifier.ControlModifier)
    annotation_file(weihai_2022).write_text("{ damaged by another program", encoding="utf-8")
    qtbot.keyClick(window.view, Keys.Key.Key_2)
    qtbot.keyClick(window.view, Keys.Key.Key_S, Keys.KeyboardModifier.ControlModifier)
    told = window.banners.text("save") or ""
    assert "该文件在打开后已被其他程序或窗口修改" in told and "已损坏，无法打开" in told, told

    real_save = AnnotationSet.save

    def full_disk(self: AnnotationSet, **kwargs: object) -> None:
        raise save_error(OSError(errno.ENOSPC, "No space left on device"), self.path)

    monkeypatch.setattr(AnnotationSet, "save", full_disk)
    qtbot.keyClick(window.view, Keys.Key.Key_3)
    qtbot.keyClick(window.view, Keys.Key.Key_S, Keys.KeyboardModifier.ControlModifier)
    told = window.banners.text("save") or ""
    assert "磁盘已满（或您的配额已用完）" in told and "之前保存的文件未被改动" in told, told
    monkeypatch.setattr(AnnotationSet, "save", real_save)


def test_the_export_dialog_refuses_an_annotation_file_in_chinese(qtbot, chinese, tmp_path: Path) -> None:
    from core.export.output_files import UnsafeOutputError, check_outputs
    from gui.export.dialogs import ExportDialog, ExportOptions

    target = tmp_path / "weihai.txt.alice.annotations.json"
    with pytest.raises(UnsafeOutputError) as caught:
        check_outputs([target])
    assert "never writes over annotation files" in str(caught.value)  # the commands' English
    dialog = ExportDialog(1, ExportOptions(output=target))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "导出或简报绝不会覆盖标注文件" in dialog.error_label.text()


def test_warnings_of_an_export_read_in_chinese(chinese, tmp_path: Path) -> None:
    from core.annotations.sources import collect

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "weihai-2022.txt").write_text("2022年威海市政府工作报告\n一、2021年工作回顾\n经济运行稳中向好。\n",
                                            encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    warnings = collect([folder], include_unannotated=True).warnings
    assert any("No annotation file was found" in warning for warning in warnings)  # the commands' English
    shown = [core_messages.notice_text(warning) for warning in warnings]
    assert any(text.startswith("已跳过") and "是空文件：其中没有文字" in text for text in shown), shown
    assert any("的标注文件；其句子将不带标签写出" in text for text in shown), shown
    assert core_messages.notice_text("a sentence without a code") == "a sentence without a code"


def test_team_views_give_a_damaged_annotation_file_in_chinese(chinese: None, tmp_path: Path) -> None:
    from core.annotations.paths import beside_path
    from gui.team.other_labels import read_other_labels
    from tests.core.team_files import write_report

    source = write_report(tmp_path)
    beside_path(source, "bob").write_text("{ damaged", encoding="utf-8")
    found, told = read_other_labels(source, [], lambda _done, _total: None)
    assert found == {} and "已损坏，无法打开" in told, told


def test_the_adjudication_view_names_the_labels_in_chinese(chinese: None, qtbot: QtBot, tmp_path: Path) -> None:
    from core.team.adjudication import open_gold
    from core.team.team_reports import gather
    from gui.team.adjudication_dialog import AdjudicationDialog
    from tests.core.team_files import label_as, write_report

    source = write_report(tmp_path)
    label_as(source, "alice", ["target"])
    label_as(source, "bob", ["achievement"])
    team = gather([source])
    view = AdjudicationDialog(open_gold(team), team.annotators, lambda _title, _message: None)
    qtbot.addWidget(view)
    assert [view.table.item(row, 1).text() for row in range(3)] == ["目标", "成绩", "（未裁定）"]
    assert any(button.text().endswith("目标") for button in view.label_buttons)


def test_a_bad_file_of_an_opened_folder_is_named_in_chinese(
        qtbot: QtBot, make_window, dialog_log, chinese: None, weihai_2022: Path, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "folder"
    folder.mkdir()
    shutil.copy(weihai_2022, folder / "weihai-2022.txt")
    (folder / "broken.docx").write_bytes(b"not a zip file")
    window = make_window()
    with qtbot.waitSignal(window.folders.lister.finished, timeout=30000):
        window.open_folder(folder)
    qtbot.waitUntil(lambda: window.current_entry is not None and not window.loader.busy, timeout=20000)
    errors = [args for name, args in dialog_log.calls if name == "show_error"]
    assert len(errors) == 1 and "broken.docx" in errors[0][2]
    assert any("\u4e00" <= char <= "\u9fff" for char in errors[0][2]), errors[0][2]


def test_why_a_kappa_cannot_be_computed_is_said_in_chinese(chinese: None) -> None:
    from core.team.agreement import REASON_NO_PAIR_SENTENCE, REASON_ONE_LABEL
    from gui.language.core_messages import kappa_reason_text

    assert kappa_reason_text(REASON_NO_PAIR_SENTENCE) == "没有两人都标注过的句子"
    one_label = kappa_reason_text(REASON_ONE_LABEL.format(label="other"))
    assert one_label == "无法计算：只用了一个标签（其他），偶然一致的概率为 100%"
    assert kappa_reason_text(None) == ""


def test_the_confusion_tables_stay_in_columns_with_chinese_label_names(chinese: None, qtbot: QtBot) -> None:
    import unicodedata

    from PySide6.QtWidgets import QLabel

    from core.team.agreement import measure
    from gui.team.team_tables import ReportAgreementDialog

    rows = [["target", "target"], ["achievement", "other"], ["other", "other"]]
    dialog = ReportAgreementDialog("report.txt#r1", measure(rows, ["alice", "bob"], ["target", "achievement", "other"]))
    qtbot.addWidget(dialog)
    table = next(label.text() for label in dialog.findChildren(QLabel) if "alice \\ bob" in label.text())
    assert "目标" in table
    widths = {sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)
              for line in table.splitlines()}
    assert len(widths) == 1, table


def test_the_scorecard_of_a_review_only_earlier_report_says_it_has_no_plan_part(
        qtbot: QtBot, chinese: None, tmp_path: Path) -> None:
    from gui.compare.scorecard.table_model import COLUMN_REASON
    from tests.gui.compare.two_years import EARLIER, LATER

    _card, panel = _scorecard_panel(qtbot, tmp_path, EARLIER.split("二、2022年工作安排")[0], LATER)  # review only
    reasons = [panel.model.index(row, COLUMN_REASON).data() for row in range(panel.model.rowCount())]
    assert reasons and all(reason.startswith("2022年报告无计划部分") for reason in reasons), reasons


def test_the_scorecard_sorts_by_the_reason_as_shown_in_chinese(qtbot: QtBot, chinese: None, tmp_path: Path) -> None:
    from gui.compare.scorecard.table_model import COLUMN_REASON
    from tests.gui.compare.two_years import EARLIER, LATER

    _card, panel = _scorecard_panel(qtbot, tmp_path, EARLIER, LATER)
    model = panel.model
    model.sort(COLUMN_REASON)
    shown = [model.index(row, COLUMN_REASON).data() for row in range(model.rowCount())]
    english = [model.row(row).reason for row in range(model.rowCount())]
    assert shown == sorted(shown) and english != sorted(english)  # the Chinese order, not the English one
