"""Reading indicators clause by clause: the name before a figure (or after it, or before a colon, or in the
clause before), its relation, hedge and modifiers, and lists of figures after 分别."""

from __future__ import annotations

import re

from core.compare.figures.indicator import Indicator
from core.compare.figures.indicator_names import BRACKETED, programme_before
from core.compare.figures.indicator_patterns import (
    CHANGED_OBJECT,
    CLASS_FIGURE,
    CLAUSE_END,
    COUNTED_WORK,
    DOUBLE_DIGIT,
    FROM_NAME,
    FROM_PERIOD,
    FROM_VALUE,
    IN_PLACES,
    INHERITING,
    LEVEL_REACHED,
    LIST_JOIN,
    MAGNITUDE,
    MAGNITUDES,
    OBJECT_VERBS,
    RELATIVE_ONLY,
    SENTENCE_PART_END,
    SYNC,
    SYNC_TOGETHER,
    TO_AFTER,
    VALUE,
)
from core.compare.figures.indicator_words import (
    LEADING_JUNK,
    bare_word,
    object_length,
    object_name,
    only_how,
    recognisable,
    takes_object,
    work_done,
)
from core.compare.figures.name_before_value import clean_name, split_relation, strip_modifiers

# An aside clause: how far the figure of the clause before passed (or fell short of) its plan: 超过年度计划百分之四点一,
# 完成年度计划的98.7%.  The next clause still measures the figure before (…，比上一年增长百分之六点九).
# So is a clause of what a figure includes (包括原有企业和新建企业的在内).
_ASIDE_CLAUSE = re.compile(r"(?:超过|超额完成|完成了?)(?:原定的?)?(?:年度|全年)?计划(?:的)?\d|包括[^,;:]{1,20}在内$")
# The measure a price is of (小麦最低收购价每50公斤提高5到7元): no part of the name nor of the relation.
_PER_MEASURE = re.compile(r"(?:平均)?每[\d.]+(?:公斤|千克|斤|吨|担)(?=分别|[\u4e00-\u9fff]{0,2}$)")
# A figure set as the rate a thing is done at (按不低于5%的幅度压减一般性支出): the name follows 的幅度/的比例.
_BY_A_RATE = re.compile(r"按(?:照)?$")
_AT_A_RATE = re.compile(r"的(?:幅度|比例)")


def read_clauses(folded: str, sentence_id: str | None, kind: str) -> list[Indicator]:
    """The indicators of one sentence (``fold_width`` text, figures in digits), clause by clause; offsets are
    positions in ``folded``."""
    text, offset = folded, 0
    found: list[Indicator] = []
    previous_name = ""
    clause_start = 0
    label: tuple[str, int] | None = None
    sector = ""
    figure_before = False  # the clause just before, joined by a comma, has a figure
    named_before = ""  # the clause just before, joined by a comma, is a name alone (煤炭工业建设，五年投资…)
    asides = [match.span() for match in BRACKETED.finditer(folded)]
    for clause_end in [match.start() for match in CLAUSE_END.finditer(folded)
                       if not any(start < match.start() < end for start, end in asides)] + [len(folded)]:
        consumed = found[-1].end - offset if found else 0  # a 分别 list can run past a comma
        words = BRACKETED.sub("", folded[clause_start:clause_end]).strip()
        figures_before = len(found)
        if _ASIDE_CLAUSE.match(words):
            clause_start = clause_end + 1
            continue  # the clause after still measures what the clause before names
        if clause_end > max(clause_start, consumed):
            clause = _Clause(text, folded, max(clause_start, consumed), clause_end, sentence_id, offset, kind)
            clause.label, clause.sector, clause.figure_before = label, sector, figure_before
            clause.named_before = named_before
            found.extend(clause.extract(previous_name))
            if clause.last_name:
                previous_name = clause.last_name
            elif changed := CHANGED_OBJECT.search(folded, max(clause_start, consumed), clause_end):
                previous_name = changed["name"]  # 提高企业退休人员基本养老金，人均每年增长10%左右
                if previous_name in _HOW_MANY and (subject := _SUBJECT_OPENING.match(folded)):
                    previous_name = subject["subject"] + previous_name  # 电影故事片的摄制，…增加数量: of films
            elif named := _clause_name(words):
                previous_name = named  # 农村居民人均纯收入，考虑价格下降因素，比上年实际增长4.3%
        if opening := _SECTOR.fullmatch(words):
            sector = opening["sector"] or opening["alone"]  # 在手工业方面，…; 轻工业，总产值比1980年预计增长8%
        labelled = (folded.startswith(":", clause_end) and _LABEL.fullmatch(words) is not None
                    and not _LIST_OPENING.search(words))
        label = (_ONE_PRODUCT.get(words, words), clause_start + folded[clause_start:clause_end].index(words)) \
            if labelled else None
        # (…实际达到百分之四点六；一九八二年计划为百分之四: a new item of the same figure, by its year alone)
        figure_before = len(found) > figures_before and folded.startswith((",", ";"), clause_end)
        named_before = (_clause_name(words) if len(found) == figures_before and folded.startswith(",", clause_end)
                        else "")
        if (added := _ADDED.fullmatch(words)) and len(found) == figures_before and folded.startswith(",", clause_end):
            named_before = _OTHER_KINDS.sub("", added["thing"])  # 加上用于农业的其他各项资金，总额达到…
        clause_start = clause_end + 1
    return found


