"""What a part of unknown kind states rather than orders: definitions, relations with other states, what was done.

Topical parts after the review of a 1990s report ("三、加强农业…",
"七、外交工作") carry the year's tasks, so their sentences are taken as
targets; but they also say how things are, and review the year's diplomacy:

- a definition or a standing fact, with no marker of time: "农业是关系全局的问题。",
  "现代化建设有赖于国民素质的提高和人才的培养。" (``other`` in the 1994 and
  1999 labels), unless it names a task ("今年经济工作的重点是…");
- our relations with other states told as they went: "中德关系进入新的发展阶段。",
  "我国同周边各国的睦邻友好关系进一步加强。" (``achievement``), unless a condition
  makes them a forecast ("只要…，中美关系就会继续得到改善").
"""

from __future__ import annotations

import re

from core.reading import tense
from core.suggest.cue_rules.cues import NAMED_TASK

# What a thing bears on, no task: "生态环境关系人民福祉，关乎子孙后代和民族未来。" (2013), "…的斗争，关系社会主义现代化
# 建设的成败，…" (1987).  Bare 关系 is a verb only right after a comma: "推动构建新型国际关系和人类命运共同体" and
# "两岸关系的前途命运…" name relations.
_BEARS_ON = r"关乎|关系(?:到|着)"
_BEARS_ON_AFTER_COMMA = rf"{_BEARS_ON}|关系(?=[^，,。；;]{{0,16}}(?:成败|前途|命运|福祉|未来))"
# Where 是 is no copula of its own: 不是, 就是, 也是…, 要是 (if), 特别是 and 尤其是 (above all).
_NOT_A_COPULA = r"(?<![不就也都还正总可只别但凡更其要特])"
# "X是Y", "X有赖于Y", "X在于Y", "X直接关系Y", after at most one opening clause.
_DEFINITION = re.compile(
    rf"^(?:[^，,。；;：:]{{0,8}}[，,])?[^，,。；;：:是]{{2,18}}{_NOT_A_COPULA}"
    rf"(?:是(?!否)|有赖于|在于|直接关系到?|{_BEARS_ON})[^，,。；;]"
)
# The same with a subject of clauses, the copula opening the last part: "依法治国，是党领导人民治理国家的基本方略。",
# "这“三条保障线”，是目前条件下…社会保障制度的重要组成部分。" (1999), "…的总体蓝图，是进一步深化改革的行动纲领。" (1994)
_CLAUSE_DEFINITION = re.compile(
    rf"^[^。；;：:]{{2,60}}[，,](?:也|都|就|才|仍然|始终)?(?:是(?![否非])|{_BEARS_ON_AFTER_COMMA})[^，,。；;]"
)
# An action named as the subject of 是: "加快小城镇建设，是经济社会发展的一个大战略。" (1999),
# "实现祖国强盛和人民富裕，是全国各族人民的共同愿望。" (1994): its verbs name what is spoken of, they order nothing
# and report nothing.
_ACTION_SUBJECT = re.compile(
    # "提前实现农业发展纲要，不仅是几亿农民的事情，…而且是各个经济部门…的事情。" (1960)
    r"^(?P<subject>[^。；;：:是]{2,60})[，,](?:也|都|就|才|仍然|始终|不仅|不但|不只)?是(?![否非])(?P<predicate>[^。]*)"
)
# The same with no comma, the action opening on its verb: "实行对外开放是我国长期不变的基本国策。" (1987),
# "实行股份制是筹集建设资金和监督企业管理的一种有效方式，并有利于…" (1992).  Not where 是 stands inside what is
# held ("坚持房子是用来住的、不是用来炒的定位，落实…" (2018)) nor where an order follows.
_VERB_SUBJECT = re.compile(
    rf"^(?P<subject>(?:实行|坚持|实现|推进|推行|发展|加强|建立|进行)[^。，,；;：:是“”]{{1,20}}){_NOT_A_COPULA}是(?![否非])"
    r"(?P<predicate>[^。是]*)[。！!]?$"
)
_ORDER_FOLLOWS = re.compile(r"[，,；;](?:落实|建设|推进|加强|促进|加快|完善|健全|深化|推动|实施|抓好|做好|确保)")
# A task named as the subject: "今年经济工作的重点是…", "我们的首要任务，是…", "我们的方法是全面规划，加强领导，…"
# (1958) (a target).
_TASK_SUBJECT = re.compile(
    r"(?:任务|重点|目标|要求|方针|措施|工作|主题|中心|思路|方法|办法)[^，,。]{0,3}[，,]?(?:是|在于)"
)
# A goal or a task named as what the subject is: "知识分子劳动化，劳动人民知识化，是我们文化革命的目标。"
# (1964, a target), "加强水利建设是一项迫切任务。" (1997).
_TASK_PREDICATE = re.compile(rf"是[^，,。；;]{{0,20}}的(?:奋斗)?(?:目标|任务)[。！!]?$|{NAMED_TASK}[。！!]?$")

