"""How long a period a sentence speaks of: one year, five years, or a whole plan period.

A report of year Y+1 reviews year Y, and some reports (the first of a term,
2018 or 2023 at the national level) also review the five years before; a
report of year Y sets targets for Y and for its five-year plan.  A one-year
target must never be judged by a five-year figure, so every sentence gets a
horizon:

- ``year``: the default, and any sentence that names the year itself
  (``去年``, ``过去一年``, ``刚刚过去的2017年``, ``今年``);
- ``five-year`` (review parts): ``五年来``, ``过去五年``, ``累计``, ``年均``,
  ``"十二五"时期`` …;
- ``plan-period`` (plan parts): ``"十三五"``, ``今后五年``, ``今后三年``,
  ``用三年时间``, ``到2020年`` (a later year), ``年均`` … — unless the sentence speaks of this year first
  (``今年再开工20项…，"十三五"规划…`` is a target for the year).

A marker holds for the rest of its paragraph until another one says
otherwise; a part or section whose heading names five years (``过去五年工作回顾``,
``"十三五"时期主要目标任务``) starts each of its paragraphs in that horizon.

Older reports are read the same way: plans by name (``"九五"``, ``"十五"``,
``第六个五年计划``; a plan that ended before the report's year, such as the
``"七五"普法规划`` of 2016, is no period ahead), years in Chinese numerals or
full-width digits (``一九八六年``, ``２００１年``), ``平均每年`` and
``1987年与1982年相比`` in a review, ``到本世纪末`` and ``今后一个时期`` in a plan.
A plan figure takes the horizon of its own clause when that clause names this
year or a longer period (``figure_horizon``), and a review part that turns to
the year ahead without a heading (``２００２年是…``) gives no results from
there on (``ahead``).  ``period_end`` says which year a plan-period goal aims
at, so the scorecard judges it only by a review of that whole period.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from core.compare.scorecard.clauses import clause_around, clause_start
from core.reading.model import KIND_PLAN, KIND_REVIEW, Report, Section, Sentence
from core.reading.sections.headings import arabic_years

HORIZON_YEAR = "year"
HORIZON_FIVE_YEAR = "five-year"
HORIZON_PLAN_PERIOD = "plan-period"
HORIZONS = (HORIZON_YEAR, HORIZON_FIVE_YEAR, HORIZON_PLAN_PERIOD)
# A review part that turns to the year ahead without a heading (２００２年是…做好今年各项工作…): from there on its
# sentences are no results.
HORIZON_AHEAD = "ahead"

# The five-year plans by name: "六五" … "九五", "十五", "十一五" … (十五届, 十五大 are a party's congresses;
# 百分之十五 is a figure). Older reports spell them out: 第六个五年计划.
_PLAN_NAME = (r"(?:[“\"]?(?<![〇一二三四五六七八九十百千万之点])(?:[六七八九十]|十[一二三四五六])五[”\"]?"
              r"(?!届|大|次|个|年|日|号|条|项|万|亿|%)|第(?:[六七八九十]|十[一二三四五六])个五年(?:计划|规划))")
_PLAN_NUMBER = re.compile(r"(十[一二三四五六]|[六七八九十])(?:五|个五年)")
_NUMERALS = {"六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def plan_end_year(name: str) -> int | None:
    """The last year of a five-year plan named in ``name``: "九五" 2000, "十五" 2005, "十一五" 2010."""
    match = _PLAN_NUMBER.search(name)
    if match is None:
        return None
    number = match[1]
    count = _NUMERALS[number] if len(number) == 1 else 11 + "一二三四五六".index(number[1])
    return 1985 + 5 * (count - 6)
_LONG_HEADING = re.compile(rf"五年|{_PLAN_NAME}|时期")
_FIVE_YEARS_PAST = re.compile(
    r"五年来|过去五年|这五年|五年间|五年中|五年共|五年累计|累计|年均(?!浓度)|平均每年|本届政府|"
    rf"{_PLAN_NAME}(?:计划)?(?:时期|期间)|{_PLAN_NAME}(?:计划|规划)(?:确定|主要)"
)
_ONE_YEAR_PAST = re.compile(r"去年|过去一年|刚刚过去的|上一年|一年来|全年|[比较]上年")  # 比上年增加了百分之十六
_THIS_YEAR_REVIEWED = re.compile(r"今年")
_PLAN_PERIOD = re.compile(
    rf"{_PLAN_NAME}|今后[两三四五六七八九十]年|近几年(?=把)|今后一(?:个|段)时期|今后一段时间|未来[两三四五]年|[两三四五]年内|用[两三四五]年(?:左右)?的?时间|"
    # 如期实现…目标 and the like speak of several years, unless the goal is this year's (如期实现今年…预期目标)
    r"[两三四五]年目标|如期实现(?![^,，;；。]{0,12}(?:今年|本年))|既定的?(?![^,，;；。]{0,12}(?:今年|本年))[^,，;；。]{0,12}目标|"
    r"(?<!今年)(?<!本年)计划的目标|"
    r"(?:[六七八九]十|[6-9]0)年代(?!以来|初期|初(?!步))|"  # 是九十年代一项重要任务: a decade's goal
    r"年均(?!浓度)|规划期|(?:到|至)(?P<year>\d{4})年(?:末|底)?|(?P<before>\d{4})年前"
    r"|(?P<century>(?:到|至)?(?:本|二十)世纪末|本世纪内)|(?<![\d到至])(?P<bare>\d{4})年(?:底|末)?(?!以来|来|的|是|相比|与|同|比)"
    # the years of a programme (经过三年调整) or of a longer plan (按照十年规划，在这十年里…; 这八年, 八年内)
    r"|经过[两三四五]年(?!来)|这[两三四五六七八九十]年(?!来|以来)(?:里|内|中|间)?|(?<![第\d〇一二三四五六七八九十])[六七八九十]年(?:内|里)|十年规划"
)
# The years behind as the base of the year's growth (在1979到1983年平均每年递增7.9%的基础上，比上年增长…).
_ON_THE_BASE = re.compile(r"[^,，;；。]{0,16}的基础上")
_YEARS_COMPARED = re.compile(r"(?P<last>\d{4})年(?:与|同|比)(?P<first>\d{4})年")
_YEAR_SPAN = re.compile(r"[从由](?P<first>\d{4})年[^。;；]{0,40}?(?:到|至)(?P<last>\d{4})年")
_OUTCOME_TOLD = re.compile(r"(?:预计|实际)(?:可以|可能|可)?(?:达到|完成|增长|超过)")
_ONE_YEAR_AHEAD = re.compile(r"今年|本年|(?<![两三四五六七八九十\d])年内|全年")  # not 五年内


@lru_cache(maxsize=64)
def _this_year(year: int | None, next_year: bool = False) -> re.Pattern[str]:
    """今年 and the like, and the report's own year by number (2001年是…实施"十五"计划的第一年); in a plan for the
    year after the report's (``next_year``), 明年 and that year by number."""
    # 从一九七八年到一九八五年: the start of a span of years, not this year alone
    named = rf"|(?<![\d从由]){year}年(?!前|以前|底前|末前|到|至)" if year is not None else ""
    return re.compile((_NEXT_YEAR.pattern if next_year else _ONE_YEAR_AHEAD.pattern) + named)