# A clause that adds the rest of something to a sum (加上用于农业的其他各项资金): what the bare total after it
# (总额达到一百七十四亿元) is of, the other kinds left out of its name.
_ADDED = re.compile(r"(?:再)?加上(?P<thing>[\u4e00-\u9fff]{2,16})")
_OTHER_KINDS = re.compile(r"(?:其他|其它)?(?:各项|各种|各类)|其他|其它")


# How many of a thing, named by the sentence's opening clause (电影故事片的摄制，…增加数量，计划由…).
_HOW_MANY = ("数量", "数目")
_SUBJECT_OPENING = re.compile(r"(?P<subject>[\u4e00-\u9fff]{2,10})的[\u4e00-\u9fff]{1,3},")
# A name before a colon, as a list of goals gives them (载重汽车：达到四千辆; 黄麻、洋麻：达到七百三十万担): the name
# of the figure after the colon.
_LABEL = re.compile(r"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})?")
# A product named by one character in a list of output (钢：从一百三十五万吨增加到四百十二万吨; ；纱三百五十九万吨；
# 纸520万吨，糖260万吨): its output.
_ONE_PRODUCT = {product: product + "产量" for product in "钢铁煤糖盐纱布纸表"}
# The units output is counted in (not money, shares or counts of works).
_OUTPUT_UNIT = re.compile(r"(?:吨|匹|只|担|斤|米|箱|件|张|架|辆|台)$")


def _listed_product(name_part: str, value: re.Match[str], relation: str) -> str:
    """The output of a product a list names by one character alone before its quantity (纱三百五十九万吨) or its
    growth (发电增长15%，煤增长17%), or ""."""
    product = _ONE_PRODUCT.get(name_part.strip())
    grows = relation in ("增长", "增加") and value["unit"] == "%"
    return product if product and (grows or _OUTPUT_UNIT.search(value["unit"] or "")) else ""
_LIST_OPENING = re.compile(r"(?:是|为|目标|如下|包括|有)$")  # 主要预期目标是：增长6%左右 names no figure
# A level the figure before reaches by a year (…将增长百分之一百二十七，在一九五七年达到四十三万四千人): the
# clause names only when, so the name is the one before.
# …五年合计国家财政收入为5953亿元，其中1985年为1274亿元: the part of the total that falls in one year.
# (工农业总产值的增长速度，…；一九八二年计划为百分之四，预计可以达到百分之六点四: the plan's and the outcome's)
_WHEN_ONLY = re.compile(r"(?:其中)?(?:到|在|至)?(?:\d{4}年)?(?:底|末)?(?:计划|预计|实际)?(?:可以|将|要)?")
# An opening clause that names a sector (在手工业方面, or 轻工业 alone), and the bare totals it names (全国总产值 is
# the sector's).
_SECTOR = re.compile(r"在(?P<sector>[\u4e00-\u9fff]{2,6}?)方面|(?P<alone>(?:轻纺|轻|重|手)?工业|农业|手工业)")
_SECTOR_TOTAL = re.compile(r"(?:\d+年)?(?:的)?(?:全国|全年)?(?:的)?(?:总产值|产值)")
# A clause that ends on what the next clause measures, after its 的 (…二十九个省、市、自治区的总人口，必须控制在…).
# (今后人口的年自然增长率，必须控制在…: the whole clause, when it is no more than the name after when)
# (1956: 中央各部和所属企业为职工修建的住宅面积，在１９５６年将达到…: an area)
_NAME_AT_END = re.compile(r"(?:^(?:今后|以后|\d{4}年)?|的)(?P<name>[\u4e00-\u9fff]{0,8}?的?[\u4e00-\u9fff]{0,6}?"
                          r"(?:人口|收入|总额|总值|产值|增加值|产量|总量|利润|增长率|投资额|职工总数|面积))$")
# A clause that carries on a programme (继续实施退耕还林还草), and a bare figure the next clause arranges for it
# (今年拟安排500万亩).
_CARRIED_ON = re.compile(r"(?:继续|进一步)?实施(?P<programme>[\u4e00-\u9fff]{4,12})")
_ARRANGED = re.compile(r"(?:拟|将|要)?安排$")
# A clause that names a target, and the figure the next clause sets it at
# (今年经济增长速度的宏观调控目标，定为百分之八至九; not 以全体人民住有所居为目标).
_TARGET_NAMED = re.compile(
    r"(?!以|为|围绕|按照|根据|实现|完成|紧扣|对照|确保)(?P<name>(?:(?!上述|全年|这|各项)[\u4e00-\u9fff]){2,14}?)(?<!为)"
    r"的?(?:宏观调控|调控|预期|计划|奋斗|控制)?目标"
)
# A clause that says which way a measure is to move, and the bound the next clause holds it to
# (确保物价上涨幅度比去年有明显回落，力争控制在百分之十五左右).
# (农民收入有较大幅度增长: 幅度 says how much, no measure is named)
_MEASURE_MOVES = re.compile(r"(?:确保|力争|争取|使)?(?P<name>(?:(?!有)[\u4e00-\u9fff]){2,10}?(?<!大)"
                            r"(?:幅度|涨幅|速度|增速|指数|率))"
                            r"(?:比(?:去年|上年))?有?(?:明显|较大|大幅度?|较大幅度)?的?(?:回落|下降|降低|减少|增长|提高|上升)")
