"""Which figures of a plan part are targets.

A plan part also states the situation it plans for (去年…回落到2.6%, 目前…已经超过2万亿元,
高校毕业生将达727万人), what a measure costs or brings about (为此新增支出140亿元,
可使农民减轻负担48亿元), how a target changed from last year (比去年增加5600亿元) and
last year's results after an opening such as 过去一年; none of these is a target.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from core.compare.figures.indicator_matching import same_measure, unit_class
from core.compare.figures.indicator_patterns import LEVEL_REACHED
from core.compare.indicators import Indicator, extract_indicators
from core.compare.scorecard.clauses import clause_start
from core.compare.scorecard.horizons import HORIZON_YEAR, figure_horizon, planned_year, sentence_horizons
from core.compare.scorecard.plan_facts import (
    NUMBER,
    answered_as_a_condition,
    clause_for_a_name,
    in_a_condition,
    in_a_past_span,
    names_a_member,
    part_of_a_total,
    recounts_the_past,
    said_of_the_months_behind,
    worked_out_on_a_condition,
)
from core.compare.topics import fold_width
from core.reading.model import KIND_PLAN, Report, Sentence
from core.reading.sections.headings import arabic_years

# Names that are no indicator: what is left when the extractor takes a verb or a pronoun for one.
_NOT_A_NAME = re.compile(
    r"^(?:安排(?!资金$|就业$)|总量|规模(?!以上)|其中|我国|我们|这|那|共|约|达|有|[一二三四五六七八九十]是)|(?:我国有|守住|坚决|将|要)$|^.$|预期目标"
    r"|^全国$|关于"  # 国务院关于鼓励引导民间投资新36条: a document's title
    # a verb, a source or the audience where a name should be (据对一百七十六个, 动员三亿多, 你们代表着全国九亿多人)
    r"|^(?:据|参加|动员|拥有|你们|在今后|在执行中|一头是)|(?:可以形成|动员|参加)$"
    # a consequence worked out (则本年收入实际增长15.83%), the whole a part is counted in (在本年的46种主要工业产品中)
    r"|^则|(?:项目|产品|单位|企业)中$"
    r"|^都(?:是|为)?$"  # …增加到六千零五十亿元，都是平均每年递增百分之四: the rate of each figure before, said again
    r"|^即"  # 即增产五百七十八亿斤，到一九五七年达到…: the figure before said again, no name of its own
    r"|投资限额$"  # 钢铁工业…的投资限额为一千万元: the bound that sorts projects above and below it, no goal
    r"|^该"  # 该厂生产的三百八十台钻床: an example
    r"|^(?:由于|因为|因此|所以|但是|可是|只要|如果)"  # 由于全国五亿多农民…: a cause or a condition opens, no name
    # who or what kind, not what measure: 中央１７个部 (whose plan), 戏曲、话剧…等７个项目 (what is exempted)
    r"|^(?:中央|地方|项目)$"
    r"|比[^,，;；]{1,12}?(?:要|还)?(?:多|少|高|低)$"  # 薯类…比一般杂粮的产量要多五、六倍: one thing against another
    r"|^的?水平$"  # …原定１９５７年３，８５６亿斤的水平超过１３３亿斤: the tail of a comparison
    r"|^[“\"]?(?:[六七八九十]|十[一二三四五六])五[”\"]?$"  # "十一五"年均增长7.5%: a plan's name, no indicator
    # by how much a plan or a norm was passed (五年合计，仍然超过五年计划原定数约五十亿元; 超过国家规定造价一百二十五元)
    r"|^(?:仍然|仍|还)(?:超过|超出)|^超过[^的]*(?:原定|规定)(?:数|造价)$"
    # who does the work, not what it measures (煤炭工业部和石油工业部共有二百个建设项目, 机械工业各部共有…)
    r"|(?:工业|各)部$|^净(?:增|减)$|^(?:其中)?包括$"  # 三项增减相抵，净增二十四亿元: what the sums before add up to
    r"|^(?:加上)?上年结转"  # 上年结转收入: what is left from last year, no figure the plan sets
)

# Words that make a figure of the plan part a fact, not a target: last year's figures, what there is now.
# (用于现有企业设备更新的资金, 对现有企业进行技术改造: the existing works a measure is for, no situation)
# (今后五年…累计将达2182亿元: a sum the plan sets over its years, no sum made)
_SITUATION = re.compile(r"去年|上年|过去一年|目前|已|(?<![于对])现有|原先|原来|将高达|预计将|累计(?!将|要)|曾经"
                        r"|全长|流域面积")
# 2005年与2000年相比, 1980年同完成经济恢复的1952年相比: a span of years gone by
_TO_NOW = re.compile(r"(?:到|至)(?:现在|目前)的?")  # a level reached by now, not one to reach
# (在文化教育和保健方面：一九五四年比一九五二年，…增长百分之三十三: the same, after the field it speaks of)
_PAST_COMPARISON = re.compile(r"\s*(?:[^,，;；。:：]{1,12}[:：])?(\d{4})年(?:(?:与|同)[^,，;；。\d]{0,12}\d{4}年相比"
                              r"|比\d{4}年[,，])")
# A past year that dates the clauses after it (我国在一九五二年的粮食产量就达到…，棉花产量达到…; 在一九五四年全国的
# 基本建设投资中，非生产性的投资占…), not the base of a change (比一九五二年), a starting point (由, 从) nor the start
# of a span (一九五三年到一九五七年); unless a later year or the plan's words follow it.
# (按2010年不变价计算, 以2015年为基数, 在一九五八年增产…的基础上: the base a figure is counted from, no past told)
_PAST_YEAR_BEFORE = re.compile(r"(?<![比较到至从由同与按以\d])(\d{4})年(?:的|底|末)?(?![前到至—\-一以来相比])")
_AHEAD_OF_PAST = re.compile(r"\d{4}年|今年|明年|计划|将|要|争取|力争|预计|再|基础上|基数|不变价|已开工")
_WITH_CARRY_OVER = re.compile(r"^(?:全年)?收入(?:总数|总计|合计)")
# Another country's plan or figure, told for comparison (苏联的第一个五年计划, 英国的钢产量), unless ours is set
# against it (赶上或者超过英国) or it helps ours (苏联帮助设计的…).
_ANOTHER_COUNTRY = re.compile(r"(?:苏联|美国|英国|日本|法国|西德|资本主义国家)(?:的|在)")
_OURS_AGAINST_THEIRS = re.compile(r"帮助|援助|设计|赶上|超过|我国|学习|推广|经验|借鉴|引进|面对|应对")
_PAST_YEAR = re.compile(r"(?<![比到至从由\d])(\d{4})年(?!前|以前|底前|末前|以来|相比)")
# 比上年增长5%, 按上年实际数额核减20%: the base of a growth or cut target, no situation
_AGAINST_LAST_YEAR = re.compile(r"比(?:上年|去年)(?:同期)?|按(?:上年|去年)(?:实际)?(?:数额|水平)?")
# 比今年增长4%: in a plan for next year, this year is the base of the target, not its time
_AGAINST_THIS_YEAR = re.compile(r"比今年|由今年(?:预计)?的")
_FROM_FIGURE = re.compile(r"[从由][^,，;；]*$")  # 赤字率从去年的2.1%提高到2.3%: 去年 is the starting point
_CHANGE = ("增加", "减少", "提高", "下降", "降低", "增长")
_THAN_LAST_YEAR = re.compile(r"\s*比(?:去年|上年)")  # a clause that opens on last year: the change from it
# A plan-part sentence that opens on last year and looks nowhere ahead tells last year's figures.
_LAST_YEAR_SENTENCE = re.compile(r"\s*(?:去年|过去一年)")

_BUDGET = re.compile(r"财政|资金|投入|支出|预算")
_RATES = ("%", "倍")  # a growth said beside the level it brings a figure to
# Counts of people a plan part states as the situation it plans for (高校毕业生将达727万人).
# 解决13亿中国人的吃饭问题: the whole people is what a plan serves, no figure it sets.
# …已按…占国内生产总值的4%编制预算，…确保实现这一目标 (2012): what is done already serves a target the sentence
# commits to, and the figure is that target.
_COMMITTED = re.compile(r"确保(?:实现|完成|达到)(?:这一|这个|上述|该)目标")
_SITUATION_NAME = re.compile(r"^(?:今年)?(?:高校毕业生|劳动力|总人口|中国人|全国人民)")
# …unless the plan bounds it (总人口，必须控制在十亿六千万左右): a bound is a goal.
_BOUNDS = ("控制在",)
# What a measure costs (中央财政为此新增支出140亿元, 增加支出28亿元): the measure is the target, not its cost.
_COST = re.compile(r"(?:新增|增加)支出$")
# What a measure will bring about (每年可使农民减轻负担48亿元): its effect, not a figure the plan sets.
# What follows from a measure, said with 就/则/便 (多种五十万亩烟叶，就能增产…, 则可以新建铁路三千公里以上): the same.
_EFFECT = re.compile(r"可使|可以使|能使|能够使|每年可|可为[^,，;；]{1,10}(?:减轻|节约|节省)|可以(?:少用|节约|节省|减少)"
                     r"|(?:就|则|便)(?:将|能够?|可以?|会|减少|增加|节约|节省)"
                     # what a works can turn out (每年能够出产载重汽车三万辆), what might be (可能增加百分之五十)
                     r"|(?:可以|能够)(?:用来)?(?:每年)?(?:出产|生产|铺设|制造|装备)|可能"
                     r"|(?:可以|能够)扩大到")  # 改建完成以后…生产规模可以扩大到年产生铁…: what the works can do
# The level a change starts from, in its own clause before the change (由一九八二年的三十一万五千人，增加到…).
_FROM_LEVEL = re.compile(r"[由从][^,，;；。]{0,12}的[^,，;；。]*$")
_TO_LEVEL = re.compile(r"[,，](?:再)?(?:增加|提高|降低|下降|减少|扩大|上升|压缩|缩小|降)(?:到|至)")
# The whole people (十亿人民, 13亿人口), counted by the unit 人 the extractor took from its word.
_WHOLE_PEOPLE = re.compile(r"亿人(?=民|口)")
# A figure that marks a class of things (30万千瓦以下煤电机组, 规模以下企业), not a figure the plan sets.
_CLASS_OF_THINGS = re.compile(r"\d[\d.]*[^\u4e00-\u9fff\d]?(?:[万千百亿]?[\u4e00-\u9fff]{1,2})?"
                              r"以下的?(?!水平)[\u4e00-\u9fff]{2}")
# 对年综合能耗5万吨标准煤以上的企业，加强定额管理: the size of the firms a measure covers
_CLASS_ABOVE = re.compile(r"\d[\d.]*[万千百亿]?(?:吨|千瓦|千伏)(?:标准煤)?以上的(?:企业|单位|工厂|用户|机组)")
# Whom a measure reaches, counted after the measure's own figure (扶贫对象覆盖4007万人).
_REACH_OF_PEOPLE = re.compile(r"覆盖")
_PEOPLE = re.compile(r"(?:万|亿)?人(?:口|次)?")
# A clause that restates the figure before it (粮食增长百分之十七点六，即增产五百七十八亿斤), gives an example
# (例如大连工矿车辆厂…) or counts a fault (单位造价高达三百四十六元, 浪费六百三十万元, 只差３８亿元): no target
# of its own.
_ASIDE = re.compile(r"^\s*(?:即|也就是)(?![将使便])|例如|比如|譬如|高达|浪费|损失|积压|报废|只差|还不到|仍然不过"
                    r"|只占|建成后|建设完成后")  # 全部建成后增加的年产能力: the capacity once built, after the period
# A sentence that tells of one works as an example (拿北京京西矿务局来说，…原定的煤炭产量的指标是…): its figures
# show a point, no goal.  (例如，钢产量拟定为…: 例如 also opens the plan's own figures, given as examples of its goals.)
_EXAMPLE = re.compile(r"\s*拿[^,，。]{1,20}来说")
# A figure that only names a set of works, in quotes (苏联帮助设计的“一五六项”建设工程).
_QUOTED_FIGURE = re.compile(rf"[“\"]{NUMBER}[项个座所条][”\"]")  # (not “十五”, a plan's name, nor “三农”)
_ESTIMATED = re.compile(r"估算|估计")
# A figure in brackets right after another figure: the same counted another way, no target of its own.
_ASIDE_ON_A_FIGURE = re.compile(r"(?:\d|%|‰|百分之[一二三四五六七八九十点]+|[万亿]?元|[万亿]?吨)\s*\($")
# A likeness: the figure of the model a task is to be done like (象…一百五十六项工程那样).
_LIKE = re.compile(r"(?:象|像|如同)")
_AS_THAT = re.compile(r"[^,，;；。]{0,12}(?:那样|一样)")
_TOTAL = re.compile(r"共\s*$")  # 机构…共59个: what the figures before it add up to
_IN_STEP = re.compile(r"收入|工资|报酬")  # what grows in step with the economy
# A figure set against last year's (比去年增加5600亿元) says how a target changed; the target is the figure beside it.
# (a growth rate against last year, 比上年增长7.5%, is a growth target; 比去年预算低0.4个百分点 changes one)
_LAST_YEAR = ("去年", "上年", "去年预算", "上年预算")


_AS_THINGS_STAND = re.compile(r"到现在为止|到目前为止|目前|现在")


def plan_targets(report: Report, sentences: dict[str, Sentence],
                 horizons: dict[str, str] | None = None) -> list[Indicator]:
    """The figures of the plan part that are targets: not a situation, not a repeat of an earlier target.

    ``horizons`` are the report's ``sentence_horizons`` (read here when not given).  A figure for the year
    repeats only an earlier target for the year: 今年国民生产总值计划增长百分之八 is the year's own target after
    the plan period's 国民经济增长速度…调高到百分之八至九.  A figure read as of a longer span repeats any earlier
    one (提出居民消费价格涨幅控制在4％左右，综合考虑了…, after a sentence on the plan period, explains the year's).
    """
    targets: list[Indicator] = []
    seen: set[tuple[str, float | None, str, str]] = set()  # (key, value, unit, horizon or "" for any)
    horizons = sentence_horizons(report) if horizons is None else horizons
    previous: Indicator | None = None
    recounted = recounted_sentences(report)
    parts_of_accounts = _parts_of_accounts(report) | _accounts_of_a_period(report)
    plan_year = planned_year(report)  # the next year's, in a report given late in the year
    indicators = extract_indicators(report)
    structure = _structure_shares(indicators)
    for index, indicator in enumerate(indicators):
        before, previous = previous, indicator
        after = indicators[index + 1] if index + 1 < len(indicators) else None
        if (indicator.kind != KIND_PLAN or not is_indicator_name(indicator.name)
                or (indicator.reference in _LAST_YEAR
                    and not (indicator.reference in _LAST_YEAR[:2]
                             and (unit_class(indicator.unit) == "%" or indicator.unit in _RATES)))
                or (_SITUATION_NAME.search(indicator.name) and indicator.relation not in _BOUNDS)
                or _COST.search(indicator.name) or clause_for_a_name(indicator.name)):
            continue
        sentence = sentences[indicator.sentence_id or ""]
        if (before is not None and before.sentence_id == indicator.sentence_id
                and (before.name == indicator.name or _THAN_LAST_YEAR.match(clause_to_figure(sentence, indicator)))
                and indicator.relation in _CHANGE and same_measure(before.unit, indicator.unit)):
            continue  # 中央财政赤字1.12万亿元，增加1700亿元; 赤字预算拟安排1800亿元，比去年预算赤字减少650亿元: the
            # change from last year, not a second target
        if _LAST_YEAR_SENTENCE.match(sentence.text) and not _AHEAD.search(sentence.text):
            continue  # 去年全国财政比年度预算超收7239亿元，其中中央财政超收4168亿元: last year's accounts
        horizon = figure_horizon(sentence, horizons.get(sentence.id, HORIZON_YEAR), indicator.start, plan_year,
                                 plan_year != report.year)
        if indicator.unit in _RATES and _restates_a_level(indicator, before, after, report.year):
            # the growth said again alone repeats it
            seen.update(((indicator.key, indicator.value, indicator.unit, horizon),
                         (indicator.key, indicator.value, indicator.unit, "")))
            continue  # 投入1461亿元，增长25.6%; 人数将增长百分之一百二十七，在一九五七年达到四十三万四千人: one target
        if (_YEARLY_STEP.match(indicator.name) and before is not None and before.sentence_id == indicator.sentence_id
                and same_measure(before.unit, indicator.unit) and before.relation in LEVEL_REACHED):
            continue  # 粮食生产必须争取达到5000亿公斤，平均每年增产80亿公斤: the level's goal counted by year
        if (indicator.start, indicator.end) in structure:
            continue  # 国营占63.8%，合作社营占4.7%，公私合营占31.1%: the rest of the whole the first share sets
        if indicator.sentence_id in recounted or indicator.sentence_id in parts_of_accounts:
            continue  # 过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，…
        to_figure = clause_to_figure(sentence, indicator)
        if (_EXAMPLE.match(sentence.text) or _QUOTED_FIGURE.search(indicator.text)
                or _ESTIMATED.search(sentence.text, 0, indicator.end - sentence.start)):
            continue  # 拿京西矿务局来说，…; “一五六项”建设工程; 社会购买力估算为…: an example, a name, a forecast
        if part_of_a_total(sentence, indicator, report.sentences):
            continue  # …共有一千一百八十五个，其中工业建设项目是七百一十六个: how the total before is made up
        if _names_a_counted_set(indicator, to_figure, targets):
            continue  # 苏联帮助我国建设的一百五十六个工业单位: the set a figure names, no figure the plan sets
        if indicator.unit == "%" and _AGAINST_ACCOUNTS.search(sentence.text, 0, indicator.start - sentence.start):
            continue  # 同１９５５年国家决算比较，本年收入增长９．２９％: the budget against last year's accounts
        if (indicator.unit == "%" and before is not None and before.sentence_id == indicator.sentence_id
                and _SHARE_OF_A_TOTAL.match(indicator.name.removeprefix(before.name)) and before.unit.endswith("元")):
            continue  # 社会文教费为…元，占地方预算支出总数３２．６０％: the sum before, said as a share
        committed = _COMMITTED.search(sentence.text, indicator.end - sentence.start) is not None
        if recounts_the_past(sentence.text, indicator.start - sentence.start) and not committed:
            continue  # 两年来…发行2100亿元长期国债, 已建成的主要有：…: what was done, not what is wanted
        if names_a_member(fold_width(sentence.text), indicator.end - sentence.start - 1):
            continue  # 藏族是中国56个民族大家庭的一员: a fact
        if (in_a_condition(sentence.text, indicator.start - sentence.start)
                or answered_as_a_condition(sentence.text, indicator.end - sentence.start)
                or worked_out_on_a_condition(sentence.text, indicator.start - sentence.start)):
            continue  # 只要…保持百分之八至百分之九的增长率，就是了不起的成绩; 多种五十万亩烟叶，就能增产…
        after_figure = sentence.text[indicator.end - sentence.start :]
        if _WHOLE_PEOPLE.search(indicator.text + after_figure[:1]) or _restates_a_total(indicator, targets):
            continue  # 十亿人民, 13亿人口: the people; 共59个 after 41个 and 18个: the parts' sum
        if _ASIDE_ON_A_FIGURE.search(fold_width(sentence.text[: indicator.start - sentence.start])):
            continue  # 农业总产值平均每年增长百分之四（包括村办工业为百分之六）: the same figure counted otherwise
        if not indicator.relation and _FROM_LEVEL.search(fold_width(to_figure)) and _TO_LEVEL.match(after_figure):
            continue  # 招生人数由一九八二年的三十一万五千人，增加到一九八七年的五十五万人: the level it starts from
        if _LIKE.search(to_figure) and _AS_THAT.match(after_figure):
            continue  # 都要象“一五”时期建设一百五十六项工程那样…: the model a task is done like, no figure to reach
        if (_CLASS_OF_THINGS.search(fold_width(indicator.text + after_figure[:4]))
                or _CLASS_ABOVE.search(fold_width(indicator.text + after_figure[:10]))):
            continue  # 淘汰关停不达标的30万千瓦以下煤电机组: the size that marks what is closed, no figure to reach
        if (_REACH_OF_PEOPLE.search(to_figure) and _PEOPLE.fullmatch(indicator.unit)
                and before is not None and before.sentence_id == indicator.sentence_id):
            continue  # 试点扩大到1000个县，覆盖农村5亿人口: whom the target before it reaches
        past = _PAST_COMPARISON.match(arabic_years(sentence.text))
        if past and report.year and int(past[1]) < report.year:
            continue  # 2005年与2000年相比，国内生产总值增长57.3%: the last plan period's record
        if plan_year and in_a_past_span(sentence.text, indicator.end - sentence.start, plan_year):
            continue  # 从一九七四年到一九七六年，…损失…钢产量二千八百万吨: years gone by
        if said_of_the_months_behind(fold_width(sentence.text), indicator.end - sentence.start):
            continue  # 本年１——５月份…计划完成１０２．６％: the months behind
        # a figure of a list (…年产生铁二百五十万吨，钢三百二十二万吨，钢材…) is said in the clause that opens the list
        opening = _list_opening(sentence, indicator)
        if any(_EFFECT.search(words) or _ASIDE.search(words)
               for words in (to_figure, opening)):
            continue  # 农业税率降低可使农民减轻负担70亿元
        clause = _AGAINST_LAST_YEAR.sub("", _FROM_FIGURE.sub("", to_figure))
        if plan_year and any(int(past[1]) < plan_year for words in (clause, opening)
                             for past in _PAST_YEAR.finditer(arabic_years(words))):
            continue  # 一九八六年国民生产总值增长7.8%: a past year's figure, recounted in the plan part
        head = arabic_years(sentence.text[: indicator.end - sentence.start])
        # (…一九五三年私营工业的从业人员有…，其中…有…户，职工一百五十多万人: a year dates all that follows it)
        if plan_year and (past := _PAST_YEAR_BEFORE.search(head, 0, indicator.start - sentence.start)) \
                and int(past[1]) < plan_year and not _AHEAD_OF_PAST.search(head[: past.start()] + "，"
                                                                          + head[past.end() :]):
            continue  # 我国在一九五二年的粮食产量就达到…，棉花产量达到…: the clauses after a past year tell of it
        if "结转" in head and _WITH_CARRY_OVER.search(indicator.name):
            continue  # 本年收入…，上年结转收入…，收入总数共为…: the revenue with what was left, no target of its own
        if _ANOTHER_COUNTRY.search(head) and not _OURS_AGAINST_THEIRS.search(head):
            continue  # 而苏联的第一个五年计划，制造生产资料工业的投资占…: another country's figure, for comparison
        if plan_year != report.year and "今年" in _AGAINST_THIS_YEAR.sub("", clause):
            continue  # 今年预计钢产量3500万吨 in a plan for next year: this year's estimate
        if indicator.hedge == "预计" and "今年" in clause and _AS_THINGS_STAND.search(sentence.text):
            continue  # 到现在为止，…有近百分之三十…企业亏损，今年的亏损额预计达四十多亿元: how things stand
        if _TO_NOW.search(to_figure):
            continue  # 小铁厂由四百六十六个减少到现在的二百七十六个: where things stand now
        situation = _SITUATION.search(clause)
        if situation and not committed and not (situation.group().startswith("将") and _BUDGET.search(indicator.name)):
            continue  # 去年居民消费价格涨幅回落到2.6%, 目前…已经超过2万亿元: what is, not what is wanted
            # (将达 sets a level: 全国煤矿建设总规模将达二亿二千万吨, 工人技术学校将达１９２所; the people a plan
            # serves, 高校毕业生将达727万人, are a situation by their name)
        if indicator.relation == "同步" and not (incomes_in_step(indicator)
                                                 or sentence.text.startswith("增长", indicator.end - sentence.start)):
            continue  # 责任和权力同步下放: no target (工业产值、实现利润和上交税利三者同步增长 is one)
        key = ((indicator.key, indicator.value, indicator.unit, horizon if horizon == HORIZON_YEAR else "")
               if indicator.relation != "同步" else ("同步", None, "", ""))
        if key in seen and (indicator.value is not None or indicator.relation == "同步"):
            continue  # 经济增长预期目标7%左右 repeats 国内生产总值增长7%左右; income in step is one target
        seen.update((key, (*key[:3], "")))
        targets.append(indicator)
    return targets


def _restates_a_level(rate: Indicator, before: Indicator | None, after: Indicator | None, year: int | None) -> bool:
    """Whether a growth (a rate) only restates the level beside it of the same name: a budget's rise after its
    sum (中央财政科技投入1461亿元，增长25.6%), a plan period's growth over a past year after the level it reaches
    (货物周转量将达到一千二百一十亿吨公里，比一九五二年增长三点二倍), or before the level it reaches by a year
    (将增长百分之一百二十七，在一九五七年达到四十三万四千人); so is a growth after a level of a plan's list or one
    reached from another, or a plain one (将达到４６０亿元，比上年增长１５％).  A growth said as a target, with a
    bound or a hedge, is one of its own (固定资产投资2250亿元，增长10%以上; 力争同比增长12%)."""
    def level(other: Indicator | None) -> bool:
        return (other is not None and other.sentence_id == rate.sentence_id and other.name == rate.name
                and other.unit not in _RATES and unit_class(other.unit) != "百分点")

    past_base = re.fullmatch(r"\d{4}年", arabic_years(rate.reference)) is not None and (
        year is None or int(arabic_years(rate.reference)[:4]) < year)
    if level(before) and before is not None and (
            past_base or rate.unit == "倍" or _LISTED_LEVEL.search(fold_width(before.text))
            or (rate.unit == "%" and _BUDGET.search(rate.name)) or not (rate.qualifier or rate.hedge)):
        return True
    return level(after) and after is not None and _BY_A_YEAR.match(arabic_years(after.text)) is not None


# A yearly step (平均每年增产…) after a level of the same measure in its sentence.
_YEARLY_STEP = re.compile(r"(?:平均)?每年(?:增产|增加|增长)$")
_BY_A_YEAR = re.compile(r"\s*(?:在|到|至)?\d{4}年")  # 在一九五七年达到…: the level reached by a year
# A level of a plan's list (粮食：达到三千八百五十六亿斤) or one reached from another (从…增加到…): the growth after it
# says the same.
_LISTED_LEVEL = re.compile(r":|[从由][^,;]*(?:到|至)")


# A budget compared with last year's final accounts (同１９５５年国家决算比较, 比１９５５年决算数增长…).
_AGAINST_ACCOUNTS = re.compile(r"决算")
# A share of a total, named by the total alone (占地方预算支出总数): the share of the sum just before it.
_SHARE_OF_A_TOTAL = re.compile(r"占[^,，;；。]{0,12}(?:总数|总额|预算)")
# A share a thing will have of a whole (将上升到36.5%, 将下降为48.2%, 占63.8%), not a growth.
_SHARE_LEVEL = re.compile(r"(?:到|为|占|至)$")
WHOLE = (99.0, 101.0)  # what shares of one whole, as reports round them, add up to


def _structure_shares(indicators: list[Indicator]) -> set[tuple[int, int]]:
    """The spans of the shares of a sentence that, with the first, add up to the whole (制造生产资料工业的投资占88.8%，
    制造消费资料工业的投资占11.2%): the rest of the whole the first share aims at, no target of its own."""
    by_sentence: dict[str | None, list[Indicator]] = {}
    for indicator in indicators:
        if indicator.unit == "%" and indicator.value is not None and _SHARE_LEVEL.search(indicator.relation):
            by_sentence.setdefault(indicator.sentence_id, []).append(indicator)
    spans: set[tuple[int, int]] = set()
    for shares in by_sentence.values():
        if len(shares) >= 2 and WHOLE[0] <= sum(share.value or 0.0 for share in shares) <= WHOLE[1]:
            spans.update((share.start, share.end) for share in shares[1:])  # the first is the share aimed at
    return spans


# A count inside a noun phrase, after the 的 of what describes it (苏联帮助我国建设的一百五十六个工业单位,
# 由限额以上的六百九十四个建设单位组成的工业建设): it names a set already known, unless the words before it put
# the set ahead (五年内开始建设的二个重型机器制造厂) or a task acts on it (对…带关键性的三十八个科技项目…进行攻关:
# the scope of the task), and a target did not count it before.
_COUNTED_SET = re.compile(r"的([\d零〇一二三四五六七八九十百千万两]+)个[\u4e00-\u9fff]")
_SET_AHEAD = re.compile(r"(?<![主重纲概])要|将|计划|拟|年内|[年期]间|以内|[\u4e00-\u9fff]年中")
_ACTED_ON = re.compile(r"^[^的]{0,6}(?:对|把)")


def _names_a_counted_set(indicator: Indicator, clause: str, targets: list[Indicator]) -> bool:
    """Whether ``indicator``, ending ``clause``, is the count of a set a noun phrase names (…的一百五十六个工业单位),
    not a target."""
    if indicator.unit != "个":
        return False
    counted = _COUNTED_SET.search(indicator.text)
    if counted is None:
        return False
    if any(target.value == indicator.value and target.unit == indicator.unit for target in targets):
        return True  # 对国家今后八年计划建设的一百二十个大型项目: the set a target counted before
    return not _ACTED_ON.search(clause) and not _SET_AHEAD.search(indicator.text[: counted.start()])


def _restates_a_total(indicator: Indicator, targets: list[Indicator]) -> bool:
    """Whether ``indicator`` is the total (共59个) of the targets just before it (41个, 18个), in its unit."""
    if indicator.value is None or not _TOTAL.search(fold_width(indicator.text[: _number_start(indicator)])):
        return False
    total = 0.0
    for before in reversed(targets[-4:]):
        if before.unit != indicator.unit or before.value is None:
            return False
        total += before.value
        if abs(total - indicator.value) < 1e-6:
            return before is not targets[-1]  # two parts at least
    return False


def _number_start(indicator: Indicator) -> int:
    match = re.search(r"[\d０-９一二三四五六七八九十百千万两〇零]", indicator.text[len(indicator.name):])
    return len(indicator.name) + (match.start() if match else 0)


# A sentence that opens on last year (过去一年，我们的各项工作取得了很大成绩) makes the next one in its
# paragraph an account of that year, unless it speaks of this year or of a goal.
_LAST_YEAR_OPENING = re.compile(r"^\s*(?:过去一年|一年来|去年|(?P<year>\d{4})年)[,，]")  # 一九八六年，…
_FORWARD = re.compile(r"今年|明年|预期|目标|力争|确保|要")
# A paragraph whose first sentence speaks of last year and looks nowhere ahead is an account of that year
# (在经济领域，过去一年里取得的最重要的成绩，就是…。全国社会总产值达到…): a review standing in a plan part, as
# older reports open their first part on the situation (一、当前国内形势和基本任务).  It runs until a sentence
# looks ahead.
_LAST_YEAR_WORDS = re.compile(r"过去(?:的)?一年|一年来|(?:^|[,，])\s*(?:在)?去年[,，]")
_AHEAD = re.compile(r"今年|明年|本年|预期|目标|力争|确保|争取|计划(?=增长|安排|要求|指标)|(?<![主重纲概需])要(?!求)|将")


def recounted_sentences(report: Report) -> set[str]:
    """Ids of the plan-part sentences that recount last year's results after such an opening."""
    plan = {section.id for section in report.sections if section.kind == KIND_PLAN}
    recounted: set[str] = set()
    for before, sentence in zip(report.sentences, report.sentences[1:]):
        opening = _LAST_YEAR_OPENING.match(arabic_years(before.text))
        past = opening is not None and (not opening["year"] or (report.year or 0) > int(opening["year"]))
        if (sentence.section in plan and past
                and "\n" not in report.text[before.end : sentence.start] and not _FORWARD.search(sentence.text)):
            recounted.add(sentence.id)
    starts = [paragraph.start for paragraph in report.paragraphs]
    paragraph, account = -1, False
    for sentence in report.sentences:
        here = bisect_right(starts, sentence.start) - 1
        ahead = bool(_AHEAD.search(sentence.text))
        opens = _LAST_YEAR_OPENING.match(arabic_years(sentence.text))
        if opens and not ahead and (not opens["year"] or (report.year or 0) > int(opens["year"])):
            account = sentence.section in plan  # 去年，…基本建设投资比上年增长7.3%: an account of last year
        elif here != paragraph:
            account = sentence.section in plan and not ahead and bool(_LAST_YEAR_WORDS.search(sentence.text))
        elif ahead:
            account = False
        paragraph = here
        if account:
            recounted.add(sentence.id)
    return recounted


_PARTS_OPENING = re.compile(r"^\s*其中")


# The title of a sub-section of a plan part that tells how a period went (（二）“十五”期间国民经济和社会发展主要情况),
# not what the next is to bring (…主要目标, …主要任务).
_HOW_A_PERIOD_WENT = re.compile(r"(?:期间|时期)[^，。]*(?:主要情况|基本情况|回顾|成就|成绩)$")


def _accounts_of_a_period(report: Report) -> set[str]:
    """Ids of the sentences of sub-sections of a plan part that tell how a past period went: no targets (2006's
    五年来，…城镇新增就业4200万人 was read as a goal of the eleventh plan)."""
    told = [section for section in report.sections if section.kind == KIND_PLAN
            and _HOW_A_PERIOD_WENT.search(section.title.strip()) and not re.search(r"目标|任务", section.title)]
    return {sentence.id for sentence in report.sentences
            if any(section.start <= sentence.start < section.end for section in told)}


def _parts_of_accounts(report: Report) -> set[str]:
    """Ids of the sentences that open on 其中 after a sentence that ends on how the months behind went or on what
    was done (…在一九五五年上半年第一季度…已降低到三百八十六点一斤。其中国营棉纺织厂…为三百八十四点九八斤): the
    parts of that account, no targets."""
    parts: set[str] = set()
    for before, sentence in zip(report.sentences, report.sentences[1:]):
        if (_PARTS_OPENING.match(sentence.text) and "\n" not in report.text[before.end : sentence.start]
                and (said_of_the_months_behind(fold_width(before.text), len(before.text))
                     or recounts_the_past(before.text, len(before.text)))):
            parts.add(sentence.id)
    return parts


# An item of a list: a short name and its figure, no more (钢三百二十二万吨, 出产生铁一百八十万吨).
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{1,8}[\d零〇一二三四五六七八九十百千万亿两.]+"
                        r"[^\u4e00-\u9fff\d]?[\u4e00-\u9fff]{0,3}")