_NEXT_YEAR = re.compile(r"明年|(?<![两三四五六七八九十\d])年内|全年")


def planned_year(report: Report) -> int | None:
    """The year the report's plan is for: its own year, or the next one when the plan speaks of 明年 and that
    year more often than of this year (reports given late in the year: 1980 on the 1981 plan, November 1981
    on 1982)."""
    if report.year is None:
        return None
    kinds = {section.id: section.kind for section in report.sections}
    return _planned_year(report.year, tuple(sentence.text for sentence in report.sentences
                                            if kinds.get(sentence.section or "") == KIND_PLAN))


@lru_cache(maxsize=64)
def _planned_year(year: int, plan: tuple[str, ...]) -> int:
    text = arabic_years("\n".join(plan))
    this = len(re.findall(rf"(?<!比)今年|(?<!\d){year}年", text))  # 比今年增长: the base, not the year planned
    following = len(re.findall(rf"明年|(?<!\d){year + 1}年", text))
    return year + 1 if following > this and following >= _NEXT_YEAR_MENTIONS else year


_NEXT_YEAR_MENTIONS = 3


def sentence_horizons(report: Report) -> dict[str, str]:
    """The horizon of every sentence in a review or plan part, by sentence id."""
    paths = report.section_paths()
    paragraph_starts = [paragraph.start for paragraph in report.paragraphs]
    horizons: dict[str, str] = {}
    kinds = {section.id: section.kind for section in report.sections}
    paragraph = -2
    state = section_state = paragraph_state = HORIZON_YEAR
    turned: set[str] = set()  # review parts that have turned to the year ahead
    reset_from_year = False  # the sentence before told last year inside a review of five years
    plan_year = planned_year(report)
    for sentence in report.sentences:
        kind = kinds.get(sentence.section or "", "")
        if kind not in (KIND_REVIEW, KIND_PLAN):
            continue
        here = bisect_right(paragraph_starts, sentence.start) - 1
        path = paths.get(sentence.section or "", ())
        part = path[0].id if path else ""
        if kind == KIND_REVIEW and (part in turned or turns_ahead(sentence.text, report.year)):
            turned.add(part)
            horizons[sentence.id] = HORIZON_AHEAD
            continue
        if (kind == KIND_REVIEW and _plans_its_own_year(sentence.text, report.year)
                and not _OUTCOME_TOLD.search(sentence.text)):
            # 1957年的工业总产值比1956年将增长百分之四点五, inside a review; not the year's plan told with what came
            # of it (一九八二年计划为百分之四，预计可以达到百分之六点四, in a report of December 1982)
            horizons[sentence.id] = HORIZON_AHEAD
            continue
        opening = here != paragraph
        if opening:
            paragraph = here
            state = section_state = _section_horizon(path, kind)
        elif reset_from_year and _POINTS_BACK.match(sentence.text):
            state = HORIZON_YEAR  # 这几年尤其是去年的物价上涨幅度过大…。这里有货币发行偏多…: the causes of last year's
        reset_from_year = False
        state = _after(sentence, kind, state, report.year if kind == KIND_REVIEW else plan_year,
                       plan_year != report.year)
        # 今后，财政支出要长期坚持从严控制的方针。: from now on, in this sentence; the next tells of the year again
        from_now_on = kind == KIND_PLAN and state == HORIZON_YEAR and _FROM_NOW_ON.match(sentence.text)
        horizons[sentence.id] = HORIZON_PLAN_PERIOD if from_now_on else state
        if opening:
            paragraph_state = state
        if kind == KIND_REVIEW and section_state == HORIZON_FIVE_YEAR == paragraph_state and state == HORIZON_YEAR:
            # 国有企业效益明显好转，去年利润增长23.5%。 inside a review of five years: last year for that sentence only
            state = HORIZON_FIVE_YEAR
            reset_from_year = True
    return horizons


