"""Figures as older and damaged reports write them, read as Arabic figures.

``read_numbers`` turns ``8 ％`` into ``8%``, ``7 4 7 7 2 亿元`` into
``74772亿元``, ``14·1％`` and ``8 ．8 ％`` into ``14.1%`` and ``8.8%``, ``千分之十四`` into ``14‰``,
``27,206`` into ``27206``, ``百分之二十一点七`` into ``21.7%`` and
``一千一百万人`` into ``1100万人``, and shares (``三分之一``, ``1/3``, ``一半``)
into percentages (``33.3%``, ``50%``), as a target to cut by a third is
judged.  A few traditional forms of number and unit
characters (萬, 億, 點, 噸) are read as their simplified forms.  ``两位数``,
``三个``, ``十三五`` and rough counts (``一两个``, ``三四万``) stay as they are, years
(``一九五四年``, ``一九九○年``) become dates in digits (``1954年``, no figure); a Chinese
numeral becomes a figure only after 百分之 or when a unit follows it, and only
when it has two characters or more (or stands before a unit that is no
measure word, such as ``档``: ``由四档简并至三档``).

Each character of the result comes with the span of the input it was read
from, so an indicator found in the result points back into the original text.
"""

from __future__ import annotations

import re

from core.reading.sections.headings import arabic_years

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_TRADITIONAL = str.maketrans("萬億點兩噸個項臺輛畝隻", "万亿点两吨个项台辆亩只")

# ○ (a circle) stands for zero in many older texts (二百○八所, 一九八○年)
_NUMERAL_CHARS = "零〇○一二两兩三四五六七八九十拾百千万萬亿億"
_DECIMAL = "点點"
# Units a Chinese numeral may stand before (the unit list of core.compare.indicators, by first character).
_UNIT_START = ("%个倍美元人户家项所座辆套张件台条处宗批标吨斤担平立公米亩床名头株艘架间栋篇部支场次种类档度匹枚载根兆"
               "马尺册")
