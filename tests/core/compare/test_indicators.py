"""Indicator extraction: the forms real reports use, names matched across years."""

from __future__ import annotations

import pytest

from core.compare.figures.indicator_matching import match_indicators
from core.compare.figures.indicator_names import name_key
from core.compare.indicators import Indicator, extract_from_text, extract_indicators
from core.reading.document import load_reports
from core.reading.model import KIND_PLAN, KIND_REVIEW
from tests.conftest import SHARED


def one(text: str, name: str) -> Indicator:
    found = [indicator for indicator in extract_from_text(text) if indicator.key == name_key(name)]
    assert len(found) == 1, (text, extract_from_text(text))
    return found[0]


def test_growth_with_qualifier() -> None:
    indicator = one("生产总值增长5.5%左右", "生产总值")
    assert (indicator.relation, indicator.value, indicator.unit, indicator.qualifier) == ("增长", 5.5, "%", "左右")
    assert indicator.value_high is None and indicator.hedge == ""


def test_offsets_point_into_the_text() -> None:
    text = "2025年主要预期目标为:生产总值增长5.5%左右,其中,规模以上工业增加值增长7%左右;"
    for indicator in extract_from_text(text, "s-1", offset=100):
        assert indicator.text == text[indicator.start - 100 : indicator.end - 100]
        assert indicator.sentence_id == "s-1"
    assert one(text, "规模以上工业增加值").value == 7


def test_control_within_and_stable_above() -> None:
    rate = one("城镇登记失业率控制在3%以内", "城镇登记失业率")
    assert (rate.relation, rate.value, rate.qualifier) == ("控制在", 3, "以内")
    grain = one("粮食综合生产能力稳定在70万吨以上", "粮食综合生产能力")
    assert (grain.relation, grain.value, grain.unit, grain.qualifier) == ("稳定在", 70, "万吨", "以上")


def test_reach_and_count_without_verb() -> None:
    rate = one("空气优良天数比率达到90.1%", "空气优良天数比率")
    assert (rate.relation, rate.value) == ("达到", 90.1)
    jobs = one("城镇新增就业3.3万人", "城镇新增就业")
    assert (jobs.relation, jobs.value, jobs.unit) == ("", 3.3, "万人")


def test_hedges() -> None:
    assert one("全市生产总值预计增长4%左右", "生产总值").hedge == "预计"
    assert one("力争新能源产业营业收入突破300亿元", "新能源产业营业收入").hedge == "力争"
    assert one("确保粮食产量稳定在70万吨以上", "粮食产量").hedge == "确保"


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [("国内生产总值增长6%－6.5%", 6, 6.5, "%"), ("生产总值增长6.5—7%", 6.5, 7, "%")],
)
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    indicator = one(text, "生产总值")
    assert (indicator.value, indicator.value_high, indicator.unit) == (low, high, unit)


def test_count_ranges() -> None:
    (first,) = extract_from_text("新培育省级以上单项冠军企业1-2个")
    assert (first.value, first.value_high, first.unit) == (1, 2, "个")
    (second,) = extract_from_text("新增上市企业4至6家")
    assert (second.value, second.value_high, second.unit) == (4, 6, "家")


def test_respectively_gives_one_indicator_per_name() -> None:
    found = extract_from_text("城镇和农村居民人均可支配收入分别增长6%和7.5%")
    assert [(indicator.name, indicator.value) for indicator in found] == [
        ("城镇居民人均可支配收入", 6),
        ("农村居民人均可支配收入", 7.5),
    ]
    hedged = extract_from_text("城镇和农村居民人均可支配收入预计分别增长7%左右和8%左右")
    assert [(indicator.value, indicator.qualifier, indicator.hedge) for indicator in hedged] == [
        (7, "左右", "预计"),
        (8, "左右", "预计"),
    ]


def test_relative_targets() -> None:
    figure = one("高新技术产业产值增速高于全省1个百分点", "高新技术产业产值")
    assert (figure.relation, figure.reference, figure.value, figure.unit) == ("高于", "全省", 1, "个百分点")
    assert figure.relative
    bare = one("固定资产投资增速高于全省", "固定资产投资")
    assert (bare.relation, bare.reference, bare.value) == ("高于", "全省", None)


