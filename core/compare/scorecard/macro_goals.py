"""Macro goals a plan part sets for the year in words, outside any list of main targets.

Reports of the 1990s have no paragraph of 主要预期目标 (they never speak of 预期目标); their
plan parts set the year's macro goals in passing, without a figure:
``促进对外贸易持续增长，保持进出口基本平衡``, ``继续增加城乡人民收入``,
``逐步减少财政赤字``, ``保持国际收支平衡和人民币汇率稳定``,
``物价上涨幅度比去年的实际涨幅低一些``.  Each such goal is a subject from a short
table (trade, foreign investment, balance of payments, exchange rate, deficit,
incomes, prices) with a direction (增长, 平衡, 稳定, 减少 …).  A clause that
joins two subjects under one direction (对外贸易和利用外资有所增长) sets two goals;
a list of the balances the older economy keeps under one word
(国家财政、信贷、物资、外汇的基本平衡) sets one for each.  The balances and the
stability a plan keeps over its whole period (在这五年内，将继续保持…的基本平衡)
are goals of that period, judged only by a review of it.

The result of a goal is the review sentence that names its subject with the
same direction (人民币汇率稳定), or for incomes the one-year growth of income,
or for prices the one-year price rise set against last year's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from core.compare.indicators import Indicator, extract_indicators, sentence_indicators
from core.compare.scorecard.horizons import HORIZON_PLAN_PERIOD, HORIZON_YEAR, names_its_period
from core.compare.scorecard.plan_facts import in_a_condition, recounts_the_past
from core.compare.scorecard.results.result_words import Review, recalls_the_target, words_verdict
from core.compare.scorecard.score_rows import Figure, ScoreRow, in_words
from core.compare.scorecard.verdicts import MET, NO_RESULT, NOT_MET, STATED, Verdict
from core.compare.topics import fold_width
from core.reading.model import KIND_PLAN, KIND_REVIEW, Report, Sentence

# Subject name -> how a report writes it.
SUBJECTS: tuple[tuple[str, str], ...] = (
    ("对外贸易", r"对外(?:经济)?贸易|外贸(?!出口|进口|体制)"),  # 积极发展对外经济贸易 (1984)
    ("进出口", r"进出口(?:贸易)?"),
    ("外贸出口", r"外贸出口"),  # 力争今年外贸出口有所增长 (2002)
    ("利用外资", r"利用外资"),
    ("国际收支", r"国际收支"),
    ("外汇收支", r"外汇收支"),
    ("人民币汇率", r"人民币汇率"),
    ("财政赤字", r"财政赤字|(?<![^\u4e00-\u9fff使])赤字(?=不突破)"),
    ("财政收支", r"财政收支"),
    ("地方财政收支", r"地方财政(?:要|必须)?(?:坚持)?(?=收支平衡)"),  # 地方财政要坚持收支平衡 (1995)
    ("财政收入", r"(?:国家)?财政收入(?!的?比重)"),  # 保证国家财政收入的稳定增长 (1984)
    ("信贷收支", r"信贷收支"),
    ("物资", r"物资供需|物资供求"),
    # the balances and volumes of the economy as reports before 2000 keep them (总量平衡, 货币发行, 建设规模)
    ("总供求", r"社会总需求[与和]总供给|总需求[与和]总供给|社会总供求|经济总量"),
    ("货币发行", r"货币的?发行量?|货币投放量?"),
    ("货币供应量", r"货币供应量?"),  # 二要继续控制货币供应量和信贷规模 (1995)
    ("信贷", r"(?:新增)?信贷(?:总)?(?:规模)?(?!收支)"),
    ("固定资产投资", r"固定资产投资(?:规模)?|(?<!基本)建设规模|投资规模"),
    ("基本建设规模", r"基本建设(?:总)?规模"),  # 严格控制基本建设总规模 (1984)
    ("消费增长", r"消费的增长"),
    ("消费基金", r"消费基金"),  # 严格控制消费基金的盲目增长 (1985)
    ("职工工资", r"职工工资|职工收入"),  # 职工收入增长应低于劳动生产率的增长 (1995)
    ("教育经费", r"教育经费"),  # 必须在适当增加教育经费、大力发展教育事业…的同时 (1984)
    ("知识分子工资", r"知识分子的?工资(?:收入)?"),  # 逐步增加知识分子的工资收入 (1984)
    ("企业经济效益", r"企业(?:经济)?效益(?:状况)?"),  # 提高企业效益 (1995)
    ("粮食", r"粮食(?:生产|总产量|产量|(?=和棉花))"),
    ("棉花", r"(?<=和)棉花产量|棉花(?:播种面积和)?产量(?=有)"),  # 棉花播种面积和产量有较大增长 (1995)
    ("农业", r"农业(?=丰收|大丰收|好收成)"),  # 千方百计夺取今年农业丰收
    ("农产品", r"农产品总量|农业生产"),
    ("乡镇企业", r"乡镇企业"),
    ("城乡居民收入", r"城乡(?:人民|居民)(?:特别是[^,，;；]{2,8}?)?的?收入"),
    ("城镇居民收入", r"城镇[^,，;；]{0,8}?居民的?收入"),
    ("农民收入", r"农民(?:人均)?收入|农村居民[^,，;；]{0,4}?收入"),
    ("物价", r"物价(?:上涨幅度|涨幅|总水平)?"),
)
_SUBJECT = re.compile("|".join(f"(?P<s{index}>{pattern})" for index, (_, pattern) in enumerate(SUBJECTS)))
# A direction after the subject (进出口基本平衡, 物价上涨幅度比去年的实际涨幅低一些), ending the clause or a
# member of it (国际收支平衡和人民币汇率稳定), not 对外贸易增长方式 …
# (or the condition another goal is set under: 在保持社会总需求与总供给基本平衡的基础上, 在…稳定的前提下)
_AFTER = re.compile(
    # (抑制消费基金过快增长: a growth too fast, to be curbed, no growth willed)
    r"^(?:(?!过快|过猛|盲目)[^,，;；。是]){0,10}?(?P<direction>增长应?低于[^,，;；。]{2,10}?的?增长|"
    r"不(?:能|得)?比(?:上年|去年)扩大|持续增长|稳步增长|稳定增长|较快增长|有所增长|新的增长|适度的?增长|适当增长|增长|"
    r"稳定增加|有较多增加|有较大(?:幅度)?增长|有所增加|大?丰收|好收成|基本平衡|平衡|稳定|低一些|有所下降|保持[^,，;；。]{0,4}水平|大体持平|明显的好转|好转|"
    r"控制在[^,，;；。]{0,20}?(?:范围之内|范围内|以内|之内)|控制在|不突破(?:国家)?预算|的?适度规模|"
    r"建立在[^,，;；。]{0,20}?基础之?上)"
    r"(?=$|和|、|[^\u4e00-\u9fff]|的(?:基础|前提))"
)
# … or a verb before it that ends the clause (逐步减少财政赤字, 千方百计增加农民收入; not 提高利用外资的质量), for
# trade, deficit and incomes: what the government itself steers (企业也应…适当增加职工工资 is asked of others).
_BEFORE = re.compile(r"(?P<direction>增加|压缩|减少|降低|提高|扩大|控制|抑制|夺取)(?:住)?(?:今年)?$")
# Trade the plan wills to grow with 发展 (积极发展对外经济贸易, 大力发展对外贸易): 发展 said with a will of its own, of
# trade alone (发展 of anything else is a policy, no goal to judge).
# (今后的长时期内，我国都将积极发展对外贸易: a standing policy, no goal of the year)
# The end of a clause, or of a member of a list of measures (适当增加教育经费、大力发展教育事业…).
_ENDS_A_MEMBER = re.compile(r"\s*(?:$|、)")
_TRADE_GROWS = re.compile(r"(?:积极|大力)发展$")
_STANDING_POLICY = re.compile(r"长时期|长期|始终|一贯")
_STEERED = ("对外贸易", "进出口", "利用外资", "财政赤字", "城乡居民收入", "城镇居民收入", "农民收入", "教育经费",
            "知识分子工资", "企业经济效益", "农业")
# Volumes the reports of the 1980s keep in bounds (严格控制消费基金的盲目增长, 坚决控制货币的发行量): a goal
# with 控制 only.
_CONTROLLED = ("货币发行", "货币供应量", "信贷", "消费基金", "固定资产投资", "基本建设规模")
# What may follow a volume kept in bounds to the end of its clause (…的盲目增长, …的规模), with another volume
# it is named with (信贷总规模和现金投放) or the part of it stressed (固定资产投资特别是预算外投资的规模).
_CONTROLLED_TAIL = re.compile(r"^(?:的)?(?:盲目|过快|过猛)?(?:增长|规模)?"
                              r"(?:和[\u4e00-\u9fff]{2,6}|特别是[\u4e00-\u9fff]{2,10}?的规模)?$")
# What makes the clause a goal and not a description: a verb of will in its sentence up to it.
_WILL = re.compile(r"促进|保持|使|实现|力争|争取|确保|保障|继续|努力|逐步|要|计划安排|必须|坚决")
# A paragraph that opens on the year's plan (今年计划要求，…) wills what its sentences go on to list.
_PLAN_OPENING = re.compile(r"^\s*(?:今年|本年)?(?:的)?计划(?:要求|安排)[,，:：]")
# A goal named as the condition of another (在保持物价基本稳定的前提下，对某些不合理的价格作必要的调整).
_AS_A_CONDITION = re.compile(r"^\s*(?:第[一二三四五六七八九十]+、)?\s*在.*(?:前提下|基础上|基础之上|条件下)$")
# A clause that reports what happened (保持了金融市场和人民币汇率稳定).
_DONE = re.compile(r"(?<![为除])了(?!解)")
_CLAUSE = re.compile(r"[^,，;；。]+")
# What the tasks before lay the ground for (为…，打下巩固的基础): an effect the report expects, no goal it sets.
_FOR = re.compile(r"\s*为(?!了|此)")
_GROUNDWORK = re.compile(r"(?:打下|奠定|创造)[^,，;；。]{0,8}(?:基础|条件)")
# A clause of a direction only, shared by the subjects of the clause before (…，都有适当增长).
_SHARED = re.compile(r"^\s*(?:(?:都|均|也都)(?:要)?(?P<direction>有适当增长|有适度增长|有所增长|保持稳定)"
                     # 我们的物价，一定要保持基本稳定: the subject alone, its direction in the clause after
                     r"|(?:一定|必须)?要(?P<kept>保持(?:基本)?(?:稳定|平衡)))$")
# The word of reports from 2000 on for the targets they set; the 1990s' reports speak of 调控目标 and 主要目标.
_EXPECTED = re.compile(r"预期目标")
# A clause that describes how things are (物价比较稳定), not how they should be.
_DESCRIBED = re.compile(r"比较|较为|现在|目前")
# How a review names a goal's subject when it reports on it (外贸出口 for 对外贸易, 人民币不贬值 for a stable rate).
RESULT_SUBJECTS: dict[str, str] = {
    "对外贸易": r"对外贸易|外贸|进出口|出口",
    "进出口": r"进出口|对外贸易|外贸",
    "外贸出口": r"外贸出口|出口",
    "利用外资": r"利用外资|利用外商直接投资|外商直接投资",
    "人民币汇率": r"人民币汇率|人民币(?=币值|不贬值)",
    # the balances of payments and of foreign exchange through what a review says of them
    "国际收支": r"国际收支|出口略?大于进口",
    "外汇收支": r"外汇收支|外汇结存|外汇储备",
    "固定资产投资": r"固定资产投资|投资规模|建设规模",
    "基本建设规模": r"基本建设(?:总)?规模|固定资产投资规模|投资规模|建设规模",
    "财政收入": r"财政收入",
    "货币发行": r"货币发行|货币投放",
    "消费增长": r"消费基金|消费",
    "消费基金": r"消费基金",
    "财政收支": r"财政",
    "财政赤字": r"财政[^,，;；。]{0,4}赤字|赤字",
    "粮食": r"粮食",
    "棉花": r"棉花",
    # farming's output, not a word of it (农业生产各项费用, 在农业生产和农业基本建设中)
    "农产品": r"农业(?:总产值|增加值)|农产品|农业(?:生产)?(?=获得|又获|丰收|增产|减产|连续|全面|稳定|持续)",
    "物价": r"物价|价格",
}
_RESULT_STATE = {"人民币汇率": r"稳定|不贬值", "货币发行": r"(?:得到|有所)?控制|适度",
                 "国际收支": r"平衡|$|(?=[,，])", "外汇收支": r"平衡|上升|增加"}
# A review that names a goal's subject among the year's problems (固定资产投资规模过大, 物价上涨幅度比较高,
# 货币发行偏多, 财政还有较多的赤字): a goal of keeping it in bounds or in balance was missed.
_EXCESS = re.compile(r"^[^,，;；。]{0,8}?(?:过大|过多|过快|过猛|过高|偏多|偏大|偏快|偏高|比较高|较多的赤字)")
_BOUNDED = re.compile(r"平衡|稳定|适度|适当|控制|持平|不突破|低一些|低于|建立在")
_GROWTH_FIGURE = re.compile(r"(?:增长|增加)(?P<value>-?\d+(?:\.\d+)?)%")
_GROWTH_WORDS = re.compile(r"(?P<up>增长|增加|回升|增产|丰收|快速发展|较快发展)|(?P<down>减少|下降|回落|减产)")
_RUN_OF_YEARS = re.compile(r"连续(?:几|[两三四五六七八九十\d]+)年")
_FIGURE_AFTER = re.compile(r"[^,，;；。\d]{0,3}(?:\d|百分之)")
# A rise or fall with its figure, in digits or spelt out (农业增加值增长百分之四, 减产120亿公斤), before words alone
# (农业获得丰收) decide.
_SPELT_GROWTH = re.compile(r"(?:(?P<up>增长|增加|增产)|(?P<down>减少|下降|减产))(?=[^,，;；。\d]{0,3}(?:\d|百分之))")
_OTHER_BASE = re.compile(r"比(\d{4})年")  # 比1995年增长69%: growth over years, no one-year result
_INCOME = re.compile(r"收入")
_PRICES = re.compile(r"^(?:商品零售价格|居民消费价格|零售物价|物价)")
_LOWER = re.compile(r"比(?:去年|上年)[^,，;；。]{0,8}低|低于(?:去年|上年)")
# A bound that sets a measure: below last year's, or below another growth (消费基金的增长应低于经济的增长).
_MEASURED = re.compile(_LOWER.pattern + r"|低于[^,，;；。]{2,10}?的?增长")
# 物价涨幅要从14.8%降到10%左右，…，实际回落到6.1%: the rise that came of last year's target.
_ACTUAL = re.compile(r"^(?:实际|全年)?(?:回落到|下降到|降到|为|上涨)?$|^实际")
_PRICE_WORDS = re.compile(r"物价|价格")


@dataclass(frozen=True)
class MacroGoal:
    sentence: Sentence
    clause: str  # the clause as written
    subject: str  # a name of SUBJECTS
    direction: str
    horizon: str = HORIZON_YEAR

    @property
    def name(self) -> str:
        return self.subject + self.direction


def macro_goals_in_passing(report: Report) -> bool:
    """Whether ``report`` sets its goals in passing: its plan part never speaks of 预期目标."""
    plan = {section.id for section in report.sections if section.kind == KIND_PLAN}
    return not any(sentence.section in plan and _EXPECTED.search(sentence.text) for sentence in report.sentences)


def macro_goals(report: Report, horizons: dict[str, str]) -> list[MacroGoal]:
    """The macro goals without a figure that the plan part of ``report`` sets for its year, first mention each."""
    if not macro_goals_in_passing(report):
        return []  # a report that speaks of 预期目标 lists its goals as such (core.compare.scorecard reads the list)
    plan = {section.id for section in report.sections if section.kind == KIND_PLAN}
    goals: list[MacroGoal] = []
    seen: set[tuple[str, str]] = set()
    starts = [paragraph.start for paragraph in report.paragraphs]
    paragraph, paragraph_will = -1, False
    for sentence in report.sentences:
        here = bisect_right(starts, sentence.start) - 1
        if here != paragraph:  # 今年计划要求，…。…，货币发行和新增信贷规模与去年大体持平: the paragraph's will
            paragraph, paragraph_will = here, bool(_PLAN_OPENING.match(fold_width(sentence.text)))
        horizon = horizons.get(sentence.id)
        if sentence.section not in plan or horizon not in (HORIZON_YEAR, HORIZON_PLAN_PERIOD):
            continue
        if horizon == HORIZON_PLAN_PERIOD and not (_BALANCED.search(sentence.text) and names_its_period(sentence.text)):
            continue  # a goal of a period is a balance in a sentence that names its period
        clauses = list(_CLAUSE.finditer(sentence.text))
        for clause, following in zip(clauses, [*clauses[1:], None]):
            text = fold_width(clause.group())
            if (re.search(r"\d", text) or _DONE.search(text) or _DESCRIBED.search(text)
                    or recounts_the_past(sentence.text, clause.start()) or in_a_condition(sentence.text, clause.start())
                    or (_FOR.match(text) and _GROUNDWORK.search(sentence.text, clause.end()))):
                continue  # 为加强重点建设、…保持物价基本稳定…，打下巩固的基础: what the work lays ground for
            shared = _SHARED.match(fold_width(following.group())) if following is not None else None
            if shared:  # 信贷规模和货币投放量，都有适当增长: the direction of the clause after is the subjects'
                text += shared["direction"] or shared["kept"]
            reach = following.end() if shared and following is not None else clause.end()  # 一定要保持…: its will
            will = paragraph_will or bool(_WILL.search(fold_width(sentence.text[:reach])))
            goals_here = _clause_goals(sentence, clause.group(), text, will)
            if horizon == HORIZON_PLAN_PERIOD and not _period_goals_here(goals_here, sentence.text, clause.start()):
                continue  # 使进出口贸易进一步增长, 继续保持物价的基本稳定 in a five-year part: no goal of its period
            for goal in goals_here:
                goal = replace(goal, horizon=horizon or HORIZON_YEAR)
                if (goal.name, goal.horizon) not in seen:
                    seen.add((goal.name, goal.horizon))
                    goals.append(goal)
                elif not _AS_A_CONDITION.search(goal.clause):  # the goal itself after the condition it was named in
                    goals = [goal if (before.name, before.horizon) == (goal.name, goal.horizon)
                             and _AS_A_CONDITION.search(before.clause) else before for before in goals]
    return _one_bound(_one_income_goal(goals))


def _one_bound(goals: list[MacroGoal]) -> list[MacroGoal]:
    """One bound for a subject: the one that sets a measure (物价…控制在低于去年的幅度之内) over one that does not
    (控制在社会和人民能够承受的范围之内), else the first."""
    kept: list[MacroGoal] = []
    for goal in goals:
        if not _BOUNDED.search(goal.direction):
            kept.append(goal)
            continue
        other = next((index for index, before in enumerate(kept)
                      if before.subject == goal.subject and _BOUNDED.search(before.direction)), None)
        if other is None:
            kept.append(goal)
        elif _MEASURED.search(goal.direction) and not _MEASURED.search(kept[other].direction):
            kept[other] = goal
    return kept


def _one_income_goal(goals: list[MacroGoal]) -> list[MacroGoal]:
    """The income goal of the year is stated once: all residents' where it is named, else the first of each part
    (保障城镇中低收入居民的收入稳定增长 …, 特别要千方百计增加农民收入)."""
    incomes = [goal for goal in goals if _INCOME.search(goal.subject)]
    whole = [goal for goal in incomes if goal.subject == "城乡居民收入"]
    kept = whole[:1] or [goal for goal in incomes if goal is next(other for other in incomes
                                                                  if other.subject == goal.subject)]
    return [goal for goal in goals if not _INCOME.search(goal.subject) or goal in kept]


def _clause_goals(sentence: Sentence, clause: str, text: str, will: bool) -> list[MacroGoal]:
    """The goals of one clause; ``will``: the sentence up to its end has a verb of will (今年要…，物价…低一些)."""
    found: list[tuple[str, int, int]] = []
    for match in _SUBJECT.finditer(text):
        index = int(next(name for name, value in match.groupdict().items() if value is not None)[1:])
        found.append((SUBJECTS[index][0], match.start(), match.end()))
    goals: list[MacroGoal] = []
    listed = list(_BALANCE_LIST.finditer(text))
    for balances in listed:  # 国家财政、信贷、物资、外汇的基本平衡: one balance for each
        for member in re.findall(_BALANCE_MEMBER, balances["members"]):
            goals.append(MacroGoal(sentence, clause.strip(), _BALANCES[member], balances["direction"]))
    found = [(subject, start, end) for subject, start, end in found
             if not any(balances.start() <= start < balances.end() for balances in listed)]
    for number, (subject, start, end) in enumerate(found):
        before = _BEFORE.search(text, 0, start)
        rest = text[end : found[number + 1][1]] if number + 1 < len(found) else text[end:]
        last = number
        while last + 1 < len(found) and text[found[last][2] : found[last + 1][1]] in ("、", "和"):
            last += 1  # 油料、糖料、肉类、水产品也要有较多增加: the direction after the list is each member's
        if last > number and not _AFTER.match(rest):
            rest = text[found[last][2] :]
        after = _AFTER.match(rest) or (_AFTER.match(text[end:]) if number + 1 < len(found) else None)
        if after is not None and (will or after["direction"].startswith("保持")):
            goals.append(MacroGoal(sentence, clause.strip(), subject, after["direction"]))
        elif (before is not None and _ENDS_A_MEMBER.match(text[end:]) and subject in _STEERED
              and before["direction"] != "控制"):
            goals.append(MacroGoal(sentence, clause.strip(), subject, before["direction"]))
        elif (subject == "对外贸易" and not text[end:].strip() and _TRADE_GROWS.search(text, 0, start)
              and not _STANDING_POLICY.search(sentence.text)):
            goals.append(MacroGoal(sentence, clause.strip(), subject, "增长"))
        elif (before is not None and before["direction"] in ("控制", "抑制") and subject in _CONTROLLED
              and _CONTROLLED_TAIL.match(text[end:].strip())):
            goals.append(MacroGoal(sentence, clause.strip(), subject, "控制"))
        elif (number and subject in _CONTROLLED and goals and goals[-1].direction == "控制"
              and text[found[number - 1][2] : start] in ("和", "、") and _CONTROLLED_TAIL.match(text[end:].strip())):
            goals.append(MacroGoal(sentence, clause.strip(), subject, "控制"))  # 控制货币供应量和信贷规模: both
    return goals


# The balances the older economy keeps, listed under one word (财政、信贷、物资、外汇的基本平衡,
# 财政、信贷收支的基本平衡, 财政、信贷的收支基本平衡).
_BALANCES = {"财政": "财政收支", "信贷": "信贷收支", "物资": "物资", "外汇": "外汇收支"}
_BALANCE_MEMBER = "财政|信贷|物资|外汇"
_BALANCE_LIST = re.compile(rf"(?P<members>(?:{_BALANCE_MEMBER})(?:[、和](?:{_BALANCE_MEMBER}))+)"
                           r"(?:的)?(?:收支)?(?:的)?(?P<direction>基本平衡)")
# What a plan keeps over the whole period it sets (the balances, and stable prices named with them).
_BALANCED = re.compile(r"平衡")
_KEPT_WITH_THE_BALANCES = re.compile(r"平衡|稳定")
# What restates the goal before it (…根本好转，也就是说…实现财政收支平衡): no goal of its own.
_RESTATED = re.compile(r"也就是说|就是说|即")


def _period_goals_here(goals: list[MacroGoal], text: str, position: int) -> bool:
    """Whether the goals of a clause of a plan-period sentence are goals of the period: balances the plan keeps
    (and the stability named with them) in a sentence that names its period, not in a condition (在保证…的前提下)
    or in words that restate the goal before them."""
    return (any(_BALANCED.search(goal.direction) for goal in goals)
            and all(_KEPT_WITH_THE_BALANCES.search(goal.direction) for goal in goals)
            and names_its_period(text) and not _RESTATED.search(text, 0, position)
            and not any(_CONDITION_OR_WARNING.search(goal.clause) for goal in goals))


# 在保证粮食生产稳定增长…的前提下: the condition of another goal; 不考虑…的平衡: a fault named.
_CONDITION_OR_WARNING = re.compile(r"(?:基础|前提|条件)(?:上|下|之上)$|^在|不考虑")


def goal_result(goal: MacroGoal, old: Report, review: Review, incomes: Sequence[Indicator],
                growth: Indicator | None) -> tuple[Sentence | None, Indicator | None, Verdict]:
    """The review sentence (and figure) that reports on ``goal``, and the verdict."""
    rising = goal.direction in ("增加", "提高") or "增长" in goal.direction
    if _INCOME.search(goal.subject) and rising and incomes:  # 增加城乡人民收入: the growth figures show the direction
        grown = [income for income in incomes if (income.value or 0) > 0]
        shown = "，".join(f"{income.name}{income.value_text()}" for income in incomes)
        verdict = Verdict(MET if len(grown) == len(incomes) else NOT_MET, f"a direction: {shown}")
        return _sentence(review, incomes[0]), incomes[0], verdict
    subject_words = RESULT_SUBJECTS.get(goal.subject, dict(SUBJECTS)[goal.subject])
    if _BOUNDED.search(goal.direction) and (problem := _named_problem(subject_words, review)):
        return problem
    if goal.subject == "物价" and _LOWER.search(fold_width(goal.clause)):
        return _price_result(old, review)
    state = _RESULT_STATE.get(goal.subject, re.escape(goal.direction))
    rising = "增长" in goal.direction or "增加" in goal.direction
    for sentence, text in zip(review.sentences, review.folded):
        in_words: Verdict | None = None  # 农业获得丰收，…，农业增加值增长百分之四: the figure over the words
        for subject in re.finditer(subject_words, text):
            after = _own_clauses(re.split(r"[;；。]", text[subject.end() :], maxsplit=1)[0])
            base = _OTHER_BASE.search(after)  # 1979年农业总产值比1978年增长8.6%: over the year before, one year
            if rising and not (base and f"{int(base.group(1)) + 1}年" not in text[: subject.start()]):
                if grows := _GROWTH_FIGURE.search(after) or _SPELT_GROWTH.search(after):
                    return sentence, None, _growth_verdict(grows)
                if in_words is None and (grows := _GROWTH_WORDS.search(after)):
                    in_words = _growth_verdict(grows)
            if in_words is None and re.match(rf"[^,，]{{0,6}}?(?:{state})", after):
                in_words = words_verdict(goal.name, sentence.text, growth)
        if in_words is not None:
            return sentence, None, in_words
    return None, None, Verdict(NO_RESULT, "the later report does not speak of it")


# A clause that goes on with the subject of the one before: its change or its figure (粮食总产量3亿吨，增加109亿公斤).
_GOES_ON = re.compile(r"[,，](?=\s*(?:比|较|同比|增|减|下降|上升|回升|回落|提高|降低|达|为|是|共|约|"
                      r"全年|当年|去年|今年|已|又|也|还|均|都|分别|创|连续|\d|百分之))")


def _own_clauses(after: str) -> str:
    """The words after a subject up to the first clause with a subject of its own: 在农业生产和农业基本建设中，
    瞎指挥和无效劳动有所减少 tells no fall of farming."""
    for comma in re.finditer(r"[,，]", after):
        if not _GOES_ON.match(after, comma.start()):
            return after[: comma.start()]
    return after


# A problem a review of several years says is still there (还有, 仍然, 依然, 尚未): it was there last year too.
_STILL = re.compile(r"还有|仍然|依然|仍|尚未|依旧")


def _named_problem(subject_words: str, review: Review) -> tuple[Sentence, None, Verdict] | None:
    """The review sentence that names a goal's subject among the year's problems (基本建设规模过大), if any."""
    for sentence, text in zip(review.sentences, review.folded):
        for subject in re.finditer(subject_words, text):
            if _RUN_OF_YEARS.search(text, 0, subject.start()):
                continue  # 连续几年…货币投放过多: a problem of several years, not of the one reviewed
            after = re.split(r"[;；。]", text[subject.end() :], maxsplit=1)[0]
            if excess := _EXCESS.search(after):
                return sentence, None, Verdict(NOT_MET, f"the report names it among the year's problems: "
                                                        f"“{subject.group()}{excess.group()}”")
    return None


def _growth_verdict(grows: re.Match[str]) -> Verdict:
    """A goal of growth (对外贸易有所增长) against what the review says of it: a growth figure, or words."""
    if grows.re is _GROWTH_FIGURE:
        value = float(grows["value"])
        return Verdict(MET if value > 0 else NOT_MET, f"a direction: {grows.group()}")
    if grows["up"] and (grows.re is _SPELT_GROWTH or _FIGURE_AFTER.match(grows.string, grows.end())):
        return Verdict(MET, f"a direction: {grows.group()}")  # 粮食总产量增加109亿公斤
    if grows["up"]:  # 乡镇企业继续快速发展: words show the direction, no figure
        return Verdict(STATED, f"no figure decides; the later report says “{grows.group()}”")
    return Verdict(NOT_MET, f"a direction: {grows.group()}")


def _sentence_text(report: Report, figure: Indicator) -> str:
    return next((sentence.text for sentence in report.sentences if sentence.id == figure.sentence_id), "")


def _recalled(report: Report, figure: Indicator) -> bool:
    sentence = next((sentence for sentence in report.sentences if sentence.id == figure.sentence_id), None)
    return sentence is not None and recalls_the_target(sentence.text, figure.start - sentence.start)


def _sentence(review: Review, figure: Indicator) -> Sentence | None:
    return next((sentence for sentence in review.sentences if sentence.id == figure.sentence_id), None)


def _price_result(old: Report, review: Review) -> tuple[Sentence | None, Indicator | None, Verdict]:
    """A price rise lower than last year's: this year's rise against the one the earlier report's review gives."""
    rises = [figure for sentence in review.sentences for figure in sentence_indicators(sentence, KIND_REVIEW)
             if _PRICES.match(figure.name) and figure.unit == "%" and figure.value is not None]
    if not rises:
        return None, None, Verdict(NO_RESULT, "the later report gives no price rise for the year")
    rise = rises[0]
    earlier = [figure for figure in extract_indicators(old) if figure.kind == KIND_REVIEW and figure.unit == "%"
               and figure.value is not None and (_PRICES.match(figure.name) or _ACTUAL.match(figure.name))
               and _PRICE_WORDS.search(figure.text if _PRICES.match(figure.name) and figure.name in figure.text
                                       else _sentence_text(old, figure))  # 物价涨幅…，实际回落到6.1%
               and not _recalled(old, figure)]  # 去年政府工作报告提出，物价涨幅要…降到10%左右: last year's target
    now, then = rise.value, earlier[-1].value if earlier else None
    if now is None or then is None:
        return _sentence(review, rise), rise, Verdict(STATED, "the earlier report gives no rise to compare with")
    before = earlier[-1]
    verdict = MET if now < then else NOT_MET
    sign = "<" if verdict == MET else "≥"
    reason = f"{rise.value_text()} {sign} last year's {before.value_text()}"
    return _sentence(review, rise), rise, Verdict(verdict, reason)


