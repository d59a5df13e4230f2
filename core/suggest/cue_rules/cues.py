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

from core.reading.tense import PERFECT, time_weights
from core.suggest.cue_rules.periods import years_named

# A task called urgent or major: "…，因此特别注意培养和提拔青年和中年干部是各级政府的紧迫任务之一。" (1979),
# "加强水利建设是一项迫切任务" (1997), "…是…的一项重大任务" (2006).  A pattern to build cues with.
NAMED_TASK = r"是[^。，,；;]{0,12}的?(?:一项|一个)?(?:紧迫|首要|重要|主要|迫切|重大|中心)的?任务(?:之一)?"
# The government's duty in a clause: "…，各级政府要注意教育干部和群众，…" (1979); not 政府要求 (a demand it makes).
GOVERNMENT_DUTY = r"(?:各级)?政府(?:要(?!求)|必须|应当|应该)"

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


@dataclass(frozen=True)
class Finding:
    """What a module of cue rules found a sentence to be: the rule of ``core.suggest.rules`` it falls under (its
    family: principle, argument, explanation) and the reason shown."""

    rule: str
    reason: str


def cue(reason: str, *patterns: str) -> Cue:
    return Cue(reason, re.compile("|".join(f"(?:{pattern})" for pattern in patterns)))


# The form of address that opens closing paragraphs: "各位代表！", "各位代表：…".
ADDRESS = re.compile(r"^(?:各位代表|各位委员|同志们)[！!：:，,]?\s*")

PROCEDURE = cue(
    "procedure",
    r"请予审议",
    r"请(?:大会|本次会议)审议(?:批准)?[。]?$",
    r"提请.{0,12}(?:审议|票决|审查)",
    r"^现在[，,]?我代表",
    r"(?<![要期])向大会报告(?:政府)?工作",
    r"请.{0,10}(?:政协委员|列席).{0,8}提出意见",
    # "因此，我们需要在这里对于…的执行状况，作一些简单的考察。" (1956)
    r"(?:在这里|下面)[^。]{0,40}(?:作|做)(?:一些|一点|几点|一个)?(?:简单的|简要的)?(?:考察|说明|分析|介绍)[。]?$",
    # The speaker announcing what he goes on to report or explain: "现在，我着重报告1979年以来…的情况和…的安排。",
    # "现在，我着重就能源的开发和节约、…四个方面需要采取的主要措施，作如下说明。" (1980), "这里，着重对经济增长和
    # 物价总水平两个指标作些说明。" (2013)
    r"^(?:现在|下面)[，,]?我(?:们)?(?:着重|首先|再|先|主要)?(?:报告|汇报)",
    r"^(?:现在|下面|(?:在)?这里)[，,]?(?:我(?:们)?)?(?:着重|首先|再|先|主要|简要)?(?:就|对)[^。]{2,120}"
    r"(?:作|做)(?:如下|一些|些|几点|一点)?(?:简单的|简要的)?说明[。]$",
    # "这个报告已经印发大会，请审议，我在这里不再说明了。" (1980)
    r"(?:^|[，,])请审议[，,。]",  # "请审议。" (1992)
    # The speaker's opening: "我受中共中央和国务院的委托，向大会作关于…纲要的执行情况和…的报告。" (1960)
    r"^(?:现在[，,]?)?我(?:受|代表)[^。]{0,20}[，,]?向(?:大会|本次会议|全国人民代表大会)(?:作|做)[^。]{0,80}(?:报告|说明)[。]$",
    # The proposal put to the congress: "…建议全国人民代表大会按照…修正草案的原文…予以通过和公布…" (1960)
    r"建议(?:全国人民代表大会|本次大会|大会|本次会议)[^。]{0,100}(?:予以|加以)?(?:通过|批准)",
    # "在这次会议上将要审议人大常委会提出的…组织法草案。" (1979): what the session will do.
    r"^在(?:这次|本次)(?:会议|大会)上[，,]?(?:还)?(?:将要|将)(?:审议|讨论)",
    # "下面我首先说一下农业发展纲要在过去四年中执行的情况。" (1960)
    r"^下面[，,]?我(?:们)?(?:首先|再|就|先)?(?:说一下|说一说|说说|谈一谈|谈谈|谈一下|讲一讲|讲讲|讲一下)",
)

# The government announcing its own next step: "国务院将提出…", "随后，国务院将制定…" (1979).
GOVERNMENT_WILL = re.compile(r"(?:国务院|政府|我们)(?:还|也)?将")

THANKS = cue(
    "thanks",
    r"致以.{0,8}(?:敬意|感谢|问候)",
    r"(?:表示|致以)?(?:衷心|诚挚|由衷)的?感谢",
    r"表示感谢",
    r"表示(?:崇高|衷心|诚挚)的?敬意",  # "在此，我代表国务院，向…以及各界人士，表示崇高的敬意！" (1999)
)

SUCCESS_CAUSE = cue(
    "praise / cause of success",
    r"成绩的取得",
    r"^(?:这些|上述|一年来各方面的)(?:显著)?(?:成就|成绩)[，,]?(?:标志着|表明|充分说明|说明)",
    r"成就的取得",
    r"来之不易",
    # Praise of significance only: "…，具有伟大的历史意义。" (1975).
    # "…，对于胜利地推进社会主义事业具有重大的意义。", "…有着伟大的革命意义和历史意义" (1964)
    r"(?:具有|有着)[^。，,]{0,6}(?:历史|现实|深远|重大|革命)的?意义(?:和[^。，,]{0,6})?[。！!]?$",
    # "…，完成和超额完成今年的计划具有更重要的意义。" (1979).  After a result ("…都列入了…的内容，这…具有重要的
    # 意义", a result in the 1979 labels; "它提供了…新经验，具有伟大的历史意义", other in 1975's) it is left as it was.
    r"^(?:[^了]|(?<=[为除])了|了(?=[解不]))*?(?:具有|有着)[^。，,]{0,6}重要的?意义[。！!]?$",
    r"成之惟艰",
    r"根本在于",
    r"根本原因在于",
    r"得益于",
    r"归功于",
    r"离不开",
    r"密不可分",
    r"(?:正确领导|科学决策|有效监督|鼎力支持|辛勤努力|拼搏奉献).{0,6}的结果",
    # "前几年…我国经济发展的巨大变化和成就，是坚决贯彻…方针的结果" (1985).
    r"(?:成就|成绩|变化)[，,]?(?:都)?是[^。]{2,60}的结果",
    # Under what the victories were won: "这些胜利，主要是近两年来在…这三面红旗之下获得的。" (1960)
    r"^(?:这些|上述)(?:胜利|成就|成绩)[，,]?(?:主要|都)?是[^。]{2,60}(?:获得|取得)的[。！!]?$",
)

# The year's tasks reported done, in the closing paragraphs of a review: "一年来，…基本上完成了…１９９３年的各项任务。"
# "我们不仅比较全面地实现了“八五”计划第一年…的各项主要指标，…", "治理整顿的主要任务已经基本完成，…" (1992).
TASKS_DONE = re.compile(
    r"(?:完成|实现)了[^。；;]{0,30}(?:各项|主要)(?:任务|计划|目标|指标)"
    r"|(?:各项|主要)(?:任务|目标|指标)[^。，,；;]{0,4}已(?:经)?(?:基本)?(?:完成|实现)"
)