_SET_AS = re.compile(r"(?:计划|拟|初步)?(?:安排|定|确定|拟定|规定)?为")
# A clause that says a thing did not fall, before its rise (工农业生产总值不仅没有下降，而且将比上年增长…).
_NOT_FALLEN = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:不仅|不但)?(?:没有|未)(?:下降|减少|降低)$")
# A clause that is only the name of what the next clauses measure (城镇居民人均可支配收入，考虑价格下降因素…).
# (全国各种报刊、杂志、书籍的出版总量，一九八五年达到…: the things a list names and what of them is measured;
# 今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元: money put in)
_NAME_ALONE = re.compile(r"(?:[\u4e00-\u9fff]{2,14}|[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})+)"
                         r"(?:收入|总额|总值|产值|增加值|产量|总量|利润|建设|预算|经费|开支|投入|投资额|职工总数|面积|的比重"
                         r"|的?(?:增长|发展)速度)")


def _clause_name(words: str) -> str:
    """The name a clause without a figure gives what the next clause measures: the clause itself when it is a name
    alone (after when and the plan's hedge: 明年计划轻工业产值占工业总产值的比重，由…提高到45%), or the name it
    ends on (…的总人口), or ""."""
    alone = LEADING_JUNK.sub("", words)
    if _NAME_ALONE.fullmatch(alone) and recognisable(alone):
        return alone
    if (carried := _CARRIED_ON.fullmatch(words)) and recognisable(carried["programme"]):
        return carried["programme"]  # 继续实施退耕还林还草，今年拟安排500万亩
    tail = (_NAME_AT_END.search(words) or _NOT_FALLEN.match(words) or _TARGET_NAMED.fullmatch(alone)
            or _MEASURE_MOVES.fullmatch(alone))
    return tail["name"] if tail and recognisable(tail["name"]) else ""


