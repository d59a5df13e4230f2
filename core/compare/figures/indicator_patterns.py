"""The patterns an indicator is read with, applied to ``fold_width`` text (``core.compare.indicators``).

Values with their unit and qualifier, relations before a value, comparisons
with a reference (高于全省, 比上年增长), starting values (从…增加到), clause ends
and the forms without a figure (同步, 两位数增长).
"""

from __future__ import annotations

import re

from core.compare.figures.indicator_words import RELATIONS

# --- patterns (applied to fold_width text: % , ; : ( ) are ASCII, dashes are "-") ---

MAGNITUDE = "万亿|千亿|百亿|亿|千万|百万|十万|万|千|百"
MAGNITUDES = frozenset(MAGNITUDE.split("|")) | {"亿元", "万元"}
BASE_UNIT = (
    "吨公里|人公里|吨海里|人海里|载重吨|平方公尺|立方公尺|公尺|"  # the 1950s' transport volumes and metric words
    "个百分点|百分点|%|‰|倍|美元|元|人次|人|户|家|个工作日|工作日|小时|分钟|个|项|所|座|辆|套|印张|张|件|台|条|处|宗|批|"
    "标准箱|标箱|吨|斤|千瓦时|千瓦|兆瓦时|兆瓦|根(?![据本])|平方公里|平方米|立方米|公里|千米|米|公顷|亩|床|名|位|头|株|艘|架|"
    # 200万方: cubic metres
    "公斤|千克|间|栋|篇|部|支|场次|场|剂次|剂|次|岁|种|类|档|度|担|匹|枚|只|(?<=万)方(?![面案式向法])|"
    # the older reports' power, cloth and books (将达到五十万马力, 呢绒将增加约六百六十万尺, 共印二百三十九亿册)
    "马力|尺(?![度寸码子])|册|"
    # a price raised by fen and mao (每斤提高3分钱, 分别提高3分、5分和1毛钱)
    "分钱|毛钱|分(?=[、和,;。])|毛(?=[、和,;。])|"
    r"(?<=\d\.\d)年|(?<=\d\.\d\d)年"  # 受教育年限提高到10.8年: a decimal counts years; 2020年 is a date
)
UNIT = rf"(?:(?:{MAGNITUDE})?(?:{BASE_UNIT})|(?:{MAGNITUDE}))"
# (4条多式联运示范线路: no 多; 1小时内通关, 3个工作日内: a bound on a time)
QUALIFIER = "左右|以上|以内|以下|上下|之内|之间|多(?![式元种样功层渠领方])|余|(?<=时|钟|日)内"
NUMBER = r"\d+(?:\.\d+)?"
VALUE = re.compile(
    rf"(?P<pre>约|(?<!接)近|超|逾)?(?<![\d.])(?P<value>{NUMBER})(?P<more>多|余)?(?P<unit>{UNIT})?"
    rf"(?:(?P<sep>-|~|至|到)(?P<high>{NUMBER})(?P<unit2>{UNIT})?)?(?P<qualifier>{QUALIFIER})?"
)
# A list after 分别: values joined by 和、,及与.
LIST_JOIN = re.compile(r"(?:和|、|,|及|与|以及)")

RELATION_AT_END = re.compile("(?:" + "|".join(RELATIONS) + ")$")
COMPARE = "不高于|不低于|不快于|不慢于|不少于|不多于|不超过|高于|低于|快于|慢于|好于|优于|多于|少于|超出"
REFERENCE = ("全国|全省|全市|全区|全县|上一年|上年|去年|同期|现在|经济增长|生产总值增长|地区生产总值增长|GDP增长"
             "|收入增长")
THAN_AT_END = re.compile(  # 比1980年预计增长8%: a hedge may stand between the reference and the verb
    rf"[比较](?P<reference>{REFERENCE}|去年预算|上年预算|原计划|年度计划|\d{{4}}年)(?:预计|计划|要|将|力争|争取|预期)?"
    rf"(?P<compare>高|低|快|慢|多|少|增加|减少|提高|下降|增长|上涨|上升|回落)了?$"  # 较1955年增长了16%
)
RELATIVE_AT_END = re.compile(rf"(?P<compare>{COMPARE}|超过)(?P<reference>{REFERENCE})(?:平均水平|平均|水平)?$")