# A result of the year in figures ("国内生产总值比上年增长7.8％，…来之不易", 1999): the praise after it does not make
# the sentence a cause of success, nor open the closing paragraphs of a review.
YEAR_RESULT_FIGURE = re.compile(r"比上年[^，,。；;]{0,6}(?:增长|增加|下降|减少)了?[^，,。；;]{0,4}[0-9０-９]")

PROBLEM = cue(
    "problem",
    r"清醒(?:地)?(?:认识|看到)",
    # "我们一定要充分认识，目前我国按人口平均的粮食…占有量还很低，…" (1987): the state of things to be borne in mind.
    r"充分(?:地)?认识(?:到)?[，,]",
    r"(?:问题|困难)和(?:不足|问题|挑战)",
    r"不足(?:和|与)问题",
    r"差距和不足",
    r"存在(?:的)?(?:一些|不少|许多)?(?:问题|困难|不足|短板)",
    r"还存在",
    r"(?:突出|主要)的?问题是",
    r"要害问题[，,]?(?:就)?是",
    # "…，目前我国经济生活中一个值得重视的问题，就是有支付能力的消费需求增长过快，…" (1987)
    r"值得(?:重视|注意)的(?:一个)?问题",
    # "…，但片面追求增长速度和企求改变面貌过快的思想尚未完全克服。" (1987)
    r"尚未(?:完全|根本)?(?:克服|解决|消除)",  # "目前我们经济管理体制的要害问题，就是…违背了客观经济规律，…" (1979)
    r"(?:没有|未能|不能)完成[^，,。]{0,8}计划",
    r"仍然存在",
    r"依然存在",
    r"^主要是[：:]",
    r"^[一二三四五六七八九]是.{0,30}(?:不足|不强|不优|偏少|滞后|有待|亟待|仍然|依然|较大|突出|不够)",
)

# A shortfall named in passing, in the middle of a review or a plan: unlike PROBLEM it does not open the
# closing paragraphs of a review (1956 names them among its results).
SHORTFALL = cue(
    "problem",
    # A plan not fulfilled, or hurt: "这就使得原定的…计划不能完成。"
    r"计划的?(?:没有|未能|不能)完成",
    # A level not reached: "首先是粮食每亩平均年产量还有百分之七十以上的县没有达到纲要要求的水平。" (1960)
    r"(?:没有|未能|尚未)达到[^。，,；;]{0,16}(?:要求|水平|指标)",
    r"影响了?[^。，,]{0,16}(?:计划|任务)的完成",
    # Tendencies, accidents, losses and bad habits: "也存在着片面地追求多、快…的倾向。", "…的现象又在抬头。",
    # "…有百分之二十四的国营工业企业存在着程度不同的亏损" (1979)
    r"存在着[^。；;]{0,40}(?:倾向|偏向|缺点|错误|缺陷|亏损)",
    r"(?<!没有)(?<!防止)(?<!避免)(?<![未没无不])发生了?[^。，,]{0,12}事故",
    # A disaster that struck: "去年长江、嫩江和松花江流域发生历史罕见的洪涝灾害，直接经济损失2000多亿元" (1999)
    # (Not the disasters a result was won against: "面对…频繁发生的自然灾害，全市上下…迈出重要步伐".)
    # (Nor one the sentence goes on to tell the relief of: "…发生较强地震，我们及时高效展开抗震救灾" (2015).)
    r"^(?!面对|战胜|克服|抗击|经受)[^。]{0,30}(?<!没有)(?<!防止)(?<!避免)(?<![未没无不防])发生了?(?!的)[^。，,]{0,12}"
    r"(?:灾害|灾情|洪灾|旱灾|水灾|洪涝|干旱|地震)(?![^。]{0,60}(?:战胜|夺取|取得|救灾|抢险|抗灾|救助|重建|转移|安置))",
    # A consequence that keeps a plan from working: "…项目过多，以至许多工程长期不能形成新的生产能力。" (1979)
    r"以(?:至|致)[^。]{0,20}(?:不能|无法|难以)",
    # Damage done by the other side: "由于林彪、“四人帮”的干扰破坏，过去十多年中经济事业…发展缓慢" (1979).
    rf"由于[^。，,]{{0,16}}的(?:长期|严重)?(?:干扰)?破坏(?![^。]*{NAMED_TASK})",
    r"(?:现象|倾向|风气|思潮)[^。，,]{0,4}(?:抬头|滋长|蔓延)",  # "…，使这股…错误思潮滋长蔓延。" (1987)
    # Problems still to be solved: "试点中发现了不少新的问题，有待于今后进一步解决。",
    # "长期积累下来的职工住宅、…等问题，还要多年努力逐步解决。" (1980)
    r"问题[，,]?(?:有待|尚待|还要|还需|仍需)[^。，,]{0,12}解决",
    # Work still to be done, said as what is lacking: "在增产措施方面，我们也还有许多工作要做。" (1960)
    r"还有(?:许多|很多|大量|不少)[^。，,；;]{0,4}工作要做",
    # Problems still grave after what was done: "…虽然取得了一定成效，但现在问题还相当严重。" (1992)
    r"问题(?:还|仍|仍然|依然)[^。，,；;]{0,4}(?:严重|突出)",
    # "…，但市场供需矛盾仍相当尖锐。" (1987)
    r"矛盾(?:还|仍|仍然|依然)[^。，,；;]{0,4}(?:严重|突出|尖锐)",
)
# A trouble met in the past, told as it happened: "…曾经遇到了相当严重的困难。",
# "我们在实际工作中也发生了一些缺点和错误。", "…给整个国民经济的发展带来了很大的困难。",
# "…，这就给两国关系制造了困难。" (1964).
# A problem, unless a clause overcomes it or the sentence looks ahead ("将继续克服…所发生的缺点").
TROUBLE_MET = cue(
    "problem",
    r"(?:遇到|遭到|遭受|发生|带来|加重|造成|制造)了[^。，,；;]{0,14}(?:困难|缺点|错误|损失|损害|挫折)",
    # "…效率低下，对经济建设和改革开放产生了许多不利的影响。", "…都遇到许多新情况和新问题。" (1992)
    r"(?:产生|带来|造成)了[^。，,；;]{0,8}不(?:利|良)的?影响",
    r"遇到了?[^。，,；;]{0,12}问题[。]$",
    # Harm done, told in the perfect: "这种状况搅乱了部分人的思想，…，影响了安定团结，干扰了建设、改革和开放。",
    # "…，既提高了生产成本，又加剧了消费结构与产业结构的矛盾。", "…，铺张浪费发展到了相当严重的地步。" (1987)
    r"(?:搅乱|扰乱|干扰|败坏|危害|加剧)了",
    r"发展到了?[^。，,；;]{0,6}(?:严重|惊人)的(?:地步|程度)",
)
# What to do about the shortcomings just named: "这些缺点，应该在今后的工作中注意避免。",
# "所有这些缺点都必须克服。" (1956): the sentence is about the problems, not a task of its own.
THESE_PROBLEMS = cue(
    "problem",
    r"^(?:所有)?(?:这些|上述|以上|上列)(?:各项)?(?:缺点|错误|倾向|偏向|问题)(?:[，,]|都|必须|应该|应当|正在|虽然)",
)