class _Clause:
    """The parse of one clause (text between , ; : and sentence ends)."""

    def __init__(
        self, text: str, folded: str, start: int, end: int, sentence_id: str | None, offset: int, kind: str
    ) -> None:
        self.text, self.folded, self.start, self.end = text, folded, start, end
        self.sentence_id, self.offset, self.kind = sentence_id, offset, kind
        self.last_name = ""
        self.label: tuple[str, int] | None = None  # the name before a colon that ends the clause before
        self.sector = ""  # the sector an opening clause names (在手工业方面，…)
        self.figure_before = False  # the clause before, joined by a comma, has a figure (…增长百分之一百二十七，在…)
        self.named_before = ""  # the clause before is a name alone: what a bare word after it is of

    def extract(self, previous_name: str) -> list[Indicator]:
        found: list[Indicator] = []
        position = self.start
        for match in VALUE.finditer(self.folded, self.start, self.end):
            if match.start() < position:
                continue
            if match.start() > 0 and self.folded[match.start() - 1] in "第每":
                continue  # 第3, and 每50公斤 (the measure a price is of, no figure of its own)
            if _CODE.search(self.folded, max(match.start() - 2, 0), match.start()):
                continue  # 半岛北海上风电N1场址, G15: a code that names a thing, no figure (not GDP3000亿元)
            if TO_AFTER.match(self.folded, match.end()) or CLASS_FIGURE.match(self.folded, match.start()):
                continue  # 从54万亿元增加到…: the starting value, not the indicator; 65岁及以上: whom it counts
            made = self._numeric(match, position, previous_name)
            if made:
                found.extend(made)
                position = made[-1].end - self.offset
                previous_name = made[-1].name
        if not found:
            found.extend(self._qualitative())
        if found:
            self.last_name = found[-1].name
        return found

    # -- numeric forms ----------------------------------------------------------------

    def _numeric(self, match: re.Match[str], position: int, previous_name: str) -> list[Indicator]:
        prefix = _PER_MEASURE.sub("", self.folded[position : match.start()])
        relation, reference, name_part = split_relation(prefix)
        name_part, hedge, respectively, yearly = strip_modifiers(name_part)
        inner, _, before_inner = split_relation(name_part)
        if inner and relation in ("", "为", "是", "达"):  # 预期增长均为12%: the relation is 增长
            relation = inner
            name_part, inner_hedge, each, every_year = strip_modifiers(before_inner)
            hedge, respectively, yearly = hedge or inner_hedge, respectively or each, yearly or every_year
        modifiers_start = position + len(name_part)
        if yearly and relation:
            relation = "年均" + relation
        name_part = FROM_PERIOD.sub("", name_part)  # 能耗由前三年分别上升4.9%: where it starts, no part of the name
        before_from = FROM_VALUE.sub("", name_part)
        from_a_figure = before_from != name_part
        if from_a_figure:  # 物价涨幅要从14.8%降到10%: the modifiers stand before the starting value
            before_from, from_hedge, _, _ = strip_modifiers(before_from)
            hedge = hedge or from_hedge
        label = self.label if position == self.start and not clean_name(before_from)[0] else None
        if label:
            name_part = ""  # 棉布：从…增加到一亿六千三百七十二万匹: the name before the colon
        elif not clean_name(before_from)[0] and (after_from := FROM_NAME.search(name_part)):
            name_part = after_from["name"]  # 由四档税率简并至三档: the name follows the starting figure
        else:
            name_part = before_from
        name, hedge_in_name, cut = clean_name(name_part)
        invested = _INVESTED.search(name_part.strip()) if name == "投资" else None  # 力争全年完成投资1200亿元
        projects = _projects_before(self.folded[: match.start()]) if invested or name == "总投资" else ""
        if projects and name == "总投资":
            return []  # 重点项目31个，总投资377.6亿元: what the projects cost over their years, no figure of the year
        if projects and invested:
            name = projects + invested.group()  # …重点项目31个，…，计划投资124.7亿元: the year's investment in them
        if only_how(name) and relation in OBJECT_VERBS:
            name = ""  # 全面完成4个老旧小区改造: what is done follows the figure
        hedge = hedge or hedge_in_name
        name_start = position + cut
        after_value = match.end()
        if _JOBS_GIVEN.search(prefix.rstrip()) and self.folded.startswith("就业", after_value):
            # 在全民所有制和集体所有制单位安排七百多万人就业, 在城镇安置了903万人就业: the people given jobs
            name, after_value = "安排就业", after_value + len("就业")
        elif _JOBS_GIVEN.search(prefix.rstrip()) and self.folded[: self.start].rstrip(", ").endswith("就业"):
            name = "安排就业"  # 劳动就业，在城镇安排600万人: the jobs the clause before names
        causer = _CAUSATIVE.fullmatch(LEADING_JUNK.sub("", name_part.strip()))
        share_of = (causer is not None and bool(causer.group() or hedge)) or name_part.rstrip().endswith("把")
        if share_of and (made := object_name("", self.folded[after_value : self.end])):
            # (保证到一九八○年把三分之一的企业建成大庆式企业: what the share held to a goal is of follows it too)
            # 使全市90%以上的村通公交, 确保今年底95%以上的学生…: what the share is of follows the figure
            name, name_start = made, match.start()
            after_value += object_length(self.folded[after_value : self.end])
        place = IN_PLACES.match(self.folded, after_value, self.end) if prefix.rstrip().endswith("在") else None
        if place and not clean_name(name_part.removesuffix("在"))[0]:
            # 在100个地级以上城市进行公立医院改革试点: the figure counts where a programme runs
            name, name_start, after_value = place["name"], match.start(), place.end()
        counted = object_name("", self.folded[after_value : self.end])
        if counted and (name.endswith("的") or (not name and relation and match["unit"] in MAGNITUDES)):
            # 增加500万沼气用户, 中央财政的400亿元补贴资金: a bare magnitude counts what follows it
            name = (name.removesuffix("的") if len(name) > 2 else "") + counted
            name_start = name_start if len(name) > len(counted) else match.start()
            after_value += object_length(self.folded[after_value : self.end])
        listed = object_name("", self.folded[after_value : self.end]) if name.endswith("等") else ""
        if listed:  # 尿毒症等8类大病保障: the examples before 等, what is counted after the figure
            name, name_start = listed, match.start()
            after_value += object_length(self.folded[after_value : self.end])
        if (_SPENT_ON_PURPOSE.search(name) and (match["unit2"] or match["unit"] or "").endswith("元")
                and (purpose := object_name("", self.folded[after_value : self.end]))):
            # 全国将用三十亿元建设职工住宅: the money for what the words after the sum do
            name, name_start = purpose + "资金", match.start()
            after_value += object_length(self.folded[after_value : self.end])
        rate = _AT_A_RATE.match(self.folded, after_value, self.end) if _BY_A_RATE.search(name) else None
        if rate and (done := object_name("", self.folded[rate.end() : self.end])):
            # 一律按不低于5%的幅度压减一般性支出: the rate of what the words after it do
            name, name_start = done, match.start()
            after_value = rate.end() + object_length(self.folded[rate.end() : self.end])
        if not name and relation in RAISED_TO and (counted := self._counted_before(match)):
            name, name_start = counted, match.start()  # 组织了57户企业集团试点，今年要扩大到120户
        if field := _THIS_FIELD.match(name):  # 重点是能源、交通建设，这方面的投资占…: 能源、交通建设投资
            thing = _REFERENT.search(self.folded, 0, max(self.start - 1, 0))
            name = (thing["thing"] if thing else "") + name[field.end() :]  # …，使这方面的招生人数: 招生人数
        if not name and label:
            name, name_start = label
        if _SHARE_NAME.match(name) and previous_name and not previous_name.startswith("占"):
            name = previous_name + name  # 教育经费支出…，2012年占国内生产总值比例达到4%: the share of what was named
        if bare_word(name) and self.named_before:
            name = self.named_before + name  # 煤炭工业建设，五年投资一百七十九亿元: the investment in coal
        if self.named_before and _SET_AS.fullmatch(prefix.strip()):
            name = self.named_before  # …的宏观调控目标，定为百分之八至九: the target the clause before names
        if not name and self.named_before and _ARRANGED.search(prefix.strip()):
            # 继续实施退耕还林还草，今年拟安排500万亩: the programme the clause before carries on
            name = self.named_before
        if not name and (product := _listed_product(name_part, match, relation)):
            name, name_start = product, position + name_part.index(product[0])  # ；纱三百五十九万吨；钢…
        if (not name and relation == "为" and not prefix.strip().removesuffix("为")
                and (match["unit"] or "").endswith(("户", "人", "名"))
                and (served := object_name("", self.folded[after_value : self.end]))):
            # …换热站94座，为3.5万户居民更换燃气物联网表: those served, and what is done for them, after the figure
            name, name_start, relation = served, match.start(), ""
            after_value += object_length(self.folded[after_value : self.end])
        listed_thing = object_name("", self.folded[after_value : self.end]) if prefix.strip() == "、" else ""
        listed_end = after_value + object_length(self.folded[after_value : self.end])
        if not name and listed_thing and not self.folded[listed_end : listed_end + 1].isdigit():
            # (83个列入调度项目完成年度投资率均超160%: the words after the count run on to a figure of their own)
            # 完成10个数字化车间、40个自动化改造项目: a list of counts, each of what follows it
            name, name_start = listed_thing, match.start()
            after_value += object_length(self.folded[after_value : self.end])
        if not name:
            # 书籍的出版总量，一九八五年达到四百五十六亿印张: the level by a year of what the clause before names alone
            inherits = (relation.removeprefix("年均") in INHERITING or bool(reference)
                        or (relation in LEVEL_REACHED and (self.figure_before or bool(self.named_before))
                            and _WHEN_ONLY.fullmatch(name_part.strip()) is not None)
                        # 扩大人工草场面积，计划由…的三千二百万亩增加到…的一亿亩: the level of what was named before
                        or (relation in LEVEL_REACHED and from_a_figure))
            if inherits and previous_name:
                name = previous_name
                name_start = modifiers_start
            elif (_SPENDS.search(prefix.strip()) and (match["unit2"] or match["unit"] or "").endswith("元")
                  and _SPENT_ON.match(self.folded, self.end + 1)):
                name, name_start = "安排资金", match.start()  # 今年拟安排430亿元，用于…: money for the purpose after
            elif (relation not in OBJECT_VERBS and (relation or LEADING_JUNK.sub("", prefix.strip()))) or not (
                name := object_name("", self.folded[after_value : self.end])
            ) or (not relation and (len(name) < 4 or self.folded.startswith("的", after_value)
                                    or _SAID_OF_IT.search(name))):
                return []
            else:  # 完成1000万以上农村贫困人口脱贫任务, 近1400万农业转移人口在城镇落户: the name follows the figure
                name_start = match.start()
                length = object_length(self.folded[after_value : self.end])
                invested = _INVESTED.search(name)
                if invested and invested.start() >= 2 and VALUE.match(self.folded, after_value + length):
                    # 175个重点项目完成投资170多亿元: the count is of the projects, the investment a figure of its own
                    name, length = name[: invested.start()], length - len(invested.group())
                after_value += length
        values = [match]
        if respectively:
            values = self._list_values(match)
        units = [value["unit2"] or value["unit"] or "" for value in values]
        for index in range(len(units) - 2, -1, -1):
            units[index] = units[index] or units[index + 1]
        if not units[0]:
            return []
        names = _member_names(name, len(values)) if respectively else [name]
        members = [part for part in re.split(r"、|和|与|及", name) if part]
        if respectively and 1 < len(members) < len(values):  # 分别下降5.6%和4%，74个…: a figure for each name
            values, units = values[: len(members)], units[: len(members)]
            names = _member_names(name, len(values))
        if not respectively and len(members) > 1 and all(_ACTION.fullmatch(part) for part in members[:-1]):
            # 淘汰、停建、缓建煤电产能5000万千瓦以上: three things done to one capacity, one figure for them all
            names, members = [name.replace("、", "")], [name.replace("、", "")]
        shared_tail = "、" in name and bool(_MEMBER_TAIL.search(name)) and all(len(part) >= 2 for part in members)
        # 酒业营业收入、利润总额、入库税金同比增长10%以上: a growth said of each measure listed, by its own name
        each_grows = (not shared_tail and not respectively and len(values) == 1 and "、" in name
                      and relation.removeprefix("年均") in ("增长", "下降")
                      and 1 < len(members) <= 5 and all(_MEASURE_OF_MONEY.search(part) for part in members))
        if each_grows:
            names, values, units = members, values * len(members), units * len(members)
        if not respectively and len(values) == 1 and name.endswith("各"):
            # 新增省级技术创新中心、众创空间各1家: the figure of each thing listed, done by the same verb
            names = _each_named(name.removesuffix("各"))
            if each_thing := object_name("", self.folded[values[-1].end() : self.end]):
                names = [member + each_thing for member in names]  # 连接高州城区、化州城区各2条市政道路: roads to each
            values, units = values * len(names), units * len(names)
        if (respectively or shared_tail) and len(values) == 1 and len(members) > 1:
            # 二氧化硫、氮氧化物排放量(分别)下降3%: one for each
            names = _member_names(name, len(members))
            values, units = values * len(names), units * len(names)
        if not respectively and len(values) == 1 and (halves := _TOWN_AND_COUNTRY.fullmatch(name)):
            # 城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7%: the figure holds for each half, unless
            # each has its own (…实际增长8.4％和11.4％)
            names = [halves["town"] + halves["tail"], halves["country"] + halves["tail"]]
            own_values = self._list_values(values[0])[:2]
            values = own_values if len(own_values) == 2 else values * 2
            units = [value["unit2"] or value["unit"] or units[0] for value in values]
        if (respectively and len(names) == 1 and _OUTPUT_MEASURE.search(name)
                and (examples := _EXAMPLES_BEFORE.search(self.folded, 0, self.start))):
            # 发电设备、电动机、…和蒸气机车等，增长的速度都将达到百分之五十以上: the output of each example
            names = [member + "产量" for member in re.split(r"、|和", examples["list"]) if member]
            values, units = values * len(names), units * len(names)
            relation = "增长" if _GROWTH_SPEED.search(name) else relation
        end = max(values[-1].end(), after_value)
        thing_length = object_length(self.folded[end : self.end])
        if (thing_length and not respectively and not takes_object(name)
                and not _PREDICATE.match(self.folded, end) and _NEXT_COUNT.match(self.folded, end + thing_length)):
            # (培训农民5万人次获得证书、1万人创业: what those counted do, no name of them)
            # 分领域抓好358个工业重点项目、151个城建重点工程: the first of a list of counts, each of what follows it
            names, end = [object_name("", self.folded[end : self.end])], end + thing_length
        elif (relation == _WILL_HAVE and not respectively
              and (counted := object_name("", self.folded[end : self.end]))):
            # 1956: 中央各部门将有１１７个重大建设单位: what there will be follows the count; who has it stands before
            names, name_start = [counted], match.start()
            end += object_length(self.folded[end : self.end])
        elif (takes_object(name) or COUNTED_WORK.fullmatch(name)) and not respectively and name != previous_name:
            named = object_name(name, self.folded[end : self.end])
            if named:  # 再开工20项重大水利工程
                names = [named]
                end += object_length(self.folded[end : self.end])
            elif COUNTED_WORK.fullmatch(name):  # 基本建成470万套、新开工630万套: what the sentence builds
                subject = COUNTED_WORK.sub("", previous_name) if previous_name else ""
                programme = programme_before(self.folded[:name_start])
                if programme and (not recognisable(subject) or _DOING.match(subject)):
                    # 启动新的三年棚改攻坚计划，今年开工580万套; 继续推进保障性安居工程建设，…，基本建成500万套
                    # (加大保障性安居工程建设力度，今年新开工700万套: a works programme's starts apart from its
                    # completions, 保障性安居工程新开工)
                    names = [programme + name if programme.endswith("工程") else programme]
                else:
                    names = [subject + name if recognisable(subject) else name]
                return self._made(names, values, units, relation, hedge, name_start, end, reference, bare=True)
            elif (done := work_done(name)) and not self.folded[end : self.end].strip():
                # 确保完工投用15所。: nothing after the count names it, so the work done does
                return self._made([done], values, units, relation, hedge, name_start, end, reference, bare=True)
        return self._made(names, values, units, relation, hedge, name_start, end, reference)

    def _counted_before(self, match: re.Match[str]) -> str:
        """What the figure before ``match`` in its sentence, in the same unit, counts (the words after it), or ""."""
        unit = match["unit"] or ""
        earlier = [value for value in VALUE.finditer(self.folded, 0, match.start()) if (value["unit"] or "") == unit]
        if not unit or not earlier:
            return ""
        between = self.folded[earlier[-1].end() : match.start()]
        if not CLAUSE_END.search(between):
            return ""  # 由去年的1076亿元增加到1562亿元: the figure it starts from
        counted = object_name("", CLAUSE_END.split(between, maxsplit=1)[0])
        return "" if _PREPOSITION.match(counted) else counted

    def _made(self, names: list[str], values: list[re.Match[str]], units: list[str], relation: str, hedge: str,
              name_start: int, end: int, reference: str, bare: bool = False) -> list[Indicator]:
        made: list[Indicator] = []
        for member, value, unit in zip(names, values, units):
            if member == "人口" and relation in _HELD_UNDER:
                member = "全国人口"  # 我国人口到2000年要控制在13亿以内: the population held under a ceiling
            if not bare and not recognisable(member):
                continue  # 我国有, 安排, 三是将: no indicator
            if self.sector and _SECTOR_TOTAL.fullmatch(member):
                member = self.sector + "总产值"  # 在手工业方面，１９５６年的全国总产值将…增长: 手工业总产值
            if re.fullmatch(MAGNITUDE, unit) and member.endswith(("人口", "人数")):
                unit += "人"  # 易地扶贫搬迁人口超过240万: 万人
            made.append(
                Indicator(
                    name=member,
                    relation=relation,
                    value=float(value["value"]),
                    value_high=float(value["high"]) if value["high"] else None,
                    unit=unit,
                    qualifier=(value["pre"] or "") + (value["more"] or "") + (value["qualifier"] or ""),
                    hedge=hedge,
                    sentence_id=self.sentence_id,
                    start=self.offset + name_start,
                    end=self.offset + end,
                    text=self.text[name_start:end],
                    reference=reference,
                    kind=self.kind,
                )
            )
        return made

    def _list_values(self, first: re.Match[str]) -> list[re.Match[str]]:
        values = [first]
        position = first.end()
        while True:
            limit = SENTENCE_PART_END.search(self.folded, position)
            limit_end = limit.start() if limit else len(self.folded)
            join = LIST_JOIN.match(self.folded, position, limit_end)
            if not join:
                break
            following = VALUE.match(self.folded, join.end(), limit_end)
            if not following:
                break
            values.append(following)
            position = following.end()
        return values

    # -- forms without a figure ---------------------------------------------------------

    def _qualitative(self) -> list[Indicator]:
        clause = self.folded[self.start : self.end]
        for pattern, relation in ((SYNC_TOGETHER, "同步"), (SYNC, "同步"), (DOUBLE_DIGIT, "增长"), (RELATIVE_ONLY, "")):
            match = pattern.search(clause)
            if not match:
                continue
            name_part, hedge, _, _ = strip_modifiers(match["name"])
            name, hedge_in_name, cut = clean_name(name_part)
            if not name:
                continue
            start = self.start + match.start("name") + cut
            end = self.start + match.end()
            groups = match.groupdict()
            return [
                Indicator(
                    name=name,
                    relation=relation or groups.get("relation") or "",
                    value=None,
                    value_high=None,
                    unit="",
                    qualifier=groups.get("qualifier") or "",
                    hedge=hedge or hedge_in_name,
                    sentence_id=self.sentence_id,
                    start=self.offset + start,
                    end=self.offset + end,
                    text=self.text[start:end],
                    reference=groups.get("reference") or "",
                    kind=self.kind,
                )
            ]
        return []