def test_qualitative_targets() -> None:
    sync = one("居民人均可支配收入与经济增长同步", "居民人均可支配收入")
    assert (sync.relation, sync.reference, sync.value, sync.unit) == ("同步", "经济增长", None, "")
    double = one("外贸进出口实现两位数增长", "外贸进出口")
    assert (double.qualifier, double.relation, double.value) == ("两位数", "增长", None)


def test_clause_without_name_continues_the_previous() -> None:
    found = extract_from_text("地区生产总值完成3463.9亿元，增长7.5%；")
    assert [(indicator.key, indicator.relation, indicator.value, indicator.unit) for indicator in found] == [
        ("生产总值", "完成", 3463.9, "亿元"),
        ("生产总值", "增长", 7.5, "%"),
    ]


def test_from_to_takes_the_final_value() -> None:
    (indicator,) = extract_from_text("国内生产总值从54万亿元增加到82.7万亿元")
    assert (indicator.key, indicator.relation, indicator.value, indicator.unit) == (
        "生产总值",
        "增加到",
        82.7,
        "万亿元",
    )


def test_years_and_ordinals_are_not_indicators() -> None:
    assert extract_from_text("2021年是“十四五”开局之年，第3次会议召开。") == []


@pytest.mark.parametrize("name", ["地区生产总值", "全市生产总值", "生产总值", "GDP", "国内生产总值", "全省生产总值"])
def test_gdp_names_share_a_key(name: str) -> None:
    assert name_key(name) == "生产总值"


def test_distinct_names_stay_apart() -> None:
    assert name_key("单位国内生产总值能耗") == name_key("单位GDP能耗") != name_key("生产总值")
    assert name_key("人均生产总值") != name_key("生产总值")
    assert name_key("固定资产投资增速") == name_key("固定资产投资")


def test_matching_prefers_same_unit_and_relation() -> None:
    old = extract_from_text("国内生产总值增长6.5%左右；居民消费价格涨幅3%左右", kind=KIND_PLAN)
    new = extract_from_text(
        "国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。国内生产总值增长6.9%，居民消费价格上涨1.6%",
        kind=KIND_REVIEW,
    )
    pairs = {first.key: second for first, second, _ in match_indicators(old, new)}
    assert pairs["生产总值"].value == 6.9
    assert pairs["居民消费价格"].value == 1.6


def test_rewording_matched_by_fuzzy_name() -> None:
    old = extract_from_text("一般公共预算收入增长5%")
    new = extract_from_text("地方一般公共预算收入增长3%左右")
    assert [(first.value, second.value) for first, second, _ in match_indicators(old, new)] == [(5, 3)]
    unrelated = extract_from_text("农村居民人均可支配收入增长7%")
    assert match_indicators(extract_from_text("城镇居民人均可支配收入增长6%"), unrelated) == []


def test_real_report_targets() -> None:
    path = SHARED / "corpus" / "weihai-2025-plan-section.txt"
    if not path.exists():
        pytest.skip("../shared/corpus is not available beside the project")
    report = load_reports(path)[0]
    indicators = extract_indicators(report)
    by_key = {indicator.key: indicator for indicator in indicators}
    assert by_key["生产总值"].value == 5.5 and by_key["生产总值"].kind == KIND_PLAN
    assert by_key["社会消费品零售总额"].qualifier == "以上"
    assert by_key["居民人均可支配收入"].value is None
    assert by_key["粮食综合生产能力"].value == 70
    for indicator in indicators:
        assert report.text[indicator.start : indicator.end] == indicator.text


@pytest.mark.parametrize(
    ("text", "name", "relation", "value", "unit"),
    [
        ("粮食产量首次跃上1.4万亿斤", "粮食产量", "跃上", 1.4, "万亿斤"),
        ("粮食产量降到6亿吨", "粮食产量", "降到", 6, "亿吨"),
        ("安排地方专项债券4000亿元", "地方专项债券", "", 4000, "亿元"),
        ("二是取消或停征中央涉企行政事业性收费35项", "取消或停征中央涉企行政事业性收费", "", 35, "项"),
        ("届时，我国经济总量超过90万亿元", "经济总量", "超过", 90, "万亿元"),
        # per unit (每斤, 人均每年) is no part of a name; a clause without a figure names what changes
        ("今年粳稻最低收购价平均每斤提高0.11元", "粳稻最低收购价", "提高", 0.11, "元"),
        ("逐步降低农业税税率，平均每年降低1个百分点以上", "农业税税率", "降低", 1, "个百分点"),
        ("继续提高企业退休人员基本养老金，人均每年增长10%左右", "企业退休人员基本养老金", "增长", 10, "%"),
    ],
)
def test_verbs_and_leading_words_kept_out_of_names(
    text: str, name: str, relation: str, value: float, unit: str
) -> None:
    (indicator,) = extract_from_text(text)
    assert (indicator.name, indicator.relation, indicator.value, indicator.unit) == (name, relation, value, unit)