# The names a figure bounding a subject goes by, where they differ from the subject's (总的投资额控制在550亿元左右
# bounds the scale of basic construction).
_BOUND_BY_FIGURE = {"基本建设规模": r"基本建设|投资额|投资总额"}


def macro_goal_rows(old: Report, horizons: dict[str, str], review: Review, incomes: Sequence[Indicator],
                    growth: Indicator | None, numeric: Sequence[str] = (),
                    period: tuple[Review, Callable[[Sentence], bool]] | None = None) -> list[ScoreRow]:
    """A scorecard row for every macro goal of ``old``'s plan part, with its result in ``review``.

    A goal of keeping a subject in bounds that the plan also sets with a figure (零售物价上涨幅度控制在百分之六以内,
    and 把零售物价总水平上升幅度控制在…能够承受的范围内) is that target said again, no row of its own.  A goal of a
    plan period is judged by ``period``: the review of a whole period, when the later report can have reviewed
    the period the goal's sentence aims at.
    """
    rows: list[ScoreRow] = []
    for goal in macro_goals(old, horizons):
        pattern = _BOUND_BY_FIGURE.get(goal.subject, dict(SUBJECTS)[goal.subject])
        if _BOUNDED.search(goal.direction) and any(re.search(pattern, name) for name in numeric):
            continue
        target = Figure(goal.sentence, None, goal.clause)
        if goal.horizon == HORIZON_PLAN_PERIOD and (period is None or not period[1](goal.sentence)):
            rows.append(ScoreRow(goal.name, goal.horizon, target, None, NO_RESULT,
                                 "a goal for a plan period; the later report does not review that period"))
            continue
        judged_by = period[0] if goal.horizon == HORIZON_PLAN_PERIOD and period is not None else review
        sentence, figure, verdict = goal_result(goal, old, judged_by, incomes, growth)
        if (verdict.verdict == NO_RESULT and goal.horizon == HORIZON_YEAR and period is not None
                and _BOUNDED.search(goal.direction)):
            # 1988 reviews five years: 前进中仍然存在不少困难和问题…国家财政还有较多的赤字, a problem still there
            still = Review([found for found in period[0].sentences if _STILL.search(found.text)])
            subject_words = RESULT_SUBJECTS.get(goal.subject, dict(SUBJECTS)[goal.subject])
            sentence, figure, verdict = _named_problem(subject_words, still) or (sentence, figure, verdict)
        result = None
        if sentence is not None:
            result = (Figure(sentence, figure, figure.text) if figure is not None
                      else in_words(sentence, goal.name, verdict.reason))
        rows.append(ScoreRow(goal.name, goal.horizon, target, result, verdict.verdict, verdict.reason))
    return rows
