"""The part of a report on the world and on foreign affairs, after its review (1992, 1994, 1999).

The parts after the review of a 1990s report carry the year's tasks, but
the part on foreign affairs (``六、关于国际形势和外交工作`` (1992),
``七、关于外交工作`` (1994)) says more than what China will do
(README-1994-1975.md):

- the world situation, told of no party of ours: "去年国际形势发生了剧烈变化。",
  "世界旧的格局已经终结，新的格局尚未形成，…" (1992), "人类即将进入21世纪。" (1999):
  background, ``other``, whatever its time;
- a position held, with no word of time: "中国政府支持南非人民的正义斗争。",
  "我国同这些国家发展经贸合作有着广阔的前景。", "我们同意就人权问题进行正常的国际讨论。"
  (1992), "中美两国保持正常稳定的关系，不仅符合两国人民的根本利益，…" (1994):
  ``other``; what we will or wish to do ("中国将继续…", "中国愿意…") stays a task.

An order with no subject stays a task in either case: "在平等互利的基础上发展同世界各国的
经贸、科技、文化以及其他领域的交流与合作。", "同有关国家一道，防范和化解金融风险，…" (1999).
"""

from __future__ import annotations

import re

from core.reading import tense

# A part on foreign affairs or the world: "关于国际形势和外交工作", "关于外交工作", "对外关系".
_TITLE = re.compile(r"外交|国际形势|对外关系|国际关系")
# A party of ours: China, we, our leaders, our relations with a state ("中美关系", "两国关系", "中越两国", "双方"):
# "江泽民主席作为国家元首首次对日本进行了成功的国事访问，双方…" (1999) is our diplomacy, "香港回归祖国以来，…" ours.
_OURS = re.compile(
    r"我国|中国|祖国|我们|我(?![国们])|本国|两国|双边|双方|主席|总理|总书记|中[\u4e00-\u9fff](?:两国|关系|友谊|邦交|合作)"
)
# A frame before an order: "在平等互利的基础上，", "同有关国家一道，", "为此，".
_FRAME = re.compile(r"^(?:在[^，,。]{2,24}(?:基础上|前提下|同时|情况下)[，,]?|同[^，,。]{2,12}一道[，,]|为此[，,])")
# An order with no subject, or a call to act together ("让我们…").
_ORDER = re.compile(
    r"^(?:让我们|要(?![求素务点])|必须|应当|应该|继续|进一步|积极|努力|大力|发展|加强|推动|促进|防范|维护|坚持|参与|扩大"
    r"|深化|改善|巩固|反对|争取)"
)


def is_foreign_part(title: str) -> bool:
    """Whether a part's title says it is about foreign affairs or the world."""
    return bool(_TITLE.search(title))


def _is_order(text: str) -> bool:
    return bool(_ORDER.match(_FRAME.sub("", text, count=1)))


def world_situation(text: str) -> str | None:
    """The world told of, naming no party of ours and ordering nothing: the words it opens on; else None."""
    if _OURS.search(text) or _is_order(text):
        return None
    return text[:12]


def position_held(text: str) -> str | None:
    """A position of ours, with no word of the future or the past and no order: the words it opens on; else None."""
    if any(tense.time_weights(text)) or _is_order(text):
        return None
    return text[:12]