# Weaker signs of a shortcoming; two of them (or one in a closing paragraph) make a problem.
PROBLEM_WORDS = re.compile(
    r"缺点|片面地?|不及时|落后于|不合理|不尽|不适当|错误的|偏高|偏大|偏多|过猛|过快|过多|忽视|积压|缺少|来不及|低劣|冒进|较差"
    r"|不及去年|没有注意|没有充分|还没有|不适应|阻碍|还很(?:薄|低|少|差|弱|落后)|(?:没有|不能|未)完成|不利于|不足|不强|不优|不高|不够|偏少|偏弱|偏低|滞后|有待|亟待|仍然|依然|仍较|仍显|仍处于|短板|差距|瓶颈|制约|压力(?:依然|仍然|较大)|薄弱|不平衡|不充分|困难"
    r"|缺陷|妨碍|远远不能|还不能|难于满足"
    # A deficit that arose: "去年，国家财政出现一些赤字，银行信贷也出现一些差额。" (1987); not the deficit a
    # budget plans.
    r"|出现[^，,。；;]{0,4}(?:赤字|差额)"
    # "上半年经济增长速度出现减缓趋势" (1999; a fall in prices, 回落, may be good news), "不能适应新的情况" (1980)
    r"|不能适应|发展缓慢|出现(?:减缓|下滑)趋势"
    # "…，农民收入增长相对缓慢。", "…，对外贸易出现较大逆差。", "…，建设规模过大，资金供需矛盾仍很突出。" (1994),
    # "…，不少农产品供过于求，价格下跌，农民收入增长减缓。" (1999); not "通过大会", "经过大量…"
    r"|(?:增长|增速|进展)(?:相对|比较)?(?:缓慢|减缓)|供过于求|逆差|矛盾[^，,。；;]{0,4}突出|(?<![通经])过大(?![会量])"
)

# No order nor duty in the rest of the sentence: "当前，全市发展进入新阶段，要加快转型升级。" states its task.
_NO_TASK_AHEAD = r"(?![^。]*(?:(?<![重主必只首纲紧需])要(?![求素务点])|必须|应当|应该|将))"

BACKGROUND = cue(
    "background",
    r"^从.{1,12}(?:看|来看)[，,]",
    r"^从[^，,。]{1,8}意义上(?:来)?说[，,]",
    # What a group of people thinks of a policy: "各少数民族的广大劳动人民，坚决拥护和积极参加…", "少数民族的许多上层
    # 人物，也表示拥护社会改革，…" (1964), "全国人民热烈拥护党中央关于经济体制改革的决定，…" (1985); not our duty ("我们
    # 必须坚决拥护…").
    r"^[^，,。]{0,16}(?:人民|群众|人物|人士)[，,]?(?:也|都)?(?:表示)?(?:坚决|热烈|积极)?(?:地)?拥护",
    # Words of a leader quoted: "邓小平同志最近指出，要教育全国人民…" (1985)
    r"^[^，,。]{1,12}(?:同志|总书记|主席)(?:最近|曾经|多次)?(?:在[^，,。：:]{2,30}中)?(?:指出|强调|说过?)[，,：:]",
    # What a leader held or said long ago: "毛泽东同志认为，…" (1979), "…孙中山先生，在本世纪初期就说过，…" (1964).
    r"^[^。]{0,30}(?:同志|先生|主席)[，,]?(?:在[^，,。]{2,12}[，,]?)?(?:就|早就|曾经)?(?:认为|说过)[，,：:]",
    r"^(?:总体来看|总的来看|综合来看|综合分析|从总体上看)",
    r"风险挑战.{0,12}不容低估",
    # A force or a danger not to be underrated: "…的流毒，还不容低估。" (1979), "…投资在促进经济增长中的作用不可低估。"
    # (2013)
    r"(?:不容|不可)(?:低估|忽视)[。！!]?$",
    r"党中央高度重视",
    # The stance alone: "党和政府十分重视廉政建设。" (1992)
    r"^(?:党中央|党和政府|党和国家|国务院|中央)[^，,。]{0,12}(?:高度|十分|非常)重视[^，,。]{0,20}[。]$",
    # The chances and challenges faced: "综观世纪之交的形势，我们面临着历史机遇和新的挑战。" (1999)
    r"面临(?:着|的)?[^。，,；;]{0,12}(?:机遇|挑战)",
    r"(?:机遇|优势)(?:和|与)?.{0,8}(?:依然不少|大于挑战)",
    r"提出了?新的(?:更高)?要求",
    r"突如其来",
    r"形势(?:比预料的|依然|更加|十分|异常)",
    r"^面对.{0,30}(?:形势|局面)[，,].{0,6}(?:党中央|省委|市委)",
    r"(?:意义重大|意义深远|责任重大)[。！!]?$",
    r"任务(?:十分|非常|相当|更加)?艰巨[。！!]?$",  # "…要求越来越多、越来越高，任务十分艰巨。" (1980)
    r"^当前[，,]?[^，,。]{0,16}(?:形势|处在|处于|正处)",
    # "当前社会结构…发生深刻变化，社会矛盾明显增多。", "当前，农业农村发展进入一个新阶段，呈现出…的态势" (2013);
    # not with its task ("当前，全市发展进入新阶段，要加快转型升级。").
    rf"^(?:当前|现阶段){_NO_TASK_AHEAD}[，,]?[^。]{{0,30}}(?:发生|进入)[^。，,]{{0,12}}(?:变化|阶段)",
    # "…，世界经济复苏充满不确定性、不稳定性。" (2013)
    r"(?:充满|存在|面临)[^，,。]{0,6}不确定性",
    r"(?:不可阻挡的历史潮流|当今时代的主题)",
    # "今年通货膨胀压力仍然较大，主要是：…" (2013): the pressures of the year as the subject, with no task.
    rf"^{_NO_TASK_AHEAD}[^，,。]{{0,16}}压力(?:仍然|依然|仍|还)(?:较大|很大|巨大|不小)",
    r"^[^，,。]{0,12}[，,]?(?:我国|我市|全市|全国)?遭(?:遇|受)了?一场[^，,。]{0,20}[。]$",
    r"(?:担负着|肩负着)[^。]{0,20}任务[。]$",
    r"深感(?:肩负的)?责任",
    r"暴露出.{0,24}(?:问题|矛盾|短板|不足)",
    r"带来[^。，,]{0,6}挑战[。]?$",
    r"给了我们[^。]{0,12}(?:力量|信心)",
    r"是[^。，,]{0,20}(?:大好|有利)时机[。]$",
    # How long it has been: "…为执行农业发展纲要而努力，到现在已经四年了。" (1960), "…已经一年零三个月了。" (1979)
    r"已经[^。，,]{1,4}(?:年|个月)(?:零[^。，,]{1,5})?了[。]$",
)

# How things stand and where they lead, said of no task: "现在形势很好，机遇难得。", "中国经济正在迅速发展，市场前景
# 非常广阔。", "世界格局多极化的趋势明显增强。" (1994), "现在全国的形势很好，…" (1960).
SITUATION = cue("background", r"形势(?:很好|大好)[，,。]|前景(?:非常|十分)?广阔[。！!]?$|机遇难得|趋势明显增强")
# Told with a result, the state reached is a result too: "…，我们粉碎了林彪反党集团，…召开了党的十大，全国形势大好。"
# (1978), "…开始收到了效果，显示了这种合作的前景十分广阔。" (1984).


def situation(text: str) -> str | None:
    """How things stand (``SITUATION``), in a sentence that tells no result (了, 已经); else None."""
    found = SITUATION.find(text)
    return found if found and not PERFECT.search(text) and "已经" not in text else None