def test_name_after_the_figure() -> None:
    (poverty,) = extract_from_text("今年要完成1000万以上农村贫困人口脱贫任务", offset=5)
    assert (poverty.name, poverty.relation, poverty.value, poverty.unit, poverty.qualifier) == (
        "农村贫困人口脱贫", "完成", 1000, "万", "以上")
    assert poverty.text == "1000万以上农村贫困人口脱贫任务"
    (planned,) = extract_from_text("再开工20项重大水利工程")
    (done,) = extract_from_text("新开工重大水利工程21项")
    assert planned.key == done.key == "开工重大水利工程"
    assert (planned.value, planned.unit) == (20, "项")


def test_one_figure_for_each_name_with_jun() -> None:
    found = extract_from_text("广义货币M2和社会融资规模余额预期增长均为12%左右")
    assert [(indicator.name, indicator.relation, indicator.value, indicator.hedge) for indicator in found] == [
        ("广义货币M2", "增长", 12, "预期"),
        ("社会融资规模余额", "增长", 12, "预期"),
    ]


def test_respectively_takes_no_more_figures_than_names() -> None:
    found = extract_from_text("二氧化硫、氮氧化物排放量分别下降5.6%和4%，74个城市")
    assert [(indicator.name, indicator.value) for indicator in found] == [
        ("二氧化硫排放量", 5.6),
        ("氮氧化物排放量", 4),
    ]


def test_a_count_of_people_is_in_people() -> None:
    (moved,) = extract_from_text("易地扶贫搬迁人口超过240万")
    assert (moved.unit, moved.key) == ("万人", name_key("易地搬迁脱贫"))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("分领域抓好358个工业重点项目、151个城建重点工程、116个乡村振兴重点项目。",
         [("工业重点项目", 358), ("城建重点工程", 151), ("乡村振兴重点项目", 116)]),
        ("完成38座污水处理厂提标改造、320个村生活污水治理。", [("污水处理厂提标改造", 38), ("村生活污水治理", 320)]),
        ("推动2家企业上市、2家企业报会。", [("企业上市", 2), ("企业报会", 2)]),
    ],
)
def test_a_list_of_counts_names_each_by_what_follows_it(text: str, named: list[tuple[str, float]]) -> None:
    """2023 city reports: the second count of such a list was lost, or each took the name of the one before."""
    assert [(indicator.name, indicator.value) for indicator in extract_from_text(text, kind="plan")] == named


@pytest.mark.parametrize("text", ["我国有9亿多劳动力", "总量超过90万亿元", "用好1800亿元", "今年安排5000亿元",
                                  "重点抓好10个方面的工作"])
def test_no_indicator_without_a_recognisable_name(text: str) -> None:
    assert extract_from_text(text) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("赤字率", "财政赤字率"),
        ("居民人均可支配收入", "城乡居民人均可支配收入"),
        ("居民收入", "居民人均可支配收入"),
        ("能耗强度", "单位国内生产总值能耗"),
        ("单位GDP能耗", "能源消耗强度"),
        ("粮食产量", "粮食总产量"),
        ("城镇新增就业", "新增就业"),
        ("外贸进出口", "进出口总额"),
        ("易地扶贫搬迁", "易地搬迁脱贫"),
        ("农村贫困人口减少", "农村贫困人口脱贫"),
    ],
)
def test_synonyms_share_a_key(first: str, second: str) -> None:
    assert name_key(first) == name_key(second)


