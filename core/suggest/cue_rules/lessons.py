"""Lessons for the coming years drawn at the end of a review part (1992).

A review may close by turning from the year reviewed to what must be held
to from now on: "我们今后一定要更加坚定、准确、全面地贯彻这条路线，并把握住以下
一些要点。", then a run of principles (1992, part 一).  They sit in the
review part but speak of the future, and time decides (GUIDELINES.md): a
duty addressed to ourselves ("必须坚持四项基本原则，…", "工作和学习都要讲究实效，
…") or an order with no subject ("紧紧抓住经济建设这个中心不放。") is a
``target``; doctrine, causes and slogans with no duty ("改革开放是解放和发展社会
生产力的必由之路。", "这些年我国经济发展了，…这是…的根本原因。") are ``other``.
"""

from __future__ import annotations

import re

# The turn: "今后" with a duty of ours, "我们今后一定要…", "今后，我们必须…".
TURN_TO_THE_FUTURE = re.compile(
    r"^(?:[^，,。]{0,10}[，,])?(?:我们)?今后[，,]?(?:我们)?(?:[^，,。]{0,4})?(?:一定要|必须|应当|应该|要(?![求素务点]))"
)
# A duty in the sentence: "必须…", "…都要…", "决不能…", "我们应该…".
_DUTY = re.compile(
    r"必须|应当|应该|一定要|务必|决不能|绝不能|(?<![重主必只首纲紧需就])要(?![求素务点害领旨略塞冲道])"
)
# An order with no subject: a manner or a verb of holding to, opening the sentence.
_ORDER_OPENING = re.compile(
    r"^(?:同时[，,]?)?(?:紧紧|牢牢|始终|坚持|坚定|及时|注意|抓紧|抓住|把握|树立|发扬|继续|进一步|大力|认真|切实)"
)

# What the order opening is the subject of: "保持社会和政治稳定是…的前提条件。" defines, it orders nothing.
_DEFINITION_FIRST = re.compile(r"^[^，,。；;]{2,30}是")


def turns_to_the_future(text: str) -> str | None:
    """The words with which a review sentence turns to what must be held to from now on, if it does."""
    found = TURN_TO_THE_FUTURE.search(text)
    return found.group(0) if found else None


def lesson_label(text: str) -> tuple[str, str]:
    """``("target", words)`` for a duty or an order among the lessons, else ``("other", words)``: doctrine."""
    found = _DUTY.search(text) or _ORDER_OPENING.search(text)
    if found and not _DEFINITION_FIRST.match(text):
        return "target", found.group(0)
    return "other", text[:12]


# A duty first, then what it is or what matters in it: "各级干部必须勤政廉政，…，这是关系国家前途命运的大事。",
# "…，必须集中力量把国内的事情办好，关键是更好更快地把国民经济搞上去。" (1992).  The duty is the main clause;
# a principle that opens the sentence ("政府的一切权力都是人民赋予的，必须对人民负责，…" (2004)) stays one.
_DUTY_THEN_GROUND = re.compile(r"^[^。；;]{0,40}?(?:必须|一定要|务必)[^。；;]*[，,](?:这|这是|关键是|关键在于)")


def duty_then_ground(text: str) -> bool:
    """Whether ``text`` states a duty and then its ground, so that the duty, not the principle, is what it says."""
    return bool(_DUTY_THEN_GROUND.match(text))