# The year's target figure, whatever background or favourable conditions it is stated over:
# "综合分析国内外的有利条件和制约因素，今年的经济增长预期为7％左右。" (1999).
YEAR_TARGET_FIGURE = re.compile(r"今年[^。，,]{0,16}(?:预期|预计)(?:目标)?(?:定?为|是)?[^。，,]{0,4}[0-9０-９]")
# An achievement or a commitment stated over a background clause: "面对突如其来的疫情，…迈出重要步伐。",
# "…提出了新的更高要求，我们一定…持续深化…".
ACHIEVED = re.compile(
    r"(?:迈出|取得|实现)了?[^，,。]{0,8}(?:步伐|成效|成绩|突破|胜利|进展)"
    # "当前我国经济发展的总形势很好，…出现了持续、稳定、协调发展的新局面。" (1985)
    r"|出现了[^。]{0,20}(?:新局面|新气象)|[，,](?:我们|政府)(?:一定|将|要)"

)

# A statement of principle: "解决三农问题，是我们全部工作的重中之重。" (unless it names this year's task).
PRINCIPLE = cue(
    "statement of principle",
    r"^[^。！!；;]{2,70}(?:是|就是|才是|始终是|仍然是)[^，,。；;]{0,30}"
    r"(?:重中之重|首要任务|重要(?:而[^，,。]{1,4})?的?(?:任务|方面|保障|职责|内容|途径|支撑|基础|前提|标志)|根本(?:任务|目的|保证|出路)"
    r"|应尽的(?:责任|职责)|(?<!根本)保证|战略问题|坚定不移的目标|出发点和落脚点|大事"
    # What a thing is for the whole, said of no year: "改革开放是国家发展进步的根本动力。", "…，是社会主义市场经济体制的
    # 重要基石。", "保持物价总水平基本稳定始终是宏观调控的重要目标。" (2013), "材料是…的重要物质基础。" (1980),
    # "加强精神文明建设是各条战线和各个部门的共同任务。", "…，仍然是国际社会面临的主要任务。" (1994), "这是深化企业
    # 改革的重要任务，也是保持社会稳定的重要措施。" (1999), "人民公社制度是…的根本保障。" (1960)
    r"|重要的?(?:措施|目标|基石|物质基础)|根本(?:动力|保障)|(?:共同|主要)任务"
    r"|重大的?措施"  # "实行这个组织法是扩大和发扬社会主义民主的重大措施。" (1979)
    # "…，是全国人民最关心的问题。", "…，是保证整个改革顺利进行…的关键所在。" (1985)
    r"|最关心的问题|关键所在|全局的关键"  # "…但是调整是目前国民经济全局的关键。" (1979)
    # A part of a policy: "继续发展同周边国家睦邻友好关系是我国外交政策的重要组成部分。",
    # "…是我国外交政策的一个基本点。" (1992), "这“三条保障线”，是…社会保障制度的重要组成部分。" (1999)
    r"|重要组成部分|基本点"
    # What a thing is the key to, of no year: "深化农产品价格和流通体制改革，是进一步发展农村商品经济的关键。" (1992)
    r"|的关键)[。！!]?$",
    # "能不能在本世纪内实现四个现代化，决定着我们国家和民族的命运。" (1979)
    r"^[^，,。]{2,30}[，,]?决定着[^，,。]{2,20}[。]$",
    # What the conditions of the country determine: "这种基本国情决定了要从根本上改变我国的面貌，…必须经过坚韧不拔的
    # 持久努力，而决不能急于求成。" (1987)
    r"^这(?:种|个|些)?[^，,。]{0,8}决定了",
    r"^(?:政府的)?一切权力都是人民赋予的",
    r"^[^。]{2,40}[，,]关键(?:是|在于)[^。，,]{1,20}[。]$",
    # "…，是社会主义生产的目的，也是我们经济工作的一项基本原则。", "遵守纪律的最高标准，是…" (1985)
    r"[，,](?:也)?是[^，,。；;]{0,20}(?:的目的|基本原则|根本原则)[。]$",
    r"^[^，,。]{2,20}的(?:最高标准|根本目的|基本原则)[，,]?(?:是|就是|在于)",
    r"目的都?是为了",
    # What a thing has become: "国营企业的积累已经成为国家预算收入的主要来源。" (1956)
    # "…，并已成为整个国民经济的重要组成部分。" (1992)
    r"已(?:经)?成(?:为|了)[^。]{0,40}(?:关键|主要来源|重要组成部分|基础|前提)[。]$",
    r"负有[^。，,]{0,8}责任[。]$",
    # How much a thing matters: "继续扫除文盲和普及小学教育十分重要。" (1979).
    r"(?:十分|非常|极为|极其|尤为)(?:重要|必要|迫切|有利)[。！!]?$",
    # A need named after the change that calls for it: "…发生了很大变化，调整结构势在必行。" (1992); after the measures
    # themselves ("…，进一步扩大投资需求，势在必行。" (1999)) it is their task.
    r"[，,][^，,。]{2,12}势在必行[。！!]?$",
    # What a principle asks of us: "社会主义民主要求我们坚决维护…" (1979); "我们要求各地区…" is an order, and so is
    # what the state just told asks of us: "这就要求我们十分注意在这个问题上提高自觉性，…" (1987).
    r"^(?!这)(?:(?!我们|国务院|政府)[^，,。]){2,12}要求我们|[，,]就是要求我们",
    r"^只有[^，,。]{2,20}[，,][^，,。]{2,20}才",
    # A rule for everyone: "谁要享受自己的人身自由，他就必须尊重别人的人身自由" (1979).
    r"谁要[^。，,]{1,20}[，,][^。，,]{0,6}就(?:必须|要|应当|得)",
)

# How we always go about things: "我们一贯克己助人，…" (1964), "我们始终把实行科学民主决策、…作为政府工作的基本准则。",
# "在货币政策运用上，始终注意把握…之间的平衡。" (2013): a standing way of working, told of no period.  "始终不渝地…"
# vows to go on (a task in 1979, 1994, 1999 and 2013).
STANDING_CONDUCT = cue(
    "standing way of working",
    r"^(?:[^，,。]{0,16}[，,])?(?:我们|我国|中国政府|中国人民|中国|我国政府|国家|政府)?(?:的[^，,。]{0,6})?"
    r"(?:始终|一贯|一向|历来|从来)(?!不渝)",
)
_FIGURE = re.compile(r"[0-9０-９]")


def standing_conduct(text: str) -> str | None:
    """How we always work (``STANDING_CONDUCT``), with no marker of time and no figure; else None."""
    found = STANDING_CONDUCT.find(text)
    return found if found and not any(time_weights(text)) and not _FIGURE.search(text) else None

