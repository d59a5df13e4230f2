"""Foreign affairs in a report: what other states do, and what we hope or urge they will do.

The labellers of the 1979 report took descriptions of other states and
appeals addressed to others as ``other``.  China's own stances and aims stay with the
time rules (the labels of different reports disagree on standing
positions, so no rule decides those), except what China says it stands for
("中国主张…", "我们主张…"), ``other`` wherever it is labelled (1964, 1994), and what
China as a state always or never does ("中国不搞军备竞赛…", "中国政府一贯致力于…"; 1994, 1999).
"""

from __future__ import annotations

import re

from core.reading import tense
from core.suggest.cue_rules.cues import GOVERNMENT_DUTY, Cue

# Hostile parties at home, told of as others are (1958, 1964, 1975, 1979): "资产阶级右派竟然…发动了…进攻",
# "一九五九年，达赖集团勾结帝国主义…", "“四人帮”竭力煽动无政府主义思潮…", "国内外反动派曾经断言…".
_HOSTILE_AT_HOME = (
    r"(?:资产阶级)?右派(?:分子)?|达赖(?:集团)?|(?:国内外|国内的?)?反动派|(?:国内的?)?阶级敌人|林彪|“?四人帮”?"
    r"|[^，,。]{0,6}(?:反革命|叛乱|民族主义)分子"
)
# Foreign affairs told of others (1979): what another state or party does, and what we hope or urge it will do.
# Our own stance and aims stay with the time rules ("我们希望尽早实现…通邮" is our aim).
_HOSTILE_ABROAD = r"(?:社会|美英?)?帝国主义|美帝|(?:现代)?修正主义|各国反动派|超级大国|(?:大小)?霸权主义"
_OTHER_PARTY = (
    # "全世界一切要革命、要解放的人民和民族，…都不能不把斗争的主要锋芒指向美帝国主义。" (1964)
    rf"(?:{_HOSTILE_ABROAD}|印度|全?世界(?:革命)?人民|全世界一切[^，,。]{{0,16}}(?:人民|民族|国家)|世界革命人民|资本主义(?:世界|国家)|苏联|美国|日本|越南|西欧|非洲|南部非洲|拉丁美洲|中东"
    r"|第三世界|不结盟|世界各国|各国人民|阿拉伯|以色列|朝鲜|国际形势|[^，,。]{0,8}的国际形势"
    # Another people's struggle: "阿尔及利亚人民的民族解放战争的胜利，为…树立了一个光辉榜样。" (1964).
    r"|(?!中国|我国|全国|各族|我们)[^，,。的]{2,8}人民的[^，,。]{0,12}(?:战争|斗争|运动)"
    # The other side across the strait: "台湾当局在发展两岸关系与国家统一问题上，采取了一些措施，…" (1992).
    r"|台湾当局"
    rf"|{_HOSTILE_AT_HOME})"
)
# A conjunction opening the sentence is no clause of its own: "但是，在…的过程中，资产阶级右派竟然…" (1958).
_CONJUNCTION = r"(?:(?:但是|然而|可是|同时|而且|另一方面)[，,])?"
# When and under what circumstances the party acted, before it is named: "一九六二年，在外来力量的策划和直接指挥下，
# 新疆一批最反动的地方民族主义分子，…发动了…叛乱", "一九五九年到一九六二年，在…的情况下，国内的阶级敌人…",
# "过去五年多来，以马克思列宁主义力量为核心的世界革命人民，…" (1964).
_SETTING = r"(?:(?:[^，,。]{0,12}(?:年|年多?来|以来|时期|时候)|在[^，,。]{2,40}(?:下|中|情况下|时候|时))[，,]){0,2}"
# Whatever the party does: "不管美帝国主义还要怎样继续挣扎，…都挽救不了它最终失败的命运。" (1964).
_CONCESSION = r"(?:不管|无论|尽管)?"
# The party opens the sentence or a clause, or is the subject a first clause describes: "作为帝国主义头子的美国，
# 日子越来越不好过。", "敌视锡兰独立的美英帝国主义，正在勾结反动派…" (1964), "具有广泛基础的不结盟运动…" (1979);
# or the place where things happen: "在美国发生一次新的经济危机的条件正在逐渐成熟。" (1964).
OTHERS_ABROAD = Cue(
    "foreign affairs: what others do",
    re.compile(
        rf"^{_CONJUNCTION}{_SETTING}(?:[^，,。]{{0,30}}[，,])?{_CONCESSION}{_OTHER_PARTY}"
        rf"|^{_CONJUNCTION}{_SETTING}[^，,。]{{0,20}}的{_OTHER_PARTY}|^在{_OTHER_PARTY}[^，,。]{{0,4}}发生"
    ),
)
# "它…", "他们…" go on about the party named before (not about "这场大革命" or "各地").
_PRONOUN_OPENING = re.compile(r"^(?:[^，,。]{0,30}[，,])?(?:它们?|他们)")
APPEAL = Cue(
    "foreign affairs: an appeal to others",
    re.compile(
        r"^(?:我们)?(?:奉劝|奉告|敬告|寄希望于)"
        # Not a requirement made of our own enterprises:
        # "我们希望，生产、流通、建设领域中的各类企业，都要把着眼点和立足点放在挖掘自己内部的潜力上。" (1987).
        r"|^(?:我们)?(?:衷心地?|真诚地?)?希望[，,](?![^。]*都要)"
        # A hope or a call addressed to a group of people or to another authority:
        # "我们希望宗教界人士继续站在反帝爱国的立场上…" (1964), "我们希望台湾当局顺应民心，…" (1979),
        # "希望预委会最广泛地团结香港同胞，…" (1994), "我们呼吁台湾当局认清时势，…" (1999).
        # "我们殷切希望台湾同胞继续发扬爱国精神，…", "我们也希望台湾国民党当局以国家和民族利益为重，…" (1987).
        r"|^(?:我们)?(?:衷心地?|真诚地?|殷切地?|也|还|更)?(?:希望|呼吁)[^，,。]{1,10}(?:人士|同胞|朋友们?|当局|委员?会)"
        r"|希望[^，,。]{0,12}(?:方面|当局|政府|领导|领导人)(?:能够|能|会)"
    ),
)
# What China stands for in world affairs: "中国主张积极扩大国与国之间的经贸关系，…", "我们主张在相互尊重的基础上，
# 通过对话解决分歧。" (1994), "中国主张根据两次日内瓦协议解决印度支那问题。" (1964): a position held, no task and
# no result ("我们仍然主张通过谈判解决…，并且在谈判中提出了八项原则建议" (1979) tells what was done).
ADVOCACY = Cue(
    "foreign affairs: what we stand for",
    re.compile(r"^(?:我们|中国|我国|中国政府|我国政府)(?:一贯|始终|一向|历来|仍然)?主张"),
)
_TASK_WORD = re.compile(r"(?<![重主必只首纲紧需])要(?![求素务点])|将(?!来)|必须|应当|应该|继续")
# What China as a state always does or never does in the world: "中国不搞军备竞赛，不参加军事集团，…",
# "中国反对任何形式的霸权主义，…永远不称霸。", "中国不会对世界任何国家和地区构成威胁，…", "中国重视人权，…",
# "…，中国坚持和平共处五项原则的立场不会改变，…" (1994), "中国政府一贯致力于促进和保护人权。" (1999):
# a standing position, no task of the year.
# Not 支持 (labelled a task in 1979: "中国政府和中国人民坚决支持朝鲜人民这一新的重大努力。"), nor 我们 (our aims).
STANDING = Cue(
    "foreign affairs: what China always does",
    re.compile(
        r"^(?:[^，,。]{0,16}[，,])?(?:中国|中国政府|我国政府)(?:一贯|始终|历来|从来|永远|绝对)?"
        r"(?:不搞|不会|不称霸|决不|绝不|反对|重视|致力于|坚持[^，,。]{0,16}的(?:立场|原则)不会改变)"
    ),
)


