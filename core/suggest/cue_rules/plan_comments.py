"""Comments on a plan, not the plan itself (1958: a plan report of the 1950s).

A plan report says more than its targets: what a planned work will bring
once built, under what condition a target can be reached, how a figure
compares, what a policy is, which examples show a method, and where the
speaker leaves a topic aside.  ``GUIDELINES.md`` gives such sentences
``other`` (background, causes, rhetoric without a task); an obligation or a
commitment in the sentence keeps it with the time rules.
"""

from __future__ import annotations

import re

from core.suggest.cue_rules.cues import MEASURE_VERBS, YEAR_TARGET_FIGURE, Cue, cue

# An order or a commitment beside the comment: the sentence states a task ("…，就要…", "我们必须…").
# "需要" as a noun ("…更多地供应农业发展的需要") is no obligation.
_TASK = re.compile(
    r"必须|应当|应该|(?<!的)需要(?![。，,；;])|一定要|决心|(?<![重主必只首纲紧需就])要(?![求素务点高低快慢大小多少])"
)

# The speaker leaving a topic aside or announcing what comes next: "关于科学研究工作，这里不准备多讲。",
# "其他各省农民的许多英雄事例，这里就不一一列举了。", "这里，我想附带地说明一下关于…的问题。",
# "现在来说我国一九五七年度国民经济计划的执行结果。", "在这里，还必须特别指出国际方面的有利形势。"
SPEAKER_ASIDE = cue(
    "procedure",
    r"这里(?:就)?不(?:准备|再|一一|多)(?:多讲|多说|细说|重复|列举)",
    r"^(?:在)?这里[，,]?我(?:们)?(?:想|再|还)?(?:附带地?)?(?:说明|谈|讲|说)一下",
    r"^现在(?:来|再)?(?:说|谈|讲)(?:一下|一说|到)?[^，,。]{2,30}[。]$",
    r"^(?:在)?这里[，,]?(?:还)?(?:必须|需要|应该)?(?:特别)?指出[^，,。]{2,20}[。]$",
    r"^(?:在)?这里(?:要|还要|我想)?(?:说到|谈到|提到)[，,]",
    # What time it is: "现在已经到了一九五八年二月份。"
    r"^现在已经(?:到了|是)[^，,。]{2,16}[。]$",
    # A list of facts announced: "这里举出下列的一些事实。"
    r"(?:举出|列举|举)(?:下列|以下|如下)的?(?:一些)?(?:事实|例子)",
    r"(?:情况|安排)[^。]{0,4}(?:是这样|主要如下|如下)[：:。]$",
)

# How a figure of the plan compares or what it is worth: "这个速度，大大地超过了我国第一个五年计划的平均速度。",
# "这个速度，比一九五七年要高得多。", "这个数字显然是过大了。"
FIGURE_COMMENT = cue(
    "explanation",
    r"^这(?:个|些|一|种)?(?:速度|增长速度|数字|指标|水平|比例|比重)[，,]?[^。；;]{0,30}"
    r"(?:超过了|高得多|低得多|快得多|慢得多|过大|过小|过高|过低|相当高|是很高|都很高)",
)

# What a planned work or a measure will bring once done: "当这些新的生产能力发挥出来的时候，…就可以…更多地供应…",
# "当这几条铁路干线…建设完成以后，将使…", "这将是我国机器制造工业的一个跃进。", "…，对于…新高潮是一个极大的支援。"
PLAN_EFFECT = cue(
    "argument",
    r"^当[^。]{2,50}(?:的时候|以后|之后)[，,]",
    r"^这(?:也|又)?将是[^，,。]{0,30}[。！!]$",
    r"对(?:于)?[^。，,]{2,24}是一个[^。，,]{0,8}的?(?:支援|支持|帮助|鼓舞|贡献)[。]$",
    # "另一方面，把许多…划给地方办理，就可以使中央更加集中力量…"
    r"[，,](?:也)?就可以使",
    r"^[^。]{2,20}[，,](?:一方面[，,])?使[^。]{0,30}能够更",
    r"[都也]?有好处[。]$",
    # What a kind of thing can do: "这种新型学校能够培养出…新型的人来，为…创造条件。" (1964)
    r"^这(?:种|类)[^，,。]{0,12}能够",
    # What a measure or a material is worth (1980): "新型建筑材料，对建筑行业实现快速施工…，有重要意义。"
    r"(?<!具)有(?:重要|重大|深远)的?意义[。]$",
)