# Why a target was set or what a measure is for: "这些目标的设定，充分体现了…", "这也有利于…".
EXPLANATION = cue(
    "explanation",
    r"^这(?:也|样|些)?(?:不仅)?(?:是因为|有利于|有助于|就是说)",
    r"^这样[，,](?:也|就|还)?(?:有利于|有助于)",  # "这样，也有利于培养和造就…一大批…社会主义企业家。" (1987)
    r"^这(?:不仅)?是[^，,。]{0,24}(?:需要|之计|原因)",
    r"(?:目标|指标)的(?:设定|确定|提出)[，,]?(?:充分)?(?:体现|考虑|兼顾)",
    # "我们讲调整，就是要…" (1979) says what is to be done: a task, no explanation.
    r"^[^，,。；;]{1,6}[，,]就是(?!要)",
    r"^(?:之|其)所以",  # "其所以是错误，因为这些论点，不符合…" (1964)
    # What a policy is for or what it is at bottom: "它的目的，就是要经过长期的阶级斗争，…", "我国对外援助的
    # 出发点是，…", "我们对民族资产阶级的和平改造，实质上就是…的一种特殊形式。" (1964), "整风运动的本来的目的，
    # 是要…" (1958).
    r"^[^。，,；;]{0,30}(?:目的|出发点)[，,]?(?:就|也)?是",
    # After what is done for it: "我们进行经济建设和改革开放，目的是不断改善人民的物质和文化生活。"; not with the task
    # ("正在…开展的社会主义思想教育，目的是…，要继续抓紧抓好。") (1992)
    rf"^[^。，,；;]{{2,30}}[，,](?:其)?(?:根本)?(?:目的|出发点)(?:就|也|都)?是{_NO_TASK_AHEAD}",
    r"实质上(?:就)?是",
    # What the speaker stops to point out: "这里需要特别指出，实施积极的财政政策是特定条件下采取的特定政策。" (1999),
    # "这里需要着重说明的是，…" (1979)
    r"^这里(?:需要|要|应当)?(?:特别|着重)?(?:指出|说明)",
    r"^这(?:主要地?)?是[^。]{0,40}的结果",
    r"[，,]这(?:主要地?|也|就)?是[^。]{0,40}的结果[。]$",
    # "凡是因为经营管理不善而长期亏损的企业，都必须…" (1979): 凡是 is no copula.
    r"(?:^这|(?<![但凡])是)(?:主要地?|也)?(?:是)?(?:因为|由于)",
    r"^因为[^。]{2,60}所以",
    # The reason of what was said before: "因为这些东西并不是一次扑灭，永不再生，…" (1960); "因为节约了资金，国家…就…"
    # (1956) says what followed, a result.
    r"^(?:这是)?因为(?![^。]*[，,][^。]*就)",
    # What must be borne in mind: "另一方面，我们也必须看到，提前实现…并不是一件轻而易举的事。" (1960).
    r"^(?:[^，,。]{0,6}[，,])?(?:我们)?(?:也|还)?(?:必须|应该|应当)(?:清醒地?)?看到[，,]",
    # "由于…估计不足的地方，因此，…必须随时注意…" (1958) draws a duty from the cause: a task.
    # So does "…，因此特别注意培养和提拔青年和中年干部是各级政府的紧迫任务之一。" (1979).
    rf"^由于[^。]{{0,160}}(?:所以|因而|因此|致使|使得|就使)(?![^。]*(?:必须|应当|应该|{NAMED_TASK}))",
    r"(?:包括|列入)[^。，,]{0,40}(?:在内|以内)[。]$",  # "…还没有包括广大农业合作社、…的投资在内。" (1958)
    r"需要说明",
    r"^(?:以上所说的|上述)[^。]{0,30}都(?:包括|是按照)",
    # What a figure or a difficulty shows: "…的分配，正反映着…的愿望。", "…困难，就反映了…注意不足。" (1956)
    r"(?:正|就|充分)反映(?:着|了|出)",
    # What a result shows: "这充分显示了人民公社制度的优越性。" (1975) judges, it adds no result.
    r"^这[^。，,]{0,4}(?:充分)?(?:显示|说明|证明|表明|体现)(?:了|出)",
    r"(?:前面|上面)已经说过(?![^。]*(?:必须|应当|应该))",
    r"^(?:但是?[，,]?)?(?:大家知道|我们认为|如上所说|(?:应该|应当|需要)(?:指出|说明)|应该看到|应当看到|(?:应该|应当|必须)承认[，,])",
    # What the facts named before show: "这一切表明，要充分实现社会主义民主，…还需要我们进行巨大的努力。",
    # "由此可见，不粉碎…，我们就不可能实现工作着重点的转移…" (1979); "由此可见，…还是…要继续完成的任务" (1960)
    # draws a task from them.
    r"^这(?:一切|些)?(?:都)?(?:表明|说明|证明)[，,]",
    # What others had to admit: "外国的原子科学家也不能不承认，我国这次核试验，已经超过了…" (1964).
    r"不(?:能|得)不承认",
    # What a result is not yet: "实现了全国农业发展纲要，也不等于农业就完全“过关”了。" (1960)
    r"(?:并|也|还)不等于",
    r"^由此可见(?![^。]*(?:(?<![重主必只首纲紧需])要(?![求素务点])|必须|应当|应该))",
    # What a word means: "当然，强调管理，指的是要…" (1985).
    r"^[^。]{0,16}[，,]?指的是",
)

# A sentence opening on "但是" without a future marker adds a caveat or a shortfall to what came before.
CONTRAST = cue("caveat", r"^但(?:是)?[，,]?")

# What can only change with time: "…，但缓解财政困难需要有一个过程。" (1994), "…，由于产业结构的改变要有一个过程，有些
# 商品还供不应求。" (1980), "…多年积累下来的问题不可能一下子全部解决，…" (1979), "…，但是要储备这样多则不是短期内所能
# 实现的。" (1960): a caveat on what was said, neither a task nor a result.
# "植树造林到实现绿化也还有个很长的过程，…" (1960), "…，要实现全面禁止…核武器的目的，还要经过长期的、严重的、
# 复杂的斗争。" (1964).
TAKES_TIME = cue(
    "caveat",
    r"(?:需要|要)有?一个[^。，,；;]{0,10}过程",  # "…，需要有一个长期建设的渐进过程。" (1987)
    r"还有一?个[^。，,；;]{0,6}过程",
    r"(?:需要|要)(?:有)?一个(?:很长|相当长|较长)的时间",  # "…谁胜谁负的斗争，需要一个很长的时间，才能最后解决。" (1964)
    r"还要经过[^。，,；;]{0,16}(?:斗争|过程)",
    r"不是短期内所能",
    r"不可能一下子",
)

# A judgement on what was said before, not a task or a result: "这是完全必要的。",
# "政府所定的收购价格是对农民有利的。" (a sentence that also reports a result, with 了, is not one).
# "…是任何反动势力所阻挡不了的。" (1964): what cannot be done is no result told.
JUDGEMENT = re.compile(r"是(?:[^，,。；;了]|(?<=不)了){0,24}的[。！!]$")
# A verdict on a thing named before, then what it is good for: "这个改革方案是积极而又稳妥的，有利于…" (1985).
JUDGEMENT_OPENING = re.compile(r"^这(?:个|种|些|项)[^，,。]{0,10}是[^，,。了]{2,12}的[，,]")
# A verdict closing a sentence on what was done: "…，克服了铺张浪费现象，这是正确的，必要的。"; what a thing is worth:
# "这是一种很有价值的，…农田基本建设。", "有的地区正准备…，这是一个值得研究推广的新经验。" (1960).
JUDGEMENT_TAIL = re.compile(
    r"(?:^|[，,])这是(?:完全|很)?(?:正确|必要|错误|合理|不合理|好)的"
    r"|(?:^|[，,])这是一(?:个|种)(?:很|极)?(?:有价值|值得[^。，,]{1,8})的"
)
# A thing or a view said to be wrong, whatever the view itself asks for:
# "那种认为…就要停止引进的观点，都是完全错误的。",
# "认为阶级斗争已经熄灭的观点和…的观点，都不符合我国现阶段的客观实际，…" (1979).
WRONG_VERDICT = re.compile(
    r"是(?:完全|极端|十分|非常)?(?:错误|有害|荒谬|无理)的[。！!]?$|(?:观点|看法|想法|说法)[，,]?都?(?:是[^，,。]{0,4}错误|不符合)"
)
# What keeps a "…是…的" sentence from being a mere judgement: a result (了) or a commitment.
_NOT_JUDGEMENT = re.compile(r"(?<![为除不])了(?![解不])|将|(?<![重主必只首纲紧需])要(?![求素务点])|必须|一定")
# Where the view or the thing judged begins: what it asks for is no task of ours ("那种认为…就要停止引进的观点" (1979)).
_VIEW_OPENING = re.compile(r"那种|这种|认为|以为|有人|任何|一切")