# What another party may do, as the condition of our stance: "如果美国要扩大印度支那战争，中国绝对不会置之不理；…"
# (1964).  Its "要" is no task of ours.
_CONDITION_OPENING = re.compile(r"^(?:如果|假如|倘若|要是)[^，,。]{0,30}[，,]")


def advocacy(text: str) -> str | None:
    """What we stand for in world affairs, with no task of ours and nothing done in the sentence; else None."""
    found = ADVOCACY.find(text) or STANDING.find(text)
    ours = _CONDITION_OPENING.sub("", text, count=1)
    return found if found and not _TASK_WORD.search(ours) and not _tells_done(text) else None


# A clause of what may come: its 了 tells no result ("…，将来经济发展起来了，也永远不称霸。" (1994)).
_COMING_CLAUSE = re.compile(r"(?:将来|今后|以后|如果|假如|倘若|一旦|等到|即使)")


def _tells_done(text: str) -> bool:
    """A perfect 了 outside a clause of what may come: "…主张，在国际上赢得了广泛的赞同" tells what was done."""
    for done in tense.PERFECT.finditer(text):
        clause_start = max(text.rfind(mark, 0, done.start()) for mark in "，,；;") + 1
        if not _COMING_CLAUSE.match(text, clause_start):
            return True
    return False


