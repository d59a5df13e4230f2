"""Cue words and patterns behind the suggested-label rules.

Each cue is a named regular expression; ``find`` returns the matched text so
that a suggestion can say which words decided it ("problem cue: 短板").
Full-width and half-width punctuation are matched alike.  The cues follow
``GUIDELINES.md``: time decides, and ``other`` covers procedure, thanks,
praise, causes of success, problems, background and lead-in lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_COMMA = "[，,、]"
_COLON = "[：:]"
_END = "[。！？!?；;]"


@dataclass(frozen=True)
class Cue:
    """A family of cue patterns with the reason shown to the user."""

    reason: str
    pattern: re.Pattern[str]

    def find(self, text: str) -> str | None:
        match = self.pattern.search(text)
        return match.group(0) if match else None


def _cue(reason: str, *patterns: str) -> Cue:
    return Cue(reason, re.compile("|".join(f"(?:{pattern})" for pattern in patterns)))


# The form of address that opens closing paragraphs: "各位代表！", "各位代表：…".
ADDRESS = re.compile(r"^(?:各位代表|各位委员|同志们)[！!：:，,]?\s*")

PROCEDURE = _cue(
    "procedure",
    r"请予审议",
    r"提请.{0,12}(?:审议|票决|审查)",
    r"^现在[，,]?我代表",
    r"向大会报告(?:政府)?工作",
    r"请.{0,10}(?:政协委员|列席).{0,8}提出意见",
)

THANKS = _cue(
    "thanks",
    r"致以.{0,8}(?:敬意|感谢|问候)",
    r"(?:表示|致以)?(?:衷心|诚挚|由衷)的?感谢",
    r"表示感谢",
)

SUCCESS_CAUSE = _cue(
    "praise / cause of success",
    r"成绩的取得",
    r"成就的取得",
    r"来之不易",
    r"成之惟艰",
    r"根本在于",
    r"根本原因在于",
    r"得益于",
    r"归功于",
    r"离不开",
    r"密不可分",
    r"(?:正确领导|科学决策|有效监督|鼎力支持|辛勤努力|拼搏奉献).{0,6}的结果",
)

PROBLEM = _cue(
    "problem",
    r"清醒(?:地)?(?:认识|看到)",
    r"(?:问题|困难)和(?:不足|问题|挑战)",
    r"不足(?:和|与)问题",
    r"差距和不足",
    r"存在(?:的)?(?:一些|不少|许多)?(?:问题|困难|不足|短板)",
    r"还存在",
    r"仍然存在",
    r"依然存在",
    r"^主要是[：:]",
    r"^[一二三四五六七八九]是.{0,30}(?:不足|不强|不优|偏少|滞后|有待|亟待|仍然|依然|较大|突出|不够)",
)

# Weaker signs of a shortcoming; two of them (or one in a closing paragraph) make a problem.
PROBLEM_WORDS = re.compile(
    r"不足|不强|不优|不高|不够|偏少|偏弱|偏低|滞后|有待|亟待|仍然|依然|仍较|仍显|仍处于|短板|差距|瓶颈|制约|压力(?:依然|仍然|较大)|薄弱|不平衡|不充分|困难"
)

BACKGROUND = _cue(
    "background",
    r"^从.{1,12}(?:看|来看)[，,]",
    r"^(?:总体来看|总的来看|综合来看|综合分析|从总体上看)",
    r"风险挑战.{0,12}不容低估",
    r"党中央高度重视",
    r"(?:机遇|优势)(?:和|与)?.{0,8}(?:依然不少|大于挑战)",
    r"提出了?新的(?:更高)?要求",
    r"突如其来",
    r"形势(?:比预料的|依然|更加|十分|异常)",
    r"^面对.{0,30}(?:形势|局面)[，,].{0,6}(?:党中央|省委|市委)",
    r"(?:意义重大|意义深远|责任重大)[。！!]?$",
)

# "2023年是…之年", "过去的一年，是…的一年", "本届政府履职的五年，是…的五年".
YEAR_CHARACTER = re.compile(
    r"^(?:(?:19|20)\d\d年|今年|去年|明年|过去的?一年|这一年|[^，,。]{0,10}的五年)[，,]?(?:既|也|更)?是"
    r".*?(?:之年|一年|的五年|重要时期)(?:[，,][^，,。]{0,20})?[。！!]?$"
)

RHETORIC = _cue(
    "rhetoric",
    r"^让我们.*(?:奋斗|努力|前进|奋进|拼搏)[！!。]?$",
    r"出发点和落脚点",
    r"交出了(?:一份)?.{0,20}答卷",
    r"^只要.{0,60}就(?:一定|必将|能够)",
    r"^实践(?:充分|再次)?(?:证明|表明)",
    r"(?:惟有|唯有)(?:奋斗|实干)",
    r"(?:惟有|唯有|只有)[^。]{0,12}(?:才能|方能)",
)

# A short couplet with no content: "大道至简，实干为要。", "使命呼唤担当，奋斗成就未来。"
COUPLET = re.compile(r"^(?P<first>[\u4e00-\u9fff]{4,7})[，,、](?P<second>[\u4e00-\u9fff]{4,7})[。！!]?$")
# Verbs of a measure; a couplet made of them is a task, not rhetoric.
MEASURE_VERBS = re.compile(
    r"加强|推进|推动|实施|建设|提升|深化|完善|开展|加快|扩大|强化|健全|落实|打造|培育|支持|发展|优化|严格|开工|启动|整治"
)
# Verbs that remedy a shortcoming: "补齐短板" is a task, not a problem.
REMEDY_VERBS = re.compile(r"补齐|补|解决|破解|化解|缓解|克服|整治|攻坚|应对|治理|改善|消除|弥补|突破|聚焦|找")

# A line that announces a list: "重点做好以下工作：", "具体抓了以下工作:".
LEAD_IN = _cue(
    "lead-in",
    rf"(?:以下|如下|下面|几个|[一二三四五六七八九十两]+个?)(?:[^，,。：:]{{0,4}})?(?:方面)?(?:的)?(?:工作|任务|事情|重点){_COLON}?[。]?$",
    rf"(?:主要|重点|具体)(?:做了|抓了|开展了|做好|抓好)[^，,。]{{0,10}}{_COLON}[。]?$",
    r"^一年来[，,]我们主要做了",
)

GENERAL_REQUIREMENT = _cue(
    "general requirement",
    r"总体要求(?:是|为)",
    r"总体思路(?:是|为)",
    r"工作思路(?:是|为)",
    r"(?:主要)?预期目标(?:是|为)",
    r"主要目标(?:是|为)",
    r"指导思想(?:是|为)",
)

# A sentence that opens on the next five years announces an outlook: "今后五年，我们将…".
# Only at the start: "今后一个时期…" in passing does not turn a review into a plan.
OUTLOOK = _cue(
    "five-year outlook",
    r"^(?:[^，,。]{0,6}[，,])?(?:在)?(?:今后|未来)(?:五|5)年",
    r"^“?十[一二三四五六七八九]五”?(?:时期|期间)(?:的)?(?:主要目标|目标任务|发展目标|奋斗目标)",
)

# Past markers strong enough to call a sentence in a part of unknown kind an achievement.
PAST_PERIOD = _cue(
    "past period",
    r"去年",
    r"上年",
    r"过去(?:的)?(?:一|五|5)年",
    r"一年来",
    r"(?:五|5)年来",
    r"已经",
)

FIVE_YEAR_REVIEW = _cue(
    "five-year review",
    r"过去(?:的)?(?:五|5)年",
    r"(?:五|5)年来",
    r"这(?:五|5)年",
    r"本届政府(?:履职|任期)",
)

ESTIMATE = _cue("estimate in review", r"预计")

PLAN_TARGET = _cue(
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

# In a review part, a commitment names its subject: "我们将…", "为此，市政府要…".
COMMITMENT_WITH_SUBJECT = re.compile(
    r"^(?:为此[，,]?|面对[^，,]{0,24}[，,]|对[^，,]{0,12}[，,]|今后[，,]?|下一步[，,]?)?"
    r"(?:我们|[市区县]?政府|本届政府)(?:将|要|必须|既要|一定要|决心)"
)

SELF_COMMITMENT = _cue(
    "commitment",
    r"^(?:坚持|坚定|加强|深化|强化|严格|自觉|主动|始终|持续|切实|推进|健全|完善|把|以|要|将)",
    r"(?:我们将|要|将)",
)

PAST_MARKERS = _cue(
    "past marker",
    r"了",
    r"完成",
    r"实现",
    r"达到",
    r"比上年",
    r"同比",
    r"增长\d",
    r"新增",
    r"获批",
    r"入选",
    r"累计",
    r"已经?",
    r"获评",
    r"荣获",
)

FUTURE_MARKERS = _cue(
    "future marker",
    r"将",
    r"要",
    r"力争",
    r"确保",
    r"争取",
    r"计划",
    r"预期",
    r"左右",
    r"以上",
    r"加快",
    r"推进",
    r"实施",
)


def strip_address(text: str) -> str:
    """The sentence without a leading "各位代表，"."""
    return ADDRESS.sub("", text, count=1)


def is_address_only(text: str) -> bool:
    return bool(ADDRESS.match(text)) and not strip_address(text).strip(" \u3000。！!：:，,")


def is_couplet(text: str) -> bool:
    """Two equal short halves without a measure verb: rhetoric."""
    match = COUPLET.match(text)
    if match is None:
        return False
    return len(match["first"]) == len(match["second"]) and not MEASURE_VERBS.search(text)


def is_short_exclamation(text: str) -> bool:
    """"各位代表，新时代要有新担当新作为！": an address followed by a short exclamation."""
    rest = strip_address(text)
    return rest != text and len(rest) <= 16 and rest.endswith(("！", "!"))


_CLAUSE = re.compile(r"[^，,；;。！!？?：:]+")


def problem_words(text: str) -> list[str]:
    """The weak problem words in ``text``, each counted once, leaving out clauses that remedy them."""
    seen: list[str] = []
    for clause in _CLAUSE.finditer(text):
        if REMEDY_VERBS.search(clause.group(0)):
            continue
        for match in PROBLEM_WORDS.finditer(clause.group(0)):
            if match.group(0) not in seen:
                seen.append(match.group(0))
    return seen
