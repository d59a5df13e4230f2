"""Part layouts of older national reports: parts numbered （一）, （二） with items 一、 inside them (1981, 1985),
and stand-alone part titles with numbered items below (1982: 第六个五年计划的基本任务 … 六五计划前两年的执行情况)."""

from __future__ import annotations

from pathlib import Path

from core.reading.document import load_reports
from core.reading.model import KIND_PLAN, KIND_REVIEW, LEVEL_PART, Report
from core.reading.sections.headings import part_kind


def _report(tmp_path: Path, body: str) -> Report:
    path = tmp_path / "report.txt"
    path.write_text("各位代表：\n\n现在，我代表国务院向大会报告工作，请予审议。\n\n" + body, encoding="utf-8")
    return load_reports(path)[0]


def _parts(report: Report) -> list[tuple[str, str]]:
    return [(section.title, section.kind) for section in report.sections if section.parent is None]


def test_parts_numbered_like_sub_sections_keep_their_items_inside(tmp_path: Path) -> None:
    report = _report(tmp_path, "（一）当前的经济形势\n\n今年工农业总产值预计比去年增长百分之三。\n\n"
                               "（二）今后经济建设的方针\n\n明年要继续调整国民经济。\n\n"
                               "一、依靠政策和科学，加快农业的发展\n\n农业是国民经济的基础。\n\n"
                               "二、把消费品工业的发展放到重要地位\n\n轻工业要继续较快地增长。\n\n"
                               "（三）我国经济发展的前景\n\n我们的前途是光明的。\n")
    assert _parts(report) == [("（一）当前的经济形势", KIND_REVIEW), ("（二）今后经济建设的方针", KIND_PLAN),
                              ("（三）我国经济发展的前景", KIND_PLAN)]
    items = [section for section in report.sections if section.title.startswith(("一、", "二、"))]
    assert [section.level > LEVEL_PART for section in items] == [True, True]
    assert {report.section_by_id(section.parent).title for section in items if section.parent} == {
        "（二）今后经济建设的方针"}
    farming = next(sentence for sentence in report.sentences if sentence.text.startswith("农业是"))
    assert report.section_kind(farming) == KIND_PLAN


def test_stand_alone_titles_of_tasks_results_and_measures_are_parts(tmp_path: Path) -> None:
    report = _report(tmp_path, "第六个五年计划的基本任务\n\n一、关于工农业生产的发展速度\n\n"
                               "工农业总产值计划每年递增百分之四。\n\n"
                               "二、关于基本建设的规模\n\n五年内基本建设投资为二千三百亿元。\n\n"
                               "六五计划前两年的执行情况\n\n一九八二年工农业总产值预计可以达到百分之六点四。\n\n"
                               "全面实现六五计划的主要措施\n\n一、所有建设项目必须严格按照基本建设程序办事。\n\n要加强综合平衡。\n")
    assert _parts(report) == [("第六个五年计划的基本任务", KIND_PLAN), ("六五计划前两年的执行情况", KIND_REVIEW),
                              ("全面实现六五计划的主要措施", KIND_PLAN)]
    result = next(sentence for sentence in report.sentences if sentence.text.startswith("一九八二年"))
    assert report.section_kind(result) == KIND_REVIEW


def test_a_part_on_the_economic_situation_reviews() -> None:
    assert part_kind("（一）关于经济形势", 1985) == KIND_REVIEW
    assert part_kind("六、国际形势和我国对外政策", 1978) != KIND_REVIEW  # the world's situation is no review


