"""Reports of the 1960s: a report retold in the third person by a news agency (1964), and a report that
reviews the two years before the one it is given in (1960).

Written from the leave-one-report-out errors on the national reports of 1960 and 1964; each case names the
report whose errors it came from.
"""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.suggest.cue_rules import periods, retold
from core.suggest.rules import suggest_by_rules
from tests.core.suggest.test_suggest import by_text

# A news agency's account of the premier's report: no parts, the speaker told of as "周总理" and "他".
RETOLD = """新华社十二月三十一日讯
周恩来总理在第三届全国人民代表大会第一次会议上作了政府工作报告。
周总理从农业、工业、财政贸易、文化教育这四个主要方面，概括地论述了国民经济调整工作的巨大成就。
国民经济的成就和今后的建设任务
几年来，我国农业生产已经得到了全面的恢复。
现在，市场商品供应比较充裕，到处呈现一片繁荣景象。
周总理接着讲到国防建设。
外国的原子科学家也不能不承认，我国这次核试验，已经超过了美国、英国和法国初期核试验的水平。
只要看我们的历史就可以知道了。
过去西方人加给我们的所谓东方病夫的称号，现在不是抛掉了么？
一九六五年国家预算收支都比上年增长百分之十以上，收支平衡。
一九六四年国家预算收支都比上年增长百分之十以上，已经实现了收支平衡。
他对一九六五年发展国民经济计划草案和国家预算的初步安排，作了说明。
周恩来总理在报告中提出了今后发展国民经济的任务。
周总理批评了在目前企业管理、基本建设中所存在的浪费现象。
周总理说，我们应当经常注意总结经验，做了一段工作，就总结这段工作的经验。
周总理指出，在今后建设事业的发展中，一定还会遇到许多新的问题，一定会出现新的矛盾。
他表示相信，锡兰人民一定能够识破和挫败这个阴谋。
核武器是人制造的，人一定能够消灭核武器。
我们再用二十多年的时间，一定能够在本世纪内把我国建设成为社会主义的现代化的强国。
我们希望宗教界人士继续站在反帝爱国的立场上，积极参加祖国的社会主义建设事业。
我们希望尽早实现通邮、通航、通商。
美帝国主义作尽了坏事。
作为帝国主义头子的美国，日子越来越不好过。
周总理指出，敌视锡兰独立的美英帝国主义，正在勾结反动派，企图颠覆锡兰政府。
新的和旧的资产阶级分子及其他剥削分子总是结合起来，反对社会主义，发展资本主义。
进一步巩固和发展人民民主统一战线，对于胜利地推进社会主义事业具有重大的意义。
今后发展国民经济中应当注意的几个问题
努力做好明年的国民经济工作
全国人民团结一致，明年的各项目标任务一定能够实现。
第一，正确处理农业、轻工业、重工业的关系。
他们应当立即改变作风，深入现场，调查研究，然后才有可能同群众一道解决那里的问题。
文化革命最主要的任务是彻底反对资本主义，兴无产阶级思想，灭资产阶级思想。
周总理说，知识分子劳动化，劳动人民知识化，是我们文化革命的目标。
全世界人民反对美帝国主义侵略政策和战争政策的斗争，有了很大的发展，正在从胜利走向更大的胜利。
周总理表示坚决支持朝鲜人民反对美国占领南朝鲜和争取和平统一祖国的斗争。
他表示，中国人民坚决支持越南人民、老挝人民和柬埔寨人民的正义斗争。
周总理强烈谴责了美帝国主义要长期霸占台湾的阴谋。
周总理说，在贯彻党的民族政策中，要继续反对大民族主义和地方民族主义。
一九五九年，达赖集团勾结帝国主义和印度反动派，发动了叛国的反革命武装叛乱。
右派分子的这种恶意攻击，在事实的面前，已经彻头彻尾地破产了。
一九五七年，我国人民打退了资产阶级右派的进攻。
但是，在大鸣大放的过程中，资产阶级右派乘机发动了猖狂的进攻，企图在我国复辟资本主义。
与右派的愿望相反，他们的这种进攻，引起了全国广大人民群众的极大义愤。
但是，我国人民在斗争中打退了这次进攻。
达赖在逃亡印度后，组织流亡伪政府，并且积极组织和训练逃亡国外的残匪骚扰我国边境。
它不仅占领了九万平方公里的中国领土，而且要占领三万多平方公里的中国领土。
我国边防部队击退了入侵者。
"""