def test_figures_with_approximate_words() -> None:
    housing = one("棚户区住房改造620多万套", "棚户区改造")
    assert (housing.value, housing.unit, housing.value_text()) == (620, "万套", "620多万套")
    poor = one("农村贫困人口减少近1400万人", "农村贫困人口")
    assert (poor.relation, poor.value, poor.value_text()) == ("减少", 1400, "近1400万人")
    # 多 or 余 said after the magnitude keeps the unit after it
    jobs = one("转移就业达到11万余人次", "转移就业")
    assert (jobs.value, jobs.unit, jobs.qualifier) == (11, "万人次", "余")
    shows = one("开展送戏下乡演出500场次以上", "开展送戏下乡演出")
    assert (shows.value, shows.unit, shows.qualifier) == (500, "场次", "以上")
    saved = one("节省年度采购费用9亿多元", "节省年度采购费用")
    assert (saved.value, saved.unit, saved.qualifier) == (9, "亿元", "多")


def test_a_figure_that_opens_its_clause_counts_what_follows_it() -> None:
    settled = one("户籍制度改革加快推进，近1400万农业转移人口在城镇落户。", "进城落户")
    assert (settled.value, settled.value_text()) == (1400, "近1400万")
    assert settled.text == "近1400万农业转移人口在城镇落户"
    assert not extract_from_text("7%左右的速度可以实现比较充分的就业")


@pytest.mark.parametrize(
    ("text", "name", "relation", "value", "unit"),
    [
        ("广义货币M2预期增长目标拟定为13%左右", "广义货币M2", "增长", 13, "%"),
        ("城镇登记失业率低于4.6%", "城镇登记失业率", "低于", 4.6, "%"),
        ("把居民消费价格涨幅控制在3.5%左右", "居民消费价格涨幅", "控制在", 3.5, "%"),
        ("年内基本建成保障房480万套", "基本建成保障房", "", 480, "万套"),
        ("移动网络流量资费年内至少降低30%", "移动网络流量资费", "降低", 30, "%"),
        ("赤字率在2%左右", "赤字率", "", 2, "%"),
        ("今年将比改革前减轻企业和个人负担5000多亿元", "减轻企业和个人负担", "", 5000, "亿元"),
        ("专项转移支付项目要减少三分之一", "专项转移支付项目", "减少", 33.3, "%"),
        ("今年由四档税率简并至三档", "税率", "简并至", 3, "档"),
    ],
)
def test_target_wordings_of_the_national_plans(text: str, name: str, relation: str, value: float, unit: str) -> None:
    (indicator,) = extract_from_text(text)
    assert (indicator.name, indicator.relation, indicator.value, indicator.unit) == (name, relation, value, unit)


def test_du_gives_one_figure_to_each_name_and_the_shared_ending_goes_to_each() -> None:
    found = extract_from_text("今年二氧化硫、化学需氧量排放量都要减少2%")
    assert [(indicator.name, indicator.value) for indicator in found] == [
        ("二氧化硫排放量", 2),
        ("化学需氧量排放量", 2),
    ]


def test_a_list_with_a_shared_ending_gives_each_name_the_figure() -> None:
    found = extract_from_text("今年二氧化硫、氮氧化物排放量要下降3%")
    assert [(indicator.name, indicator.value) for indicator in found] == [("二氧化硫排放量", 3), ("氮氧化物排放量", 3)]
    (industries,) = extract_from_text("钢铁、煤炭行业产值增长3%")  # no shared measure: one name
    assert industries.name == "钢铁、煤炭行业产值"


def test_building_works_counted_without_an_object_are_named_by_their_verb() -> None:
    found = extract_from_text("今年城镇保障性住房基本建成470万套、新开工630万套，继续推进农村危房改造")
    assert [(indicator.name, indicator.value, indicator.text) for indicator in found] == [
        ("城镇保障性住房基本建成", 470, "城镇保障性住房基本建成470万套"),
        ("城镇保障性住房新开工", 630, "新开工630万套"),
    ]
    (started,) = extract_from_text("加大保障性安居工程建设力度，今年新开工700万套以上")  # the programme before
    assert (started.name, started.value, started.qualifier) == ("保障性安居工程新开工", 700, "以上")
    assert extract_from_text("新建5000个") == []  # other verbs still need what they count