# "对我国进行颠覆": we are the object; "占领了…中国领土", "骚扰我国边境" name our land, where others act.
_OURSELVES = re.compile(r"(?<![对同向与要])(?:(?:我国|中国)(?!的?(?:领土|边境|境内|领空|领海|内政))|我们)|我[^国们]")
# A hostile party, at home or abroad: where it acts in our country names the place, not us ("企图在我国复辟资本主义"
# (1958), "曾经在我们国家许多地方实行打砸抢" (1979)).  Not where we lead ("在中国共产党领导下，…" (2004)).
_HOSTILE_PARTY = re.compile(f"{_HOSTILE_ABROAD}|{_HOSTILE_AT_HOME}")
_LED_BY = re.compile(r"[^，,。；;]{0,8}领导下")


def _names_us(text: str) -> bool:
    """Whether ``text`` names us or China as more than the object, or the place where a hostile party acts."""
    hostile = _HOSTILE_PARTY.search(text)
    for found in _OURSELVES.finditer(text):
        where = text[found.start() - 1 : found.start()] == "在" and not _LED_BY.match(text, found.end())
        if not (hostile and where):
            return True
    return False


# The clause that names the party opens on what is done to it: "对披着宗教外衣进行反革命活动的阶级敌人，要加以揭露和
# 打击。" (1978).  Not "同时，…".
_PARTY_AS_OBJECT = re.compile(r"(?:对于?|同(?!时)|向)")
# Our duty or policy towards a hostile party at home: "“四人帮”的骨干分子，只要…，可以从宽处理。" (1978).  A demand
# on a state abroad ("美帝国主义必须从台湾…滚出去" (1964)) is still what we ask of others.  So is a duty of the
# government: "鉴于…林彪、“四人帮”所传播的派性…还没有肃清，…各级政府要注意教育干部和群众，…" (1979).
_OUR_POLICY = re.compile(rf"要[^。，,；;]{{0,12}}加以|必须|应当|应该|可以[^。，,；;]{{0,8}}处理|{GOVERNMENT_DUTY}")
_HOSTILE_AT_HOME_NAMED = re.compile(_HOSTILE_AT_HOME)


def _told_of_others(text: str) -> bool:
    """The sentence opens on another party as what it tells of (``OTHERS_ABROAD``), not as what we act on."""
    found = OTHERS_ABROAD.pattern.search(text)
    if found is None:
        return False
    clause_start = max(text.rfind(mark, 0, found.end()) for mark in "，,") + 1
    if _PARTY_AS_OBJECT.match(text, clause_start):
        return False
    return not (_HOSTILE_AT_HOME_NAMED.search(found.group(0)) and _OUR_POLICY.search(text))


def is_about_others(text: str, continuing: bool = False) -> bool:
    """A sentence about another state or party, naming neither us nor China.

    ``continuing``: the sentence before was about one, so "它…" is about it too.
    """
    named = _told_of_others(text) or (continuing and _PRONOUN_OPENING.match(text))
    return bool(named) and not _names_us(text)