def test_numbered_tasks_announced_after_an_unnumbered_review_are_parts_of_the_plan(tmp_path: Path) -> None:
    """2002: 首先报告２００１年的工作 took 一、 to 八、 (the year's tasks) as its items, so the whole report was a
    review, the brief said 2002 had no plan of its year and the section tree hid the plan."""
    report = _report(tmp_path, "首先报告２００１年的工作\n\n国民经济保持良好发展势头。\n\n"
                               "按照这个总体要求，今年要着重做好以下八个方面工作。\n\n"
                               "一、扩大和培育内需，促进经济较快增长\n\n今年要继续扩大内需。\n\n"
                               "二、加快农业和农村经济发展，努力增加农民收入\n\n要增加农民收入。\n")
    titles = [title for title, _ in _parts(report)]
    assert titles == ["首先报告２００１年的工作", "一、扩大和培育内需，促进经济较快增长",
                      "二、加快农业和农村经济发展，努力增加农民收入"]
    # numbered items under an unnumbered title of tasks stay its items
    tasks = _report(tmp_path, "今后五年的主要任务\n\n今后五年要继续改革。\n\n"
                              "一、大力发展农业生产\n\n农业要发展。\n\n二、加快科学技术和教育事业的发展\n\n科技要发展。\n")
    assert [title for title, _ in _parts(tasks)] == ["今后五年的主要任务"]


def test_stand_alone_titles_of_a_summary_of_tasks_with_a_list_and_of_foreign_affairs_are_parts(tmp_path: Path) -> None:
    """1988: 过去五年国内工作的基本总结, 今后五年建设和改革的目标、方针和任务 and 关于外交工作 were read as body text,
    and the five points of a price list in the review (一、…；) became the report's parts."""
    report = _report(tmp_path, "过去五年国内工作的基本总结\n\n五年来经济发展很快。物价改革要做好以下几点：\n\n"
                               "一、继续坚持改革不合理的价格体系；\n\n二、适当控制物价上涨幅度；\n\n"
                               "今后五年建设和改革的目标、方针和任务\n\n今后五年要继续改革。\n\n"
                               "一、大力发展农业生产\n\n农业要发展。\n\n关于外交工作\n\n我国坚持独立自主的和平外交政策。\n")
    assert _parts(report) == [("过去五年国内工作的基本总结", KIND_REVIEW),
                              ("今后五年建设和改革的目标、方针和任务", KIND_PLAN), ("关于外交工作", KIND_PLAN)]
    assert part_kind("关于外交工作") != KIND_REVIEW


def test_a_paragraph_of_two_short_tasks_is_a_sub_heading_and_an_announcement_is_not(tmp_path: Path) -> None:
    """1994: 加强农业基础地位，全面发展农村经济。 stood as a paragraph of its own and was read as body text, so section
    三 of the brief filed its topics under 农业是关系全局的问题."""
    report = _report(tmp_path, "二、1994年的主要任务\n\n加强农业基础地位，全面发展农村经济。\n\n农业是关系全局的问题。"
                               "今年要稳定粮食生产。\n\n改善经营管理，搞好工交生产。\n\n工业要提高效益。\n\n"
                               "一年来，我们主要做了以下工作。\n\n伟大祖国永远是香港、澳门的坚强后盾。\n\n"
                               "对这些问题，我们将采取有力措施加以解决。\n\n各位代表！\n\n征途漫漫，惟有奋斗。\n\n")
    leads = [section.title for section in report.sections if section.level > LEVEL_PART]
    assert {"加强农业基础地位，全面发展农村经济", "改善经营管理，搞好工交生产"} <= set(leads)
    assert not any("以下" in lead or "后盾" in lead for lead in leads)
    speech = [lead for lead in leads if "我们" in lead or "征途" in lead]
    assert not speech, "what we will do, or a line after 各位代表！, is speech"