# A condition met, then what follows: "只要不遇到特别严重的自然灾害，这些指标是能够达到的", "毫无疑义，只要我们所有的
# 基层单位…，超额完成国家计划，就有充分可靠的保证。", "有的企业甚至只要花过去一半…的钱，就可以…".  It holds even when a
# task is named inside the condition ("把国家制定的必须完成的计划…").
SURE_CONDITION = cue(
    "argument",
    r"(?:^[^，,。]{0,12}|[，,])只要[^。]{2,240}(?:就|是|都)(?:一定|必将|能够|可以|可|有[^。，,]{0,8}保证)",
)
# What a goal needs, not a task: "但是，要实现这个前途，必须具备必要的条件。", "…对于农业机械化的实现，又必须有
# 工业和其他部门的支援。" (1960), "我们要发展社会主义科学文化，必须有一支强大的工人阶级知识分子队伍。" (1964): the
# 必须 names a condition that must exist ("有", "具备"), no measure anyone is to take.
# The conditions of a goal listed, or what a whole set of tasks needs: "就实现社基本所有制的条件来说，第一，…达到了…"
# (its 了 tells no result), "…各部门对农业的支援，都是必须发动亿万人民群众的力量，才能做好的事情。" (1960).
NEEDED_CONDITION = cue(
    "argument",
    r"(?:要|为了|对于)[^。；;]{2,40}[，,](?:就|又|还|也)?(?:必须|需要)(?:有|具备)",
    r"^就[^，,。]{2,30}的条件(?:来说|而言)[，,]",
    r"是(?:必须|需要)[^。]{2,40}才能[^。，,]{0,8}的(?:事情|事)[。]$",
)
# What the facts prove: "去年秋季开始的工农业生产新高潮更加证明：…" (what it lists may hold "要花很多钱").
PROOF = cue("explanation", r"(?:更加|再次|充分)证明[：:]")
# A condition, not a task: "如果适当地压缩库存，…就可使…减少三分之一左右", "由于我们有了这样的…基础，…也就能够进行得
# 更多、更快", "这种可能性能否变为现实性，关键在于…"
CONDITION = cue(
    "argument",
    r"^(?:[^。]{0,60}[，,])?(?:而)?(?:如果|假如|倘若)[^。]{2,80}(?:也|那)?就(?:可以|可使|可|不可能|将|能够|会)",
    r"^由于[^。]{2,60}[，,][^。]{0,30}(?:也)?就能够",
    r"(?:能否|能不能)[^。，,]{2,20}[，,]关键(?:是|在于)",
    r"将[^。，,]{0,10}起[^。，,]{0,4}作用[。]$",
)

# A policy or a condition stated as a definition: "…，是中央发展冶金工业的一个重要方针。", "保证必需物资的进口，是完成…
# 计划的一个重要条件。", "农作物增产的主要途径，是提高单位面积的产量。", "试制新产品，是为了增加新产品。"
POLICY_DEFINITION = cue(
    "principle",
    r"^[^。；;]{2,70}[，,](?:也)?是[^，,。；;]{0,30}(?:重要|基本)的?(?:方针|条件)[。]$",
    r"^[^，,。]{2,20}的(?:主要|根本|基本)途径[，,]?(?:是|在于)",
    r"^[^，,。]{2,20}[，,](?:就|都|也)?是为了",  # "以上这些经济改革措施，都是为了进一步促进…" (1980)
    # What a stance is for: "我们反对美化资产阶级“自由”、“民主”的错误思潮，不赞成搞“大民主”，正是为了更好地发展社会主义
    # 民主。" (1987)
    r"^(?:[^，,。]{2,30}[，,]){1,3}正是为了",
    # "这是今后一个长时期的节能途径，也是向工业现代化前进的重大步骤。" (1980)
    r"^这(?:也)?是[^。，,]{2,30}(?:途径|步骤)",
    r"^[^，,。]{2,20}的(?:本来的)?目的[，,]?(?:是|就是|在于)",
    r"[，,](?:但是?[，,]?)?[^，,。]{0,4}的关键(?:是|在于)[^。，,]{1,12}[。]$",
)

# Examples cited and proofs drawn from them: "在讨论今年计划草案的时候，也有许多这样动人的范例。", "所有的事实，
# 充分地显示了…信心和…力量！", "这个…的过程，证明了我国社会主义经济的巨大优越性"; a cause, a judgement, a distinction.
EXAMPLE_OR_PROOF = cue(
    "explanation",
    r"(?:这样|这类)的?[^。，,]{0,4}(?:范例|例子|事例)[。]$",
    r"就是一种[^。，,]{0,8}的?例子",
    r"^(?:所有的?|这些|上述)?事实[，,]?(?:充分地?|都)?(?:显示|证明|表明|说明)了",
    r"^这(?:个|种)[^。]{2,30}[，,](?:充分地?)?(?:显示|证明|表明)了[^。]{0,40}(?:优越性|力量|正确)",
    # "…调整工作的巨大成就，…，充分地证明了社会主义制度的优越性，证明了…" (1964): what the results prove.
    r"(?:充分地?)?证明了[^。，,]{0,24}(?:优越性|正确)",
    r"是[^。，,]{0,20}的一个证明[。]$",  # "…，但它无论如何是社会主义制度优越性的一个证明。" (1979)
    r"是[^。]{0,30}的?一种(?:好|正常的)现象[。]$",
    r"^(?:一种|另一种)是[^，,。]{0,8}的方法",
    # A cause named at the head of the review: "…取得的伟大胜利，最基本的推动力量是…整风运动" (opens no closing part).
    r"(?:最基本|根本|主要)的推动力量是",
    r"的区别[，,]?就是[^。]{0,30}的区别[。]$",
)