_ITEM_BREAK = re.compile(r"[,，、]")
_ITEM_VERB = re.compile(r"将|要|达到|达|为|是|到|增|降|提高|减少|比|即")
_ENDS_ON_A_FIGURE = re.compile(r"[\d零〇一二三四五六七八九十百千万亿两.]+[^\u4e00-\u9fff\d]?[\u4e00-\u9fff]{0,3}\s*$")


def _list_opening(sentence: Sentence, indicator: Indicator) -> str:
    """The clause that opens the list a figure is an item of (…最高年份是一九四三年，出产生铁一百八十万吨，钢九十万吨:
    the one before the items), or "" when the figure's clause says more than an item."""
    end = indicator.end - sentence.start
    clauses = _ITEM_BREAK.split(re.split(r"[;；]", sentence.text[:end])[-1])  # a list runs within its item
    if not _is_item(clauses[-1]) or len(clauses) < 2 or not _ENDS_ON_A_FIGURE.search(clauses[-2]):
        return ""  # 根据需要和可能，今年拟发行１５００亿元: no list before the figure
    for words in reversed(clauses[:-1]):
        if not _is_item(words):
            return words
    return ""


def _is_item(words: str) -> bool:
    """Whether ``words`` are a name and a figure only, with no verb between (钢九十万吨, not 一九八五年将达到…)."""
    return bool(_LIST_ITEM.fullmatch(words.strip())) and not _ITEM_VERB.search(words)


def clause_to_figure(sentence: Sentence, indicator: Indicator) -> str:
    """The clause of ``sentence`` up to the end of ``indicator`` (在城镇中，今年１至９月安排了四百七十七万人就业)."""
    end = indicator.end - sentence.start
    return sentence.text[clause_start(sentence.text, end - 1) : end]


def incomes_in_step(indicator: Indicator) -> bool:
    """Whether a target in step (同步) is one of incomes with the economy, which income figures judge."""
    return bool(_IN_STEP.search(indicator.name + indicator.reference))


def is_indicator_name(name: str) -> bool:
    folded = fold_width(name).strip()
    return len(folded) >= 2 and not _NOT_A_NAME.search(folded) and bool(re.search(r"[\u4e00-\u9fff]{2}", folded))