def _wrong_verdict(text: str) -> bool:
    """A thing or a view said to be wrong (``WRONG_VERDICT``), with no task or result of ours before it is named:
    "在工业建设中，必须…贯彻重点建设的方针…，那种…认为…，这种想法和做法，…是有害的。" (1955) states the task."""
    verdict = WRONG_VERDICT.search(text)
    if verdict is None:
        return False
    view = _VIEW_OPENING.search(text, 0, verdict.start())
    return not _NOT_JUDGEMENT.search(text, 0, view.start() if view else verdict.start())


# An argument rather than a task or a result: what would follow if…, what a measure will bring about,
# and a short verdict on what came before ("这是一条重要的教训。").
ARGUMENT = cue(
    "argument",
    # "如果今年各方面的工作都能够做得更好一些，…就有了更为坚实的基础。" (1992)
    r"^(?:如果|假如|倘若|即使)[^。]{0,60}(?:就会|也会|将会|就能|不仅|就有了)",
    # "要想多引进一些外国先进技术，就得努力增加自己的偿付能力" and "如果…，那就根本不是社会主义民主" (1979).
    r"^(?:如果|假如|倘若|要想)[^。]{2,80}[，,](?:那|那么)?就(?:得|根本|不是)",
    r"即使[^。]{0,40}也会",
    r"^有了[^。]{0,40}(?:才|就)",  # "有了这些胜利，就奠定了我们提前实现农业发展纲要的基础。" (1960)
    # What follows unless a thing is done: "不同这两种官僚主义作坚决斗争，社会主义民主就发扬不了，…" (1979).
    r"^不[^，,。]{2,24}[，,][^，,。]{2,16}就[^，,。]{1,8}不(?:了|出来|起来)",
    r"就能够保证",
    # What an outcome hangs on: "中苏谈判的前途如何，将取决于…" (1979).
    r"取决于",
    r"(?:将|会)产生[^。，,]{0,12}作用",
    # "…，两国关系的改善，对促进本地区乃至世界的稳定与和平都将发挥重要作用。" (1992), "…，对于沟通国内外市场，扩大
    # 对外开放，将发挥重要作用。" (1994)
    r"对(?:于)?[^。了]{2,30}(?:都|也)?将发挥[^。，,]{0,8}作用[。]$",
    # "地方财政工作做好了，对于…的完成有重要的作用。" (1956): what a measure is good for.
    r"^[^。]{2,40}[，,]对(?:于)?[^。]{2,40}有(?:重要|重大|很大|积极)的?作用[。]$",
    r"^这(?:也|就|确实|又|正)?是[^，,。]{0,30}[。！!]$",
    # What a measure will lead to: "这样，我国人民就可以从现实生活中看到…", "这样，…现有企业，才能不辜负…" (1979).
    r"^这样(?!的)[^。]{0,40}(?:就|才)(?:能|可以|会)",  # "这样人民高兴，国家实力也才能增强。" (1992)
    # The more…, the more…: "这样的干部愈多，我们的社会主义民主就愈发展…" (1979).
    r"(?<!来)(?:愈|越)(?!来)[^。，,；;]{1,12}[，,][^。；;]{0,30}(?:就|也)?(?<!来)(?:愈|越)(?!来)",  # not 越来越
)
# The same in passing: what a measure is bound to bring, unless the sentence is a commitment or reports a result
# ("我们将…使任何少数人没有可能…", "今年…提高…收购价格，满足了…，这…必将…" (1979)).
ARGUMENT_IN_PASSING = re.compile(r"必然|必将|可能会|有可能")

# An order for a kind of case: "对沿用过去的工资、奖金办法的，要征收超额奖金税。"
ORDER_FOR_CASE = cue(
    "order for a case",
    r"^对(?:于)?[^。]{2,40}的[，,](?:要|应|应当|应该|准备|必须)",
    r"^对(?:于)?[^。，,]{2,30}[，,](?:要|应|应当|应该|准备|必须)",
)


# A part of the whole doing something wrong: "有一部分国营企业还没有贯彻执行增产节约的措施。"
PARTIAL_SUBJECT_FAULT = re.compile(
    r"^(?:现在|目前|此外|结果|当时)?[，,]?(?:有的|有些|有一些|一些|有一部分|一部分|有不少|不少|有许多|许多|少数|个别)"
    r"[^，,。；;]{0,16}(?:[，,]|[^，,。；;]{0,14}[，,])?"
    # Or spreading wrong views: "当时，有不少的人在国内问题上积极鼓吹什么“三自一包”…" (1964).
    r"(?:还|仍|也|却|积极)?(?:没有|不够|不好|片面|不顾|盲目|不重视|忽视|违反|乱|鼓吹|散布|宣扬什么)"
)


RHETORIC = cue(
    "rhetoric",
    r"^让我们.*(?:奋斗|努力|前进|奋进|拼搏|贡献|答卷|新局面)[！!。]?$",
    r"^让我们(?:更加紧密地)?团结在",
    # A closing slogan: "…，团结起来，争取更大的胜利！" (1975).
    r"(?:团结起来|争取更大的?胜利)[^。]*[！!]$",
    r"(?:我们|政府)(?:坚信|一定(?!要))[^。！!]*[！!]$",
    r"(?:充满|坚定)(?:了)?信心(?:[，,]充满希望)?[。！!]?$",
    r"满怀(?:着)?[^。，,]{0,6}信心[。！!]?$",  # "我们对自己国家的前途充满了希望，同时满怀着必胜的信心。" (1987)
    r"出发点和落脚点",
    r"交出了(?:一份)?.{0,20}答卷",
    r"^只要.{0,60}就(?:一定|必将|能够|可以)",  # "只要看我们的历史就可以知道了。" (1964)
    # What follows if a condition holds, told of relations or of the economy: "只要严格遵循…各项原则，…中美关系就会
    # 继续得到改善和发展。", "…有着广阔前景，只要双方共同努力，相互关系就能进一步巩固和加强。" (1994)
    r"^(?:[^，,。]{0,30}[，,])?只要[^。；;]{2,90}[，,][^。；;]{0,16}就(?:会|能(?!力))",
    # "只要我们能够再连续若干年保持…的增长率，就是了不起的成绩。" (1994), "…，只要大体保持这样的发展速度，是完全可以实现
    # …的" (1985), "…，只要愿意进行改造，…，是有光明前途的。" (1964)
    r"只要[^。；;]{2,90}[，,](?:就是|是(?:完全)?(?:可以|能够|有))",
    # "近几年来的实践充分证明，凡是改革搞得比较好的企业，…" (1987), "去年的实践证明，这是…" (1999)
    r"^(?:[^，,。]{1,10}的)?实践(?:经验)?(?:充分|再次)?(?:证明|表明)",
    r"^(?:这样的|这些)?事实告诉(?:了)?我们",
    # "历史的经验和当前的现实都告诉我们，和平不能用祈求来取得…" (1979).
    r"^[^，,。]{2,24}(?:都)?告诉(?:了)?我们[，,]",
    r"^希望(?:各位代表|全国)",
    # "我希望在大会讨论通过以后，各位代表能把政府的工作和方针广泛地传达给全国人民…" (1979).
    r"^我(?:们)?希望[^。]{0,20}[，,]各位代表",
    r"(?:惟有|唯有)(?:奋斗|实干)",
    # "任何力量和干扰都不能阻挡我们前进。" (1987)
    r"任何[^。，,]{0,12}都(?:不能|无法)?(?:阻挡|动摇)",
    r"(?:惟有|唯有|只有)[^。]{0,12}(?:才能|方能)",
    r"^(?:[^，,。]{0,6}[，,])?(?:惟有|唯有|只有)[^。]{0,60}(?:才能|方能)",
    # A belief, not a task: "我们相信，到那个时候…", "我相信，…这一次会议，一定会…" (1979).
    # "我们坚定不移地相信，…", "我们从来相信，…" (1964), "但是，我们相信，…".
    r"^(?:但是[，,]?)?(?:我|我们)(?:[^，,。]{1,6}地|从来|始终|一直|都)?(?:相信|深信|坚信)[，,]",
    # "我们坚信人民解放军在这些方面将继续为国家、为人民作出更大的贡献。" (1987): what we believe others will do.
    r"^(?:我|我们)(?:坚信|深信)(?!自己|我们)[^，,。]{2,16}(?:将|会|必将|一定会)",
    # "…，相信大家是会理解的。" (1979), "对于这种情况，相信我们的…是能够充分理解的。" (1985)
    r"(?:^|[，,])相信[^，,。]{1,16}(?:会|能够|能)[^，,。]{0,8}的[。]?$",
    # The speaker's belief told by a reporter: "他表示相信，锡兰人民一定能够识破和挫败这个阴谋。" (1964).
    r"表示(?:相信|深信|坚信)",
    # A question asked for effect: "但是，这是否改变了事情的实质呢？", "岂不是要…？" (1979).
    r"(?:呢|吗|么|岂不是[^。？?]*)[？?]$",  # "…现在不是抛掉了么？" (1964)
)