# A sum to spend that names no payer, with its purpose in the next clause (今年拟安排430亿元，用于…).
_SPENDS = re.compile(r"^(?:今年|全年)?(?:拟|将|再)?(?:安排|拿出)$")
_SPENT_ON = re.compile(r"\s*(?:主要|重点|集中)?用于")
# A share of the whole the plan makes reach something: 使全国80%以上的人口地区普及九年义务教育; or the last
# of a group it makes reach it: 让最后20多万无电人口都能用上电.
_CAUSATIVE = re.compile(r"(?:使|让)?(?:最后|剩下的|剩余的?)?(?:全国|全省|全市|全区|全县)?")


_HELD_UNDER = frozenset(("控制在", "不超过"))
_WILL_HAVE = "将有"
# A sum a plan will spend, with what it is for after it (全国将用三十亿元建设职工住宅).
_SPENT_ON_PURPOSE = re.compile(r"(?:^|[将要拟再])用$")
# A name that points back (这方面的投资) to what the clause before says something is (重点是能源、交通建设).
_THIS_FIELD = re.compile(r"这(?:方面|部分|些)的?|它们的?")
_REFERENT = re.compile(r"(?:是|为)(?P<thing>[\u4e00-\u9fff、]{2,16})$")
# What a sentence says of the thing a figure counts, after it (一亿多吨石油是我国一笔很大的财富, 一亿吨石油所创造的
# 价值同工业发达国家比较): a statement, not a name.
_SAID_OF_IT = re.compile(r"是|比较$")
# The verbs of giving people jobs, before the count of them and 就业 (安排七百多万人就业).
_JOBS_GIVEN = re.compile(r"(?:安排|安置)了?$")
# Relations to a new level of what an earlier figure counts: 今年要扩大到120户.
RAISED_TO = frozenset(("扩大到", "扩大至", "增加到", "增加至"))
_PREPOSITION = re.compile(r"^(?:由|对|在|从|向|被|把|给|为)")
# A clause that says what is done, not what is counted (继续推进保障性安居工程建设).
# The next count of a list of counts, each before what it counts (…358个工业重点项目、151个城建重点工程).
_NEXT_COUNT = re.compile(r"、\d")
_PREDICATE = re.compile(r"获得|取得|实现|完成|达到|参加|参与|享受|受益|开展|创业|就业")
_DOING = re.compile(r"(?:继续|进一步)?(?:推进|加大|加快|实施|抓好|做好)")
# What is done to a thing, named before it with others (淘汰、停建、缓建煤电产能): no thing of its own.
_ACTION = re.compile(r"淘汰|停建|缓建|关停|关闭|退出|压减|化解|兼并|重组|新建|改建|扩建")
_SHARE_NAME = re.compile(r"占[^领用据有]*(?:比重|比例|份额)$")  # 占国内生产总值比例, not 占领…
_PER_OUTPUT = re.compile(r"单位(?:国内|地区)?生产总值")
_MEMBER_TAIL = re.compile(r"(?:排放总量|排放量|排放|浓度|产能)$")
# A list of examples ending on 等 in the clauses before a figure said of each (发电设备、电动机、…和蒸气机车等，
# 增长的速度都将达到…; 水产品、机制纸、自行车和胶鞋等产品，在一九五八年的生产量，也都将增长…), and the measures
# of their output such a figure is said of.
_EXAMPLES_BEFORE = re.compile(r"(?:^|[,的])(?P<list>[^,;:、的]{1,10}(?:[、和][^,;:、]{1,10})+)"
                              r"(?<![中高初平同上下均对])等(?:产品)?,"
                              r"(?:[^,;:]{0,16},)?$")