# A sentence that opens on 今后 or 从现在起 (from now on) holds for the plan's period, not only for its year.
_FROM_NOW_ON = re.compile(r"\s*(?:今后|从现在起)")
# A sentence that opens by pointing back at the one before (这里有…的原因): it tells of the same time.
_POINTS_BACK = re.compile(r"\s*(?:这里|这是|这些|其中|其原因)")


def turns_ahead(text: str, year: int | None) -> bool:
    """Whether a review sentence opens on the report's own year as the one ahead (２００２年是…, 今年是…)."""
    named = rf"|{year}年是" if year is not None else ""
    return re.match(rf"\s*(?:今年是|今年的主要任务{named})", arabic_years(text)) is not None


def _plans_its_own_year(text: str, year: int | None) -> bool:
    """Whether a sentence sets a figure for the report's own year, named by number, with a word of the plan
    (1957年的工业总产值比1956年将增长百分之四点五), or one that will grow over last year (农业总产值比1956年将增长…):
    a plan the review runs into, not a result."""
    if year is None:
        return False
    text = arabic_years(text)
    own_year = rf"(?<![比较\d]){year}年(?!前|以前|底前|末前|以来)[^。；;]*?(?:将(?!近)|计划|草案|力争|争取)"
    over_last_year = rf"比{year - 1}年[^。；;，,]{{0,4}}将(?!近)"
    return re.search(own_year, text) is not None or re.search(over_last_year, text) is not None