# Units that open with a numeral character: a numeral is not cut before them (三千五百万担 is not 三千五 + 百万).
_NUMERAL_UNITS = "千瓦|千米|千克|百分点"
# Units of two characters whose first opens no other unit (四百五十六亿印张: the printer's sheets of a print run).
_WORD_UNITS = "印张"
# Units after which one Chinese numeral character is a figure too (三档), unlike 三个 or 两位.
_ONE_CHARACTER_UNITS = "档"
_CHINESE_NUMBER = re.compile(
    rf"(?P<percent>百分之|千分之)(?P<whole_p>[{_NUMERAL_CHARS}]+)(?:[{_DECIMAL}](?P<fraction_p>[零〇○一二三四五六七八九]+))?"
    rf"|(?<![{_NUMERAL_CHARS}第])(?P<whole>[零〇○一二两兩三四五六七八九十拾][{_NUMERAL_CHARS}]*)"
    rf"(?:[{_DECIMAL}](?P<fraction>[零〇○一二三四五六七八九]+))?(?P<more>多|余)?(?P<magnitude>万亿|亿|万)?"
    rf"(?=[{_UNIT_START}]|{_NUMERAL_UNITS}|{_WORD_UNITS}|多|余)(?!位数)"
    # a count over two magnitudes with no unit, bounded (总人口…控制在十亿六千万左右): its magnitude is its unit
    rf"|(?<![{_NUMERAL_CHARS}第])(?P<counted>[一二两三四五六七八九十][{_NUMERAL_CHARS}]*[亿億][{_NUMERAL_CHARS}]*[万萬])"
    rf"(?=左右|以上|以下|以内|上下)"
)
# 多 or 余 after the magnitude of a figure in digits (11万余人次, 9亿多元): read as said before it (11余万人次).
_MORE_AFTER_MAGNITUDE = re.compile(
    rf"(?<=\d)(?P<magnitude>万亿|亿|万)(?P<more>多|余)(?=[{_UNIT_START}]|{_NUMERAL_UNITS})(?!人口)"
)
# Digits with spaces or a middle dot between them (1 9 9 7, 8 ．8, 14·1), and 27,206.
# The high end of a range of percentages said once (节约煤和电百分之二到三): a percentage too.
_PERCENT_RANGE = re.compile(
    rf"百分之[{_NUMERAL_CHARS}{_DECIMAL}]+(?:到|至)"
    rf"(?P<high>(?P<whole>[零〇○一二三四五六七八九十]+)(?:[{_DECIMAL}](?P<fraction>[零〇○一二三四五六七八九]+))?)"
    rf"(?![{_NUMERAL_CHARS}{_DECIMAL}个%])"
)
# Shares: 三分之一, 1/3, 一半 (not 一半是…: only where a share is measured, after a verb or before 以上/左右).
_FRACTION = re.compile(
    rf"(?<![{_NUMERAL_CHARS}百])(?P<denominator>[二三四五六七八九十]+)分之(?P<numerator>[一二三四五六七八九十]+)"
    r"|(?<![\d./])(?P<top>\d)/(?P<bottom>\d{1,2})(?![\d./])"
    r"|(?<=[减少降压缩低小])(?P<half>一半)"
)
# A growth measured by a multiple (1958: 排水灌溉机械将比一九五七年增长两倍多; 1983: 三年来增加两倍; 增长将近二倍).
_GROWS_BY = re.compile(r"(?:增长|增加|提高|扩大|高出)了?(?:将近|近|约)?$")
# A rough multiple said as two numerals (增加两、三倍): the range 2-3倍 (两、三年 stays words).
_ROUGH_MULTIPLE = re.compile(r"(?P<low>[两二三四五六七八九])、(?P<high>[三四五六七八九十])(?=倍)")
_SPACED_NUMBER = re.compile(r"(?<![\d.])\d+(?:(?: ?[·・] ?| \. ?|\. | )\d+)+(?= *[\u4e00-\u9fff%‰])")
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d])")
# A letter l typed for the digit 1 inside a figure (再就业补助资金25l亿元).
_LETTER_ONE = re.compile(r"(?<=\d)[lI](?=\d|[万亿千百]|[%‰元人吨])")
_SPACE_BEFORE_UNIT = re.compile(r"(?<=\d) +(?=[%‰万亿千百个人元吨])")


def chinese_numeral_value(numeral: str) -> int | None:
    """``一千一百`` -> 1100, ``二十一`` -> 21, ``一〇五`` -> 105; None for what is no numeral."""
    if not numeral or any(char not in _NUMERAL_CHARS for char in numeral):
        return None
    if all(char in _DIGITS for char in numeral):  # read digit by digit: 一〇五
        if len(numeral) == 2 and not any(char in "零〇○" for char in numeral):
            return None  # 一两个, 三四万: a rough count, not 12 or 34
        return int("".join(str(_DIGITS[char]) for char in numeral))
    total, section, digit = 0, 0, None
    for char in numeral:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[char]
            digit = None
        else:
            factor = _BIG_UNITS[char]
            section += digit or 0
            total = (total + section) * factor if factor > 10**4 else total + section * factor
            section, digit = 0, None
    return total + section + (digit or 0)


