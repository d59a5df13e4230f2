"""Results a review states in words, or with the figure where the extractor cannot name it.

A later report does not always give a target's result as ``name figure``:

- the figure stands in a sentence whose name the extractor reads badly
  (``国务院各部门全年取消和下放246项行政审批事项``, ``6600多万农村人口饮水安全问题得到解决``):
  ``figure_for`` finds it by the target's words around it;
- the sentence says the task was done, or not, without a figure
  (``淘汰黄标车和老旧车指标超额完成``, ``各项约束性指标超额完成``,
  ``预期增长目标未能实现``, ``物价调控目标没有完成``): ``statement_verdict`` reads
  it, and ``statement_result`` finds such a sentence for a target;
- the sentence only speaks of the target (``进出口回稳向好``): ``qualitative_result``.

Words are compared as character pairs, so no word segmenter has to load.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from core.compare.figures.indicator_matching import direction, same_measure
from core.compare.figures.indicator_names import ALIASES, name_key
from core.compare.figures.indicator_patterns import COUNTED_WORK
from core.compare.indicators import Indicator, extract_from_text
from core.compare.scorecard.clauses import clause_around, clause_start
from core.compare.scorecard.verdicts import (
    ABOUT_TOLERANCE,
    MET,
    NOT_MET,
    PARTLY,
    REPORTED_DONE,
    REPORTED_MISS,
    STATED,
    Verdict,
)
from core.compare.topics import fold_width
from core.reading.model import Sentence

WORDS_FOR_A_FIGURE = 0.8  # share of a numeric target's name a review sentence must repeat to speak of it in words
FIGURE_CONTEXT = 0.6  # share of a target's name a result figure's sentence (or words around it) must repeat
WORK_CONTEXT = 0.4  # share of the name a sentence must repeat when the figure stands beside the target's work verb
QUALITATIVE_SUBJECT = 4  # characters of a qualitative target's subject a result must name
# Subjects a review speaks of through another word: the balance of payments through the trade surplus.
# The economy's structure through the structure of its industries (产业结构调整力度加大).
SUBJECT_WORDS: dict[str, tuple[str, ...]] = {"国际收支": ("国际收支", "贸易顺差", "外贸顺差", "贸易不平衡"),
                                             "经济结构": ("经济结构", "产业结构"),
                                             # 各类风险有序有效防控 (2018): 防范化解重大风险, 防控地方政府债务风险
                                             "各类风险": ("各类风险", "重大风险", "金融风险", "债务风险")}

# Names a statement may use for a group of targets: the binding environmental indicators, prices.
_GROUP_WORDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"能耗|能源消耗|排放|二氧化碳|二氧化硫|氮氧化物|化学需氧量|氨氮"), ("约束性指标", "节能减排")),
    (re.compile(r"居民消费价格|物价|CPI"), ("物价", "价格调控")),
    # 钢铁、水泥等15个重点行业淘汰落后产能年度任务如期完成: each industry's quota of old capacity to close
    (re.compile(r"落后产能|^(?:淘汰)?(?:钢铁|水泥|平板玻璃|电解铝|炼铁|炼钢|焦炭|铁合金|电石|造纸|制革|印染)(?:产能)?$"),
     ("淘汰落后产能",)),
)
_PREDICATE = re.compile(
    r"回稳|平衡|同步|向好|稳定|改善|提质|继续|基本|保持|稳中|下降|减少|取得|有序|有效|防控|增长|进一步|提高"
)


def _pairs(text: str) -> set[str]:
    return {text[index : index + 2] for index in range(len(text) - 1)}


def _share(words: str, text: str) -> float:
    pairs = _pairs(words)
    return sum(pair in text for pair in pairs) / len(pairs) if pairs else 0.0


# 棉纱、棉布、纸张等主要产品，都可以完成或超额完成计划: a clause that opens on 都 speaks of the list before it.
_ALL_OF_THEM = re.compile(r"\s*(?:也|还)?(?:都|均|全部)")


def _statement_clause(text: str, start: int, end: int) -> str:
    """The clause that says a task was done or missed, with the list before it when it opens on 都."""
    clause = clause_around(text, start, end)
    before = clause_start(text, start)
    if _ALL_OF_THEM.match(clause) and before > 0:
        return clause_around(text, before - 1, before - 1) + "，" + clause
    return clause


# 当年支出超过当年收入十八亿三千万元 (not 超过预期达到5000亿元: a verb before the figure makes it a level).
_DIFFERENCE = re.compile(r"(?:(?:超过|多于|少于)(?:(?!达|为|到)[\u4e00-\u9fff]){2,}|(?:多|少)(?:了|出了?))"
                         r"(?:[\d０-９]|[一二三四五六七八九十两]+[十百千万亿])")  # 基本建设投资多了十五亿元


def figure_for(target: Indicator, candidates: Sequence[Indicator], sentences: dict[str, Sentence]) -> Indicator | None:
    """The figure among ``candidates`` that is the result of ``target``, whatever name the extractor gave it.

    It is in the target's unit and moves the same way; the words right around
    it (up to the next comma or 、) end as the target's name ends, the longer
    the better (``新建改建…农村公路30多万公里`` for 新建改建农村公路20万公里, not
    ``高速公路6000多公里``), and they or the sentence repeat most of the name
    (``取消和下放246项行政审批事项``).
    """
    if target.value is None:
        return None
    words = _TAIL_WORDS.sub("", fold_width(name_key(target.name))) or fold_width(name_key(target.name))
    total = _TOTAL.search(words)  # 中央政府投资总额 is spoken of as 中央政府公共投资, in a clause of its own words
    words = _TOTAL.sub("", words) if total else words
    words = _PAYER.sub("", words) or words  # 中央财政补贴资金: any budget's payer; 补贴资金 names it
    work = COUNTED_WORK.search(words)
    best: Indicator | None = None
    best_score = (0, 0.0, -math.inf)
    for found in candidates:
        if found.value is None or found.reference or not same_measure(found.unit, target.unit):
            continue
        if direction(found.relation) * direction(target.relation) < 0:
            continue  # 专项转移支付项目减少三分之二 is no result for 一般性转移支付规模增长9.5%
        sentence = sentences.get(found.sentence_id or "")
        if sentence is None:
            continue
        text = fold_width(sentence.text)
        start, end = found.start - sentence.start, found.end - sentence.start
        segment = _spelt_out(_segment_around(text, start, end))  # 医保 as 医疗保险
        if _SHARE_OF.search(segment) and not _SHARE_OF.search(words):
            continue  # 占国内生产总值比重提高到1.49% is no growth of 国内生产总值
        if _DIFFERENCE.search(segment):
            continue  # 当年支出超过当年收入十八亿三千万元: by how much one figure passes another, neither of them
        suffix = _shared_suffix(words, segment)
        segment_share = _share(words, segment)
        text = _spelt_out(text)
        if work is not None and work.group() in segment and _share(words, text) >= WORK_CONTEXT:
            suffix = max(suffix, len(work.group()))  # 城镇保障性住房新开工630万套: 新开工保障性安居工程666万套
        elif (suffix < 2 and found.relation and words in text and not only_within_a_ratio(words, text)
              and not _NAME_LEFT.search(_BARE_FIGURE.sub("", segment))):
            suffix = 2  # 企业退休人员基本养老金连续5年增加，去年又人均提高10%: the figure of the name before it
        elif target.unit == "%" and found.unit == "%" and (
                (_COVERAGE.search(segment) and _share(words, text) >= FIGURE_CONTEXT)
                or ((reach := _REACH.search(fold_width(target.text))) and reach.group() in segment)):
            suffix = 2  # 试点范围扩大到全国40%的县: …占全国总数的50.7%, or …已扩大到全国86%的县
        elif suffix < 2 or (segment_share < FIGURE_CONTEXT and (total or _share(words, text) < FIGURE_CONTEXT)):
            continue  # 基本建成772万套 counts what was finished, not 保障性安居工程新安排740万套
        # between figures the words fit alike (人均公用经费500元和300元), the one nearest the target's value:
        # a reader pairs a list by its values, not by its order
        closeness = -abs(found.value - target.value) if found.unit == target.unit else -math.inf
        score = (suffix, segment_share, closeness)
        if score > best_score:
            best, best_score = found, score
    return replace(best, name=target.name) if best is not None else None


# What a budget sentence says of any budget: who pays, the verb, the kind of money.
# and how it changed (比上年预算增加5038亿元 names no purpose).
_BUDGET_GENERIC = re.compile(r"中央|地方|各级|政府|财政|预算|拟|将|安排|投入|用于|支持|支出|专项|补助|资金|共|达到|为此"
                             r"|比|上年|去年|增加|增长|提高|[\d.%]+|[万亿元倍]+")
BUDGET_CONTEXT = 0.8  # share of what a review's budget clause names beyond money that the plan sentence holds
# Short names a review gives a purpose the plan spelt out (安排200亿元技改专项资金 for 支持企业技术改造).
_ABBREVIATIONS = {"技改": "技术改造", "棚改": "棚户区改造", "医改": "医药卫生体制改革", "危改": "危房改造",
                  "医保": "医疗保险"}
_ABBREVIATION = re.compile("|".join(_ABBREVIATIONS))


@lru_cache(maxsize=16384)
def _spelt_out(text: str) -> str:
    return _ABBREVIATION.sub(lambda match: _ABBREVIATIONS[match.group()], text)


def budget_for(target: Indicator, plan_sentence: str, candidates: Sequence[Indicator],
               sentences: dict[str, Sentence]) -> Indicator | None:
    """The review figure for a budget that says who pays and not what for (中央财政拟投入420亿元资金).

    The purpose stands elsewhere in the plan sentence (实施更加积极的就业政策，…); the
    result is a sum of money whose own clause, once the words every budget uses
    are taken out (中央财政安排…专项资金), names something that sentence names
    (中央财政安排就业专项资金426亿元).
    """
    if target.value is None:
        return None
    plan = _spelt_out(fold_width(plan_sentence))
    best: Indicator | None = None
    best_share = 0.0
    for found in candidates:
        sentence = sentences.get(found.sentence_id or "")
        if sentence is None or found.value is None or found.reference or not same_measure(found.unit, target.unit):
            continue
        text = fold_width(sentence.text)
        end = found.end - sentence.start
        segment = _segment_around(text, found.start - sentence.start, end)
        # up to the next figure: 安排200亿元技改专项资金支持4441个技改项目 names its purpose before 4441个
        segment = segment[: _segment_end(segment, text, end)]
        purpose = _BUDGET_GENERIC.sub("", _spelt_out(segment))
        if len(purpose) < 2:
            continue  # 中央财政安排资金1713亿元: money, but for what the clause does not say
        share = _share(purpose, plan)
        if share >= BUDGET_CONTEXT and share > best_share:
            best, best_share = found, share
    return replace(best, name=target.name) if best is not None else None


# A sum the review gives for the thing its sentence names (中央财政此项支出…增加到去年的98亿元).
_THIS_ITEM = re.compile(r"此项|这项|该项")


def this_item_figure(target: Indicator, purpose: Sentence, candidates: Sequence[Indicator]) -> Indicator | None:
    """The sum in ``purpose`` (the review sentence that speaks of a budget's purpose) said to be for it (此项支出)."""
    for found in candidates:
        if (found.sentence_id != purpose.id or found.value is None or found.reference
                or not same_measure(found.unit, target.unit)):
            continue
        at = found.start - purpose.start
        if _THIS_ITEM.search(clause_around(fold_width(purpose.text), at, at)):
            return replace(found, name=target.name)
    return None


PURPOSE_CONTEXT = 0.75  # share of a budget's purpose (its plan clause) a review sentence must repeat
PURPOSE_LENGTH = 6  # characters at least of a purpose clause worth looking for
# Words of a purpose clause no review repeats: the plan's own hedges, the phase of a programme (第二期).
_PURPOSE_NOISE = re.compile(r"^(?:继续|今年|要|将|并|同时|以|用于|主要用于|集中用于)+"
                            r"|第[一二三四五六七八九十\d]+[期批轮]")


def purpose_result(target: Indicator, plan_sentence: Sentence, review: Review) -> Sentence | None:
    """The review sentence that speaks in words of what a budget without a named purpose is for.

    ``继续实施第二期农村中小学危房改造，中央财政将投入60亿元`` names its purpose in the clause
    beside the money; a review that says ``继续实施农村中小学危房改造`` speaks of it, without a figure.
    """
    text = fold_width(plan_sentence.text)
    at = target.start - plan_sentence.start
    clauses = [(match.start(), match.group()) for match in re.finditer(r"[^,，;；。:：]+", text)]
    purposes = [_PURPOSE_NOISE.sub("", clause) for start, clause in clauses
                if not start <= at < start + len(clause) and not _DIGIT.search(clause)]
    best: Sentence | None = None
    best_share = PURPOSE_CONTEXT
    for purpose in purposes:
        if len(purpose) < PURPOSE_LENGTH:
            continue
        for sentence, folded in zip(review.sentences, review.folded):
            share = _share(purpose, folded)
            if share >= best_share:
                best, best_share = sentence, share
    return best


_PAYER = re.compile(r"^(?:中央财政|地方财政|各级财政|中央政府|国家财政|财政)")
# What a figure's own words may hold beside the figure without naming anything: when, how, the change.
_BARE_FIGURE = re.compile(r"[\d.%]+[\u4e00-\u9fff]?|去年|今年|全年|又|再|也|还|人均|平均|每年|比上年|同比|分别|"
                          r"增长|提高|增加|下降|降低|减少|上涨|达到|了")
_NAME_LEFT = re.compile(r"[\u4e00-\u9fff]{2}")
# A share of the whole the review gives for a programme's reach: 占全国总数的50.7%, 覆盖面扩大到60%以上.
_COVERAGE = re.compile(r"^(?:占全(?:国|省|市|区|县)(?:总数)?的?|覆盖面|覆盖率)")
# A programme's reach as a share of the whole, in the plan: 试点范围扩大到全国80%以上的县.
_REACH = re.compile(r"(?:扩大|推广|扩展|覆盖)(?:到|至)?全(?:国|省|市|区|县)")
_SHARE_OF = re.compile(r"占.{0,12}(?:比重|比例)|比重|比例")
_TOTAL = re.compile(r"(?<=..)总额$")
_TAIL_WORDS = re.compile(r"(?:的)?(?:任务|工作|问题)$")
_SEGMENT_BREAK = re.compile(r"[,，;；。:：、]")


def _segment_end(segment: str, text: str, figure_end: int) -> int:
    """Where ``segment`` (taken from ``text`` around a figure ending at ``figure_end``) reaches the next figure."""
    offset = text.rfind(segment, 0, figure_end + len(segment))
    following = _DIGIT.search(segment, figure_end - offset) if offset >= 0 else None
    return following.start() if following else len(segment)


_DIGIT = re.compile(r"\d")


def _segment_around(text: str, start: int, end: int) -> str:
    """The words between the breaks (comma, 、) before and after a figure."""
    return clause_around(text, start, end, _SEGMENT_BREAK)


def _shared_suffix(words: str, text: str) -> int:
    """The length of the longest end of ``words`` that ``text`` holds (0 below two characters)."""
    for length in range(len(words), 1, -1):
        if words[-length:] in text:
            return length
    return 0


def statement_verdict(result_text: str) -> Verdict | None:
    """The verdict a sentence states itself: a miss it admits, or a task it says was done."""
    miss = REPORTED_MISS.search(result_text)
    if miss:
        return Verdict(NOT_MET, f"the report says so: “{miss.group()}”")
    done = REPORTED_DONE.search(result_text)
    if done:
        return Verdict(MET, f"the report says so: “{done.group()}”")
    return None


def _names_of(target: Indicator | str) -> list[str]:
    """The words a review may name the target by: its key, its aliases, the group it belongs to."""
    name = target if isinstance(target, str) else target.name
    key = name_key(name)
    names = [key, *ALIASES.get(key, ())]
    product = _OUTPUT.sub("", key)
    if product != key:
        names.append(product)  # 棉纱产量: 棉纱 in a list of products that met the plan
        names.extend(_PRODUCT_WORDS.get(product, ()))  # 纸产量: 纸张 in such a list
    for pattern, group in _GROUP_WORDS:
        if pattern.search(name) or pattern.search(key):
            names.extend(group)
    return [fold_width(word) for word in names if len(word) >= 2]


_OUTPUT = re.compile(r"(?:总)?产量$")
# Products a plan's list names by one character, as a review names them (纸520万吨 → 纸张, 糖 → 食糖).
_PRODUCT_WORDS = {"纸": ("纸张",), "糖": ("食糖",), "表": ("手表",), "纱": ("棉纱",), "布": ("棉布",),
                  "钢": ("钢材",), "煤": ("原煤",)}


class Review:
    """The one-year sentences of a review part, width-folded once, with the clauses that say a task was done
    or missed."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = list(sentences)
        self.folded = [fold_width(sentence.text) for sentence in self.sentences]
        self.statements: list[list[str]] = []
        for text in self.folded:
            matches = (*REPORTED_MISS.finditer(text), *REPORTED_DONE.finditer(text))
            self.statements.append([_statement_clause(text, match.start(), match.end()) for match in matches])
        # the sentences that say something was done or missed, and those that recall a target (by index)
        self.stated = [(sentence, clauses) for sentence, clauses in zip(self.sentences, self.statements) if clauses]
        self.recalls = [(index, recall) for index, text in enumerate(self.folded)
                        if (recall := _RECALLED_TARGET.search(text)) is not None]


# A review that recalls the target before its result (去年…曾提出，要把…上涨幅度控制在百分之十以内。…涨幅仍然高达…):
# the recalled figure is the target, not what came of it; so is one last year's report set (去年政府工作报告提出，…).
_RECALLED_TARGET = re.compile(r"(?:曾|原)(?:经)?提出|报告(?:中)?提出|提出(?:了)?的?(?:目标|要求)"
                              r"|(?:原定|预定)(?:的)?目标(?:是|为)"
                              r"|年计划(?:数)?(?:为|是)")  # 一九八二年计划为百分之四，预计可以达到百分之六点四


# What turns a recalled target to its outcome in the same sentence (…降到10%左右，经过…努力，实际回落到6.1%).
_OUTCOME_TURN = re.compile(r"实际|结果|经过[^,，;；。]*努力|预计(?:可以|可能|可)?(?:达到|完成|增长|超过)")


def recalls_the_target(text: str, position: int) -> bool:
    """Whether the figure at ``position`` of review sentence ``text`` restates the earlier report's target."""
    before = fold_width(text[:position])
    recalls = list(_RECALLED_TARGET.finditer(before))  # the last: 一九八一年计划为…，实际…；一九八二年计划为百分之四
    return bool(recalls) and not _OUTCOME_TURN.search(before, recalls[-1].end())


def result_after_recall(target: Indicator, review: Review, candidates: Sequence[Indicator]) -> Indicator | None:
    """The figure that follows a review's recall of ``target`` (…曾提出，要把…控制在百分之十以内。…涨幅仍然高达
    百分之二十一点七), in the target's measure, in that sentence or the next: what came of the target."""
    words = fold_width(name_key(target.name))
    for index, recall in review.recalls:
        sentence = review.sentences[index]
        if _share(words, review.folded[index]) < WORDS_FOR_A_FIGURE:
            continue
        after = {here.id for here in review.sentences[index : index + 2]}
        return next((figure for figure in candidates if figure.sentence_id in after and figure.value is not None
                     and figure.start > sentence.start + recall.end() and same_measure(figure.unit, target.unit)),
                    None)
    return None


def statement_result(target: Indicator | str, review: Review) -> Sentence | None:
    """A review sentence with a clause that names ``target`` (or its group) and says it was done or missed."""
    names = _names_of(target)
    for sentence, clauses in review.stated:
        if any(name in clause for clause in clauses for name in names):
            return sentence
    return None


def qualitative_result(target: str, review: Review, min_share: float = 0.0) -> Sentence | None:
    """The sentence that speaks of a qualitative target: it names the target's subject, and most of its words.

    The subject is what comes before the first predicate word (进出口 of
    进出口回稳向好, 国际收支 of 国际收支基本平衡).  Among equally close sentences,
    one that says whether the target was met wins.  The target is also read
    the ways a review rewords it (``_rewordings``).
    """
    folded = fold_width(target).replace("的", "")  # 发展的协调性 is spoken of as 发展协调性
    found = [_closest(wording, review, min_share) for wording in _rewordings(folded)]
    best = max(found, key=lambda pair: pair[0])
    return best[1]


# Each name of the alias table with its other names, longest first: a target opens with one, a review the other.
_ALIAS_PAIRS = sorted(((fold_width(name), fold_width(other)) for canonical, aliases in ALIASES.items()
                       for name in (canonical, *aliases) for other in (canonical, *aliases)
                       if name != other and len(name) >= 4 and len(other) >= 2 and not other.isascii()),
                      key=lambda pair: -len(pair[0]))
# A verb before its object (改造农村危房) is spoken of as the work done to it (农村危房改造).
_VERB_FIRST = re.compile(r"^(改造|建设|新建|治理|整治|淘汰|压减|退出)(.{2,})$")
# Grains named one by one in a plan (小麦、稻谷最低收购价) are 粮食 in a review.
_GRAINS = re.compile(r"^(?:小麦|稻谷|水稻|玉米|早籼稻|中晚籼稻|粳稻)(?=最低收购价)")


@lru_cache(maxsize=4096)
def _rewordings(folded: str) -> tuple[str, ...]:
    """``folded`` and the wordings a review may use for it instead (cached: the alias table is long)."""
    wordings = [folded]
    opening = next((name for name, _ in _ALIAS_PAIRS if folded.startswith(name)), "")
    # 居民消费价格总水平涨幅 is spoken of as 物价总水平涨幅
    wordings.extend(other + folded[len(opening) :] for name, other in _ALIAS_PAIRS
                    if opening and name == opening and len(other + folded[len(opening) :]) >= QUALITATIVE_SUBJECT)
    if verb_first := _VERB_FIRST.match(folded):
        wordings.append(verb_first[2] + verb_first[1])
    if _GRAINS.search(folded):
        wordings.append(_GRAINS.sub("粮食", folded))
    return tuple(wordings)


def _closest(folded: str, review: Review, min_share: float) -> tuple[float, Sentence | None]:
    """The review sentence closest to one wording of a qualitative target, with its score."""
    predicate = _PREDICATE.search(folded)
    subject = folded[: predicate.start() if predicate and predicate.start() >= 2 else QUALITATIVE_SUBJECT]
    subject = subject[:QUALITATIVE_SUBJECT]
    best: Sentence | None = None
    best_score = 0.0
    other_words = SUBJECT_WORDS.get(subject, ())
    for sentence, text, statements in zip(review.sentences, review.folded, review.statements):
        if subject not in text:
            if not other_words:
                continue
            word = next((word for word in other_words if word in text), None)
            if word is None:
                continue
            text = text.replace(word, subject)  # 贸易顺差进一步下降 speaks of 国际收支
        share = _share(folded, text)
        score = share + (0.01 if statements else 0.0)
        if score > best_score and share >= min_share:
            best, best_score = sentence, score
    return best_score, best


# Predicates of a qualitative target a review may deny (国际收支基本平衡 / 国际收支不平衡矛盾加剧).
_NEGATABLE = re.compile(r"平衡|稳定|同步|协调|合理")


def words_verdict(target: str, result_text: str, growth: Indicator | None) -> Verdict:
    """The verdict on a target whose result is a sentence without its figure."""
    stated = statement_verdict(result_text)
    if stated is not None:
        return stated
    predicate = _NEGATABLE.search(target)
    if predicate and (negated := re.search(f"(?:不|未|没有)(?:够|能)?{predicate.group()}", fold_width(result_text))):
        return Verdict(NOT_MET, f"the report says so: “{negated.group()}”")  # 国际收支不平衡矛盾加剧
    if (turn := _TURNS_UP.search(fold_width(target))) and (moved := _moved(turn["subject"], result_text)):
        rose = direction(moved.relation) > 0 and (moved.value or 0) > 0
        # 进出口回稳向好 against 进出口增长14.2%: a turn for the better is judged by the way the figure moved
        return Verdict(MET if rose else NOT_MET, f"a direction: {moved.name}{moved.relation}{moved.value_text()}")
    if "同步" in target and growth is not None and growth.value is not None:
        income = next((indicator for indicator in extract_from_text(result_text)
                       if "收入" in indicator.name and indicator.unit == "%" and indicator.value is not None), None)
        if income is not None:
            return in_step([income], growth)
    return Verdict(STATED, "no figure decides; the later report states it in words")


# A target that things turn for the better (进出口回稳向好, 外贸止跌回升): what turns, and the turn.
_TURNS_UP = re.compile(r"(?P<subject>[\u4e00-\u9fff]{2,8}?)(?:回稳向好|止跌回升|企稳回升|回稳|回升|向好)")


def _moved(subject: str, result_text: str) -> Indicator | None:
    """The review's rise or fall of ``subject`` in percent (进出口增长14.2%), if it gives one."""
    key = name_key(subject)
    return next((indicator for indicator in extract_from_text(result_text, kind="review")
                 if indicator.unit == "%" and indicator.value is not None and direction(indicator.relation) != 0
                 and name_key(indicator.name) == key), None)


def in_step(incomes: Sequence[Indicator], growth: Indicator) -> Verdict:
    """Whether income grew in step with the economy (同步): not more than ``ABOUT_TOLERANCE`` point behind.

    Given urban and rural income apart (no figure for all residents), the
    target is met when both keep step, ``partly`` when one of them does.
    """
    judged = [(income, income.value >= growth.value - ABOUT_TOLERANCE) for income in incomes
              if income.value is not None and growth.value is not None]
    if not judged:
        return Verdict(STATED, "no figure decides; the later report states it in words")
    kept = [step for _, step in judged]
    verdict = MET if all(kept) else NOT_MET if not any(kept) else PARTLY
    parts = "; ".join(f"{income.name}{income.value_text()} " + ("in step" if step else "behind")
                      for income, step in judged)
    return Verdict(verdict, f"{parts} against growth of {growth.value_text()} "
                            f"(in step: within {ABOUT_TOLERANCE:g} point)")


def only_within_a_ratio(name: str, text: str) -> bool:
    """Whether ``name`` stands in ``text`` only as part of a ratio to it (单位国内生产总值能耗, 占…比重)."""
    if name not in text:
        return False
    # (使轻工业产值在工业总产值中所占的比重继续上升: the whole a share is of)
    alone = re.compile(rf"(?<!单位)(?<!占){re.escape(name)}(?!比重|的比重|比例|能耗|二氧化碳|用水|占|中所占|中的比重)")
    return alone.search(text) is None