@pytest.mark.parametrize(
    ("text", "name", "value", "unit"),
    [
        ("再解决6000万人安全饮水问题，增加500万沼气用户", "沼气用户", 500, "万"),
        ("把中央财政的400亿元补贴资金用好用活", "中央财政补贴资金", 400, "亿元"),
        ("今年要全面完成规划支持的2.9万所乡镇卫生院建设任务", "全面完成规划支持乡镇卫生院建设", 2.9, "万所"),
        ("新型农村社会养老保险试点要覆盖全国10%左右的县（市）", "新型农村社会养老保险试点", 10, "%"),
        ("争取用三年时间，解决750万户城市低收入住房困难家庭和240万户棚户区居民的住房问题",
         "城市低收入住房困难家庭", 750, "万户"),
        # a verb after words of how it is done: what is counted still follows the figure
        ("加快推进5个基层卫生院建设", "推进基层卫生院建设", 5, "个"),
        ("高标准建成23个乡镇社工站", "建成乡镇社工站", 23, "个"),
        ("抓好2023年53个老旧小区改造", "抓好老旧小区改造", 53, "个"),
        ("谋划建设170个乡村电商服务站", "建设乡村电商服务站", 170, "个"),
        ("确保完工投用15所乡镇卫生院", "完工投用乡镇卫生院", 15, "所"),
        ("开工建设3条道路", "开工建设道路", 3, "条"),
        ("集中打造5处现代水产种业园区", "打造现代水产种业园区", 5, "处"),
        ("市区9个智能停车场", "市区智能停车场", 9, "个"),  # where alone: what is counted follows too
        ("全面完成4个老旧小区改造", "老旧小区改造", 4, "个"),
        ("加快62个专项债券项目建设", "加快专项债券项目建设", 62, "个"),
        # those a work is done for (为…户, not the level of the thing before); 多式联运 is no 多
        ("新建改造供热管网103.4公里、换热站94座，为3.5万户居民更换燃气物联网表", "居民更换燃气物联网表", 3.5, "万户"),
        ("打造4条多式联运示范线路", "打造多式联运示范线路", 4, "条"),
        ("投用200万方地下洞库项目", "投用地下洞库项目", 200, "万方"),
    ],
)
def test_what_a_figure_counts_is_read_after_it(text: str, name: str, value: float, unit: str) -> None:
    indicator = extract_from_text(text)[-1 if "沼气" in text or "换热站" in text else 0]
    assert (indicator.name, indicator.value, indicator.unit) == (name, value, unit)


def test_a_figure_of_places_names_the_programme_run_there() -> None:
    (pilots,) = extract_from_text("在100个地级以上城市进行公立医院改革试点")
    assert (pilots.name, pilots.value, pilots.unit) == ("公立医院改革试点", 100, "个")
    (share,) = extract_from_text("在70%左右的地市开展分级诊疗试点")
    assert (share.name, share.value, share.qualifier) == ("分级诊疗试点", 70, "左右")
    (drugs,) = extract_from_text("在60％政府举办的基层医疗卫生机构实施基本药物制度")  # 2010: a longer place
    assert (drugs.name, drugs.value, drugs.unit) == ("基本药物制度", 60, "%")


@pytest.mark.parametrize("text", ["我国有1亿多受过高等教育和有专业技能的人才", "在我们这样一个13亿人口的发展中国家"])
def test_a_population_described_is_no_indicator(text: str) -> None:
    assert extract_from_text(text) == []


@pytest.mark.parametrize(
    ("plan", "review"),
    [("中央财政拟安排“三农”投入", "中央财政用于“三农”的支出"), ("中央财政科技投入", "中央财政用于科技的支出")],
)
def test_budget_spending_planned_and_reported_share_a_key(plan: str, review: str) -> None:
    assert name_key(plan) == name_key(review)


def test_a_figure_from_one_year_to_another_is_the_later_one() -> None:
    rate = one("赤字率从2009年的2.8%降到去年的1.5%左右", "赤字率")
    assert (rate.value, rate.qualifier) == (1.5, "左右")


def test_a_decimal_count_of_years_is_a_figure_and_a_date_is_not() -> None:
    years = one("劳动年龄人口平均受教育年限从10.23年提高到10.8年", "劳动年龄人口平均受教育年限")
    assert (years.value, years.unit) == (10.8, "年")
    assert extract_from_text("到2020年实现目标，用3年时间完成。") == []