def _figure(whole: str, fraction: str | None) -> str | None:
    value = chinese_numeral_value(whole)
    if value is None:
        return None
    text = str(value)
    if fraction:
        text += "." + "".join(str(_DIGITS[char]) for char in fraction)
    return text


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _chinese_replacement(match: re.Match[str]) -> str | None:
    if match["percent"]:
        figure = _figure(match["whole_p"], match["fraction_p"])
        return None if figure is None else figure + ("‰" if match["percent"] == "千分之" else "%")
    if match["counted"]:
        value = chinese_numeral_value(match["counted"])
        return None if value is None else _number_text(value / _BIG_UNITS["万"]) + "万"
    whole, magnitude = match["whole"], match["magnitude"] or ""
    following = match.string[match.end() : match.end() + 1]
    # 三档; 增加一倍以上, 增长两倍多 (a multiple a growth is measured by; 十倍 stays words: 他们以十倍的努力)
    one_character_unit = following in _ONE_CHARACTER_UNITS or (following == "倍" and (
        whole == "一" or _GROWS_BY.search(match.string, 0, match.start()) is not None))
    if len(whole) + len(magnitude) + bool(match["fraction"]) < 2 and not one_character_unit:
        return None  # 三个, 两位: a word, not a figure
    if not magnitude and whole[-1] in "万萬亿億" and not match["fraction"]:
        # 一亿五千万 is 15000万: the whole number over its last magnitude
        value = chinese_numeral_value(whole)
        if value is None:
            return None
        magnitude = whole[-1]
        figure = _number_text(value / _BIG_UNITS[magnitude])
    else:
        figure = _figure(whole, match["fraction"])
    if figure is None:
        return None
    return figure + (match["more"] or "") + magnitude.translate(_TRADITIONAL)


def _share_replacement(match: re.Match[str]) -> str | None:
    if match["half"]:
        return "50%"
    if match["top"]:
        top, bottom = int(match["top"]), int(match["bottom"])
    else:
        top = chinese_numeral_value(match["numerator"]) or 0
        bottom = chinese_numeral_value(match["denominator"]) or 0
    if not 0 < top < bottom:
        return None
    return _number_text(round(100 * top / bottom, 1)) + "%"


def read_numbers(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` (width-folded) with figures in Arabic digits, and for each character the span it came from."""
    text = arabic_years(text)  # 一九九○年 as 1990年 (same length): a date, not a figure
    pieces: list[tuple[int, int, str]] = []  # (start, end, replacement) in text order
    for match in _SPACED_NUMBER.finditer(text):
        pieces.append((match.start(), match.end(), re.sub(r" ?[.·・] ?", ".", match.group()).replace(" ", "")))
    for match in _THOUSANDS.finditer(text):
        pieces.append((match.start(), match.end(), match.group().replace(",", "")))
    for match in _MORE_AFTER_MAGNITUDE.finditer(text):
        pieces.append((match.start(), match.end(), match["more"] + match["magnitude"]))
    for match in _LETTER_ONE.finditer(text):
        pieces.append((match.start(), match.end(), "1"))
    for match in _SPACE_BEFORE_UNIT.finditer(text):
        pieces.append((match.start(), match.end(), ""))
    for match in _FRACTION.finditer(text):
        replacement = _share_replacement(match)
        if replacement is not None:
            pieces.append((match.start(), match.end(), replacement))
    for match in _PERCENT_RANGE.finditer(text):
        high = _figure(match["whole"], match["fraction"])
        if high is not None:
            pieces.append((match.start("high"), match.end("high"), high + "%"))
    for match in _ROUGH_MULTIPLE.finditer(text):
        pieces.append((match.start(), match.end(),
                       f"{chinese_numeral_value(match['low'])}-{chinese_numeral_value(match['high'])}"))
    for match in _CHINESE_NUMBER.finditer(text):
        replacement = _chinese_replacement(match)
        if replacement is not None:
            pieces.append((match.start(), match.end(), replacement))
    translated = text.translate(_TRADITIONAL)
    if not pieces:
        return translated, [(index, index + 1) for index in range(len(text))]
    pieces.sort()
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    for start, end, replacement in pieces:
        if start < position:
            continue  # overlapping readings: the first wins
        out.append(translated[position:start])
        spans.extend((index, index + 1) for index in range(position, start))
        out.append(replacement)
        spans.extend((start, end) for _ in replacement)
        position = end
    out.append(translated[position:])
    spans.extend((index, index + 1) for index in range(position, len(text)))
    return "".join(out), spans