# The incomes of town and country named together before one figure (城镇居民人均可支配收入和农村居民人均纯收入…).
_TOWN_AND_COUNTRY = re.compile(r"(?P<town>城镇[^和、]{2,14}?收入)和(?P<country>农村[^和、]{2,14}?收入)"
                               r"(?P<tail>[^和、]*)")
_GROWTH_SPEED = re.compile(r"增长的?速度$")
_OUTPUT_MEASURE = re.compile(r"增长的?速度$|产量$")
# The measures of money and trade a city plan lists before one growth (营业收入、利润总额、入库税金同比增长10%以上).
_MEASURE_OF_MONEY = re.compile(r"..(?:收入|总额|税金|税收|增加值|利润|投资|进出口|外资|出口|进口|产值|总值|销售额"
                               r"|零售额)$")
# A level (国家级, 省级), alone or opening a name (省级专精特新企业).
_LEVEL_ONLY = re.compile(r"[\u4e00-\u9fff]{1,4}?级")
# The verb a list of things counted each opens on (新增省级技术创新中心、众创空间各1家).
_EACH_VERB = re.compile(r"^(?:力争|确保)?(?:新增|新建|创建|建设|建成|培育|打造|引进|争创|创成|认定)")


def _each_named(name: str) -> list[str]:
    """The names of the things ``name`` lists, each with the verb of the first (新增众创空间), or ``name`` alone
    when a thing would be named by fewer than two characters (创建省、韶卫生村各5个)."""
    listed = [member for member in re.split(r"、|以及" if "、" in name else r"和|及", name) if member]
    verb = _EACH_VERB.match(listed[0])
    opening = verb.group() if verb else ""
    if (len(listed) > 1 and _LEVEL_ONLY.fullmatch(listed[0].removeprefix(opening))
            and (level := _LEVEL_ONLY.match(listed[-1])) and level.end() < len(listed[-1])):
        listed[0] += listed[-1][level.end() :]  # 新增国家级和省级专精特新企业各10家: levels of one kind of thing
    if len(listed) < 2 or any(len(member.removeprefix(opening)) < 2 for member in listed):
        return [name]
    return [listed[0], *(member if member.startswith(opening) else opening + member for member in listed[1:])]


