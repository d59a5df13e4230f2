"""Older reports: the time and mood of each sentence, and the `other` cases the part kind does not decide.

Each case is a sentence of the kind that was suggested wrongly on the
national reports of 1956 (a budget report whose parts are titled by years)
and 1985 (a reform report whose parts say neither review nor plan), put in
short reports of the same shape.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.cue_rules.periods import heading_kind, years_named, years_spoken_of
from core.suggest.rules import rule_suggestions, suggest_by_rules
from tests.core.suggest.test_suggest import by_text

BUDGET = """关于1955年国家决算和1956年国家预算的报告
各位代表：
现在我向大会提出关于1955年国家决算和1956年国家预算的报告，请予审查。
一、1955年国家决算
1955年国家决算的收支总数如下：本年收入合计272亿元。
这就使得原定的工商税收计划和商业收入计划不能完成。
1955年全国工业总产值完成了原定计划的101%，比1954年增长8%。
有不少工业企业在实行增产节约的过程中，片面地追求产量和产值。
由于没有充分考虑到生产企业所必需的各种辅助性建筑，对于非生产性建设投资的削减也有一些不适当的地方。
这些缺点，应该在今后的工作中注意避免。
但是全国社会商品零售总额只完成原定计划的94%，比1954年只增长了3%。
但是应该指出，一部分投资的削减也不尽合理。
全年未发生较大以上安全事故。
二、1956年的国家预算
1956年国家预算规定，本年收入共为297亿元。
此外，关税、盐税收入共为9.9亿元，比1955年决算数增长4.51%。
在农业方面，据本年5月份的统计，参加农业生产合作社的农户已经占总农户的90%以上。
全国工业的劳动生产率在过去几年内有很大的提高。
实际上，1953年只征收了351亿斤，1954年和1955年都只征收了380亿斤。
但是由于1956年农业产量的增加更大，农民负担的农业税在农业产量中所占的比例仍将不超过12%。
职工住宅的建设落后于应有的进度。
所有这些缺点都必须克服。
因为收入和支出两方面减少的数字目前还没有核算齐备，所以暂时仍然按未降价以前的价格编列。
三、为实现1956年的国家预算而努力
因此，我们需要在这里对于1956年国民经济计划的执行状况，作一些简单的考察。
在基本建设的工作中，也存在着片面地追求多、快，而忽视好、省和安全的倾向。
在一部分工程中发生了人身事故和重大的质量事故。
商业部门的收购和销售的计划能否完成，关键是在农村。
几年来，各级地方政府在保证财政收入方面，作了巨大的努力，得到很大的成绩。
无论是为了完成国家预算的收入计划，或者是为了实现国家预算的支出计划，财政部门都负有最大的责任。
加强对地方财政的领导，增加地方的机动财力。
上述国家预算资金的分配，正反映着我国人民这种和平建设的愿望。
国营企业的积累已经成为国家预算收入的主要来源。
地方财政工作做好了，对于整个国民经济计划的完成有重要的作用。
希望各位代表给我们详细的指示。
"""

REFORM = """各位代表：
（一）关于经济形势
1984年，我国农业又获得了大丰收。
前几年特别是1984年我国经济发展的巨大变化和成就，是坚决贯彻调整、改革、整顿、提高方针的结果。
但是，其中也有一部分是不合理的，超出了正常需要的范围，主要表现在信贷增长过猛和工资奖金增长过快。
结果一些金融单位不顾大局，竞相放贷。
这样的事实告诉我们，采取任何比较重要的改革措施时，都要周密考虑可能引起的各种反应。
（二）关于经济体制改革
1985年，是贯彻党的十二届三中全会决定的第一年。
现在，全国安定团结的政治局面日益巩固和发展，是改革的大好时机。
许多地方曾经对农业生产合作社提出过多的要求，这是错误的，必须加以纠正。
这是错误的，必须加以纠正。
我们必须充分运用各种有利因素，不失时机地把改革继续推向前进。
应该看到，十亿人口的大国，能够在农业上取得现在这样的成就，这确实是一个很大的胜利。
从一定意义上说，前几年是城市支持了农村的改革。
从今年的改革来说，一定要慎重初战。
大城市是全国的经济中心，担负着从各方面支援全国或地区经济建设的重要任务。
当然，强调管理，指的是要建立一套同改革相适应的新的管理制度。
如果不坚决加以纠正，不仅败坏改革的信誉，而且破坏精神文明的建设。
追求过高的速度，即使一时一地勉强搞上去了，也会难以为继。
长期的实践经验证明，在社会主义条件下必须实行基本稳定物价的政策。
有必要在以下一些重要的问题上把人们的认识统一起来。
在生产增长的基础上不断提高人民的生活水平，是社会主义生产的目的，也是我们经济工作的一项基本原则。
无论是进一步搞活城乡经济，还是改革工资制度，目的都是为了发展社会主义生产。
遵守纪律的最高标准，是真正维护和坚决执行国家的法律。
我国现行的工资制度，已经越来越不适应现代化建设的需要，严重阻碍着技术进步。
这几年我国经济虽然有了较大的发展，但总的来说国家的底子还很薄，国民收入还很低。
这些问题虽然是支流，但必须予以重视。
我们在去年第四季度发现经济生活中存在的问题以后，及时进行了研究，采取了一系列解决措施。
这几年我们在调整中纠正了过去片面强调积累而忽视消费的做法。
邓小平同志最近指出，要教育全国人民做到有理想、有道德、有文化、有纪律。
1984年确定的各项改革措施，各地要继续抓紧落实。
1985年1月至4月，全国工业生产已经增长了18%。
"""


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        # A shortfall named in the middle of a review is other, and the review goes on.
        ("这就使得原定的", "other", "problem cue"),
        ("1955年全国工业总产值", "achievement", "review part"),
        ("有不少工业企业", "other", "problem"),  # a part of them doing wrong, after a comma
        ("由于没有充分考虑到", "other", "problem cue"),  # two problem words: 没有充分, 不适当
        ("这些缺点，应该", "other", "problem cue"),  # about the shortcomings just named
        ("但是全国社会商品零售总额", "achievement", "review part"),  # 但是 with a result is no caveat
        ("但是应该指出", "other", "explanation"),
        ("全年未发生较大以上安全事故", "achievement", "review part"),  # no accident happened: a result
        # Under a title naming the planned year, sentences of the past and of the problems.
        ("1956年国家预算规定", "target", "plan part"),
        ("此外，关税、盐税收入", "target", "plan part"),  # 比1955年 compares; it is not the time spoken of
        ("在农业方面，据本年5月份的统计", "achievement", "progress this year"),
        ("全国工业的劳动生产率在过去几年内", "achievement", "past in a plan part"),
        ("实际上，1953年只征收了", "achievement", "past in a plan part"),
        ("但是由于1956年农业产量", "target", "plan part"),  # 但是由于 is no 是由于
        ("职工住宅的建设落后于", "other", "problem cue"),  # one problem word under a year title
        ("所有这些缺点都必须克服", "other", "problem cue"),
        ("因为收入和支出两方面", "other", "explanation"),
        ("因此，我们需要在这里", "other", "procedure"),
        ("在基本建设的工作中，也存在着", "other", "problem cue"),
        ("在一部分工程中发生了", "other", "problem cue"),
        ("商业部门的收购和销售的计划能否完成", "other", "statement of principle"),
        ("几年来，各级地方政府", "achievement", "past in a plan part"),  # 作了努力 is effort made
        ("无论是为了完成", "other", "statement of principle"),
        ("加强对地方财政的领导", "target", "plan part"),
        ("希望各位代表", "other", "rhetoric"),
        ("上述国家预算资金的分配", "other", "explanation"),  # what it shows
        ("国营企业的积累已经成为", "other", "statement of principle"),  # what a thing has become
        ("地方财政工作做好了", "other", "argument"),  # what a measure is good for
    ],
)
def test_a_budget_report_reads_the_time_and_mood_of_each_sentence(start: str, label: str, reason: str) -> None:
    report = parse_text(BUDGET, "budget.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label and reason in found.reason, found


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        ("1984年，我国农业", "achievement", "names a year before"),
        ("前几年特别是1984年", "other", "praise / cause of success"),
        ("但是，其中也有一部分是不合理的", "other", "problem cue"),  # 需要 in 正常需要 kept it from being a caveat
        ("结果一些金融单位", "other", "problem"),
        ("这样的事实告诉我们", "other", "rhetoric"),
        ("现在，全国安定团结", "other", "background"),
        ("这是错误的，必须加以纠正", "other", "judgement"),
        ("我们必须充分运用", "target", "future markers"),
        ("应该看到，十亿人口", "other", "explanation"),
        ("从一定意义上说", "other", "background"),
        ("从今年的改革来说", "target", "future markers"),  # a point of view, not a reading of events
        ("大城市是全国的经济中心", "other", "background"),
        ("当然，强调管理，指的是", "other", "explanation"),
        ("如果不坚决加以纠正", "other", "argument"),
        ("追求过高的速度，即使", "other", "argument"),
        ("长期的实践经验证明", "other", "rhetoric"),
        ("有必要在以下一些重要的问题上", "other", "lead-in"),
        ("在生产增长的基础上", "other", "statement of principle"),
        ("无论是进一步搞活城乡经济", "other", "statement of principle"),
        ("遵守纪律的最高标准", "other", "statement of principle"),
        ("我国现行的工资制度", "other", "problem cue"),
        ("这几年我国经济虽然", "other", "problem cue"),
        ("这些问题虽然是支流", "other", "problem cue"),
        ("邓小平同志最近指出", "other", "background"),  # a leader's words quoted
        # A problem acted on is a result: action taken later in the sentence, or a shortcoming corrected.
        ("我们在去年第四季度发现", "achievement", "more past markers"),
        ("这几年我们在调整中纠正了", "achievement", "more past markers"),
        # The words outweigh the year named: a task for what a past year decided, a result of the planned year.
        ("1984年确定的各项改革措施", "target", "more future markers"),
        ("1985年1月至4月", "achievement", "more past markers"),
    ],
)
def test_a_reform_report_tells_problems_and_verdicts_from_tasks(start: str, label: str, reason: str) -> None:
    report = parse_text(REFORM, "reform.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label and reason in found.reason, found


def test_years_in_chinese_numerals_and_years_only_compared_with() -> None:
    assert years_named("一九五五年国家决算和二〇二二年，二零零五年，１９５６年") == [1955, 2022, 2005, 1956]
    assert years_named("第十一九五五年") == []  # not a year: a numeral runs on before it
    assert years_spoken_of("本年收入比一九五五年增长9%，一九五六年") == [1956]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("（一）一九五七年经济战线上的胜利", "review"),
        ("一、一九五五年计划的执行情况", "review"),
        ("一九五六年上半年计划的执行情况", "review"),  # the planned year, but how its plan went so far
        ("二、今年的任务", "plan"),
        ("（三）一九五八年国民经济各部门发展计划的安排", "plan"),
        ("三、为实现一九五六年的国家预算而努力", "plan"),
        ("四、厉行节约，反对浪费", None),
    ],
)
def test_a_heading_says_whether_it_reviews_a_year_or_plans_one(title: str, kind: str | None) -> None:
    assert heading_kind(title, 1956) == kind


# A report of the 1950s with sub-section headings only, years in Chinese numerals.
LEAP = """各位代表：
（一）一九五七年经济战线上的胜利
一九五七年，全国工业总产值达到七百零四亿元。
农业生产合作社普遍地得到巩固。
（二）一九五八年国民经济计划的安排
一九五八年，全国工业总产值计划达到七百四十七亿元。
农业生产合作社普遍地得到巩固。
"""


def test_sub_section_headings_in_chinese_numerals_give_a_part_of_unknown_kind_its_kind() -> None:
    report = parse_text(LEAP, "leap.txt")[0]
    suggestions = [suggestion for sentence, suggestion in zip(report.sentences, rule_suggestions(report))
                   if sentence.clean_text.startswith("农业生产合作社")]
    assert [(suggestion.label, suggestion.reason) for suggestion in suggestions] == [
        ("achievement", "review part"), ("target", "plan part")]


def test_figures_in_a_row_count_as_one_past_marker_and_a_time_is_no_base_year() -> None:
    from core.reading.tense import time_weights
    from core.suggest.cue_rules.periods import sentence_time

    one = time_weights("粮食增长5%，要继续努力")
    three = time_weights("粮食增长5%，棉花增长6%，油料增长7%，要继续努力")
    assert three == one  # 增长 with a figure is one kind of past marker, however many digits follow
    assert sentence_time("这项工程将于1957年建成", 1957) == "planned"  # 将于 names the time, 等于 a base
    assert heading_kind("为实现第二个五年计划的胜利而奋斗", 1957) != "review"
    assert heading_kind("一九五六年社会主义改造的胜利", 1957) == "review"