# Relations between states: 中德关系, 两国关系, 我国同周边各国的睦邻友好关系 (not 医患关系, 政商关系).
_RELATIONS_WENT = re.compile(
    r"(?:^中[^，,。；;、\s]{1,2}|两国|双边|(?:我国|中国)(?:同|与)[^，,。；;]{1,30})[，,]?[^，,。；;]{0,10}?"
    r"(?:关系|友谊|合作与交流|合作)[^，,。；;]{0,8}(?:不断扩大|进一步(?:加强|发展|改善)|继续(?:取得进展|发展|改善|加强)"
    r"|有了?[^，,。]{0,4}(?:改善|发展)|进展顺利|实现(?:了)?正常化"  # "中越两国关系实现正常化，…" (1992)
    r"|进入[^，,。]{0,8}阶段|翻开了|稳步发展|取得[^，,。]{0,6}(?:进展|成果)|得到[^，,。]{0,8}(?:加强|发展|改善)|日益(?:密切|发展))"
)
# The standing won abroad or at home, told at the end of the sentence: "…所作的不懈努力，在国际上赢得普遍赞赏。",
# "我国作为一支重要的和平力量，愈益受到国际社会的高度重视。" (1987), "…，赢得了广泛的赞誉。" (1999).
_STANDING_WON = re.compile(r"(?:赢得|受到)了?[^，,。；;]{0,10}(?:赞赏|赞誉|赞扬|重视|好评)[。]$")
# What is done to win it, a goal: "让广大教师受到全社会的尊重和重视。", "以实际行动赢得人民群众的信任和好评。"
_TO_WIN_IT = re.compile(r"让|使(?!用)|以[^，,。；;]{0,6}行动")
# Signs that it is won already, whatever tasks the sentence names on the way: the perfect, 愈益, 已, the effort made
# (所作的不懈努力).
_WON_ALREADY = re.compile(r"了|愈益|日益|越来越|已|所作的?")
_CONDITION = re.compile(r"只要|如果|就(?:会|能|可以|可能)")
_ORDER = re.compile(r"^(?:推动|促进|推进|加强|深化|巩固|发展|拓展|深入|继续|进一步)")  # 推动中美关系稳步发展: a task

# A sign that a sentence tells what was done, beyond the verbs a target uses too (实现, 完成, 达到, 增长5%):
# the perfect, 已, a stretch of time up to now (以来), or a result reached (取得重大成果; 取得新进展 is often a goal).
_DONE = re.compile(r"(?<![为除])了(?![解不])|已|以来|取得(?!新)[^，,。；;]{0,8}(?:成果|成就|进展|成效|成绩|突破)")


def states_how_things_are(text: str, future_markers: int, past_markers: int) -> bool:
    """A definition or standing fact, with no marker of time and no task as its subject.

    A past marker makes it a result however it is put ("特别令人高兴的是能源的生产超过计划的要求，…",
    "前几年首先是搞活农村经济…" (1985)).
    """
    if _TASK_SUBJECT.search(text) or _TASK_PREDICATE.search(text):
        return False
    if not future_markers and not past_markers:
        return bool(_DEFINITION.search(text) or _CLAUSE_DEFINITION.search(text))
    return _names_an_action(text)


# A figure, in digits or in words: "一九五八年国家对于开垦荒地的投资是二亿三千五百万元，…", "…，属于地方的是一百四十九
# 个。" (1958): what a plan part says is so in figures is its plan.
_FIGURE = re.compile(r"[0-9０-９]|百分之|[一二三四五六七八九十百千万亿]{2,}(?:个|元|斤|担|吨|亩|人|项)")


def defines_in_plan(text: str) -> bool:
    """A definition or standing fact in a plan part: no figure, no task as its subject or predicate, and no marker
    of time unless in an action named as the subject of 是 (``_names_an_action``: "实行对外开放是…基本国策" (1987)).

    A plan part argues from such sentences before it sets its tasks: "增强企业活力是经济体制改革的中心环节。",
    "繁荣文学艺术是陶冶人民道德情操和丰富人民精神生活的需要。" (1987), "城镇化是我国现代化建设的历史任务，…" (2013).
    """
    future, past = tense.time_weights(text)
    return not _FIGURE.search(text) and states_how_things_are(text, future, past)


def _names_an_action(text: str) -> bool:
    """An action is the subject of 是, and neither it nor what it is said to be names a time."""
    found = _ACTION_SUBJECT.match(text) or (_VERB_SUBJECT.match(text) if not _ORDER_FOLLOWS.search(text) else None)
    return (found is not None and not any(tense.time_weights(found.group("predicate")))
            and not tense.names_a_time(found.group("subject")))


def relations_went(text: str) -> str | None:
    """Our relations with other states told as they went this year, or None; a condition makes them a forecast."""
    found = _RELATIONS_WENT.search(text)
    if found is None or _CONDITION.search(text) or _ORDER.match(text):
        return None
    return found.group(0)


def standing_won(text: str) -> str | None:
    """The praise or regard won, closing a sentence that neither opens on an order, names what is done to win it
    nor holds a sign of the future; else None ("安全生产要受到…高度重视", "推动中国制造赢得…好评" are tasks).
    What was done to win it may read as tasks ("…，确保…，赢得了广泛的赞誉" (1999)): a sign that it is won already
    (``_WON_ALREADY``) outweighs them."""
    found = _STANDING_WON.search(text)
    if found is None or _TO_WIN_IT.search(text) or _ORDER.match(text):
        return None
    return found.group(0) if _WON_ALREADY.search(text) or not tense.time_weights(text)[0] else None


def told_as_done(text: str) -> bool:
    """Whether the sentence shows it tells what was done (the perfect, 已, 以来, a result reached)."""
    return bool(_DONE.search(text))
