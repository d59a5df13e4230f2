"""A report retold in the third person (1964: a news agency's account of the premier's report).

What the speaker went on to speak about is procedure; what the speaker said
(``周总理说，…``) is read as the report's own words once the frame is taken off.
"""

from __future__ import annotations

import re

from core.suggest.cue_rules.cues import cue

# A report retold in the third person (1964: a news agency's account of the premier's report).  The speaker is
# the premier, or "他" after him.
_SPEAKER = r"(?:[\u4e00-\u9fff]{0,3}总理|他)"
# What the speaker went on to speak about, with no content of its own: "周总理接着讲到国防建设。",
# "他对一九六五年…的初步安排，作了说明。", "周恩来总理在报告中提出了今后发展国民经济的任务。"
NARRATION = cue(
    "procedure",
    rf"^(?:[^，,。]{{0,8}}[，,])?{_SPEAKER}[^。：:“]{{0,60}}?"
    r"(?:讲到|谈到|论述了|列举了|介绍了|说明了|批评了|(?:作|做)了(?:说明|解释)"
    r"|提出了[^，,。]{0,30}(?:任务|问题|建议)[。]?$|(?:强调|指出)了?[^，,。]{0,40}的(?:重要|重大)?意义[。]?$)",
)
# What the speaker said, thought or stressed: the words after it are read as the report's own
# ("周总理说，我们应当…", "最后，周总理说，由于…").
SPEAKER_FRAME = re.compile(
    rf"^(?:[^，,。]{{0,6}}[，,])?{_SPEAKER}(?:还|又|接着|最后|特别|进一步|再次)?"
    r"(?:说|指出|强调指出|强调说|强调|宣布|认为)[，,：:]"
)
# The narration says what was spoken of; a frame followed by words spoken ("周总理说，…") is no narration.
_FRAME_ANYWHERE = re.compile(r"(?:说|指出|强调|表示|宣布)[，,：:]")


# The speaker's stance told: "周总理表示坚决支持朝鲜人民…的斗争。", "周总理强烈谴责美帝国主义对越南…的侵略和干涉。",
# "周总理重申：…唯一合法政府…", "他表示，中国人民坚决支持…的正义斗争。" (1964): a position declared, no task of the
# government and no result ("他表示相信，…" is a belief, read as a forecast).
STANCE = cue(
    "stance",
    rf"^(?:[^，,。]{{0,6}}[，,])?{_SPEAKER}(?:还|又|再次|也)?(?:表示(?:[，,][^，,。]{{0,6}}?)?)?(?:坚决|坚定|强烈|完全)?"
    r"(?:支持|声援|谴责|反对|重申)",
)


def stance(text: str) -> str | None:
    """The stance a report retold in the third person says the speaker declared ("周总理表示坚决支持…"), if so."""
    return STANCE.find(text)


def strip_frame(text: str) -> str:
    """The words spoken, without a reporter's "周总理说，" before them (a report retold in the third person)."""
    return SPEAKER_FRAME.sub("", text, count=1)


def is_narration(text: str) -> str | None:
    """What a report retold in the third person says the speaker spoke about ("周总理接着讲到国防建设。"), if so."""
    if _FRAME_ANYWHERE.search(text):
        return None
    return NARRATION.find(text)
