"""Cues of time: what marks a sentence as done (a past span, a count, an estimate) or as to be done (this
year, an outlook, a plan figure, the main task), and a forecast, which is neither.

``GUIDELINES.md``: time decides between ``target`` and ``achievement``; these
cues read it where the part a sentence stands in does not say.
"""

from __future__ import annotations

import re

from core.suggest.cue_rules.cues import COMMITMENT_WITH_SUBJECT, NAMED_TASK, cue

# Naming this year turns such a sentence into a task: "…，是今年宏观调控的重要方面。"
THIS_YEAR = re.compile(r"今年|本年|全年|(?<![几两三四五多十])年内|明年")  # "在过去几年内" is no year planned

# Progress within the year planned, measured against the same months of the year before: a result.
IN_YEAR_PROGRESS = cue(
    "progress this year",
    r"比(?:去年|上年)同期",
    r"计划完成[0-9０-９]",
    r"完成(?:年|全年)?计划的?[0-9０-９]",
)

# "2023年是…之年", "过去的一年，是…的一年", "本届政府履职的五年，是…的五年".
YEAR_CHARACTER = re.compile(
    r"^(?:(?:走过|刚刚过去)的)?(?:(?:19|20|１９|２０)[\d０-９]{2}年|一九[〇零○一二三四五六七八九]{2}年|今年|去年|明年|过去的?一年|这一年|[^，,。]{0,30}的五年)"
    r"[，,]?(?:既|也|更)?是"
    r".*?(?:之年|一年|的五年|重要时期)(?:[，,][^，,。]{0,20})?[。！!]?$"
)

GENERAL_REQUIREMENT = cue(
    "general requirement",
    r"总体要求(?:是|为)",
    r"总的要求(?:是|为)",  # "今年政府工作总的要求是：…" (1999)
    r"(?:今年|本年)[^，,。；;]{0,12}(?:基本|工作)方针",  # "…明确提出了今年全党和全国工作的基本方针，这就是：" (1994)
    r"总体思路(?:是|为)",
    r"工作思路(?:是|为)",
    r"(?:主要)?预期目标(?:是|为)",
    r"主要目标(?:是|为)",
    r"指导思想(?:是|为)",
)

# A sentence that opens on the next five years announces an outlook: "今后五年，我们将…".
# Only at the start: "今后一个时期…" in passing does not turn a review into a plan.
OUTLOOK = cue(
    "five-year outlook",
    r"^(?:[^，,。]{0,6}[，,])?(?:在)?(?:今后|未来)(?:五|5)年",
    r"^“?十[一二三四五六七八九]五”?(?:时期|期间)(?:的)?(?:主要目标|目标任务|发展目标|奋斗目标)",
)

# Past markers strong enough to call a sentence in a part of unknown kind an achievement.
PAST_PERIOD = cue(
    "past period",
    r"去年",
    r"上年",
    r"过去(?:的)?(?:一|五|5)年",
    r"一年来",
    r"(?:五|5)年来",
    r"已经",
)

FIVE_YEAR_REVIEW = cue(
    "five-year review",
    r"过去(?:的)?(?:五|5)年",
    r"(?:五|5)年来",
    r"这(?:五|5)年",
    r"本届政府(?:履职|任期)",
)

# A sentence that opens on the period reviewed: "五年来，我们…", "过去五年，…", "一年来，…".
PERIOD_OPENING = re.compile(r"^(?:(?:[一二三四五几]|5)年来|过去(?:的)?(?:一|五|5)年)[，,]")

# A sentence in a plan part that opens on a past stretch of time: "在过去几个月中，…", "1955年以来，…".
PAST_OPENING = cue(
    "past opening",
    r"^(?:在)?(?:过去(?:的)?(?:几个月|几年|一年|五年)|[^，,。]{0,10}以来|几年来|近几年|前几年)",
    # "一年多来，我们认真执行了…方针，…" (1980), "这些年，我国制造业积累了较大产能，…",
    # "近些年是我国农业发展最快…的时期。" (2013)
    r"^(?:[一二三四五六七八九十两]+年多?来|这些年|近些年)",
    # "去年，控制固定资产投资过度增长的工作初见成效，…比上年增长７．３％，…" (1987), "去年居民消费价格涨幅回落到
    # 2.6%，这是…一个重要成果，…" (2013)
    r"^去年",
)

# A sentence that opens on the past year: "一年来，我们…", "过去的一年，我们…".
PAST_START = cue("past year", r"^(?:一年来|过去的?一年|去年)[，,]")

ESTIMATE = cue("estimate in review", r"预计")

# A stretch of the past named anywhere in a sentence: "…劳动生产率在过去几年内有很大的提高。" (1956).
PAST_SPAN = cue(
    "past span",
    r"过去(?:的)?(?:几|一|两|三|五|十)(?:个月|年)(?:内|中|来|里)?",
    r"过去几年来|几年来|近几年|前几年|多年来",
)

