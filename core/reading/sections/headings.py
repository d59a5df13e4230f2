"""Recognise heading lines and the kind of part they open.

Part headings are ``一、…`` or unnumbered titles such as ``回顾2022年工作``;
sub-section headings are ``（一）…``/``(一)…``, standing alone or running on
into the body of the paragraph.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.reading.model import KIND_OTHER, KIND_PLAN, KIND_REVIEW, KIND_SELF

CHINESE_NUMERAL = "一二三四五六七八九十"
# The number of an item of a list a paragraph opens on: 一是, 二要, 第三，.
ITEM_NUMBER = re.compile(r"\s*(?:(?P<number>[一二三四五六七八九十]{1,3})[是要](?=[\u4e00-\u9fff])"
                         r"|第(?P<ordinal>[一二三四五六七八九十]{1,3})[，,、])")
_NUMERAL = f"[{CHINESE_NUMERAL}]{{1,3}}"

PART_NUMBER = re.compile(rf"^{_NUMERAL}[、.．]\s*")
SUB_NUMBER = re.compile(rf"^[（(]{_NUMERAL}[)）]\s*")

# A heading ends at its first sentence end when that comes this soon.
MAX_HEADING = 60
# A stand-alone part title without a number is no longer than this.
MAX_UNNUMBERED_PART = 40

_SENTENCE_END = re.compile(r"[。！？!?]")
_GAP = re.compile(r"[ \u3000\u00a0\t]+")
_PUNCTUATION = re.compile(r"[，,。；;：:！!？?、“”\"（）()]")

_SELF_WORDS = re.compile(
    r"政府自身建设|自身建设|政府建设|作风建设|现代政府建设|服务型政府|法治政府|政府治理|廉洁政府|政府职能|政风建设|行政能力建设"
)
_REVIEW_WORDS = re.compile(r"回顾|过去[一五十]?年|成就|成绩|工作总结|主要工作|以来的工作|一年来|执行情况|取得了")
# A heading that says a goal was reached reviews it, whatever else it names: 一、"九五"计划的主要目标胜利实现.
_ACHIEVED = re.compile(r"(?:胜利|全面|顺利|基本|超额)(?:实现|完成)了?[^，,、]{0,4}$")
_PLAN_WORDS = re.compile(
    r"工作安排|重点工作|目标|总体要求|工作思路|主要任务|工作建议|今后|展望|未来|部署|做好\d{4}年|任务|建议|主要措施"
)  # 目标: 主要预期目标, "十五"期间的奋斗目标
# A part on the economic situation alone reviews the year it is given in (1981: （一）当前的经济形势), though it may
# look ahead as well: a guess the suggestions do not lean on (``reviews_by_its_situation``).
_SITUATION = re.compile(r"经济形势$")


def reviews_by_its_situation(title: str) -> bool:
    """A part titled on the economic situation alone, taken for a review."""
    return _SITUATION.search(title) is not None and part_kind(title) == KIND_REVIEW
_YEAR_PART_WORDS = re.compile(r"工作|情况|形势|执行|发展|经济|计划")
_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?=年)")
# Years written in Chinese numerals (一九八六年) or full-width digits (２００１年), as older reports write them.
# (older texts write the zero as 〇, 零 or the circle ○)
_CHINESE_YEAR = re.compile(r"(?<![〇零○一二三四五六七八九十百千万亿])[一二][〇零○一二三四五六七八九]{3}(?=年)")
_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九０１２３４５６７８９", "000123456789" + "0123456789")


@lru_cache(maxsize=16384)
def arabic_years(text: str) -> str:
    """``text`` with years in Chinese numerals or full-width digits written in ASCII digits; same length."""
    text = re.sub(r"[０-９]", lambda match: match.group().translate(_YEAR_DIGITS), text)
    return _CHINESE_YEAR.sub(lambda match: match.group().translate(_YEAR_DIGITS), text)
_PART_TITLE_WORDS = re.compile(
    r"回顾|工作安排|重点工作|目标任务|预期目标|总体要求|工作思路|主要任务|基本任务|执行情况|主要措施|政府自身建设|"
    r"做好\d{4}年工作|\d{4}年.{0,8}工作$|"
    # 1988: 过去五年国内工作的基本总结, 今后五年建设和改革的目标、方针和任务, 关于外交工作, 结束语
    r"基本总结$|目标、方针和任务$|^关于[\u4e00-\u9fff]{2,8}工作$|^结束语$"
)
# A list in a title (目标、方针和任务): the one mark of punctuation a stand-alone title may hold.
_LISTED_IN_A_TITLE = re.compile(r"、")


def part_kind(title: str, report_year: int | None = None) -> str:
    """``review``, ``plan``, ``self`` or ``other`` for a part heading."""
    title = arabic_years(title)
    if _ACHIEVED.search(title):
        return KIND_REVIEW
    if _SELF_WORDS.search(title):
        return KIND_SELF
    review = _REVIEW_WORDS.search(title)
    plan = _PLAN_WORDS.search(title)
    if review and plan:
        return KIND_REVIEW if review.start() < plan.start() else KIND_PLAN
    if review:
        return KIND_REVIEW
    if plan:
        return KIND_PLAN
    year = _YEAR.search(title)
    if year and report_year and _YEAR_PART_WORDS.search(title):
        # 一九八六年的经济形势, 一九九四年计划执行情况: last year reviewed; 一九八七年的经济工作: this year's plan
        return KIND_REVIEW if int(year.group()) < report_year else KIND_PLAN
    if _SITUATION.search(title):
        return KIND_REVIEW
    return KIND_OTHER


def heading_year(title: str) -> int | None:
    match = _YEAR.search(arabic_years(title))
    return int(match.group()) if match else None  # int() reads full-width digits too


def numbered_heading_length(line: str, number_end: int) -> int:
    """How much of ``line`` (which opens with a heading number) is the heading.

    The heading ends at its first sentence end when that is short; a line
    without one is a heading as a whole when it is short.  0 means the line
    is not a heading (a long sentence that only starts with a number).
    """
    match = _SENTENCE_END.search(line, number_end)
    gap = _GAP.search(line, number_end + 1, number_end + MAX_HEADING)
    if gap and (match is None or gap.start() < match.start()) and len(line) - gap.end() > MAX_HEADING:
        return gap.start()  # paragraphs run together on one line: the heading ends at the gap
    if match and match.end() <= MAX_HEADING + number_end:
        end = match.end()
        while end < len(line) and line[end] in "”’」』)）":
            end += 1
        return end
    if match is None and len(line) <= MAX_HEADING + 20:
        return len(line)
    return 0


def is_unnumbered_part_title(line: str) -> bool:
    """A short stand-alone line like ``回顾2022年工作`` or ``加强政府自身建设``."""
    if len(line) > MAX_UNNUMBERED_PART or _SENTENCE_END.search(line):
        return False
    if _PUNCTUATION.search(_LISTED_IN_A_TITLE.sub("", line)) and not _SELF_WORDS.search(line):
        return False
    return bool(_PART_TITLE_WORDS.search(line) or _SELF_WORDS.search(line))


def is_headline(line: str) -> bool:
    """A short line with no punctuation at all, like a part's subtitle."""
    return 6 <= len(line) <= MAX_UNNUMBERED_PART and not _PUNCTUATION.search(line) and not line.isdigit()