# One Latin letter alone before digits: a code (N1, G15, S236), not an acronym (GDP3000亿元).
_CODE = re.compile(r"(?<![A-Za-z])[A-Za-z]$")
# Investment in the works named before: 完成投资, 计划投资, 年度投资 (a city plan's projects).
_INVESTED = re.compile(r"(?:完成|计划|年度|全年)投资$")
# Projects counted or listed before a figure of investment in them (焦作市重点项目31个, 175个重点项目,
# 统筹建设龙高、永乐等镇区基础设施): the last named in the sentence.
_PROJECTS = re.compile(r"(?:\d+(?:个|项)(?P<counted>[\u4e00-\u9fff]{2,10}?(?:项目|工程))"
                       r"|(?P<named>[\u4e00-\u9fff]{2,10}?(?:项目|工程))\d+(?:个|项)"
                       r"|等(?P<listed>[\u4e00-\u9fff]{2,8}(?:项目|工程|设施)))")


def _projects_before(text: str) -> str:
    """The works ``text`` names last by a count or at the end of a list (焦作市重点项目31个), or ""."""
    found = list(_PROJECTS.finditer(text))
    # 推进1000个重点项目建设，分领域抓好358个工业重点项目、151个城建重点工程…: the total, not a member of the list
    whole = [match for match in found if "、" not in text[max(match.start() - 1, 0) : match.end() + 1]]
    if not found:
        return ""
    last = (whole or found)[-1]
    return LEADING_JUNK.sub("", last["counted"] or last["named"] or last["listed"] or "")