def _section_horizon(path: tuple[Section, ...], kind: str) -> str:
    titles = arabic_years("".join(section.title for section in path))  # 一九八五年的任务 names no 五年
    if _LONG_HEADING.search(titles):
        return HORIZON_FIVE_YEAR if kind == KIND_REVIEW else HORIZON_PLAN_PERIOD
    return HORIZON_YEAR


def _after(sentence: Sentence, kind: str, state: str, year: int | None, next_year: bool = False) -> str:
    """The horizon of ``sentence`` given the one in force before it (``year``: the year reviewed or planned)."""
    text = arabic_years(sentence.text)  # 一九八六年, ２００１年
    if kind == KIND_REVIEW:
        # (今年 in a review given in December is the year reviewed: 全国查处的经济违法犯罪案件从今年一月到九月…)
        one = _ONE_YEAR_PAST.search(text) or (_THIS_YEAR_REVIEWED.search(text) if next_year else None)
        five = next((found for found in _FIVE_YEARS_PAST.finditer(text)
                     if not _ON_THE_BASE.match(text, found.end())), None)
        if one and five:
            return HORIZON_YEAR if one.start() < five.start() else HORIZON_FIVE_YEAR
        if one:
            return HORIZON_YEAR
        if five:
            return HORIZON_FIVE_YEAR
        span = _YEAR_SPAN.search(text) or _YEARS_COMPARED.search(text)
        if span and year is not None and int(span["first"]) < year - 1 \
                and (int(span["last"]) < year - 1 or int(span["first"]) < int(span["last"]) - 1):
            # 从2002年1288亿元增加到2007年的3664亿元, 1987年与1982年相比: several years (一九五七年比一九五六年: one)
            return HORIZON_FIVE_YEAR
        if year is not None and re.search(rf"{year - 1}年|{year}年[^,，;；。]{{0,12}}预计", text):
            return HORIZON_YEAR  # last year; or this year estimated in a report of December (一九八二年…预计达到)
        if year is not None and re.match(rf"\s*(?:特别是)?{year - 2}年[^,，;；。]{{0,8}}以后", text):
            return HORIZON_YEAR  # 特别是一九八四年第四季度以后，…货币发行过多 (1986): the months up to last year's end
        return state
    ahead = _this_year(year, next_year).search(text)
    period = next(_periods_ahead(text, year), None)
    if period is not None and (ahead is None or period < ahead.start()):
        if _ITEM_BREAK.search(text, 0, period):
            return state  # …；用两年时间将筹资标准…提高到100元: a later item's period (``figure_horizon`` reads items)
        return HORIZON_PLAN_PERIOD
    if ahead:
        return HORIZON_YEAR
    return state