@pytest.mark.parametrize("text", ["中央部门要带头，一律按不低于5%的幅度压减一般性支出。",
                                  "各部门按5%的比例压减一般性支出。"])
def test_a_rate_a_thing_is_done_at_is_named_by_what_is_done(text: str) -> None:
    # 2017: 一律按不低于5%的幅度压减一般性支出 was named 一律按
    (found,) = extract_from_text(text)
    assert (found.name, found.value, found.unit) == ("压减一般性支出", 5.0, "%")


def test_a_share_of_a_whole_keeps_the_part_it_is_of_whole() -> None:
    # 1983: 职业高中在校学生数占到整个高中学生总数的百分之四十 was cut to 业高中在校学生数…
    (found,) = extract_from_text("五年内使职业高中在校学生数占到整个高中学生总数的百分之四十以上。")
    assert (found.name, found.value) == ("职业高中在校学生数占高中学生总数比重", 40.0)


def test_the_unit_a_price_is_of_is_no_part_of_its_name() -> None:
    # 2011: 小麦最低收购价每50公斤提高5到7元 was named 小麦最低收购价每
    names = {found.name for found in extract_from_text("今年小麦最低收购价每50公斤提高5到7元。")}
    assert names == {"小麦最低收购价"}
    averaged = extract_from_text("稻谷最低收购价平均每50公斤分别提高7.4元和16元。")
    assert {found.name for found in averaged} == {"稻谷最低收购价"}


def test_the_incomes_of_town_and_country_named_together_share_one_figure_or_take_one_each() -> None:
    shared = extract_from_text("城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7%。")
    assert [(item.name, item.value) for item in shared] == [
        ("城镇居民人均可支配收入年均实际增长", 7), ("农村居民人均纯收入年均实际增长", 7)]
    each = extract_from_text("城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％。", kind="review")
    assert [(item.name, item.value) for item in each] == [("城镇居民人均可支配收入", 8.4), ("农村居民人均纯收入", 11.4)]


def test_a_clause_that_names_an_input_alone_names_the_level_after_it() -> None:
    (spending,) = extract_from_text("今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元；"
                                    "地方财政也都要增加投入。")
    assert (spending.name, spending.relation, spending.value) == ("中央财政用于教育的投入", "增加到", 1562)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # the words after a count that run on to a figure of their own are no list member's name
        ("24个省大中型项目、83个列入调度项目完成年度投资率均超160%。",
         [("省大中型项目", 24), ("列入调度项目完成年度投资率", 160)]),
        ("全市争取引进2个投资超50亿元的大项目。", [("引进投资超50亿元的大项目", 2)]),
        ("确保完工投用15所。", [("完工投用", 15)]),  # works finished count by themselves
        ("累计接种疫苗289.8万人、705.9万剂次。", [("累计接种疫苗", 289.8)]),
        ("企业开办时间压缩至24小时以内。", [("企业开办时间", 24)]),  # 24 hours as a bound is a figure
        ("构建主城区1小时通勤网。", []),
        ("发放创业担保贷款10亿元以上扶持企业发展。", [("发放创业担保贷款", 10)]),  # money put to a use
        ("落实3亿元项目贷款。", [("落实项目贷款", 3)]),
        ("我国是一个13亿多人口的发展中大国。", []),
    ],
)
def test_counts_and_class_sizes_are_not_over_read(text: str, named: list[tuple[str, float]]) -> None:
    """Readings a review of the list-of-counts and class-size rules found wrong (2023 city reports and others)."""
    assert [(indicator.name, indicator.value) for indicator in extract_from_text(text, kind="plan")] == named


def test_a_price_raised_by_fen_and_mao_is_a_figure() -> None:
    """2010: 小麦每斤提高3分钱 and 早籼稻…分别提高3分、5分和1毛钱 were no targets (units 分, 毛)."""
    assert [(figure.name, figure.value, figure.unit) for figure in extract_from_text("小麦每斤提高3分钱。")] == [
        ("小麦", 3, "分钱")]
    found = extract_from_text("早籼稻、中晚籼稻、粳稻每斤分别提高3分、5分和1毛钱。")
    assert [(figure.name, figure.value, figure.unit) for figure in found] == [
        ("早籼稻", 3, "分"), ("中晚籼稻", 5, "分"), ("粳稻", 1, "毛钱")]