# A report of April 1960 that names 1958 and 1959 most: both are reviewed, 1960 is planned.
PROGRAMME = """关于全国农业发展纲要的报告
——一九六〇年四月六日在第二届全国人民代表大会第二次会议上
各位代表：
我受中共中央和国务院的委托，向大会作关于全国农业发展纲要的执行情况和争取提前实现这个纲要的报告。
全国农业发展纲要公布以来，在党的社会主义建设总路线的照耀下，我国农业生产和农村各项建设事业有了很大的发展。
下面我首先说一下农业发展纲要在过去四年中执行的情况。
一九五八年全国粮食总产量比一九五七年有很大的增长。
一九五八年和一九五九年两年造林五亿四千万亩。
人民公社兴办的农村工业，一九五九年的产值达到一百亿元左右。
一九五九年全国兴修水利的土石方比一九五八年还多。
社办的农业科学试验研究组织，据十二个省的不完全统计，有七千六百九十个，从业人员有三万八千多人。
全国农民和全国人民为执行农业发展纲要而努力，到现在已经四年了。
有了这些胜利，就奠定了我们提前实现农业发展纲要的基础。
而且，实现了全国农业发展纲要，也不等于农业就完全“过关”了。
很好地安排各个方面的生产布局，就可以使整个农业生产有计划地按比例地得到普遍发展。
因为绝大多数棉田的亩产量都超过四十斤，四十斤以下的主要是新发展的棉田。
因为节约了资金，国家在一九五五年新增加的工程项目就多了一百多个。
另一方面，我们也必须看到，提前实现全国农业发展纲要，并不是一件轻而易举的事。
我们完全有信心，依靠人民群众的伟大力量，一定能够在比十二年更短的时间内完成和超额完成农业发展纲要的原定要求。
一九六〇年，我们要争取农业生产更大的跃进。
因此，中共中央和国务院建议全国人民代表大会按照纲要修正草案的原文，由本次大会予以通过和公布。
"""


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        # 1964: the reporter tells what the speaker spoke about; no content of its own.
        ("周总理从农业", "other", "the speaker's topic told"),
        ("周总理接着讲到", "other", "the speaker's topic told"),
        ("他对一九六五年", "other", "the speaker's topic told"),
        ("周恩来总理在报告中提出了", "other", "the speaker's topic told"),
        ("周总理批评了", "other", "the speaker's topic told"),
        # ...but the words the speaker said are read as the report's own.
        ("周总理说，我们应当", "target", ""),
        ("外国的原子科学家也不能不承认", "other", "explanation"),  # 1964: what others had to admit
        ("只要看我们的历史", "other", "rhetoric"),  # 1964
        ("过去西方人加给我们", "other", "rhetoric"),  # 1964: a question asked for effect
        # 1964: the planned year (1965, the report is of December 1964) compared with the year before...
        ("一九六五年国家预算收支", "target", "names the planned year"),
        ("一九六四年国家预算收支", "achievement", ""),  # ...and a year before it, done
        # 1964: forecasts and beliefs, not tasks; 1975: our aim put as a certainty stays a task.
        ("周总理指出，在今后", "other", "forecast"),
        ("他表示相信", "other", "rhetoric"),
        ("核武器是人制造的", "other", "forecast"),
        ("我们再用二十多年", "target", ""),
        # 1964: a hope addressed to a group of people is an appeal; 1979: our own aim put as a hope is not.
        ("我们希望宗教界人士", "other", "rhetoric"),
        ("我们希望尽早实现", "target", ""),
        # 1964: what other states and peoples do.
        ("美帝国主义作尽了坏事", "other", "background"),
        ("全世界人民反对", "other", "background"),
        ("作为帝国主义头子的美国", "other", "background"),  # 1964: the party closes the first clause
        ("周总理指出，敌视锡兰独立", "other", "background"),
        # 1964: what always happens, and praise of significance.
        ("新的和旧的资产阶级分子", "other", "principle"),
        ("进一步巩固和发展人民民主统一战线", "other", "cause of success"),
        # 1964: the news account's part titles run into the text; a numbered task is no title.
        ("国民经济的成就和今后的建设任务", "other", "title line"),
        ("现在，市场商品供应比较充裕", "achievement", "sentence before"),  # 1964: a state reached, no statement
        ("今后发展国民经济中应当注意的几个问题", "other", "title line"),
        ("努力做好明年的国民经济工作", "target", ""),  # a run-in heading that says the task is no mere topic
        ("全国人民团结一致，明年", "target", ""),  # our targets said to be within reach stay targets
        ("第一，正确处理", "target", ""),  # 1964: a numbered task, no statement
        ("他们应当立即改变作风", "target", ""),  # 1964: a duty, not what it may bring
        ("文化革命最主要的任务是", "target", "the main task stated"),  # 1964: a task put as a definition
        ("周总理说，知识分子劳动化", "target", "the main task stated"),
        # 1964: the stance the speaker declared is a position held, not a task; what he said we must do stays one.
        ("周总理表示坚决支持", "other", "statement of principle"),
        ("他表示，中国人民坚决支持", "other", "statement of principle"),
        ("周总理强烈谴责了", "other", "statement of principle"),
        ("周总理说，在贯彻党的民族政策中", "target", ""),
        # 1964, 1958: what a hostile party at home did is told as what others do; what we did to it is a result.
        ("一九五九年，达赖集团", "other", "background"),
        ("右派分子的这种恶意攻击", "other", "background"),
        ("一九五七年，我国人民打退了", "achievement", ""),
        # 1958: after an opening conjunction; China named as where it happens, not who acts; "他们" goes on about it.
        ("但是，在大鸣大放的过程中", "other", "background"),
        ("与右派的愿望相反", "other", "background"),
        ("但是，我国人民在斗争中", "achievement", ""),
        # 1964: our land or border named as where another party acts, not who acts; our own forces still act.
        ("达赖在逃亡印度后", "other", "background"),
        ("它不仅占领了", "other", "background"),
        ("我国边防部队", "achievement", ""),
    ],
)
def test_a_report_retold_in_the_third_person(start: str, label: str, reason: str) -> None:
    report = parse_text(RETOLD, "retold.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label and reason in found.reason, found


def test_the_planned_year_is_never_before_the_year_of_the_report() -> None:
    report = parse_text(PROGRAMME, "national/1960.txt")[0]
    assert report.year == 1960
    assert periods.planned_year(report) == 1960  # 1958 and 1959 are named most


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        ("我受中共中央和国务院的委托", "other", "procedure"),  # 1960: the speaker's opening
        ("因此，中共中央和国务院建议", "other", "procedure"),  # 1960: the proposal put to the congress
        ("下面我首先说一下", "other", "procedure"),  # 1960: the speaker announces what comes next
        ("一九五八年和一九五九年两年造林", "achievement", "names a year before 1960"),  # 1960
        ("人民公社兴办的农村工业", "achievement", "names a year before 1960"),  # 1960: not the planned year
        ("社办的农业科学试验研究组织", "achievement", "统计"),  # 1960: figures counted are done
        ("全国农民和全国人民为执行", "other", "background"),  # 1960: how long it has been
        ("有了这些胜利", "other", "argument"),  # 1960: what the results made possible
        ("而且，实现了全国农业发展纲要", "other", "explanation"),  # 1960: what a result is not yet
        ("很好地安排各个方面的生产布局", "other", "argument"),  # 1960: what a measure will bring
        ("因为绝大多数棉田", "other", "explanation"),  # 1960: the reason of what was said before
        ("因为节约了资金", "achievement", ""),  # 1956: ...but a reason with what followed from it is a result
        ("另一方面，我们也必须看到", "other", "explanation"),  # 1960: what must be borne in mind
        ("我们完全有信心", "other", "forecast"),  # 1960: a belief
        ("一九六〇年，我们要争取", "target", ""),
    ],
)
def test_a_report_reviewing_the_years_before_it(start: str, label: str, reason: str) -> None:
    report = parse_text(PROGRAMME, "national/1960.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label and reason in found.reason, found


def test_a_frame_with_words_spoken_is_no_narration() -> None:
    assert retold.is_narration("周总理接着讲到国防建设。")
    assert not retold.is_narration("周总理说，我们要继续讲到做到。")
    assert retold.strip_frame("最后，周总理说，由于全国人民的共同努力，我们国家的力量日益壮大。").startswith("由于")


# Parts of unknown kind (1979): arguments, lessons and what the session will do, beside tasks.
ARGUMENTS = """各位代表：
现在，我受国务院的委托，向全国人民代表大会报告政府工作。
一、关于调整
由此可见，不粉碎“四人帮”，不清算他们的极左路线，我们就不可能实现工作着重点的转移。
由此可见，实现农业发展纲要，还是全体农民和全国人民要继续完成的重大任务，而要提前实现，就必须再经过几年的艰苦努力。
凡是因为经营管理不善而长期亏损的企业，都必须在今后一年内扭亏为盈，否则就坚决实行停产整顿。
要想多引进一些外国先进技术，就得努力增加自己的偿付能力，这里最主要的途径，就是积极扩大出口。
在本世纪内实现四个现代化，为此而改革生产关系中那些妨碍实现四个现代化的部分，扫除一切不利于实现四个现代化的旧习惯势力。
二、关于民主和法制
但是，应该承认，我国封建主义的历史很长，经济文化比较落后，加上我们过去对民主的正确宣传不够，官僚主义的影响还很大。
这一切表明，要充分实现社会主义民主，还需要我们进行巨大的努力。
当前我国经济发展的总形势很好，不只是一年好，而是连续几年好，出现了持续、稳定、协调发展的新局面。
在这次会议上将要审议人大常委会提出的地方各级人民政府组织法草案。
如果少数人可以不服从大多数人的决定，下级可以不服从上级，那就根本不是社会主义民主。
很清楚，谁要享受自己的人身自由，他就必须尊重别人的人身自由。
历史的经验和当前的现实都告诉我们，和平不能用祈求来取得，战争不能用退让来防止。
全国重点企业的主要工业产品质量指标有百分之四十三没有恢复到历史最高水平，有百分之二十四的国营工业企业存在着程度不同的亏损。
当前，怎样把经济体制改革进一步顺利地、健康地推向前进，巩固和发展我国大好的经济形势，是全国人民最关心的问题。
这个改革方案是积极而又稳妥的，有利于在保持经济全局稳定的前提下逐步建立合理的价格体系。
这个改革方案是各地必须认真执行的，不得走样。
由于林彪、“四人帮”的干扰破坏，过去十多年中经济事业和各项事业发展缓慢，使需要就业的人员超过了能够提供的就业岗位。
调整、改革、整顿、提高四方面的任务是互相联系、互相促进的，但是调整是目前国民经济全局的关键。
今年是工作着重点转移的第一年，又是建国三十周年，完成和超额完成今年的计划具有更重要的意义。
中日和平友好条约和中美建交公报都列入了反对霸权主义的内容，这在当前世界形势下具有重要的意义。
具有广泛基础的不结盟运动作为反帝、反殖、反霸的一支重要力量，在国际事务中发挥了重大的作用。
能不能在本世纪内实现四个现代化，决定着我们国家和民族的命运。
这样，我国人民就可以从现实生活中看到越来越多的逐步实现现代化的榜样。
这样的干部愈多，我们的社会主义民主就愈发展，四个现代化就愈有希望。
合理密植已经广泛推行，过密过稀的毛病越来越少，合理密植的规律也为越来越多的人所掌握。
我希望在大会讨论通过以后，各位代表能把政府的工作和方针广泛地传达给全国人民。
"""


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        ("由此可见，不粉碎", "other", "explanation"),  # 1979: a lesson drawn
        ("由此可见，实现农业发展纲要", "target", ""),  # 1960: a task drawn
        ("凡是因为经营管理不善", "target", ""),  # 1979: 凡是 is no "是因为"
        ("要想多引进", "other", "argument"),  # 1979: a condition and what it asks
        ("在本世纪内实现四个现代化", "target", ""),  # 1979: sweeping away hindrances is a task, no problem
        ("但是，应该承认", "other", "explanation"),  # 1979
        ("这一切表明", "other", "explanation"),  # 1979
        ("在这次会议上将要审议", "other", "procedure"),  # 1979: what the session will do
        ("当前我国经济发展的总形势很好", "achievement", ""),  # 1985: a new state reached is no background
        ("如果少数人", "other", "argument"),  # 1979
        ("很清楚，谁要享受", "other", "principle"),  # 1979: a rule for everyone
        ("历史的经验和当前的现实", "other", "rhetoric"),  # 1979
        ("全国重点企业的主要工业产品", "other", "problem"),  # 1979: losses are a problem
        ("当前，怎样把经济体制改革", "other", "principle"),  # 1985: what everyone cares about
        ("这个改革方案是积极而又稳妥的", "other", "judgement"),  # 1985: a verdict, then what it is good for
        ("这个改革方案是各地必须认真执行的", "target", ""),  # ...but not with a task beside it
        ("由于林彪、“四人帮”的干扰破坏", "other", "problem"),  # 1979: damage done by the other side
        ("调整、改革、整顿、提高四方面", "other", "principle"),  # 1979: what is the key
        ("今年是工作着重点转移的第一年", "other", "cause of success"),  # 1979: praise of significance
        ("中日和平友好条约", "achievement", ""),  # 1979: a result with its significance is left as it was
        ("具有广泛基础的不结盟运动", "other", "background"),  # 1979: another party, described first
        ("能不能在本世纪内", "other", "principle"),  # 1979: what a thing decides
        ("这样，我国人民就可以", "other", "argument"),  # 1979: what a measure will lead to
        ("这样的干部愈多", "other", "argument"),  # 1979: the more…, the more…
        ("合理密植已经广泛推行", "achievement", ""),  # 1960: 越来越 is no "the more…"
        ("我希望在大会讨论通过以后", "other", "rhetoric"),  # 1979: a hope addressed to the deputies
    ],
)
def test_arguments_and_lessons_in_parts_of_unknown_kind(start: str, label: str, reason: str) -> None:
    report = parse_text(ARGUMENTS, "national/1979.txt")[0]
    found = by_text(report, suggest_by_rules(report), start)
    assert found.label == label and reason in found.reason, found