# The end of a list of examples and what is measured of each (…、动力机械等产品的产量): the measure after 的.
# (中等专业学校, 高等学校: a 等 of a word, no end of a list)
_EXAMPLES_MEASURED = re.compile(r"(?<=[\u4e00-\u9fff])(?<![中高初平同上下均对])等[\u4e00-\u9fff]{0,4}的"
                                r"(?P<measure>[\u4e00-\u9fff]{2,6})$")


def _member_names(name: str, count: int) -> list[str]:
    """``城镇和农村居民人均可支配收入`` with two values -> the two full names."""
    parts = [part for part in re.split(r"和|、|与|及|以及", name) if part]
    if len(parts) == 1 and count == 2 and name.startswith("城乡"):
        # 城乡低保人均补助标准分别提高5%和8%: the town's and the country's
        town = "城镇" if name.startswith("城乡居民") else "城市"
        return [town + name[2:], "农村" + name[2:]]
    if len(parts) != count:
        return [name] * count
    if per := _PER_OUTPUT.match(parts[0]):  # 单位国内生产总值用水量、能耗、二氧化碳排放量: each per unit of output
        return [parts[0], *(part if part.startswith(per.group()) else per.group() + part for part in parts[1:])]
    if examples := _EXAMPLES_MEASURED.search(parts[-1]):
        # 生铁、钢、…、动力机械等产品的产量: each product's 产量, not 生铁机械等产品的产量
        parts[-1] = parts[-1][: examples.start()]
        return [part + examples["measure"] for part in parts]
    last = parts[-1]
    short_word = len(parts[0]) < len(last) and not re.search(r"[A-Za-z0-9]", parts[0])  # not 广义货币M2
    tail = last[len(parts[0]) :] if short_word else ""
    shared = _MEMBER_TAIL.search(last)
    if shared and not parts[0].endswith(shared.group()):  # 二氧化硫、化学需氧量排放量: 二氧化硫排放量
        tail = shared.group()
    return [part + tail for part in parts[:-1]] + [last]
