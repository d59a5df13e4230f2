"""Policy topics of a brief: names of things the plan newly speaks of, not everyday words."""

from __future__ import annotations

from core.reading.document import parse_text
from core.reading.model import Report
from core.summary.policy_topics import CLOSING_FIELDS, TopicChange, topic_changes


def city_report(year: int, review: str, plan: str) -> Report:
    text = (f"{year}年某市政府工作报告\n各位代表：\n一、{year - 1}年工作回顾\n{review}\n"
            f"二、{year}年工作任务\n（一）扩大有效需求\n{plan}\n")
    return parse_text(text)[0]


def all_words(changes: list[TopicChange]) -> set[str]:
    return {word for change in changes for word in change.words}


def test_words_of_the_new_plan_are_new_topics_and_everyday_words_are_not() -> None:
    old = city_report(2023, "全年地区生产总值增长5%。", "推进老旧小区改造。加快老旧小区改造。")
    new = city_report(2024, "老旧小区改造完成120个。",
                      "建设低空经济产业园。发展低空经济。做好有关工作。落实有关政策。因地制宜推进。因地制宜发展。")
    new_topics, dropped = topic_changes(old, new)
    assert "低空" in all_words(new_topics)
    assert not {"有关", "因地制宜"} & all_words(new_topics)
    # 老旧小区 leaves the plan but the later report still reports on it: not dropped.
    assert not {"老旧小区", "小区"} & all_words(dropped)


def test_a_topic_the_later_report_no_longer_mentions_anywhere_is_dropped() -> None:
    old = city_report(2023, "全年地区生产总值增长5%。", "推进棚户区改造。加快棚户区改造。")
    new = city_report(2024, "全年地区生产总值增长5.2%。", "发展低空经济。壮大低空经济。")
    _, dropped = topic_changes(old, new)
    assert "棚户区" in all_words(dropped)


def test_a_topic_the_later_report_names_only_in_a_heading_is_not_dropped() -> None:
    """2016 names 环境治理 in its heading （六）加大环境治理力度，推动绿色发展取得新突破 alone."""
    old = city_report(2015, "全年地区生产总值增长7%。", "加强环境治理。推进环境治理。")
    new = city_report(2016, "全年地区生产总值增长6.9%。",
                      "发展低空经济。壮大低空经济。\n（二）加大环境治理力度\n淘汰落后产能。")
    _, dropped = topic_changes(old, new)
    assert "环境治理" not in all_words(dropped)



def test_a_part_of_a_set_name_is_no_topic_of_its_own() -> None:
    old = city_report(2023, "全年地区生产总值增长5%。", "推进老旧小区改造。加快老旧小区改造。")
    new = city_report(2024, "全年地区生产总值增长5.2%。",
                      "坚持港人治港、澳人治澳、高度自治的方针。两岸同胞要和衷共济、同舟共济。")
    new_topics, _ = topic_changes(old, new)
    assert not {"人治", "共济"} & all_words(new_topics)


def test_the_fields_after_an_address_are_filed_under_no_sub_section() -> None:
    """2014: 治军 and 情谊, from the defence and Taiwan paragraphs after 各位代表！, were filed under the last
    sub-section, 努力建设生态文明的美好家园."""
    old = city_report(2023, "全年地区生产总值增长5%。",
                      "推进生态文明建设。\n各位代表！\n坚持政治建军、依法治军。坚持依法治军，深化军队改革。")
    new = city_report(2024, "全年地区生产总值增长5.2%。", "发展低空经济。壮大低空经济。")
    _, dropped = topic_changes(old, new)
    military = [change for change in dropped if "治军" in change.words]
    assert military and military[0].section == CLOSING_FIELDS


def test_words_of_the_foreign_affairs_of_the_plan_are_no_topics_of_the_years_work() -> None:
    """1988 and 1993: 核武器、美苏、地区冲突 (关于外交工作) were listed as the year's new priorities."""
    old = city_report(2023, "全年地区生产总值增长5%。", "推进老旧小区改造。加快老旧小区改造。")
    new = city_report(2024, "全年地区生产总值增长5.2%。",
                      "发展低空经济。壮大低空经济。\n（二）关于外交工作\n反对军备竞赛。制止军备竞赛。")
    new_topics, _ = topic_changes(old, new)
    assert "低空" in all_words(new_topics) and "军备竞赛" not in all_words(new_topics)


def test_a_report_of_topical_parts_plans_its_year_where_the_scorecard_reads_its_plan() -> None:
    """1978→1979: section 三 said 1979年报告没有部署当年工作的部分; its parts are topical and 二、打好四个现代化的第一个
    战役 plans the year."""
    from core.summary.policy_topics import has_year_plan

    text = ("1979年政府工作报告\n各位代表：\n一、伟大的历史性转变\n去年全国工农业总产值增长百分之十二。去年粮食增产。\n"
            "二、打好四个现代化的第一个战役\n今年要大力发展轻纺工业。今年要发展轻纺工业。\n")
    assert has_year_plan(parse_text(text)[0])
