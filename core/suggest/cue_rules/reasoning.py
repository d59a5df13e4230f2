"""The reasoning a report gives for its tasks: why a thing matters, what caused a state, what follows unless a
thing is done (1987).

A plan part may argue at length before it sets a task: the weight of a field
("…对于国民经济全局具有极端的重要性。"), the cause of a past trouble ("…所以很不
稳定，一个重要原因就是农业发展缓慢…", "…，是资产阶级自由化思潮泛滥的结果。") and the
harm that follows if nothing is done ("如不加以正确引导，不仅将使资金积累减少，…",
"不坚持四项基本原则，安定团结的政治局面就会遭到破坏，…").  ``GUIDELINES.md`` gives such
sentences ``other`` (causes, background, rhetoric without a task); a duty in the
sentence ("…具有极其重要的意义，必须坚定不移地继续贯彻执行…") keeps it with the
time rules.  So does a duty drawn at the end of a proof or of a fault named
(``duty_drawn``): "实践证明，上述方针政策有力地保证了斗争的健康发展，今后必须继续坚定不移地
贯彻执行。", "有些地方、部门和企业乘价格改革之机乱收费、…，必须坚决加以纠正。" (1987)
are tasks, the later clause deciding (GUIDELINES.md: mixed sentences).

Two more kinds of sentence are read apart from the words that would make
them reasoning or a problem: a result of the period reviewed told before
its ground (``result_then_ground``: the result is the main clause), and
problems named as what an order hands on (``handled_by_order``: "要把…工作中
遇到的困难和问题，及时向群众进行宣传解释。" is a task).
"""

from __future__ import annotations

import re

from core.reading.tense import PERFECT
from core.suggest.cue_rules.cues import GOVERNMENT_DUTY, Finding

# A duty or an order beside the reasoning: the sentence states a task.
_TASK = re.compile(r"必须|应当|应该|务必|一定要|(?<![重主必只首纲紧需就])要(?![求素务点害领旨略塞冲道])")

# How much a thing matters, said at the end of the sentence: "…对于国民经济全局具有极端的重要性。", "这对于…，都有着
# 极大的现实意义和深刻的长远意义。", "…，对于圆满实现增产节约、增收节支的任务具有决定性意义。" (1987).  A result told
# before it ("…都列入了…的内容，这…具有重要的意义" (1979)) is what such a sentence reports.
_SIGNIFICANCE = re.compile(r"(?:具有|有着)[^。，,；;]{0,16}(?:重要性|意义)[。！!]?$")
# The cause of a state: "…，一个重要原因就是农业发展缓慢和收成不稳定。", "这种新老体制并存的状态，是…产生某些问题的一个
# 重要原因。", "…，但从根本上来说，是资产阶级自由化思潮泛滥的结果。" (1987), "这是…正确领导的结果" (2013).
_CAUSE = re.compile(
    r"原因(?:就|也)?(?:是|在于)|(?<![但凡])是[^。]{0,60}的(?:一个)?(?:重要|主要|根本|直接)?原因[。]$"
    r"|(?<![但凡])是[^。，,；;]{0,30}的结果[。]$"
)
# What follows unless a thing is done, or if it is let go on: "如不加以正确引导，不仅将使资金积累减少，…",
# "如不及时采取…措施改变这种状况，今后几年财政赤字还有进一步增大的可能，…", "听任资产阶级自由化思潮继续泛滥下去，就会…",
# "不实行改革和开放，社会主义就会停滞和僵化，…", "如不进行改革，就不可能形成…完善的社会主义市场体系，…" (1987),
# "如果不积极进行改革，…，就会失去群众；…" (1985).
_UNLESS = re.compile(
    r"^(?:[^，,。]{0,8}[，,])?(?:如不|如果不|若不|倘若不|假如不|听任|任其|不)[^，,。；;]{2,30}[，,]"
    r"[^。；;]{0,40}(?:就会|就将|将会|也会|会使|将使|就不可能|就不能|有[^。，,；;]{0,12}的(?:可能|趋势|危险))"
)


# A duty drawn from what was said before it: "…，今后必须继续…", "…，因此，国务院认为，这些政策应该长期稳定不变，…"
# (1979), or the fault just named to be put right: "…，必须坚决加以纠正。" (1987), or the government's duty in a later
# clause: "鉴于…还存在阶级斗争，…，当前在…的过程中，各级政府要注意教育干部和群众，…" (1979).
_DUTY_DRAWN = re.compile(
    r"[，,](?:今后|因此)[，,]?[^。]{0,20}(?:必须|应该|应当|一定要)"
    rf"|[，,]{GOVERNMENT_DUTY}"
    r"|[，,](?:必须|一定要|务必)(?:坚决|切实|认真|及时)?(?:加以)?(?:纠正|制止|改正|查处|克服)"
)


# A result of the period reviewed, then what it is for the whole:
# "我国安定团结的政治局面在过去的一年里继续得到巩固，这是经济和社会发展的重要保证。" (1987).  The result is the main
# clause; the ground only weighs it.
_RESULT_THEN_GROUND = re.compile(
    r"^[^。；;，,]*(?:去年|过去的?一年|一年来|已经)[^。；;]*(?:得到|取得|获得|实现|完成)[^。；;]*[，,]这(?:也|就)?是"
)


def result_then_ground(text: str) -> bool:
    """Whether ``text`` tells a result of the period reviewed and then what it is for the whole."""
    return bool(_RESULT_THEN_GROUND.search(text))


# An order that opens the sentence and takes the problems as what it handles: "要把方针政策、工作部署、…以及工作中遇到的
# 困难和问题，及时向群众进行宣传解释。" (1987).
_ORDER_ON = re.compile(r"^(?:[^，,。]{0,8}[，,])?(?:要|必须|应当|应该)(?:把|将|对)")


def handled_by_order(text: str, found: str) -> bool:
    """Whether the problem words ``found`` are what an order opening ``text`` handles, not a problem it states."""
    order = _ORDER_ON.search(text)
    return order is not None and text.find(found, order.end()) >= 0


def duty_drawn(text: str) -> bool:
    """Whether ``text`` ends its proof or the fault it names in a duty of ours, which is then what it says."""
    return bool(_DUTY_DRAWN.search(text))


def find(text: str) -> Finding | None:
    """What ``text`` argues (why a thing matters, a cause, what follows unless) rather than orders, if it does."""
    if _TASK.search(text):
        return None
    found = _SIGNIFICANCE.search(text)
    if found and not PERFECT.search(text):
        return Finding("principle", f"statement of principle: {found.group(0)[-12:]}")
    found = _CAUSE.search(text)
    if found:
        return Finding("explanation", f"explanation: {found.group(0)[-12:]}")
    found = _UNLESS.search(text)
    if found:
        return Finding("argument", f"argument: {found.group(0)[:12]}")
    return None