# A short couplet with no content: "大道至简，实干为要。", "使命呼唤担当，奋斗成就未来。"
COUPLET = re.compile(r"^(?P<first>[\u4e00-\u9fff]{4,10})[，,、](?P<second>[\u4e00-\u9fff]{4,10})[。！!]?$")
# Verbs of a measure; a couplet made of them is a task, not rhetoric.
MEASURE_VERBS = re.compile(
    r"正确处理|妥善处理|普及|弘扬|践行|倡导|举办|促进|提高|增加|保障|保护|防范|巩固|稳定|加强|推进|推动|实施|建设|提升|深化|完善|开展|加快|扩大|强化|健全|落实|打造|培育|支持|发展|优化|严格|开工|启动|整治|减少|精简|压缩|控制|发挥|执行|安排"
)
# Verbs that remedy a shortcoming: "补齐短板" is a task, not a problem.
REMEDY_VERBS = re.compile(r"针对|补齐|补|解决|扫除|排除|清除"
    # "为了进一步改变在建规模过大和投资结构不合理的状况，…" (1987),
    # "…，改变我国大部分科技力量游离于企业和市场之外的局面。" (1999)
    r"|改变[^，,。；;]{0,24}(?:状况|状态|局面|现象)"
    # Troubles faced while a result was won, and a cut made: "对外贸易在面临国际石油价格暴跌、…等许多困难的条件下，经过
    # 艰苦努力…，超额完成出口计划，压缩了不适当进口，缩小了外贸逆差。" (1987)
    r"|(?:面临|面对)[^，,。；;]*的(?:条件|情况|形势)下|压缩"
    r"|破解|化解|缓解|克服|纠正|整治|攻坚|应对|治理|改善|消除|弥补|突破|聚焦|找"
    # "…，提高了长期偏低的部分基础工业产品的价格，…缩小差距，…" (1992)
    r"|缩小|提高了")

# A line that announces a list: "重点做好以下工作：", "具体抓了以下工作:".
LEAD_IN = cue(
    "lead-in",
    rf"(?:以下|如下|下面)(?:[^，,。：:]{{0,4}})?(?:方面)?(?:的)?(?:工作|任务|事情|重点|方面){_COLON}?[。]?$",
    rf"[一二三四五六七八九十两]+个?(?:方面|项|件)(?:[^，,。：:]{{0,4}})?(?:的)?(?:工作|任务|事情|重点)?{_COLON}[。]?$",
    r"[一二三四五六七八九十两]+个?(?:方面|项|件)(?:的)?(?:工作|任务|事情|事)[。]?$",
    rf"(?:主要|重点|具体)(?:做了|抓了|开展了|做好|抓好)[^，,。]{{0,10}}{_COLON}[。]?$",
    rf"^[^，,。]{{0,12}}(?:重点|着力|主要)[^，,。]{{0,14}}{_COLON}$",
    r"^一年来[，,]我们主要做了",
    r"在以下[^。，,]{0,10}(?:问题|方面)上",
    # "做好今年政府工作，要把握好以下三点。" (2015), "…以下几点：" (2017)
    rf"以下[一二三四五六七八九十两几]+(?:点|条){_COLON}?[。]?$",
    # A copula that only opens the list: "我们需要采取的方针应该是：", "今年价格改革的主要内容是：" (1979, 1985).
    rf"^[^。]{{2,40}}(?:应该|应当)?(?:是|为|如下){_COLON}$",
    # Proposals announced: "结合过去十年特别是近五年工作的体会，对今年政府主要工作提出以下建议。" (2013)
    rf"(?:提出|谈谈?)(?:以下|如下)[^，,。：:]{{0,4}}(?:建议|意见|看法){_COLON}?[。]?$",
)
# "…是今年宏观调控的一项重要任务。" names a task; it announces no list.
COPULA_ENDING = re.compile(r"是[^，,。；;：:]{0,20}[。！!]?$")


# What can or will follow, in a part after the review whose sentences are otherwise the year's tasks (1994, 1999):
# "加强基础设施建设，不仅可以拉动当前经济增长，还可以增强经济发展的后劲。", "…，势必会引发通货膨胀，…",
# "今年出台的改革措施，…将对企业生产和经营产生积极作用，但也会给一些企业带来暂时的不利影响。",
# "…，资金紧张问题将长期存在。"  An order or a duty in the sentence makes it a task (``ORDER_OR_DUTY``).
WHAT_MAY_FOLLOW = re.compile(r"可以(?!说)|势必|产生[^。，,]{0,6}作用|带来[^。，,]{0,12}影响|将长期存在")
ORDER_OR_DUTY = re.compile(r"(?<![重主必只首纲紧需])要(?![求素务点])|必须|务必|应当|应该|一定")

# What a measure will bring, said after it (1979: "…设立常务委员会，不但将大大提高…的作用"; "这样，我们就能够使…"):
# an argument for the measure; the task itself is said elsewhere.  Read only where no part gives the time.
EFFECT = re.compile(
    r"(?:^这样[，,]|[，,])(?:这(?:个|种|些|样)?[^，,。]{0,6})?(?:我们)?(?:不但|不仅|就|也|既)?"
    r"(?:将会|将大大|将使|将为|会使|会促进|能够使|就能够|就能|既能|可以使"  # "…，就可以使整个农业生产…" (1960)
    # "…，就更能够促进生产的发展。", "坚持这些制度，不仅有利于…，也有利于…" (1960)
    r"|更能够|(?<=不仅|不但)有利于)"
)
# Our confidence that a goal will be reached, whatever tasks it goes on to name: "我们完全有信心在…的照耀下，…一定能够…
# 赶上和超过英国，…，并且在这个基础上继续努力，…" (1960): a belief, as a forecast is.
CONFIDENCE = re.compile(r"^我们(?:完全|充分)?有信心")