FROM_PERIOD = re.compile(r"[从由](?:前|上|去|近)?(?:[一二两三四五六七八九十\d]*年)?$")
FROM_VALUE = re.compile(r"[从由][^从由]*?\d[^从由]*$")
FROM_NAME = re.compile(r"[从由][\d.]+[^\d\u4e00-\u9fff]*[\u4e00-\u9fff]?(?P<name>[\u4e00-\u9fff]{2,})$")
# Verbs whose object follows the figure: 新建164个（村级服务中心）.
# A clause that starts with one of these continues the previous indicator: 完成3463.9亿元，增长7.5%.
INHERITING = frozenset(
    "增长 下降 提高 提升 增加 减少 降低 上涨 上升 回落 涨幅 增速 增幅 降幅 递增 递减 提高到 提升到 增长到 下降到 降低到"
    " 降到 回落到 削减 压缩 压减".split()  # 物价涨幅…，实际回落到6.1%: the rise of the clause before
)
TO_AFTER = re.compile(
    r"(?:增加|提高|提升|增长|上升|下降|降低|减少|扩大|缩小|缩减|压减|精简|发展|调高|调低|上调|下调|增|升|降)?(?:到|至)"
    r"(?:(?:去年|上年|今年|现在|目前|\d{4}年)的?)?\d"  # 从2009年的2.8%降到去年的1.5%左右, 由466个减少到现在的276个
)
# Relations after which a figure without a name is followed by what it counts: 完成3万个行政村通光纤.
# 再有1000万以上贫困人口解决温饱问题: another count of what follows.
# (1958: 在这一年将有三百七十二种重要的新产品进行试制: what there will be, counted)
OBJECT_VERBS = frozenset(
    ("完成", "实现", "达到", "解决", "超过", "突破", "覆盖", "覆盖到", "覆盖至", "覆盖全国", "再有", "将有")
)
# Where a programme runs: 在70%左右的地市开展分级诊疗试点.
IN_PLACES = re.compile(r"(?:的)?[\u4e00-\u9fff]{1,16}?(?:开展|进行|实施|推行|推开)(?P<name>[\u4e00-\u9fff]{2,16})")
# Building works counted without naming what is built (新开工700万套以上): the name is the verb.
COUNTED_WORK = re.compile(r"(?:再|新)?开工(?:建设)?|基本建成|(?<!基本)建成")
CLAUSE_END = re.compile(r"[,;:。!?]")
# A clause without a figure that names what changes (逐步降低农业税税率): the name of the figure after it.
CHANGED_OBJECT = re.compile(r"(?:提高|降低|增加|减少|提升|下调|上调|扩大)"
                            r"(?P<name>(?:(?!提高|降低|增加|减少|提升|下调|上调|扩大)[\u4e00-\u9fff]){2,14})$")
SENTENCE_PART_END = re.compile(r"[;:。!?]")
# The relations that set a level (达到, 增加到, 控制在 …), not a change.
LEVEL_REACHED = frozenset(("达到", "增加到", "提高到", "增长到", "上升到", "发展到", "为", "控制在"))
MAX_NAME = 20
# A figure that names a class of things, not how many: an age that names whom a figure counts (65岁及以上老年人…服务率,
# 60岁以上老人接种覆盖率), a voltage that names a class of power lines and stations (110千伏输变电站).
CLASS_FIGURE = re.compile(
    r"[\d一二三四五六七八九十]+周?岁(?:及|或)?以[上下]|\d+(?:千伏|万伏|kV|KV|kv)"
    # round the clock (实行24小时在线监控)
    r"|24小时(?=[\u4e00-\u9fff]{0,2}(?:在线|监控|监测|值守|值班|服务|营业|热线|不间断|运行|开放|响应))"
    # a reach in time that names a circle (15分钟便民生活圈, 省市4小时、市县2小时…“422”经济圈)
    r"|\d+(?:分钟|小时)(?=[^,;:。!?]{0,24}?(?:圈|通勤|通达))"
    # a size that names a class of industry chains or sights (500亿级产业链, 国家5A级景区), a project's capacity
    # (宏达钢铁年产200万吨…项目)
    r"|\d+(?:\.\d+)?(?:万亿|千亿|百亿|亿|万|千|百)?(?:元)?级|[\dA-Z]A级"
    r"|(?<=年产)\d+(?:\.\d+)?(?:万|亿)?(?:吨|只|台|辆|件|套|平方米)(?=[^,;:。!?]{0,40}?(?:项目|生产线|工程))"
    # the articles of a policy document (国务院安委会“十五条”硬措施, 我市60条“铁办法”, 落实…29条措施), not roads
    # (打通10条“断头路”)
    r"|(?<=\")\d+条(?=\")|\d+条(?=\"?[\u4e00-\u9fff]{0,2}(?:措施|办法|意见|政策|举措|规定|条例))"
    # a size that names a class of projects, firms or places (500万元以上固定资产投资增长10%, 引进10亿元以上项目3个)
    # (not 贷款10亿元以上扶持企业发展: money put to a use)
    r"|\d+(?:\.\d+)?(?:万|亿)?(?:元|人|吨|千瓦)及?以上的?"
    r"(?=(?:(?!扶持|支持|用于|帮助|带动|补助|奖励|资助|帮扶)[\u4e00-\u9fff]){0,10}?(?:项目|企业|县|城市|工程|投资))"
    # 新增超50亿元集群1个 (not 安排100亿元项目资金: money for projects)
    r"|(?:超|过)?\d+(?:\.\d+)?(?:万|亿)元(?=(?:产业)?(?:集群|企业|项目)"
    r"(?![\u4e00-\u9fff]{0,4}(?:资金|经费|投资|建设|补贴|贷款|补助|奖励|奖补|基金|债券)))"
)

# Forms without a figure.
# Several things that grow together (工业产值、实现利润和上交税利三者同步增长): one target of all of them.
SYNC_TOGETHER = re.compile(r"(?P<name>[^,;:]{2,40}?)[两二三四五]者(?P<qualifier>基本)?(?:保持|相)?同步")
SYNC = re.compile(r"(?P<name>[^,;:]{2,30})(?:与|和|同)(?P<reference>[^,;:和与同]{2,10}?)"
                  r"(?P<qualifier>基本)?(?:保持|相)?同步")
DOUBLE_DIGIT = re.compile(r"(?P<name>[^,;:]{2,30}?)(?:实现|保持)?(?P<qualifier>两位数)(?:以上)?(?P<relation>增长)")
RELATIVE_ONLY = re.compile(
    rf"(?P<name>[^,;:]{{2,30}}?)(?P<relation>{COMPARE})(?P<reference>{REFERENCE})(?:平均水平|平均|水平)?(?![\d.])"
)
