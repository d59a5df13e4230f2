"""Theory told in a report: what holds at any time, not what was done or is to be done.

Older reports argue their policy from theory (1964: the class struggle, the
laws of nature and society).  ``GUIDELINES.md`` gives such sentences
``other`` (background, rhetoric without concrete content), whatever their
"要" or "了" would say of time:

- what always happens, or tends to: "…，人类总是不断发展的，…", "这些新的资产阶级分子…，总是要从…寻找…",
  "新的和旧的资产阶级分子及其他剥削分子总是结合起来，反对社会主义。" (1964),
  "…，往往会在某种程度上影响到人们对待改革的态度。" (1987);
- what was never done and never will be: "…，过去没有、今后也决不会依赖别人过活。" (1964);
- what a thing rests on: "国际合作必须建立在自力更生的基础上。" (1964);
- what must be done over a whole historical stage: "在这个历史阶段中，必须…进行彻底的社会主义革命。" (1964);
- a claim denied: "但是，绝不能说资本主义复辟是不可避免的", "当然，这绝不是说，…" (1964);
- what life or the facts have taught: "我国的现实政治生活反复地教育了我们。" (1964), "事实完全证明，这个纲要是…"
  (1960);
- what a thing is, must be or is not, and what a policy or a leader's words express: "一个享受自由权利的公民，必须是
  一个对社会、对别人负责任的公民。", "这是一种封建秩序，而绝不是社会主义秩序。", "这个方针反映了…全国人民的热切
  愿望。" (1979), "毛主席的这些话，高度地集中了世界人民的革命意志，…" (1964), "完成祖国统一大业，是两岸人民
  长期以来的共同愿望。" (1992).
"""

from __future__ import annotations

import re

from core.reading.tense import PERFECT
from core.suggest.cue_rules.cues import Finding
from core.suggest.cue_rules.periods import years_named

# "总是" in the first clauses of a sentence that tells of no past and names no figure: "武昌车辆厂一九五七年上半年出勤率
# 总是提不高，…已经提高到百分之九十九" (1958) tells a result.
# What tends to happen: "这种利益关系的复杂变化，往往会在某种程度上影响到人们对待改革的态度。",
# "这就使企业行为往往不能主动适应国家宏观决策的要求，…" (1987), "…，往往要到第二年甚至第三年才能充分发挥效益。" (1960).
_ALWAYS = re.compile(r"^(?:[^。]{0,40}[，,])?[^，,。]{0,30}(?:总是|往往)")
_TOLD_OF_A_TIME = re.compile(r"已|[0-9０-９]|百分之")
# The past and the future alike: "中国人民不是懒汉懦夫，过去没有、今后也决不会依赖别人过活。" (1964), how we always are.
_ALIKE = re.compile(r"过去(?:从来)?(?:没有|不|从未)[^。，,、]{0,8}[，,、](?:现在|今后|将来)也")
# What a thing rests on: "国际合作必须建立在自力更生的基础上。" (1964), "我国社会主义现代化建设取得的一切成就都建立在
# 经济持续健康发展的基础之上，…" (2013).  Not a task that puts it there ("…把国与国之间的关系建立在…").
_FOUNDATION = re.compile(r"^[^，,。把]{2,30}(?:必须|都|要|应当)?建立在[^，,。]{2,24}基础(?:之)?上")
# A duty or a fact of a whole historical stage, not of a coming period: "在这个历史阶段中，必须…",
# "在社会主义革命的历史阶段，我国的民族资产阶级仍然具有两面性，…" (1964).
_HISTORICAL_STAGE = re.compile(r"^在[^，,。]{0,10}历史阶段(?:中|里|内)?[，,]")
# A claim the speaker denies: "但是，绝不能说资本主义复辟是不可避免的", "当然，这绝不是说，我们已经完全掌握了…"
# (1964).
_CLAIM_DENIED = re.compile(r"^(?:[^，,。]{0,4}[，,])?这?(?:也|还)?(?:绝|决|并)?不(?:能|是)(?:说|认为)")
# What experience or the facts taught: "我国的现实政治生活反复地教育了我们。" (1964), "事实完全证明，…" (1960),
# "从一九五九年到现在的五年的事实进一步证明，…" (1964).
_LESSON = re.compile(r"(?:反复|深刻|再一次)?地?教育了我们[。！!]?$|^[^，,。]{0,24}事实[^，,。]{0,6}证明[，,：:]")

# What a thing is, must be or is not; what a policy or a document expresses; what a leader's words sum up.  Not what
# a treaty did ("这个条约反映了…的愿望，为两国的友好睦邻关系建立了良好的基础。" (1979), a result).
_WHAT_IT_IS = re.compile(
    r"必须是一(?:个|种)[^，,。]{0,20}的"
    r"|^这是一种[^，,。]{1,12}[，,]而(?:绝|决)?不是"
    r"|^[^，,。]{0,40}(?:方针|纲要|草案|政策)[^，,。]{0,4}[，,]?反映了[^，,。]{0,30}(?:愿望|过程|要求)[。]$"
    r"|^[^。]{0,40}(?:话|声明|谈话)[，,](?:高度地?)?(?:集中|概括|表达)了"
    # The common wish: "完成祖国统一大业，是两岸人民长期以来的共同愿望。" (1992), however long it has been held; not
    # with a duty after it ("…是全国人民的共同愿望，各级政府要认真落实。").
    r"|^[^。]{2,30}是[^，,。]{0,16}的共同愿望(?![^。]*(?:要|必须|应当|应该))"
)


def find(text: str) -> Finding | None:
    """What ``text`` states of theory rather than of a period, if it does."""
    found = _ALWAYS.search(text)
    if found and not PERFECT.search(text) and not _TOLD_OF_A_TIME.search(text) and not years_named(text):
        return Finding("principle", f"statement of principle: {found.group(0)[-12:]}")
    found = _ALIKE.search(text)
    if found:
        return Finding("principle", f"statement of principle: {found.group(0)[:12]}")
    found = _FOUNDATION.search(text)
    if found:
        return Finding("principle", f"statement of principle: {found.group(0)[-12:]}")
    found = _HISTORICAL_STAGE.search(text)
    if found:
        return Finding("principle", f"statement of principle: {found.group(0)[:12]}")
    found = _CLAIM_DENIED.search(text)
    if found:
        return Finding("argument", f"argument: {found.group(0)}")
    found = _WHAT_IT_IS.search(text)
    if found:
        return Finding("principle", f"statement of principle: {found.group(0)[:12]}")
    found = _LESSON.search(text)
    if found:
        return Finding("explanation", f"explanation: {found.group(0)[-12:]}")
    return None