# A stretch of decades looked back on, longer than any period a report reviews: "在半个多世纪内相继进行了…",
# "经过近三十年的斗争和教育，…", "我们在建国以后的长时期努力中，…", "毛泽东同志在建国初期，…" (1979),
# "多少年来我们一直期求…" (1985).  History told as background, not the year's or the five years' results.
HISTORY_SPAN = cue(
    "history over decades",
    r"半个多?世纪",
    r"经过(?:近|将近)?[二三四五六七八九]十多?年",
    r"[二三四五六七八九]十多?年来|几十年来|多少年来",
    r"建国(?:以后|以来)的长时期|建国初期",
)
# A figure, in digits or in words: "粮食增产一点四倍" tells a result however long the span (1975).
_FIGURE = re.compile(r"[0-9０-９]|百分之|[一二三四五六七八九十两]倍")

# Figures of a survey or count: "据本年5月份的统计，…已经占总农户的90%以上" (1956): measured, so done.
STATISTICS = cue("statistics", r"据[^，,。]{0,16}(?:统计|调查)")

# The plan for the work ahead being prepared: "为此，国务院已经组织各方面力量认真总结前几年的改革经验，精心研究进一步
# 配套改革的具体实施方案，…", "目前，我们正在进行深入系统的调查研究，并准备…制定出…改革方案" (1987): work under way
# towards a plan is a task, whatever past it draws on.
PLAN_IN_PREPARATION = cue(
    "plan target cue",
    r"(?:已经|正在)[^。]{0,30}(?:研究|制定|拟定|起草)[^。，,]{0,20}方案",
)

PLAN_TARGET = cue(
    "plan target cue",
    r"力争",
    r"确保",
    r"争取",
    r"左右",
    r"以上",
    r"以内",
    r"突破",
    r"达到\d",
)

# The main task stated as a definition: "文化革命最主要的任务是彻底反对资本主义…" (1964), "我们的主要任务，就是有系统、
# 有计划地进行社会主义现代化建设" (1979), "知识分子劳动化，劳动人民知识化，是我们文化革命的目标。" (1964).
MAIN_TASK = re.compile(
    r"(?:主要|首要|中心|根本)的?任务[，,]?(?:就|仍然|还)?是(?!由于|因为)|[，,]是(?:我们)?[^，,。]{0,10}的(?:目标|奋斗目标)[。]$"
    # What a task has become: "由于农村人民公社化的实现，积极推行农业的技术改造，已经成为全党全民的重要任务。" (1960)
    r"|[，,](?:已经)?成为[^，,。]{0,10}的(?:重要|主要|首要|中心)?任务[。]$"
    # A task called urgent or major (``NAMED_TASK``), closing the sentence.
    rf"|{NAMED_TASK}[。]$"
)


# A forecast, not a task: "…就一定能够把各个战线的社会主义革命进行到底。", "在今后…一定还会遇到许多新的问题" (1964),
# "我们完全有信心…一定能够在比十二年更短的时间内完成…" (1960).  "一定要" is a commitment, and so is a sentence
# with an obligation or "要" beside it (``is_forecast``).
FORECAST = re.compile(r"(?:一定|必定|必然)(?:还)?(?:能够|能|会)")
_TASK_WORD = re.compile(r"必须|应当|应该|需要|(?<![重主必只首纲紧需])要(?![求素务点])|一定要|决心|努力|争取|力争|确保")


# "我们再用二十多年的时间，一定能够在本世纪内把我国建设成为…强国" (1975) is our aim; "我们完全有信心…一定能够…"
# (1960) and "我们…团结…，就一定能够…" (1964) are a belief and a condition.
_OUR_AIM = re.compile(r"^(?:我们|我国)(?![^。]*(?:信心|相信|就一定))")
# Our targets said to be within reach stay targets: "…今年的各项目标任务一定能够实现。"
_TARGET_REACHED = re.compile(
    r"(?:目标|任务|计划)[^。，,]{0,6}(?:一定|必定)(?:能够|能|会)(?:实现|完成)"
    r"|(?:一定|必定)(?:能够|能|会)(?:实现|完成)[^。，,]{0,12}(?:目标|任务|计划)"
)


# A result, then what it will grow into: "…整个国民经济已经全面好转，并且将要进入一个新的发展时期。", "…对农业生产已经
# 发挥了一定的作用，今后还将发挥更大的作用。" (1964).  The last clause forecasts, it sets no task: the result is the
# main clause (as "调整…的任务已经基本完成，…并将进入一个新的发展时期" is labelled).
RESULT_THEN_FORECAST = re.compile(
    r"已经[^。]*[，,](?:并且?|而且)?(?:今后|将来)?(?:还|也)?将(?:要|会)?"
    r"(?:进入[^。，,]{0,12}(?:时期|阶段)|发挥[^。，,]{0,8}作用)[。！!]?$"
)


def is_forecast(text: str) -> bool:
    """"…一定能够…" with no obligation, no "要" and no aim of ours: a belief in what will come."""
    return (
        bool(FORECAST.search(text))
        and not _TASK_WORD.search(text)
        and not COMMITMENT_WITH_SUBJECT.match(text)
        and not _OUR_AIM.match(text)
        and not _TARGET_REACHED.search(text)
    )


def history_told(text: str) -> str | None:
    """The span of decades a sentence looks back on (``HISTORY_SPAN``), when it states no figure; else None."""
    found = HISTORY_SPAN.find(text)
    return found if found and not _FIGURE.search(text) else None
