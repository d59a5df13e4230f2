"""Reports without parts, or with parts of unknown kind (national reports of the 1970s): rules that hold on any report.

Written from the leave-one-report-out errors on the national reports of 1975
and 1979; each case names the report whose errors it came from.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.model import Report
from core.reading.tense import time_weights, turns_to_obligation
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

# No part at all (1975): after the opening lines every sentence is body, short ones too.
UNDIVIDED = """一九七五年政府工作报告
各位代表！
我代表国务院，向大会作政府工作报告。
从三届人大以来，我国各族人民政治生活中的头等大事，就是亲自发动和领导的这场大革命，它是一场政治大革命。
我们超额完成了第三个五年计划，第四个五年计划一九七五年也将胜利完成。
这充分显示了人民公社制度的优越性。
我们必须艰苦奋斗，勤俭建国。
精兵简政，减少层次。
我们一定要解放台湾！
它提供了无产阶级专政下继续革命的新经验，具有伟大的历史意义和深远影响。
国家的统一，人民的团结，这是我们的事业必定要胜利的保证。
我们决不能因为批林批孔已经取得很大成绩而有所松懈。
资本主义世界面临战后最严重的经济危机，世界各种基本矛盾进一步激化。
苏联领导采取了一系列恶化两国关系的步骤，对我国进行颠覆。
在革命路线指引下，团结起来，争取更大的胜利！
"""

# Parts of unknown kind (1979): the time of each sentence comes from its own words.
UNKNOWN_PARTS = """各位代表：
现在，我受国务院的委托，向全国人民代表大会报告政府工作。
一、关于调整
我们讲整顿，就是要把现有企业特别是管理混乱的企业坚决整顿好。
目前，我们面临的突出问题是，农业的增长还不能适应工业增长的需要。
企业负责人要定期向大会报告工作并听取大会的意见。
不少城市在这方面已经取得很成功的经验，应该迅速在全国推广。
我们认为，我们需要采取的方针应该是：
继续扫除文盲和普及小学教育十分重要。
那种认为这个方针是消极后退方针的观点，或者认为实行这个方针就要停止引进的观点，都是完全错误的。
认为阶级斗争已经熄灭的观点和把阶级斗争扩大化的观点，都不符合我国现阶段的客观实际。
在工业建设中，必须根据资金和技术力量的可能，贯彻重点建设的方针来进行建设，那种不分轻重缓急，认为要建设就应该处处大规模和样样现代化，这种想法和做法，对实现社会主义工业化是有害的。
我们将不断地完善国家制度，使任何少数人没有可能以任何方式强制大多数人服从。
基本建设同时进行的项目过多，以至许多工程长期不能形成新的生产能力。
中苏谈判的前途如何，将取决于对方的立场是否有实质的转变。
我们相信，到那个时候，我们将能宣告这些任务已经取得重要成果。
县以上地方各级人民代表大会设立常务委员会，不但将大大提高地方各级人民代表大会的作用。
没有一定的秩序，一定的纪律，任何个人的自由都得不到保障。
社会主义民主要求我们坚决维护人民政府的集中统一领导。
为了巩固社会主义国家制度，我们要求各级政府坚决维护安定团结的政治局面。
只有我们的政府机关和工作人员以身作则地遵守法律和制度，我们才能真正发动和带领广大群众。
目前形势对实现国家统一的大业，十分有利。
国务院将提出一九八一年到一九八五年的计划草案，请大会审议。
二、关于外交
一年多的国际形势发展变化很大，总的来看，是更动荡更紧张了。
非洲人民坚决反对外来干涉，主张非洲事务由非洲人自己解决。
它唆使和支持越南当局侵略柬埔寨。
我们希望，美国方面能够严格执行建交协议的各项原则。
我们希望尽早实现祖国大陆和台湾的通邮、通航、通商。
中国政府过去坚持原则，今后仍然坚持原则。
我们愿意同其他第三世界国家一起，为实现这一目标而进行持续不断的努力。
但是，这是否改变了事情的实质呢？
以上我报告了政府过去一年多以来所进行的主要工作，请大会审议批准。
"""


@pytest.fixture(scope="module")
def undivided() -> Report:
    return parse_text(UNDIVIDED, source="national/1975.txt")[0]  # the year comes from the file name


@pytest.fixture(scope="module")
def unknown_parts() -> Report:
    return parse_text(UNKNOWN_PARTS)[0]


def test_short_sentences_after_the_body_began_are_no_title_lines(undivided: Report) -> None:
    suggestions = suggest_by_rules(undivided)
    assert by_text(undivided, suggestions, "各位代表").rule == "front"
    for start in ("我们必须艰苦奋斗", "精兵简政"):
        assert by_text(undivided, suggestions, start).rule != "front", start
    assert by_text(undivided, suggestions, "我们必须艰苦奋斗").label == "target"


def test_the_reports_year_is_the_planned_one_when_no_two_years_say_so(undivided: Report) -> None:
    # 1975: one year named, in a mixed sentence whose later half is that year's task.
    suggestion = by_text(undivided, suggest_by_rules(undivided), "我们超额完成了")
    assert (suggestion.label, suggestion.rule) == ("target", "year")


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("这充分显示了", "other"),  # 1975: what a result shows, no result of its own
        ("精兵简政", "target"),  # 1975: an order of two measures is no couplet of rhetoric
        ("我们一定要解放台湾", "target"),  # 1975: a commitment, exclaimed
        ("它提供了", "other"),  # 1975: praise of significance only
        ("国家的统一", "other"),  # 1975: "…是…的保证" states a principle
        ("我们决不能因为", "target"),  # 1975: a duty, whatever results it names as its ground
        ("资本主义世界", "other"),  # 1975: what others do
        ("苏联领导采取了", "other"),  # 1975: what others do to us
        ("在革命路线指引下", "other"),  # 1975: a closing slogan
    ],
)
def test_undivided_report(undivided: Report, start: str, label: str) -> None:
    assert by_text(undivided, suggest_by_rules(undivided), start).label == label


@pytest.mark.parametrize(
    ("start", "label", "rule"),
    [
        ("我们讲整顿，就是要", "target", None),  # "X，就是要…" states the task
        ("目前，我们面临的突出问题是", "other", "problem"),
        ("企业负责人要定期向大会报告工作", "target", None),  # a task, not the speaker's procedure
        ("不少城市在这方面已经取得", "target", None),  # turns to what must be done: the later period
        ("我们认为，我们需要采取的方针应该是", "other", "lead-in"),  # a copula opening a list
        ("继续扫除文盲", "other", "principle"),  # how much a thing matters
        ("那种认为这个方针", "other", "judgement"),  # a view said to be wrong, whatever it asks for
        ("认为阶级斗争已经熄灭", "other", "judgement"),
        ("在工业建设中，必须根据", "target", None),  # 1955: the task stated before the view said to be wrong
        ("我们将不断地完善", "target", None),  # "没有可能" inside a commitment is no argument
        ("基本建设同时进行的项目过多", "other", "problem"),  # a consequence that keeps plans from working
        ("中苏谈判的前途如何", "other", "argument"),  # what an outcome hangs on
        ("我们相信，到那个时候", "other", "rhetoric"),  # a belief
        ("县以上地方各级人民代表大会", "other", "argument"),  # what a measure will bring
        ("没有一定的秩序", "other", "principle"),  # a rule for everyone
        ("社会主义民主要求我们", "other", "principle"),  # what a principle asks of us
        ("为了巩固社会主义国家制度", "target", None),  # "我们要求…" is an order
        ("只有我们的政府机关", "other", "rhetoric"),
        ("目前形势对实现国家统一", "other", "principle"),
        ("国务院将提出", "target", None),  # the government's next step, before "请大会审议"
        ("一年多的国际形势", "other", "foreign affairs"),
        ("非洲人民坚决反对", "other", "foreign affairs"),
        ("它唆使", "other", "foreign affairs"),  # goes on about the party named before
        ("我们希望，美国方面", "other", "foreign affairs"),  # an appeal to others
        ("我们希望尽早实现", "target", None),  # our own aim
        ("中国政府过去坚持原则", "target", None),  # equal halves: the later period
        ("我们愿意同其他第三世界国家", "target", None),  # "为实现" is a purpose, no result
        ("但是，这是否改变了", "other", "rhetoric"),  # a question asked for effect
        ("以上我报告了", "other", "procedure"),
    ],
)
def test_parts_of_unknown_kind(unknown_parts: Report, start: str, label: str, rule: str | None) -> None:
    suggestion = by_text(unknown_parts, suggest_by_rules(unknown_parts), start)
    assert suggestion.label == label, suggestion.reason
    if rule is not None:
        assert suggestion.rule == rule


def test_a_domestic_it_is_no_foreign_party() -> None:
    text = "各位代表：\n一、关于文化\n这场大革命是一场政治大革命。\n它摧毁了两个资产阶级司令部，粉碎了他们的阴谋。\n"
    report = parse_text(text)[0]
    suggestion = by_text(report, suggest_by_rules(report), "它摧毁了")
    assert (suggestion.label, suggestion.rule) != ("other", "foreign affairs")


# A plan part of 1978: what we are to do to a hostile party at home is a task, what the party did is told as what
# others do.
PLAN_1978 = """各位代表：
二、把揭批“四人帮”的斗争进行到底
“四人帮”竭力煽动无政府主义思潮，反对任何必要的集中和权威。
对披着宗教外衣进行反革命活动的阶级敌人，要加以揭露和打击。
“四人帮”的骨干分子，只要他们同“四人帮”划清界限，把问题交代清楚，愿意悔改，可以从宽处理。
"""


@pytest.mark.parametrize(
    ("start", "label"),
    [
        ("“四人帮”竭力煽动", "other"),
        ("对披着宗教外衣", "target"),  # the party is what is acted on
        ("“四人帮”的骨干分子", "target"),  # our policy towards it
    ],
)
def test_what_we_do_to_a_hostile_party_at_home_is_a_task(start: str, label: str) -> None:
    report = parse_text(PLAN_1978, "national/1978.txt")[0]
    assert by_text(report, suggest_by_rules(report), start).label == label

def test_time_markers() -> None:
    assert time_weights("为实现这一目标而努力。")[1] == 0  # a purpose
    assert time_weights("两国的合作将得到进一步的发展。") == (1, 0)
    assert time_weights("国务院已经着手进行普查。") == (1, 0)  # work begun is work ahead
    assert turns_to_obligation("计划制定了，必须切实检查执行情况。")
    assert not turns_to_obligation("必须切实检查执行情况，取得了成绩。")
    assert not turns_to_obligation("我们采取了一系列措施，并且要求重工业为轻工业服务。")  # 要求 reports a demand made