def _periods_ahead(text: str, year: int | None) -> Iterator[int]:
    """Where ``text`` (years in ASCII digits) names a period beyond the report's year: "十五"期间, 今后五年, 到2010年.

    A plan that ended before the report's year ("七五"普法规划 in 2016) is no period ahead.
    """
    for match in _PLAN_PERIOD.finditer(text):
        if "比" in text[clause_start(text, match.start()) : match.start()]:
            continue  # 比五年计划原定１９５７年３，８５６亿斤的水平超过…: the base of a comparison, not the horizon
        named = match["year"] or match["before"] or match["bare"]
        if match["century"]:
            named = str(_century_end(year)) if year is not None else None  # 到本世纪末: 2000 for a report of 1997
        end = plan_end_year(match.group()) if named is None else int(named)
        # a plan, or the century, that ends this year is still a goal of several years (到本世纪末 in 2000)
        if end is None or year is None or end > year or ((named is None or match["century"]) and end >= year):
            yield match.start()


def figure_horizon(sentence: Sentence, horizon: str, start: int, year: int | None, next_year: bool = False) -> str:
    """The horizon of a plan figure at ``start`` (in the report's text): its sentence's, unless the clause it
    stands in names this year or a longer period itself.

    ``"十一五"期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦；五年淘汰落后炼铁产能1亿吨`` sets a
    plan-period target, a target for the year and a plan-period target again.
    """
    if horizon not in (HORIZON_YEAR, HORIZON_PLAN_PERIOD):
        return horizon
    text = arabic_years(sentence.text)
    at = start - sentence.start
    begin = clause_start(text, at)
    clause = clause_around(text, at, at)
    if "为此" in clause and next(_periods_ahead(text, year), None) is not None:
        return HORIZON_PLAN_PERIOD  # 到2007年使西部地区基本普及九年义务教育，中央财政将为此投入100亿元
    if _this_year(year, next_year).search(clause):
        return HORIZON_YEAR
    if _STANDING_LINE.search(clause):
        return HORIZON_PLAN_PERIOD  # 守住全国耕地不少于18亿亩这条红线: held for good, in its own clause only
    if next(_periods_ahead(clause, year), None) is not None or _FIVE_YEARS_AHEAD.search(clause):
        return HORIZON_PLAN_PERIOD
    # the item of a list sentence the figure stands in (…；到2015年，…覆盖率达到95%), up to the figure's clause
    item = text[clause_start(text, at, _ITEM_BREAK) : begin]
    if item and next(_periods_ahead(item, year), None) is not None and not _this_year(year, next_year).search(item):
        return HORIZON_PLAN_PERIOD
    return horizon


def result_horizon(sentence: Sentence, horizon: str, start: int, year: int | None) -> str:
    """The horizon of a review figure at ``start``: its sentence's, unless the sentence speaks of several years
    and the figure's own clause is the report's year estimated (农业总产值一九八一年比一九八○年增长…，一九八二年预计比
    一九八一年增长百分之五，两年平均每年递增…: a report of December gives the year it reviews so)."""
    if horizon != HORIZON_FIVE_YEAR or year is None:
        return horizon
    text = arabic_years(sentence.text)
    at = start - sentence.start
    begin = clause_start(text, at)
    # (…五年累计7.79万亿元，年均增长21.58%，2012年占国内生产总值比例达到4%: a clause of last year alone, in 2013)
    last_year = rf"\s*(?:{year - 1}年|去年)(?!以来|来|[到至])(?![^,，;；。]*?(?:比|与|同|较)\d{{4}}年)"
    return (HORIZON_YEAR if re.match(rf"\s*{year}年[^,，;；。]{{0,12}}预计|{last_year}", text[begin:])
            else horizon)


_ITEM_BREAK = re.compile(r"[;；]")
# A red line held for good (耕地红线, 这条红线): a standing goal of the clause that draws it, not of its paragraph.
_STANDING_LINE = re.compile(r"耕地红线|这条红线")
# A year that dates a figure, not one it is compared with or counted from (比1957年, 从1952年到, 1953年以来) or
# whose prices it is reckoned in (按1952年不变价格计算).
_DATING_YEAR = re.compile(r"(?<![比较較同与與从從由自按])(?P<year>\d{4})年(?![以至到]|来|的?[\d]|相比|比较)")