def test_the_items_of_a_list_most_of_which_are_sub_headings_are_all_sub_headings(tmp_path: Path) -> None:
    """2002: 二是, 四是 and 五是 were sub-headings of their part, 一是 and 三是 (a clause or two longer) body text."""
    report = _report(tmp_path, "一、扩大和培育内需，促进经济较快增长\n\n"
                               "一是采取更有力的措施，千方百计增加农民收入，切实减轻农民负担。\n\n要稳定粮食生产。\n\n"
                               "二是进一步完善城镇社会保障体系。\n\n要扩大覆盖面。\n\n"
                               "三是继续适当提高机关事业单位职工基本工资，并相应增加离退休人员离退休金。\n\n要落实。\n\n"
                               "四是积极扩大就业和再就业。\n\n要多渠道。\n\n"
                               "二、加快农业和农村经济发展\n\n"
                               "一是扩大退耕还林规模，并且要巩固成果，防止反弹，还要做好后续产业的培育和发展工作。\n\n"
                               "二是深化农村税费改革，减轻农民负担。\n\n"
                               "三是努力拓宽农民增收渠道，提高农民收入水平，并大力发展农产品加工业和乡镇企业。\n\n"
                               "三、努力保持对外贸易稳定增长\n\n一是稳定外需。\n\n二是优化结构。\n\n"
                               "三是抓紧完善鼓励服务贸易的政策措施；大力发展国际服务外包。\n\n"
                               "四、厉行节约\n\n一要大张旗鼓地倡导艰苦创业、勤俭建国、勤俭办一切事业。\n\n"
                               "二要努力节省开支。\n\n三要严肃财经纪律。\n\n")
    leads = [section.title[:3] for section in report.sections if section.level > LEVEL_PART and "是" in section.title]
    assert leads[:4] == ["一是采", "二是进", "三是继", "四是积"]
    assert "一是扩" not in leads, "one item of three a sub-heading does not make the others so"
    assert "三是抓" not in leads, "an item of measures joined by a semicolon is no heading"
    titles = {section.title for section in report.sections}
    assert {"一要大张旗鼓地倡导艰苦创业、勤俭建国、勤俭办一切事业", "二要努力节省开支"} <= titles, "一要… too"


def test_a_paragraph_alone_between_two_items_is_the_body_of_the_first(tmp_path: Path) -> None:
    """2010: 严格控制一般性支出，大力压缩公用经费。 stood between 三是… and 四是… and was read as a sub-heading, so 四是
    was filed under it; 1997: 加强水利建设是一项迫切任务。 lost its sub-heading for the 是 in it."""
    report = _report(tmp_path, "二、2010年的主要任务\n\n"
                               "三是优化财政支出结构，有保有压，把钱花在刀刃上。继续向“三农”倾斜。\n\n"
                               "严格控制一般性支出，大力压缩公用经费。\n\n"
                               "四是切实加强政府性债务管理，增强内外部约束力，有效防范和化解潜在财政风险。\n\n"
                               "适应经济全球化趋势，进一步提高对外开放水平。\n\n"
                               "一要抓紧做好加入世贸组织的准备和过渡期的各项工作。\n\n采取切实措施，转变政府管理方式。\n\n"
                               "加强水利建设是一项迫切任务。\n\n水利是农业的命脉，要加大投入。\n\n"
                               "重点做好十方面工作。\n\n")
    leads = [section.title for section in report.sections if section.level > LEVEL_PART]
    assert "严格控制一般性支出，大力压缩公用经费" not in leads
    assert {"适应经济全球化趋势，进一步提高对外开放水平", "加强水利建设是一项迫切任务"} <= set(leads)
    assert "重点做好十方面工作" not in leads, "an announcement is no heading"


def test_a_numbered_list_in_the_text_is_sentences_not_parts(tmp_path: Path) -> None:
    """1987: five tasks numbered 一、 to 五、, each a paragraph ending on ；, the last on 。, inside part 四
    were read as sections: the section tree filled with them and no one could label them."""
    report = _report(tmp_path, "一、一九八六年的工作回顾\n\n经济持续增长。\n\n"
                               "二、巩固和发展安定团结的政治局面\n\n今年要着重做好以下工作：\n\n"
                               "一、继续深入批评资产阶级自由化的错误观点；\n\n二、认真进行坚持四项基本原则的正面教育；\n\n"
                               "三、大力加强马克思主义理论队伍的建设。\n\n我们要团结一致。\n\n"
                               "三、关于外交工作\n\n我们将继续奉行独立自主的和平外交政策。\n")
    assert [title for title, _ in _parts(report)] == [
        "一、一九八六年的工作回顾", "二、巩固和发展安定团结的政治局面", "三、关于外交工作"]
    assert not [section for section in report.sections if section.title.startswith(("一、继续", "三、大力"))]
    texts = [sentence.text for sentence in report.sentences]
    assert "一、继续深入批评资产阶级自由化的错误观点；" in texts
    assert "三、大力加强马克思主义理论队伍的建设。" in texts