# What follows once a thing is done, told as a condition: "这一仗打好了，我们就会具备比较有利的条件，…" (1979),
# "我们的农业发展了，不仅轻工业更好办，…" (1960), "社会生产发展了，…的问题也就更有条件解决了。" (1985): an
# argument, its 了 tells no result and its 就 no task.
CONSEQUENCE = re.compile(r"了[，,][^，,。；;]{0,30}(?:就会|就能|也就|就更|就可以|更好办)")
# A rule for everyone, not a task: "没有一定的秩序，…任何个人的自由都得不到保障。" (1979); an order
# ("任何单位都不得…") stays a task.
FOR_EVERYONE = re.compile(r"任何[^。，,]{0,12}都(?!不得|不准|不许|要|必须|应)")

# A sentence that opens on what must or must never be done: "我们决不能因为…已经取得很大成绩而有所松懈。" (1975):
# the results it names are the ground of the duty, not what it reports.
DUTY_OPENING = re.compile(
    r"^(?:[^，,。]{0,12}[，,])?(?:我们|全党|全军|全国人民|各级[^，,。]{0,8})?[^，,。]{0,6}(?:必须|决不能|绝不能|一定要|务必)"
)

# In a review part, a commitment names its subject: "我们将…", "为此，市政府要…".
COMMITMENT_WITH_SUBJECT = re.compile(
    r"^(?:为此[，,]?|面对[^，,]{0,24}[，,]|对[^，,]{0,12}[，,]|今后[，,]?|下一步[，,]?)?"
    r"(?:我们|[市区县]?政府|本届政府)(?:将|要|必须|既要|一定要|决心)"
)

SELF_COMMITMENT = cue(
    "commitment",
    r"^(?:坚持|坚定|加强|深化|强化|严格|自觉|主动|始终|持续|切实|推进|健全|完善|把|以|要|将)",
    r"(?:我们将|要|将)",
)

# A topic named as a run-in title, with no verb: "关于经济增长目标。", "关于物价总水平。" (2013).
ABOUT_TITLE = re.compile(r"^关于[^，,。；;：:！？!?“”]{2,20}[。]?$")

# A topic title run into the text (1964: a news account's part titles): a short line without an end mark or a
# comma that names a topic, "国民经济的成就和今后的建设任务", "今后发展国民经济中应当注意的几个问题".
_NO_MARK = "[^，,。；;：:！？!?“”]"
# A run-in sub-heading that opens on a task ("努力做好今年的经济工作") says the task: no mere topic (1964 labels).
TOPIC_TITLE = re.compile(
    r"^(?!继续|进一步|大力|积极|认真|切实|努力|加快|加强|抓好|做好|搞好|坚持|全面|深化|推进|实施|扎实|着力|保持|促进|发展|提高"
    rf"|建立|健全|完善|正确处理|进行|开展|巩固)"
    rf"{_NO_MARK}{{2,24}}的{_NO_MARK}{{0,10}}(?:问题|任务|成就|形势|工作|情况)$"
)


def strip_address(text: str) -> str:
    """The sentence without a leading "各位代表，"."""
    return ADDRESS.sub("", text, count=1)


def is_address_only(text: str) -> bool:
    return bool(ADDRESS.match(text)) and not strip_address(text).strip(" \u3000。！!：:，,")


# A half that opens on an order is a task: "改善经营管理，搞好工交生产。", "继续搞好机构改革，切实转变政府职能。" (1994)
_ORDER_OPENING = re.compile(r"^(?:必须|继续|切实|认真|进一步|在[^，,]{2,8}的同时)?(?:搞好|做好|抓好|改善|转变|实行)")


def is_couplet(text: str) -> bool:
    """Two equal short halves without a measure verb nor an order: rhetoric."""
    match = COUPLET.match(text)
    if match is None:
        return False
    if any(_ORDER_OPENING.match(half) for half in (match["first"], match["second"])):
        return False
    # "我国经过十多年的努力，对外开放已经全面展开。" (1992) tells a result.
    told_done = "已经" in text or PERFECT.search(text)
    return len(match["first"]) == len(match["second"]) and not MEASURE_VERBS.search(text) and not told_done


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


# Action taken on a problem later in the sentence: "发现…存在的问题以后，…采取了一系列解决措施" (1985).
_ACTION_TAKEN = re.compile(r"采取了|解决了|克服了|纠正了")


def is_remedied(text: str, found: str) -> bool:
    """Whether the sentence remedies the problem cue ``found``: the clause holding it does
    ("针对…存在的问题，制定…"), or a later clause reports action taken on it."""
    for clause in _CLAUSE.finditer(text):
        if found in clause.group(0):
            if REMEDY_VERBS.search(clause.group(0).replace(found, "")):
                return True
            return bool(_ACTION_TAKEN.search(text, clause.end()))
    return False


# A change reported without a time marker is a result: "农村多种经营有较大发展，商品经济越来越活跃。"
CHANGE = re.compile(
    r"有了?[^，,。]{0,4}(?:发展|提高|增长|增加|改善|进展|突破)|越来越|日益|呈现(?:出)?[^，,。]{0,8}(?:景象|局面)|基本(?:上)?(?:解决|完成|实现|消灭|肃清)"
)
# Work under way, a measure, or figures: content the sentence's part decides the time of.
_NOT_BARE = re.compile(r"正在|实行|进一步|改进|[0-9０-９]|百分之")  # figures in words too (1960)


def is_bare_statement(text: str) -> bool:
    """No time marker, year, figure, measure, change or work under way: the sentence states how things are."""
    return (
        not any(time_weights(text))
        and not years_named(text)
        and not MEASURE_VERBS.search(text)
        and not CHANGE.search(text)
        and not _NOT_BARE.search(text)
    )


# The day a thing happened: "一九六四年十月十六日爆炸成功的我国第一颗原子弹，是我们自己制造出来的。" (1964) tells how it
# was done, no verdict.
_DATE = re.compile(r"[一二三四五六七八九十0-9０-９]{1,2}月[一二三四五六七八九十0-9０-９]{1,3}日")


def is_judgement(text: str) -> bool:
    """"这是完全必要的。", "…是同改革的目的相违背的，是不符合人民的根本利益的。": a verdict, not a task or result."""
    if JUDGEMENT_TAIL.search(text) or _wrong_verdict(text):
        return True
    if _DATE.search(text):
        return False
    if JUDGEMENT_OPENING.match(text) and not _NOT_JUDGEMENT.search(text):
        return True
    return bool(JUDGEMENT.search(text)) and not _NOT_JUDGEMENT.search(text) and not _RESULT_THEN_VERDICT.search(text)


# A result told just before the verdict on it is what the sentence reports: "中美关系在去年有所改善，这是值得欢迎的。",
# "…，已经收到初步效果，继续扎扎实实抓下去是大有希望的。" (1992).
_RESULT_THEN_VERDICT = re.compile(r"(?:去年|已经)[^，,。；;]*[，,][^，,。；;]*是[^，,。；;]*的[。！!]$")