# Another country's figure, told for comparison (英国的煤产量在二十世纪初期曾经两次接近三亿吨).
# (对美国的出口: our trade with it, not its figure)
_ANOTHER_COUNTRY = re.compile(r"(?<![对向从与同和])(?:英国|美国|苏联|日本|法国|西德|德国|意大利|印度)(?:的|在)")


def of_another_year_or_country(sentence: Sentence, end: int, year: int | None) -> bool:
    """Whether a review figure ending at ``end`` is dated to another year than ``year`` by its own item of the sentence
    (我国的钢产量在1952年是135万吨; 到1967年…达到60斤), or told of another country (英国的煤产量…): no result of
    ``year``."""
    text = arabic_years(sentence.text)
    at = end - sentence.start
    if _ANOTHER_COUNTRY.search(text, clause_start(text, at, _ITEM_BREAK), at):
        return True
    dates = dating_years(sentence.text, at)
    return year is not None and bool(dates) and dates[-1] != year


def dating_years(text: str, at: int) -> list[int]:
    """The years that date what ``text`` says up to ``at``, in its item (from the last ；): 1990 of
    一九九○年工农业总产值达到…，比一九八○年增长…, not the 1980 it is compared with."""
    folded = arabic_years(text)
    item = folded[clause_start(folded, at, _ITEM_BREAK) : at]
    return [int(match["year"]) for match in _DATING_YEAR.finditer(item)]


# 五年淘汰落后炼铁产能1亿吨: a clause that counts five years is a goal for the period.
_FIVE_YEARS_AHEAD = re.compile(r"(?<![第\d〇一二三四五六七八九十])[两三四五]年(?=[\u4e00-\u9fff])(?!前|以前|来)")


_SPAN_YEARS = re.compile(r"(?:今后|未来|用)?(?<![一二三四五六七八九十])(?P<count>[两三四五六七八九十])年(?:内|时间)")


# A sentence that names its period by pointing back to it (在这五年内, 这个期间, 在五年或者更长一些的时间内).
_PERIOD_NAMED_AGAIN = re.compile(r"这(?:个|一)?(?:[两三四五]年(?!来)|期间|时期)|[两三四五]年(?:内|间|中|里|或者?更长)")


def names_its_period(text: str) -> bool:
    """Whether a plan-period sentence names its period itself (在这五年内, 第六个五年计划期间, 今后三年, 到一九八五年),
    not only its paragraph or part."""
    folded = arabic_years(text)
    return bool(_PLAN_PERIOD.search(folded) or _PERIOD_NAMED_AGAIN.search(folded))


def period_end(sentence: Sentence, year: int | None) -> int | None:
    """The last year of the period a plan-period sentence aims at ("十五"期间 2005, 到2010年, 今后五年), or None."""
    text = arabic_years(sentence.text)
    for match in _PLAN_PERIOD.finditer(text):
        if match["year"] or match["before"] or match["bare"]:
            return int(match["year"] or match["before"] or match["bare"]) - (1 if match["before"] else 0)
        if match["century"] and year is not None:
            return _century_end(year)
        if (end := plan_end_year(match.group())) is not None and (year is None or end >= year):
            return end
    span = _SPAN_YEARS.search(text) or re.search(r"(?:今后|未来)(?P<count>[两三四五六七八九十])年", text)
    if span and year is not None:
        return year + "两三四五六七八九十".index(span["count"]) + 1
    return None


def _century_end(year: int) -> int:
    """The last year of the century of ``year``: 2000 for 1997, 2100 for 2001."""
    return ((year - 1) // 100 + 1) * 100
