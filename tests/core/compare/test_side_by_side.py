"""The two texts side by side: the plan for a year beside the review of that year, links and scroll anchors."""

from __future__ import annotations

from itertools import pairwise

from core.compare.rows import NEW, OLD, compute_comparison
from core.compare.side_by_side import (
    FACING_KIND,
    FACING_YEAR,
    LINK_ANSWER,
    LINK_PAIR,
    LINK_SCORE,
    map_position,
    side_by_side,
)
from core.reading.document import parse_text
from core.reading.model import Report

EARLIER = """2022年某某市政府工作报告
——2022年1月10日在某某市第一届人民代表大会第一次会议上
一、2021年工作回顾
经济运行稳中向好，全年新建改造农村公路300公里。
二、2022年工作安排
2022年主要预期目标是：地区生产总值增长6%左右，城镇新增就业5万人以上。
全力推进乡村振兴，建设美丽宜居乡村。
"""
LATER = """2023年某某市政府工作报告
——2023年1月12日在某某市第一届人民代表大会第二次会议上
一、2022年工作回顾
过去一年，地区生产总值增长5.8%，城镇新增就业5.6万人。
二、2023年工作安排
全力推进乡村振兴，建设和美宜居乡村。
"""


def _report(text: str, name: str) -> Report:
    return parse_text(text, name)[0]


def _comparison():
    return compute_comparison(_report(EARLIER, "mouchi-2022.txt"), _report(LATER, "mouchi-2023.txt"))


def _titles(parts) -> list[str]:
    return [part.title for part in parts]


def test_the_plan_for_a_year_faces_the_review_of_that_year() -> None:
    view = side_by_side(_comparison(), FACING_YEAR)
    faced = [(_titles(band.old_parts), _titles(band.new_parts)) for band in view.bands]
    assert faced == [
        ([], []),  # the title and meeting lines
        (["一、2021年工作回顾"], []),  # last year's report looks back at the year before: nothing faces it
        (["二、2022年工作安排"], ["一、2022年工作回顾"]),  # promised for 2022 beside what came of it
        ([], ["二、2023年工作安排"]),
    ]
    # each side's bands cover its text in order, without gaps
    for side, report in ((OLD, view_report(OLD)), (NEW, view_report(NEW))):
        spans = [band.span(side) for band in view.bands]
        assert spans[0][0] == 0 and spans[-1][1] == len(report.text)
        assert all(first[1] == second[0] for first, second in pairwise(spans))


def view_report(side: int) -> Report:
    return _report(EARLIER if side == OLD else LATER, "mouchi-2022.txt" if side == OLD else "mouchi-2023.txt")


def test_review_faces_review_when_asked() -> None:
    view = side_by_side(_comparison(), FACING_KIND)
    faced = [(_titles(band.old_parts), _titles(band.new_parts)) for band in view.bands[1:]]
    assert faced == [(["一、2021年工作回顾"], ["一、2022年工作回顾"]), (["二、2022年工作安排"], ["二、2023年工作安排"])]


def test_links_join_a_target_to_its_result_and_a_sentence_to_its_rewording() -> None:
    comparison = _comparison()
    view = side_by_side(comparison)
    old, new = comparison.old, comparison.new
    target = next(index for index, sentence in enumerate(old.sentences) if "主要预期目标" in sentence.text)
    result = next(index for index, sentence in enumerate(new.sentences) if "5.8%" in sentence.text)
    assert result in view.partners(OLD, target)
    assert view.links_of(OLD, target)[0].kind == LINK_SCORE
    assert target in view.partners(NEW, result)
    village = next(index for index, sentence in enumerate(old.sentences) if "美丽宜居" in sentence.text)
    (link,) = view.links_of(OLD, village)
    assert link.kind == LINK_PAIR and link.changed
    assert "和美宜居" in new.sentences[link.new].text


def test_anchors_go_down_both_texts_and_map_between_them() -> None:
    comparison = _comparison()
    view = side_by_side(comparison)
    anchors = view.anchors
    assert all(a[0] <= b[0] and a[1] <= b[1] for a, b in pairwise(anchors))
    assert anchors[-1] == (len(comparison.old.text), len(comparison.new.text))
    plan = view.bands[2]
    # the start of the plan for 2022 is level with the start of the review of 2022
    assert map_position(anchors, plan.old_span[0], OLD) == plan.new_span[0]
    assert plan.old_span[0] < map_position(anchors, plan.new_span[0] + 1, NEW) < plan.old_span[1]
    # while the earlier report's own review scrolls by, the later text waits at its review
    review = view.bands[1]
    middle = (review.old_span[0] + review.old_span[1]) / 2
    assert map_position(anchors, middle, OLD) == plan.new_span[0]
    assert view.band_of(OLD, plan.old_span[0] + 1) == 2 and view.band_of(NEW, plan.new_span[0] + 1) == 2


def test_map_position_is_straight_between_anchors() -> None:
    anchors = [(0.0, 0.0), (100.0, 50.0), (200.0, 250.0)]
    assert map_position(anchors, 50.0) == 25.0
    assert map_position(anchors, 150.0) == 150.0
    assert map_position(anchors, 75.0, NEW) == 112.5
    assert map_position(anchors, 260.0) == 310.0
    assert map_position([], 7.0) == 7.0


def test_a_plan_sentence_is_linked_to_the_review_sentence_that_reports_on_it() -> None:
    earlier = EARLIER + "加快建设城市轨道交通二号线，力争年内建成通车，方便市民出行。\n"
    later = LATER.replace("进出口稳中提质", "").replace(
        "过去一年，地区生产总值增长5.8%，城镇新增就业5.6万人。",
        "过去一年，地区生产总值增长5.8%，城镇新增就业5.6万人。\n城市轨道交通二号线建成通车，新增公交线路12条。")
    comparison = compute_comparison(_report(earlier, "mouchi-2022.txt"), _report(later, "mouchi-2023.txt"))
    old, new = comparison.old, comparison.new
    view = side_by_side(comparison)
    promise = next(index for index, sentence in enumerate(old.sentences) if "二号线" in sentence.text)
    report = next(index for index, sentence in enumerate(new.sentences) if "二号线" in sentence.text)
    (link,) = view.links_of(OLD, promise)
    assert (link.kind, link.new) == (LINK_ANSWER, report)
    assert view.partners(NEW, report) == [promise]
    assert (promise, report) in view.facing_links  # the two face each other: plan for 2022, review of 2022
    assert comparison.answers is not None and (promise, report) in comparison.answers  # computed once, kept
    # the village sentence of the plan has its rewording in the next plan and nothing in the review
    village = next(index for index, sentence in enumerate(old.sentences) if "美丽宜居" in sentence.text)
    assert [link.kind for link in view.links_of(OLD, village)] == [LINK_PAIR]