# A bare topic title run into the text: "冶金工业。", "建筑材料工业。" ("大力发展社会事业。", "办好人民满意教育。" are
# tasks).
SECTOR_TITLE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:工业|农业|运输业?|商业|事业|教育)[。]$")

# The favourable conditions named, no task: "…给了我们这种有利条件", "当前的有利条件还不止这一些…"
# ("…给我们创造的有利条件是这样：…" goes on to list results).
FAVOURABLE = cue("background", r"有利(?:条件|形势)(?!是这样)")

# Figures of the plan restated, then judged: "一九五八年计划粮食产量三千九百二十亿斤…的指标，…都是很积极的。" is a
# target.
_AMOUNT = "[零一二三四五六七八九十百千万亿0-9０-９]{2,}(?:亿|万)?(?:斤|担|吨|元|千瓦|公里)"
_PLAN_FIGURE = re.compile(rf"指标[^。]{{0,40}}{_AMOUNT}|计划[^。，,]{{0,12}}{_AMOUNT}[^。]{{0,30}}指标")
# A task of the present stated as a definition: "…，这是当前机器制造工业部门的一个特别重要的任务。" (as 1964, 1999).
_CURRENT_TASK = re.compile(r"(?:当前|目前)[^。，,]{0,20}任务")


# A target named with its figure or goal, then said to be within reach: "…节约油百分之五到十，这个目标经过努力是完全可以
# 达到的。" (1979), "…翻两番的目标，…是切合实际和完全可以达到的。" (1987), "实现7％左右的增长速度并不容易，但是…还是可以
# 达到的。" (1999).  Without a figure it is a verdict only: "…，这些指标是能够达到的，…" (1958).
_REACHABLE = re.compile(r"(?:可以|能够|能)(?:达到|实现)的[。！!]?$")
_TARGET_FIGURE = re.compile(rf"[0-9０-９][％%]|百分之|翻[一两番]|{_AMOUNT}")


def restates_plan_figures(text: str) -> bool:
    """Whether ``text`` restates figures of the plan (its "…是…的" is a verdict on targets it names)."""
    return bool(_PLAN_FIGURE.search(text))


def target_within_reach(text: str) -> bool:
    """Whether ``text`` names a target by its figure or goal and says it can be reached: the target, not an argument."""
    return bool(_REACHABLE.search(text) and _TARGET_FIGURE.search(text))


def names_current_task(text: str) -> bool:
    """Whether ``text`` names a task of the present ("当前…任务"): a definition of it is a task, no principle."""
    return bool(_CURRENT_TASK.search(text))


# A result dated in the plan part: "…代表团已于今年一月十八日在莫斯科同苏联签订了…协定" (1958).
DONE_ON_DATE = cue("done already", r"已于[^。，,]{2,20}[日月][^。]{0,30}(?<![为除])了(?![解不])")


# The families read in every part, and those read only outside a review (where "当…的时候，…采取了…" or "由于…，
# …就能够…" may tell what was done).
_ANYWHERE: tuple[tuple[str, Cue], ...] = (
    ("explanation", EXAMPLE_OR_PROOF),
    ("principle", POLICY_DEFINITION),
)
_OUTSIDE_REVIEW: tuple[tuple[str, Cue], ...] = (
    ("explanation", FIGURE_COMMENT),
    ("argument", CONDITION),
    ("argument", PLAN_EFFECT),
    ("background", FAVOURABLE),
)


def find(text: str, in_review: bool = False) -> str | None:
    """Why ``text`` comments on a plan rather than stating a target or a result, if it does."""
    if SECTOR_TITLE.match(text) and not MEASURE_VERBS.search(text):
        return "comment on the plan: title line run into the text"
    for kind, family in (("procedure", SPEAKER_ASIDE), ("argument", SURE_CONDITION), ("argument", NEEDED_CONDITION),
                         ("explanation", PROOF)):
        found = family.find(text)
        if found:
            return f"comment on the plan ({kind}): {found[:12]}"
    if _TASK.search(text) or YEAR_TARGET_FIGURE.search(text):
        return None
    for kind, family in _ANYWHERE if in_review else _ANYWHERE + _OUTSIDE_REVIEW:
        found = family.find(text)
        if found:
            return f"comment on the plan ({kind}): {found[:12]}"
    return None
