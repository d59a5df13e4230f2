"""A review that closes on the lessons for the coming years, and the year's tasks reported done in its closing.

Written from the errors on ``national/1992``: its review part (一) turns to
"今后一定要…把握住以下一些要点" and sets out principles, duties of ours
(``target``) among doctrine (``other``).
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.suggest.cue_rules.lessons import duty_then_ground, turns_to_the_future
from core.suggest.rules import Suggestion, suggest_by_rules
from tests.core.suggest.test_suggest import by_text

REVIEW_WITH_LESSONS = """政府工作报告
各位代表：
一、１９９１年国内工作的回顾
１９９１年国民生产总值比上年增长百分之七。
对港澳台同胞在我国遭受自然灾害时所作的捐助，我们表示衷心的感谢。
我们不仅比较全面地实现了“八五”计划第一年发展国民经济的各项主要指标，而且通货膨胀得到控制。
我国目前的经济状况表明，治理整顿的主要任务已经基本完成，作为经济发展的一个特定阶段可以如期结束。
这三年治理整顿之所以进行得比较顺利，是同改革开放以来我国经济实力有了很大增强分不开的。
我们今后一定要更加坚定、准确、全面地贯彻这条路线，并把握住以下一些要点。
紧紧抓住经济建设这个中心不放。
这些年我国经济发展了，人民生活提高了，这是我们能够经受住国内外严峻形势考验的根本原因。
我们应该树立雄心壮志，扎实工作，讲求效益，努力做到持续稳定协调发展。
改革开放是解放和发展社会生产力的必由之路。
必须在中国共产党的领导下，运用人民民主专政的力量保卫社会主义制度，促进经济发展和社会进步。
保持社会和政治稳定是改革开放和发展经济的前提条件。
各级干部必须勤政廉政，牢固树立为人民服务的思想，这是关系国家前途命运的大事。
同时注意及时总结经验，对的坚持，不对的改正，并抓紧发现和解决实践中出现的新问题。
及时总结经验，树立务实作风。
二、抓紧有利时机，加快经济发展
我们要抓紧时机，集中力量，进一步加快国民经济的发展。
"""


@pytest.fixture(scope="module")
def suggested() -> tuple[Report, dict[str, Suggestion]]:
    report = parse_text(REVIEW_WITH_LESSONS, "1992.txt")[0]
    return report, suggest_by_rules(report)


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        ("１９９１年国民生产总值", "achievement", "review part"),
        ("对港澳台同胞", "other", "thanks"),  # thanks open the closing paragraphs
        # The year's tasks reported done are results, even in the closing paragraphs.
        ("我们不仅比较全面地实现了", "achievement", "review part"),
        ("我国目前的经济状况表明", "achievement", "review part"),
        ("这三年治理整顿之所以", "other", "closing paragraph"),  # a cause of success stays in the closing
        # The turn to the coming years, and the lessons after it: duties and orders, doctrine.
        ("我们今后一定要", "target", "principle for the future"),
        ("紧紧抓住经济建设", "target", "principle for the future"),
        ("这些年我国经济发展了", "other", "explanation"),  # the cause named (core.suggest.cue_rules.reasoning)
        ("我们应该树立雄心壮志", "target", "principle for the future"),
        ("改革开放是解放", "other", "statement of principle"),
        ("必须在中国共产党的领导下", "target", "principle for the future"),
        ("保持社会和政治稳定是", "other", "statement of principle"),  # an order word as the subject of 是
        ("各级干部必须勤政廉政", "target", "principle for the future"),  # the duty, then its ground
        ("同时注意及时总结经验", "target", "principle for the future"),
        ("及时总结经验，树立", "target", "principle for the future"),  # a couplet of orders among the lessons
        ("我们要抓紧时机", "target", "tasks ahead"),
    ],
)
def test_a_review_turning_to_the_coming_years_states_duties_among_its_principles(
    suggested: tuple[Report, dict[str, Suggestion]], start: str, label: str, reason: str
) -> None:
    report, suggestions = suggested
    found = by_text(report, suggestions, start)
    assert found.label == label and reason in found.reason, found


def test_a_review_without_the_turn_stays_a_review() -> None:
    text = REVIEW_WITH_LESSONS.replace("我们今后一定要更加坚定", "我们一定要更加坚定")
    report = parse_text(text, "1992.txt")[0]
    found = by_text(report, suggest_by_rules(report), "紧紧抓住经济建设")
    assert found.label == "achievement" and found.reason == "review part", found


@pytest.mark.parametrize(
    ("text", "turns"),
    [
        ("我们今后一定要更加坚定、准确、全面地贯彻这条路线。", True),
        ("今后，我们必须坚持这条路线。", True),
        ("试点中发现了不少新的问题，有待于今后进一步解决。", False),  # a problem left for later
        ("今后的任务十分艰巨。", False),
    ],
)
def test_the_turn_is_a_duty_of_ours_from_now_on(text: str, turns: bool) -> None:
    assert bool(turns_to_the_future(text)) == turns


@pytest.mark.parametrize(
    ("text", "duty_first"),
    [
        ("各级干部必须勤政廉政，牢固树立为人民服务的思想，这是关系国家前途命运的大事。", True),
        ("社会主义中国要以更加雄健的姿态屹立于世界东方，必须集中力量把国内的事情办好，关键是更好更快地发展。", True),
        ("政府的一切权力都是人民赋予的，必须对人民负责，为人民谋利益，接受人民监督。", False),
        ("解决三农问题，是我们全部工作的重中之重。", False),
    ],
)
def test_a_duty_stated_before_its_ground_is_the_main_clause(text: str, duty_first: bool) -> None:
    assert duty_then_ground(text) == duty_first
