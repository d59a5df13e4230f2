"""A part on the situation and the tasks reviews first: its opening is read as a review by the suggestions too."""

from __future__ import annotations

from core.reading.document import parse_text
from core.reading.model import KIND_PLAN, KIND_REVIEW
from core.reading.sections.situation_review import with_situation_reviewed
from core.suggest.rules import rule_suggestions

REPORT = """各位代表：

一、当前国内形势和基本任务

１９８６年是开始执行第七个五年计划并取得显著成就的一年。全国社会总产值比上年增长９．１％。城乡人民生活继续改善。

我们也必须十分清醒地看到前进中仍然存在不少困难。国家财政出现一些赤字。

今年要努力保证国民经济的持续稳定发展。各级政府都要切实加强农业。

二、坚持长期稳定发展经济的方针

要控制固定资产投资规模。
"""


def test_the_opening_of_a_part_on_the_situation_and_the_tasks_is_a_review() -> None:
    report = parse_text(REPORT)[0]
    kinds = {sentence.text: report.section_kind(sentence) for sentence in report.sentences}
    assert kinds["全国社会总产值比上年增长９．１％。"] == KIND_PLAN  # as its heading says
    read = with_situation_reviewed(report)
    kinds = {sentence.text: read.section_kind(sentence) for sentence in read.sentences}
    assert kinds["全国社会总产值比上年增长９．１％。"] == KIND_REVIEW
    assert kinds["国家财政出现一些赤字。"] == KIND_REVIEW  # the problems close the review
    assert kinds["今年要努力保证国民经济的持续稳定发展。"] == KIND_PLAN
    assert [sentence.id for sentence in read.sentences] == [sentence.id for sentence in report.sentences]


def test_the_suggestions_read_that_opening_as_a_review() -> None:
    report = parse_text(REPORT)[0]
    labels = {sentence.text: suggestion.label for sentence, suggestion in zip(report.sentences,
                                                                            rule_suggestions(report))}
    assert labels["全国社会总产值比上年增长９．１％。"] == "achievement"
    assert labels["城乡人民生活继续改善。"] == "achievement"
    assert labels["各级政府都要切实加强农业。"] == "target"
    assert labels["要控制固定资产投资规模。"] == "target"
