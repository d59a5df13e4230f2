"""The name, relation and hedge before a figure in a clause: what ``core.compare.figures.clause_reader`` reads
before every value (增长了 → the relation 增长, 比上年 → its reference, 左右 → a hedge, 分别 → one figure for each
name), and the name cleaned of what a cut inside a sentence leaves (particles, verbs, asides, list numbers)."""

from __future__ import annotations

import re

from core.compare.figures.indicator_patterns import (
    CLASS_FIGURE,
    MAX_NAME,
    RELATION_AT_END,
    RELATIVE_AT_END,
    THAN_AT_END,
    VALUE,
)
from core.compare.figures.indicator_words import HEDGES, LEADING_JUNK, MODIFIER_AT_END

# An aside in brackets (不包括手工业产值，下同): its commas end no clause, and it is no part of a name
# (``indicator_names.BRACKETED``).
_ASIDE_AT_END = re.compile(r"\([^()]*\)\s*$")  # 农业（包括农村副业）增长了…: 农业, not 农业(包括农村副业
_LIST_NUMBER = re.compile(r"^\(?[一二三四五六七八九十\d]+\)")  # （四）商业、粮食…方面的支出

_PER_UNIT_AT_END = re.compile(r"(?:平均)?每$")
# A verb or a time that ends a name before its figure (中央财政赤字预算拟安排1800亿元, 基本养老金今年提高10%):
# no part of what is measured (新安排740万套 counts what is arranged; 比今年 is the base of a rate).
_VERB_AT_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:(?:拟|将|再)?(?<!新)安排|(?<!比)今年)$")


def split_relation(prefix: str) -> tuple[str, str, str]:
    """(relation, reference, the text before them) from the text before a value."""
    stripped = prefix.rstrip()
    if stripped.endswith("了") and (done := RELATION_AT_END.search(stripped, 0, len(stripped) - 1)) \
            and len(done.group()) > 1:
        stripped = stripped[:-1]  # 农业总产值达到了八百八十亿元, 增长了百分之六十四: the verb told as done
    than = THAN_AT_END.search(stripped)
    if than:
        compare = than["compare"]
        return (compare + "于" if len(compare) == 1 else compare), than["reference"], stripped[: than.start()]
    relative = RELATIVE_AT_END.search(stripped)
    if relative:
        return relative["compare"], relative["reference"], stripped[: relative.start()]
    scoped = _SCOPED_RELATION.search(stripped)  # 试点要扩大到全国50%: the whole country is where, not what
    if scoped:
        return scoped["relation"], "", stripped[: scoped.start()]
    relation = RELATION_AT_END.search(stripped)
    if relation:
        return relation.group(), "", stripped[: relation.start()]
    dated = _DATED_LEVEL.search(stripped)  # 由一九八○年的八十二部增加到一九八五年的一百二十部: the year of the level
    if dated and (relation := RELATION_AT_END.search(stripped, 0, dated.start())):
        return relation.group(), "", stripped[: relation.start()]
    share = _SHARE_OF_WHOLE.search(stripped)
    if share and clean_name(stripped[: share.start()])[0]:
        # 经费占国家财政支出总额的百分之十五点九: the share of the whole, named by both
        return "占", "", stripped[: share.start()] + "占" + share["whole"] + "比重"
    return "", "", stripped


_DATED_LEVEL = re.compile(r"\d{4}年(?:底|末)?的?$")
# The whole a share is of, between 占 and the figure (占总投资的百分之三十八点五).
# (占到整个高中学生总数的百分之四十: 到 and 整个 are no part of the whole's name)
_SHARE_OF_WHOLE = re.compile(r"占(?:到|至)?(?:整个|全部)?(?P<whole>[\u4e00-\u9fff]{2,12}?)的$")
_SCOPED_RELATION = re.compile(r"(?P<relation>(?:扩大|提高|增加|推广|扩展)(?:到|至))(?:全国|全省|全市|全区|全县)"
                              r"(?:(?:总)?人口的?)?$")  # 普及九年义务教育的地区要增加到全国人口的72%
def strip_modifiers(text: str) -> tuple[str, str, bool, bool]:
    """(text without trailing modifiers, hedge, whether 分别 was there, whether 年均 was)."""
    hedge, respectively, yearly = "", False, False
    while True:
        match = MODIFIER_AT_END.search(text)
        if not match:
            break
        word = match.group()
        if word in HEDGES:
            hedge = word
        elif word in ("分别", "均", "都"):  # 均为12%左右, 都要减少2%: the figure holds for each name
            respectively = True
        elif word == "年均":
            yearly = True
        text = text[: match.start()]
        if not text:
            break
    return text, hedge, respectively, yearly


def clean_name(text: str) -> tuple[str, str, int]:
    """(name, a hedge found at its start, characters cut from the start)."""
    original = text
    text = text.rstrip()
    hedge = ""
    leading = LEADING_JUNK.match(text)
    if leading:
        for word in HEDGES:
            if word in leading.group():
                hedge = word
        text = text[leading.end() :]
    values = list(VALUE.finditer(text))
    last_value = values[-1] if values else None
    if last_value and (last_value["unit"] or last_value["unit2"]) and not CLASS_FIGURE.match(text, last_value.start()):
        text = text[last_value.end() :]
    base = text.rfind("的基础上")
    if base >= 0:  # 在各企业今年计划定额的基础上节约煤和电百分之二到三: what is measured follows the base
        text = text[base + len("的基础上") :]
    several = "、" in text or "和" in text  # a list names several: 城镇居民人均可支配收入和农村居民人均纯收入
    whole = several or bool(CLASS_FIGURE.match(text))  # 65岁及以上老年人…服务率 is not cut inside whom it counts
    if len(text) > MAX_NAME and not (len(text) <= 2 * MAX_NAME and whole):
        text = text[-_name_start(text) :]
    if text != original.rstrip():  # what a cut left at the front: 提出了|“十一五”…, 以上的|火电站
        text = _CUT_OPENING.sub("", text)
    text = _PER_UNIT_AT_END.sub("", text)  # 小麦最低收购价每50公斤提高5到7元: 每 opens the unit the price is of
    text = _VERB_AT_END.sub("", text)
    text = _LIST_NUMBER.sub("", _ASIDE_AT_END.sub("", text))
    text = text.strip(" '()、,.-")
    if text.count('"') % 2:  # an opening or closing quote cut from its pair; "十三五"时期 keeps both
        text = text.strip('"')
    if len(text) < 2 or not re.search(r"[\u4e00-\u9fffA-Za-z]", text):
        return "", hedge, 0
    return text, hedge, original.find(text)


# Particles a cut inside a sentence leaves at the front of a name, and a year written without 年 (一九五八粮食的指标).
_CUT_OPENING = re.compile(r"^(?:[了的着]|(?:一九|二〇)[〇零一二三四五六七八九]{2}(?=[\u4e00-\u9fff]))+")


def _name_start(text: str) -> int:
    """How many characters from its end a name over ``MAX_NAME`` keeps: ``MAX_NAME``, not counting what it says in
    brackets (全国基本建设（包括经济、文教、行政各方面的基本建设）的投资 keeps 全国基本建设)."""
    kept, depth = 0, 0
    for index in range(len(text) - 1, -1, -1):
        char = text[index]
        depth += char == ")"
        if depth == 0:
            kept += 1
        depth -= char == "(" and depth > 0
        if kept >= MAX_NAME:
            return len(text) - index
    return len(text)
